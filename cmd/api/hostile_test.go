package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

const injection = `"}) MATCH (n) DETACH DELETE n //`

// TestHostileInput sends requests meant to hurt and checks that each is
// answered with the right error code, that the graph is unchanged and
// that the server still serves.
func TestHostileInput(t *testing.T) {
	s := testStore(t)
	h := testHandler(t, s, "secret-token")
	ctx := context.Background()
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}

	nested := strings.Repeat("{ leaders(first: 1) { nodes { country ", 25) + "{ code }" + strings.Repeat(" } } }", 25)
	var flood strings.Builder
	flood.WriteString("{")
	for i := range 3000 {
		fmt.Fprintf(&flood, " a%d: country(code: \"KAZ\") { code }", i)
	}
	flood.WriteString(" }")
	var typenames strings.Builder
	typenames.WriteString("{")
	for range 20000 {
		typenames.WriteString(" __typename")
	}
	typenames.WriteString(" }")

	cases := []struct {
		name   string
		query  string
		vars   map[string]any
		header []string
		status int
		code   string
	}{
		{"50 levels of nesting", "{ country(code: \"KAZ\") " + nested + " }", nil, nil, 200, "QUERY_TOO_COMPLEX"},
		{"alias flood", flood.String(), nil, nil, 200, "QUERY_TOO_COMPLEX"},
		{"same field 20000 times", typenames.String(), nil, nil, 200, "QUERY_TOO_COMPLEX"},
		{"first 100000", `{ events(first: 100000) { nodes { key } } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"first 100000 in a variable", `query($n: Int) { countries(first: $n) { nodes { code } } }`, map[string]any{"n": 100000}, nil, 200, "BAD_USER_INPUT"},
		{"negative first", `{ articles(first: -1) { totalCount } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"unknown field", `{ country(code: "KAZ") { password } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"syntax error", `{ country(code: "KAZ") { code `, nil, nil, 200, "BAD_USER_INPUT"},
		{"variable without a type", `query($n:) { countries(first: $n) { totalCount } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"fragment cycle", `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"bad date", `{ events(from: "2025-13-45") { totalCount } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"bad date variable", `query($d: Date) { events(from: $d) { totalCount } }`, map[string]any{"d": "yesterday"}, nil, 200, "BAD_USER_INPUT"},
		{"forged cursor", `{ events(after: "bm90IGEgY3Vyc29y") { totalCount } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"cursor of another list", `{ countries(after: "WyJlIiwiMjAyNS0wNi0xNiIsImV2ZW50OngiXQ") { totalCount } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"maxHops 7", `{ path(from: "country:KAZ", to: "country:CHN", maxHops: 7) { node { key } } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"unknown country", `{ events(country: "Atlantis") { totalCount } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"empty search", `{ search(text: "  ") { score } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"long search", `{ search(text: "` + strings.Repeat("a", 300) + `") { score } }`, nil, nil, 200, "BAD_USER_INPUT"},
		{"mutation without token", `mutation { ingestArticle(text: "x") { nodesCreated } }`, nil, nil, 200, "UNAUTHENTICATED"},
		{"mutation with a wrong token", `mutation { ingestArticle(text: "x") { nodesCreated } }`, nil, []string{"Authorization", "Bearer nope"}, 200, "UNAUTHENTICATED"},
		{"no query", ``, nil, nil, 200, "BAD_USER_INPUT"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, res, raw := post(t, h, c.query, c.vars, c.header...)
			if status != c.status {
				t.Errorf("status %d, want %d", status, c.status)
			}
			if codes := res.codes(); len(codes) == 0 || !slices.Contains(codes, c.code) {
				t.Errorf("codes %v, want %s: %s", codes, c.code, clipBytes(raw))
			}
			assertClean(t, raw)
		})
	}

	t.Run("5 MiB body", func(t *testing.T) {
		body := []byte(`{"query": "{ __typename }", "pad": "` + strings.Repeat("x", 5<<20) + `"}`)
		status, res, _ := send(t, h, body)
		if status != http.StatusRequestEntityTooLarge || !slices.Contains(res.codes(), "BAD_USER_INPUT") {
			t.Errorf("status %d codes %v, want 413 BAD_USER_INPUT", status, res.codes())
		}
	})
	for _, body := range []string{`{"query": `, `not json`, `[1,2,3]`, `{"query": 42}`} {
		t.Run("malformed JSON "+body, func(t *testing.T) {
			status, res, _ := send(t, h, []byte(body))
			if status != http.StatusBadRequest || !slices.Contains(res.codes(), "BAD_USER_INPUT") {
				t.Errorf("status %d codes %v, want 400 BAD_USER_INPUT", status, res.codes())
			}
		})
	}

	// Injection strings in every string argument: answered as data or as
	// BAD_USER_INPUT, never as an internal error, and nothing is deleted.
	stringArgs := []string{
		`{ node(key: $s) { key } }`,
		`{ country(code: $s) { key } }`,
		`{ countries(name: $s) { totalCount nodes { key } } }`,
		`{ countries(after: $s) { totalCount } }`,
		`{ leader(key: $s) { key } }`,
		`{ leaders(country: $s) { totalCount } }`,
		`{ leaders(name: $s) { totalCount nodes { key } } }`,
		`{ organizations(name: $s) { totalCount nodes { key } } }`,
		`{ project(key: $s) { key } }`,
		`{ projects(country: $s) { totalCount } }`,
		`{ projects(sector: $s, status: $s) { totalCount nodes { key } } }`,
		`{ event(key: $s) { key } }`,
		`{ events(country: $s) { totalCount } }`,
		`{ events(partner: $s) { totalCount } }`,
		`{ events(leader: $s) { totalCount nodes { key } } }`,
		`{ events(after: $s) { totalCount } }`,
		`{ relation(a: $s, b: "KAZ") { firstContact } }`,
		`{ relation(a: "KAZ", b: $s) { firstContact } }`,
		`{ article(id: $s) { id } }`,
		`{ articles(after: $s) { totalCount } }`,
		`{ search(text: $s) { node { key } } }`,
		`{ path(from: $s, to: $s) { node { key } } }`,
		`{ path(from: "country:KAZ", to: $s) { node { key } } }`,
		`{ country(code: "KAZ") { leaders(after: $s) { totalCount } projects(sector: $s) { totalCount } } }`,
	}
	for _, q := range stringArgs {
		for _, inj := range []string{injection, `' OR 1=1 //`, `\u0000`, `*:*`, "`) RETURN 1 //"} {
			query := "query($s: String!) " + strings.Replace(q, "{", "", 1)
			query = "query($s: String!) {" + strings.SplitN(q, "{", 2)[1]
			if strings.Contains(q, "key: $s") || strings.Contains(q, "id: $s") || strings.Contains(q, "leader: $s") || strings.Contains(q, "from: $s") || strings.Contains(q, "to: $s") {
				query = strings.Replace(query, "$s: String!", "$s: ID!", 1)
			}
			status, res, raw := post(t, h, query, map[string]any{"s": inj})
			for _, c := range res.codes() {
				if c != "BAD_USER_INPUT" {
					t.Errorf("%s with %q: status %d, code %s: %s", q, inj, status, c, clipBytes(raw))
				}
			}
			assertClean(t, raw)
		}
	}

	after, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("the graph changed: %+v before, %+v after", before, after)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != 200 {
		t.Errorf("healthz: %d", rec.Code)
	}
	if _, res, raw := post(t, h, `{ country(code: "KAZ") { code } }`, nil); len(res.Errors) > 0 || !bytes.Contains(raw, []byte(`"KAZ"`)) {
		t.Errorf("server no longer answers: %s", raw)
	}
}

// assertClean fails when a response leaks internals.
func assertClean(t *testing.T, raw []byte) {
	t.Helper()
	low := strings.ToLower(string(raw))
	for _, leak := range []string{"neo4j", "cypher", "goroutine", ".go:", "panic", "neo.clienterror", "runtime error"} {
		if strings.Contains(low, leak) {
			t.Errorf("response leaks %q: %s", leak, clipBytes(raw))
		}
	}
}
