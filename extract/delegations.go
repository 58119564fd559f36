package extract

// memberVerbs join a group to the list of its members: "the delegation
// included X, Y and Z", "among the members of the delegation were X".
// (data/words-titles.tsv)
var memberVerbs = wordSet("memberVerbs")

// forSideOpeners open a clause that names the side its persons speak or
// attend for: "Attending for Japan were X", "Present for Peru was Y".
// (data/words-titles.tsv)
var forSideOpeners = wordSet("forSideOpeners")

// delegationCountries gives a leader without a country who is listed as a
// member of "the delegation" (or "the officials", "the team": a group
// named without its country) the country of the one group of officials
// that the sentence before names: "Accompanied by senior Kenyan officials,
// the president arrived. The delegation included Trade Minister X and
// Foreign Minister Y." The definite noun takes up the group just named.
func (a *entityStage) delegationCountries(ms []*leader, note func(*leader, string)) {
	countryAtSpan(ms, a.memberListGroup, "the delegation named before", note)
}

// listAdverbs may stand between a group and its member verb: "the
// delegation further comprises", "also included" (data/words-titles.tsv).
var listAdverbs = wordSet("listAdverbs")

// memberListGroup returns the country of the group that a list holding
// token k takes up: "the <group> [further] <member verb>", from there to k only
// names and titles, and one country's groups in the sentence before; "".
func (a *entityStage) memberListGroup(k int) string {
	s := a.sentenceOf(k)
	if s < 1 {
		return ""
	}
	for v := k - 1; v > a.sents[s].first+1 && v > k-80; v-- {
		if !memberVerbs[a.toks[v].norm] {
			continue
		}
		m := v - 1
		if listAdverbs[a.toks[m].norm] {
			m-- // "the delegation further comprises"
		}
		if !sideNouns[a.toks[m].norm] || a.tok(m-1).norm != "the" || !a.namesOnly(v+1, k) {
			return ""
		}
		if code, _ := a.groupAt(m); code != "" {
			return "" // the group's own country: not this rule's
		}
		return a.onlyGroupCountry(s - 1)
	}
	return ""
}

// onlyGroupCountry returns the country of the groups of officials named
// in sentence s ("senior Kenyan officials", "a delegation of Peru") when
// they are all of one country; "".
func (a *entityStage) onlyGroupCountry(s int) string {
	found := ""
	for m := a.sents[s].first; m < a.sents[s].last; m++ {
		code, _ := a.groupAt(m)
		if code == "" {
			continue
		}
		if found != "" && found != code {
			return ""
		}
		found = code
	}
	return found
}

// forSideCountries gives a leader without a country who is named in a
// clause that opens with the side he is there for: "Attending for Peru
// were Deputy Minister X and others; for Kenya, Y, Director of Z". The
// words state whom he represents.
func (a *entityStage) forSideCountries(ms []*leader, note func(*leader, string)) {
	countryAtSpan(ms, a.forSideBefore, "the side he is named for", note)
}

// forSideBefore returns the country of "for <Country>" that opens the
// clause of the name at token k: the country, then a comma or "were" /
// "was", then only titles and honorifics up to k; before "for" the start
// of a sentence or clause or an opener such as "attending"; "".
func (a *entityStage) forSideBefore(k int) string {
	first := a.sents[a.sentenceOf(k)].first
	t := k - 1
	for t > first && k-t < 8 && (a.toks[t].kind == tokWord && a.toks[t].upper && !a.isCountryToken(t) || a.toks[t].text == "." || a.toks[t].norm == "of" || a.toks[t].norm == "and") {
		t-- // a title or honorific
	}
	if n := a.tok(t).norm; n != "," && n != "were" && n != "was" {
		return ""
	}
	c := a.countryMentionAt(t - 1)
	if c < 0 || a.countries[c].j != t || a.countries[c].adj {
		return ""
	}
	f := a.countries[c].i - 1
	if a.tok(f).norm == "the" {
		f--
	}
	if f < first || a.toks[f].norm != "for" {
		return ""
	}
	if p := f - 1; p >= first && !forSideOpeners[a.toks[p].norm] && a.toks[p].text != ";" && a.toks[p].text != "(" {
		return ""
	}
	return a.countries[c].code
}
