package extract_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

// eventDates returns "kind date precision status" for every event.
func eventDates(x graph.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		if e.Type == graph.TypeEvent {
			out = append(out, e.Kind+" "+orNull(e.Date)+" "+orNull(e.DatePrecision)+" "+orNull(e.Status))
		}
	}
	slices.Sort(out)
	return out
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

// TestDatePrecisionAndStatus checks the contract's rules on event dates:
// how much the text states (day, month, year, assumed, null), an explicit
// date beating a relative word of the same phrase, weekdays resolved back
// unless the verb is future, and planned versus held.
func TestDatePrecisionAndStatus(t *testing.T) {
	x := mustExtractor(t)
	const lead = "date 2025-08-30\n\n" // a Saturday
	tests := []struct {
		name, text string
		want       []string // "kind date precision status", sorted
	}{
		{"explicit day",
			lead + "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on 25 October 2021.",
			[]string{"meeting 2021-10-25 day held"}},
		{"what a future clause names, dated years before the article, was held",
			"date 2019-06-18\n\nKenyan President Amos Kiprono will go to Peru on an official visit on Wednesday. It will be his second visit to the Peruvian capital: the first was on March 29, 2012.",
			[]string{"visit 2012-03-29 day held", "visit 2019-06-19 day planned"}},
		{"'earlier in the day' with no day told before is the report's day",
			lead + "Talks have begun between Kenyan President William Ruto and Ugandan President Yoweri Museveni. Earlier in the day, the trade ministers of the two countries signed a cooperation programme.",
			[]string{"agreement 2025-08-30 day held", "meeting 2025-08-30 day held"}},
		{"a meeting between two sides that would take place is planned",
			lead + "Armenian Prime Minister Nikol Pashinyan said a ministerial meeting between the foreign ministers of Armenia and Azerbaijan would take place in the near future.",
			[]string{"meeting null null planned"}},
		{"month",
			lead + "Kenyan President William Ruto visited Uganda in May 2024, meeting President Yoweri Museveni.",
			[]string{"visit 2024-05-01 month held"}},
		{"year",
			lead + "Kenyan President William Ruto visited Kampala last year, meeting Ugandan President Yoweri Museveni.",
			[]string{"meeting 2024-01-01 year held", "visit 2024-01-01 year held"}},
		{"a past year told with who took part is a past event, not the article's",
			lead + "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Kampala. Ruto first visited Uganda in 2014.",
			[]string{"meeting 2025-08-30 assumed held", "visit 2014-01-01 year held"}},
		{"a past year before a document is a reference",
			lead + "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Kampala on the 2014 joint declaration.",
			[]string{"meeting 2025-08-30 assumed held"}},
		{"a visit begun is under way, not planned, though a later stop is",
			lead + "Kenyan President William Ruto on Friday began a four-day official visit to Uganda, where he met President Yoweri Museveni. Ruto is scheduled to visit Jinja before returning to Nairobi on Monday.",
			[]string{"meeting 2025-08-29 day held", "visit 2025-08-29 day held", "visit 2025-09-01 day planned"}},
		{"no time given: assumed",
			lead + "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi.",
			[]string{"meeting 2025-08-30 assumed held"}},
		{"nothing placeable: null",
			lead + "Kenyan President William Ruto and Ugandan President Yoweri Museveni discussed the forthcoming summit of the East African Community.",
			[]string{"summit null null planned"}},
		{"explicit date beats today",
			lead + "Today, on 25 August, Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi.",
			[]string{"meeting 2025-08-25 day held"}},
		{"explicit date beats a weekday",
			lead + "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday, 25 August.",
			[]string{"meeting 2025-08-25 day held"}},
		{"past weekday: the latest on or before the article's date",
			lead + "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Thursday.",
			[]string{"meeting 2025-08-28 day held"}},
		{"the article's own weekday",
			lead + "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Saturday.",
			[]string{"meeting 2025-08-30 day held"}},
		{"future weekday",
			lead + "Kenyan President William Ruto will visit Uganda on Monday for talks with President Yoweri Museveni.",
			[]string{"meeting 2025-09-01 day planned", "visit 2025-09-01 day planned"}},
		{"a visit told only as one ahead of the call, on no day, is a plan",
			lead + "Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Thursday, ahead of a possible visit by Ruto to Kampala.",
			[]string{"phone_call 2025-08-28 day held", "visit null null planned"}},
		{"a visit a past account tells after a call, by 'before', is no plan",
			lead + "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on Saturday. Ruto had spoken with Museveni by phone on Monday, before the visit.",
			[]string{"meeting 2025-08-30 day held", "phone_call 2025-08-25 day held", "visit null null held"}}, // the call "by phone" read since round 30
		{"scheduled with a date",
			lead + "Kenyan President William Ruto is scheduled to visit Uganda on 15 September 2025.",
			[]string{"visit 2025-09-15 day planned"}},
		{"'set' with no 'to' is no plan",
			lead + "Kenyan President William Ruto set off on Thursday on a state visit to Uganda.",
			[]string{"visit 2025-08-28 day held"}},
		{"'set to' is a plan",
			lead + "Kenyan President William Ruto is set to visit Uganda in October.",
			[]string{"visit 2025-10-01 month planned"}},
		{"history of the two sides with no party named in its sentence",
			lead + "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi. They reviewed the goals the two presidents set after they met in Kampala in May 2023.",
			[]string{"meeting 2023-05-01 month held", "meeting 2025-08-30 assumed held"}},
		{"the day of a saying after 'who spoke' is not the signing's",
			lead + "Up to ten memoranda will be signed by Kenya during President William Ruto's state visit to Uganda, according to Foreign Minister Musalia Mudavadi, who spoke on Thursday.",
			[]string{"agreement null null planned", "visit null null planned"}},
		{"the day of a saying before it is not the visit's",
			lead + "Kenyan President William Ruto will pay a state visit to Uganda. On Thursday, the Ugandan envoy, Jane Akello, said that Ruto's visit would be a milestone.",
			[]string{"visit null null planned"}},
		{"a visit to another country than the talks' is not dated by them; 'went to' this week is done, not planned",
			lead + "Kenyan Foreign Minister Musalia Mudavadi is due to hold talks with his Ugandan counterpart Jeje Odongo in Kampala on Saturday, for which Ugandan President Yoweri Museveni plans to visit Kenya. Mudavadi went to Uganda this week to chair a session of the joint commission.",
			[]string{"meeting 2025-08-30 assumed held", "meeting 2025-08-30 day planned", "visit 2025-08-30 assumed held", "visit null null planned"}},
		{"'before meeting X' is not dated by the arrival told before it",
			lead + "Kenyan President William Ruto arrived in Uganda on Thursday for a three-day visit. Before meeting Ugandan President Yoweri Museveni in Kampala, Ruto laid a wreath.",
			[]string{"meeting null null held", "visit 2025-08-28 day held"}},
		{"a past date after a city and its country",
			lead + "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Nairobi. Ruto first visited Kampala, Uganda, on 3 May 2014.",
			[]string{"meeting 2025-08-30 assumed held", "visit 2014-05-03 day held"}},
		{"a month before ', when' dates the deed of the when-clause",
			lead + "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi. Ruto visited Uganda in March 2024, when the two leaders signed agreements on trade.",
			[]string{"agreement 2024-03-01 month held", "visit 2024-03-01 month held", "visit 2025-08-30 assumed held"}}, // and Museveni's visit to Nairobi
		{"talks that a signing today followed are the signing's day",
			lead + "Kenya and Uganda today signed a defence treaty. Kenyan President William Ruto and Ugandan President Yoweri Museveni signed it at State House following bilateral talks.",
			[]string{"agreement 2025-08-30 day held", "meeting 2025-08-30 day held"}},
		{"a later year is planned",
			lead + "Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed to hold a summit in 2026.",
			[]string{"summit 2026-01-01 year planned"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tc.name, out)
			if got := eventDates(out); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
