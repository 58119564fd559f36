package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// backfillMarker is the key of the Lock node that records that the
// aggregates of pairs (pairs.go) were computed for a graph written before
// the writers kept them. Lock nodes are infrastructure, left out of Dump
// and Counts; a graph emptied since loses it, and the backfill of an
// empty graph costs nothing.
const backfillMarker = "migration:pairs"

// backfillPairs are the statements that compute the aggregates of pairs
// from the facts, each in transactions of a bounded size (auto-commit):
// the participant's key and the event's date on each PARTICIPATED_IN,
// the SHARES and PAIR.events of each event (cypherReconcilePairs, which
// changes nothing when they are already in line), and PAIR.articles set
// (not incremented) from the articles that mention both. Each can run
// again after an interruption and gives the same result.
var backfillPairs = []struct{ what, cypher string }{
	{"participation copies", `
MATCH (n)-[p:PARTICIPATED_IN]->(e:Event)
WHERE p.who IS NULL OR p.who <> n.key OR p.date IS NULL <> e.date IS NULL OR p.date <> e.date
CALL (n, p, e) { SET p.who = n.key, p.date = e.date } IN TRANSACTIONS OF 10000 ROWS`},
	{"pairs of the events", `
MATCH (e:Event) WHERE COUNT { (e)<-[:PARTICIPATED_IN]-(:Country) } > 1 OR EXISTS { (e)<-[:SHARES]-() }
WITH collect(e.key) AS evs
UNWIND range(0, size(evs) - 1, 1000) AS i
CALL (evs, i) {
  WITH evs[i..i + 1000] AS keys
  CALL (keys) {` + reconcileBody + `
  }
} IN TRANSACTIONS OF 1 ROWS`},
	{"pairs of the articles", `
MATCH (x:Country)
CALL (x) {
  MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Country) WHERE x.code < y.code
  WITH x, y, count(DISTINCT a) AS n
  MERGE (x)-[p:PAIR]->(y) ON CREATE SET p.events = 0
  SET p.articles = n
} IN TRANSACTIONS OF 1 ROWS`},
}

// backfill computes the aggregates of pairs once for a graph that lacks
// them (see backfillMarker); Migrate runs it after the indexes.
func (s *Store) backfill(ctx context.Context) error {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, `MATCH (l:Lock {key: $k}) RETURN count(l) AS n`,
		map[string]any{"k": backfillMarker}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return fmt.Errorf("migrate: backfill: %w", err)
	}
	if len(res.Records) > 0 && toInt(res.Records[0].Values[0]) > 0 {
		return nil
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager()})
	defer sess.Close(ctx)
	for _, b := range backfillPairs {
		r, err := sess.Run(ctx, b.cypher, nil)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("migrate: backfill %s: %w", b.what, err)
		}
	}
	r, err := sess.Run(ctx, `MERGE (:Lock {key: $k})`, map[string]any{"k": backfillMarker})
	if err == nil {
		_, err = r.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("migrate: backfill marker: %w", err)
	}
	return nil
}
