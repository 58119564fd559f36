package extract_test

import "testing"

// TestGoingAndMeeting checks trips told with "go", meetings whose second
// party carries a long title, and a second leader named under the first
// one's title with "the" before his country.
func TestGoingAndMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a minister who will go to a capital visits it",
			"date 2025-02-04\n\nSwedish Foreign Minister Maria Holm will go to Copenhagen on 5 February to meet Danish Foreign Minister Lars Berg.",
			[]string{"meeting 2025-02-05", "visit 2025-02-05"}},
		{"money that goes to a country is no visit",
			"date 2025-02-04\n\nSwedish Foreign Minister Maria Holm met Danish Foreign Minister Lars Berg on Monday. Most of the new aid will go to Kenya, and the funds went to Uganda last year.",
			[]string{"meeting 2025-02-03"}},
		{"neither of two who intend to go goes",
			"date 2026-01-08\n\nCzech Prime Minister Jan Novak met Slovak Prime Minister Peter Horvath in Bratislava on Thursday. Neither Novak nor Horvath intends to go to Ukraine.",
			[]string{"meeting 2026-01-08"}},
		{"to meet a minister whose title is long is a meeting",
			"date 2025-02-04\n\nSwedish Foreign Minister Maria Holm will travel to Copenhagen on 5 February to meet Danish Minister for Foreign Affairs Lars Berg.",
			[]string{"meeting 2025-02-05", "visit 2025-02-05"}},
		{"a second leader under the first one's title, both with 'the'",
			"date 2019-02-06\n\nThe priority was set by the Congolese President Felix Mbala and the Angolan Joao Sousa.\n\nThe two heads of state held a press conference after their tete-a-tete in Luanda on Tuesday.",
			[]string{"meeting 2019-02-05"}},
		{"a date after a weekday, a venue and a city dates talks told after 'after'",
			"date 2019-02-06\n\nCongolese President Felix Mbala and Angolan President Joao Sousa spoke to the press.\n\nThe two heads of state held a joint press conference after their tete-a-tete at the Presidential Palace in Luanda, Angola, on Tuesday, February 5, 2019.",
			[]string{"meeting 2019-02-05"}},
	})
}

// TestCoordinatedBodyIsNoLeader checks that a body named after "and" and
// a demonym under a leader's title is no second leader.
func TestCoordinatedBodyIsNoLeader(t *testing.T) {
	x := mustExtractor(t)
	for _, text := range []string{
		"date 2024-05-01\n\nRussian President Vladimir Putin and the Chinese Communist Party agreed on the plan.",
		"date 2024-05-01\n\nRussian President Vladimir Putin and Chinese Communist Party officials agreed on the plan.",
	} {
		out := extractChecked(t, x, "coordinated body", text)
		for _, e := range out.Entities {
			if e.Key == "person:communist-party" {
				t.Errorf("%q: the party is read as a leader: %+v", text, e)
			}
		}
	}
}

// TestVisitUnderWay checks a visit told as under way on the report's day
// ("is on a two-day visit"): the report's day, assumed, and no part of a
// visit of an earlier year told in the same report.
func TestVisitUnderWay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a visit under way has the report's day, assumed",
			"date 2018-09-18\n\nRoch Sawadogo, the President of Burkina Faso, is on a two-day working visit to Ghana.",
			[]string{"visit 2018-09-18"}},
		{"a visit under way is not the one made last year",
			"date 2018-09-18\n\nRoch Sawadogo, the President of Burkina Faso, is on a two-day working visit to Ghana.\n\nLast year Ghanaian President Kofi Mensah was in Burkina Faso on a two-day official visit.",
			[]string{"visit 2017-01-01", "visit 2018-09-18"}},
	})
}

// TestStatementIssuedBesideSigning checks that a joint statement issued
// in the sentence of a signing is a statement of its own, while one
// signed is the signing.
func TestStatementIssuedBesideSigning(t *testing.T) {
	runEventCases(t, []eventCase{
		{"agreements signed and a joint statement issued",
			"date 2017-07-05\n\nIsraeli Prime Minister Dan Levi and Indian Prime Minister Ravi Sharma held a working meeting in Jerusalem on Wednesday. Seven agreements were signed, and the sides issued a joint statement.",
			[]string{"agreement 2017-07-05", "meeting 2017-07-05", "statement 2017-07-05"}},
		{"a joint statement among the documents signed is the signing",
			"date 2017-07-05\n\nIsraeli Prime Minister Dan Levi and Indian Prime Minister Ravi Sharma held a working meeting in Jerusalem on Wednesday. Seven documents were signed, among them the joint statement.",
			[]string{"agreement 2017-07-05", "meeting 2017-07-05"}},
	})
}

// TestInvitationPlaceIsNoVenue checks that the city of an invitation "to
// visit" is not the venue of the signing told in its sentence.
func TestInvitationPlaceIsNoVenue(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2017-07-06\n\nAs the two leaders signed a series of agreements, Israeli Prime Minister Dan Levi on Wednesday took up an invitation from his Indian counterpart Ravi Sharma to visit Delhi."
	out := extractChecked(t, x, "invitation place", text)
	for _, e := range out.Entities {
		if e.Kind == "agreement" && e.Location == "place:delhi" {
			t.Errorf("the signing is placed in Delhi, the city of the invitation: %+v", e)
		}
	}
}
