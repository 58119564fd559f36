package kit_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/bilateral-kg/bilateral/docs"
	"github.com/bilateral-kg/bilateral/internal/kit"
)

var update = flag.Bool("update", false, "rewrite docs/bilateral.grass.json from docs/bilateral.grass")

// docsDir is the docs folder on disk, which scripts/neo4j and the tests
// of graph/store read.
const docsDir = "../../docs"

// load reads the kit as the API does, from the embedded files.
func load(t *testing.T) *kit.Kit {
	t.Helper()
	k, err := kit.Load(docs.Files)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestCookbook checks cypher.md's shape; graph/store's TestRecipes runs
// the queries.
func TestCookbook(t *testing.T) {
	rs := load(t).Recipes()
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
			rs, err := kit.ParseRecipes([]byte(tc.md))
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
	rs, _ := kit.ParseRecipes([]byte(ok))
	want := kit.Recipe{ID: "a-pairs-history", Title: "A pair's history", Comment: "What it answers", Cypher: "// What it answers\nMATCH (n) RETURN n", Line: 7}
	if rs[0] != want {
		t.Errorf("recipe %+v, want %+v", rs[0], want)
	}
}

func TestGuides(t *testing.T) {
	k := load(t)
	rs := k.Recipes()
	for _, name := range kit.Guides {
		t.Run(name, func(t *testing.T) {
			page, err := k.Guide(name, "http://127.0.0.1:8080")
			if err != nil {
				t.Fatal(err)
			}
			blocks := kit.Runnables(page)
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
	if _, err := k.Guide("nope", "http://x"); err == nil {
		t.Error("an unknown guide rendered")
	}
	page, _ := k.Guide("index", `http://h"><script>`)
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
		if got := kit.Anchor(in); got != want {
			t.Errorf("Anchor(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStyleJSON keeps docs/bilateral.grass.json, which scripts/neo4j puts
// into Browser's post-connect command, the JSON of docs/bilateral.grass
// (-update rewrites it).
func TestStyleJSON(t *testing.T) {
	grass, err := os.ReadFile(filepath.Join(docsDir, "bilateral.grass"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(grass, load(t).Style()) {
		t.Error("the embedded style is not docs/bilateral.grass")
	}
	got, err := kit.GrassToJSON(grass)
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join(docsDir, "bilateral.grass.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not the JSON of bilateral.grass: run go test ./internal/kit -run TestStyleJSON -update", path)
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
			got, err := kit.GrassToJSON([]byte(tc.in))
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

// TestLoadFails checks that a kit whose guide names a recipe the cookbook
// lacks, or whose cookbook breaks its rules, does not load.
func TestLoadFails(t *testing.T) {
	good := fstest.MapFS{
		"cypher.md":          {Data: []byte("## One\n```cypher\n// one\nRETURN 1\n```\n")},
		"bilateral.grass":    {Data: []byte("node { color: #fff; }\n")},
		"guide/index.html":   {Data: []byte(`<slide><pre class="runnable">{{(recipe "one").Cypher}}</pre></slide>`)},
		"guide/recipes.html": {Data: []byte(`{{range .Recipes}}<slide>{{.Title}}</slide>{{end}}`)},
	}
	if _, err := kit.Load(good); err != nil {
		t.Fatalf("a good kit: %v", err)
	}
	for name, change := range map[string]fstest.MapFile{
		"guide/index.html": {Data: []byte(`{{(recipe "two").Cypher}}`)},
		"cypher.md":        {Data: []byte("## One\n```cypher\nRETURN 1\n```\n")},
	} {
		bad := fstest.MapFS{}
		for k, v := range good {
			bad[k] = v
		}
		bad[name] = &change
		if _, err := kit.Load(bad); err == nil {
			t.Errorf("a kit with a bad %s loaded", name)
		}
	}
}
