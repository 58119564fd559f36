package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// relay forwards TCP connections from a loopback port to the real Neo4j,
// byte for byte, until it is closed: then its port refuses connections,
// as a Neo4j that went down does. It speaks no Bolt of its own.
type relay struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func startRelay(t testing.TB, target string) *relay {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r := &relay{ln: ln, target: target}
	go r.serve()
	t.Cleanup(r.close)
	return r
}

func (r *relay) serve() {
	for {
		c, err := r.ln.Accept()
		if err != nil {
			return // closed
		}
		u, err := net.Dial("tcp", r.target)
		if err != nil {
			c.Close()
			continue
		}
		r.mu.Lock()
		r.conns = append(r.conns, c, u)
		r.mu.Unlock()
		go func() { _, _ = io.Copy(u, c); u.Close() }()
		go func() { _, _ = io.Copy(c, u); c.Close() }()
	}
}

// close stops listening and cuts every connection.
func (r *relay) close() {
	r.ln.Close()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.conns {
		c.Close()
	}
	r.conns = nil
}

// outage returns a handler over a store opened as run opens it, through a
// relay to the real Neo4j, and the relay; the production time limit.
func outage(t testing.TB) (http.Handler, *syncBuffer, *relay) {
	t.Helper()
	_ = storetest.Open(t) // skips, or fails on CI, without Neo4j
	cfg := testConfig("")
	cfg.QueryTimeout = 5 * time.Second // the default of API_QUERY_TIMEOUT
	cfg.Neo4j = storetest.Config()
	u, err := url.Parse(cfg.Neo4j.URI)
	if err != nil {
		t.Fatal(err)
	}
	r := startRelay(t, u.Host)
	cfg.Neo4j.URI = "bolt://" + r.ln.Addr().String()
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

	r.close()
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
	r.close()
	for b.Loop() {
		if _, res, _ := postTB(b, h, outageQuery); !slices.Equal(res.codes(), []string{"DATABASE_UNAVAILABLE"}) {
			b.Fatalf("codes %v", res.codes())
		}
	}
}
