package extract

import "slices"

// asideWords open a relative clause ("X, who has been given the task of
// rebuilding President Y's ties", "the envoy whom President Y appointed"):
// a leader named only there is told of, not taking part.
var asideWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true}

// dropAsides drops from e the leaders whose every mention in e's
// sentences stands in a relative clause that tells none of e's triggers
// ("Cafiero, who has been given the task of rebuilding President
// Fernandez's ties with Mercosur, also met Bustillo" is no meeting of
// Fernandez), names the sender of greetings or a message an envoy
// brings ("conveyed the greetings of President X") or the one another
// serves ("Celso Amorim, special advisor to President X").
func (a *eventStage) dropAsides(e *event) {
	a.dropLeaders(e, func(l *leader) bool {
		return a.everyMention(e, l, func(m leaderMention) bool {
			return a.inAside(e, m.i) || a.senderAt(m.i) || a.principalAt(m.i) || a.lateAt(m.i)
		})
	})
}

// dropSpokenOf drops from e the leaders named only in what was said at
// it (see inReportedContent) when two leaders of two countries named
// outside it take part: "Khamenei told Abe that he did not consider
// Trump a person worth exchanging messages with" is no meeting of Trump
// or of his country.
// (Not "X said that he and Minister Y had gone through ...": Y is the
// other side.)
func (a *eventStage) dropSpokenOf(e *event) {
	spoken := map[*leader]bool{}
	codes := map[string]bool{}
	for _, l := range e.leaders {
		if a.everyMention(e, l, func(m leaderMention) bool { return a.inReportedContent(e, m.i) }) {
			spoken[l] = true
		} else if l.country != "" {
			codes[l.country] = true
		}
	}
	if len(spoken) == 0 || len(codes) < 2 {
		return
	}
	gone := map[string]bool{}
	a.dropLeaders(e, func(l *leader) bool {
		if spoken[l] && !codes[l.country] {
			gone[l.country] = true
			return true
		}
		return false
	})
	if len(gone) > 0 {
		e.countries = slices.DeleteFunc(e.countries, func(c string) bool { return gone[c] })
		e.codeSet = nil
	}
}

// inReportedContent reports whether the leader named at token i stands in
// what someone was told or said after every trigger of e in its sentence:
// "In footage of their meeting, Khamenei told Abe that ... he did not
// consider Trump a person worth exchanging messages with" — Trump is
// spoken of at the meeting, not present (not "told reporters that he
// would meet X": the trigger stands in what was said).
func (a *eventStage) inReportedContent(e *event, i int) bool {
	s := a.sentenceOf(i)
	first := a.sents[s].first
	for k := i - 1; k > first; k-- {
		if a.toks[k].norm != "that" {
			continue
		}
		for v := k - 1; v >= first && v >= k-7; v-- {
			if !sayingWord(a.toks[v].norm) {
				continue
			}
			before := false // a trigger of e in s, all of them before the saying
			for _, t := range e.trigs {
				if a.sentenceOf(t) == s {
					if t > v {
						return false
					}
					before = true
				}
			}
			return before
		}
	}
	return false
}

// lateAt reports whether the leader named at token i is called "late"
// just before the name or its title: "he paid tribute to late Vietnamese
// President Ho Chi Minh" honours the dead, who takes part in nothing.
// Only capitalized words (a title, a demonym) may stand between "late"
// and the name, and none that dates ("late Sunday President X arrived").
func (a *eventStage) lateAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := a.toks[k]
		if t.norm == "late" {
			return k+1 < i
		}
		if t.kind != tokWord || !t.upper || calendarWords[t.norm] {
			return false
		}
	}
	return false
}

// everyMention reports whether e's sentences mention l and every such
// mention satisfies ok.
func (a *eventStage) everyMention(e *event, l *leader, ok func(leaderMention) bool) bool {
	seen := false
	for _, s := range e.sents {
		st := a.sents[s]
		for _, m := range a.leaderMentionsBetween(st.first, st.last) {
			if !slices.Contains(m.leaders, l) {
				continue
			}
			seen = true
			if !ok(m) {
				return false
			}
		}
	}
	return seen
}

// dropLeaders drops from e the leaders for which drop is true.
func (a *eventStage) dropLeaders(e *event, drop func(*leader) bool) {
	if slices.ContainsFunc(e.leaders, drop) {
		e.leaders = slices.DeleteFunc(e.leaders, drop)
		e.leaderSet = nil
	}
}

// inAside reports whether token k stands in a relative clause (from an
// asideWord to the next comma, semicolon or the sentence's end) that
// holds none of e's triggers and does not tell of one of them named just
// before it, k not a title after "as".
func (a *eventStage) inAside(e *event, k int) bool {
	st := a.sents[a.sentenceOf(k)]
	w := -1
	for m := k - 1; m >= st.first; m-- {
		t := a.toks[m]
		if t.text == "," || t.text == ";" || t.text == "(" || t.text == ")" {
			break
		}
		if asideWords[t.norm] {
			w = m
			break
		}
	}
	if w < 0 || a.tok(k-1).norm == "as" {
		return false // "X, who served as President of Y": the title of the one before
	}
	for _, i := range e.trigs {
		if i < w && i >= w-6 {
			return false // "the summit, which X and Y held", "a visit, in the course of which": the occasion itself
		}
	}
	end := st.last
	for m := k; m < st.last; m++ {
		if t := a.toks[m].text; t == "," || t == ";" || t == ")" {
			end = m
			break
		}
	}
	for _, i := range e.trigs {
		if i > w && i < end {
			return false
		}
	}
	return true
}

// dropSources drops from e the leaders named in its sentences only as the
// source of the report ("..., Minister X announced", "according to
// Foreign Minister X", "X said after A and B had held talks") while
// another leader of their country takes part: who tells of an occasion
// is not for that one of its parties.
func (a *eventStage) dropSources(e *event) {
	a.dropLeaders(e, func(l *leader) bool {
		if l.country == "" || !slices.ContainsFunc(e.leaders, func(o *leader) bool { return o != l && o.country == l.country }) {
			return false
		}
		return a.everyMention(e, l, func(m leaderMention) bool { return len(m.leaders) == 1 && a.reportsAt(m) })
	})
}

// reportsAt reports whether the leader mention m is the source of a
// report: a reporting verb right after it or right before it ("X said",
// "said X", "X announced on Sunday"), or "according to" before it with
// at most a title between.
func (a *eventStage) reportsAt(m leaderMention) bool {
	if reportingVerbs[a.tok(m.j).norm] || m.i > 0 && reportingVerbs[a.tok(m.i-1).norm] {
		return true
	}
	return a.accordingTo(m.i)
}

// accordingTo reports whether "according to" stands before token i with
// at most a title between: "according to Foreign Minister X".
func (a *mentionStage) accordingTo(i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if a.toks[k].norm == "to" && a.toks[k-1].norm == "according" {
			return true
		}
		if a.toks[k].kind == tokPunct {
			break
		}
	}
	return false
}

// sentTokens name what an envoy brings from someone absent: "the
// greetings of President X", "a message from King Y"
// (data/words-events.tsv).
var sentTokens = wordSet("sentTokens")

// senderAt reports whether the leader mention starting at token k names
// the sender of greetings or a message: one of sentTokens, then "of" or
// "from", then at most four words of title before k.
func (a *entityStage) senderAt(k int) bool {
	for m := k - 1; m >= 1 && m >= k-5; m-- {
		t := a.toks[m]
		if (t.norm == "of" || t.norm == "from") && sentTokens[a.toks[m-1].norm] {
			return true
		}
		if t.kind == tokPunct && t.text != "'" || t.norm == "to" {
			return false // "handed his Letter of Credence to President X": the addressee
		}
	}
	return false
}

// staffNouns name one who serves another: "special advisor to President
// X", "the envoy of King Y" (data/words-events.tsv).
var staffNouns = wordSet("staffNouns")

// principalAt reports whether the leader mention starting at token k
// names the one another serves: one of staffNouns, then "to", "of" or
// "for", then at most four words of title before k.
func (a *eventStage) principalAt(k int) bool {
	for m := k - 1; m >= 1 && m >= k-5; m-- {
		t := a.toks[m]
		if (t.norm == "to" || t.norm == "of" || t.norm == "for") && staffNouns[a.toks[m-1].norm] {
			return true
		}
		if t.kind == tokPunct && t.text != "'" {
			return false
		}
	}
	return false
}
