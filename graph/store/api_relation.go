package store

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// relationCypher reads the bilateral summary of the countries $a and $b.
// Its cost depends on the size of the answer, not on the graph nor on the
// pair's history: the number of shared events, the leaders who took part
// in them and the sectors they discussed or the pair's cooperation is
// stated in come from the pair's PAIR aggregates (pairs.go); the first
// and last contact from the SHARES (pair, date) index in its order; the
// partnership levels and trade figures without their evidence (read by
// FactSources when asked for); and the shared events that a retracted
// participation leaves out (gone) from the corrections of either country,
// whose copies on SHARES are taken off the aggregates.
const relationCypher = `
MATCH (a:Country {key: $a}), (b:Country {key: $b})
WITH a, b, CASE WHEN a.code < b.code THEN [a, b] ELSE [b, a] END AS xy
WITH a, b, xy[0] AS x, xy[1] AS y, xy[0].code + '-' + xy[1].code AS pair
CALL (a, b, x, pair) {
  UNWIND [a, b] AS c
  MATCH (c)<-[:CORRECTS {side: 'from'}]-(k:Correction {factType: 'PARTICIPATED_IN'})-[:CORRECTS {side: 'to'}]->(e:Event)
  WHERE EXISTS { MATCH (c)-[r:PARTICIPATED_IN]->(e) WHERE r.retracted }
  MATCH (x)-[s:SHARES]->(e) WHERE s.pair = pair
  WITH DISTINCT e, s
  RETURN collect(e) AS gone,
         reduce(l = [], s IN collect(s) | l + coalesce(s.leaders, [])) AS goneLeaders,
         reduce(l = [], s IN collect(s) | l + coalesce(s.sectors, [])) AS goneSectors
}
OPTIONAL MATCH (x)-[p:PAIR]->(y)
WITH a, b, pair, gone, goneLeaders, goneSectors, p
CALL (pair, gone) {
  OPTIONAL MATCH ()-[s:SHARES]->(e:Event) USING INDEX s:SHARES(pair, date)
  WHERE s.pair = pair AND s.date IS NOT NULL AND NOT e IN gone
  WITH s ORDER BY s.pair, s.date LIMIT 1
  RETURN s.date AS first
}
CALL (pair, gone) {
  OPTIONAL MATCH ()-[s:SHARES]->(e:Event) USING INDEX s:SHARES(pair, date)
  WHERE s.pair = pair AND s.date IS NOT NULL AND NOT e IN gone
  WITH s ORDER BY s.pair DESC, s.date DESC LIMIT 1
  RETURN s.date AS last
}
CALL (a, b) {
  MATCH (a)-[r:PARTNERSHIP]-(b)
  RETURN collect([r, null, null, startNode(r) = a]) AS partnership
}
CALL (a, b) {
  MATCH (a)-[r:TRADE_VOLUME]-(b)
  RETURN collect([r, null, null, startNode(r) = a]) AS trade
}
CALL (a, b) {
  MATCH (a)<-[ra:INVOLVES]-(p:Project)-[rb:INVOLVES]->(b)
  WHERE NOT coalesce(ra.retracted, false) AND NOT coalesce(rb.retracted, false)
  WITH DISTINCT p ORDER BY p.name, p.key
  RETURN collect(p) AS projects
}
CALL (a, b, p, goneLeaders) {
  // leaders of either side (by country or LEADS) who took part in a
  // shared event that is not gone
  WITH a, b, coalesce(p.leaderKeys, []) AS ks, coalesce(p.leaderCounts, []) AS ns, goneLeaders
  UNWIND range(0, size(ks) - 1) AS i
  WITH a, b, ks[i] AS k, ns[i] - size([g IN goneLeaders WHERE g = ks[i]]) AS n
  WHERE n > 0
  MATCH (l:Leader {key: k})
  WHERE l.country IN [a.code, b.code]
     OR EXISTS { (l)-[r:LEADS]->(c) WHERE c IN [a, b] AND NOT coalesce(r.retracted, false) }
  WITH l ORDER BY l.name, l.key
  RETURN collect(l) AS leaders
}
CALL (p, goneSectors) {
  // a sector's mentions: the shared events (not gone) that discussed it
  // and the sentences that state the pair's cooperation in it
  WITH coalesce(p.sectorKeys, []) AS sk, coalesce(p.sectorCounts, []) AS sn,
       coalesce(p.coopKeys, []) AS ck, coalesce(p.coopCounts, []) AS cn, goneSectors
  UNWIND [i IN range(0, size(sk) - 1) | [sk[i], sn[i] - size([g IN goneSectors WHERE g = sk[i]])]] +
         [i IN range(0, size(ck) - 1) | [ck[i], cn[i]]] AS kn
  WITH kn[0] AS k, sum(kn[1]) AS n
  WHERE n > 0
  MATCH (s:Sector {key: k})
  WITH s, n ORDER BY n DESC, s.name
  RETURN collect({sector: s, mentions: n}) AS sectors
}
RETURN a.key, b.key, partnership, trade, coalesce(p.events, 0) - size(gone) AS events, first, last, projects, leaders, sectors,
       coalesce(p.articles, 0) AS articles`

// Relation reads the bilateral summary of the countries with keys a and
// b in one query. Its partnership levels and trade figures include
// retracted ones (marked); its events, contacts, projects, leaders and
// sectors leave out what retracted facts alone support. The second result is false when either country is
// missing.
func (s *Store) Relation(ctx context.Context, a, b string) (graph.Bilateral, bool, error) {
	return s.relation(ctx, relationCypher, a, b)
}

// relation reads the summary of a and b with the statement cypher.
func (s *Store) relation(ctx context.Context, cypher, a, b string) (graph.Bilateral, bool, error) {
	recs, err := s.read(ctx, "read relation", cypher,
		map[string]any{"a": a, "b": b})
	if err != nil {
		return graph.Bilateral{}, false, err
	}
	if len(recs) == 0 {
		return graph.Bilateral{}, false, nil
	}
	v := recs[0].Values
	var rel graph.Bilateral
	for _, r := range v[2].([]any) {
		x := r.([]any)
		rel.Partnership = append(rel.Partnership, pairFact(x, a, b))
	}
	sort.SliceStable(rel.Partnership, func(i, j int) bool {
		x, y := rel.Partnership[i], rel.Partnership[j]
		if x.LastSeen != y.LastSeen {
			return x.LastSeen > y.LastSeen
		}
		if x.FirstSeen != y.FirstSeen {
			return x.FirstSeen > y.FirstSeen
		}
		return x.Level < y.Level
	})
	for _, r := range v[3].([]any) {
		x := r.([]any)
		rel.Trade = append(rel.Trade, pairFact(x, a, b))
	}
	sort.SliceStable(rel.Trade, func(i, j int) bool {
		x, y := rel.Trade[i], rel.Trade[j]
		if x.Year != y.Year {
			return x.Year > y.Year
		}
		if x.HasUSD != y.HasUSD {
			return x.HasUSD
		}
		if x.ValueUSD != y.ValueUSD {
			return x.ValueUSD > y.ValueUSD
		}
		if x.Currency != y.Currency {
			return x.Currency < y.Currency
		}
		return x.Value > y.Value
	})
	rel.Events = toInt(v[4])
	rel.FirstContact, rel.LastContact = isoDate(v[5]), isoDate(v[6])
	for _, p := range v[7].([]any) {
		rel.Projects = append(rel.Projects, entityOf(p))
	}
	for _, l := range v[8].([]any) {
		rel.Leaders = append(rel.Leaders, entityOf(l))
	}
	for _, x := range v[9].([]any) {
		m := x.(map[string]any)
		rel.Sectors = append(rel.Sectors, graph.SectorCount{Sector: entityOf(m["sector"]), Mentions: toInt(m["mentions"])})
	}
	rel.Articles = toInt(v[10])
	return rel, true, nil
}

// pairFact converts a fact of the pair a, b read as [r, ev, arts,
// forward], forward telling whether it starts at a.
func pairFact(x []any, a, b string) graph.Fact {
	if x[3] == false {
		a, b = b, a
	}
	return factOf(x[0], a, b, x[1], x[2])
}

// partnersCypher reads the partners of each country of $keys, at most
// $first each.
const partnersCypher = `
UNWIND $keys AS k
MATCH (c:Country {key: k})-[p:PAIR]-(o:Country)
WHERE p.events > 0
WITH k, c, o, p.events AS shared
ORDER BY k, shared DESC, o.name
WITH k, c, collect({country: o, shared: shared})[..$first] AS ps
UNWIND ps AS p
WITH k, c, p, p.country AS o
CALL (c, o) {
  OPTIONAL MATCH ()-[s:SHARES]->() USING INDEX s:SHARES(pair, date)
  WHERE s.pair = CASE WHEN c.code < o.code THEN c.code + '-' + o.code ELSE o.code + '-' + c.code END
    AND s.date IS NOT NULL
  WITH s ORDER BY s.pair DESC, s.date DESC LIMIT 1
  RETURN s.date AS last
}
RETURN k, o, p.shared, last`

// Partners returns, for each country key, up to first other countries
// ranked by the number of events they share with it (then by name): from
// the pairs' counts (PAIR), the last contact of each from the SHARES
// (pair, date) index.
func (s *Store) Partners(ctx context.Context, keys []string, first int) (map[string][]graph.Partner, error) {
	recs, err := s.read(ctx, "read partners", partnersCypher, map[string]any{"keys": keys, "first": first})
	if err != nil {
		return nil, err
	}
	out := map[string][]graph.Partner{}
	for _, r := range recs {
		k := str(r.Values[0])
		out[k] = append(out[k], graph.Partner{Country: entityOf(r.Values[1]), SharedEvents: toInt(r.Values[2]), LastContact: isoDate(r.Values[3])})
	}
	return out, nil
}

// timeUnits maps a timeline granularity to the Cypher truncation unit.
var timeUnits = map[string]string{"month": "month", "quarter": "quarter", "year": "year"}

// timelineCypher counts the dated events of the pair $a, $b by $unit and
// kind, between $from and $to.
const timelineCypher = `
MATCH (a:Country {key: $a}), (b:Country {key: $b})
WITH CASE WHEN a.code < b.code THEN a.code + '-' + b.code ELSE b.code + '-' + a.code END AS pair
MATCH ()-[s:SHARES]->(e:Event) USING INDEX s:SHARES(pair, date)
WHERE s.pair = pair
  AND s.date >= date(coalesce($from, '0001-01-01'))
  AND s.date <= date(coalesce($to, '9999-12-31'))
RETURN date.truncate($unit, e.date) AS start, e.kind AS kind, count(e) AS n
ORDER BY start, kind`

// Timeline counts the dated events the countries a and b both took part
// in, by bucket (unit "month", "quarter" or "year") and kind, oldest
// bucket first. from and to (ISO dates or "") bound the event dates. It
// reads the pair's SHARES (pair, date) index between the bounds: its cost
// is that of the pair's events, not the graph's.
func (s *Store) Timeline(ctx context.Context, a, b, unit, from, to string) ([]graph.KindCount, error) {
	u, ok := timeUnits[unit]
	if !ok {
		u = "month"
	}
	recs, err := s.read(ctx, "read timeline", timelineCypher, map[string]any{"a": a, "b": b, "unit": u, "from": nullable(from), "to": nullable(to)})
	if err != nil {
		return nil, err
	}
	out := make([]graph.KindCount, 0, len(recs))
	for _, r := range recs {
		out = append(out, graph.KindCount{Start: isoDate(r.Values[0]), Kind: str(r.Values[1]), Count: toInt(r.Values[2])})
	}
	return out, nil
}

// Search runs a Lucene query over the entity_text full-text index (names,
// aliases, event summaries) and returns up to first hits, best first. The
// caller must escape user text (see package schema).
func (s *Store) Search(ctx context.Context, lucene string, first int) ([]graph.Hit, error) {
	recs, err := s.read(ctx, "search", `
CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: $first}) YIELD node, score
RETURN node, score ORDER BY score DESC, node.key`, map[string]any{"q": lucene, "first": first})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Hit, 0, len(recs))
	for _, r := range recs {
		out = append(out, graph.Hit{Node: entityOf(r.Values[0]), Score: toFloat(r.Values[1])})
	}
	return out, nil
}

// pathTypes is the relationship pattern of Path: every fact type between
// entities, from the closed set of package graph.
var pathTypes = func() string {
	names := make([]string, len(graph.RelationTypes))
	for i, t := range graph.RelationTypes {
		names[i] = string(t)
	}
	return strings.Join(names, "|")
}()

// MaxPathHops is the largest maxHops Path accepts.
const MaxPathHops = 6

// Path returns a shortest path of at most maxHops (1..MaxPathHops) fact
// relationships between the entities from and to, as steps from from to
// to; nil when there is none. Of several shortest paths it returns the
// first by the keys of its nodes, so the answer is deterministic.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) ([]graph.Step, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		maxHops = MaxPathHops
	}
	if from == to {
		m, err := s.Entities(ctx, []string{from})
		if err != nil || m[from].Key == "" {
			return nil, err
		}
		return []graph.Step{{Node: m[from]}}, nil
	}
	ta, tb := graph.TypeOfKey(from), graph.TypeOfKey(to)
	if ta == "" || tb == "" {
		return nil, nil
	}
	recs, err := s.read(ctx, "read path", `
MATCH (a:`+string(ta)+` {key: $from}), (b:`+string(tb)+` {key: $to})
MATCH p = allShortestPaths((a)-[:`+pathTypes+`*..`+strconv.Itoa(maxHops)+`]-(b))
WITH p, [n IN nodes(p) | n.key] AS keys, [r IN relationships(p) | type(r)] AS types
ORDER BY keys, types
LIMIT 1
RETURN nodes(p), types`, map[string]any{"from": from, "to": to})
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, nil
	}
	nodes, _ := recs[0].Values[0].([]any)
	rels := strs(recs[0].Values[1])
	out := make([]graph.Step, len(nodes))
	for i, n := range nodes {
		out[i].Node = entityOf(n)
		if i < len(rels) {
			out[i].Relationship = rels[i]
		}
	}
	return out, nil
}
