package extract_test

import "testing"

// TestDayOpeningSentence checks that a day opening a sentence ("On
// Monday, at a meeting in Lima, the ministers signed ...") dates every
// occasion the sentence tells, so that a signing told there does not take
// the month of another signing told later.
func TestDayOpeningSentence(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a day opening the sentence dates the signing as well as the meeting",
			"date 2022-02-21\n\nLIMA - On Monday, at a meeting in Lima, Peruvian and Kenyan ministers signed a new agreement on trade.\n\nThe deal was signed by Peruvian Trade Minister Rosa Quispe and Kenyan Trade Minister Amos Kiprono.\n\nIn November, Kenyan Defence Minister Ruth Wanjiru paid a first visit to Peru, signing a defence pact there.",
			[]string{"agreement 2021-11-01", "agreement 2022-02-21", "meeting 2022-02-21", "visit 2021-11-01"}},
		{"a day opening the sentence after 'on'",
			"date 2022-02-21\n\nOn Monday, at talks in Lima, Peruvian Trade Minister Rosa Quispe and Kenyan Trade Minister Amos Kiprono signed a new agreement on trade.",
			[]string{"agreement 2022-02-21", "meeting 2022-02-21"}},
	})
}
