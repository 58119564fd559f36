// Command api serves the bilateral-relations graph over HTTP.
//
// Settings come from the environment and .env (see .env.example). It
// answers /healthz (the process is up) and /readyz (Neo4j answers), and
// stops gracefully on SIGINT or SIGTERM.
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
	code := run(ctx, os.Stdout, os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}
