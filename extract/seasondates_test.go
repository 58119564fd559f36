package extract_test

import "testing"

// TestMonthsAndSeasons checks a month opening a sentence after the
// dateline and a season of a year: each dates the occasion the sentence
// tells.
func TestMonthsAndSeasons(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a season of a year dates a visit still planned",
			"date 2019-11-01\n\nAt the invitation of Peruvian President Rosa Quispe, Kenyan President Amos Kiprono will pay a visit to Peru in the spring of 2020.",
			[]string{"visit 2020-01-01"}},
		{"a month opening the sentence after the dateline",
			"date 2021-11-09\n\nLIMA: In December Peruvian President Rosa Quispe will pay a visit to Kenya.",
			[]string{"visit 2021-12-01"}},
		{"a month named alone takes the past year named before it in its sentence",
			"date 2024-10-24\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe in Lima on Thursday.\n\nKiprono made two trips to Peru in 2023: a state visit in February and, later, a working visit.",
			[]string{"meeting 2024-10-24", "visit 2023-02-01"}},
	})
}
