package schema_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/schema"
)

var update = flag.Bool("update", false, "rewrite schema.graphql")

// stub is a Reader for tests that need no database: methods it does not
// override panic through the nil embedded Reader.
type stub struct {
	schema.Reader
	delay time.Duration
	calls int
}

func (s *stub) Countries(ctx context.Context, refs []string) (map[string]graph.Entity, error) {
	s.calls++
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	out := map[string]graph.Entity{}
	for _, r := range refs {
		if r == "kaz" || r == "kz" || r == "kazakhstan" {
			out[r] = graph.Entity{Key: "country:KAZ", Type: graph.TypeCountry, Code: "KAZ", Name: "Kazakhstan"}
		}
	}
	return out, nil
}

func (s *stub) Events(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error) {
	s.calls++
	return make([]graph.Page[graph.Entity], len(qs)), nil
}

func newSchema(t *testing.T, r schema.Reader, opts schema.Options) *schema.Schema {
	t.Helper()
	s, err := schema.New(r, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSDL keeps schema.graphql in sync with the schema built in Go.
func TestSDL(t *testing.T) {
	got := newSchema(t, &stub{}, schema.Options{}).SDL()
	if *update {
		if err := os.WriteFile("schema.graphql", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("schema.graphql")
	if err != nil {
		t.Fatalf("%v (go test ./schema -update writes it)", err)
	}
	if got != string(want) {
		t.Error("schema.graphql is out of date: run go test ./schema -update and review the diff")
	}
}

// TestContractNames checks that every type and field of the contract
// (shared/contracts/graphql.md) exists under its exact name.
func TestContractNames(t *testing.T) {
	sdl := newSchema(t, &stub{}, schema.Options{}).SDL()
	contract := map[string][]string{
		"Node":              {"key"},
		"Country":           {"key", "code", "iso2", "name", "aliases", "leaders", "roles", "events", "partners", "projects", "organizations"},
		"Leader":            {"key", "name", "title", "aliases", "country", "roles", "events", "met"},
		"Organization":      {"key", "name", "acronym", "countries", "events"},
		"Location":          {"key", "name", "country", "events"},
		"Sector":            {"key", "name"},
		"Project":           {"key", "name", "status", "sector", "countries", "events", "sources"},
		"Event":             {"key", "kind", "date", "summary", "location", "participants", "leaders", "countries", "topics", "sources", "sourceCount", "firstReported", "lastReported"},
		"Article":           {"id", "title", "date", "source", "url", "dateline", "entities"},
		"Evidence":          {"article", "sentence", "start", "end"},
		"TradeFigure":       {"year", "valueUsd", "record", "sources"},
		"PartnershipLevel":  {"level", "firstSeen", "lastSeen", "sources"},
		"Partner":           {"country", "sharedEvents", "lastContact"},
		"SectorCount":       {"sector", "mentions"},
		"BilateralRelation": {"countries", "partnership", "partnershipHistory", "trade", "events", "projects", "sectors", "leaders", "firstContact", "lastContact", "articles", "timeline"},
		"TimelineBucket":    {"start", "events", "byKind", "intensity"},
		"KindCount":         {"kind", "count"},
		"Role":              {"leader", "country", "title", "firstSeen", "lastSeen", "sources"},
		"PageInfo":          {"hasNextPage", "endCursor"},
		"SearchHit":         {"node", "score"},
		"PathStep":          {"node", "relationship"},
		"IngestResult":      {"article", "nodesCreated", "relationshipsCreated", "warnings"},
		"Query":             {"node", "country", "countries", "leader", "leaders", "organizations", "project", "projects", "event", "events", "relation", "article", "articles", "search", "path"},
		"Mutation":          {"ingestArticle"},
	}
	for _, x := range []string{"Country", "Leader", "Organization", "Project", "Event", "Article"} {
		contract[x+"Connection"] = []string{"totalCount", "nodes", "edges", "pageInfo"}
		contract[x+"Edge"] = []string{"cursor", "node"}
	}
	blocks := map[string]string{}
	for _, b := range strings.Split(sdl, "\n\n") {
		for _, l := range strings.Split(b, "\n") {
			if f := strings.Fields(l); len(f) >= 2 && (f[0] == "type" || f[0] == "interface") {
				blocks[f[1]] = b
			}
		}
	}
	for typ, fields := range contract {
		b, ok := blocks[typ]
		if !ok {
			t.Errorf("type %s is missing", typ)
			continue
		}
		for _, f := range fields {
			if !strings.Contains(b, "\n  "+f+":") && !strings.Contains(b, "\n  "+f+"(") {
				t.Errorf("%s.%s is missing", typ, f)
			}
		}
	}
	for _, want := range []string{"scalar Date", "enum EventKind", "enum Granularity", "timeline(from: Date, granularity: Granularity = MONTH, to: Date)", "path(from: ID!, maxHops: Int = 4, to: ID!)"} {
		if !strings.Contains(sdl, want) {
			t.Errorf("SDL lacks %q", want)
		}
	}
}

func TestLuceneTerms(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Lu Ban", "Lu Ban"},
		{"  ", ""},
		{`"}) MATCH (n) DETACH DELETE n //`, `\"\}\) MATCH \(n\) DETACH DELETE n \/\/`},
		{"a AND b OR NOT c", "a and b or not c"},
		{"*:* ~ ^2 [a TO b] {x} !y +z -w a&&b a||b ?", `\*\:\* \~ \^2 \[a to b\] \{x\} \!y \+z \-w a\&\&b a\|\|b \?`},
		{`back\slash`, `back\\slash`},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := schema.LuceneTerms(c.in); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestLimits checks the depth, cost and field limits and the refusal of
// fragment cycles, which would crash graphql-go's validation, of unknown
// and unused fragments, and of fields repeated too often at one place.
func TestLimits(t *testing.T) {
	s := newSchema(t, &stub{}, schema.Options{Limits: schema.Limits{MaxDepth: 4, MaxCost: 300, MaxFields: 50, MaxOverlaps: 200}})
	cases := []struct {
		name, query string
		code        string // "" for no error
	}{
		{"shallow", `{ country(code: "KAZ") { code } }`, ""},
		{"too deep", `{ country(code: "KAZ") { leaders { nodes { country { code } } } } }`, "QUERY_TOO_COMPLEX"},
		{"introspection may nest deeper", `{ __schema { types { fields { type { ofType { name } } } } } }`, ""},
		{"too costly", `{ events(first: 100) { nodes { key kind date } } }`, "QUERY_TOO_COMPLEX"},
		{"cheap page", `{ events(first: 10) { nodes { key kind date } } }`, ""},
		{"too many fields", "{" + strings.Repeat(" __typename", 51) + " }", "QUERY_TOO_COMPLEX"},
		{"fragment cycle", `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, "BAD_USER_INPUT"},
		{"unused fragment cycle", `{ __typename } fragment A on Query { ...A }`, "BAD_USER_INPUT"},
		{"syntax", `{ country(`, "BAD_USER_INPUT"},
		{"unknown field", `{ nope }`, "BAD_USER_INPUT"},
		{"first too large", `{ events(first: 101) { totalCount } }`, "BAD_USER_INPUT"},
		{"inline fragments count as depth", `{ country(code: "KAZ") { ... on Country { leaders { ... on LeaderConnection { totalCount } } } } }`, "QUERY_TOO_COMPLEX"},
		{"an inline fragment within the depth", `{ country(code: "KAZ") { ... on Country { code } } }`, ""},
		{"fragment fields count at each spread", `{ ...F ...G } fragment F on Query { a: __typename b: __typename c: __typename } fragment G on Query { ...F }`, ""},
		{"fragment bomb", fragmentBomb(20, "__typename"), "QUERY_TOO_COMPLEX"},
		{"fragment bomb ending in an unknown fragment", fragmentBomb(20, "...Missing"), "BAD_USER_INPUT"},
		{"unused fragment", `{ __typename } fragment A on Query { __typename }`, "BAD_USER_INPUT"},
		{"default first costed", `query($n: Int = 100) { events(first: $n) { nodes { key kind date } } }`, "QUERY_TOO_COMPLEX"},
		{"small default first", `query($n: Int = 10) { events(first: $n) { nodes { key kind date } } }`, ""},
		{"no default: the default page", `query($n: Int) { events(first: $n) { nodes { key kind date } } }`, ""},
		{"same field repeated at one place", "{" + strings.Repeat(` a: country(code: "KAZ") { code }`, 25) + " }", "QUERY_TOO_COMPLEX"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := s.Execute(context.Background(), schema.Request{Query: c.query})
			codes := res.Codes()
			if c.code == "" && len(codes) > 0 {
				t.Errorf("codes %v, want none: %v", codes, res.Errors)
			}
			if c.code != "" && !slices.Contains(codes, c.code) {
				t.Errorf("codes %v, want %s", codes, c.code)
			}
		})
	}
}

// TestTimeout checks that a slow database gives TIMEOUT, in time.
func TestTimeout(t *testing.T) {
	s := newSchema(t, &stub{delay: time.Second}, schema.Options{Timeout: 50 * time.Millisecond})
	start := time.Now()
	res := s.Execute(context.Background(), schema.Request{Query: `{ country(code: "KAZ") { code } }`})
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("took %v", d)
	}
	if !slices.Contains(res.Codes(), "TIMEOUT") {
		t.Errorf("codes %v, want TIMEOUT", res.Codes())
	}
}

// TestBatching checks that sibling fields share one Reader call, and
// that a country the graph does not hold is BAD_USER_INPUT (its field
// null), as in every country argument.
func TestBatching(t *testing.T) {
	r := &stub{}
	s := newSchema(t, r, schema.Options{})
	res := s.Execute(context.Background(), schema.Request{Query: `{ a: country(code: "KAZ") { code } b: country(code: "kz") { code } c: country(code: "Kazakhstan") { code } d: country(code: "nowhere") { code } }`})
	if codes := res.Codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" || res.Errors[0].Message != `unknown country "nowhere"` {
		t.Fatalf("errors %v, want one BAD_USER_INPUT for d", res.Errors)
	}
	if d := res.Data.(map[string]any); d["a"] == nil || d["d"] != nil {
		t.Errorf("data %v", d)
	}
	if r.calls != 1 {
		t.Errorf("%d Reader calls, want 1", r.calls)
	}
}

// TestMutationNeedsToken checks ingestArticle's authentication, and that
// a server without API_TOKEN says the mutation is disabled.
func TestMutationNeedsToken(t *testing.T) {
	q := `mutation { ingestArticle(text: "x") { nodesCreated } }`
	cases := []struct {
		name, configured, sent, message string
	}{
		{"disabled", "", "anything", "ingestArticle is disabled on this server (it has no API_TOKEN)"},
		{"no token sent", "secret", "", "ingestArticle needs the server's API token as a bearer token"},
		{"wrong token", "secret", "secreT", "ingestArticle needs the server's API token as a bearer token"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSchema(t, &stub{}, schema.Options{APIToken: c.configured, Ingester: lateWriter{}})
			res := s.Execute(context.Background(), schema.Request{Query: q, BearerToken: c.sent})
			if !slices.Equal(res.Codes(), []string{"UNAUTHENTICATED"}) || res.Errors[0].Message != c.message {
				t.Errorf("errors %v, want UNAUTHENTICATED: %s", res.Errors, c.message)
			}
		})
	}
}

// lateWriter is an Ingester whose write completes after the request's
// time limit, as a commit can.
type lateWriter struct{ delay time.Duration }

func (l lateWriter) Ingest(ctx context.Context, in schema.IngestInput) (schema.IngestOutput, error) {
	time.Sleep(l.delay) // the write, which does not stop once committing
	return schema.IngestOutput{Article: graph.Article{ID: "a1"}, NodesCreated: 3}, nil
}

// TestMutationAnswersWhatItWrote checks that a mutation whose write ends
// after the time limit is answered with its result, not TIMEOUT: graphql-go
// would otherwise stop waiting for it when the context ends.
func TestMutationAnswersWhatItWrote(t *testing.T) {
	s := newSchema(t, &stub{}, schema.Options{APIToken: "t", Ingester: lateWriter{delay: 300 * time.Millisecond}, Timeout: 50 * time.Millisecond})
	res := s.Execute(context.Background(), schema.Request{Query: `mutation { ingestArticle(text: "x") { article { id } nodesCreated } }`, BearerToken: "t"})
	if len(res.Errors) > 0 {
		t.Fatalf("errors after a write: %v", res.Errors)
	}
	if got := fmt.Sprint(res.Data); !strings.Contains(got, "a1") {
		t.Errorf("data %s", got)
	}
}
