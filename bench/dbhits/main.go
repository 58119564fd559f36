// Command dbhits reports the database hits of the bench's GraphQL
// requests on the graph Neo4j holds: each request runs through the API's
// schema over the store, and every Cypher statement it sends is run again
// under PROFILE (store.ProfileReads), so the figures are those of the
// store's own queries. Country references are cached first, as in the
// running API.
//
//	go run ./bench/dbhits [-size N] [-json dbhits.jsonl] [-v]
//	go run ./bench/dbhits -table dbhits.jsonl
//
// -size labels the figures (default: the corpus size recorded by
// bench/ingestbench in the instance's marker). -table prints the
// recorded figures as a Markdown table, one column per size.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/bench/instance"
	"github.com/bilateral-kg/bilateral/bench/queries"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/schema"
)

// Statement is one Cypher statement a request sent.
type Statement struct {
	Cypher string `json:"cypher"` // its first line
	DbHits int64  `json:"dbHits"`
	Rows   int64  `json:"rows"`
}

// Record is the database hits of one request at one size.
type Record struct {
	Size       int         `json:"size"`
	Query      string      `json:"query"`
	DbHits     int64       `json:"dbHits"`
	Statements []Statement `json:"statements"`
	// Error is why the request could not be profiled (it failed), or "".
	Error string `json:"error,omitempty"`
}

func main() {
	if err := run(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "dbhits: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("dbhits", flag.ContinueOnError)
	size := fs.Int("size", 0, "size label (default: the instance's corpus marker)")
	jsonPath := fs.String("json", "", "append the figures as JSON lines to this file")
	table := fs.String("table", "", "print the figures recorded in this file as a Markdown table and exit")
	verbose := fs.Bool("v", false, "print every statement")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *table != "" {
		return printTable(*table)
	}
	if *size == 0 {
		*size = markerSize()
	}
	cfg, err := config.Load(os.LookupEnv)
	if err != nil {
		return err
	}
	s, err := store.Open(ctx, cfg.Neo4j)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	sw := &switchable{Store: s}
	sch, err := schema.New(sw, schema.Options{Timeout: time.Minute, Logger: slog.New(&lastError{})}) // cold plans on a busy machine
	if err != nil {
		return fmt.Errorf("build schema: %w", err)
	}
	var recs []Record
	for _, q := range append(append(append([]queries.Query(nil), queries.Mix...), queries.Shared...), queries.Extra...) {
		r := Record{Size: *size, Query: q.Name}
		ps, err := profile(ctx, s, sw, sch, q.API)
		if err != nil { // reported, and the other requests still profiled
			r.Error = err.Error()
			recs = append(recs, r)
			fmt.Printf("%-20s failed: %v\n", q.Name, err)
			continue
		}
		for _, p := range ps {
			r.DbHits += p.DbHits
			r.Statements = append(r.Statements, Statement{Cypher: firstLine(p.Cypher), DbHits: p.DbHits, Rows: p.Rows})
		}
		recs = append(recs, r)
		fmt.Printf("%-20s %2d statements %10d db hits\n", q.Name, len(r.Statements), r.DbHits)
		if *verbose {
			for _, st := range r.Statements {
				fmt.Printf("    %10d db hits %6d rows  %s\n", st.DbHits, st.Rows, st.Cypher)
			}
		}
	}
	if *jsonPath != "" {
		f, err := os.OpenFile(*jsonPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return fmt.Errorf("open -json file: %w", err)
		}
		defer f.Close()
		enc := json.NewEncoder(f)
		for _, r := range recs {
			if err := enc.Encode(r); err != nil {
				return fmt.Errorf("write -json file: %w", err)
			}
		}
	}
	return nil
}

// profile runs the request once to warm the schema's caches, then again
// on the profiling copy of the store; the error says why either failed,
// with the store's own error where the schema hid it.
func profile(ctx context.Context, s *store.Store, sw *switchable, sch *schema.Schema, query string) ([]store.QueryProfile, error) {
	if err := execute(ctx, sch, query); err != nil {
		return nil, err
	}
	return s.ProfileReads(ctx, func(ctx context.Context, cp *store.Store) error {
		sw.Store = cp
		defer func() { sw.Store = s }()
		return execute(ctx, sch, query)
	})
}

// switchable is the schema's reader: the store, swapped for the
// profiling copy while a request is profiled (one request at a time).
type switchable struct{ *store.Store }

func execute(ctx context.Context, sch *schema.Schema, query string) error {
	res := sch.Execute(ctx, schema.Request{Query: query, ReadOnly: true})
	if len(res.Errors) > 0 {
		msg := res.Errors[0].Message
		if cause := takeLastError(); cause != "" {
			msg += ": " + cause
		}
		return errors.New(msg)
	}
	return nil
}

// firstLine is a statement's first non-blank line, to name it.
func firstLine(cypher string) string {
	for _, l := range strings.Split(cypher, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// markerSize reads the corpus size from the instance's marker, 0 if none.
func markerSize() int {
	root, err := os.Getwd()
	if err != nil {
		return 0
	}
	in, err := instance.FromEnv(root)
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(strings.Fields(in.Marker() + " 0")[0])
	return n
}
