package extract

import (
	"slices"
	"strings"
)

// companionHost returns the leader that the companions' cue at token cue
// of sentence s refers to when it names none: "Travelling with him are
// ..." (him: the leader who opens the nearest sentence before that names
// a leader of known country: up to two back, or up to five when every
// sentence between goes on with "he" or "his"), "Also accompanying the
// prime minister are ..." (the one leader of known country with that
// title). It returns nil when the words allow no such reading.
func (a *entityStage) companionHost(s, cue int) *leader {
	k := cue + 1
	if a.tok(k).norm == "with" {
		k++
	}
	switch pron := a.tok(k).norm; pron {
	case "him", "her":
		subject, possessive := map[string]string{"him": "he", "her": "she"}[pron], map[string]string{"him": "his", "her": "her"}[pron]
		chain := true
		for p := s - 1; p >= 0 && p >= s-5; p-- {
			st := a.sents[p]
			if l := a.openingLeader(p); l != nil && !a.pronounBefore(l, p, subject) {
				if l.country == "" {
					return nil
				}
				return l
			}
			chain = chain && (a.betweenHas(st.first, st.last, subject) || a.betweenHas(st.first, st.last, possessive))
			if p <= s-2 && !chain {
				// further back only along sentences that go on telling
				// of him ("He said trade had come into focus. … Travelling
				// with him will be …")
				return nil
			}
		}
	case "the":
		k++
		country := ""
		if m := a.countryMentionAt(k); m >= 0 && a.countries[m].i == k && a.countries[m].adj {
			country, k = a.countries[m].code, a.countries[m].j // "the Mexican president"
		}
		e, ti, ok := a.titleAt(k)
		if !ok || ti.name == "" || a.tok(e).kind == tokWord && a.tok(e).upper {
			return nil // "the prime minister", not "the Prime Minister X"
		}
		var found *leader
		for _, l := range a.leaders {
			if l.title != ti.name || l.country == "" || country != "" && l.country != country {
				continue
			}
			if found != nil && found.country != l.country {
				return nil
			}
			found = l
		}
		return found
	}
	return nil
}

// openingAfterDate returns the first token of sentence s after a date
// that opens it and the comma that closes the date ("From 9 to 10
// November 2015, Prime Minister X ..."), or the sentence's first token.
func (a *entityStage) openingAfterDate(s int) int {
	st := a.sents[s]
	for _, d := range a.datesIn(s) {
		k := a.tokenAtByte(d.bstart)
		if k > st.first+2 {
			break // ("On Monday", "From 9 to 10 November": a word before the date at most two)
		}
		e := k
		for e < st.last && a.toks[e].bstart < d.bend {
			e++
		}
		if a.tok(e).text == "," {
			return e + 1
		}
	}
	return st.first
}

// pronounBefore reports whether the subject pronoun stands in sentence s
// before every mention of l there: "he will then go on to Italy ... and
// will hold a meeting with Prime Minister X" tells of him, not of X.
func (a *entityStage) pronounBefore(l *leader, s int, pron string) bool {
	at := -1
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			if a.sentenceOf(sp[0]) == s && (at < 0 || sp[0] < at) {
				at = sp[0]
			}
		}
	}
	return at >= 0 && a.betweenHas(a.sents[s].first, at, pron)
}

// openingLeader returns the leader named first in sentence s, or nil.
func (a *entityStage) openingLeader(s int) *leader {
	var first *leader
	at := -1
	for _, l := range a.leaders {
		for _, spans := range [][][2]int{l.spans, l.surnames} {
			for _, sp := range spans {
				if a.sentenceOf(sp[0]) == s && (at < 0 || sp[0] < at) {
					first, at = l, sp[0]
				}
			}
		}
	}
	return first
}

// listCountries gives a leader without a country who is named in one list
// with leaders of one known country ("Chinese President Xi, Premier Li
// Qiang and Zhao Leji, Chairman of ...") that country: a list of names
// with titles is one side.
func (a *entityStage) listCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		found := ""
		for _, o := range a.leaders {
			if o == l || o.country == "" {
				continue
			}
			for _, sp := range l.spans {
				if !a.listedWith(o, sp, a.sentenceOf(sp[0])) {
					continue
				}
				if found != "" && found != o.country {
					found = "-"
				}
				if found == "" {
					found = o.country
				}
			}
		}
		if found != "" && found != "-" {
			l.country = found
			note(l, "a list with leaders of that country")
		}
	}
}

// datelineOfficials gives an official who is no head of state or
// government and whose country the words do not give the country of the
// dateline: "PRETORIA – ..., Deputy President X will act as president".
func (a *entityStage) datelineOfficials(ms []*leader, note func(*leader, string)) {
	c := a.datelineCountry()
	if c == "" || !a.dateSideNamed(c) || a.countryVisited(c) {
		return
	}
	var abroad []string // where a trip from the dateline's country goes
	for _, o := range a.leaders {
		if a.destinations(o)[c] && o.country != c {
			// the dateline's country is visited: its officials and the
			// visitor's delegation are both there, and the words do not
			// say which one is
			return
		}
		for d := range a.destinations(o) {
			if d != c && (o.country == "" || o.country == c) {
				// a trip from the dateline's country ("Asmara — President
				// X left today for Ethiopia"): the hosts who welcome him
				// there are named as well as his delegation
				abroad = append(abroad, d)
			}
		}
	}
	var take []*leader // all decided before any is given the country
	for _, l := range ms {
		if l.country == "" && !l.head && !l.untitled && !envoyTitle(l.title) && !a.formerOfficial(l) && !a.pairedOfficial(l) && !a.sameTitleAhead(l) && !a.pronounOfficial(l) && !a.unsafeGuess(l, c) && !a.listedWithOtherThan(l, c) && !a.welcomedAbroad(l, abroad) {
			// (an official named as "his spokesperson" is of the one the
			// pronoun stands for, whom pronounOfficials could not tell)
			take = append(take, l)
		}
	}
	// two officials of one sentence that tells of two sides ("A, the
	// Minister of Energy, and B, the Minister of Ecology, discussed a
	// roadmap for the MoU their two ministries signed") are the two
	// sides, and which is the dateline's the words do not say
	bySent := map[int]int{}
	for _, l := range take {
		bySent[a.sentenceOf(l.spans[0][0])]++
	}
	for _, l := range take {
		if s := a.sentenceOf(l.spans[0][0]); bySent[s] > 1 && a.twoSidesIn(s) {
			continue
		}
		l.country = c
		note(l, "the dateline")
	}
}

// countryVisited reports whether the text tells of a trip to country c
// ("will travel to Chile ... led by X", "is paying Guyana a state
// visit", "a state visit to Guyana"): its officials and the visitor's
// delegation are both there, and a dateline of c does not tell them
// apart.
func (a *entityStage) countryVisited(c string) bool {
	for _, m := range a.countries {
		if m.code != c || m.adj {
			continue
		}
		switch p := a.tok(m.i - 1).norm; {
		case p == "to" || p == "in":
			for k := m.i - 2; k >= 0 && k >= m.i-6; k-- {
				if tripWords[a.toks[k].norm] {
					return true
				}
			}
		case p == "paying" || p == "pays" || p == "paid" || p == "pay":
			for k := m.j; k < len(a.toks) && k < m.j+9; k++ {
				if tripWords[a.toks[k].norm] {
					return true
				}
			}
		}
	}
	return false
}

// tripWords name a trip to a country ("travel to", "a visit to").
var tripWords = map[string]bool{"visit": true, "visits": true, "visiting": true, "trip": true, "tour": true, "travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true, "arrived": true, "arrives": true, "arrive": true}

// welcomedAbroad reports whether a sentence names l with a word of
// hosting or a city of a country the trip goes to: "Arriving at the
// Gonder Airport, President X received a warm welcome from a party that
// included Finance Minister Y" — Y is the host country's, not the
// dateline's. (The country's own name is no sign: "the delegation
// accompanying him to Qatar includes …" is the traveller's.)
func (a *entityStage) welcomedAbroad(l *leader, abroad []string) bool {
	if len(abroad) == 0 || len(a.destinations(l)) > 0 {
		return false // (not the traveller himself)
	}
	for _, sp := range l.spans {
		s := a.sentenceOf(sp[0])
		st := a.sents[s]
		for k := st.first; k < st.last; k++ {
			if visitHostWords[a.toks[k].norm] {
				return true
			}
		}
		for _, p := range a.placesOfSentence(s) {
			if slices.Contains(abroad, a.placeCountry(p.key)) {
				return true
			}
		}
	}
	return false
}

// twoSidesIn reports whether sentence s tells of two sides dealing with
// each other: a word of twoSidesWords, or "their two", "both sides",
// "each other".
func (a *entityStage) twoSidesIn(s int) bool {
	for k := a.sents[s].first; k < a.sents[s].last; k++ {
		n, next := a.toks[k].norm, a.tok(k+1).norm
		if twoSidesWords[n] || n == "their" && next == "two" || n == "both" && next == "sides" || n == "each" && next == "other" {
			return true
		}
	}
	return false
}

// listedWithOtherThan reports whether l is named in a list (of commas or
// semicolons) with a leader of a country other than c: "Present were A,
// Minister of State; B, Jordan's Ambassador to Lebanon; and C, the
// Lebanese Minister of Works" lists both sides, and the dateline does not
// tell A's.
func (a *entityStage) listedWithOtherThan(l *leader, c string) bool {
	for _, o := range a.leaders {
		if o == l || o.country == "" || o.country == c {
			continue
		}
		for _, sp := range l.spans {
			s := a.sentenceOf(sp[0])
			if a.listedWith(o, sp, s) {
				return true
			}
			st := a.sents[s]
			if !a.betweenHas(st.first, st.last, ";") {
				continue
			}
			for _, osp := range o.spans {
				if a.sentenceOf(osp[0]) == s {
					return true // a list of semicolons: people of both sides
				}
			}
		}
	}
	return false
}

// dateSideNamed reports whether the dateline's country c is a side of the
// text: the dateline is its capital, or it is named in the text other
// than as a currency, or held by a leader the words place in it. A
// dateline in a city of no side ("GENEVA — the
// foreign ministers of X and Y met on the margins of a conference") gives
// its country to no one.
func (a *entityStage) dateSideNamed(c string) bool {
	for _, p := range a.placesOfSentence(a.sentenceOf(a.datelineTok)) {
		if pi := a.placeInfo[p.key]; p.i == a.datelineTok && pi != nil && a.x.capitalOf[c] == pi.name {
			// a capital's dateline: the seat of one side; but not an
			// agency's home when the text's two sides are two other
			// countries ("Baku, Azerbaijan — ... Turkmen ... Uzbek ...")
			return !a.twoOtherSides(c)
		}
	}
	for _, m := range a.countries {
		if m.code == c && !a.currencyMention(m) {
			return true
		}
	}
	for _, l := range a.leaders {
		if l.country == c && a.stated[l] {
			return true
		}
	}
	return false
}

// twoOtherSides reports whether the text names two countries or more
// other than c, and c nowhere but in its dateline.
func (a *entityStage) twoOtherSides(c string) bool {
	others := map[string]bool{}
	dateline := a.sentenceOf(a.datelineTok)
	for _, m := range a.countries {
		switch {
		case a.currencyMention(m):
		case m.code == c:
			if a.sentenceOf(m.i) != dateline || m.i > a.datelineTok+6 {
				return false
			}
		default:
			others[m.code] = true
		}
	}
	return len(others) >= 2
}

// envoyTitle reports whether title is an envoy's ("Ambassador", "High
// Commissioner", "Special Envoy"): an envoy in the dateline's city is as
// often the other country's, posted there, as its own.
func envoyTitle(title string) bool {
	t := strings.ToLower(title)
	return strings.Contains(t, "ambassador") || strings.Contains(t, "envoy") || strings.Contains(t, "high commissioner") || strings.Contains(t, "charge d'affaires")
}

// pairedOfficial reports whether l's title and name come right after
// another person's name and "and" ("Secretary X and Foreign Minister Y
// signed"): two people acting together, in reports of what two sides
// did, are as often of two countries as of one, so the dateline says
// nothing of l — unless the other's country is stated, which makes l
// likely the dateline's side ("Russian Foreign Minister X and Y").
func (a *entityStage) pairedOfficial(l *leader) bool {
	for _, sp := range l.spans {
		k := sp[0]
		for k > 0 && (a.toks[k-1].kind == tokWord && a.toks[k-1].upper || a.titleOf(k-1)) && sp[0]-k < 6 {
			k-- // the title: "Minister of Foreign Affairs"
		}
		if k < 3 || k == sp[0] || a.toks[k-1].norm != "and" {
			continue
		}
		words := make([]string, 0, sp[0]-k)
		for _, t := range a.toks[k:sp[0]] {
			words = append(words, t.norm)
		}
		if _, title := titles[strings.Join(words, " ")]; !title {
			if e, _, ok := a.titleAt(k); !ok || a.skipHonorifics(e) != sp[0] || !a.claimed[k-2] || !a.isPersonToken(k-2) {
				// "International Relations and Cooperation Minister Y":
				// one title; a title the list does not hold ("Defence
				// Minister") counts after a person's name alone
				continue
			}
		}
		if prev := a.toks[k-2]; prev.kind != tokWord || !prev.upper {
			continue
		}
		if o := a.leaderEndingAt(k - 1); o != nil && o.country != "" {
			continue
		}
		return true
	}
	return false
}

// sameTitleAhead reports whether a name of l is followed by "and" and the
// same title before another person's name: "Defence Minister A and
// Defence Minister B signed" names two countries' ministers, and which is
// the dateline's the words do not say.
func (a *entityStage) sameTitleAhead(l *leader) bool {
	for _, sp := range l.spans {
		if a.tok(sp[1]).norm != "and" {
			continue
		}
		e, ti, ok := a.titleAt(sp[1] + 1)
		if !ok || ti.name != l.title {
			continue
		}
		if k := a.skipHonorifics(e); a.claimed[k] && a.isPersonToken(k) {
			return true
		}
	}
	return false
}

// formerOfficial reports whether l is named as a former holder of the
// title ("then Foreign Minister X", "former Minister X"): a figure of the
// past, whose country the dateline does not say.
func (a *entityStage) formerOfficial(l *leader) bool {
	if l.former {
		return true
	}
	for _, sp := range l.spans {
		k := sp[0] - 1
		for k > 0 && a.toks[k].kind == tokWord && a.toks[k].upper && sp[0]-k < 6 {
			k--
		}
		switch a.tok(k).norm {
		case "then", "former", "late", "ex":
			return true
		}
	}
	return false
}

// coordinatedCountries gives a leader without a country, named with a
// title of his own right after "and" (or "and by", "and with") that
// follows a leader whose country is stated by the adjective or possessive
// before his title, that country when the two titles differ: "Georgian
// Prime Minister X and by Foreign Minister Y", "Chinese President X and
// Premier Y" (one government's members; two presidents, or a president
// and an emir, would be two).
func (a *entityStage) coordinatedCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			t := sp[0] - 1
			for t > 0 && a.toks[t].kind == tokWord && a.toks[t].upper {
				t-- // the title of l
			}
			if t == sp[0]-1 {
				continue // no title of his own
			}
			if n := a.tok(t).norm; n == "by" || n == "with" {
				t--
			}
			if a.tok(t).norm != "and" {
				continue
			}
			o := a.leaderEndingAt(t)
			if o == nil || o.country == "" || oneHolder(o.title, l.title) || o.title == "" {
				continue
			}
			if !a.statedBefore(o, t) || signWords[a.tok(sp[1]).norm] || a.signedByBefore(o, t) {
				continue // "X and Y signed", "signed by X and Y": each signs for his side
			}
			if a.metEachOther(t + 1) {
				continue // "X and Y met on Friday": two sides meeting each other
			}
			if a.visitingBefore(o, t) {
				continue // "the visiting Maldivian President X and Prime Minister Y": the guest and his host
			}
			if a.bilateralBefore(o, t) {
				continue // "the bilateral partnership that X and Y announced": its two parties
			}
			if a.listOfSidesBefore(o, t) {
				continue // "Egyptian President A, Iraqi Prime Minister B and King C": a list of sides
			}
			if a.destinations(l)[o.country] || a.twoSidesFrom(sp[1], 12) && a.opensClause(a.firstSpanBefore(o, t)) {
				// "Brazilian President Lula and Prime Minister Modi,
				// seeing room to expand bilateral trade": two sides, one
				// of them visiting the other
				continue
			}
			l.country = o.country
			note(l, "the adjective over "+o.name)
			break
		}
	}
}

// firstSpanBefore returns the start of o's name that ends at token t, or
// t.
func (a *entityStage) firstSpanBefore(o *leader, t int) int {
	for _, sp := range o.spans {
		if sp[1] == t {
			return sp[0]
		}
	}
	return t
}

// listOfSidesBefore reports whether the name of o that ends at token j,
// with its title and country, follows a comma after a leader of another
// country: "Egyptian President A, Iraqi Prime Minister B and King C" lists
// three sides, and B's adjective is B's alone.
func (a *entityStage) listOfSidesBefore(o *leader, j int) bool {
	k, ok := a.beforeTitled(o, j)
	if !ok || a.toks[k].text != "," {
		return false
	}
	p := a.leaderEndingAt(k)
	return p != nil && p.country != "" && p.country != o.country
}

// beforeTitled returns the token right before the title and country of
// o's name that ends at token j ("Iraqi Prime Minister B": the token
// before "Iraqi"); ok is false when no name of o ends there.
func (a *entityStage) beforeTitled(o *leader, j int) (k int, ok bool) {
	for _, sp := range o.spans {
		if sp[1] != j {
			continue
		}
		k = sp[0] - 1
		for k > 0 && sp[0]-k < 10 && (a.toks[k].kind == tokWord && a.toks[k].upper || a.toks[k].norm == "'s") {
			k--
		}
		return k, true
	}
	return 0, false
}

// bilateralBefore reports whether the name of o that ends at token j,
// with its title and country, is the first of the subjects of a relative
// clause on something bilateral: "the bilateral Comprehensive Strategic
// Partnership that South Korean President X and …", "a bilateral treaty
// which …" name its two parties.
func (a *entityStage) bilateralBefore(o *leader, j int) bool {
	k, ok := a.beforeTitled(o, j)
	return ok && a.bilateralClause(k+1)
}

// signedByBefore reports whether the name of o that ends at token j,
// with its title and country, follows "signed by" or "between": "signed
// by Moroccan Trade Minister X and …".
func (a *entityStage) signedByBefore(o *leader, j int) bool {
	for _, sp := range o.spans {
		if sp[1] != j {
			continue
		}
		t := sp[0] - 1
		for t > 0 && a.toks[t].kind == tokWord && a.toks[t].upper {
			t--
		}
		if a.tok(t).norm == "'s" {
			t -= 2
		}
		return a.signedBy(t + 1)
	}
	return false
}

// leaderEndingAt returns the leader whose name ends at token j, or nil.
func (a *entityStage) leaderEndingAt(j int) *leader {
	for _, o := range a.leaders {
		for _, sp := range o.spans {
			if sp[1] == j {
				return o
			}
		}
	}
	return nil
}

// statedBefore reports whether the name of o that ends at token j
// follows a title after a country adjective or possessive: "Georgian
// Prime Minister X" (not a bare "Foreign Minister X" whose country an
// earlier mention stated: that adjective is not over what follows).
func (a *entityStage) statedBefore(o *leader, j int) bool {
	for _, sp := range o.spans {
		if sp[1] != j {
			continue
		}
		t := a.titleStartBefore(sp)
		if a.tok(t).norm == "'s" {
			t--
		}
		if t < sp[0]-1 && a.isCountryToken(t) {
			return true
		}
	}
	return false
}

// titleStartBefore returns the token before the capitalised title words
// that precede the name at span sp, stopping at a country's name: the
// country adjective of "Georgian Prime Minister X", or what stands before
// the title.
func (a *entityStage) titleStartBefore(sp [2]int) int {
	t := sp[0] - 1
	for t > 0 && a.toks[t].kind == tokWord && a.toks[t].upper && !a.isCountryToken(t) {
		t--
	}
	return t
}

// visitingBefore reports whether "visiting" stands before the country
// named before o's name that ends at token j: "the visiting Maldivian
// President X".
func (a *entityStage) visitingBefore(o *leader, j int) bool {
	for _, sp := range o.spans {
		if sp[1] != j {
			continue
		}
		t := a.titleStartBefore(sp)
		for t > 0 && a.isCountryToken(t-1) {
			t-- // a country of several words
		}
		if a.isCountryToken(t) && a.tok(t-1).norm == "visiting" {
			return true
		}
	}
	return false
}

// signWords name the signing of a document by its parties.
var signWords = map[string]bool{"signed": true, "sign": true, "signing": true, "inked": true, "initialled": true, "initialed": true}

// signatoryCountries gives a leader without a country who signs a
// document together with a leader of a stated country the other of the
// text's two main countries: "Adviser X and Qatari Finance Minister Y
// signed it" in a report on two countries' agreements (each side signs
// for itself). Nothing when the text has no two clear main sides, or the
// sentence names a third country.
func (a *entityStage) signatoryCountries(ms []*leader, note func(*leader, string)) {
	var sides []string
	seen := map[string]bool{}
	for _, c := range a.countries {
		if seen[c.code] || a.currencyMention(c) {
			continue
		}
		seen[c.code] = true // once per country: mainSide reads every mention
		if a.mainSide(c.code) {
			sides = append(sides, c.code)
		}
	}
	if len(sides) != 2 {
		return
	}
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			o := a.cosignatory(sp)
			if o == nil || o.country == "" || o == l {
				continue
			}
			other := ""
			switch o.country {
			case sides[0]:
				other = sides[1]
			case sides[1]:
				other = sides[0]
			}
			s := a.sentenceOf(sp[0])
			signed, third := false, false
			for m := a.sents[s].first; m < a.sents[s].last; m++ {
				signed = signed || signWords[a.toks[m].norm]
			}
			for _, c := range a.countriesOfSentence(s) {
				third = third || c.code != sides[0] && c.code != sides[1] && !a.currencyMention(c)
			}
			if other != "" && signed && !third {
				l.country = other
				note(l, "the other side of a signing")
				break
			}
		}
	}
}

// cosignatory returns the leader joined by "and" to the name at span sp,
// each with a title of his own: "<title> sp and <country> <title> O" or
// "<title> O and <title> sp"; nil when there is none.
func (a *entityStage) cosignatory(sp [2]int) *leader {
	// after: "and" then capitalised title words (and a country) up to a name
	if a.tok(sp[1]).norm == "and" {
		for k := sp[1] + 1; k < len(a.toks) && k < sp[1]+8; k++ {
			for _, o := range a.leaders {
				for _, osp := range o.spans {
					if osp[0] == k && k > sp[1]+1 {
						return o
					}
				}
			}
			if t := a.toks[k]; t.kind != tokWord || !t.upper {
				break
			}
		}
	}
	// before: "O and <title> sp"
	k := sp[0]
	for k > 0 && a.toks[k-1].kind == tokWord && a.toks[k-1].upper && sp[0]-k < 5 {
		k--
	}
	if k < 2 || k == sp[0] || a.toks[k-1].norm != "and" {
		return nil
	}
	return a.leaderEndingAt(k - 1)
}

// bodyOfficeAfter reports whether l is named with an office of a body
// that is no country in apposition after his name ("X, President of the
// Agency, signed for CIDCA"): whose body, the release does not say.
func (a *entityStage) bodyOfficeAfter(l *leader) bool {
	for _, sp := range l.spans {
		k := sp[1]
		if a.tok(k).text != "," {
			continue
		}
		t := k + 1
		if deputyWords[a.tok(t).norm] {
			t++ // "X, Deputy Chairperson of the African Union,"
		}
		e, ti, ok := a.titleAt(t)
		if !ok || a.tok(e).norm != "of" || !bodyHeads[strings.TrimPrefix(strings.TrimPrefix(ti.name, "Deputy "), "Vice ")] {
			continue
		}
		n := e + 1
		if a.tok(n).norm == "the" {
			n++
		}
		if t := a.tok(n); t.kind == tokWord && t.upper && !a.isCountryToken(n) && !stateWords[t.norm] {
			return true // (not "President of the Republic": the state)
		}
	}
	return false
}

// bodyHeads are the titles of a body's head ("President of the Agency").
var bodyHeads = map[string]bool{"President": true, "Chairman": true, "Chairperson": true, "Chair": true, "Director": true, "Director General": true, "Secretary General": true, "Head": true}

// sourceOfficial gives the first person a government's own release names,
// when the words give him no country, that government's country: "source:
// Ministry of Foreign Affairs of the Russian Federation" and a text that
// opens with "Foreign Minister X will travel to ...". A release names its
// own officials by bare title, and opens with them. Only the first person,
// named in the lead with a title, not as a former holder, and only when
// no other leader already holds that country with that title.
func (a *entityStage) sourceOfficial(ms []*leader, note func(*leader, string)) {
	c := a.sourceGov
	if c == "" {
		return
	}
	var first *leader
	at := -1
	for _, l := range a.leaders {
		for _, sp := range l.spans {
			if at < 0 || sp[0] < at {
				first, at = l, sp[0]
			}
		}
	}
	if first == nil || first.country != "" || first.untitled || first.title == "" || first.former || !a.namedInLead(first) || a.unsafeGuess(first, c) {
		return
	}
	for _, m := range a.countriesOfSentence(a.sentenceOf(at)) {
		if m.adj && m.code != c && m.j < at && sideNouns[a.tok(m.j).norm] {
			return // "Among the Peruvian officials were Foreign Minister X": that side's
		}
	}
	for _, o := range a.leaders {
		if o != first && o.country == c && o.title == first.title {
			return
		}
	}
	first.country = c
	note(first, "the government whose release the text is")
}

// attendanceWords say that the people a sentence names took part in
// something with the release's own side: "X attended, as did Y", "Among
// them were". ("Also present were", which lists the officials of both
// sides at talks, and "the delegation included", which may be the
// visitor's, are left out.)
var attendanceWords = map[string]bool{"attended": true, "among": true, "did": true}

// sourceListedOfficials gives the officials that a government's own
// release lists as taking part ("Among them were A, Minister of X, and B,
// Minister of Y"; "C, Minister of Z, attended, as did D") that
// government's country, when the sentence names no country, no leader of
// another country and no meeting: a release names its own officials by
// bare title. Heads, envoys and past holders are left out.
func (a *entityStage) sourceListedOfficials(ms []*leader, note func(*leader, string)) {
	c := a.sourceGov
	if c == "" || len(ms) == 0 {
		return
	}
	for s, st := range a.sents {
		cue := false
		for k := st.first; k < st.last; k++ {
			cue = cue || attendanceWords[a.toks[k].norm]
		}
		if !cue || len(a.countriesBetween(st.first, st.last)) > 0 || a.meetsIn(st.first, st.last) || a.encounterIn(s) || a.betweenHas(st.first, st.last, "visiting") || a.betweenHas(st.first, st.last, "delegation") {
			continue
		}
		other := false
		for _, o := range a.leaders {
			other = other || o.country != "" && o.country != c && a.namedIn(o, s)
		}
		if other {
			continue
		}
		for _, l := range ms {
			if l.country != "" || l.head || envoyTitle(l.title) || a.formerOfficial(l) || l.untitled || !a.namedIn(l, s) || a.unsafeGuess(l, c) {
				continue
			}
			l.country = c
			note(l, "the officials the government's own release lists")
		}
	}
}

// namedAt reports whether a name of l (in full or by surname) starts at
// token i.
func (a *entityStage) namedAt(l *leader, i int) bool {
	return a.namedWithin(l, i, i)
}

// namedWithin reports whether a name of l starts at a token from i to j.
func (a *entityStage) namedWithin(l *leader, i, j int) bool {
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			if sp[0] >= i && sp[0] <= j {
				return true
			}
		}
	}
	return false
}

// tripOnly reports whether tokens [i, j) tell of a trip ("will be in
// Japan on a visit") and of no meeting ("met", "talks").
func (a *entityStage) tripOnly(i, j int) bool {
	trip := false
	for k := i; k < j; k++ {
		n := a.toks[k].norm
		switch {
		case visitVerbs[n] || n == "trip" || n == "travel" || n == "travels" || n == "travelled" || n == "traveled":
			trip = true
		case n == "met" || n == "meet" || n == "meets" || n == "meeting" || n == "talks" || n == "received" || n == "hosted" || n == "welcomed":
			return false
		}
	}
	return trip
}

// accompanies reports whether a word of accompanying ("accompanied",
// "travelling", "entourage") stands in sentence s before token i: the one
// named at i comes with someone, whom he does not meet.
func (a *entityStage) accompanies(s, i int) bool {
	for k := a.sents[s].first; k < i; k++ {
		switch n := a.toks[k].norm; {
		case n == "together" && a.tok(k+1).norm == "with" && a.tripOnly(a.sents[s].first, k):
			return true // "X will be in Japan on a visit, together with minister Y": Y travels with X
		case n == "delegation" || n == "together":
			// (a delegation received, "together with", are of either side)
		case companionCues[n]:
			return true
		}
	}
	return false
}
