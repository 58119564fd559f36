package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

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
