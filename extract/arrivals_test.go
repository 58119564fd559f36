package extract_test

import "testing"

// TestArrivals checks arrivals told in wire style: a city followed right
// away by a weekday or a month ("arrived in Lima Thursday"), and a "he" or
// "she" opening the sentence of an arrival ("He came to Lima on ...").
func TestArrivals(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a weekday right after the city",
			"date 2025-03-14\n\nKenyan President Amos Kiprono arrived in Lima Thursday for talks on trade.",
			[]string{"visit 2025-03-13"}},
		{"a month and day right after the city",
			"date 2025-03-14\n\nKenyan President Amos Kiprono came to Lima March 12, invited by the Peruvian government.",
			[]string{"visit 2025-03-12"}},
		{"a pronoun opens the arrival",
			"date 2025-03-14\n\nKenyan President Amos Kiprono is in Peru this week. He came to Lima on March 12.",
			[]string{"visit 2025-03-12"}},
		{"a city inside a longer name is still no arrival",
			"date 2025-03-14\n\nKenyan President Amos Kiprono came to Lima Metro headquarters with his Peruvian host.",
			[]string{}},
	})
}

// TestSitDown checks "sits down with" and "sat down one-on-one with" as
// meetings, "sat" as a meeting already held on the article's day.
func TestSitDown(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sits down with, today",
			"date 2025-03-14\n\nTrade will be on the agenda today when Kenyan President Amos Kiprono sits down with Rosa Quispe, her Peruvian counterpart.",
			[]string{"meeting 2025-03-14"}},
		{"sat down one-on-one with",
			"date 2025-03-14\n\nKenyan President Amos Kiprono sat down one-on-one with Peruvian President Rosa Quispe.",
			[]string{"meeting 2025-03-14"}},
	})
}

// TestDepartures checks a departure for a country as the start of a visit
// to it, and other uses of the verbs as none.
func TestDepartures(t *testing.T) {
	runEventCases(t, []eventCase{
		{"left for a country on a weekday",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe left for Kenya on Thursday morning, with Foreign Minister Luis Soto travelling with her.",
			[]string{"visit 2025-03-13"}},
		{"left the talks is no visit",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono on Thursday and left the talks early.",
			[]string{"meeting 2025-03-13"}},
		{"left for home is no visit",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono on Thursday and left for home on Friday.",
			[]string{"meeting 2025-03-13"}},
	})
}

// TestDueIn checks "due in <place>" as a planned visit, and other uses of
// "due" as none.
func TestDueIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"due in a foreign capital on a weekday",
			"date 2025-03-12\n\nKenyan President Amos Kiprono, who is due in Lima on Thursday, will meet Peruvian President Rosa Quispe.",
			[]string{"meeting 2025-03-13", "visit 2025-03-13"}},
		{"due to a country's policy is no visit",
			"date 2025-03-12\n\nKenyan exports fell last year due to Peru's new tariffs, Kenyan President Amos Kiprono said.",
			nil},
	})
}

// TestPresence checks a leader's past presence in a foreign place as a
// visit ("On May 3 he was in Lima", "He had been in Quito on August 30"),
// the end of a range of days as no occasion's start, and other uses of
// "was in" as none.
func TestPresence(t *testing.T) {
	runEventCases(t, []eventCase{
		{"he was in a foreign city on a day",
			"date 2025-03-14\n\nKenyan President Amos Kiprono has come to Peru three times. On May 3, 2023 he was in Lima for three days.",
			[]string{"visit 2023-05-03"}},
		{"he had been in a foreign city",
			"date 2025-09-10\n\nKenyan President Amos Kiprono is in Lima today. He had been in Quito on August 30.",
			[]string{"visit 2025-08-30"}},
		{"a range of days dates one visit, from its first",
			"date 2025-09-10\n\nKenyan President Amos Kiprono was in Peru earlier this year, from May 5, 2025 to May 7, 2025, on a three-day visit.",
			[]string{"visit 2025-05-05"}},
		{"a fair that was in a city is no visit",
			"date 2025-03-14\n\nKenyan President Amos Kiprono said the trade fair was in Lima.",
			nil},
		{"a leader who was in charge is no visitor",
			"date 2025-03-14\n\nKenyan President Amos Kiprono was in charge of trade with Peru.",
			nil},
	})
}

// TestComing checks "will come to <place>" of a leader as a planned visit
// (its purpose taking its day), "come" of others as none, and two journeys
// to two countries in one sentence as two occasions with dates of their own.
func TestComing(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a leader will come next Tuesday to hold talks",
			"date 2017-10-25\n\nThe minister announced on Wednesday that Kenyan President Amos Kiprono will come to Lima next Tuesday to hold talks with Peruvian President Rosa Quispe.",
			[]string{"meeting 2017-10-31", "visit 2017-10-31"}},
		{"students who come are no visitors",
			"date 2019-02-05\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe in Lima today; they discussed visas for Kenyan students who come to Peru.",
			[]string{"meeting 2019-02-05"}},
		{"two journeys to two countries",
			"date 2026-01-23\n\nKenyan President Amos Kiprono said on Jan 22 that he would travel to Peru in April, and that Peruvian President Rosa Quispe would come to Kenya later.",
			[]string{"visit ", "visit 2026-04-01"}},
	})
}
