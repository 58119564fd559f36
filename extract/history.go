package extract

import (
	"strconv"
	"strings"
)

// History told in passing: "Sisi invited him when he visited Lisbon in
// 2016", "the memorandum that the two sides signed in 2009". A trigger
// near a past year is a reference ("the 1998 joint declaration") unless it
// reports a deed as done and a when-phrase of its clause dates it; then it
// is an occasion of its own, held at that date.

// pastWhen returns the past date that a when-phrase gives the trigger at
// [i, j): a year, month or day before the article's year, in the trigger's
// clause after it ("visited Lisbon in 2016", "signed in May 2009") or
// opening its sentence ("In 2014, ..."), when the trigger reports a deed
// as done. ok is false otherwise.
func (a *eventStage) pastWhen(i, j int) (d dateMention, ok bool) {
	if d, ok := a.ownersDateBefore(i); ok && !a.futureAt(i) {
		return d, true // "Modi's July 2024 trip to Moscow"
	}
	if a.ref.IsZero() || !a.reportedAt(i, j) || a.futureAt(i) {
		return dateMention{}, false
	}
	if documentNouns[a.tok(i-1).norm] && !a.agentAfter(j) {
		return dateMention{}, false // "named in a memorandum signed in 2024": signed by whom, not said
	}
	s := a.sentenceOf(i)
	for _, m := range a.datesIn(s) {
		if m.day() == "" || m.year == 0 || m.year >= a.ref.Year() || m.relative || m.weekday || m.monthOnly {
			continue
		}
		di := a.tokenAtByte(m.bstart)
		opens := di == a.sents[s].first || di-1 == a.sents[s].first && a.tok(di-1).upper
		after := di >= j && di-j <= clauseReach && a.plainBetween(j, di)
		if !opens && !after && !a.whenClause(m, i) {
			continue
		}
		if m.prec != "day" && m.prec != "" && !a.whenPhrase(m) {
			continue // "since 2008", "by 2030"
		}
		return m, true
	}
	return dateMention{}, false
}

// markPast marks the hits dated more than a year before the article by a
// date of their own that names its year (not "last year"): history,
// another occasion than the undated reports around it ("laid on January
// 27, 1993, when the two states signed the protocol" beside "thirteen
// documents were signed").
func (a *eventStage) markPast(hits []hit) {
	if a.ref.IsZero() {
		return
	}
	for k := range hits {
		if a.history(hits[k].date) {
			hits[k].past = true
		}
	}
}

// history reports whether d names its year and lies more than a year
// before the article's date.
func (a *eventStage) history(d dateMention) bool {
	if a.ref.IsZero() {
		return false
	}
	limit := a.ref.AddDate(-1, 0, 0).Format("2006-01-02")
	return d.day() != "" && !d.relative && !d.weekday && !d.monthOnly && d.day() < limit && strings.Contains(d.text, strconv.Itoa(d.year))
}

// documentNouns: see data/words-events.tsv.
var documentNouns = wordSet("documentNouns")

// agentAfter reports whether the participle ending at j names who did
// it, in its clause: "signed by the customs authorities of both
// countries", "signed between the two states".
func (a *eventStage) agentAfter(j int) bool {
	for k := j; k < j+4 && k < len(a.toks) && a.sentenceOf(k) == a.sentenceOf(j-1); k++ {
		switch a.toks[k].norm {
		case "by", "between":
			return true
		}
		if a.toks[k].kind == tokPunct {
			return false
		}
	}
	return false
}
