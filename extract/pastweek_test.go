package extract_test

import (
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// TestVagueEarlierTimes checks occasions told at a stretch of days before
// the report that no date resolves ("last week", "last weekend",
// "earlier this week"): they take no date rather than the article's, and
// a visit told so, or told as "a similar visit", is not the visit the
// report is about. And a visit told only as the time of its sentence's
// deed ("During a visit ..., X has met Y") is under way on that deed's day.
func TestVagueEarlierTimes(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a visit of last week is not of the article's day",
			"date 2018-07-14\n\nLast week Peruvian President Rosa Quispe paid a visit to Nairobi, Kenya.",
			[]string{"visit "}},
		{"talks earlier this week are not of the article's day",
			"date 2018-07-14\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Nairobi earlier this week.",
			[]string{"meeting "}},
		{"a similar visit last weekend is another visit than the one of the day",
			"date 2018-07-14\n\nKenyan President Amos Kiprono arrived in Lima on Saturday.\n\nLast weekend Peru's new President Rosa Quispe had paid a similar visit to the Kenyan capital, where Kiprono received her warmly.",
			[]string{"visit ", "visit 2018-07-14"}},
		{"a time of a statement before 'that' does not date the talks after it",
			"date 2023-02-25\n\nPeruvian President Rosa Quispe held talks with Kenyan President Amos Kiprono in Lima on Saturday.\n\nThe foreign ministry said in a statement earlier this week that, once the talks are over, Quispe will travel on to Cusco.",
			[]string{"meeting 2023-02-25"}},
		{"the day of an arrival in the lead does not date the talks",
			"date 2022-03-28\n\nTalks were held in Nairobi as Kenyan President Amos Kiprono and Peru's President Rosa Quispe held discussions.\n\nPresident Quispe, who arrived in Nairobi yesterday for a two-day official visit, went with President Kiprono to the port.",
			[]string{"meeting 2022-03-28", "visit 2022-03-27"}},
		{"a visit during which a meeting was reported today is under way today",
			"date 2015-12-25\n\nDuring a surprise visit to the Kenyan city of Mombasa, Peruvian President Rosa Quispe has met Amos Kiprono, her Kenyan counterpart.",
			[]string{"meeting 2015-12-25", "visit 2015-12-25"}},
	})
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "date 2018-07-14\n\nLast weekend Peru's new President Rosa Quispe had paid a visit to Kenya."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range out.Entities {
		if e.Kind == "visit" && e.DatePrecision == "assumed" {
			t.Errorf("visit of last weekend dated %s, assumed", e.Date)
		}
	}
}

// TestPossessiveCountryThroughDescriptors checks that words describing a
// holder between a possessive country and the title ("Ethiopia's
// reformist new Prime Minister X") keep that country stated, with no
// guess from context, while a noun there ("Kenya's guest") does not.
func TestPossessiveCountryThroughDescriptors(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, key, country string
		stated                   bool
	}{
		{"adjectives", "date 2018-07-14\n\nPeru's reformist new President Rosa Quispe met Kenyan President Amos Kiprono.", "person:rosa-quispe", "PER", true},
		{"a hyphenated adjective", "date 2018-07-14\n\nPeru's long-serving Foreign Minister Jorge Silva met Kenyan President Amos Kiprono.", "person:jorge-silva", "PER", true},
		{"a noun naming a guest is no descriptor", "date 2018-07-14\n\nKenya's guest President Rosa Quispe met Kenyan Foreign Minister Amos Kiprono.", "person:rosa-quispe", "", false},
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
			guessed := false
			for _, w := range out.Warnings {
				if strings.Contains(w, "not stated") && strings.Contains(w, e.Name) {
					guessed = true
				}
			}
			if tc.stated && (e.Country != tc.country || guessed) {
				t.Errorf("country %q (guessed %v), want %q stated; warnings %q", e.Country, guessed, tc.country, out.Warnings)
			}
			if !tc.stated && e.Country == "KEN" && !guessed {
				t.Errorf("country KEN stated from %q", tc.text)
			}
		})
	}
}
