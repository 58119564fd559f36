package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// period is a stretch of time that is not a calendar year, named beside a
// trade figure: part of a year ("January-September 2019", "the first half
// of 2024", "Q1 2024") or a fiscal year ("2022/23", "FY2024").
type period struct {
	text         string
	year         int  // the calendar year of a part of a year; 0 for a fiscal year
	current      bool // a part of the article's own year, written without it ("January-July")
	previous     bool // a part of the year before the article's: "the first 11 months of last year"
	bstart, bend int  // byte offsets in the article
}

// periodReader finds periods with regexps built from data/periods.tsv.
type periodReader struct {
	partial  []*regexp.Regexp // group 1 is the year
	current  []*regexp.Regexp // no year: the article's
	previous []*regexp.Regexp // "last year": the year before the article's
	fiscal   []*regexp.Regexp // group 1 is the first year, group 2 the second (or "")
	cues     map[string]bool  // token norms one of the regexps needs
}

// newPeriodReader builds the reader from data/periods.tsv.
func newPeriodReader() (*periodReader, error) {
	rows, err := readRows("periods.tsv", 2)
	if err != nil {
		return nil, err
	}
	words := map[string][]string{}
	for _, f := range rows {
		words[f[0]] = append(words[f[0]], splitList(f[1])...)
	}
	for _, role := range []string{"ordinal", "part", "count", "short", "fiscal", "current"} {
		if len(words[role]) == 0 {
			return nil, fmt.Errorf("periods.tsv: no %s words", role)
		}
	}
	const year = `((?:19|20)\d{2})`
	month := strings.TrimSuffix(monthRE, `\.?`)
	pr := &periodReader{cues: map[string]bool{}}
	for _, role := range []string{"part", "short", "fiscal"} {
		for _, w := range words[role] {
			for _, t := range tokenize(w) {
				pr.cues[t.norm] = true
			}
		}
	}
	for _, expr := range []string{
		// "January-September 2019", "from January to September 2019",
		// "between January and October 2019"
		`(?i)\b(?:between\s+)?` + month + `\.?\s*(?:-|–|—|to|through|and)\s*` + month + `\.?,?\s+` + year + `\b`,
		// "the first half of 2024", "the first nine months of 2024"
		`(?i)\b(?:the\s+)?(?:` + alternation(words["ordinal"]) + `)\s+(?:(?:` + alternation(words["count"]) + `)\s+)?(?:` + alternation(words["part"]) + `)\s+of\s+` + year + `\b`,
		// "since early 2021", "since the beginning of 2024"
		`(?i)\bsince\s+(?:early|the\s+(?:beginning|start)\s+of)\s+` + year + `\b`,
		// "H1 2024", "Q3 2023"
		`\b(?:` + alternation(words["short"]) + `)\s*` + year + `\b`,
	} {
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("periods.tsv: %w", err)
		}
		pr.partial = append(pr.partial, re)
	}
	for _, expr := range []string{
		// "since the beginning of this year"
		`(?i)\b(?:` + alternation(words["current"]) + `)\b`,
		// "the first seven months of this year", "the first half of the
		// current year"
		`(?i)\b(?:the\s+)?(?:` + alternation(words["ordinal"]) + `)\s+(?:(?:` + alternation(words["count"]) + `)\s+)?(?:` + alternation(words["part"]) + `)\s+of\s+(?:this|the|the\s+current)\s+year\b`,
		// "January-July" (a year after it makes the longer period above win)
		`\b` + month + `\s*(?:-|–|—|to|through)\s*` + month + `\b`,
		// "between January and April" (without "between", two months
		// joined by "and" may be two occasions)
		`\b[Bb]etween\s+` + month + `\.?\s+and\s+` + month + `\b`,
	} {
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("periods.tsv: %w", err)
		}
		pr.current = append(pr.current, re)
	}
	for _, expr := range []string{
		// "the first 11 months of last year", "the first half of the previous year"
		`(?i)\b(?:the\s+)?(?:` + alternation(words["ordinal"]) + `)\s+(?:(?:` + alternation(words["count"]) + `)\s+)?(?:` + alternation(words["part"]) + `)\s+of\s+(?:last|the\s+previous|the\s+past)\s+year\b`,
		// "January-November last year", "from January to June of last year"
		`\b` + month + `\.?\s*(?:-|–|—|to|through)\s*` + month + `\.?,?\s+(?:of\s+)?(?:last|the\s+previous)\s+year\b`,
	} {
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("periods.tsv: %w", err)
		}
		pr.previous = append(pr.previous, re)
	}
	// the distinctive words of the current-year phrases ("the beginning
	// of this year", "so far", "year to date"); months cue the rest
	for _, w := range []string{"beginning", "start", "far", "date", "early"} {
		pr.cues[w] = true
	}
	fiscal := alternation(words["fiscal"])
	for _, expr := range []string{
		// "2022/23", "fiscal 2022-23", "FY 2023/2024"
		`(?i)\b(?:(?:` + fiscal + `)\s*)?` + year + `\s*[/–-]\s*(\d{2}|(?:19|20)\d{2})\b`,
		// "fiscal 2023", "financial year 2024", "FY2024"
		`(?i)\b(?:` + fiscal + `)\s*` + year + `\b()`,
		// "FY24"
		`\bFY\s*'?(\d{2})\b()`,
		// "the year to July 2018", "the 12 months ending June 2023": a
		// year that is no calendar year
		`(?i)\b(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended)\s+(?:` + strings.TrimPrefix(month, "(") + `\.?,?\s+` + year + `\b()`,
	} {
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("periods.tsv: %w", err)
		}
		pr.fiscal = append(pr.fiscal, re)
	}
	return pr, nil
}

// find returns the periods of text (offsets relative to it), the longest
// of overlapping ones, in order.
func (pr *periodReader) find(text string) []period {
	var out []period
	add := func(p period) {
		for i, q := range out {
			if p.bstart < q.bend && q.bstart < p.bend {
				if p.bend-p.bstart > q.bend-q.bstart {
					out[i] = p
				}
				return
			}
		}
		out = append(out, p)
	}
	for _, re := range pr.partial {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			y, _ := strconv.Atoi(sub(text, m, len(m)/2-1))
			add(period{text: text[m[0]:m[1]], year: y, bstart: m[0], bend: m[1]})
		}
	}
	for _, re := range pr.current {
		for _, m := range re.FindAllStringIndex(text, -1) {
			add(period{text: text[m[0]:m[1]], current: true, bstart: m[0], bend: m[1]})
		}
	}
	for _, re := range pr.previous {
		for _, m := range re.FindAllStringIndex(text, -1) {
			add(period{text: text[m[0]:m[1]], previous: true, bstart: m[0], bend: m[1]})
		}
	}
	for _, re := range pr.fiscal {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if second := sub(text, m, 2); second != "" {
				// "2022/23" is one fiscal year; "2025-06" of a date is not
				first, _ := strconv.Atoi(sub(text, m, 1))
				n, _ := strconv.Atoi(second)
				if len(second) == 2 && n != (first+1)%100 || len(second) == 4 && n != first+1 {
					continue
				}
			}
			add(period{text: text[m[0]:m[1]], bstart: m[0], bend: m[1]})
		}
	}
	return out
}

// periodCue reports whether sentence st has a word that a period needs: a
// month, a part of a year ("half", "months", "Q1"), a fiscal word, or a
// separator after a year ("2022/23").
func (a *tokenStage) periodCue(st sentence) bool {
	cues := a.x.periods.cues
	for k := st.first; k < st.last; k++ {
		t := a.toks[k]
		switch {
		case cues[t.norm]:
			return true
		case t.kind == tokWord && t.upper && len(t.norm) >= 3 && months[t.norm[:3]] != 0:
			return true
		case t.kind == tokNumber && len(t.text) == 4 && k+1 < st.last && (a.toks[k+1].text == "/" || isDash(a.toks[k+1])):
			return true
		}
	}
	return false
}

// periodNear returns the period of sentence s nearest to the byte offset
// b (a trade figure's), if the sentence names one.
func (a *factStage) periodNear(s, b int) (period, bool) {
	st := a.sents[s]
	best, dist := period{}, -1
	if !a.periodCue(st) {
		return best, false
	}
	if a.periodsOf == nil {
		a.periodsOf = map[int][]period{}
	}
	ps, ok := a.periodsOf[s]
	if !ok {
		ps = a.x.periods.find(a.text[st.bstart:st.bend])
		for k := range ps {
			ps[k].bstart += st.bstart
			ps[k].bend += st.bstart
		}
		a.periodsOf[s] = ps
	}
	for _, p := range ps {
		d := p.bstart - b
		if p.bend <= b {
			d = b - p.bend
		}
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = p, d
		}
	}
	if best.current {
		if a.ref.IsZero() {
			return period{}, false // no year to give it
		}
		best.year = a.ref.Year()
	}
	if best.previous {
		if a.ref.IsZero() {
			return period{}, false
		}
		best.year = a.ref.Year() - 1
	}
	return best, dist >= 0
}

// alternation returns a regexp alternation of the forms, longest first.
func alternation(forms []string) string {
	fs := append([]string(nil), forms...)
	sort.Slice(fs, func(i, j int) bool {
		if len(fs[i]) != len(fs[j]) {
			return len(fs[i]) > len(fs[j])
		}
		return fs[i] < fs[j]
	})
	for i, f := range fs {
		fs[i] = regexp.QuoteMeta(f)
	}
	return strings.Join(fs, "|")
}

// sub returns submatch g of match m in s, or "".
func sub(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}
