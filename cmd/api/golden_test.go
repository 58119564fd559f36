package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGolden runs every query of testdata/queries (one file per query;
// a first line "# variables: {...}" gives its variables) and compares the
// whole response with testdata/golden/<name>.json.
func TestGolden(t *testing.T) {
	s := testStore(t)
	h := testHandler(t, s, "")
	files, err := filepath.Glob(filepath.Join("testdata", "queries", "*.graphql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".graphql")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			q := string(b)
			var vars map[string]any
			if first, _, ok := strings.Cut(q, "\n"); ok && strings.HasPrefix(first, "# variables:") {
				if err := json.Unmarshal([]byte(strings.TrimPrefix(first, "# variables:")), &vars); err != nil {
					t.Fatalf("variables: %v", err)
				}
			}
			start := time.Now()
			code, _, raw := post(t, h, q, vars)
			t.Logf("%v", time.Since(start))
			if code != 200 {
				t.Errorf("status %d", code)
			}
			golden(t, name, raw)
		})
	}
}
