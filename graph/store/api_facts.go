package store

import (
	"context"

	"github.com/bilateral-kg/bilateral/graph"
)

// factsCypher reads the facts of each query row, most sources first.
var factsCypher = `
UNWIND $qs AS q
` + matchKey("q", "x", "q.key") + `
CALL (q, x) {
  MATCH (x)-[r:` + pathTypes + `]-(n)
  WHERE (q.type IS NULL OR type(r) = q.type) AND (q.min IS NULL OR r.sourceCount >= q.min)
    AND (q.all OR NOT coalesce(r.retracted, false))
  WITH r, n ORDER BY r.sourceCount DESC, r.lastReported DESC, type(r), n.key, r.key
  WITH q, collect({r: r, n: n}) AS all
  UNWIND all[..q.first] AS t
  WITH t.r AS r, t.n AS n
  ` + factEvidence + `
  RETURN r, n, ev, arts
}
RETURN q.i, n, r, startNode(r).key AS f, endNode(r).key AS t, ev, arts`

// Facts returns, for each query, the facts that touch its entity — of its
// type, stated by at least its MinSources articles — with the entity at
// their other end: most sources first, then the most recently reported,
// then by type and key; at most First; retracted facts only when the
// query includes them. It reads the entity's
// relationships (bounded by its degree) and each fact's evidence through
// the EVIDENCE index.
func (s *Store) Facts(ctx context.Context, qs []graph.FactQuery) ([][]graph.Link, error) {
	rows := make([]map[string]any, len(qs))
	for i, q := range qs {
		var typ any
		if q.Type.Valid() {
			typ = string(q.Type)
		}
		rows[i] = map[string]any{"i": i, "key": q.Key, "type": typ, "min": nullableCount(q.MinSources), "first": q.First, "all": q.IncludeRetracted}
	}
	recs, err := s.read(ctx, "read facts", factsCypher, map[string]any{"qs": rows})
	if err != nil {
		return nil, err
	}
	out := make([][]graph.Link, len(qs))
	for _, r := range recs {
		i := toInt(r.Values[0])
		if i < 0 || i >= len(qs) {
			continue
		}
		out[i] = append(out[i], graph.Link{Node: entityOf(r.Values[1]), Fact: factOf(r.Values[2], str(r.Values[3]), str(r.Values[4]), r.Values[5], r.Values[6])})
	}
	return out, nil
}

// reportedCypher counts the articles of each key.
var reportedCypher = `
UNWIND $keys AS k
` + matchKey("k", "n", "k") + `
CALL (n) {
  MATCH (a:Article)-[:REPORTS|MENTIONS]->(n)
  RETURN count(DISTINCT a) AS articles, min(a.date) AS first, max(a.date) AS last
}
RETURN k, articles, first, last`

// Reported returns how many articles report or mention each entity and
// the dates of the first and last of them: an expansion of its REPORTS
// and MENTIONS, which each article has at most one of.
func (s *Store) Reported(ctx context.Context, keys []string) (map[string]graph.Reported, error) {
	recs, err := s.read(ctx, "read reported", reportedCypher, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Reported, len(recs))
	for _, r := range recs {
		v := r.Values
		out[str(v[0])] = graph.Reported{Sources: toInt(v[1]), FirstReported: isoDate(v[2]), LastReported: isoDate(v[3])}
	}
	return out, nil
}
