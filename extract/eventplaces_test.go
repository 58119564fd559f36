package extract_test

import "testing"

// visitAfterTrip tells talks on a state visit and, after it, an earlier
// trip of the host to the visitor's capital.
const visitAfterTrip = `date 2025-12-05

Peruvian President Rosa Quispe and Prime Minister Ravi Menon met on Friday at the Hyderabad House in New Delhi.

Quispe's State Visit to India began on Thursday evening, when PM Menon met her at the airport.

Quispe's India visit comes after PM Menon's July 2024 trip to Lima.
`

// signingsOnAVisit is a report of the real corpus, its people renamed: a
// state visit's signings, and another city of the visitor's country named
// in another sentence.
const signingsOnAVisit = `date 2023-04-05
title: Petrenko visit tightens bonds with Poland amid Russian war
source: The Frontier Post (AP)

WARSAW (AP) : On a state visit to Poland on Wednesday, Ukrainian President Ivan Petrenko secured fresh pledges of closer military and economic cooperation, as the two neighbors tried to build a closer relationship in defiance of Russia's full-scale war against Kyiv, which has reshaped alliances around the world.

Polish President Adam Nowak said that four Soviet-designed MiG-29 fighter jets had already been provided by his country to Ukraine to help it repel the Kremlin's assault. According to Nowak, four more are being handed over and a further six are being prepared.

Russian President Oleg Sidorov, for his part, said relations between Moscow and Washington are "in deep crisis" as the U.S. leads its allies in sending aid and weapons to Ukraine. At a ceremony at which he received the diplomatic credentials of ambassadors from 17 nations, the U.S. among them, Sidorov claimed that Russia sent troops into Ukraine because Washington had backed the 2014 protests in Kyiv that removed a pro-Kremlin president.

At his news conference with Nowak, Petrenko said his government would "extend a hearty welcome" to Polish businesses wanting to help with Ukraine's postwar rebuilding, the cost of which the World Bank puts at up to $411 billion. Later he met Prime Minister Jan Zielinski and signed agreements on the development of Ukrainian infrastructure that open a door to hundreds of Polish companies.

Poland showered Petrenko with military honors and praise as it welcomed him and his wife on a joint visit, in the course of which they thanked the country for its crucial military support and for being a haven for Ukrainian refugees. Once a Soviet satellite and now a member of the European Union and NATO, Poland feels particularly threatened by Russia and has been among the leading advocates of aid to Kyiv.

According to Petrenko, the countries signed a new defense package under which Polish weaponry will be delivered.
`

// TestEventPlaces checks the place of an occasion against what the text
// says of where it was held: a visit is held in the country visited, and
// an occasion held during a visit, on its day, in the country visited,
// whatever other city its sentences name ("comes after the trip to
// Lima", "the protests in Kyiv"). A place left out is better than a wrong
// HELD_IN. (The second text is a report of the real corpus with its
// people renamed.)
func TestEventPlaces(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		kind, date string // the event looked at
		want       string // its place, "" for none
	}{
		{"a visit is not held in the city of an earlier trip told after it",
			visitAfterTrip,
			"visit", "2025-12-04", ""},
		{"the meeting placed by a visit's earlier trip: still in the capital named with in",
			visitAfterTrip,
			"meeting", "2025-12-05", "place:new-delhi"},
		{"agreements signed on a visit's day are not placed in a city of another sentence",
			signingsOnAVisit,
			"agreement", "2023-04-05", ""},
		{"an occasion whose venue the gazetteer lacks is not placed in the sentence's other city",
			"date 2025-07-09\n\nIndian Prime Minister Ravi Menon had arrived in Brasilia on a State visit yesterday evening, after taking part in the BRICS Summit at Rio, a successful meeting held on 6th and 7th July.",
			"summit", "2025-07-06", ""},
		{"a field of cooperation is no place: 'cooperation in Green Hydrogen'",
			"date 2023-04-19\n\nNamibian President Rosa Quispe is to travel to South Africa on Thursday, 20 April 2023. The visit is to pinpoint fresh areas of cooperation in Green Hydrogen.",
			"visit", "2023-04-20", ""},
		{"a place after 'opportunities in' stays a place",
			"date 2022-04-02\n\nMalaysian Prime Minister Amos Kiprono arrived in Indonesia on Saturday. The working visit also explored investment opportunities in East Kalimantan.",
			"visit", "2022-04-02", "place:east-kalimantan"},
		{"the visit is not placed in the dateline's city, read as a dateline now ('WARSAW (AP) : ...')",
			signingsOnAVisit,
			"visit", "2023-04-05", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			found := false
			for _, e := range out.Entities {
				if e.Kind != tc.kind || e.Date != tc.date {
					continue
				}
				found = true
				if e.Location != tc.want {
					t.Errorf("%s %s held in %q, want %q", e.Kind, e.Date, e.Location, tc.want)
				}
			}
			if !found {
				t.Errorf("no %s on %s in %q", tc.kind, tc.date, eventsOf(out))
			}
		})
	}
}
