package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestRelationAgreesWithMatch checks that the bilateral summary read from
// the pairs' aggregates is the one read from every event of either
// country, for every pair of countries of the read corpus, and again
// after retracting a leader's and a country's participation in a shared
// event and a sector it discussed, and after undoing the retractions; the
// aggregates stay in line with the facts (Audit) throughout.
func TestRelationAgreesWithMatch(t *testing.T) {
	s := readGraph(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	ps, err := s.List(ctx, []graph.ListQuery{{Type: graph.TypeCountry, First: 100}})
	if err != nil {
		t.Fatal(err)
	}
	countries := keysOf(ps[0].Items)
	compare := func(t *testing.T, a, b string) {
		t.Helper()
		got, gotOK, err := s.Relation(ctx, a, b)
		if err != nil {
			t.Fatal(err)
		}
		want, wantOK, err := s.MatchedRelation(ctx, a, b)
		if err != nil {
			t.Fatal(err)
		}
		if gotOK != wantOK || !reflect.DeepEqual(got, want) {
			t.Errorf("relation %s %s:\n got %+v\nwant %+v", a, b, got, want)
		}
	}
	audit := func(t *testing.T) {
		t.Helper()
		diffs, err := s.Audit(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diffs {
			t.Errorf("audit: %s", d)
		}
	}
	pairs := 0
	for i, a := range countries {
		for _, b := range countries[i+1:] {
			compare(t, a, b)
			pairs++
		}
	}
	t.Logf("%d pairs compared", pairs)

	// the busiest pair's shared event with a leader and a sector
	rows, err := s.Exec(ctx, `
MATCH (x:Country)-[sh:SHARES]->(e:Event)<-[:PARTICIPATED_IN]-(l:Leader), (e)-[:DISCUSSED]->(sec:Sector)
MATCH (x)-[p:PAIR]->(y:Country) WHERE sh.pair = x.code + '-' + y.code
RETURN x.key AS x, y.key AS y, e.key AS e, l.key AS l, sec.key AS sec ORDER BY p.events DESC, e.key LIMIT 1`, nil)
	if err != nil || len(rows) != 1 {
		t.Fatalf("a shared event with a leader and a sector: %v %v", rows, err)
	}
	x, y, e := rows[0]["x"].(string), rows[0]["y"].(string), rows[0]["e"].(string)
	now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	var ids []string
	for _, f := range []graph.FactRef{
		{Type: graph.RelParticipatedIn, From: rows[0]["l"].(string), To: e},
		{Type: graph.RelParticipatedIn, From: y, To: e},
		{Type: graph.RelDiscussed, From: e, To: rows[0]["sec"].(string)},
	} {
		c, err := s.Correct(ctx, graph.Correction{Action: graph.Retract, Fact: f, Reason: "test", By: "test"}, now)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	t.Cleanup(func() { storetest.DeleteCorrections(t, ids...) })
	t.Run("retracted", func(t *testing.T) {
		compare(t, x, y)
		compare(t, y, x)
		audit(t)
	})
	for _, id := range ids {
		if err := s.UndoCorrection(ctx, id, "test", now); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("undone", func(t *testing.T) {
		compare(t, x, y)
		audit(t)
	})
}
