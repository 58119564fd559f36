// Command loadgen measures the API under a fixed mix of queries at a
// target rate, and the same Cypher run directly with the driver, to give
// latency percentiles, throughput and the API's overhead.
//
//	loadgen [-url http://127.0.0.1:8080/graphql] [-rate 200] [-duration 20s] [-direct]
//
// The mix, in equal parts: a country lookup, a bilateral summary, a page
// of a country's events timeline and a full-text search. Requests are
// sent open-loop at the target rate (a slow server does not slow the
// sender) with at most -concurrency in flight. It only targets loopback
// addresses, and stops after -duration (at most 2 minutes) or
// -max-requests, whichever comes first.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"sync"
	"time"

	"github.com/joho/godotenv"

	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/schema"
	"github.com/bilateral-kg/bilateral/schema/model"
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
			_, err := s.Events(ctx, []model.EventQuery{{With: "country:KAZ", First: 10}})
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
	maxRequests int
	concurrency int
	direct      bool
}

func main() {
	_ = godotenv.Load()
	var o options
	flag.StringVar(&o.url, "url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint (loopback only)")
	flag.IntVar(&o.rate, "rate", 200, "target requests per second")
	flag.DurationVar(&o.duration, "duration", 20*time.Second, "how long to send (at most 2m)")
	flag.IntVar(&o.maxRequests, "max-requests", 24000, "stop after this many requests")
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

func run(ctx context.Context, o options) error {
	if o.duration > 2*time.Minute {
		o.duration = 2 * time.Minute
	}
	if o.rate <= 0 || o.rate > 5000 || o.concurrency <= 0 {
		return errors.New("-rate must be in 1..5000 and -concurrency positive")
	}
	if err := loopbackOnly(o.url); err != nil {
		return err
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: o.concurrency, MaxConnsPerHost: o.concurrency}}
	// Warm up: every query once, and check that it answers without errors.
	for _, r := range mix {
		if err := callAPI(ctx, client, o.url, r.query); err != nil {
			return fmt.Errorf("warm-up %s: %w", r.name, err)
		}
	}
	fmt.Printf("API %s: %d req/s for %v (mix: country, relation, events page, search)\n", o.url, o.rate, o.duration)
	api := drive(ctx, o, func(ctx context.Context, k int) error { return callAPI(ctx, client, o.url, mix[k].query) })
	report("api", api, o)
	if !o.direct {
		return nil
	}
	cfg, err := config.Load(os.LookupEnv)
	if err != nil {
		return err
	}
	cfg.Neo4j.Timeout = 5 * time.Second
	s, err := store.Open(ctx, cfg.Neo4j)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	for _, r := range mix {
		if err := r.direct(ctx, s); err != nil {
			return fmt.Errorf("warm-up direct %s: %w", r.name, err)
		}
	}
	fmt.Printf("direct Cypher through the driver, same calls: %d req/s for %v\n", o.rate, o.duration)
	direct := drive(ctx, o, func(ctx context.Context, k int) error { return mix[k].direct(ctx, s) })
	report("direct", direct, o)
	a, d := pct(all(api), 50), pct(all(direct), 50)
	if d > 0 {
		fmt.Printf("overhead at p50: %.2fx (api %v / direct %v)\n", float64(a)/float64(d), a, d)
	}
	return nil
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

func callAPI(ctx context.Context, c *http.Client, endpoint, query string) error {
	body, _ := json.Marshal(map[string]string{"query": query})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(b, []byte(`"errors"`)) {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode, b)
	}
	return nil
}

// drive sends the mix round-robin at o.rate for o.duration.
func drive(ctx context.Context, o options, call func(context.Context, int) error) []sample {
	ctx, cancel := context.WithTimeout(ctx, o.duration)
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
	for i := 0; i < o.maxRequests; i++ {
		select {
		case <-ctx.Done():
			i = o.maxRequests
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

func report(label string, ss []sample, o options) {
	errs := 0
	for _, s := range ss {
		if s.err {
			errs++
		}
	}
	ds := all(ss)
	fmt.Printf("  %-8s all      n=%6d errors=%d throughput=%.1f req/s p50=%v p95=%v p99=%v\n",
		label, len(ss), errs, float64(len(ss))/o.duration.Seconds(), round(pct(ds, 50)), round(pct(ds, 95)), round(pct(ds, 99)))
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
