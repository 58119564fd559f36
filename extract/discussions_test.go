package extract_test

import "testing"

// TestDiscussions checks meetings told only by what two sides discussed
// or took stock of: a meeting when the sentence names leaders of two
// countries, or two sides as a pair, and tells no occasion in other
// words; no meeting in a report of a call, nor in words of one's own.
func TestDiscussions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two leaders of two countries who discussed trade met",
			"date 2024-07-05\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono discussed trade and transport links, the presidency said.",
			[]string{"meeting 2024-07-05"}},
		{"a leader who will take stock of ties with another: a meeting to come",
			"date 2024-05-28\n\nSpeaking before his departure, Peruvian President Rosa Quispe said she and Kenyan President Amos Kiprono would take stock of their bilateral cooperation.",
			[]string{"meeting "}},
		{"a discussion told in a report of a call is the call",
			"date 2025-08-13\n\nPeruvian Foreign Minister Rosa Quispe received a phone call from Kenyan Foreign Minister Amos Kiprono on Wednesday.\n\nQuispe and Kiprono discussed the situation in the region.",
			[]string{"phone_call 2025-08-13"}},
		{"leaders who discussed a coming summit did not meet for it",
			"date 2025-08-30\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono discussed the forthcoming summit of the Andean Community.",
			[]string{"summit "}},
		{"words of one's own are no meeting",
			"date 2015-07-08\n\n\"Peru and Kenya are partners, and today I would like to discuss our relations,\" Peruvian President Rosa Quispe told Kenyan President Amos Kiprono.",
			nil},
	})
}
