package extract

import (
	"strings"
	"testing"
)

// TestWordLists checks the word files: every row parses, every word is
// folded as the rules compare it, and the package reads every list.
func TestWordLists(t *testing.T) {
	lists, err := loadWordLists()
	if err != nil {
		t.Fatal(err)
	}
	for name, rows := range lists {
		if !wordsAsked[name] {
			t.Errorf("list %s is never read", name)
		}
		switch name {
		case "triggers", "weakTriggers", "headsOfGovernment", "monarchs", "localTitles", "envoyTitles", "foreignOffices":
			continue // phrases tokenized when loaded; canonical titles
		}
		for _, r := range rows {
			for _, w := range r.words {
				if f := fold(w); f != w || strings.ContainsAny(w, "|\t") {
					t.Errorf("list %s: word %q is not folded (%q)", name, w, f)
				}
			}
		}
	}
}
