package extract

// splitBilaterals returns the meetings a report of bilateral talks with
// the leaders of several countries holds: "X held bilateral talks with
// Indian Prime Minister A, with Fijian Prime Minister B and with US
// Secretary of State C" is one meeting with each country's people, each
// between X's country and that country. The report is one sentence of e
// that speaks of bilateral talks or separate meetings, names X first and
// X alone of his country; otherwise e alone. side holds e's leaders by
// country, order the countries in the order of their first leader.
func (a *eventStage) splitBilaterals(e *event, side map[string][]*leader, order []string) []*event {
	for _, s := range e.sents {
		if !a.bilateralTalksIn(s) && !a.separateIn(s) {
			continue
		}
		st := a.sents[s]
		ms := a.leaderMentionsBetween(st.first, st.last)
		if len(ms) == 0 || len(ms[0].leaders) != 1 {
			continue
		}
		subject := ms[0].leaders[0]
		one := subject.country
		if one == "" || len(side[one]) != 1 {
			continue
		}
		// the others named in this sentence, each after the subject
		met := map[string]bool{}
		for _, m := range ms[1:] {
			for _, l := range m.leaders {
				if l.country != "" && l.country != one {
					met[l.country] = true
				}
			}
		}
		if len(met) < 3 && !(len(met) == 2 && a.separateIn(s)) {
			continue // "held talks with A and B" of two others: one trilateral meeting; "met A and B separately": two
		}
		var out []*event
		for _, c := range order {
			if c == one || !met[c] {
				continue
			}
			n := *e
			n.leaders, n.leaderSet = append([]*leader{subject}, side[c]...), nil
			n.countries, n.codeSet = []string{one, c}, nil
			if len(out) > 0 {
				n.counterpart = side[c][0]
			}
			out = append(out, &n)
		}
		return out
	}
	return []*event{e}
}

// separateIn reports whether sentence s speaks of separate meetings or
// talks: "met separately with", "in separate meetings with".
func (a *eventStage) separateIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if n := a.toks[k].norm; n == "separately" || n == "separate" {
			return true
		}
	}
	return false
}
