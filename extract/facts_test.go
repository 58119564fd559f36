package extract_test

import (
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, tc.name, out)
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
