package schema_test

import (
	"strings"
	"testing"

	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/bilateral-kg/bilateral/schema"
)

// scanLimits are small limits, so that each case sits just within or
// just past one.
var scanLimits = schema.Limits{MaxDepth: 3, MaxFields: 3, MaxTokens: 40, MaxValueDepth: 2, MaxInlineDepth: 2,
	MaxVariables: 2, MaxDefinitions: 2, MaxNameLength: 8}

// TestScan checks each bound of Scan just within and just past it, and
// that the shape it reports is the document's.
func TestScan(t *testing.T) {
	cases := []struct {
		name, query string
		want        schema.Shape // when accepted
		refusal     string       // part of the message when refused
	}{
		{"plain", `{ a { b } }`, schema.Shape{Tokens: 6, Depth: 2, Definitions: 1}, ""},
		{"values at the limit", `{ a(x: [{y: 1}]) }`, schema.Shape{Tokens: 14, ValueDepth: 2, Depth: 1, Definitions: 1}, ""},
		{"values too deep", `{ a(x: [[[1]]]) }`, schema.Shape{}, "lists and objects deeper than 2"},
		{"objects too deep", `{ a(x: {a: {a: {a: 1}}}) }`, schema.Shape{}, "lists and objects deeper than 2"},
		{"list types count", `query($a: [[[Int]]]) { a }`, schema.Shape{}, "lists and objects deeper than 2"},
		{"directive values count", `{ a @d(x: [[[1]]]) }`, schema.Shape{}, "lists and objects deeper than 2"},
		{"selections at the limit", `{ a { b { c { d { e { f } } } } } }`, schema.Shape{Tokens: 18, Depth: 6, Definitions: 1}, ""},
		{"selections too deep", `{ a { b { c { d { e { f { g } } } } } } }`, schema.Shape{}, "selections deeper than 6"},
		{"inline fragments at the limit", `{ ... on Q { ... on Q { a } } }`, schema.Shape{Tokens: 13, Depth: 3, InlineDepth: 2, Definitions: 1}, ""},
		{"inline fragments too deep", `{ ... on Q { ... { ... @d { a } } } }`, schema.Shape{}, "inline fragments deeper than 2"},
		{"named spreads are not inline", `{ ...F ...G } fragment F on Q { a }`, schema.Shape{Tokens: 13, Depth: 1, Definitions: 2}, ""},
		{"variables at the limit", `query($a: Int, $b: Int = 1) { a(x: $a, y: $b, z: $a) }`, schema.Shape{Tokens: 30, Depth: 1, Variables: 2, Definitions: 1}, ""},
		{"too many variables", `query($a: Int, $b: Int, $c: Int) { a }`, schema.Shape{}, "more than 2 variables"},
		{"operation directive arguments are not variables", `query Q @d(a: $a, b: $b, c: $c) { a }`, schema.Shape{Tokens: 21, Depth: 1, Definitions: 1}, ""},
		{"too many definitions", `{ a } { b } { c }`, schema.Shape{}, "more than 2 operations and fragments"},
		{"aliases at the limit", `{ x: a y: a z: a }`, schema.Shape{Tokens: 11, Depth: 1, Definitions: 1, Aliases: 3}, ""},
		{"too many aliases", `{ w: a x: a y: a z: a }`, schema.Shape{}, "more than 3 aliases"},
		{"argument names are not aliases", `{ a(x: 1, y: 2, z: 3, w: 4) }`, schema.Shape{Tokens: 17, Depth: 1, Definitions: 1}, ""},
		{"too many tokens", "{" + strings.Repeat(" a", 39) + " }", schema.Shape{}, "more than 40 tokens"},
		{"name at the limit", `{ abcdefgh }`, schema.Shape{Tokens: 3, Depth: 1, Definitions: 1}, ""},
		{"name too long", `{ abcdefghi }`, schema.Shape{}, "name longer than 8"},
		{"strings and comments are one token", "# { [ (\n{ a(x: \"{[(\") }", schema.Shape{Tokens: 8, Depth: 1, Definitions: 1}, ""},
		{"syntax errors are left to the parser", `{ a(x: [1) ! }`, schema.Shape{Tokens: 10, ValueDepth: 1, Depth: 1, Definitions: 1}, ""},
		{"unreadable token stops the scan", "{ a } \x01 { [[[[[ }", schema.Shape{Tokens: 3, Depth: 1, Definitions: 1}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := schema.Scan(c.query, scanLimits)
			switch {
			case c.refusal == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case c.refusal == "" && got != c.want:
				t.Errorf("shape %+v, want %+v", got, c.want)
			case c.refusal != "" && err == nil:
				t.Fatalf("accepted with shape %+v, want a refusal naming %q", got, c.refusal)
			case c.refusal != "" && (err.Code != schema.CodeTooComplex || !strings.Contains(err.Message, c.refusal)):
				t.Errorf("refused with %s %q, want QUERY_TOO_COMPLEX naming %q", err.Code, err.Message, c.refusal)
			}
		})
	}
}

// FuzzScan checks that Scan never panics and that, on every document it
// lets through and graphql-go parses, the shape it counted on the tokens
// is the shape of the parsed document, so that its limits hold for what
// the validator sees.
func FuzzScan(f *testing.F) {
	for _, seed := range []string{
		`{ a { b } }`, `query($a: [Int!] = [1], $b: In = {x: [2]}) { a(x: $a) @d(y: {z: [3]}) }`,
		`{ x: a ... on Q { y: b ... @d { c } } ...F } fragment F on Q { d { e } }`,
		`query Q @d(a: [[1]]) { a }`, "# c\n{ a(s: \"\"\"b{\"\"\") }", `{ a(x: [1) }`, `{ ...on }`, `{ ... }`,
		`subscription S { a } mutation M($v: ID!) { b(v: $v) }`, `{ a } ]] )) }} [`,
	} {
		f.Add(seed)
	}
	lim := schema.Limits{MaxTokens: 200, MaxValueDepth: 4, MaxInlineDepth: 3, MaxDepth: 3, MaxVariables: 4, MaxDefinitions: 4, MaxFields: 4}
	f.Fuzz(func(t *testing.T, q string) {
		got, err := schema.Scan(q, lim)
		if err != nil {
			if err.Code != schema.CodeTooComplex || err.Message == "" {
				t.Fatalf("refusal %+v", err)
			}
			return
		}
		doc, perr := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(q)})})
		if perr != nil {
			return
		}
		want, ok := shapeOf(doc)
		if !ok {
			return // type system definitions: not executable, refused by validation
		}
		got.Tokens = 0
		if got != want {
			t.Fatalf("Scan counted %+v, the parsed document is %+v: %q", got, want, q)
		}
	})
}

// shapeOf measures a parsed executable document as Scan does its text
// (tokens aside); false when it holds other definitions.
func shapeOf(doc *ast.Document) (schema.Shape, bool) {
	var sh schema.Shape
	var value func(v ast.Value, d int)
	value = func(v ast.Value, d int) {
		switch x := v.(type) {
		case *ast.ListValue:
			sh.ValueDepth = max(sh.ValueDepth, d+1)
			for _, e := range x.Values {
				value(e, d+1)
			}
		case *ast.ObjectValue:
			sh.ValueDepth = max(sh.ValueDepth, d+1)
			for _, fld := range x.Fields {
				value(fld.Value, d+1)
			}
		}
	}
	var typ func(t ast.Type, d int)
	typ = func(t ast.Type, d int) {
		switch x := t.(type) {
		case *ast.List:
			sh.ValueDepth = max(sh.ValueDepth, d+1)
			typ(x.Type, d+1)
		case *ast.NonNull:
			typ(x.Type, d)
		}
	}
	directives := func(ds []*ast.Directive) {
		for _, d := range ds {
			for _, a := range d.Arguments {
				value(a.Value, 0)
			}
		}
	}
	var set func(ss *ast.SelectionSet, depth, inline int)
	set = func(ss *ast.SelectionSet, depth, inline int) {
		if ss == nil {
			return
		}
		sh.Depth = max(sh.Depth, depth)
		sh.InlineDepth = max(sh.InlineDepth, inline)
		for _, sel := range ss.Selections {
			switch s := sel.(type) {
			case *ast.Field:
				if s.Alias != nil {
					sh.Aliases++
				}
				for _, a := range s.Arguments {
					value(a.Value, 0)
				}
				directives(s.Directives)
				set(s.SelectionSet, depth+1, inline)
			case *ast.InlineFragment:
				directives(s.Directives)
				set(s.SelectionSet, depth+1, inline+1)
			case *ast.FragmentSpread:
				directives(s.Directives)
			}
		}
	}
	for _, d := range doc.Definitions {
		sh.Definitions++
		switch x := d.(type) {
		case *ast.OperationDefinition:
			for _, v := range x.VariableDefinitions {
				sh.Variables++
				typ(v.Type, 0)
				if v.DefaultValue != nil {
					value(v.DefaultValue, 0)
				}
			}
			directives(x.Directives)
			set(x.SelectionSet, 1, 0)
		case *ast.FragmentDefinition:
			directives(x.Directives)
			set(x.SelectionSet, 1, 0)
		default:
			return sh, false
		}
	}
	return sh, true
}
