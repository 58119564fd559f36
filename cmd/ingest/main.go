// Command ingest turns news articles into the bilateral-relations graph.
//
//	ingest [flags] PATH...
//
// Each PATH is a file, a directory (read recursively, in name order) or "-"
// for standard input. Files hold plain text with optional header lines,
// Markdown with YAML front matter, or JSON Lines (one article per line).
// Articles are extracted on every core and written to Neo4j in batches
// (--batch articles per transaction, --workers transactions at once);
// writing an article again changes nothing. The job shows its progress on
// stderr and prints a summary, also when interrupted (SIGINT, SIGTERM) or
// stopped because Neo4j stayed unreachable for --max-outage batches. With
// --dry-run nothing is written and each extraction is printed instead
// (--format jsonl, the extraction contract, or summary, a digest for
// people); --remove ID... removes articles.
//
// Settings come from the environment and .env (see .env.example); the
// environment wins. The exit status is 0 when every input was written (or
// was stored unchanged), 1 when any failed or was not written, 2 for bad
// flags or settings. A dry run exits 1 only when no input at all could be
// extracted, as the extraction contract says.
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
