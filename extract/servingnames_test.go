package extract_test

import "testing"

// TestServingNamesWithoutTitle checks that a full name the register of
// office-holders holds for an office in force in the article's year is a
// leader of that country even with no title ("since before Frank
// Bainimarama's coup"), while a name whose office starts later is not;
// one the register holds as a head leads that country (LEADS), but not in
// a year when the office changed hands.
func TestServingNamesWithoutTitle(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a serving head named without a title",
			"date 2014-06-09\n\nNew Zealand Prime Minister John Key arrived in Suva on Monday, the first such visit since before Frank Bainimarama's coup in 2006.",
			[]string{"person:frank-bainimarama", "LEADS person:frank-bainimarama country:FJI"}, nil},
		{"a head named without a title in the year the office changed hands: no LEADS",
			"date 2021-06-01\n\nTanzanian officials praised the road that John Magufuli opened near Arusha.",
			[]string{"person:john-magufuli"}, []string{"LEADS person:john-magufuli country:TZA"}},
		{"a name whose office starts later: no leader",
			"date 2012-06-09\n\nThe tour was organised by Jacinda Ardern and a group of students from Auckland.",
			nil, []string{"person:jacinda-ardern"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkItems(t, x, tc.text, tc.want, tc.not)
			if tc.want != nil && tc.want[0] == "person:frank-bainimarama" {
				checkLeaderCountry(t, x, tc.text, "person:frank-bainimarama", "FJI")
			}
		})
	}
}
