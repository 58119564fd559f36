package extract

import "github.com/bilateral-kg/bilateral/graph"

// counterpartSides gives a meeting or call of one known country, whose
// sentence meets "his counterpart" or "her counterpart" with no country
// named ("will hold further discussions with his official counterpart"),
// the other country of the article's events when they name exactly two:
// a counterpart is of the other side.
func (a *eventStage) counterpartSides(evs []*event) {
	var sides []string
	for _, e := range evs {
		if e.past {
			continue
		}
		for _, c := range e.countries {
			sides = appendStr(sides, c)
		}
	}
	if len(sides) != 2 {
		return
	}
	for _, e := range evs {
		if e.kind != graph.KindMeeting && e.kind != graph.KindPhoneCall || len(e.countries) != 1 || !a.bareCounterpart(e) {
			continue
		}
		for _, c := range sides {
			if c != e.countries[0] {
				e.addCountry(c)
			}
		}
	}
}

// bareCounterpart reports whether one of e's sentences names "his" or
// "her" counterpart with no country word between: "his counterpart",
// "her official counterpart".
func (a *eventStage) bareCounterpart(e *event) bool {
	for _, s := range e.sents {
		st := a.sents[s]
		for k := st.first; k < st.last; k++ {
			if a.toks[k].norm != "counterpart" {
				continue
			}
			for m := k - 1; m >= st.first && m >= k-3; m-- {
				if a.countryMentionAt(m) >= 0 {
					break
				}
				if n := a.toks[m].norm; n == "his" || n == "her" {
					return true
				}
			}
		}
	}
	return false
}
