package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// partiesOf returns "kind date: participants" for every event of the
// extraction, the participants sorted, the lines sorted.
func partiesOf(x graph.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		if e.Type != graph.TypeEvent {
			continue
		}
		ps := slices.Clone(e.Participants)
		slices.Sort(ps)
		out = append(out, e.Kind+" "+e.Date+": "+strings.Join(ps, " "))
	}
	slices.Sort(out)
	return out
}

// partyCase is an invented text and the lines of partiesOf it must hold.
type partyCase struct {
	name, text string
	want       []string
}

// runPartyCases extracts each case's text and checks that its events
// have exactly the participants wanted.
func runPartyCases(t *testing.T, tests []partyCase) {
	t.Helper()
	x := mustExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			if got := partiesOf(out); !slices.Equal(got, tc.want) {
				t.Errorf("events\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestSigningPeople checks the parties of a signing told apart from the
// occasion it belongs to: the leaders of that occasion when the signing
// names people as its signers or witnesses ("the two presidents witnessed
// the signing"), the countries alone when it names none ("twelve
// memoranda were signed after the talks").
func TestSigningPeople(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"memoranda signed after the talks, no signer told: the countries",
			"date 2025-03-12\n\nKenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Nairobi on Tuesday. Twelve memoranda were signed after the talks.",
			[]string{
				"agreement 2025-03-11: country:KEN country:PER",
				"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
			}},
		{"the two countries signed: the countries",
			"date 2025-03-12\n\nKenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Nairobi on Tuesday. The two countries then signed twelve memoranda.",
			[]string{
				"agreement 2025-03-11: country:KEN country:PER",
				"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
			}},
		{"the two presidents witnessed the signing: the leaders of the talks",
			"date 2025-03-12\n\nKenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Nairobi on Tuesday. Afterwards the two presidents witnessed the signing of twelve memoranda.",
			[]string{
				"agreement 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
				"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
			}},
	})
}

// TestTopicAndVenueCountries checks that a country named as what is
// talked about after a deed done to it ("the invasion of X", "aggression
// against X") or as the country of the venue's city ("in Bangkok,
// Thailand") takes no part in a meeting.
func TestTopicAndVenueCountries(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"a country invaded is a topic",
			"date 2025-03-12\n\nKenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Nairobi on Tuesday on the consequences of the invasion of Chile.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
		{"aggression against a country is a topic",
			"date 2025-03-12\n\nKenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Nairobi on Tuesday, and the two condemned the aggression against Chile.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
		{"a country discussed is a topic",
			"date 2025-03-12\n\nKenyan President Amos Kiprono discussed Chile with Peruvian President Rosa Quispe by telephone on Tuesday.",
			[]string{"phone_call 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
		{"two countries in tension are a topic",
			"date 2025-03-12\n\nSeeking to ease tensions between Chile and Bolivia, Kenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Lima on Tuesday.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
		{"the country after the venue's city is the venue",
			"date 2025-03-12\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe on Tuesday on the sidelines of a regional gathering in Bangkok, Thailand.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
	})
}

// TestAsideLeaders checks that a leader named only in a relative clause
// about someone else ("X, who was tasked with rebuilding President Y's
// ties, met Z") takes no part in the occasion, unless the clause tells of
// the occasion itself ("the talks, which X and Y held").
func TestAsideLeaders(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"a leader named in a clause about the subject",
			"date 2025-03-12\n\nKenyan Foreign Minister Ruth Wanjiku, who was tasked with rebuilding President Amos Kiprono's ties with the region, met Peruvian Foreign Minister Javier Soto in Lima on Tuesday.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:javier-soto person:ruth-wanjiku"}},
		{"a leader named in a clause about the one met",
			"date 2025-03-12\n\nKenyan Foreign Minister Ruth Wanjiku met Javier Soto, the Peruvian envoy whom Peruvian President Rosa Quispe appointed last year, in Lima on Tuesday.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:javier-soto person:ruth-wanjiku"}},
		{"a clause that tells the occasion itself",
			"date 2025-03-12\n\nTrade dominated the talks, which Kenyan President Amos Kiprono and Peruvian President Rosa Quispe held in Lima on Tuesday.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
	})
}

// TestReportSources checks that an official named only as the source of
// the report ("X announced", "according to X") takes no part in the
// occasion when another leader of his country does.
func TestReportSources(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"the minister who announced a visit",
			"date 2025-03-09\n\nKenyan President Amos Kiprono will pay a state visit to Peru on Tuesday, Kenyan Foreign Minister Ruth Wanjiku announced on Sunday.",
			[]string{"visit 2025-03-11: country:KEN country:PER person:amos-kiprono"}},
		{"the minister according to whom talks were held",
			"date 2025-03-12\n\nAccording to Kenyan Foreign Minister Ruth Wanjiku, Kenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Lima on Tuesday.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
		{"a leader of the talks who spoke of them takes part",
			"date 2025-03-12\n\nKenyan President Amos Kiprono held talks with Peruvian President Rosa Quispe in Lima on Tuesday. The talks were fruitful, Quispe said.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:amos-kiprono person:rosa-quispe"}},
	})
}

// TestGreetingSenders checks that a leader named only as the sender of
// greetings or a message an envoy conveys takes no part in the occasion,
// while the one the envoy hands his letter to does.
func TestGreetingSenders(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"the sender of greetings conveyed at a meeting",
			"date 2025-03-12\n\nKenyan Ambassador Ruth Wanjiku met Peruvian President Rosa Quispe in Lima on Tuesday and conveyed the greetings of Kenyan President Amos Kiprono.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:rosa-quispe person:ruth-wanjiku"}},
		{"the addressee of a letter handed over takes part",
			"date 2025-03-12\n\nKenyan Ambassador Ruth Wanjiku held talks in Lima on Tuesday after she handed a letter of greetings to Peruvian President Rosa Quispe.",
			[]string{"meeting 2025-03-11: country:KEN country:PER person:rosa-quispe person:ruth-wanjiku"}},
	})
}

// TestSummitsOfTwoBodies checks that the summits of two organizations
// stay two occasions, and that "the summit" told after both is the one
// told last: "the May 19 Arab League summit" and "the G20 summit now
// under way ... represented at the summit by X".
func TestSummitsOfTwoBodies(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"a summit of another body named later, and the summit after it",
			"date 2023-09-09\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono spoke by phone on Saturday, recalling the talks they held in Nairobi during the May 19 African Union summit.\n\nThe call came before the G20 summit now under way in New Delhi, where Quispe is present.\n\nChile is represented at the summit by Chilean Foreign Minister Jorge Silva.",
			[]string{
				"phone_call 2023-09-09: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
				"summit 2023-05-19: country:KEN country:PER org:african-union person:amos-kiprono person:rosa-quispe",
				"summit : country:CHL country:PER org:group-of-twenty person:jorge-silva person:rosa-quispe",
			}},
	})
}

// TestPlaceTalkedAboutIsNoVenue checks that a place named only in what
// the leaders talked about is not the venue of their meeting: "went over
// the latest developments on the Palestinian issue and Jerusalem".
func TestPlaceTalkedAboutIsNoVenue(t *testing.T) {
	x := mustExtractor(t)
	out := extractChecked(t, x, "topic place", "date 2018-01-26\n\nKing Abdullah of Jordan held a meeting with Polish President Andrzej Duda on Thursday.\n\nCrown Prince Hussein attended the meeting, during which the two leaders went over the latest developments on the Palestinian issue and Jerusalem.")
	for _, e := range out.Entities {
		if e.Type == graph.TypeEvent && e.Location != "" {
			t.Errorf("%s %s placed at %s, a place talked about", e.Kind, e.Date, e.Location)
		}
	}
}

// TestCallFromAVisitedCountry checks that the country a caller is
// visiting is no side of the call: "X, while on a visit to neighbouring
// Afghanistan, phoned Y".
func TestCallFromAVisitedCountry(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"a call made while on a visit to a third country",
			"date 2015-12-25\n\nA Kenyan official said that Peruvian President Rosa Quispe, while on a visit to neighbouring Chile, phoned Kenyan President Amos Kiprono on Friday.",
			[]string{
				"phone_call 2015-12-25: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
				"visit 2015-12-25: country:CHL country:PER person:rosa-quispe",
			}},
	})
}
