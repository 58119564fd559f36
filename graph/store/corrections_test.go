package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestCorrectionsStick: two articles say X leads A and one says X leads
// B. The graph weighs the evidence (X's country is A); an analyst's
// correction to B wins, survives removing and writing all three articles
// again and a new article restating A, and can be undone. A retracted
// fact stays retracted when an article states it again.
func TestCorrectionsStick(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	x := f.leader[0]
	ca, cb := "country:"+f.a, "country:"+f.b
	// reports: the first and third say X is President of A, the second of B
	mk := func(suffix, date, country string) graph.Extraction {
		v := variant(f, "testcorr"+suffix+f.tag, date, "")
		for i := range v.Entities {
			if v.Entities[i].Key == x {
				v.Entities[i].Country = country
			}
		}
		for i := range v.Relations {
			if v.Relations[i].Type == graph.RelLeads && v.Relations[i].From == x {
				v.Relations[i].To = "country:" + country
			}
		}
		return v
	}
	arts := []graph.Extraction{mk("a", "2025-05-01", f.a), mk("b", "2025-05-02", f.b), mk("c", "2025-05-03", f.a)}
	ids := []string{arts[0].Article.ID, arts[1].Article.ID, arts[2].Article.ID, "testcorrd" + f.tag}
	f.cleanup(t, s, ids...)
	t.Cleanup(func() {
		_, _ = s.Exec(ctxT(t), "MATCH (c:Correction) WHERE c.entity = $x OR c.from = $x DETACH DELETE c", map[string]any{"x": x})
	})
	writeAll := func() {
		for i := range arts {
			if _, err := s.WriteArticle(ctx, &arts[i]); err != nil {
				t.Fatal(err)
			}
		}
	}
	country := func() string {
		rows, err := s.Exec(ctx, "MATCH (l:Leader {key: $x}) RETURN l.country AS c", map[string]any{"x": x})
		if err != nil || len(rows) != 1 {
			t.Fatalf("read leader: %v %v", rows, err)
		}
		return rows[0]["c"].(string)
	}
	retracted := func(to string) any {
		rows, err := s.Exec(ctx, "MATCH (:Leader {key: $x})-[r:LEADS]->(:Country {key: $to}) RETURN r.retracted AS r, r.sourceCount AS n",
			map[string]any{"x": x, "to": to})
		if err != nil || len(rows) != 1 {
			t.Fatalf("read LEADS to %s: %v %v", to, rows, err)
		}
		return rows[0]["r"]
	}
	writeAll()
	if got := country(); got != f.a {
		t.Fatalf("country by evidence %q, want %q (two reports against one)", got, f.a)
	}
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	if _, err := s.Correct(ctx, graph.Correction{Action: graph.Set, Entity: x, Attribute: "country"}, now); !errors.Is(err, graph.ErrBadCorrection) {
		t.Errorf("a correction without value and reason: %v, want ErrBadCorrection", err)
	}
	set, err := s.Correct(ctx, graph.Correction{Action: graph.Set, Entity: x, Attribute: "country", Value: f.b,
		Reason: "the ministry's own release", By: "analyst@example.org"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if got := country(); got != f.b {
		t.Fatalf("country after the correction %q, want %q", got, f.b)
	}
	ret, err := s.Correct(ctx, graph.Correction{Action: graph.Retract, Fact: graph.FactRef{Type: graph.RelLeads, From: x, To: ca, Key: "president"},
		Reason: "wrong country", By: "analyst@example.org"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if got := retracted(ca); got != true {
		t.Errorf("retracted fact has retracted=%v", got)
	}

	// remove all three articles and write them again, then a new one restating A
	for _, id := range ids[:3] {
		if _, _, err := s.RemoveArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	writeAll()
	d := mk("d", "2025-05-04", f.a)
	if _, err := s.WriteArticle(ctx, &d); err != nil {
		t.Fatal(err)
	}
	if got := country(); got != f.b {
		t.Errorf("country after re-ingest and a new report %q, want the correction's %q", got, f.b)
	}
	if got := retracted(ca); got != true {
		t.Errorf("fact stated again by articles has retracted=%v, want true", got)
	}
	list, err := s.Corrections(ctx, x)
	if err != nil || len(list) != 2 {
		t.Fatalf("corrections of %s: %v %v", x, list, err)
	}

	// undo both: the evidence speaks again
	for _, c := range []graph.Correction{set, ret} {
		if err := s.UndoCorrection(ctx, c.ID, "analyst@example.org", now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	if got := country(); got != f.a {
		t.Errorf("country after undoing the correction %q, want %q (three reports against one)", got, f.a)
	}
	if got := retracted(ca); got != false {
		t.Errorf("fact after undoing its retraction has retracted=%v", got)
	}
	if err := s.UndoCorrection(ctx, set.ID, "", now); !errors.Is(err, store.ErrNoCorrection) {
		t.Errorf("undoing twice: %v, want ErrNoCorrection", err)
	}
	list, _ = s.Corrections(ctx, x)
	for _, c := range list {
		if !c.Undone || c.UndoneBy != "analyst@example.org" {
			t.Errorf("correction %s listed as %+v, want undone by the analyst", c.ID, c)
		}
	}
	_ = cb
}
