package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestTakeTurns checks the order of the turns, that the warm-up turns are
// discarded, and that each side gets its duration in all, the last turn
// cut short.
func TestTakeTurns(t *testing.T) {
	tests := []struct {
		name        string
		duration    time.Duration
		slice       time.Duration
		maxRequests int
		want        string // turns in order: lower case for warm-up
		wantSent    time.Duration
	}{
		{name: "three turns each", duration: 15 * time.Second, slice: 5 * time.Second, maxRequests: 1000,
			want: "a d A D D A A D", wantSent: 15 * time.Second},
		{name: "last turn cut short", duration: 12 * time.Second, slice: 5 * time.Second, maxRequests: 1000,
			want: "a d A D D A A D", wantSent: 12 * time.Second},
		{name: "request cap", duration: time.Minute, slice: 5 * time.Second, maxRequests: 2,
			want: "a d A D D A", wantSent: 10 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			warm := map[string]bool{}
			sides := []*side{{label: "A"}, {label: "D"}}
			for _, sd := range sides {
				label := sd.label
				sd.call = func(context.Context, int) error { got = append(got, label); return nil }
			}
			drive := func(ctx context.Context, o options, d time.Duration, call func(context.Context, int) error) []sample {
				n := len(got)
				_ = call(ctx, 0)
				label := got[n]
				if !warm[label] {
					warm[label] = true
					got[n] = strings.ToLower(label)
				}
				return []sample{{d: d}}
			}
			o := options{duration: tt.duration, slice: tt.slice, maxRequests: tt.maxRequests}
			takeTurns(context.Background(), o, sides, drive)
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("turns %q, want %q", s, tt.want)
			}
			for _, sd := range sides {
				if sd.sent != tt.wantSent {
					t.Errorf("%s driven for %v, want %v", sd.label, sd.sent, tt.wantSent)
				}
				if len(sd.samples) != len(sd.p50s) {
					t.Errorf("%s: %d samples, %d turn medians", sd.label, len(sd.samples), len(sd.p50s))
				}
			}
		})
	}
}
