package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/internal/httpapi"
)

// TestOverload fills the gate with requests whose bodies have not
// arrived, and checks that the next request is answered 503 OVERLOADED
// with Retry-After at once, and that the held requests, once their
// bodies arrive, are answered and free their places.
func TestOverload(t *testing.T) {
	cfg := testConfig()
	cfg.MaxConcurrent = 2
	h, _ := newHandler(t, cfg)

	type held struct {
		body *io.PipeWriter
		done chan *httptest.ResponseRecorder
	}
	var holds []held
	for range cfg.MaxConcurrent {
		pr, pw := io.Pipe()
		req := httptest.NewRequest(http.MethodPost, "/graphql", pr)
		req.Header.Set("Content-Type", "application/json")
		hd := held{body: pw, done: make(chan *httptest.ResponseRecorder, 1)}
		go func() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			hd.done <- rec
		}()
		holds = append(holds, hd)
	}
	// The held requests enter the gate in their own time: wait until both
	// hold their places (a probe sent sooner could take one), then probe.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		if strings.Contains(rec.Body.String(), "\nbilateral_api_requests_in_flight "+strconv.Itoa(cfg.MaxConcurrent)+"\n") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the held requests did not take the gate's places:\n%s", rec.Body)
		}
	}
	var status int
	var res gqlResponse
	var retry string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if status = rec.Code; status == http.StatusServiceUnavailable {
			retry = rec.Header().Get("Retry-After")
			if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
				t.Fatalf("503 answer is not JSON: %v: %s", err, rec.Body)
			}
			if bytes.Contains(rec.Body.Bytes(), []byte(`"data"`)) {
				t.Errorf("a refused request has a data entry: %s", rec.Body)
			}
			break
		}
	}
	if status != http.StatusServiceUnavailable || retry != "1" || !slices.Equal(res.codes(), []string{"OVERLOADED"}) || res.Errors[0].Message == "" {
		t.Fatalf("status %d Retry-After %q codes %v, want 503, 1 and OVERLOADED", status, retry, res.codes())
	}
	for _, hd := range holds {
		if _, err := io.WriteString(hd.body, `{"query":"{ __typename }"}`); err != nil {
			t.Fatal(err)
		}
		hd.body.Close()
		select {
		case rec := <-hd.done:
			if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"__typename":"Query"`) {
				t.Errorf("held request: %d %s", rec.Code, rec.Body)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("a held request was not answered")
		}
	}
	if code, res, raw := post(t, h, `{ __typename }`); code != http.StatusOK || len(res.Errors) > 0 {
		t.Errorf("after the held requests: %d %s", code, raw)
	}
}

// TestBodyTimeLimit checks, over a real connection, that a body that
// does not arrive is given up at the request's time limit: the time limit
// covers the whole request, not only its execution.
func TestBodyTimeLimit(t *testing.T) {
	cfg := testConfig()
	cfg.Timeout = 200 * time.Millisecond
	h, logs := newHandler(t, cfg)
	srv := httptest.NewServer(h)
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Only the start of the 100 bytes announced is sent.
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":")
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // only so that a regression cannot hang
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	defer resp.Body.Close()
	var res gqlResponse
	_ = json.NewDecoder(resp.Body).Decode(&res)
	if resp.StatusCode != http.StatusRequestTimeout || !slices.Equal(res.codes(), []string{"TIMEOUT"}) {
		t.Errorf("status %d codes %v, want 408 TIMEOUT", resp.StatusCode, res.codes())
	}
	if st := lastRequest(t, logs)["stage"]; st != string(httpapi.StageHTTP) {
		t.Errorf("stage %v, want %s", st, httpapi.StageHTTP)
	}
}

// TestCancelledRequest checks that a request whose client has gone stops
// before it asks anything of the database.
func TestCancelledRequest(t *testing.T) {
	h, logs := newHandler(t, testConfig())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ events(first: 5) { totalCount nodes { key } } }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var res gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s", err, rec.Body)
	}
	if !slices.Equal(res.codes(), []string{"TIMEOUT"}) || !strings.Contains(res.Errors[0].Message, "cancelled") {
		t.Errorf("codes %v: %s, want TIMEOUT, cancelled", res.codes(), rec.Body)
	}
	logged := lastRequest(t, logs)
	if q, _ := logged["neo4j_queries"].(float64); q != 0 || logged["stage"] == "execute" {
		t.Errorf("the cancelled request went on: %d Neo4j queries, stage %v", int(q), logged["stage"])
	}
}
