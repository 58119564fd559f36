package extract_test

import (
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// TestDepartureFromHome checks a leader who leaves a city of his country for a
// visit elsewhere ("will depart Abuja for South Africa, where he is to
// spend three days on a State Visit"): the visit is to the country after
// "for", he is of the city's country, not of his destination, and those
// who "will travel with" him are of his country. A part of a country
// ("Kano State") is no one's name.
func TestDepartureFromHome(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want       map[string]string // leader key: country ("" for none)
		notKeys    []string
	}{
		{"the city he leaves for a visit",
			"date 2019-10-01\n\nOn Wednesday, President Rosa Quispe will depart Lima for the Republic of Kenya, where she is to spend three days on a State Visit.",
			map[string]string{"person:rosa-quispe": "PER"}, nil},
		{"no visit told: the way home may be meant",
			"date 2019-10-01\n\nAfter talks in Lima, President Amos Kiprono left Lima for Nairobi.",
			map[string]string{"person:amos-kiprono": ""}, nil},
		{"those who travel with him, and states that are no persons",
			"date 2019-10-01\n\nPeruvian President Rosa Quispe will travel to Kenya on Wednesday for a State Visit.\n\nThree governors will travel with President Quispe: Governor Jorge Silva of Cusco State, Governor Ana Torres of Piura State and Governor Luis Vega of Lima Province.",
			map[string]string{"person:jorge-silva": "PER", "person:ana-torres": "PER", "person:luis-vega": "PER"},
			[]string{"person:cusco-state", "person:piura-state"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, "t", out)
			for k, c := range tc.want {
				e := out.EntityByKey(k)
				if e == nil {
					t.Errorf("no %s in %v", k, keys(out))
					continue
				}
				if e.Country != c {
					t.Errorf("%s: country %q, want %q; warnings %q", k, e.Country, c, out.Warnings)
				}
			}
			for _, k := range tc.notKeys {
				if out.EntityByKey(k) != nil {
					t.Errorf("%s read as a person", k)
				}
			}
		})
	}
	runEventCases(t, []eventCase{
		{"a departure for a country is a visit to it",
			"date 2019-10-01\n\nOn Wednesday, Peruvian President Rosa Quispe will depart Lima for the Republic of Kenya, where she is to spend three days on a State Visit.",
			[]string{"visit 2019-10-02"}},
	})
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2019-10-01\n\nOn Wednesday, Peruvian President Rosa Quispe will depart Lima for the Republic of Kenya, where she is to spend three days on a State Visit."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range out.Entities {
		if e.Kind == "visit" && !strings.Contains(strings.Join(e.Participants, " "), "country:KEN") {
			t.Errorf("visit without its destination: %v", e.Participants)
		}
		if e.Kind == "visit" && e.Location == "place:lima" {
			t.Errorf("visit placed in the city left: %s", e.Location)
		}
	}
	out, err = x.Extract(extract.Document{Input: "t", Text: "date 2019-10-01\n\nOn Wednesday, Peruvian President Rosa Quispe will depart Lima for Nairobi, where she is to spend three days on a State Visit."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range out.Entities {
		if e.Kind == "visit" && (!strings.Contains(strings.Join(e.Participants, " "), "country:KEN") || e.Location == "place:lima") {
			t.Errorf("a departure for a city: visit %v in %q", e.Participants, e.Location)
		}
	}
}

// TestMalaysianHonorifics checks that an official named after a Malaysian
// honorific ("Datuk Seri", "Tan Sri") in a text naming Malaysia is
// Malaysian, where nothing else places him: no guess from another country
// named, and not when Malaysia is not named.
func TestMalaysianHonorifics(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ name, text, key, country string }{
		{"Datuk Seri", "date 2024-10-01\n\nMalaysian Prime Minister Ahmad Rahman hosted Kenyan President Amos Kiprono. Deputy Prime Minister Datuk Seri Musa Karim was also in attendance.", "person:musa-karim", "MYS"},
		{"Tan Sri", "date 2024-10-01\n\nMalaysian Prime Minister Ahmad Rahman hosted Kenyan President Amos Kiprono. Foreign Minister Tan Sri Ismail Hakim was also in attendance.", "person:ismail-hakim", "MYS"},
		{"at a dateline of the other country", "date 2024-10-01\n\nNAIROBI - Malaysian Prime Minister Ahmad Rahman arrived in Nairobi. Foreign Ministry secretary-general Datuk Seri Amran Latif was at the airbase as well.", "person:amran-latif", "MYS"},
		{"no Malaysia named", "date 2024-10-01\n\nKenyan President Amos Kiprono met Peruvian President Rosa Quispe. Minister Datuk Seri Musa Karim was there.", "person:musa-karim", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: "t", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, "t", out)
			e := out.EntityByKey(tc.key)
			if e == nil {
				t.Fatalf("no %s in %v", tc.key, keys(out))
			}
			if tc.country != "" && e.Country != tc.country || tc.country == "" && e.Country == "MYS" {
				t.Errorf("country %q, want %q; warnings %q", e.Country, tc.country, out.Warnings)
			}
		})
	}
}

// TestDescribedDestination checks that a visit "to the Pacific nation"
// is a visit to the country named last before it, so that the visitor,
// placed by no words, is not guessed to be of it.
func TestDescribedDestination(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2024-06-06\n\nThe Prime Ministers of Peru and Kenya covered trade in their bilateral talks, and Kenya hopes to grow its exports to Peru. Kenya also wants more tourists.\n\nPM Silva is on his first official visit to the African nation, and this morning the two leaders gave a press conference. Silva also announced that his cabinet had lifted visa requirements for Kenyans. PM Kiprono thanked him."})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, "t", out)
	for key, bad := range map[string]string{"person:silva": "KEN", "person:kiprono": "PER"} {
		if e := out.EntityByKey(key); e != nil && e.Country == bad {
			t.Errorf("%s taken as %s; warnings %q", key, bad, out.Warnings)
		}
	}
}
