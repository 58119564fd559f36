package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestTradeBalancesAndGluedCodes checks that a figure of surplus or
// deficit, or a balance in one side's favour, is no trade volume (while
// "the trade balance grew to US$3 billion" often means the volume and
// stays), and that an ISO code written against the amount ("OMR393.628
// million") is read, but not "COP26".
func TestTradeBalancesAndGluedCodes(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2023-05-01\n\n"
	tests := []struct {
		name, text string
		want       []string // "value currency year"
	}{
		{"a code glued to the amount",
			lead + "Trade between Oman and Egypt grew in 2022 to roughly OMR393.628 million.",
			[]string{"3.93628e+08 OMR 2022"}},
		{"no amount in a summit's name",
			lead + "Trade between Oman and Egypt was discussed at COP26 in 2021.",
			nil},
		{"a balance in one side's favour",
			lead + "Trade between Oman and Egypt grew in 2022 to roughly OMR393.628 million. The 2022 trade balance between the two countries stood at OMR202.526 million in Oman's favour.",
			[]string{"3.93628e+08 OMR 2022"}},
		{"a surplus after the volume",
			lead + "Trade between Oman and Egypt reached $5 billion in 2022, with a surplus of $1 billion for Oman.",
			[]string{"5e+09 USD 2022"}},
		{"a trade gap after the volume and its parts",
			lead + "Muscat will host a session that lets Oman and Egypt take up several projects.\n\nData show that Oman's total trade with Egypt in the first four months of 2022 was worth USD 510.522 million. Exports made up USD 13.625 million of that and imports USD 496.897 million, so that the trade gap stood at USD 483.272 million in Egypt's favour. Compared with the same period of 2021, the total trade volume was up 99 percent.",
			[]string{"5.10522e+08 USD 2022"}},
		{"'the trade balance grew to' a figure: the volume",
			lead + "Once peace had taken hold, the trade balance between Oman and Egypt grew in 2021 to US$3 billion.",
			[]string{"3e+09 USD 2021"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tradeFigures(t, x, tc.name, tc.text, func(r graph.Relation) string {
				return fmt.Sprintf("%g %s %d", r.Value, r.Currency, r.Year)
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTradeTargetsNamedAround checks that a figure the trade is to reach
// is no volume when "towards" stands before it or a target noun ends the
// phrase it opens ("efforts towards a trade volume of $5 billion", "the
// $5 billion trade volume target").
func TestTradeTargetsNamedAround(t *testing.T) {
	x := mustExtractor(t)
	for _, text := range []string{
		"date 2025-02-13\n\nTurkish President Recep Tayyip Erdogan said Turkey and Pakistan agreed to step up their efforts towards a bilateral trade volume of $5 billion.",
		"date 2025-02-13\n\nErdogan said Turkey and Pakistan agreed on redoubling efforts to hit the $5 billion trade volume target.",
	} {
		if got := tradeFigures(t, x, text, text, func(r graph.Relation) string { return fmt.Sprint(r.Value) }); len(got) != 0 {
			t.Errorf("%q: trade figures %q, want none", text, got)
		}
	}
}
