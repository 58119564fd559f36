// Command loadgen measures the API under a fixed mix of queries at a
// target rate, and the same Cypher run directly with the driver, to give
// latency percentiles, throughput and the API's overhead.
//
//	loadgen [-url http://127.0.0.1:8080/graphql] [-rate 200] [-duration 60s] [-slice 5s] [-direct]
//
// The mix, in equal parts: a country lookup, a bilateral summary, a page
// of a country's events timeline and a full-text search. Requests are
// sent open-loop at the target rate (a slow server does not slow the
// sender) with at most -concurrency in flight.
//
// The API and the direct driver calls take turns in slices of -slice, in
// the order API, direct, direct, API, … so that both see the same machine:
// a shared, noisy machine drifts (JIT warm-up, other tenants, garbage
// collection) and two phases run one after the other would compare
// different conditions. A warm-up of one slice of each is discarded. Each
// side gets -duration in all, so the figures of both are at the target
// rate. It only targets loopback addresses, and each side stops after
// -duration (at most 5 minutes) or -max-requests, whichever comes first.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"sync"
	"time"

	"github.com/joho/godotenv"
	"github.com/valyala/fasthttp"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/schema"
)

// request is one kind of request of the mix: the GraphQL query the API
// gets, and the Reader calls (the same Cypher) the API makes for it once
// its cache of country references is warm (the warm-up round warms it).
type request struct {
	name   string
	query  string
	direct func(ctx context.Context, s *store.Store) error
}

var mix = []request{
	{
		name:  "country",
		query: `{ country(code: "KAZ") { key code iso2 name } }`,
		direct: func(ctx context.Context, s *store.Store) error {
			_, err := s.Countries(ctx, []string{"kaz"})
			return err
		},
	},
	{
		name:  "relation",
		query: `{ relation(a: "KAZ", b: "CHN") { partnership { level lastSeen } trade { year valueUsd record } projects { name status } sectors { sector { name } mentions } leaders { name } firstContact lastContact } }`,
		direct: func(ctx context.Context, s *store.Store) error {
			_, _, err := s.Relation(ctx, "country:CHN", "country:KAZ")
			return err
		},
	},
	{
		name:  "events",
		query: `{ events(country: "KAZ", first: 10) { nodes { key kind date summary } pageInfo { hasNextPage endCursor } } }`,
		direct: func(ctx context.Context, s *store.Store) error {
			_, err := s.Events(ctx, []graph.EventQuery{{With: "country:KAZ", First: 10}})
			return err
		},
	},
	{
		name:  "search",
		query: `{ search(text: "president talks", first: 5) { score node { key } } }`,
		direct: func(ctx context.Context, s *store.Store) error {
			_, err := s.Search(ctx, schema.LuceneTerms("president talks"), 5)
			return err
		},
	},
}

type sample struct {
	kind int
	d    time.Duration
	err  bool
}

type options struct {
	url         string
	rate        int
	duration    time.Duration
	slice       time.Duration
	maxRequests int
	concurrency int
	direct      bool
}

func main() {
	_ = godotenv.Load()
	var o options
	flag.StringVar(&o.url, "url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint (loopback only)")
	flag.IntVar(&o.rate, "rate", 200, "target requests per second")
	flag.DurationVar(&o.duration, "duration", time.Minute, "how long each side is driven in all (at most 5m)")
	flag.DurationVar(&o.slice, "slice", 5*time.Second, "how long each turn of the API or the direct calls lasts")
	flag.IntVar(&o.maxRequests, "max-requests", 60000, "stop each side after this many requests")
	flag.IntVar(&o.concurrency, "concurrency", 64, "most requests in flight")
	flag.BoolVar(&o.direct, "direct", true, "also run the same Cypher directly with the driver, for the overhead ratio")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintf(os.Stderr, "loadgen: %v\n", err)
		os.Exit(1)
	}
}

// side is one of the two things measured: the API or the direct calls.
type side struct {
	label   string
	call    func(ctx context.Context, k int) error
	samples []sample
	p50s    []time.Duration // the median of each slice, in order
	sent    time.Duration   // time spent sending, warm-up excluded
}

func run(ctx context.Context, o options) error {
	o.duration = min(o.duration, 5*time.Minute)
	if o.rate <= 0 || o.rate > 5000 || o.concurrency <= 0 {
		return errors.New("-rate must be in 1..5000 and -concurrency positive")
	}
	if o.slice <= 0 || o.slice > o.duration {
		o.slice = o.duration
	}
	if err := loopbackOnly(o.url); err != nil {
		return err
	}
	client := &fasthttp.Client{MaxConnsPerHost: o.concurrency, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}
	// Every query once, checking that it answers without errors.
	for _, r := range mix {
		if err := callAPI(client, o.url, r.query); err != nil {
			return fmt.Errorf("warm-up %s: %w", r.name, err)
		}
	}
	sides := []*side{{label: "api", call: func(ctx context.Context, k int) error { return callAPI(client, o.url, mix[k].query) }}}
	if o.direct {
		s, err := openStore(ctx)
		if err != nil {
			return err
		}
		defer s.Close(context.Background())
		sides = append(sides, &side{label: "direct", call: func(ctx context.Context, k int) error { return mix[k].direct(ctx, s) }})
	}
	fmt.Printf("%s at %d req/s for %v each, in turns of %v (mix: country, relation, events page, search)\n",
		labels(sides), o.rate, o.duration, o.slice)
	takeTurns(ctx, o, sides, drive)
	for _, sd := range sides {
		report(sd)
	}
	if len(sides) == 2 {
		overhead(sides[0], sides[1])
	}
	return ctx.Err()
}

// driveFunc sends requests with call for d and returns their samples.
type driveFunc func(ctx context.Context, o options, d time.Duration, call func(context.Context, int) error) []sample

// takeTurns drives a warm-up turn of each side (discarded), then turns of
// o.slice in the order A, B, B, A, A, B, … until each side has been driven
// for o.duration or has o.maxRequests samples.
func takeTurns(ctx context.Context, o options, sides []*side, drive driveFunc) {
	for _, sd := range sides {
		drive(ctx, o, o.slice, sd.call)
	}
	for turn := 0; ctx.Err() == nil; turn++ {
		order := sides
		if turn%2 == 1 && len(sides) == 2 {
			order = []*side{sides[1], sides[0]}
		}
		done := true
		for _, sd := range order {
			left := o.duration - sd.sent
			if left <= 0 || len(sd.samples) >= o.maxRequests {
				continue
			}
			done = false
			d := min(o.slice, left)
			got := drive(ctx, o, d, sd.call)
			sd.samples = append(sd.samples, got...)
			sd.p50s = append(sd.p50s, pct(all(got), 50))
			sd.sent += d
		}
		if done {
			return
		}
	}
}

// openStore connects to the Neo4j the API reads, from the same settings.
func openStore(ctx context.Context) (*store.Store, error) {
	cfg, err := config.Load(os.LookupEnv)
	if err != nil {
		return nil, err
	}
	cfg.Neo4j.Timeout = 5 * time.Second
	s, err := store.Open(ctx, cfg.Neo4j)
	if err != nil {
		return nil, err
	}
	for _, r := range mix {
		if err := r.direct(ctx, s); err != nil {
			s.Close(context.Background())
			return nil, fmt.Errorf("warm-up direct %s: %w", r.name, err)
		}
	}
	return s, nil
}

func labels(sides []*side) string {
	if len(sides) == 2 {
		return "API and direct Cypher through the driver (same calls)"
	}
	return "API"
}

// overhead prints the API's median over the direct calls' median, pooled
// over all turns and turn by turn (each API turn against the direct turn
// next to it).
func overhead(api, direct *side) {
	a, d := pct(all(api.samples), 50), pct(all(direct.samples), 50)
	if d <= 0 {
		return
	}
	var ratios []time.Duration // in thousandths, to reuse pct
	for i := 0; i < len(api.p50s) && i < len(direct.p50s); i++ {
		if direct.p50s[i] > 0 {
			ratios = append(ratios, api.p50s[i]*1000/direct.p50s[i])
		}
	}
	fmt.Printf("overhead at p50: %.2fx (api %v / direct %v)", float64(a)/float64(d), round(a), round(d))
	if len(ratios) > 0 {
		sorted := append([]time.Duration(nil), ratios...)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
		fmt.Printf("; turn by turn: median %.2fx, range %.2f–%.2fx over %d turns",
			float64(pct(ratios, 50))/1000, float64(sorted[0])/1000, float64(sorted[len(sorted)-1])/1000, len(ratios))
	}
	fmt.Println()
}

// loopbackOnly refuses URLs whose host is not a loopback address.
func loopbackOnly(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil {
		return err
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return fmt.Errorf("%s is not a loopback address; loadgen only targets this machine", u.Hostname())
		}
	}
	return nil
}

// callAPI posts query to the endpoint and checks the answer. It uses
// fasthttp's client, which adds about 0.1 ms less per request than
// net/http's on a small machine (no goroutine hand-offs per request), so
// that the figures are the API's and not the load generator's.
func callAPI(c *fasthttp.Client, endpoint, query string) error {
	body, _ := json.Marshal(map[string]string{"query": query})
	req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)
	req.SetRequestURI(endpoint)
	req.Header.SetMethod(fasthttp.MethodPost)
	req.Header.SetContentType("application/json")
	req.SetBody(body)
	if err := c.DoTimeout(req, resp, 10*time.Second); err != nil {
		return err
	}
	b := resp.Body()
	if resp.StatusCode() != fasthttp.StatusOK || bytes.Contains(b, []byte(`"errors"`)) {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode(), b)
	}
	return nil
}

// drive sends the mix round-robin at o.rate for d.
func drive(ctx context.Context, o options, d time.Duration, call func(context.Context, int) error) []sample {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	interval := time.Second / time.Duration(o.rate)
	tick := time.NewTicker(interval)
	defer tick.Stop()
	sem := make(chan struct{}, o.concurrency)
	var (
		mu      sync.Mutex
		samples []sample
		wg      sync.WaitGroup
		dropped int
	)
	for i := 0; ctx.Err() == nil; i++ {
		select {
		case <-ctx.Done():
			continue
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
			err := call(context.Background(), k)
			d := time.Since(start)
			mu.Lock()
			samples = append(samples, sample{kind: k, d: d, err: err != nil})
			mu.Unlock()
		}(i % len(mix))
	}
	wg.Wait()
	if dropped > 0 {
		fmt.Printf("  %d requests not sent: %d already in flight\n", dropped, o.concurrency)
	}
	return samples
}

func all(ss []sample) []time.Duration {
	out := make([]time.Duration, 0, len(ss))
	for _, s := range ss {
		out = append(out, s.d)
	}
	return out
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(float64(len(s))*p/100+0.5) - 1
	i = max(0, min(i, len(s)-1))
	return s[i]
}

func report(sd *side) {
	label, ss := sd.label, sd.samples
	errs := 0
	for _, s := range ss {
		if s.err {
			errs++
		}
	}
	ds := all(ss)
	fmt.Printf("  %-8s all      n=%6d errors=%d throughput=%.1f req/s p50=%v p95=%v p99=%v\n",
		label, len(ss), errs, float64(len(ss))/sd.sent.Seconds(), round(pct(ds, 50)), round(pct(ds, 95)), round(pct(ds, 99)))
	for k, r := range mix {
		var kd []time.Duration
		for _, s := range ss {
			if s.kind == k {
				kd = append(kd, s.d)
			}
		}
		fmt.Printf("  %-8s %-8s n=%6d p50=%v p95=%v p99=%v\n", label, r.name, len(kd), round(pct(kd, 50)), round(pct(kd, 95)), round(pct(kd, 99)))
	}
}

func round(d time.Duration) time.Duration { return d.Round(10 * time.Microsecond) }
