package extract_test

import "testing"

// TestPastOccasionsTold checks occasions of the past told by a predicate
// of time after their name ("the previous visit took place in June
// 2016") or by a month and year, or a year, between a possessive and
// their name ("X's July 2018 trip"): each is an occasion of its own, of
// that month or year, and a year before a name with no one's possessive
// is still no occasion told.
func TestPastOccasionsTold(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a previous visit that took place in a month of a past year",
			"date 2019-10-09\n\nPeruvian Prime Minister Rosa Quispe arrived in Nairobi on Monday.\n\nQuispe's previous visit to Kenya took place in June 2016.",
			[]string{"visit 2016-06-01", "visit 2019-10-07"}},
		{"a last trip that was in a month of a past year",
			"date 2019-10-09\n\nPeruvian Prime Minister Rosa Quispe arrived in Nairobi on Monday.\n\nHer last trip to Kenya was in May 2017.",
			[]string{"visit 2017-05-01", "visit 2019-10-07"}},
		{"someone's trip named with a month and year before it",
			"date 2019-10-09\n\nPeruvian Prime Minister Rosa Quispe arrived in Nairobi on Monday.\n\nThe visit comes after Kenyan President Amos Kiprono's July 2018 trip to Lima.",
			[]string{"visit 2018-07-01", "visit 2019-10-07"}},
		{"someone's visit named with a year before it",
			"date 2019-10-09\n\nKenyan President Amos Kiprono's 2018 visit to Peru was a success, Peruvian President Rosa Quispe said.",
			[]string{"visit 2018-01-01"}},
		{"a visit named with a year and no one's possessive is no occasion told",
			"date 2019-10-09\n\nThe 2018 visit to Peru was a success, Peruvian President Rosa Quispe said.",
			nil},
	})
}

// TestListedStays checks stays told in a list with one verb, each with
// its place and date ("had been in Baku on August 30 and, before that,
// in Brussels on July 18-20"): a visit each, and so a meeting each for
// "meetings were held in X on D1, and in Y on D2"; a second date after another
// verb ("returned on ...") is no stay of its own.
func TestListedStays(t *testing.T) {
	runEventCases(t, []eventCase{
		{"two stays listed with their places and dates",
			"date 2018-09-10\n\nPeruvian Prime Minister Rosa Quispe is in Nairobi today for her first official visit to Kenya.\n\nShe had been in Santiago on August 30 and, before that, in Madrid on July 18-20.",
			[]string{"visit 2018-07-18", "visit 2018-08-30", "visit 2018-09-10"}},
		{"meetings held on days listed with their places: one each",
			"date 2021-11-23\n\nPeruvian President Rosa Quispe is to visit Santiago on Tuesday. It is a chance to review the decisions of earlier meetings; those meetings were held in Santiago on April 20, 2021, and in Lima on December 29, 2020, and August 27, 2021.",
			[]string{"meeting 2020-12-29", "meeting 2021-04-20", "meeting 2021-08-27", "visit 2021-11-23"}},
		{"a return on another day is no second stay",
			"date 2018-09-10\n\nPeruvian Prime Minister Rosa Quispe visited Santiago on August 30 and returned to Lima on September 2.",
			[]string{"visit 2018-08-30"}},
	})
}

// TestListedYears checks that a past occasion told for several years
// listed after it is one occasion each year.
func TestListedYears(t *testing.T) {
	runEventCases(t, []eventCase{
		{"visited a country in three years: three visits",
			"date 2023-04-11\n\nPeruvian President Rosa Quispe will visit Kenya on April 25. Quispe visited Kenya in 1997, 2010 and 2019.",
			[]string{"visit 1997-01-01", "visit 2010-01-01", "visit 2019-01-01", "visit 2023-04-25"}},
		{"a year, then one not past: one visit",
			"date 2023-04-11\n\nPeruvian President Rosa Quispe will visit Kenya on April 25. Quispe visited Kenya in 2019 and 2027.",
			[]string{"visit 2019-01-01", "visit 2023-04-25"}},
	})
}
