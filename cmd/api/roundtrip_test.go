package main

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/schema"
)

// countingObserver counts Reader calls, each one Cypher round trip.
type countingObserver struct {
	mu    sync.Mutex
	calls map[string]int
	total int
}

func (c *countingObserver) observe(_ context.Context, method string, _ time.Duration, _ error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[method]++
	c.total++
}

const nestedEvents = `query($n: Int) {
  events(first: $n) {
    totalCount
    nodes {
      key kind date summary
      location { name country { code name } }
      participants { key ... on Leader { name country { code } } ... on Country { code } }
      leaders { name roles { title country { code } } }
      countries { code partners(first: 3) { country { code } sharedEvents } }
      topics { key }
      sources { sentence start end article { id date source } }
      sourceCount firstReported lastReported
    }
  }
}`

// TestRoundTripsDoNotGrow runs a nested query over 5 and over 60 events
// and checks that both cost the same, small number of Cypher round trips:
// the per-request loaders batch each level into one query.
func TestRoundTripsDoNotGrow(t *testing.T) {
	s := testStore(t)
	const bound = 16
	var counts []int
	for _, n := range []int{5, 60} {
		obs := &countingObserver{calls: map[string]int{}}
		sch, err := schema.New(schema.Instrument(s, obs.observe), schema.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res := sch.Execute(context.Background(), schema.Request{Query: nestedEvents, Variables: map[string]any{"n": n}})
		if len(res.Errors) > 0 {
			t.Fatalf("errors: %v", res.Errors)
		}
		nodes := res.Data.(map[string]any)["events"].(map[string]any)["nodes"].([]any)
		if n == 60 && len(nodes) < 50 {
			t.Fatalf("got %d events, want at least 50 for the test to mean something", len(nodes))
		}
		t.Logf("first: %d → %d events, %d round trips %v", n, len(nodes), obs.total, obs.calls)
		if obs.total > bound {
			t.Errorf("first: %d: %d round trips, want at most %d", n, obs.total, bound)
		}
		counts = append(counts, obs.total)
	}
	if counts[1] > counts[0] {
		t.Errorf("round trips grew with the number of results: %d for 5 events, %d for 60", counts[0], counts[1])
	}
}
