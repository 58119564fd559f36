package httpapi_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/httpapi"
	"github.com/bilateral-kg/bilateral/schema"
)

// testConfig is the configuration of the handler under test.
func testConfig() httpapi.Config {
	return httpapi.Config{
		MaxBodyBytes:  1 << 20,
		Timeout:       30 * time.Second, // generous: a cold Neo4j plans every query once
		MaxConcurrent: 32,
		CORSOrigins:   []string{"https://dash.example"},
	}
}

// newHandler builds the handler as cmd/api wires it, over the real Neo4j
// of storetest (skipped without one, failed when CI=true), logging JSON
// lines (debug level and up) to the returned buffer.
func newHandler(t testing.TB, cfg httpapi.Config) (http.Handler, *syncBuffer) {
	t.Helper()
	s := storetest.Open(t)
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	m := httpapi.NewMetrics()
	sch, err := schema.New(schema.Instrument(s, m.ObserveQuery), schema.Options{Timeout: cfg.Timeout, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	h, err := httpapi.New(sch, s, m, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	return h, logs
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// lastRequest returns the log record of the last request answered.
func lastRequest(t testing.TB, logs *syncBuffer) map[string]any {
	t.Helper()
	var last map[string]any
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		if line == "" {
			continue
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %v: %s", err, line)
		}
		if rec["msg"] == "request" {
			last = rec
		}
	}
	if last == nil {
		t.Fatal("no request was logged")
	}
	return last
}

// gqlResponse is a decoded GraphQL response.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
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

// post sends a GraphQL query to h and decodes the answer.
func post(t testing.TB, h http.Handler, query string) (int, gqlResponse, []byte) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var res gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		t.Fatalf("response is not JSON: %v: %s", err, rec.Body)
	}
	return rec.Code, res, rec.Body.Bytes()
}

// get sends a GET to h with header pairs.
func get(h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
