package extract_test

import (
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// TestSideCountries checks the leader countries that the words of a side
// state: a group of one country's officials, the side or delegation one
// leads, the one an official acts for, the country one is back in.
func TestSideCountries(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, key, country string
	}{
		{"a list after a country's officials and a colon",
			"date 2021-03-02\n\nPrime Minister Omar Haddad arrived with senior Jordanian officials: Finance Minister Rami Nasser and Trade Minister Lina Saleh.",
			"person:rami-nasser", "JOR"},
		{"leaders of a country, among them",
			"date 2018-03-02\n\nAfter the summit, the Korean president will hold talks with three leaders of Vietnam, among them Prime Minister Tran Van Minh.",
			"person:tran-van-minh", "VNM"},
		{"the members of a country's delegation, after the government's name",
			"date 2022-01-24\n\nPrime Minister Dimitar Kovac arrived in Sofia on Monday. Members of the Government of Macedonia's delegation are Artan Gruba, who is First Deputy Prime Minister; Minister of Economy Kreshnik Bekta; and Foreign Minister Bujar Osma.",
			"person:kreshnik-bekta", "MKD"},
		{"the delegation, further, lists its members with titles after the names, by semicolons",
			"date 2022-01-24\n\nPrime Minister Dimitar Kovac arrived in Sofia on Monday. Members of Macedonia's delegation are Foreign Minister Bujar Osma and Minister of Economy Kreshnik Bekta.\n\nThe delegation further comprises Ljupco Nikol, Minister of Agriculture, Forestry and Water Economy; Jeton Shaq, Minister of Education and Science; and Goran Milev, Minister of Local Self-Government.",
			"person:jeton-shaq", "MKD"},
		{"the side led by",
			"date 2022-05-03\n\nThe Kenyan side, led by Foreign Minister Peter Otieno, raised trade with Uganda.",
			"person:peter-otieno", "KEN"},
		{"the delegation he headed",
			"date 2024-04-18\n\nForeign Secretary Amina Rahman headed the Bangladeshi delegation at the talks with Nepal.",
			"person:amina-rahman", "BGD"},
		{"the delegation of a country he leads, who leads it",
			"date 2025-05-16\n\nVietnamese Prime Minister Pham Van Long held a welcome ceremony in Hanoi on Friday for Prime Minister Suda Chai, who leads a high-ranking delegation of Thailand. The two leaders discussed the Mekong with Laos, and Laos will host the next meeting with Cambodia and Laos.",
			"person:suda-chai", "THA"},
		{"the delegation whose head he is",
			"date 2025-05-16\n\nVietnamese Prime Minister Pham Van Long welcomed Prime Minister Suda Chai, head of the Thai delegation, in Hanoi. The two leaders discussed the Mekong with Laos, and Laos will host the next meeting with Cambodia and Laos.",
			"person:suda-chai", "THA"},
		{"the country he is back in",
			"date 2025-07-31\n\nAfter talks with Brazilian and Spanish leaders in Madrid, Prime Minister Jon Silva is due back in Portugal tomorrow.",
			"person:jon-silva", "PRT"},
		{"the one an official acts for",
			"date 2023-05-22\n\nIn Suva, Prime Minister Tomasi Vula of Fiji met New Zealand's trade envoy and French Foreign Minister Paul Girard, who attended on behalf of President Marc Lenoir. Fiji and New Zealand trade more every year.",
			"person:marc-lenoir", "FRA"},
		{"the officials together with a visitor",
			"date 2021-10-09\n\nChilean Trade Minister Luis Vera received Peruvian Foreign Minister Ana Quispe on Saturday in Santiago, together with Ambassador Jorge Salas.",
			"person:jorge-salas", "PER"},
		{"two who act together are of either side",
			"date 2023-06-25\n\nKorean President Kim Min-ho ended a state visit to Vietnam on Saturday, made at the invitation of Vietnamese President Le Van Tam. Prime Minister Tran Van Minh was at the banquet. Together with PM Minh, President Kim attended a business forum in Hanoi.",
			"person:tran-van-minh", ""},
		{"a head listed with officials of no stated country is not guessed from context",
			"date 2016-04-22\n\nThe second consultations between Austria and the Netherlands took place in Eindhoven on Thursday. Economics Minister Weber, Chancellor Vogel and Foreign Minister Brandt travelled there for the talks, which the Dutch hosts called a success for the Netherlands.",
			"person:vogel", ""},
		{"a list after including ends with its names",
			"date 2022-05-03\n\nChinese officials, including Vice Minister Li Wen, welcomed the visitors on Monday, and Foreign Minister Ana Ruiz thanked them.",
			"person:ana-ruiz", ""},
		{"a name with a regnal number is not another of the same given name",
			"date 2022-11-25\n\nMeeting in Doha, Jordan's King Faisal II and Qatari Foreign Minister Sheikh Faisal bin Nasser talked about trade.",
			"person:faisal-bin-nasser", "QAT"},
		{"a head who receives a visitor under the dateline",
			"date 2019-04-17\n\nAMMAN — On Monday King Karim received the Egyptian Minister of Trade Omar Adel, who brought him a letter.",
			"person:karim", "JOR"},
		{"a clause after ', and' is no list with the name before",
			"date 2019-04-17\n\nThe minister brought greetings from Kuwait's Emir Sheikh Nawaf Al Sabah, and King Karim asked him to return them.",
			"person:karim", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkLeaderCountry(t, x, tc.text, tc.key, tc.country) })
	}
}

// TestNoPersonAfterThe checks that capitalised words after "the" before
// a title in apposition are no person's name: "the Guardian of the Sacred
// Lakes, King X" names King X only.
func TestNoPersonAfterThe(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2020-01-01\n\nThe envoy brought a letter from the Guardian of the Sacred Lakes, King Omar bin Hamid."})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range out.Entities {
		if e.Key == "person:sacred-lakes" {
			t.Errorf("a person from the words after 'the': %s", e.Key)
		}
		found = found || e.Key == "person:omar-bin-hamid"
	}
	if !found {
		t.Error("no person:omar-bin-hamid")
	}
}

// TestTitleEdges checks the edges of titled names: a possessive apostrophe
// alone after a name in s, a body's president, a title word inside an Arabic
// name, a venue after a title.
func TestTitleEdges(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, key, country string
		leads                    bool   // the person LEADS the country
		absent                   string // a key that must not appear
	}{
		{"a possessive apostrophe after a name in s", "Talks were co-chaired by Somsak Vong, Laos' Minister of Industry.", "person:somsak-vong", "LAO", false, ""},
		{"the president of a body leads no country", "He met Marc Dubois, President of the Queen's Privy Council for Canada, in Ottawa.", "person:marc-dubois", "CAN", false, ""},
		{"the president of a national body", "He met the President of the Chilean Red Cross, Jose Ramos Diaz, in Santiago.", "person:jose-ramos-diaz", "CHL", false, "person:red-cross"},
		{"a title word inside an Arabic name", "The prime minister is accompanied by Finance Minister Ali Abdul Amir Khalil.", "person:ali-abdul-amir-khalil", "", false, "person:khalil"},
		{"the head of a country's government, the country inside the title", "The talks were held with Rustam Karimov, Head of the Uzbek Government.", "person:rustam-karimov", "UZB", true, ""},
		{"a city's name in a hyphenated name of another place", "Kazakh President Nurlan Abenov returned to Nur-Sultan on Monday.", "person:nurlan-abenov", "KAZ", true, "place:nur"},
		{"a colleague is a counterpart", "The president of Paraguay, Santiago Vera, met his Bolivian colleague, Luis Ortiz, in La Paz.", "person:luis-ortiz", "BOL", true, ""},
		{"a title after 'counterpart' is the person's own", "Peruvian Foreign Minister Ana Lima met her counterpart Foreign Minister Juan Paz of Chile.", "person:juan-paz", "CHL", false, "person:foreign"},
		{"the President of the Republic", "President of the Republic Pedro Quispe will travel to Bogota on Monday. The Peruvian head of state will meet Colombian officials.", "person:pedro-quispe", "PER", true, ""},
		{"a venue after a title", "Kenyan President Peter Mwangi planted a tree at Sultan Park in Mombasa.", "person:peter-mwangi", "KEN", true, "person:park"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: "date 2020-01-01\n\n" + tc.text})
			if err != nil {
				t.Fatal(err)
			}
			e := out.EntityByKey(tc.key)
			if e == nil {
				t.Fatalf("no entity %s", tc.key)
			}
			if e.Country != tc.country {
				t.Errorf("%s: country %q, want %q", tc.key, e.Country, tc.country)
			}
			leads := false
			for _, r := range out.Relations {
				leads = leads || r.Type == "LEADS" && r.From == tc.key
			}
			if leads != tc.leads {
				t.Errorf("%s leads: %v, want %v", tc.key, leads, tc.leads)
			}
			if tc.absent != "" && out.EntityByKey(tc.absent) != nil {
				t.Errorf("unwanted %s", tc.absent)
			}
		})
	}
}

// TestHyphenatedSurname checks that a last name of hyphenated words used
// alone ("al-Rashid") refers to the leader.
func TestHyphenatedSurname(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2020-07-21\n\nIraqi Prime Minister Omar al-Rashid arrived on Tuesday. Later al-Rashid and President Reza Karimi of Iran went into private talks."})
	if err != nil {
		t.Fatal(err)
	}
	e := out.EntityByKey("person:omar-al-rashid")
	if e == nil {
		t.Fatal("no person:omar-al-rashid")
	}
	if !contains(e.Aliases, "al-Rashid") {
		t.Errorf("aliases %q lack al-Rashid", e.Aliases)
	}
}
