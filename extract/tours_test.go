package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

// visitsOf returns "date precision countries" for every visit of the
// extraction, its countries sorted.
func visitsOf(x graph.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		if e.Type != graph.TypeEvent || e.Kind != string(graph.KindVisit) {
			continue
		}
		var cs []string
		for _, p := range e.Participants {
			if strings.HasPrefix(p, "country:") {
				cs = append(cs, strings.TrimPrefix(p, "country:"))
			}
		}
		slices.Sort(cs)
		out = append(out, e.Date+" "+e.DatePrecision+" "+strings.Join(cs, ","))
	}
	slices.Sort(out)
	return out
}

func TestTours(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a trip to three countries listed after to: one visit each, in the trip's month",
			"date 2023-05-02\n\nKenyan President Ruth Wanjiku will travel to Ghana, Togo and Benin on May 8.",
			[]string{"2023-05-01 month BEN,KEN", "2023-05-01 month GHA,KEN", "2023-05-01 month KEN,TGO"}},
		{"counted countries listed in the next sentence",
			"date 2023-05-02\n\nKenyan President Ruth Wanjiku will leave on Monday on a trip to three West African countries. Ghana, Togo and Benin are on her schedule.",
			[]string{"2023-05-01 month BEN,KEN", "2023-05-01 month GHA,KEN", "2023-05-01 month KEN,TGO"}},
		{"a tour's stops after 'namely', one with a visit of its own",
			"date 2024-09-04\n\nOn Monday Kenyan President Ruth Wanjiku set out on a tour with three stops, namely Ghana, Togo and Benin.\n\nOn Wednesday, Wanjiku touched down in Benin, the last leg of the tour and her first official visit to the country.",
			[]string{"2024-09-01 month GHA,KEN", "2024-09-01 month KEN,TGO", "2024-09-04 day BEN,KEN"}},
		{"the partners a trip is said to serve are no stops",
			"date 2025-02-15\n\nBefore travelling to Beijing, Kenyan President Ruth Wanjiku said the visit to China was part of a wider strategy of strengthening relations with key partners - among them Ghana, Togo and China.",
			[]string{"  CHN,KEN"}},
		{"a stop with a visit of its own keeps it",
			"date 2023-05-02\n\nKenyan President Ruth Wanjiku will travel to several African countries on May 8-12, among them Ghana, Togo and Benin.\n\nWanjiku will make a state visit to Ghana on May 8.",
			[]string{"2023-05-01 month BEN,KEN", "2023-05-01 month KEN,TGO", "2023-05-08 day GHA,KEN"}},
		{"a stop told later without a day of its own: the trip's month",
			"date 2023-05-02\n\nKenyan President Ruth Wanjiku will leave on Monday on a trip to three West African countries. Ghana, Togo and Benin are on her schedule. On her visit to Ghana, Wanjiku will open a school.",
			[]string{"2023-05-01 month BEN,KEN", "2023-05-01 month GHA,KEN", "2023-05-01 month KEN,TGO"}},
		{"travel with a companion to several countries",
			"date 2023-05-02\n\nKenyan Foreign Minister Ruth Wanjiku will travel with Amos Kiprono, the Trade Minister, to Ghana, Togo and Benin on May 8.",
			[]string{"2023-05-01 month BEN,KEN", "2023-05-01 month GHA,KEN", "2023-05-01 month KEN,TGO"}},
		{"visiting a foreign city: a visit to its country",
			"date 2019-01-14\n\nKenyan Foreign Minister Amos Kiprono will visit Arusha in February to continue the talks. Kenya and Tanzania are close partners.",
			[]string{"2019-02-01 month KEN,TZA"}},
		{"one destination: one visit, its day",
			"date 2023-05-02\n\nKenyan President Ruth Wanjiku will travel to Ghana on May 8.",
			[]string{"2023-05-08 day GHA,KEN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := visitsOf(out); !slices.Equal(got, tc.want) {
				t.Errorf("visits = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTourParts checks the occasions of a tour told together: talks with
// the leaders of two stops are a meeting at each stop, in the month the
// tour gives its stops, and an occasion of a country that is no stop is
// left whole.
func TestTourParts(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks planned with the leaders of two stops: a meeting at each, in the tour's month",
			"date 2021-10-14\n\nPeruvian President Rosa Quispe will leave Peru on Sunday on a four-day trip to three African countries. Kenya, Ghana and Togo are on her schedule.\n\nQuispe is expected to meet her Kenyan counterpart, Amos Kiprono.\n\nOn her second visit to Ghana, Quispe will hold talks with President Kofi Mensah.",
			[]string{"meeting 2021-10-01", "meeting 2021-10-01", "visit 2021-10-01", "visit 2021-10-01", "visit 2021-10-01"}},
		{"talks with the leader of a country that is no stop are left as they are",
			"date 2021-10-14\n\nPeruvian President Rosa Quispe will leave Peru on Sunday on a four-day trip to three African countries. Kenya, Ghana and Togo are on her schedule.\n\nQuispe is expected to meet Chilean President Pablo Soto.",
			[]string{"meeting ", "visit 2021-10-01", "visit 2021-10-01", "visit 2021-10-01"}},
	})
}
