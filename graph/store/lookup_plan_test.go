package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph/store"
)

// unbounded are the plan operators that read a whole label, index or
// relationship type: their cost grows with the graph.
var unbounded = []string{"AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "NodeIndexContainsScan", "NodeIndexEndsWithScan",
	"AllRelationshipsScan", "RelationshipTypeScan", "RelationshipIndexScan", "RelationshipIndexContainsScan", "UnionNodeByLabelsScan",
	"IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan"}

// TestResolutionQueriesSeekIndexes profiles every look-up a write
// transaction makes against the stored graph — the candidates of
// resolution, the stored versions of an article, the facts an article
// states (for its removal), and the evidence of a fact — and fails when
// one reads anything but an exact key, an equality on an index, a range
// with both bounds, or name tokens in the full-text index: what keeps the
// cost of an article flat as the graph grows. The plans are made on the
// kit's test graph: on a database left empty or nearly so by the tests
// before, the planner scans the indexes it seeks on a graph with data (a
// run of the package failed so).
func TestResolutionQueriesSeekIndexes(t *testing.T) {
	s := kitGraph(t)
	ctx := context.Background()
	q := store.LookupQueries
	cases := []struct {
		name    string
		cypher  string
		params  map[string]any
		bounded bool
	}{
		{"candidate leaders", q["people"], map[string]any{"tokens": `"tkv" OR "x"`, "keys": []string{"person:a", "person:b"}}, true},
		{"candidate organizations", q["orgs"], map[string]any{"keys": []string{"org:a"}, "names": []string{"SCO", "Shanghai Cooperation Organization"}}, true},
		{"candidate events", q["events"], map[string]any{"keys": []string{"event:a"},
			"ranges": []map[string]any{{"kind": "meeting", "from": "2025-08-21", "to": "2025-09-08"}}}, true},
		{"stored versions", q["versions"], map[string]any{"rows": []map[string]any{{"id": "abc", "origin": "https://example.org/a"}}}, true},
		{"an article's facts", q["articleFacts"], map[string]any{"id": "abc"}, true},
		{"a fact's evidence", q["factEvidence"],
			map[string]any{"f": "country:CHN", "t": "country:KAZ", "id": "x"}, true},
		{"a pair's cooperation", q["pairCoop"], map[string]any{"rows": []map[string]any{{"from": "country:CHN", "to": "sector:trade",
			"props": map[string]any{"partner": "KAZ"}, "evidence": []string{"x:1-2"}}}}, true},
		// controls: what the test must catch
		{"cooperation found by expanding a country's", "MATCH (c:Country {key: $c})-[r:COOPERATES_IN]->(s:Sector {key: $s}) WHERE r.id = $id RETURN r.partner",
			map[string]any{"c": "country:CHN", "s": "sector:trade", "id": "x"}, false},
		{"a range with one bound", "MATCH (e:Event) WHERE e.kind = $kind AND e.anchor >= date($from) RETURN e.key",
			map[string]any{"kind": "meeting", "from": "2025-08-21"}, false},
		{"a name scan", "MATCH (l:Leader) WHERE l.key CONTAINS $w RETURN l.key", map[string]any{"w": "tokayev"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			plan, err := s.Profile(ctx, tc.cypher, tc.params)
			if err != nil {
				t.Fatal(err)
			}
			var problems []string
			walk(plan, func(p neo4j.ProfiledPlan) {
				op := strings.TrimSuffix(p.Operator(), "@neo4j")
				details, _ := p.Arguments()["Details"].(string)
				for _, u := range unbounded {
					if strings.Contains(op, u) {
						problems = append(problems, op+" "+details)
					}
				}
				if strings.Contains(op, "IndexSeek") && !strings.Contains(op, "Unique") && !selective(details) {
					problems = append(problems, "a seek that is not an exact key: "+op+" "+details)
				}
				if strings.HasPrefix(op, "Expand") && strings.Contains(details, ":COOPERATES_IN]") {
					// a country's or a sector's cooperation grows with the graph
					problems = append(problems, "an expansion of every COOPERATES_IN of a node: "+details)
				}
				if op == "ProcedureCall" && !strings.Contains(details, "fulltext.queryNodes") {
					problems = append(problems, "procedure other than a full-text look-up: "+details)
				}
			})
			switch {
			case tc.bounded && len(problems) > 0:
				var ops []string
				walk(plan, func(p neo4j.ProfiledPlan) { ops = append(ops, p.Operator()+" "+fmt.Sprint(p.Arguments()["Details"])) })
				t.Errorf("plan reads without a bounded index seek:\n  %s\nplan:\n  %s", strings.Join(problems, "\n  "), strings.Join(ops, "\n  "))
			case !tc.bounded && len(problems) == 0:
				var ops []string
				walk(plan, func(p neo4j.ProfiledPlan) { ops = append(ops, p.Operator()+" "+fmt.Sprint(p.Arguments()["Details"])) })
				t.Errorf("the check passes an unbounded read:\n  %s", strings.Join(ops, "\n  "))
			}
		})
	}
}

// selectiveIndexes are the indexes whose equality seek finds a handful of
// rows whatever the size of the graph (near-unique properties).
var selectiveIndexes = []string{"Organization(name)", "Organization(acronym)", "Article(origin)", "EVIDENCE(fact)", "COOPERATES_IN(id)"}

// selective reports whether an index seek's details name a near-unique
// index, or a range on the events' (kind, anchor) index with both bounds.
func selective(details string) bool {
	for _, ix := range selectiveIndexes {
		if strings.Contains(details, ix) {
			return true
		}
	}
	return strings.Contains(details, "Event(kind, anchor)") && strings.Contains(details, " >") && strings.Contains(details, " <")
}

// walk calls f on p and on every operator under it: of a profiled plan
// (PROFILE) or a plan (EXPLAIN).
func walk[P interface{ Children() []P }](p P, f func(P)) {
	if any(p) == nil {
		return
	}
	f(p)
	for _, c := range p.Children() {
		walk(c, f)
	}
}
