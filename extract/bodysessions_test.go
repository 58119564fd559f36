package extract_test

import "testing"

// TestSessionsOfBodiesOfTwo checks that the session of a commission of
// two sides is an occasion of its own beside the talks of the two, while
// a session of a council of many is not split off as a meeting.
func TestSessionsOfBodiesOfTwo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks and the session of a joint commission: two meetings",
			"date 2021-12-13\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Lima on Monday.\n\nThe two ministers of trade opened the fifth session of the Peru-Kenya Joint Commission for Cooperation.",
			[]string{"meeting 2021-12-13", "meeting 2021-12-13"}},
		{"talks and the session of a commission named by the two countries: two meetings",
			"date 2021-12-13\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Lima on Monday.\n\nThe two ministers of trade opened the fifth session of the Peru-Kenya Intergovernmental Commission.",
			[]string{"meeting 2021-12-13", "meeting 2021-12-13"}},
		{"talks, then the session of a council of many: no second meeting",
			"date 2021-12-13\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Lima on Monday.\n\nThe two then attended the fifth session of the Supreme Economic Council.",
			[]string{"meeting 2021-12-13"}},
	})
}
