package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestCorrectionsFile applies a file of corrections to the sample's graph:
// each good line is applied and reported with its id, a bad line is
// reported with its line number, and an undo takes a correction back.
func TestCorrectionsFile(t *testing.T) {
	s := storetest.OpenEmpty(t)
	ctx := context.Background()
	var out, errOut bytes.Buffer
	if code := run(ctx, []string{"--progress", "none", seeds}, nil, &out, &errOut, os.LookupEnv); code != 0 {
		t.Fatalf("ingest: %s", errOut.String())
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "fixes.jsonl")
	write := func(lines ...string) {
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(
		`{"action": "set", "entity": "person:xi-jinping", "attribute": "title", "value": "Chairman", "reason": "house style", "by": "desk"}`,
		`# a comment`,
		`{"action": "retract", "fact": {"type": "LEADS", "from": "person:xi-jinping", "to": "country:CHN", "key": "president"}, "reason": "test", "by": "desk"}`,
		`{"action": "set", "entity": "person:xi-jinping", "attribute": "shoe size", "value": "9", "reason": "x"}`,
	)
	out.Reset()
	errOut.Reset()
	code := run(ctx, []string{"--corrections", path}, nil, &out, &errOut, os.LookupEnv)
	if code != 1 || !strings.Contains(errOut.String(), "fixes.jsonl:4: invalid correction") {
		t.Errorf("exit %d, stderr %q; want 1 and the bad line named", code, errOut.String())
	}
	if !strings.Contains(out.String(), "2 corrections applied, 1 failed") {
		t.Errorf("stdout %q", out.String())
	}
	title := func() string {
		es, err := s.Entities(ctx, []string{"person:xi-jinping"})
		if err != nil {
			t.Fatal(err)
		}
		return es["person:xi-jinping"].Title
	}
	leadsRetracted := func() bool {
		dump, err := s.Dump(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range dump {
			if strings.Contains(l, "key=person:xi-jinping") && strings.Contains(l, "-[LEADS ") && strings.HasSuffix(l, "country:CHN") {
				return strings.Contains(l, "retracted=true")
			}
		}
		t.Fatal("no LEADS of person:xi-jinping in the graph")
		return false
	}
	if got := title(); got != "Chairman" || !leadsRetracted() {
		t.Fatalf("after the corrections: title %q, LEADS retracted %v", got, leadsRetracted())
	}
	id := regexp.MustCompile(`correction ([0-9a-f]+): title`).FindStringSubmatch(out.String())
	if id == nil {
		t.Fatalf("no correction id in %q", out.String())
	}
	write(`{"action": "undo", "id": "` + id[1] + `", "by": "desk"}`)
	out.Reset()
	if code := run(ctx, []string{"--corrections", path}, nil, &out, &errOut, os.LookupEnv); code != 0 {
		t.Fatalf("undo: exit %d: %s", code, errOut.String())
	}
	if got := title(); got != "President" {
		t.Errorf("title after undo %q, want the reports' President", got)
	}
}
