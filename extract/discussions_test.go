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

// TestPlannedSignings checks signings still to come: with no party named
// ("documents are to be signed", "the two countries are expected to
// sign"), of the report's two countries; "are expected to conclude
// agreements" is one; and a deadline ("by early next year") is no date.
func TestPlannedSignings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"documents to be signed with no party named: the report's two countries'",
			"date 2015-10-15\n\nKenyan President Amos Kiprono is on an official visit to Peru. He came to Lima on October 14.\n\nSeveral bilateral documents are to be signed after the visit.",
			[]string{"agreement ", "visit 2015-10-14"}},
		{"the two countries expected to sign agreements later this year",
			"date 2024-09-02\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono on Monday.\n\nTrade between Peru and Kenya grew last year.\n\nLater this year the two countries are expected to sign agreements on farming and science.",
			[]string{"agreement 2024-01-01", "meeting 2024-09-02"}},
		{"two countries expected to conclude agreements",
			"date 2018-04-09\n\nPeru and Kenya are expected to conclude several trade agreements, officials said.",
			[]string{"agreement "}},
		{"a treaty to be signed by early next year has no date",
			"date 2024-08-29\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono issued a joint declaration. \n\nWork is starting on a cooperation treaty, which the two governments will sign by early next year.",
			[]string{"agreement ", "statement 2024-08-29"}},
	})
}
