package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// monthRE matches a month name, full or abbreviated (group 1), and a dot
// after it (group 2). Full names come first: alternation is leftmost-first.
const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(\.?)`

// monthOf returns the month a name or abbreviation stands for, or 0.
func monthOf(name string) time.Month {
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(m.String(), name) && len(name) >= 3 {
			return m
		}
	}
	if name == "Sept" {
		return time.September
	}
	return 0
}

// monthName writes month m in the style of orig (the name as the text
// had it, with dot the dot after it): full names stay full; abbreviations
// stay three letters with their dot ("Sept" stays "Sept"), but May, June
// and July are written in full, without a dot.
func monthName(m time.Month, orig, dot string) string {
	full := m.String()
	if orig == monthOf(orig).String() { // full name (May is both)
		return full + dot
	}
	if len(full) <= 4 {
		return full
	}
	if orig == "Sept" && m == time.September {
		return "Sept" + dot
	}
	return full[:3] + dot
}

// weekdays in time.Weekday order.
var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func weekdayOf(name string) int {
	for i, w := range weekdays {
		if w == name {
			return i
		}
	}
	return -1
}

// ordinal is the English ordinal suffix of day d.
func ordinal(d int) string {
	switch {
	case d%100 >= 11 && d%100 <= 13:
		return "th"
	case d%10 == 1:
		return "st"
	case d%10 == 2:
		return "nd"
	case d%10 == 3:
		return "rd"
	}
	return "th"
}

// num writes n with at least as many digits as orig had (keeps "02").
func num(n int, orig string) string {
	return fmt.Sprintf("%0*d", len(orig), n)
}

// sub returns submatch i of m in text, or "" when it did not take part.
func sub(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// day returns the date y-m-d when it exists.
func day(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, m >= time.January && m <= time.December && t.Day() == d && t.Month() == m
}

// nearest reads a year-less month and day as the date nearest ref.
func nearest(ref time.Time, m time.Month, d int) (time.Time, bool) {
	var best time.Time
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t, ok := day(y, m, d)
		if ok && (best.IsZero() || absDur(t.Sub(ref)) < absDur(best.Sub(ref))) {
			best = t
		}
	}
	return best, !best.IsZero()
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// shift moves t by days days.
func shift(t time.Time, days int) time.Time { return t.AddDate(0, 0, days) }
