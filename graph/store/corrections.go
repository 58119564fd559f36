package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// Corrections are stored as (:Correction) nodes linked by CORRECTS to the
// entity whose attribute they set, or to both ends of the fact they
// retract. The node keeps who, when and why, and its target (the entity
// key and attribute, or the fact's type, ends and key), by which a node or
// fact created again later — after its articles were removed, revised or
// re-ingested — finds the correction and obeys it.

// ErrNoCorrection is wrapped by UndoCorrection's error for an unknown id.
var ErrNoCorrection = errors.New("no such correction")

// cypherApplyCorrections, inside an entity upsert, links a node created
// again to the corrections of its attributes (undone ones too, for the
// record) and applies the active ones.
const cypherApplyCorrections = `
WITH a, n, row
CALL (n, row) {
  MATCH (c:Correction {entity: row.key})
  WHERE c.action = 'set' AND NOT EXISTS { (c)-[:CORRECTS]->(n) }
  MERGE (c)-[:CORRECTS]->(n)
  WITH c, n WHERE c.active
  SET n[c.attribute] = CASE c.attribute WHEN 'date' THEN date(c.value) ELSE c.value END,
      n.corrected = CASE WHEN c.attribute IN coalesce(n.corrected, []) THEN n.corrected
                         ELSE coalesce(n.corrected, []) + c.attribute END
}`

// Correct stores correction c and applies it: the attribute takes the
// value, or the fact is marked retracted (or will be when an article
// states it). It returns c with its id and time. The error wraps
// graph.ErrBadCorrection for an invalid correction and ErrUnavailable
// when Neo4j cannot be reached.
func (s *Store) Correct(ctx context.Context, c graph.Correction, now time.Time) (graph.Correction, error) {
	if err := c.Validate(); err != nil {
		return c, err
	}
	c.ID, c.At = newID(), now.UTC()
	params := map[string]any{
		"id": c.ID, "action": string(c.Action), "entity": nullable(c.Entity), "attribute": nullable(c.Attribute),
		"value": nullable(c.Value), "target": c.Target(), "factType": nullable(string(c.Fact.Type)),
		"from": nullable(c.Fact.From), "to": nullable(c.Fact.To), "factKey": c.Fact.Key,
		"reason": c.Reason, "by": nullable(c.By), "at": c.At.Format(time.RFC3339),
	}
	cypher := cypherCorrectSet
	if c.Action == graph.Retract {
		cypher = cypherCorrectRetract
	}
	if err := s.write(ctx, "store correction", cypher, params); err != nil {
		return c, err
	}
	return c, nil
}

const cypherCreateCorrection = `
CREATE (c:Correction {id: $id, action: $action, entity: $entity, attribute: $attribute, value: $value,
                      target: $target, factType: $factType, from: $from, to: $to, factKey: $factKey,
                      reason: $reason, by: $by, at: datetime($at), active: true})`

var cypherCorrectSet = cypherCreateCorrection + `
WITH c
` + optionalMatchKey("", "n", "$entity") + `
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END |
  SET n.key = n.key
  MERGE (c)-[:CORRECTS]->(n)
  SET n[$attribute] = CASE $attribute WHEN 'date' THEN date($value) ELSE $value END,
      n.corrected = CASE WHEN $attribute IN coalesce(n.corrected, []) THEN n.corrected
                         ELSE coalesce(n.corrected, []) + $attribute END)` + cypherEventDates

var cypherCorrectRetract = cypherCreateCorrection + `
WITH c
` + optionalMatchKey("c", "f", "$from") + `
` + optionalMatchKey("c, f", "t", "$to") + `
FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | MERGE (c)-[:CORRECTS {side: 'from'}]->(f))
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (c)-[:CORRECTS {side: 'to'}]->(t))
WITH c, f, t
CALL (c, f, t) {
  MATCH (f)-[r]->(t) WHERE type(r) = $factType AND coalesce(r.key, '') = $factKey
  SET r.retracted = true
}` + cypherEventCopies + cypherPairRecoop

// cypherEventCopies brings the copies of the facts of the ends f and t
// of a retracted (or no longer retracted) fact, when they are events, in
// line (cypherShareCopies).
var cypherEventCopies = `
WITH f, t
CALL (f, t) {
  UNWIND [f, t] AS e
  WITH e WHERE e:Event` + cypherShareCopies + `
}`

// UndoCorrection undoes the correction with id: it stays listed, marked
// undone by whom and when, and no longer applies — the attribute goes
// back to what the reports say, the fact is no longer retracted (unless
// another correction retracts it). The error wraps ErrNoCorrection when
// there is no active correction with that id.
func (s *Store) UndoCorrection(ctx context.Context, id, by string, now time.Time) error {
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (bool, error) {
		recs, err := collect(ctx, tx, `
MATCH (c:Correction {id: $id, active: true})
SET c.active = false, c.undoneBy = $by, c.undoneAt = datetime($at)
RETURN c.action AS action, c.attribute AS attribute`, map[string]any{"id": id, "by": nullable(by), "at": now.UTC().Format(time.RFC3339)})
		if err != nil {
			return false, err
		}
		if len(recs) == 0 {
			return false, fmt.Errorf("%w: %s", ErrNoCorrection, id)
		}
		if str(recs[0].Values[0]) == string(graph.Retract) {
			_, err = collect(ctx, tx, cypherUndoRetract, map[string]any{"id": id})
			return err == nil, err
		}
		return true, s.undoSet(ctx, tx, id, str(recs[0].Values[1]))
	}, s.txConfig()...)
	if err != nil {
		return fmt.Errorf("undo correction %s: %w", id, unavailable(err))
	}
	return nil
}

var cypherUndoRetract = `
MATCH (c:Correction {id: $id})-[:CORRECTS {side: 'from'}]->(f)
MATCH (c)-[:CORRECTS {side: 'to'}]->(t)
MATCH (f)-[r]->(t) WHERE type(r) = c.factType AND coalesce(r.key, '') = c.factKey
SET r.retracted = EXISTS { MATCH (o:Correction {target: c.target, active: true}) }` + cypherEventCopies + cypherPairRecoop

// undoSet gives the attribute of the corrected node back to the evidence:
// the tally's winner, or for an event's date what its reports say.
func (s *Store) undoSet(ctx context.Context, tx neo4j.ManagedTransaction, id, attr string) error {
	recs, err := collect(ctx, tx, `
MATCH (c:Correction {id: $id})-[:CORRECTS]->(n)
WITH n, EXISTS { MATCH (o:Correction {entity: n.key, attribute: $attr, active: true}) } AS still
WHERE NOT still
WITH n, [x IN coalesce(n.corrected, []) WHERE x <> $attr] AS left
SET n.corrected = CASE WHEN size(left) = 0 THEN null ELSE left END
RETURN n.key AS key, n:Event AS event`, map[string]any{"id": id, "attr": attr})
	if err != nil || len(recs) == 0 {
		return err
	}
	key := str(recs[0].Values[0])
	if recs[0].Values[1] == true {
		_, err = collect(ctx, tx, "MATCH (n:Event {key: $key})"+cypherEventAttrs+cypherEventDates, map[string]any{"key": key})
		return err
	}
	_, err = collect(ctx, tx, `
`+matchKey("", "n", "$key")+`
WITH n, [c IN coalesce(n[$attr + 'Claims'], []) | split(c, ';')] AS cl
WITH n, `+cypherBest+` AS best
SET n[$attr] = best[0]`, map[string]any{"key": key, "attr": attr})
	return err
}

// Corrections lists the corrections of the entity with key (all when key
// is ""), newest first, undone ones included.
func (s *Store) Corrections(ctx context.Context, key string) ([]graph.Correction, error) {
	recs, err := s.read(ctx, "read corrections", `
CALL () {
  WITH $key AS key WHERE key IS NULL
  MATCH (c:Correction) RETURN c
  UNION
  WITH $key AS key WHERE key IS NOT NULL
  MATCH (c:Correction)-[:CORRECTS]->({key: key}) RETURN c
}
RETURN c ORDER BY c.at DESC, c.id`, map[string]any{"key": nullable(key)})
	if err != nil {
		return nil, err
	}
	out := make([]graph.Correction, 0, len(recs))
	for _, r := range recs {
		n, ok := r.Values[0].(neo4j.Node)
		if !ok {
			continue
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
		out = append(out, c)
	}
	return out, nil
}

// write runs one statement in a write transaction.
func (s *Store) write(ctx context.Context, what, cypher string, params map[string]any) error {
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (bool, error) {
		r, err := tx.Run(ctx, cypher, params)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		return err == nil, err
	}, s.txConfig()...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, unavailable(err))
	}
	return nil
}

func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
