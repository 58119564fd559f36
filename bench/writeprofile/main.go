// Command writeprofile shows what each write statement of the ingest
// costs as the graph grows: it empties the instance, ingests the bench
// corpus through pipeline.Stream with a store whose writes run under
// PROFILE (store.WithWriteProfiles), and prints, for each statement of
// the store, the database hits and milliseconds per article in each tenth
// of the run. PROFILE adds its own cost: the rates are not the ingest's.
//
//	go run ./bench/writeprofile [-n 2000] [-order backdated] [-workers 2] [-batch 100] [-top 15]
//
// With -on-top N it does not empty the instance, which must hold the
// N-article corpus of that order (bench/ingestbench, or bench/lib.sh's
// ensure_graph), and ingests the n older copies a corpus of N+n articles
// would add, so that the costs are those of writing into a graph of N
// articles. The instance then holds N+n articles and its marker says so.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bilateral-kg/bilateral/bench/corpus"
	"github.com/bilateral-kg/bilateral/bench/instance"
	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "writeprofile: %v\n", err)
		os.Exit(1)
	}
}

// cost is what the statements of one shape cost in one tenth.
type cost struct {
	count   int
	dbHits  int64
	elapsed time.Duration
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("writeprofile", flag.ContinueOnError)
	n := fs.Int("n", 2000, "articles")
	order := fs.String("order", string(corpus.Backdated), "ordered or backdated")
	workers := fs.Int("workers", 1, "write transactions at once")
	batch := fs.Int("batch", 100, "most articles per write transaction")
	top := fs.Int("top", 15, "statements shown, by database hits")
	onTop := fs.Int("on-top", 0, "write into the instance's graph of this many articles instead of an empty one")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ord, err := corpus.ParseOrder(*order)
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
	items := corpus.Plan(bases, *n, ord, 1)
	if *onTop > 0 {
		want := fmt.Sprintf("%d %s seed 1", *onTop, ord)
		if got := inst.Marker(); got != want {
			return fmt.Errorf("-on-top %d: the instance holds %q, want %q", *onTop, got, want)
		}
		items = corpus.Added(corpus.Plan(bases, *onTop, ord, 1), corpus.Plan(bases, *onTop+*n, ord, 1))
		if err := inst.SetMarker(fmt.Sprintf("%d-plus-%d %s seed 1", *onTop, *n, ord)); err != nil {
			return err
		}
	} else if err := inst.Reset(ctx); err != nil {
		return err
	}
	s, err := store.Open(ctx, cfg.Neo4j)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	if err := s.Migrate(ctx); err != nil {
		return err
	}
	var mu sync.Mutex
	done := 0
	costs := map[string]*[10]cost{}
	ps := s.WithWriteProfiles(func(q store.QueryProfile) {
		mu.Lock()
		defer mu.Unlock()
		shape := shapeOf(q.Cypher)
		if costs[shape] == nil {
			costs[shape] = &[10]cost{}
		}
		c := &costs[shape][min(9, done*10 / *n)]
		c.count++
		c.dbHits += q.DbHits
		c.elapsed += q.Elapsed
	})
	in := make(chan pipeline.Input, 64)
	go func() {
		defer close(in)
		for i, it := range items {
			doc := extract.Document{Input: "corpus.jsonl:" + strconv.Itoa(i+1), Line: i + 1, Text: corpus.Text(bases, it, 1)}
			select {
			case in <- pipeline.Input{Doc: doc}:
			case <-ctx.Done():
				return
			}
		}
	}()
	start := time.Now()
	failed := 0
	err = pipeline.New(ex, ps).Stream(ctx, in, pipeline.StreamOptions{Writers: *workers, BatchSize: *batch}, func(r pipeline.Result) {
		mu.Lock()
		defer mu.Unlock()
		done++
		if r.Err != nil {
			failed++
		}
	})
	if err != nil {
		return err
	}
	fmt.Printf("writeprofile: %d %s articles in %.0f s under PROFILE, %d failed; load average %.1f\n\n", *n, ord, time.Since(start).Seconds(), failed, instance.LoadAverage())
	printCosts(costs, *n, *top)
	return nil
}

// shapeOf names a statement by the clauses that say what it does: its
// first MATCH, MERGE, CREATE or CALL of a procedure, and the MERGE of a
// relationship or the label a created node gets, when it has them.
func shapeOf(cypher string) string {
	var first, detail string
	cypher = strings.TrimPrefix(cypher, "CYPHER replan=skip ") // the writers' option (graph/store/plans.go)
	for _, l := range strings.Split(cypher, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "UNWIND") { // "UNWIND $keys AS k MATCH ..." keeps its MATCH
			if i := strings.Index(l, " MATCH "); i > 0 {
				l = l[i+1:]
			}
		}
		switch {
		case strings.HasPrefix(l, "MERGE (n:"): // an entity statement, by its label
			detail = l
		case strings.Contains(l, "MERGE (f)-[r:"):
			detail = l
		case first != "":
		case strings.HasPrefix(l, "MATCH"), strings.HasPrefix(l, "OPTIONAL MATCH"), strings.HasPrefix(l, "MERGE"),
			strings.HasPrefix(l, "CREATE"), strings.HasPrefix(l, "CALL db."):
			first = l
		}
	}
	if detail != "" && detail != first {
		return first + " … " + detail
	}
	return first
}

func printCosts(costs map[string]*[10]cost, n, top int) {
	type row struct {
		shape string
		c     *[10]cost
		total int64
	}
	var rows []row
	for s, c := range costs {
		r := row{shape: s, c: c}
		for _, x := range c {
			r.total += x.dbHits
		}
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].total > rows[j].total })
	per := float64(n) / 10
	header := func(what string) {
		fmt.Printf("%s per article in each tenth of the run:\n\n| statement | runs |", what)
		for i := 1; i <= 10; i++ {
			fmt.Printf(" %d %% |", 10*i)
		}
		fmt.Print("\n|---|---:|" + strings.Repeat("---:|", 10) + "\n")
	}
	header("Database hits")
	for _, r := range rows[:min(top, len(rows))] {
		runs := 0
		for _, x := range r.c {
			runs += x.count
		}
		fmt.Printf("| `%.110s` | %d |", r.shape, runs)
		for _, x := range r.c {
			fmt.Printf(" %.0f |", float64(x.dbHits)/per)
		}
		fmt.Println()
	}
	fmt.Println()
	header("Milliseconds (under PROFILE)")
	for _, r := range rows[:min(top, len(rows))] {
		fmt.Printf("| `%.110s` | |", r.shape)
		for _, x := range r.c {
			fmt.Printf(" %.1f |", float64(x.elapsed.Milliseconds())/per)
		}
		fmt.Println()
	}
}
