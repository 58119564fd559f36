// Command api serves the bilateral-relations graph over HTTP.
//
// Settings come from the environment and .env (see .env.example). It
// serves the GraphQL API at /graphql (POST or GET; GraphiQL for browsers),
// the dashboard at /, /healthz (the process is up), /readyz (Neo4j
// answers) and /metrics (Prometheus), logs one JSON line per request, and
// stops gracefully on SIGINT or SIGTERM, letting requests in flight
// finish. The HTTP layer is package internal/httpapi; this command wires
// the configuration, the store, the schema and that handler into a server,
// and hands the schema the wall clock and each request's X-Analyst header
// for the correction mutations.
//
// The limits (API_MAX_BODY_BYTES, API_MAX_DEPTH, API_MAX_COST,
// API_MAX_FIELDS, API_MAX_TOKENS, API_QUERY_TIMEOUT, API_MAX_CONCURRENT)
// are read by internal/config; package schema says what they measure. A
// request's whole life runs within API_QUERY_TIMEOUT, and at most
// API_MAX_CONCURRENT run at once (the others are answered 503 OVERLOADED
// with Retry-After). The store is opened with API_NEO4J_MAX_RETRY_TIME, so
// that a database that cannot be reached is answered DATABASE_UNAVAILABLE
// within the time limit.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/joho/godotenv"
)

func main() {
	_ = godotenv.Load() // optional; variables already in the environment win
	if _, set := os.LookupEnv("GOGC"); !set {
		// The heap is small and short-lived per request: collecting less
		// often saves CPU that the latency tail needs.
		debug.SetGCPercent(400)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Stdout, os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}
