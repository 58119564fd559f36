package extract_test

import "testing"

// TestWeekdayTenses checks the tense that places a weekday: an irregular
// past verb before it ("began", "went", "held") puts it in the past even
// when a plan follows in the sentence, and a journey told in the present
// simple ("travels to X on Tuesday") is one of a timetable, still to come.
func TestWeekdayTenses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a visit that began on a weekday, the return still due: the past weekday",
			"date 2024-12-03\n\nPeruvian Prime Minister Rosa Quispe began her four-day official visit to Kenya on Sunday and is due back on December 5.",
			[]string{"visit 2024-12-01"}},
		{"a leader who went to a country on a weekday, the return still expected: the past weekday",
			"date 2024-12-03\n\nPeruvian President Rosa Quispe went to Kenya on Sunday and is expected to return home on December 5.",
			[]string{"visit 2024-12-01"}},
		{"a journey in the present simple with a weekday is still to come",
			"date 2021-05-03\n\nKenyan President Amos Kiprono travels to Lima on Tuesday for a state visit of two days, the Peruvian presidency said on Monday.",
			[]string{"visit 2021-05-04"}},
		{"talks to be held on a weekday stay to come",
			"date 2021-05-03\n\nTalks between Kenyan President Amos Kiprono and Peruvian President Rosa Quispe will be held on Tuesday.",
			[]string{"meeting 2021-05-04"}},
	})
}

// TestNamedYears checks a day or a month told without its year and
// followed by "last year", "this year" or "next year": that year's.
func TestNamedYears(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a day of last year, later in the calendar than the article's",
			"date 2022-01-13\n\nThe two leaders, Peruvian President Rosa Quispe and Kenyan President Amos Kiprono, had agreed at a meeting on July 28 last year to convene the cabinet.",
			[]string{"meeting 2021-07-28"}},
		{"a span of days of last year, earlier in the calendar than the article's",
			"date 2019-03-07\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono in Lima on March 5-6 last year.",
			[]string{"meeting 2018-03-05"}},
		{"a day of next year",
			"date 2019-03-07\n\nPeruvian President Rosa Quispe will meet Kenyan President Amos Kiprono in Lima on 5 May next year.",
			[]string{"meeting 2020-05-05"}},
		{"a month of this year, after a verb in the past tense",
			"date 2025-02-25\n\nPeruvian President Rosa Quispe said she had agreed to meet Kenyan President Amos Kiprono in Lima in April this year.",
			[]string{"meeting 2025-04-01"}},
		{"a month of last year, later in the calendar than the article's",
			"date 2019-03-07\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono in Lima in June last year.",
			[]string{"meeting 2018-06-01"}},
	})
}

// TestOccasionSubjectFuture checks an occasion named as the subject of a
// verb of the future ("The talks will deal with ...") after a visit told
// done: still to come, so not dated by the visit's day.
func TestOccasionSubjectFuture(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks that will deal with trade, after an arrival told done",
			"date 2018-11-19\n\nPeruvian Prime Minister Rosa Quispe arrived in Kenya this Monday on her first official visit to the country.\n\nThe talks will deal with regional security and trade.",
			[]string{"meeting ", "visit 2018-11-19"}},
		{"talks that dealt with trade are of the visit's day",
			"date 2018-11-19\n\nPeruvian Prime Minister Rosa Quispe arrived in Kenya this Monday on her first official visit to the country.\n\nThe talks dealt with regional security and trade.",
			[]string{"meeting 2018-11-19", "visit 2018-11-19"}},
	})
}
