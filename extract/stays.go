package extract

import "github.com/bilateral-kg/bilateral/graph"

// Visits told one after another in a list of places and dates with one
// verb: "He had been in Baku on August 30 and, before that, in Brussels
// on July 18-20", "has been to Yerevan twice before: in June 2017 and in
// February 2018". Each date is a stay of its own.

// stayListWords may stand between the dates of such a list
// (data/words-events.tsv).
var stayListWords = wordSet("stayListWords")

// listedStays adds, for each visit hit dated by a date of its sentence,
// one visit hit for each later date of the sentence that no hit took and
// that follows it in a list with no other verb between ("on August 30
// and, before that, in Brussels on July 18-20"): the same traveller's
// stay on that date.
func (a *eventStage) listedStays(hits []hit) []hit {
	var add []hit
	for _, h := range hits {
		if h.kind != graph.KindVisit && !(h.kind == graph.KindMeeting && a.betweenHas(h.i, h.j, "meetings")) || h.date.day() == "" || h.future {
			continue // (meetings in the plural too: "those meetings were held in Bucharest on April 20, 2021, and in Chisinau on December 29, 2020")
		}
		from := a.tokenAtByte(h.date.bend)
		if from <= h.j {
			continue // the date before the trigger: not a list after it
		}
		for _, d := range a.datesIn(h.sent) {
			if d.bstart < h.date.bend || d.day() == "" || d.day() == h.date.day() || d.relative || a.dateTaken(hits, h.sent, d) {
				continue
			}
			di := a.tokenAtByte(d.bstart)
			if !a.stayListBetween(from, di) {
				break
			}
			n := h
			n.date, n.past, n.dest, n.place = d, false, "", ""
			for _, p := range a.placesOfSentence(h.sent) {
				if p.i >= from && p.i < di {
					n.place = p.key // "in Brussels"
					if h.kind == graph.KindVisit {
						n.dest = a.placeCountry(p.key)
					}
				}
			}
			add = append(add, n)
			from = a.tokenAtByte(d.bend)
		}
	}
	return append(hits, add...)
}

// dateTaken reports whether a hit of sentence s took date d.
func (a *eventStage) dateTaken(hits []hit, s int, d dateMention) bool {
	for _, h := range hits {
		if h.sent == s && h.date.bstart == d.bstart && h.date.day() != "" {
			return true
		}
	}
	return false
}

// stayListBetween reports whether the tokens [i, j) only join the items of
// a list of stays: list words ("and", "before that", "in"), commas and
// capitalised names of places, and at least one joining word.
func (a *eventStage) stayListBetween(i, j int) bool {
	joined := false
	for k := i; k < j; k++ {
		t := a.toks[k]
		switch {
		case stayListWords[t.norm]:
			joined = joined || t.norm == "and"
		case t.text == ",":
			joined = true
		case t.kind == tokWord && t.upper:
		default:
			return false
		}
	}
	return joined
}
