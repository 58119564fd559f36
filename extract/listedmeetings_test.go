package extract_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestListedMeetings checks a report listing the people one leader met,
// of three countries or more, one by one (apart by semicolons), with no
// word of a meeting held together: a
// meeting with each; when the leader's country is unknown, each country
// met in the report's other sentences is one meeting more.
func TestListedMeetings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"people of three countries met: three meetings",
			"date 2023-09-27\n\nPeruvian Foreign Minister Rosa Quispe met Amos Kiprono, President of Kenya; Pablo Soto, Foreign Minister of Chile; and Lars Berg, Foreign Minister of Norway.",
			[]string{"meeting 2023-09-27", "meeting 2023-09-27", "meeting 2023-09-27"}},
		{"a trilateral meeting with people of three countries is one",
			"date 2023-09-27\n\nPeruvian Foreign Minister Rosa Quispe held a quadrilateral meeting with Amos Kiprono, President of Kenya; Pablo Soto, Foreign Minister of Chile; and Lars Berg, Foreign Minister of Norway.",
			[]string{"meeting 2023-09-27"}},
		{"a leader of no stated country who met people of three countries, and one more later",
			"date 2023-09-27\n\nMinister of State Hamad Salim met Amos Kiprono, President of Kenya; Pablo Soto, Foreign Minister of Chile; and Lars Berg, Foreign Minister of Norway.\n\nIn addition, Hamad Salim met Ana Ruiz, Foreign Minister of Spain.",
			[]string{"meeting 2023-09-27", "meeting 2023-09-27", "meeting 2023-09-27", "meeting 2023-09-27"}},
		{"other meetings that were with people of three countries: three meetings",
			"date 2023-09-27\n\nPeruvian Foreign Minister Rosa Quispe met Kenyan President Amos Kiprono.\n\nQuispe's other meetings were with Pablo Soto, Foreign Minister of Chile; Lars Berg, Foreign Minister of Norway; and Ana Ruiz, Foreign Minister of Spain.",
			[]string{"meeting 2023-09-27", "meeting 2023-09-27", "meeting 2023-09-27", "meeting 2023-09-27"}},
		{"talks with the leaders of three countries named with commas alone are one meeting",
			"date 2023-09-27\n\nPeruvian Foreign Minister Rosa Quispe held talks with Kenyan President Amos Kiprono, Chilean Foreign Minister Pablo Soto and Norwegian Foreign Minister Lars Berg.",
			[]string{"meeting 2023-09-27"}},
	})
}

// TestTrilateralOfHeads checks that a trilateral meeting of heads of
// state of three countries is a multilateral summit, and one of ministers
// stays a meeting.
func TestTrilateralOfHeads(t *testing.T) {
	runEventCases(t, []eventCase{
		{"three presidents in a trilateral meeting: a summit",
			"date 2019-06-14\n\nThe trilateral meeting on Friday brought together Peruvian President Rosa Quispe, Kenyan President Amos Kiprono and Chilean President Pablo Soto.",
			[]string{"summit 2019-06-14"}},
		{"three foreign ministers in a trilateral meeting: a meeting",
			"date 2019-06-14\n\nThe trilateral meeting on Friday brought together Peruvian Foreign Minister Rosa Quispe, Kenyan Foreign Minister Amos Kiprono and Chilean Foreign Minister Pablo Soto.",
			[]string{"meeting 2019-06-14"}},
	})
}

// TestSeveralMetNamedAfter checks bilateral talks with "several"
// ministers whose names the next sentence gives: a meeting with each.
func TestSeveralMetNamedAfter(t *testing.T) {
	runEventCases(t, []eventCase{
		{"bilateral talks with several ministers, named in the next sentence",
			"date 2023-12-20\n\nOn Wednesday in Lima, Peruvian Foreign Minister Rosa Quispe held a round of bilateral talks with several Latin American Foreign Ministers.\n\nQuispe explored ways of reinforcing cooperation with Chilean Foreign Minister Pablo Soto and Bolivian Foreign Minister Ana Ruiz.",
			[]string{"meeting 2023-12-20", "meeting 2023-12-20"}},
		{"talks with two ministers named in one sentence, not bilateral: one meeting",
			"date 2023-12-20\n\nOn Wednesday in Lima, Peruvian Foreign Minister Rosa Quispe held talks with Chilean Foreign Minister Pablo Soto and Bolivian Foreign Minister Ana Ruiz.",
			[]string{"meeting 2023-12-20"}},
	})
}

// TestGroupMeetings checks meetings held with a group named as a plural
// ("held meetings with the newly appointed Ambassadors"), whose people
// the next sentences name one by one: a meeting with each country's.
func TestGroupMeetings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"meetings with new ambassadors, each named after",
			"date 2016-04-19\n\nPeruvian President Rosa Quispe received letters of credence from four ambassadors on April 19.\n\nAfter the ceremony Quispe held meetings with the newly appointed Ambassadors. Mr Amos Kiprono, the Ambassador of Kenya, said he would work to strengthen relations.\n\nMeeting Ms Ruth Wanjiru, the Ambassador of Ghana, the President wished her success.\n\nIn her meeting with Mr Lars Berg, the Ambassador of Norway, the President praised cooperation in fisheries.",
			[]string{"ceremony 2016-04-19", "meeting 2016-04-19", "meeting 2016-04-19", "meeting 2016-04-19"}},
		{"meetings with an aim are no group met",
			"date 2023-09-28\n\nPeruvian President Rosa Quispe arrived in Nairobi on Thursday.\n\nThe ministry said the two leaders held bilateral meetings with the aim of deepening cooperation.\n\nIt added that the trip by Quispe would strengthen friendship.",
			[]string{"meeting 2023-09-28", "visit 2023-09-28"}},
	})
}

// TestPossessiveSubjectOfList checks "Her other meetings were with A; B;
// and C": the leader "her" stands for met each, not A the others.
func TestPossessiveSubjectOfList(t *testing.T) {
	x := mustExtractor(t)
	out := extractChecked(t, x, "possessive subject", "date 2023-09-27\n\nPeruvian Foreign Minister Rosa Quispe met Kenyan President Amos Kiprono.\n\nHer other meetings were with Pablo Soto, Foreign Minister of Chile; Lars Berg, Foreign Minister of Norway; and Ana Ruiz, Foreign Minister of Spain.")
	var met []string
	meetings := 0
	for _, e := range out.Entities {
		if e.Type != graph.TypeEvent || e.Kind != string(graph.KindMeeting) {
			continue
		}
		meetings++
		if !slices.Contains(e.Participants, "person:rosa-quispe") {
			t.Errorf("meeting %v without the leader told of", e.Participants)
		}
		for _, p := range e.Participants {
			if p != "person:rosa-quispe" && len(p) > 7 && p[:7] == "person:" {
				met = append(met, p)
			}
		}
	}
	slices.Sort(met)
	want := []string{"person:amos-kiprono", "person:ana-ruiz", "person:lars-berg", "person:pablo-soto"}
	if !slices.Equal(met, want) || meetings != len(want) {
		t.Errorf("%d meetings with %v, want one with each of %v", meetings, met, want)
	}
}

// TestSeparateCallsFromCountries checks that separate meetings with the
// envoys of two countries named by their countries ("received separate
// courtesy calls from the Ambassadors of Chile and Kenya, X and Y") are
// one meeting each.
func TestSeparateCallsFromCountries(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"separate calls from two countries' ambassadors, then their names",
			"date 2026-03-08\n\nLIMA, March 8 - Peruvian Foreign Minister Rosa Quispe today received separate courtesy calls from the Ambassadors of Chile and Kenya, Pablo Soto and Amos Kiprono.",
			[]string{
				"meeting 2026-03-08: country:CHL country:PER person:pablo-soto person:rosa-quispe",
				"meeting 2026-03-08: country:KEN country:PER person:amos-kiprono person:rosa-quispe",
			}},
	})
}
