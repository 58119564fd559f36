package schema_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/schema"
)

// questionStub answers names, a pair's summary and facts from memory.
type questionStub struct{ memStub }

var leaders = []graph.Entity{
	{Key: "person:donald-trump", Type: graph.TypeLeader, Name: "Donald Trump"},
	{Key: "person:donald-tusk", Type: graph.TypeLeader, Name: "Donald Tusk"},
	{Key: "person:xi", Type: graph.TypeLeader, Name: "Xi Jinping"},
}

func (questionStub) Named(_ context.Context, refs []graph.NameRef) (map[graph.NameRef][]graph.NameMatch, error) {
	out := map[graph.NameRef][]graph.NameMatch{}
	for _, r := range refs {
		for _, l := range append(slices.Clone(leaders), memEntities["country:KAZ"]) {
			if r.Type != "" && l.Type != r.Type {
				continue
			}
			name := strings.ToLower(l.Name)
			if name == r.Text || strings.Contains(" "+name+" ", " "+r.Text+" ") {
				out[r] = append(out[r], graph.NameMatch{Entity: l, Exact: name == r.Text})
			}
		}
	}
	return out, nil
}

func (questionStub) Relation(context.Context, string, string) (graph.Bilateral, bool, error) {
	return graph.Bilateral{Trade: []graph.Fact{
		{Type: graph.RelTradeVolume, Year: 2024, ValueUSD: 4.4e10, HasUSD: true, SourceCount: 3, FirstSeen: "2025-01-02", LastSeen: "2025-03-04", Record: true},
		{Type: graph.RelTradeVolume, Year: 2024, Value: 1.2e12, Currency: "RUB", Period: "January-September 2024", SourceCount: 1},
	}, Events: 1}, true, nil
}

func (questionStub) Path(_ context.Context, from, to string, _ int) ([]graph.Step, error) {
	return []graph.Step{{Node: graph.Entity{Key: from, Type: graph.TypeLeader}, Relationship: "MET"}, {Node: graph.Entity{Key: to, Type: graph.TypeCountry}}}, nil
}

// run executes query and returns its data as JSON and its errors.
func run(t *testing.T, s *schema.Schema, query string) (string, []string) {
	t.Helper()
	res := s.Execute(context.Background(), schema.Request{Query: query})
	b, _ := json.Marshal(res.Data)
	var msgs []string
	for _, e := range res.Errors {
		msgs = append(msgs, e.Extensions["code"].(string)+": "+e.Message)
	}
	return string(b), msgs
}

// TestNamesWhereKeys checks that names are accepted where keys are: an
// exact name, a part of a name, a country code, and the error naming the
// candidates of an ambiguous name.
func TestNamesWhereKeys(t *testing.T) {
	s := newSchema(t, questionStub{}, schema.Options{})
	cases := []struct {
		name, query, data string
		errs              []string
	}{
		{"exact name", `{ leader(key: "Xi Jinping") { key } }`, `{"leader":{"key":"person:xi"}}`, nil},
		{"part of a name", `{ leader(key: "jinping") { key } }`, `{"leader":{"key":"person:xi"}}`, nil},
		{"a key", `{ node(key: "person:xi") { key } }`, `{"node":{"key":"person:xi"}}`, nil},
		{"an unknown key", `{ node(key: "person:nobody") { key } }`, `{"node":null}`, nil},
		{"a country code", `{ node(key: "kz") { key } }`, `{"node":{"key":"country:KAZ"}}`, nil},
		{"nothing", `{ node(key: "nobody") { key } }`, `{"node":null}`, nil},
		{"ambiguous", `{ leader(key: "Donald") { key } }`, `{"leader":null}`,
			[]string{`BAD_USER_INPUT: "Donald" may refer to Donald Trump (person:donald-trump), Donald Tusk (person:donald-tusk): give its key or a fuller name`}},
		{"path by names", `{ path(from: "Xi Jinping", to: "Kazakhstan") { node { key } } }`, `{"path":[{"node":{"key":"person:xi"}},{"node":{"key":"country:KAZ"}}]}`, nil},
		{"path to nothing", `{ path(from: "Xi Jinping", to: "Atlantis") { node { key } } }`, `{"path":null}`, []string{`BAD_USER_INPUT: no entity is named "Atlantis"`}},
		{"events of an unknown leader", `{ events(leader: "person:nobody") { totalCount } }`, `null`, []string{`BAD_USER_INPUT: no leader has the key "person:nobody"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, errs := run(t, s, c.query)
			if data != c.data || !slices.Equal(errs, c.errs) {
				t.Errorf("got %s %q, want %s %q", data, errs, c.data, c.errs)
			}
		})
	}
}

// TestTradeInAnyCurrency checks that trade keeps its non-null valueUsd
// by listing the figures with a dollar value only, that tradeAsStated
// lists every figure as stated, and that minSources filters both.
func TestTradeInAnyCurrency(t *testing.T) {
	s := newSchema(t, questionStub{}, schema.Options{})
	data, errs := run(t, s, `{ relation(a: "KAZ", b: "CHN") {
		trade { valueUsd value currency sourceCount firstReported lastReported record }
		tradeAsStated { valueUsd value currency period sourceCount }
		corroborated: tradeAsStated(minSources: 2) { valueUsd }
	} }`)
	want := `{"relation":{"corroborated":[{"valueUsd":44000000000}],` +
		`"trade":[{"currency":"USD","firstReported":"2025-01-02","lastReported":"2025-03-04","record":true,"sourceCount":3,"value":44000000000,"valueUsd":44000000000}],` +
		`"tradeAsStated":[{"currency":"USD","period":null,"sourceCount":3,"value":44000000000,"valueUsd":44000000000},{"currency":"RUB","period":"January-September 2024","sourceCount":1,"value":1200000000000,"valueUsd":null}]}}`
	if data != want || len(errs) > 0 {
		t.Errorf("got  %s %v\nwant %s", data, errs, want)
	}
}

// TestOrderAndCorroborationArguments checks the refusals of the new
// arguments: minSources and a source-count order over every event, a
// cursor of one order given to another, an aggregate of everything.
func TestOrderAndCorroborationArguments(t *testing.T) {
	s := newSchema(t, questionStub{}, schema.Options{})
	for _, q := range []string{
		`{ events(minSources: 2) { totalCount } }`,
		`{ events(orderBy: {field: SOURCE_COUNT}) { totalCount } }`,
		`{ events(first: 1, after: "WyJlcyIsIjEiLCJldmVudDp4Il0") { totalCount } }`,
		`{ eventStats { total } }`,
		`{ events(country: "KAZ", minSources: 2000000) { totalCount } }`,
	} {
		if _, errs := run(t, s, q); len(errs) != 1 || !strings.HasPrefix(errs[0], "BAD_USER_INPUT") {
			t.Errorf("%s: errors %q, want one BAD_USER_INPUT", q, errs)
		}
	}
	for _, q := range []string{
		`{ events(country: "KAZ", minSources: 2, orderBy: {field: SOURCE_COUNT, direction: ASC}) { totalCount } }`,
		`{ events(from: "2025-01-01", orderBy: {field: DATE, direction: ASC}) { totalCount } }`,
		`{ countries(orderBy: {field: SOURCE_COUNT}, minSources: 3) { totalCount } }`,
		`{ articles(orderBy: {field: DATE, direction: ASC}) { totalCount } }`,
	} {
		if _, errs := run(t, s, q); len(errs) > 0 {
			t.Errorf("%s: %q", q, errs)
		}
	}
}
