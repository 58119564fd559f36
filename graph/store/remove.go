package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// RemoveStats counts what removing an article deleted.
type RemoveStats struct {
	NodesDeleted         int
	RelationshipsDeleted int
}

// removeSteps undo one article's contribution, in this order, inside one
// transaction. Every relation of an article links entities the article
// MENTIONS or REPORTS, so walking out from those finds all of them.
var removeSteps = []struct{ what, cypher string }{
	{"relationships only this article supports", `
MATCH (:Article {id: $id})-[:MENTIONS|REPORTS]->(n)-[r]->()
WHERE $id IN r.articles AND size(r.articles) = 1
DELETE r`},
	{"this article's evidence on shared relationships", `
MATCH (:Article {id: $id})-[:MENTIONS|REPORTS]->(n)-[r]->()
WHERE $id IN r.articles
SET r.articles = [x IN r.articles WHERE x <> $id],
    r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $id + ':']
WITH r
CALL (r) {
  MATCH (o:Article) WHERE o.id IN r.articles
  RETURN min(o.date) AS first, max(o.date) AS last
}
SET r.firstSeen = first, r.lastSeen = last`},
	{"entities no other article supports", `
MATCH (a:Article {id: $id})-[:MENTIONS|REPORTS]->(n)
WHERE NOT EXISTS { MATCH (o:Article)-[:MENTIONS|REPORTS]->(n) WHERE o <> a }
DETACH DELETE n`},
	{"sentences", `
MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s`},
	{"article", `
MATCH (a:Article {id: $id})
DETACH DELETE a`},
}

// RemoveArticle removes exactly one article's contribution, in one
// transaction: nodes and relationships no other article supports are
// deleted; shared ones lose only this article's evidence, and their
// firstSeen/lastSeen dates are recomputed from the articles left. The
// second result is false when no article has that id.
func (s *Store) RemoveArticle(ctx context.Context, id string) (RemoveStats, bool, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	type result struct {
		stats RemoveStats
		found bool
	}
	res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (result, error) {
		var out result
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

// removeArticle runs the removal steps in tx, adding to stats.
func removeArticle(ctx context.Context, tx neo4j.ManagedTransaction, id string, stats *RemoveStats, found *bool) error {
	res, err := tx.Run(ctx, "MATCH (a:Article {id: $id}) RETURN count(a) AS n", map[string]any{"id": id})
	if err != nil {
		return err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return err
	}
	n, _, err := neo4j.GetRecordValue[int64](rec, "n")
	if err != nil || n == 0 {
		return err
	}
	*found = true
	for _, step := range removeSteps {
		res, err := tx.Run(ctx, step.cypher, map[string]any{"id": id})
		if err != nil {
			return fmt.Errorf("%s: %w", step.what, err)
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return fmt.Errorf("%s: %w", step.what, err)
		}
		stats.NodesDeleted += sum.Counters().NodesDeleted()
		stats.RelationshipsDeleted += sum.Counters().RelationshipsDeleted()
	}
	return nil
}
