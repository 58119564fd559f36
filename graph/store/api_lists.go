package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// eventMatch selects the events of one query row q, without paging.
const eventMatch = `
CALL (q) {
  WITH q WHERE q.with IS NOT NULL
  MATCH (:Entity {key: q.with})-[:PARTICIPATED_IN|HELD_IN|DISCUSSED]-(e:Event)
  RETURN DISTINCT e
  UNION
  WITH q WHERE q.with IS NULL AND q.partner IS NOT NULL
  MATCH (:Entity {key: q.partner})-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  WITH q WHERE q.with IS NULL AND q.partner IS NULL
  MATCH (e:Event)
  RETURN e
}
WITH q, e
WHERE (q.partner IS NULL OR EXISTS { (:Entity {key: q.partner})-[:PARTICIPATED_IN]->(e) })
  AND (q.leader IS NULL OR EXISTS { (:Entity {key: q.leader})-[:PARTICIPATED_IN]->(e) })
  AND (q.kind IS NULL OR e.kind = q.kind)
  AND (q.from IS NULL OR e.date >= date(q.from))
  AND (q.to IS NULL OR e.date <= date(q.to))`

// afterDated is the keyset condition for rows ordered by date (newest
// first, undated last) then by key; x is the row's date, k its key.
func afterDated(x, k string) string {
	return `
  AND (q.after IS NULL OR CASE WHEN q.after.sort = '' THEN ` + x + ` IS NULL AND ` + k + ` > q.after.key
       ELSE ` + x + ` IS NULL OR ` + x + ` < date(q.after.sort) OR (` + x + ` = date(q.after.sort) AND ` + k + ` > q.after.key) END)`
}

func eventParams(qs []graph.EventQuery) map[string]any {
	rows := make([]map[string]any, len(qs))
	firsts := make([]int, len(qs))
	for i, q := range qs {
		rows[i] = map[string]any{
			"i": i, "with": nullable(q.With), "partner": nullable(q.Partner), "leader": nullable(q.Leader),
			"kind": nullable(q.Kind), "from": nullable(q.From), "to": nullable(q.To), "after": cursorParam(q.After),
		}
		firsts[i] = q.First
	}
	return map[string]any{"qs": rows, "limit": pageLimit(firsts)}
}

// Events returns one page of events per query, in the order of qs.
func (s *Store) Events(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error) {
	recs, err := s.read(ctx, "read events", `
UNWIND $qs AS q
CALL (q) {`+eventMatch+afterDated("e.date", "e.key")+`
  RETURN e ORDER BY e.date IS NULL, e.date DESC, e.key LIMIT $limit
}
RETURN q.i, e`, eventParams(qs))
	if err != nil {
		return nil, err
	}
	return pages(recs, len(qs), func(i int) int { return qs[i].First }, func(v any) (graph.Entity, graph.Cursor) {
		e := entityOf(v)
		return e, graph.Cursor{Sort: e.Date, Key: e.Key, Set: true}
	}), nil
}

// CountEvents returns the number of events each query selects, ignoring
// its page.
func (s *Store) CountEvents(ctx context.Context, qs []graph.EventQuery) ([]int, error) {
	recs, err := s.read(ctx, "count events", `
UNWIND $qs AS q
CALL (q) {`+eventMatch+`
  RETURN count(e) AS n
}
RETURN q.i, n`, eventParams(qs))
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
  WHERE (q.name IS NULL OR toLower(n.name) CONTAINS q.name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q.name))` +
		listFilter[t] + body
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
			"sector": nullable(q.Sector), "status": nullable(q.Status), "at": nullable(q.At), "after": cursorParam(q.After),
		}
		firsts[i] = q.First
	}
	return map[string]any{"qs": rows, "limit": pageLimit(firsts)}
}

// groupByType splits queries by entity type, remembering their positions.
func groupByType(qs []graph.ListQuery) map[graph.EntityType][]int {
	g := map[graph.EntityType][]int{}
	for i, q := range qs {
		g[q.Type] = append(g[q.Type], i)
	}
	return g
}

// List returns one page of entities per query, in the order of qs. All
// queries should have the same Type (one round trip per distinct Type).
func (s *Store) List(ctx context.Context, qs []graph.ListQuery) ([]graph.Page[graph.Entity], error) {
	out := make([]graph.Page[graph.Entity], len(qs))
	for t, idx := range groupByType(qs) {
		if _, ok := listFilter[t]; !ok {
			continue
		}
		sub := make([]graph.ListQuery, len(idx))
		for j, i := range idx {
			sub[j] = qs[i]
		}
		recs, err := s.read(ctx, "list "+string(t), listCypher(t, `
  AND (q.after IS NULL OR n.name > q.after.sort OR (n.name = q.after.sort AND n.key > q.after.key))
  RETURN n ORDER BY n.name, n.key LIMIT $limit
}
RETURN q.i, n`), listParams(sub))
		if err != nil {
			return nil, err
		}
		ps := pages(recs, len(sub), func(j int) int { return sub[j].First }, func(v any) (graph.Entity, graph.Cursor) {
			e := entityOf(v)
			return e, graph.Cursor{Sort: e.Name, Key: e.Key, Set: true}
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
	for t, idx := range groupByType(qs) {
		if _, ok := listFilter[t]; !ok {
			continue
		}
		sub := make([]graph.ListQuery, len(idx))
		for j, i := range idx {
			sub[j] = qs[i]
		}
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

// ArticlePage returns one page of articles per query, in the order of qs.
func (s *Store) ArticlePage(ctx context.Context, qs []graph.ArticleQuery) ([]graph.Page[graph.Article], error) {
	recs, err := s.read(ctx, "read articles", `
UNWIND $qs AS q
CALL (q) {`+articleMatch+afterDated("a.date", "a.id")+`
  RETURN a ORDER BY a.date IS NULL, a.date DESC, a.id LIMIT $limit
}
RETURN q.i, a`, articleParams(qs))
	if err != nil {
		return nil, err
	}
	return pages(recs, len(qs), func(i int) int { return qs[i].First }, func(v any) (graph.Article, graph.Cursor) {
		a := articleOf(v)
		return a, graph.Cursor{Sort: a.Date, Key: a.ID, Set: true}
	}), nil
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

// pages splits rows (query index, node) into one page per query, keeping
// first(i) rows of query i and noting whether more followed.
func pages[T any](recs []*neo4j.Record, n int, first func(int) int, conv func(any) (T, graph.Cursor)) []graph.Page[T] {
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
		v, c := conv(r.Values[1])
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
