package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

// sectorsOf returns the sector keys of the extraction, sorted.
func sectorsOf(x graph.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		if e.Type == graph.TypeSector {
			out = append(out, strings.TrimPrefix(e.Key, "sector:"))
		}
	}
	slices.Sort(out)
	return out
}

func TestSectorWords(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2024-03-01\n\nKenyan President Ruth Wanjiku held talks with Ugandan President Moses Okello in Kampala on Friday. "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hydro-power, split by its hyphen", lead + "The two leaders discussed hydro-power cooperation.", []string{"energy"}},
		{"hydro-electric projects", lead + "They agreed to develop hydro-electric projects together.", []string{"energy"}},
		{"electric power among areas", lead + "The two countries cooperate in areas such as water supply and electric power.", []string{"energy", "water"}},
		{"energy security is energy alone", lead + "The two leaders agreed to cooperate on energy security.", []string{"energy"}},
		{"a minister's portfolio is no sector", lead + "They were joined by Amos Kiprono, Minister of Trade, Investment and Fisheries, and discussed cooperation in health.", []string{"health"}},
		{"a minister of state for an area is no sector", lead + "Okello also received Amos Kiprono, Minister of State for Defence Affairs, to discuss cooperation in tourism.", []string{"tourism"}},
		{"a bureau's name is no sector", lead + "The Communications Security Bureau has studied the deal, and the two sides agreed to expand cooperation in education.", []string{"education"}},
		{"a list of portfolios before a minister is no sector", lead + "They were joined by Amos Kiprono, the Investment, Trade and Industry Minister, and discussed cooperation in health.", []string{"health"}},
		{"a list naming a body after a sector is no office", lead + "They signed agreements on Civil Nuclear Cooperation, Makerere University, and cooperation in Agriculture.", []string{"agriculture", "energy"}},
		{"cultural ties shared are no cooperation", lead + "The two countries share deep historical and cultural ties, and agreed to cooperate in tourism.", []string{"tourism"}},
		{"cultural ties strengthened are", lead + "The two leaders agreed to strengthen economic and cultural ties.", []string{"culture"}},
		{"a business environment is no sector", lead + "They discussed the business environment and agreed to cooperate in health.", []string{"health"}},
		{"palm oil is no energy", lead + "They agreed to cooperate on palm oil prices and on tourism.", []string{"tourism"}},
		{"fields listed after thematic axes and a colon", lead + "The commission works along three thematic axes: Tourism; Health; and Education.", []string{"education", "health", "tourism"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := sectorsOf(out); !slices.Equal(got, tc.want) {
				t.Errorf("sectors %q, want %q", got, tc.want)
			}
		})
	}
}
