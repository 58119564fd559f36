package store

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/bilateral-kg/bilateral/graph"
)

// The API's reads of corrections, each one round trip and bounded: an
// entity's corrections by expansion of its CORRECTS relationships (and
// the correction_entity index, for an entity that no longer exists), every
// correction newest first through the correction_at index, a correction
// by id through its constraint, a fact's retraction through the
// correction_target index.

// entityCorrectionsCypher reads the corrections of each query row's
// entity, newest first, then by id: a page after the row's cursor, and
// one more row to tell whether a next page exists.
var entityCorrectionsCypher = `
UNWIND $qs AS q
CALL (q) {
  CALL (q) {
    ` + matchKey("q", "e", "q.entity") + `
    MATCH (e)<-[:CORRECTS]-(c:Correction) RETURN c
    UNION
    MATCH (c:Correction {entity: q.entity}) RETURN c
  }
  WITH q, c WHERE q.after IS NULL OR c.at < datetime(q.after.sort) OR (c.at = datetime(q.after.sort) AND c.id > q.after.key)
  RETURN c ORDER BY c.at DESC, c.id LIMIT $limit
}
RETURN q.i, c`

// allCorrectionsCypher reads a page of every correction, newest first,
// then by id: a seek of the correction_at index in its order, from the
// cursor.
const allCorrectionsCypher = `
UNWIND $qs AS q
CALL (q) {
  MATCH (c:Correction)
  WHERE c.at <= datetime(coalesce(q.after.sort, '9999-12-31T23:59:59Z'))
    AND (q.after IS NULL OR c.at < datetime(q.after.sort) OR c.id > q.after.key)
  RETURN c ORDER BY c.at DESC, c.id LIMIT $limit
}
RETURN q.i, c`

// countCorrectionsCypher counts the corrections of each row's entity.
var countCorrectionsCypher = `
UNWIND $qs AS q
CALL (q) {
  CALL (q) {
    ` + matchKey("q", "e", "q.entity") + `
    MATCH (e)<-[:CORRECTS]-(c:Correction) RETURN c
    UNION
    MATCH (c:Correction {entity: q.entity}) RETURN c
  }
  RETURN count(c) AS n
}
RETURN q.i, n`

// countAllCorrectionsCypher counts every correction, from the count store.
const countAllCorrectionsCypher = `MATCH (c:Correction) RETURN count(c)`

// CorrectionPage returns one page of corrections per query, in order:
// those of its entity (set or retracting a fact that touches it, found by
// their CORRECTS links, or by their entity key when the entity is gone),
// or every correction when it names none; newest first, then by id;
// undone ones included.
func (s *Store) CorrectionPage(ctx context.Context, qs []graph.CorrectionQuery) ([]graph.Page[graph.Correction], error) {
	out := make([]graph.Page[graph.Correction], len(qs))
	groups, keys := groupBy(qs, func(q graph.CorrectionQuery) bool { return q.Entity == "" })
	for _, all := range keys {
		idx := groups[all]
		cypher := entityCorrectionsCypher
		if all {
			cypher = allCorrectionsCypher
		}
		params := correctionParams(pick(qs, idx))
		recs, err := s.read(ctx, "read corrections", cypher, params)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			j := toInt(r.Values[0])
			if j < 0 || j >= len(idx) {
				continue
			}
			i := idx[j]
			p := &out[i]
			if len(p.Items) == qs[i].First {
				p.HasNext = true
				continue
			}
			c := correctionOf(r.Values[1])
			p.Items = append(p.Items, c)
			p.Cursors = append(p.Cursors, graph.Cursor{Sort: c.At.UTC().Format(time.RFC3339Nano), Key: c.ID, Set: true})
		}
	}
	return out, nil
}

// CountCorrections returns how many corrections each query selects.
func (s *Store) CountCorrections(ctx context.Context, qs []graph.CorrectionQuery) ([]int, error) {
	out := make([]int, len(qs))
	groups, keys := groupBy(qs, func(q graph.CorrectionQuery) bool { return q.Entity == "" })
	for _, all := range keys {
		idx := groups[all]
		if all {
			recs, err := s.read(ctx, "count corrections", countAllCorrectionsCypher, nil)
			if err != nil {
				return nil, err
			}
			for _, i := range idx {
				out[i] = toInt(recs[0].Values[0])
			}
			continue
		}
		recs, err := s.read(ctx, "count corrections", countCorrectionsCypher, correctionParams(pick(qs, idx)))
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if j := toInt(r.Values[0]); j >= 0 && j < len(idx) {
				out[idx[j]] = toInt(r.Values[1])
			}
		}
	}
	return out, nil
}

func correctionParams(qs []graph.CorrectionQuery) map[string]any {
	rows := make([]map[string]any, len(qs))
	firsts := make([]int, len(qs))
	for i, q := range qs {
		rows[i] = map[string]any{"i": i, "entity": nullable(q.Entity), "after": cursorParam(q.After)}
		firsts[i] = q.First
	}
	return map[string]any{"qs": rows, "limit": pageLimit(firsts)}
}

// CorrectionsByID returns the corrections with the given ids.
func (s *Store) CorrectionsByID(ctx context.Context, ids []string) (map[string]graph.Correction, error) {
	recs, err := s.read(ctx, "read corrections by id", `UNWIND $ids AS id MATCH (c:Correction {id: id}) RETURN c`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Correction, len(recs))
	for _, r := range recs {
		c := correctionOf(r.Values[0])
		out[c.ID] = c
	}
	return out, nil
}

// retractionsCypher reads the latest active retraction of each target,
// through the correction_target index.
const retractionsCypher = `
UNWIND $targets AS t
CALL (t) {
  MATCH (c:Correction {target: t}) WHERE c.action = 'retract' AND c.active
  RETURN c ORDER BY c.at DESC, c.id LIMIT 1
}
RETURN t, c`

// Retractions returns, for each fact target (graph.FactRef.Target), the
// latest active correction that retracts it; targets without one map to
// nothing.
func (s *Store) Retractions(ctx context.Context, targets []string) (map[string]graph.Correction, error) {
	recs, err := s.read(ctx, "read retractions", retractionsCypher, map[string]any{"targets": targets})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Correction, len(recs))
	for _, r := range recs {
		out[str(r.Values[0])] = correctionOf(r.Values[1])
	}
	return out, nil
}

// correctionOf converts a Correction node.
func correctionOf(v any) graph.Correction {
	n, ok := v.(dbtype.Node)
	if !ok {
		return graph.Correction{}
	}
	p := n.Props
	c := graph.Correction{ID: str(p["id"]), Action: graph.CorrectionAction(str(p["action"])), Entity: str(p["entity"]),
		Attribute: str(p["attribute"]), Value: str(p["value"]), Reason: str(p["reason"]), By: str(p["by"]),
		Fact:   graph.FactRef{Type: graph.RelationType(str(p["factType"])), From: str(p["from"]), To: str(p["to"]), Key: str(p["factKey"])},
		Undone: p["active"] == false, UndoneBy: str(p["undoneBy"])}
	if t, ok := p["at"].(time.Time); ok {
		c.At = t
	}
	if t, ok := p["undoneAt"].(time.Time); ok {
		c.UndoneAt = t
	}
	return c
}
