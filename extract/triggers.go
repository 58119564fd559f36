package extract

import (
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// trigger is a phrase that announces an event of some kind.
type trigger struct {
	words []string // folded tokens
	kind  graph.EventKind
}

// triggers lists event trigger phrases; longer phrases are tried first.
// (data/words-events.tsv)
var triggers = wordTriggers("triggers")

// reliefWords make "dispatched" or "flown to" a relief mission.
// (data/words-events.tsv)
var reliefWords = wordSet("reliefWords")

// weakTriggers are statements that count only in an article with no other event.
// (data/words-events.tsv)
var weakTriggers = wordTriggers("weakTriggers")

func buildTriggers(m map[graph.EventKind][]string) map[string][]trigger {
	out := map[string][]trigger{}
	for kind, phrases := range m {
		for _, p := range phrases {
			toks := tokenize(p)
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = t.norm
			}
			out[words[0]] = append(out[words[0]], trigger{words: words, kind: kind})
		}
	}
	for k, ts := range out {
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].words) > len(ts[j-1].words); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		out[k] = ts
	}
	return out
}

// triggerAt returns the trigger starting at token i and its end.
func (a *eventStage) triggerAt(set map[string][]trigger, i int) (trigger, int, bool) {
	for _, tr := range set[a.toks[i].norm] {
		if i+len(tr.words) > len(a.toks) {
			continue
		}
		ok := true
		for k, w := range tr.words {
			if a.toks[i+k].norm != w {
				ok = false
				break
			}
		}
		if ok {
			return tr, i + len(tr.words), true
		}
	}
	return trigger{}, i, false
}

// negationWords before a trigger deny its occasion: "did not hold", "was
// unable to make the trip". (data/words-events.tsv)
var negationWords = wordSet("negationWords")

// negated reports whether a trigger at token i is negated ("did not hold",
// "Never before had X held a summit").
func (a *eventStage) negated(i int) bool {
	s := a.sentenceOf(i)
	for k := i - 1; k >= 0 && k >= i-4 && a.sentenceOf(k) == s; k-- {
		if negationWords[a.toks[k].norm] {
			return true
		}
	}
	return a.neverOpens(s, i) || a.noSubject(s, i) || a.processGoingOn(i)
}

// processGoingOn reports whether the trigger at i is talks told as a
// process going on, with no occasion: "Talks are also going on over the
// project", "negotiations are ongoing" (not "talks got under way this
// morning").
func (a *eventStage) processGoingOn(i int) bool {
	if n := a.toks[i].norm; n != "talks" && n != "negotiations" && n != "consultations" {
		return false
	}
	k := i + 1
	if v := a.tok(k).norm; v != "are" && v != "were" && v != "is" {
		return false
	}
	k++
	if a.tok(k).norm == "also" || a.tok(k).norm == "still" {
		k++
	}
	switch a.tok(k).norm {
	case "ongoing", "continuing", "proceeding":
		return true
	case "going", "in":
		return a.tok(k+1).norm == "on" || a.tok(k+1).norm == "progress"
	}
	return false
}

// noSubject reports whether the clause of the trigger at i opens with "no"
// within ten words before it: "no incumbent Japanese premier has made a
// visit to Iran in 41 years", a first told, no occasion; so too across a
// speaker's aside, "no wise man, he stressed, would sit down with".
func (a *eventStage) noSubject(s, i int) bool {
	first := a.sents[s].first
	for k := i - 1; k >= first && k >= i-10; k-- {
		if a.toks[k].text == "," {
			if o := a.speakerAsideOpen(k); o > first {
				k = o
				continue
			}
		}
		switch a.toks[k].text {
		case ",", ";", ":":
			return false
		}
		if a.toks[k].norm == "no" && (k == first || a.toks[k-1].text == ";" || a.toks[k-1].text == ":") {
			return true
		}
	}
	return false
}

// neverOpens reports whether sentence s opens with "Never" inverted
// before the trigger at i, in one clause: "Never before had X held a
// summit with ...", a first told, no occasion.
func (a *eventStage) neverOpens(s, i int) bool {
	st := a.sents[s]
	if a.toks[st.first].norm != "never" {
		return false
	}
	for k := st.first; k < i; k++ {
		if a.toks[k].text == "," || a.toks[k].text == ";" {
			return false
		}
	}
	return true
}

// signNoun reports whether "sign" at token i is the noun ("a sign that
// ties are warming", `a "sign of friendship"`), not the verb of a
// signing. The verb is never followed by "of".
func (a *eventStage) signNoun(i int) bool {
	if a.toks[i].norm != "sign" {
		return false
	}
	if a.tok(i+1).norm == "of" {
		return true
	}
	p := i - 1
	for p >= 0 && isQuote(a.toks[p].text) {
		p--
	}
	switch a.tok(p).norm {
	case "a", "an", "another", "the", "clear", "positive", "good", "first":
		return p >= 0
	}
	return false
}

// businessWords near a round table make it a business forum ("a roundtable
// with businesses"), not a meeting of some other group ("a roundtable with
// women leaders"). (data/words-events.tsv)
var businessWords = wordSet("businessWords")

// roundtableOfBusiness reports whether the round table trigger at [i, j)
// has a business word within five tokens before or after it in its
// sentence; other triggers are left alone.
func (a *eventStage) roundtableOfBusiness(i, j int) bool {
	if n := a.toks[i].norm; n != "roundtable" && n != "round" {
		return true
	}
	s := a.sentenceOf(i)
	for k := i - 5; k < j+5; k++ {
		if k >= 0 && k < len(a.toks) && a.sentenceOf(k) == s && businessWords[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// historical reports whether the trigger at [i, j) refers to a past year
// ("the 1998 joint declaration", "signed in 2018").
func (a *eventStage) historical(i, j int) bool {
	if a.ref.IsZero() {
		return false
	}
	s := a.sentenceOf(i)
	isPast := func(k int) bool {
		t := a.toks[k]
		if t.kind != tokNumber || len(t.text) != 4 || a.sentenceOf(k) != s {
			return false
		}
		y := 0
		for _, c := range t.text {
			y = y*10 + int(c-'0')
		}
		return y >= 1900 && y < a.ref.Year()
	}
	for k := i - 3; k < i; k++ {
		if k >= 0 && isPast(k) {
			return true
		}
	}
	for k := j; k < j+clauseReach+2 && k < len(a.toks); k++ {
		// "signed in 2018", "the declaration of April 2022", "paid a visit
		// to Tajikistan in September 2014"
		p := a.tok(k - 1).norm
		if !isPast(k) || !(p == "in" || p == "of" || len(p) >= 3 && months[p[:3]] != 0 && a.tok(k-1).upper) {
			continue
		}
		if k < j+3 || a.plainBetween(j, k-1) {
			return true
		}
	}
	return false
}

// invited reports whether the trigger at [i, j) is the object of an
// invitation ("invited the Tajik leader to visit", "to pay a state visit").
func (a *eventStage) invited(i, j int) bool {
	visit := false
	for k := i; k < j; k++ {
		visit = visit || a.toks[k].norm == "visit"
	}
	if !visit {
		return false
	}
	s := a.sentenceOf(i)
	for k := i - 1; k >= 0 && k >= i-8 && a.sentenceOf(k) == s; k-- {
		if invitationWords[a.toks[k].norm] {
			return true
		}
	}
	// "invited the President of the Republic of Ivory Coast, Alassane
	// Ouattara, to pay an official visit": the visit an infinitive of
	// the invitation, however long its object
	to := -1
	for k := i - 1; k >= 0 && k >= i-6 && a.sentenceOf(k) == s; k-- {
		if a.toks[k].norm == "to" {
			to = k
			break
		}
	}
	if to < 0 {
		return false
	}
	for k := to - 1; k >= 0 && k >= to-25 && a.sentenceOf(k) == s && a.toks[k].text != ";"; k-- {
		if invitationWords[a.toks[k].norm] || askWords[a.toks[k].norm] && to-k <= 6 {
			return true // (also "Modi asked Prime Minister Netanyahu to pay an official visit to India")
		}
	}
	return false
}

// askWords make a visit in the infinitive after their object an
// invitation: "asked X to pay a visit", "urged X to visit".
var askWords = map[string]bool{"asked": true, "asks": true, "urged": true, "urges": true, "requested": true}

// invitationWords make a visit after them the object of an invitation.
var invitationWords = map[string]bool{"invited": true, "invitation": true, "invite": true, "invites": true, "inviting": true}

// detached reports whether the trigger at i is set at another time than its
// sentence: "after attending a summit", "ahead of a visit".
func (a *eventStage) detached(i int) bool {
	s := a.sentenceOf(i)
	if i > 1 && a.tok(i-1).norm == "the" && (a.tok(i-2).norm == "after" || a.tok(i-2).norm == "following") && a.toks[i].norm == "talks" {
		return false // "after the talks": the talks the article reports
	}
	for k := i - 1; k >= 0 && k >= i-4 && a.sentenceOf(k) == s; k-- {
		if k == i-1 && a.lastAsAdverb(k) {
			continue // "X last came to Prague in September": the occasion told, at its time
		}
		switch a.toks[k].norm {
		case "after", "before", "ahead", "following", "previous", "last", "next":
			return true
		}
	}
	return false
}

// lastAsAdverb reports whether "last" at k tells when a verb in the past
// after it happened ("X last came to Prague", "last visited Hanoi"),
// not which occasion a noun after it is ("the last meeting", "his last
// visit").
func (a *eventStage) lastAsAdverb(k int) bool {
	if a.toks[k].norm != "last" {
		return false
	}
	switch a.tok(k - 1).norm {
	case "the", "his", "her", "their", "its", "our", "a", "this", "that":
		return false
	}
	v := a.tok(k + 1).norm
	return irregularPast[v] || strings.HasSuffix(v, "ed")
}

// sequel reports whether the trigger at i is detached by a word that
// puts the sentence's deed just after or before the same occasion ("after
// talks with X, he said", "ahead of the visit"), not by one that names
// another occasion ("the previous meeting", "the next summit").
func (a *eventStage) sequel(i int) bool {
	s := a.sentenceOf(i)
	for k := i - 1; k >= 0 && k >= i-4 && a.sentenceOf(k) == s; k-- {
		switch a.toks[k].norm {
		case "previous", "last", "next":
			return false
		case "after", "before", "ahead", "following":
			return true
		}
	}
	return false
}

// apartWords before a trigger in its sentence tell another occasion than
// one reported before: "in a separate meeting", "afterwards, X met Y".
// (data/words-events.tsv)
var apartWords = wordSet("apartWords")

// apart reports whether the trigger at i is told as an occasion apart
// from those reported before it: an apartWords word stands before it in
// its sentence, or the sentence opens with "Later", or "separately"
// closes its clause: "X met A and B separately".
func (a *eventStage) apart(i int) bool {
	st := a.sents[a.sentenceOf(i)]
	if a.toks[st.first].norm == "later" || i > st.first && a.toks[i-1].norm == "other" {
		return true // (and "his other meetings were with A, B and C")
	}
	for k := st.first; k < i; k++ {
		if apartWords[a.toks[k].norm] {
			return true
		}
	}
	for k := i + 1; k < st.last && k <= i+8; k++ {
		if t := a.toks[k]; t.norm == "separately" {
			return true
		} else if t.kind != tokWord && t.text != "," || clauseWords[t.norm] {
			break // not past the clause: "met A, who ... separately"
		}
	}
	return false
}

// partSessions are the sessions that are parts of a larger occasion, not
// meetings of their own: "the closing session", "a plenary session".
// (data/words-events.tsv)
var partSessions = wordSet("partSessions")

// insideKnownOrg reports whether token i is part of an organization from
// the gazetteer ("Pacific Islands Forum") or of an organ of one ("the
// Pacific Islands Forum Secretariat").
func (a *eventStage) insideKnownOrg(i int) bool {
	if k := orgIndexAt(a.orgCover, i); k >= 0 {
		_, known := a.x.gaz.orgByName[strings.TrimPrefix(a.orgs[k].key, "org:")]
		return known || a.orgInfo[a.orgs[k].key].organ
	}
	return false
}

// openables are the things whose opening is a ceremony ("opened a border
// checkpoint"), beside the heads of project names.
// (data/words-events.tsv)
var openables = wordSet("openables")

// opensThing reports whether the sentence of a bare "opened" at token i
// names a thing that can be opened in a ceremony: not "opened the talks"
// or "opened new markets".
func (a *eventStage) opensThing(i int) bool {
	st := a.sents[a.sentenceOf(i)]
	for k := st.first; k < st.last; k++ {
		n := a.toks[k].norm
		if _, ok := projectHeads[n]; ok && n != "service" && n != "line" && n != "link" && n != "field" && n != "mission" && n != "program" && n != "programme" && n != "project" || openables[n] {
			return true
		}
	}
	return false
}

// openedTalks: see data/words-events.tsv.
var openedTalks = wordSet("openedTalks")

// opensTalks reports whether the object of "opened" ending at j is talks
// (openedTalks) named within five words, before any other noun phrase
// ends: "opened their annual informal meeting", "opened the session"; the
// opening of talks is their start, not a ceremony.
func (a *eventStage) opensTalks(j int) bool {
	for k := j; k < j+5 && k < len(a.toks); k++ {
		t := a.toks[k]
		if openedTalks[t.norm] {
			return true
		}
		if t.kind != tokWord || t.upper && k > j {
			return false
		}
	}
	return false
}

// signedBooks and signingTopics: see data/words-events.tsv.
var (
	signedBooks   = wordSet("signedBooks")
	signingTopics = wordSet("signingTopics")
)

// signsNoDeed reports whether the signing trigger at [i, j) signs no
// agreement: a book signed ("signed the visitors' book", within four words
// and no punctuation but an apostrophe), or a signing that is only a
// topic ("will discuss signing a framework agreement", "in the context of
// signing the relevant agreements").
func (a *eventStage) signsNoDeed(i, j int) bool {
	if n := a.toks[i].norm; n != "signed" && n != "sign" && n != "signs" && n != "signing" {
		return false
	}
	for k := j; k < j+4 && k < len(a.toks); k++ {
		t := a.toks[k]
		if signedBooks[t.norm] {
			return true
		}
		if t.kind == tokPunct && t.norm != "'" && t.norm != "'s" && t.text != "’" {
			break
		}
	}
	k := i - 1
	for k > 0 && (a.toks[k].norm == "the" || a.toks[k].norm == "of") {
		k--
	}
	return k >= 0 && a.toks[i].norm == "signing" && signingTopics[a.toks[k].norm]
}

// artShows: see data/words-events.tsv.
var artShows = wordSet("artShows")

// virtualWords before a meeting or summit make it one held over a video
// link, a call (data/words-events.tsv).
var virtualWords = wordSet("virtualWords")

// virtual reports whether the meeting or summit trigger at i is held
// over a video link: called virtual or online before it, over the words
// of its name ("a virtual meeting", "a Virtual Bilateral Summit", "the
// virtual Australia-India summit"), or said so after it in its clause
// ("his meeting with X would be over video link", "meeting virtually").
func (a *eventStage) virtual(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := a.toks[k]
		if virtualWords[t.norm] {
			return true
		}
		if !(t.kind == tokWord && t.upper || t.text == "-" || t.norm == "bilateral" || t.norm == "first" || t.norm == "first-ever") {
			break
		}
	}
	last := a.sents[a.sentenceOf(i)].last
	for k := i + 1; k < last && k <= i+10; k++ {
		switch n := a.toks[k].norm; {
		case n == "," || n == ";" || n == "and" || n == "but":
			return false
		case n == "virtually" || n == "videoconference" || n == "video-conference":
			return true
		case n == "video" && videoMeans[a.tok(k+1).norm]:
			return true
		}
	}
	return false
}

// videoMeans follow "video" where it names the means of a meeting held
// apart: "over video link", "by video conference".
var videoMeans = map[string]bool{"link": true, "conference": true, "call": true, "linkup": true}

// directiveVerbs order or urge others to act: "directed their ministers
// to conclude an agreement"; wishVerbs hope or want to: "hopes to
// conclude an agreement" (data/words-events.tsv).
var (
	directiveVerbs = wordSet("directiveVerbs")
	wishVerbs      = wordSet("wishVerbs")
)

// directedTo reports whether the trigger at i follows "to" right before
// it, after a directive or wish verb within five words: an instruction to
// act or a wish, not an act told.
func (a *eventStage) directedTo(i int) bool {
	if i < 2 || a.toks[i-1].norm != "to" {
		return false
	}
	s := a.sentenceOf(i)
	for k := i - 2; k >= a.sents[s].first && k >= i-6; k-- {
		if directiveVerbs[a.toks[k].norm] || wishVerbs[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// nextDeterminers before "next" make it the next of a series, a noun
// ("the next meeting", "its next session"); without one, "next" times a
// verb ("before they next met").
var nextDeterminers = map[string]bool{"the": true, "a": true, "its": true, "their": true, "his": true, "her": true, "our": true, "this": true}

// speakerAsideOpen gives, for the comma at k that closes a speaker's
// aside of two or three words (", he stressed,", ", the minister
// said,"), the comma that opens it; -1 when k closes none.
func (a *eventStage) speakerAsideOpen(k int) int {
	if !sayingWord(a.tok(k - 1).norm) {
		return -1
	}
	for o := k - 3; o <= k-2; o++ {
		if o >= 0 && a.toks[o].text == "," {
			return o
		}
	}
	return -1
}

// asideVerbs end a speaker's aside besides the reporting verbs: ", he
// stressed,". (data/words-events.tsv)
var asideVerbs = wordSet("asideVerbs")

// sayingWord reports whether n is a verb of saying: a reporting verb or
// an aside verb ("said", "stressed").
func sayingWord(n string) bool { return reportingVerbs[n] || asideVerbs[n] }
