package extract_test

import (
	"os"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

func TestLeaderForms(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text          string
		key, country, title string
		alias               string // a later reference that must resolve
	}{
		{"adjective title name", "Kazakh President Kassym-Jomart Tokayev met officials. Tokayev spoke.", "person:kassym-jomart-tokayev", "KAZ", "President", "Tokayev"},
		{"title of country", "President of Kazakhstan K. Tokayev arrived.", "person:k-tokayev", "KAZ", "President", ""},
		{"name of country", "Prime Minister Narendra Modi of India said so. The Indian prime minister left.", "person:narendra-modi", "IND", "Prime Minister", "Indian prime minister"},
		{"premier", "Chinese Premier Li Qiang met him. Premier Li left.", "person:li-qiang", "CHN", "Premier", "Li"},
		{"appositive", "Narendra Modi, India's prime minister, said trade grew.", "person:narendra-modi", "IND", "Prime Minister", ""},
		{"honorific", "The Emir of the State of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived.", "person:tamim-bin-hamad-al-thani", "QAT", "Emir", ""},
		{"minister of", "Pakistan's Minister of Commerce Jam Kamal Khan spoke.", "person:jam-kamal-khan", "PAK", "Minister of Commerce", ""},
		{"particle", "Egyptian President Abdel Fattah el-Sisi spoke. El-Sisi left.", "person:abdel-fattah-el-sisi", "EGY", "President", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, tc.name, out)
			e := out.EntityByKey(tc.key)
			if e == nil {
				t.Fatalf("no entity %s in %v", tc.key, keys(out))
			}
			if e.Country != tc.country || e.Title != tc.title {
				t.Errorf("got country %q title %q, want %q %q", e.Country, e.Title, tc.country, tc.title)
			}
			if tc.alias != "" && !contains(e.Aliases, tc.alias) {
				t.Errorf("aliases %q lack %q", e.Aliases, tc.alias)
			}
		})
	}
}

func TestPlacesAndCountries(t *testing.T) {
	x := mustExtractor(t)
	out, err := x.Extract(extract.Document{Input: "t", Text: "Beijing and Astana agreed. Sino-Russian ties grew, and the UAE and Türkiye joined. Talks were held in the Chinese city of Xi’an and in Kilifi. Côte d'Ivoire and the U.S. signed."})
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, "t", out)
	for _, k := range []string{"place:beijing", "place:astana", "country:CHN", "country:RUS", "country:ARE", "country:TUR", "place:xi-an", "place:kilifi", "country:CIV", "country:USA"} {
		if out.EntityByKey(k) == nil {
			t.Errorf("missing %s in %v", k, keys(out))
		}
	}
}

func keys(x graph.Extraction) []string {
	var k []string
	for _, e := range x.Entities {
		k = append(k, e.Key)
	}
	return k
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestExtractConcurrent runs one Extractor from several goroutines (run with -race).
func TestExtractConcurrent(t *testing.T) {
	x := mustExtractor(t)
	files := articleFiles(t)
	done := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for _, f := range files {
				data, err := readFile(f)
				if err == nil {
					_, err = x.Extract(extract.Document{Input: f, Text: data})
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

func readFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}
