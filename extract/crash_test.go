package extract_test

import (
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := x.Extract(extract.Document{Input: tc.name, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, tc.name, out)
		})
	}
}
