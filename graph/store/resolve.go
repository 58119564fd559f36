package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// resolve matches the leaders, organizations and events of x with what the
// graph already holds (graph.SamePerson, graph.SameEvent, acronyms) and
// returns a copy of x rekeyed to the stored keys. Where a new report names
// a thing more fully than the stored key (a full name after a surname, a
// date after an undated report), the stored node takes the new key
// instead, so the result does not depend on the order articles arrive in.
// It runs inside the article's write transaction.
func resolve(ctx context.Context, tx neo4j.ManagedTransaction, x *graph.Extraction) (*graph.Extraction, error) {
	out := cloneExtraction(x)
	m := map[string]string{}
	if err := resolvePeople(ctx, tx, out, m); err != nil {
		return nil, fmt.Errorf("resolve leaders: %w", err)
	}
	if err := resolveOrganizations(ctx, tx, out, m); err != nil {
		return nil, fmt.Errorf("resolve organizations: %w", err)
	}
	out.Rekey(m)
	out.Rekey(sameEventsWithin(out))
	em := map[string]string{}
	if err := resolveEvents(ctx, tx, out, em); err != nil {
		return nil, fmt.Errorf("resolve events: %w", err)
	}
	out.Rekey(em)
	return out, nil
}

func cloneExtraction(x *graph.Extraction) *graph.Extraction {
	c := *x
	c.Entities = make([]graph.Entity, len(x.Entities))
	for i, e := range x.Entities {
		e.Participants = append([]string(nil), e.Participants...)
		e.Aliases = append([]string(nil), e.Aliases...)
		e.Mentions = append([]graph.Span(nil), e.Mentions...)
		e.Countries = append([]string(nil), e.Countries...)
		c.Entities[i] = e
	}
	c.Relations = append([]graph.Relation(nil), x.Relations...)
	return &c
}

// collect runs a read inside tx and returns its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// renameNode gives a stored entity a new key, keeping every relationship,
// and updates the event participant lists that name it. It does nothing
// when another node already holds the new key.
func renameNode(ctx context.Context, tx neo4j.ManagedTransaction, from, to string) (bool, error) {
	recs, err := collect(ctx, tx, `
MATCH (n:Entity {key: $from}) WHERE NOT EXISTS { MATCH (:Entity {key: $to}) }
SET n.key = $to
WITH n
OPTIONAL MATCH (n)-[:PARTICIPATED_IN]->(e:Event)
SET e.participants = [p IN e.participants | CASE p WHEN $from THEN $to ELSE p END]
RETURN count(DISTINCT n) AS renamed`, map[string]any{"from": from, "to": to})
	if err != nil {
		return false, err
	}
	n, _, err := neo4j.GetRecordValue[int64](recs[0], "renamed")
	return n > 0, err
}

func resolvePeople(ctx context.Context, tx neo4j.ManagedTransaction, x *graph.Extraction, m map[string]string) error {
	var countries, titles, words []string
	for _, e := range x.Entities {
		if e.Type != graph.TypeLeader {
			continue
		}
		if e.Country != "" {
			countries = append(countries, e.Country)
		} else if e.Title != "" {
			titles = append(titles, e.Title)
		}
		for _, w := range strings.Split(strings.TrimPrefix(e.Key, graph.TypeLeader.KeyPrefix()), "-") {
			if len(w) >= 3 {
				words = append(words, w)
			}
		}
	}
	if len(countries)+len(titles)+len(words) == 0 {
		return nil
	}
	// Candidates: leaders of the same countries, of no known country, with
	// the title of a leader whose country this article does not give, or
	// sharing a word of the name.
	recs, err := collect(ctx, tx, `
MATCH (l:Leader)
WHERE l.country IN $countries OR l.country IS NULL OR l.title IN $titles
   OR any(w IN $words WHERE l.key ENDS WITH '-' + w OR l.key CONTAINS '-' + w + '-' OR l.key STARTS WITH 'person:' + w)
RETURN l.key AS key, l.country AS country, l.title AS title ORDER BY key`,
		map[string]any{"countries": countries, "titles": titles, "words": words})
	if err != nil {
		return err
	}
	var stored []graph.PersonSketch
	for _, r := range recs {
		get := func(k string) any { v, _ := r.Get(k); return v }
		stored = append(stored, graph.PersonSketch{Key: str(get("key")), Country: str(get("country")), Title: str(get("title"))})
	}
	for _, e := range x.Entities {
		if e.Type != graph.TypeLeader {
			continue
		}
		me := graph.PersonSketch{Key: e.Key, Country: e.Country, Title: e.Title}
		var matches []string
		exact := false
		for _, s := range stored {
			if s.Key == e.Key {
				exact = true
			} else if graph.SamePerson(me, s) {
				matches = append(matches, s.Key)
			}
		}
		if exact || len(matches) != 1 { // known, new, or ambiguous: keep the key
			continue
		}
		if err := adopt(ctx, tx, m, e.Key, matches[0], preferred(e.Key, matches[0])); err != nil {
			return err
		}
	}
	return nil
}

// adopt maps key to the stored key, or, when fuller is set, renames the
// stored node to key.
func adopt(ctx context.Context, tx neo4j.ManagedTransaction, m map[string]string, key, stored string, fuller bool) error {
	if fuller {
		ok, err := renameNode(ctx, tx, stored, key)
		if err != nil || ok {
			return err
		}
	}
	m[key] = stored
	return nil
}

// preferred reports whether key should replace stored as the key of one
// person: it spells more of the name, or as much and sorts first — a rule
// that does not depend on which report came first.
func preferred(key, stored string) bool {
	if a, b := nameParts(key), nameParts(stored); a != b {
		return a > b
	}
	return key < stored
}

func nameParts(key string) int {
	_, slug, _ := strings.Cut(key, ":")
	return strings.Count(slug, "-") + 1
}

func resolveOrganizations(ctx context.Context, tx neo4j.ManagedTransaction, x *graph.Extraction, m map[string]string) error {
	var rows []map[string]any
	for _, e := range x.Entities {
		if e.Type == graph.TypeOrganization {
			rows = append(rows, map[string]any{"key": e.Key, "name": e.Name, "acronym": nullable(e.Acronym)})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	recs, err := collect(ctx, tx, `
UNWIND $rows AS row
MATCH (o:Organization)
WHERE o.key <> row.key AND NOT EXISTS { MATCH (:Organization {key: row.key}) }
  AND (o.acronym = row.name OR o.name = row.acronym OR o.acronym = row.acronym)
WITH row, o ORDER BY o.key
RETURN row.key AS key, collect(o.key) AS matches, collect(o.name) AS names`, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	for _, r := range recs {
		k, _ := r.Get("key")
		ms, _ := r.Get("matches")
		names, _ := r.Get("names")
		if list := ms.([]any); len(list) == 1 {
			e := x.EntityByKey(str(k))
			fuller := e != nil && (len(e.Name) > len(str(names.([]any)[0])) ||
				len(e.Name) == len(str(names.([]any)[0])) && str(k) < str(list[0]))
			if err := adopt(ctx, tx, m, str(k), str(list[0]), fuller); err != nil {
				return err
			}
		}
	}
	return nil
}

// sameEventsWithin maps each event of x that graph.SameEvent finds to be
// an earlier event of x to that event's key, so that one article's
// several mentions of one event become one.
func sameEventsWithin(x *graph.Extraction) map[string]string {
	m := map[string]string{}
	var kept []graph.EventSketch
	for _, e := range x.Entities {
		if e.Type != graph.TypeEvent {
			continue
		}
		s := sketchOf(x, e)
		merged := false
		for _, k := range kept {
			if graph.SameEvent(k, s) {
				m[e.Key] = k.Key
				merged = true
				break
			}
		}
		if !merged {
			kept = append(kept, s)
		}
	}
	return m
}

// eventWindow bounds the anchor dates of stored events worth comparing.
const eventWindow = graph.UndatedWindow + 2*graph.DatedSlack

func resolveEvents(ctx context.Context, tx neo4j.ManagedTransaction, x *graph.Extraction, m map[string]string) error {
	var rows []map[string]any
	sketches := map[string]graph.EventSketch{}
	for _, e := range x.Entities {
		if e.Type != graph.TypeEvent {
			continue
		}
		s := sketchOf(x, e)
		sketches[e.Key] = s
		row := map[string]any{"key": e.Key, "kind": e.Kind, "from": nil, "to": nil}
		if t, err := time.Parse(time.DateOnly, s.Anchor); err == nil {
			row["from"] = t.Add(-eventWindow).Format(time.DateOnly)
			row["to"] = t.Add(eventWindow).Format(time.DateOnly)
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil
	}
	recs, err := collect(ctx, tx, `
UNWIND $rows AS row
MATCH (e:Event {kind: row.kind})
WHERE e.key = row.key OR (row.from IS NOT NULL AND e.anchor >= date(row.from) AND e.anchor <= date(row.to))
CALL (e) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e)
  RETURN [x IN collect(p) WHERE x:Country | x.code] AS countries,
         [x IN collect(p) WHERE x:Leader | x.key] AS people,
         [x IN collect(p) WHERE x:Organization | x.key] AS orgs
}
OPTIONAL MATCH (e)-[:HELD_IN]->(l:Location)
RETURN row.key AS for, e.key AS key, toString(e.date) AS date, toString(e.anchor) AS anchor,
       head(collect(l.key)) AS location, countries, people, orgs
ORDER BY for, key`, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	candidates := map[string][]graph.EventSketch{}
	for _, r := range recs {
		get := func(k string) any { v, _ := r.Get(k); return v }
		for_ := str(get("for"))
		candidates[for_] = append(candidates[for_], graph.EventSketch{
			Key: str(get("key")), Kind: sketches[for_].Kind, Date: str(get("date")), Anchor: str(get("anchor")),
			Location: str(get("location")), Countries: strList(get("countries")), People: strList(get("people")), Orgs: strList(get("orgs")),
		})
	}
	for key, me := range sketches {
		var best *graph.EventSketch
		taken := false
		for i, c := range candidates[key] {
			if c.Key == key {
				taken = true
			}
			if graph.SameEvent(me, c) && (best == nil || closer(me, c, *best)) {
				best = &candidates[key][i]
			}
		}
		switch {
		case best != nil && best.Key != key:
			// The event keeps the key of its best-dated report (dated before
			// undated, earlier before later, then the smaller key), so the
			// key does not depend on the order the reports arrive in.
			rename := !taken && ranksBefore(me, *best)
			if err := adopt(ctx, tx, m, key, best.Key, rename); err != nil {
				return err
			}
		case best == nil && (taken || me.Date == ""):
			// Another event holds this key, or the key is too vague to be
			// shared (an undated report that matches nothing): make it this
			// article's own.
			m[key] = key + "@" + x.Article.ID[:8]
		}
	}
	return nil
}

// ranksBefore orders the reports of one event for choosing its key.
func ranksBefore(a, b graph.EventSketch) bool {
	if (a.Date == "") != (b.Date == "") {
		return a.Date != ""
	}
	if a.Date != b.Date {
		return a.Date < b.Date
	}
	return a.Key < b.Key
}

// closer reports whether a is nearer to me than b: same key first, then
// anchor date distance, then key.
func closer(me, a, b graph.EventSketch) bool {
	if (a.Key == me.Key) != (b.Key == me.Key) {
		return a.Key == me.Key
	}
	da, db := dayDistance(me.Anchor, a.Anchor), dayDistance(me.Anchor, b.Anchor)
	if da != db {
		return da < db
	}
	return a.Key < b.Key
}

func dayDistance(a, b string) time.Duration {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 1 << 62
	}
	if d := ta.Sub(tb); d >= 0 {
		return d
	}
	return tb.Sub(ta)
}

// sketchOf describes event e of x for matching; its anchor is its date or
// the article's.
func sketchOf(x *graph.Extraction, e graph.Entity) graph.EventSketch {
	s := graph.EventSketch{Key: e.Key, Kind: e.Kind, Date: e.Date, Anchor: e.Date, Location: e.Location}
	if s.Anchor == "" {
		s.Anchor = x.Article.Date
	}
	for _, p := range e.Participants {
		switch {
		case strings.HasPrefix(p, graph.TypeCountry.KeyPrefix()):
			s.Countries = append(s.Countries, strings.TrimPrefix(p, graph.TypeCountry.KeyPrefix()))
		case strings.HasPrefix(p, graph.TypeLeader.KeyPrefix()):
			s.People = append(s.People, p)
		case strings.HasPrefix(p, graph.TypeOrganization.KeyPrefix()):
			s.Orgs = append(s.Orgs, p)
		}
	}
	sort.Strings(s.Countries)
	return s
}

func strList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		out = append(out, str(x))
	}
	return out
}
