package extract

// hostCountries gives a leader without a country who is met in a country
// that the sentence names as the place of the encounter that country: "Mr
// X will be in the Republic of Namibia on March 5-6, where he is to hold
// talks with President Y", "a working visit to Angola, where talks are
// planned with Foreign Minister Z". A visitor's hosts are of the country
// he visits.
func (a *entityStage) hostCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			if c := a.hostBefore(sp[0]); c != "" {
				l.country = c
				note(l, "the country of the talks")
				break
			}
		}
	}
}

// hostReach is how many tokens may stand between the country of a
// "where" clause and its comma ("in Namibia on March 5-6, where").
const hostReach = 9

// hostBefore returns the country that a ", where" clause holding token k
// refers to, when an encounter word stands between "where" and k (k is
// the one met, not the subject): the last country named by name after
// "in" or "to" in the hostReach tokens before the comma; "" otherwise.
func (a *entityStage) hostBefore(k int) string {
	st := a.sents[a.sentenceOf(k)]
	w := k - 1
	for w > st.first && a.toks[w].norm != "where" {
		w--
	}
	if w <= st.first || a.toks[w].norm != "where" || a.tok(w-1).text != "," {
		return ""
	}
	met := false
	for m := w + 1; m < k; m++ {
		met = met || encounterWords[a.toks[m].norm]
	}
	if !met {
		return ""
	}
	cs := a.countriesBetween(max(st.first, w-1-hostReach), w-1)
	for n := len(cs) - 1; n >= 0; n-- {
		c := cs[n]
		if c.adj {
			continue
		}
		p := c.i - 1
		if a.tok(p).norm == "of" && a.tok(p-1).norm == "republic" {
			p -= 2 // "the Republic of Angola"
		}
		if a.tok(p).norm == "the" {
			p--
		}
		if n := a.tok(p).norm; n == "in" || n == "to" {
			return c.code
		}
		return ""
	}
	return ""
}
