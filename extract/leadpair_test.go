package extract_test

import "testing"

// TestLeadPairDatesTheirLaterOccasion checks that a lead sentence with no
// occasion of its own, which tells what two leaders did on a day ("X and
// Y agreed on Monday to ..."), dates the occasion a later sentence tells
// with no time ("At their summit in Manila ..."); not when the later
// occasion names a third country, nor when an occasion of its kind is
// dated already, nor when the lead's date is a stay's days.
func TestLeadPairDatesTheirLaterOccasion(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"the pair's day told in the lead, their summit later",
			"date 2024-10-09\n\nKenyan President Amos Kiprono and Peruvian President Rosa Quispe agreed on Monday to build a strategic partnership. The move is the first upgrade of ties in decades. At their summit in Nairobi, the two leaders adopted a joint declaration.",
			[]string{
				"meeting 2024-10-07: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
				"statement 2024-10-07: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
			}},
		{"the lead tells a stay's days (ordinals on both): on which of them, untold",
			"date 2024-11-19\n\nFrom November 18th to 21st, 2024, Peruvian President Rosa Quispe is the guest of Kenyan President Amos Kiprono. The election was held last month. The talks between the two leaders dealt with security.",
			[]string{
				"meeting : country:KEN country:PER person:amos-kiprono person:rosa-quispe",
			}},
		{"a later meeting with a third country: its own time, untold",
			"date 2024-10-09\n\nKenyan President Amos Kiprono and Peruvian President Rosa Quispe agreed on Monday to build a strategic partnership. The move is the first upgrade of ties in decades. Kiprono also held talks with Chilean President Ana Reyes.",
			[]string{
				"meeting 2024-10-09: country:CHL country:KEN person:amos-kiprono person:ana-reyes",
			}},
	})
}
