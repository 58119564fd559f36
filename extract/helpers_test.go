package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite golden files")

// extractor returns the Extractor shared by the tests (loaded once).
var extractor = sync.OnceValues(extract.New)

func mustExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extractor()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x
}

// schema returns the compiled copy of the contract's JSON Schema.
var schema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open(filepath.Join("testdata", "extraction.schema.json"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("extraction.schema.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("extraction.schema.json")
})

// checkOutput validates x against the schema and graph's invariants, and
// checks that every span and evidence lies inside the text and matches it.
func checkOutput(t testing.TB, name string, x graph.Extraction) {
	t.Helper()
	sch, err := schema()
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatalf("%s: marshal: %v", name, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: unmarshal: %v", name, err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("%s: output does not match the schema: %v", name, err)
	}
	if err := x.Validate(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	runes := []rune(x.Article.Text)
	if len(runes) != x.Article.Chars {
		t.Fatalf("%s: chars %d, text has %d runes", name, x.Article.Chars, len(runes))
	}
	for _, r := range x.Relations {
		ev := r.Evidence
		if ev.Start < 0 || ev.End > len(runes) || ev.Start > ev.End || string(runes[ev.Start:ev.End]) != ev.Sentence {
			t.Fatalf("%s: %s evidence [%d,%d) does not match %q", name, r.Type, ev.Start, ev.End, ev.Sentence)
		}
	}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Fatalf("%s: %s mention [%d,%d) outside the text", name, e.Key, m.Start, m.End)
			}
		}
	}
}

// checkLeaderCountry extracts text and checks that it holds the entity
// key with the country code country ("" for none).
func checkLeaderCountry(t *testing.T, x *extract.Extractor, text, key, country string) {
	t.Helper()
	out, err := x.Extract(extract.Document{Input: t.Name(), Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range out.Entities {
		if e.Key == key {
			if e.Country != country {
				t.Errorf("%s: country %q, want %q", key, e.Country, country)
			}
			return
		}
	}
	t.Errorf("no %s", key)
}

// extractChecked extracts text under the input name and checks the
// output's invariants (checkOutput).
func extractChecked(t *testing.T, x *extract.Extractor, name, text string) graph.Extraction {
	t.Helper()
	out, err := x.Extract(extract.Document{Input: name, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, name, out)
	return out
}
