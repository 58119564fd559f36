package extract_test

import "testing"

// TestOccasionsOfManyReports checks forms in which outlets tell one
// occasion that several of them report: talks told ended, two leaders
// who talked, time spent with a guest, a meeting held with words between.
func TestOccasionsOfManyReports(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talks told over are held, on the day of a dated dateline",
			"date 2025-03-14\n\nLIMA, March 14. /Andina/. The private talks in Lima between Peruvian and Kenyan Presidents Rosa Quispe and Amos Kiprono are over. Planned to last one hour, this stage of the talks ran for nearly two hours.",
			[]string{"meeting 2025-03-14"}},
		{"summit meetings told finished are held, and dated, though the summit is named again in a plan",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono have finished their summit meetings in Geneva, ending faster than anticipated. Press conferences are scheduled, first by Quispe and then by Kiprono, before they leave the summit venue.",
			[]string{"meeting 2025-03-14"}},
		{"two leaders of two countries who talked behind closed doors met",
			"date 2025-03-15\n\nKenyan President Amos Kiprono arrived in Lima on Friday. Quispe, 64, and Kiprono, 58, talked behind closed doors on Saturday.\n\nPeruvian President Rosa Quispe hosted him.",
			[]string{"meeting 2025-03-15", "visit 2025-03-14"}},
		{"a meeting held with two adjectives between",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe said the two had held a very historic meeting with Kenyan President Amos Kiprono on Friday.",
			[]string{"meeting 2025-03-14"}},
		{"hours spent in an office with a guest are a meeting",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe spent over 1 1/2 hours in her office with Kenya's Foreign Minister Amos Kiprono on Friday.",
			[]string{"meeting 2025-03-14"}},
		{"a stay used to see a leader is a meeting",
			"date 2024-02-13\n\nKenyan President Amos Kiprono made use of his stay in Lima on Monday to see President Rosa Quispe.",
			[]string{"meeting 2024-02-12"}},
		{"to see members of a government, among them a minister, is a meeting",
			"date 2018-04-17\n\nIn Lima on Friday Kenyan Foreign Minister Amos Kiprono is scheduled to see a number of members of the Peruvian government, among them justice minister Rosa Quispe.",
			[]string{"meeting 2018-04-20"}},
		{"to see results, or to see a leader as a friend, is no meeting",
			"date 2018-04-17\n\nKenyan Foreign Minister Amos Kiprono wants to see the results. Peruvians want to see President Rosa Quispe as a partner. Kiprono had intended to see Quispe in Lima, but had to self-isolate.",
			nil},
		{"a meeting told by a participle opening the lead is done, on the article's day",
			"date 2023-11-02\n\nLIMA, Peru, November 2. Meeting Prime Minister of Kenya Amos Kiprono in expanded format, President of Peru Rosa Quispe said the two countries could lift trade.",
			[]string{"meeting 2023-11-02"}},
		{"a participle before a plan is no meeting done",
			"date 2023-11-02\n\nMeeting Prime Minister of Kenya Amos Kiprono next week, President of Peru Rosa Quispe will discuss trade.",
			[]string{"meeting "}},
		{"a treaty concluded in a year before 1900 is of that year, not the article's day",
			"date 2023-01-06\n\nPeru and Kenya concluded the Treaty of Amity in 1888.",
			[]string{"agreement 1888-01-01"}},
		{"a number of a noun after 'in' is no year",
			"date 2023-01-06\n\nPeru and Kenya signed a treaty on Thursday that brings clinics in 1800 villages.",
			[]string{"agreement 2023-01-05"}},
		{"a leader met by his quoted nickname",
			"date 2023-04-14\n\nKenyan President Amos \"Ami\" Kiprono came to Peru on Wednesday for a three-day official visit.\n\nFinally, on Friday, Ami met with President Rosa Quispe, as images showed.",
			[]string{"meeting 2023-04-14", "visit 2023-04-12"}},
		{"the summit the two open is their meeting",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono shook hands on Friday, moments before the two opened their first, long-awaited summit in Geneva.",
			[]string{"meeting 2025-03-14"}},
		{"the summit of a group the two go to stays a summit",
			"date 2025-03-14\n\nPeruvian President Rosa Quispe and Kenyan President Amos Kiprono said on Friday that the two would send their envoys to the summit of the African Union in Addis Ababa.",
			[]string{"summit "}},
	})
}
