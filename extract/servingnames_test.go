package extract_test

import "testing"

// TestServingNamesWithoutTitle checks that a full name the register of
// office-holders holds for an office in force in the article's year is a
// leader of that country even with no title ("since before Frank
// Bainimarama's coup"), while a name whose office starts later is not.
func TestServingNamesWithoutTitle(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a serving head named without a title",
			"date 2014-06-09\n\nNew Zealand Prime Minister John Key arrived in Suva on Monday, the first such visit since before Frank Bainimarama's coup in 2006.",
			[]string{"person:frank-bainimarama"}, nil},
		{"a name whose office starts later: no leader",
			"date 2012-06-09\n\nThe tour was organised by Jacinda Ardern and a group of students from Auckland.",
			nil, []string{"person:jacinda-ardern"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkItems(t, x, tc.text, tc.want, tc.not)
			for _, k := range tc.want {
				checkLeaderCountry(t, x, tc.text, k, "FJI")
			}
		})
	}
}
