package extract

import (
	"strings"
	"unicode"
)

// Recall rules for places named only by their context: a locative before
// an unknown capitalised name ("in Kestrovo"), the endpoints of a dashed
// project name ("Aldport–Kestrovo pipeline") and a gazetteer city that
// opens a project's name ("Aldport port").

// placeFollowers may follow a place introduced by a locative.
// (data/words-mentions.tsv)
var placeFollowers = wordSet("placeFollowers")

// multinational ends names of areas that are not Locations: regions
// spanning several countries, seas, rivers and straits.
// (data/words-mentions.tsv)
var multinational = wordSet("multinational")

// venueWords end the names of buildings and venues, which are not Locations.
// (data/words-mentions.tsv)
var venueWords = wordSet("venueWords")

// motionWords make "to" a locative: "flew to X", "deployed a team to X".
// (data/words-mentions.tsv)
var motionWords = wordSet("motionWords")

// motionBefore reports whether a motion word stands within five tokens
// before i in the same sentence.
func (a *tokenStage) motionBefore(i int) bool {
	s := a.sentenceOf(i)
	for k := i - 1; k >= 0 && k >= i-5 && a.sentenceOf(k) == s; k-- {
		if motionWords[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// joinedCity finds a gazetteer city written as several words, "Ha Noi".
func (a *mentionStage) joinedCity(i, j int) (cityInfo, bool) {
	if j-i < 2 {
		return cityInfo{}, false
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		b.WriteString(a.toks[k].norm)
	}
	for _, e := range a.x.gaz.phrases[b.String()] {
		if e.kind == entCity || e.kind == entCapital {
			return a.x.gaz.cities[e.id], true
		}
	}
	return cityInfo{}, false
}

// siteHeads are projects named after the place where they stand.
// (data/words-mentions.tsv)
var siteHeads = wordSet("siteHeads")

// languageNames are no places after a locative: "issued in Arabic"
// (data/words-mentions.tsv).
var languageNames = wordSet("languageNames")

// strongLocatives introduce a place more reliably than "to" or "for".
// (data/words-mentions.tsv)
var strongLocatives = wordSet("strongLocatives")

// fieldHeads before "in" name a field, not a place (data/words-mentions.tsv).
var fieldHeads = wordSet("fieldHeads")

// scanContextPlaces runs after names of people, organizations and projects
// are claimed, so that what is left after a locative is a place.
func (a *mentionStage) scanContextPlaces() {
	for _, p := range a.projects {
		a.projectPlaces(p)
	}
	for i := 1; i+1 < len(a.toks); i++ {
		if !strongLocatives[a.toks[i].norm] || a.toks[i].upper || a.toks[i].norm == "to" && !a.motionBefore(i) {
			continue
		}
		if a.toks[i].norm == "in" && fieldHeads[a.toks[i-1].norm] {
			continue // "cooperation in Green Hydrogen": a field (a known place was found before)
		}
		if a.toks[i].norm == "including" && !a.placesListedBefore(i) && a.placeStartsAt(i+1) == i+1 {
			continue // "American investments in Greece, including Pfizer and Microsoft": companies, no places (but "including Mombasa and Tarvik")
		}
		k := i + 1
		led := false // a known place leads the list
		for {
			e := a.unknownPlaceRun(k)
			if e == k {
				// a known place may lead the list: "in Aldport and Kestrovo"
				if pe := a.placeStartsAt(k); pe > k && pe+1 < len(a.toks) && (a.toks[pe].norm == "and" || a.toks[pe].norm == "or") {
					k, led = pe+1, true
					continue
				}
				break
			}
			if a.outletName(a.surface(k, e)) {
				break // "Published in Aldar on …": the outlet of the header
			}
			if c, ok := a.joinedCity(k, e); ok {
				a.addPlace(k, e, c.name, c.country, "city") // "Ha Noi" is Hanoi
			} else if a.toks[i].norm == "between" && !led && !a.knownPartner(e) {
				break // "cooperation between Pertamina and Petronas": parties, not places
			} else {
				a.addPlace(k, e, a.surface(k, e), a.countryNear(k), "region")
			}
			// coordination: "in Aldport and Kestrovo"
			if e+1 < len(a.toks) && (a.toks[e].norm == "and" || a.toks[e].norm == "or") {
				k = e + 1
				continue
			}
			break
		}
	}
}

// placesListedBefore reports whether "including" at token i lists
// places by the noun before it: a plural noun of places stands among the
// three tokens before it ("several cities, including X and Y"). (A list
// led by a known place lists places too.)
func (a *mentionStage) placesListedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if placePlurals[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// placePlurals name places in the plural: "cities, including X".
// (data/words-mentions.tsv)
var placePlurals = wordSet("placePlurals")

// knownPartner reports whether a known place follows "and" or "or" at
// token e: "between Ulmbara and Mombasa" joins places, "between Pertamina
// and Petronas" may join any two parties.
func (a *mentionStage) knownPartner(e int) bool {
	if e+1 >= len(a.toks) || a.toks[e].norm != "and" && a.toks[e].norm != "or" {
		return false
	}
	return a.placeStartsAt(e+1) > e+1
}

// unknownPlaceRun returns the end of a capitalised run of up to three
// unclaimed words at k that a place may be, or k.
func (a *mentionStage) unknownPlaceRun(k int) int {
	if k >= len(a.toks) || a.sentenceStart(k) {
		return k
	}
	e := k
	for e < len(a.toks) && e-k < 3 {
		t := a.toks[e]
		if t.kind != tokWord || !t.upper || t.caps || a.claimed[e] || stopword[t.norm] || notNames[t.norm] || (e > k && t.newline) || a.isCountryToken(e) {
			break
		}
		if strings.IndexFunc(t.text, unicode.IsDigit) >= 0 {
			return k // "in H1 2015": a period, no place
		}
		if _, title := titles[t.norm]; title || languageNames[t.norm] {
			return k // (nor a language: "a report issued in Arabic")
		}
		e++
	}
	if e == k {
		return k
	}
	if multinational[a.tok(e-1).norm] || venueWords[a.tok(e-1).norm] {
		return k
	}
	if _, ok := sectorWords[a.tok(e-1).norm]; ok {
		return k // "programmes in Agriculture and Culture"
	}
	if e < len(a.toks) {
		n := a.toks[e]
		if n.kind == tokWord && !placeFollowers[n.norm] || n.norm == "'s" || n.text == "’" || n.text == "'" || n.text == "(" || isDash(n) && !n.space {
			return k
		}
		if a.titleInApposition(e) {
			return k // "a statement from X Y, the Senior Special Assistant to ...": a person
		}
		if n.kind == tokNumber && len(n.text) == 4 && (strings.HasPrefix(n.text, "19") || strings.HasPrefix(n.text, "20")) {
			return k // "a visit to World Expo 2025": an occasion named with its year
		}
	}
	return e
}

// titleInApposition reports whether a comma at token e opens a title in
// apposition: ", the Acting Director of ...", ", Minister of ...".
func (a *mentionStage) titleInApposition(e int) bool {
	if a.tok(e).text != "," {
		return false
	}
	k := e + 1
	if a.tok(k).norm == "the" {
		k++
	}
	k = a.officeStart(k)
	if _, _, ok := a.titleAt(k); ok {
		return true
	}
	// an office not listed as a title: capitalised words, then "of",
	// "to" or "for" ("the Acting Director of Presidential
	// Communications", "the Senior Special Assistant to the President")
	end := k
	for end < len(a.toks) && end < k+4 && a.toks[end].kind == tokWord && a.toks[end].upper && !a.isCountryToken(end) {
		end++
	}
	n := a.tok(end).norm
	return end > k && (n == "of" || n == "to" || n == "for") && officeWords[a.toks[end-1].norm]
}

// officeWords end the name of an office not listed among the titles:
// "Director", "Special Assistant", "Adviser". (data/words-titles.tsv)
var officeWords = wordSet("officeWords")

// officeStart returns the token after the qualifiers of time or
// office that open a title at token k ("the Acting Director", "the former
// Minister"), or k.
func (a *mentionStage) officeStart(k int) int {
	for k < len(a.toks) && (timeQualifiers[a.toks[k].norm] || a.toks[k].norm == "acting" || a.toks[k].norm == "senior") {
		k++
	}
	return k
}

// projectPlaces adds the places inside a project's name: a gazetteer city
// that opens it, and the single-word endpoints of a dashed pair of which
// the other end is a known place.
func (a *mentionStage) projectPlaces(p *project) {
	add := func(i, j int, name, country string) {
		for _, q := range a.placesTouching(i, j) {
			if q.i < j && i < q.j {
				return
			}
		}
		a.addPlace(i, j, name, country, "city")
	}
	var buf []byte
	known := func(k int) (cityInfo, int, bool) {
		var m match
		m, buf = a.x.gaz.lookup(a.toks, k, buf)
		if m.j == 0 || m.j > p.j {
			return cityInfo{}, 0, false
		}
		e := pickEntry(m.entries)
		if e.kind != entCity && e.kind != entCapital {
			return cityInfo{}, 0, false
		}
		return a.x.gaz.cities[e.id], m.j, true
	}
	if c, j, ok := known(p.i); ok && !a.isCountryToken(p.i) && j < p.j && a.opensName(j) {
		add(p.i, j, c.name, c.country)
	}
	// "the Aldport nuclear plant": a plant or port takes its site's name
	if p.j-p.i >= 2 && siteHeads[a.tok(p.j-1).norm] && a.toks[p.i].kind == tokWord && a.toks[p.i].upper &&
		!a.tok(p.i+1).upper && !a.isCountryToken(p.i) && !anyClaimedOrg(a, p.i, p.i+1) && !a.sentenceStart(p.i) {
		add(p.i, p.i+1, a.toks[p.i].text, a.countryNear(p.i))
	}
	for d := p.i + 1; d+1 < p.j; d++ {
		t := a.toks[d]
		if t.text != "–" && t.text != "-" || t.space || a.tok(d+1).space {
			continue
		}
		l, r := d-1, d+1
		lc, _, lok := known(l)
		rc, rj, rok := known(r)
		single := func(k int) bool {
			return a.toks[k].kind == tokWord && a.toks[k].upper && !a.isCountryToken(k) &&
				(k == p.i || !a.tok(k-1).upper || isDash(*a.tok(k - 1))) &&
				(k+1 >= p.j || !a.tok(k+1).upper)
		}
		switch {
		case lok && !rok && single(r) && r+1 < p.j:
			add(r, r+1, a.toks[r].text, "")
		case rok && !lok && single(l) && (l == p.i || isDash(*a.tok(l - 1))):
			add(l, l+1, a.toks[l].text, "")
		case lok && rok:
			add(l, l+1, lc.name, lc.country)
			add(r, rj, rc.name, rc.country)
		}
	}
}

// opensName reports whether token j, after a city at the start of a
// project name, leaves the city a place of its own: a dash, a lower-case
// word or a project head ("Aldport port", "Aldport Port–…", not "Aldport
// Dome programme").
func (a *mentionStage) opensName(j int) bool {
	t := a.toks[j]
	if isDash(t) && !t.space || !t.upper {
		return true
	}
	_, head := projectHeads[t.norm]
	return head
}

// companyHeads end company names that orgHeads would not: "Kosmos
// Energy", "Aldco Shipping", "XYZ Gas", "Aldco Ltd".
// (data/words-mentions.tsv)
var companyHeads = wordSet("companyHeads")

// companyVerbs introduce the company that builds or runs something:
// "operated by", "majority owner".
// (data/words-mentions.tsv)
var companyVerbs = wordSet("companyVerbs")

// scanCompanies finds companies named with a company head ("Kosmos
// Energy") and acronyms introduced as builder or owner ("operated by
// XYZ", "majority owner XYZ").
func (a *mentionStage) scanCompanies() {
	for h := 1; h < len(a.toks); h++ {
		t := a.toks[h]
		if t.kind != tokWord || !t.upper || !companyHeads[t.norm] || a.claimed[h] || !a.tok(h-1).space && a.tok(h-1).kind != tokWord {
			continue
		}
		if h+1 < len(a.toks) && a.tok(h+1).kind == tokWord && a.tok(h+1).upper && !a.sentenceStart(h+1) {
			continue // the name goes on: "… Energy Corporation"
		}
		k := h
		for k > 0 && h-k < 3 {
			p := a.tok(k - 1)
			if p.kind != tokWord || !p.upper || stopword[p.norm] || a.claimed[k-1] || a.isCountryToken(k-1) || p.newline && k-1 < h-1 {
				break
			}
			k--
		}
		if k == h || a.sentenceStart(k) && h-k == 1 || k > 0 && a.tok(k-1).norm == "of" || a.nationalBody(k, h+1) {
			continue
		}
		a.addOrg(k, h+1, a.surface(k, h+1), "")
	}
	for i := 1; i+1 < len(a.toks); i++ {
		v := a.toks[i].norm
		k := i + 1
		if v == "by" && i > 1 && a.tok(i-1).kind == tokWord {
			v = a.tok(i - 1).norm
		}
		if !companyVerbs[v] {
			continue
		}
		for k < len(a.toks) {
			t := a.toks[k]
			if !t.caps || t.kind != tokWord || a.claimed[k] || a.isCountryToken(k) || k+1 < len(a.toks) && a.tok(k+1).kind == tokWord && a.tok(k+1).upper {
				break
			}
			a.addOrg(k, k+1, t.text, t.text)
			if k+2 < len(a.toks) && a.tok(k+1).norm == "and" {
				k += 2
				continue
			}
			break
		}
	}
}

// companyNouns: see data/words-mentions.tsv.
var companyNouns = wordSet("companyNouns")

// scanCompanyNames finds companies named beside a company noun: a list
// after it ("industries like WEG, Suzano and Randon", "state-run oil
// company ENAP", "energy companies: X, Y and Z") or a name in apposition before it ("Petrobras, Brazil's
// state oil company").
func (a *mentionStage) scanCompanyNames() {
	for i := 1; i+1 < len(a.toks); i++ {
		t := a.toks[i]
		if t.kind != tokWord || t.upper || !companyNouns[t.norm] {
			continue
		}
		// a list after the noun
		k := i + 1
		switch {
		case a.tok(k).norm == "like" || a.tok(k).norm == "including" || a.tok(k).text == ":":
			k++ // "… engineering companies: X, Y and Z"
		case a.tok(k).norm == "such" && a.tok(k+1).norm == "as":
			k += 2
		}
		for n := 0; n < 8; n++ {
			e := a.companyNameAt(k)
			if e == k {
				break
			}
			a.addOrg(k, e, a.surface(k, e), a.acronymOf(k, e))
			if a.tok(e).text == "," && a.companyNameAt(e+1) > e+1 {
				k = e + 1
				continue
			}
			if a.tok(e).norm == "and" || a.tok(e).text == "," && a.tok(e+1).norm == "and" {
				k = e + 1
				if a.tok(k).norm == "and" {
					k++
				}
				continue
			}
			break
		}
		// a name in apposition before: "X, Brazil's state oil company"
		if b := a.appositionStart(i); b >= 0 {
			if e := a.companyNameAt(b); e > b && a.tok(e).text == "," || b == a.companyNameAt(b) && a.tok(b).upper && a.tok(b+1).text == "," && !a.claimed[b] && !stopword[a.tok(b).norm] {
				if e <= b {
					e = b + 1 // "Petrobras, Brazil's state oil company": a name opening its sentence
				}
				a.addOrg(b, e, a.surface(b, e), a.acronymOf(b, e))
			}
		}
	}
}

// companyNameAt returns the end of a company's name of up to three
// capitalised words at token k that no other name has taken, or k.
func (a *mentionStage) companyNameAt(k int) int {
	e := k
	for e < len(a.toks) && e < k+3 {
		t := a.toks[e]
		if t.kind != tokWord || !t.upper || a.claimed[e] || stopword[t.norm] || notNames[t.norm] || a.isCountryToken(e) || t.newline && e > k {
			break
		}
		if _, title := titles[t.norm]; title {
			break
		}
		e++
		if j := a.tok(e); (j.text == "+" || j.text == "&") && !j.space && e+1 < len(a.toks) && !a.toks[e+1].space && a.toks[e+1].upper {
			e++ // "En+Group", "AT&T": a sign inside the name
		}
	}
	if e > k && a.sentenceStart(k) && e == k+1 {
		return k
	}
	return e
}

// acronymOf returns the name in tokens [i, j) as an acronym when it is one.
func (a *mentionStage) acronymOf(i, j int) string {
	if j == i+1 && a.toks[i].caps {
		return a.toks[i].text
	}
	return ""
}

// appositionStart returns the first token of a name that a company noun
// at token i describes in apposition ("Petrobras, Brazil's state oil
// company"), or -1: a comma, then a country's possessive or adjective and
// lower-case words up to the noun.
func (a *mentionStage) appositionStart(i int) int {
	k := i - 1
	for k > 0 && i-k < 6 && a.toks[k].kind == tokWord && !a.toks[k].upper || k > 0 && a.toks[k].text == "-" {
		k--
	}
	if a.tok(k).norm == "'s" {
		k--
	}
	if c := a.countryMentionAt(k); c >= 0 {
		k = a.countries[c].i - 1
	} else {
		return -1
	}
	if a.tok(k).norm == "the" {
		k--
	}
	if a.tok(k).text != "," {
		return -1
	}
	b := k
	for b > 0 && k-b < 3 && a.tok(b-1).kind == tokWord && a.tok(b-1).upper && !a.claimed[b-1] && !a.isCountryToken(b-1) {
		b--
	}
	if b == k {
		return -1
	}
	return b
}

// otherActorBefore reports whether "by <Name>" stands between a
// support cue at i and the first mention of org after it: the support is
// for that country's bid, not for the organization.
func (a *mentionStage) otherActorBefore(i int, org string) bool {
	// the organization was found after i in i's sentence
	end := -1
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if o.key == org && o.i > i && (end < 0 || o.i < end) {
			end = o.i
		}
	}
	for k := i + 1; k+1 < end; k++ {
		if a.toks[k].norm == "by" && a.tok(k+1).upper && a.tok(k+1).kind == tokWord {
			return true
		}
	}
	return false
}

// placeStartsAt returns the end of a place mention starting at token k, or k.
func (a *mentionStage) placeStartsAt(k int) int {
	for _, p := range a.placesOfSentence(a.sentenceOf(k)) {
		if p.i == k {
			return p.j
		}
	}
	return k
}
