package store_test

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestClaimsRuleMatchesStore writes reports that disagree on a leader's
// title and country and on an event's date, in several orders, and checks
// that the stored attributes are the ones graph.Claims and
// graph.EventDate choose — the rule the resolver applies in memory — and
// that removing a report takes exactly its vote off.
func TestClaimsRuleMatchesStore(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	type report struct{ date, title, country, eventDate, precision string }
	reports := []report{
		{"2025-05-01", "President", f.a, "2025-05-01", "day"},
		{"2025-05-02", "Chairman", f.a, "2025-05-02", "day"},
		{"2025-05-03", "President", f.b, "2025-05-03", "assumed"},
		{"2025-05-04", "Chairman", f.a, "2025-05-02", "day"},
		{"2025-05-05", "Head of State", f.b, "2025-05-01", "day"},
	}
	xs := make([]graph.Extraction, len(reports))
	var ids []string
	for i, r := range reports {
		x := variant(f, "testclaim"+string(rune('a'+i))+f.tag, r.date, "")
		// one event, whatever the date each report gives
		x.Rekey(map[string]string{"event:meeting:" + r.date + ":" + f.tag: f.event})
		for j := range x.Entities {
			e := &x.Entities[j]
			switch {
			case e.Key == f.leader[0]:
				e.Title, e.Country = r.title, r.country
			case e.Type == graph.TypeEvent:
				e.Date, e.DatePrecision = r.eventDate, r.precision
			}
		}
		xs[i] = x
		ids = append(ids, x.Article.ID)
	}
	f.cleanup(t, s, ids...)
	want := func(present []bool) (title, country, date string) {
		var titles, countries, dates, assumed graph.Claims
		for i, r := range reports {
			if !present[i] {
				continue
			}
			stamp := graph.Stamp(xs[i].Article)
			titles = titles.Add(r.title, stamp)
			countries = countries.Add(r.country, stamp)
			if r.precision == "assumed" {
				assumed = assumed.Add(r.eventDate, stamp)
			} else {
				dates = dates.Add(r.eventDate, stamp)
			}
		}
		return titles.Winner(), countries.Winner(), graph.EventDate("meeting", dates, assumed)
	}
	read := func() (title, country, date string) {
		rows, err := s.Exec(ctx, `MATCH (l:Leader {key: $l}) MATCH (e:Event {key: $e})
RETURN l.title AS title, l.country AS country, toString(e.date) AS date`, map[string]any{"l": f.leader[0], "e": f.event})
		if err != nil || len(rows) != 1 {
			t.Fatalf("read attributes: %v %v", rows, err)
		}
		return rows[0]["title"].(string), rows[0]["country"].(string), rows[0]["date"].(string)
	}
	r := rand.New(rand.NewPCG(3, 5))
	for round := 0; round < 3; round++ {
		order := r.Perm(len(xs))
		present := make([]bool, len(xs))
		for _, i := range order {
			if _, err := s.WriteArticle(ctx, &xs[i]); err != nil {
				t.Fatal(err)
			}
			present[i] = true
			wt, wc, wd := want(present)
			if gt, gc, gd := read(); gt != wt || gc != wc || gd != wd {
				t.Fatalf("order %v, after report %d: stored title %q country %q date %q; the rule gives %q %q %q", order, i, gt, gc, gd, wt, wc, wd)
			}
		}
		// remove two reports: the tallies lose exactly their votes
		for _, i := range order[:2] {
			if _, _, err := s.RemoveArticle(ctx, xs[i].Article.ID); err != nil {
				t.Fatal(err)
			}
			present[i] = false
			wt, wc, wd := want(present)
			if gt, gc, gd := read(); gt != wt || gc != wc || gd != wd {
				t.Fatalf("order %v, after removing report %d: stored title %q country %q date %q; the rule gives %q %q %q", order, i, gt, gc, gd, wt, wc, wd)
			}
		}
		for _, i := range order[2:] {
			if _, _, err := s.RemoveArticle(ctx, xs[i].Article.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestAssumedDatesStoreTheFirst: an event that no report dates takes the
// earliest article date its reports assume, as graph.EventDate does,
// whatever the order they arrive in and however many later reports
// there are.
func TestAssumedDatesStoreTheFirst(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 1, 0}} {
		f := newFixture(t)
		published := []string{"2025-05-07", "2025-05-06", "2025-05-07"}
		var ids []string
		f.cleanup(t, s, "testassumedb"+f.tag)
		t.Cleanup(func() {
			if _, err := s.Exec(context.Background(), `MATCH (:Leader {key: $l})-[:PARTICIPATED_IN]->(e:Event) DETACH DELETE e`,
				map[string]any{"l": f.leader[0]}); err != nil {
				t.Errorf("cleanup: %v", err)
			}
		})
		for _, i := range order {
			x := variant(f, "testassumed"+string(rune('a'+i))+f.tag, published[i], "")
			for j := range x.Entities {
				if e := &x.Entities[j]; e.Type == graph.TypeEvent {
					e.DatePrecision = "assumed"
				}
			}
			ids = append(ids, x.Article.ID)
			if _, err := s.WriteArticle(ctx, &x); err != nil {
				t.Fatal(err)
			}
		}
		f.cleanup(t, s, ids...)
		rows, err := s.Exec(ctx, `MATCH (:Leader {key: $l})-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT toString(e.date) AS date`,
			map[string]any{"l": f.leader[0]})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0]["date"] != "2025-05-06" {
			t.Errorf("order %v: event dates %v, want one event of 2025-05-06", order, rows)
		}
	}
}
