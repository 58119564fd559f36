package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// ReadQuery is a read statement of the API with its parameters.
type ReadQuery struct {
	Cypher string
	Params map[string]any
}

// readSeeks are, by name in ReadQueries, the indexes the plan of a
// statement must seek (walk in order), as plans name them.
var readSeeks = map[string][]string{}

// ReadSeeks returns the indexes the plan of the statement named name in
// ReadQueries must seek ("SHARES(pair, date)"), if any.
func ReadSeeks(name string) []string { return readSeeks[name] }

// ReadQueries returns the API's read statements that this change adds or
// rewrites, with parameters for the given keys, by name, for
// TestReadQueriesBounded.
func ReadQueries(country, partner, leader, project string) map[string]ReadQuery {
	ev := func(q graph.EventQuery) map[string]any { return eventParams([]graph.EventQuery{q}) }
	out := map[string]ReadQuery{}
	for o, lo := range eventOrders {
		out["events of a country, "+string(o)] = ReadQuery{eventsCypher(lo), ev(graph.EventQuery{With: country, First: 20})}
		out["events of a pair, "+string(o)] = ReadQuery{eventsCypher(lo), ev(graph.EventQuery{With: country, Partner: partner, First: 20})}
		out["events of a leader, "+string(o)] = ReadQuery{eventsCypher(lo), ev(graph.EventQuery{Leader: leader, First: 20})}
		out["events in a date range, "+string(o)] = ReadQuery{eventsCypher(lo), ev(graph.EventQuery{From: "2025-06-01", To: "2025-06-30", MinSources: 2, First: 20})}
	}
	out["count events of a country with sources"] = ReadQuery{countEventsCypher, ev(graph.EventQuery{With: country, MinSources: 2})}
	for _, part := range []string{"kinds", "countries", "timeline"} {
		for name, q := range map[string]graph.EventQuery{"country": {With: country}, "date range": {From: "2025-01-01", To: "2025-12-31"}} {
			row := ev(q)["qs"].([]map[string]any)[0]
			row["part"], row["top"], row["unit"] = part, 10, "month"
			out["stats of a "+name+", "+part] = ReadQuery{statsCypher, map[string]any{"qs": []map[string]any{row}, "kinds": eventKinds}}
		}
	}
	out["facts of a country"] = ReadQuery{factsCypher, map[string]any{"qs": []map[string]any{{"i": 0, "key": country, "type": nil, "min": 2, "first": 20}}}}
	out["facts of a leader by type"] = ReadQuery{factsCypher, map[string]any{"qs": []map[string]any{{"i": 0, "key": leader, "type": "LEADS", "min": nil, "first": 20}}}}
	out["reported"] = ReadQuery{reportedCypher, map[string]any{"keys": []string{country, leader, project}}}
	out["names"] = ReadQuery{namedCypher, map[string]any{"limit": maxNameMatches, "refs": []map[string]any{
		{"i": 0, "lucene": phrase("tokayev"), "text": "tokayev", "label": "Leader"},
		{"i": 1, "lucene": phrase("China"), "text": "china", "label": nil}}}}
	out["events of a project"] = ReadQuery{linkCypher[graph.ProjectEvents], map[string]any{"keys": []string{project}}}
	out["relation"] = ReadQuery{relationCypher, map[string]any{"a": partner, "b": country}}
	readSeeks["relation"] = []string{"SHARES(pair, date)"}
	out["partners"] = ReadQuery{partnersCypher, map[string]any{"keys": []string{country, partner}, "first": 5}}
	readSeeks["partners"] = []string{"SHARES(pair, date)"}
	out["timeline"] = ReadQuery{timelineCypher, map[string]any{"a": country, "b": partner, "unit": "quarter", "from": nil, "to": nil}}
	readSeeks["timeline"] = []string{"SHARES(pair, date)"}
	walks := map[string]struct {
		q    graph.EventQuery
		seek string
	}{
		"a country": {graph.EventQuery{With: country, First: 10}, "PARTICIPATED_IN(who, date)"},
		"a pair":    {graph.EventQuery{With: country, Partner: partner, First: 10}, "SHARES(pair, date)"},
		"a leader":  {graph.EventQuery{Leader: leader, First: 10}, "PARTICIPATED_IN(who, date)"},
		"a country after a cursor, of a kind": {graph.EventQuery{With: country, Kind: "meeting", First: 10,
			After: graph.Cursor{Sort: "2025-08-30", Key: "event:x", Set: true}}, "PARTICIPATED_IN(who, date)"},
		"every event":        {graph.EventQuery{First: 20}, "Event(date)"},
		"every event, range": {graph.EventQuery{From: "2025-01-01", To: "2025-06-30", First: 20}, "Event(date)"},
	}
	for name, w := range walks {
		for _, o := range []graph.Order{graph.OrderDateDesc, graph.OrderDateAsc} {
			dir, _ := walkOrder(o)
			q := w.q
			q.Order = o
			out["walk of "+name+", "+string(o)] = walkQuery(eventOrders[o], dir, walkParams([]graph.EventQuery{q}, dir == "DESC"))
			readSeeks["walk of "+name+", "+string(o)] = []string{w.seek}
		}
	}
	for name, q := range map[string]graph.EventQuery{"a pair": {With: country, Partner: partner, First: 10}, "a country": {With: country, First: 10}} {
		p := walkParams([]graph.EventQuery{q}, true)
		out["undated tail of "+name] = walkQuery(eventOrders[graph.OrderDateDesc], "DESC", p)
	}
	var fast []map[string]any
	for i, q := range []graph.EventQuery{{With: country}, {With: country, Partner: partner}, {Leader: leader}} {
		row, _ := fastCount(i, q)
		fast = append(fast, row)
	}
	out["count events of an anchor or a pair"] = ReadQuery{countFastCypher, map[string]any{"qs": fast}}
	return out
}

// MatchedPairEvents is the statement a pair's events page was read with
// before it walked the SHARES index: the control that the check of
// index seeks sees a page that does not seek it.
func MatchedPairEvents(country, partner string) ReadQuery {
	return ReadQuery{eventsCypher(eventOrders[graph.OrderDateDesc]), eventParams([]graph.EventQuery{{With: country, Partner: partner, First: 10}})}
}

// UnanchoredEvents is the statement a page of every event, newest first,
// was read with before it walked the Event(date) index: it reads the kind
// index whole.
func UnanchoredEvents() ReadQuery {
	return ReadQuery{eventsCypher(eventOrders[graph.OrderDateDesc]), eventParams([]graph.EventQuery{{First: 20}})}
}

// MatchEvents reads the pages and counts of qs with the statements that
// read every event an anchor links to (eventsCypher, countEventsCypher),
// for TestWalksAgreeWithMatch to compare with Events and CountEvents.
func (s *Store) MatchEvents(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], []int, error) {
	out := make([]graph.Page[graph.Entity], len(qs))
	for i, q := range qs {
		lo := eventOrders[orderOf(q.Order, graph.OrderDateDesc)]
		recs, err := s.read(ctx, "read events", eventsCypher(lo), eventParams([]graph.EventQuery{q}))
		if err != nil {
			return nil, nil, err
		}
		out[i] = pages(recs, 1, func(int) int { return q.First }, func(r *neo4j.Record) (graph.Entity, graph.Cursor) {
			e := entityOf(r.Values[1])
			return e, graph.Cursor{Sort: str(r.Values[2]), Key: e.Key, Set: true}
		})[0]
	}
	recs, err := s.read(ctx, "count events", countEventsCypher, eventParams(qs))
	if err != nil {
		return nil, nil, err
	}
	return out, counts(recs, len(qs)), nil
}

// WalkStatement is the statement and parameters of a page of q read by
// walking an index, for profiling by hand.
func WalkStatement(q graph.EventQuery) ReadQuery {
	o := orderOf(q.Order, graph.OrderDateDesc)
	dir, _ := walkOrder(o)
	return walkQuery(eventOrders[o], dir, walkParams([]graph.EventQuery{q}, dir == "DESC"))
}

// MatchedRelation reads the summary of a and b with the statement that
// read it before the pairs' aggregates (matchedRelationCypher), for
// TestRelationAgreesWithMatch.
func (s *Store) MatchedRelation(ctx context.Context, a, b string) (graph.Bilateral, bool, error) {
	return s.relation(ctx, matchedRelationCypher, a, b)
}

// matchedRelationCypher is relationCypher as it was before it read the
// pairs' aggregates: from every event of either country.
const matchedRelationCypher = `
MATCH (a:Country {key: $a}), (b:Country {key: $b})
CALL (a, b) {
  MATCH (a)-[ra:PARTICIPATED_IN]->(e:Event)<-[rb:PARTICIPATED_IN]-(b)
  WHERE NOT coalesce(ra.retracted, false) AND NOT coalesce(rb.retracted, false)
  RETURN collect(DISTINCT e) AS shared
}
CALL (a, b) {
  MATCH (a)-[r:PARTNERSHIP]-(b)
  ` + factEvidence + `
  RETURN collect([r, ev, arts, startNode(r) = a]) AS partnership
}
CALL (a, b) {
  MATCH (a)-[r:TRADE_VOLUME]-(b)
  ` + factEvidence + `
  RETURN collect([r, ev, arts, startNode(r) = a]) AS trade
}
CALL (shared) {
  UNWIND shared AS e
  RETURN count(e) AS events, min(e.date) AS first, max(e.date) AS last
}
CALL (a, b) {
  MATCH (a)<-[ra:INVOLVES]-(p:Project)-[rb:INVOLVES]->(b)
  WHERE NOT coalesce(ra.retracted, false) AND NOT coalesce(rb.retracted, false)
  WITH DISTINCT p ORDER BY p.name, p.key
  RETURN collect(p) AS projects
}
CALL (a, b, shared) {
  UNWIND shared AS e
  MATCH (l:Leader)-[r:PARTICIPATED_IN]->(e)
  WHERE NOT coalesce(r.retracted, false)
    AND (l.country IN [a.code, b.code] OR EXISTS { (l)-[x:LEADS]->(c) WHERE c IN [a, b] AND NOT coalesce(x.retracted, false) })
  WITH DISTINCT l ORDER BY l.name, l.key
  RETURN collect(l) AS leaders
}
CALL (a, b, shared) {
  CALL (a, b, shared) {
    UNWIND shared AS e
    MATCH (e)-[d:DISCUSSED]->(s:Sector) WHERE NOT coalesce(d.retracted, false)
    RETURN s, e.key AS src
    UNION
    // cooperation of the pair: from either, with the other as partner
    UNWIND [[a, b.code], [b, a.code]] AS xp
    WITH xp[0] AS x, xp[1] AS partner
    MATCH (x)-[r:COOPERATES_IN]->(s:Sector) WHERE r.partner = partner AND NOT coalesce(r.retracted, false)
    MATCH (sen:Sentence)-[e:EVIDENCE]->() WHERE e.fact = r.id AND e.side = 'from'
    RETURN s, sen.key AS src
  }
  WITH s, count(DISTINCT src) AS n ORDER BY n DESC, s.name
  RETURN collect({sector: s, mentions: n}) AS sectors
}
CALL (a, b) {
  MATCH (a)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b)
  RETURN count(DISTINCT art) AS articles
}
RETURN a.key, b.key, partnership, trade, events, first, last, projects, leaders, sectors, articles`

// walkQuery is the statement and parameters walkEvents reads with.
func walkQuery(lo listOrder, dir string, p map[string]any) ReadQuery {
	return ReadQuery{walkCypher(lo, dir, walkShapeOf(p["qs"].([]map[string]any))), p}
}
