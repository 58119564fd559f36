package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
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
		withSources(t, ctx, s, got.Partnership)
		withSources(t, ctx, s, got.Trade)
		want, wantOK, err := s.MatchedRelation(ctx, a, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, fs := range [][]graph.Fact{want.Partnership, want.Trade} {
			for i := range fs {
				fs[i].Articles = nil // the summary reads no articles of its facts
			}
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

	// a cooperation fact of a pair, stated in an article: retracted, the
	// retraction undone, then the article removed
	rows, err = s.Exec(ctx, `
MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[e:EVIDENCE {side: 'from'}]->(c:Country)-[r:COOPERATES_IN]->(sec:Sector)
WHERE r.id = e.fact AND EXISTS { MATCH (o:Country {code: r.partner}) WHERE o <> c }
MATCH (o:Country {code: r.partner})
RETURN a.id AS article, c.key AS c, o.key AS o, sec.key AS sec, r.key AS key ORDER BY r.sourceCount DESC, a.id LIMIT 1`, nil)
	if err != nil || len(rows) != 1 {
		t.Fatalf("a cooperation fact of a pair: %v %v", rows, err)
	}
	c, o := rows[0]["c"].(string), rows[0]["o"].(string)
	coop, err := s.Correct(ctx, graph.Correction{Action: graph.Retract, Fact: graph.FactRef{Type: graph.RelCooperatesIn, From: c, To: rows[0]["sec"].(string), Key: rows[0]["key"].(string)}, Reason: "test", By: "test"}, now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { storetest.DeleteCorrections(t, coop.ID) })
	t.Run("cooperation retracted", func(t *testing.T) {
		compare(t, c, o)
		audit(t)
	})
	if err := s.UndoCorrection(ctx, coop.ID, "test", now); err != nil {
		t.Fatal(err)
	}
	t.Run("cooperation undone", func(t *testing.T) {
		compare(t, c, o)
		audit(t)
	})
	if _, ok, err := s.RemoveArticle(ctx, rows[0]["article"].(string)); err != nil || !ok {
		t.Fatalf("remove %s: %v %v", rows[0]["article"], ok, err)
	}
	t.Run("article removed", func(t *testing.T) {
		for i, a := range countries {
			for _, b := range countries[i+1:] {
				compare(t, a, b)
			}
		}
		audit(t)
	})

	// the audit sees a tally that is off
	t.Run("audit sees a wrong tally", func(t *testing.T) {
		for _, prop := range []string{"leaderCounts", "sectorCounts", "coopCounts"} {
			rows, err := s.Exec(ctx, `
MATCH (x:Country)-[p:PAIR]->(y:Country) WHERE p[$prop] IS NOT NULL
WITH p, p[$prop] AS was ORDER BY p.events DESC LIMIT 1
SET p[$prop] = [n IN was | n + 1]
RETURN was`, map[string]any{"prop": prop})
			if err != nil || len(rows) != 1 {
				t.Fatalf("%s: %v %v", prop, rows, err)
			}
			diffs, err := s.Audit(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(diffs) == 0 {
				t.Errorf("%s off by one: the audit saw nothing", prop)
			}
			if _, err := s.Exec(ctx, `
MATCH (x:Country)-[p:PAIR]->(y:Country) WHERE p[$prop] IS NOT NULL
WITH p ORDER BY p.events DESC LIMIT 1
SET p[$prop] = [n IN p[$prop] | n - 1]`, map[string]any{"prop": prop}); err != nil {
				t.Fatal(err)
			}
		}
		audit(t)
	})
}

// withSources gives the facts read without their evidence (the summary's)
// the keys of their sentences, as FactSources reads them.
func withSources(t *testing.T, ctx context.Context, s *store.Store, fs []graph.Fact) {
	t.Helper()
	var ids []string
	for _, f := range fs {
		if f.Evidence != nil {
			t.Errorf("%s %s-%s read with its evidence", f.Type, f.From, f.To)
		}
		ids = append(ids, f.ID)
	}
	src, err := s.FactSources(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i := range fs {
		fs[i].Evidence = []string{}
		for _, x := range src[fs[i].ID] {
			fs[i].Evidence = append(fs[i].Evidence, x.Key)
		}
	}
}
