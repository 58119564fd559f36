package extract_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

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

// TestDiscussionTopics checks what a discussion tells: the countries
// named in what was discussed are no parties of the meeting, the
// discussion gives no day to an occasion told after it, and an order to
// conclude an agreement, or a wish to, tells no signing.
func TestDiscussionTopics(t *testing.T) {
	runEventCases(t, []eventCase{
		{"an occasion told after a discussion does not take the talks' day",
			"date 2025-10-06\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono signed a treaty in Lima on Friday following bilateral talks.\n\nQuispe said the treaty reflects the depth of trust.\n\nThe two leaders also discussed cooperation in health.\n\nQuispe attended the celebrations of the 50th anniversary of Kenya's independence in Nairobi some time ago.",
			[]string{"agreement 2025-10-03", "ceremony 2025-10-06", "meeting 2025-10-03"}},
		{"ministers directed to conclude an agreement: no signing",
			"date 2025-05-14\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Nairobi on Wednesday. The two heads of state directed their ministers to conclude a revised agreement on the port.",
			[]string{"meeting 2025-05-14"}},
		{"a government that hopes to conclude an agreement: no signing, and no date from a visit told later",
			"date 2020-07-17\n\nLIMA – Peru's government hopes to conclude an agreement with Kenya on legal migration.\n\nThe ambassador recalled that when the Kenyan minister came to Peru on a visit in late January, he and Mr. Jorge Silva agreed they would try to double trade.",
			[]string{"visit 2020-01-01"}},
	})
}

// TestDiscussedCountries checks that countries named in what two leaders
// discussed ("the railway to Zambia") are no parties of their meeting.
func TestDiscussedCountries(t *testing.T) {
	x := mustExtractor(t)
	out := extractChecked(t, x, "discussed countries", "date 2025-07-16\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Nairobi on Wednesday.\n\nThe leaders also discussed the railway linking Mombasa with the copperbelt of Zambia and the Democratic Republic of the Congo.")
	for _, e := range out.Entities {
		if e.Type == graph.TypeEvent && (slices.Contains(e.Participants, "country:ZMB") || slices.Contains(e.Participants, "country:COD")) {
			t.Errorf("%s %s has a country only discussed: %v", e.Kind, e.Date, e.Participants)
		}
	}
}
