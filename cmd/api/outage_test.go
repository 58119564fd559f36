package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// outage returns a handler over a store opened as run opens it, through a
// relay to the real Neo4j, and the relay; the production time limit.
func outage(t testing.TB) (http.Handler, *syncBuffer, *storetest.Relay) {
	t.Helper()
	_ = storetest.Open(t) // skips, or fails on CI, without Neo4j
	cfg := testConfig("")
	cfg.QueryTimeout = 5 * time.Second // the default of API_QUERY_TIMEOUT
	cfg.Neo4j = storetest.Config()
	u, err := url.Parse(cfg.Neo4j.URI)
	if err != nil {
		t.Fatal(err)
	}
	r := storetest.StartRelay(t, u.Host)
	cfg.Neo4j.URI = "bolt://" + r.Addr()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := openStore(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	h, logs := loggedHandler(t, s, cfg)
	return h, logs, r
}

// outageQuery needs the database (no cache answers it).
const outageQuery = `{ events(first: 1) { totalCount } }`

// TestDatabaseUnavailable checks that when Neo4j stops answering (its
// port refuses connections), a query is answered DATABASE_UNAVAILABLE
// within the request's time limit of 5 s (else it would be TIMEOUT), the
// cause is logged at error level, and /readyz says so.
func TestDatabaseUnavailable(t *testing.T) {
	h, logs, r := outage(t)
	if _, res, raw := post(t, h, outageQuery, nil); len(res.Errors) > 0 {
		t.Fatalf("through the relay, before the outage: %s", raw)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("readyz before the outage: %d %s", rec.Code, rec.Body)
	}

	r.Cut()
	_, res, raw := post(t, h, outageQuery, nil)
	if !slices.Equal(res.codes(), []string{"DATABASE_UNAVAILABLE"}) {
		t.Errorf("codes %v, want DATABASE_UNAVAILABLE: %s", res.codes(), raw)
	}
	assertClean(t, raw)
	errs := logRecords(t, logs, "database unavailable")
	if len(errs) != 1 || errs[0]["level"] != "ERROR" || !strings.Contains(errs[0]["err"].(string), "connection refused") {
		t.Errorf("want one ERROR record with the cause, got %v", errs)
	}

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "DATABASE_UNAVAILABLE") {
		t.Errorf("readyz during the outage: %d %s", rec.Code, rec.Body)
	}
	if errs := logRecords(t, logs, "readyz: database unavailable"); len(errs) != 1 || errs[0]["level"] != "ERROR" || errs[0]["err"] == "" {
		t.Errorf("readyz: want one ERROR record with the cause, got %v", errs)
	}
}

// BenchmarkUnavailable measures how long a query takes to be answered
// DATABASE_UNAVAILABLE once Neo4j refuses connections.
func BenchmarkUnavailable(b *testing.B) {
	h, _, r := outage(b)
	r.Cut()
	for b.Loop() {
		if _, res, _ := postTB(b, h, outageQuery); !slices.Equal(res.codes(), []string{"DATABASE_UNAVAILABLE"}) {
			b.Fatalf("codes %v", res.codes())
		}
	}
}
