package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/internal/httpapi"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
	"github.com/bilateral-kg/bilateral/schema"
)

// run starts the server and blocks until ctx is cancelled.
func run(ctx context.Context, stdout, stderr io.Writer, lookup func(string) (string, bool)) int {
	cfg, err := config.Load(lookup)
	if err != nil {
		fmt.Fprintf(stderr, "api: %v\n", err)
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	s, err := openStore(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "api: %v\n", err)
		return 1
	}
	defer s.Close(context.Background())
	if err := s.Migrate(ctx); err != nil {
		fmt.Fprintf(stderr, "api: %v\n", err)
		return 1
	}
	h, err := newHandler(s, cfg, log)
	if err != nil {
		fmt.Fprintf(stderr, "api: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", cfg.APIAddr)
	if err != nil {
		fmt.Fprintf(stderr, "api: listen on %s: %v\n", cfg.APIAddr, err)
		return 1
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      cfg.QueryTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(stdout, "api: serving on http://%s/graphql (dashboard at http://%s/)\n", ln.Addr(), ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		log.Error("serve", "err", err)
		return 1
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), cfg.QueryTimeout+5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("shutdown", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// openStore opens the store as cfg.Neo4j says, except that transactions
// are retried for cfg.APIRetryTime: the API gives up on an unreachable
// database well within a request's time limit, to answer
// DATABASE_UNAVAILABLE rather than TIMEOUT.
func openStore(ctx context.Context, cfg config.Config) (*store.Store, error) {
	n := cfg.Neo4j
	n.MaxRetryTime = cfg.APIRetryTime
	return store.Open(ctx, n)
}

// backend is what the server needs of the store: the schema's reads,
// /readyz's ping and the mutations' writes.
type backend interface {
	schema.Reader
	httpapi.Pinger
	WriteArticle(ctx context.Context, x *graph.Extraction) (store.WriteStats, error)
	Correct(ctx context.Context, c graph.Correction, now time.Time) (graph.Correction, error)
	UndoCorrection(ctx context.Context, id, by string, now time.Time) error
}

// newHandler wires the server over b: the schema (with the ingest
// pipeline and the store's corrections for the mutations when
// cfg.APIToken is set, dated by the wall clock), its reads recorded by
// the metrics, and the HTTP handler of every route, which passes the
// X-Analyst header to the schema as the analyst of a request.
func newHandler(b backend, cfg config.Config, log *slog.Logger) (http.Handler, error) {
	m := httpapi.NewMetrics()
	limits := schema.Limits{MaxDepth: cfg.MaxDepth, MaxCost: cfg.MaxCost, MaxFields: cfg.MaxFields, MaxTokens: cfg.MaxTokens}
	opts := schema.Options{APIToken: cfg.APIToken, Limits: limits, Timeout: cfg.QueryTimeout, Logger: log}
	if cfg.APIToken != "" {
		ex, err := extract.New()
		if err != nil {
			return nil, fmt.Errorf("load extractor: %w", err)
		}
		opts.Ingester = &ingester{p: pipeline.New(ex, b), maxBytes: int(cfg.MaxArticleBytes)}
		opts.Corrector, opts.Now = corrector{b}, time.Now
	}
	sch, err := schema.New(schema.Instrument(b, m.ObserveQuery), opts)
	if err != nil {
		return nil, fmt.Errorf("build schema: %w", err)
	}
	h, err := httpapi.New(sch, b, m, httpapi.Config{
		MaxBodyBytes: cfg.MaxBodyBytes, Timeout: cfg.QueryTimeout,
		MaxConcurrent: cfg.MaxConcurrent, CORSOrigins: cfg.CORSOrigins,
	}, log)
	if err != nil {
		return nil, fmt.Errorf("build the HTTP handler: %w", err)
	}
	return withAnalyst(h), nil
}
