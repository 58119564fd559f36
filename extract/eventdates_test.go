package extract_test

import "testing"

// TestEventDates checks which words date an event: not the day of a
// saying, not the day of another occasion.
func TestEventDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the day of a saying in the lead does not date earlier talks",
			"date 2025-03-14\n\nKenya agreed to buy more maize as part of his talks with Kenyan President Ruth Wanjiku, Ugandan President Peter Okello said on Wednesday. Wanjiku received Okello at the airport in Mombasa.",
			[]string{"meeting 2025-03-14"}},
		{"the day of a saying that is the article's own dates talks held",
			"date 2025-03-14\n\nDuring his visit to Kenya, Ugandan President Peter Okello said on Friday that ties were strong. During their talks, Okello told Kenyan President Ruth Wanjiku that trade was growing.",
			[]string{"meeting 2025-03-14", "visit 2025-03-14"}},
	})
}
