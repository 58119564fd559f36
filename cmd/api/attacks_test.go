package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// attack is one hostile request of issue 9: small to send, and once
// costly to answer (seconds to minutes of a core before the fix).
type attack struct {
	name string
	body []byte // the JSON body of the POST
	code string // the extensions.code it must be answered with
}

// attacks returns the requests of issue 9, built as the issue measured
// them.
func attacks() []attack {
	nestedList := func(depth int) string {
		return `{ country(code: ` + strings.Repeat("[", depth) + `"KAZ"` + strings.Repeat("]", depth) + `) { code } }`
	}
	nestedObject := func(depth int) string {
		return `{ country(code: ` + strings.Repeat("{a: ", depth) + `"KAZ"` + strings.Repeat("}", depth) + `) { code } }`
	}
	fragmentBomb := func(levels int) string {
		var b strings.Builder
		b.WriteString("{ ...F0 }")
		for i := range levels - 1 {
			fmt.Fprintf(&b, " fragment F%d on Query { ...F%d ...F%d }", i, i+1, i+1)
		}
		// The last spreads a fragment that is not defined: no field is
		// ever counted, so a walker that expands spreads visits 2^levels.
		fmt.Fprintf(&b, " fragment F%d on Query { ...Missing }", levels-1)
		return b.String()
	}
	unusedVariables := func(n int) string {
		var b strings.Builder
		b.WriteString("query(")
		for i := range n {
			fmt.Fprintf(&b, "$v%d: Int, ", i)
		}
		b.WriteString(") { __typename }")
		return b.String()
	}
	inlineFragments := func(depth int) string {
		return "{ " + strings.Repeat("... on Query { ", depth) + "__typename" + strings.Repeat(" }", depth) + " }"
	}
	// Costed as 20 when $n is not sent, the default runs it as 100.
	const defaultVariable = `query($n: Int = 100) { countries(first: $n) { nodes { events(first: $n) { nodes { key leaders { name } } } } } }`
	return []attack{
		{"nested list 1000", body(nestedList(1000), nil), "QUERY_TOO_COMPLEX"},
		{"nested list 2000", body(nestedList(2000), nil), "QUERY_TOO_COMPLEX"},
		{"nested object 500", body(nestedObject(500), nil), "QUERY_TOO_COMPLEX"},
		{"fragment bomb 26", body(fragmentBomb(26), nil), "BAD_USER_INPUT"},
		{"unused variables 30000", body(unusedVariables(30000), nil), "QUERY_TOO_COMPLEX"},
		{"inline fragments 10000", body(inlineFragments(10000), nil), "QUERY_TOO_COMPLEX"},
		{"default variable", body(defaultVariable, nil), "QUERY_TOO_COMPLEX"},
	}
}

// body is the JSON body of a POST of query with vars.
func body(query string, vars map[string]any) []byte {
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		panic(err) // maps of strings and numbers always encode
	}
	return b
}
