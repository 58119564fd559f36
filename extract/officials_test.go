package extract

import (
	"testing"
	"time"
)

func TestNamesFit(t *testing.T) {
	for _, c := range []struct {
		text, reg string
		want      bool
	}{
		{"William Ruto", "William Ruto", true},
		{"Retno L.P. Marsudi", "Retno Marsudi", true},             // initials left out
		{"Nana Akufo-Addo", "Nana Addo Dankwa Akufo-Addo", true},  // middle names left out
		{"Tamim bin Hamad", "Tamim bin Hamad Al Thani", true},     // the first three words
		{"Ferdinand R. Marcos Jr.", "Ferdinand Marcos Jr.", true}, // suffix with its name
		{"Ferdinand Marcos Jr.", "Ferdinand Marcos", false},       // father and son
		{"Abdullah II", "Abdullah Ahmad Badawi", false},           // different last words
		{"Mohammed VI", "Mohammed VI", true},                      // a regnal number in the same name
		{"Mohammed VI", "Mohammed bin Rashid VI", false},
		{"Tuimalealiifano Va’aletoa Sualauvi II", "Tuimaleali'ifano Vaaletoa Sualauvi II", true}, // an apostrophe written or left out
		{"Mohamed Ali", "Mohamed Abdullahi Ali", true},                                           // first and last words
		{"Mohamed Hassan Ali", "Mohamed Abdullahi Ali", false},                                   // a middle word the spelling lacks
		{"Tamim bin", "Tamim bin Hamad Al Thani", false},                                         // two words are no prefix
		{"William Ruto", "William Samoei Ruto Kenya", false},
	} {
		if got := namesFit(nameWords(c.text), nameWords(c.reg)); got != c.want {
			t.Errorf("namesFit(%q, %q) = %v, want %v", c.text, c.reg, got, c.want)
		}
	}
}

func TestOfficialRegisterCountry(t *testing.T) {
	reg := &officialRegister{byFirst: map[string][]officialName{}, single: map[string][]*officialRow{}, byLast: map[string][]officialName{}}
	add := func(country string, from, to int, names ...string) {
		r := &officialRow{country: country, from: from, to: to}
		for _, n := range names {
			w := nameWords(n)
			r.names = append(r.names, w)
			if len(w) == 1 {
				reg.single[w[0]] = append(reg.single[w[0]], r)
			} else {
				reg.byFirst[w[0]] = append(reg.byFirst[w[0]], officialName{w, r})
				last := spellingKey(w[len(w)-1])
				reg.byLast[last] = append(reg.byLast[last], officialName{w, r})
			}
		}
	}
	add("KEN", 2022, 9999, "William Ruto")
	add("TUR", 2014, 9999, "Recep Tayyip Erdoğan", "Erdogan")
	add("NOR", 2025, 9999, "Jens Stoltenberg")
	add(intlOffice, 2014, 2024, "Jens Stoltenberg") // NATO's Secretary General
	add("EST", 2021, 2024, "Kaja Kallas")
	add(intlOffice, 2024, 9999, "Kaja Kallas") // the EU's High Representative from December 2024
	add("AAA", 2015, 2018, "Sam Same")
	add("BBB", 2016, 2016, "Sam Same")
	add("LKA", 2019, 2022, "Gotabaya Rajapaksa")
	add("LKA", 2019, 2024, "Mahinda Rajapaksa")
	add("SRB", 2017, 9999, "Aleksandar Vučić")
	add("EGY", 2024, 9999, "Badr Abdel Aty")
	add("AAA", 2015, 2018, "Amir Karimi")
	add("BBB", 2015, 2018, "Amin Karimi")
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct {
		name, date, want string
	}{
		{"William Ruto", "2024-05-01", "KEN"},
		{"William Ruto", "2021-05-01", "KEN"}, // a year before the row: elected, or designate
		{"Jens Stoltenberg", "2026-05-01", "NOR"},
		{"William Ruto", "2019-05-01", "KEN"}, // his country before his years of office too
		{"Recep Tayyip Erdogan", "2020-01-01", "TUR"},
		{"Erdoğan", "2020-01-01", "TUR"},
		{"Tayyip", "2020-01-01", ""}, // one-word spellings only
		{"Jens Stoltenberg", "2019-06-01", ""},
		{"Jens Stoltenberg", "", ""},
		{"Kaja Kallas", "2022-03-01", "EST"},
		{"Kaja Kallas", "2025-03-01", ""},
		{"Kaja Kallas", "2024-03-01", ""}, // both rows in force
		{"Kaja Kallas", "", ""},
		{"Sam Same", "2018-06-01", "AAA"},
		{"Sam Same", "2010-06-01", ""},
		{"Sam Same", "2016-01-01", ""},               // two countries fit
		{"Gotabhaya Rajapaksa", "2021-06-01", "LKA"}, // a letter apart, in force
		{"Gotabhaya Rajapaksa", "2010-06-01", ""},    // a near spelling only in its years
		{"Alexander Vucic", "2020-06-01", "SRB"},     // "x" for "ks", a letter apart
		{"Badr Abdel Atty", "2025-06-01", "EGY"},     // a doubled letter
		{"Amis Karimi", "2016-06-01", ""},            // near two holders of two countries
		{"Bob Rajapaksa", "2021-06-01", ""},          // the same surname, another name
		{"Gotabhaya Rajapaksa Jr", "2021-06-01", ""}, // not as many words
	} {
		if got := reg.country(c.name, day(c.date)); got != c.want {
			t.Errorf("country(%q, %s) = %q, want %q", c.name, c.date, got, c.want)
		}
	}
}

// TestRegisterGivesUnstatedCountries runs the extractor with the embedded
// register: a leader whose country the words leave unstated takes the
// register's, the words still win, and an office in an organization
// takes none.
func TestRegisterGivesUnstatedCountries(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text, key, want string
	}{
		{"two ministers named without their countries",
			"date 2024-03-04\n\nForeign Minister Penny Wong met Foreign Minister Bui Thanh Son in Canberra on Monday.",
			"person:penny-wong", "AUS"},
		{"the other of the two",
			"date 2024-03-04\n\nForeign Minister Penny Wong met Foreign Minister Bui Thanh Son in Canberra on Monday.",
			"person:bui-thanh-son", "VNM"},
		{"the words win over the register's namesake",
			"date 2025-06-01\n\nColombian Defence Minister Pedro Sánchez met US officials in Bogotá.",
			"person:pedro-sanchez", "COL"},
		{"an office in an organization takes no country",
			"date 2024-11-01\n\nNATO Secretary General Mark Rutte met Foreign Minister Penny Wong in Brussels.",
			"person:mark-rutte", ""},
		{"a head's given name alone that is the surname of an organization's officer",
			"date 2021-04-28\n\nLithuania's Foreign Minister Gabrielius Landsbergis said the deal had been put forward by President Michel after weeks of mediation.",
			"person:michel", ""},
		{"a bare surname that is no spelling of the register",
			"date 2024-03-04\n\nMinister Wong said the talks went well.",
			"person:wong", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := x.Extract(Document{Input: "t", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			e := out.EntityByKey(c.key)
			if e == nil {
				t.Fatalf("no %s", c.key)
			}
			if e.Country != c.want {
				t.Errorf("country %q, want %q", e.Country, c.want)
			}
		})
	}
}

func TestHeadCountryFromOneWord(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct {
		word, title, date, want string
	}{
		{"salman", "King", "2020-06-01", "SAU"},        // a sovereign by his given name
		{"ruto", "President", "2024-06-01", "KEN"},     // a president by his surname
		{"lee", "Prime Minister", "2022-06-01", "SGP"}, // Lee Hsien Loong
		{"lee", "Prime Minister", "2019-06-01", ""},    // and Lee Nak-yon of South Korea
		{"lee", "President", "2020-06-01", ""},         // no president Lee then
		{"ruto", "President", "2015-06-01", ""},        // a single word fits no row out of its years
		{"ruto", "Minister", "2024-06-01", ""},         // no head's title
		{"ruto", "President", "", ""},
		{"michel", "President", "2021-04-28", ""}, // Michel Aoun's given name, Charles Michel's surname
		{"tamim", "Emir", "2021-04-28", "QAT"},    // a given name no one else bears as a surname
	} {
		if got := x.officials.headCountry(c.word, c.title, day(c.date)); got != c.want {
			t.Errorf("headCountry(%q, %q, %s) = %q, want %q", c.word, c.title, c.date, got, c.want)
		}
	}
}
