package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// eventMatch selects the events of one query row q, without paging: from
// the entity it is anchored on (with, else partner, else leader), else
// from the date index when it has a range, else from the kind index (every
// event). Each branch seeks an index with values that are null (or an
// empty list) unless the branch applies, so that the planner cannot run
// the branches that do not apply: a "WITH q WHERE ..." guard is planned
// above the scan it guards, and the scan runs anyway.
var eventMatch = `
CALL (q) {
  ` + matchKey("q", "w", "q.with") + `
  MATCH (w)-[:PARTICIPATED_IN|HELD_IN|DISCUSSED]-(e:Event)
  RETURN DISTINCT e
  UNION
  ` + matchKey("q", "w", "CASE WHEN q.with IS NULL THEN q.partner END") + `
  MATCH (w)-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  ` + matchKey("q", "w", "CASE WHEN q.with IS NULL AND q.partner IS NULL THEN q.leader END") + `
  MATCH (w)-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.date >= CASE WHEN q.with IS NULL AND q.partner IS NULL AND q.leader IS NULL AND (q.from IS NOT NULL OR q.to IS NOT NULL)
                       THEN date(coalesce(q.from, '0001-01-01')) END
    AND e.date <= date(coalesce(q.to, '9999-12-31'))
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.kind IN CASE WHEN q.with IS NULL AND q.partner IS NULL AND q.leader IS NULL AND q.from IS NULL AND q.to IS NULL
                       THEN $kinds ELSE [] END
  RETURN e
}
WITH q, e
WHERE (q.partner IS NULL OR EXISTS { ({key: q.partner})-[:PARTICIPATED_IN]->(e) })
  AND (q.leader IS NULL OR EXISTS { ({key: q.leader})-[:PARTICIPATED_IN]->(e) })
  AND (q.kind IS NULL OR e.kind = q.kind)
  AND (q.from IS NULL OR e.date >= date(q.from))
  AND (q.to IS NULL OR e.date <= date(q.to))
  AND (q.min IS NULL OR ` + eventSources + ` >= q.min)`

// eventKinds is the $kinds parameter of eventMatch: every kind.
var eventKinds = func() []string {
	out := make([]string, len(graph.EventKinds))
	for i, k := range graph.EventKinds {
		out[i] = string(k)
	}
	return out
}()

// eventSources is the number of articles that report event e: its
// REPORTS degree, read without expanding.
const eventSources = `COUNT { (e)<-[:REPORTS]-() }`

// entitySources is the number of articles that mention (or report)
// entity n.
const entitySources = `COUNT { (n)<-[:MENTIONS|REPORTS]-() }`

// afterDate is the keyset condition for rows ordered by date (before
// meaning x op the cursor's date: "<" newest first, ">" oldest first;
// undated last) then by key.
func afterDate(x, k, op string) string {
	return `
  AND (q.after IS NULL OR CASE WHEN q.after.sort = '' THEN ` + x + ` IS NULL AND ` + k + ` > q.after.key
       ELSE ` + x + ` IS NULL OR ` + x + ` ` + op + ` date(q.after.sort) OR (` + x + ` = date(q.after.sort) AND ` + k + ` > q.after.key) END)`
}

// afterValue is the keyset condition for rows ordered by the value x
// (op "<" descending, ">" ascending; the cursor's sort is toSort(x)) then
// by key.
func afterValue(x, k, op, fromSort string) string {
	return `
  AND (q.after IS NULL OR ` + x + ` ` + op + ` ` + fromSort + ` OR (` + x + ` = ` + fromSort + ` AND ` + k + ` > q.after.key))`
}

// listOrder is how a list of rows named v (e, n or a, keyed by k) is
// ordered: its keyset condition, the ORDER BY, and the sort value that
// its cursors carry (a string expression).
type listOrder struct {
	after, orderBy, sort string
}

// eventOrders are the orders of events.
var eventOrders = map[graph.Order]listOrder{
	graph.OrderDateDesc:    {afterDate("e.date", "e.key", "<"), "e.date IS NULL, e.date DESC, e.key", "coalesce(toString(e.date), '')"},
	graph.OrderDateAsc:     {afterDate("e.date", "e.key", ">"), "e.date IS NULL, e.date, e.key", "coalesce(toString(e.date), '')"},
	graph.OrderSourcesDesc: {afterValue(eventSources, "e.key", "<", "toInteger(q.after.sort)"), eventSources + " DESC, e.key", "toString(" + eventSources + ")"},
	graph.OrderSourcesAsc:  {afterValue(eventSources, "e.key", ">", "toInteger(q.after.sort)"), eventSources + ", e.key", "toString(" + eventSources + ")"},
}

// orderOf returns o, or def for the default order.
func orderOf(o, def graph.Order) graph.Order {
	if o == graph.OrderDefault {
		return def
	}
	return o
}

func eventParams(qs []graph.EventQuery) map[string]any {
	rows := make([]map[string]any, len(qs))
	firsts := make([]int, len(qs))
	for i, q := range qs {
		rows[i] = map[string]any{
			"i": i, "with": nullable(q.With), "partner": nullable(q.Partner), "leader": nullable(q.Leader),
			"kind": nullable(q.Kind), "from": nullable(q.From), "to": nullable(q.To), "min": nullableCount(q.MinSources),
			"after": cursorParam(q.After),
		}
		firsts[i] = q.First
	}
	return map[string]any{"qs": rows, "limit": pageLimit(firsts), "kinds": eventKinds}
}

// nullableCount is n as a parameter, null for 0 or less.
func nullableCount(n int) any {
	if n <= 0 {
		return nil
	}
	return n
}

// groupBy splits queries by a property (their order, their type),
// remembering their positions.
func groupBy[Q any, K comparable](qs []Q, key func(Q) K) (map[K][]int, []K) {
	g := map[K][]int{}
	var keys []K
	for i, q := range qs {
		k := key(q)
		if _, ok := g[k]; !ok {
			keys = append(keys, k)
		}
		g[k] = append(g[k], i)
	}
	return g, keys
}

// pick returns the queries of qs at idx.
func pick[Q any](qs []Q, idx []int) []Q {
	out := make([]Q, len(idx))
	for j, i := range idx {
		out[j] = qs[i]
	}
	return out
}

// Events returns one page of events per query, in the order of qs. A
// batch costs one round trip per distinct Order among its queries (two
// for a date order whose pages reach the undated events, see walkEvents).
func (s *Store) Events(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error) {
	out := make([]graph.Page[graph.Entity], len(qs))
	groups, orders := groupBy(qs, func(q graph.EventQuery) graph.Order { return orderOf(q.Order, graph.OrderDateDesc) })
	for _, o := range orders {
		lo, ok := eventOrders[o]
		if !ok {
			return nil, fmt.Errorf("read events: unknown order %q", o)
		}
		idx := groups[o]
		sub := pick(qs, idx)
		var recs []*neo4j.Record
		var err error
		if dir, ok := walkOrder(o); ok {
			recs, err = s.walkEvents(ctx, lo, dir, sub)
		} else {
			recs, err = s.read(ctx, "read events", eventsCypher(lo), eventParams(sub))
		}
		if err != nil {
			return nil, err
		}
		ps := pages(recs, len(sub), func(j int) int { return sub[j].First }, func(r *neo4j.Record) (graph.Entity, graph.Cursor) {
			e := entityOf(r.Values[1])
			return e, graph.Cursor{Sort: str(r.Values[2]), Key: e.Key, Set: true}
		})
		for j, i := range idx {
			out[i] = ps[j]
		}
	}
	return out, nil
}

// eventsCypher reads a page of events per query row in the order lo.
func eventsCypher(lo listOrder) string {
	return `
UNWIND $qs AS q
CALL (q) {` + eventMatch + lo.after + `
  WITH e ORDER BY ` + lo.orderBy + ` LIMIT $limit
  RETURN e, ` + lo.sort + ` AS sort
}
RETURN q.i, e, sort`
}

// countEventsCypher counts the events of each query row.
var countEventsCypher = `
UNWIND $qs AS q
CALL (q) {` + eventMatch + `
  RETURN count(e) AS n
}
RETURN q.i, n`

// CountEvents returns the number of events each query selects, ignoring
// its page. A query that only names an entity or a pair of countries is
// counted from degrees and the pair's count (countFastCypher).
func (s *Store) CountEvents(ctx context.Context, qs []graph.EventQuery) ([]int, error) {
	var fast []map[string]any
	var rest []graph.EventQuery
	var restIdx []int
	for i, q := range qs {
		if row, ok := fastCount(i, q); ok {
			fast = append(fast, row)
		} else {
			rest, restIdx = append(rest, q), append(restIdx, i)
		}
	}
	out := make([]int, len(qs))
	if len(fast) > 0 {
		recs, err := s.read(ctx, "count events", countFastCypher, map[string]any{"qs": fast})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if i := toInt(r.Values[0]); i >= 0 && i < len(qs) {
				out[i] = toInt(r.Values[1])
			}
		}
	}
	if len(rest) > 0 {
		recs, err := s.read(ctx, "count events", countEventsCypher, eventParams(rest))
		if err != nil {
			return nil, err
		}
		for j, n := range counts(recs, len(rest)) {
			out[restIdx[j]] = n
		}
	}
	return out, nil
}
