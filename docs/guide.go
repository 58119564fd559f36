package docs

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"regexp"
	"sync"
)

// Guides are the names of the Browser guides, each guide/<name>.html:
// "index", the tour of the graph, and "recipes", every recipe of the
// cookbook on a slide of its own.
var Guides = []string{"index", "recipes"}

// guideData is what a guide template is executed with.
type guideData struct {
	Base    string // the guide server's URL without a final slash, e.g. http://127.0.0.1:8080
	Recipes []Recipe
}

var guideTemplates = sync.OnceValues(func() (*template.Template, error) {
	rs, err := Recipes()
	if err != nil {
		return nil, err
	}
	funcs := template.FuncMap{
		// recipe is the recipe of an id; an unknown id fails the guide.
		"recipe": func(id string) (Recipe, error) {
			r, ok := recipeByID(rs, id)
			if !ok {
				return Recipe{}, fmt.Errorf("no recipe %q in cypher.md", id)
			}
			return r, nil
		},
	}
	t, err := template.New("guide").Funcs(funcs).ParseFS(files, "guide/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse the guides: %w", err)
	}
	return t, nil
})

// Guide renders the Browser guide of the given name (one of Guides) for a
// guide server at base (scheme and host, e.g. "http://127.0.0.1:8080"),
// which its links to the other guide and to the style use. The page is
// Neo4j Browser's guide format: a <slide> element per slide, each query
// in a <pre class="runnable"> that a click copies into the editor.
func Guide(name, base string) ([]byte, error) {
	t, err := guideTemplates()
	if err != nil {
		return nil, err
	}
	if t.Lookup(name+".html") == nil {
		return nil, fmt.Errorf("no guide %q", name)
	}
	rs, err := Recipes()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, name+".html", guideData{Base: base, Recipes: rs}); err != nil {
		return nil, fmt.Errorf("render guide %s: %w", name, err)
	}
	return b.Bytes(), nil
}

// runnable matches a guide's query blocks: Browser copies the text of
// every <pre> whose class list has "runnable" into its editor.
var runnable = regexp.MustCompile(`(?s)<pre class="[^"]*\brunnable\b[^"]*">(.*?)</pre>`)

// Runnables returns the text of the runnable blocks of a rendered guide,
// in order, as Browser puts them into its editor (unescaped): Cypher, or
// a Browser command such as ":style URL".
func Runnables(page []byte) []string {
	var out []string
	for _, m := range runnable.FindAllSubmatch(page, -1) {
		out = append(out, html.UnescapeString(string(bytes.TrimSpace(m[1]))))
	}
	return out
}
