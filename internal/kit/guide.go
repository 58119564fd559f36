package kit

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"regexp"
	"slices"
)

// Guides are the names of the Browser guides, each guide/<name>.html:
// "index", the tour of the graph, and "recipes", every recipe of the
// cookbook on a slide of its own.
var Guides = []string{"index", "recipes"}

// Kit is the researcher's kit read from a docs folder. It is immutable
// and safe for concurrent use.
type Kit struct {
	cookbook, style []byte
	recipes         []Recipe
	guides          *template.Template
}

// Load reads the kit from files (docs.Files, or os.DirFS of the docs
// folder): cypher.md, bilateral.grass and guide/*.html. It fails when
// the cookbook breaks the rules of ParseRecipes, or when a guide does not
// render (a template error, a recipe it names that the cookbook lacks).
func Load(files fs.FS) (*Kit, error) {
	k := &Kit{}
	var err error
	if k.cookbook, err = fs.ReadFile(files, "cypher.md"); err != nil {
		return nil, fmt.Errorf("load the kit: %w", err)
	}
	if k.recipes, err = ParseRecipes(k.cookbook); err != nil {
		return nil, fmt.Errorf("load the kit: cypher.md: %w", err)
	}
	if k.style, err = fs.ReadFile(files, "bilateral.grass"); err != nil {
		return nil, fmt.Errorf("load the kit: %w", err)
	}
	funcs := template.FuncMap{
		// recipe is the recipe of an id; an unknown id fails the guide.
		"recipe": func(id string) (Recipe, error) {
			i := slices.IndexFunc(k.recipes, func(r Recipe) bool { return r.ID == id })
			if i < 0 {
				return Recipe{}, fmt.Errorf("no recipe %q in cypher.md", id)
			}
			return k.recipes[i], nil
		},
	}
	if k.guides, err = template.New("guide").Funcs(funcs).ParseFS(files, "guide/*.html"); err != nil {
		return nil, fmt.Errorf("load the kit: %w", err)
	}
	for _, name := range Guides {
		if _, err := k.Guide(name, "http://localhost"); err != nil {
			return nil, fmt.Errorf("load the kit: %w", err)
		}
	}
	return k, nil
}

// Recipes returns the recipes of the cookbook in their order.
func (k *Kit) Recipes() []Recipe { return slices.Clone(k.recipes) }

// Cookbook returns the text of cypher.md.
func (k *Kit) Cookbook() []byte { return k.cookbook }

// Style returns the graph style bilateral.grass (Browser's GraSS: a rule
// per label with its colours, size and caption).
func (k *Kit) Style() []byte { return k.style }

// guideData is what a guide template is executed with.
type guideData struct {
	Base    string // the guide server's URL without a final slash, e.g. http://127.0.0.1:8080
	Recipes []Recipe
}

// Guide renders the Browser guide of the given name (one of Guides) for a
// guide server at base (scheme and host, e.g. "http://127.0.0.1:8080"),
// which its links to the other guide and to the style use. The page is
// Neo4j Browser's guide format: a <slide> element per slide, each query
// in a <pre class="runnable"> whose text a click puts into the editor.
func (k *Kit) Guide(name, base string) ([]byte, error) {
	if !slices.Contains(Guides, name) {
		return nil, fmt.Errorf("no guide %q", name)
	}
	var b bytes.Buffer
	if err := k.guides.ExecuteTemplate(&b, name+".html", guideData{Base: base, Recipes: k.recipes}); err != nil {
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
