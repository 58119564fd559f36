package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
)

// TestExport checks the subgraphs Export selects on the kit's test graph:
// what each filter keeps and leaves out, and what holds of every export
// (facts between exported nodes, nodes of the entity labels, the
// sentences of exactly the exported facts).
func TestExport(t *testing.T) {
	s := kitGraph(t)
	day := func(d string) time.Time { t, _ := time.Parse(time.DateOnly, d); return t }
	const (
		kaz     = "country:KAZ"
		chn     = "country:CHN"
		tianjin = "event:meeting:2025-08-30:CHN-KAZ"
		tokayev = "person:kassym-jomart-tokayev"
	)
	tests := []struct {
		name   string
		filter store.ExportFilter
		check  func(t *testing.T, g store.Subgraph)
	}{
		{name: "whole graph", check: func(t *testing.T, g store.Subgraph) {
			types := map[string]bool{}
			for _, r := range g.Relationships {
				types[r.Type] = true
			}
			for _, want := range graph.RelationTypes {
				if !types[string(want)] {
					t.Errorf("no %s fact", want)
				}
			}
			if hasFact(g, "MEMBER_OF", "country:SRB", "org:european-union") {
				t.Error("the retracted MEMBER_OF of Serbia is exported")
			}
		}},
		{name: "retracted kept", filter: store.ExportFilter{Retracted: true}, check: func(t *testing.T, g store.Subgraph) {
			for _, r := range g.Relationships {
				if r.Type == "MEMBER_OF" && r.From == "country:SRB" && r.To == "org:european-union" {
					if r.Props["retracted"] != true {
						t.Errorf("Serbia's MEMBER_OF: %v, want retracted", r.Props)
					}
					return
				}
			}
			t.Error("the retracted MEMBER_OF of Serbia is not exported")
		}},
		{name: "a country's neighbourhood", filter: store.ExportFilter{Country: "KAZ"}, check: func(t *testing.T, g store.Subgraph) {
			for _, k := range []string{kaz, chn, tokayev, tianjin, "person:xi-jinping", "place:tianjin", "country:UZB"} {
				if !hasNode(g, k) {
					t.Errorf("no node %s", k)
				}
			}
			if !hasFact(g, "LEADS", tokayev, kaz) || !hasFact(g, "HELD_IN", tianjin, "place:tianjin") {
				t.Error("Tokayev's LEADS or the Tianjin talks' HELD_IN is missing")
			}
			if hasNode(g, "country:BRA") {
				t.Error("Brazil, two events away from Kazakhstan, is exported")
			}
		}},
		{name: "a pair, by names", filter: store.ExportFilter{Pair: [2]string{"kz", "China"}}, check: func(t *testing.T, g store.Subgraph) {
			for _, k := range []string{kaz, chn, tianjin, tokayev, "person:xi-jinping"} {
				if !hasNode(g, k) {
					t.Errorf("no node %s", k)
				}
			}
			var trade bool
			for _, r := range g.Relationships {
				if r.Type == "TRADE_VOLUME" && r.Props["year"] == int64(2024) && r.Props["value"] == 4.4e10 {
					trade = true
				}
				if r.Type == "PARTICIPATED_IN" && r.To == tianjin && r.From == kaz && r.Props["sourceCount"] != int64(4) {
					t.Errorf("KAZ in the Tianjin talks: %v, want 4 sources", r.Props)
				}
			}
			if !trade {
				t.Error("no trade figure of 2024, $44 billion")
			}
			if hasNode(g, "country:UZB") && !sharesEventWith(g, "country:UZB") {
				t.Error("Uzbekistan is exported though it shares no exported event")
			}
		}},
		{name: "corroborated only", filter: store.ExportFilter{Pair: [2]string{"KAZ", "CHN"}, MinSources: 2}, check: func(t *testing.T, g store.Subgraph) {
			for _, r := range g.Relationships {
				if n, _ := r.Props["sourceCount"].(int64); n < 2 {
					t.Errorf("%s %s→%s of %d sources", r.Type, r.From, r.To, n)
				}
			}
			var events []string
			for _, n := range g.Nodes {
				if n.Label == "Event" {
					events = append(events, n.Key)
				}
			}
			if !slices.Equal(events, []string{tianjin}) {
				t.Errorf("events %v, want only the Tianjin talks (4 reports)", events)
			}
		}},
		{name: "a month", filter: store.ExportFilter{From: day("2025-08-01"), To: day("2025-08-31")}, check: func(t *testing.T, g store.Subgraph) {
			for _, r := range g.Relationships {
				if r.Props["lastReported"].(string) < "2025-08-01" || r.Props["firstReported"].(string) > "2025-08-31" {
					t.Errorf("%s %s→%s reported %v–%v", r.Type, r.From, r.To, r.Props["firstReported"], r.Props["lastReported"])
				}
			}
			for _, n := range g.Nodes {
				if d, _ := n.Props["date"].(string); n.Label == "Event" && (d < "2025-08-01" || d > "2025-08-31") {
					t.Errorf("event %s dated %q", n.Key, d)
				}
			}
			if !hasNode(g, tianjin) {
				t.Error("the Tianjin talks of 30 August are not exported")
			}
		}},
		{name: "a pair that shares nothing", filter: store.ExportFilter{Pair: [2]string{"KAZ", "USA"}}, check: func(t *testing.T, g store.Subgraph) {
			if len(g.Nodes) != 2 || len(g.Relationships) != 0 {
				t.Errorf("%d nodes, %d facts; want the two countries alone", len(g.Nodes), len(g.Relationships))
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			g, err := s.Export(ctx, tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			checkSubgraph(t, g)
			tc.check(t, g)
		})
	}

	for _, tc := range []struct {
		name    string
		filter  store.ExportFilter
		unknown bool
	}{
		{"unknown country", store.ExportFilter{Country: "Atlantis"}, true},
		{"unknown in a pair", store.ExportFilter{Pair: [2]string{"KAZ", "XXX"}}, true},
		{"a pair of one country", store.ExportFilter{Pair: [2]string{"KAZ", "kazakhstan"}}, false},
		{"a country and a pair", store.ExportFilter{Country: "KAZ", Pair: [2]string{"KAZ", "CHN"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Export(context.Background(), tc.filter)
			if err == nil || errors.Is(err, store.ErrUnknownCountry) != tc.unknown {
				t.Errorf("error %v, want one (ErrUnknownCountry: %v)", err, tc.unknown)
			}
		})
	}
}

// checkSubgraph checks what holds of every export.
func checkSubgraph(t *testing.T, g store.Subgraph) {
	t.Helper()
	nodes := map[string]bool{}
	codes := map[string]bool{}
	labels := map[string]bool{}
	for _, l := range graph.EntityTypes {
		labels[string(l)] = true
	}
	for _, n := range g.Nodes {
		if nodes[n.Key] {
			t.Errorf("node %s twice", n.Key)
		}
		nodes[n.Key] = true
		if !labels[n.Label] {
			t.Errorf("node %s of label %q", n.Key, n.Label)
		}
		if n.Label == "Country" {
			codes[n.Props["code"].(string)] = true
		}
	}
	facts := map[string]bool{}
	for _, r := range g.Relationships {
		facts[r.ID] = true
		if !nodes[r.From] || !nodes[r.To] {
			t.Errorf("%s %s→%s: an end is not exported", r.Type, r.From, r.To)
		}
		if p, ok := r.Props["partner"].(string); r.Type == "COOPERATES_IN" && (!ok || !codes[p]) {
			t.Errorf("COOPERATES_IN %s→%s with partner %v, not an exported country", r.From, r.To, r.Props["partner"])
		}
	}
	stated := map[string]bool{}
	for _, e := range g.Evidence {
		if !facts[e.Fact] {
			t.Errorf("evidence of fact %s, which is not exported", e.Fact)
		}
		if e.Text == "" || e.Article == "" || e.Published == "" {
			t.Errorf("evidence %+v lacks its text, article or date", e)
		}
		stated[e.Fact] = true
	}
	for _, r := range g.Relationships {
		if !stated[r.ID] {
			t.Errorf("%s %s→%s has no sentence", r.Type, r.From, r.To)
		}
	}
}

func hasNode(g store.Subgraph, key string) bool {
	return slices.ContainsFunc(g.Nodes, func(n store.ExportNode) bool { return n.Key == key })
}

func hasFact(g store.Subgraph, typ, from, to string) bool {
	return slices.ContainsFunc(g.Relationships, func(r store.ExportRelationship) bool {
		return r.Type == typ && r.From == from && r.To == to
	})
}

// sharesEventWith reports whether the country with key takes part in an
// exported event.
func sharesEventWith(g store.Subgraph, key string) bool {
	return slices.ContainsFunc(g.Relationships, func(r store.ExportRelationship) bool {
		return r.Type == "PARTICIPATED_IN" && r.From == key
	})
}
