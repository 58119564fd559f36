package extract

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/bilateral-kg/bilateral/graph"
)

// tokenStage is the first stage: the article's tokens, sentences, dates
// and dateline. Everything later reads it; nothing changes it once
// readTokens has returned.
type tokenStage struct {
	x     *Extractor
	text  string
	toks  []token
	sents []sentence
	ref   time.Time // article date, zero when unknown
	dates []dateMention

	sentOf []int // token index → sentence index

	dateline    datelineInfo
	datelineTok int // first token of the dateline's place, -1 when none

	sourceGov string // the country whose government body the source is ("Ministry of Foreign Affairs of Oman"), or ""

	// sourceWords are the folded words of the outlet's name in the
	// header ("Viet Nam Government Portal (VGP)"): a capitalised word of
	// them is the outlet where a place might stand ("VGP - On …",
	// "Published in Aldar")
	sourceWords map[string]bool

	decimalComma bool // the text writes decimals with a comma ("$612,87 million", "16,6%")
}

// readTokens runs the token stage on the normalised body: tokens,
// sentences, the language, the dateline (which may give art its date and
// source) and the dates, resolved against the article's date. Its notes
// go to out's warnings.
func (x *Extractor) readTokens(body string, art *graph.Article, out *builder) *tokenStage {
	a := &tokenStage{x: x, text: body, datelineTok: -1}
	a.toks = tokenize(body)
	a.sents = splitSentences(a.toks, body)
	a.decimalComma = writesDecimalComma(a.toks)
	a.sentOf = make([]int, len(a.toks))
	for s, st := range a.sents {
		for i := st.first; i < st.last; i++ {
			a.sentOf[i] = s
		}
	}
	if lang, w := a.language(); lang != "en" {
		art.Language = lang
		out.warn(w)
	}
	a.sourceGov = x.governmentSource(art.Source)
	a.sourceWords = outletWords(art.Source)
	a.dateline = a.readDateline(art)
	if art.Date == "" && a.dateline.date != "" {
		art.Date = a.dateline.date
	}
	if art.Date == "" {
		art.Date = publicationLineDate(body)
	}
	footer := len(body)
	if art.Date == "" {
		var at int
		if art.Date, at = footerDate(body); art.Date != "" {
			footer = at
		}
	}
	if art.Date == "" {
		art.Date = urlDate(art.URL)
	}
	if t, ok := parseISO(art.Date); ok && usableRef(t) {
		a.ref = t
	}
	a.dates = findDatesTok(body, a.toks, a.ref)
	// the dateline's own date, or a footer's, is the publication date,
	// not an event's
	kept := a.dates[:0]
	for _, d := range a.dates {
		if d.bstart >= a.dateline.end && d.bstart < footer {
			kept = append(kept, d)
		}
	}
	a.dates = kept
	a.glossedDates()
	a.sameYears()
	a.namedYears()
	a.futureWeekdays()
	a.monthsOfYear()
	a.alignSpans()
	a.nextDays()
	if a.ref.IsZero() && reRelativeWords.MatchString(body) {
		out.warn("no article date: relative dates (weekdays, yesterday, last year) left unresolved")
	}
	return a
}

// tok returns token i, or a token of kind tokNone (no text, not upper
// case) when i is outside the text, so that a look at a neighbour — the
// word before a name at the start of the text, the word after one at its
// end — never indexes out of range.
func (a *tokenStage) tok(i int) *token {
	if i < 0 || i >= len(a.toks) {
		return &noToken
	}
	return &a.toks[i]
}

// noToken is what tok returns outside the text; never written.
var noToken = token{kind: tokNone}

// surface returns the text of tokens [i, j).
func (a *tokenStage) surface(i, j int) string {
	return a.text[a.toks[i].bstart : a.tok(j-1).bstart+len(a.tok(j-1).text)]
}

// evidence returns the evidence of sentence s.
func (a *tokenStage) evidence(s int) graph.Evidence {
	st := a.sents[s]
	return graph.Evidence{Sentence: a.text[st.bstart:st.bend], Start: st.start, End: st.end}
}

// sentenceOf returns the sentence index of token i.
func (a *tokenStage) sentenceOf(i int) int {
	if i < 0 || i >= len(a.sentOf) {
		return 0
	}
	return a.sentOf[i]
}

// datesIn returns the date mentions inside sentence s.
func (a *tokenStage) datesIn(s int) []dateMention {
	st := a.sents[s]
	var out []dateMention
	// a.dates is sorted by start
	k := sort.Search(len(a.dates), func(k int) bool { return a.dates[k].bstart >= st.bstart })
	for ; k < len(a.dates) && a.dates[k].bstart < st.bend; k++ {
		if d := a.dates[k]; d.bend <= st.bend {
			out = append(out, d)
		}
	}
	return out
}

// tokenAtByte returns the index of the token starting at or after byte b.
func (a *tokenStage) tokenAtByte(b int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].bstart >= b })
}

// sentenceStart reports whether token i starts a sentence or a line.
func (a *tokenStage) sentenceStart(i int) bool {
	if i == 0 || a.toks[i].newline {
		return true
	}
	p := a.tok(i - 1)
	return p.kind == tokPunct && (p.text == "." || p.text == "“" || p.text == "\"" || p.text == "!" || p.text == "?")
}

// outletWords returns the folded words of three letters or more of an
// outlet's name, but "via" (a source "AKIpress (via for.kg)" names two).
func outletWords(source string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(fold(source), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 3 && w != "via" {
			out[w] = true
		}
	}
	return out
}

// outletName reports whether every word of name (folded, three letters or
// more, "com" aside) is a word of the outlet's name: "AKIPRESS.COM" under
// the source "AKIpress", "VGP" under "Viet Nam Government Portal (VGP)".
func (a *tokenStage) outletName(name string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(fold(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if w == "com" || len(w) < 3 {
			continue
		}
		if !a.sourceWords[w] {
			return false
		}
		n++
	}
	return n > 0
}
