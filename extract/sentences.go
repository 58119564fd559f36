package extract

// sentence is a span of tokens [first, last) with its rune offsets.
type sentence struct {
	first, last  int
	start, end   int // rune offsets
	bstart, bend int
}

// abbreviations end with a dot that does not end a sentence.
// (data/words-tokens.tsv)
var abbreviations = wordSet("abbreviations")

// maxSentenceTokens bounds a sentence: a longer run of tokens without a
// sentence end (a list, a table, text without punctuation) is cut into
// pieces of this length. The rules look at a sentence's tokens for each
// word of interest in it, so a bound on sentences keeps extraction linear
// in the article's size; real sentences are far shorter.
const maxSentenceTokens = 256

// splitSentences splits tokens into sentences at ., ! and ? followed by a
// capitalised word, a quote or a digit, and at line breaks. Dots after
// abbreviations and single-letter initials do not split. No sentence is
// longer than maxSentenceTokens.
func splitSentences(toks []token, text string) []sentence {
	var out []sentence
	first := 0
	emit := func(last int) {
		if last <= first {
			return
		}
		out = append(out, sentence{first: first, last: last, start: toks[first].start, end: toks[last-1].end,
			bstart: toks[first].bstart, bend: toks[last-1].bstart + len(toks[last-1].text)})
		first = last
	}
	for i := range toks {
		if i > first && toks[i].newline || i-first >= maxSentenceTokens {
			emit(i)
		}
		t := toks[i]
		if t.kind != tokPunct || (t.text != "." && t.text != "!" && t.text != "?" && t.text != "…") {
			continue
		}
		if i+1 < len(toks) {
			n := toks[i+1]
			if !n.space && n.kind != tokPunct {
				continue
			}
			// closing quotes and brackets belong to this sentence
			j := i + 1
			for j < len(toks) && toks[j].kind == tokPunct && isCloser(toks[j].text) && !toks[j].space {
				j++
			}
			if j < len(toks) && !toks[j].newline && !startsSentence(toks[j]) {
				continue
			}
			if t.text == "." && i > first {
				p := toks[i-1]
				if !p.space || p.kind == tokWord {
					if abbreviations[p.norm] && j < len(toks) && !toks[j].newline && (p.norm != "no" || toks[j].kind == tokNumber) {
						continue
					}
					if p.kind == tokWord && len([]rune(p.text)) == 1 && p.upper {
						continue // an initial: W. Ruto
					}
				}
			}
			emit(j)
			continue
		}
	}
	emit(len(toks))
	return out
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func startsSentence(t token) bool {
	if t.kind == tokWord {
		return t.upper
	}
	if t.kind == tokNumber {
		return true
	}
	switch t.text {
	case "\"", "“", "‘", "'", "(", "«", "—", "–", "-":
		return true
	}
	return false
}
