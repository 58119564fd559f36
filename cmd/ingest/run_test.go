package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

const seeds = "../../seeds"

func noEnv(string) (string, bool) { return "", false }

// writeFiles creates the named files in a new temporary directory.
func writeFiles(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestDryRunReportsBadInputAndGoesOn(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join(seeds, "2025-08-30-tokayev-xi-tianjin.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := writeFiles(t, map[string][]byte{
		"good.txt":   sample,
		"empty.txt":  nil,
		"binary.txt": {0x7f, 'E', 'L', 'F', 0, 0, 1, 2},
		"latin1.txt": []byte("caf\xe9 \xff\xfe"),
		"huge.txt":   bytes.Repeat([]byte("word "), 300_000),
		"notes.bin":  []byte("skipped: not an article ending"),
		"README.md":  []byte("# About this folder\n\nKazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Beijing on 1 May 2025."),
	})
	for _, tc := range []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantLines  int      // JSON lines on stdout
		wantStderr []string // each must appear
	}{
		{"sample", []string{"--dry-run", seeds}, "", 0, 1, nil},
		{"bad files beside a good one", []string{"--dry-run", dir}, "", 0, 1,
			[]string{"empty.txt: ", "binary.txt: ", "latin1.txt: ", "huge.txt: ", "4 failed"}},
		{"only bad files", []string{"--dry-run", filepath.Join(dir, "empty.txt"), filepath.Join(dir, "binary.txt")}, "", 1, 0,
			[]string{"empty.txt: ", "binary.txt: "}},
		{"missing file", []string{"--dry-run", filepath.Join(dir, "nope.txt")}, "", 1, 0, []string{"nope.txt: no such file or directory"}},
		{"stdin", []string{"--dry-run", "-"}, string(sample), 0, 1, nil},
		{"size limit flag", []string{"--dry-run", "--max-bytes", "100", seeds}, "", 1, 0, []string{"limit of 100 bytes"}},
		{"no paths", []string{"--dry-run"}, "", 2, 0, []string{"no input"}},
		{"bad format", []string{"--dry-run", "--format", "xml", seeds}, "", 2, 0, []string{`"xml"`}},
		{"format without dry run", []string{"--format", "summary", seeds}, "", 2, 0, []string{"--dry-run only"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tc.args, strings.NewReader(tc.stdin), &stdout, &stderr, noEnv)
			if code != tc.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tc.wantCode, stderr.String())
			}
			var lines int
			for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
				if l == "" {
					continue
				}
				var v map[string]any
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Fatalf("stdout line is not JSON: %v: %.80s", err, l)
				}
				lines++
			}
			if lines != tc.wantLines {
				t.Errorf("got %d JSON lines, want %d", lines, tc.wantLines)
			}
			for _, want := range tc.wantStderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
				}
			}
		})
	}
}

func TestDryRunSummary(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"--dry-run", "--format", "summary", seeds}, nil, &stdout, &stderr, noEnv); code != 0 {
		t.Fatalf("exit code %d: %s", code, stderr.String())
	}
	for _, want := range []string{"date 2025-08-30", "Country ", "event ", "TRADE_VOLUME"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout.String())
		}
	}
}

// TestIngestSeedsTwice runs the job on seeds/ against the real Neo4j: the
// second run must leave the graph exactly as the first left it, and the
// talks of the sample must be linked to both presidents, Tianjin and the
// article.
func TestIngestSeedsTwice(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	ingest := func() string {
		var stdout, stderr bytes.Buffer
		if code := run(ctx, []string{seeds}, nil, &stdout, &stderr, os.LookupEnv); code != 0 {
			t.Fatalf("ingest exit code %d: %s", code, stderr.String())
		}
		return stdout.String()
	}
	ingest()
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := ingest()
	after, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("counts after the second run %+v, want %+v", after, before)
	}
	if !strings.Contains(out, "0 new, 0 revised, 1 unchanged, 0 failed; 0 nodes and 0 relationships created, 0 events joined to known ones") {
		t.Errorf("second run output:\n%s", out)
	}

	var id string
	for _, f := range strings.Fields(out) {
		f = strings.TrimSuffix(f, ":")
		if len(f) == 16 && strings.Trim(f, "0123456789abcdef") == "" {
			id = f
		}
	}
	g, ok, err := s.ArticleGraph(ctx, id)
	if err != nil || !ok {
		t.Fatalf("article %q not found: %v", id, err)
	}
	for _, code := range []string{"KAZ", "CHN"} {
		if !slices.Contains(g.Countries, code) {
			t.Errorf("countries %v lack %s", g.Countries, code)
		}
	}
	var talks bool
	for _, e := range g.Events {
		if e.Kind == "meeting" && e.Date == "2025-08-30" && e.Location == "place:tianjin" &&
			slices.Equal(e.Leaders, []string{"person:kassym-jomart-tokayev", "person:xi-jinping"}) {
			talks = true
		}
	}
	if !talks {
		t.Errorf("no meeting of 2025-08-30 in Tianjin with both presidents among %+v", g.Events)
	}
}

func TestRemoveThenIngestAgain(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	var stdout, stderr bytes.Buffer
	if code := run(ctx, []string{"--dry-run", seeds}, nil, &stdout, &stderr, noEnv); code != 0 {
		t.Fatalf("dry run: %s", stderr.String())
	}
	var x struct {
		Article struct{ ID string } `json:"article"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	exec := func(args ...string) (int, string) {
		var out, errOut bytes.Buffer
		code := run(ctx, args, nil, &out, &errOut, os.LookupEnv)
		return code, out.String() + errOut.String()
	}
	if code, out := exec(seeds); code != 0 {
		t.Fatalf("ingest: %s", out)
	}
	full, _ := s.Counts(ctx)
	if code, out := exec("--remove", x.Article.ID); code != 0 || !strings.Contains(out, "removed article "+x.Article.ID) {
		t.Fatalf("remove: exit %d: %s", code, out)
	}
	if g, found, err := s.ArticleGraph(ctx, x.Article.ID); err != nil || found {
		t.Fatalf("article still there after removal: %+v %v", g, err)
	}
	if code, out := exec("--remove", x.Article.ID); code != 1 || !strings.Contains(out, "no article with that id") {
		t.Errorf("removing it again: exit %d: %s", code, out)
	}
	if code, out := exec(seeds); code != 0 {
		t.Fatalf("ingest again: %s", out)
	}
	if again, _ := s.Counts(ctx); again != full {
		t.Errorf("counts after remove and re-ingest %+v, want %+v", again, full)
	}
}

func TestNeo4jProblemsStopTheJob(t *testing.T) {
	storetest.Open(t) // the wrong-password case needs a server that answers
	for _, tc := range []struct {
		name, key, value, want string
	}{
		{"unreachable", "NEO4J_URI", "bolt://127.0.0.1:1", "database unavailable at bolt://127.0.0.1:1"},
		{"wrong password", "NEO4J_PASSWORD", "wrong-password", "rejected the credentials"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := func(k string) (string, bool) {
				if k == tc.key {
					return tc.value, true
				}
				return os.LookupEnv(k)
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{seeds}, nil, &stdout, &stderr, env)
			if code != 1 || !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr.String(), tc.want)
			}
		})
	}
}
