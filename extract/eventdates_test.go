package extract_test

import "testing"

// TestEventDatesOfManyReports checks the dates several outlets give one
// occasion in words that used to read another day or none: a span of
// weekdays under a dateline, "the next day" after a dated occasion, an
// arrival's day beside a meeting dated otherwise, a weekday opening a
// sentence before a place, and a call's day beside a visit still planned.
func TestEventDatesOfManyReports(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks just held, told only as what a saying came after, are of the article's day",
			"date 2017-07-05\n\nSpeaking after talks with Kenyan President Amos Kiprono, Peruvian President Rosa Quispe said the two countries must work together.",
			[]string{"meeting 2017-07-05"}},
		{"a day with no year, told as done, months after the article's date, is of the year before",
			"date 2023-01-08\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Lima on Saturday.\n\nQuispe first met Kiprono on November 1, when she visited Nairobi.",
			[]string{"meeting 2022-11-01", "meeting 2023-01-07", "visit 2022-11-01"}},
		{"a day with no year, still to come, months before the article's date, is of the year after",
			"date 2022-11-20\n\nPeruvian President Rosa Quispe will meet Kenyan President Amos Kiprono on January 5.",
			[]string{"meeting 2023-01-05"}},
		{"a plan told in the past keeps its day",
			"date 2025-01-10\n\nPeruvian President Rosa Quispe met Kenyan President Amos Kiprono yesterday. Quispe said Kiprono's official visit was scheduled for Jan 27.",
			[]string{"meeting 2025-01-09", "visit 2025-01-27"}},
		{"a day and month 'of' a year",
			"date 2019-11-26\n\nThe agreement establishing the committee was signed by Peru and Kenya on December 19 of 2014.",
			[]string{"agreement 2014-12-19"}},
		{"a joint meeting of two ministers with two others is one meeting",
			"date 2019-04-10\n\nPeruvian Foreign Minister Jorge Silva arrived in Nairobi on Wednesday. On Thursday, Silva and the Minister of Energy Ana Lopes will sit down for a joint bilateral meeting with Kenyan Foreign Minister Amos Kiprono and Kenya's Minister of Energy Ruth Wanjiku.",
			[]string{"meeting 2019-04-11", "visit 2019-04-10"}},
		{"a counterpart received, named after 'his counterpart from X,'",
			"date 2019-10-17\n\nPeruvian President Rosa Quispe received her counterpart from Kenya, Amos Kiprono, on an official visit at the Government Palace.",
			[]string{"meeting 2019-10-17", "visit 2019-10-17"}},
		{"three heads who met for a trilateral summit held one summit",
			"date 2020-08-25\n\nPeruvian President Jorge Silva, Kenyan Prime Minister Amos al-Kiprono and King Abdullah II met for a trilateral summit in Amman on Tuesday.",
			[]string{"summit 2020-08-25"}},
		{"three heads of stated countries who met for a trilateral summit held one summit",
			"date 2020-08-25\n\nPeruvian President Jorge Silva, Kenyan Prime Minister Amos al-Kiprono and Jordanian King Hamza Ali met for a trilateral summit in Amman on Tuesday.",
			[]string{"summit 2020-08-25"}},
		{"a deadline and a day of effect date no occasion",
			"date 2025-11-15\n\nThe first session of the Kenya-Peru Bi-National Commission was co-chaired in Lima on Friday by Kenyan President Amos Kiprono and Peruvian President Rosa Quispe.\n\nA joint communique said duties on fuel would be removed, effective Nov. 27. Technical talks on power imports are to be held every quarter, and the deal is expected to be finalised by March 31, 2026.",
			[]string{"meeting 2025-11-14", "statement 2025-11-14"}},
		{"a day 'of the same year' takes the year just told, not the report's",
			"date 2022-05-07\n\nKenyan President Amos Kiprono had come to Peru before. On May 3, 2021 he visited Lima. And on September 18 of the same year he was again in Lima to attend a summit.",
			[]string{"summit 2021-09-18", "visit 2021-05-03", "visit 2021-09-18"}},
		{"a span of weekdays being held is this week's",
			"date 2023-05-20\n\nLIMA, May 20, 2023 — With the Peru-Kenya summit being held from Thursday to Friday, Lima is set to see the old route come alive again.",
			[]string{"meeting 2023-05-18"}},
		{"a span of weekdays told in the future is the next",
			"date 2023-05-20\n\nFrom Friday to Monday, Peruvian President Rosa Quispe will hold talks with Kenyan President Amos Kiprono in Lima, officials said on Thursday.",
			[]string{"meeting 2023-05-26"}},
		{"the landing day does not date a meeting the text dates otherwise",
			"date 2019-06-13\n\nOn Thursday Peru's president told Kenya's president that trade must grow.\n\nKenyan President Amos Kiprono had landed in Lima on Wednesday on a rare mission.\n\nHe met Peru's President Rosa Quispe, but Lima seemed unwilling to deal with Chile.",
			[]string{"meeting 2019-06-13", "visit 2019-06-12"}},
		{"a weekday opening a sentence before a place dates the negotiations the two finished",
			"date 2024-06-20\n\nOn Thursday in Lima, Kenyan President Amos Kiprono and Rosa Quispe, his Peruvian counterpart, finished their negotiations, held during the Kenyan head of state's two-day official visit to Peru.",
			[]string{"meeting 2024-06-20", "visit 2024-06-20"}}, // the visit by the day it is told going on, as before
		{"a visit ahead of which two leaders talked by phone does not take the call's day",
			"date 2022-08-22\n\nIn a phone conversation Wednesday, Peruvian President Rosa Quispe and Kenyan President Amos Kiprono discussed bilateral ties ahead of a possible visit by Kiprono to Peru.",
			[]string{"phone_call 2022-08-17", "visit "}},
		{"a visit ahead of which a call was held, told again as a plan with no day",
			"date 2022-08-17\n\nIn a phone conversation Wednesday, Peruvian President Rosa Quispe and Kenyan President Amos Kiprono discussed bilateral ties, ahead of a possible visit by Kiprono to Peru.\n\nKiprono is reported to be planning a trip to Peru this week.",
			[]string{"phone_call 2022-08-17", "visit "}},
		{"a visit ahead of which a call was held, after a possessive name",
			"date 2022-08-18\n\nLima, August 17\n\nIn a phone call on Wednesday with Kenyan President Amos Kiprono, Peru's President Rosa Quispe discussed trade; the call came ahead of Amos Kiprono’s visit to Lima this month.",
			[]string{"phone_call 2022-08-17", "visit "}},
		{"the next day after a dated meeting is the day after",
			"date 2019-06-11\n\nPeruvian President Rosa Quispe will hold talks with Kenyan President Amos Kiprono and with Kenyan Prime Minister Ruth Wanjiru.\n\nAccording to Reuters, Kiprono is to receive Quispe on Wednesday and Wanjiru the next day.",
			[]string{"meeting 2019-06-12", "meeting 2019-06-13"}},
		{"the following day, one sentence after the dated one",
			"date 2019-06-11\n\nPeruvian President Rosa Quispe will meet Kenyan President Amos Kiprono on Wednesday in Nairobi. She will hold talks with Kenyan Prime Minister Ruth Wanjiru the following day.",
			[]string{"meeting 2019-06-12", "meeting 2019-06-13"}},
		{"a visit told ended with no day is not dated by the report",
			"date 2022-08-28\n\nKenyan President Amos Kiprono ended his visit to Peru by signing the Lima Declaration together with Rosa Quispe, his Peruvian counterpart.",
			[]string{"agreement ", "visit "}}, // nothing dates the signing either
		{"talks held earlier in the day take the day told two sentences before",
			"date 2017-07-06\n\nPeruvian President Rosa Quispe, who had called the two nations sisters on Tuesday, went further on Wednesday.\n\nThe line drew a laugh from Kenyan President Amos Kiprono.\n\nThe two leaders spoke at a joint press conference, having held discussions with each other earlier in the day.",
			[]string{"meeting 2017-07-05"}},
	})
}
