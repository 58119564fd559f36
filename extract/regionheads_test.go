package extract_test

import "testing"

// TestHeadsOfRegionsLeadNoState checks that the head of a region ("the
// President of the Kurdistan Region", "of the Regional Government") is no
// head of state: no LEADS of the country.
func TestHeadsOfRegionsLeadNoState(t *testing.T) {
	x := mustExtractor(t)
	checkItems(t, x, "date 2021-06-01\n\nThe Turkish minister will then go on to Erbil to see Nechirvan Barzani, the President of the Kurdistan Region, as well as Masrour Barzani, the President of the Regional Government, during his visit to Iraq.",
		[]string{"person:nechirvan-barzani", "person:masrour-barzani"},
		[]string{"LEADS person:nechirvan-barzani country:IRQ", "LEADS person:masrour-barzani country:IRQ"})
}
