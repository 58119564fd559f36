// Command ingest turns news articles into the bilateral-relations graph.
//
//	ingest [flags] PATH...
//
// Each PATH is a file, a directory (read recursively, in name order) or "-"
// for standard input. Files hold plain text with optional header lines,
// Markdown with YAML front matter, or JSON Lines (one article per line).
// Every article is extracted and written to Neo4j in one transaction of its
// own; writing an article again changes nothing. With --dry-run nothing is
// written and each extraction is printed instead (--format jsonl, the
// extraction contract, or summary, a digest for people).
//
// Settings come from the environment and .env (see .env.example). The exit
// status is 0 when at least one article was processed, 1 when none was (or
// Neo4j could not be reached), 2 for bad flags.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/joho/godotenv"
)

func main() {
	_ = godotenv.Load() // optional; variables already in the environment win
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}
