package docs_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/docs"
)

var update = flag.Bool("update", false, "rewrite bilateral.grass.json from bilateral.grass")

// TestCookbook checks cypher.md's shape; graph/store's TestRecipes runs
// the queries.
func TestCookbook(t *testing.T) {
	rs, err := docs.Recipes()
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) < 15 {
		t.Errorf("%d recipes, want 15 or more", len(rs))
	}
	for _, r := range rs {
		if r.ID == "" || r.Comment == "" || !strings.HasPrefix(r.Cypher, "// "+r.Comment+"\n") {
			t.Errorf("line %d: recipe %+v: want an id and a first-line comment", r.Line, r)
		}
		if strings.Contains(r.Cypher, ":Entity") {
			t.Errorf("line %d: %s matches the Entity label; use the type labels", r.Line, r.ID)
		}
	}
}

func TestParseRecipes(t *testing.T) {
	const ok = "# Title\n\nprose\n\n## A pair's history\n\n```cypher\n// What it answers\nMATCH (n) RETURN n\n```\n\n```sh\nnot cypher\n```\n\n## Two\n\n```cypher\n// Two\nRETURN 2\n```\n"
	tests := []struct {
		name, md, err string
		ids           []string
	}{
		{name: "two recipes", md: ok, ids: []string{"a-pairs-history", "two"}},
		{name: "no recipes", md: "# Only prose\n"},
		{name: "before a heading", md: "```cypher\n// x\nRETURN 1\n```\n", err: "line 1: a cypher block before any ## heading"},
		{name: "two blocks under one heading", md: "## A\n```cypher\n// a\nRETURN 1\n```\n```cypher\n// b\nRETURN 2\n```\n", err: "line 6: a second cypher block under ## A"},
		{name: "no comment", md: "## A\n```cypher\nRETURN 1\n```\n", err: "first line must be a // comment"},
		{name: "only a comment", md: "## A\n```cypher\n// a\n```\n", err: "holds only its comment"},
		{name: "semicolon", md: "## A\n```cypher\n// a\nRETURN 1;\n```\n", err: "without a final semicolon"},
		{name: "unclosed", md: "## A\n```cypher\n// a\nRETURN 1\n", err: "line 2: the fenced block is not closed"},
		{name: "same id", md: "## A b\n```cypher\n// a\nRETURN 1\n```\n## A-b\n```cypher\n// b\nRETURN 2\n```\n", err: "has the id of the recipe of line 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := docs.ParseRecipes([]byte(tc.md))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range rs {
				ids = append(ids, r.ID)
			}
			if strings.Join(ids, " ") != strings.Join(tc.ids, " ") {
				t.Errorf("ids %q, want %q", ids, tc.ids)
			}
		})
	}
	rs, _ := docs.ParseRecipes([]byte(ok))
	want := docs.Recipe{ID: "a-pairs-history", Title: "A pair's history", Comment: "What it answers", Cypher: "// What it answers\nMATCH (n) RETURN n", Line: 7}
	if rs[0] != want {
		t.Errorf("recipe %+v, want %+v", rs[0], want)
	}
}

func TestGuides(t *testing.T) {
	rs, err := docs.Recipes()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range docs.Guides {
		t.Run(name, func(t *testing.T) {
			page, err := docs.Guide(name, "http://127.0.0.1:8080")
			if err != nil {
				t.Fatal(err)
			}
			blocks := docs.Runnables(page)
			if len(blocks) < 10 {
				t.Errorf("%d runnable blocks, want 10 or more", len(blocks))
			}
			if n := bytes.Count(page, []byte("<slide")); n < 5 {
				t.Errorf("%d slides, want 5 or more", n)
			}
			if name == "recipes" && len(blocks) != len(rs) {
				t.Errorf("%d blocks, want one per recipe (%d)", len(blocks), len(rs))
			}
			for _, b := range blocks {
				if strings.Contains(b, "&lt;") || strings.Contains(b, "&#") {
					t.Errorf("block left escaped: %q", b)
				}
			}
		})
	}
	if _, err := docs.Guide("nope", "http://x"); err == nil {
		t.Error("an unknown guide rendered")
	}
	page, _ := docs.Guide("index", `http://h"><script>`)
	if bytes.Contains(page, []byte(`"><script>`)) {
		t.Error("the base URL is not escaped")
	}
}

func TestAnchor(t *testing.T) {
	for in, want := range map[string]string{
		"A pair's history":                   "a-pairs-history",
		"The sentence behind a trade figure": "the-sentence-behind-a-trade-figure",
		"Who met whom?":                      "who-met-whom",
		"snake_case and dash-es":             "snake_case-and-dash-es",
	} {
		if got := docs.Anchor(in); got != want {
			t.Errorf("Anchor(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStyleJSON keeps bilateral.grass.json, which scripts/neo4j puts into
// Browser's post-connect command, the JSON of bilateral.grass (-update
// rewrites it).
func TestStyleJSON(t *testing.T) {
	got, err := docs.GrassToJSON(docs.Style())
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile("bilateral.grass.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got, docs.StyleJSON()) {
		t.Errorf("bilateral.grass.json is not the JSON of bilateral.grass: run go test ./docs -run TestStyleJSON -update")
	}
	var rules map[string]map[string]string
	if err := json.Unmarshal(got, &rules); err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Country", "Leader", "Organization", "Location", "Project", "Sector", "Event", "Article", "Sentence"} {
		r := rules["node."+label]
		if r["color"] == "" || r["caption"] == "" {
			t.Errorf("node.%s: %v, want a colour and a caption", label, r)
		}
	}
	if rules["node.Country"]["caption"] != "{code}" || rules["node.Event"]["caption"] != "{kind} {date}" {
		t.Errorf("captions of Country and Event: %v %v", rules["node.Country"], rules["node.Event"])
	}
	if bytes.ContainsAny(bytes.TrimSuffix(got, []byte("\n")), ";\n") {
		t.Error("the JSON holds a semicolon or a newline, which Browser's post-connect command cannot take")
	}
}

func TestGrassToJSON(t *testing.T) {
	tests := []struct{ name, in, want, err string }{
		{name: "rules in order", in: "node {\n  color: #fff;\n}\nnode.A { caption: '{name}'; diameter: 5px }\n", want: `{"node":{"color":"#fff"},"node.A":{"caption":"{name}","diameter":"5px"}}`},
		{name: "empty", in: "  \n", want: `{}`},
		{name: "text after", in: "node {}\nstray", err: "text after the last rule"},
		{name: "unclosed", in: "node { color: red;", err: "not closed"},
		{name: "two colons", in: "node { caption: 'a: b'; }", err: "is not one name: value"},
		{name: "twice", in: "node {} node {}", err: "given twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := docs.GrassToJSON([]byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || string(got) != tc.want {
				t.Errorf("got %s, %v; want %s", got, err, tc.want)
			}
		})
	}
}
