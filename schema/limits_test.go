package schema_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/graphql-go/graphql/testutil"

	"github.com/bilateral-kg/bilateral/schema"
)

// fragmentBomb is a document of levels fragments, each spreading the
// next twice, the last selecting leaf.
func fragmentBomb(levels int, leaf string) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }")
	for i := range levels - 1 {
		fmt.Fprintf(&b, " fragment F%d on Query { ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Query { %s }", levels-1, leaf)
	return b.String()
}

// TestFragmentCost checks that the cost walker, which costs a fragment
// once and scales it at each spread, measures what the expanded document
// measures.
func TestFragmentCost(t *testing.T) {
	s := newSchema(t, memStub{}, schema.Options{})
	cases := []struct{ name, fragments, expanded string }{
		{"one spread at the root",
			`{ ...C } fragment C on Query { country(code: "KAZ") { code name } }`,
			`{ country(code: "KAZ") { code name } }`},
		{"spreads under lists of different sizes",
			`{ countries(first: 3) { nodes { ...E } } a: leaders(first: 7) { nodes { country { ...E } } } } fragment E on Country { events(first: 2) { nodes { key leaders { name } } } }`,
			`{ countries(first: 3) { nodes { events(first: 2) { nodes { key leaders { name } } } } } a: leaders(first: 7) { nodes { country { events(first: 2) { nodes { key leaders { name } } } } } } }`},
		{"nested fragments",
			`{ countries(first: 4) { nodes { ...A ...B } } } fragment A on Country { code ...B } fragment B on Country { name partners(first: 3) { sharedEvents } }`,
			`{ countries(first: 4) { nodes { code name partners(first: 3) { sharedEvents } name partners(first: 3) { sharedEvents } } } }`},
		{"a variable's default",
			`query($n: Int = 9) { ...P } fragment P on Query { projects(first: $n) { nodes { name } } }`,
			`{ projects(first: 9) { nodes { name } } }`},
		{"introspection inside a fragment",
			`{ ...T } fragment T on Query { __schema { types { name } } country(code: "KAZ") { code } }`,
			`{ __schema { types { name } } country(code: "KAZ") { code } }`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := s.Execute(context.Background(), schema.Request{Query: c.fragments})
			b := s.Execute(context.Background(), schema.Request{Query: c.expanded})
			if len(a.Errors) > 0 || len(b.Errors) > 0 {
				t.Fatalf("errors: %v / %v", a.Errors, b.Errors)
			}
			if a.Cost != b.Cost || a.Cost.Cost == 0 {
				t.Errorf("with fragments %v, expanded %v", a.Cost, b.Cost)
			}
		})
	}
}

// TestVariableCost checks that first is costed as it will run: as sent,
// else as the variable's default, and a value that is not a plain whole
// number as the largest page.
func TestVariableCost(t *testing.T) {
	s := newSchema(t, &stub{}, schema.Options{Limits: schema.Limits{MaxCost: 300}})
	const q = `query($n: Int = 100) { events(first: $n) { nodes { key kind date } } }`
	cases := []struct {
		name string
		vars map[string]any
		code string // "" when within the cost
	}{
		{"not sent: the default", nil, "QUERY_TOO_COMPLEX"},
		{"null: the default", map[string]any{"n": nil}, "QUERY_TOO_COMPLEX"},
		{"sent small", map[string]any{"n": 10.0}, ""},
		{"sent large", map[string]any{"n": 100.0}, "QUERY_TOO_COMPLEX"},
		{"a string", map[string]any{"n": "10"}, "QUERY_TOO_COMPLEX"},
		{"a fraction", map[string]any{"n": 10.5}, "QUERY_TOO_COMPLEX"},
		{"too large for an int", map[string]any{"n": 1e300}, "QUERY_TOO_COMPLEX"},
		{"a list", map[string]any{"n": []any{1.0}}, "QUERY_TOO_COMPLEX"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := s.Execute(context.Background(), schema.Request{Query: q, Variables: c.vars})
			codes := res.Codes()
			if c.code == "" && slices.Contains(codes, schema.CodeTooComplex) {
				t.Errorf("refused: %v", res.Errors)
			}
			if c.code != "" && (!slices.Contains(codes, c.code) || res.Stage != schema.StageCost) {
				t.Errorf("codes %v at stage %s, want %s at %s", codes, res.Stage, c.code, schema.StageCost)
			}
		})
	}
}

// TestValidationErrors checks that validation errors are capped and keep
// their true locations although the document's body is dropped after
// parsing.
func TestValidationErrors(t *testing.T) {
	s := newSchema(t, &stub{}, schema.Options{Limits: schema.Limits{MaxErrors: 3}})
	t.Run("located", func(t *testing.T) {
		q := "{\n  country(code: \"KAZ\") {\r\n    code\n    nope\r    zip\n  }\n}"
		res := s.Execute(context.Background(), schema.Request{Query: q})
		var got []string
		for _, e := range res.Errors {
			for _, l := range e.Locations {
				got = append(got, fmt.Sprintf("%d:%d", l.Line, l.Column))
			}
		}
		if want := []string{"4:5", "5:5"}; !slices.Equal(got, want) {
			t.Errorf("locations %v, want %v: %v", got, want, res.Errors)
		}
	})
	t.Run("capped", func(t *testing.T) {
		q := "{" + strings.Repeat(" nope", 10) + " }"
		res := s.Execute(context.Background(), schema.Request{Query: q})
		if len(res.Errors) != 4 || !strings.Contains(res.Errors[3].Message, "stopped after 3 errors") || res.Stage != schema.StageValidate {
			t.Errorf("%d errors at stage %s, want 3 and a note at %s: %v", len(res.Errors), res.Stage, schema.StageValidate, res.Errors)
		}
		for _, c := range res.Codes() {
			if c != schema.CodeBadUserInput {
				t.Errorf("code %s", c)
			}
		}
	})
}

// TestLegitimateWithinLimits checks that the default limits let through
// what clients send: GraphiQL's introspection query, and inline
// fragments on the Node interface at the depth the API allows.
func TestLegitimateWithinLimits(t *testing.T) {
	s := newSchema(t, empty{}, schema.Options{})
	for name, q := range map[string]string{
		"introspection": testutil.IntrospectionQuery,
		"inline fragments on Node": `{ search(text: "Astana", first: 5) { score node { key
			... on Country { code name leaders(first: 3) { nodes { name ... on Leader { title } } } }
			... on Leader { name title country { code } }
			... on Organization { name acronym }
			... on Location { name }
			... on Sector { name }
			... on Project { name status } } } }`,
	} {
		t.Run(name, func(t *testing.T) {
			res := s.Execute(context.Background(), schema.Request{Query: q})
			if len(res.Errors) > 0 || res.Stage != schema.StageExecute {
				t.Errorf("stage %s, errors %v", res.Stage, res.Errors)
			}
		})
	}
}
