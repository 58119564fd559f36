package extract

import (
	"regexp"
	"strconv"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// visitEnds and visitDays: see data/words-events.tsv.
var (
	visitEnds   = wordSet("visitEnds")
	visitFrames = wordSet("visitFrames")
	visitDays   = wordNumbers("visitDays")
)

// visitStarts marks the hits of a visit of several days dated by the day
// its end is reported ("wrapped up a two-day visit today", "departed on
// Wednesday, bringing the three-day visit to a close"): a visit takes the
// day it began (see startVisits).
func (a *eventStage) visitStarts(hits []hit) {
	for k := range hits {
		h := &hits[k]
		if h.kind != graph.KindVisit {
			continue
		}
		n := a.visitLength(h.i)
		if a.stopOfTour(h.i) {
			n = 0 // "one stop on a five-day tour of Central America": the tour's days, not the visit's
		}
		h.days = max(n, rangeDays(h.date)) // "a visit on 4-5 December": two days
		if n == 0 && (a.tok(h.j).norm == "ends" || a.tok(h.j).norm == "concludes") && h.date.relative {
			// "The visit ends tomorrow": the day it ends, of a visit of
			// unknown length, going on: neither its date nor a plan
			h.date, h.future = dateMention{}, false
		}
		if h.date.iso == "" || h.date.prec != "day" {
			continue
		}
		if n >= 2 && a.visitEndIn(h.sent) {
			h.daysBefore = n - 1
		}
	}
}

// stopOfTour reports whether the trigger at token i is a tour that the
// words before it make the whole of which the visit told is one part:
// "one stop on a five-day tour", "the first leg of his week-long tour",
// "as part of a three-nation tour".
func (a *eventStage) stopOfTour(i int) bool {
	if a.toks[i].norm != "tour" {
		return false
	}
	st := a.sents[a.sentenceOf(i)]
	for k := i - 1; k > st.first && k >= i-8; k-- {
		if n := a.toks[k].norm; (n == "stop" || n == "leg" || n == "part") && (a.tok(k+1).norm == "on" || a.tok(k+1).norm == "of") {
			return true
		}
	}
	return false
}

// reDayRange is a range of days inside a date's words: "4-5 December",
// "Sept. 4 to 6, 2022".
var reDayRange = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|until)\s*(\d{1,2})(?:st|nd|rd|th)?\b`)

// rangeDays returns how many days the range of days a date names spans
// ("4-5 December": 2), or 0 when it names no range.
func rangeDays(d dateMention) int {
	m := reDayRange.FindStringSubmatch(d.text)
	if m == nil {
		return 0
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	if b <= a || b-a > 14 {
		return 0
	}
	return b - a + 1
}

// framedVisits marks the visits a sentence names only as the frame of
// what it tells ("X, currently on a three-day visit to Y, met Z on
// Monday"; "signed on Monday, one of the activities of X's two-day
// visit"), and takes from them a date read outside the visit's own words:
// that day is the other occasion's, and the visit began on a day untold.
func (a *eventStage) framedVisits(hits []hit) {
	for k := range hits {
		h := &hits[k]
		if h.kind != graph.KindVisit || h.past || !a.visitFramed(h.i) {
			continue
		}
		h.framed = true
		if h.date.iso == "" {
			continue
		}
		if di := a.tokenAtByte(h.date.bstart); di < h.i || di > h.j+3 {
			h.date, h.daysBefore = dateMention{}, 0
		}
	}
}

// visitFramed reports whether a frame word (visitFrames)
// opens the noun phrase of the visit whose trigger starts at token i,
// within twelve words and no punctuation but a possessive or a hyphen.
func (a *eventStage) visitFramed(i int) bool {
	st := a.sents[a.sentenceOf(i)]
	for k := i - 1; k >= st.first && k >= i-12; k-- {
		t := a.toks[k]
		if t.kind == tokPunct && t.norm != "'s" && t.text != "-" && t.text != "’" {
			return false
		}
		if visitFrames[t.norm] {
			return true
		}
	}
	return false
}

// startVisits moves each visit dated by its end to its first day, once
// the events reported during it have taken the day of the report.
func startVisits(evs []*event) {
	for _, e := range evs {
		if e.kind != graph.KindVisit || e.daysBefore == 0 || e.prec != "day" {
			continue
		}
		if t, ok := parseISO(e.date); ok {
			e.date = t.AddDate(0, 0, -e.daysBefore).Format(time.DateOnly)
		}
	}
}

// visitLength returns the days of the visit whose trigger starts at token
// i, read from "<n>-day" or "<n> day" among the three words before it
// ("two-day state visit", "a three day State Visit"), or 0.
func (a *eventStage) visitLength(i int) int {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if a.toks[k].norm != "day" {
			continue
		}
		if a.toks[k-1].text == "-" && k >= 2 {
			return int(visitDays[a.toks[k-2].norm])
		}
		return int(visitDays[a.toks[k-1].norm])
	}
	return 0
}

// visitEndIn reports whether sentence s reports the end of a visit.
func (a *eventStage) visitEndIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if visitEnds[a.toks[k].norm] {
			return true
		}
		if a.toks[k].norm == "end" && k >= 2 && a.toks[k-1].norm == "the" && a.toks[k-2].norm == "at" && a.tok(k+1).norm == "of" {
			return true // "At the end of a three-day visit, X arrived back on July 30"
		}
	}
	return false
}

// dropPartVisits drops a visit whose day, leaders and countries another
// visit of more people or countries has: "a three-day visit ... arrived
// back on July 30" and "the visit, which began on July 28" are one visit
// once the first takes its first day.
func dropPartVisits(evs []*event) []*event {
	out := evs[:0:0]
	for _, e := range evs {
		if e.kind != graph.KindVisit || e.date == "" || !partOfVisit(e, evs) {
			out = append(out, e)
		}
	}
	return out
}

// partOfVisit reports whether another visit of evs on e's day has all of
// e's leaders and countries, and more of either.
func partOfVisit(e *event, evs []*event) bool {
	for _, o := range evs {
		if o == e || o.kind != graph.KindVisit || o.date != e.date || len(o.leaders)+len(o.countries) <= len(e.leaders)+len(e.countries) {
			continue
		}
		if o.dest != "" && e.dest != "" && o.dest != e.dest {
			continue // a visit to Pakistan is no part of one to Afghanistan the same day
		}
		all := true
		for _, l := range e.leaders {
			all = all && hasOnce(o.leaders, o.leaderSet, l)
		}
		for _, c := range e.countries {
			all = all && hasOnce(o.countries, o.codeSet, c)
		}
		if all {
			return true
		}
	}
	return false
}

// dateVisitsDuring dates a visit told only as the time of its sentence's
// deed ("During a surprise visit to Lahore, X has met Y"), undated so
// far, by that deed when it took place on the article's day: the visit
// was under way then. The day is the article's, marked assumed: the
// visit may have begun before it.
func (a *eventStage) dateVisitsDuring(evs []*event, bySent map[int][]*event) {
	if a.ref.IsZero() {
		return
	}
	day := a.ref.Format(time.DateOnly)
	for _, e := range evs {
		if e.kind != graph.KindVisit || e.date != "" || e.future || len(e.trigs) == 0 || !a.duringTrigger(e.trigs[0]) {
			continue
		}
		for _, o := range bySent[e.first] {
			if o != e && o.date == day && !o.future && !o.past && o.kind != graph.KindVisit && o.kind != graph.KindOther {
				e.date, e.dateTxt, e.prec = day, "", "assumed"
				break
			}
		}
	}
}

// duringTrigger reports whether the trigger at i is governed by "during"
// or "in the course of" among the four words before it: "during his state
// visit", "in the course of a two-day trip".
func (a *eventStage) duringTrigger(i int) bool {
	s := a.sentenceOf(i)
	for k := i - 1; k >= 0 && k >= i-4 && a.sentenceOf(k) == s; k-- {
		switch n := a.toks[k].norm; {
		case n == "during":
			return true
		case n == "of" && a.tok(k-1).norm == "course" && a.tok(k-2).norm == "the" && a.tok(k-3).norm == "in":
			return true
		case n == "," || n == ";":
			return false
		}
	}
	return false
}

// stayNouns: see data/words-events.tsv.
var stayNouns = wordSet("stayNouns")

// staySpans moves a visit dated by the day it ended ("departed Hanoi on
// April 22, ending the visit") to the first day of the span that dates
// the stay in a sentence with an occasion ("during his stay from April
// 20-22, X held talks"; the talks do not take the span, see
// assignDates).
func (a *eventStage) staySpans(hits []hit) {
	seen := map[int]bool{}
	for _, h := range hits {
		if seen[h.sent] {
			continue
		}
		seen[h.sent] = true
		for _, sp := range a.datesIn(h.sent) {
			first, ok := parseISO(sp.iso)
			if !ok || !a.staySpan(sp) {
				continue
			}
			last := first.AddDate(0, 0, rangeDays(sp)-1).Format(time.DateOnly)
			for k := range hits {
				v := &hits[k]
				if v.kind == graph.KindVisit && v.date.iso == last && rangeDays(v.date) == 0 && !v.past {
					v.date, v.daysBefore, v.days = sp, 0, max(v.days, rangeDays(sp))
				}
			}
		}
	}
}

// staySpan reports whether d is a span of days that a stay noun
// (stayNouns) names, with at most "from", "on", "of", "between" or "the"
// between them: "during his stay from April 20-22".
func (a *eventStage) staySpan(d dateMention) bool {
	if rangeDays(d) == 0 {
		return false
	}
	i := a.tokenAtByte(d.bstart)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		n := a.toks[k].norm
		if stayNouns[n] {
			return true
		}
		if n != "from" && n != "on" && n != "of" && n != "between" && n != "the" {
			return false
		}
	}
	return false
}
