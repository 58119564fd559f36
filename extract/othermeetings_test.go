package extract_test

import "testing"

// TestOtherMeetings checks meetings told one after another by one
// subject: a word of another meeting ("also", "later") between the
// subject and a new person met is a meeting of its own, while people
// named as taking part in the talks told are in that one meeting.
func TestOtherMeetings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a leader who also held talks with a second host: two meetings",
			"date 2024-03-06\n\nPeruvian President Rosa Quispe held a meeting with Kenyan Prime Minister Ruth Wanjiru on Wednesday.\n\nThe two sides discussed farming and ports.\n\nThe same day Quispe also held talks with Kenyan President Amos Kiprono.",
			[]string{"meeting 2024-03-06", "meeting 2024-03-06"}},
		{"a host's minister who also took part in the talks: one meeting",
			"date 2024-03-06\n\nPeruvian President Rosa Quispe held a meeting with Kenyan Prime Minister Ruth Wanjiru on Wednesday.\n\nKenyan Foreign Minister Amos Kiprono also took part in the talks.",
			[]string{"meeting 2024-03-06"}},
	})
}
