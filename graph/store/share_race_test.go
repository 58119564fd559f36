package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestShareCopiesWaitForARename holds a rename of one of an event's
// leaders open in one transaction while a second recomputes the event's
// SHARES copies (as a concurrent writer of another report of the event
// does), and commits the rename only once the second is blocked on it.
// The copies and the pair's leader counts must name the new key: a
// writer that read the participants before it waited for the copies'
// lock wrote the old key back (seen as an intermittent difference between
// four concurrent writers and the serial graph).
func TestShareCopiesWaitForARename(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	f.cleanup(t, s)
	renamed := f.leader[0] + "-renamed"
	t.Cleanup(func() {
		_, _ = s.Exec(context.Background(), "MATCH (n:Leader {key: $k}) DETACH DELETE n", map[string]any{"k": renamed})
	})
	// the countries take part too, so that the event is one of their pair's
	for _, c := range []string{f.a, f.b} {
		f.x.Relations = append(f.x.Relations, graph.Relation{Type: graph.RelParticipatedIn, From: "country:" + c, To: f.event, Evidence: f.x.Relations[0].Evidence})
	}
	if _, err := s.WriteArticle(ctx, &f.x); err != nil {
		t.Fatal(err)
	}

	if rows, err := s.Exec(ctx, "MATCH (:Event {key: $event})<-[sh:SHARES]-() RETURN sh.leaders AS l", map[string]any{"event": f.event}); err != nil || len(rows) != 1 {
		t.Fatalf("the event's SHARES: %v, %v; want one", rows, err)
	}
	sess, tx, err := s.BeginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close(ctx)
	defer tx.Close(ctx)
	res, err := tx.Run(ctx, store.RenameCypher(f.leader[0], renamed), map[string]any{"from": f.leader[0], "to": renamed})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("rename: %v", err)
	}

	marker := "// share copies " + f.tag + "\n"
	done := make(chan error, 1)
	go func() {
		_, err := s.Exec(ctx, marker+store.ShareCopiesCypher, map[string]any{"event": f.event})
		done <- err
	}()
	waitBlocked(t, s, marker)
	if err := tx.Commit(ctx); err != nil {
		t.Fatalf("commit the rename: %v", err)
	}
	if err := <-done; err != nil {
		t.Fatalf("share copies: %v", err)
	}

	rows, err := s.Exec(ctx, `
MATCH (e:Event {key: $event})<-[sh:SHARES]-(x:Country)-[p:PAIR]->(y:Country {code: split(sh.pair, '-')[1]})
RETURN sh.leaders AS copies, p.leaderKeys AS pairKeys`, map[string]any{"event": f.event})
	if err != nil || len(rows) != 1 {
		t.Fatalf("read the copies: %v, %v; want one row", rows, err)
	}
	for _, col := range []string{"copies", "pairKeys"} {
		var keys []string
		for _, k := range rows[0][col].([]any) {
			keys = append(keys, k.(string))
		}
		if !slices.Contains(keys, renamed) || slices.Contains(keys, f.leader[0]) {
			t.Errorf("%s after the rename committed: %v; want %s and not %s", col, keys, renamed, f.leader[0])
		}
	}
}

// waitBlocked returns once the transaction running the statement that
// begins with marker waits for a lock.
func waitBlocked(t *testing.T, s *store.Store, marker string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		rows, err := s.Exec(context.Background(), "SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery STARTS WITH $m RETURN status", map[string]any{"m": marker})
		if err != nil {
			t.Fatalf("show transactions: %v", err)
		}
		for _, r := range rows {
			if st, _ := r["status"].(string); strings.HasPrefix(st, "Blocked") {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the second transaction never waited for the rename's locks")
}
