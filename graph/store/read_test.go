package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// slowCypher runs for minutes unless stopped.
const slowCypher = `UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n`

// TestReadEndsAtDeadline checks that a read whose context has a deadline
// ends with ErrTimeout soon after it, and that the store serves the next
// query.
func TestReadEndsAtDeadline(t *testing.T) {
	s := storetest.Open(t)
	for _, d := range []time.Duration{time.Millisecond, 300 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), d)
		start := time.Now()
		_, err := s.Read(ctx, slowCypher, nil)
		took := time.Since(start)
		cancel()
		if !errors.Is(err, store.ErrTimeout) {
			t.Errorf("deadline %v: err = %v, want ErrTimeout", d, err)
		}
		// A bound on correctness, not speed: without the timeout the
		// query runs for minutes.
		if took > d+10*time.Second {
			t.Errorf("deadline %v: the read took %v", d, took)
		}
	}
	if err := s.Ping(context.Background()); err != nil {
		t.Fatalf("after timeouts: %v", err)
	}
}

// TestCancelledReadEnds checks that a read whose context is cancelled
// before its deadline fails, and by the deadline at the latest, and that
// the store serves the next query.
func TestCancelledReadEnds(t *testing.T) {
	s := storetest.Open(t)
	const deadline = 2 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	_, err := s.Read(ctx, slowCypher, nil)
	if err == nil {
		t.Fatal("a cancelled read succeeded")
	}
	if took := time.Since(start); took > deadline+10*time.Second {
		t.Errorf("the cancelled read took %v", took)
	}
	if err := s.Ping(context.Background()); err != nil {
		t.Fatalf("after a cancelled read: %v", err)
	}
}
