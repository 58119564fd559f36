package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"testing"
)

// encodingJSON is what encoding/json writes for v without HTML escaping.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// FuzzAppendString checks that strings are written as encoding/json
// writes them: control characters, quotes, U+2028, invalid UTF-8.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", "quote \" and \\", "\x00\x01\x1f\b\f\n\r\t", "\u2028\u2029", "\xff\xfe", "Lương Cường <&>", "a\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendString(nil, s), encodingJSON(t, s); !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	})
}

// TestAppendLeaves checks numbers and booleans against encoding/json.
func TestAppendLeaves(t *testing.T) {
	for _, v := range []any{0.0, -0.0, 1.0, 1e-7, 1.5e-6, 1e-6, 123456789.125, 1e20, 1e21, 1.25e300, -3.75e-9, math.SmallestNonzeroFloat64, math.MaxFloat64,
		float32(0.1), 0, -42, int64(math.MaxInt64), int32(-7), true, false, nil, []any{1, "x"}, map[string]any{"b": 1, "a": 2}} {
		if got, want := appendAny(nil, v), encodingJSON(t, v); !bytes.Equal(got, want) {
			t.Errorf("%#v: got %s, want %s", v, got, want)
		}
	}
	if got := string(appendAny(nil, math.NaN())); got != "null" {
		t.Errorf("NaN: got %s, want null", got)
	}
}

// TestOrderWithoutTypeLog checks the fallback for interface values whose
// runtime type was not logged: the possible type whose selection has
// exactly the object's keys.
func TestOrderWithoutTypeLog(t *testing.T) {
	s, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	q := `{ node(key: "x") { key ... on Country { code name } ... on Leader { title name } } }`
	doc, valid := s.docs.get(q)
	if doc == nil || !valid {
		res := s.Execute(context.Background(), Request{Query: q}) // parses and caches; the nil Reader fails execution
		_ = res
		doc, _ = s.docs.get(q)
	}
	if doc == nil {
		t.Fatal("the query was not cached")
	}
	o := newOrdering(&s.gql, doc, "", nil, nil)
	for _, c := range []struct {
		data map[string]any
		want string
	}{
		{map[string]any{"node": map[string]any{"name": "Xi", "title": "President", "key": "person:xi"}}, `{"node":{"key":"person:xi","title":"President","name":"Xi"}}`},
		{map[string]any{"node": map[string]any{"name": "China", "code": "CHN", "key": "country:CHN"}}, `{"node":{"key":"country:CHN","code":"CHN","name":"China"}}`},
		{map[string]any{"node": nil}, `{"node":null}`},
	} {
		if got := string(o.marshalData(nil, c.data)); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}
