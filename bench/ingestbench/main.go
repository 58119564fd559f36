// Command ingestbench measures the ingest job at scale: into an emptied,
// dedicated Neo4j it ingests the bench corpus (bench/corpus) of each size
// in each order through pipeline.Stream, as cmd/ingest does, and reports
// articles per second over the whole run and at every tenth, the
// transaction-log bytes written per article, the graph's size, and the
// CPU time of Neo4j and of the job.
//
//	go run ./bench/ingestbench [-sizes 1000,10000,100000] [-orders ordered,backdated]
//	    [-runs 3] [-big 100000 -big-runs 1] [-workers 2] [-batch 100] [-seed 1] [-json runs.jsonl]
//	    [-warmup 2000] [-max-time 2h] [-on-top 3000]
//
// Every run starts a fresh Neo4j, so it pays the JVM's and the query
// planner's warm-up; -warmup N first ingests and deletes N other articles
// in that server, so that the run measures a warm server on an empty
// graph. -max-time stops a run and reports it as partial.
//
// -on-top S measures writing into a graph that holds SIZE articles
// already: when the instance does not hold the SIZE-article corpus, it is
// built first (one ordered run, reported as such); then each run writes
// the next S articles a bigger corpus adds (older copies, so back-dated
// against the graph) into the same warm server, with no reset in between.
// After run i the graph holds the corpus of SIZE+i·S articles, as its
// marker says (written in another order, which resolution does not
// depend on). Only the ordered corpus is used.
//
// Runs take turns: for each size, run 1 of every order, then run 2, …, so
// that both orders see the same machine. The instance comes from
// NEO4J_URI, NEO4J_HTTP_PORT, NEO4J_PASSWORD and NEO4J_HOME_DIR (see
// bench/lib.sh); it is emptied before every run, and holds the last run's
// graph afterwards (recorded in its corpus marker for bench/readmix).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/bench/corpus"
	"github.com/bilateral-kg/bilateral/bench/instance"
	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/internal/config"
)

type options struct {
	sizes   []int
	orders  []corpus.Order
	runs    int
	big     int
	bigRuns int
	workers int
	batch   int
	seed    uint64
	json    string
	maxTime time.Duration
	warmup  int
	onTop   int
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "ingestbench: %v\n", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("ingestbench", flag.ContinueOnError)
	sizes := fs.String("sizes", "1000,10000,100000", "corpus sizes, comma-separated")
	orders := fs.String("orders", "ordered,backdated", "orders, comma-separated")
	fs.IntVar(&o.runs, "runs", 3, "runs of each size and order")
	fs.IntVar(&o.big, "big", 100000, "sizes from this one up get -big-runs runs")
	fs.IntVar(&o.bigRuns, "big-runs", 1, "runs of each big size and order")
	fs.IntVar(&o.workers, "workers", 1, "write transactions at once (cmd/ingest --workers)")
	fs.IntVar(&o.batch, "batch", 100, "most articles per write transaction (cmd/ingest --batch)")
	fs.Uint64Var(&o.seed, "seed", 1, "corpus seed")
	fs.StringVar(&o.json, "json", "", "append every run as a JSON line to this file")
	fs.DurationVar(&o.maxTime, "max-time", 0, "stop a run after this long and report it as partial (0: no limit)")
	fs.IntVar(&o.onTop, "on-top", 0, "write slices of this many articles into the SIZE-article graph instead of into an empty one (see the doc)")
	fs.IntVar(&o.warmup, "warmup", 0, "before each run, ingest and delete this many other articles in the fresh server (warm JVM and plans; 0: none)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return o, fmt.Errorf("-sizes: %q is not a positive number", s)
		}
		o.sizes = append(o.sizes, n)
	}
	for _, s := range strings.Split(*orders, ",") {
		ord, err := corpus.ParseOrder(strings.TrimSpace(s))
		if err != nil {
			return o, err
		}
		o.orders = append(o.orders, ord)
	}
	if o.runs <= 0 || o.bigRuns <= 0 || o.workers <= 0 || o.batch <= 0 || o.onTop < 0 {
		return o, errors.New("-runs, -big-runs, -workers and -batch take positive numbers, -on-top none below 0")
	}
	return o, nil
}

func run(ctx context.Context, args []string) error {
	o, err := parseFlags(args)
	if err != nil {
		return err
	}
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	inst, err := instance.FromEnv(root)
	if err != nil {
		return err
	}
	cfg, err := config.Load(os.LookupEnv)
	if err != nil {
		return err
	}
	ex, err := extract.New()
	if err != nil {
		return fmt.Errorf("load extractor: %w", err)
	}
	bases, err := corpus.LoadBases(corpus.DefaultDirs...)
	if err != nil {
		return err
	}
	var out *json.Encoder
	if o.json != "" {
		f, err := os.OpenFile(o.json, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return fmt.Errorf("open -json file: %w", err)
		}
		defer f.Close()
		out = json.NewEncoder(f)
	}
	fmt.Printf("ingestbench: %d bases; workers %d, batch %d; load average %.2f\n", len(bases), o.workers, o.batch, instance.LoadAverage())
	var all []Run
	record := func(r Run) error {
		if err := inst.SetMarker(marker(r, o.seed)); err != nil {
			return err
		}
		printRun(r)
		all = append(all, r)
		if out != nil {
			if err := out.Encode(r); err != nil {
				return fmt.Errorf("write -json file: %w", err)
			}
		}
		return nil
	}
	if o.onTop > 0 {
		for _, size := range o.sizes {
			if err := onTop(ctx, o, job{inst: inst, cfg: cfg.Neo4j, ex: ex, bases: bases, seed: o.seed, workers: o.workers, batch: o.batch, maxTime: o.maxTime, warmup: o.warmup}, size, record); err != nil {
				return err
			}
		}
		printTables(os.Stdout, all)
		return nil
	}
	for _, size := range o.sizes {
		plans := map[corpus.Order][]corpus.Item{}
		for _, ord := range o.orders {
			plans[ord] = corpus.Plan(bases, size, ord, o.seed)
		}
		runs := o.runs
		if size >= o.big {
			runs = o.bigRuns
		}
		for i := 1; i <= runs; i++ {
			for _, ord := range o.orders {
				r := Run{Size: size, Order: string(ord), Run: i, Workers: o.workers, Batch: o.batch, Warmup: o.warmup}
				j := job{inst: inst, cfg: cfg.Neo4j, ex: ex, bases: bases, items: plans[ord], seed: o.seed, workers: o.workers, batch: o.batch, maxTime: o.maxTime, warmup: o.warmup}
				if err := j.ingest(ctx, &r); err != nil {
					return fmt.Errorf("%d %s run %d: %w", size, ord, i, err)
				}
				if err := record(r); err != nil {
					return err
				}
			}
		}
	}
	printTables(os.Stdout, all)
	return nil
}

// marker is what the instance holds after a run ("10000 ordered seed 1",
// or "37412-of-100000 ordered seed 1" after a partial run): the scripts
// check it before they reuse the graph.
func marker(r Run, seed uint64) string {
	if r.Order == onTopOrder {
		return fmt.Sprintf("%d ordered seed %d", r.Size+r.Run*r.Slice, seed)
	}
	if r.Partial {
		return fmt.Sprintf("%d-of-%d %s seed %d", r.Samples[len(r.Samples)-1].Articles, r.Size, r.Order, seed)
	}
	return fmt.Sprintf("%d %s seed %d", r.Size, r.Order, seed)
}
