package main

import (
	"context"
	"sync"
	"time"
)

// sample is one request's outcome.
type sample struct {
	kind int // index of the query
	d    time.Duration
	err  bool
}

// callFunc sends query k and reports whether it failed.
type callFunc func(k int) error

// side is one server under test.
type side struct {
	label    string
	call     callFunc
	samples  []sample
	p50s     []time.Duration // the median of each turn, in order
	sent     time.Duration   // time driven, warm-up excluded
	dropped  int             // requests not sent: too many in flight
	mu       sync.Mutex
	firstErr error // the first failed request's error, under mu
}

// driveOpen sends the queries round-robin open-loop at rate requests per
// second for d (a slow server does not slow the sender), with at most
// inFlight requests outstanding; the rest are counted as dropped.
func driveOpen(ctx context.Context, rate, inFlight, nq int, d time.Duration, call callFunc) ([]sample, int) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	sem := make(chan struct{}, inFlight)
	var (
		mu      sync.Mutex
		out     []sample
		wg      sync.WaitGroup
		dropped int
	)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			wg.Wait()
			return out, dropped
		case <-tick.C:
		}
		select {
		case sem <- struct{}{}:
		default:
			dropped++
			continue
		}
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			defer func() { <-sem }()
			start := time.Now()
			err := call(k)
			s := sample{kind: k, d: time.Since(start), err: err != nil}
			mu.Lock()
			out = append(out, s)
			mu.Unlock()
		}(i % nq)
	}
}

// driveClosed keeps workers requests in flight for d (each worker sends
// the next as soon as the last is answered): the most the server does.
func driveClosed(ctx context.Context, workers, nq int, d time.Duration, call callFunc) []sample {
	deadline := time.Now().Add(d)
	var (
		mu  sync.Mutex
		out []sample
		wg  sync.WaitGroup
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; time.Now().Before(deadline) && ctx.Err() == nil; i++ { // every worker cycles through the queries
				start := time.Now()
				err := call(i % nq)
				s := sample{kind: i % nq, d: time.Since(start), err: err != nil}
				mu.Lock()
				out = append(out, s)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return out
}

// takeTurns drives a discarded warm-up turn of each side, then turns of
// slice in the order A, B, B, A, A, B, … until each side has been driven
// for total, as cmd/loadgen does, so that both see the same machine.
func takeTurns(ctx context.Context, sides []*side, slice, total time.Duration, drive func(time.Duration, callFunc) ([]sample, int)) {
	for _, sd := range sides {
		drive(slice, sd.call)
		sd.firstErr = nil // the warm-up's errors are not counted either
	}
	for turn := 0; ctx.Err() == nil; turn++ {
		order := sides
		if turn%2 == 1 {
			order = []*side{sides[1], sides[0]}
		}
		done := true
		for _, sd := range order {
			left := total - sd.sent
			if left <= 0 {
				continue
			}
			done = false
			d := min(slice, left)
			got, dropped := drive(d, sd.call)
			sd.samples = append(sd.samples, got...)
			sd.p50s = append(sd.p50s, p50(got))
			sd.sent += d
			sd.dropped += dropped
		}
		if done {
			return
		}
	}
}

// keepErr wraps call so that the side keeps the first error it returns.
func (sd *side) keepErr(call callFunc) callFunc {
	return func(k int) error {
		err := call(k)
		if err != nil {
			sd.mu.Lock()
			if sd.firstErr == nil {
				sd.firstErr = err
			}
			sd.mu.Unlock()
		}
		return err
	}
}
