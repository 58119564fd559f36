package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// expectation is a group's expect.json: the real-world events, people and
// organizations its articles report (see testdata/resolution/README.md).
type expectation struct {
	Description string `json:"description"`
	Events      []struct {
		Kind      string   `json:"kind"`
		Date      *string  `json:"date"`
		Countries []string `json:"countries"`
		Location  *string  `json:"location"`
		Sources   []string `json:"sources"`
	} `json:"events"`
	Leaders []struct {
		Key      string   `json:"key"`
		Country  string   `json:"country"`
		Variants []string `json:"variants"`
	} `json:"leaders"`
	Organizations []string `json:"organizations"`
}

type group struct {
	name   string
	files  []string
	docs   map[string]extract.Document
	expect expectation
}

func loadGroups(t *testing.T) []group {
	t.Helper()
	return loadGroupsFrom(t, "testdata/resolution")
}

// readDoc reads the one article of the text file at path.
func readDoc(t *testing.T, path string) extract.Document {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var doc extract.Document
	err = extract.Read(path, fh, 0, func(d extract.Document, err error) error {
		if err != nil {
			return err
		}
		doc = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// loadGroupsFrom reads every group folder (with an expect.json) of dir.
func loadGroupsFrom(t *testing.T, dir string) []group {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(dir, "*", "expect.json"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no groups in %s: %v", dir, err)
	}
	var out []group
	for _, e := range dirs {
		dir := filepath.Dir(e)
		g := group{name: filepath.Base(dir), docs: map[string]extract.Document{}}
		b, err := os.ReadFile(e)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g.expect); err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			g.docs[filepath.Base(f)] = readDoc(t, f)
			g.files = append(g.files, filepath.Base(f))
		}
		out = append(out, g)
	}
	return out
}

// orders returns every order of files (at most 24 for four files).
func orders(files []string) [][]string {
	if len(files) <= 1 {
		return [][]string{slices.Clone(files)}
	}
	var out [][]string
	for i := range files {
		rest := append(slices.Clone(files[:i]), files[i+1:]...)
		for _, o := range orders(rest) {
			out = append(out, append([]string{files[i]}, o...))
		}
	}
	return out
}

// TestResolutionCorpus ingests every group of articles in every order and
// checks that each real-world event is one node with all its reports, and
// each person and organization one node; then that removing the articles
// one by one empties the graph and adding them back rebuilds it exactly.
func TestResolutionCorpus(t *testing.T) {
	s := storetest.OpenEmpty(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ex, s)
	ctx := context.Background()
	for _, g := range loadGroups(t) {
		t.Run(g.name, func(t *testing.T) {
			var first []string
			ids := map[string]string{} // file → article id
			for i, order := range orders(g.files) {
				if err := s.DeleteAll(ctx); err != nil {
					t.Fatal(err)
				}
				for _, f := range order {
					x, _, err := p.Ingest(ctx, g.docs[f])
					if err != nil {
						t.Fatalf("ingest %s: %v", f, err)
					}
					ids[f] = x.Article.ID
				}
				c, err := s.Census(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if problems := check(c, g.expect, ids); len(problems) > 0 {
					t.Fatalf("order %v:\n  %s\ngot events:\n  %s\nleaders %v\norganizations %v", order,
						strings.Join(problems, "\n  "), describe(c.Events, ids), c.Leaders, c.Organizations)
				}
				if i == 0 {
					if first, err = s.Dump(ctx); err != nil {
						t.Fatal(err)
					}
				}
			}
			// Remove the articles one by one, then add them back in the first order.
			for _, f := range g.files {
				if _, found, err := s.RemoveArticle(ctx, ids[f]); err != nil || !found {
					t.Fatalf("remove %s: %v %v", f, found, err)
				}
			}
			if n, err := s.Counts(ctx); err != nil || n != (store.Counts{}) {
				t.Fatalf("graph after removing every article: %+v %v; want empty", n, err)
			}
			for _, f := range orders(g.files)[0] {
				if _, _, err := p.Ingest(ctx, g.docs[f]); err != nil {
					t.Fatal(err)
				}
			}
			again, err := s.Dump(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(again, first) {
				t.Errorf("graph rebuilt after removal differs from the first build:\n%s", diff(first, again))
			}
		})
	}
}

// check compares a census with the expectation and lists the differences.
func check(c store.Census, want expectation, ids map[string]string) []string {
	var probs []string
	if len(c.Events) != len(want.Events) {
		probs = append(probs, fmt.Sprintf("%d events, want %d", len(c.Events), len(want.Events)))
	}
	for _, p := range missingEvents(c, want, ids) {
		probs = append(probs, "no "+p)
	}
	if len(c.Leaders) != len(want.Leaders) {
		probs = append(probs, fmt.Sprintf("%d leaders, want %d", len(c.Leaders), len(want.Leaders)))
	}
	if len(c.Organizations) != len(want.Organizations) {
		probs = append(probs, fmt.Sprintf("%d organizations, want %d", len(c.Organizations), len(want.Organizations)))
	}
	return probs
}

// missingEvents lists the expected events that no event of c matches — the
// same kind, the same date where one is expected, exactly the expected
// sources — each event of c matching one expected event at most.
func missingEvents(c store.Census, want expectation, ids map[string]string) []string {
	var out []string
	used := make([]bool, len(c.Events))
	for _, w := range want.Events {
		var sources []string
		for _, f := range w.Sources {
			sources = append(sources, ids[f])
		}
		sort.Strings(sources)
		found := false
		for i, e := range c.Events {
			if used[i] || e.Kind != w.Kind || (w.Date != nil && e.Date != *w.Date) || !slices.Equal(e.Sources, sources) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			date := "undated"
			if w.Date != nil {
				date = *w.Date
			}
			out = append(out, fmt.Sprintf("%s of %s %v reported by exactly %v", w.Kind, date, w.Countries, w.Sources))
		}
	}
	return out
}

func describe(events []store.CensusEvent, ids map[string]string) string {
	files := map[string]string{}
	for f, id := range ids {
		files[id] = f
	}
	var lines []string
	for _, e := range events {
		var src []string
		for _, id := range e.Sources {
			src = append(src, files[id])
		}
		lines = append(lines, fmt.Sprintf("%s %s %s %v at %q from %v", e.Key, e.Kind, e.Date, e.Countries, e.Location, src))
	}
	return strings.Join(lines, "\n  ")
}

func diff(a, b []string) string {
	var out []string
	for _, l := range a {
		if !slices.Contains(b, l) {
			out = append(out, "- "+l)
		}
	}
	for _, l := range b {
		if !slices.Contains(a, l) {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}
