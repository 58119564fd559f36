package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

func TestCooperatesInUnorderedPairs(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "from partner" for sector energy, sorted
	}{
		{"pair", "date 2025-03-12\n\nKazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks in Beijing on Monday. The two presidents discussed cooperation in energy.",
			[]string{"CHN KAZ"}},
		{"three countries", "date 2025-03-12\n\nKazakh President Kassym-Jomart Tokayev, Chinese President Xi Jinping and Russian President Vladimir Putin held a summit in Beijing on Monday. The three presidents discussed cooperation in energy.",
			[]string{"CHN KAZ", "CHN RUS", "KAZ RUS"}},
		{"the two countries among three: the pair most named",
			"date 2025-03-12\n\nKenyan President Ruth Wanjiku will visit Ghana and Togo next week. Kenya and Ghana have long ties, and Kenyan firms trade with Ghana. The two countries are widening cooperation in energy.",
			[]string{"GHA KEN"}},
		{"the two countries among three named equally often: every pair",
			"date 2025-03-12\n\nKenyan President Ruth Wanjiku will visit Ghana and Togo next week. The two countries are widening cooperation in energy.",
			[]string{"GHA KEN", "GHA TGO", "KEN TGO"}},
		{"a minister's portfolio in parentheses is no sector",
			"date 2025-03-12\n\nKazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks in Beijing on Monday, with a delegation that would include Nurlan Sauranbayev (Energy), among other ministers.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			var got []string
			for _, r := range out.Relations {
				if r.Type == graph.RelCooperatesIn && r.To == "sector:energy" {
					if r.From[len("country:"):] >= r.Partner {
						t.Errorf("from %s, partner %s: want from the smaller code", r.From, r.Partner)
					}
					got = append(got, r.From[len("country:"):]+" "+r.Partner)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("COOPERATES_IN energy %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTradeFigures checks that a trade figure keeps its amount and
// currency as stated, gives a US-dollar value only for US dollars (never
// 0 dollars), and names a period that is not a calendar year.
func TestTradeFigures(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2025-08-30\n\nIndian Prime Minister Narendra Modi met South African President Cyril Ramaphosa in New Delhi on Friday. "
	tests := []struct {
		name, text string
		want       string // "value currency valueUsd year period"
	}{
		{"US dollars", lead + "Trade between India and South Africa reached $20 billion in 2024.", "2e+10 USD 2e+10 2024 "},
		{"rupees in crore, fiscal year", lead + "Bilateral trade reached Rs 3,400 crore in 2022/23.", "3.4e+10 INR 0 0 2022/23"},
		{"rand", lead + "Trade between the two countries reached R12 billion in 2024.", "1.2e+10 ZAR 0 2024 "},
		{"euros, part of a year", lead + "Trade between India and South Africa hit €17.5bn in January-September 2019.", "1.75e+10 EUR 0 2019 January-September 2019"},
		{"between two months of this year", lead + "Trade between India and South Africa reached $9 billion between January and April.", "9e+09 USD 9e+09 2025 between January and April"},
		{"first half", lead + "Trade between India and South Africa rose to $9 billion in the first half of 2024.", "9e+09 USD 9e+09 2024 the first half of 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tc.name, out)
			var got []string
			for _, r := range out.Relations {
				if r.Type == graph.RelTradeVolume {
					got = append(got, fmt.Sprintf("%g %s %g %d %s", r.Value, r.Currency, r.ValueUSD, r.Year, r.Period))
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %q, want [%q]", got, tc.want)
			}
		})
	}
}
