package extract_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

// TestTwoLeaders checks that "the two leaders" are the two just named,
// not every head of the article, and that the sectors they agree on are
// theirs.
func TestTwoLeaders(t *testing.T) {
	x := mustExtractor(t)
	text := "date 2021-10-14\n\nTurkish President Ali Demir will tour Angola, Nigeria and Togo next week. He will hold talks with Nigerian President Musa Bello. " +
		"In July Demir hosted Joao Neto, his Angolan counterpart, and the two leaders signed agreements on mining and renewable energy."
	out := extractChecked(t, x, "two leaders", text)
	for _, e := range out.Entities {
		if e.Type == graph.TypeEvent && e.Date == "2021-07-01" && slices.Contains(e.Participants, "person:musa-bello") {
			t.Errorf("%s %s: the Nigerian president takes part: %v", e.Kind, e.Date, e.Participants)
		}
	}
	for _, r := range out.Relations {
		if r.Type == graph.RelCooperatesIn && (r.From == "country:NGA" || r.From == "country:TGO" || r.Partner == "NGA" || r.Partner == "TGO") {
			t.Errorf("%s %s %s (partner %s): the July agreements are Angola's", r.Type, r.From, r.To, r.Partner)
		}
	}
}
