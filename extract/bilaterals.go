package extract

import (
	"slices"
	"strings"
)

// splitBilaterals returns the meetings a report of bilateral talks with
// the leaders of several countries holds: "X held bilateral talks with
// Indian Prime Minister A, with Fijian Prime Minister B and with US
// Secretary of State C" is one meeting with each country's people, each
// between X's country and that country. The report is one sentence of e
// that speaks of bilateral talks or separate meetings (or follows e's
// first, which does), or lists the people met one by one (see
// listOfMet), and names X first: X alone of his country, or X of no known
// country (one of unknown, e's leaders of no country), who then met each
// country of the report; otherwise e alone. side holds e's leaders by
// country, order the countries in the order of their first leader.
func (a *eventStage) splitBilaterals(e *event, side map[string][]*leader, order []string, unknown []*leader) []*event {
	for _, s := range e.sents {
		if !a.bilateralTalksIn(s) && !a.separateIn(s) && !a.listOfMet(s) && !(s == e.first+1 && a.bilateralTalksIn(e.first)) {
			continue
		}
		st := a.sents[s]
		ms := a.leaderMentionsBetween(st.first, st.last)
		if len(ms) == 0 || len(ms[0].leaders) != 1 {
			continue
		}
		subject, from := ms[0].leaders[0], 1
		if p := a.possessiveSubject(s); p != nil && p != subject {
			subject, from = p, 0 // "His other meetings were with A; B; and C": his, and A is met
		}
		one := subject.country
		if one != "" && len(side[one]) != 1 || one == "" && !slices.Contains(unknown, subject) {
			continue
		}
		// the others named in this sentence, each after the subject
		met := map[string]bool{}
		for _, m := range ms[from:] {
			for _, l := range m.leaders {
				if l.country != "" && l.country != one {
					met[l.country] = true
				}
			}
		}
		if a.separateIn(s) {
			// "received separate courtesy calls from the Ambassadors of
			// Bhutan and Nepal": the countries named after the subject,
			// whose people the report names elsewhere
			for _, c := range a.countriesOfSentence(s) {
				if c.i > ms[0].j && !c.adj && c.code != one && len(side[c.code]) > 0 {
					met[c.code] = true
				}
			}
		}
		if len(met) < 3 && !(len(met) == 2 && (a.separateIn(s) || s == e.first+1 && a.bilateralTalksIn(e.first))) {
			// "held talks with A and B" of two others: one trilateral
			// meeting; "met A and B separately": two; so too "held
			// bilateral talks with several ministers. X talked with A and B"
			continue
		}
		var out []*event
		add := func(others []*leader, c string) {
			n := *e
			n.leaders, n.leaderSet = append([]*leader{subject}, others...), nil
			n.countries, n.codeSet = nil, nil
			for _, code := range []string{one, c} {
				if code != "" {
					n.countries = append(n.countries, code)
				}
			}
			if len(out) > 0 {
				n.counterpart = others[0]
			}
			out = append(out, &n)
		}
		for _, c := range order {
			if c != one && met[c] {
				add(side[c], c)
			}
		}
		if one == "" {
			// the subject's country unknown, so that no country of the
			// report is the subject's: the people met in its other
			// sentences too, one meeting each country
			for _, c := range order {
				if !met[c] {
					add(side[c], c)
				}
			}
		}
		return out
	}
	return a.splitGroupMeetings(e, side, order)
}

// splitGroupMeetings returns, when the first sentence of e tells that its
// subject held meetings with a group ("held meetings with the newly
// appointed Ambassadors", "talks with several ministers"), one meeting of
// the subject with the people of each other country e names; else e
// alone.
func (a *eventStage) splitGroupMeetings(e *event, side map[string][]*leader, order []string) []*event {
	st := a.sents[e.first]
	ms := a.leaderMentionsBetween(st.first, st.last)
	if len(ms) == 0 || len(ms[0].leaders) != 1 || !a.severalMetIn(e.first) && !a.groupMetIn(e.first) {
		return []*event{e}
	}
	subject := ms[0].leaders[0]
	one := subject.country
	if one == "" || len(side[one]) != 1 {
		return []*event{e}
	}
	var out []*event
	for _, c := range order {
		if c == one {
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

// listOfMet reports whether sentence s lists the people met one by one,
// apart by semicolons, with no word of a meeting held together ("met A,
// President of X; B, Foreign Minister of Y; and C, King of Z", but not
// "held talks with A, B and C", nor "a trilateral meeting with A, King
// of X; B, ...").
func (a *eventStage) listOfMet(s int) bool {
	st := a.sents[s]
	semicolon := false
	for k := st.first; k < st.last; k++ {
		if jointMeetingWords[a.toks[k].norm] {
			return false
		}
		semicolon = semicolon || a.toks[k].text == ";"
	}
	return semicolon
}

// jointMeetingWords tell a meeting held together by several sides
// (data/words-events.tsv).
var jointMeetingWords = wordSet("jointMeetingWords")

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

// groupMetIn reports whether sentence s tells of meetings held with a
// group its words do not name one by one: "held meetings with the newly
// appointed Ambassadors" (plural meetings with a plural, and no leader
// after them; not "meetings with the aim of ...").
func (a *eventStage) groupMetIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if a.toks[k].norm != "meetings" || a.tok(k+1).norm != "with" {
			continue
		}
		for m := k + 2; m < k+6 && m < st.last; m++ {
			if p := a.toks[m].norm; a.toks[m].kind == tokWord && len(p) > 3 && strings.HasSuffix(p, "s") {
				return len(a.leaderMentionsBetween(k, st.last)) == 0 // the people, a plural
			}
		}
	}
	return false
}

// possessiveSubject returns the leader a "his" or "her" opening sentence
// s stands for ("His other meetings were with ..."): the subject the text
// was telling of, or nil.
func (a *eventStage) possessiveSubject(s int) *leader {
	if n := a.toks[a.sents[s].first].norm; n != "his" && n != "her" {
		return nil
	}
	if ls := a.sentenceLeaders()[s]; len(ls) > 0 {
		return ls[0] // sentenceLeaders puts the one told of first
	}
	return nil
}
