// Command compare runs the bench's shared requests (bench/queries.Shared)
// against the project's API and the peer (@neo4j/graphql, bench/peer) on
// the same Neo4j and data, side by side: the two take turns of -slice (A,
// B, B, A, …, after a discarded warm-up turn of each) so that both see the
// same machine, each at -rate requests per second open-loop for
// -duration in all. It first checks that both answer each request with
// the same keys in the same order, and prints throughput (answered
// requests per second) and p50/p95/p99 of the answered requests of each,
// with the ratios; refused or failed requests are counted as errors. With -closed N it then drives each side with
// N requests always in flight, in turns too: the most each one does.
//
//	go run ./bench/compare [-api URL] [-peer URL] [-rate 200] [-duration 60s] [-slice 5s] [-closed 8]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/bilateral-kg/bilateral/bench/queries"
)

type options struct {
	api, peer   string
	rate        int
	duration    time.Duration
	slice       time.Duration
	concurrency int
	closed      int
}

func main() {
	var o options
	flag.StringVar(&o.api, "api", "http://"+envOr("BENCH_API_ADDR", "127.0.0.1:8194")+"/graphql", "the project's API")
	flag.StringVar(&o.peer, "peer", "http://127.0.0.1:"+envOr("BENCH_PEER_PORT", "8195")+"/graphql", "the peer server")
	flag.IntVar(&o.rate, "rate", 200, "requests per second sent to each side")
	flag.DurationVar(&o.duration, "duration", time.Minute, "how long each side is driven in all")
	flag.DurationVar(&o.slice, "slice", 5*time.Second, "length of a turn")
	flag.IntVar(&o.concurrency, "concurrency", 64, "most requests in flight at the open-loop rate")
	flag.IntVar(&o.closed, "closed", 0, "then drive each side with this many requests always in flight (0: skip)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintf(os.Stderr, "compare: %v\n", err)
		os.Exit(1)
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func run(ctx context.Context, o options) error {
	if o.rate <= 0 || o.rate > 5000 || o.concurrency <= 0 || o.slice <= 0 || o.duration < o.slice {
		return errors.New("-rate must be in 1..5000, -concurrency and -slice positive, -duration at least -slice")
	}
	client := &fasthttp.Client{MaxConnsPerHost: max(o.concurrency, o.closed), ReadTimeout: 30 * time.Second, WriteTimeout: 10 * time.Second}
	qs := queries.Shared
	api, peer := &side{label: "api"}, &side{label: "peer"}
	api.call = api.keepErr(func(k int) error { _, err := post(client, o.api, qs[k].API); return err })
	peer.call = peer.keepErr(func(k int) error { _, err := post(client, o.peer, qs[k].Peer); return err })
	if err := checkAnswers(client, o, qs); err != nil {
		return err
	}
	fmt.Printf("\nopen loop: %d requests/s to each side for %v, turns of %v (api, peer, peer, api, …)\n", o.rate, o.duration, o.slice)
	sides := []*side{api, peer}
	takeTurns(ctx, sides, o.slice, o.duration, func(d time.Duration, call callFunc) ([]sample, int) {
		return driveOpen(ctx, o.rate, o.concurrency, len(qs), d, call)
	})
	report(sides, qs)
	if o.closed > 0 && ctx.Err() == nil {
		fmt.Printf("\nclosed loop: %d requests always in flight on each side for %v, turns of %v\n", o.closed, o.duration, o.slice)
		sides = []*side{{label: "api"}, {label: "peer"}}
		sides[0].call = sides[0].keepErr(func(k int) error { _, err := post(client, o.api, qs[k].API); return err })
		sides[1].call = sides[1].keepErr(func(k int) error { _, err := post(client, o.peer, qs[k].Peer); return err })
		takeTurns(ctx, sides, o.slice, o.duration, func(d time.Duration, call callFunc) ([]sample, int) {
			return driveClosed(ctx, o.closed, len(qs), d, call), 0
		})
		report(sides, qs)
	}
	return ctx.Err()
}
