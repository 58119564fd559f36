package store_test

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestWritePlansHoldOnAnEmptyGraph plans every statement a write
// transaction sends as Neo4j plans it on an empty database with empty
// query caches, and fails when a plan reads a whole label, index or
// relationship type. The writers send their statements with replan=skip
// (stablePlans): the plan made the first time a statement runs, on a
// fresh database an empty one, is the plan it keeps while the graph grows
// to any size, so it must not depend on the statistics.
func TestWritePlansHoldOnAnEmptyGraph(t *testing.T) {
	storetest.RequireWipe(t)
	s := storetest.OpenEmpty(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	rs, sent := s.WithRecorder()
	if err := ingestKit(ctx, rs); err != nil {
		t.Fatalf("ingest the kit: %v", err)
	}
	// a revised article (same URL, other text) replaces the stored one:
	// the removal statements of WriteBatch run too
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range []string{
		"ASTANA, March 3, 2025 - President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Monday to discuss trade and energy.",
		"ASTANA, March 3, 2025 - President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Astana on Monday on transport and agriculture.",
	} {
		x, err := ex.Extract(extract.Document{Input: "revised", Text: text, URL: "https://example.org/plan-test"})
		if err != nil {
			t.Fatal(err)
		}
		x.Article.Origin = "https://example.org/plan-test"
		res, err := rs.WriteBatch(ctx, []*graph.Extraction{&x})
		if err != nil {
			t.Fatalf("write a revision: %v", err)
		}
		if i == 1 && res.Outcomes[0] != store.Replaced {
			t.Fatalf("the revision's outcome is %v, want Replaced", res.Outcomes[0])
		}
	}
	stmts := map[string]map[string]any{}
	for _, r := range sent() {
		c := r[0].(string)
		if strings.HasPrefix(c, "CYPHER replan=skip") {
			stmts[c], _ = r[1].(map[string]any)
		}
	}
	if len(stmts) < 15 {
		t.Fatalf("%d distinct write statements recorded, want the writers' (15 or more)", len(stmts))
	}
	t.Logf("%d distinct write statements", len(stmts))
	// control: what the check must catch
	control := "CYPHER replan=skip MATCH (l:Leader) WHERE l.name CONTAINS $w RETURN l.key"
	stmts[control] = map[string]any{"w": "x"}
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Exec(ctx, "CALL db.prepareForReplanning(60000)", nil); err != nil {
		t.Fatalf("resample indexes and clear query caches: %v", err)
	}
	var keys []string
	for c := range stmts {
		keys = append(keys, c)
	}
	sort.Strings(keys)
	for _, c := range keys {
		plan, err := s.Explain(ctx, c, stmts[c])
		if err != nil {
			t.Errorf("explain %.80q: %v", c, err)
			continue
		}
		var problems, ops []string
		walk(plan, func(p neo4j.Plan) {
			op := strings.TrimSuffix(p.Operator(), "@neo4j")
			details, _ := p.Arguments()["Details"].(string)
			ops = append(ops, op+" "+details)
			for _, u := range unbounded {
				if strings.Contains(op, u) {
					problems = append(problems, op+" "+details)
				}
			}
		})
		if c == control {
			if len(problems) == 0 {
				t.Errorf("the check passes an unbounded read:\n  %s", strings.Join(ops, "\n  "))
			}
			continue
		}
		if len(problems) > 0 {
			t.Errorf("statement %.100q\nplanned on an empty graph with unbounded reads:\n  %s\nplan:\n  %s", c, strings.Join(problems, "\n  "), strings.Join(ops, "\n  "))
		}
	}
}
