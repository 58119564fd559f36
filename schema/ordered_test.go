package schema_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/schema"
)

// memStub answers from a small graph in memory: Kazakhstan, China and
// Xi Jinping, ten events, and search hits of every kind.
type memStub struct{ empty }

var memEntities = map[string]graph.Entity{
	"country:KAZ":      {Key: "country:KAZ", Type: graph.TypeCountry, Code: "KAZ", ISO2: "KZ", Name: "Kazakhstan", Aliases: []string{"Qazaqstan"}},
	"country:CHN":      {Key: "country:CHN", Type: graph.TypeCountry, Code: "CHN", ISO2: "CN", Name: "China \"PRC\"\u2028<&>"},
	"person:xi":        {Key: "person:xi", Type: graph.TypeLeader, Name: "Xi Jinping", Title: "President", Country: "CHN"},
	"sector:energy":    {Key: "sector:energy", Type: graph.TypeSector, Name: "Energy"},
	"event:meeting:01": {Key: "event:meeting:01", Type: graph.TypeEvent, Kind: "meeting", Date: "2025-08-01", Summary: "Talks."},
}

func (memStub) Countries(_ context.Context, refs []string) (map[string]graph.Entity, error) {
	out := map[string]graph.Entity{}
	for _, r := range refs {
		switch r {
		case "kaz", "kz", "kazakhstan":
			out[r] = memEntities["country:KAZ"]
		case "chn", "cn", "china":
			out[r] = memEntities["country:CHN"]
		}
	}
	return out, nil
}

func (memStub) Entities(_ context.Context, keys []string) (map[string]graph.Entity, error) {
	out := map[string]graph.Entity{}
	for _, k := range keys {
		if e, ok := memEntities[k]; ok {
			out[k] = e
		}
	}
	return out, nil
}

func (memStub) Search(context.Context, string, int) ([]graph.Hit, error) {
	return []graph.Hit{
		{Node: memEntities["person:xi"], Score: 2.5},
		{Node: memEntities["country:CHN"], Score: 1e-7},
		{Node: memEntities["sector:energy"], Score: 1},
		{Node: memEntities["event:meeting:01"], Score: 0.5},
	}, nil
}

func (s memStub) Events(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error) {
	return (&pageStub{}).Events(ctx, qs)
}

// marshal executes query and returns the response as the HTTP handler
// writes it.
func marshal(t testing.TB, s *schema.Schema, query string, vars map[string]any) []byte {
	t.Helper()
	res := s.Execute(context.Background(), schema.Request{Query: query, Variables: vars})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// TestResponseInQueryOrder checks that every object of a response lists
// its fields in the order the query selected them, as the GraphQL
// specification's CollectFields orders them: aliases, fragments expanded
// in place, a field selected twice at its first place, @skip and
// @include, and the fields of an interface's runtime type.
func TestResponseInQueryOrder(t *testing.T) {
	s := newSchema(t, memStub{}, schema.Options{})
	cases := []struct {
		name, query string
		vars        map[string]any
		want        string
	}{
		{"fields", `{ country(code: "KAZ") { name code key } }`, nil,
			`{"data":{"country":{"name":"Kazakhstan","code":"KAZ","key":"country:KAZ"}}}`},
		{"top-level aliases", `{ z: country(code: "kz") { code } a: country(code: "KAZ") { iso2 aliases } }`, nil,
			`{"data":{"z":{"code":"KAZ"},"a":{"iso2":"KZ","aliases":["Qazaqstan"]}}}`},
		{"escaping", `{ country(code: "CHN") { name } }`, nil,
			`{"data":{"country":{"name":"China \"PRC\"\u2028<&>"}}}`},
		{"a field twice, at its first place", `{ country(code: "KAZ") { code name code } }`, nil,
			`{"data":{"country":{"code":"KAZ","name":"Kazakhstan"}}}`},
		{"fragments in place", `query { country(code: "KAZ") { code ...F ... on Country { key code } iso2 } } fragment F on Country { name }`, nil,
			`{"data":{"country":{"code":"KAZ","name":"Kazakhstan","key":"country:KAZ","iso2":"KZ"}}}`},
		{"skip and include", `query($no: Boolean = true, $yes: Boolean!) { country(code: "KAZ") { code @skip(if: $no) name @include(if: $yes) key @include(if: false) iso2 @skip(if: false) } }`,
			map[string]any{"yes": true}, `{"data":{"country":{"name":"Kazakhstan","iso2":"KZ"}}}`},
		{"interface fields by runtime type",
			`{ search(text: "x") { node { ... on Leader { name title } ... on Country { code name } key __typename } score } }`, nil,
			`{"data":{"search":[` +
				`{"node":{"name":"Xi Jinping","title":"President","key":"person:xi","__typename":"Leader"},"score":2.5},` +
				`{"node":{"code":"CHN","name":"China \"PRC\"\u2028<&>","key":"country:CHN","__typename":"Country"},"score":1e-7},` +
				`{"node":{"key":"sector:energy","__typename":"Sector"},"score":1},` +
				`{"node":{"key":"event:meeting:01","__typename":"Event"},"score":0.5}]}}`},
		{"interface, runtime type not selected",
			`{ search(text: "x") { node { ... on Country { name } key ... on Leader { title name } } } }`, nil,
			`{"data":{"search":[` +
				`{"node":{"key":"person:xi","title":"President","name":"Xi Jinping"}},` +
				`{"node":{"name":"China \"PRC\"\u2028<&>","key":"country:CHN"}},` +
				`{"node":{"key":"sector:energy"}},{"node":{"key":"event:meeting:01"}}]}}`},
		{"nested lists and connections", `{ events(country: "KAZ", first: 2) { pageInfo { hasNextPage } edges { node { date kind } cursor } } }`, nil,
			`{"data":{"events":{"pageInfo":{"hasNextPage":true},"edges":[` + edges + `]}}}`},
		{"errors after data", `{ country(code: "KAZ") { code } relation(a: "KAZ", b: "KAZ") { firstContact } }`, nil,
			`{"data":{"country":{"code":"KAZ"},"relation":null},"errors":[{"message":"a and b are the same country","locations":[{"line":1,"column":33}],"path":["relation"],"extensions":{"code":"BAD_USER_INPUT"}}]}`},
		{"refused before execution: no data", `{ country(code: "KAZ") { password } }`, nil,
			`{"errors":[{"message":"Cannot query field \"password\" on type \"Country\".","locations":[{"line":1,"column":26}],"extensions":{"code":"BAD_USER_INPUT"}}]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := marshal(t, s, c.query, c.vars)
			if string(got) != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestResponseSameContent checks that the ordered encoding says what
// encoding/json says of graphql-go's maps, for queries over every type.
func TestResponseSameContent(t *testing.T) {
	s := newSchema(t, memStub{}, schema.Options{})
	for _, q := range []string{
		`{ events(country: "KAZ", first: 3) { nodes { key kind date summary } } }`,
		`{ search(text: "a b") { score node { key ... on Country { code iso2 name aliases } ... on Leader { name title country { code } } ... on Event { kind date summary } } } }`,
		`{ events(country: "KAZ", first: 3) { totalCount edges { cursor node { key date } } pageInfo { endCursor hasNextPage } } }`,
		`{ __schema { queryType { name fields { name args { name type { kind name ofType { name } } } } } } }`,
		`{ __type(name: "Event") { name kind fields { name } } a: __typename }`,
	} {
		res := s.Execute(context.Background(), schema.Request{Query: q})
		ours, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		theirs, err := json.Marshal(res.Result)
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		if err := json.Unmarshal(ours, &a); err != nil {
			t.Fatalf("%s: ours is not JSON: %v: %s", q, err, ours)
		}
		_ = json.Unmarshal(theirs, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s:\nours   %s\ntheirs %s", q, ours, theirs)
		}
		if len(ours) != len(theirs) {
			t.Errorf("%s: %d bytes, encoding/json %d", q, len(ours), len(theirs))
		}
		var w bytes.Buffer
		direct, _ := res.MarshalJSON()
		if _, err := res.WriteTo(&w); err != nil || !bytes.Equal(w.Bytes(), append(direct, '\n')) {
			t.Errorf("%s: WriteTo wrote %s (%v), want MarshalJSON's bytes and a newline", q, w.Bytes(), err)
		}
	}
}

// TestResponseOrderIndependentOfMapOrder checks that the encoding does not
// depend on the order Go iterates maps in.
func TestResponseOrderIndependentOfMapOrder(t *testing.T) {
	s := newSchema(t, memStub{}, schema.Options{})
	q := `{ search(text: "x") { score node { key ... on Country { name code iso2 aliases } } } }`
	first := marshal(t, s, q, nil)
	for i := 0; i < 20; i++ {
		if got := marshal(t, s, q, nil); !bytes.Equal(got, first) {
			t.Fatalf("run %d differs:\n%s\n%s", i, got, first)
		}
	}
}

// BenchmarkMarshalResponse compares the ordered encoding with
// encoding/json's sorted encoding of the same result: a page of 100
// events as a dashboard asks for it.
func BenchmarkMarshalResponse(b *testing.B) {
	s, err := schema.New(memStub{}, schema.Options{})
	if err != nil {
		b.Fatal(err)
	}
	q := `{ events(country: "KAZ", first: 100) { nodes { key kind date summary } pageInfo { hasNextPage endCursor } } a: search(text: "x") { score node { key ... on Country { code name } } } }`
	res := s.Execute(context.Background(), schema.Request{Query: q})
	if len(res.Errors) > 0 {
		b.Fatal(res.Errors)
	}
	for _, c := range []struct {
		name string
		v    any
	}{{"ordered", res}, {"encoding-json-sorted", res.Result}} {
		b.Run(c.name+"-encoder", func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				buf.Reset()
				enc := json.NewEncoder(&buf)
				enc.SetEscapeHTML(false)
				if err := enc.Encode(c.v); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
	b.Run("ordered-writeto", func(b *testing.B) {
		var buf bytes.Buffer
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf.Reset()
			if _, err := res.WriteTo(&buf); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(buf.Len()))
	})
}

// edges are the edges of pageStub's page, as the nested case selects them.
var edges = func() string {
	var b bytes.Buffer
	for j := 1; j <= 10; j++ {
		if j > 1 {
			b.WriteByte(',')
		}
		date, key := fmt.Sprintf("2025-08-%02d", j), fmt.Sprintf("event:meeting:2025-08-%02d:CHN-KAZ", j)
		cursor, _ := json.Marshal([]string{"e", date, key})
		fmt.Fprintf(&b, `{"node":{"date":%q,"kind":"MEETING"},"cursor":%q}`, date, base64.RawURLEncoding.EncodeToString(cursor))
	}
	return b.String()
}()
