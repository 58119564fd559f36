package extract

import "github.com/bilateral-kg/bilateral/graph"

// Milestones of diplomatic relations told in background sentences: "the
// two countries established diplomatic relations in 1994", "relations
// were broken off in 1974, and restored in 1990". Each is an occasion of
// the two countries (kind other, held), dated by the year, month or day
// the sentence gives beside its verb.

// relationNouns name the relations a milestone verb acts on, and
// relationVerbs the past forms that establish, break or restore them.
// (data/words-events.tsv)
var (
	relationNouns = wordSet("relationNouns")
	relationVerbs = wordSet("relationVerbs")
)

// relationReach is how many tokens may stand between a milestone verb
// and the date that says when it happened.
const relationReach = 8

// relationEvents returns the milestones of diplomatic relations, each
// with the countries the sentence names or, for "the two countries", the
// article's two sides (parties).
func (a *eventStage) relationEvents(parties []string) []*event {
	if a.ref.IsZero() {
		return nil
	}
	refDay := a.ref.Format("2006-01-02")
	var out []*event
	for s := range a.sents {
		if !a.diplomaticIn(s) {
			continue
		}
		dates := a.datesIn(s)
		used := make([]bool, len(dates))
		st := a.sents[s]
		for k := st.first; k < st.last; k++ {
			if !relationVerbs[a.toks[k].norm] || !a.relationNear(k) {
				continue
			}
			best, dist := -1, relationReach+1
			for n, d := range dates {
				if used[n] || d.day() == "" || d.day() >= refDay || d.relative || d.weekday || d.monthOnly {
					continue
				}
				di := a.tokenAtByte(d.bstart)
				dd := di - k
				if dd < 0 {
					dd = k - a.tokenAtByte(d.bend) + 1
				}
				if dd >= 0 && dd < dist {
					best, dist = n, dd
				}
			}
			if best < 0 {
				continue
			}
			codes := a.relationSides(s, parties)
			if len(codes) != 2 {
				continue
			}
			used[best] = true
			d := dates[best]
			e := &event{kind: graph.KindOther, date: d.day(), dateTxt: d.text, prec: d.prec, reported: true,
				past: true, first: s, sents: []int{s}, dateSent: s}
			if e.prec == "" {
				e.prec = "day"
			}
			for _, c := range codes {
				e.addCountry(c)
			}
			out = append(out, e)
		}
	}
	return out
}

// diplomaticIn reports whether sentence s speaks of diplomatic relations:
// "diplomatic" just before a relation noun ("diplomatic ties", "bilateral
// diplomatic contact").
func (a *eventStage) diplomaticIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k+1 < st.last; k++ {
		if a.toks[k].norm == "diplomatic" && relationNouns[a.toks[k+1].norm] {
			return true
		}
	}
	return false
}

// relationNear reports whether a relation noun, or "them" standing for
// one, is within four tokens of the milestone verb at k in its sentence:
// "established diplomatic relations", "relations were broken off", "set
// them up"; or, as its subject, up to eight tokens before it with the two
// countries between and no punctuation ("Diplomatic relations between
// Georgia and Azerbaijan were established on ..."). "date" is a milestone
// verb only before "from" ("relations date from July 17, 1992").
func (a *eventStage) relationNear(k int) bool {
	s := a.sentenceOf(k)
	if a.toks[k].norm == "date" && a.tok(k+1).norm != "from" {
		return false
	}
	for n := k - 4; n <= k+4; n++ {
		if n < 0 || n >= len(a.toks) || n == k || a.sentenceOf(n) != s {
			continue
		}
		if relationNouns[a.toks[n].norm] || n > k && a.toks[n].norm == "them" {
			return true
		}
	}
	for n := k - 5; n >= k-8 && n >= a.sents[s].first; n-- {
		if a.toks[n].kind == tokPunct {
			return false
		}
		if relationNouns[a.toks[n].norm] && a.tok(n+1).norm == "between" {
			return true
		}
	}
	return false
}

// relationSides returns the two countries of a milestone in sentence s:
// the countries it names, or the article's two sides when it names at
// most one of them ("the two countries established ...").
func (a *eventStage) relationSides(s int, parties []string) []string {
	var codes []string
	for _, c := range a.countriesOfSentence(s) {
		if !a.currencyMention(c) {
			codes = appendStr(codes, c.code)
		}
	}
	if len(codes) >= 2 || len(parties) != 2 {
		return codes
	}
	for _, c := range codes {
		if c != parties[0] && c != parties[1] {
			return codes
		}
	}
	return parties
}
