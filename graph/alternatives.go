package graph

import "strings"

// Alternatives: what the reports of an entity say of each of its
// single-valued attributes (CorrectableAttributes: those chosen by weight
// of evidence), value by value, so that disagreements stay visible beside
// the value the graph chose (see Claims).

// Alternative is one value that reports give an attribute of an entity.
type Alternative struct {
	Attribute    string // "country", "title", "date", ...
	Value        string // as stored: an alpha-3 code, an ISO date, a title
	SourceCount  int    // articles stating it (0 for a value only a correction gives)
	LastReported string // ISO date of the latest of them, or ""
	// Chosen is set on the value the attribute has: the one most reports
	// state, or the one an analyst's correction set.
	Chosen bool
	// Corrected is set on the value an active correction set.
	Corrected bool
}

// StampDate returns the date part of a report's stamp (graph.Stamp):
// "" for an undated article.
func StampDate(stamp string) string {
	d, _, _ := strings.Cut(stamp, "|")
	if d == "0000-00-00" {
		return ""
	}
	return d
}

// AlternativesOf returns the alternatives of attribute attr from its
// tally, best first (Claims.Ranked), given the value the attribute has
// (value) and whether a correction set it (corrected). A corrected value
// that no report states is listed first with no sources.
func AlternativesOf(attr string, tally Claims, value string, corrected bool) []Alternative {
	var out []Alternative
	seen := false
	for _, c := range tally.Ranked() {
		chosen := c.Value == value && value != ""
		seen = seen || chosen
		out = append(out, Alternative{Attribute: attr, Value: c.Value, SourceCount: c.Count, LastReported: StampDate(c.Last),
			Chosen: chosen, Corrected: chosen && corrected})
	}
	if !seen && corrected && value != "" {
		out = append([]Alternative{{Attribute: attr, Value: value, Chosen: true, Corrected: true}}, out...)
	}
	return out
}

// ClaimQuery asks for the articles that state Value of the Attribute of
// the entity Key: at most First of them, the most recent first. It is
// comparable, so a per-request loader can batch equal queries.
type ClaimQuery struct {
	Key       string
	Attribute string
	Value     string
	First     int
}

// ClaimSource is an article stating a value, with the first of its
// stored sentences that mentions the entity or states a fact of it
// (Sentence.Key is "" when none does).
type ClaimSource struct {
	Article  Article
	Sentence Sentence
}
