package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// RemoveStats counts what removing an article deleted.
type RemoveStats struct {
	NodesDeleted         int
	RelationshipsDeleted int
}

// The steps of removing one article, in one transaction. The facts an
// article states are found through the EVIDENCE relationships of its
// sentences, so the cost is the article's own size (plus, for a fact whose
// first or last report it was, that fact's evidence), never the size of
// the graph.
var (
	cypherArticleFacts = `
MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[e:EVIDENCE {side: 'from'}]->(f)
WITH a, e, f, head([(s)-[o:EVIDENCE]->(t) WHERE o.side = 'to' AND o.fact = e.fact | t]) AS t
WITH a, e.fact AS fact, f, t, max(CASE WHEN e.record THEN 1 ELSE 0 END) AS record
WITH a, fact, f, t, record, head([(f)-[r]->(t) WHERE r.id = fact | r]) AS r
RETURN f.key AS f, t.key AS t, fact AS id, record,
       a.date IS NOT NULL AND (a.date = r.firstReported OR a.date = r.lastReported) AS bound`

	cypherDeleteSentences = `
MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s`

	// cypherUncountFacts takes the article off its facts' sources: a fact
	// left without sources goes; one whose first or last report it was
	// gets its dates from the evidence left.
	cypherUncountFacts = `
UNWIND $facts AS x
` + matchKey("x", "f", "x.f") + `
` + matchKey("x, f", "t", "x.t") + `
WITH x, head([(f)-[r]->(t) WHERE r.id = x.id | r]) AS r
WHERE r IS NOT NULL
SET r.sourceCount = r.sourceCount - 1
FOREACH (_ IN CASE WHEN r.recordCount IS NULL THEN [] ELSE [1] END |
  SET r.recordCount = r.recordCount - x.record, r.record = r.recordCount - x.record > 0)
WITH r, x
CALL (r, x) {
  WITH r, x WHERE r.sourceCount > 0 AND x.bound
  CALL (r) {
    MATCH (:Sentence)-[e:EVIDENCE {fact: r.id}]->()
    WHERE e.side = 'from'
    RETURN min(e.date) AS first, max(e.date) AS last
  }
  SET r.firstReported = first, r.lastReported = last
}
CALL (r) {
  WITH r WHERE r.sourceCount <= 0
  DELETE r
}`

	cypherDeleteEntities = `
MATCH (a:Article {id: $id})-[:MENTIONS|REPORTS]->(n)
WHERE NOT EXISTS { MATCH (o:Article)-[:MENTIONS|REPORTS]->(n) WHERE o <> a }
DETACH DELETE n`

	cypherDeleteArticle = `
MATCH (a:Article {id: $id})
DETACH DELETE a`
)

// RemoveArticle removes exactly one article's contribution, in one
// transaction: nodes and facts no other article supports are deleted;
// facts other articles state lose this article as a source (sourceCount,
// firstReported, lastReported and record are recomputed), and its
// sentences and their evidence go. The second result is false when no
// article has that id. The error wraps ErrUnavailable when Neo4j cannot
// be reached.
func (s *Store) RemoveArticle(ctx context.Context, id string) (RemoveStats, bool, error) {
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	type result struct {
		stats RemoveStats
		found bool
	}
	res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (result, error) {
		var out result
		if err := lockArticle(ctx, tx, id); err != nil {
			return out, err
		}
		if err := removeArticle(ctx, tx, id, &out.stats, &out.found); err != nil {
			return out, err
		}
		return out, nil
	}, s.txConfig()...)
	if err != nil {
		return RemoveStats{}, false, fmt.Errorf("remove article %s: %w", id, unavailable(err))
	}
	return res.stats, res.found, nil
}

// lockArticle takes the locks that the article with id took when it was
// written, so that a removal and a concurrent write of related reports
// take turns.
func lockArticle(ctx context.Context, tx neo4j.ManagedTransaction, id string) error {
	r, err := tx.Run(ctx, `
MATCH (a:Article {id: $id})
UNWIND coalesce(a.locks, []) AS k
WITH k ORDER BY k
MERGE (l:Lock {key: k})
SET l.held = true`, map[string]any{"id": id})
	if err == nil {
		_, err = r.Consume(ctx)
	}
	return err
}

// removeArticle removes the article with id in tx, adding to stats.
func removeArticle(ctx context.Context, tx neo4j.ManagedTransaction, id string, stats *RemoveStats, found *bool) error {
	count := func(what, cypher string, params map[string]any) error {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		stats.NodesDeleted += sum.Counters().NodesDeleted()
		stats.RelationshipsDeleted += sum.Counters().RelationshipsDeleted()
		return nil
	}
	recs, err := collect(ctx, tx, "MATCH (a:Article {id: $id}) RETURN count(a) AS n", map[string]any{"id": id})
	if err != nil {
		return err
	}
	if n, _, err := neo4j.GetRecordValue[int64](recs[0], "n"); err != nil || n == 0 {
		return err
	}
	*found = true
	recs, err = collect(ctx, tx, cypherArticleFacts, map[string]any{"id": id})
	if err != nil {
		return fmt.Errorf("the article's facts: %w", err)
	}
	facts := make([]map[string]any, len(recs))
	for i, r := range recs {
		facts[i] = map[string]any{"f": r.Values[0], "t": r.Values[1], "id": r.Values[2], "record": r.Values[3], "bound": r.Values[4]}
	}
	params := map[string]any{"id": id}
	if err := count("pairs' cooperation", cypherPairUncoop, params); err != nil {
		return err
	}
	if err := count("pairs of countries", cypherArticleUnpairs, params); err != nil {
		return err
	}
	for _, t := range graph.EntityTypes {
		for _, attr := range weighedAttrs[t] {
			if err := count("claims of "+attr, claimRemove(t, attr), params); err != nil {
				return err
			}
		}
	}
	recs, err = collect(ctx, tx, `
MATCH (a:Article {id: $id})-[:REPORTS]->(e:Event)
WITH e, EXISTS { MATCH (o:Article)-[:REPORTS]->(e) WHERE o.id <> $id } AS shared
RETURN collect(e.key) AS reported, [x IN collect(CASE WHEN shared THEN e.key END) WHERE x IS NOT NULL] AS shared`, params)
	if err != nil {
		return fmt.Errorf("events other articles report: %w", err)
	}
	reported, events := recs[0].Values[0], recs[0].Values[1]
	if err := count("sentences", cypherDeleteSentences, params); err != nil {
		return err
	}
	if err := count("facts", cypherUncountFacts, map[string]any{"facts": facts}); err != nil {
		return err
	}
	if err := count("pairs of the events", cypherReconcilePairs, map[string]any{"keys": reported}); err != nil {
		return err
	}
	if err := count("entities no other article supports", cypherDeleteEntities, params); err != nil {
		return err
	}
	if err := count("article", cypherDeleteArticle, params); err != nil {
		return err
	}
	return count("events' attributes", "UNWIND $keys AS k MATCH (n:Event {key: k})"+cypherEventAttrs, map[string]any{"keys": events})
}
