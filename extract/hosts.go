package extract

import "strings"

// hostCountries gives a leader without a country who is met in a country
// that the sentence names as the place of the encounter that country: "Mr
// X will be in the Republic of Namibia on March 5-6, where he is to hold
// talks with President Y", "a working visit to Angola, where talks are
// planned with Foreign Minister Z". A visitor's hosts are of the country
// he visits.
func (a *entityStage) hostCountries(ms []*leader, note func(*leader, string)) {
	countryAtSpan(ms, a.hostBefore, "the country of the talks", note)
}

// countryAtSpan gives each leader of ms without a country the country
// that at finds for the first token of one of his mentions, and notes why.
func countryAtSpan(ms []*leader, at func(int) string, why string, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			if c := at(sp[0]); c != "" {
				l.country = c
				note(l, why)
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
		// "where he is to hold talks with", "where she signed deals with"
		met = met || encounterWords[a.toks[m].norm] || a.toks[m].norm == "with"
	}
	if !met {
		return ""
	}
	cs := a.countriesBetween(max(st.first, w-1-hostReach), w-1)
	if len(cs) == 0 {
		return a.cityBefore(max(st.first, w-1-hostReach), w-1)
	}
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

// cityBefore returns the country of the last city named in tokens [i, j)
// after "in", "to" or a verb of visiting ("will visit Tokyo next month,
// where"), with no country named between: the place a "where" clause
// refers to; "" otherwise.
func (a *entityStage) cityBefore(i, j int) string {
	found := ""
	for _, p := range a.placesOfSentence(a.sentenceOf(i)) {
		if p.i < i || p.j > j {
			continue
		}
		pi := a.placeInfo[p.key]
		if pi == nil || pi.kind != "city" {
			continue
		}
		switch a.tok(p.i - 1).norm {
		case "in", "to", "visit", "visits", "visited", "visiting":
			found = pi.country
		}
	}
	return found
}

// greetWords are the verbs of a greeting in the passive: "received by",
// "welcomed by", "greeted by", "met by".
var greetWords = map[string]bool{"received": true, "welcomed": true, "greeted": true, "met": true}

// arrivalWords name a visitor's arrival: "arrived in Lima".
var arrivalWords = map[string]bool{"arrived": true, "arrives": true, "arriving": true, "arrival": true, "landed": true}

// greeterCountries gives a leader without a country who greets an
// arriving visitor the country of the place of arrival: "X arrived in
// Lima on Monday, where he was welcomed by Vice President Y"; "X arrived
// in Lima. He was received at the airport by Foreign Minister Y". Hosts
// greet their guests.
func (a *entityStage) greeterCountries(ms []*leader, note func(*leader, string)) {
	countryAtSpan(ms, a.arrivalBefore, "the place where he greets a visitor", note)
}

// arrivalBefore returns the country of the arrival that the greeting
// holding the name at token k follows: k is the agent of "<greeting
// verb> [...] by <title> k", and "arrived in <place or country>" stands
// earlier in the sentence or in the one before. "" otherwise.
func (a *entityStage) arrivalBefore(k int) string {
	s := a.sentenceOf(k)
	st := a.sents[s]
	b := k - 1
	for b > st.first && a.toks[b].kind == tokWord && a.toks[b].upper && k-b < 6 {
		b-- // the title
	}
	if b > st.first && (a.toks[b].norm == "and" || a.toks[b].text == ",") && a.isPersonToken(b-1) {
		// "received by Vice President X and Foreign Minister Y": the
		// greeter before in the list
		for _, p := range a.persons {
			if p.j == b {
				return a.arrivalBefore(p.i)
			}
		}
		return ""
	}
	if b <= st.first || a.toks[b].norm != "by" {
		return ""
	}
	greeted := false
	for m := b - 1; m >= st.first && m >= b-6 && !greeted; m-- {
		if a.toks[m].kind == tokPunct {
			break
		}
		greeted = greetWords[a.toks[m].norm]
	}
	if !greeted {
		return ""
	}
	for ss := s; ss >= 0 && ss >= s-1; ss-- {
		last := a.sents[ss].last
		if ss == s {
			last = b
		}
		for m := a.sents[ss].first; m+2 < last; m++ {
			if !arrivalWords[a.toks[m].norm] || a.toks[m+1].norm != "in" {
				continue
			}
			q := m + 2
			if a.tok(q).norm == "the" {
				q++
			}
			if c := a.countryMentionAt(q); c >= 0 && a.countries[c].i == q && !a.countries[c].adj {
				return a.countries[c].code
			}
			for _, p := range a.placesOfSentence(ss) {
				if p.i == q {
					return a.placeCountry(p.key)
				}
			}
		}
	}
	return ""
}

// inviterCountries gives a leader without a country who invited a
// visitor ("X will visit Kenya at the invitation of President Y") the
// country visited: the only country the sentence names by name, named
// as the object of a visit ("visit Kenya", "a visit to Kenya", "in
// Kenya"). A host invites his guests.
func (a *entityStage) inviterCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			k := sp[0] - 1
			for k > 0 && a.toks[k].kind == tokWord && a.toks[k].upper && sp[0]-k < 5 {
				k-- // the title
			}
			if a.tok(k).norm != "of" || a.tok(k-1).norm != "invitation" {
				continue
			}
			s := a.sentenceOf(sp[0])
			found := ""
			for _, c := range a.countriesOfSentence(s) {
				if c.adj || a.currencyMention(c) {
					continue
				}
				if found != "" && found != c.code {
					found = "-"
					break
				}
				p := a.tok(c.i - 1).norm
				if p == "the" {
					p = a.tok(c.i - 2).norm
				}
				if !visitVerbs[p] && p != "to" && p != "in" {
					found = "-"
					break
				}
				found = c.code
			}
			if found != "" && found != "-" {
				l.country = found
				note(l, "the country he invited a visitor to")
				break
			}
		}
	}
}

// receiveVerbs report that the subject hosts a visitor: "President X
// received the minister".
var receiveVerbs = map[string]bool{"received": true, "receives": true, "hosted": true, "hosts": true, "welcomed": true, "welcomes": true}

// datelineHosts gives a head of state or government without a country who
// receives a visitor in the dateline's sentence ("AMMAN — On Wednesday King
// X received the Saudi minister") the dateline's country, when no other
// head holds it: one receives visitors at home.
func (a *entityStage) datelineHosts(ms []*leader, note func(*leader, string)) {
	c := a.datelineCountry()
	if c == "" {
		return
	}
	for _, o := range a.leaders {
		if o.head && o.country == c && !o.former {
			return
		}
	}
	s := a.sentenceOf(a.datelineTok)
	for _, l := range ms {
		if l.country != "" || !l.head {
			continue
		}
		for _, sp := range l.spans {
			if a.sentenceOf(sp[0]) == s && (receiveVerbs[a.tok(a.skipWhen(sp[1])).norm] || a.visitorMeets(s, sp[0], c)) {
				l.country = c
				note(l, "the dateline of the visit he hosts")
				return
			}
		}
	}
}

// skipWhen returns the token after a short phrase of time that starts at
// token k ("on Thursday", "yesterday", "today", "on Monday evening"), or k
// when none does: "King X on Wednesday received the minister".
func (a *entityStage) skipWhen(k int) int {
	switch n := a.tok(k).norm; {
	case n == "yesterday" || n == "today":
		return k + 1
	case n == "on" && weekdayNames[a.tok(k+1).norm]:
		k += 2
		if p := a.tok(k).norm; p == "morning" || p == "afternoon" || p == "evening" || p == "night" {
			k++
		}
		return k
	}
	return k
}

// visitorMeets reports whether the dateline's sentence s tells of a leader
// of a country other than the dateline's c on a visit who is to meet the
// person named from token i ("KINGSTON — T's Prime Minister X landed … at
// the start of an official visit, during which he will hold talks with
// Prime Minister Y"): the sentence names no country but the visitor's and
// c, and "with" or a verb of meeting comes just before the title and name.
func (a *entityStage) visitorMeets(s, i int, c string) bool {
	k := i - 1
	for k > a.sents[s].first && a.toks[k].kind == tokWord && a.toks[k].upper && i-k < 5 {
		k-- // the title: "Prime Minister"
	}
	switch a.tok(k).norm {
	case "with", "meet", "meets", "met", "meeting":
	default:
		return false
	}
	visitor := ""
	for _, o := range a.leaders {
		if o.country == "" || o.country == c || o.former {
			continue
		}
		for _, sp := range o.spans {
			if a.sentenceOf(sp[0]) == s && sp[0] < i {
				if visitor != "" && visitor != o.country {
					return false
				}
				visitor = o.country
			}
		}
	}
	if visitor == "" {
		return false
	}
	for _, m := range a.countriesOfSentence(s) {
		if m.code != visitor && m.code != c && !a.currencyMention(m) {
			return false
		}
	}
	sent := a.sents[s]
	for m := sent.first; m < sent.last && m < len(a.toks); m++ {
		switch a.toks[m].norm {
		case "visit", "visiting", "trip", "arrived", "arrives", "landed", "lands", "tour":
			return true
		}
	}
	return false
}

// visitMeetWords report that the subject of a sentence meets the people
// named after them: "he had meetings with X", "made a courtesy call on
// Y", "held talks with Z". (Receiving is left out: a visitor may receive
// his own community abroad; but see receivedBy.)
var visitMeetWords = map[string]bool{"met": true, "meet": true, "meets": true, "meeting": true, "meetings": true, "talks": true, "negotiations": true, "call": true, "called": true}

// receivedBy reports whether token k is "received" in a passive with
// its agent after it: "PM X was received by General Secretary Y" (the
// visitor received by his hosts).
func (a *entityStage) receivedBy(k int) bool {
	p := a.tok(k - 1).norm
	return a.toks[k].norm == "received" && (p == "was" || p == "were") && a.tok(k+1).norm == "by"
}

// visitorHosts gives a leader without a country whom the article's one
// traveller meets abroad the country he travels to: "President X's state
// visit to Vietnam … He also had meetings with National Assembly Chairman
// Y and with Prime Minister Z". The traveller must be the sentence's
// subject, by name before the verb or by a pronoun that goes back to him;
// the sentence must name no other country than the two sides, and no
// leader of another; envoys (who may be the traveller's own in the host
// country) and past holders are left out.
func (a *entityStage) visitorHosts(ms []*leader, note func(*leader, string)) {
	var v *leader
	for _, l := range a.leaders {
		if len(a.destinations(l)) > 0 {
			if v != nil {
				return // two travellers: no telling whose hosts
			}
			v = l
		}
	}
	if v == nil || len(a.destinations(v)) != 1 {
		return
	}
	var d string
	for c := range a.destinations(v) {
		d = c
	}
	if d == v.country || a.gatheringNamed() {
		return // (at a summit abroad, those he meets are of any country)
	}
	for s, st := range a.sents {
		verb := -1
		for k := st.first; k <= st.last && k < len(a.toks); k++ {
			if visitMeetWords[a.toks[k].norm] || a.receivedBy(k) {
				verb = k
				break
			}
		}
		if verb < 0 || !a.visitSubject(v, s, verb) || !a.onlySides(s, v.country, d, v) {
			continue
		}
		for _, l := range ms {
			if l.country != "" || l.orgTitle || envoyTitles[l.title] || a.formerOfficial(l) || a.titleHeld(d, l) {
				continue
			}
			for _, sp := range l.spans {
				if a.sentenceOf(sp[0]) == s && sp[0] > verb && !a.visitorToo(sp[1], st.last) && !a.unsafeGuess(l, d) {
					l.country = d
					note(l, "the hosts of "+v.name+"'s visit")
					break
				}
			}
		}
	}
}

// gatherings name meetings of many countries: a traveller to one meets
// people of any country there.
var gatherings = map[string]bool{"summit": true, "conference": true, "sidelines": true, "margins": true}

// gatheringNamed reports whether the text names a gathering of many
// countries ("the European Council summit", "the UN General Assembly").
func (a *entityStage) gatheringNamed() bool {
	for k, t := range a.toks {
		if gatherings[t.norm] || t.norm == "assembly" && a.tok(k-1).norm == "general" {
			return true // (not "the National Assembly Chairman")
		}
	}
	return false
}

// visitorToo reports whether the words after a name (from token i to
// j, or the next person's name) make its holder a visitor as well: "President X, who was also in
// Berlin", "Y, who is visiting".
func (a *entityStage) visitorToo(i, j int) bool {
	for k := i; k < j && !a.isPersonToken(k); k++ {
		n := a.toks[k].norm
		if strings.HasPrefix(n, "visit") || n == "also" && a.tok(k+1).norm == "in" {
			return true
		}
	}
	return false
}

// visitSubject reports whether the traveller v is the subject of sentence
// s before the verb at token verb: a reference to v by role before the
// verb and before any leader named, or the first leader the sentence names,
// before the verb, or a pronoun opening the sentence that goes back, over
// sentences that open with a pronoun too, to a sentence whose first leader
// is v.
func (a *entityStage) visitSubject(v *leader, s, verb int) bool {
	first, at := a.firstLeaderOf(s)
	for _, r := range a.roles {
		if a.sentenceOf(r.i) == s && r.j <= verb && (first == nil || r.i < at) && !r.counterpart && a.leaderFor(r.country, r.title) == v {
			return true // "the President of Uzbekistan also held negotiations with …"
		}
	}
	if first != nil && at < verb {
		return first == v
	}
	return a.pronounReferent(s) == v
}

// pronounReferent returns the leader that the pronoun subject opening
// sentence s ("He also called on …", "At the mausoleum he paid …") stands
// for: the first leader named in the nearest sentence before it that does
// not open with a pronoun too (up to four back); nil when s opens with no
// pronoun, or none is found.
func (a *entityStage) pronounReferent(s int) *leader {
	for back := s; back >= 0 && back > s-5; back-- {
		first := a.toks[a.sents[back].first].norm
		pronoun := first == "he" || first == "she" || a.pronounSubject(back)
		if back == s && !pronoun {
			return nil
		}
		if back < s && !pronoun {
			l, _ := a.firstLeaderOf(back)
			return l
		}
	}
	return nil
}

// firstLeaderOf returns the leader named first (in full or by surname) in
// sentence s and where, or nil.
func (a *entityStage) firstLeaderOf(s int) (*leader, int) {
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
	return first, at
}

// namesBefore reports whether sentence s names l before token k.
func (a *entityStage) namesBefore(l *leader, s, k int) bool {
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			if a.sentenceOf(sp[0]) == s && sp[0] < k {
				return true
			}
		}
	}
	return false
}

// onlySides reports whether sentence s names no country, and no place of a
// country, other than c1 and c2, and no leader of another country.
func (a *entityStage) onlySides(s int, c1, c2 string, v *leader) bool {
	for _, m := range a.countriesOfSentence(s) {
		if m.code != c1 && m.code != c2 && !a.currencyMention(m) {
			return false
		}
	}
	for _, p := range a.placesOfSentence(s) {
		if pi := a.placeInfo[p.key]; pi != nil && pi.country != c1 && pi.country != c2 {
			return false
		}
	}
	for _, l := range a.leaders {
		if l != v && l.country != "" && l.country != c1 && l.country != c2 && a.namesBefore(l, s, a.sents[s].last+1) {
			return false
		}
	}
	return true
}

// delegationHeadCountries gives a leader without a country whose
// delegation the sentence's first-named leader is a member of the
// latter's country: "X is in Beijing as a member of Prime Minister Y's
// delegation". One travels in one's own leader's delegation.
func (a *entityStage) delegationHeadCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			if !a.delegationHead(sp[1]) || !a.memberOfBefore(sp[0]) {
				continue
			}
			s := a.sentenceOf(sp[0])
			if m, at := a.firstLeaderOf(s); m != nil && m != l && at < sp[0] && m.country != "" && !a.unsafeGuess(l, m.country) {
				l.country = m.country
				note(l, "the delegation "+m.name+" is a member of")
				break
			}
		}
	}
}

// memberOfBefore reports whether "member of" (or "members of", "part of")
// stands within the four tokens before token i, a title between.
func (a *entityStage) memberOfBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if a.toks[k].norm == "of" {
			p := a.toks[k-1].norm
			return p == "member" || p == "members" || p == "part"
		}
	}
	return false
}
