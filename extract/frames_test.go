package extract_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestFramedVisits checks that a visit named only as the frame of another
// occasion ("currently on a three-day visit", "one of the activities of
// X's two-day visit") does not take that occasion's day: it began on a day
// the text does not give.
func TestFramedVisits(t *testing.T) {
	runEventCases(t, []eventCase{
		{"currently on a visit: the call's day, not the visit's",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe spoke on Thursday after Kenyan President Amos Kiprono, currently on a four-day working visit to Peru, paid a call on her in Lima.",
			[]string{"meeting 2025-03-13", "visit "}},
		{"one of the activities of a visit: the signing's day",
			"date 2025-03-14\n\nIn Lima on Thursday Peru and Kenya signed four agreements, one of the activities of Kenyan President Amos Kiprono's two-day visit to the country.",
			[]string{"agreement 2025-03-13", "visit "}},
		{"a visit begun on the day told keeps it",
			"date 2025-03-14\n\nKenyan President Amos Kiprono arrived in Lima on Thursday for a two-day visit to Peru and met President Rosa Quispe.",
			[]string{"meeting 2025-03-13", "visit 2025-03-13"}},
		{"during a visit: the day stays the visit's",
			"date 2025-03-14\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe in Lima on Thursday during his state visit to Peru.",
			[]string{"meeting 2025-03-13", "visit 2025-03-13"}},
	})
}

// TestPronounSubjects checks that "he" or "she" after an opening phrase
// and before any leader named ("At the memorial he laid a wreath", "With
// President X she attended ...") is the leader the text was telling of.
func TestPronounSubjects(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, kind, want string
	}{
		{"an opening phrase before the pronoun",
			"date 2025-03-14\n\nKenyan President Amos Kiprono ended a state visit to Peru on Friday. In Lima on Thursday he held talks with Peruvian President Rosa Quispe.",
			"meeting", "person:amos-kiprono"},
		{"a date before the pronoun",
			"date 2025-03-14\n\nThe President of Kenya, Amos Kiprono, has come to Peru four times. On May 3, 2023 he met Peruvian President Rosa Quispe in Lima.",
			"meeting", "person:amos-kiprono"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			found := false
			for _, e := range out.Entities {
				if e.Type == graph.TypeEvent && e.Kind == tc.kind {
					found = true
					if !slices.Contains(e.Participants, tc.want) {
						t.Errorf("%s %s: participants %v, want %s among them", e.Kind, e.Date, e.Participants, tc.want)
					}
				}
			}
			if !found {
				t.Errorf("no %s", tc.kind)
			}
		})
	}
}

// TestPronounSubjectMeetsEach checks that a report opened by "he" ("He held
// a meeting today with X") names the first of the people its subject met,
// one meeting each with those a later sentence lists.
func TestPronounSubjectMeetsEach(t *testing.T) {
	runEventCases(t, []eventCase{
		{"he met one, then two more",
			"date 2025-03-14\n\nKenyan President Amos Kiprono is in Lima on his first official visit to Peru. He held a meeting today with Rosa Quispe, his Peruvian counterpart. While in Lima, Kiprono also held meetings with Peruvian Prime Minister Luis Soto and with Congress President Ana Vela.",
			[]string{"meeting 2025-03-14", "meeting 2025-03-14", "meeting 2025-03-14", "visit "}},
		{"he met one, then he met two more",
			"date 2025-03-14\n\nKenyan President Amos Kiprono held talks in Lima today with Rosa Quispe, his Peruvian counterpart. He also had meetings with Peruvian Prime Minister Luis Soto and with Congress President Ana Vela.",
			[]string{"meeting 2025-03-14", "meeting 2025-03-14", "meeting 2025-03-14"}},
	})
}

// TestPurposeDates checks that talks told as the purpose of a dated
// journey ("came to Lima on March 12 to hold discussions with X") take the
// journey's date, and that a planned meeting with its own date is no part
// of a meeting held before.
func TestPurposeDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the purpose of a dated journey",
			"date 2025-03-14\n\nKenyan President Amos Kiprono came to Lima on March 12 to hold discussions with Peruvian President Rosa Quispe. Writing online, Kiprono said that their meeting, which took place today, was a success.",
			[]string{"meeting 2025-03-12", "visit 2025-03-12"}},
		{"a meeting held, then another planned on a day of its own",
			"date 2025-03-14\n\nOn March 12 Kenyan President Amos Kiprono visited Peru. In Lima, Kiprono held a meeting with Peruvian President Rosa Quispe. Kiprono is to travel to Chile on March 16 to meet Chilean President Jorge Soto.",
			[]string{"meeting 2025-03-12", "meeting 2025-03-16", "visit 2025-03-12", "visit 2025-03-16"}},
	})
}
