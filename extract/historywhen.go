package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// Past occasions whose time a predicate or a modifier tells: "his
// previous visit to Kenya took place in June 2016", "the last trip was in
// May 2019", "Modi's July 2024 trip to Moscow".

// whenPredicates tell when the occasion named before them took place
// ("took place", "was", "happened"): data/words-events.tsv.
var whenPredicates = wordSet("whenPredicates")

// whenNouns are the occasions a predicate of time can date: "the visit
// was in 2019", "her earlier visits were in 2014 and 2019" (a visit each
// year listed, see yearsListedAfter), "Talks were held in Warsaw in
// September".
var whenNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "trips": true, "meeting": true, "meetings": true, "summit": true, "talks": true}

// whenPredicate reports whether the words from the noun trigger h to the
// date at token di are plain but for a predicate of time ("visit to Kenya
// took place in", "trip was in"), within a clause's reach.
func (a *eventStage) whenPredicate(h hit, di int) bool {
	if di-h.j > clauseReach || !whenNouns[a.toks[h.i].norm] {
		return false
	}
	found := false
	for k := h.j; k < di; k++ {
		if n := a.toks[k].norm; whenPredicates[n] && (n != "held" || a.tok(k-1).norm != "be") {
			// (a past "were held", "talks held in Moscow", not a plan "to be held")
			found = true
			continue
		}
		if !a.plainBetween(k, k+1) {
			return false
		}
	}
	return found
}

// ownersDateBefore returns the past month and year, or year, right
// before the trigger at i after a possessive, which tell whose occasion
// it was and when: "Modi's July 2024 trip", "the king's 2019 visit" (not
// "the 1998 joint declaration", whose parties are untold).
func (a *eventStage) ownersDateBefore(i int) (dateMention, bool) {
	if a.ref.IsZero() || i < 3 {
		return dateMention{}, false
	}
	t := a.toks[i-1]
	y, err := strconv.Atoi(t.text)
	if t.kind != tokNumber || len(t.text) != 4 || err != nil || !plausibleYear(y) || y >= a.ref.Year() {
		return dateMention{}, false
	}
	d := dateMention{bstart: t.bstart, bend: t.bstart + len(t.text), year: y, text: t.text, first: fmt.Sprintf("%04d-01-01", y), prec: "year"}
	k := i - 2
	if m, ok := a.monthYearBefore(i); ok {
		d, k = m, a.tokenAtByte(m.bstart)-1
	}
	if a.tok(k).norm != "'s" && a.tok(k).norm != "'" {
		return dateMention{}, false
	}
	return d, true
}

// monthYearBefore returns the month and year right before token i that
// name when the occasion at i was: "Modi's July 2024 trip".
func (a *eventStage) monthYearBefore(i int) (dateMention, bool) {
	s := a.sentenceOf(i)
	for _, d := range a.datesIn(s) {
		if d.prec != "month" || d.iso != "" || d.first == "" || d.year == 0 || !strings.HasSuffix(d.text, a.tok(i-1).text) {
			continue
		}
		if a.tokenAtByte(d.bend) == i {
			return d, true
		}
	}
	return dateMention{}, false
}
