package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
	tokNone // no token: the position is outside the text (see analysis.tok)
)

// token is one word, number or punctuation mark of the text.
type token struct {
	text       string // surface form
	norm       string // lower-case, ASCII-folded, straight apostrophes
	start, end int    // rune offsets
	bstart     int    // byte offset of the start
	space      bool   // preceded by white space (or text start)
	newline    bool   // preceded by a line break
	kind       tokKind
	upper      bool // starts with an upper-case letter
	caps       bool // all letters upper-case, at least two letters
}

// isApos reports whether r is an apostrophe.
func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == 'ʻ' }

// tokenize splits text into tokens with rune offsets.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	ri := 0 // rune index
	space, nl := true, false
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				nl = true
			}
			i += w
			ri++
			continue
		}
		start, rstart := i, ri
		kind := tokPunct
		switch {
		case r >= '0' && r <= '9':
			kind = tokNumber
			i, ri = scanNumber(text, i, ri)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			kind = tokWord
			i, ri = scanWord(text, i, ri)
		default:
			i += w
			ri++
		}
		if i == start { // never stall on a rune no scanner takes
			i += w
			ri++
		}
		toks = append(toks, makeToken(text[start:i], rstart, ri, start, space, nl, kind))
		// split a possessive 's off the word
		if kind == tokWord {
			if t := &toks[len(toks)-1]; len(t.norm) > 2 && strings.HasSuffix(t.norm, "'s") {
				s := t.text
				cut := len(s) - 1
				for cut > 0 && !isApos(lastRune(s[:cut])) {
					cut--
				}
				_, aw := utf8.DecodeLastRuneInString(s[:cut])
				cut -= aw
				word := makeToken(s[:cut], t.start, t.end-2, t.bstart, t.space, t.newline, tokWord)
				poss := makeToken(s[cut:], t.end-2, t.end, t.bstart+cut, false, false, tokPunct)
				toks[len(toks)-1] = word
				toks = append(toks, poss)
			}
		}
		// a possessive apostrophe alone after a name in s: "Laos' minister"
		if kind == tokPunct && len(toks) > 1 && isApos(r) && !space && (i >= len(text) || text[i] == ' ') {
			if p := toks[len(toks)-2]; p.kind == tokWord && p.upper && strings.HasSuffix(p.norm, "s") {
				toks[len(toks)-1].norm = "'s"
			}
		}
		space, nl = false, false
	}
	return toks
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// scanWord scans letters with inner apostrophes and dotted initialisms (U.S.).
func scanWord(text string, i, ri int) (int, int) {
	prev := rune(0)
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r) {
			i += w
			ri++
			prev = r
			continue
		}
		if (r == '.' || r == ',') && prev >= '0' && prev <= '9' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++ // an amount against its sign: "RM3.35", "R3,6"
			ri++
			continue
		}
		if isApos(r) || r == '.' {
			r2, w2 := utf8.DecodeRuneInString(text[i+w:])
			if r == '.' {
				// U.S. / U.K.: single letters separated by dots
				if unicode.IsUpper(r2) && singleLetterBefore(text[:i]) {
					r3, _ := utf8.DecodeRuneInString(text[i+w+w2:])
					if r3 == '.' {
						i += w + w2
						ri += 2
						continue
					}
				}
				if singleLetterBefore(text[:i]) && i >= 2 && text[i-2] == '.' {
					return i + w, ri + 1 // final dot of U.S.
				}
				return i, ri
			}
			if unicode.IsLetter(r2) {
				i += w
				ri++
				continue
			}
		}
		return i, ri
	}
	return i, ri
}

// singleLetterBefore reports whether s ends with one upper-case letter
// preceded by a dot, space or nothing.
func singleLetterBefore(s string) bool {
	r, w := utf8.DecodeLastRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-w])
	return len(s) == w || p == '.' || !unicode.IsLetter(p)
}

// scanNumber scans digits with inner separators (44,000 or 4.4).
func scanNumber(text string, i, ri int) (int, int) {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			ri++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			ri++
			continue
		}
		break
	}
	return i, ri
}

// transposedTitles are long title words that print misspells by two
// letters swapped ("Prime Minsiter"): a capitalised word that is one of
// them with two neighbouring letters swapped reads as the word.
// (data/words-tokens.tsv)
var transposedTitles = wordRows("transposedTitles")[0].words

// titleTypo returns the title word that w, capitalised, misspells by two
// neighbouring letters swapped ("minsiter"), or "".
func titleTypo(w string) string {
	for _, t := range transposedTitles {
		if len(w) != len(t) || w == t || w[0] != t[0] {
			continue
		}
		k := 0
		for k < len(w) && w[k] == t[k] {
			k++
		}
		if k+1 < len(w) && w[k] == t[k+1] && w[k+1] == t[k] && w[k+2:] == t[k+2:] {
			return t
		}
	}
	return ""
}

func makeToken(s string, start, end, bstart int, space, nl bool, kind tokKind) token {
	t := token{text: s, start: start, end: end, bstart: bstart, space: space, newline: nl, kind: kind}
	t.norm = fold(s)
	if kind == tokWord {
		r, _ := utf8.DecodeRuneInString(s)
		t.upper = unicode.IsUpper(r)
		letters, ups := 0, 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					ups++
				}
			}
		}
		t.caps = letters >= 2 && letters == ups
		if w := titleTypo(t.norm); w != "" && t.upper {
			t.norm = w // "Prime Minsiter Peter O'Neill"
		}
	}
	return t
}
