package extract

import "slices"

// fullNames gives a leader named by one word after his title ("President
// Nauseda") the full name that the text gives him before without a title
// ("Gitanas Nauseda, who took the oath as Lithuania's President"): the
// capitalised words right before an earlier mention of that word, when
// every such mention has the same ones, no other leader bears them, and
// the register of office-holders does not know the titled word as a head
// of another full name ("President Obama ... the president and Michelle
// Obama": his wife, named after him).
func (a *mentionStage) fullNames() {
	for _, l := range a.leaders {
		if len(l.parts) != 1 || len(l.spans) == 0 {
			continue
		}
		firstTitled := l.spans[0][0]
		for _, sp := range l.spans {
			firstTitled = min(firstTitled, sp[0])
		}
		full, span := "", [2]int{}
		for i, t := range a.toks {
			if i >= firstTitled {
				break // a full name after the titled word may be another person's
			}
			if a.claimed[i] || t.kind != tokWord || !t.upper || t.norm != l.parts[0] {
				continue
			}
			j := i
			for j > 0 && i-j < 3 && a.givenNameAt(j-1) {
				j--
			}
			if j == i {
				continue
			}
			name := a.surface(j, i+1)
			if full != "" && full != name {
				full = "-" // two full names end with the word: no telling
				break
			}
			full, span = name, [2]int{j, i + 1}
		}
		if full == "" || full == "-" {
			continue
		}
		parts, words := nameParts(full), nameWords(full)
		if heads := a.x.officials.headNames(l.parts[0], l.title, a.ref); len(heads) > 0 && !slices.ContainsFunc(heads, func(h []string) bool { return namesFit(words, h) }) {
			continue // the register's head of that title is someone else
		}
		taken := false
		for _, o := range a.leaders {
			taken = taken || o != l && sameLeader(o.parts, parts)
		}
		if taken {
			continue
		}
		l.name, l.parts = cleanName(full), parts
		l.spans = append(l.spans, span)
		a.persons = append(a.persons, leaderMention{i: span[0], j: span[1], leaders: []*leader{l}})
		a.claim(span[0], span[1])
	}
}

// givenNameAt reports whether token k may be a given name before a
// surname: a capitalised word of at least two letters on the surname's
// line that is no title (nor a common one misspelt), honorific, country,
// common word or word of the start of a sentence that is a plain English
// word.
func (a *mentionStage) givenNameAt(k int) bool {
	t := a.toks[k]
	if t.kind != tokWord || !t.upper || a.claimed[k] || len(t.norm) < 2 || a.tok(k+1).newline {
		return false
	}
	if _, ok := titles[t.norm]; ok || titleFirst[t.norm] || honorifics[t.norm] || notNames[t.norm] || stopword[t.norm] || a.isCountryToken(k) {
		return false
	}
	if len(t.norm) >= 6 && (editDistance(t.norm, "minister", 1) <= 1 || editDistance(t.norm, "president", 1) <= 1) {
		return false // "Minster Abiy": a title misspelt
	}
	return !(a.sentenceStart(k) && a.x.english[t.norm])
}
