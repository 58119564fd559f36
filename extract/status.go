package extract

// Event status and the tense cues it is read from.

// statusFuture are the words that put a later trigger of their clause in
// the future: futureMarkers and the words of plans and conditions ("would
// visit", "is set to sign", "planned talks").
// (data/words-events.tsv)
var statusFuture = wordSet("statusFuture")

// futureAt reports whether the trigger at token i stands in a future
// clause: a future marker after the last past-tense verb before it in its
// sentence ("will visit", "the two sides said the next summit").
func (a *eventStage) futureAt(i int) bool {
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
	t := a.toks[i]
	if !t.upper && (irregularPast[t.norm] || a.pastVerbAt(i)) {
		return true
	}
	s := a.sentenceOf(i)
	words := 0 // words back from the trigger; a hyphenated compound ("one-day") is one
	for k := i - 1; words < 3 && k >= a.sents[s].first; k-- {
		if reportVerbs[a.toks[k].norm] {
			return true
		}
		for k-2 >= a.sents[s].first && a.toks[k-1].text == "-" && !a.toks[k-1].space {
			k -= 2 // "one-day visit": "one-day" is one word
		}
		words++
	}
	for k := j; k < j+3 && k < a.sents[s].last; k++ {
		if (a.toks[k].norm == "was" || a.toks[k].norm == "were") && k+1 < a.sents[s].last && (reportVerbs[a.tok(k+1).norm] || a.pastVerbAt(k+1)) {
			return true
		}
	}
	return false
}

// eventStatus returns "planned" for an event announced for later (in a
// future clause, or dated after the article), else "held".
func (a *eventStage) eventStatus(e *event) string {
	if e.future && !e.reported {
		return "planned"
	}
	if e.prec != "assumed" && e.date != "" && !a.ref.IsZero() && e.date > a.ref.Format("2006-01-02") {
		return "planned"
	}
	return "held"
}
