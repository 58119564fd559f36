package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/schema"
)

// corrector is the store's corrections as the schema's Corrector: an
// unknown correction (store.ErrNoCorrection) is graph.ErrNotFound, which
// the schema answers NOT_FOUND.
type corrector struct{ b backend }

var _ schema.Corrector = corrector{}

// Correct stores c (see store.Store.Correct).
func (c corrector) Correct(ctx context.Context, x graph.Correction, now time.Time) (graph.Correction, error) {
	return c.b.Correct(ctx, x, now)
}

// UndoCorrection undoes the correction id (see store.Store.UndoCorrection).
func (c corrector) UndoCorrection(ctx context.Context, id, by string, now time.Time) error {
	err := c.b.UndoCorrection(ctx, id, by, now)
	if errors.Is(err, store.ErrNoCorrection) {
		return fmt.Errorf("%w: %w", graph.ErrNotFound, err)
	}
	return err
}

// analystHeader names the analyst a request acts for: the correction
// mutations record corrections as theirs.
const analystHeader = "X-Analyst"

// withAnalyst passes the X-Analyst header of each request to the schema
// (schema.WithAnalyst).
func withAnalyst(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if name := r.Header.Get(analystHeader); name != "" {
			r = r.WithContext(schema.WithAnalyst(r.Context(), name))
		}
		h.ServeHTTP(w, r)
	})
}
