package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/schema"
)

// readyz answers whether the database answers a query within timeout:
// 200 "ready", or 503 with DATABASE_UNAVAILABLE when it cannot be reached
// (the cause is logged at error level) and "not ready" otherwise.
func readyz(db Pinger, timeout time.Duration, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		err := db.Ping(ctx)
		switch {
		case err == nil:
			fmt.Fprintln(w, "ready")
		case errors.Is(err, graph.ErrUnavailable):
			log.ErrorContext(ctx, "readyz: database unavailable", "err", err)
			http.Error(w, "not ready: "+schema.CodeUnavailable, http.StatusServiceUnavailable)
		default:
			log.ErrorContext(ctx, "readyz: database did not answer", "err", err)
			http.Error(w, "not ready: the database did not answer", http.StatusServiceUnavailable)
		}
	})
}
