// Command export writes a subgraph of the bilateral graph as files for
// Gephi and pandas:
//
//	export [--country C | --pair A,B] [--from DATE] [--to DATE] [--min-sources N]
//	       [--retracted] [--format csv,graphml] [--out DIR]
//
// It writes nodes.csv, relationships.csv and evidence.csv (the sentence
// behind each fact) and graph.graphml into DIR (default "export",
// created when missing; files of the same names are replaced). Without
// --country or --pair it selects every fact; see store.ExportFilter for
// what each flag keeps. Countries are alpha-3 or alpha-2 codes or English
// names, any case; dates are YYYY-MM-DD.
//
// Settings (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, ...) come from the
// environment and .env, the environment winning. The exit status is 0
// when the files are written, 1 when Neo4j or a file fails or a country
// is unknown, 2 for bad flags or settings.
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
	code := run(ctx, os.Args[1:], os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}
