package extract_test

import "testing"

// TestCalledOffOccasions checks that an occasion told put off or called
// off is planned, with no date: the day it had been set for is the one
// given up, and it was not held.
func TestCalledOffOccasions(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		kind       string
	}{
		{"a summit called off after its day was set",
			"date 2021-03-30\n\nThe foreign ministers of Jordan, Egypt and Iraq met in Baghdad on Monday to prepare a tripartite summit of their leaders. That summit had first been scheduled for March 28, but it was called off for the time being after a train crash in Egypt.",
			"summit"},
		{"talks on a postponed visit",
			"date 2019-05-07\n\nUS Secretary of State Mike Porter cancelled his visit to Germany, where he was due to meet Chancellor Anna Weber on Tuesday.",
			"meeting"},
		{"a visit that will not take place",
			"date 2023-03-01\n\nCzech Prime Minister Jan Novak had been due to visit Kenya on Monday, but the visit will not take place.",
			"visit"},
		{"a trip scrapped",
			"date 2023-03-01\n\nCzech Prime Minister Jan Novak had been due to visit Kenya on Monday, but scrapped the trip after the attack.",
			"visit"},
		{"a summit one chose to put off attending",
			"date 2024-08-09\n\nPrime Minister Kenji Sato explained that he had chosen to put off attending the Central Asia plus Japan Dialogue Summit in Astana on August 9 after an earthquake.",
			"summit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			found := false
			for _, e := range out.Entities {
				if e.Kind != tc.kind {
					continue
				}
				found = true
				if e.Date != "" || e.Status != "planned" {
					t.Errorf("%s dated %q (%s), status %q; want no date, planned", e.Kind, e.Date, e.DateText, e.Status)
				}
			}
			if !found {
				t.Errorf("no %s in %q", tc.kind, eventsOf(out))
			}
		})
	}
}
