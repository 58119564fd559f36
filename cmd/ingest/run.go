package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// options are the command-line flags.
type options struct {
	dryRun    bool
	remove    bool
	correct   string
	format    string
	maxBytes  int64
	workers   int
	batch     int
	maxOutage int
	partition string
	progress  string
	paths     []string
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: ingest [--dry-run] [--format jsonl|summary] [--max-bytes N] PATH...")
		fmt.Fprintln(stderr, "       ingest --remove ARTICLE-ID...")
		fmt.Fprintln(stderr, "       ingest --corrections FILE.jsonl")
		fmt.Fprintln(stderr, "PATH is a file, a directory (recursive) or - for standard input.")
		fs.PrintDefaults()
	}
	fs.BoolVar(&o.dryRun, "dry-run", false, "extract and print; write nothing to Neo4j")
	fs.BoolVar(&o.remove, "remove", false, "remove the contribution of the articles whose ids are given instead of ingesting")
	fs.StringVar(&o.correct, "corrections", "", "apply the analysts' corrections of this JSON Lines file (see README) instead of ingesting")
	fs.StringVar(&o.format, "format", "", "output of a dry run: jsonl (the extraction contract) or summary (default jsonl)")
	fs.Int64Var(&o.maxBytes, "max-bytes", 0, "per-article size limit in bytes (default INGEST_MAX_ARTICLE_BYTES or 1 MiB)")
	fs.IntVar(&o.workers, "workers", 0, "write transactions at once (default INGEST_WORKERS or 1)")
	fs.IntVar(&o.batch, "batch", 0, "most articles per write transaction (default INGEST_BATCH or 100)")
	fs.IntVar(&o.maxOutage, "max-outage", 0, "stop after this many batches in a row fail because Neo4j is unreachable (default INGEST_MAX_OUTAGE or 3)")
	fs.StringVar(&o.partition, "partition", "", "I/N: write only part I (0-based) of N of the articles, by article id, for N hosts sharing one feed")
	fs.StringVar(&o.progress, "progress", "auto", "progress display: auto (a bar on a terminal, lines otherwise), bar, lines or none")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.paths = fs.Args()
	switch {
	case o.correct != "" && (len(o.paths) > 0 || o.remove || o.dryRun):
		return o, errors.New("--corrections FILE takes no other input and no --remove or --dry-run")
	case len(o.paths) == 0 && o.correct == "":
		fs.Usage()
		return o, errors.New("no input given")
	case o.format != "" && o.format != "jsonl" && o.format != "summary":
		return o, fmt.Errorf("--format %q: want jsonl or summary", o.format)
	case o.format != "" && !o.dryRun:
		return o, errors.New("--format applies to --dry-run only")
	case o.remove && o.dryRun:
		return o, errors.New("--remove and --dry-run do not go together")
	case o.workers < 0 || o.batch < 0 || o.maxOutage < 0:
		return o, errors.New("--workers, --batch and --max-outage take positive numbers")
	case o.progress != "auto" && o.progress != "bar" && o.progress != "lines" && o.progress != "none":
		return o, fmt.Errorf("--progress %q: want auto, bar, lines or none", o.progress)
	}
	if _, err := parsePartition(o.partition); err != nil {
		return o, err
	}
	if o.format == "" {
		o.format = "jsonl"
	}
	return o, nil
}

// run is the whole command; main only wires the process to it. The exit
// status is 0 when every input was written (or was stored unchanged), 1
// when any input failed or was not written (bad input, a write error,
// Neo4j unreachable, interrupted), 2 for bad flags or settings. A dry run
// follows the extraction contract instead: 1 only when no input at all
// could be extracted.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, lookup func(string) (string, bool)) int {
	opts, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "ingest: %v\n", err)
		}
		return 2
	}
	cfg, err := config.Load(lookup)
	if err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		return 2
	}
	if opts.maxBytes <= 0 {
		opts.maxBytes = cfg.MaxArticleBytes
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(stderr, "ingest: load extractor: %v\n", err)
		return 1
	}
	if opts.dryRun {
		return dryRun(opts, ex, stdin, stdout, stderr)
	}
	s, err := store.Open(ctx, cfg.Neo4j)
	if err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		return 1
	}
	defer s.Close(context.Background())
	if err := s.Migrate(ctx); err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		return 1
	}
	if opts.remove {
		return removeArticles(ctx, s, opts.paths, stdout, stderr)
	}
	if opts.correct != "" {
		return applyCorrections(ctx, s, opts.correct, stdout, stderr)
	}
	part, _ := parsePartition(opts.partition)
	so := pipeline.StreamOptions{Partition: part, Writers: firstPositive(opts.workers, cfg.IngestWorkers),
		BatchSize: firstPositive(opts.batch, cfg.IngestBatch), MaxOutage: firstPositive(opts.maxOutage, cfg.IngestMaxOutage)}
	return ingest(ctx, pipeline.New(ex, s), so, opts, stdin, stdout, stderr)
}

// dryRun extracts every input and prints it; nothing is written.
func dryRun(opts options, ex *extract.Extractor, stdin io.Reader, stdout, stderr io.Writer) int {
	var read, ok, failed int
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	handle := func(doc extract.Document, inErr error) error {
		read++
		if inErr != nil {
			failed++
			fmt.Fprintf(stderr, "ingest: %v\n", inErr)
			return nil
		}
		x, err := ex.Extract(doc)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "ingest: %s: %v\n", doc.Input, err)
			return nil
		}
		if opts.format == "jsonl" {
			err = enc.Encode(x)
		} else {
			err = writeSummary(stdout, doc.Input, &x)
		}
		if err != nil {
			return err
		}
		ok++
		return nil
	}
	if err := pipeline.ReadInputs(opts.paths, stdin, opts.maxBytes, handle, func(err error) {
		read++
		failed++
		fmt.Fprintf(stderr, "ingest: %v\n", err)
	}); err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "ingest: %d articles read, %d extracted, %d failed (dry run: nothing written)\n", read, ok, failed)
	if ok == 0 {
		return 1
	}
	return 0
}

// ingest reads every input and writes it through p, showing progress on
// stderr and a summary on stdout, also when stopped by a signal or an
// outage.
func ingest(ctx context.Context, p *pipeline.Pipeline, so pipeline.StreamOptions, opts options, stdin io.Reader, stdout, stderr io.Writer) int {
	start := time.Now()
	total := pipeline.CountInputs(opts.paths)
	prog := newProgress(opts.progress, stderr, total)
	in := make(chan pipeline.Input, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(in)
		send := func(i pipeline.Input) error {
			select {
			case in <- i:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		readErr <- pipeline.ReadInputs(opts.paths, stdin, opts.maxBytes,
			func(doc extract.Document, err error) error { return send(pipeline.Input{Doc: doc, Err: err}) },
			func(err error) { _ = send(pipeline.Input{Err: err}) })
	}()
	var t tally
	err := p.Stream(ctx, in, so, func(r pipeline.Result) {
		t.add(r)
		prog.add(1)
		switch {
		case r.Skipped, r.Err != nil && errors.Is(r.Err, context.Canceled):
		case r.Err != nil:
			prog.clear()
			fmt.Fprintf(stderr, "ingest: %v\n", r.Err)
		default:
			prog.clear()
			fmt.Fprintf(stdout, "%s: article %s %s: %d entities, %d relations\n",
				r.Doc.Input, r.X.Article.ID, r.Outcome, len(r.X.Entities), len(r.X.Relations))
		}
	})
	prog.finish()
	if rerr := <-readErr; rerr != nil && !errors.Is(rerr, context.Canceled) {
		fmt.Fprintf(stderr, "ingest: %v\n", rerr)
		t.failed++
	}
	t.print(stdout, time.Since(start))
	switch {
	case errors.Is(err, pipeline.ErrOutage):
		fmt.Fprintf(stderr, "ingest: stopped: %v; the articles not written are counted as failed; run the same command again when Neo4j is back (stored articles are skipped)\n", err)
		return 1
	case ctx.Err() != nil:
		fmt.Fprintf(stderr, "ingest: interrupted; run the same command again to finish (stored articles are skipped)\n")
		return 1
	case t.failed > 0:
		return 1
	}
	return 0
}

// tally is what a run did.
type tally struct {
	read, written, unchanged, replaced, failed, stopped, skipped int
	stats                                                        store.WriteStats
}

func (t *tally) add(r pipeline.Result) {
	t.read++
	switch {
	case r.Skipped:
		t.skipped++
		return
	case r.Err != nil && errors.Is(r.Err, context.Canceled):
		t.stopped++
		return
	case r.Err != nil:
		t.failed++
		return
	}
	t.stats = t.stats.Add(r.Stats)
	switch r.Outcome {
	case store.Written:
		t.written++
	case store.Unchanged:
		t.unchanged++
	case store.Replaced:
		t.replaced++
	}
}

func (t *tally) print(w io.Writer, took time.Duration) {
	rate := 0.0
	if s := took.Seconds(); s > 0 {
		rate = float64(t.written+t.replaced+t.unchanged) / s
	}
	stopped := ""
	if t.stopped > 0 {
		stopped = fmt.Sprintf(", %d not written (interrupted)", t.stopped)
	}
	if t.skipped > 0 {
		stopped += fmt.Sprintf(", %d left to other partitions", t.skipped)
	}
	fmt.Fprintf(w, "ingest: %d articles read: %d new, %d revised, %d unchanged, %d failed%s; %d nodes and %d relationships created, %d events joined to known ones; %.1f s, %.1f articles/s\n",
		t.read, t.written, t.replaced, t.unchanged, t.failed, stopped, t.stats.NodesCreated, t.stats.RelationshipsCreated, t.stats.EventsJoined, took.Seconds(), rate)
}

func firstPositive(a, b int) int {
	if a > 0 {
		return a
	}
	return b
}

// parsePartition reads "I/N" (0 <= I < N); "" is the whole feed.
func parsePartition(s string) (pipeline.Partition, error) {
	if s == "" {
		return pipeline.Partition{}, nil
	}
	var p pipeline.Partition
	if n, err := fmt.Sscanf(s, "%d/%d", &p.Index, &p.Count); err != nil || n != 2 || p.Count < 1 || p.Index < 0 || p.Index >= p.Count {
		return p, fmt.Errorf("--partition %q: want I/N with 0 <= I < N, e.g. 0/3", s)
	}
	return p, nil
}
