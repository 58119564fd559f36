package extract_test

import "testing"

// TestBeenTo checks trips told as made before ("has been to A, B and
// C"): a visit to each, with no day, apart from the visit the report
// tells, and not sides of the report's sectors.
func TestBeenTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"trips made before, beside the visit told",
			"date 2023-03-29\n\nPeruvian President Rosa Quispe arrived in Nairobi on Monday for a state visit to Kenya.\n\nSince taking office, Quispe has been to Chile, Brazil and Norway.",
			[]string{"visit ", "visit ", "visit ", "visit 2023-03-27"}},
		{"a presence in a city is no trip before",
			"date 2023-03-29\n\nPeruvian President Rosa Quispe has been in Nairobi since Monday on a state visit to Kenya.",
			[]string{"visit 2023-03-27"}},
	})
}
