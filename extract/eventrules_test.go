package extract_test

import "testing"

// TestEventKinds checks the kind of an event told by two triggers.
func TestEventKinds(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a joint declaration signed is a signing, not a statement",
			"date 2025-03-14\n\nKenyan Foreign Minister Amos Kiprono and Ugandan Foreign Minister Jane Akello signed a joint declaration on Thursday.",
			[]string{"agreement 2025-03-13"}},
		{"a joint statement among the documents signed is a signing",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku and Ugandan President Peter Okello met in Kampala on Thursday. Five documents were signed, among them the two presidents' joint statement.",
			[]string{"agreement 2025-03-13", "meeting 2025-03-13"}},
		{"the declaration named again after its signing is no statement",
			"date 2025-03-14\n\nKenyan Foreign Minister Amos Kiprono and Ugandan Foreign Minister Jane Akello signed a joint declaration on Thursday. Kiprono said the joint declaration would deepen ties.",
			[]string{"agreement 2025-03-13"}},
		{"a declaration signed by its name and named again is no statement",
			"date 2025-03-14\n\nKenyan Foreign Minister Amos Kiprono and Ugandan Foreign Minister Jane Akello signed the Entebbe Declaration on Thursday. The joint declaration opens a new era, Kiprono said.",
			[]string{"agreement 2025-03-13"}},
		{"an election due in a country is no visit",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku met Ugandan President Peter Okello in Kampala on Thursday. Wanjiku said the election due in Tanzania in April would shape the region.",
			[]string{"meeting 2025-03-13"}},
		{"a leader due in a country is a visit",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku is due in Kampala on Monday for talks with Ugandan President Peter Okello.",
			[]string{"meeting 2025-03-17", "visit 2025-03-17"}},
		{"two sides welcomed by a third country's host is no visit to him",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku and Ugandan President Peter Okello held talks in Arusha on Friday. At the venue, the two leaders were welcomed by Tanzanian President Amani Mushi.",
			[]string{"meeting 2025-03-14"}},
		{"both presidents, one of each country, welcomed by a host",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku and Ugandan President Peter Okello held talks in Arusha on Friday. Both presidents were welcomed by Tanzanian President Amani Mushi.",
			[]string{"meeting 2025-03-14"}},
		{"one guest welcomed by the host is a visit",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku arrived in Arusha on Friday. She was welcomed by Tanzanian President Amani Mushi.",
			[]string{"visit 2025-03-14"}},
		{"a joint statement issued beside no signing is a statement",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku and Ugandan President Peter Okello issued a joint statement on Thursday.",
			[]string{"statement 2025-03-13"}},
		{"a ceremony at which agreements were signed is the signing",
			"date 2025-03-15\n\nAt an official ceremony in Kampala on Friday, Kenyan President Ruth Wanjiku and Ugandan President Peter Okello signed five agreements.",
			[]string{"agreement 2025-03-14"}},
		{"a ceremony a guest is welcomed with is the visit's protocol",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku arrived in Kampala on Friday. Ugandan President Peter Okello welcomed Wanjiku with an official ceremony.",
			[]string{"visit 2025-03-14"}},
		{"celebrations of an anniversary are a ceremony",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku joined the celebrations of the 60th anniversary of Uganda's independence in Kampala on Friday.",
			[]string{"ceremony 2025-03-14"}},
		{"an anniversary commemorated by two countries is a ceremony",
			"date 2025-03-15\n\nThe centenary of the treaty will be commemorated by Kenya and Uganda in Kampala on 1 July.",
			[]string{"ceremony 2025-07-01"}},
		{"a minister who calls on a president meets him",
			"date 2025-03-15\n\nKenyan Foreign Minister Ruth Wanjiku called on Ugandan President Peter Okello in Kampala on Friday.",
			[]string{"meeting 2025-03-14"}},
		{"a president called on to act is met by no one",
			"date 2025-03-15\n\nKenyan Foreign Minister Ruth Wanjiku on Friday called on Ugandan President Peter Okello to reopen the border.",
			nil},
		{"a call on a weekday is a phone call",
			"date 2025-03-15\n\nIn a call on Friday, Kenyan President Ruth Wanjiku congratulated Ugandan President Peter Okello.",
			[]string{"phone_call 2025-03-14"}},
		{"a teleconference is a call",
			"date 2025-03-15\n\nTrade was discussed on Friday in a teleconference by Kenyan Trade Minister Ruth Wanjiku and Ugandan Foreign Minister Peter Okello.",
			[]string{"phone_call 2025-03-14"}},
		{"a virtual summit named with its pair is a call",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku and Ugandan President Peter Okello held the first virtual Kenya-Uganda summit on Friday.",
			[]string{"phone_call 2025-03-14"}},
		{"a meeting said to be over video link is a call",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku said her meeting with Ugandan President Peter Okello on Friday was over video link.",
			[]string{"phone_call 2025-03-14"}},
		{"leaders meeting virtually hold a call",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku and Ugandan President Peter Okello were meeting virtually on Friday.",
			[]string{"phone_call 2025-03-14"}},
		{"a video shown at a meeting makes no call",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku met Ugandan President Peter Okello in Kampala on Friday, and they watched a video link to the dam site.",
			[]string{"meeting 2025-03-14"}},
		{"when they next meet is no occasion",
			"date 2025-03-15\n\nKenyan President Ruth Wanjiku and Ugandan President Peter Okello held talks by phone on Friday. Wanjiku said she would bring coffee when they next met.",
			[]string{"phone_call 2025-03-14"}},
	})
}

// TestEventDates checks which words date an event: not the day of a
// saying, not the day of another occasion.
func TestEventDates(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a month before a when clause dates both occasions",
			"date 2024-03-10\n\nKenyan President Ruth Wanjiku visited Kampala in 2021, when she and Ugandan President Peter Okello signed agreements on mining.",
			[]string{"agreement 2021-01-01", "visit 2021-01-01"}},
		{"a when clause with no comma takes the year before it",
			"date 2024-03-10\n\nKenyan President Ruth Wanjiku visited Kampala in 2021 when she and Ugandan President Peter Okello signed agreements on mining.",
			[]string{"agreement 2021-01-01", "visit 2021-01-01"}},
		{"a planned meeting and a past one told later are two occasions",
			"date 2024-03-10\n\nKenyan President Ruth Wanjiku is expected to meet Ugandan President Peter Okello next month. The two leaders met in Kampala in January, when they signed a pipeline deal.",
			[]string{"agreement 2024-01-01", "meeting ", "meeting 2024-01-01"}},
		{"the day of a saying in the lead does not date earlier talks",
			"date 2025-03-14\n\nKenya agreed to buy more maize as part of his talks with Kenyan President Ruth Wanjiku, Ugandan President Peter Okello said on Wednesday. Wanjiku received Okello at the airport in Mombasa.",
			[]string{"meeting 2025-03-14"}},
		{"the day of a saying that is the article's own dates talks held",
			"date 2025-03-14\n\nDuring his visit to Kenya, Ugandan President Peter Okello said on Friday that ties were strong. During their talks, Okello told Kenyan President Ruth Wanjiku that trade was growing.",
			[]string{"meeting 2025-03-14", "visit 2025-03-14"}},
		{"talks told after the start of a visit of several days take none of its days (the report's, assumed)",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku began a three-day state visit to Uganda on Monday. In the course of the visit, Wanjiku held talks with Ugandan President Peter Okello.",
			[]string{"meeting 2025-03-14", "visit 2025-03-10"}},
		{"talks in the sentence that dates a visit of several days take its day",
			"date 2025-03-14\n\nThe talks took place in Kampala, where Kenyan President Ruth Wanjiku had come on Monday on a two-day visit to meet Ugandan President Peter Okello.",
			[]string{"meeting 2025-03-10", "visit 2025-03-10"}},
	})
}

// TestEventSeveralMet checks that people met one by one during an
// occasion are one meeting each.
func TestEventSeveralMet(t *testing.T) {
	runEventCases(t, []eventCase{
		{"meetings held with two people are two meetings, beside the first",
			"date 2025-03-14\n\nKenyan Prime Minister Amos Kiprono held talks with Ugandan President Peter Okello in Kampala on Thursday. Kenyan Prime Minister Amos Kiprono also held meetings with Ugandan Vice President Jane Akello and with Ugandan Speaker Moses Opio.",
			[]string{"meeting 2025-03-13", "meeting 2025-03-13", "meeting 2025-03-13"}},
		{"two people of two countries met separately are two meetings",
			"date 2025-03-14\n\nKenyan President Ruth Wanjiku met Ugandan Foreign Minister Jane Akello and Tanzanian Foreign Minister Ali Mrema separately on Thursday.",
			[]string{"meeting 2025-03-13", "meeting 2025-03-13"}},
	})
}
