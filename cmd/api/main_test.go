package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// The corpus of the end-to-end tests: what `ingest seeds/ extract/testdata/dev/` reads.
var corpus = []string{"../../seeds", "../../extract/testdata/dev"}

var (
	fixtureOnce sync.Once
	fixtureErr  error
	fixture     *store.Store
)

// testStore returns the store holding exactly the corpus. With
// BILATERAL_TEST_WIPE=1 the database is wiped and the corpus ingested once
// per test binary; otherwise the test is skipped (failed when CI=true),
// since the goldens need a database that holds nothing else.
func testStore(t *testing.T) *store.Store { return benchStore(t) }

// benchStore is testStore for tests and benchmarks.
func benchStore(t testing.TB) *store.Store {
	t.Helper()
	storetest.RequireWipe(t)
	s := storetest.Open(t)
	fixtureOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		cfg := storetest.Config()
		fixture, fixtureErr = store.Open(ctx, cfg)
		if fixtureErr != nil {
			return
		}
		if fixtureErr = fixture.DeleteAll(ctx); fixtureErr != nil {
			return
		}
		if fixtureErr = fixture.Migrate(ctx); fixtureErr != nil {
			return
		}
		fixtureErr = ingestCorpus(ctx, fixture, corpus)
	})
	if fixtureErr != nil {
		t.Fatalf("prepare the test graph: %v", fixtureErr)
	}
	return s
}

// ingestCorpus runs the ingest job's pipeline over dirs, skipping inputs
// that are not articles as the job does.
func ingestCorpus(ctx context.Context, s *store.Store, dirs []string) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	p := pipeline.New(ex, s)
	return pipeline.ReadInputs(dirs, nil, 0, func(doc extract.Document, ierr error) error {
		if ierr != nil {
			return nil
		}
		if _, _, err := p.Ingest(ctx, doc); err != nil && !errors.Is(err, pipeline.ErrNotArticle) {
			return err
		}
		return nil
	}, func(err error) {})
}

// testConfig is the configuration of the handler under test.
func testConfig(token string) config.Config {
	cfg, _ := config.Load(func(string) (string, bool) { return "", false })
	cfg.APIToken = token
	cfg.QueryTimeout = 30 * time.Second // generous: a cold Neo4j plans every query once
	cfg.CORSOrigins = []string{"https://dash.example"}
	return cfg
}

// testHandler builds the real handler over s.
func testHandler(t *testing.T, s *store.Store, token string) http.Handler {
	return testHandlerToken(t, s, token)
}

func testHandlerTB(t testing.TB, s *store.Store) http.Handler { return testHandlerToken(t, s, "") }

func testHandlerToken(t testing.TB, s *store.Store, token string) http.Handler {
	t.Helper()
	h, err := newHandler(s, testConfig(token), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// loggedHandler builds the real handler over s with cfg, logging JSON
// lines (debug level and up) to the returned buffer.
func loggedHandler(t testing.TB, s *store.Store, cfg config.Config) (http.Handler, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	h, err := newHandler(s, cfg, slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	return h, logs
}

// logRecords returns the records of logs with message msg, in order.
func logRecords(t testing.TB, logs *syncBuffer, msg string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		if line == "" {
			continue
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %v: %s", err, line)
		}
		if rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

// lastRequest returns the log record of the last request h answered.
func lastRequest(t testing.TB, logs *syncBuffer) map[string]any {
	t.Helper()
	recs := logRecords(t, logs, "request")
	if len(recs) == 0 {
		t.Fatal("no request was logged")
	}
	return recs[len(recs)-1]
}

// gqlResponse is a decoded GraphQL response.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
		Path       []any          `json:"path"`
	} `json:"errors"`
}

func (r gqlResponse) codes() []string {
	var out []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

// post sends a GraphQL request to h and decodes the answer.
func post(t *testing.T, h http.Handler, query string, vars map[string]any, header ...string) (int, gqlResponse, []byte) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return send(t, h, body, header...)
}

// postTB posts a query without variables, for benchmarks.
func postTB(t testing.TB, h http.Handler, query string) (int, gqlResponse, []byte) {
	body, _ := json.Marshal(map[string]any{"query": query})
	return send(t, h, body)
}

func send(t testing.TB, h http.Handler, body []byte, header ...string) (int, gqlResponse, []byte) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var res gqlResponse
	raw := rec.Body.Bytes()
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("response is not JSON: %v: %s", err, clipBytes(raw))
	}
	return rec.Code, res, raw
}

func clipBytes(b []byte) string {
	if len(b) > 500 {
		return string(b[:500]) + "…"
	}
	return string(b)
}

// golden compares got (indented JSON) with testdata/golden/name.json,
// rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	// indented as sent: the fields in the order of the query
	var buf bytes.Buffer
	if err := json.Indent(&buf, bytes.TrimSpace(got), "", "  "); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	buf.WriteByte('\n')
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Errorf("%s: response differs from %s (run go test -update and review the diff)\ngot:\n%s", name, path, clipBytes(buf.Bytes()))
	}
}
