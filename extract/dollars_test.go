package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestBareDollarsOfDollarCountries checks whose dollars a bare "$" of a
// trade figure counts: the US dollar where neither country has a dollar
// of its own or nothing says otherwise; none (no figure) where both have
// one; the one country's dollar where the article writes US dollars as
// such elsewhere.
func TestBareDollarsOfDollarCountries(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "value currency valueUsd year"
	}{
		{"no dollar of their own: US dollars",
			"date 2024-09-18\n\nTrade between India and Kenya came to $2.7 billion in 2023.",
			[]string{"2.7e+09 USD 2.7e+09 2023"}},
		{"both with dollars of their own: whose, untold",
			"date 2024-09-18\n\nTrade between Jamaica and Trinidad and Tobago came to $2.7 billion in 2023.",
			nil},
		{"one with dollars of its own, US dollars written as such elsewhere: its dollars",
			"date 2024-09-18\n\nTrade between India and Fiji came to $1.2 billion in 2023. India pledged US$5 million in aid.",
			[]string{"1.2e+09 FJD 0 2023"}},
		{"one with dollars of its own, nothing else: as read",
			"date 2024-09-18\n\nTrade between India and Fiji came to $1.2 billion in 2023.",
			[]string{"1.2e+09 USD 1.2e+09 2023"}},
		{"dollars named by their prefix: kept",
			"date 2024-09-18\n\nTrade between Jamaica and Trinidad and Tobago came to TT$2.7 billion in 2023.",
			[]string{"2.7e+09 TTD 0 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tradeFigures(t, x, tc.name, tc.text, func(r graph.Relation) string {
				return fmt.Sprintf("%g %s %g %d", r.Value, r.Currency, r.ValueUSD, r.Year)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
