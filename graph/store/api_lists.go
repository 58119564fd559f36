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
const eventMatch = `
CALL (q) {
  MATCH (:Entity {key: q.with})-[:PARTICIPATED_IN|HELD_IN|DISCUSSED]-(e:Event)
  RETURN DISTINCT e
  UNION
  MATCH (:Entity {key: CASE WHEN q.with IS NULL THEN q.partner END})-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  MATCH (:Entity {key: CASE WHEN q.with IS NULL AND q.partner IS NULL THEN q.leader END})-[:PARTICIPATED_IN]->(e:Event)
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
WHERE (q.partner IS NULL OR EXISTS { (:Entity {key: q.partner})-[:PARTICIPATED_IN]->(e) })
  AND (q.leader IS NULL OR EXISTS { (:Entity {key: q.leader})-[:PARTICIPATED_IN]->(e) })
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
// batch costs one round trip per distinct Order among its queries.
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
		recs, err := s.read(ctx, "read events", eventsCypher(lo), eventParams(sub))
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
const countEventsCypher = `
UNWIND $qs AS q
CALL (q) {` + eventMatch + `
  RETURN count(e) AS n
}
RETURN q.i, n`

// CountEvents returns the number of events each query selects, ignoring
// its page.
func (s *Store) CountEvents(ctx context.Context, qs []graph.EventQuery) ([]int, error) {
	recs, err := s.read(ctx, "count events", countEventsCypher, eventParams(qs))
	if err != nil {
		return nil, err
	}
	return counts(recs, len(qs)), nil
}

// listFilter is the filter of a ListQuery row per entity type; labels
// come from the closed set of graph.EntityType. A leader is in office at a
// date when first reported in that office on or before it and not
// succeeded in it by then.
var listFilter = map[graph.EntityType]string{
	graph.TypeCountry:      ``,
	graph.TypeOrganization: ``,
	graph.TypeLeader: `
  AND (q.country IS NULL OR n.country = q.code OR EXISTS { (n)-[:LEADS]->(:Country {key: q.country}) })
  AND (q.at IS NULL OR EXISTS { MATCH (n)-[r:LEADS]->(c:Country)
       WHERE (q.country IS NULL OR c.key = q.country) AND r.firstReported <= date(q.at)
         // not succeeded in that office by the date: no one else first
         // reported in it after this holder's last report and by the date
         AND NOT EXISTS { MATCH (o:Leader)-[s:LEADS {key: r.key}]->(c)
                          WHERE o <> n AND s.firstReported > r.lastReported AND s.firstReported <= date(q.at) } })`,
	graph.TypeProject: `
  AND (q.country IS NULL OR q.code IN n.countries OR EXISTS { (n)-[:INVOLVES]->(:Country {key: q.country}) })
  AND (q.sector IS NULL OR n.sector = q.sector)
  AND (q.status IS NULL OR n.status = q.status)`,
}

func listCypher(t graph.EntityType, body string) string {
	return `
UNWIND $qs AS q
CALL (q) {
  MATCH (n:` + string(t) + `)
  WHERE (q.name IS NULL OR toLower(n.name) CONTAINS q.name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q.name))
  AND (q.min IS NULL OR ` + entitySources + ` >= q.min)` +
		listFilter[t] + body
}

// entityOrders are the orders of entity lists.
var entityOrders = map[graph.Order]listOrder{
	graph.OrderNameAsc:     {afterValue("n.name", "n.key", ">", "q.after.sort"), "n.name, n.key", "n.name"},
	graph.OrderNameDesc:    {afterValue("n.name", "n.key", "<", "q.after.sort"), "n.name DESC, n.key", "n.name"},
	graph.OrderSourcesDesc: {afterValue(entitySources, "n.key", "<", "toInteger(q.after.sort)"), entitySources + " DESC, n.key", "toString(" + entitySources + ")"},
	graph.OrderSourcesAsc:  {afterValue(entitySources, "n.key", ">", "toInteger(q.after.sort)"), entitySources + ", n.key", "toString(" + entitySources + ")"},
}

func listParams(qs []graph.ListQuery) map[string]any {
	rows := make([]map[string]any, len(qs))
	firsts := make([]int, len(qs))
	for i, q := range qs {
		code := ""
		if len(q.Country) > len("country:") {
			code = q.Country[len("country:"):]
		}
		rows[i] = map[string]any{
			"i": i, "name": nullable(q.Name), "country": nullable(q.Country), "code": nullable(code),
			"sector": nullable(q.Sector), "status": nullable(q.Status), "at": nullable(q.At), "min": nullableCount(q.MinSources),
			"after": cursorParam(q.After),
		}
		firsts[i] = q.First
	}
	return map[string]any{"qs": rows, "limit": pageLimit(firsts)}
}

// listPageCypher reads a page of entities of type t per query row in the
// order lo.
func listPageCypher(t graph.EntityType, lo listOrder) string {
	return listCypher(t, lo.after+`
  WITH n ORDER BY `+lo.orderBy+` LIMIT $limit
  RETURN n, `+lo.sort+` AS sort
}
RETURN q.i, n, sort`)
}

// List returns one page of entities per query, in the order of qs. A
// batch costs one round trip per distinct Type and Order among its
// queries.
func (s *Store) List(ctx context.Context, qs []graph.ListQuery) ([]graph.Page[graph.Entity], error) {
	out := make([]graph.Page[graph.Entity], len(qs))
	type group struct {
		t graph.EntityType
		o graph.Order
	}
	groups, keys := groupBy(qs, func(q graph.ListQuery) group { return group{q.Type, orderOf(q.Order, graph.OrderNameAsc)} })
	for _, g := range keys {
		lo, ok := entityOrders[g.o]
		if _, known := listFilter[g.t]; !known || !ok {
			continue
		}
		idx := groups[g]
		sub := pick(qs, idx)
		recs, err := s.read(ctx, "list "+string(g.t), listPageCypher(g.t, lo), listParams(sub))
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

// CountList returns the number of entities each query selects.
func (s *Store) CountList(ctx context.Context, qs []graph.ListQuery) ([]int, error) {
	out := make([]int, len(qs))
	groups, types := groupBy(qs, func(q graph.ListQuery) graph.EntityType { return q.Type })
	for _, t := range types {
		if _, ok := listFilter[t]; !ok {
			continue
		}
		idx := groups[t]
		sub := pick(qs, idx)
		recs, err := s.read(ctx, "count "+string(t), listCypher(t, `
  RETURN count(n) AS n
}
RETURN q.i, n`), listParams(sub))
		if err != nil {
			return nil, err
		}
		c := counts(recs, len(sub))
		for j, i := range idx {
			out[i] = c[j]
		}
	}
	return out, nil
}

const articleMatch = `
CALL (q) {
  WITH q WHERE q.a IS NOT NULL
  MATCH (:Country {key: q.a})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(:Country {key: q.b})
  RETURN DISTINCT a
  UNION
  WITH q WHERE q.a IS NULL
  MATCH (a:Article)
  RETURN a
}
WITH q, a
WHERE (q.from IS NULL OR a.date >= date(q.from))
  AND (q.to IS NULL OR a.date <= date(q.to))`

func articleParams(qs []graph.ArticleQuery) map[string]any {
	rows := make([]map[string]any, len(qs))
	firsts := make([]int, len(qs))
	for i, q := range qs {
		rows[i] = map[string]any{"i": i, "a": nullable(q.A), "b": nullable(q.B), "from": nullable(q.From), "to": nullable(q.To), "after": cursorParam(q.After)}
		firsts[i] = q.First
	}
	return map[string]any{"qs": rows, "limit": pageLimit(firsts)}
}

// articleOrders are the orders of articles.
var articleOrders = map[graph.Order]listOrder{
	graph.OrderDateDesc: {afterDate("a.date", "a.id", "<"), "a.date IS NULL, a.date DESC, a.id", ""},
	graph.OrderDateAsc:  {afterDate("a.date", "a.id", ">"), "a.date IS NULL, a.date, a.id", ""},
}

// articlesCypher reads a page of articles per query row in the order lo.
func articlesCypher(lo listOrder) string {
	return `
UNWIND $qs AS q
CALL (q) {` + articleMatch + lo.after + `
  RETURN a ORDER BY ` + lo.orderBy + ` LIMIT $limit
}
RETURN q.i, a`
}

// ArticlePage returns one page of articles per query, in the order of qs.
// A batch costs one round trip per distinct Order among its queries.
func (s *Store) ArticlePage(ctx context.Context, qs []graph.ArticleQuery) ([]graph.Page[graph.Article], error) {
	out := make([]graph.Page[graph.Article], len(qs))
	groups, orders := groupBy(qs, func(q graph.ArticleQuery) graph.Order { return orderOf(q.Order, graph.OrderDateDesc) })
	for _, o := range orders {
		lo, ok := articleOrders[o]
		if !ok {
			return nil, fmt.Errorf("read articles: unknown order %q", o)
		}
		idx := groups[o]
		sub := pick(qs, idx)
		recs, err := s.read(ctx, "read articles", articlesCypher(lo), articleParams(sub))
		if err != nil {
			return nil, err
		}
		ps := pages(recs, len(sub), func(j int) int { return sub[j].First }, func(r *neo4j.Record) (graph.Article, graph.Cursor) {
			a := articleOf(r.Values[1])
			return a, graph.Cursor{Sort: a.Date, Key: a.ID, Set: true}
		})
		for j, i := range idx {
			out[i] = ps[j]
		}
	}
	return out, nil
}

// CountArticles returns the number of articles each query selects.
func (s *Store) CountArticles(ctx context.Context, qs []graph.ArticleQuery) ([]int, error) {
	recs, err := s.read(ctx, "count articles", `
UNWIND $qs AS q
CALL (q) {`+articleMatch+`
  RETURN count(a) AS n
}
RETURN q.i, n`, articleParams(qs))
	if err != nil {
		return nil, err
	}
	return counts(recs, len(qs)), nil
}

// pages splits rows (query index, node, ...) into one page per query,
// keeping first(i) rows of query i and noting whether more followed.
func pages[T any](recs []*neo4j.Record, n int, first func(int) int, conv func(*neo4j.Record) (T, graph.Cursor)) []graph.Page[T] {
	out := make([]graph.Page[T], n)
	for _, r := range recs {
		i := toInt(r.Values[0])
		if i < 0 || i >= n {
			continue
		}
		p := &out[i]
		if len(p.Items) >= first(i) {
			p.HasNext = true
			continue
		}
		v, c := conv(r)
		p.Items = append(p.Items, v)
		p.Cursors = append(p.Cursors, c)
	}
	return out
}

func counts(recs []*neo4j.Record, n int) []int {
	out := make([]int, n)
	for _, r := range recs {
		if i := toInt(r.Values[0]); i >= 0 && i < n {
			out[i] = toInt(r.Values[1])
		}
	}
	return out
}
