package extract

// A summit, in the contract's kinds, is a multilateral one; a "summit" of
// two sides is their meeting. These cues find the two sides in the words
// of the trigger itself: "the India-Russia summit", "the Trump-Kim summit",
// "his summit with North Korean leader X", "a summit between A and B".

// bilateralSummit reports whether the summit trigger at tokens [i, j)
// names exactly two sides.
func (a *eventStage) bilateralSummit(i, j int) bool {
	if a.orgEndingAt(i) >= 0 {
		return false // "the ASEAN summit"
	}
	// "A-B summit"
	if st := a.partyEnding(i); st > 0 && dash(a.toks[st-1].text) && !a.toks[st-1].space && a.partyEnding(st-1) >= 0 {
		return true
	}
	if a.twoOwnSummit(i) {
		return true
	}
	if j >= len(a.toks) {
		return false
	}
	if n := a.toks[j].norm; n == "on" || n == "in" || n == "at" {
		// "a virtual summit on Thursday with X", "a summit in Seoul
		// Thursday with X": the day and the place, then the other side
		for k := j + 1; k < j+7 && k < len(a.toks); k++ {
			if a.toks[k].norm == "with" && k > j+1 {
				j = k
				break
			}
			if t := a.toks[k]; t.kind == tokPunct || t.kind == tokWord && !t.upper && t.norm != "the" && t.norm != "on" && t.norm != "in" && t.norm != "at" {
				break // only a date and a place: "on Thursday", "in Seoul on June 4"
			}
		}
	}
	switch a.toks[j].norm {
	case "with": // "summit with X", one side named after the other
		end := a.partyAfter(j + 1)
		return end > 0 && !a.listGoesOn(end)
	case "between": // "summit between A and B"
		end := a.partyAfter(j + 1)
		if end < 0 || end >= len(a.toks) || a.toks[end].norm != "and" {
			return false
		}
		end = a.partyAfter(end + 1)
		return end > 0 && !a.listGoesOn(end)
	}
	return false
}

// twoOwnSummit reports whether the summit trigger at token i is the one
// of two sides told as "the two" or "both": "their" at most seven tokens
// before it ("their first, long-awaited summit") and "the two" or "both"
// before that in its sentence ("moments before the two opened their
// first, long-awaited summit"). Not in a sentence that names an
// organization ("the two sent their envoys to the ASEAN summit").
func (a *eventStage) twoOwnSummit(i int) bool {
	s := a.sentenceOf(i)
	if len(a.orgsOfSentence(s)) > 0 {
		return false // "both sent their ministers to the ASEAN summit"
	}
	first := a.sents[s].first
	k := i - 1
	for ; k >= first && k >= i-7; k-- {
		if a.toks[k].norm == "their" {
			break
		}
	}
	if k < first || k < i-7 {
		return false
	}
	for m := k - 1; m >= first && m >= k-4; m-- {
		switch n := a.toks[m].norm; {
		case n == "both":
			return true
		case n == "two" && m > first && a.toks[m-1].norm == "the":
			return true
		}
	}
	return false
}

// dash reports whether s is a hyphen or a dash.
func dash(s string) bool { return s == "-" || s == "–" || s == "‐" }

// partyEnding returns the start of the country mention or the mention of
// one leader that ends at token j, or -1.
func (a *eventStage) partyEnding(j int) int {
	for _, c := range a.countries {
		if c.j == j {
			return c.i
		}
	}
	for _, m := range a.leaderAt {
		if m.j == j && len(m.leaders) == 1 {
			return m.i
		}
	}
	return -1
}

// partyAfter returns the end of one side named from token k on, in its
// sentence: a leader ("President X", "North Korean leader X"), a country
// or its people ("Japan", "the Japanese"), a determiner or possessive
// first; -1 when none.
func (a *eventStage) partyAfter(k int) int {
	if k < len(a.toks) && (a.toks[k].norm == "the" || a.toks[k].norm == "his" || a.toks[k].norm == "her") {
		k++
	}
	if k >= len(a.toks) {
		return -1
	}
	s := a.sentenceOf(k)
	for _, m := range a.leaderAt {
		// the name may follow a demonym and a title: "North Korean leader X"
		if m.i >= k && m.i <= k+4 && len(m.leaders) == 1 && a.sentenceOf(m.i) == s && !a.breakBetween(k, m.i) {
			return m.j
		}
	}
	for _, c := range a.countries {
		if c.i == k && !c.adj {
			return c.j
		}
	}
	return -1
}

// breakBetween reports whether a comma or a conjunction lies in [i, j).
func (a *eventStage) breakBetween(i, j int) bool {
	for k := i; k < j && k < len(a.toks); k++ {
		switch a.toks[k].norm {
		case ",", "and", "or", ";":
			return true
		}
	}
	return false
}

// listGoesOn reports whether a list continues at token k: "X, Y and Z"
// (not "with X, President Y said": a comma, then the clause's subject).
func (a *eventStage) listGoesOn(k int) bool {
	if k >= len(a.toks) {
		return false
	}
	switch a.toks[k].norm {
	case "and", "or":
		return true
	case ",":
		e := a.partyAfter(k + 1)
		if e < 0 || e >= len(a.toks) {
			return false
		}
		n := a.toks[e].norm
		return n == "and" || n == "or" || n == "," && a.listGoesOn(e)
	}
	return false
}
