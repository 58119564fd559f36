package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestWalksAgreeWithMatch checks that the pages of events read by
// walking date indexes (and the counts read from degrees and pairs) are
// those of the statements that read every event of an anchor: for every
// country, leader, organization and place, pairs of countries, kinds and
// date ranges, in both date orders, page by page with cursors (which
// cross from dated to undated events), and unanchored.
func TestWalksAgreeWithMatch(t *testing.T) {
	s := readGraph(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	keys := func(typ graph.EntityType) []string {
		ps, err := s.List(ctx, []graph.ListQuery{{Type: typ, First: 40}})
		if err != nil {
			t.Fatal(err)
		}
		return keysOf(ps[0].Items)
	}
	countries, leaders := keys(graph.TypeCountry), keys(graph.TypeLeader)
	var qs []graph.EventQuery
	for _, c := range countries {
		qs = append(qs, graph.EventQuery{With: c}, graph.EventQuery{Partner: c}, graph.EventQuery{With: c, Kind: "meeting"})
		for _, d := range countries[:min(6, len(countries))] {
			qs = append(qs, graph.EventQuery{With: c, Partner: d})
		}
	}
	for _, l := range leaders {
		qs = append(qs, graph.EventQuery{Leader: l}, graph.EventQuery{With: l})
		if len(countries) > 0 {
			qs = append(qs, graph.EventQuery{With: countries[0], Leader: l})
		}
	}
	for _, typ := range []graph.EntityType{graph.TypeOrganization} {
		for _, k := range keys(typ) {
			qs = append(qs, graph.EventQuery{With: k})
		}
	}
	qs = append(qs, graph.EventQuery{}, graph.EventQuery{Kind: "visit"}, graph.EventQuery{From: "2025-01-01", To: "2025-12-31"},
		graph.EventQuery{With: "country:KAZ", From: "2025-06-01"}, graph.EventQuery{With: "country:CHN", Partner: "country:KAZ", To: "2025-08-30"})
	var compared int
	for _, q := range qs {
		for _, o := range []graph.Order{graph.OrderDateDesc, graph.OrderDateAsc} {
			for _, first := range []int{2, 100} {
				q := q
				q.Order, q.First = o, first
				name := fmt.Sprintf("%+v", q)
				for page := 0; page < 40; page++ {
					got, err := s.Events(ctx, []graph.EventQuery{q})
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					want, wantN, err := s.MatchEvents(ctx, []graph.EventQuery{q})
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if !slices.Equal(keysOf(got[0].Items), keysOf(want[0].Items)) || got[0].HasNext != want[0].HasNext ||
						!slices.Equal(got[0].Cursors, want[0].Cursors) {
						t.Fatalf("%s page %d:\n got %v %v %v\nwant %v %v %v", name, page, keysOf(got[0].Items), got[0].HasNext, got[0].Cursors,
							keysOf(want[0].Items), want[0].HasNext, want[0].Cursors)
					}
					if page == 0 {
						c := q
						c.First, c.After, c.Order = 0, graph.Cursor{}, graph.OrderDefault
						n, err := s.CountEvents(ctx, []graph.EventQuery{c})
						if err != nil {
							t.Fatal(err)
						}
						if n[0] != wantN[0] {
							t.Errorf("%s: count %d, want %d", name, n[0], wantN[0])
						}
					}
					compared++
					if !got[0].HasNext {
						break
					}
					q.After = got[0].Cursors[len(got[0].Cursors)-1]
				}
			}
		}
	}
	t.Logf("%d queries, %d pages compared", len(qs), compared)
}
