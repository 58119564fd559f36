package extract

// Event status and the tense cues it is read from.

// statusFuture are the words that put a later trigger of their clause in
// the future: futureMarkers and the words of plans and conditions ("would
// visit", "is set to sign", "planned talks").
// (data/words-events.tsv)
var statusFuture = wordSet("statusFuture")

// futureAt reports whether the trigger at token i stands in a future
// clause: a future marker after the last past-tense verb before it in its
// sentence ("will visit", "the two sides said the next summit"), or
// "next" right before it ("when they next meet").
func (a *eventStage) futureAt(i int) bool {
	if i > 0 && a.toks[i-1].norm == "next" {
		return true // "before they next met", "at the next summit": still to come
	}
	future := false
	for k := a.sents[a.sentenceOf(i)].first; k < i; k++ {
		switch n := a.toks[k].norm; {
		case n == "set" && !a.setTo(k):
			// "the tasks they set", "set off on Tuesday": no plan
		case futureMarkers[n] || statusFuture[n]:
			future = true
		case n == "to" && k > 0 && (a.toks[k-1].norm == "is" || a.toks[k-1].norm == "are"):
			future = true // "X is to meet Y": a plan
		case a.pastVerbAt(k):
			future = false
		}
	}
	return future
}

// futureAfter reports whether the noun trigger at [i, j), a subject
// after a determiner, is followed by a verb of the future or of a plan:
// "The talks will deal with ...", "the visit is expected to ...", "a
// ministerial meeting between X and Y would take place"; or
// whether any noun trigger is followed by a plan in apposition: "the
// summit, scheduled for next week".
func (a *eventStage) futureAfter(i, j int) bool {
	if m := a.tok(j + 1).norm; a.tok(j).norm == "," && (m == "scheduled" || m == "slated" || m == "due" || m == "set" && a.setTo(j+1)) {
		return true // "the NATO summit, scheduled in the Lithuanian capital for next week": an appositive of the plan
	}
	d := i - 1
	if p := a.tok(d); p.kind == tokWord && !p.upper && occasionAdjectives[p.norm] {
		d-- // "a ministerial meeting"
	}
	switch a.tok(d).norm {
	case "the", "their", "these", "this", "a", "an":
	default:
		return false
	}
	if a.tok(j).norm == "between" {
		// "a meeting between the foreign ministers of A and B would take
		// place": the verb after the phrase of its sides
		s := a.sentenceOf(j)
		for k := j + 1; k < len(a.toks) && k < j+14 && a.sentenceOf(k) == s; k++ {
			if t := a.toks[k]; t.kind == tokPunct && t.text != "-" && t.norm != "'s" || a.pastVerbAt(k) {
				return false
			}
			if n := a.toks[k].norm; n == "will" || n == "would" || n == "shall" {
				return true
			}
		}
		return false
	}
	switch n := a.tok(j).norm; n {
	case "will", "would", "shall":
		return true
	case "is", "are":
		m := a.tok(j + 1).norm
		return m == "to" || m == "expected" || m == "due" || m == "scheduled" || m == "set" && a.setTo(j+1)
	}
	return false
}

// occasionAdjectives may stand between a determiner and a noun trigger:
// "a ministerial meeting", "the official visit". (data/words-events.tsv)
var occasionAdjectives = wordSet("occasionAdjectives")

// reportVerbs before a noun trigger report the event as done: "held
// talks", "attended the summit", "paid a visit".
// (data/words-events.tsv)
var reportVerbs = wordSet("reportVerbs")

// irregularPast are trigger words that are past-tense verbs without "-ed".
// (data/words-events.tsv)
var irregularPast = wordSet("irregularPast")

// reportedAt reports whether the trigger at tokens [i, j) reports an event
// as done: a past-tense verb itself ("met", "visited", "signed"), after a
// past-tense verb of doing ("held talks", "attended the summit"), or
// before a passive one ("talks were held").
func (a *eventStage) reportedAt(i, j int) bool {
	if i > 0 && a.toks[i-1].norm == "next" {
		return false // "before they next met": a time to come, whatever the tense
	}
	t := a.toks[i]
	if !t.upper && (irregularPast[t.norm] || a.pastVerbAt(i)) {
		return true
	}
	s := a.sentenceOf(i)
	// up to four words back from the trigger ("paid a two-day official
	// visit"); a hyphenated compound ("one-day") is one
	words := 0
	for k := i - 1; words < 4 && k >= a.sents[s].first; k-- {
		if reportVerbs[a.toks[k].norm] || a.underWayAt(k) {
			return true
		}
		for k-2 >= a.sents[s].first && a.toks[k-1].text == "-" && !a.toks[k-1].space {
			k -= 2 // "one-day visit": "one-day" is one word
		}
		words++
	}
	if a.endedAfter(j) {
		return true
	}
	for k := i + 1; k < j+3 && k < a.sents[s].last; k++ { // (within the trigger too: "meetings were held")
		if (a.toks[k].norm == "was" || a.toks[k].norm == "were") && k+1 < a.sents[s].last && (reportVerbs[a.tok(k+1).norm] || a.pastVerbAt(k+1)) {
			return true
		}
	}
	return a.describedDone(i, j) || a.pastParticiple(i, j)
}

// pastParticiple reports whether the trigger [i, j) is "Meeting" opening
// its sentence (or the text after a dateline) before a leader's name
// (within eight tokens, his title between), in a clause whose main verb
// after the comma is past: "Meeting Prime Minister X in expanded format,
// President Y said ...": the meeting told as done.
func (a *eventStage) pastParticiple(i, j int) bool {
	s := a.sentenceOf(i)
	if a.toks[i].norm != "meeting" || !a.toks[i].upper || j != i+1 || !a.leaderWithin(j, 8) {
		return false
	}
	if i != a.sents[s].first && !(a.dateline.end > 0 && a.toks[i-1].bstart < a.dateline.end) {
		return false
	}
	comma := false
	for k := j; k < a.sents[s].last; k++ {
		switch t := a.toks[k]; {
		case t.text == ",":
			comma = true
		case comma && !t.upper && (irregularPast[t.norm] || a.pastVerbAt(k)):
			return true
		}
	}
	return false
}

// notDoneAfterBe are the words after "was" or "were" that tell of an
// occasion still to come or not held: "the talks were expected to".
var notDoneAfterBe = map[string]bool{"expected": true, "scheduled": true, "due": true, "set": true, "planned": true, "to": true,
	"postponed": true, "cancelled": true, "canceled": true, "called": true, "delayed": true, "not": true, "never": true, "supposed": true, "likely": true}

// describedDone reports whether the noun trigger [i, j), after "the", is
// the subject of "was" or "were" in its clause, with the parties between
// ("the talks between X and Y were candid"): an occasion told as held.
func (a *eventStage) describedDone(i, j int) bool {
	if i == 0 || a.toks[i-1].norm != "the" {
		return false
	}
	s := a.sentenceOf(i)
	for k := j; k < j+30 && k+1 < a.sents[s].last; k++ {
		t := a.toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" || futureMarkers[t.norm] || statusFuture[t.norm] || clauseOpeners[t.norm] {
			return false
		}
		if t.norm == "was" || t.norm == "were" {
			return k > j && (a.toks[j].norm == "between" || a.toks[j].norm == "with") && !notDoneAfterBe[a.toks[k+1].norm]
		}
	}
	return false
}

// underWayAt reports whether token k is the "on" of a trip told as under
// way: "is on a two-day working visit to Ghana", "are currently on a tour
// of the region".
func (a *eventStage) underWayAt(k int) bool {
	if a.toks[k].norm != "on" {
		return false
	}
	b := a.tok(k - 1).norm
	if b == "currently" || b == "now" {
		b = a.tok(k - 2).norm
	}
	return b == "is" || b == "are"
}

// endVerbs: see data/words-events.tsv.
var endVerbs = wordSet("endVerbs")

// endedAfter reports whether the noun trigger ending at token j is told
// ended: a verb of ending right after it ("the talks ran for two hours",
// "the meeting lasted an hour"), or "are over" / "is over" closing its
// clause with no punctuation or future word between ("The private talks in
// Geneva between X and Y are over."; not "talks will follow once the war
// is over").
func (a *eventStage) endedAfter(j int) bool {
	if j >= len(a.toks) {
		return false
	}
	s := a.sentenceOf(j - 1)
	last := a.sents[s].last
	if j < last && endVerbs[a.toks[j].norm] {
		return true
	}
	for k := j; k+1 < last; k++ {
		t := a.toks[k]
		if t.kind == tokPunct || futureMarkers[t.norm] || statusFuture[t.norm] || clauseOpeners[t.norm] {
			return false
		}
		switch t.norm {
		case "is", "are", "was", "were":
			if a.toks[k+1].norm != "over" {
				continue
			}
			return k+2 >= last || a.toks[k+2].kind == tokPunct
		}
	}
	return false
}

// clauseOpeners open a clause of another time inside a sentence ("once
// the war is over", "until the talks are over"): see endedAfter.
// (data/words-events.tsv)
var clauseOpeners = wordSet("clauseOpeners")

// datedMonthsAgo reports whether e is dated more than a month before the
// article.
func (a *eventStage) datedMonthsAgo(e *event) bool {
	if e.date == "" || e.prec == "assumed" || a.ref.IsZero() {
		return false
	}
	t, ok := parseISO(e.date)
	return ok && t.Before(a.ref.AddDate(0, -1, 0))
}

// eventStatus returns "planned" for an event announced for later (in a
// future clause, dated after the article, or named only as one still to
// come after the deed the article reports, on no day: "talked by phone,
// ahead of a possible visit"), else "held".
func (a *eventStage) eventStatus(e *event) string {
	if e.future && !e.reported && !e.calledOff && a.datedMonthsAgo(e) {
		// "It will be his second visit: on March 29, 2012, he led the
		// delegation": what a future clause names, dated well before the
		// article, was held; a plan cannot lie in the past
		return "held"
	}
	if e.calledOff || e.future && !e.reported || e.ahead && e.aheadNoun && e.date == "" {
		return "planned"
	}
	if e.prec != "assumed" && e.date != "" && !a.ref.IsZero() && e.date > a.ref.Format("2006-01-02") {
		return "planned"
	}
	return "held"
}
