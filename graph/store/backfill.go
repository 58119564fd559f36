package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// backfills compute, once each, aggregates that the writers keep, for a
// graph written before they kept them. Each is recorded as done by a
// Lock node with its marker key; Lock nodes are infrastructure, left out
// of Dump and Counts. A graph emptied since loses the markers, and the
// backfill of an empty graph costs nothing. Each statement runs in
// transactions of a bounded size (auto-commit) and can run again after an
// interruption with the same result.
var backfills = []struct {
	marker string
	steps  []struct{ what, cypher string }
}{
	// the aggregates of pairs (pairs.go): the participant's key and the
	// event's date on each PARTICIPATED_IN, the SHARES and PAIR.events of
	// each event (cypherReconcilePairs, which changes nothing when they
	// are in line), PAIR.articles set (not incremented) from the articles
	// that mention both
	{"migration:pairs", []struct{ what, cypher string }{
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
	}},
	// the leaders and sectors of each shared event on its SHARES
	// (cypherShareCopies), for a graph that has SHARES without them
	{"migration:share-copies", []struct{ what, cypher string }{
		{"copies on SHARES", `
MATCH (e:Event) WHERE EXISTS { (e)<-[s:SHARES]-() WHERE s.leaders IS NULL }
CALL (e) {` + cypherShareCopies + `
} IN TRANSACTIONS OF 1000 ROWS`},
	}},
	// the pairs' tallies of leaders, sectors and cooperation (pairs.go,
	// pairs_coop.go), set from the copies on SHARES and the evidence
	{"migration:pair-tallies", []struct{ what, cypher string }{
		{"pairs of cooperation", cypherCoopPairs + `
CALL (x, y) {
  MERGE (x)-[p:PAIR]->(y) ON CREATE SET p.events = 0, p.articles = 0
} IN TRANSACTIONS OF 1000 ROWS`},
		{"tallies of the pairs", `
MATCH (x:Country)-[p:PAIR]->(y:Country)
CALL (x, y, p) {` + pairTallies + `
  SET p.leaderKeys = CASE WHEN size(lk) = 0 THEN null ELSE lk END, p.leaderCounts = CASE WHEN size(lk) = 0 THEN null ELSE ln END,
      p.sectorKeys = CASE WHEN size(sk) = 0 THEN null ELSE sk END, p.sectorCounts = CASE WHEN size(sk) = 0 THEN null ELSE sn END,
      p.coopKeys = CASE WHEN size(ck) = 0 THEN null ELSE ck END, p.coopCounts = CASE WHEN size(ck) = 0 THEN null ELSE cn END
} IN TRANSACTIONS OF 10 ROWS`},
	}},
	// one label per entity node: the catch-all Entity of graphs written
	// before goes (migration 008 drops its constraint)
	{"migration:one-label", []struct{ what, cypher string }{
		{"catch-all label", `
MATCH (n:Entity)
CALL (n) { REMOVE n:Entity } IN TRANSACTIONS OF 10000 ROWS`},
	}},
}

// backfill runs each of backfills not yet recorded as done; Migrate runs
// it after the indexes.
func (s *Store) backfill(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager()})
	defer sess.Close(ctx)
	run := func(cypher string, params map[string]any) ([]*neo4j.Record, error) {
		r, err := sess.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return r.Collect(ctx)
	}
	for _, b := range backfills {
		recs, err := run(`MATCH (l:Lock {key: $k}) RETURN count(l) AS n`, map[string]any{"k": b.marker})
		if err != nil {
			return fmt.Errorf("migrate: backfill %s: %w", b.marker, err)
		}
		if len(recs) > 0 && toInt(recs[0].Values[0]) > 0 {
			continue
		}
		for _, st := range b.steps {
			if _, err := run(st.cypher, nil); err != nil {
				return fmt.Errorf("migrate: backfill %s: %w", st.what, err)
			}
		}
		if _, err := run(`MERGE (:Lock {key: $k})`, map[string]any{"k": b.marker}); err != nil {
			return fmt.Errorf("migrate: backfill marker %s: %w", b.marker, err)
		}
	}
	return nil
}
