package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// feed writes n distinct small articles as JSON Lines and returns the path.
func feed(t *testing.T, n int) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		d := start.AddDate(0, 0, i)
		_ = enc.Encode(map[string]string{"date": d.Format(time.DateOnly), "text": fmt.Sprintf(
			"PARIS – French President Emmanuel Macron met Kenyan President William Ruto in Paris on %s. "+
				"They agreed to expand cooperation in energy and agriculture (report %d).", d.Format("January 2, 2006"), i)})
	}
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// trigger is an output that calls do once when it has seen n lines.
type trigger struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	n     int
	do    func()
	fired bool
}

func (w *trigger) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if !w.fired && bytes.Count(w.buf.Bytes(), []byte("\n")) >= w.n {
		w.fired = true
		w.do()
	}
	return len(p), nil
}

func (w *trigger) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestOutageStopsTheJob cuts the connection to Neo4j once the first
// articles are written: the job must stop after --max-outage batches fail
// in a row (not retry every article for long), say why, print its
// summary, and exit 1.
func TestOutageStopsTheJob(t *testing.T) {
	storetest.OpenEmpty(t)
	u, err := url.Parse(storetest.Config().URI)
	if err != nil {
		t.Fatal(err)
	}
	relay := storetest.StartRelay(t, u.Host)
	env := func(k string) (string, bool) {
		switch k {
		case "NEO4J_URI":
			return "bolt://" + relay.Addr(), true
		case "NEO4J_MAX_RETRY_TIME":
			return "1s", true
		}
		return os.LookupEnv(k)
	}
	const n = 400
	path := feed(t, n)
	stdout := &trigger{n: 20, do: relay.Cut}
	var stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a regression must not hang CI
	defer cancel()
	code := run(ctx, []string{"--workers", "1", "--batch", "10", "--max-outage", "2", "--progress", "none", path}, nil, stdout, &stderr, env)
	out := stdout.String()
	if code != 1 {
		t.Errorf("exit %d, want 1; stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "stopped: neo4j stayed unreachable for 2 batches in a row") {
		t.Errorf("stderr does not say why the job stopped:\n%s", stderr.String())
	}
	summary := out[strings.LastIndex(out, "ingest: "):]
	var read, written, revised, unchanged, failed int
	if _, err := fmt.Sscanf(summary, "ingest: %d articles read: %d new, %d revised, %d unchanged, %d failed", &read, &written, &revised, &unchanged, &failed); err != nil {
		t.Fatalf("no summary at the end of stdout: %q (%v)", summary, err)
	}
	if read != n || written < 20 || failed == 0 || written+failed != n {
		t.Errorf("summary %q: want %d read, the first articles written, the rest failed", summary, n)
	}
}

// TestInterruptPrintsTheSummary stops the job as SIGINT would, once the
// first articles are written: it must print its summary and exit 1.
func TestInterruptPrintsTheSummary(t *testing.T) {
	storetest.OpenEmpty(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const n = 400
	path := feed(t, n)
	stdout := &trigger{n: 10, do: cancel}
	var stderr bytes.Buffer
	code := run(ctx, []string{"--workers", "1", "--batch", "5", "--progress", "none", path}, nil, stdout, &stderr, os.LookupEnv)
	if code != 1 || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("exit %d, stderr %q; want 1 and a word that it was interrupted", code, stderr.String())
	}
	out := stdout.String()
	summary := out[strings.LastIndex(out, "ingest: "):]
	var read, written, revised, unchanged, failed, stopped int
	if _, err := fmt.Sscanf(summary, "ingest: %d articles read: %d new, %d revised, %d unchanged, %d failed, %d not written (interrupted)",
		&read, &written, &revised, &unchanged, &failed, &stopped); err != nil {
		t.Fatalf("no summary at the end of stdout: %q (%v)", summary, err)
	}
	if written < 10 || failed != 0 || read != written+stopped || read >= n {
		t.Errorf("summary %q: want the first articles written, the rest read so far not written, reading stopped", summary)
	}
}
