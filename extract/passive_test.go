package extract_test

import (
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestPassiveReception checks meetings told in the passive with the host
// after "by" and the place and day between.
func TestPassiveReception(t *testing.T) {
	runEventCases(t, []eventCase{
		{"received at a venue on a day by a president",
			"date 2018-09-18\n\nBurkinabe President Roch Sawadogo was received at the Jubilee House on Tuesday by Ghanaian President Kofi Mensah.",
			[]string{"meeting 2018-09-18"}},
		{"received by crowds is no meeting",
			"date 2018-09-18\n\nBurkinabe President Roch Sawadogo was received by cheering crowds on Tuesday.",
			nil},
		{"received by anyone in an office is no meeting",
			"date 2023-08-28\n\nIt has been years since a Costa Rican President was received in the Oval Office by a President of the United States.",
			nil},
	})
}

// TestAgencyAfterDateline checks a dateline whose agency runs into the
// first sentence with no dash ("ABU DHABI. KAZINFORM Alikhan ..."), and
// "H.H." before a name.
func TestAgencyAfterDateline(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2022-09-21\n\nABU DHABI. KAZINFORM Alikhan Temirov, Prime Minister of Kazakhstan, was received on September 20 by H.H. Sheikh Mansour bin Rashid, Deputy Prime Minister of the UAE."
	out := extractChecked(t, x, "agency after dateline", text)
	if out.Article.Dateline != "Abu Dhabi" {
		t.Errorf("dateline %q, want Abu Dhabi", out.Article.Dateline)
	}
	want := map[string]bool{"person:alikhan-temirov": true, "person:mansour-bin-rashid": true}
	for _, e := range out.Entities {
		if e.Type == graph.TypeLeader && !want[e.Key] {
			t.Errorf("leader %s, want only %v", e.Key, want)
		}
	}
	// an unknown place before a period is no dateline
	out = extractChecked(t, x, "no dateline", "date 2015-10-15\n\nASTANA-BEIJING. KAZINFORM Today Russian President Ivan Petrov is on an official visit to Kazakhstan.")
	for _, e := range out.Entities {
		if e.Key == "place:astana-beijing" {
			t.Errorf("place %s from an unknown dateline", e.Key)
		}
	}
}

// TestDatelineOfficialsOfTwoSides checks that two officials of one
// sentence that tells of two sides take no country from the dateline.
func TestDatelineOfficialsOfTwoSides(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2022-09-21\n\nABU DHABI, Sept 21 (WAM) -- Kazakh Prime Minister Alikhan Temirov held talks with Emirati Deputy Prime Minister Mansour bin Rashid. Suhail Faris, who serves as Minister of Energy, and Serik Bekov, the Minister of Ecology, discussed a roadmap for an MoU their two ministries had signed."
	checkLeaderCountry(t, x, text, "person:serik-bekov", "")
	checkLeaderCountry(t, x, text, "person:suhail-faris", "")
}
