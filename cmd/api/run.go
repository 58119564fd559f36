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

	"github.com/rs/cors"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
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
	fmt.Fprintf(stdout, "api: serving on http://%s/graphql\n", ln.Addr())
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

// backend is what the handler needs of the store.
type backend interface {
	schema.Reader
	Ping(ctx context.Context) error
	WriteArticle(ctx context.Context, x *graph.Extraction) (store.WriteStats, error)
}

// newHandler builds every route of the server over b.
func newHandler(b backend, cfg config.Config, log *slog.Logger) (http.Handler, error) {
	m := newMetrics()
	limits := schema.Limits{MaxDepth: cfg.MaxDepth, MaxCost: cfg.MaxCost, MaxFields: cfg.MaxFields, MaxTokens: cfg.MaxTokens}
	opts := schema.Options{APIToken: cfg.APIToken, Limits: limits, Timeout: cfg.QueryTimeout, Logger: log}
	if cfg.APIToken != "" {
		ex, err := extract.New()
		if err != nil {
			return nil, fmt.Errorf("load extractor: %w", err)
		}
		opts.Ingester = &ingester{p: pipeline.New(ex, b), maxBytes: int(cfg.MaxArticleBytes)}
	}
	sch, err := schema.New(schema.Instrument(b, m.observer), opts)
	if err != nil {
		return nil, fmt.Errorf("build schema: %w", err)
	}
	mux := http.NewServeMux()
	timeout := cfg.QueryTimeout
	if timeout <= 0 {
		timeout = schema.DefaultTimeout // as the schema takes it
	}
	gql := &graphqlHandler{schema: sch, maxBody: cfg.MaxBodyBytes, timeout: timeout, gate: newGate(max(1, cfg.MaxConcurrent)), metrics: m, log: log}
	mux.Handle("/graphql", m.instrument(log, "/graphql", gql))
	mux.Handle("GET /healthz", m.instrument(log, "/healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})))
	mux.Handle("GET /readyz", m.instrument(log, "/readyz", readyz(b, timeout, log)))
	mux.Handle("GET /metrics", m.handler())
	allowed := map[string]bool{}
	for _, o := range cfg.CORSOrigins {
		allowed[o] = true
	}
	c := cors.New(cors.Options{
		// An empty CORS_ORIGINS allows no origin (rs/cors would allow all).
		AllowOriginFunc: func(origin string) bool { return allowed[origin] || allowed["*"] },
		AllowedMethods:  []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:  []string{"Content-Type", "Authorization"},
		MaxAge:          600,
	})
	return c.Handler(mux), nil
}
