package extract

import (
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// visitEnds and visitDays: see data/words-events.tsv.
var (
	visitEnds = wordSet("visitEnds")
	visitDays = wordNumbers("visitDays")
)

// visitStarts marks the hits of a visit of several days dated by the day
// its end is reported ("wrapped up a two-day visit today", "departed on
// Wednesday, bringing the three-day visit to a close"): a visit takes the
// day it began (see startVisits).
func (a *eventStage) visitStarts(hits []hit) {
	for k := range hits {
		h := &hits[k]
		if h.kind != graph.KindVisit || h.date.iso == "" || h.date.prec != "day" {
			continue
		}
		if n := a.visitLength(h.i); n >= 2 && a.visitEndIn(h.sent) {
			h.daysBefore = n - 1
		}
	}
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
// i, read from "<n>-day" among the three words before it ("two-day state
// visit"), or 0.
func (a *eventStage) visitLength(i int) int {
	for k := i - 1; k >= 2 && k >= i-4; k-- {
		if a.toks[k].norm == "day" && a.toks[k-1].text == "-" {
			return int(visitDays[a.toks[k-2].norm])
		}
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
	}
	return false
}
