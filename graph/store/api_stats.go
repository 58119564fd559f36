package store

import (
	"context"
	"fmt"
	"sort"

	"github.com/bilateral-kg/bilateral/graph"
)

// statsCypher computes each part of an aggregate over the events of a
// query row q (eventMatch, read once): per kind, per participating
// country (the query's own countries left out, at most q.top), per time
// bucket and kind. A part that does not apply unwinds an empty list, so
// that no plan can expand for it.
var statsCypher = `
UNWIND $qs AS q
CALL (q) {` + eventMatch + `
  RETURN collect(e) AS es
}
CALL (q, es) {
  UNWIND CASE WHEN q.part = 'kinds' THEN es ELSE [] END AS e
  RETURN e.kind AS kind, null AS country, null AS start, count(e) AS n, min(e.date) AS first, max(e.date) AS last
  UNION
  UNWIND CASE WHEN q.part = 'countries' THEN es ELSE [] END AS e
  MATCH (c:Country)-[:PARTICIPATED_IN]->(e)
  WHERE NOT c.key IN [k IN [q.with, q.partner] WHERE k IS NOT NULL]
  WITH q, c, count(e) AS n, min(e.date) AS first, max(e.date) AS last
  ORDER BY n DESC, c.name, c.key
  WITH q, collect({c: c, n: n, first: first, last: last}) AS all
  UNWIND all[..q.top] AS t
  RETURN null AS kind, t.c AS country, null AS start, t.n AS n, t.first AS first, t.last AS last
  UNION
  UNWIND CASE WHEN q.part = 'timeline' THEN es ELSE [] END AS e
  WITH q, e WHERE e.date IS NOT NULL
  RETURN e.kind AS kind, null AS country, date.truncate(q.unit, e.date) AS start, count(e) AS n, null AS first, null AS last
}
RETURN q.i, kind, country, start, n, first, last`

// EventStats computes each aggregate, in the order of qs, in one round
// trip: rows of kinds (most events first, then by kind), of countries
// (most events first, then by name) or of timeline buckets (oldest first,
// then by kind). Every query must be anchored (graph.EventQuery.Anchored):
// on an entity, whose events it expands, or on a date range, which it
// seeks in the date index.
func (s *Store) EventStats(ctx context.Context, qs []graph.Stats) ([][]graph.StatsRow, error) {
	rows := make([]map[string]any, len(qs))
	for i, q := range qs {
		if !q.Events.Anchored() {
			return nil, fmt.Errorf("event stats: query %d has neither an entity nor a date range", i)
		}
		row := eventParams([]graph.EventQuery{q.Events})["qs"].([]map[string]any)[0]
		row["i"], row["part"], row["top"] = i, q.Part, q.Top
		unit, ok := timeUnits[q.Unit]
		if !ok {
			unit = "month"
		}
		row["unit"] = unit
		rows[i] = row
	}
	recs, err := s.read(ctx, "read event stats", statsCypher, map[string]any{"qs": rows, "kinds": eventKinds})
	if err != nil {
		return nil, err
	}
	out := make([][]graph.StatsRow, len(qs))
	for _, r := range recs {
		v := r.Values
		i := toInt(v[0])
		if i < 0 || i >= len(qs) {
			continue
		}
		row := graph.StatsRow{Kind: str(v[1]), Start: isoDate(v[3]), Count: toInt(v[4]), First: isoDate(v[5]), Last: isoDate(v[6])}
		if v[2] != nil {
			row.Country = entityOf(v[2])
		}
		out[i] = append(out[i], row)
	}
	for i, q := range qs {
		sortStats(q.Part, out[i])
	}
	return out, nil
}

// sortStats orders the rows of one part.
func sortStats(part string, rows []graph.StatsRow) {
	less := func(a, b graph.StatsRow) bool {
		switch part {
		case "timeline":
			if a.Start != b.Start {
				return a.Start < b.Start
			}
			return a.Kind < b.Kind
		case "countries":
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			if a.Country.Name != b.Country.Name {
				return a.Country.Name < b.Country.Name
			}
			return a.Country.Key < b.Country.Key
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Kind < b.Kind
	}
	sort.SliceStable(rows, func(i, j int) bool { return less(rows[i], rows[j]) })
}
