package extract_test

import "testing"

// TestDaysWithinVisit checks that a day of a visit whose length is told
// ("a four-day trip began on Tuesday" and "an official welcome on
// Thursday") is the same visit, dated by its first day; a day beyond its
// length is another; the length of a tour the visit is one stop of is not
// the visit's.
func TestDaysWithinVisit(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a welcome two days into a four-day trip is the same visit",
			"date 2024-10-24\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono in Nairobi on Thursday.\n\nQuispe's four-day trip to Kenya began on Tuesday.\n\nOn Thursday morning Kiprono gave Quispe an official welcome at State House.",
			[]string{"meeting 2024-10-24", "visit 2024-10-22"}},
		{"a day told first and the start told later: the start",
			"date 2024-10-24\n\nKenyan President Amos Kiprono welcomed Peruvian President Rosa Quispe at State House on Thursday.\n\nQuispe's four-day visit to Kenya began on Tuesday.",
			[]string{"visit 2024-10-22"}},
		{"a day beyond a two-day visit is another visit",
			"date 2024-10-24\n\nPeruvian President Rosa Quispe paid a two-day visit to Kenya that began on October 2.\n\nKenyan President Amos Kiprono welcomed Quispe to Kenya again on October 20.",
			[]string{"visit 2024-10-02", "visit 2024-10-20"}},
		{"a visit dated by a range of days lasts them: a signing during it takes not its first day",
			"date 2024-12-07\n\nPeruvian President Rosa Quispe made an official visit to Kenya on 4-5 December.\n\nAn official welcome was held in Nairobi on 4 December.\n\nThree agreements were signed as an outcome of the visit.",
			[]string{"agreement 2024-12-07", "visit 2024-12-04"}}, // the report's day, assumed
		{"a stop on a five-day tour lasts not five days: talks during it take its day",
			"date 2022-05-09\n\nOn Saturday Mexican President Andres Luna paid his first official visit to Belize, one stop on a five-day tour of Central America and Cuba. In the course of the short working visit, Luna held talks with Prime Minister John Brice.",
			[]string{"meeting 2022-05-07", "visit 2022-05-07"}},
		{"a range of days after a month with no year: the visit lasts them",
			"date 2019-01-24\n\nFrom January 20 to 22, Peruvian President Rosa Quispe was in Kenya on an official visit.\n\nKenyan President Amos Kiprono and Quispe signed nine documents when they met.",
			[]string{"agreement 2019-01-24", "meeting 2019-01-24", "visit 2019-01-20"}}, // the report's day, assumed
	})
}
