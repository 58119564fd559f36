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

	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
)

// run starts the server and blocks until ctx is cancelled.
func run(ctx context.Context, stdout, stderr io.Writer, lookup func(string) (string, bool)) int {
	cfg, err := config.Load(lookup)
	if err != nil {
		fmt.Fprintf(stderr, "api: %v\n", err)
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	s, err := store.Open(ctx, cfg.Neo4j)
	if err != nil {
		fmt.Fprintf(stderr, "api: %v\n", err)
		return 1
	}
	defer s.Close(context.Background())
	if err := s.Migrate(ctx); err != nil {
		fmt.Fprintf(stderr, "api: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", cfg.APIAddr)
	if err != nil {
		fmt.Fprintf(stderr, "api: listen on %s: %v\n", cfg.APIAddr, err)
		return 1
	}
	srv := &http.Server{Handler: routes(s), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "api: serving on http://%s\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		log.Error("serve", "err", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("shutdown", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// pinger is what /readyz needs of the store.
type pinger interface {
	Ping(ctx context.Context) error
}

func routes(p pinger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := p.Ping(ctx); err != nil {
			http.Error(w, "neo4j unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	return mux
}
