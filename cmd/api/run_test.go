package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

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

// TestRunServesAndStops starts the real server on a free port, asks it a
// query, and checks that cancelling its context stops it cleanly.
func TestRunServesAndStops(t *testing.T) {
	_ = storetest.Open(t) // skips (or fails on CI) without Neo4j
	cfg := storetest.Config()
	env := map[string]string{
		"API_ADDR": "127.0.0.1:0", "NEO4J_URI": cfg.URI, "NEO4J_USER": cfg.User,
		"NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database, "LOG_LEVEL": "warn",
	}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, &stdout, &stderr, lookup) }()
	addr := regexp.MustCompile(`http://(\S+)/graphql`)
	var base string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stdout.String()); m != nil {
			base = "http://" + m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("run returned %d: %s", code, stderr.String())
		default:
		}
	}
	if base == "" {
		t.Fatalf("server did not start: %s", stderr.String())
	}
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewBufferString(`{"query":"{ __typename }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(bytes.TrimSpace(body)) != `{"data":{"__typename":"Query"}}` {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("run returned %d: %s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("server did not stop")
	}
}
