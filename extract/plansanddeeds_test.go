package extract_test

import "testing"

// TestPlanAndEarlierDeeds checks that a meeting told as still to come and
// talks of other people told after it, on an earlier trip, are two
// occasions, the earlier undated when "On that visit" refers back to a
// trip told only as recent.
func TestPlanAndEarlierDeeds(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"a planned meeting, then other people's talks on an earlier trip",
			"date 2024-08-18\n\nKenyan Foreign Minister Amos Kiprono begins a five-day visit to Peru today.\n\nIn a separate statement, Peru's Foreign Ministry confirmed that Kiprono will hold a meeting with Peruvian Foreign Minister Rosa Quispe.\n\nThe trip comes after Kenya's Trade Secretary Jorge Silva recently travelled to Peru. On that visit Silva held talks with Peruvian Trade Minister Ana Lopes.",
			[]string{
				"meeting : country:KEN country:PER person:amos-kiprono person:rosa-quispe",
				"meeting : country:KEN country:PER person:ana-lopes person:jorge-silva",
				"visit 2024-08-18: country:KEN country:PER person:amos-kiprono person:jorge-silva",
			}},
	})
}
