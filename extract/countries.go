package extract

import (
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// countryMention is a reference to a country by name, adjective, combining
// form or capital (tokens [i, j)).
type countryMention struct {
	i, j int
	code string
	adj  bool // an adjective or combining form (Kazakh, Sino-)
}

// locatives are words after which a capital names a place, not a government.
// (data/words-mentions.tsv)
var locatives = wordSet("locatives")

// scanGazetteer finds countries, capitals, cities and known organizations.
func (a *mentionStage) scanGazetteer() {
	g := a.x.gaz
	var buf []byte
	for i := 0; i < len(a.toks); {
		var m match
		m, buf = g.lookup(a.toks, i, buf)
		if m.j == 0 {
			i++
			continue
		}
		e := pickEntry(m.entries)
		switch e.kind {
		case entCountry, entAdjective:
			if a.notCountry(m, e) {
				break
			}
			a.addCountry(m.i, m.j, g.countries[e.id].code, e.kind == entAdjective)
		case entPrefix:
			if n := a.tok(m.j + 1); m.j < len(a.toks) && a.toks[m.j].text == "-" && !a.toks[m.j].space && !(n.upper && regionAfterPrefix[n.norm]) {
				a.addCountry(m.i, m.j, g.countries[e.id].code, true)
			}
		case entOrg:
			o := g.orgs[e.id]
			if n := a.tok(m.j); m.j < len(a.toks) && n.upper && n.kind == tokWord && documentWords[n.norm] {
				break // "the UN Charter", "the United Nations Climate Summit": a text or an occasion named after the body
			}
			if st := a.organBefore(m.i); st < m.i {
				// "the Council of Heads of Government of the CIS": the organ, not the body
				name := a.surface(st, a.organRun(st)) + " of the " + o.name
				a.addOrg(st, m.j, name, "")
				a.orgInfo["org:"+Slug(name)].organ = true
				break
			}
			if e := a.organAfter(m.j); e > m.j {
				// "the SADC Secretariat", "the SCO Council of Foreign Ministers"
				name := o.name + " " + a.surface(m.j, e)
				a.addOrg(m.i, e, name, "")
				a.orgInfo["org:"+Slug(name)].organ = true
				i = e
				continue
			}
			a.addOrg(m.i, m.j, o.name, o.acronym)
		case entCapital, entCity:
			if a.gluedHyphen(m.i, m.j) || a.namedCompound(m.i, m.j) || a.nameAfterTitle(m.i) || m.j == m.i+1 && a.surnameElsewhere(m.i) {
				break // "Nur" in "Nur-Sultan": a part of another name; "Ramos" in "Jose Ramos-Horta", "Hue" in "Chairman Vuong Dinh Hue": of a person's
			}
			a.cityOrGovernment(m, g.cities[e.id])
		}
		i = m.j
	}
}

// congoSides gives "Congo" and "Congolese", which the data reads as one
// of the two Congos, the Congo the text places itself in when it names one
// side only: Brazzaville (or "Congo-Brazzaville") for the Republic of the
// Congo, Kinshasa, "DRC" or "Democratic Republic" for the other ("Oyo,
// 400 km north of the Congolese capital, Brazzaville").
func (a *mentionStage) congoSides() {
	cog, cod := false, false
	for k, t := range a.toks {
		switch t.norm {
		case "brazzaville":
			cog = true
		case "kinshasa", "drc":
			cod = true
		case "democratic":
			cod = cod || a.tok(k+1).norm == "republic"
		}
	}
	code := ""
	switch {
	case cog && !cod:
		code = "COG"
	case cod && !cog:
		code = "COD"
	default:
		return
	}
	changed := false
	for n := range a.countries {
		c := &a.countries[n]
		if c.code == code || c.code != "COD" && c.code != "COG" || c.j != c.i+1 {
			continue
		}
		if w := a.toks[c.i].norm; w != "congo" && w != "congolese" || a.tok(c.i-1).text == "-" {
			continue // "DR Congo", "Congo-Kinshasa": named whole
		}
		for m := range a.named {
			if nm := &a.named[m]; nm.i == c.i && nm.j == c.j && nm.key == "country:"+c.code {
				nm.key = "country:" + code
			}
		}
		c.code, changed = code, true
	}
	if changed {
		a.reindexCountries()
	}
}

// surnameInApposition reports whether the country's name at m is a
// person's surname: after a capitalised word of no gazetteer name and
// before a title in apposition ("Siniša Mali, Minister of Finance").
func (a *mentionStage) surnameInApposition(m match) bool {
	p := a.tok(m.i - 1)
	if m.i == 0 || p.kind != tokWord || !p.upper || a.sentenceStart(m.i-1) || a.tok(m.j).text != "," {
		return false
	}
	if g, _ := a.x.gaz.lookup(a.toks, m.i-1, nil); g.j > 0 {
		return false
	}
	if _, _, ok := a.titleAt(m.i - 1); ok {
		return false // "President Mali": hardly, but a title is no first name
	}
	k := m.j + 1
	if a.tok(k).norm == "the" {
		k++
	}
	_, _, ok := a.titleAt(k)
	return ok
}

// givenNameOfCountry reports whether the country's one-word name at m is
// the given name of a person, a capitalised word of no gazetteer name and
// no title after it in the same sentence: a title right before it opens
// the name ("Prime Minister Georgia Meloni"), or the two words are, a
// letter or two apart, the name of an office-holder of the register
// ("Georgia Meloni went to Tripoli"); not "President Georgia" nor
// "Foreign Minister Jordan Embassy".
func (a *mentionStage) givenNameOfCountry(m match) bool {
	n := a.tok(m.j)
	if m.j != m.i+1 || m.j >= len(a.toks) || n.kind != tokWord || !n.upper || n.newline || !n.space || a.sentenceStart(m.j) {
		return false
	}
	if g, _ := a.x.gaz.lookup(a.toks, m.j, nil); g.j > 0 {
		return false
	}
	if _, _, ok := a.titleAt(m.j); ok {
		return false
	}
	for b := m.i - 1; b >= 0 && b >= m.i-4; b-- {
		if e, _, ok := a.titleAt(b); ok && e == m.i {
			return true
		}
	}
	return a.x.officials != nil && a.x.officials.country(a.surface(m.i, m.j+1), a.ref) != "" // the register's "Giorgia Meloni", misspelt
}

// documentWords after a known body's name make the whole the name of a
// text or an occasion, not the body: "the UN Charter", "the United Nations
// Climate Summit". (data/words-mentions.tsv)
var documentWords = wordSet("documentWords")

// gluedHyphen reports whether tokens [i, j) are joined by a hyphen
// without spaces to a word before or after them that is no name of the
// gazetteer: "Nur" in "Nur-Sultan", not "Mumbai" in "Mumbai-Ahmedabad".
func (a *mentionStage) gluedHyphen(i, j int) bool {
	known := func(k int) bool {
		m, _ := a.x.gaz.lookup(a.toks, k, nil)
		return m.j > 0
	}
	if n := a.tok(j); j+1 < len(a.toks) && n.text == "-" && !n.space && !a.toks[j+1].space && a.toks[j+1].kind == tokWord && !known(j+1) {
		return true
	}
	p := a.tok(i - 1)
	return i > 1 && p.text == "-" && !p.space && !a.toks[i].space && a.toks[i-2].kind == tokWord && !known(i-2)
}

// nameAfterTitle reports whether the city name at token i is a part of a
// person's name that a title opens: the title right before it, or before
// up to two capitalised words of no gazetteer name, a name particle
// between them free ("Chairman Hue", "spokesperson Mao Ning", "Chairman
// Vuong Dinh Hue", "President Marcelo Rebelo de Sousa").
func (a *mentionStage) nameAfterTitle(i int) bool {
	k := i
	for n := 0; n <= 2 && k > 0; n++ {
		for b := k - 1; b >= 0 && b >= k-4; b-- {
			if e, _, ok := a.titleAt(b); ok && e == k {
				return true
			}
		}
		p := a.toks[k-1]
		if p.kind == tokWord && !p.upper && nameParticles[p.norm] && k > 1 && a.toks[k-2].upper {
			k-- // "President Marcelo Rebelo de Sousa": a particle inside the name
			p = a.toks[k-1]
		}
		if p.kind != tokWord || !p.upper || p.newline {
			return false
		}
		if m, _ := a.x.gaz.lookup(a.toks, k-1, nil); m.j > 0 {
			return false
		}
		k--
	}
	return false
}

// surnameElsewhere reports whether the one-word city name at token i is,
// at another place in the text, the last word of a person's name that a
// title opens, with a capitalised word before it, or of a name of three
// words in apposition: "spokesperson Mao Ning ... Mao said", "the
// ambassador, Bernardo Futscher Pereira ... according to Pereira" (not
// "the Mayor of Hue ... in Hue").
func (a *mentionStage) surnameElsewhere(i int) bool {
	if a.upperAt == nil {
		// (an index, so that a long text is not read again for each of
		// its city names)
		a.upperAt = map[string][]int{}
		for k, t := range a.toks {
			if t.upper {
				a.upperAt[t.norm] = append(a.upperAt[t.norm], k)
			}
		}
	}
	for _, k := range a.upperAt[a.toks[i].norm] {
		if k == i {
			continue
		}
		if p := a.tok(k - 1); k > 0 && p.kind == tokWord && (p.upper || nameParticles[p.norm]) && a.nameAfterTitle(k) {
			return true
		}
		if n := a.tok(k + 1); k+1 < len(a.toks) && n.kind == tokWord && n.upper && !n.newline && a.nameAfterTitle(k) {
			return true // "spokesperson Mao Ning": the first word of the name
		}
		if k >= 3 && a.tok(k-3).text == "," && a.givenNameAt(k-2) && a.givenNameAt(k-1) && !a.sentenceStart(k-2) {
			if m, _ := a.x.gaz.lookup(a.toks, k-2, nil); m.j == 0 {
				if m, _ := a.x.gaz.lookup(a.toks, k-1, nil); m.j == 0 {
					return true // "the Ambassador to Morocco, Bernardo Futscher Pereira": a name in apposition
				}
			}
		}
	}
	return false
}

// namedCompound reports whether tokens [i, j) are a part of words joined
// by hyphens without spaces that follow a capitalised word of no gazetteer
// name, a first name or a title: "Ramos" and "Horta" in "Jose Ramos-Horta",
// "President Ramos-Horta"; not "the Mumbai-Ahmedabad railway".
func (a *mentionStage) namedCompound(i, j int) bool {
	glued := func(k int) bool { // token k is a hyphen joining two words
		t := a.tok(k)
		return k > 0 && k+1 < len(a.toks) && t.text == "-" && !t.space && !a.toks[k+1].space && a.toks[k-1].kind == tokWord && a.toks[k+1].kind == tokWord
	}
	s, e := i, j
	for glued(s - 1) {
		s -= 2
	}
	for glued(e) {
		e += 2
	}
	if s == i && e == j {
		return false // no compound
	}
	afterName := func(s int) bool { // a capitalised word of no gazetteer name before s
		p := a.tok(s - 1)
		if s == 0 || p.kind != tokWord || !p.upper || a.sentenceStart(s-1) {
			return false
		}
		m, _ := a.x.gaz.lookup(a.toks, s-1, nil)
		return m.j == 0
	}
	if afterName(s) {
		return true
	}
	// the same compound elsewhere after a name: "Jose Ramos-Horta ...
	// Ramos-Horta said"
	n := e - s
	for k := 0; k+n <= len(a.toks); k++ {
		if k == s || a.toks[k].norm != a.toks[s].norm {
			continue
		}
		same := true
		for d := 1; d < n && same; d++ {
			same = a.toks[k+d].norm == a.toks[s+d].norm
		}
		if same && !glued(k-1) && !glued(k+n) && afterName(k) {
			return true
		}
	}
	return false
}

// languageCompounds after an adjective and a hyphen make it a language's
// name: "Spanish-speaking", "French-language" (data/words-mentions.tsv).
var languageCompounds = wordSet("languageCompounds")

// currencyNames, regionWords, regionalAdjectives, waterNames and
// regionAfterPrefix: see data/words-mentions.tsv.
var (
	currencyNames      = wordSet("currencyNames")
	regionWords        = wordSet("regionWords")
	regionalAdjectives = wordSet("regionalAdjectives")
	waterNames         = wordSet("waterNames")
	regionAfterPrefix  = wordSet("regionAfterPrefix")
)

// notCountry reports whether a country's name or adjective at m does not
// mention the country: it names a currency ("US$", "US dollars", "Turkish
// lira"), a sea ("the Indian Ocean") or a region ("Latin American", "the
// Central African country").
func (a *mentionStage) notCountry(m match, e entry) bool {
	if n := a.tok(m.j); currencyNames[n.norm] && (n.text != "$" || !n.space) {
		return true
	}
	if n := a.tok(m.j); n.upper && waterNames[n.norm] {
		return true // "the Indian Ocean", "the Philippine Sea"
	}
	if w := a.tok(m.i - 2); m.i >= 2 && a.tok(m.i-1).norm == "of" && w.upper && waterNames[w.norm] {
		return true // "the Gulf of Guinea", "the Bay of Bengal": the water, not the country
	}
	if e.kind == entCountry {
		// a region named after a compass word: "South America", "Northern
		// Ireland", "Latin America" (a country whose own name starts with
		// the word, "South Africa", is matched whole)
		p := a.tok(m.i - 1)
		if m.i > 0 && p.kind == tokWord && p.upper && regionWords[p.norm] {
			return true
		}
		return a.surnameInApposition(m) || a.givenNameOfCountry(m)
	}
	if e.kind != entAdjective {
		return false
	}
	if h := a.tok(m.j); h.text == "-" && !h.space && languageCompounds[a.tok(m.j+1).norm] {
		return true // "Spanish-speaking reporters", "a French-language daily": a language, not the country
	}
	if p := a.tok(m.i - 1); m.i > 0 && p.kind == tokWord && p.upper && regionWords[p.norm] && !a.sentenceStart(m.i-1) || p.text == "-" && !p.space && regionWords[a.tok(m.i-2).norm] {
		return true
	}
	var b strings.Builder
	for k := m.i; k < m.j; k++ {
		if k > m.i {
			b.WriteByte(' ')
		}
		b.WriteString(a.toks[k].norm)
	}
	if regionalAdjectives[b.String()] {
		next := a.tok(m.j).norm
		return next != "republic"
	}
	return false
}

// pickEntry chooses the meaning of an ambiguous phrase. An acronym
// the data spells in capitals, matched as printed, comes first: the text
// holds it in capitals, so "GUAM countries" are the organization's, not
// the island's (whose name matches in any case). Then a country, its
// adjective, an organization, a capital, a city, a combining form.
func pickEntry(es []entry) entry {
	for _, e := range es {
		if e.caps && e.kind == entOrg {
			return e
		}
	}
	best := es[0]
	rank := func(k entryKind) int {
		switch k {
		case entCountry:
			return 0
		case entAdjective:
			return 1
		case entOrg:
			return 2
		case entCapital:
			return 3
		case entPrefix:
			return 5
		}
		return 4
	}
	for _, e := range es[1:] {
		if rank(e.kind) < rank(best.kind) {
			best = e
		}
	}
	return best
}

// addCountry records a country mention.
func (a *mentionStage) addCountry(i, j int, code string, adj bool) {
	a.named = append(a.named, named{graph.TypeCountry, "country:" + code, i, j})
	a.countries = append(a.countries, countryMention{i: i, j: j, code: code, adj: adj})
	if n := len(a.countries); n > 1 && a.countries[n-2].i > i {
		a.reindexCountries() // kept in text order
		return
	}
	a.indexCountry(len(a.countries) - 1)
}

// cityOrGovernment decides whether a city name at m is a place. A capital
// that stands for its government ("Beijing and Astana agreed", "Washington
// said", "Ankara's position") is a mention of its country instead (issue
// 3); a capital as a place ("talks in Beijing") is a Location.
// A smaller city needs a locative ("in Kilifi"), a coordination with a
// place, or a place in a dashed name ("Isfana–Khujand road").
func (a *mentionStage) cityOrGovernment(m match, c cityInfo) {
	prev := ""
	if m.i > 0 {
		prev = a.tok(m.i - 1).norm
	}
	dashed := m.i > 0 && isDash(*a.tok(m.i - 1)) && !a.tok(m.i-1).space && !a.toks[m.i].space
	if dashed && a.tok(m.i-1).text == "-" && m.i > 1 && a.tok(m.i-2).upper && !a.placeEndsAt(m.i-1) && !a.isCountryToken(m.i-2) {
		return // a hyphenated name: "Laurent Saint-Martin"
	}
	if m.j < len(a.toks) {
		nt := a.toks[m.j]
		if isDash(nt) && !nt.space && m.j+1 < len(a.toks) && !a.tok(m.j+1).space {
			dashed = true
		} else if _, title := titles[nt.norm]; nt.kind == tokWord && nt.upper && !a.sentenceStart(m.j) && !honorifics[nt.norm] && !title && !dateWord(nt.norm) {
			return // part of a longer name: "Beijing Daily"; not "arrived in Astana Wednesday"
		}
	}
	if notNames[a.toks[m.i].norm] && m.j == m.i+1 {
		return // "in March"
	}
	if notPlaceNames[strings.ToLower(c.name)] {
		return // "(KUNA) --", "Independence": another thing named like a town
	}
	if !c.capital && c.population < 1000000 && multinational[a.tok(m.j-1).norm] {
		return // a small town named like a region: "in Asia"
	}
	if c.capital && !dashed && (!locatives[prev] || a.subjectOfChange(m.i, m.j)) && a.governmentUse(m.i, m.j) {
		a.addCountry(m.i, m.j, c.country, false)
		return
	}
	if !dashed && m.i > 0 && a.tok(m.i-1).kind == tokWord && a.tok(m.i-1).upper && !a.sentenceStart(m.i-1) && !locatives[prev] {
		return // inside a longer name
	}
	coordinated := (prev == "and" || prev == "," || prev == "or") && a.placeEndsAt(m.i-1)
	if !c.capital && c.population < 1000000 && !locatives[prev] && !dashed && !coordinated && prev != "including" && prev != "city" {
		return
	}
	if n := a.tok(m.j); n.text == "," && a.tok(m.j+1).text == "D.C." {
		a.addPlace(m.i, m.j+2, c.name+", D.C.", c.country, "city") // "Washington, D.C."
		return
	}
	a.addPlace(m.i, m.j, c.name, c.country, "city")
	if !c.capital && c.population < smallTown {
		a.placeInfo["place:"+Slug(c.name)].small = true
	}
}

// smallTown is the population under which a town whose country the text
// never names may be another place of that name ("Goa" is a town of the
// Philippines and a state of India): its country is left unknown.
const smallTown = 50000

// isDash reports whether t is a hyphen or dash.
func isDash(t token) bool { return t.text == "-" || t.text == "–" || t.text == "—" }

// placeEndsAt reports whether a place mention ends just before token i.
func (a *mentionStage) placeEndsAt(i int) bool {
	if i <= 0 {
		return false
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(i - 1)) {
		if p.j == i {
			return true
		}
	}
	return false
}

// dropNameOnlyCountries forgets countries named only inside the name of an
// organization or project ("South Sudan" in "Lamu Port–South
// Sudan–Ethiopia Transport Corridor"): the contract lists them only when
// the article mentions them in their own right. A leader's country stands
// wherever it is named.
func (a *entityStage) dropNameOnlyCountries() {
	// for each token, the name (organization or project) that covers it
	// and reaches furthest, the earliest-starting on a tie
	end := make([]int32, len(a.toks))
	start := make([]int32, len(a.toks))
	cover := func(i, j int) {
		for k := i; k < j && k < len(end); k++ {
			if int32(j) > end[k] || int32(j) == end[k] && int32(i) < start[k] {
				end[k], start[k] = int32(j), int32(i)
			}
		}
	}
	for _, o := range a.orgs {
		cover(o.i, o.j)
	}
	for _, p := range a.projects {
		cover(p.i, p.j)
	}
	inside := func(c countryMention) bool {
		e, s := int(end[c.i]), int(start[c.i])
		return e >= c.j && e-s > c.j-c.i
	}
	free := map[string]bool{}
	for _, c := range a.countries {
		if !inside(c) {
			free[c.code] = true
		}
	}
	for _, l := range a.leaders {
		free[l.country] = true
	}
	kept := a.countries[:0]
	for _, c := range a.countries {
		if free[c.code] {
			kept = append(kept, c)
		}
	}
	a.countries = kept
	a.reindexCountries()
}

// governmentVerbs follow a capital that stands for its government
// ("Washington said", "Moscow expects"). Forms of "be" and "have" are left
// out: "Astana is the capital", "Tashkent has grown".
// (data/words-mentions.tsv)
var governmentVerbs = wordSet("governmentVerbs")

// governmentNouns follow a capital's possessive that stands for its
// government ("Beijing's position", "Ankara's readiness").
// (data/words-mentions.tsv)
var governmentNouns = wordSet("governmentNouns")

// governmentUse reports whether the capital at [i, j) is the subject of a
// government's verb, alone or coordinated with another country or capital
// ("Beijing and Astana agreed"), or the possessor of a government's stance.
func (a *mentionStage) governmentUse(i, j int) bool {
	if i > 0 && (a.tok(i-1).norm == "the" || a.tok(i-1).norm == "'s") {
		return false
	}
	k := j
	for n := 0; n < 2 && k+1 < len(a.toks) && (a.toks[k].norm == "and" || a.toks[k].text == ","); n++ {
		// "Beijing and Astana", "Moscow, Minsk and Astana"
		e := k + 1
		for e < len(a.toks) && e < k+4 && a.toks[e].kind == tokWord && a.toks[e].upper {
			e++
		}
		if e == k+1 {
			return false
		}
		k = e
	}
	if k >= len(a.toks) {
		return false
	}
	if a.toks[k].norm == "'s" {
		n := a.tok(k + 1)
		return k+1 < len(a.toks) && (governmentNouns[n.norm] || n.kind == tokWord && !n.upper && !cityNouns[n.norm] && !stopword[n.norm])
	}
	if p := a.tok(i - 1).norm; i > 0 && (p == "between" || p == "with" || p == "against" || p == "toward" || p == "towards") {
		return true // "strains between New Delhi and Washington", "ties with Beijing"
	}
	if i > 1 && a.tok(i-1).norm == "and" {
		q := i - 1
		for q > 0 && q > i-5 && a.toks[q-1].kind == tokWord && a.toks[q-1].upper {
			q--
		}
		if q < i-1 && a.tok(q-1).norm == "between" {
			return true // the second of "between New Delhi and Washington"
		}
	}
	if a.subjectOfChange(i, k) {
		return true // "pushing for Kyiv to become a member": the subject of a change, not a trip's end ("left for Kyiv to hold talks")
	}
	return a.toks[k].kind == tokWord && governmentVerbs[a.toks[k].norm]
}

// subjectOfChange reports whether the capital (or capitals) from token i,
// followed by token j, is the subject of a change after "for": "for Kyiv
// to become a member".
func (a *mentionStage) subjectOfChange(i, j int) bool {
	return a.tok(i-1).norm == "for" && a.tok(j).norm == "to" && becomingVerbs[a.tok(j+1).norm]
}

// becomingVerbs after "for <capital> to" make the capital the government
// that changes: "for Kyiv to become a member", "for Minsk to join".
var becomingVerbs = map[string]bool{"become": true, "join": true, "accede": true, "be": true, "gain": true, "obtain": true, "receive": true}

// cityNouns after a capital's possessive are of the city, not of its
// government ("Tokyo's mayor", "Beijing's airport").
var cityNouns = map[string]bool{"mayor": true, "airport": true, "airports": true, "streets": true, "city": true, "centre": true, "center": true, "outskirts": true, "residents": true, "governor": true, "districts": true, "suburbs": true, "hotels": true, "old": true, "historic": true, "main": true, "international": true, "population": true, "people": true}
