package extract

import "strings"

// untitledVerbs follow the subject of a reported encounter ("Aliaksandr
// Lukashenka met ...", "Volodymyr Zelenskiy visited Ankara").
// (data/words-mentions.tsv)
var untitledVerbs = wordSet("untitledVerbs")

// untitledBefore precede the object of an encounter ("met Vladimir Putin",
// "with host Robert Fico").
// (data/words-mentions.tsv)
var untitledBefore = wordSet("untitledBefore")

// scanUntitled finds persons named without a title who take part in a
// reported encounter: the subject of "met", "visited", "received" at the
// start of a sentence, or the object of "met", "received", "host". Such a
// person needs at least two name words; the country comes later from a
// reference by role ("the Belarusian leader"), by elimination, or, for a
// host, from the place of the encounter.
func (a *mentionStage) scanUntitled() {
	for s, st := range a.sents {
		first := st.first
		if first == a.datelineTok && a.datelineTok >= 0 {
			// "KYIV (BSM) — Volodymyr Zelenskiy visited": after the dash
			for k := first; k < st.last && k < first+8; k++ {
				if isDash(a.toks[k]) && a.toks[k].space {
					first = k + 1
					break
				}
			}
		}
		for i := first; i < st.last; i++ {
			subject := i == first
			if owner := a.possessorAt(i, first); owner != "" {
				if e := a.possessedPerson(i, st.last); e > i {
					a.addUntitled(i, e, owner, s)
					i = e - 1
				}
				continue
			}
			if c, e := a.servingNameAt(i); e > i {
				// "since before Frank Bainimarama's coup": a full name the
				// register holds for an office in force in the article's
				// year; another spelling of a leader named before is his
				// ("Thani Al Zeyoudi" after "Thani bin Ahmed Al Zeyoudi")
				if l := a.registeredAs(i, e); l != nil {
					l.spans = append(l.spans, [2]int{i, e})
					a.persons = append(a.persons, leaderMention{i: i, j: e, leaders: []*leader{l}})
					a.claim(i, e)
				} else {
					a.addUntitled(i, e, c, s)
				}
				i = e - 1
				continue
			}
			if owner, e := a.registeredPossessed(i); e > i {
				// "held bilateral talks with Malawi's Peter Mutharika": a
				// name the register of office-holders holds for that country
				a.addUntitled(i, e, owner, s)
				i = e - 1
				continue
			}
			object := i > st.first && untitledBefore[a.tok(i-1).norm]
			if !subject && !object || a.claimed[i] || !a.toks[i].upper {
				continue
			}
			if _, ok := titles[a.toks[i].norm]; ok || titleFirst[a.toks[i].norm] || honorifics[a.toks[i].norm] {
				continue
			}
			if n := a.skipHonorifics(i); n > i && n < st.last {
				i = n // "met H.E Kiema Kilonzo": the name after the initials
			}
			e := a.nameAt(i)
			if e-i < 2 || a.placeOrOrgAt(i, e) {
				continue
			}
			if _, ok := titles[a.tok(e).norm]; ok && e < st.last {
				continue // "met Dominican Prime Minister X": the words before a title are its, not a name
			}
			country := ""
			if subject && e < st.last && a.toks[e].text == "," {
				// "Kim Song Nam, a senior North Korean official ..., met"
				if c, after := a.appositive(e, st.last); after > e {
					country, e2 := c, after
					if e2 < st.last && untitledVerbs[a.toks[e2].norm] {
						a.addUntitled(i, e, country, s)
						i = e - 1
					}
					continue
				}
			}
			if subject && (e >= st.last || !untitledVerbs[a.toks[e].norm]) {
				continue
			}
			if a.tok(i-1).norm == "host" {
				country = a.placeCountry(a.placeIn(s))
			}
			a.addUntitled(i, e, country, s)
			i = e - 1
		}
	}
}

// placeOrOrgAt reports whether a place or organization overlaps [i, j).
func (a *mentionStage) placeOrOrgAt(i, j int) bool {
	for _, p := range a.placesTouching(i, j) {
		if p.i < j && p.j > i {
			return true
		}
	}
	return anyClaimedOrg(a, i, j)
}

// placeCountry returns the country of the place with key, or "".
func (a *mentionStage) placeCountry(key string) string {
	if p := a.placeInfo[key]; p != nil {
		return p.country
	}
	return ""
}

// addUntitled records the untitled person named by tokens [i, e).
func (a *mentionStage) addUntitled(i, e int, country string, s int) {
	l := a.addLeader(a.surface(i, e), titleInfo{}, country, s)
	l.spans = append(l.spans, [2]int{i, e})
	l.untitled = l.title == ""
	a.persons = append(a.persons, leaderMention{i: i, j: e, leaders: []*leader{l}})
	a.claim(i, e)
}

// appositive reads ", a senior North Korean official in charge of ...,"
// from the comma at token c: it returns the country the phrase names and
// the token after its closing comma, or ("", c) when there is none.
func (a *mentionStage) appositive(c, last int) (string, int) {
	if c+1 >= last {
		return "", c
	}
	switch a.tok(c + 1).norm {
	case "a", "an", "the":
	default:
		return "", c
	}
	country := ""
	for k := c + 2; k < last && k < c+18; k++ {
		if a.toks[k].text == "," {
			if country == "" {
				return "", c
			}
			return country, k + 1
		}
		if cc, _ := a.countryAt(k); cc != "" && country == "" {
			country = cc
		}
	}
	return "", c
}

// possessorAt returns the country whose possessive stands just before
// token i, at the sentence's start (from token first), after a comma, or
// after "and" that follows such a person: "Chile's Ana Lopes received
// ...", "At the palace, Peru's Rui Costa met ...", "Peru's X and Chile's Y
// met".
func (a *mentionStage) possessorAt(i, first int) string {
	if i < 2 || a.toks[i-1].norm != "'s" {
		return ""
	}
	c := a.countryMentionAt(i - 2)
	if c < 0 || a.countries[c].j != i-1 || a.countries[c].adj {
		return ""
	}
	b := a.countries[c].i
	if b == first || b > first && (a.toks[b-1].text == "," || a.toks[b-1].norm == "and" && a.isPersonToken(b-2)) {
		return a.countries[c].code
	}
	return ""
}

// possessedPerson returns the end of a person's name of two words or more
// at token i, after a country's possessive, when a verb of encounter
// follows with a person as its object ("Peru's Rui Costa met President X",
// "received her counterpart"), or "and" and another such possessed person
// who does ("Peru's X and Chile's Y met his ..."). It returns i when there
// is none: a place, an organization or a company ("Japan's Mitsubishi Heavy
// Industries", "Peru's Machu Picchu received visitors") is no person.
func (a *mentionStage) possessedPerson(i, last int) int {
	e := a.nameAt(i)
	if e-i < 2 || e >= last || a.placeOrOrgAt(i, e) {
		return i
	}
	for k := i; k < e; k++ {
		if n := a.toks[k].norm; orgHeads[n] || notPersonWords[n] || venueWords[n] {
			return i
		}
	}
	if a.encounterWithPerson(e, last) {
		return e
	}
	if a.tok(e).norm == "and" {
		if c, ce := a.countryAt(e + 1); c != "" && a.tok(ce).norm == "'s" {
			if e2 := a.nameAt(ce + 1); e2-(ce+1) >= 2 && a.encounterWithPerson(e2, last) {
				return e
			}
		}
	}
	return i
}

// encounterWithPerson reports whether token e starts a verb of encounter
// whose object is a person: a capitalised word (a title or a name), a
// country's person ("hosted Poland's Andrzej Duda"), or "his", "her" or
// "their".
func (a *mentionStage) encounterWithPerson(e, last int) bool {
	if e+1 >= last || !untitledVerbs[a.toks[e].norm] {
		return false
	}
	if c, ce := a.countryAt(e + 1); c != "" && a.tok(ce).norm == "'s" && a.tok(ce+1).upper && a.tok(ce+1).kind == tokWord {
		return true
	}
	n := a.toks[e+1]
	return n.kind == tokWord && n.upper && !a.isCountryToken(e+1) || n.norm == "his" || n.norm == "her" || n.norm == "their"
}

// sideWords follow a country's adjective to name one side of a meeting:
// "the Spanish side would include ...".
var sideWords = map[string]bool{"side": true, "delegation": true, "government": true, "team": true}

// delegationHeads, after a country's adjective, name the head whose
// delegation the sentence lists: "with the South African president".
var delegationHeads = map[string]bool{"president": true, "premier": true, "leader": true, "king": true, "minister": true}

// scanPortfolioNames finds ministers named with their portfolio in
// brackets, "José Pérez (Foreign Affairs), Ana Gil (Defence) and ...":
// a name of two words or more, then a bracket that opens with a portfolio
// and holds only capitalised words, commas and "and". Their country is
// that of "the <adjective> side" (or delegation, government) named
// before them in the sentence, or none.
func (a *mentionStage) scanPortfolioNames() {
	for s, st := range a.sents {
		bracket := false
		for i := st.first; i < st.last && !bracket; i++ {
			bracket = a.toks[i].text == "("
		}
		if !bracket {
			continue
		}
		side, delegation := "", false
		for i := st.first; i < st.last; i++ {
			if sideWords[a.toks[i].norm] && i > st.first {
				if c := a.countryMentionAt(i - 1); c >= 0 && a.countries[c].j == i && a.countries[c].adj {
					side = a.countries[c].code
				}
				delegation = delegation || a.toks[i].norm == "delegation"
				continue
			}
			if delegation && side == "" && delegationHeads[a.toks[i].norm] && i > st.first {
				// "a delegation was to travel with the South African
				// president, among them ministers X (Transport), ...": the
				// president's side
				if c := a.countryMentionAt(i - 1); c >= 0 && a.countries[c].j == i && a.countries[c].adj {
					side = a.countries[c].code
				}
				continue
			}
			if a.claimed[i] || !a.toks[i].upper || a.toks[i].kind != tokWord {
				continue
			}
			e := a.nameAt(i)
			if e-i < 2 || a.tok(e).text != "(" || portfolios[a.tok(e+1).norm] == "" || !a.tok(e+1).upper {
				continue
			}
			c := e + 1
			for c < st.last && (a.toks[c].kind == tokWord && (a.toks[c].upper || a.toks[c].norm == "and") || a.toks[c].text == ",") {
				c++
			}
			if a.tok(c).text != ")" || a.placeOrOrgAt(i, e) {
				continue
			}
			l := a.addLeader(a.surface(i, e), titles["minister"], side, s)
			l.spans = append(l.spans, [2]int{i, e})
			a.persons = append(a.persons, leaderMention{i: i, j: e, leaders: []*leader{l}})
			a.claim(i, e)
			i = c
		}
	}
}

// spellingsAt returns the register of office-holders' spellings of two
// words or more whose words stand at token i on, in order, none of them
// claimed yet.
func (a *mentionStage) spellingsAt(i int) []officialName {
	if a.x.officials == nil {
		return nil
	}
	var out []officialName
	for _, n := range a.x.officials.byFirst[a.toks[i].norm] {
		if len(n.words) < 2 {
			continue
		}
		ok := true
		for k, w := range n.words {
			if t := a.tok(i + k); t.kind != tokWord || t.norm != w || a.claimed[i+k] {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, n)
		}
	}
	return out
}

// registeredPossessed returns the country and the end of a name of two
// words or more at token i after that country's possessive ("Malawi's
// Peter Mutharika"), when the register of office-holders holds that very
// name, all its words in order, for that country; i when there is none.
func (a *mentionStage) registeredPossessed(i int) (string, int) {
	if i < 2 || a.toks[i-1].norm != "'s" {
		return "", i
	}
	c := a.countryMentionAt(i - 2)
	if c < 0 || a.countries[c].j != i-1 || a.countries[c].adj {
		return "", i
	}
	code, e := a.countries[c].code, a.nameAt(i)
	for _, n := range a.spellingsAt(i) {
		if n.row.country == code && i+len(n.words) == e {
			return code, e
		}
	}
	return "", i
}

// servingNameAt returns the country and the end of a name of two words or
// more at token i that the register of office-holders spells so, all its
// words in order, for an office in force in the article's year; i when
// there is none (or the year is unknown).
func (a *mentionStage) servingNameAt(i int) (string, int) {
	if t := a.toks[i]; !t.upper || t.kind != tokWord || a.ref.IsZero() {
		return "", i
	}
	year := a.ref.Year()
	for _, n := range a.spellingsAt(i) {
		if r := n.row; r.country == "-" || r.from > year || r.to < year {
			continue
		}
		e := i + len(n.words)
		if next := a.tok(e); next.kind == tokWord && next.upper && !a.sentenceStart(e) {
			continue // a longer name
		}
		if c := a.x.officials.country(strings.Join(n.words, " "), a.ref); c != "" {
			return c, e // (the one country the name serves, or that year's)
		}
	}
	return "", i
}

// registeredAs returns the leader found so far whose name the register
// of office-holders spells in the same row as the name [i, e), or nil.
func (a *mentionStage) registeredAs(i, e int) *leader {
	for _, n := range a.spellingsAt(i) {
		if i+len(n.words) != e {
			continue
		}
		for _, l := range a.leaders {
			lw := nameWords(l.name)
			for _, sp := range n.row.names {
				if len(lw) >= 2 && len(sp) >= 2 && lw[0] == sp[0] && namesFit(lw, sp) {
					return l
				}
			}
		}
	}
	return nil
}
