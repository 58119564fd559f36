package extract

import (
	"slices"
	"sort"
	"strings"
)

// contradicted reports whether the text places l in another country than
// c, the one a guess would give him: a sentence that names l after
// another leader (the one it tells of, who travels or meets) also names a
// place, a city or a country after "in" or "to", of another country that
// no leader of the text holds, that l is not said to travel to and that
// the text names as a country too (a city's name may be a town's of
// another country), while no sentence that names l names c or a city of
// c ("her first trip took her to Uganda, where she signed deals with
// President X": X is not of the country of the article's other visit). Such a guess is left undone: a missing country is
// better than a wrong one.
func (a *entityStage) contradicted(l *leader, c string) bool {
	held := map[string]bool{}
	for _, o := range a.leaders {
		if o != l && o.country != "" {
			held[o.country] = true
		}
	}
	// a city's country must be named too, or the city be its capital: a
	// town's name may be another country's town's as well
	named := map[string]bool{}
	for _, m := range a.countries {
		if !a.currencyMention(m) {
			named[m.code] = true
		}
	}
	away := a.destinations(l)
	seen := map[int]bool{}
	other, own := false, false
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			s := a.sentenceOf(sp[0])
			if seen[s] {
				continue
			}
			seen[s] = true
			after := a.namedAfterOther(l, s)
			note := func(d string, place bool) {
				switch {
				case d == "":
				case d == c:
					own = true
				case after && place && named[d] && !held[d] && !away[d]:
					other = true
				}
			}
			for _, m := range a.countriesOfSentence(s) {
				if !a.currencyMention(m) && !a.inRole(m.i) {
					p := a.tok(m.i - 1).norm
					note(m.code, !m.adj && (p == "in" || p == "to"))
				}
			}
			for _, p := range a.placesOfSentence(s) {
				if pi := a.placeInfo[p.key]; pi != nil {
					if pi.kind == "city" && a.x.capitalOf[pi.country] == pi.name {
						named[pi.country] = true // a capital is its country's
					}
					note(pi.country, true)
				}
			}
		}
	}
	return other && !own
}

// namedAfterOther reports whether sentence s names another leader (in
// full, by surname or by a personal pronoun) before its first mention of l.
func (a *entityStage) namedAfterOther(l *leader, s int) bool {
	first := func(x *leader) int {
		at := -1
		for _, spans := range [][][2]int{x.spans, x.surnames} {
			for _, sp := range spans {
				if a.sentenceOf(sp[0]) == s && (at < 0 || sp[0] < at) {
					at = sp[0]
				}
			}
		}
		return at
	}
	at := first(l)
	for k := a.sents[s].first; k < at; k++ {
		switch a.toks[k].norm {
		case "he", "she", "him", "her":
			return true // "her trip took her to X, where she met Y"
		}
	}
	for _, o := range a.leaders {
		if o != l {
			if k := first(o); k >= 0 && k < at {
				return true
			}
		}
	}
	return false
}

// sidelineWords place an encounter beside a gathering of many countries.
// (data/words-titles.tsv)
var sidelineWords = wordSet("sidelineWords")

// besideGathering reports whether sentence s places what it tells beside a
// gathering of many countries: "on the sidelines of the summit".
func (a *entityStage) besideGathering(s int) bool {
	st := a.sents[s]
	for k := st.first; k+1 < st.last; k++ {
		if sidelineWords[a.toks[k].norm] && a.toks[k+1].norm == "of" {
			return true
		}
	}
	return false
}

// venueCountry reports whether country mention c names where something
// happens: after "in" ("in Thailand"), or after a city and a comma ("in
// Bangkok, Thailand").
func (a *entityStage) venueCountry(c countryMention) bool {
	if a.venueMention(c) {
		return true
	}
	if c.adj || c.i < 2 || a.toks[c.i-1].text != "," {
		return false
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(c.i)) {
		if p.j == c.i-1 {
			return true
		}
	}
	return false
}

// visitorDelegations gives a leader without a country who is named in a
// sentence that speaks of "the delegation", bare, and names no country and
// no other leader of known country ("Foreign Minister X and Minister Y are
// in the delegation"), the country of the one visiting side: in a report
// of a visit, the delegation is the visitor's. When the text tells of
// visitors of two countries, or of none, the delegation is no one's.
func (a *entityStage) visitorDelegations(ms []*leader, note func(*leader, string)) {
	if len(ms) == 0 {
		return
	}
	v := a.soleVisitor()
	if v == "" {
		return
	}
	var take []*leader // all decided before any is given the country
	for _, l := range ms {
		if l.country != "" || a.formerOfficial(l) {
			continue
		}
		for _, sp := range l.spans {
			s := a.sentenceOf(sp[0])
			if a.bareDelegation(s) && len(a.countriesOfSentence(s)) == 0 && !a.placedIn(s, l) {
				take = append(take, l)
				break
			}
		}
	}
	for _, l := range take {
		l.country = v
		note(l, "the delegation of the visiting side")
	}
}

// soleVisitor returns the one country of the leaders of known country who
// are said to travel to another country, or "" when there are none or
// they are of two countries.
func (a *entityStage) soleVisitor() string {
	v := ""
	for _, o := range a.leaders {
		if o.country == "" || o.former {
			continue
		}
		away := a.destinations(o)
		if len(away) == 0 || away[o.country] {
			continue
		}
		if v != "" && v != o.country {
			return ""
		}
		v = o.country
	}
	return v
}

// bareDelegation reports whether sentence s names its people as members
// of "the delegation", with no word between that tells whose it is: "are
// in the delegation", "joined the delegation", "the delegation includes"
// (not "hosted a banquet for the delegation": the hosts are not of it).
func (a *entityStage) bareDelegation(s int) bool {
	st := a.sents[s]
	for k := st.first + 2; k < st.last; k++ {
		if a.toks[k].norm != "delegation" || a.toks[k-1].norm != "the" || a.tok(k+1).norm == "of" {
			continue
		}
		if memberOfWords[a.toks[k-2].norm] || memberOfWords[a.tok(k+1).norm] {
			return true
		}
	}
	return false
}

// memberOfWords, before "the delegation" or after it, make the people
// named with them its members: "in", "joined", "includes".
// (data/words-titles.tsv)
var memberOfWords = wordSet("memberOfWords")

// placedIn reports whether sentence s names a leader other than l whose
// country is known.
func (a *entityStage) placedIn(s int, l *leader) bool {
	for _, o := range a.leaders {
		if o != l && o.country != "" && a.namedIn(o, s) {
			return true
		}
	}
	return false
}

// unsafeGuess reports whether giving l the country c by a guess from
// context (the dateline, elimination, the other side of an encounter, the
// most-named country) would go against the text: it places him elsewhere
// (contradicted), he travels to c, or c hosts a gathering of many
// countries beside which he is met (gatheringHost), or another holds
// his one-holder office for c (officeHeld).
//
// One named with no title at all ("signed with his counterpart, Hertha
// Kida", the counterpart of no one titled) takes no guess: the words give
// no office to place him by.
func (a *entityStage) unsafeGuess(l *leader, c string) bool {
	return l.title == "" || a.destinations(l)[c] || a.envoyTo(l, c) || a.possessorUnsure(l, c) || a.bodyOfficeAfter(l) || a.contradicted(l, c) || a.unmetByVisitor(l, c) || a.gatheringHost(l, c) || a.otherTourStop(l, c) || a.describedAs(l, c) || a.officeHeld(l, c) || a.receivesFrom(l, c) || a.withRoleOf(l, c) || a.chairsElsewhere(l, c) || monarchMismatch(l, c)
}

// possessorUnsure reports whether l is named as the official of a title
// ("X, Special Adviser to the President") that leaders of several
// countries hold in the text, or none of country c: whose official he
// is, the text leaves open, and a guess from context would only pick one.
func (a *entityStage) possessorUnsure(l *leader, c string) bool {
	if l.possessor == "" {
		return false
	}
	cs, _ := a.holderCountries(l.possessor, l)
	return len(cs) != 1 || cs[0] != c
}

// envoyTo reports whether l is named, in apposition, an envoy to c ("X,
// the Prime Minister's Trade Envoy to Nigeria"): sent to c, not of it.
func (a *entityStage) envoyTo(l *leader, c string) bool {
	for _, sp := range l.spans {
		if a.tok(sp[1]).text != "," {
			continue
		}
		st := a.sents[a.sentenceOf(sp[0])]
		for k := sp[1] + 1; k < st.last && k < sp[1]+9; k++ {
			t := a.toks[k]
			if t.text == "," {
				break
			}
			if t.norm == "to" && envoyWords[a.tok(k-1).norm] && a.tok(k-1).upper {
				if dc, _ := a.countryAt(k + 1); dc == c {
					return true
				}
				break
			}
		}
	}
	return false
}

// envoyWords end the title of one sent to another country.
var envoyWords = map[string]bool{"envoy": true, "ambassador": true, "commissioner": true, "representative": true, "consul": true}

// chairsElsewhere reports whether a sentence names l chairing, hosting or
// presiding over a gathering it places in a city or country other than c
// ("President X chaired the Summit, which was held in Colombo"): a guess
// of c, most often the guests' country, would be wrong; where the
// gathering's place is his own country, the text does not say so either
// (the chair of a union's summit may come from elsewhere), so no guess.
func (a *entityStage) chairsElsewhere(l *leader, c string) bool {
	for _, sp := range l.spans {
		k := a.skipWhen(sp[1])
		if !chairVerbs[a.tok(k).norm] {
			continue
		}
		s := a.sentenceOf(sp[0])
		for _, p := range a.placesOfSentence(s) {
			if p.i > k && a.tok(p.i-1).norm == "in" {
				if pc := a.placeCountry(p.key); pc != "" && pc != c {
					return true
				}
			}
		}
	}
	return false
}

// chairVerbs tell a leader presiding over a gathering.
var chairVerbs = map[string]bool{"chaired": true, "chairs": true, "presided": true, "presides": true, "hosted": true, "hosts": true, "opened": true}

// withRoleOf reports whether a sentence that names l names, after "with",
// an office of country c that is not l's: "at a press conference with the
// President of Azerbaijan, Prime Minister X said" — X is the other side.
func (a *entityStage) withRoleOf(l *leader, c string) bool {
	for _, r := range a.roles {
		if r.country != c || r.counterpart || strings.EqualFold(r.title, l.title) {
			continue
		}
		k := r.i - 1
		if n := a.tok(k).norm; n == "the" || n == "his" || n == "her" || n == "their" {
			k--
		}
		if a.tok(k).norm == "with" && a.namedIn(l, a.sentenceOf(r.i)) {
			return true
		}
	}
	return false
}

// receivesFrom reports whether a sentence names l as the one who
// receives or meets people of country c: his name, then a verb of
// receiving or meeting, then c's name or adjective before the clause ends
// ("General Secretary X received the Chinese delegation"). One receives
// the other side.
func (a *entityStage) receivesFrom(l *leader, c string) bool {
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			k := a.skipWhen(sp[1])
			if n := a.tok(k).norm; !receiveVerbs[n] && n != "met" && n != "meets" {
				continue
			}
			for e := k + 1; e < len(a.toks) && e <= k+6; e++ {
				if t := a.toks[e]; t.kind == tokPunct && t.text != "-" || t.norm == "to" || t.norm == "in" {
					break // (not "the Ambassador of Japan to Mongolia": the place he is posted in)
				}
				if m := a.countryMentionAt(e); m >= 0 && a.countries[m].code == c {
					return true
				}
			}
		}
	}
	return false
}

// officeHeld reports whether another present holder of l's office is,
// by the words, of country c, for an office that a country gives one person at a time: a
// minister of one portfolio ("Foreign Minister", "Minister of Finance"),
// not a deputy, a minister of state or of no portfolio, an envoy or an
// adviser. "Chinese Foreign Minister X was also present" leaves China no
// second foreign minister for a guess to give.
func (a *entityStage) officeHeld(l *leader, c string) bool {
	if !singleOffice(l.title) {
		return false
	}
	for _, o := range a.leaders {
		if o != l && o.country == c && a.stated[o] && strings.EqualFold(o.title, l.title) && !o.former && !a.formerOfficial(o) {
			return true
		}
	}
	return false
}

// singleOffice reports whether title is a minister's of one portfolio
// ("Foreign Minister", "Minister of Trade and Industry").
func singleOffice(title string) bool {
	t := strings.ToLower(title)
	if t == "minister" || t == "prime minister" || !strings.Contains(t, "minister") {
		return false
	}
	for _, w := range []string{"deputy", "vice", "state", "assistant", "junior", "acting", "without"} {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// describedAs reports whether a name of l is followed by a title in
// apposition (capitalised words) that ends in "of" and a country other
// than c ("X, Minister of
// Foreign Affairs of Japan, said") that no reading took as his: a stated
// country, even one not understood, is not to be overruled by a guess.
func (a *entityStage) describedAs(l *leader, c string) bool {
	for _, sp := range l.spans {
		k := sp[1] + 1
		if a.tok(sp[1]).text != "," {
			continue
		}
		if a.tok(k).norm == "the" {
			k++
		}
		if t := a.tok(k); t.kind != tokWord || !t.upper || a.claimed[k] {
			continue // a title, capitalised, opens the apposition
		}
		last := a.sents[a.sentenceOf(sp[0])].last
		for e := k; e < last && e < k+12; e++ {
			t := a.toks[e]
			if t.text == "," || t.text == ";" || t.text == "(" || a.claimed[e] && a.isPersonToken(e) {
				break
			}
			if t.norm != "of" {
				continue
			}
			m := e + 1
			if a.tok(m).norm == "the" {
				m++
			}
			if d := a.countryMentionAt(m); d >= 0 && a.countries[d].i == m && !a.countries[d].adj && a.countries[d].code != c {
				return true
			}
		}
	}
	return false
}

// otherTourStop reports whether c is one stop of another leader's tour of
// two countries or more while no sentence that names l names c or a city
// of c: on a tour, each host is of the place he is met in, and which that
// is for l the text does not say.
func (a *entityStage) otherTourStop(l *leader, c string) bool {
	tour := false
	for _, o := range a.leaders {
		if o == l {
			continue
		}
		if away := a.destinations(o); away[c] && len(away) >= 2 {
			tour = true
		}
	}
	if !tour {
		return false
	}
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			s := a.sentenceOf(sp[0])
			for _, m := range a.countriesOfSentence(s) {
				if m.code == c {
					return false
				}
			}
			for _, p := range a.placesOfSentence(s) {
				if a.placeCountry(p.key) == c {
					return false
				}
			}
		}
	}
	return true
}

// gatheringHost reports whether a sentence that names l places what it
// tells beside a gathering of many countries held in c ("met PM X on the
// sidelines of the summit in Lima, Peru"): the host of a summit is no side
// of the encounters beside it. Nor is any country one met there is guessed
// to be of ("On the sidelines of the conference, X met President Y"),
// unless a sentence that names him names it too.
func (a *entityStage) gatheringHost(l *leader, c string) bool {
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			s := a.sentenceOf(sp[0])
			if !a.besideGathering(s) {
				continue
			}
			if a.namedAfterOther(l, s) && !a.namesNear(l, c) {
				return true
			}
			for _, m := range a.countriesOfSentence(s) {
				if m.code == c && a.venueCountry(m) {
					return true
				}
			}
			for _, p := range a.placesOfSentence(s) {
				if a.tok(p.i-1).norm == "in" && a.placeCountry(p.key) == c {
					return true
				}
			}
		}
	}
	return false
}

// unmetByVisitor reports whether l is named in a sentence with a leader
// who travels to c, but never as one met or hosted: "Deputy Secretary X
// will advance President Y's priorities" on X's trip to c does not make Y
// c's host — he may as well be the one who sent X.
func (a *entityStage) unmetByVisitor(l *leader, c string) bool {
	withVisitor := false
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			s := a.sentenceOf(sp[0])
			if a.encounterIn(s) || a.hostingIn(s) {
				return false
			}
			for _, o := range a.leaders {
				if o != l && a.namedIn(o, s) && a.destinations(o)[c] {
					withVisitor = true
				}
			}
		}
	}
	return withVisitor
}

// hostingIn reports whether sentence s has a word of hosting or greeting
// a guest: "welcome", "greeted", "banquet".
func (a *entityStage) hostingIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if n := a.toks[k].norm; receiveVerbs[n] || greetWords[n] || hostingWords[n] {
			return true
		}
	}
	return false
}

// hostingWords name a host's part beside the verbs of receiving:
// "gave him a warm welcome", "a state banquet". (data/words-titles.tsv)
var hostingWords = wordSet("hostingWords")

// callOnIn reports whether sentence s has "called on", "calls on" or
// "call on": a visit of courtesy, an encounter of two sides.
func (a *entityStage) callOnIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k+1 < st.last; k++ {
		switch a.toks[k].norm {
		case "called", "calls", "call", "calling":
			if a.toks[k+1].norm == "on" {
				return true
			}
		}
	}
	return false
}

// topicCues open what two sides talk about: "discussed Taiwan, trade and
// fentanyl". (data/words-titles.tsv)
var topicCues = wordSet("topicCues")

// topicMention reports whether country mention c is by name one of the
// things talked about, after a verb of discussing in a short list ("the
// two discussed the Amazon and Venezuela") or right after "on"
// ("cooperation on North Korea"), or listed after a country named as a
// place ("the situation in Sudan and Libya"): a subject of the talks, not
// a side of them — unless "between" or "with" ties it to a side
// ("discussed relations between India and Japan").
func (a *entityStage) topicMention(c countryMention) bool {
	if c.adj {
		return a.topicAdjective(c)
	}
	if a.tok(c.i-1).norm == "on" {
		return true // "cooperation with the United States on North Korea"
	}
	if a.listedAfterVenue(c) {
		return true // "the situation in Sudan and Libya"
	}
	if a.thirdPartner(c) {
		return true // "The two leaders pledged closer cooperation with the United States"
	}
	first := a.sents[a.sentenceOf(c.i)].first
	for k := c.i - 1; k >= first && k >= c.i-12; k-- {
		t := a.toks[k]
		switch {
		case topicCues[t.norm]:
			return true
		case t.norm == "between" || t.norm == "with" || t.norm == "of" || t.norm == "'s":
			return false
		case t.kind == tokPunct && t.text != ",":
			return false
		case a.claimed[k] && a.isPersonToken(k):
			return false
		}
	}
	return false
}

// topicAdjective reports whether adjective mention c names a matter
// talked about, not a side: "the Palestinian issue", "the Palestinian
// people", "an independent Palestinian state", "the Palestinian-Israeli
// conflict" — a topic noun after it, or after the second country of a
// hyphenated pair.
func (a *entityStage) topicAdjective(c countryMention) bool {
	k := c.j
	if a.tok(k).text == "-" {
		if m := a.countryMentionAt(k + 1); m >= 0 && a.countries[m].i == k+1 && a.countries[m].adj {
			k = a.countries[m].j
		}
	}
	return topicNouns[a.tok(k).norm]
}

// topicNouns, after a country's adjective, make it a matter talked about,
// not a side (data/words-titles.tsv).
var topicNouns = wordSet("topicNouns")

// receiverHost returns the country of the place where l receives a
// visitor, when a sentence names him as the subject of a verb of
// receiving ("Chancellor X received Prime Minister Y in Berlin", a time
// phrase between allowed) and the place after "in" in the same clause,
// not beside a gathering of many countries; "" when none does, or two
// disagree. One receives visitors at home.
func (a *entityStage) receiverHost(l *leader) string {
	found := ""
	for _, sp := range l.spans {
		k := a.skipWhen(sp[1])
		if !receiveVerbs[a.tok(k).norm] {
			continue
		}
		s := a.sentenceOf(sp[0])
		if a.besideGathering(s) {
			continue
		}
		st := a.sents[s]
		for m := k + 1; m+1 < st.last && m < k+14; m++ {
			if t := a.toks[m]; t.kind == tokPunct && t.text != "," || t.norm == "and" {
				break
			}
			if a.toks[m].norm != "in" {
				continue
			}
			if c := a.destinationAt(m + 1); c != "" {
				if found != "" && found != c {
					return ""
				}
				found = c
			}
			break
		}
	}
	return found
}

// namesNear reports whether a sentence that names l also names c, as a
// country or by one of its cities.
func (a *entityStage) namesNear(l *leader, c string) bool {
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			s := a.sentenceOf(sp[0])
			for _, m := range a.countriesOfSentence(s) {
				if m.code == c && !a.currencyMention(m) {
					return true
				}
			}
			for _, p := range a.placesOfSentence(s) {
				if a.placeCountry(p.key) == c {
					return true
				}
			}
		}
	}
	return false
}

// listedAfterVenue reports whether country mention c follows "and" or a
// comma right after another country named as a place: "in Sudan and
// Libya".
func (a *entityStage) listedAfterVenue(c countryMention) bool {
	p := c.i - 1
	if n := a.tok(p).norm; n != "and" && a.tok(p).text != "," {
		return false
	}
	k := a.countryMentionAt(p - 1)
	if k < 0 || a.countries[k].j != p {
		return false
	}
	prev := a.countries[k]
	return !prev.adj && (a.venueMention(prev) || a.listedAfterVenue(prev))
}

// personPossessorCountries gives an official named after another
// leader's name and a possessive, then a title ("Sisi's spokesman X",
// "President Y's adviser Z"), that leader's country: he works for him.
func (a *entityStage) personPossessorCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			k := sp[0] - 1
			for k > 0 && sp[0]-k < 5 && a.toks[k].kind == tokWord && !a.claimed[k] && a.toks[k].norm != "'s" {
				k-- // the title, in either case: "spokesman", "Press Secretary"
			}
			if k == sp[0]-1 || a.tok(k).norm != "'s" {
				continue
			}
			if e, _, ok := a.titleAt(k + 1); !ok || a.skipHonorifics(a.skipQualifiers(e)) != sp[0] {
				continue
			}
			o := a.leaderNamedEndingAt(k)
			if o == nil || o == l || o.country == "" || o.former {
				continue
			}
			l.country = o.country
			note(l, "the leader whose official he is named as")
			break
		}
	}
}

// leaderNamedEndingAt returns the leader whose name (in full or by
// surname) ends at token j, or nil.
func (a *entityStage) leaderNamedEndingAt(j int) *leader {
	for _, o := range a.leaders {
		for _, spans := range [][][2]int{o.spans, o.surnames} {
			for _, sp := range spans {
				if sp[1] == j {
					return o
				}
			}
		}
	}
	return nil
}

// thankVerbs address another side: one thanks, praises or urges a country
// not his own. (data/words-titles.tsv)
var thankVerbs = wordSet("thankVerbs")

// thankedCountries returns the countries that sentence s names, by name,
// right after a verb of thanking or praising when l is the first leader
// it names (its subject): "X, accompanied by Y, thanked Iran for its
// support" — a side X addresses, not his own.
func (a *entityStage) thankedCountries(l *leader, s int) []string {
	if a.namedAfterOther(l, s) {
		return nil
	}
	var out []string
	for _, m := range a.countriesOfSentence(s) {
		if !m.adj && thankVerbs[a.tok(m.i-1).norm] {
			out = appendStr(out, m.code)
		}
	}
	return out
}

// conveyVerbs and conveyedNouns tell of an official who carries a
// leader's words: "conveyed the greetings of President X", "will advance
// President X's priorities". (data/words-titles.tsv)
var (
	conveyVerbs   = wordSet("conveyVerbs")
	conveyedNouns = wordSet("conveyedNouns")
)

// senderCountries gives a leader whose greetings, message or priorities
// an official of known country conveys ("Minister A conveyed the
// greetings of President X", "A will advance President X's priorities")
// that official's country: one carries the words of one's own side.
func (a *entityStage) senderCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			if c := a.senderOf(sp); c != "" {
				l.country = c
				note(l, "the official who conveys his words")
				break
			}
		}
	}
}

// senderOf returns the country of the official who conveys the words of
// the leader named at span sp — "<noun> of [title] X" or "[title] X's
// <noun>" right after a verb of conveying, the official named within the
// ten tokens before the verb in one sentence — or "".
func (a *entityStage) senderOf(sp [2]int) string {
	b := sp[0] - 1
	for b > 0 && sp[0]-b < 6 && a.toks[b].kind == tokWord && a.toks[b].upper {
		b-- // the title
	}
	v := -1
	switch {
	case a.tok(b).norm == "of" && conveyedNouns[a.tok(b-1).norm]:
		v = b - 2 // "the greetings of President X"
		if a.tok(v).norm == "the" || a.tok(v).norm == "a" {
			v--
		}
	case a.tok(sp[1]).norm == "'s" && conveyedNouns[a.tok(sp[1]+1).norm]:
		v = b // "President X's priorities"
	default:
		return ""
	}
	if a.tok(v).norm == "on" {
		v-- // "passed on"
	}
	if v < 1 || !conveyVerbs[a.tok(v).norm] {
		return ""
	}
	s := a.sentenceOf(sp[0])
	for j := v; j > v-10 && j > a.sents[s].first; j-- {
		if o := a.leaderNamedEndingAt(j); o != nil {
			return o.country
		}
	}
	return ""
}

// partnerNouns name what two sides build with a third: "cooperation with
// the United States". (data/words-titles.tsv)
var partnerNouns = wordSet("partnerNouns")

// thirdPartner reports whether country mention c follows "<partner noun>
// with [the]" in a sentence whose subject is the two sides together ("The
// two leaders pledged closer cooperation with the United States", "Both
// sides agreed on ties with Japan"): a third country they deal with.
func (a *entityStage) thirdPartner(c countryMention) bool {
	p := c.i - 1
	if a.tok(p).norm == "the" {
		p--
	}
	if a.tok(p).norm != "with" || !partnerNouns[a.tok(p-1).norm] {
		return false
	}
	st := a.sents[a.sentenceOf(c.i)]
	f := st.first
	if a.tok(f).norm == "the" {
		f++
	}
	switch a.tok(f).norm {
	case "two", "both":
		return collectives[a.tok(f+1).norm] || a.tok(f+1).norm == "sides" || a.tok(f+1).norm == "countries"
	}
	return a.pairSubject(st.first, p)
}

// pairSubject reports whether two persons joined by "and" (the second
// with his title between) are named between tokens first and p, the
// first of them within the sentence's first six tokens: "President X and
// Prime Minister Y held talks … and agreed to boost cooperation with the
// United States" — the two sides, the country after "with" a third.
func (a *entityStage) pairSubject(first, p int) bool {
	var at []leaderMention
	for _, m := range a.persons {
		if m.i >= first && m.j <= p {
			at = append(at, m)
		}
	}
	sort.Slice(at, func(x, y int) bool { return at[x].i < at[y].i })
	for x := 0; x+1 < len(at); x++ {
		m, n := at[x], at[x+1]
		if m.i > first+6 || a.tok(m.j).norm != "and" {
			continue
		}
		if n.i == m.j+1 {
			return true
		}
		if e, _, ok := a.titleAt(m.j + 1); ok && e == n.i {
			return true
		}
	}
	return false
}

// clearMainSide reports whether country code is one of the two countries
// the text names most with no tie for second place: "peace between
// Armenia and Azerbaijan" names Azerbaijan once, as often as the host
// named once too, and makes it no side.
func (a *entityStage) clearMainSide(code string) bool {
	count := a.namedCounts()
	above := 0
	for c, n := range count {
		if c != code && n >= count[code] {
			above++
		}
	}
	return count[code] > 0 && above < 2
}

// monarchCountries maps a sovereign's title, lower case, to the countries
// whose head of state bears it (data/words-titles.tsv).
var monarchCountries = wordMap("monarchCountries")

// monarchMismatch reports whether l bears a sovereign's title that
// country c's head of state does not bear: "Sultan Haitham" is not
// Kuwait's, whose sovereign is an emir. Titles of no sovereign
// ("Crown Prince", "President") rule nothing out.
func monarchMismatch(l *leader, c string) bool {
	codes, ok := monarchCountries[strings.ToLower(l.title)]
	return ok && !slices.Contains(strings.Fields(codes), c)
}
