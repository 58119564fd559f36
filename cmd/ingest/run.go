package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// options are the command-line flags.
type options struct {
	dryRun   bool
	remove   bool
	format   string
	maxBytes int64
	paths    []string
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: ingest [--dry-run] [--format jsonl|summary] [--max-bytes N] PATH...")
		fmt.Fprintln(stderr, "       ingest --remove ARTICLE-ID...")
		fmt.Fprintln(stderr, "PATH is a file, a directory (recursive) or - for standard input.")
		fs.PrintDefaults()
	}
	fs.BoolVar(&o.dryRun, "dry-run", false, "extract and print; write nothing to Neo4j")
	fs.BoolVar(&o.remove, "remove", false, "remove the contribution of the articles whose ids are given instead of ingesting")
	fs.StringVar(&o.format, "format", "", "output of a dry run: jsonl (the extraction contract) or summary (default jsonl)")
	fs.Int64Var(&o.maxBytes, "max-bytes", 0, "per-article size limit in bytes (default INGEST_MAX_ARTICLE_BYTES or 1 MiB)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.paths = fs.Args()
	switch {
	case len(o.paths) == 0:
		fs.Usage()
		return o, errors.New("no input given")
	case o.format != "" && o.format != "jsonl" && o.format != "summary":
		return o, fmt.Errorf("--format %q: want jsonl or summary", o.format)
	case o.format != "" && !o.dryRun:
		return o, errors.New("--format applies to --dry-run only")
	case o.remove && o.dryRun:
		return o, errors.New("--remove and --dry-run do not go together")
	}
	if o.format == "" {
		o.format = "jsonl"
	}
	return o, nil
}

// tally is what a run did.
type tally struct {
	read, ok, failed int
	stats            store.WriteStats
}

// run is the whole command; main only wires the process to it.
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

	var p *pipeline.Pipeline
	if !opts.dryRun {
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
		p = pipeline.New(ex, s)
	}

	var t tally
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	handle := func(doc extract.Document, inErr error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		t.read++
		if inErr != nil {
			t.failed++
			fmt.Fprintf(stderr, "ingest: %v\n", inErr)
			return nil
		}
		var err error
		switch {
		case opts.dryRun:
			var x graph.Extraction
			if x, err = ex.Extract(doc); err != nil {
				t.failed++
				fmt.Fprintf(stderr, "ingest: %s: %v\n", doc.Input, err)
				return nil
			}
			if opts.format == "jsonl" {
				err = enc.Encode(x)
			} else {
				err = writeSummary(stdout, doc.Input, &x)
			}
		default:
			x, st, ierr := p.Ingest(ctx, doc)
			if ierr != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				t.failed++
				fmt.Fprintf(stderr, "ingest: %v\n", ierr)
				return nil
			}
			t.stats = t.stats.Add(st)
			fmt.Fprintf(stdout, "%s: article %s: %d entities, %d relations; %d nodes and %d relationships created\n",
				doc.Input, x.Article.ID, len(x.Entities), len(x.Relations), st.NodesCreated, st.RelationshipsCreated)
		}
		if err != nil {
			return err
		}
		t.ok++
		return nil
	}
	if err := pipeline.ReadInputs(opts.paths, stdin, opts.maxBytes, handle, func(err error) {
		t.read++
		t.failed++
		fmt.Fprintf(stderr, "ingest: %v\n", err)
	}); err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		return 1
	}

	if opts.dryRun {
		fmt.Fprintf(stderr, "ingest: %d articles read, %d extracted, %d failed (dry run: nothing written)\n", t.read, t.ok, t.failed)
	} else {
		fmt.Fprintf(stdout, "ingest: %d articles read, %d written, %d failed; %d nodes and %d relationships created, %d properties set\n",
			t.read, t.ok, t.failed, t.stats.NodesCreated, t.stats.RelationshipsCreated, t.stats.PropertiesSet)
	}
	if t.ok == 0 {
		return 1
	}
	return 0
}
