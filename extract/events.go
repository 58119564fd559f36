package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// eventStage is the fourth stage: the events. It finds the triggers of
// events ("held talks", "state visit"), gives them dates and places,
// merges the reports of one occasion, gives each its participants and
// makes the Event entities with PARTICIPATED_IN and HELD_IN.
type eventStage struct {
	*entityStage

	events  []*event
	hitSent map[int]bool // sentences with an event trigger
	// subjects is, per sentence, the leader a "he" or "she" at its
	// start stands for (see pronounLeader), read once on first need
	subjects []*leader
}

// findEvents runs the event stage.
func findEvents(e *entityStage) *eventStage {
	a := &eventStage{entityStage: e}
	a.scanEvents()
	return a
}

// hit is one trigger occurrence.
type hit struct {
	kind      graph.EventKind
	i, j      int // trigger tokens
	sent      int
	date      dateMention
	place     string // place key from the sentence, "" when none
	detached  bool   // "after attending a summit", "ahead of a visit": another time
	sequel    bool   // detached by "after", "before", "ahead" or "following" (see sequel)
	apart     bool   // told as another occasion: "in a separate meeting", "afterwards" (see apart)
	ahead     bool   // detached as one still to come: "ahead of a possible visit" (see aheadOf)
	aheadNoun bool   // ahead as a named occasion ("ahead of a possible visit"), not a clause ("before meeting X")
	// backstory marks a trigger told in the past perfect ("had landed
	// in Tehran on Wednesday"): before the time the report tells
	backstory bool
	past      bool   // told as history, dated by its own past date: "visited Lisbon in 2016"
	earlier   bool   // told as trips made before, with no date: "has been to Indonesia" (see beenTo)
	session   string // the named body whose meeting or session the trigger is: "the tenth meeting of the X Committee" (see sessionOfBody)
	nth       int    // the number of a session or meeting, 0 when untold: "the tenth meeting", "its inaugural session" (see sessionNumber)
	dest      string // a visit's destination country: "a visit to Ghana", "" when none
	future    bool   // in a future clause: "will visit", "the next summit"
	reported  bool   // reported as done: "met", "held talks", "talks were held"
	framed    bool   // a visit named as the frame of another occasion (see framedVisits)
	// daysBefore is how many days before its date the visit began, when
	// the date is that of its end ("concluded a two-day visit today")
	daysBefore int
	days       int // a visit's length in days when told ("a three-day visit"), else 0
}

// event collects the hits that report one real-world event.
type event struct {
	kind      graph.EventKind
	date      string
	dateTxt   string
	prec      string // datePrecision: day, month, year, assumed or ""
	future    bool   // a hit is in a future clause
	reported  bool   // a hit reports it as done
	place     string
	sents     []int
	first     int // first sentence
	leaders   []*leader
	countries []string
	orgs      []string
	key       string
	detached  bool // set at another time than its sentence
	// fromMeeting marks a summit read from a meeting of three heads or
	// more ("met for a trilateral summit"): the summit trigger of the same
	// sentence is that occasion again (see meetingOf)
	fromMeeting bool
	framed      bool   // a visit told only as the frame of other occasions (see framedVisits)
	sequel      bool   // detached by "after", "ahead of"...: the occasion a later report may tell
	ahead       bool   // reported only as one still to come after the deed told (see aheadOf)
	aheadNoun   bool   // every hit ahead of the deed names it as one to come: "ahead of a possible visit"
	backstory   bool   // dated by a trigger in the past perfect, which dates no other occasion (see pluperfectAt)
	past        bool   // told as history with a past date of its own (see pastWhen)
	earlier     bool   // told only as trips made before, with no date (see beenTo)
	session     string // the named body whose session it is, "" when none (see sessionOfBody)
	nth         int    // the number of the session, 0 when untold (see sessionNumber)
	firstDone   bool   // its first hit reports it done, in no future clause
	dest        string // a visit's destination country, "" when none
	destSent    int    // the sentence that names dest (see splitTours)
	destTok     int    // the token after the trigger that names dest
	trigs       []int  // the first tokens of the triggers of its hits
	inherit     *event // the event whose date it took, for participants
	calledOff   bool   // told put off or cancelled: planned, with no date (see calledOff)
	leadSent    int    // 1 + the lead sentence whose leaders take part, 0 when none
	dateSent    int    // the sentence its date was read from
	// daysBefore is how many days before date the visit began (see
	// visitStarts); applied once the other events have their dates
	daysBefore int
	days       int // a visit's length in days when told (see visitLength), else 0
	// tourHome is, for a visit split from a tour of several countries,
	// the traveller's country (see splitTours); "" otherwise
	tourHome string
	// counterpart is the leader met, in the second and later meetings
	// split from one report by splitByCounterpart
	counterpart *leader
	known       []*leader // the leaders named in sents
	// doneSents are the sentences with a hit of it not told as still to
	// come only (see plannedWith)
	doneSents []int
	// topicFrom gives, for a sentence whose only hits of the event are
	// discussions, the token of the first: the countries named after it
	// are what was discussed (see noteDiscussion)
	topicFrom map[int]int
	ownSents  map[int]bool // sentences with a hit of the event other than a discussion
	// sets beside the lists above once they grow (see addOnce)
	sentSet   map[int]bool
	knownSet  map[*leader]bool
	leaderSet map[*leader]bool
	codeSet   map[string]bool
	orgSet    map[string]bool
}

// announcer reports whether l is a spokesperson: who announces an
// occasion takes no part in it ("spokesperson X said the two leaders
// will meet").
func (l *leader) announcer() bool {
	return l.title == "Spokesperson"
}

// addOnce appends v to list unless it is there: by a linear search while
// the list is short, from set (built on first need) once it has grown, so
// that an event absorbing many reports stays linear.
func addOnce[T comparable](list []T, set *map[T]bool, v T) ([]T, bool) {
	const short = 16
	if len(list) < short {
		if slices.Contains(list, v) {
			return list, false
		}
		return append(list, v), true
	}
	if *set == nil {
		*set = make(map[T]bool, 2*len(list))
		for _, x := range list {
			(*set)[x] = true
		}
	}
	if (*set)[v] {
		return list, false
	}
	(*set)[v] = true
	return append(list, v), true
}

// hasOnce reports whether v is in a list kept by addOnce.
func hasOnce[T comparable](list []T, set map[T]bool, v T) bool {
	if set != nil {
		return set[v]
	}
	return slices.Contains(list, v)
}

// addSentence adds sentence s, whose leaders are ls, to the event.
func (e *event) addSentence(s int, ls []*leader) {
	var added bool
	if e.sents, added = addOnce(e.sents, &e.sentSet, s); !added {
		return
	}
	for _, l := range ls {
		e.known, _ = addOnce(e.known, &e.knownSet, l)
	}
}

// addLeaders adds ls to the event's participants, once each.
func (e *event) addLeaders(ls ...*leader) {
	for _, l := range ls {
		e.leaders, _ = addOnce(e.leaders, &e.leaderSet, l)
	}
}

// addCountry adds the country code to the event's participants, once.
func (e *event) addCountry(code string) {
	e.countries, _ = addOnce(e.countries, &e.codeSet, code)
}

// addOrg adds the organization key to the event's participants, once.
func (e *event) addOrg(key string) {
	e.orgs, _ = addOnce(e.orgs, &e.orgSet, key)
}

// candidatesFor returns the events a hit may report again, in the order
// they are tried: as told, or the latest first after "that" ("That visit
// centred on ...": the visit just told, not a planned one told before it)
// and for "the summit" ("the G20 summit now under way ... Russia is
// represented at the summit by X": the summit just told, not the one of
// May told before it).
func (a *eventStage) candidatesFor(h hit, evs []*event) []*event {
	if h.i == 0 || a.toks[h.i-1].norm != "that" && (h.kind != graph.KindSummit || a.toks[h.i-1].norm != "the") {
		return evs
	}
	out := slices.Clone(evs)
	slices.Reverse(out)
	return out
}

// bodyOfTrigger returns the key of the organization named right before
// the trigger at token i ("the G20 summit", "an ASEAN summit"), or "".
func (a *eventStage) bodyOfTrigger(i int) string {
	if k := orgIndexAt(a.orgEnd, i); k >= 0 {
		return a.orgs[k].key
	}
	return ""
}

// otherBody reports whether hit h and event e may be occasions of two
// organizations: each names one right before a trigger, and they differ
// (one body's organ or partner may be named for the same occasion: the
// caller asks for another place or day too).
func (a *eventStage) otherBody(h hit, e *event) bool {
	hb := a.bodyOfTrigger(h.i)
	if hb == "" {
		return false
	}
	for _, t := range e.trigs {
		if eb := a.bodyOfTrigger(t); eb != "" && eb != hb {
			return true
		}
	}
	return false
}

// scanEvents finds event triggers, attaches dates and places, and merges
// hits of one kind that report the same event.
func (a *eventStage) scanEvents() {
	hits := a.discussions(a.dropSigningParts(a.findHits(triggers)))
	if len(hits) == 0 {
		hits = a.findHits(weakTriggers)
	} else {
		hits = append(hits, a.sentMessages(hits)...)
	}
	if len(hits) == 0 {
		return
	}
	a.assignDates(hits)
	hits = a.listedStays(hits)
	a.markPast(hits)
	hits = a.listedYears(hits)
	talksAtDestination(hits)
	a.visitStarts(hits)
	a.framedVisits(hits)
	a.staySpans(hits)
	a.hitSent = map[int]bool{}
	for _, h := range hits {
		a.hitSent[h.sent] = true
	}
	sl := a.sentenceLeaders()
	mentions := map[int][]leaderMention{} // the leader mentions of each sentence
	for _, m := range a.leaderAt {
		s := a.sentenceOf(m.i)
		mentions[s] = append(mentions[s], m)
	}
	for s, ls := range sl {
		sl[s] = slices.DeleteFunc(slices.Clone(ls), func(l *leader) bool { return l.announcer() || a.mournedIn(l, s, mentions[s]) })
	}
	var evs []*event
	for _, h := range hits {
		var into *event
		older := false
		for _, e := range a.candidatesFor(h, evs) {
			if e.kind != h.kind || e.detached && !h.detached && !(e.sequel && e.date == "") {
				continue // but "after talks with X, ..." and later "the talks": one occasion
			}
			if e.past != h.past && !(hasOnce(e.sents, e.sentSet, h.sent) && (e.date == "" || h.date.day() == "")) {
				continue // history is another occasion, unless one sentence tells it: "the memorandum that A and B signed in 2009"
			}
			if h.dest != "" && e.dest != "" && h.dest != e.dest {
				continue // "while on a visit to Afghanistan" after "his visit to Pakistan": another visit
			}
			if h.earlier != e.earlier && !hasOnce(e.sents, e.sentSet, h.sent) {
				continue // "has been to Indonesia and Turkey": trips before the one told
			}
			if h.nth != 0 && e.nth != 0 && h.nth != e.nth {
				// "held its first session in May last year" and "the
				// Council's second session": two sessions; an earlier one
				// told with no time ("the decisions of the 8th meeting",
				// beside the 9th) is no occasion the article reports
				older = older || h.nth < e.nth && h.date.day() == "" && !h.future
				continue
			}
			if h.session != "" && h.session != e.session {
				continue // "held bilateral discussions and then presided over the tenth meeting of the X Committee": two occasions
			}
			if a.otherBody(h, e) && (h.place != "" && e.place != "" && h.place != e.place || h.date.day() != "" && e.date != "" && h.date.day() != e.date) {
				continue // "the May 19 Arab League summit in Jeddah" and "the G20 summit now under way in New Delhi": two summits
			}
			if h.detached && a.ownDayAfter(h) && e.date != "" && h.date.day() != e.date && !sameMonth(e.date, e.prec, h.date) {
				continue // "after a telephone conversation on 6 August", beside a call of another day: another call
			}
			if h.detached && h.date.day() != "" && !h.date.relative && e.future && !e.reported && e.date != "" && h.date.day() < e.date && !sameMonth(e.date, e.prec, h.date) {
				continue // "comes after a recent official visit he made to Namibia on 29 January", beside one planned for 25 February: an earlier visit
			}
			if h.detached && h.reported && !h.future && e.future && !e.reported && !hasOnce(e.sents, e.sentSet, h.sent) && newLeaders(sl[h.sent], e) {
				continue // "will hold a meeting with X", then "on that visit Y held talks with Z": a plan and an earlier deed of others
			}
			if h.detached {
				into = e // "after the talks": the talks already reported
				break
			}
			if h.date.day() != "" && h.reported && !h.future && e.future && !e.reported && !hasOnce(e.sents, e.sentSet, h.sent) {
				continue // "is expected to meet X" and "hosted X in July": a planned and a past occasion
			}
			if h.date.day() != "" && h.future && !h.reported && e.reported && !e.future && !hasOnce(e.sents, e.sentSet, h.sent) {
				continue // "held a meeting with X" and "is to travel on January 10 to meet Y": a past and a planned occasion
			}
			if h.kind == graph.KindMeeting && h.date.day() == "" && !hasOnce(e.sents, e.sentSet, h.sent) && (h.future && !h.reported && e.reported && !e.future && newLeaders(sl[h.sent], e) || e.date == "" && h.reported && !h.future && e.future && !e.reported || e.date == "" && !h.future && e.future && !e.reported && newLeaders(sl[h.sent], e)) {
				// "will hold talks" and, later, "held talks" with no day:
				// a plan and a deed told after it, two occasions; so too
				// "met X" and then "will hold talks with Y", and a plan,
				// then talks of other people not told as to come ("On
				// that visit Misri held talks with …")
				continue
			}
			if h.date.day() != "" && e.date != "" && h.date.day() != e.date && !sameMonth(e.date, e.prec, h.date) && !withinVisit(e, h) {
				continue // "in September" and "on Sept. 11": one visit
			}
			if h.place != "" && e.place != "" && h.place != e.place && newLeaders(sl[h.sent], e) {
				continue // another place with other people: another event
			}
			if h.dest != "" && e.dest != "" && h.dest != e.dest {
				continue // "a visit to Ghana" and "a visit to Senegal": two visits
			}
			if h.apart && !hasOnce(e.sents, e.sentSet, h.sent) && newLeaders(sl[h.sent], e) {
				continue // "In a separate meeting, X held talks with Z": another meeting
			}
			if h.kind == graph.KindPhoneCall && !h.detached && thirdParty(sl[h.sent], e) {
				continue // "also took a phone call from X": another call
			}
			if !hasOnce(e.sents, e.sentSet, h.sent) && (h.kind == graph.KindVisit && a.anotherOfKind(h.i) || h.date.day() == "" && e.prec == "day" && a.pastWeekAt(h.i) && a.lastTwoDays(e.date)) {
				// "Last weekend X had paid a similar visit to Asmara", after
				// a visit of Saturday: another visit
				continue
			}
			if e.date == "" && e.reported && !e.past && !hasOnce(e.sents, e.sentSet, h.sent) && a.earlierYear(h.date) {
				continue // "is on a visit to Ghana" and "last year X was in Burkina Faso on a visit": two visits
			}
			into = e
			break
		}
		if into == nil && h.kind == graph.KindMeeting && h.i > 0 && a.tok(h.i-1).norm == "the" && len(sl[h.sent]) == 0 {
			for _, e := range evs {
				if e.kind == graph.KindSummit {
					into = e // "at the close of the meeting": the summit
				}
			}
		}
		if into == nil && older {
			continue
		}
		if into == nil && h.kind == graph.KindCeremony && h.detached && h.sequel && a.tok(h.i-1).norm == "the" {
			continue // "after the ceremony", none told before: a protocol ceremony's, not one of its own
		}
		if into == nil {
			into = &event{kind: h.kind, first: h.sent, detached: h.detached, sequel: h.sequel, ahead: h.ahead, aheadNoun: h.ahead && h.aheadNoun, framed: h.framed, firstDone: h.reported && !h.future, earlier: h.earlier, session: h.session, nth: h.nth}
			evs = append(evs, into)
		} else if !h.framed {
			into.framed = false // the visit itself told
		}
		if into.detached && !h.detached {
			into.detached = false // the occasion itself reported
		}
		into.earlier = into.earlier && h.earlier
		if h.ahead && !h.aheadNoun {
			into.aheadNoun = false // "before meeting X, he laid a wreath", "before the visit": maybe of the report's own time
		}
		if !h.ahead && (h.reported && !h.future || h.date.day() != "") {
			into.ahead = false // the occasion told done, or dated; not a plan again with no day ("is planning a trip this week")
		}
		if into.prec == "month" && h.date.iso != "" && sameMonth(into.date, into.prec, h.date) {
			into.date = "" // the day within the month: more precise
		}
		if into.date != "" && withinVisit(into, h) && h.date.iso < into.date {
			into.date = "" // "a four-day trip that began on Tuesday" and a day of it: the first day
		}
		if into.date == "" && h.date.day() != "" {
			into.date, into.dateTxt, into.prec = h.date.day(), h.date.text, h.date.prec
			into.dateSent, into.daysBefore = h.sent, h.daysBefore
			into.backstory = h.backstory
			into.past = into.past || h.past
		}
		into.days = max(into.days, h.days)
		if into.nth == 0 {
			into.nth = h.nth
		}
		into.future = into.future || h.future
		into.reported = into.reported || h.reported
		if into.place == "" {
			into.place = h.place
		}
		if into.dest == "" {
			into.dest = h.dest
			into.destSent, into.destTok = h.sent, h.j
		}
		into.addSentence(h.sent, sl[h.sent])
		into.trigs = append(into.trigs, h.i)
		into.noteDiscussion(h, a.discussion(h))
		if !h.future || h.reported {
			into.doneSents = append(into.doneSents, h.sent)
		}

	}
	for _, e := range evs {
		if n := e.first + 1; e.kind == graph.KindMeeting && n < len(a.sents) && !a.hitSent[n] && (a.severalMetIn(e.first) && len(sl[n]) >= 2 || a.groupMetIn(e.first) && len(sl[n]) >= 1) {
			// "held bilateral talks with several Arab Foreign Ministers.
			// Bourita explored ... with A, B and C": the people met
			e.addSentence(n, sl[n])
		}
	}
	// an undated event takes the date and place of an event reported in
	// the same or the two previous sentences, or, in the lead, the lead's date
	lead := a.leadDate()
	var main *event
	for _, e := range evs {
		if e.date != "" && !e.detached && !e.past && (e.kind == graph.KindMeeting || e.kind == graph.KindSummit || e.kind == graph.KindVisit || e.kind == graph.KindPhoneCall) {
			if main == nil || e.first < main.first {
				main = e
			}
		}
	}
	bySent := map[int][]*event{}
	for _, e := range evs {
		for _, s := range e.sents {
			if _, topic := e.topicFrom[s]; !topic {
				bySent[s] = append(bySent[s], e) // (not "the leaders also discussed X": no occasion's day told there)
			}
		}
	}
	for _, e := range evs {
		if e.date != "" || e.kind == graph.KindOther {
			continue // an exercise or a relief mission has its own time
		}
		if e.framed || e.earlier {
			continue // "currently on a three-day visit": begun on a day untold; "has been to Turkey": when, untold
		}
		// the dated event reported nearest before, up to two sentences back
		var best *event
		bestSent := e.first
		for s := e.first; s >= e.first-2 && s >= 0 && best == nil; s-- {
			// (in e's own sentence, the one whose trigger is nearest:
			// "held talks on 12 October during his visit to Bishkek,
			// the city that will host a summit on 13 October")
			for _, o := range bySent[s] {
				if o != e && o.date != "" && !o.past && (best == nil || s == e.first && a.triggerGap(o, e) < a.triggerGap(best, e)) {
					best, bestSent = o, s
				}
			}
		}
		if best != nil && bestSent == e.first && e.kind == graph.KindVisit && best.kind == graph.KindVisit && e.dest != "" && best.dest != "" && e.dest != best.dest {
			best = nil // "Before arriving in Norway, he paid a visit to Russia": the day is the other visit's
		}
		otherVisit := best != nil && e.kind != graph.KindVisit && otherVisitBetween(e, best, bySent, bestSent)
		if otherVisit {
			// "... he paid a visit to Russia. There he held talks with
			// X": the talks of the visit to Russia, whose day is untold
			best = nil
		}
		if best != nil && (!a.dateFits(e, best) || a.otherTimeNear(e)) {
			best = nil // (not "had talked on the phone last week": a time of its own)
		}
		if best != nil && best.backstory && best.kind == graph.KindVisit && e.kind != graph.KindVisit && best.dateSent != e.first {
			// "X had landed in Tehran on Wednesday ... He met Y": the
			// arrival is told as before the time of the report; the
			// meeting's day is not the landing's
			best = nil
		}
		// "Before meeting X, the president laid a wreath": a meeting of
		// its own, not on the day of the arrival told before (a visit
		// lasts days); "signed today ... following talks" is the
		// signing's day
		ownDay := e.kind == graph.KindMeeting && e.detached && e.sequel && len(e.leadersOf(sl)) > 0
		if best != nil && ownDay && best.kind == graph.KindVisit && best.dateSent != e.first {
			best = nil
		}
		if best != nil && best.future && !best.reported && !e.future {
			// "They will next meet on March 31. The Bratislava meeting was
			// his first visit": an occasion told as held is not on the day
			// of one still to come
			best = nil
		}
		if best != nil && e.future && !e.reported && best.detached && best.sequel && !best.future {
			// "announced after a joint meeting on Thursday that they will
			// resume consultations": the plan is not on the day of the
			// occasion it was announced after
			best = nil
		}
		if e.future && !e.reported && (best == nil || best.dateSent != e.first) {
			// planned with no date of its own, and not in the sentence that
			// dates the occasion ("will visit Uganda on Monday for talks"):
			// the occasion's people, not its date ("during the visit, they
			// will sign")
			if best != nil && len(e.leadersOf(sl)) == 0 {
				e.inherit = best
			}
			continue
		}
		// "signed during the three-day visit": the visit's people, but on
		// which of its days is untold
		// (nor on the arrival day when the arrival is told as done and
		// the event as still to come: "landed on Sunday for a four-day
		// visit, during which he will hold talks with Y")
		daysLong := func(o *event) bool {
			return o.kind == graph.KindVisit && (o.daysBefore > 0 || o.days >= 2 && (o.dateSent != e.first || e.future && !o.future && a.betweenHas(a.sents[e.first].first, a.sents[e.first].last, "during"))) && e.kind != graph.KindVisit
		}
		switch {
		case e.ahead:
			// "talked by phone on Wednesday, ahead of a possible visit":
			// the visit comes after the call, on a day untold
		case best != nil:
			if !daysLong(best) {
				e.date, e.dateTxt, e.prec = best.date, best.dateTxt, best.prec
			}
			if e.place == "" {
				e.place = best.place
			}
		case e.detached && e.kind != graph.KindMeeting:
			// "after attending a summit in Bangkok": another time
		case e.first <= 1 && lead.iso != "" && !e.detached && !a.otherTimeNear(e) && a.leadFits(e, evs, lead) && a.sayingFits(e, lead) && !(e.reported && !e.future && leadPlanned(evs, lead)) && !(e.kind == graph.KindVisit && a.sentenceOf(a.tokenAtByte(lead.bstart)) > e.first) && !(e.kind == graph.KindVisit && a.dayOfBetween(a.tokenAtByte(lead.bend), a.tokenAtByte(lead.bend)+8)):
			e.date, e.dateTxt, e.prec = lead.iso, lead.text, lead.prec
			// the lead's date is the lead's occasion: "X and Y agreed
			// yesterday in Jakarta ... after the talks"
			// (its leaders, not every country it names)
			e.leadSent = a.sentenceOf(a.tokenAtByte(lead.bstart)) + 1
		case e.first > 1 && lead.iso != "" && !e.future && !e.detached && e.kind != graph.KindVisit && !a.otherTimeNear(e) && a.leadPairFits(e, evs, sl, lead) && a.leadFits(e, evs, lead) && a.sayingFits(e, lead):
			// "X and Y agreed on Monday to ... . At their summit in
			// Manila, the two leaders adopted a declaration": the lead
			// tells the pair's day, with no occasion of its own
			e.date, e.dateTxt, e.prec = lead.iso, lead.text, lead.prec
		case main != nil && main != e && !otherVisit && !(ownDay && main.kind == graph.KindVisit) && !(main.backstory && main.kind == graph.KindVisit && main.dateSent != e.first) && (e.kind == graph.KindAgreement || e.kind == graph.KindStatement || e.kind == graph.KindMeeting) && a.sameCountries(e, main):
			if !daysLong(main) {
				e.date, e.dateTxt, e.prec = main.date, main.dateTxt, main.prec // signed during the talks
			}
			best = main
		}
		if best != nil && len(e.leadersOf(sl)) == 0 {
			e.inherit = best
		}
		if best != nil && e.leadSent == 0 && len(sl[e.first]) == 0 && a.pairOpens(e.first) {
			e.leadSent = best.first + 1 // "X hosted Y. The two held a meeting": X and Y
		}
		// a report of something just done with no time given ("held
		// talks"): the article's date, assumed
		// (also when a later mention speaks of plans, "had been planned
		// as two sittings", if the first reports it done)
		// (not a visit first told ended with no day, "ended his visit to
		// Algeria by signing ...": the report's day is its last, not the
		// day it began)
		if e.date == "" && e.reported && (!e.future || e.firstDone) && !e.detached && !a.ref.IsZero() && !(e.kind == graph.KindVisit && a.visitEndIn(e.first)) && !a.otherTimeNear(e) {
			e.date, e.dateTxt, e.prec = a.ref.Format("2006-01-02"), "", "assumed"
		}
		if e.date == "" && e.kind == graph.KindMeeting && e.detached && e.sequel && !e.future && len(e.trigs) > 0 && a.afterTrigger(e.trigs[0]) && (len(e.leadersOf(sl)) >= 2 || len(e.leadersOf(sl)) == 1 && a.pairTalks(e, sl)) && !a.ref.IsZero() {
			// "Speaking after talks with X, Y said ...": talks just held,
			// with no time given — the article's date, assumed; so too
			// "Speaking after three hours of talks, the Israeli PM said"
			// in a report of two countries' talks, whose two sides it has
			e.date, e.dateTxt, e.prec = a.ref.Format("2006-01-02"), "", "assumed"
			if len(e.leadersOf(sl)) == 1 {
				for _, c := range a.parties() {
					e.addCountry(c)
				}
			}
		}
	}
	for _, e := range evs {
		if e.leadSent == 0 && e.first > 0 && a.theirOccasionOpens(e) && pairOfCountries(sl[e.first-1]) {
			e.leadSent = e.first // "X and his counterpart Y agreed ... . Their telephone conversation was ...": X and Y
		}
	}
	a.dateVisitsDuring(evs, bySent)
	startVisits(evs)
	rolesBySent := map[int][]roleRef{}
	for _, r := range a.roles {
		rolesBySent[a.sentenceOf(r.i)] = append(rolesBySent[a.sentenceOf(r.i)], r)
	}
	for _, e := range evs {
		for _, s := range e.sents {
			e.addLeaders(sl[s]...)
			for _, c := range a.countriesOfSentence(s) {
				if at, ok := e.topicFrom[s]; ok && c.i > at {
					continue // "the leaders discussed the railway to Zambia": a topic, no party
				}
				if (!c.adj || a.sideAdjective(c)) && (!(c.j < len(a.toks) && a.toks[c.j].norm == "'s") || a.possessesPerson(c)) && !a.excluded(c) {
					e.addCountry(c.code)
				}
			}
			// "France's trade minister said": an official of a country
			// speaking in the event's sentence makes it a participant
			for _, r := range rolesBySent[s] {
				if r.country != "" {
					e.addCountry(r.country)
				}
			}
			if e.kind == graph.KindSummit || e.kind == graph.KindForum {
				for _, o := range a.orgsOfSentence(s) {
					e.addOrg(o.key)
				}
			}
		}
		if e.kind == graph.KindSummit {
			// "..., flanked by Brazilian President Lula and Indian Prime
			// Minister Modi": leaders present at the summit, shortly after
			for _, s := range e.sents {
				for n := s + 1; n < len(a.sents) && n <= s+3; n++ {
					if !a.hitSent[n] && a.presenceIn(n) {
						e.addLeaders(sl[n]...)
					}
				}
			}
			// "Leaders of Slovakia, Poland, Hungary and the Czech Republic
			// discussed ...": the next sentence names the members
			for _, s := range e.sents {
				if n := s + 1; n < len(a.sents) && !a.hitSent[n] && a.collectiveStart(n) {
					for _, c := range a.countriesOfSentence(n) {
						if !c.adj {
							e.addCountry(c.code)
						}
					}
				}
			}
		}
		if e.session != "" {
			e.addOrg(e.session) // the body whose session it is
		}
		if e.leadSent > 0 {
			e.addLeaders(sl[e.leadSent-1]...)
		}
		if e.kind == graph.KindVisit && e.dest != "" {
			e.addCountry(e.dest) // the country of the city visited
		}
		for _, l := range e.leaders {
			if l.country != "" {
				e.addCountry(l.country)
			}
		}
	}
	for _, e := range evs {
		if e.inherit != nil && len(e.leaders) == 0 {
			if e.kind != graph.KindAgreement || a.peopleSign(e) {
				e.addLeaders(e.inherit.leaders...)
			}
			for _, c := range e.inherit.countries {
				e.addCountry(c)
			}
		}
	}
	for _, e := range evs {
		a.visitSides(e)
		a.visitHosts(e)
		a.dropAsides(e)
		a.dropSpokenOf(e)
		a.dropSources(e)
	}
	a.counterpartSides(evs)
	kept := make([]*event, 0, len(evs)) // not evs[:0]: a split adds events
	var orphans []*event
	for _, e := range evs {
		switch e.kind {
		case graph.KindMeeting, graph.KindPhoneCall, graph.KindAgreement:
			if e.unnamedOccasion() {
				orphans = append(orphans, e) // the article's two sides, once known
				continue
			}
			if len(e.countries) < 2 && len(e.leaders) < 2 {
				continue // a domestic meeting is not a bilateral event
			}
			if len(e.countries) == 1 && len(e.leaders) >= 2 && a.leadersAllKnown(e) {
				continue // two officials of one country
			}
		}
		if e.kind == graph.KindMeeting || e.kind == graph.KindSummit && !a.namedSummit(e) || e.kind == graph.KindPhoneCall {
			a.dropVenueCountry(e)
		}
		if e.kind == graph.KindSummit && len(e.countries) == 2 && len(e.orgs) == 0 && a.meetingOf(e, evs) {
			continue // "at the summit, which began at 11:40": the two leaders' meeting, told again
		}
		if e.kind == graph.KindSummit && len(e.countries) == 2 && len(e.orgs) == 0 && headsOfBoth(e) && !a.orgNamedIn(e) && a.theirSummit(e) {
			e.kind = graph.KindMeeting // "their first summit", of two heads: a bilateral summit is a meeting
		}
		if e.kind == graph.KindMeeting && headsOfThree(e) && a.trilateralIn(e) {
			if summitOfSentence(e, evs) {
				continue // "A, B and C met for a trilateral summit": the summit, told once
			}
			e.kind = graph.KindSummit // "the trilateral meeting brought together the presidents of A, B and C": a multilateral summit
			e.fromMeeting = true
		}
		if e.kind == graph.KindMeeting && (callOf(e, evs) || a.callToldAgain(e, evs)) {
			continue // "spoke by phone ... as part of their regular consultation": the call
		}
		for _, m := range a.splitByCounterpart(e) {
			kept = append(kept, a.splitByCountries(m)...)
		}
	}
	evs = tourParts(a.splitTours(dropPartVisits(dropRetold(kept))))
	a.events = evs
	parties := a.parties()
	if len(parties) == 2 {
		// "the memorandum was signed in Jakarta on Friday", in a report
		// of two countries: signed by the two
		for _, e := range orphans {
			e.countries = parties
			evs = append(evs, e)
		}
		a.events = evs
	}
	evs = append(evs, a.relationEvents(parties)...)
	a.events = evs
	a.placeInVisits(evs)
	sessionsOwnBodies(evs)
	for _, e := range evs {
		if a.calledOff(e) {
			// "the summit had been set for March 28, but it was called
			// off": not held, and the day given up is not its date
			e.date, e.dateTxt, e.prec, e.calledOff = "", "", "", true
		}
	}
	for _, e := range evs {
		if len(e.countries) == 0 && len(e.leaders) == 0 {
			e.countries = parties
		}
		if a.dayOfVisitDate(e) {
			// "On April 15, the last day of his official visit to Japan":
			// that day is the visit's last, and its first is untold
			e.date, e.dateTxt, e.prec = "", "", ""
		}
		a.buildEvent(e)
	}
}

// mournedIn reports whether every mention of l in sentence s (ms, the
// sentence's leader mentions) names the one mourned: "ahead of the State
// funeral of former Prime Minister Shinzo Abe", "the funeral of the late
// X" — who takes part in no occasion of the sentence. (Not "the late X
// made a similar visit five years ago": alive then.)
func (a *eventStage) mournedIn(l *leader, s int, ms []leaderMention) bool {
	found := false
	for _, m := range ms {
		if !slices.Contains(m.leaders, l) {
			continue
		}
		k := m.i - 1
		for k > a.sents[s].first && (a.toks[k].upper && a.toks[k].kind == tokWord || a.toks[k].norm == "former" || a.toks[k].norm == "late" || a.toks[k].norm == "the") {
			k-- // the title: "former Prime Minister", "the late"
		}
		if a.tok(k).norm != "of" || !mourningNouns[a.tok(k-1).norm] {
			return false
		}
		found = true
	}
	return found
}

// mourningNouns, before "of" and a leader, tell his death: "the funeral
// of X". (data/words-events.tsv)
var mourningNouns = wordSet("mourningNouns")

// summitOfSentence reports whether another event of evs is a summit told
// in e's first sentence on e's date: the occasion that e's meeting words
// tell again.
func summitOfSentence(e *event, evs []*event) bool {
	return slices.ContainsFunc(evs, func(o *event) bool {
		return o != e && o.kind == graph.KindSummit && o.date == e.date && hasOnce(o.sents, o.sentSet, e.first)
	})
}

// sessionsOwnBodies keeps, among the organizations of a body's session,
// none that is another event's body: "will take part in the session of
// the CIS Heads of State Council and in the session of the Supreme
// Eurasian Economic Council" is two summits, each of its own body.
func sessionsOwnBodies(evs []*event) {
	bodies := map[string]bool{}
	for _, e := range evs {
		if e.session != "" {
			bodies[e.session] = true
		}
	}
	for _, e := range evs {
		if e.session == "" {
			continue
		}
		if slices.ContainsFunc(e.orgs, func(o string) bool { return o != e.session && bodies[o] }) {
			e.orgs = slices.DeleteFunc(e.orgs, func(o string) bool { return o != e.session && bodies[o] })
			e.orgSet = nil
		}
	}
}

// placeInVisits drops the place of a visit that lies in another country
// than the one visited ("Putin's India visit comes after Modi's trip to
// Moscow" does not place it in Moscow), and that of an occasion held
// during a visit when the place lies in another country than the one
// visited: "Marcos met Xi on Wednesday during his state visit to China",
// in a report that names Manila elsewhere in the sentence, was not held
// in Manila. An occasion is held during a visit when it took the visit's
// date or falls on it.
func (a *eventStage) placeInVisits(evs []*event) {
	for _, e := range evs {
		c := a.placeCountry(e.place)
		if e.kind == graph.KindVisit && e.dest != "" && c != "" && c != e.dest {
			e.place = ""
		}
		if e.kind == graph.KindVisit || e.kind == graph.KindPhoneCall || c == "" {
			continue
		}
		for _, v := range evs {
			if v == e || v.kind != graph.KindVisit || v.dest == "" || v.dest == c || !slices.Contains(e.countries, v.dest) {
				continue
			}
			if e.inherit == v || e.date != "" && e.date == v.date && !a.placeToldIn(e) {
				e.place = ""
				break
			}
		}
	}
}

// unknownVenueAfter reports whether the trigger ending at token j is
// followed by "at" or "in" and one capitalised word that names no known
// place or country, then a comma, a full stop or a semicolon: the occasion's own venue, which the
// gazetteer lacks ("the BRICS Summit at Rio, ...").
func (a *eventStage) unknownVenueAfter(j int) bool {
	if n := a.tok(j).norm; n != "at" && n != "in" {
		return false
	}
	v := a.tok(j + 1)
	if e := a.tok(j + 2).text; j+2 >= len(a.toks) || v.kind != tokWord || !v.upper || e != "," && e != "." && e != ";" {
		return false // (not "met at Houari-Boumediene International Airport")
	}
	return a.placeAt(j+1) == "" && !a.isCountryToken(j+1)
}

// forumDescribed reports whether the forum trigger at [i, j) is a common
// noun that says what something is or gives: "a" or "an" before it, and
// a verb of giving or being before that ("gives the ministers a forum",
// "serves as a forum") or "in which" or "where" after it; or a body
// named by its members ("Pacific Island Forum countries").
func (a *eventStage) forumDescribed(i, j int) bool {
	if a.toks[i].norm == "forum" && a.toks[i].upper && memberNouns[a.tok(j).norm] {
		return true // "nationals of Pacific Island Forum countries": the body, by its members
	}
	if a.toks[i].norm == "forum" && a.toks[i].upper && (a.tok(j).norm == "was" || a.tok(j).norm == "were") && reshapedVerbs[a.tok(j+1).norm] {
		return true // "the Heads of State Economic Forum was transformed" (into a commission): a body
	}
	if a.toks[i].norm != "forum" || a.toks[i].upper || j != i+1 {
		return false
	}
	if n := a.tok(i - 1).norm; n != "a" && n != "an" {
		return false
	}
	if describingVerbs[a.tok(i-2).norm] {
		return true
	}
	// "gives the two ministers a forum": the verb a few words before
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if a.toks[k].kind == tokPunct {
			break
		}
		if givingVerbs[a.toks[k].norm] {
			return true
		}
	}
	return a.tok(j).norm == "where" || a.tok(j).norm == "in" && a.tok(j+1).norm == "which"
}

// reshapedVerbs and mightWords: see data/words-events.tsv.
var (
	reshapedVerbs = wordSet("reshapedVerbs")
	mightWords    = wordSet("mightWords")
)

// memberNouns, after a body's name, name its members.
var memberNouns = map[string]bool{"countries": true, "members": true, "member": true, "nations": true, "states": true, "economies": true}

// describingVerbs, right before "a forum", make it what something is.
var describingVerbs = map[string]bool{"as": true, "is": true, "was": true, "be": true, "become": true, "becomes": true, "remains": true}

// givingVerbs, a few words before "a forum", make it what something gives.
var givingVerbs = map[string]bool{"gives": true, "give": true, "gave": true, "given": true, "giving": true, "provides": true, "provide": true, "provided": true, "offers": true, "offer": true, "offered": true}

// appositiveOccasion reports whether the trigger at token i heads a noun
// phrase set after a comma beside another occasion's ("the BRICS Summit
// at Rio, a successful meeting held on 6th and 7th July"): an article
// after the comma, then only lower-case words up to i; before the comma,
// within eight words and no other punctuation, the trigger of another
// kind.
func (a *eventStage) appositiveOccasion(set map[string][]trigger, i int) bool {
	c := i - 1
	for c > 0 && i-c <= 4 && a.toks[c].kind == tokWord && !a.toks[c].upper {
		c--
	}
	if c >= i-1 || a.toks[c].text != "," || !articles[a.tok(c+1).norm] {
		return false
	}
	first := a.sents[a.sentenceOf(i)].first
	for k := c - 1; k >= first && k >= c-8; k-- {
		if a.toks[k].kind == tokPunct {
			return false
		}
		if tr, _, ok := a.triggerAt(set, k); ok && tr.kind != graph.KindMeeting {
			return true
		}
	}
	return false
}

// articles open a noun phrase.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// sinceBetween reports whether "since" opens a clause of time past among
// tokens [i, j-1): a date later in the clause is of the happening it
// tells ("the first since he was sworn in on May 15"), not of an occasion
// before it; "since Thursday" right before the date is the occasion's
// start, and "since they would be in Singapore on June 12" a cause.
func (a *eventStage) sinceBetween(i, j int) bool {
	for k := i; k < j-1; k++ {
		if a.toks[k].norm != "since" {
			continue
		}
		// a time: a verb in the past between ("since he was sworn in",
		// "since he took office"); not the "since" of a cause ("since
		// they would be in Singapore on June 12")
		for m := k + 1; m < j; m++ {
			if modalWords[a.toks[m].norm] {
				return false
			}
			if a.pastVerbAt(m) || a.toks[m].norm == "was" || a.toks[m].norm == "were" {
				return true
			}
		}
		return false
	}
	return false
}

// modalWords make a clause a plan or a cause, not a time past.
var modalWords = map[string]bool{"would": true, "will": true, "can": true, "could": true, "should": true, "must": true, "may": true, "might": true}

// triggerGap returns how many tokens apart the nearest triggers of o and
// e are.
func (a *eventStage) triggerGap(o, e *event) int {
	gap := 1 << 30
	for _, i := range o.trigs {
		for _, k := range e.trigs {
			gap = min(gap, max(i-k, k-i))
		}
	}
	return gap
}

// calledOff reports whether a sentence of e tells it put off or called
// off near one of its triggers (within fourteen words): "the visit ... was
// postponed", "Pompeo cancels visit to Germany", "had chosen to put off
// attending the summit", "the visit will not take place".
func (a *eventStage) calledOff(e *event) bool {
	for _, k := range e.trigs {
		st := a.sents[a.sentenceOf(k)]
		for m := max(st.first, k-14); m < st.last && m <= k+14; m++ {
			n := a.toks[m].norm
			if callOffWords[n] || (n == "put" || n == "called" || n == "call") && a.tok(m+1).norm == "off" {
				return true
			}
			if (n == "not" || n == "n't" || n == "never") && takeWords[a.tok(m+1).norm] && a.tok(m+2).norm == "place" {
				return true // "the visit will not take place"
			}
		}
	}
	return false
}

// callOffWords tell an occasion put off or cancelled (data/words-events.tsv).
var callOffWords = wordSet("callOffWords")

// takeWords are the forms of "take" in "will not take place".
var takeWords = map[string]bool{"take": true, "takes": true, "took": true, "taken": true}

// placeToldIn reports whether one of e's sentences names its place
// after "in" or "at".
func (a *eventStage) placeToldIn(e *event) bool {
	for _, s := range e.sents {
		for _, p := range a.placesOfSentence(s) {
			if p.key == e.place && (a.tok(p.i-1).norm == "in" || a.tok(p.i-1).norm == "at") {
				return true
			}
		}
	}
	return false
}

// visitSides keeps, of a visit to one country, the visitor's side and the
// host's: "X, while on a visit to Afghanistan, phoned Pakistani Prime
// Minister Y" is no visit of Y's country. The visitor is the leader named
// last before the trigger, of a stated country other than the destination.
func (a *eventStage) visitSides(e *event) {
	if e.kind != graph.KindVisit || e.dest == "" {
		return
	}
	ms := a.leaderMentionsBetween(a.sents[e.destSent].first, e.destTok)
	if len(ms) == 0 || len(ms[len(ms)-1].leaders) != 1 {
		return
	}
	home := ms[len(ms)-1].leaders[0].country
	if home == "" || home == e.dest {
		return
	}
	side := func(c string) bool { return c == home || c == e.dest }
	if !slices.ContainsFunc(e.countries, func(c string) bool { return !side(c) }) {
		return
	}
	e.countries = slices.DeleteFunc(e.countries, func(c string) bool { return !side(c) })
	e.leaders = slices.DeleteFunc(e.leaders, func(l *leader) bool { return l.country != "" && !side(l.country) })
	e.codeSet, e.leaderSet = nil, nil
}

// headsOfBoth reports whether e's leaders are two heads or more, each of
// one of e's two countries, the two countries both led.
func headsOfBoth(e *event) bool {
	led := map[string]bool{}
	for _, l := range e.leaders {
		if !l.head || !slices.Contains(e.countries, l.country) {
			return false
		}
		led[l.country] = true
	}
	return len(led) == 2
}

// headsOfThree reports whether e's leaders are all heads of state or
// government, of three countries or more: their trilateral meeting is a
// multilateral summit. A head whose country is not known counts as a side
// of his own beside heads of two known countries ("Egyptian President A,
// Iraqi Prime Minister B and King C met for a trilateral summit").
func headsOfThree(e *event) bool {
	heads := map[string]bool{}
	unknown := 0
	for _, l := range e.leaders {
		if !l.head {
			return false
		}
		if l.country == "" {
			unknown++
			continue
		}
		heads[l.country] = true
	}
	return len(heads) >= 3 || len(heads) == 2 && len(heads)+unknown >= 3
}

// trilateralIn reports whether a sentence of e calls the occasion
// trilateral or tripartite.
func (a *eventStage) trilateralIn(e *event) bool {
	for _, s := range e.sents {
		if a.betweenHas(a.sents[s].first, a.sents[s].last, "trilateral") || a.betweenHas(a.sents[s].first, a.sents[s].last, "tripartite") {
			return true
		}
	}
	return false
}

// severalMetIn reports whether sentence s tells of people met without
// naming them, by a word of number before a plural ("talks with several
// Arab Foreign Ministers", "met a number of officials"): the next
// sentence may name them.
func (a *eventStage) severalMetIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		n := a.toks[k].norm
		if n == "several" || n == "various" || (n == "number" || n == "series") && a.tok(k+1).norm == "of" {
			for m := k + 1; m < k+5 && m < st.last; m++ {
				if plural := a.toks[m].norm; len(plural) > 3 && strings.HasSuffix(plural, "s") && a.toks[m].kind == tokWord {
					return true
				}
			}
		}
	}
	return false
}

// orgNamedIn reports whether a sentence of e names an organization: "on
// the sidelines of the Association of Caribbean States (ACS) gathering,
// its Seventh Summit" is the organization's summit.
func (a *eventStage) orgNamedIn(e *event) bool {
	for _, s := range e.sents {
		if len(a.orgsOfSentence(s)) > 0 {
			return true
		}
	}
	return false
}

// theirSummit reports whether a sentence of e calls the summit the
// participants' own: "their summit", "their first, long-awaited summit".
func (a *eventStage) theirSummit(e *event) bool {
	for _, s := range e.sents {
		for k := a.sents[s].first; k < a.sents[s].last; k++ {
			if a.toks[k].norm != "summit" {
				continue
			}
			for m := k - 1; m >= k-4 && m >= a.sents[s].first; m-- {
				if a.toks[m].norm == "their" {
					return true
				}
			}
		}
	}
	return false
}

// namedSummit reports whether a sentence of e names a summit with a
// capital ("its Seventh Summit of Heads of State"): an institution's
// gathering, whose host country is one of its members.
func (a *eventStage) namedSummit(e *event) bool {
	for _, s := range e.sents {
		for k := a.sents[s].first; k < a.sents[s].last; k++ {
			if a.toks[k].norm == "summit" && a.toks[k].upper && !a.sentenceStart(k) {
				return true
			}
		}
	}
	return false
}

// dropVenueCountry drops from a meeting, summit or call a country named
// only as where it is held ("at Villa La Grange in Switzerland", "talks in
// Singapore", "in Bangkok, Thailand"; for a call, where a caller stays:
// "while on a visit to Afghanistan, phoned X") when none of its leaders
// takes part and two other countries each have one: a neutral venue, not
// a side.
func (a *eventStage) dropVenueCountry(e *event) {
	led := map[string]bool{}
	for _, l := range e.leaders {
		if l.country != "" {
			led[l.country] = true
		}
	}
	if len(led) < 2 {
		return
	}
	venue := map[string]bool{}
	for _, s := range e.sents {
		for _, c := range a.countriesOfSentence(s) {
			if _, seen := venue[c.code]; !seen {
				venue[c.code] = true
			}
			if !a.venueMention(c) && !a.afterItsCity(c) && !(e.kind == graph.KindPhoneCall && a.visitedCountry(c)) {
				venue[c.code] = false
			}
		}
	}
	drop := func(c string) bool { return venue[c] && !led[c] }
	if slices.ContainsFunc(e.countries, drop) {
		e.countries = slices.DeleteFunc(e.countries, drop)
		e.codeSet = nil
	}
}

// visitedCountry reports whether the country mention c is a stay's
// destination: "while on a visit to neighbouring Afghanistan", "during his
// trip to Peru" (for a call, where a caller was, not a side).
func (a *eventStage) visitedCountry(c countryMention) bool {
	k := c.i - 1
	for k > 0 && !a.toks[k].upper && a.toks[k].kind == tokWord && a.toks[k].norm != "to" && k >= c.i-2 {
		k-- // "neighbouring"
	}
	return a.tok(k).norm == "to" && stayNouns[a.tok(k-1).norm]
}

// afterItsCity reports whether the country mention c follows a comma
// after a place of that country: "on the sidelines of the forum in
// Bangkok, Thailand" names where, not who.
func (a *eventStage) afterItsCity(c countryMention) bool {
	if c.adj || c.i < 2 || a.toks[c.i-1].text != "," {
		return false
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(c.i)) {
		if p.j == c.i-1 && a.placeInfo[p.key] != nil && a.placeInfo[p.key].country == c.code {
			return true
		}
	}
	return false
}

// leadPlanned reports whether the lead's date is that of an occasion still
// planned: a deed reported as done does not take it.
func leadPlanned(evs []*event, lead dateMention) bool {
	for _, o := range evs {
		if o.date == lead.iso && o.dateTxt == lead.text && o.future && !o.reported {
			return true
		}
	}
	return false
}

// dateFits reports whether the undated event e may take the date of the
// dated event o reported near it: not a deed reported as done from an
// occasion still planned ("went to Russia to co-chair a session" beside
// "is due to hold talks on Thursday"), nor a visit to another country than
// the one where o takes place ("talks in Moscow on Thursday, ... for which
// Putin plans to visit India").
func (a *eventStage) dateFits(e, o *event) bool {
	if e.reported && !e.future && o.future && !o.reported {
		return false
	}
	if e.kind == graph.KindVisit && o.kind != graph.KindVisit && o.dateSent > e.first {
		return false // "went to Russia to co-chair a session" and "On Wednesday, ... the session": the visit began before
	}
	if e.kind == graph.KindVisit && o.kind == graph.KindVisit && e.dest != "" && o.dest != "" && e.dest != o.dest && (e.future || o.future) {
		// (two stops of one tour told as done, "on a visit to
		// Afghanistan, he phoned … and stopped in Pakistan on Friday",
		// may share a day)
		return false // "he would travel to China in April, and Xi would come to the United States": two journeys
	}
	if e.kind == graph.KindVisit && e.dest != "" && o.place != "" {
		if c := a.placeCountry(o.place); c != "" && c != e.dest {
			return false
		}
	}
	return true
}

// withinVisit reports whether the visit hit h falls on another day of
// the visit e, of a length told ("Duda's four-day trip began on Tuesday"
// and "an official welcome on Thursday"): both days, each from a date of
// its own read as a day, lie within the visit's days, neither dated by
// the visit's end.
func withinVisit(e *event, h hit) bool {
	n := max(e.days, h.days)
	if e.kind != graph.KindVisit || h.kind != graph.KindVisit || n < 2 || e.prec != "day" || h.date.prec != "day" || h.date.iso == "" || e.daysBefore > 0 || h.daysBefore > 0 {
		return false
	}
	a, ok1 := parseISO(e.date)
	b, ok2 := parseISO(h.date.iso)
	if !ok1 || !ok2 {
		return false
	}
	d := a.Sub(b).Hours() / 24
	return d < float64(n) && d > -float64(n)
}

// otherVisitBetween reports whether, in the sentences from s to e's
// first, a visit with no day of its own goes to another country than the
// dated visit best: what e tells took place on that other visit.
func otherVisitBetween(e, best *event, bySent map[int][]*event, s int) bool {
	if best.kind != graph.KindVisit || best.dest == "" {
		return false
	}
	for ; s <= e.first; s++ {
		for _, o := range bySent[s] {
			if o != best && o.kind == graph.KindVisit && (o.date == "" || o.prec == "assumed") && !o.past && o.dest != "" && o.dest != best.dest {
				return true
			}
		}
	}
	return false
}

// unnamedOccasion reports whether e is a meeting, call or signing
// reported as done on a day of its own, or told as history with a month
// or year of its own ("after they met in Samarkand in December 2016"),
// or a signing still to come ("documents are to be signed"), whose
// sentences name no party: in a report of two countries, an occasion of
// the two.
func (e *event) unnamedOccasion() bool {
	if len(e.countries) != 0 || len(e.leaders) != 0 {
		return false
	}
	return e.reported && (e.prec == "day" || e.past && e.prec != "") || e.kind == graph.KindAgreement && e.future && !e.reported
}

// meetingOf reports whether a meeting of the same two countries, on the
// same day or undated, is among evs: a summit of two countries and no
// organization is that meeting under another name.
func (a *eventStage) meetingOf(e *event, evs []*event) bool {
	for _, o := range evs {
		if o.kind != graph.KindMeeting && !o.fromMeeting || o == e || len(o.countries) < 2 || o.date != "" && e.date != "" && o.date != e.date {
			continue
		}
		same := 0
		for _, c := range e.countries {
			if slices.Contains(o.countries, c) {
				same++
			}
		}
		if same == 2 {
			return true
		}
	}
	return false
}

// callOf reports whether a phone call of the same countries, on the same
// day or undated, is told in every sentence that tells the meeting e: the
// meeting is that call under another name.
func callOf(e *event, evs []*event) bool {
	return callOfSides(e, evs, func(o *event) bool {
		if o.date != "" && e.date != "" && o.date != e.date {
			return false
		}
		for _, s := range e.sents {
			if !hasOnce(o.sents, o.sentSet, s) {
				return false
			}
		}
		return true
	})
}

// callOfSides reports whether evs holds a phone call of every country of
// e (which names one or more) that fits.
func callOfSides(e *event, evs []*event, fits func(o *event) bool) bool {
	if len(e.countries) == 0 {
		return false
	}
	for _, o := range evs {
		if o.kind == graph.KindPhoneCall && containsAll(o.countries, e.countries) && fits(o) {
			return true
		}
	}
	return false
}

// containsAll reports whether list holds every item of items.
func containsAll[T comparable](list, items []T) bool {
	for _, v := range items {
		if !slices.Contains(list, v) {
			return false
		}
	}
	return true
}

// callToldAgain reports whether the meeting e only refers back to a call
// of the same countries on the same day: each of its triggers is a noun
// after "the" or "this" ("released the following account of the
// high-level meeting"), and its sentences name no leader the call does
// not have.
func (a *eventStage) callToldAgain(e *event, evs []*event) bool {
	if len(e.trigs) == 0 || e.date == "" {
		return false
	}
	for _, i := range e.trigs {
		if !a.definiteNoun(i) {
			return false
		}
	}
	return callOfSides(e, evs, func(o *event) bool {
		return o.date == e.date && containsAll(o.leaders, e.leaders)
	})
}

// definiteNoun reports whether the trigger at token i is a noun after
// "the" or "this", past its modifiers ("the high-level meeting", "this
// morning's talks" is not).
func (a *eventStage) definiteNoun(i int) bool {
	if t := a.toks[i]; t.upper || t.norm != "meeting" && t.norm != "talks" && t.norm != "meet" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch n := a.toks[k].norm; {
		case n == "the" || n == "this":
			return true
		case n == "-" || a.toks[k].kind == tokWord && !a.pastVerbAt(k) && !reportVerbs[n] && !holdingVerbs[n]:
			continue
		default:
			return false
		}
	}
	return false
}

// splitByCounterpart returns the meetings one report of meetings or
// calls holds: one leader of one country who met several leaders of one
// other country ("held talks with President X and with Y, and met Prime
// Minister Z") met each of them, one meeting each; otherwise e alone.
func (a *eventStage) splitByCounterpart(e *event) []*event {
	if e.kind != graph.KindMeeting && e.kind != graph.KindPhoneCall || len(e.leaders) < 3 {
		return []*event{e}
	}
	side := map[string][]*leader{}
	var order []string
	var unknown []*leader
	for _, l := range e.leaders {
		if l.country == "" {
			unknown = append(unknown, l)
			continue
		}
		if side[l.country] == nil {
			order = append(order, l.country)
		}
		side[l.country] = append(side[l.country], l)
	}
	if len(order) == 1 && len(e.countries) == 2 {
		// the other side's leaders all without a stated country
		for _, c := range e.countries {
			if c != order[0] {
				order = append(order, c)
			}
		}
	}
	if len(order) > 2 {
		return a.splitBilaterals(e, side, order, unknown)
	}
	if len(order) != 2 {
		return []*event{e}
	}
	if len(unknown) > 0 {
		// people of unknown country in a meeting of two sides: the side
		// of the several, not of the one who met them
		one := order[0]
		if len(side[one]) != 1 {
			one = order[1]
		}
		if len(side[one]) != 1 {
			return []*event{e}
		}
		for _, c := range order {
			if c != one {
				side[c] = append(side[c], unknown...)
			}
		}
	}
	one, many := order[0], order[1]
	if len(side[one]) != 1 {
		one, many = many, one
	}
	if len(side[one]) != 1 || len(side[many]) < 2 {
		return []*event{e}
	}
	met := a.outsideClauses(e, side[one][0], side[many])
	if len(met) < 2 {
		return []*event{e}
	}
	var undated map[*leader]bool // met in a sentence of their own with no day (see metEachAlone)
	if !a.meetsEach(e, side[one][0], met) {
		// another sentence of the report may list the people met: "...,
		// after X had held meetings with A, B and C"; beside the one the
		// first sentence has X meet, one is enough: "X met Y on Monday.
		// X also held meetings with Z"
		var first, rest []*leader
		for _, o := range side[many] {
			if a.meetsEach(e, side[one][0], []*leader{o}) {
				first = append(first, o)
			} else {
				rest = append(rest, o)
			}
		}
		if met = append(first, a.metInOneSentence(e, side[one][0], rest, max(1, 2-len(first)))...); len(met) < 2 {
			// or each met in a sentence of his own: "X landed and was
			// received by his counterpart Y. ... X further met Speaker Z"
			if met, undated = a.metEachAlone(e, side[one][0], side[many]); len(met) < 2 {
				return []*event{e}
			}
		} else {
			// the others met each in a sentence of their own: "he made a
			// courtesy call on Z. He also had meetings with A and with B"
			for _, o := range rest {
				if !slices.Contains(met, o) && slices.ContainsFunc(e.sents, func(s int) bool { return a.metAloneIn(s, side[one][0], o, side[many]) }) {
					met = append(met, o)
				}
			}
		}
	}
	for _, s := range e.sents {
		st := a.sents[s]
		ms := a.leaderMentionsBetween(st.first, st.last)
		if a.jointlyMet(ms, met) || a.jointMeetingIn(s) && namesTwoOf(ms, met) {
			return []*event{e}
		}
	}
	var out []*event
	days := a.counterpartDays(met)
	for k, l := range met {
		c := *e
		c.leaders, c.leaderSet = []*leader{side[one][0], l}, nil
		c.countries, c.codeSet = []string{one, many}, nil
		d, dayOwn := days[l]
		if dayOwn && (e.prec == "" || e.prec == "day" || e.prec == "assumed") {
			// "Rouhani is to receive the PM on Wednesday and Khamenei
			// the next day": each meeting its own day
			c.date, c.dateTxt, c.prec = d.iso, d.text, "day"
		}
		if n := a.daysAfter(e, l); n > 0 && c.prec == "day" {
			// "talks on Friday, one day after he had met Y": Thursday
			if t, ok := parseISO(c.date); ok {
				c.date = t.AddDate(0, 0, -n).Format("2006-01-02")
			}
		}
		if k > 0 {
			c.counterpart = l
		}
		if undated[l] && !dayOwn && c.prec != "assumed" {
			c.date, c.dateTxt, c.prec = "", "", "" // "X held talks with Y on Monday. X further met Z": when, untold
		}
		if !dayOwn && a.plannedWith(e, l) {
			// "met X on Wednesday ... is also due to meet Y": the
			// meeting with Y is still to come, on a day untold
			c.date, c.dateTxt, c.prec = "", "", ""
			c.future, c.reported = true, false
		}
		out = append(out, &c)
	}
	return out
}

// plannedWith reports whether the leader l is named, among e's
// sentences, only in sentences that tell a meeting still to come and not
// in the one e's date was read from: "X met Y on Wednesday. X is also due
// to meet Z" is a meeting with Z not held yet, whose day is untold.
func (a *eventStage) plannedWith(e *event, l *leader) bool {
	named := false
	for _, s := range e.sents {
		st := a.sents[s]
		in := false
		for _, m := range a.leaderMentionsBetween(st.first, st.last) {
			in = in || slices.Contains(m.leaders, l)
		}
		if !in {
			continue
		}
		if slices.Contains(e.doneSents, s) || e.date != "" && e.prec != "assumed" && s == e.dateSent {
			return false
		}
		named = true
	}
	return named
}

// counterpartDays returns the day a sentence gives each of the leaders
// met, when one sentence names two of them or more, each followed by a
// day of its own before the next ("Rouhani is to receive the PM on
// Wednesday and Khamenei the next day"); none when no sentence does, or
// when two of them would share a day.
func (a *eventStage) counterpartDays(met []*leader) map[*leader]dateMention {
	for s, st := range a.sents {
		ds := a.datesIn(s)
		if len(ds) < 2 {
			continue
		}
		type at struct {
			l *leader
			i int
		}
		var named []at
		seen := map[*leader]bool{}
		for _, m := range a.leaderMentionsBetween(st.first, st.last) {
			for _, l := range m.leaders {
				if slices.Contains(met, l) && !seen[l] {
					seen[l] = true
					named = append(named, at{l, m.i})
				}
			}
		}
		if len(named) < 2 {
			continue
		}
		out := map[*leader]dateMention{}
		used := map[string]bool{}
		for k, n := range named {
			end := st.last
			if k+1 < len(named) {
				end = named[k+1].i
			}
			for _, d := range ds {
				if di := a.tokenAtByte(d.bstart); di > n.i && di < end && d.iso != "" && d.prec == "day" && !a.opensToldClause(di) {
					out[n.l] = d
					break
				}
			}
			if _, ok := out[n.l]; !ok || used[out[n.l].iso] {
				out = nil
				break
			}
			used[out[n.l].iso] = true
		}
		if out != nil {
			return out
		}
	}
	return nil
}

// opensToldClause reports whether the date at token di opens what
// someone was told or said: "told him that on Thursday he will hold
// telephone conversations with X" dates the calls, not a meeting named
// before it.
func (a *eventStage) opensToldClause(di int) bool {
	k := di - 1
	if a.tok(k).norm == "on" {
		k--
	}
	if a.tok(k).norm != "that" {
		return false
	}
	return a.reportedBetween(max(0, k-4), k)
}

// clauseWords open a clause of its own, whose people are not those met
// by the sentence's subject: "talks with X in Moscow, for which President
// Y plans to visit India".
var clauseWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "while": true, "whereas": true, "although": true, "though": true}

// outsideClauses returns the leaders of others who are not named, in the
// event's first sentence, behind a clause word after the subject; a
// leader not named there is kept.
func (a *eventStage) outsideClauses(e *event, subject *leader, others []*leader) []*leader {
	st := a.sents[e.first]
	ms := a.leaderMentionsBetween(st.first, st.last)
	sp := -1
	for _, m := range ms {
		if len(m.leaders) == 1 && m.leaders[0] == subject {
			sp = m.i
			break
		}
	}
	if sp < 0 {
		return others
	}
	out := make([]*leader, 0, len(others))
	for _, o := range others {
		behind := false
		for _, m := range ms {
			if len(m.leaders) != 1 || m.leaders[0] != o || m.i < sp {
				continue
			}
			for k := sp; k < m.i; k++ {
				behind = behind || clauseWords[a.toks[k].norm]
			}
			break
		}
		if !behind {
			out = append(out, o)
		}
	}
	return out
}

// meetsEach reports whether, in the event's first sentence, subject is
// the first leader named and each of others is named after it, not as a
// companion ("accompanied by", "his delegation, including").
func (a *eventStage) meetsEach(e *event, subject *leader, others []*leader) bool {
	st := a.sents[e.first]
	ms := a.leaderMentionsBetween(st.first, st.last)
	pos := func(l *leader) int {
		for _, m := range ms {
			if len(m.leaders) == 1 && m.leaders[0] == l {
				return m.i
			}
		}
		return -1
	}
	sp := pos(subject)
	if sp < 0 && a.openingPronounFor(e.first) == subject {
		sp = st.first // "He held a meeting today with X": the subject told of
	}
	if sp < 0 {
		return false
	}
	for _, m := range ms {
		if m.i < sp && !(len(m.leaders) == 1 && m.leaders[0].announcer()) {
			return false // another leader leads the sentence (not a spokesperson who tells it)
		}
	}
	for _, o := range others {
		op := pos(o)
		if op < sp {
			return false
		}
		for k := sp; k < op; k++ {
			if companionWords[a.toks[k].norm] {
				return false
			}
		}
	}
	return true
}

// jointlyMet reports whether the two leaders met are named in one
// phrase, their titled names joined by "and" alone ("talks with Foreign
// Minister X and President Y"): one meeting with both, not one each as in
// "talks with X and with Y", "met X ... and later Y" or "held meetings
// with X, Y and Z" (plural meetings, or "separately").
func (a *eventStage) jointlyMet(ms []leaderMention, others []*leader) bool {
	if len(others) != 2 {
		return false
	}
	var spans [][2]int
	for _, m := range ms {
		if len(m.leaders) == 1 && slices.Contains(others, m.leaders[0]) {
			spans = append(spans, [2]int{m.i, m.j})
		}
	}
	if len(spans) != 2 {
		return false
	}
	sort.Slice(spans, func(x, y int) bool { return spans[x][0] < spans[y][0] })
	st := a.sents[a.sentenceOf(spans[0][0])]
	for k := st.first; k < st.last; k++ {
		switch a.toks[k].norm {
		case "meetings", "separately", "separate", "respectively", "calls":
			return false
		}
	}
	and := false
	for k := spans[0][1]; k < spans[1][0]; k++ {
		t := a.toks[k]
		switch {
		case t.norm == "and":
			and = true
		case t.kind == tokWord && t.upper:
		default:
			return false
		}
	}
	return and
}

// namesTwoOf reports whether the mentions ms name two of the leaders in
// list or more, each by a mention of his own (not "the two presidents").
func namesTwoOf(ms []leaderMention, list []*leader) bool {
	seen := map[*leader]bool{}
	for _, m := range ms {
		if len(m.leaders) == 1 && slices.Contains(list, m.leaders[0]) {
			seen[m.leaders[0]] = true
		}
	}
	return len(seen) >= 2
}

// jointMeetingIn reports whether sentence s tells a joint meeting: "will
// sit down for a joint bilateral meeting with A and B", "joint talks" —
// one meeting of all who take part, not one with each.
func (a *eventStage) jointMeetingIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if a.toks[k].norm != "joint" {
			continue
		}
		for m := k + 1; m <= k+3 && m < st.last; m++ {
			switch a.toks[m].norm {
			case "meeting", "talks", "session", "consultations":
				return true
			}
		}
	}
	return false
}

// companionWords introduce people who come with someone rather than
// people met (data/words-events.tsv).
var companionWords = wordSet("companionWords")

// placeNouns: see data/words-events.tsv.
var placeNouns = wordSet("placeNouns")

// topicBeforeIn: see data/words-events.tsv.
var topicBeforeIn = wordSet("topicBeforeIn")

// topicBeforeOf and topicLinks: see data/words-events.tsv.
var (
	topicBeforeOf = wordSet("topicBeforeOf")
	topicLinks    = wordSet("topicLinks")
)

// sameCountries reports whether the countries named in e's sentences are
// all named in main's: an undated agreement or meeting takes the date of
// the article's main occasion only when it can be part of it ("signed
// during the talks"), not when it names another country ("talks with
// Fiji" beside "a visit to Vanuatu on Tuesday").
func (a *eventStage) sameCountries(e, main *event) bool {
	return a.countriesWithin(e, main.sents, main.known)
}

// leadFits reports whether the lead's date may date e: it is no other
// event's own date, or that event's countries include e's (not "talks
// with Fiji" beside "a visit to Vanuatu on Tuesday").
func (a *eventStage) leadFits(e *event, evs []*event, lead dateMention) bool {
	for _, o := range evs {
		if o != e && o.date == lead.iso && o.dateTxt == lead.text && !a.countriesWithin(e, o.sents, o.known) {
			return false
		}
		if o != e && o.kind == graph.KindVisit && e.kind != graph.KindVisit && o.date == lead.iso && o.dateTxt == lead.text && a.arrivalTrigger(o) {
			return false // "X, who arrived in Addis Ababa yesterday, ...": the day of the arrival, not of the talks
		}
	}
	return true
}

// arrivalTrigger reports whether a trigger of the visit e is a word of
// arrival: "arrived", "landed".
func (a *eventStage) arrivalTrigger(e *event) bool {
	for _, i := range e.trigs {
		if arrivalWords[a.toks[i].norm] {
			return true
		}
	}
	return false
}

// otherTimeNear reports whether a trigger of e has, within eight words
// in its sentence, a time of no day that is not the lead's ("had talked
// with X on the phone last week", "met earlier this month"): such an
// occasion keeps no day rather than take the lead's.
func (a *eventStage) otherTimeNear(e *event) bool {
	for _, i := range e.trigs {
		if a.otherTimeAt(i) {
			return true
		}
	}
	return false
}

// otherTimeAt reports whether a stretch of time before the report's day
// stands within eight words of the trigger at i: "last week", "earlier
// this month", "recently"; or its sentence opens with "On that visit".
func (a *eventStage) otherTimeAt(i int) bool {
	st := a.sents[a.sentenceOf(i)]
	if n, m := a.toks[st.first].norm, a.tok(st.first+1).norm; n == "last" && weekWords[m] || n == "earlier" && m == "this" && weekWords[a.tok(st.first+2).norm] {
		return true // the time that opens the sentence: "Last weekend X had paid a similar visit ..."
	}
	if n := a.toks[st.first].norm; (n == "on" || n == "during") && a.tok(st.first+1).norm == "that" && thatOccasions[a.tok(st.first+2).norm] {
		return true // "On that visit X held talks with Y": the trip told before, at its own time
	}
	// (beyond eight words after it, in its own clause: "held talks with
	// President X in Nairobi last week")
	for k := max(st.first, i-8); k < st.last && k <= i+16 && (k <= i+8 || !a.clauseBetween(i, k)); k++ {
		n, m := a.toks[k].norm, a.tok(k+1).norm
		if (n == "last" || n == "earlier" && a.tok(k+1).norm == "this") && (periodWords[m] || periodWords[a.tok(k+2).norm]) || n == "recently" || n == "previously" {
			return true
		}
	}
	return false
}

// thatOccasions are the trips "on that …" refers back to.
var thatOccasions = map[string]bool{"visit": true, "trip": true, "occasion": true, "tour": true}

// pastWeekAt reports whether "last week", "last weekend" or "earlier
// this week" stands within eight words of the trigger at i or opens its
// sentence: days before the report's, none of them told.
func (a *eventStage) pastWeekAt(i int) bool {
	st := a.sents[a.sentenceOf(i)]
	for k := st.first; k < st.last && k <= i+8; k++ {
		if k == st.first+1 && k < i-8 {
			k = i - 8
		}
		n, m := a.toks[k].norm, a.tok(k+1).norm
		if (n == "last" && weekWords[m] || n == "earlier" && m == "this" && weekWords[a.tok(k+2).norm]) && !a.clauseBetween(k, i) {
			return true
		}
	}
	return false
}

// clauseBetween reports whether a subordinate clause opens between tokens
// k and i (k < i): "said in a statement earlier this week that, once the
// talks are over, ...": the time is the statement's, not the talks'.
func (a *eventStage) clauseBetween(k, i int) bool {
	for m := k + 1; m < i; m++ {
		switch a.toks[m].norm {
		case "that", "which", "who", "when", "once", "after", "before", "while":
			return true
		}
	}
	return false
}

// anotherOfKind reports whether the trigger at i is told as one more
// occasion of its kind: "a similar visit", "a return visit", "another
// round of talks".
func (a *eventStage) anotherOfKind(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && a.sentenceOf(k) == a.sentenceOf(i); k-- {
		if anotherWords[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// lastTwoDays reports whether the day d is the report's or the one
// before it.
func (a *eventStage) lastTwoDays(d string) bool {
	t, ok := parseISO(d)
	return ok && !a.ref.IsZero() && !t.After(a.ref) && a.ref.Sub(t) <= 24*time.Hour
}

// weekWords name a stretch of days no date resolves: "last week", "earlier
// this week", "last weekend".
var weekWords = map[string]bool{"week": true, "weekend": true}

// anotherWords: see data/words-events.tsv.
var anotherWords = wordSet("anotherWords")

// periodWords name a stretch of time of no day: "last week".
var periodWords = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "summer": true, "winter": true, "spring": true, "autumn": true}

// countriesWithin reports whether the countries named in e's sentences
// are all named in sentences sents or are countries of leaders ls.
func (a *eventStage) countriesWithin(e *event, sents []int, ls []*leader) bool {
	named := map[string]bool{}
	for _, s := range sents {
		for _, c := range a.countriesOfSentence(s) {
			named[c.code] = true
		}
	}
	for _, l := range ls {
		named[l.country] = true
	}
	for _, s := range e.sents {
		for _, c := range a.countriesOfSentence(s) {
			if !c.adj && !named[c.code] && !a.currencyMention(c) {
				return false
			}
		}
	}
	return true
}

// leadersOf returns the leaders named in the event's sentences.
func (e *event) leadersOf(sl [][]*leader) []*leader {
	var out []*leader
	for _, s := range e.sents {
		out = appendLeader(out, sl[s]...)
	}
	return out
}

// newLeaders reports whether ls holds a leader not named in e's sentences.
func newLeaders(ls []*leader, e *event) bool {
	for _, l := range ls {
		if !hasOnce(e.known, e.knownSet, l) {
			return true
		}
	}
	return false
}

// thirdParty reports whether leaders ls name a country that none of the
// leaders known to e, of two countries already, holds: a call is between
// two sides, so a call with a third is another call.
func thirdParty(ls []*leader, e *event) bool {
	sides := map[string]bool{}
	for _, l := range e.known {
		if l.country != "" {
			sides[l.country] = true
		}
	}
	if len(sides) < 2 {
		return false
	}
	for _, l := range ls {
		if l.country != "" && !sides[l.country] {
			return true
		}
	}
	return false
}

// leadDate returns the first day-level date of the first two sentences
// that is not history ("first visited Kampala on 3 May 2014").
func (a *eventStage) leadDate() dateMention {
	for s := 0; s < len(a.sents) && s < 2; s++ {
		for _, d := range a.datesIn(s) {
			if d.iso != "" && !a.history(d) && !(a.staySpan(d)) {
				return d // (not the span of a stay: "during his stay from April 20-22")
			}
		}
	}
	return dateMention{}
}

// leadPairFits reports whether the lead's date is told in a sentence
// with no occasion of its own that names leaders of two countries or
// more ("X and Y agreed on Monday to build a partnership"), whose
// countries are all e's, when no other event of e's kind was dated
// already: the day of the pair's occasion, which a later sentence
// tells with no time ("At their summit in Manila ...").
func (a *eventStage) leadPairFits(e *event, evs []*event, sl [][]*leader, lead dateMention) bool {
	s := a.sentenceOf(a.tokenAtByte(lead.bstart))
	if a.hitSent[s] || e.first <= s || rangeDays(lead) > 0 {
		// (not a stay's days, "from November 18th to 21st": on which of
		// them the occasion fell is untold)
		return false
	}
	codes := map[string]bool{}
	for _, l := range sl[s] {
		if l.country != "" {
			codes[l.country] = true
		}
	}
	if len(codes) < 2 {
		return false
	}
	named := map[string]bool{}
	for _, l := range e.leadersOf(sl) {
		named[l.country] = true
	}
	for _, st := range e.sents {
		for _, c := range a.countriesOfSentence(st) {
			named[c.code] = true
		}
	}
	for c := range named {
		if c != "" && !codes[c] {
			return false
		}
	}
	for _, o := range evs {
		if o != e && o.kind == e.kind && o.date != "" {
			return false
		}
	}
	return true
}

// sayingFits reports whether the lead's date may date e when it is the
// day of a saying ("..., the president said on Wednesday"): only for an
// occasion already held and when that day is the article's own, the day a
// report with no time of its own would take anyway; never for one planned.
func (a *eventStage) sayingFits(e *event, lead dateMention) bool {
	if !a.sayingDate(lead) {
		return true
	}
	return !e.future && !a.ref.IsZero() && lead.iso == a.ref.Format("2006-01-02")
}

// sayingDate reports whether the date d follows a reporting verb within
// its sentence, two words back at most, and ends the attribution (the
// sentence ends or "that" follows): "..., X said on Wednesday.", "said
// Friday that ...", the day of the saying rather than of what was said;
// not "spoke on Friday when X paid a call on him", the saying at the
// occasion.
func (a *eventStage) sayingDate(d dateMention) bool {
	di := a.tokenAtByte(d.bstart)
	s := a.sentenceOf(di)
	if !a.reportedBetween(max(di-2, a.sents[s].first), di) {
		return false
	}
	k := a.tokenAtByte(d.bend) // the token after the date
	return k >= a.sents[s].last || a.tok(k).norm == "that" || a.tok(k).text == "."
}

// tourOfDuty reports whether "of" and, within two more words, "duty"
// follow the word "tour" ending at token j: "tour of (diplomatic) duty".
func (a *eventStage) tourOfDuty(j int) bool {
	if a.tok(j).norm != "of" {
		return false
	}
	for k := j + 1; k <= j+3 && k < len(a.toks); k++ {
		if a.toks[k].norm == "duty" {
			return true
		}
	}
	return false
}

// findHits returns the trigger occurrences of set that are not negated.
func (a *eventStage) findHits(set map[string][]trigger) []hit {
	var hits []hit
	for i := 0; i < len(a.toks); i++ {
		if a.toks[i].kind != tokWord {
			continue
		}
		tr, j, ok := a.triggerAt(set, i)
		if !ok || a.negated(i) || a.invited(i, j) {
			continue
		}
		if tr.kind == graph.KindMeeting && a.appositiveOccasion(set, i) {
			continue // "the BRICS Summit at Rio, a successful meeting held on 6th and 7th July": the summit, told again
		}
		if tr.kind == graph.KindForum && a.forumDescribed(i, j) {
			continue // "gives the two ministers a forum in which to look at ...": what a body is, no occasion
		}
		if tr.kind == graph.KindForum && a.bodyFounded(i, j) {
			continue // "wants the business council to be set up soon": a standing body, no occasion
		}
		if a.signNoun(i) || tr.kind == graph.KindForum && !a.roundtableOfBusiness(i, j) {
			continue // "a sign that ...", "a roundtable with women leaders"
		}
		if tr.kind == graph.KindAgreement && a.directedTo(i) {
			continue // "directed their ministers to conclude an agreement": an instruction, no signing told
		}
		if tr.kind == graph.KindAgreement && a.signsNoDeed(i, j) {
			continue // "signed the visitors' book", "will discuss signing a framework agreement"
		}
		if tr.kind == graph.KindCeremony && a.toks[i].upper && a.tok(j).norm == "day" && a.tok(j).upper {
			continue // "congratulated him on Inauguration Day": the day's name, no ceremony told
		}
		if tr.kind == graph.KindCeremony && a.tok(i-1).norm == "be" && mightWords[a.tok(i-2).norm] {
			continue // "an arrangement they hoped could be opened": what might be, no occasion
		}
		var past dateMention
		if a.historical(i, j) {
			if past, ok = a.pastWhen(i, j); !ok {
				continue // "the 1998 joint declaration": a reference, not an occasion told
			}
		}
		kind := tr.kind
		if len(tr.words) == 1 && deedVerbs[tr.words[0]] && !a.deedAfter(j) {
			continue // "exchanged views", "concluded his visit"
		}
		if len(tr.words) == 1 && travelVerbs[tr.words[0]] && !a.travelTo(i, j) {
			continue // "arrived at a decision", "came as a surprise"
		}
		if (len(tr.words) == 1 || tr.words[1] == "host") && hostVerbs[tr.words[0]] && !a.hostsLeader(i, j) {
			continue // "hosted a banquet", "hosted the second meeting", "played host to the champions"
		}
		if len(tr.words) == 1 && tr.words[0] == "welcome" && !a.welcomeGiven(i, j) && !a.welcomeTo(i, j) {
			continue // "a welcome dinner", "would welcome closer cooperation"
		}
		if kind == graph.KindVisit && a.toks[i].norm == "tour" && a.tourOfDuty(j) {
			continue // "his three-year tour of diplomatic duty": a posting, not a trip
		}
		if kind == graph.KindMeeting && len(tr.words) == 1 && tr.words[0] == "see" && !a.seesLeader(i, j) {
			continue // "to see the results", "we see President X as a friend"
		}
		if kind == graph.KindMeeting && spendVerbs[a.toks[i].norm] && !a.spentWith(j) {
			continue // "spent two days in Paris", "spent $2 billion"
		}
		if kind == graph.KindMeeting && a.airportGreeting(i) {
			continue // "at the airport, where MBS met him with a handshake": the visit's welcome
		}
		if kind == graph.KindPhoneCall && a.toks[i].norm == "call" && !a.callAt(i, j) {
			continue // "a call for restraint", "the call to action"
		}
		if kind == graph.KindPhoneCall && a.toks[i].norm == "call" && a.meetingNamedBefore(i) {
			kind = graph.KindMeeting // "In a separate meeting, X received a call from the new Ambassador": a call paid
		}
		if kind == graph.KindStatement && a.sourceStatement(i, j) {
			i = j - 1
			continue // "according to a press statement": a source, not an occasion
		}
		if kind == graph.KindCeremony && a.protocolCeremony(i, j) {
			i = j - 1
			continue // "an official welcome ceremony", "the signing ceremony"
		}
		if len(tr.words) == 1 && (tr.words[0] == "opened" || tr.words[0] == "reopened") && (!a.opensThing(i) || a.opensTalks(j)) {
			continue // "opened their annual informal meeting at the X Center": the meeting began
		}
		if kind == graph.KindOther && a.toks[i].norm != "joint" && !a.reliefIn(a.sentenceOf(i)) {
			continue // "dispatched an envoy": only a relief mission counts
		}
		if kind == graph.KindOther && a.toks[i].norm == "joint" && !a.holdingIn(a.sentenceOf(i)) {
			continue // "the memorandum provides for joint exercises": no exercise held
		}
		if kind == graph.KindForum && !a.toks[i].upper && a.orgEndingAt(i) >= 0 {
			continue // "the Asia-Pacific Economic Cooperation forum": a name's descriptor
		}
		if kind == graph.KindForum && i > 0 && artShows[a.tok(i-1).norm] {
			continue // "viewed a photo exhibition": no business forum
		}
		if a.insideKnownOrg(i) || kind == graph.KindStatement && a.toks[i].upper && !a.sentenceStart(i) {
			continue // "Pacific Islands Forum", "Shusha Declaration": names, not events
		}
		if kind == graph.KindMeeting && a.tok(j-1).norm == "on" && strings.HasPrefix(a.tok(j-2).norm, "call") && (!a.callsOnPerson(j) || a.urgedAfter(j)) {
			continue // "called on the parties to show restraint": an appeal, no call paid
		}
		if kind == graph.KindVisit && !hostVerbs[a.toks[i].norm] && a.toks[i].norm != "welcome" && a.visitsPerson(j) {
			kind = graph.KindMeeting // "visited the Secretary of Economy, X": a call on a person
		}
		if kind == graph.KindSummit && (i > 0 && a.tok(i-1).norm == "bilateral" || i > 1 && a.tok(i-2).norm == "bilateral" && !a.tok(i-1).upper && a.tok(i-1).kind == tokWord || a.bilateralSummit(i, j)) {
			kind = graph.KindMeeting // a bilateral summit is a meeting
		}
		if (kind == graph.KindMeeting || kind == graph.KindSummit) && a.virtual(i) {
			kind = graph.KindPhoneCall // "held a virtual meeting with X", "a Virtual Bilateral Summit": a video call
		}
		if p := a.tok(i - 2).norm; a.tok(i-1).norm == "next" && !nextDeterminers[p] && p != "will" && p != "shall" {
			continue // "before they next met": a time to come, no occasion (not "the next meeting", nor "the governments will next meet on March 31")
		}
		if kind == graph.KindSummit && a.levelOf(j) {
			continue // "at both the summit and ministerial levels": no occasion
		}
		if kind == graph.KindMeeting && (a.toks[i].upper || a.orgEndingAt(i-2) >= 0 || a.tok(i-2).text == ")") && i > 1 && (strings.HasPrefix(a.tok(i-1).norm, "leaders") || a.tok(i-1).norm == "'" && a.tok(i-2).norm == "leaders") {
			kind = graph.KindSummit // "Economic Leaders' Meeting"
		}
		if kind == graph.KindMeeting && a.collectiveOfOrg(i) {
			kind = graph.KindSummit // "the prime ministers of the Visegrad Group met"
		}
		if a.toks[i].norm == "session" && partSessions[a.tok(i-1).norm] && !(a.tok(i-1).norm == "inaugural" && a.sessionOfBody(kind, i, j) != "") {
			continue // "the closing session", "a plenary session": part of another occasion
		}
		many := ""
		if kind == graph.KindMeeting && a.toks[i].norm == "session" {
			if many = a.sessionOfMany(j); many != "" {
				kind = graph.KindSummit // "the session of the CIS Heads of State Council"
			}
		}
		if n := a.toks[i].norm; kind == graph.KindMeeting && (n == "receives" || n == "receiving") && !a.leaderWithin(j, 5) && !a.counterpartNamedAt(j) {
			continue // "receiving Chinese investment"; but "Receiving Chinese Foreign Minister X on Thursday, ..."
		}
		if kind == graph.KindMeeting && a.toks[i].norm == "received" && a.credentialsAfter(j) {
			kind = graph.KindCeremony // "received Letters of Credence from the Ambassadors": a credentials ceremony
		}
		if kind == graph.KindMeeting && a.toks[i].norm == "received" && (j >= len(a.toks) || !a.toks[j].upper) && !a.leaderWithin(j, 4) && !a.leaderWithin(a.venueEnd(j), 2) && !a.counterpartNamedAt(j) && !a.passiveAgent(i, j) && !a.delegationReceived(j) {
			continue // "received a letter"; but "received his Ukrainian counterpart X"
		}
		if n := a.toks[i].norm; kind == graph.KindMeeting && (n == "meet" || n == "meets") && !a.leaderWithin(j, 5) && !a.titledLeaderAt(j) && !a.peopleMeet(i, j) {
			continue // "to meet the demand"; but "to meet Chinese President X"
		}
		s := a.sentenceOf(i)
		dest, origin := "", ""
		if kind == graph.KindVisit {
			if e := a.placeEndAt(j); departureVerbs[a.toks[i].norm] && e > j && a.tok(e).norm == "for" {
				dest = a.destinationAt(e + 1) // "will depart Abuja for South Africa": the destination after "for"
				if dest == "" && a.tok(e+1).norm == "the" {
					dest = a.destinationAt(e + 2)
				}
				if dest == "" && a.foreignCity(i, e+1) {
					dest = a.placeCountry(a.placeAt(e + 1)) // "left Abuja for Pretoria"
				}
				origin = a.placeAt(j)
			}
			if dest == "" {
				dest = a.destinationAt(j)
			}
			if n := a.tok(j).norm; dest == "" && (n == "to" || n == "in" || n == "into") && a.foreignCity(i, j+1) {
				dest = a.placeCountry(a.placeAt(j + 1)) // "travelled to Tehran"
			} else if dest == "" && a.foreignCity(i, j) {
				dest = a.placeCountry(a.placeAt(j)) // "will visit Budapest"
			} else if m := a.venueCity(i, j); dest == "" && m > 0 && a.foreignCity(i, m) {
				dest = a.placeCountry(a.placeAt(m)) // "landed at X Airport, Addis Ababa"
			} else if dest == "" && hostVerbs[a.toks[i].norm] {
				dest = a.hostCountry(i) // "Erdogan hosted X": a visit to Turkey
			}
		}
		place := a.placeIn(s)
		if place != "" && a.unknownVenueAfter(j) {
			place = "" // "the BRICS Summit at Rio, ...": its venue named, and not the sentence's other place
		}
		if place != "" && (place == origin || place == a.departureOrigin(s)) {
			place = "" // the city he leaves from is not where the visit is
		}
		if place != "" && kind != graph.KindVisit && a.invitedTo(s, place) {
			place = "" // "signed agreements, and X took up an invitation to visit Delhi": no venue of the signing
		}
		hits = append(hits, hit{kind: kind, dest: dest, i: i, j: j, sent: s, place: place, detached: a.detached(i) && past.day() == "", sequel: a.sequel(i), apart: a.apart(i), ahead: a.aheadOf(i), aheadNoun: a.aheadPlan(i), backstory: a.pluperfectAt(i),
			future: a.futureAt(i) && !a.endedAfter(j) || a.futureAfter(i, j), reported: a.reportedAt(i, j), date: past, past: past.day() != "", earlier: a.beenTo(i, j), session: a.sessionOfBody(kind, i, j), nth: a.sessionNumber(kind, i, j)})
		if many != "" {
			hits[len(hits)-1].session = many // one summit each body: "the sessions of the X Council and of the Y Council"
		}

		i = j - 1
	}
	return hits
}

// listedYears adds a hit for each further year listed after a past
// hit's year: "visited Japan in 2014, 2016 and 2019", "her earlier visits
// were in 1997, 2010 and 2019" — an occasion each year.
func (a *eventStage) listedYears(hits []hit) []hit {
	n := len(hits)
	for k := 0; k < n; k++ {
		h := hits[k]
		if !h.past || h.date.prec != "year" || h.future {
			continue
		}
		for _, d := range a.yearsListedAfter(h.date) {
			h.date = d
			hits = append(hits, h)
		}
	}
	return hits
}

// yearsListedAfter returns the years listed right after the year d names,
// each as a date of its own: ", 2016 and 2019" after "in 2014"; none when
// no bare year follows.
func (a *eventStage) yearsListedAfter(d dateMention) []dateMention {
	var out []dateMention
	k := a.tokenAtByte(d.bend)
	if k < 0 || k >= len(a.toks) || a.toks[k].bstart < d.bend {
		return nil
	}
	for k+1 < len(a.toks) {
		n := a.toks[k].norm
		if n != "," && n != "and" {
			break
		}
		if n == "," && a.tok(k+1).norm == "and" {
			k++ // the serial comma: ", and 2019"
		}
		y, ok := yearToken(a.tok(k + 1))
		if !ok || y >= a.ref.Year() {
			break
		}
		t := a.toks[k+1]
		out = append(out, dateMention{bstart: t.bstart, bend: t.bstart + len(t.text), year: y, text: t.text, first: strconv.Itoa(y) + "-01-01", prec: "year"})
		k += 2
	}
	return out
}

// sessionOfBody returns the key of the named body whose meeting or
// session the meeting trigger at [i, j) is ("the tenth meeting of the
// Turkiye-Qatar High Strategic Committee", "the 24th session of the
// Intergovernmental Commission"): the organization of two sides named
// right after "of", with at most "the" or "its" between; "" when none.
func (a *eventStage) sessionOfBody(kind graph.EventKind, i, j int) string {
	if kind != graph.KindMeeting || j-i != 1 {
		return ""
	}
	if n := a.toks[i].norm; n != "meeting" && n != "session" && n != "sitting" {
		return ""
	}
	if a.tok(j).norm != "of" {
		return a.possessorBody(i) // "the India-Nepal Joint Commission's 7th meeting"
	}
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if o.i <= j || o.i > j+3 {
			continue
		}
		plain := true
		for k := j + 1; k < o.i; k++ {
			plain = plain && (a.toks[k].norm == "the" || a.toks[k].norm == "its")
		}
		if plain && a.bilateralBody(o) {
			return o.key
		}
	}
	return ""
}

// possessorBody returns the key of the bilateral body whose meeting the
// trigger at token i is, named as its possessor with at most an ordinal
// between: "the Joint Commission's 7th meeting", or before "its" a few
// words back: "the Bi-National Commission (BNC) holds its inaugural
// session"; "".
func (a *eventStage) possessorBody(i int) string {
	k := i - 1
	if ordinalSuffixes[a.tok(k).norm] && a.tok(k-1).kind == tokNumber {
		k -= 2 // "7th"
	} else if t := a.tok(k); t.kind == tokNumber || ordinalWords[t.norm] {
		k--
	}
	its := a.tok(k).norm == "its"
	if a.tok(k).norm != "'s" && !its {
		return ""
	}
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if (o.j == k || its && o.j < k && k-o.j <= 5) && a.bilateralBody(o) {
			return o.key
		}
	}
	return ""
}

// sessionNumber returns the number of the session or meeting the trigger
// at [i, j) names: "the tenth meeting", "its 7th session", "its
// inaugural session" (the first); 0 when it names none, or names a
// relative one ("the next session").
func (a *eventStage) sessionNumber(kind graph.EventKind, i, j int) int {
	if kind != graph.KindMeeting || j-i != 1 {
		return 0
	}
	if n := a.toks[i].norm; n != "meeting" && n != "session" && n != "sitting" {
		return 0
	}
	if ordinalSuffixes[a.tok(i-1).norm] && a.tok(i-2).kind == tokNumber {
		v, _ := strconv.Atoi(a.tok(i - 2).norm)
		return v
	}
	return sessionNumbers[a.tok(i-1).norm]
}

// ordinalSuffixes end a number written as an ordinal: "7th", "21st".
var ordinalSuffixes = map[string]bool{"th": true, "st": true, "nd": true, "rd": true}

// sessionNumbers are the ordinals that number a body's sessions.
var sessionNumbers = map[string]int{"inaugural": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// ordinalWords number the meetings of a body.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "next": true, "last": true, "latest": true, "annual": true, "inaugural": true}

// sessionOfMany returns the key of the organization of many members
// whose session the trigger ending at j is, named right after "of" (with
// at most "the" between): "the session of the CIS Heads of State
// Council", "the session of the Supreme Eurasian Economic Council"; ""
// for none or a body of two (see bilateralBody).
func (a *eventStage) sessionOfMany(j int) string {
	if a.tok(j).norm != "of" {
		return ""
	}
	k := j + 1
	if a.tok(k).norm == "the" {
		k++
	}
	for _, o := range a.orgsOfSentence(a.sentenceOf(j)) {
		if o.i == k && !a.bilateralBody(o) {
			return o.key
		}
	}
	return ""
}

// bilateralBody reports whether the organization name o is that of a
// body of two sides: two names joined by a hyphen ("Turkiye-Qatar High
// Strategic Committee", "South Africa-Mozambique Bi-National
// Commission") or a joint body ("Joint Permanent Commission"); not a
// council of many ("Supreme Eurasian Economic Council").
func (a *eventStage) bilateralBody(o orgMention) bool {
	for k := o.i; k < o.j; k++ {
		t := a.toks[k]
		if bodyOfTwo[t.norm] {
			return true
		}
		if t.text == "-" && k > o.i && a.toks[k-1].upper && a.tok(k+1).upper && a.tok(k+1).kind == tokWord && !t.space && !a.tok(k+1).space {
			return true
		}
	}
	return false
}

// bodyOfTwo name a body of two sides (data/words-events.tsv).
var bodyOfTwo = wordSet("bodyOfTwo")

// delegationReceived reports whether the object of "received" starting at
// token j, past a place and a day ("received in Baku on Tuesday"), is a
// country's delegation: "a Turkmen delegation", "a delegation from Chad",
// "a delegation headed by X" — a meeting with that side.
func (a *eventStage) delegationReceived(j int) bool {
	s := a.sentenceOf(j)
	for k := j; k < len(a.toks) && k < j+12 && a.sentenceOf(k) == s; k++ {
		t := a.toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		if t.norm != "delegation" {
			continue
		}
		if c := a.countryMentionAt(k - 1); c >= 0 && a.countries[c].adj {
			return true // "a Turkmen delegation"
		}
		switch n := a.tok(k + 1).norm; {
		case (n == "from" || n == "of") && a.isCountryToken(k+2):
			return true // "a delegation from Chad"
		case (n == "headed" || n == "led") && a.tok(k+2).norm == "by":
			return true // "a delegation headed by X"
		}
		return false
	}
	return false
}

// credentialsAfter reports whether the object of "received" ending at
// token j is credentials: "received Letters of Credence", "received the
// credentials of".
func (a *eventStage) credentialsAfter(j int) bool {
	for k := j; k < j+4 && k < len(a.toks); k++ {
		if n := a.toks[k].norm; n == "credentials" || n == "credence" {
			return true
		}
	}
	return false
}

// beenTo reports whether the trigger at [i, j) is "been to" ("X has been
// to Indonesia and Turkey"): earlier trips, history beside the occasion
// the report tells.
func (a *eventStage) beenTo(i, j int) bool {
	return a.toks[i].norm == "been" && a.tok(j).norm == "to"
}

// bodyFounded reports whether the forum trigger at [i, j) names a body
// being founded ("the business council to be set up", "agreed to
// establish a business council", "the creation of a joint forum"): a
// standing body, not an occasion.
func (a *eventStage) bodyFounded(i, j int) bool {
	founds := func(k int) bool {
		n := a.toks[k].norm
		return foundingWords[n] || n == "set" && a.tok(k+1).norm == "up" // not "set for September 5"
	}
	for k := j; k < j+4 && k < len(a.toks); k++ {
		if founds(k) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if founds(k) {
			return true
		}
	}
	return false
}

// foundingWords found a body: "set up", "establish", "creation"
// (data/words-events.tsv).
var foundingWords = wordSet("foundingWords")

// pluperfectAt reports whether the trigger at i is a verb in the past
// perfect: "had" just before it, or before one adverb ("had landed",
// "had already arrived").
func (a *eventStage) pluperfectAt(i int) bool {
	if a.toks[i].kind != tokWord || a.toks[i].upper {
		return false
	}
	p := a.tok(i - 1)
	if p.norm != "had" && strings.HasSuffix(p.norm, "ly") {
		p = a.tok(i - 2)
	}
	return p.norm == "had" && a.sentenceOf(i-1) == a.sentenceOf(i)
}

// aheadWords: see data/words-events.tsv.
var aheadWords = wordSet("aheadWords")

// aheadOf reports whether the trigger at i follows, within six tokens of
// its sentence, a word that puts it after the deed the sentence tells
// ("ahead of a possible visit", "before his trip to Ghana", "ahead of
// Antony Blinken's visit"): an occasion still to come, which takes no
// other occasion's day. A verb between ends the reach: "before he met
// X, the two held talks".
func (a *eventStage) aheadOf(i int) bool { return a.aheadWord(i) >= 0 }

// aheadWord returns the token of the word that puts the trigger at i
// ahead (see aheadOf), or -1.
func (a *eventStage) aheadWord(i int) int {
	s := a.sentenceOf(i)
	for k := i - 1; k >= 0 && k >= i-6 && a.sentenceOf(k) == s; k-- {
		t := a.toks[k]
		if aheadWords[t.norm] {
			return k
		}
		if t.kind == tokPunct && t.norm != "'s" || pastVerbs[t.norm] || !t.upper && strings.HasSuffix(t.norm, "ed") {
			return -1
		}
	}
	return -1
}

// aheadPlan reports whether the trigger at i is named as an occasion to
// come by "ahead of" ("ahead of a possible visit", "ahead of X's visit
// this week"): not by "before", which a past account also uses for a
// later step of itself ("had talked by phone last week, before the
// visit"; "before meeting X, he laid a wreath").
func (a *eventStage) aheadPlan(i int) bool {
	k := a.aheadWord(i)
	return k >= 0 && k < i-1 && a.toks[k].norm == "ahead"
}

// opensSentence reports whether the date at token di opens sentence s,
// alone or after "on" or "in", and after the dateline in the first: "On
// Monday, ...", "Yesterday, ...", "RABAT - On Monday, ...", "TASHKENT: In
// December ...".
func (a *eventStage) opensSentence(s, di int) bool {
	first := a.sents[s].first
	for first < di && a.dateline.end > 0 && a.toks[first].bstart < a.dateline.end {
		first++
	}
	for first < di && a.toks[first].kind == tokPunct {
		first++ // "RABAT - On Monday"
	}
	return di == first || di == first+1 && (a.toks[first].norm == "on" || a.toks[first].norm == "in")
}

// groupLists open the names of a group's members ("members of the
// government, among them X"). (data/words-events.tsv)
var groupLists = wordSet("groupLists")

// intentVerbs intend an act, which may not have happened. (data/words-events.tsv)
var intentVerbs = wordSet("intentVerbs")

// seesLeader reports whether "see" at [i, j) is to meet a leader: "to"
// before it, and a leader named within the next four tokens ("to see
// Prime Minister X") or right after a word that opens the names of a
// group's members within twelve ("to see a number of members of the
// government, among them justice minister X"), in its sentence, and not
// seen "as" something; not what one hoped or intended to ("had intended
// to see X in person").
func (a *eventStage) seesLeader(i, j int) bool {
	if i == 0 || a.toks[i-1].norm != "to" || a.toks[i].upper {
		return false
	}
	if w := a.tok(i - 2).norm; wishVerbs[w] || intentVerbs[w] {
		return false // "had intended to see X in person, but had to self-isolate"
	}
	s := a.sentenceOf(i)
	seen := func(m leaderMention) bool {
		return a.sentenceOf(m.i) == s && a.tok(m.j).norm != "as"
	}
	for _, m := range a.leaderMentionsBetween(j, j+4) {
		if seen(m) {
			return true
		}
	}
	for k := j; k < j+12 && k < a.sents[s].last; k++ {
		if groupLists[a.toks[k].norm] {
			for _, m := range a.leaderMentionsBetween(k+1, k+6) {
				if seen(m) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// spendVerbs are the forms of "spend", which are a meeting only as
// spentWith tells. (data/words-events.tsv)
var spendVerbs = wordSet("spendVerbs")

// spentWith reports whether the verb "spent" ending at token j-1 tells
// time spent with a leader: within eight words a span of time in hours or
// minutes ("over 1 1/2 hours", "an hour", "45 minutes"), then, before the
// end of the clause, "with" and a leader named within fourteen tokens ("in the
// Oval Office with the vice-chairman of X's Central Committee, Y"). Not
// "spent two days in Paris", "spent an hour with reporters".
func (a *eventStage) spentWith(j int) bool {
	s := a.sentenceOf(j - 1)
	last := a.sents[s].last
	k := j
	for ; k < last && k < j+8; k++ {
		if timeSpans[a.toks[k].norm] {
			break
		}
	}
	if k >= last || k >= j+8 {
		return false
	}
	for k++; k < last && k < j+16; k++ {
		switch t := a.toks[k]; {
		case t.norm == "with":
			return a.leaderWithin(k+1, 14)
		case t.kind == tokPunct && t.text != "," && t.text != "/":
			return false
		}
	}
	return false
}

// timeSpans are the units of time spent in a talk: see spentWith.
// (data/words-events.tsv)
var timeSpans = wordSet("timeSpans")

// peopleMeet reports whether "meet" at [i, j) has people for subject and
// no object: "when they meet in Bali on Oct 11", "the two leaders will
// meet again next month", "the two governments will next meet jointly on
// March 31"; not "to meet the demand".
func (a *eventStage) peopleMeet(i, j int) bool {
	p := i - 1
	for n := 0; n < 2 && p > 0 && meetAuxiliaries[a.toks[p].norm]; n++ {
		p-- // "will next meet", "will also meet"
	}
	if p < 0 || !meetSubjects[a.toks[p].norm] {
		return false
	}
	n := a.tok(j)
	return n.kind == tokPunct || meetAdjuncts[n.norm]
}

// meetSubjects, meetAuxiliaries and meetAdjuncts: see
// data/words-events.tsv.
var (
	meetSubjects    = wordSet("meetSubjects")
	meetAuxiliaries = wordSet("meetAuxiliaries")
	meetAdjuncts    = wordSet("meetAdjuncts")
)

// travelVerbs, deedVerbs and deedNouns: see data/words-events.tsv.
var (
	travelVerbs     = wordSet("travelVerbs")
	goerWords       = wordSet("goerWords")
	hostVerbs       = wordSet("hostVerbs")
	welcomeGivers   = wordSet("welcomeGivers")
	departureVerbs  = wordSet("departureVerbs")
	presenceVerbs   = wordSet("presenceVerbs")
	presenceAdverbs = wordSet("presenceAdverbs")
	deedVerbs       = wordSet("deedVerbs")
	deedNouns       = wordSet("deedNouns")
)

// deedAfter reports whether what is agreed is named within six tokens
// from j: "exchanged the Notes", "concluded a 75 billion dollar Bilateral
// Currency Swap Agreement".
func (a *eventStage) deedAfter(j int) bool {
	s := a.sentenceOf(j - 1)
	for k := j; k < j+6 && k < len(a.toks) && a.sentenceOf(k) == s; k++ {
		if deedNouns[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// hostsLeader reports whether the host verb at [i, j) has a leader for its
// object, his visitor: a leader named within five words after it ("hosted
// Hungarian Premier X", "hosted his Armenian counterpart"), or, in the
// passive, a leader named before it and the host after "by" ("X was
// hosted on Thursday by President Y").
func (a *eventStage) hostsLeader(i, j int) bool {
	s := a.sentenceOf(i)
	if a.toks[i].upper && !a.sentenceStart(i) {
		return false // "the Hosting Committee"
	}
	if a.passiveAgent(i, j) && len(a.leaderMentionsBetween(a.sents[s].first, i)) > 0 && !a.twoSidesBetween(a.sents[s].first, i) {
		return true // "X was hosted at the Jubilee House on Tuesday by President Y"
	}
	for k := j; k < j+6 && k < a.sents[s].last; k++ {
		if a.tok(k).norm == "by" {
			return a.leaderWithin(k+1, 3) && len(a.leaderMentionsBetween(a.sents[s].first, i)) > 0 && !a.twoSidesBetween(a.sents[s].first, i)
		}
		if a.toks[k].kind == tokPunct {
			break
		}
	}
	for _, m := range a.leaderMentionsBetween(j, j+6) {
		if a.sentenceOf(m.i) == s && !a.companionBetween(j, m.i) {
			return true
		}
	}
	return false
}

// welcomeTo reports whether the verb "welcome" at [i, j) welcomes a
// leader to a country or a city: "was glad to welcome President X to
// Japan" (not "would welcome closer cooperation").
func (a *eventStage) welcomeTo(i, j int) bool {
	s := a.sentenceOf(i)
	for _, m := range a.leaderMentionsBetween(j, j+6) {
		if a.sentenceOf(m.i) != s || a.tok(m.j).norm != "to" {
			continue
		}
		if c, _ := a.countryAt(m.j + 1); c != "" || a.placeAt(m.j+1) != "" {
			return true
		}
	}
	return false
}

// twoSidesBetween reports whether the leaders named in [i, j) serve two
// countries or more: "the two leaders were welcomed by Swiss President
// X" — guests of two sides met on a third's ground for their own
// occasion, which the host welcomes them to; no visit to him.
func (a *eventStage) twoSidesBetween(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if n := a.toks[k].norm; (n == "two" || n == "both") && twoSidesNouns[a.toks[k+1].norm] {
			return true // "the two leaders", "both presidents"
		}
	}
	seen := ""
	for _, m := range a.leaderMentionsBetween(i, j) {
		for _, l := range m.leaders {
			switch {
			case l.country == "":
			case seen == "":
				seen = l.country
			case l.country != seen:
				return true
			}
		}
	}
	return false
}

// twoSidesNouns name the two sides of an occasion after "two" or "both".
var twoSidesNouns = map[string]bool{"leaders": true, "presidents": true, "heads": true, "premiers": true, "ministers": true, "delegations": true}

// welcomeGiven reports whether the noun "welcome" at [i, j) is one given
// to a leader: "a", at most two lower-case words, "welcome", after a giver
// verb (welcomeGivers) within eight words, a leader named before it in the
// sentence and no noun after it ("gave his counterpart X a ceremonial
// welcome", "was given a warm welcome"; not "a welcome dinner").
func (a *eventStage) welcomeGiven(i, j int) bool {
	if a.toks[i].upper || a.tok(j).kind == tokWord && !stopword[a.tok(j).norm] {
		return false
	}
	st := a.sents[a.sentenceOf(i)]
	art := -1
	for k := i - 1; k >= st.first && k >= i-3; k-- {
		if n := a.toks[k].norm; n == "a" || n == "an" {
			art = k
			break
		}
		if a.toks[k].kind != tokWord || a.toks[k].upper {
			return false
		}
	}
	if art < 0 {
		return false
	}
	for k := art - 1; k >= st.first && k >= art-8; k-- {
		if welcomeGivers[a.toks[k].norm] {
			return len(a.leaderMentionsBetween(st.first, i)) > 0
		}
	}
	return false
}

// comerSubject reports whether "come" at i has a leader right before it
// for its subject, behind at most two of "will", "would", "to", "also",
// "then": "Kiir will come to Khartoum", "he would also come to Lima".
func (a *eventStage) comerSubject(i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0; n++ {
		switch a.toks[k].norm {
		case "will", "would", "to", "also", "then", "shall":
			k--
			continue
		}
		break
	}
	return a.leaderSubjectAt(k, i)
}

// goerSubject reports whether "go", "goes", "went" or "came" at i has people for
// its subject: a leader, a title, a pronoun or a word for people ("delegation",
// "ministers") in its clause before it, "Castillo and his ministers will
// go to La Paz"; not "the funds went to Kenya".
func (a *eventStage) goerSubject(i int) bool {
	first := a.sents[a.sentenceOf(i)].first
	for k := i - 1; k >= first && k >= i-12; k-- {
		t := a.toks[k]
		if t.text == ";" || t.text == ":" {
			break
		}
		if goerWords[t.norm] || len(a.leaderMentionsBetween(k, k+1)) > 0 {
			return true
		}
		if _, _, ok := a.titleAt(k); ok {
			return true
		}
	}
	return false
}

// leaderSubjectAt reports whether token k, in the sentence of token i,
// ends a subject that is a leader: "he"/"she", or the end of one leader's
// name.
func (a *eventStage) leaderSubjectAt(k, i int) bool {
	if k < a.sents[a.sentenceOf(i)].first {
		return false
	}
	if n := a.toks[k].norm; n == "he" || n == "she" {
		return true
	}
	for _, m := range a.leaderMentionsBetween(max(0, k-6), k+1) {
		if m.j == k+1 && len(m.leaders) == 1 {
			return true
		}
	}
	return false
}

// dueVerbs are the forms of "be" that make "due in" a leader's coming
// ("X is due in Kampala"), not a thing's date ("the election due in
// Hungary in April").
var dueVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "'s": true}

// presenceSubject reports whether the presence verb at i ("was", "were",
// "been") has a leader right before it for its subject: "he"/"she", or the
// end of a leader's name ("President X was in Lima"), or, for "been",
// either before "had" or "has" ("he had been in Baku").
func (a *eventStage) presenceSubject(i int) bool {
	k := i - 1
	if a.toks[i].norm == "been" {
		if n := a.tok(k).norm; n != "had" && n != "has" && n != "have" {
			return false
		}
		k--
	}
	return a.leaderSubjectAt(k, i)
}

// hostCountry returns the country of the host named right before the host
// verb at i ("Erdogan hosted", "Moscow hosted", "Tbilisi hosted"), or "".
func (a *eventStage) hostCountry(i int) string {
	first := max(a.sents[a.sentenceOf(i)].first, i-4)
	if ms := a.leaderMentionsBetween(first, i); len(ms) > 0 {
		if l := ms[len(ms)-1].leaders; len(l) == 1 && ms[len(ms)-1].j >= i-1 {
			return l[0].country
		}
	}
	if cs := a.countriesBetween(first, i); len(cs) > 0 && cs[len(cs)-1].j >= i-1 {
		return cs[len(cs)-1].code
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(i)) {
		if p.j == i {
			return a.placeCountry(p.key)
		}
	}
	return ""
}

// companionBetween reports whether a companion word ("with", "along",
// "accompanied") stands in tokens [i, j): "hosted a dinner with X" hosts
// no X.
func (a *eventStage) companionBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if n := a.toks[k].norm; companionWords[n] || n == "with" || n == "for" || n == "in" {
			return true
		}
	}
	return false
}

// travelTo reports whether the travel verb at [i, j) is a visit: a
// country follows as its destination ("arrived in Zimbabwe", "travel to
// China", "trip to Egypt"; not a city: "arrived in Harare earlier"), or
// "visiting" ends a progressive ("who was visiting").
func (a *eventStage) travelTo(i, j int) bool {
	if a.toks[i].norm == "visiting" {
		p := a.tok(i - 1).norm
		if (p == "was" || p == "were" || p == "is" || p == "are") && !a.tok(j).upper {
			return true
		}
		// "Visiting Maldives President X met ...": a visitor, named with
		// his country and title
		if c := a.countryMentionAt(j); c >= 0 && a.countries[c].i == j {
			_, ti, ok := a.titleAt(a.countries[c].j)
			return ok && ti.name != "" && a.leaderWithin(a.countries[c].j, 6)
		}
		return false
	}
	if a.toks[i].upper {
		return false
	}
	if a.toks[i].norm == "be" && (a.tok(i-1).norm != "will" || !a.leaderBefore(i)) {
		return false // "X will be in Namibia on 5 March", not "it will be in China's interest"
	}
	k := j
	if a.tok(k).norm == "with" {
		k = a.companionsEnd(k) // "will travel with X, the Health Minister, to Tonga"
	}
	if departureVerbs[a.toks[i].norm] {
		if e := a.placeEndAt(k); e > k && a.tok(e).norm == "for" {
			k = e // "will depart Abuja for South Africa": the place after "for"
		}
	}
	if a.toks[i].norm == "due" && (a.tok(k).norm != "in" || !dueVerbs[a.tok(i-1).norm]) {
		return false // "is due to sign", "due to China's policy", "the election due in Hungary"
	}
	if n := a.toks[i].norm; (n == "come" || n == "comes" || n == "coming") && !a.comerSubject(i) {
		return false // "students who come to Sri Lanka": no leader's visit
	}
	if n := a.toks[i].norm; (n == "go" || n == "goes" || n == "went" || n == "came") && !a.goerSubject(i) {
		return false // "the funds went to Kenya", "since democracy came to South Africa": no one travelled
	}
	if presenceVerbs[a.toks[i].norm] {
		// "he was in Merida", "X had been in Baku": only of a leader or
		// "he" right before, and only "in" a place after
		if !a.presenceSubject(i) {
			return false
		}
		for presenceAdverbs[a.tok(k).norm] {
			k++ // "he was again in Mexico City"
		}
		if a.tok(k).norm != "in" && !(a.toks[i].norm == "been" && a.tok(k).norm == "to") {
			return false // but "X has been to Indonesia and Turkey": visits
		}
	}
	switch a.tok(k).norm {
	case "in", "to", "into":
		k++
	case "for":
		if !departureVerbs[a.toks[i].norm] {
			return false
		}
		k++ // "left for Colombia"
	case "at":
		m := a.venueCity(i, j)
		return m > 0 && a.foreignCity(i, m)
	default:
		return false
	}
	if a.tok(k).norm == "the" {
		k++
		// "arrived in the capital Asmara", "in the city of Mombasa": the
		// place after the common noun
		for m := k; m < k+3 && (placeNouns[a.tok(m).norm] || m > k && a.tok(m).norm == "of") && !a.tok(m).upper; m++ {
			if a.placeAt(m+1) != "" {
				k = m + 1
				break
			}
		}
	}
	if a.tok(k).norm == "republic" && a.tok(k+1).norm == "of" && a.countryMentionAt(k) < 0 {
		k += 2 // "the Republic of Angola"
	}
	if a.countedCountries(k) && a.toks[i].norm != "be" {
		return true // "will travel to several African countries": a tour
	}
	c := a.countryMentionAt(k)
	if c >= 0 && a.toks[i].norm == "be" && a.tok(a.countries[c].j).norm == "'s" {
		return false
	}
	if c < 0 {
		return a.foreignCity(i, k)
	}
	return a.countries[c].i == k && !a.countries[c].adj // a visit is to a country
}

// venueCity returns the token of the city named after the venue of an
// arrival at [i, j): "landed at Bole International Airport, Addis Ababa";
// -1 when there is none.
func (a *eventStage) venueCity(i, j int) int {
	if !arrivalWords[a.toks[i].norm] || a.tok(j).norm != "at" {
		return -1
	}
	for m := j + 2; m < j+9 && m < len(a.toks) && a.sentenceOf(m) == a.sentenceOf(j); m++ {
		if a.placeAt(m) != "" {
			if a.tok(m-1).text != "," {
				return -1
			}
			return m
		}
	}
	return -1
}

// departureOrigin returns the key of the place that sentence s has a
// traveller leave for somewhere else ("will depart Abuja for South
// Africa"), or "".
func (a *eventStage) departureOrigin(s int) string {
	st := a.sents[s]
	for k := st.first; k+1 < st.last; k++ {
		if !departureVerbs[a.toks[k].norm] {
			continue
		}
		if e := a.placeEndAt(k + 1); e > k+1 && a.tok(e).norm == "for" {
			return a.placeAt(k + 1)
		}
	}
	return ""
}

// placeEndAt returns the end of the place that starts at token k, or k.
func (a *eventStage) placeEndAt(k int) int {
	for _, p := range a.placesOfSentence(a.sentenceOf(k)) {
		if p.i == k {
			return p.j
		}
	}
	return k
}

// placeAt returns the key of the place that starts at token k, or "".
func (a *eventStage) placeAt(k int) string {
	for _, p := range a.placesOfSentence(a.sentenceOf(k)) {
		if p.i == k {
			return p.key
		}
	}
	return ""
}

// foreignCity reports whether a city of another country than that of the
// traveller starts at token k: "Iraqi Prime Minister X travelled to
// Tehran". The traveller is the leader named last before the verb at
// token i in its sentence, of a stated country.
func (a *eventStage) foreignCity(i, k int) bool {
	s := a.sentenceOf(i)
	city := ""
	if p := a.placeAt(k); p != "" {
		city = a.placeCountry(p)
	}
	ms := a.leaderMentionsBetween(a.sents[s].first, i)
	if city == "" {
		return false
	}
	if len(ms) == 0 {
		// "He came to Astana on October 14", "he had been in Baku": the
		// leader told of
		l := a.pronounLeader(i)
		if n := a.tok(i - 1).norm; l == nil && (n == "had" || n == "has" || n == "have") {
			l = a.pronounLeader(i - 1)
		}
		return l != nil && l.country != "" && l.country != city
	}
	l := ms[len(ms)-1].leaders
	return len(l) == 1 && l[0].country != "" && l[0].country != city
}

// openingPronounFor returns the leader a "he" or "she" opening sentence s
// stands for (see sentenceLeaders), or nil.
func (a *eventStage) openingPronounFor(s int) *leader {
	return a.pronounLeader(a.sents[s].first + 1)
}

// pronounLeader returns the leader a "he" or "she" standing right before
// token i stands for, when the pronoun opens its sentence or no leader is
// named before it there ("He came to Astana", "She then flew to Lima", "On
// May 3, 2021 he was in Lima"): the subject the text was telling of (see
// sentenceLeaders), or nil.
func (a *eventStage) pronounLeader(i int) *leader {
	k := i - 1
	for k >= 0 && (a.toks[k].norm == "then" || a.toks[k].norm == "also" || a.toks[k].norm == "later") {
		k--
	}
	s := a.sentenceOf(i)
	if k < a.sents[s].first || a.toks[k].norm != "he" && a.toks[k].norm != "she" {
		return nil
	}
	if k != a.sents[s].first && len(a.leaderMentionsBetween(a.sents[s].first, k)) > 0 {
		return nil
	}
	if a.subjects == nil {
		a.subjects = make([]*leader, len(a.sents))
		for n, ls := range a.sentenceLeaders() {
			if len(ls) > 0 {
				a.subjects[n] = ls[0]
			}
		}
	}
	return a.subjects[s]
}

// assignDates gives each day-level date of a sentence to the nearest hit.
func (a *eventStage) assignDates(hits []hit) {
	taken := make([]int, len(hits)) // distance of the date each hit took
	bySent := map[int][]int{}       // sentence → indexes of its hits
	for k, h := range hits {
		bySent[h.sent] = append(bySent[h.sent], k)
	}
	for s, ks := range bySent {
		ds := a.datesIn(s)
		for n, d := range ds {
			if d.iso == "" {
				continue
			}
			di := a.tokenAtByte(d.bstart)
			if p := a.tok(di - 1).norm; deadlineWords[p] {
				continue // "expected to be finalised by March 31", "removed, effective Nov. 27": a deadline or a start, no occasion's day
			}
			if n > 0 && ds[n-1].iso != "" && a.tok(di-1).norm == "to" && a.tokenAtByte(ds[n-1].bend) == di-1 && a.tok(a.tokenAtByte(ds[n-1].bstart)-1).norm == "from" {
				continue // "from May 5, 2017 to May 7, 2017": the range's end, no occasion's start
			}
			best, dist := -1, 1<<30
			var fitting []int // the hits the date may date
			for _, k := range ks {
				h := hits[k]
				if h.past {
					continue // dated by its own past date
				}
				if h.kind != graph.KindVisit && a.staySpan(d) {
					continue // "during his stay from April 20-22, X held talks": the stay's days, the talks' day untold (see staySpans)
				}
				if h.detached && (di < h.j || di-h.j > 8 && !a.plainBetween(h.j, a.weekdayBefore(di))) && !a.datesTrigger(d, h.i) {
					continue // "said after meeting X yesterday": the date follows; but "after their talks at the Presidential Palace in Luanda, Angola, on Tuesday"
				}
				if di < h.i && a.reportedBetween(max(di-2, a.sents[s].first), di) && !a.datesTrigger(d, h.i) {
					continue // "X said Friday that the visit would ...": the saying's date
				}
				if h.future && (di < h.i && a.sayingBetween(di, h.i) || a.reportedBetween(max(di-2, 0), di)) {
					continue // "said on Monday that he would meet X", "will sign, said X, who spoke on Tuesday": the saying's date
				}
				if !h.reported && di < h.i && a.sayingBetween(di, h.i) && !a.datesTrigger(d, h.i) {
					continue // "On Monday, the envoy said that the visit would ...": the saying's date
				}
				if di < h.i && a.openingReport(s, di, h.i) {
					continue // "Speaking to reporters today, X called it a fine visit": the saying's date
				}
				if (di < h.i || di > h.j+2) && a.reportedBetween(max(di-2, a.sents[s].first), di) {
					continue // "..., according to X, who spoke on Tuesday": the saying's date; not "a statement issued on Monday"
				}
				if di < h.i && a.sayingAt(max(di-5, a.sents[s].first), di) {
					continue // "officials said at a conference on Tuesday that X will ...": the saying's date
				}
				if di > h.j && a.sinceBetween(h.j, di) {
					continue // "his visit, the first since he was sworn in on May 15": the swearing-in's date
				}
				if h.kind == graph.KindVisit && a.dayOfBetween(a.tokenAtByte(d.bend), h.i) {
					continue // "On April 15, the last day of his official visit": one day of it, not its first
				}
				dd := di - h.j
				if di < h.i {
					dd = h.i - di
				}
				if a.datesTrigger(d, h.i) {
					dd = -1 // "Thursday's summit": the summit's, before any other
				}
				fitting = append(fitting, k)
				if dd < dist {
					best, dist = k, dd
				}
			}
			// a closer date replaces one taken earlier: "arrived on Tuesday
			// ..., held talks with his host on Wednesday"
			if best >= 0 && (hits[best].date.iso == "" || dist < taken[best] && hits[best].date.weekday && d.weekday) {
				hits[best].date, taken[best] = d, dist
			}
			if best >= 0 && len(ds) == 1 && a.opensSentence(s, di) {
				// "On Monday, at a meeting in Rabat, the ministers signed
				// an agreement": a day opening the sentence dates all it tells
				for _, k := range fitting {
					if hits[k].date.iso == "" && !hits[k].detached {
						hits[k].date, taken[k] = d, 1<<30
					}
				}
			}
		}
		// a month or a year that says when a trigger without a day took
		// place: right after it ("visited Beijing in May 2024", "will meet
		// again next year") or opening the sentence ("In 2014, ...")
		for _, d := range a.datesIn(s) {
			if d.iso != "" || d.first == "" || !a.whenPhrase(d) {
				continue
			}
			di := a.tokenAtByte(d.bstart)
			opens := di == a.sents[s].first || di-1 == a.sents[s].first && a.tok(di-1).upper || a.opensSentence(s, di) // "In July, ...", "TASHKENT: In December ..."
			best, dist := -1, clauseReach+1
			before, when := -1, false // the trigger the date follows; one in a "when" clause after it
			for _, k := range ks {
				h := hits[k]
				if h.date.day() != "" || h.detached && !a.whenPredicate(h, di) {
					continue // (but "the previous visit took place in June 2016")
				}
				dd := di - h.j
				if dd >= 0 && dd <= monthYearReach && (before < 0 || hits[before].j < h.j) {
					before = k
				}
				if opens || a.whenClause(d, h.i) || a.clauseOpensWith(di, h.i) {
					when = when || !opens
					dd = 0
				} else if dd > monthYearReach && !a.plainBetween(h.j, di) && !a.whenPredicate(h, di) {
					continue
				}
				if dd >= 0 && dd < dist {
					best, dist = k, dd
				}
			}
			if best >= 0 {
				hits[best].date = d
			}
			if opens && best >= 0 {
				// "Earlier this year, Moscow hosted X for the annual
				// summit": the year of every occasion the sentence tells
				for _, k := range ks {
					if h := &hits[k]; h.date.iso == "" && !h.detached && !h.future && h.i > di {
						h.date = d
					}
				}
			}
			if when && before >= 0 && before != best {
				// "visited Luanda in July, when the two leaders signed
				// agreements": the visit was in July too
				hits[before].date = d
			}
			if w := a.tokenAtByte(d.bend); best >= 0 && !hits[best].future && (a.tok(w).norm == "when" || a.tok(w).text == "," && a.tok(w+1).norm == "when") {
				// "came to Prague in September last year, when X
				// travelled there for the joint meeting": the occasions
				// of the "when" clause were then too
				for _, k := range ks {
					if h := &hits[k]; h.date.day() == "" && !h.future && h.i > w {
						h.date = d
					}
				}
			}
		}
	}
	a.purposeDates(hits)
	a.yearModifiers(hits)
	a.yearlessTense(hits)
}

// clauseOpensWith reports whether the month or year at token di opens a
// clause after a comma and a conjunction, or a semicolon, with the
// trigger at i later in that clause: "Bush hosted Kenya in 2003 and
// Ghana in 2008, and in 2014 Obama held a summit".
func (a *eventStage) clauseOpensWith(di, i int) bool {
	if i <= di || i-di > 12 {
		return false
	}
	p := di - 1
	if a.tok(p).norm == "in" {
		p--
	}
	opens := a.tok(p).text == ";" || (a.tok(p).norm == "and" || a.tok(p).norm == "but" || a.tok(p).norm == "while") && a.tok(p-1).text == ","
	if !opens {
		return false
	}
	for k := di + 1; k < i; k++ {
		if t := a.toks[k].text; t == "," || t == ";" {
			return false
		}
	}
	return true
}

// yearlessTense moves a day given without a year, read in the article's
// year, to the year its tense asks when it lies months away on the wrong
// side of the article's date: an occasion told by a verb in the past on a
// day a month or more after the article's date was the year before
// ("Petro first met Maduro on November 1", in January); one told with
// "will" or "to" on a day two months or more before it is the year after
// ("will visit on January 10", in November). (A plan told in the past, "was
// scheduled for Jan 27", keeps its day.)
func (a *eventStage) yearlessTense(hits []hit) {
	if a.ref.IsZero() {
		return
	}
	for k := range hits {
		h := &hits[k]
		if !h.date.noYear || h.date.iso == "" {
			continue
		}
		t, ok := parseISO(h.date.iso)
		if !ok {
			continue
		}
		trig := a.toks[h.i]
		pastVerb := !trig.upper && (irregularPast[trig.norm] || a.pastVerbAt(h.i))
		p := a.tok(h.i - 1).norm
		switch {
		case pastVerb && !h.future && t.After(a.ref.AddDate(0, 1, 0)):
			t = t.AddDate(-1, 0, 0)
		case h.future && !h.reported && (p == "will" || p == "to") && t.Before(a.ref.AddDate(0, -2, 0)):
			t = t.AddDate(1, 0, 0)
		default:
			continue
		}
		h.date.iso, h.date.year = t.Format("2006-01-02"), t.Year()
	}
}

// yearModifiers gives an undated visit, summit or forum named with a year
// before it that year, or a month and year that month: "King X's 2025
// state visit to Laos", "the 2024 summit", "the July 2026 summit". (A
// year before a past occasion's name is history, read by pastWhen.)
func (a *eventStage) yearModifiers(hits []hit) {
	for k := range hits {
		h := &hits[k]
		if h.date.day() != "" || h.kind != graph.KindVisit && h.kind != graph.KindSummit && h.kind != graph.KindForum || h.i < 1 {
			continue
		}
		if d, ok := a.monthYearBefore(h.i); ok {
			h.date = d // "the July 2026 summit"
			continue
		}
		t := a.toks[h.i-1]
		if t.kind != tokNumber || len(t.text) != 4 {
			continue
		}
		y, err := strconv.Atoi(t.text)
		if err != nil || !plausibleYear(y) {
			continue
		}
		h.date = dateMention{bstart: t.bstart, bend: t.bstart + len(t.text), year: y, text: t.text, first: fmt.Sprintf("%04d-01-01", y), prec: "year"}
	}
}

// purposeDates gives an undated meeting or signing told as the purpose of a
// journey dated in its sentence the journey's date: "came to Ankara on
// Nov. 14 to hold discussions with X" (the trigger right after "to", no
// comma between the journey's date and it).
func (a *eventStage) purposeDates(hits []hit) {
	for k := range hits {
		h := &hits[k]
		if h.date.iso != "" || h.past || h.detached || h.kind != graph.KindMeeting && h.kind != graph.KindAgreement {
			continue
		}
		if to := h.i - 1; to < 1 || a.toks[to].norm != "to" {
			continue
		}
		for m := k - 1; m >= 0 && hits[m].sent == h.sent; m-- {
			o := hits[m]
			if o.kind != graph.KindVisit || o.date.iso == "" || o.date.prec != "day" {
				continue
			}
			di := a.tokenAtByte(o.date.bend)
			if di < o.j || di >= h.i || !a.plainBetween(di, h.i-1) {
				break
			}
			h.date = o.date
			break
		}
	}
}

// whenClause reports whether the trigger at i stands in a clause opened by
// "when" right after the date d, which it takes: "hosted him in July,
// when the two leaders signed agreements".
func (a *eventStage) whenClause(d dateMention, i int) bool {
	k := a.tokenAtByte(d.bend) // the token after the date
	if a.tok(k).text == "," {
		k++
	}
	if a.tok(k).norm != "when" || k >= i || a.sentenceOf(k) != a.sentenceOf(i) {
		return false
	}
	return i-k <= clauseReach && a.plainBetween(k+1, i)
}

// reportingVerbs report what someone said (data/words-events.tsv).
var reportingVerbs = wordSet("reportingVerbs")

// reportedBetween reports whether a reporting verb stands in tokens [i, j).
func (a *eventStage) reportedBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if reportingVerbs[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// sayingBetween reports whether a reporting verb stands in tokens [i, j)
// that is no parenthesis: "On October 6, Spokesperson X said, President Y
// will welcome ..." dates what is told, not the saying ("said" between
// commas, its subject's capitalised words alone before it).
func (a *eventStage) sayingBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if !reportingVerbs[a.toks[k].norm] {
			continue
		}
		if a.tok(k+1).text != "," {
			return true
		}
		n := k - 1
		for n > i && a.toks[n].kind == tokWord && a.toks[n].upper {
			n--
		}
		if n == k-1 || a.toks[n].text != "," {
			return true
		}
	}
	return false
}

// sayingAt reports whether a reporting verb stands in [i, j) followed by
// "at" or "in" and no punctuation up to j: "said at a conference on
// Tuesday".
func (a *eventStage) sayingAt(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if reportingVerbs[a.toks[k].norm] && (a.toks[k+1].norm == "at" || a.toks[k+1].norm == "in") {
			for m := k + 1; m < j; m++ {
				if a.toks[m].kind == tokPunct {
					return false
				}
			}
			return true
		}
	}
	return false
}

// openingReport reports whether sentence s opens with a reporting verb
// whose clause, up to its first comma, holds token di, and token i
// stands after that comma: "Speaking at a press conference today, X
// called it a fine visit".
func (a *eventStage) openingReport(s, di, i int) bool {
	st := a.sents[s]
	if !reportingVerbs[a.toks[st.first].norm] {
		return false
	}
	for k := st.first + 1; k < i && k < st.last; k++ {
		if a.toks[k].text == "," {
			return k > di
		}
	}
	return false
}

// monthYearReach is how many tokens may stand between a trigger and a
// month or year it takes as its date; up to clauseReach when they are
// words of one clause (see plainBetween): "signed by the customs
// authorities of both countries in May 2024".
const (
	monthYearReach = 4
	clauseReach    = 9
)

// ownDayAfter reports whether the hit's date follows its trigger right
// after it ("after a telephone conversation on 6 August"): the
// occasion's own, not the day of the clause the hit is detached from
// ("Before the visit, on January 15, ...").
func (a *eventStage) ownDayAfter(h hit) bool {
	if h.date.day() == "" {
		return false
	}
	di := a.tokenAtByte(h.date.bstart)
	return di >= h.j && di-h.j <= 2 && a.plainBetween(h.j, di)
}

// earlierYear reports whether d names only a month or a year, one before
// the article's year: "last year", "in March 2017" in a report of 2018.
func (a *eventStage) earlierYear(d dateMention) bool {
	return (d.prec == "year" || d.prec == "month") && d.year > 0 && !a.ref.IsZero() && d.year < a.ref.Year()
}

// passiveAgent reports whether the verb at [i, j) is passive ("was",
// "were", "is", "are" or "been" before it) with a leader named after a
// "by" later in its clause: "was received at the Jubilee House on Tuesday
// by President X" (the place and the day between, no other verb).
func (a *eventStage) passiveAgent(i, j int) bool {
	switch a.tok(i - 1).norm {
	case "was", "were", "is", "are", "been", "being":
	default:
		return false
	}
	s := a.sentenceOf(i)
	for k := j; k < j+12 && k < a.sents[s].last; k++ {
		if a.toks[k].norm == "by" {
			// (not "by a President of the United States": anyone in that office)
			return a.tok(k+1).norm != "a" && a.tok(k+1).norm != "an" && a.leaderWithin(k+1, 4)
		}
		if e := a.placeCountryEnd(k); e > k {
			k = e // "in Luanda, Angola, by"
			continue
		}
		if t := a.toks[k]; t.kind == tokPunct || a.pastVerbAt(k) || irregularPast[t.norm] {
			return false
		}
	}
	return false
}

// weekdayBefore returns the token of a weekday that stands, with a comma,
// right before the date at token di ("on Tuesday, February 5, 2019"), or di.
func (a *eventStage) weekdayBefore(di int) int {
	if di >= 2 && a.toks[di-1].text == "," && weekdayNames[a.toks[di-2].norm] {
		return di - 2
	}
	return di
}

// plainBetween reports whether tokens [i, j) are words of one clause: no
// punctuation, no verb in the past tense, no relative word ("which",
// "who", "when") and no other trigger's head.
func (a *eventStage) plainBetween(i, j int) bool {
	for k := i; k < j; k++ {
		t := a.toks[k]
		if e := a.placeCountryEnd(k); e > k && e < j {
			k = e // "in Trabzon, Turkey, on June 8, 2012": the place's country
			continue
		}
		if t.kind == tokPunct || a.pastVerbAt(k) || irregularPast[t.norm] {
			return false
		}
		switch t.norm {
		case "which", "who", "whom", "whose", "when", "where", "that", "while", "since", "after", "before", "but":
			return false
		}
	}
	return true
}

// afterTrigger reports whether "after" or "following" stands among the
// four tokens before the trigger at i, in its sentence, with no "before"
// or "ahead" nearer: "speaking after talks with X".
func (a *eventStage) afterTrigger(i int) bool {
	first := a.sents[a.sentenceOf(i)].first
	for k := i - 1; k >= first && k >= i-4; k-- {
		switch a.toks[k].norm {
		case "after", "following":
			return true
		case "before", "ahead", "prior", "previous", "last", "next":
			return false
		}
	}
	return false
}

// counterpartNamedAt reports whether a counterpart named after a comma
// starts at token j: "received his counterpart from Cuba, Miguel
// Díaz-Canel", "his Cuban counterpart, X".
func (a *eventStage) counterpartNamedAt(j int) bool {
	if n := a.tok(j).norm; n != "his" && n != "her" {
		return false
	}
	for k := j + 1; k < j+6 && k < len(a.toks); k++ {
		if a.toks[k].norm == "counterpart" || a.toks[k].norm == "counterparts" {
			for c := k + 1; c < k+5 && c < len(a.toks); c++ {
				if a.toks[c].text == "," {
					return a.leaderWithin(c+1, 2)
				}
			}
			return false
		}
	}
	return false
}

// placeCountryEnd returns, for a comma at k between a capitalised name and
// a country named by name with a comma after it ("Trabzon, Turkey,"), the
// token of that second comma; else k.
func (a *eventStage) placeCountryEnd(k int) int {
	if a.toks[k].text != "," || k == 0 || !a.toks[k-1].upper {
		return k
	}
	c := a.countryMentionAt(k + 1)
	if c < 0 || a.countries[c].i != k+1 || a.countries[c].adj || a.tok(a.countries[c].j).text != "," {
		return k
	}
	return a.countries[c].j
}

// deadlineWords before a day make it a deadline, an end or the day
// something takes effect, not the day of an occasion told beside it
// (data/words-events.tsv).
var deadlineWords = wordSet("deadlineWords")

// whenPhrase reports whether a month or year mention says when something
// happened: "in 2014", "during 2023", "in May 2024", "last year", not a
// starting point or a reference ("since 2008", "the declaration of April
// 2022", "by 2030").
func (a *eventStage) whenPhrase(d dateMention) bool {
	if k := a.tokenAtByte(d.bstart) - 1; a.tok(k).norm == "by" || (a.tok(k).norm == "early" || a.tok(k).norm == "late" || a.tok(k).norm == "mid") && a.tok(k-1).norm == "by" {
		return false // "signing it by early next year": a deadline, not when
	}
	if d.prec == "year" {
		w := strings.ToLower(strings.Fields(d.text)[0])
		if i := a.tokenAtByte(d.bstart); w == "of" && seasonWords[a.tok(i-1).norm] && a.tok(i-2).norm == "the" && a.tok(i-3).norm == "in" {
			return true // "in the spring of 2020"
		}
		return w == "in" || w == "during" || w == "last" || w == "this" || w == "next"
	}
	if loc := reRelMonth.FindStringIndex(d.text); strings.HasSuffix(strings.ToLower(d.text), " month") || loc != nil && loc[0] == 0 {
		return true // "last month", "last August", "this February"
	}
	p := a.tok(a.tokenAtByte(d.bstart) - 1).norm
	return p == "in" || p == "during" || p == "early" || p == "late" || p == "mid"
}

// seasonWords name a part of a year: "in the spring of 2020"
// (data/words-events.tsv).
var seasonWords = wordSet("seasonWords")

// invitedTo reports whether the place key is named in sentence s only
// right after "to visit" (an invitation's or a plan's place: "an
// invitation ... to visit Delhi").
func (a *eventStage) invitedTo(s int, key string) bool {
	found := false
	for _, p := range a.placesOfSentence(s) {
		if p.key != key {
			continue
		}
		if a.tok(p.i-1).norm != "visit" || a.tok(p.i-2).norm != "to" {
			return false
		}
		found = true
	}
	return found
}

// placeIn returns the key of the place after "in"/"at" in sentence s, or
// of its only place, never the dateline nor a place talked about.
func (a *mentionStage) placeIn(s int) string {
	var any string
	for _, p := range a.placesOfSentence(s) {
		if p.i == a.datelineTok && a.datelineTok >= 0 {
			continue
		}
		if p.i > 1 && a.tok(p.i-1).norm == "in" && topicBeforeIn[a.tok(p.i-2).norm] {
			continue // "talks about ending the war in Gaza": the topic, not the venue
		}
		if p.i > 0 && (a.tok(p.i-1).norm == "in" || a.tok(p.i-1).norm == "at" || a.tok(p.i-1).norm == "to") {
			return p.key
		}
		if any == "" && !a.topicBefore(p.i, s) {
			any = p.key
		}
	}
	return any
}

// placeTopics: see data/words-events.tsv.
var placeTopics = wordSet("placeTopics")

// topicBefore reports whether a word that opens what was talked about
// stands within ten tokens before token i in sentence s: "went over the
// latest developments on the Palestinian issue and Jerusalem".
func (a *mentionStage) topicBefore(i, s int) bool {
	for k := i - 1; k >= a.sents[s].first && k >= i-10; k-- {
		if topicCues[a.toks[k].norm] || placeTopics[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// buildEvent creates the Event entity and its relations.
func (a *eventStage) buildEvent(e *event) {
	codes := append([]string(nil), e.countries...)
	sort.Strings(codes)
	date := e.date
	if date == "" {
		date = "undated"
	}
	key := "event:" + string(e.kind) + ":" + date + ":" + strings.Join(codes, "-")
	if len(codes) == 0 && len(e.orgs) > 0 {
		key += strings.TrimPrefix(e.orgs[0], "org:")
	}
	if e.counterpart != nil {
		key += ":" + Slug(e.counterpart.name) // one of several meetings of one occasion
	}
	if a.byKey[key] != nil {
		key += ":" + itoa(e.first)
	}
	ev := a.evidence(e.first)
	ent := a.entity(key, graph.TypeEvent, eventName(e.kind, e.date, codes))
	ent.Kind = string(e.kind)
	ent.Date = e.date
	ent.DatePrecision = e.prec
	ent.DateText = e.dateTxt
	ent.Status = a.eventStatus(e)
	ent.Location = e.place
	if e.kind == graph.KindPhoneCall {
		ent.Location = "" // a call joins two places: it has no venue
	}
	ent.Summary = ev.Sentence
	e.key = key
	if a.byKey[e.place] == nil {
		ent.Location = "" // a place left out for want of a key
	}
	if e.kind == graph.KindVisit && e.dest != "" && hasOnce(e.countries, e.codeSet, e.dest) {
		// the country of the city visited ("landed in Apia"): its entity,
		// made anyway for the place's LOCATED_IN, is a party of the visit
		a.country(e.dest)
	}
	var seen map[string]bool
	add := func(k string) {
		if a.byKey[k] != nil {
			ent.Participants, _ = addOnce(ent.Participants, &seen, k)
		}
	}
	for _, l := range e.leaders {
		add(leaderKey(l))
	}
	for _, c := range e.countries {
		add("country:" + c)
	}
	for _, o := range e.orgs {
		add(o)
	}
	for _, p := range ent.Participants {
		a.relate(graph.Relation{Type: graph.RelParticipatedIn, From: p, To: key, Evidence: ev})
	}
	if e.place != "" && e.kind != graph.KindPhoneCall {
		a.relate(graph.Relation{Type: graph.RelHeldIn, From: key, To: e.place, Evidence: ev})
	}
}

// eventName names an event by kind, date and countries: "Meeting
// 2025-08-30 CHN-KAZ".
func eventName(k graph.EventKind, date string, codes []string) string {
	s := strings.ReplaceAll(string(k), "_", " ")
	name := strings.ToUpper(s[:1]) + s[1:]
	if date != "" {
		name += " " + date
	}
	if len(codes) > 0 {
		name += " " + strings.Join(codes, "-")
	}
	return name
}

func appendStr(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// daysAfter returns N when, in e's first sentence, leader l is named after
// "N day(s) after" (the earlier occasion of "talks on Friday, one day after
// he had met Y"), or 0.
func (a *eventStage) daysAfter(e *event, l *leader) int {
	st := a.sents[e.first]
	n, at := 0, -1
	for k := st.first; k+2 < st.last; k++ {
		if d, ok := dayCounts[a.toks[k].norm]; ok && (a.toks[k+1].norm == "day" || a.toks[k+1].norm == "days") && a.toks[k+2].norm == "after" {
			n, at = d, k
			break
		}
	}
	if at < 0 {
		return 0
	}
	for _, m := range a.leaderMentionsBetween(at, st.last) {
		if len(m.leaders) == 1 && m.leaders[0] == l {
			return n
		}
	}
	return 0
}
