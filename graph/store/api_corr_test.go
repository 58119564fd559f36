package store_test

import (
	"context"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestCorrectionReads checks the API's reads of what an analyst weighs,
// on a graph where two articles say leader X leads A and one says B, with
// a correction of X's country, a retracted LEADS and a retracted trade
// figure: the alternatives and their sources, facts and roles with and
// without retracted ones, the pair's trade marked retracted with its
// direction, corrections by entity and all (paged), by id, and the
// retraction of a fact; and it profiles each read (no scan; db hits
// logged).
func TestCorrectionReads(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	x, ca, cb := f.leader[0], "country:"+f.a, "country:"+f.b
	mk := func(suffix, date, country string) graph.Extraction {
		v := variant(f, "testread"+suffix+f.tag, date, "")
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
	f.cleanup(t, s, arts[0].Article.ID, arts[1].Article.ID, arts[2].Article.ID)
	t.Cleanup(func() {
		_, _ = s.Exec(context.Background(), "MATCH (c:Correction) WHERE c.entity = $x OR c.from IN [$x, $a] DETACH DELETE c", map[string]any{"x": x, "a": ca})
	})
	for i := range arts {
		if _, err := s.WriteArticle(ctx, &arts[i]); err != nil {
			t.Fatal(err)
		}
	}
	alternatives := func() []graph.Alternative {
		t.Helper()
		m, err := s.Alternatives(ctx, []string{x, "person:nobody-at-all"})
		if err != nil {
			t.Fatal(err)
		}
		return m[x]
	}
	country := func(alts []graph.Alternative) []graph.Alternative {
		var out []graph.Alternative
		for _, a := range alts {
			if a.Attribute == "country" {
				out = append(out, a)
			}
		}
		return out
	}
	got := country(alternatives())
	want := []graph.Alternative{
		{Attribute: "country", Value: f.a, SourceCount: 2, LastReported: "2025-05-03", Chosen: true},
		{Attribute: "country", Value: f.b, SourceCount: 1, LastReported: "2025-05-02"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("alternatives by evidence:\n got %+v\nwant %+v", got, want)
	}
	srcs, err := s.ClaimSources(ctx, []graph.ClaimQuery{{Key: x, Attribute: "country", Value: f.b, First: 5}, {Key: x, Attribute: "country", Value: f.a, First: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs[0]) != 1 || srcs[0][0].Article.ID != arts[1].Article.ID || srcs[0][0].Sentence.Text == "" {
		t.Errorf("sources of %s: %+v, want the second article with its sentence", f.b, srcs[0])
	}
	if len(srcs[1]) != 1 || srcs[1][0].Article.ID != arts[2].Article.ID {
		t.Errorf("first source of %s: %+v, want the latest article", f.a, srcs[1])
	}

	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	set, err := s.Correct(ctx, graph.Correction{Action: graph.Set, Entity: x, Attribute: "country", Value: f.b, Reason: "test", By: "tester"}, now)
	if err != nil {
		t.Fatal(err)
	}
	leads := graph.FactRef{Type: graph.RelLeads, From: x, To: ca, Key: "president"}
	ret, err := s.Correct(ctx, graph.Correction{Action: graph.Retract, Fact: leads, Reason: "test", By: "tester"}, now.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	trade := graph.FactRef{Type: graph.RelTradeVolume, From: ca, To: cb, Key: "2024:5e+09"}
	if _, err := s.Correct(ctx, graph.Correction{Action: graph.Retract, Fact: trade, Reason: "test", By: "tester"}, now.Add(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	got = country(alternatives())
	want[0].Chosen, want[1].Chosen, want[1].Corrected = false, true, true
	if !slices.Equal(got, want) {
		t.Errorf("alternatives after the correction:\n got %+v\nwant %+v", got, want)
	}

	t.Run("facts", func(t *testing.T) {
		ls, err := s.Facts(ctx, []graph.FactQuery{{Key: x, Type: graph.RelLeads, First: 10}, {Key: x, Type: graph.RelLeads, First: 10, IncludeRetracted: true}})
		if err != nil {
			t.Fatal(err)
		}
		if len(ls[0]) != 1 || ls[0][0].Fact.To != cb || ls[0][0].Fact.Retracted {
			t.Errorf("facts without retracted ones: %+v", ls[0])
		}
		if len(ls[1]) != 2 {
			t.Fatalf("facts with retracted ones: %+v", ls[1])
		}
		for _, l := range ls[1] {
			if r := l.Fact.Ref(); r == leads != l.Fact.Retracted {
				t.Errorf("fact %+v: retracted %v", r, l.Fact.Retracted)
			}
		}
		roles, err := s.Links(ctx, graph.LeaderRoles, []string{x})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range roles[x] {
			if l.Fact.Retracted != (l.Node.Key == ca) {
				t.Errorf("role in %s: retracted %v", l.Node.Key, l.Fact.Retracted)
			}
		}
		rel, ok, err := s.Relation(ctx, ca, cb)
		if err != nil || !ok || len(rel.Trade) != 1 {
			t.Fatalf("relation: %v %v %+v", ok, err, rel.Trade)
		}
		if tr := rel.Trade[0]; tr.Ref() != trade || !tr.Retracted {
			t.Errorf("trade figure %+v, want %+v retracted", tr.Ref(), trade)
		}
		if rel2, _, _ := s.Relation(ctx, cb, ca); rel2.Trade[0].Ref() != trade {
			t.Errorf("trade figure read from the other end: %+v", rel2.Trade[0].Ref())
		}
		m, err := s.Retractions(ctx, []string{leads.Target(), "LEADS|person:nobody|country:XXX|"})
		if err != nil || len(m) != 1 || m[leads.Target()].ID != ret.ID {
			t.Errorf("retractions: %+v %v, want %s", m, err, ret.ID)
		}
	})

	t.Run("corrections", func(t *testing.T) {
		ps, err := s.CorrectionPage(ctx, []graph.CorrectionQuery{{Entity: x, First: 10}, {Entity: cb, First: 10}})
		if err != nil {
			t.Fatal(err)
		}
		if ids := correctionIDs(ps[0].Items); !slices.Equal(ids, []string{ret.ID, set.ID}) {
			t.Errorf("corrections of %s: %v, want the retraction then the correction", x, ids)
		}
		if len(ps[1].Items) != 1 {
			t.Errorf("corrections of %s (the trade figure's end): %v", cb, correctionIDs(ps[1].Items))
		}
		n, err := s.CountCorrections(ctx, []graph.CorrectionQuery{{Entity: x}, {}})
		if err != nil || n[0] != 2 || n[1] < 3 {
			t.Errorf("counts %v %v, want 2 and at least 3", n, err)
		}
		// every correction, a page of one at a time, as one page
		whole, err := s.CorrectionPage(ctx, []graph.CorrectionQuery{{First: 100}})
		if err != nil {
			t.Fatal(err)
		}
		var paged []graph.Correction
		q := graph.CorrectionQuery{First: 1}
		for i := 0; i < 100; i++ {
			p, err := s.CorrectionPage(ctx, []graph.CorrectionQuery{q})
			if err != nil {
				t.Fatal(err)
			}
			paged = append(paged, p[0].Items...)
			if !p[0].HasNext {
				break
			}
			q.After = p[0].Cursors[0]
		}
		if a, b := correctionIDs(paged), correctionIDs(whole[0].Items); !slices.Equal(a, b) || len(a) < 3 {
			t.Errorf("pages of 1:\n %v\none page:\n %v", a, b)
		}
		for i := 1; i < len(paged); i++ {
			if paged[i].At.After(paged[i-1].At) {
				t.Errorf("%s (%v) after %s (%v)", paged[i].ID, paged[i].At, paged[i-1].ID, paged[i-1].At)
			}
		}
		byID, err := s.CorrectionsByID(ctx, []string{set.ID, "nothing"})
		if err != nil || len(byID) != 1 || byID[set.ID].Value != f.b || byID[set.ID].By != "tester" || !byID[set.ID].At.Equal(now) {
			t.Errorf("by id: %+v %v", byID, err)
		}
	})

	t.Run("bounded", func(t *testing.T) {
		qs := store.CorrectionReadQueries(x, "country", f.b, set.ID, leads.Target())
		names := make([]string, 0, len(qs))
		for n := range qs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, name := range names {
			hits, problems := profile(ctx, t, s, qs[name])
			t.Logf("%-45s %5d db hits", name, hits)
			if len(problems) > 0 {
				t.Errorf("%s reads without a bound:\n  %s", name, strings.Join(problems, "\n  "))
			}
		}
	})
}

func correctionIDs(cs []graph.Correction) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}
