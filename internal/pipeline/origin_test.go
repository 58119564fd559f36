package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// TestOriginComesFromWhereTheDocumentWasRead checks that only a whole file
// read from disk gives an article its file origin: not stdin, and not a
// JSON Lines line, even when a file of the same display name sits in the
// working directory.
func TestOriginComesFromWhereTheDocumentWasRead(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	text := "date 2025-01-02\n\nThe two presidents met in Astana.\n"
	for _, name := range []string{"stdin", "feed.jsonl:1", "a.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(`{"text":"The two presidents met in Astana."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	handle := func(d extract.Document, err error) error {
		if err != nil {
			return err
		}
		got[d.Input] = pipeline.Origin(d, graph.Article{})
		return nil
	}
	bad := func(err error) { t.Errorf("unexpected input error: %v", err) }
	if err := pipeline.ReadInputs([]string{"-", "feed.jsonl", "a.txt"}, strings.NewReader(text), 0, handle, bad); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"stdin": "", "feed.jsonl:1": "", "a.txt": "file://" + filepath.Join(dir, "a.txt")}
	for in, w := range want {
		if got[in] != w {
			t.Errorf("origin of %s = %q, want %q", in, got[in], w)
		}
	}
	if o := pipeline.Origin(extract.Document{}, graph.Article{URL: "https://example.org/a"}); o != "https://example.org/a" {
		t.Errorf("origin with a URL = %q", o)
	}
}
