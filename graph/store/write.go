package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// WriteStats counts what a write changed in the graph.
type WriteStats struct {
	NodesCreated         int
	RelationshipsCreated int
	PropertiesSet        int
}

// Add returns the sum of s and o.
func (s WriteStats) Add(o WriteStats) WriteStats {
	return WriteStats{s.NodesCreated + o.NodesCreated, s.RelationshipsCreated + o.RelationshipsCreated, s.PropertiesSet + o.PropertiesSet}
}

// WriteArticle writes one extraction — the article, its entities, the
// sentences used as evidence and its relations — in a single transaction:
// either all of it is stored or, on error, none of it. Nodes and
// relationships are merged on their keys, so writing the same extraction
// again creates nothing. When the write supersedes a stored article —
// another version of the text (same Origin, another id), or the same text
// extracted differently (same id, other entities or relations) — the
// stored contribution is removed first, in the same transaction, as
// RemoveArticle would. An extraction that fails
// Validate is not written.
func (s *Store) WriteArticle(ctx context.Context, x *graph.Extraction) (WriteStats, error) {
	if err := x.Validate(); err != nil {
		return WriteStats{}, fmt.Errorf("write article %s: %w", x.Article.ID, err)
	}
	digest, err := extractionDigest(x)
	if err != nil {
		return WriteStats{}, fmt.Errorf("write article %s: %w", x.Article.ID, err)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	stats, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (WriteStats, error) {
		var total WriteStats // reset on every retry
		if err := replaceEarlierVersions(ctx, tx, x.Article, digest); err != nil {
			return total, err
		}
		rx := x
		if !s.noResolve {
			var err error
			if rx, err = resolve(ctx, tx, x); err != nil {
				return total, err
			}
		}
		for _, b := range planWrite(rx, digest) {
			res, err := tx.Run(ctx, b.cypher, b.params)
			if err != nil {
				return total, fmt.Errorf("%s: %w", b.what, err)
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return total, fmt.Errorf("%s: %w", b.what, err)
			}
			c := sum.Counters()
			total = total.Add(WriteStats{c.NodesCreated(), c.RelationshipsCreated(), c.PropertiesSet()})
		}
		return total, nil
	}, s.txConfig()...)
	if err != nil {
		return WriteStats{}, fmt.Errorf("write article %s: %w", x.Article.ID, unavailable(err))
	}
	return stats, nil
}

// extractionDigest fingerprints what an extraction would write, so that
// writing the same article again can be told from writing a different
// extraction of it (after the extractor improved).
func extractionDigest(x *graph.Extraction) (string, error) {
	b, err := json.Marshal(x)
	if err != nil {
		return "", fmt.Errorf("fingerprint extraction: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8]), nil
}

// replaceEarlierVersions removes the contribution of stored articles that a
// supersedes: another version of its text (same origin, another id), or
// the same text extracted differently (same id, another digest). Writing
// the very same extraction again removes nothing.
func replaceEarlierVersions(ctx context.Context, tx neo4j.ManagedTransaction, a graph.Article, digest string) error {
	res, err := tx.Run(ctx, `
MATCH (old:Article {id: $id}) WHERE coalesce(old.extraction, '') <> $digest RETURN old.id AS id
UNION
MATCH (old:Article {origin: $origin}) WHERE old.id <> $id RETURN old.id AS id`,
		map[string]any{"origin": a.Origin, "id": a.ID, "digest": digest})
	if err != nil {
		return fmt.Errorf("find earlier versions: %w", err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return fmt.Errorf("find earlier versions: %w", err)
	}
	for _, rec := range recs {
		old, _, err := neo4j.GetRecordValue[string](rec, "id")
		if err != nil {
			return fmt.Errorf("find earlier versions: %w", err)
		}
		var st RemoveStats
		var found bool
		if err := removeArticle(ctx, tx, old, &st, &found); err != nil {
			return fmt.Errorf("replace earlier version %s: %w", old, err)
		}
	}
	return nil
}

// batch is one parameterised statement of an article's transaction.
type batch struct {
	what   string
	cypher string
	params map[string]any
}

// planWrite turns an extraction into the statements that write it, one
// UNWIND batch per label and relationship type. Labels and relationship
// types come from the closed sets of package graph, never from input text.
func planWrite(x *graph.Extraction, digest string) []batch {
	a := x.Article
	base := func(extra map[string]any) map[string]any {
		p := map[string]any{"id": a.ID, "date": nullable(a.Date)}
		for k, v := range extra {
			p[k] = v
		}
		return p
	}
	out := []batch{{
		what:   "article",
		cypher: cypherArticle,
		params: base(map[string]any{"props": map[string]any{
			"title": nullable(a.Title), "dateline": nullable(a.Dateline), "source": nullable(a.Source),
			"url": nullable(a.URL), "language": a.Language, "chars": a.Chars, "origin": nullable(a.Origin),
			"extraction": digest,
		}}),
	}}

	rows := map[graph.EntityType][]map[string]any{}
	for _, e := range x.Entities {
		rows[e.Type] = append(rows[e.Type], entityRow(e, a.Date))
	}
	for _, t := range graph.EntityTypes {
		if len(rows[t]) > 0 {
			out = append(out, batch{what: "entities " + string(t), cypher: entityCypher(t), params: base(map[string]any{"rows": rows[t]})})
		}
	}

	sentences, rels := relationRows(x)
	if len(sentences) > 0 {
		out = append(out, batch{what: "sentences", cypher: cypherSentences, params: base(map[string]any{"rows": sentences})})
	}
	for _, t := range graph.RelationTypes {
		if len(rels[t]) > 0 {
			out = append(out, batch{what: "relations " + string(t), cypher: relationCypher(t), params: base(map[string]any{"rows": rels[t]})})
		}
	}
	return out
}

const cypherArticle = `
MERGE (a:Article {id: $id})
SET a += $props, a.date = CASE WHEN $date IS NULL THEN null ELSE date($date) END`

const cypherSentences = `
MATCH (a:Article {id: $id})
UNWIND $rows AS row
MERGE (s:Sentence {key: row.key})
ON CREATE SET s.article = $id, s.start = row.start, s.end = row.end, s.text = row.text
MERGE (a)-[:HAS_SENTENCE]->(s)`

// entityCypher merges the entities of one type and links them to the
// article: events by REPORTS, the others by MENTIONS.
func entityCypher(t graph.EntityType) string {
	link := "MENTIONS"
	if t == graph.TypeEvent {
		link = "REPORTS"
	}
	return `
MATCH (a:Article {id: $id})
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n:` + string(t) + `, n += row.props,
    n.date = CASE WHEN row.date IS NULL THEN n.date
                  WHEN n.date IS NULL OR date(row.date) < n.date THEN date(row.date) ELSE n.date END
SET n.anchor = coalesce(n.date, n.anchor, date(row.anchor)),
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n.aliasText = reduce(s = '', x IN n.aliases | s + x + ' ')
MERGE (a)-[m:` + link + `]->(n)
SET m.count = row.count, m.spans = row.spans`
}

// relationCypher merges the relations of one type, adding this article's
// evidence to what other articles gave and widening firstSeen/lastSeen to
// the article's date.
func relationCypher(t graph.RelationType) string {
	return `
UNWIND $rows AS row
MATCH (f:Entity {key: row.from})
MATCH (t:Entity {key: row.to})
MERGE (f)-[r:` + string(t) + ` {key: row.key}]->(t)
SET r += row.props,
    r.evidence = reduce(acc = coalesce(r.evidence, []), x IN row.evidence | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    r.articles = CASE WHEN $id IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $id END,
    r.firstSeen = CASE WHEN $date IS NULL THEN r.firstSeen
                       WHEN r.firstSeen IS NULL OR date($date) < r.firstSeen THEN date($date) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN $date IS NULL THEN r.lastSeen
                      WHEN r.lastSeen IS NULL OR date($date) > r.lastSeen THEN date($date) ELSE r.lastSeen END`
}

// entityRow is the UNWIND row of one entity. An event's anchor is the date
// resolution compares: its own date, else the reporting article's.
func entityRow(e graph.Entity, articleDate string) map[string]any {
	props := map[string]any{"name": e.Name}
	set := func(k, v string) {
		if v != "" {
			props[k] = v
		}
	}
	switch e.Type {
	case graph.TypeCountry:
		set("code", e.Code)
		set("iso2", e.ISO2)
	case graph.TypeLeader:
		set("title", e.Title)
		set("country", e.Country)
	case graph.TypeOrganization:
		set("acronym", e.Acronym)
		props["countries"] = nonNil(e.Countries)
	case graph.TypeLocation:
		set("country", e.Country)
		set("kind", e.Kind)
	case graph.TypeProject:
		props["countries"] = nonNil(e.Countries)
		set("sector", e.Sector)
		set("status", e.Status)
	case graph.TypeEvent:
		set("kind", e.Kind)
		set("datePrecision", e.DatePrecision)
		set("status", e.Status)
		set("dateText", e.DateText)
		set("location", e.Location)
		set("summary", e.Summary)
		props["participants"] = nonNil(e.Participants)
	}
	spans := make([]int, 0, 2*len(e.Mentions))
	for _, m := range e.Mentions {
		spans = append(spans, m.Start, m.End)
	}
	var date, anchor any
	if e.Type == graph.TypeEvent {
		date = nullable(e.Date)
		anchor = nullable(articleDate)
	}
	return map[string]any{
		"key": e.Key, "props": props, "aliases": nonNil(e.Aliases), "date": date, "anchor": anchor,
		"count": len(e.Mentions), "spans": spans,
	}
}

// sentenceKey names the Sentence node of an evidence span.
func sentenceKey(articleID string, ev graph.Evidence) string {
	return articleID + ":" + strconv.Itoa(ev.Start) + "-" + strconv.Itoa(ev.End)
}

// relationRows groups the relations by type and identity, gathering the
// evidence of duplicates, and lists the evidence sentences.
func relationRows(x *graph.Extraction) ([]map[string]any, map[graph.RelationType][]map[string]any) {
	seenSentence := map[string]bool{}
	var sentences []map[string]any
	type id struct {
		t              graph.RelationType
		from, to, rkey string
	}
	index := map[id]map[string]any{}
	rows := map[graph.RelationType][]map[string]any{}
	for _, r := range x.Relations {
		sk := sentenceKey(x.Article.ID, r.Evidence)
		if !seenSentence[sk] {
			seenSentence[sk] = true
			sentences = append(sentences, map[string]any{"key": sk, "start": r.Evidence.Start, "end": r.Evidence.End, "text": r.Evidence.Sentence})
		}
		k := id{r.Type, r.From, r.To, relationKey(r)}
		if row, ok := index[k]; ok {
			ev := row["evidence"].([]string)
			if !contains(ev, sk) {
				row["evidence"] = append(ev, sk)
			}
			continue
		}
		row := map[string]any{"from": r.From, "to": r.To, "key": k.rkey, "props": relationProps(r), "evidence": []string{sk}}
		index[k] = row
		rows[r.Type] = append(rows[r.Type], row)
	}
	return sentences, rows
}

// relationKey is what tells apart two relationships of the same type
// between the same nodes: the year and value of a trade figure, the year
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

func relationProps(r graph.Relation) map[string]any {
	p := map[string]any{}
	switch r.Type {
	case graph.RelLeads:
		p["title"] = r.Title
	case graph.RelParticipatedIn:
		p["role"] = nullable(r.Role)
	case graph.RelPartnership:
		p["level"] = r.Level
	case graph.RelTradeVolume:
		p["year"] = nullableInt(r.Year)
		p["valueUsd"] = nullableFloat(r.ValueUSD)
		p["value"] = nullableFloat(r.Value)
		p["currency"] = nullable(r.Currency)
		p["period"] = nullable(r.Period)
		p["record"] = r.Record
		p["text"] = r.Text
	case graph.RelChairs:
		p["year"] = nullableInt(r.Year)
	case graph.RelCooperatesIn:
		p["partner"] = nullable(r.Partner)
	}
	return p
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullableInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func nullableFloat(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
