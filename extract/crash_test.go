package extract_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// TestCrashers runs inputs that once crashed the extractor (the fuzz
// corpus under testdata/fuzz keeps them too) and checks the output.
func TestCrashers(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct{ name, text string }{
		{"name and met at the start", "Xi Jinping met Vladimir Putin in Moscow."},
		{"name and met after a date line", "date 2025-05-08\n\nXi Jinping met Vladimir Putin in Moscow."},
		{"host as the first word", "Host Kassym-Jomart Tokayev received Xi Jinping."},
		{"a title as the last word", "Trade grew, said the President"},
		{"a possessive at the end", "Kazakhstan's"},
		{"a lone currency sign", "Trade reached $"},
		// found by FuzzExtract: a weekday resolved back from year 0 gave "-0001-12-30"
		{"an article date of year 0", "date 0000-01-01 President Владимир Путин met Minister Þórdís on Thursday."},
		{"an article date of year 9999", "date 9999-12-31\n\nKenyan President William Ruto will meet Ugandan President Yoweri Museveni tomorrow and next year."},
		// found on a real article: a possessed title ("the PM's envoy")
		// moved the name's start past its end
		{"a possessed title at the end", "He came as the Thai prime minister's envoy."},
		{"a possessed title before a name", "Don Pramudwinai visited Rome as the Thai prime minister's special envoy; during that visit they met."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			extractChecked(t, x, tc.name, tc.text)
		})
	}
}

// TestKeys checks that names in other scripts get ASCII keys and that an
// entity whose key cannot be made is left out with a warning while the
// rest of the article is kept.
func TestKeys(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string
		warning    string
	}{
		{"Cyrillic name", "date 2025-05-08\n\nMOSCOW — Russian President Владимир Путин met Chinese President Xi Jinping in Moscow on Thursday.",
			[]string{"person:vladimir-putin", "person:xi-jinping", "LEADS person:vladimir-putin country:RUS", "meeting 2025-05-08"}, nil, ""},
		{"Icelandic thorn and eth", "date 2025-05-08\n\nIcelandic Foreign Minister Þórdís Kolbrún Reykfjörð Gylfadóttir met Norwegian Prime Minister Jonas Gahr Støre in Oslo on Thursday.",
			[]string{"person:thordis-kolbrun-reykfjord-gylfadottir", "person:jonas-gahr-store"}, []string{"person:ordis-kolbrun-reykfjor-gylfadottir"}, ""},
		{"a script without transliteration", "date 2025-05-08\n\nGuinean President 𞤀𞤣𞤤𞤢𞤥 𞤄𞤢𞤪𞤭 met Senegalese President Bassirou Diomaye Faye in Dakar on Thursday.",
			[]string{"person:bassirou-diomaye-faye", "country:SEN", "place:dakar"}, nil, "no key can be made"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkItems(t, x, tc.text, tc.want, tc.not)
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			found := tc.warning == ""
			for _, w := range out.Warnings {
				if strings.Contains(w, tc.warning) && tc.warning != "" {
					found = true
				}
			}
			if !found {
				t.Errorf("no warning containing %q in %q", tc.warning, out.Warnings)
			}
		})
	}
}

// TestPanicIsAnError: should a defect make the extractor panic, Extract
// returns an ErrInternal naming the input instead of bringing the ingest
// job or the API down (simulated with an Extractor that was never
// loaded, whose gazetteers are missing).
func TestPanicIsAnError(t *testing.T) {
	var x extract.Extractor
	_, err := x.Extract(extract.Document{Input: "feed.jsonl:7", Text: "Kazakh President Kassym-Jomart Tokayev met Xi Jinping."})
	if !errors.Is(err, extract.ErrInternal) || !strings.Contains(err.Error(), "feed.jsonl:7") {
		t.Fatalf("err = %v, want an ErrInternal naming feed.jsonl:7", err)
	}
}
