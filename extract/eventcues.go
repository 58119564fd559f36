package extract

// Sentence-level cues that event detection consults: who is present or
// absent, collective subjects, messages sent, relief missions, exercises.

import (
	"slices"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// leadersAllKnown reports whether every leader of e has a country.
func (a *eventStage) leadersAllKnown(e *event) bool {
	for _, l := range e.leaders {
		if l.country == "" {
			return false
		}
	}
	return true
}

// leaderWithin reports whether a leader mention starts in the n tokens
// from token j.
func (a *eventStage) leaderWithin(j, n int) bool {
	for _, m := range a.leaderMentionsBetween(j, j+n) {
		if a.sentenceOf(m.i) == a.sentenceOf(j) {
			return true
		}
	}
	return false
}

// collectiveOfOrg reports whether the trigger at i follows a collective
// subject of an organization in its sentence: "the leaders of the GCC met".
func (a *eventStage) collectiveOfOrg(i int) bool {
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if o.j > i || o.j < i-2 {
			continue
		}
		k := o.i - 1
		if k >= 0 && a.toks[k].norm == "the" {
			k--
		}
		if k >= 1 && a.toks[k].norm == "of" && collectives[a.tok(k-1).norm] {
			return true
		}
	}
	return false
}

// collectiveStart reports whether sentence s opens with a collective
// subject: "Leaders of ...", "The leaders ...", "Both presidents ...".
func (a *eventStage) collectiveStart(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last && k < st.first+3; k++ {
		if collectives[a.toks[k].norm] {
			return true
		}
		switch a.toks[k].norm {
		case "the", "both", "all", "two", "three", "four", "five", "six":
			continue
		}
		return false
	}
	return false
}

// possessesPerson reports whether the country mention c is the possessive
// of a person's name ("meeting Indonesia's Airlangga Hartarto"): that
// country takes part, unlike in "China's economy".
func (a *eventStage) possessesPerson(c countryMention) bool {
	k := c.j + 1
	if c.j >= len(a.toks) || a.toks[c.j].norm != "'s" || k >= len(a.toks) {
		return false
	}
	if len(a.leaderMentionsBetween(k, k+1)) > 0 {
		return true
	}
	if _, ok := titles[a.toks[k].norm]; ok || titleFirst[a.toks[k].norm] {
		return false
	}
	return a.toks[k].upper && !a.claimed[k] && a.nameAt(k)-k >= 2
}

// sendVerbs mark a message as a separate act: "sent a message of
// congratulations", "conveyed his deep condolences".
// (data/words-events.tsv)
var sendVerbs = wordSet("sendVerbs")

// sentMessages returns the weak (statement) hits that stand as events of
// their own although the article has other events: a message that someone
// sent or conveyed, in a sentence with no other event (congratulations
// offered during talks are not a statement).
func (a *eventStage) sentMessages(strong []hit) []hit {
	busy := map[int]bool{}
	for _, h := range strong {
		busy[h.sent] = true
	}
	var out []hit
	done := map[int]bool{}
	for _, h := range a.findHits(weakTriggers) {
		if busy[h.sent] || done[h.sent] || a.toks[h.i].norm == "greetings" {
			// greetings passed on by an envoy are courtesy, not a statement
			continue
		}
		st := a.sents[h.sent]
		for i := st.first; i < st.last; i++ {
			if sendVerbs[a.toks[i].norm] {
				out = append(out, h)
				done[h.sent] = true
				break
			}
		}
	}
	return out
}

// pressureNouns: see data/words-events.tsv.
var pressureNouns = wordSet("pressureNouns")

// excluded reports whether a country mention is named as absent ("went
// ahead without the United States", "all members except Argentina") or as
// the source of a pressure on the sides ("amid US threats of sanctions").
func (a *eventStage) excluded(c countryMention) bool {
	if c.j < len(a.toks) && pressureNouns[a.toks[c.j].norm] {
		return true
	}
	if a.dateline.end > 0 && a.toks[c.i].bstart < a.dateline.end {
		return true // "TAIPEI, Taiwan (AP) —": where the report was filed
	}
	if c.i > 1 && a.toks[c.i-1].norm == "in" && topicBeforeIn[a.toks[c.i-2].norm] {
		return true // "the war in Ukraine": what is talked about, not who talks
	}
	if a.conflictCompound(c) {
		return true // "the Israel-Hamas conflict", "the Russia-Ukraine war": what is talked about
	}
	if c.i > 1 && topicLinks[a.toks[c.i-1].norm] && topicBeforeOf[a.toks[c.i-2].norm] {
		return true // "Russia's invasion of Ukraine", "the aggression against Ukraine"
	}
	for k := c.i - 1; k >= 1 && k >= c.i-5; k-- {
		if a.toks[k].norm == "between" {
			if topicBeforeIn[a.toks[k-1].norm] {
				return true // "the conflict between Russia and Ukraine"
			}
			break
		}
		if a.toks[k].kind == tokPunct && a.toks[k].text != "-" {
			break
		}
	}
	k := c.i - 1
	if k >= 0 && a.toks[k].norm == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch a.toks[k].norm {
	case "without", "except", "excluding", "minus":
		return true
	}
	return !c.adj && topicCues[a.toks[k].norm] // "discussed Iran with President X": what is talked about
}

// conflictCompound reports whether country mention c is one side of a
// hyphened pair that names a conflict: "the Israel-Hamas conflict",
// "the Hamas-Israel war".
func (a *eventStage) conflictCompound(c countryMention) bool {
	if p := a.tok(c.i - 1); p.text == "-" && !p.space && a.tok(c.i-2).upper {
		return topicBeforeIn[a.tok(c.j).norm]
	}
	k := c.j
	if h := a.tok(k); h.text != "-" || h.space {
		return false
	}
	k++
	for n := 0; n < 3 && a.tok(k).upper && a.tok(k).kind == tokWord; n++ {
		k++
	}
	return k > c.j+1 && topicBeforeIn[a.tok(k).norm]
}

// presenceIn reports whether sentence s says who was present: "flanked
// by", "attended by", "joined by", "alongside".
func (a *eventStage) presenceIn(s int) bool {
	st := a.sents[s]
	for i := st.first; i+1 < st.last; i++ {
		switch a.toks[i].norm {
		case "flanked", "attended", "joined":
			if a.tok(i+1).norm == "by" {
				return true
			}
		}
	}
	return false
}

// reliefIn reports whether sentence s is about relief or rescue.
func (a *eventStage) reliefIn(s int) bool {
	st := a.sents[s]
	for i := st.first; i < st.last; i++ {
		if reliefWords[a.toks[i].norm] {
			return true
		}
	}
	return false
}

// holdingVerbs say that an exercise takes place.
// (data/words-events.tsv)
var holdingVerbs = wordSet("holdingVerbs")

// holdingIn reports whether sentence s says that something is held.
func (a *eventStage) holdingIn(s int) bool {
	st := a.sents[s]
	for i := st.first; i < st.last; i++ {
		if holdingVerbs[a.toks[i].norm] {
			return true
		}
	}
	return false
}

// protocolCeremonies: see data/words-events.tsv.
var protocolCeremonies = wordSet("protocolCeremonies")

// protocolCeremony reports whether the ceremony trigger at [i, j) is part
// of a visit's protocol or of another occasion: "a welcome ceremony", "a
// signing ceremony", "a ceremony to mark the signing", "the Forum's
// opening ceremony".
func (a *eventStage) protocolCeremony(i, j int) bool {
	if a.toks[i].norm != "ceremony" && a.toks[i].norm != "opening" {
		return false
	}
	p := a.tok(i - 1)
	if protocolCeremonies[p.norm] || p.norm == "official" && protocolCeremonies[a.tok(i-2).norm] {
		return true
	}
	if a.toks[i].norm == "opening" && p.norm == "'s" {
		return true // "the Forum's opening ceremony": the forum
	}
	if a.welcomedWith(i) {
		return true // "welcomed X with an official ceremony"
	}
	for k := j; k < j+7 && k < len(a.toks) && a.sentenceOf(k) == a.sentenceOf(i); k++ {
		if a.toks[k].norm == "signing" {
			return true // "a ceremony was then held to mark the signing"
		}
	}
	if p.norm == "the" && a.toks[i].norm == "ceremony" {
		// "The ceremony, set to epic music, lasted 15 minutes": the
		// protocol ceremony told before, told again
		for k := i - 2; k > 0; k-- {
			if a.toks[k].norm == "ceremony" && a.tok(k-1).norm != "the" {
				return a.protocolCeremony(k, k+1)
			}
		}
	}
	return false
}

// destinationAdjectives: see data/words-events.tsv.
var destinationAdjectives = wordSet("destinationAdjectives")

// welcomeVerbs: see data/words-events.tsv.
var welcomeVerbs = wordSet("welcomeVerbs")

// welcomedWith reports whether the ceremony at token i follows "with a"
// or "with an", with at most three lower-case words between ("with an
// official ceremony", "with a minutely choreographed ceremony"), in a
// clause of welcome: a welcome verb earlier in its sentence.
func (a *eventStage) welcomedWith(i int) bool {
	k := i - 1
	for m := 0; m < 3 && k > 0; m++ {
		if n := a.tok(k).norm; n == "a" || n == "an" || a.toks[k].kind != tokWord || a.toks[k].upper {
			break
		}
		k--
	}
	if n := a.tok(k).norm; n != "a" && n != "an" || a.tok(k-1).norm != "with" {
		return false
	}
	for m := a.sents[a.sentenceOf(i)].first; m < k; m++ {
		if welcomeVerbs[a.toks[m].norm] {
			return true
		}
	}
	return false
}

// visitsPerson reports whether the visit trigger ending at j has a person
// as its object: "visited the Secretary of Economy", "visited President
// X"; not "visited China".
func (a *eventStage) visitsPerson(j int) bool {
	k := j
	if a.tok(k).norm == "the" {
		k++
	}
	if a.isCountryToken(k) {
		return false
	}
	if _, _, ok := a.titleAt(k); ok {
		return true
	}
	for _, m := range a.leaderMentionsBetween(k, k+1) {
		if m.i == k {
			return true
		}
	}
	return false
}

// titledLeaderAt reports whether a leader is named after a title phrase
// from token j on, with its article and country words before the title:
// "meet Danish Minister for Foreign Affairs Lars Løkke Rasmussen", where
// the name stands too far from the verb for a plain look-ahead.
func (a *eventStage) titledLeaderAt(j int) bool {
	k := j
	if a.tok(k).norm == "the" {
		k++
	}
	if c := a.countryMentionAt(k); c >= 0 {
		k = a.countries[c].j
		if a.tok(k).norm == "'s" {
			k++
		}
	}
	e, _, ok := a.titleAt(k)
	if !ok {
		return false
	}
	e = a.skipHonorifics(e)
	for _, m := range a.leaderMentionsBetween(e, e+1) {
		if m.i == e {
			return true
		}
	}
	return false
}

// callPurposes are the verbs of a call's purpose after "called on X to"
// (data/words-events.tsv).
var callPurposes = wordSet("callPurposes")

// urgedAfter reports whether the person named from token j on is urged
// to act: "to" and a verb other than a call's purpose follow in the
// clause ("called on President X on Sunday to end the war", not "called
// on President X to discuss ties").
func (a *eventStage) urgedAfter(j int) bool {
	last := a.sents[a.sentenceOf(j)].last
	for k := j; k < last && k < j+14; k++ {
		switch a.toks[k].text {
		case ",", ";", ":":
			return false
		case "to":
			return k+1 < last && !callPurposes[a.tok(k+1).norm]
		}
	}
	return false
}

// callsOnPerson reports whether the words from token j on name a person
// called on: a title or a leader, after "the" and a country's adjective
// or possessive ("called on Maldivian President X", "called on the
// Prime Minister"), or "him" or "her".
func (a *eventStage) callsOnPerson(j int) bool {
	k := j
	if n := a.tok(k).norm; n == "him" || n == "her" {
		return true // "when Foreign Minister X called on him"
	}
	if a.tok(k).norm == "the" {
		k++
	}
	if a.isCountryToken(k) {
		for k < len(a.toks) && a.isCountryToken(k) {
			k++
		}
		if a.tok(k).norm == "'s" {
			k++
		}
		_, _, ok := a.titleAt(k)
		return ok
	}
	return a.visitsPerson(j)
}

// pronounOfOthers reports whether the "he" or "she" opening sentence s
// is read as one of the side of the people met (others), not of
// subject's: one who has meetings with people of his own side is rather
// the visitor told of ("With President A he attended a ceremony. He also
// had meetings with B and with C").
func (a *eventStage) pronounOfOthers(s int, subject *leader, others []*leader) bool {
	op := a.openingPronounFor(s)
	return op != nil && len(others) > 0 && op.country != "" && op.country != subject.country && op.country == others[0].country
}

// roleOf returns the end of a reference to the leader l by his title
// among tokens [i, j) ("the prime minister" for a Prime Minister, named
// before); -1 when there is none.
func (a *eventStage) roleOf(l *leader, i, j int) int {
	words := strings.Fields(strings.ToLower(l.title))
	if len(words) == 0 {
		return -1
	}
	for k := i; k+len(words) <= j; k++ {
		if a.toks[k].norm != "the" {
			continue
		}
		n := 0
		for n < len(words) && a.tok(k+1+n).norm == words[n] {
			n++
		}
		if n == len(words) {
			return k + 1 + n
		}
	}
	return -1
}

// metInOneSentence returns the leaders of others whom one sentence of e
// names after subject, its first leader, the "he" opening it or a
// reference by the subject's title ("the prime minister"), with no
// companion word between
// ("after Minister X had held meetings with A, B and C"): the people
// subject met, one meeting each; nil when no sentence names two of them
// (need of them, when need is less, in a sentence of several "meetings").
func (a *eventStage) metInOneSentence(e *event, subject *leader, others []*leader, need int) []*leader {
	for _, s := range e.sents {
		st := a.sents[s]
		ms := a.leaderMentionsBetween(st.first, st.last)
		from := 1 // the mentions after the subject's
		subjEnd := 0
		switch {
		case len(ms) > 0 && len(ms[0].leaders) == 1 && ms[0].leaders[0] == subject:
			subjEnd = ms[0].j
		case a.openingPronounFor(s) == subject || a.pronounOfOthers(s, subject, others):
			from, subjEnd = 0, st.first+1 // "He also had meetings with A and with B"
		case len(ms) > 0 && a.roleOf(subject, st.first, ms[0].i) >= 0:
			from, subjEnd = 0, a.roleOf(subject, st.first, ms[0].i) // "the envoy said the prime minister would meet A, B and C"
		default:
			continue
		}
		var met []*leader
		companion, also := false, false
		for _, m := range ms[from:] {
			if len(m.leaders) != 1 {
				continue
			}
			for k := subjEnd; k < m.i; k++ {
				companion = companion || companionWords[a.toks[k].norm]
				also = also || len(met) == 0 && otherMeetingWords[a.toks[k].norm]
			}
			for _, o := range others {
				if o == m.leaders[0] && !companion && !slices.Contains(met, o) {
					met = append(met, o)
				}
			}
		}
		if len(met) >= 2 || len(met) >= need && a.betweenHas(a.sents[s].first, a.sents[s].last, "meetings") {
			return met // one more person met only in a sentence of several meetings: "held two further meetings, one with Z"
		}
		if len(met) >= need && also {
			return met // or after a word of another meeting: "X met Y on Monday. X also held talks with Z"
		}
		if len(met) >= need && !slices.Contains(e.doneSents, s) {
			return met // or in a sentence of plans only: "X met Y on Monday. X is also due to meet Z"
		}
	}
	return nil
}

// metEachAlone returns others when each of them is met in a sentence of
// e that names no other of them: the subject first (or told by a pronoun
// opening it), then a meeting trigger, then the person met, with no
// companion word between ("X held talks with Y on Monday. ... X further
// met Speaker Z"); else nil. People named as taking part ("Z also took
// part in the talks") are not met on their own. Those met in a sentence
// with no date, not the one e's date was read from, are in undated (but
// the first, met on e's day): the day of their meeting is untold.
func (a *eventStage) metEachAlone(e *event, subject *leader, others []*leader) (met []*leader, undated map[*leader]bool) {
	at := map[*leader]int{} // the sentence each is met in
	for _, o := range others {
		k := slices.IndexFunc(e.sents, func(s int) bool { return a.metAloneIn(s, subject, o, others) })
		if k < 0 {
			return nil, nil
		}
		at[o] = e.sents[k]
		met = append(met, o)
	}
	slices.SortStableFunc(met, func(x, y *leader) int { return at[x] - at[y] })
	undated = map[*leader]bool{}
	for _, o := range met[1:] {
		if s := at[o]; s != e.dateSent && len(a.datesIn(s)) == 0 {
			undated[o] = true
		}
	}
	return met, undated
}

// innerPronoun returns the first "he" or "she" of sentence s, after an
// opening phrase ("At the mausoleum in Hanoi he ..."), or -1.
func (a *eventStage) innerPronoun(s int) int {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if n := a.toks[k].norm; n == "he" || n == "she" {
			return k
		}
	}
	return -1
}

// metAloneIn reports whether sentence s tells subject meeting o alone of
// others (see metEachAlone).
func (a *eventStage) metAloneIn(s int, subject, o *leader, others []*leader) bool {
	st := a.sents[s]
	ms := a.leaderMentionsBetween(st.first, st.last)
	from := -1
	switch {
	case len(ms) > 0 && len(ms[0].leaders) == 1 && ms[0].leaders[0] == subject:
		from = ms[0].j
	case a.openingPronounFor(s) == subject:
		from = st.first + 1
	default:
		// "At the mausoleum he paid tribute ..., and he made a courtesy
		// call on Y": a pronoun no leader's name precedes (see
		// pronounLeader)
		k := a.innerPronoun(s)
		if k < 0 || a.pronounLeader(k+1) != subject {
			return false
		}
		from = k + 1
	}
	at := -1
	for _, m := range ms {
		for _, l := range m.leaders {
			if l != o && slices.Contains(others, l) {
				return false // another of them named beside: see jointlyMet
			}
		}
		if len(m.leaders) == 1 && m.leaders[0] == o && m.i >= from && at < 0 {
			at = m.i
		}
	}
	if at < 0 {
		return false
	}
	trigger := false
	for k := from; k < at; k++ {
		if companionWords[a.toks[k].norm] {
			return false
		}
		if tr, _, ok := a.triggerAt(triggers, k); ok && tr.kind == graph.KindMeeting {
			trigger = true
		}
	}
	return trigger
}

// otherMeetingWords, between the subject and the person met, tell a
// meeting besides the one told before (data/words-events.tsv).
var otherMeetingWords = wordSet("otherMeetingWords")

// levelOf reports whether the summit trigger ending at j names a level of
// contacts or a manner of diplomacy, not an occasion: "summit level", "at
// both the summit and foreign-minister levels", "a week of summit
// diplomacy", "his first summit trip".
func (a *eventStage) levelOf(j int) bool {
	for k := j; k < j+5 && k < len(a.toks); k++ {
		switch n := a.toks[k].norm; {
		case n == "level" || n == "levels" || n == "diplomacy" || k == j && n == "trip":
			return true
		case k == j && n == "-", n == "and" || n == "-" || a.toks[k].kind == tokWord && !a.toks[k].upper && k > j:
			continue
		default:
			return false
		}
	}
	return false
}

// callAt reports whether "call" at [i, j) is a conversation: after "a"
// ("in a call on Thursday"; "the call" only refers back to one), not
// followed by "for" or "to" ("a call for restraint", "a call to act"),
// and not capitalised (a name: "Call of Duty").
func (a *eventStage) callAt(i, j int) bool {
	if a.toks[i].upper || a.tok(i-1).norm != "a" {
		return false
	}
	switch a.tok(j).norm {
	case "for", "to", "by", "of":
		return false
	}
	return true
}

// sourceStatement reports whether the press statement at [i, j) names
// the source of a report rather than a statement issued as an occasion:
// "according to the presidential press statement", "said in a press
// statement", "in a press statement released on Thursday".
func (a *eventStage) sourceStatement(i, j int) bool {
	if a.toks[i].norm != "press" {
		return false // a joint statement or declaration issued is an occasion
	}
	s := a.sentenceOf(i)
	for k := i - 1; k >= i-5 && k >= a.sents[s].first; k-- {
		if a.toks[k].norm == "according" {
			return true
		}
	}
	d := a.tok(i - 1).norm
	if a.tok(i-2).norm != "in" || d != "a" && d != "its" && d != "their" && d != "his" && d != "her" {
		return false
	}
	return reportingVerbs[a.tok(i-3).norm] || a.tok(j).norm == "released" || a.tok(j).norm == "published" || a.tok(j).norm == ","
}

// splitByCountries returns one meeting per partner when one side held
// bilateral talks with several countries named in the report's first
// sentence ("held bilateral talks with the presidents of Angola, Ghana
// and Kenya"): bilateral talks with three countries are three meetings.
// Otherwise it returns e alone.
func (a *eventStage) splitByCountries(e *event) []*event {
	if e.kind != graph.KindMeeting || len(e.countries) < 3 || !a.bilateralTalksIn(e.first) {
		return []*event{e}
	}
	side := ""
	for _, l := range e.leaders {
		if l.country == "" || side != "" && l.country != side {
			return []*event{e}
		}
		side = l.country
	}
	named := map[string]bool{}
	for _, c := range a.countriesOfSentence(e.first) {
		named[c.code] = true
	}
	if side == "" || !named[side] && len(e.leaders) == 0 {
		return []*event{e}
	}
	var out []*event
	for _, c := range e.countries {
		if c == side {
			continue
		}
		if !named[c] {
			return []*event{e} // a partner named elsewhere: not one list
		}
		n := *e
		n.countries, n.codeSet = []string{side, c}, nil
		n.leaders, n.leaderSet = append([]*leader(nil), e.leaders...), nil
		out = append(out, &n)
	}
	return out
}

// bilateralTalksIn reports whether sentence s speaks of bilateral talks or
// meetings.
func (a *eventStage) bilateralTalksIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k+1 < st.last; k++ {
		if a.toks[k].norm != "bilateral" {
			continue
		}
		switch a.toks[k+1].norm {
		case "talks", "meetings", "meeting", "consultations":
			return true
		}
	}
	return false
}

// destinationAt returns the country a visit trigger ending at j names as
// its destination: "visited Ghana", "a visit to Ghana", "arrived in the
// Republic of Angola"; "" when none, and none in a possessive or before a
// leader's title right after the trigger: "during the visit Serbia's
// Foreign Minister met", "Visiting Maldives President X" name the
// visitor's country.
func (a *eventStage) destinationAt(j int) string {
	k := j
	switch a.tok(k).norm {
	case "to", "in", "into":
		k++
	}
	bare := k == j
	if a.tok(k).norm == "the" {
		k++
	}
	if destinationAdjectives[a.tok(k).norm] && !a.tok(k).upper {
		k++ // "a visit to neighbouring Afghanistan"
	}
	if a.tok(k).norm == "republic" && a.tok(k+1).norm == "of" {
		if c := a.countryMentionAt(k); c < 0 {
			k += 2
		}
	}
	c := a.countryMentionAt(k)
	if c < 0 || a.countries[c].adj || a.sentenceOf(k) != a.sentenceOf(j-1) {
		return ""
	}
	if _, _, title := a.titleAt(a.countries[c].j); bare && (a.tok(a.countries[c].j).norm == "'s" || title) {
		return "" // "Visiting Maldives President X": the visitor's country
	}
	if e := a.countries[c].j; a.tok(e).norm == "and" || a.tok(e).text == "," {
		if n := a.countryMentionAt(e + 1); n >= 0 && !a.countries[n].adj {
			return "" // "a visit to Indonesia and Singapore": a tour, not one destination
		}
	}
	return a.countries[c].code
}

// datesTrigger reports whether date d is the possessive before the noun
// trigger at token i, with at most three words between: "ahead of
// Tuesday's meeting", "Thursday's 33rd Arab Summit".
func (a *eventStage) datesTrigger(d dateMention, i int) bool {
	k := a.tokenAtByte(d.bend)
	if a.tok(k).norm != "'s" || i <= k || i-k > 4 || a.sentenceOf(k) != a.sentenceOf(i) {
		return false
	}
	for m := k + 1; m < i; m++ {
		if t := a.toks[m]; t.kind == tokPunct {
			return false
		}
	}
	return true
}

// dropRetold drops the events first told from another time ("made the
// announcement after his meeting with X") that another event of the same
// kind and date reports with the same people ("X and Y met on Tuesday"):
// one occasion, told twice.
func dropRetold(evs []*event) []*event {
	type kindDate struct{ kind, date string }
	told := map[kindDate][]*event{} // the events not detached, by kind and date
	for _, e := range evs {
		if !e.detached {
			k := kindDate{string(e.kind), e.date}
			told[k] = append(told[k], e)
		}
	}
	out := evs[:0:0]
	for _, e := range evs {
		if e.detached && retold(e, told[kindDate{string(e.kind), e.date}]) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// retold reports whether one of others (events of e's kind and date, not
// detached) has all of e's leaders, two at least.
func retold(e *event, others []*event) bool {
	if len(e.leaders) < 2 {
		return false
	}
	for _, o := range others {
		if o == e || e.dest != "" && o.dest != "" && e.dest != o.dest {
			continue
		}
		all := true
		for _, l := range e.leaders {
			all = all && hasOnce(o.leaders, o.leaderSet, l)
		}
		if all {
			return true
		}
	}
	return false
}

// leaderBefore reports whether a leader is named before token i in its
// sentence, as a subject may be ("X will be in Namibia"), or whether the
// subject right before the auxiliary at i-1 is "he", "she" or a word of a
// leader's name ("Marcos will be in Indonesia").
func (a *eventStage) leaderBefore(i int) bool {
	if len(a.leaderMentionsBetween(a.sents[a.sentenceOf(i)].first, i)) > 0 {
		return true
	}
	s := a.tok(i - 2)
	if s.norm == "he" || s.norm == "she" {
		return true
	}
	for _, l := range a.leaders {
		if s.upper && slices.Contains(l.parts, s.norm) {
			return true
		}
	}
	return false
}

// sameMonth reports whether a month-level date and a day-level one name
// the same month, in either order: "in September 2023" and "on Sept. 11".
func sameMonth(date, prec string, d dateMention) bool {
	day := d.day()
	if len(date) < 7 || len(day) < 7 || date[:7] != day[:7] {
		return false
	}
	return prec == "month" && d.iso != "" || prec == "day" && d.iso == "" && d.prec == "month"
}

// talksAtDestination gives a meeting the destination of the visit its
// sentence reports ("a working visit to Angola on March 5, where talks
// are planned with ..."): talks held in two countries visited on one
// day are two meetings.
func talksAtDestination(hits []hit) {
	dest := map[int]string{} // sentence → the first destination of a visit in it
	for _, v := range hits {
		if v.kind == graph.KindVisit && v.dest != "" && !v.past && !v.detached && dest[v.sent] == "" {
			dest[v.sent] = v.dest
		}
	}
	for k := range hits {
		if h := &hits[k]; h.kind == graph.KindMeeting && h.dest == "" {
			h.dest = dest[h.sent]
		}
	}
}

// venueEnd returns the token after a venue named right at j ("at Al
// Husseiniya Palace", "in the Oval Office": "at" or "in", then capitalised
// words ending in a venue word, see venueWords), where the person
// received is named; j when there is none.
func (a *eventStage) venueEnd(j int) int {
	if n := a.tok(j).norm; n != "at" && n != "in" {
		return j
	}
	k := j + 1
	if a.tok(k).norm == "the" {
		k++
	}
	for start := k; k < len(a.toks) && k < start+5 && a.toks[k].kind == tokWord && a.toks[k].upper; k++ {
		if venueWords[a.toks[k].norm] {
			return k + 1
		}
	}
	return j
}

// airportGreeting reports whether the word "met" (or "meet") at token i
// tells of a guest's welcome on arrival: its clause names an airport or
// the tarmac, with no "and" or "then" between the two ("At the airport X
// was met by Foreign Minister Y", "at King
// Khalid International Airport, where MBS met him with a handshake"). Such
// a greeting is the visit's, no talks of its own.
func (a *eventStage) airportGreeting(i int) bool {
	if n := a.toks[i].norm; n != "met" && n != "meet" && n != "meets" {
		return false
	}
	st := a.sents[a.sentenceOf(i)]
	for k := st.first; k < st.last; k++ {
		if !airportWords[a.toks[k].norm] && a.toks[k].norm != "tarmac" {
			continue
		}
		from, to := min(i, k), max(i, k)
		if !a.betweenHas(from, to, "and") && !a.betweenHas(from, to, "then") && !a.betweenHas(from, to, ";") {
			return true // (not "welcomed at the airport by X, and went on to meet the president")
		}
	}
	return false
}

// meetingNamedBefore reports whether the sentence of the bare "call" at
// token i names the occasion a meeting before it, with no word of a
// telephone or a video link: "In a separate meeting on Monday, X received
// a call from Y, the newly appointed Ambassador" tells of a call paid in
// person.
func (a *eventStage) meetingNamedBefore(i int) bool {
	st := a.sents[a.sentenceOf(i)]
	if !a.betweenHas(st.first, i, "meeting") {
		return false
	}
	for k := st.first; k < st.last; k++ {
		switch a.toks[k].norm {
		case "phone", "telephone", "telephoned", "phoned", "video", "virtual", "videoconference":
			return false
		}
	}
	return true
}

// dayOfWords name one day of a longer occasion: "the last day of his
// visit", "the second day of the visit".
var dayOfWords = map[string]bool{"last": true, "final": true, "closing": true, "concluding": true, "second": true, "third": true, "fourth": true, "fifth": true}

// dayOfBetween reports whether tokens [i, j) (a date's end to a trigger)
// are "[, ] the <last|second|…> day of [his|her|the|…]": the date is of that
// day of the occasion, not of its start.
func (a *eventStage) dayOfBetween(i, j int) bool {
	if j <= i || j-i > 8 {
		return false
	}
	for k := i; k+2 < j; k++ {
		if dayOfWords[a.toks[k].norm] && a.toks[k+1].norm == "day" && a.toks[k+2].norm == "of" {
			return true
		}
	}
	return false
}

// dayOfVisitDate reports whether visit e is dated by the day that one of
// its triggers is told to be one day of: "On April 15, the last day of
// his official visit" (the date right before "the last day of").
func (a *eventStage) dayOfVisitDate(e *event) bool {
	if e.kind != graph.KindVisit || e.date == "" {
		return false
	}
	for _, t := range e.trigs {
		for _, d := range a.datesIn(a.sentenceOf(t)) {
			if de := a.tokenAtByte(d.bend); d.iso == e.date && de < t && a.dayOfBetween(de, t) {
				return true
			}
		}
	}
	return false
}

// pairTalks reports whether the talks of e, whose sentence names one
// leader and no one they were held with, are the two sides' of a report
// of two countries: that leader is of one of them, and the text names the
// other's leader elsewhere.
func (a *eventStage) pairTalks(e *event, sl [][]*leader) bool {
	ls := e.leadersOf(sl)
	ps := a.parties()
	if len(ls) != 1 || len(ps) != 2 || !slices.Contains(ps, ls[0].country) {
		return false
	}
	for _, l := range a.leaders {
		if l.country != "" && l.country != ls[0].country && slices.Contains(ps, l.country) {
			return true
		}
	}
	return false
}
