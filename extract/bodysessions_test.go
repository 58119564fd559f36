package extract_test

import (
	"slices"
	"strings"
	"testing"
)

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
		{"talks, then the session of a council of many: no second meeting (the session a summit, round 30)",
			"date 2021-12-13\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Lima on Monday.\n\nThe two then attended the fifth session of the Supreme Economic Council.",
			[]string{"meeting 2021-12-13", "summit 2021-12-13"}},
	})
}

// TestSessionsOfMany checks the session of an organization of many
// members ("the session of the Andean Council of Heads of State") told
// with a leader taking part: a summit of that body, one for each body
// named, while the session of a body of two stays a meeting.
func TestSessionsOfMany(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the sessions of two councils of many: two summits",
			"date 2015-10-15\n\nOn October 16, Peruvian President Rosa Quispe will take part in the session of the Andean Council of Heads of State and in the session of the Pacific Alliance Council in Lima.",
			[]string{"summit 2015-10-16", "summit 2015-10-16"}},
	})
}

// TestSessionsOfManyKeepTheirBodies checks that each summit of "the
// session of the X Council and the session of the Y Council" has its own
// body among its participants, not the other's.
func TestSessionsOfManyKeepTheirBodies(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2015-10-15\n\nOn October 16, Russian President Ivan Orlov will take part in the session of the CIS Heads of State Council, which Kazakhstan will chair, and in the session of the Supreme Eurasian Economic Council in Burabay."
	out := extractChecked(t, x, "sessions", text)
	n := 0
	for _, e := range out.Entities {
		if e.Kind != "summit" {
			continue
		}
		n++
		orgs := 0
		for _, p := range e.Participants {
			if strings.HasPrefix(p, "org:") {
				orgs++
			}
		}
		if orgs != 1 {
			t.Errorf("summit %s has %d bodies among %v, want its own only", e.Key, orgs, e.Participants)
		}
	}
	if n != 2 {
		t.Errorf("%d summits, want 2: %q", n, eventsOf(out))
	}
}

// TestSessionOfPossessorBody checks that "the Joint Commission's 7th
// meeting" is a meeting of that body, which takes part in it.
func TestSessionOfPossessorBody(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2024-01-04\n\nIndian Foreign Minister Ravi Menon met Nepali Foreign Minister Hari Saud in Kathmandu on Thursday. On Friday the two ministers will co-chair the India-Nepal Joint Commission's 7th meeting."
	out := extractChecked(t, x, "possessor body", text)
	for _, e := range out.Entities {
		if e.Kind == "meeting" && e.Date == "2024-01-05" && slices.Contains(e.Participants, "org:india-nepal-joint-commission") {
			return
		}
	}
	t.Errorf("no meeting of the joint commission on 2024-01-05: %q", eventsOf(out))
}

// TestNumberedSessions checks the number of a body's session: "holds its
// inaugural session" is the body's first meeting, not the opening of a
// larger occasion; sessions of other numbers are other occasions; an
// earlier one told with no time is none the article reports.
func TestNumberedSessions(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a body of two holds its inaugural session: its first meeting",
			"date 2025-11-12\n\nPeruvian President Rosa Quispe will travel to Kenya on a State Visit on 14th November 2025.\n\nDuring the visit, Presidents Quispe and Kiprono will be co-chairs when the Kenya-Peru Bi-National Commission (BNC) holds its Inaugural Session.",
			[]string{"meeting ", "visit 2025-11-14"}},
		{"the inaugural session of a summit: part of the summit",
			"date 2025-11-12\n\nPeruvian President Rosa Quispe attended the inaugural session of the Andean Summit in Lima on Tuesday.",
			[]string{"summit 2025-11-11"}},
		{"a first session dated in the past beside today's second: two meetings",
			"date 2023-09-08\n\nPeruvian Foreign Minister Rosa Quispe and Kenyan Foreign Minister Amos Kiprono chaired the second session of the Kenya-Peru Joint Planning Commission in Lima on Thursday.\n\nThey reviewed the decisions taken since the Kenya-Peru High-Level Council held its first session in May last year.",
			[]string{"meeting 2022-05-01", "meeting 2023-09-07"}},
		{"an earlier session with no time: no occasion of its own",
			"date 2021-02-20\n\nThe 9th meeting of the Kenya-Peru Joint Commission was held in Lima on February 19, co-chaired by Peruvian Prime Minister Rosa Quispe and Kenyan Vice President Amos Kiprono.\n\nThe meeting assessed how the decisions of the 8th meeting had been carried out.",
			[]string{"meeting 2021-02-19"}},
		{"a visitor's first and second meetings: two meetings",
			"date 2022-06-16\n\nKenyan Foreign Minister Amos Kiprono's first meeting in Lima on Thursday was with President Rosa Quispe, who received him.\n\nHis second meeting in Peru was with his Peruvian colleague Luis Vega.",
			[]string{"meeting 2022-06-16", "meeting 2022-06-16"}},
	})
}

// TestScheduledInApposition checks that an occasion followed by ",
// scheduled …" is a plan, undated when its time is "next week".
func TestScheduledInApposition(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a summit scheduled for next week: planned, no date",
			"date 2023-07-05\n\nPolish President Adam Nowak held talks with Lithuanian President Jonas Petraitis in Vilnius on Wednesday.\n\nSpeaking at a joint news conference in Vilnius once his talks with Petraitis were over, Poland's Nowak said the NATO summit, scheduled in the Lithuanian capital for next week, had been among the main subjects they covered.",
			[]string{"meeting 2023-07-05", "summit "}},
	})
}
