package extract

import (
	"slices"

	"github.com/bilateral-kg/bilateral/graph"
)

// Tours: one trip to several countries ("will travel to Tonga, Cook
// Islands and Samoa", "a trip to three African countries. Angola, Nigeria
// and Togo are on his schedule") is one visit to each country.

// tourCues stand right before the list of a tour's stops: "a visit to A
// and B", "countries, among them A, B and C" (data/words-events.tsv).
var tourCues = wordSet("tourCues")

// splitTours replaces each visit whose report lists two or more stops by
// one visit per stop, of the traveller and his country with that stop's
// country. A stop that another visit of evs already goes to is left to
// that visit. The tour's day is the first day of the trip, not of each
// stop: the stops take its month; a stop the report dates by itself ("will
// be in Indonesia from Sept. 4") takes that day.
func (a *eventStage) splitTours(evs []*event) []*event {
	out := make([]*event, 0, len(evs))
	for _, e := range evs {
		if e.kind != graph.KindVisit {
			out = append(out, e)
			continue
		}
		stops := a.tourStops(e)
		home := travellerCountry(e, stops)
		if len(stops) < 2 || home == "" {
			out = append(out, e)
			continue
		}
		for _, d := range stops {
			if d == home || d != e.dest && visitTo(d, e, evs) {
				continue
			}
			n := *e
			n.dest, n.tourHome = d, home
			n.countries, n.codeSet = []string{home, d}, nil
			n.leaders, n.leaderSet = nil, nil
			for _, l := range e.leaders {
				if l.country == "" || l.country == home || l.country == d {
					n.addLeaders(l)
				}
			}
			if own, ok := a.stopDay(e, d); ok {
				n.date, n.dateTxt, n.prec = own.iso, own.text, own.prec
			} else if n.prec == "day" && len(n.date) == 10 {
				n.date, n.prec = n.date[:8]+"01", "month"
			}
			if n.place != "" && a.placeCountry(n.place) != d {
				n.place = "" // the place of another stop
			}
			out = append(out, &n)
		}
	}
	return out
}

// stopDay returns the day given after the trigger that names e's
// destination, when d is that destination: "will be in Indonesia from
// Sept. 4" (not "said on Sept. 1 that he will be in Indonesia").
func (a *eventStage) stopDay(e *event, d string) (dateMention, bool) {
	if d != e.dest {
		return dateMention{}, false
	}
	for _, m := range a.datesIn(e.destSent) {
		if m.iso != "" && a.tokenAtByte(m.bstart) >= e.destTok {
			return m, true
		}
	}
	return dateMention{}, false
}

// visitTo reports whether a visit of evs other than e goes to country d.
func visitTo(d string, e *event, evs []*event) bool {
	for _, o := range evs {
		if o != e && o.kind == graph.KindVisit && o.dest == d {
			return true
		}
	}
	return false
}

// travellerCountry returns the country of the first of e's leaders whose
// country is not among the stops: the one who travels; "" when none.
func travellerCountry(e *event, stops []string) string {
	for _, l := range e.leaders {
		if l.country == "" {
			continue
		}
		in := false
		for _, s := range stops {
			in = in || s == l.country
		}
		if !in {
			return l.country
		}
	}
	return ""
}

// tourStops returns the countries a visit's report lists as its stops: a
// list of two or more countries named by name and joined by commas and
// "and", right after a tour cue ("to", "among them", "including") in one
// of the visit's sentences, or opening a visit's sentence or the one after
// it when the sentence before counts the countries of the trip ("a trip to three African countries. Angola,
// Nigeria and Togo are on his schedule"). Nil when there is none.
func (a *eventStage) tourStops(e *event) []string {
	for _, s := range e.sents {
		st := a.sents[s]
		for k := st.first; k < st.last; k++ {
			if !tourCues[a.toks[k].norm] || a.toks[k].norm == "them" && !a.tripNounBefore(k) {
				continue
			}
			m := k + 1
			if a.tok(m).norm == "the" {
				m++
			}
			if l, _ := a.countryList(m); len(l) >= 2 {
				return l
			}
		}
		for _, n := range []int{s, s + 1} {
			if n > 0 && n < len(a.sents) && a.countsCountries(n-1) {
				if l, _ := a.countryList(a.sents[n].first); len(l) >= 2 {
					return l
				}
			}
		}
	}
	return nil
}

// tripNounBefore reports whether "among them" at token k lists the
// countries of a trip: "several countries on March 5-9, among them A, B
// and C"; not "relations with key partners - among them A, B and C".
func (a *eventStage) tripNounBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-10; m-- {
		switch a.toks[m].norm {
		case "countries", "nations", "stops", "destinations", "capitals":
			return true
		}
	}
	return false
}

// countsCountries reports whether sentence s counts countries: "three
// African countries", "several countries".
func (a *eventStage) countsCountries(s int) bool {
	st := a.sents[s]
	for k := st.first + 1; k < st.last; k++ {
		if n := a.toks[k].norm; n != "countries" && n != "nations" {
			continue
		}
		for m := k - 1; m >= st.first && m >= k-3; m-- {
			if countWords[a.toks[m].norm] || a.toks[m].kind == tokNumber {
				return true
			}
		}
	}
	return false
}

// countWords count the countries of a trip (data/words-events.tsv).
var countWords = wordSet("tourCounts")

// countedCountries reports whether the words from token k count the
// countries a trip goes to: "several African countries", "three Gulf
// nations".
func (a *eventStage) countedCountries(k int) bool {
	if !countWords[a.tok(k).norm] && a.tok(k).kind != tokNumber {
		return false
	}
	for m := k + 1; m < k+4 && m < len(a.toks); m++ {
		switch t := a.toks[m]; {
		case t.norm == "countries" || t.norm == "nations":
			return true
		case t.kind != tokWord || !t.upper:
			return false
		}
	}
	return false
}

// companionsEnd returns, for "with" at token k after a travel verb, the
// token of "to" after the comma that closes the companions ("travel with
// X, the Health Minister, to Tonga"); k when there is none within twenty
// tokens of the sentence.
func (a *eventStage) companionsEnd(k int) int {
	s := a.sentenceOf(k)
	for m := k + 2; m < k+20 && m < len(a.toks) && a.sentenceOf(m) == s; m++ {
		if a.toks[m].norm == "to" && a.toks[m-1].text == "," {
			return m
		}
	}
	return k
}

// tourParts splits the occasions of a tour by stop: a meeting, forum,
// signing or ceremony whose countries are the traveller's and two stops
// or more ("will meet Brazilian President X and Paraguayan President Y",
// "talks with A in Paris ... will meet B" told as one) is one occasion at
// each stop, of the traveller's side and that stop's. An occasion at one
// stop with no date of its own is in the month the tour gives its stops.
func tourParts(evs []*event) []*event {
	legs := map[string]*event{} // stop country → its visit
	home := ""
	for _, e := range evs {
		if e.kind == graph.KindVisit && e.tourHome != "" {
			legs[e.dest], home = e, e.tourHome
		}
	}
	if len(legs) < 2 {
		return evs
	}
	out := make([]*event, 0, len(evs))
	for _, e := range evs {
		if e.kind == graph.KindVisit || e.kind == graph.KindSummit || !slices.Contains(e.countries, home) {
			out = append(out, e)
			continue
		}
		var stops []string
		for _, c := range e.countries {
			if c != home && legs[c] == nil {
				stops = nil // a country no stop of the tour: not one of its parts
				break
			}
			if c != home {
				stops = append(stops, c)
			}
		}
		if len(stops) == 0 {
			out = append(out, e)
			continue
		}
		for _, c := range stops {
			n := e
			if len(stops) > 1 {
				n = &event{}
				*n = *e
				n.countries, n.codeSet = []string{home, c}, nil
				n.leaders, n.leaderSet = nil, nil
				for _, l := range e.leaders {
					if l.country == "" || l.country == home || l.country == c {
						n.addLeaders(l)
					}
				}
			}
			if leg := legs[c]; n.date == "" && leg.prec == "month" {
				n.date, n.dateTxt, n.prec = leg.date, leg.dateTxt, leg.prec
			}
			out = append(out, n)
		}
	}
	return out
}
