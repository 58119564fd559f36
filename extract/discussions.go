package extract

import "github.com/bilateral-kg/bilateral/graph"

// Meetings told only by what was discussed: "X and his Angolan
// counterpart Y discussed trade", "the two leaders will take stock of
// their ties". The words tell a meeting only of two sides named in the
// sentence, and not in a report of a call, which they tell as well.

// discussionWords open a discussion trigger (data/words-events.tsv).
var discussionWords = wordSet("discussionWords")

// discussions drops the discussion hits that tell no meeting: in a
// report that tells a call, in a sentence that tells an occasion in other
// words ("discussed the coming summit", "met and discussed"), in one that
// does not name leaders of two countries or two sides as a pair, or in
// words of one's own ("I would like to discuss").
func (a *eventStage) discussions(hits []hit) []hit {
	call := false
	others := map[int]bool{} // sentences with a hit of another trigger
	for _, h := range hits {
		call = call || h.kind == graph.KindPhoneCall
		if !a.discussion(h) {
			others[h.sent] = true
		}
	}
	out := hits[:0]
	for _, h := range hits {
		if !a.discussion(h) || !call && !others[h.sent] && a.twoSidesBefore(h.i) {
			out = append(out, h)
		}
	}
	return out
}

// discussion reports whether h is a discussion trigger.
func (a *eventStage) discussion(h hit) bool {
	return h.kind == graph.KindMeeting && discussionWords[a.toks[h.i].norm]
}

// twoSidesBefore reports whether the sentence of token i names leaders
// of two countries, or two sides as a pair before it ("the two
// leaders"), and no one speaking for himself before it ("I", "we").
func (a *eventStage) twoSidesBefore(i int) bool {
	s := a.sentenceOf(i)
	st := a.sents[s]
	for k := st.first; k < i; k++ {
		if n := a.toks[k].norm; n == "i" || n == "we" {
			return false
		}
	}
	for k := st.first; k+1 < i; k++ {
		if n := a.toks[k].norm; (n == "two" || n == "both") && meetSubjects[a.toks[k+1].norm] {
			return true
		}
	}
	codes := map[string]bool{}
	for _, m := range a.leaderMentionsBetween(st.first, st.last) {
		for _, l := range m.leaders {
			if l.country != "" {
				codes[l.country] = true
			}
		}
	}
	return len(codes) >= 2
}

// pairOpens reports whether sentence s opens with two people as a pair:
// "The two held a meeting", "Both leaders then ..."; not two countries
// ("The two countries then signed ...", see countryPairs).
func (a *eventStage) pairOpens(s int) bool {
	k := a.sents[s].first
	if a.toks[k].norm == "the" {
		k++
	}
	return (a.tok(k).norm == "two" || a.tok(k).norm == "both") && !countryPairs[a.tok(k+1).norm]
}

// theirOccasionOpens reports whether e's first sentence opens with
// "their" and a trigger of e within three words ("Their telephone
// conversation was ...", "Their talks covered ..."): the occasion of the
// people the sentence before named.
func (a *eventStage) theirOccasionOpens(e *event) bool {
	k := a.sents[e.first].first
	if a.toks[k].norm != "their" {
		return false
	}
	for _, i := range e.trigs {
		if i > k && i <= k+3 {
			return true
		}
	}
	return false
}

// pairOfCountries reports whether ls holds leaders of two countries or
// more.
func pairOfCountries(ls []*leader) bool {
	first := ""
	for _, l := range ls {
		switch {
		case l.country == "":
		case first == "":
			first = l.country
		case l.country != first:
			return true
		}
	}
	return false
}

// countryPairs name two countries, not two people, after "two" or
// "both" (data/words-events.tsv).
var countryPairs = wordSet("countryPairs")

// noteDiscussion records hit h of e: a discussion in a sentence with no
// other hit of e makes the countries named after it topics (see
// topicFrom).
func (e *event) noteDiscussion(h hit, discussion bool) {
	if !discussion {
		if e.ownSents == nil {
			e.ownSents = map[int]bool{}
		}
		e.ownSents[h.sent] = true
		delete(e.topicFrom, h.sent)
		return
	}
	if e.ownSents[h.sent] {
		return
	}
	if e.topicFrom == nil {
		e.topicFrom = map[int]int{}
	}
	if at, ok := e.topicFrom[h.sent]; !ok || h.i < at {
		e.topicFrom[h.sent] = h.i
	}
}
