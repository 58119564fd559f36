package main

import (
	"context"
	"log/slog"
	"sync"
)

// lastError is a slog handler that keeps the last error the schema logs
// (the cause of an "internal error" answer), for dbhits to report.
type lastError struct{}

var (
	lastErrMu  sync.Mutex
	lastErrMsg string
)

func (*lastError) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelError }

func (*lastError) Handle(_ context.Context, r slog.Record) error {
	msg := r.Message
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "err" || a.Key == "error" {
			msg += ": " + a.Value.String()
		}
		return true
	})
	lastErrMu.Lock()
	lastErrMsg = msg
	lastErrMu.Unlock()
	return nil
}

func (h *lastError) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *lastError) WithGroup(string) slog.Handler      { return h }

// takeLastError returns the last error logged since the last call, or "".
func takeLastError() string {
	lastErrMu.Lock()
	defer lastErrMu.Unlock()
	m := lastErrMsg
	lastErrMsg = ""
	return m
}
