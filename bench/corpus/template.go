package corpus

import (
	"sort"
	"strings"
	"time"
)

// Template is an article's text cut at its date expressions, ready to be
// rendered moved back or forward in time. It is safe for concurrent use.
type Template struct {
	ref   time.Time // the date year-less expressions were read near
	parts []part
	first time.Time // the first full date the text names; zero if none
}

// part is a run of literal text, or a date expression when render is set.
type part struct {
	lit    string
	render expr
}

// expr renders a date expression moved by days days, where years is how
// far that moves ref's year (what a year on its own moves by).
type expr func(days, years int) string

// Parse finds the date expressions of text. Year-less ones ("Aug. 30",
// "in March", weekdays) are read as the dates nearest ref, which should
// be the article's date; when ref is zero, the first full date of the
// text stands in for it, or 2025-01-01 when there is none.
func Parse(text string, ref time.Time) *Template {
	first := firstDate(text)
	if ref.IsZero() {
		ref = first
	}
	if ref.IsZero() {
		ref = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	spans := findSpans(text, ref)
	t := &Template{ref: ref, first: first}
	at := 0
	for _, s := range spans {
		if s.start > at {
			t.parts = append(t.parts, part{lit: text[at:s.start]})
		}
		t.parts = append(t.parts, part{render: s.render})
		at = s.end
	}
	if at < len(text) {
		t.parts = append(t.parts, part{lit: text[at:]})
	}
	return t
}

// Ref returns the date year-less expressions are read near.
func (t *Template) Ref() time.Time { return t.ref }

// Expressions returns how many date expressions the text holds.
func (t *Template) Expressions() int {
	n := 0
	for _, p := range t.parts {
		if p.render != nil {
			n++
		}
	}
	return n
}

// Render returns the text with every date expression moved days days
// (negative: earlier). Render(0) is the original text.
func (t *Template) Render(days int) string {
	years := t.ref.AddDate(0, 0, days).Year() - t.ref.Year()
	var b strings.Builder
	for _, p := range t.parts {
		if p.render != nil {
			b.WriteString(p.render(days, years))
		} else {
			b.WriteString(p.lit)
		}
	}
	return b.String()
}

// span is a date expression found in a text, at bytes [start, end).
type span struct {
	start, end int
	render     expr
	date       time.Time // the full date it names; zero when it has no year or day
}

// findSpans applies the rules in order; a match that overlaps an earlier
// rule's match is left to that one.
func findSpans(text string, ref time.Time) []span {
	var out []span
	for _, r := range rules {
		for _, m := range r.re.FindAllStringSubmatchIndex(text, -1) {
			if overlaps(out, m[0], m[1]) {
				continue
			}
			render, date, ok := r.parse(ref, text, m)
			if !ok {
				continue
			}
			out = append(out, span{start: m[0], end: m[1], render: render, date: date})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func overlaps(spans []span, start, end int) bool {
	for _, s := range spans {
		if start < s.end && end > s.start {
			return true
		}
	}
	return false
}

// firstDate returns the first full date (day, month and year) of text, or
// the zero time.
func firstDate(text string) time.Time {
	for _, s := range findSpans(text, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if !s.date.IsZero() {
			return s.date
		}
	}
	return time.Time{}
}
