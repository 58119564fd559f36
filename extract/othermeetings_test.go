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

// TestVirtualMeetings checks that a meeting or summit held online is a
// call, and that a call told "after" with a day of its own right after
// it is another call than the one told before.
func TestVirtualMeetings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a virtual meeting is a call",
			"date 2023-03-06\n\nOn Monday Peruvian Foreign Minister Rosa Quispe held a virtual meeting with Amos Kiprono, Deputy Prime Minister of Kenya.",
			[]string{"phone_call 2023-03-06"}},
		{"a virtual bilateral summit is a call",
			"date 2020-09-24\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono will hold a Virtual Bilateral Summit on Saturday, the ministry said today.",
			[]string{"phone_call 2020-09-26"}},
		{"a call told after another, on a day of its own: two calls",
			"date 2020-09-24\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono will hold a virtual summit on Saturday.\n\nThe two leaders agreed on it after a telephone conversation on 6 August 2020, which Quispe had initiated with Kiprono.",
			[]string{"phone_call 2020-08-06", "phone_call 2020-09-26"}},
		{"a meeting in person stays a meeting",
			"date 2023-03-06\n\nOn Monday Peruvian Foreign Minister Rosa Quispe held a meeting with Amos Kiprono, Deputy Prime Minister of Kenya.",
			[]string{"meeting 2023-03-06"}},
	})
}

// TestMetEachAlone checks a visitor who met several people of the host
// side, each in a sentence of his own, the first report being of the
// visit's purpose: a meeting with each, the later ones on a day untold
// when their sentence gives none.
func TestMetEachAlone(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a visitor received by one host, then meeting another in a sentence of its own",
			"date 2021-04-27\n\nOn Monday Peruvian Foreign Minister Rosa Quispe went to Kenya on an official visit to hold talks with Kenyan leaders.\n\nQuispe landed in Nairobi and was received by her Kenyan counterpart Amos Kiprono, after which the two held talks.\n\nQuispe further met Kenyan parliament Speaker Ruth Wanjiru.",
			[]string{"meeting ", "meeting 2021-04-26", "visit 2021-04-26"}},
		{"a host minister who took part in the talks is in the one meeting",
			"date 2021-04-27\n\nOn Monday Peruvian Foreign Minister Rosa Quispe held talks in Nairobi with Kenyan President Amos Kiprono.\n\nKenyan Foreign Minister Ruth Wanjiru took part in the talks.",
			[]string{"meeting 2021-04-26"}},
	})
}

// TestCallsInOtherWords checks calls told by "by telephone" or "over the
// phone" after any verb of talking: a call, not a meeting.
func TestCallsInOtherWords(t *testing.T) {
	runEventCases(t, []eventCase{
		{"discussed a crisis with a counterpart by telephone",
			"date 2024-12-11\n\nPeruvian Foreign Minister Rosa Quispe had discussed the crisis with Kenyan Foreign Minister Amos Kiprono by telephone on Wednesday.",
			[]string{"phone_call 2024-12-11"}},
		{"spoke with a counterpart over the phone",
			"date 2024-12-11\n\nPeruvian President Rosa Quispe spoke with Kenyan President Amos Kiprono over the phone on Wednesday.",
			[]string{"phone_call 2024-12-11"}},
		{"exchanged views by phone",
			"date 2024-12-11\n\nPeruvian President Rosa Quispe exchanged views with Kenyan President Amos Kiprono by phone on Wednesday.",
			[]string{"phone_call 2024-12-11"}},
	})
}
