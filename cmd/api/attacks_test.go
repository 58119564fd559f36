package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/schema"
)

// attack is one hostile request of issue 9: small to send, and once
// costly to answer (seconds to minutes of a core before the fix).
type attack struct {
	name  string
	body  []byte       // the JSON body of the POST
	code  string       // the extensions.code it must be answered with
	stage schema.Stage // the stage that must refuse it
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
		{"nested list 1000", body(nestedList(1000), nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		{"nested list 2000", body(nestedList(2000), nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		{"nested object 500", body(nestedObject(500), nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		{"fragment bomb 26", body(fragmentBombQuery(26), nil), "BAD_USER_INPUT", schema.StageParse},
		{"unused variables 30000", body(unusedVariables(30000), nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		{"inline fragments 10000", body(inlineFragments(10000), nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		{"default variable", body(defaultVariable, nil), "QUERY_TOO_COMPLEX", schema.StageCost},
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

// moreAttacks are hostile requests found while fixing issue 9, each of
// which took graphql-go's validator from tens of milliseconds to seconds.
func moreAttacks() []attack {
	repeat := func(n int, format string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, format, i)
		}
		return b.String()
	}
	return []attack{
		// The edit distance of graphql-go's suggestions: 0.8 s.
		{"unknown field with a long name", body("{ "+strings.Repeat("x", 100000)+" }", nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		// OverlappingFieldsCanBeMerged compares every pair: 1.2 s.
		{"one alias 490 times", body("{"+repeat(490, ` a: country(code: "%d") { code }`)+" }", nil), "QUERY_TOO_COMPLEX", schema.StageCost},
		{"a fragment bomb with fields", body(strings.Replace(string(fragmentBombQuery(26)), "...Missing", "__typename", 1), nil), "QUERY_TOO_COMPLEX", schema.StageCost},
		{"too many tokens", body("{"+strings.Repeat(" __typename", 12000)+" }", nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		{"too many operations", body(repeat(200, "query Q%d { __typename } "), nil), "QUERY_TOO_COMPLEX", schema.StageScan},
		{"first as a huge number", body(`query($n: Int) { countries(first: $n) { nodes { events(first: $n) { nodes { key leaders { name } } } } } }`, map[string]any{"n": 1e300}), "QUERY_TOO_COMPLEX", schema.StageCost},
		{"first as a string", body(`query($n: Int) { countries(first: $n) { nodes { events(first: $n) { nodes { key leaders { name } } } } } }`, map[string]any{"n": "100"}), "QUERY_TOO_COMPLEX", schema.StageCost},
		// Thousands of validation errors: validation stops at MaxErrors.
		{"3000 duplicate arguments", body("{ country("+strings.Repeat(`code: "x" `, 3000)+") { code } }", nil), "BAD_USER_INPUT", schema.StageValidate},
	}
}

// fragmentBombQuery is levels fragments, each spreading the next twice.
// The last spreads a fragment that is not defined: no field is ever
// counted, so a walker that expands spreads visits 2^levels of them.
func fragmentBombQuery(levels int) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }")
	for i := range levels - 1 {
		fmt.Fprintf(&b, " fragment F%d on Query { ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Query { ...Missing }", levels-1)
	return b.String()
}

// TestAttacks sends each hostile request and checks its answer's code,
// that it was refused by the stage meant to refuse it (the cheap stages,
// linear in the size of the request, for all but one) as the request's
// log line says, and that the server still answers. How fast they are
// answered is measured by BenchmarkAttacks, not here; the deadline only
// keeps a regression from hanging the test.
func TestAttacks(t *testing.T) {
	s := storetest.Open(t)
	h, logs := loggedHandler(t, s, testConfig(""))
	for _, a := range append(attacks(), moreAttacks()...) {
		t.Run(a.name, func(t *testing.T) {
			type answer struct {
				status int
				res    gqlResponse
				raw    []byte
			}
			done := make(chan answer, 1)
			go func() {
				status, res, raw := send(t, h, a.body)
				done <- answer{status, res, raw}
			}()
			var got answer
			select {
			case got = <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("no answer within 30 s")
			}
			if got.status != http.StatusOK || !slices.Contains(got.res.codes(), a.code) {
				t.Errorf("status %d codes %v, want 200 %s: %s", got.status, got.res.codes(), a.code, clipBytes(got.raw))
			}
			if len(got.res.Errors) > schema.DefaultMaxErrors+1 || got.res.Errors[0].Message == "" {
				t.Errorf("%d errors, the first %q", len(got.res.Errors), got.res.Errors[0].Message)
			}
			if stage := lastRequest(t, logs)["stage"]; stage != string(a.stage) {
				t.Errorf("refused at stage %v, want %s", stage, a.stage)
			}
			assertClean(t, got.raw)
		})
	}
	if _, res, raw := post(t, h, `{ __typename }`, nil); len(res.Errors) > 0 {
		t.Errorf("server no longer answers: %s", raw)
	}
}
