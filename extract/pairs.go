package extract

// The two sides of a sentence that speaks of "the two countries" in an
// article of more than two countries: the article's main pair (see
// mainPair in facts.go).

// pairNouns name the two sides as a pair after "two" or "both": "the two
// countries", "both sides" (data/words-facts.tsv).
var pairNouns = wordSet("pairNouns")

// twoSidesIn reports whether sentence s speaks of two sides as a pair:
// "the two countries", "both sides", "the two nations".
func (a *factStage) twoSidesIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k+1 < st.last; k++ {
		if n := a.toks[k].norm; n == "two" || n == "both" {
			if pairNouns[a.toks[k+1].norm] {
				return true
			}
		}
	}
	return false
}
