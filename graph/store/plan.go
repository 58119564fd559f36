package store

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/bilateral-kg/bilateral/graph"
)

// The write plan of a batch: one UNWIND statement per node label and
// relationship type, whatever the number of articles. Labels and
// relationship types come from the closed sets of package graph, never
// from input text.
//
// Every attribute of a node is merged by a rule that does not depend on
// the order the reports arrive in (see the README's data model):
//   - name: the longest spelling, then the smallest;
//   - an event's date: the earliest, with the precision and words of the
//     report that gives it; its anchor: the date, else the earliest
//     article date;
//   - any other attribute: the latest report that gives it (graph.Stamp),
//     recorded in <attribute>From;
//   - aliases: the union.
//
// A fact relationship is merged on its ends, type and key, counts its
// sources (sourceCount: the articles that state it), spans their dates
// (firstReported, lastReported), and gets an EVIDENCE relationship from
// each sentence that states it to each of its ends.

// stampedAttrs lists, per label, the list attributes merged by the latest
// report that gives them (recorded in <attribute>From); fixedAttrs those
// set when the node is created (a country's codes, an event's kind: both
// part of the key). Single-valued attributes are weighed (weighedAttrs),
// an event's come from its reports (cypherEventAttrs).
var (
	stampedAttrs = map[graph.EntityType][]string{
		graph.TypeOrganization: {"countries"},
		graph.TypeProject:      {"countries"},
	}
	fixedAttrs = map[graph.EntityType][]string{
		graph.TypeCountry: {"code", "iso2"},
		graph.TypeEvent:   {"kind"},
	}
)

// cypherEventAttrs sets an event's attributes from all its reports (a
// few per event, whatever the size of the graph): the date of
// graph.EventDate (among the dates reports state, a visit's first day,
// else the date most reports give, the latest breaking a tie; when no
// report states one, the earliest article date reports assume), with
// the precision and words of the latest report giving it; the status
// and summary of the latest report giving one; the anchor resolution
// compares (the stated date, else the earliest article date of the
// reports that tell it held — a plan is published before the occasion
// — or of its plans while it has no other). An analyst's correction of
// the date wins.
const cypherEventAttrs = `
WITH n
CALL (n) {
  OPTIONAL MATCH (:Article)-[r:REPORTS]->(n) WHERE r.date IS NOT NULL
  WITH coalesce(r.datePrecision, '') = 'assumed' AS assumed, r.date AS d, count(r) AS c, max(r.stamp) AS last
  ORDER BY assumed, CASE WHEN n.kind = 'visit' OR assumed THEN d END ASC, c DESC, last DESC, d ASC LIMIT 1
  RETURN d AS winner, assumed AS winnerAssumed
}
CALL (n, winner) {
  OPTIONAL MATCH (:Article)-[r:REPORTS]->(n) WHERE r.date = winner
  WITH r ORDER BY r.stamp DESC LIMIT 1
  RETURN r.datePrecision AS precision, r.dateText AS dateText
}
CALL (n) {
  OPTIONAL MATCH (:Article)-[r:REPORTS]->(n)
  WITH r ORDER BY r.stamp DESC
  RETURN head(collect(r.status)) AS status, head(collect(r.summary)) AS summary,
         coalesce(min(CASE WHEN coalesce(r.status, '') <> 'planned' THEN r.articleDate END), min(r.articleDate)) AS firstArticle
}
WITH n, winner, winnerAssumed, precision, dateText, status, summary, firstArticle, 'date' IN coalesce(n.corrected, []) AS fixed
SET n.date = CASE WHEN fixed THEN n.date ELSE winner END,
    n.datePrecision = CASE WHEN fixed THEN n.datePrecision ELSE precision END,
    n.dateText = CASE WHEN fixed THEN n.dateText ELSE dateText END,
    n.status = status, n.summary = summary
SET n.anchor = CASE WHEN fixed OR (winner IS NOT NULL AND NOT winnerAssumed) THEN n.date ELSE firstArticle END`

// entityCypher upserts the entities of one label and links each to its
// article: events by REPORTS, the others by MENTIONS, carrying what the
// article claims of it (for exact removal). A property is written only
// when its value changes, so that a node many articles mention (a
// country) costs no more with each of them.
func entityCypher(t graph.EntityType) string {
	link := "MENTIONS"
	if t == graph.TypeEvent {
		link = "REPORTS"
	}
	when := func(cond, set string) string {
		return "\nFOREACH (_ IN CASE WHEN " + cond + " THEN [1] ELSE [] END | SET " + set + ")"
	}
	var b strings.Builder
	b.WriteString(`
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MERGE (n:` + string(t) + ` {key: row.key})`)
	for i, attr := range fixedAttrs[t] {
		if i == 0 {
			b.WriteString("\nON CREATE SET ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString("n." + attr + " = row.p." + attr)
	}
	if t != graph.TypeCountry && t != graph.TypeSector {
		// Lock the node before reading what its attributes are made of
		// (tallies, reports, corrections): a concurrent writer of the same
		// node waits, then reads what this one committed. Rows are sorted
		// by key, so that writers lock in one order.
		b.WriteString("\nSET n.key = row.key")
		b.WriteString(cypherApplyCorrections)
	}
	b.WriteString(when("n.name IS NULL OR size(row.name) > size(n.name) OR (size(row.name) = size(n.name) AND row.name < n.name)",
		"n.name = row.name"))
	// aliases sorted, so that the text index's field does not depend on order
	b.WriteString(sortedUnion("aliases", ", n.aliasText = reduce(s = '', x IN sorted | s + x + ' ')"))
	for _, attr := range stampedAttrs[t] {
		b.WriteString(when("row.p."+attr+" IS NOT NULL AND (n."+attr+"From IS NULL OR row.stamp >= n."+attr+"From)",
			"n."+attr+" = row.p."+attr+", n."+attr+"From = row.stamp"))
	}
	for _, attr := range weighedAttrs[t] {
		b.WriteString(claimAdd(attr))
	}
	switch t {
	case graph.TypeLeader:
		b.WriteString(`
WITH a, n, row
CALL (n, row) {
  WITH n, split(coalesce(n.nameKeys, ''), ' ') AS old
  WITH n, old, [k IN row.nameKeys WHERE NOT k IN old] AS newKeys
  WHERE size(newKeys) > 0
  UNWIND [k IN old WHERE k <> ''] + newKeys AS k
  WITH n, k ORDER BY k
  WITH n, collect(k) AS ks
  SET n.nameKeys = reduce(s = head(ks), k IN tail(ks) | s + ' ' + k)
}`)
		b.WriteString(sortedUnion("spellings", ""))
	}
	b.WriteString(`
WITH a, n, row
CREATE (a)-[m:` + link + ` {count: row.count, spans: row.spans, stamp: row.stamp}]->(n)
SET m += row.p`)
	if t == graph.TypeEvent {
		b.WriteString(`,
    m.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    m.articleDate = CASE WHEN row.anchor IS NULL THEN null ELSE date(row.anchor) END`)
		b.WriteString(cypherEventAttrs)
		b.WriteString(cypherEventDates)
	}
	return b.String()
}

// entityRow is the UNWIND row of one entity of article a.
func entityRow(e graph.Entity, a graph.Article) map[string]any {
	p := map[string]any{}
	set := func(k, v string) {
		if v != "" {
			p[k] = v
		}
	}
	switch e.Type {
	case graph.TypeCountry:
		set("code", e.Code)
		set("iso2", e.ISO2)
	case graph.TypeLeader:
		set("title", graph.ClaimValue(e.Title))
		set("country", e.Country)
	case graph.TypeOrganization:
		set("acronym", graph.ClaimValue(e.Acronym))
		if len(e.Countries) > 0 {
			p["countries"] = nonNil(e.Countries)
		}
	case graph.TypeLocation:
		set("country", e.Country)
		set("kind", graph.ClaimValue(e.Kind))
	case graph.TypeProject:
		if len(e.Countries) > 0 {
			p["countries"] = nonNil(e.Countries)
		}
		set("sector", e.Sector)
		set("status", e.Status)
	case graph.TypeEvent:
		set("kind", e.Kind)
		set("status", e.Status)
		set("summary", e.Summary)
		set("datePrecision", e.DatePrecision)
		set("dateText", e.DateText)
	}
	spans := make([]int, 0, 2*len(e.Mentions))
	for _, m := range e.Mentions {
		spans = append(spans, m.Start, m.End)
	}
	row := map[string]any{
		"article": a.ID, "key": e.Key, "name": e.Name, "stamp": graph.Stamp(a), "p": p,
		"aliases": nonNil(e.Aliases), "count": len(e.Mentions), "spans": spans,
	}
	switch e.Type {
	case graph.TypeLeader:
		row["nameKeys"] = leaderNameKeys(e)
		row["spellings"] = uniqueSorted(append(e.Spellings(), e.Key))
	case graph.TypeEvent:
		row["date"] = nullable(e.Date)
		row["anchor"] = nullable(a.Date)
	}
	return row
}

// factCypher merges the facts of one relationship type, whose ends are of
// the types from and to, counts this article as a source, and links each
// stating sentence to both ends.
func factCypher(t graph.RelationType, from, to []graph.EntityType) string {
	var b strings.Builder
	b.WriteString(`
UNWIND $rows AS row
` + matchKeyOf("row", "f", "row.from", from) + `
` + matchKeyOf("row, f", "t", "row.to", to) + `
MERGE (f)-[r:` + string(t) + ` {key: row.key}]->(t)
ON CREATE SET r += row.props, r.id = randomUUID(), r.sourceCount = 0
SET r.sourceCount = r.sourceCount + 1,
    r.firstReported = CASE WHEN row.date IS NULL THEN r.firstReported
                           WHEN r.firstReported IS NULL OR date(row.date) < r.firstReported THEN date(row.date)
                           ELSE r.firstReported END,
    r.lastReported = CASE WHEN row.date IS NULL THEN r.lastReported
                          WHEN r.lastReported IS NULL OR date(row.date) > r.lastReported THEN date(row.date)
                          ELSE r.lastReported END`)
	switch t {
	case graph.RelTradeVolume:
		b.WriteString(`,
    r.recordCount = coalesce(r.recordCount, 0) + CASE WHEN row.record THEN 1 ELSE 0 END
SET r.record = r.recordCount > 0`)
	case graph.RelParticipatedIn:
		b.WriteString(`,
    r.who = f.key, r.date = t.date,
    r.role = CASE WHEN row.role IS NOT NULL AND (r.roleFrom IS NULL OR row.stamp >= r.roleFrom) THEN row.role ELSE r.role END,
    r.roleFrom = CASE WHEN row.role IS NOT NULL AND (r.roleFrom IS NULL OR row.stamp >= r.roleFrom) THEN row.stamp ELSE r.roleFrom END`)
	}
	// a fact created (again) is linked to the corrections of it, and obeys
	// an active retraction
	b.WriteString(`
WITH f, t, r, row
CALL (f, t, r, row) {
  WITH f, t, r, row WHERE r.sourceCount = 1
  MATCH (c:Correction {target: row.target})
  MERGE (c)-[:CORRECTS {side: 'from'}]->(f)
  MERGE (c)-[:CORRECTS {side: 'to'}]->(t)
  WITH r, c WHERE c.active
  SET r.retracted = true
}`)
	b.WriteString(`
WITH f, t, r, row
UNWIND row.evidence AS sk
MATCH (s:Sentence {key: sk})
CREATE (s)-[:EVIDENCE {fact: r.id, side: 'from', date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, record: row.record}]->(f)
CREATE (s)-[:EVIDENCE {fact: r.id, side: 'to', date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END}]->(t)`)
	return b.String()
}

const cypherArticles = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END`

const cypherSentences = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
CREATE (a)-[:HAS_SENTENCE]->(:Sentence {key: row.key, article: row.article, start: row.start, end: row.end, text: row.text})`

// batch is one parameterised statement of a write transaction.
type batch struct {
	what   string
	cypher string
	params map[string]any
}

// planWrite turns resolved extractions into the statements that write
// them: articles (with the digest of what they extract and the locks
// their writer took), entities by label, sentences, facts by type.
func planWrite(xs []*graph.Extraction, digests []string, locks [][]string) []batch {
	var articles, sentences []map[string]any
	entities := map[graph.EntityType][]map[string]any{}
	facts := map[graph.RelationType][]map[string]any{}
	for i, x := range xs {
		a := x.Article
		articles = append(articles, map[string]any{"id": a.ID, "date": nullable(a.Date), "props": map[string]any{
			"title": nullable(a.Title), "dateline": nullable(a.Dateline), "source": nullable(a.Source),
			"url": nullable(a.URL), "language": a.Language, "chars": a.Chars, "origin": nullable(a.Origin),
			"extraction": digests[i], "locks": locks[i],
		}})
		for _, e := range x.Entities {
			entities[e.Type] = append(entities[e.Type], entityRow(e, a))
		}
		s, f := relationRows(x)
		sentences = append(sentences, s...)
		for t, rows := range f {
			facts[t] = append(facts[t], rows...)
		}
	}
	out := []batch{{what: "articles", cypher: cypherArticles, params: map[string]any{"rows": articles}}}
	var pairs []map[string]any
	for _, x := range xs {
		var countries []string
		for _, e := range x.Entities {
			if e.Type == graph.TypeCountry {
				countries = append(countries, e.Key)
			}
		}
		if p := articlePairs(countries); len(p) > 0 {
			pairs = append(pairs, map[string]any{"article": x.Article.ID, "pairs": p})
		}
	}
	for _, t := range graph.EntityTypes {
		rows := entities[t]
		sort.SliceStable(rows, func(i, j int) bool { return rows[i]["key"].(string) < rows[j]["key"].(string) })
		if len(entities[t]) > 0 {
			out = append(out, batch{what: "entities " + string(t), cypher: entityCypher(t), params: map[string]any{"rows": entities[t]}})
		}
	}
	if len(sentences) > 0 {
		out = append(out, batch{what: "sentences", cypher: cypherSentences, params: map[string]any{"rows": sentences}})
	}
	for _, t := range graph.RelationTypes {
		// in one order of ends, so that writers lock the nodes they link
		// in one order (fewer deadlocks between concurrent writers)
		rows := facts[t]
		sort.SliceStable(rows, func(i, j int) bool {
			a, b := rows[i], rows[j]
			if a["from"] != b["from"] {
				return a["from"].(string) < b["from"].(string)
			}
			return a["to"].(string) < b["to"].(string)
		})
		if len(facts[t]) > 0 {
			from, to := keyTypes(rows, "from"), keyTypes(rows, "to")
			out = append(out, batch{what: "facts " + string(t), cypher: factCypher(t, from, to), params: map[string]any{"rows": facts[t]}})
		}
	}
	if rows := facts[graph.RelCooperatesIn]; len(rows) > 0 {
		out = append(out, batch{what: "pairs' cooperation", cypher: cypherPairCoop, params: map[string]any{"rows": rows}})
	}
	if len(pairs) > 0 {
		out = append(out, batch{what: "pairs of countries", cypher: cypherArticlePairs, params: map[string]any{"rows": pairs}})
	}
	if events := eventKeys(xs); len(events) > 0 {
		out = append(out, batch{what: "pairs of the events", cypher: cypherReconcilePairs, params: map[string]any{"keys": events}})
	}
	return out
}

// eventKeys lists the keys of the events of xs, sorted, once each.
func eventKeys(xs []*graph.Extraction) []string {
	var keys []string
	for _, x := range xs {
		for _, e := range x.Entities {
			if e.Type == graph.TypeEvent {
				keys = append(keys, e.Key)
			}
		}
	}
	return uniqueSorted(keys)
}

// sentenceKey names the Sentence node of an evidence span.
func sentenceKey(articleID string, ev graph.Evidence) string {
	return articleID + ":" + strconv.Itoa(ev.Start) + "-" + strconv.Itoa(ev.End)
}

// relationRows groups the relations of x by type and identity, gathering
// the evidence of duplicates, and lists the evidence sentences.
func relationRows(x *graph.Extraction) ([]map[string]any, map[graph.RelationType][]map[string]any) {
	a := x.Article
	seenSentence := map[string]bool{}
	var sentences []map[string]any
	type id struct {
		t              graph.RelationType
		from, to, rkey string
	}
	index := map[id]map[string]any{}
	rows := map[graph.RelationType][]map[string]any{}
	for _, r := range x.Relations {
		sk := sentenceKey(a.ID, r.Evidence)
		if !seenSentence[sk] {
			seenSentence[sk] = true
			sentences = append(sentences, map[string]any{"article": a.ID, "key": sk, "start": r.Evidence.Start, "end": r.Evidence.End, "text": r.Evidence.Sentence})
		}
		k := id{r.Type, r.From, r.To, relationKey(r)}
		if row, ok := index[k]; ok {
			ev := row["evidence"].([]string)
			if !contains(ev, sk) {
				row["evidence"] = append(ev, sk)
			}
			row["record"] = row["record"].(bool) || r.Record
			continue
		}
		target := graph.FactRef{Type: r.Type, From: r.From, To: r.To, Key: k.rkey}.Target()
		row := map[string]any{"from": r.From, "to": r.To, "key": k.rkey, "target": target, "props": relationProps(r), "evidence": []string{sk},
			"date": nullable(a.Date), "stamp": graph.Stamp(a), "record": r.Record, "role": nullable(r.Role)}
		index[k] = row
		rows[r.Type] = append(rows[r.Type], row)
	}
	return sentences, rows
}

// relationKey is what tells apart two relationships of the same type
// between the same nodes: the year and amount of a trade figure, the year
// of a chairmanship, the wording of a partnership level, the title of an
// office, the partner country of a cooperation.
func relationKey(r graph.Relation) string {
	switch r.Type {
	case graph.RelTradeVolume:
		// Reports that disagree on a year's figure are kept apart, each
		// with its own evidence, rather than overwriting each other.
		k := strconv.Itoa(r.Year) + ":" + strconv.FormatFloat(r.ValueUSD, 'g', -1, 64)
		if r.ValueUSD == 0 || r.Period != "" {
			k += ":" + strconv.FormatFloat(r.Value, 'g', -1, 64) + r.Currency + ":" + strings.ToLower(r.Period)
		}
		return k
	case graph.RelChairs:
		if r.Year != 0 {
			return strconv.Itoa(r.Year)
		}
	case graph.RelPartnership:
		return strings.ToLower(strings.Join(strings.Fields(r.Level), " "))
	case graph.RelLeads:
		return strings.ToLower(r.Title)
	case graph.RelCooperatesIn:
		return r.Partner // one relationship per pair and sector
	}
	return ""
}

// relationProps are the properties a fact gets when created: those its
// key is made of.
func relationProps(r graph.Relation) map[string]any {
	p := map[string]any{}
	switch r.Type {
	case graph.RelLeads:
		p["title"] = r.Title
	case graph.RelPartnership:
		p["level"] = r.Level
	case graph.RelTradeVolume:
		p["year"] = nullableInt(r.Year)
		p["valueUsd"] = nullableFloat(r.ValueUSD)
		p["value"] = nullableFloat(r.Value)
		p["currency"] = nullable(r.Currency)
		p["period"] = nullable(r.Period)
	case graph.RelChairs:
		p["year"] = nullableInt(r.Year)
	case graph.RelCooperatesIn:
		p["partner"] = nullable(r.Partner)
	}
	return p
}

// leaderNameKeys returns the name keys a leader's node is found by: those
// of its key and of the keys its article named it by before resolution,
// and of each of its names in this article that shares one with those
// ("Narendra Modi" beside the key narenda-modi; not "Indian Prime
// Minister"). The node's keys are the union over its articles, so they
// do not depend on which article first named it, on the key the node
// held when an article arrived, nor on where a batch of articles begins.
func leaderNameKeys(e graph.Entity) []string {
	own := map[string]bool{}
	out := graph.NameKeys(e.Key)
	for _, k := range e.Spellings() {
		for _, t := range graph.NameKeys(k) {
			own[t] = true
			out = append(out, t)
		}
	}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		ks := graph.NameKeys(graph.TypeLeader.KeyPrefix() + nameSlug(name))
		shares := false
		for _, k := range ks {
			shares = shares || own[k]
		}
		if shares {
			out = append(out, ks...)
		}
	}
	return uniqueSorted(out)
}

// nameSlug writes a name as the words of a key: lower case, words joined
// by hyphens ("Narendra Modi": "narendra-modi").
func nameSlug(name string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "-")
}

// sortedUnion returns the subquery that adds the values of row.<prop>
// that node n's list <prop> lacks, keeping the list sorted so that what is
// stored does not depend on the order of arrival (computed inside the
// subquery, which sees the rows written before); also is written after
// the list's SET, with the sorted list as sorted.
func sortedUnion(prop, also string) string {
	return `
WITH a, n, row
CALL (n, row) {
  WITH n, [x IN row.` + prop + ` WHERE NOT x IN coalesce(n.` + prop + `, [])] AS added
  WHERE size(added) > 0
  UNWIND coalesce(n.` + prop + `, []) + added AS x
  WITH n, x ORDER BY x
  WITH n, collect(x) AS sorted
  SET n.` + prop + ` = sorted` + also + `
}`
}
