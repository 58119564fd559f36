package extract_test

import "testing"

// TestTheirOccasionOpens checks that a sentence opening with "Their" and
// the occasion ("Their telephone conversation was ...") takes the people
// the sentence before named, also when another occasion of that day,
// told later, dates it.
func TestTheirOccasionOpens(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"their call, the day dated by a later meeting",
			"date 2024-12-11\n\nKenyan Foreign Minister Amos Kiprono and his Peruvian counterpart Rosa Quispe agreed that ties matter.\n\nTheir telephone conversation lasted an hour.\n\nOn Wednesday as well, diplomats of Kenya, Peru and Chile met in Lima for a dialogue meeting.",
			[]string{
				"meeting 2024-12-11: country:CHL country:KEN country:PER",
				"phone_call 2024-12-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
			}},
	})
}
