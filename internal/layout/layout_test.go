package layout_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// pkg is what the rule needs of `go list -json`.
type pkg struct {
	ImportPath   string
	Imports      []string
	TestImports  []string
	XTestImports []string
}

// driver is the import path prefix of the Neo4j driver.
const driver = "github.com/neo4j/neo4j-go-driver"

// rule is what the packages under one path of the module may import.
type rule struct {
	under string // module-relative path; the rule covers it and its subpackages
	// module lists the rules (by their under) whose packages it may import
	// besides its own; nil allows any but cmd.
	module []string
	// testModule adds what its tests may import too (fixtures).
	testModule []string
	stdlibOnly bool // no import outside the standard library and the module
	driver     bool // may import the Neo4j driver
}

// rules: the most specific prefix wins. Packages under no rule (a new
// top-level directory) may import anything of the module but cmd, and
// not the driver.
var rules = []rule{
	{under: "graph", module: []string{}, stdlibOnly: true},
	{under: "graph/store", module: []string{"graph"}, testModule: []string{"extract", "internal"}, driver: true},
	{under: "extract", module: []string{"graph"}},
	{under: "schema", module: []string{"graph"}},
	{under: "internal", module: nil},
	{under: "cmd", module: nil},
}

// under reports whether rel is path or below it.
func under(rel, path string) bool { return rel == path || strings.HasPrefix(rel, path+"/") }

// ruleFor returns the most specific rule covering rel.
func ruleFor(rel string) (rule, bool) {
	best, ok := rule{}, false
	for _, r := range rules {
		if under(rel, r.under) && (!ok || len(r.under) > len(best.under)) {
			best, ok = r, true
		}
	}
	return best, ok
}

// standard reports whether path is a standard-library package: its first
// element has no dot.
func standard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// violations returns "importer → imported: why" for every import of p
// (package code when tests is false, test files otherwise) against the
// rule. module is the module path.
func violations(module string, p pkg, tests bool) []string {
	rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
	if p.ImportPath == module {
		rel = ""
	}
	r, ruled := ruleFor(rel)
	imports := p.Imports
	if tests {
		imports = append(slices.Clone(p.TestImports), p.XTestImports...)
	}
	var out []string
	bad := func(imp, why string) { out = append(out, rel+" → "+imp+": "+why) }
	for _, imp := range imports {
		switch {
		case imp == module || strings.HasPrefix(imp, module+"/"):
			target := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			tr, _ := ruleFor(target)
			allowed := r.module
			if tests {
				allowed = append(slices.Clone(r.module), r.testModule...)
			}
			switch {
			case under(target, "cmd"):
				bad(imp, "nothing imports a command")
			case !ruled || r.module == nil || tr.under == r.under || slices.Contains(allowed, tr.under):
			default:
				bad(imp, rel+" may import only "+strings.Join(append([]string{r.under}, allowed...), ", ")+" of the module")
			}
		case strings.HasPrefix(imp, driver):
			if !r.driver {
				bad(imp, "only graph/store imports the Neo4j driver")
			}
		case r.stdlibOnly && !standard(imp):
			bad(imp, rel+" imports only the standard library")
		}
	}
	return out
}

// list runs go list over the whole module.
func list(t *testing.T) (module string, pkgs []pkg) {
	t.Helper()
	out, err := exec.Command("go", "list", "-m").Output()
	if err != nil {
		t.Fatalf("go list -m: %v", err)
	}
	module = strings.TrimSpace(string(out))
	root, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		t.Fatalf("go list -m: %v", err)
	}
	cmd := exec.Command("go", "list", "-e", "-json=ImportPath,Imports,TestImports,XTestImports", "./...")
	cmd.Dir = strings.TrimSpace(string(root))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("go list ./...: %v: %s", err, stderr.Bytes())
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	return module, pkgs
}

// TestDependencyRule checks every package of the module against the rule
// of the README: cmd → {schema, extract, graph/store, internal/...} →
// graph, graph on the standard library alone, the driver in graph/store
// only.
func TestDependencyRule(t *testing.T) {
	module, pkgs := list(t)
	if len(pkgs) < 5 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	for _, p := range pkgs {
		for _, v := range violations(module, p, false) {
			t.Error(v)
		}
		for _, v := range violations(module, p, true) {
			t.Error("tests: " + v)
		}
	}
}

// TestDependencyRuleCatches checks that the rule flags each kind of
// import it forbids, and passes the ones the house relies on.
func TestDependencyRuleCatches(t *testing.T) {
	const m = "example.org/bilateral"
	cases := []struct {
		name  string
		p     pkg
		tests bool
		bad   bool
	}{
		{"graph on the standard library", pkg{ImportPath: m + "/graph", Imports: []string{"fmt", "strings"}}, false, false},
		{"graph importing the API", pkg{ImportPath: m + "/graph", Imports: []string{m + "/schema"}}, false, true},
		{"graph importing the store", pkg{ImportPath: m + "/graph", Imports: []string{m + "/graph/store"}}, false, true},
		{"graph importing a third-party module", pkg{ImportPath: m + "/graph", Imports: []string{"golang.org/x/text/unicode/norm"}}, false, true},
		{"the store on graph and the driver", pkg{ImportPath: m + "/graph/store", Imports: []string{m + "/graph", driver + "/v5/neo4j"}}, false, false},
		{"the store importing the API's package", pkg{ImportPath: m + "/graph/store", Imports: []string{m + "/schema/model"}}, false, true},
		{"the store's test helpers on the store", pkg{ImportPath: m + "/graph/store/storetest", Imports: []string{m + "/graph/store"}}, false, false},
		{"schema on graph", pkg{ImportPath: m + "/schema", Imports: []string{m + "/graph", "github.com/graphql-go/graphql"}}, false, false},
		{"schema importing the store", pkg{ImportPath: m + "/schema", Imports: []string{m + "/graph/store"}}, false, true},
		{"schema importing the driver", pkg{ImportPath: m + "/schema", Imports: []string{driver + "/v5/neo4j/dbtype"}}, false, true},
		{"extract importing the store", pkg{ImportPath: m + "/extract", Imports: []string{m + "/graph/store"}}, false, true},
		{"extract's tests importing the driver", pkg{ImportPath: m + "/extract", XTestImports: []string{driver + "/v5/neo4j"}}, true, true},
		{"a command importing the driver", pkg{ImportPath: m + "/cmd/api", Imports: []string{driver + "/v5/neo4j"}}, false, true},
		{"a command wiring everything", pkg{ImportPath: m + "/cmd/api", Imports: []string{m + "/schema", m + "/graph/store", m + "/extract", m + "/internal/config"}}, false, false},
		{"an internal package importing a command", pkg{ImportPath: m + "/internal/httpapi", Imports: []string{m + "/cmd/api"}}, false, true},
		{"the store's tests ingesting through the pipeline", pkg{ImportPath: m + "/graph/store", XTestImports: []string{m + "/internal/pipeline", m + "/extract"}}, true, false},
		{"the store ingesting through the pipeline", pkg{ImportPath: m + "/graph/store", Imports: []string{m + "/internal/pipeline"}}, false, true},
		{"schema's tests importing the store", pkg{ImportPath: m + "/schema", XTestImports: []string{m + "/graph/store"}}, true, true},
		{"a new top-level package importing the driver", pkg{ImportPath: m + "/bench", Imports: []string{driver + "/v5/neo4j"}}, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := violations(m, c.p, c.tests)
			if got := len(v) > 0; got != c.bad {
				t.Errorf("violations %q, want any: %v", v, c.bad)
			}
		})
	}
}
