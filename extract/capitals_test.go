package extract_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestCapitalSpellings checks the spellings of capitals and cities whose
// GeoNames names differ from the common English ones, and former names: every spelling is one city
// (one key, the common English name's), a place of its country, and an
// arrival there is a visit to it.
func TestCapitalSpellings(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, place, country string
	}{
		{"Ulaanbaatar", "date 2025-03-14\n\nKazakh President Serik Amanov landed in Ulaanbaatar on Thursday for talks.", "place:ulaanbaatar", "MNG"},
		{"Ulan Bator", "date 2025-03-14\n\nKazakh President Serik Amanov landed in Ulan Bator on Thursday for talks.", "place:ulaanbaatar", "MNG"},
		{"Naypyidaw", "date 2025-03-14\n\nThai Foreign Minister Somchai Rattana arrived in Naypyidaw on Thursday.", "place:naypyidaw", "MMR"},
		{"Nay Pyi Taw", "date 2025-03-14\n\nThai Foreign Minister Somchai Rattana arrived in Nay Pyi Taw on Thursday.", "place:naypyidaw", "MMR"},
		{"Port Vila", "date 2025-03-14\n\nAustralian Foreign Minister Jane Holt arrived in Port Vila on Thursday.", "place:port-vila", "VUT"},
		{"Nuku'alofa", "date 2025-03-14\n\nFijian Prime Minister Josefa Tui landed in Nuku'alofa on Thursday.", "place:nuku-alofa", "TON"},
		{"Addis Abeba", "date 2025-03-14\n\nKenyan President Amos Kiprono flew into Addis Abeba on Thursday.", "place:addis-ababa", "ETH"},
		{"Addis Ababa", "date 2025-03-14\n\nKenyan President Amos Kiprono flew into Addis Ababa on Thursday.", "place:addis-ababa", "ETH"},
		{"Kiev", "date 2025-03-14\n\nPolish President Adam Nowak arrived in Kiev on Thursday.", "place:kyiv", "UKR"},
		{"Rangoon, another city's former name", "date 2025-03-14\n\nThai Foreign Minister Somchai Rattana arrived in Rangoon on Thursday.", "place:yangon", "MMR"},
		{"Bombay", "date 2025-03-14\n\nJapanese Prime Minister Kenji Sato arrived in Bombay on Thursday.", "place:mumbai", "IND"},
		{"Nur-Sultan (2019-2022)", "date 2025-03-14\n\nUzbek President Ravshan Aliev arrived in Nur-Sultan on Thursday.", "place:nur-sultan", "KAZ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			var place *graph.Entity
			visit := false
			for k, e := range out.Entities {
				if e.Key == tc.place {
					place = &out.Entities[k]
				}
				if e.Type == graph.TypeEvent && e.Kind == string(graph.KindVisit) && e.Date == "2025-03-13" && slices.Contains(e.Participants, "country:"+tc.country) {
					visit = true
				}
			}
			if place == nil || place.Country != tc.country {
				t.Errorf("place %s of %s: got %+v", tc.place, tc.country, place)
			}
			if !visit {
				t.Errorf("no visit to %s on 2025-03-13", tc.country)
			}
		})
	}
}

// TestHomonymCities checks a city name that towns of several countries
// share: the text's country wins over the biggest city's when the text
// names it and not the other ("Oyo ... north of the Congolese capital"),
// while a capital keeps its country.
func TestHomonymCities(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, place, country string
	}{
		{"a Congolese town named like a Nigerian city",
			"date 2023-07-10\n\nThe President of the Central African Republic, Jean Mbeki, has arrived in Oyo, which lies 400 km north of the Congolese capital, Brazzaville, for a working visit.",
			"place:oyo", "COG"},
		{"the Nigerian city where the text names Nigeria",
			"date 2023-07-10\n\nNigerian President Musa Bello arrived in Oyo on Monday.",
			"place:oyo", "NGA"},
		{"a capital keeps its country beside a homonym of a named country",
			"date 2018-09-10\n\nPeruvian Prime Minister Rosa Quispe had been in Santiago on August 30 before her visit to Kenya.",
			"place:santiago", "CHL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := extractChecked(t, x, tc.name, tc.text)
			e := out.EntityByKey(tc.place)
			if e == nil || e.Country != tc.country {
				t.Errorf("place %s: got %+v, want country %s", tc.place, e, tc.country)
			}
		})
	}
}
