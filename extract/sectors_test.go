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
		{"the fight against terrorism is security", lead + "The two leaders agreed to deepen cooperation in the fight against terrorism.", []string{"security"}},
		{"a sponsor of terrorism is no security cooperation", lead + "The two sides discussed relations with a state they called a sponsor of terrorism.", nil},
		{"drug trafficking fought together", lead + "They signed an agreement on combating drug trafficking.", []string{"security"}},
		{"issues talked over, no word of cooperation", lead + "The two leaders talked about issues of agriculture and health.", []string{"agriculture", "health"}},
		{"fields the talks covered", lead + "Their meeting covered tourism and education.", []string{"education", "tourism"}},
		{"priorities named", lead + "Energy and mining were named the priorities for the years ahead.", []string{"energy", "mining"}},
		{"shared concerns about crime and drugs are security", lead + "Their talks covered cooperation in tourism, along with shared concerns about international crime, particularly drugs.", []string{"security", "tourism"}},
		{"a port and cargo are transport", lead + "They agreed to develop the port and its cargo terminal.", []string{"transport-logistics"}},
		{"fishing and tariffs", lead + "The two sides agreed to cut tariffs on fishing products.", []string{"agriculture", "trade"}},
		{"a line of credit is finance", lead + "The two countries agreed on a new line of credit for roads.", []string{"finance", "transport-logistics"}},
		{"trade in national currencies is finance", lead + "The two leaders discussed bilateral trade in national currencies.", []string{"finance", "trade"}},
		{"palm oil is agriculture, not energy", lead + "The two sides agreed to cooperate on palm oil.", []string{"agriculture"}},
		{"nuclear weapons are no energy", lead + "The two leaders discussed cooperation on the threat of nuclear weapons and missiles.", nil},
		{"nuclear power is energy", lead + "The two leaders discussed cooperation on nuclear power plants.", []string{"energy"}},
		{"a business environment is no environment", lead + "Both sides agreed to promote investment in a fair business environment.", []string{"investment"}},
		{"historical and cultural ties are no field", lead + "The two leaders praised relations rooted in shared historical and cultural ties.", nil},
		{"cultural exchanges are a field", lead + "The two leaders agreed to expand cultural exchanges.", []string{"culture"}},
		{"a portfolio after a lower-case minister is no sector", lead + "Okello also received Amos Kiprono, who is also minister of Trade and Industry, to discuss cooperation in tourism.", []string{"tourism"}},
		{"a portfolio of two words before Minister is no sector", lead + "Industry and Technology Minister Amos Kiprono signed an agreement on tourism.", []string{"tourism"}},
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
