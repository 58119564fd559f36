package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// rule finds one kind of date expression. parse returns how to render
// match m of text (submatch indices) moved in time, the full date it
// names (zero when it lacks a day or a year) and false when the match is
// not a date after all.
type rule struct {
	name  string
	re    *regexp.Regexp
	parse func(ref time.Time, text string, m []int) (expr, time.Time, bool)
}

// rules, most specific first: a later rule never rewrites what an
// earlier one matched.
var rules = []rule{
	{"iso", regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), parseISO},
	{"y/m/d", regexp.MustCompile(`\b(\d{4})([/.])(\d{1,2})[/.](\d{1,2})\b`), parseYMD},
	{"y m d line", regexp.MustCompile(`(?m)^(\d{4})( )(\d{1,2}) (\d{1,2})$`), parseYMD},
	{"d.m.y", regexp.MustCompile(`\b(\d{1,2})([./] ?)(\d{1,2})([./] ?)(\d{4})\b`), parseDMY},
	{"month d/y", regexp.MustCompile(`\b` + monthRE + `(\s+)(\d{1,2})/(\d{4})\b`), parseMonthDaySlashYear},
	{"y month d", regexp.MustCompile(`\b(\d{4})(\s+)` + monthRE + `(\s+)(\d{1,2})\b`), parseYearMonthDay},
	{"month d", regexp.MustCompile(`\b` + monthRE + `(\s+)(\d{1,2})(st|nd|rd|th)?\b(?:(\s*(?:-|–|to|and)\s*)(\d{1,2})(st|nd|rd|th)?\b)?(?:(,?\s+)(\d{4})\b)?`), parseMonthDay},
	{"d month", regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)?(?:(\s*(?:-|–|to|and)\s*)(\d{1,2})(st|nd|rd|th)?)?(\s+(?:of\s+)?)` + monthRE + `(?:(,?\s+)(\d{4})\b)?`), parseDayMonth},
	{"month y", regexp.MustCompile(`\b` + monthRE + `(,?\s+)(\d{4})\b`), parseMonthYear},
	{"month", regexp.MustCompile(`\b` + monthRE), parseMonth},
	{"period y", regexp.MustCompile(`\b([1-4]Q|Q[1-4]|[12]H|H[12]|FY)(\d{4})\b`), parsePeriodYear},
	{"fiscal y", regexp.MustCompile(`\b(\d{4})([-–/])(\d{2})\b`), parseFiscal},
	{"weekday (d)", regexp.MustCompile(`\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(\s?\()(\d{1,2})\)`), parseWeekdayDay},
	{"weekday", regexp.MustCompile(`\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b`), parseWeekday},
	{"year", regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`), parseYear},
}

func parseISO(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	t, ok := day(atoi(sub(text, m, 1)), time.Month(atoi(sub(text, m, 2))), atoi(sub(text, m, 3)))
	if !ok {
		return nil, time.Time{}, false
	}
	return func(days, _ int) string { return shift(t, days).Format("2006-01-02") }, t, true
}

// parseYMD reads a date with the year first, its parts set apart by one
// separator: "2021/3/26", "2021.01.08", a line "2022 09 16".
func parseYMD(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	sep, ms, ds := sub(text, m, 2), sub(text, m, 3), sub(text, m, 4)
	t, ok := day(atoi(sub(text, m, 1)), time.Month(atoi(ms)), atoi(ds))
	if !ok {
		return nil, time.Time{}, false
	}
	return func(days, _ int) string {
		s := shift(t, days)
		return strconv.Itoa(s.Year()) + sep + num(int(s.Month()), ms) + sep + num(s.Day(), ds)
	}, t, true
}

func parseDMY(ref time.Time, text string, m []int) (expr, time.Time, bool) {
	ds, sep1, ms, sep2 := sub(text, m, 1), sub(text, m, 2), sub(text, m, 3), sub(text, m, 4)
	y := atoi(sub(text, m, 5))
	if sep1 == "/" && sep2 == "/" {
		// an American "10/05/2022" that the extractor read as the
		// article's date, October 5: moved month first
		if us, ok := day(y, time.Month(atoi(ds)), atoi(ms)); ok && us.Equal(ref) && ds != ms {
			return func(days, _ int) string {
				s := shift(us, days)
				return num(int(s.Month()), ds) + "/" + num(s.Day(), ms) + "/" + strconv.Itoa(s.Year())
			}, us, true
		}
	}
	t, ok := day(y, time.Month(atoi(ms)), atoi(ds))
	if !ok {
		return nil, time.Time{}, false
	}
	return func(days, _ int) string {
		s := shift(t, days)
		return num(s.Day(), ds) + sep1 + num(int(s.Month()), ms) + sep2 + strconv.Itoa(s.Year())
	}, t, true
}

func parseMonthDaySlashYear(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	name, dot, sp := sub(text, m, 1), sub(text, m, 2), sub(text, m, 3)
	t, ok := day(atoi(sub(text, m, 5)), monthOf(name), atoi(sub(text, m, 4)))
	if !ok {
		return nil, time.Time{}, false
	}
	return func(days, _ int) string {
		s := shift(t, days)
		return monthName(s.Month(), name, dot) + sp + strconv.Itoa(s.Day()) + "/" + strconv.Itoa(s.Year())
	}, t, true
}

func parseYearMonthDay(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	sp1, name, dot, sp2 := sub(text, m, 2), sub(text, m, 3), sub(text, m, 4), sub(text, m, 5)
	t, ok := day(atoi(sub(text, m, 1)), monthOf(name), atoi(sub(text, m, 6)))
	if !ok {
		return nil, time.Time{}, false
	}
	return func(days, _ int) string {
		s := shift(t, days)
		return strconv.Itoa(s.Year()) + sp1 + monthName(s.Month(), name, dot) + sp2 + strconv.Itoa(s.Day())
	}, t, true
}

// dayRange is a day or a range of days of one month, with or without a
// year: what "May 15-17, 2024", "Sept. 9", "15th-17th of May" and "30 May
// 2022" have in common.
type dayRange struct {
	start, end       time.Time // end is zero for a single day
	suffix1, suffix2 bool      // ordinal suffixes ("15th")
	rangeSep         string
	name, dot        string // the month as written
	yearSep          string
	year             bool // the year is written
}

// newDayRange reads the parts of a day range; yearText is "" when the
// year is not written (the dates nearest ref are taken).
func newDayRange(ref time.Time, name, dot, d1, d2, yearText string) (dayRange, bool) {
	mo := monthOf(name)
	r := dayRange{name: name, dot: dot, year: yearText != ""}
	var ok bool
	if r.year {
		r.start, ok = day(atoi(yearText), mo, atoi(d1))
	} else {
		r.start, ok = nearest(ref, mo, atoi(d1))
	}
	if !ok {
		return r, false
	}
	if d2 != "" {
		if atoi(d2) <= atoi(d1) {
			return r, false
		}
		if r.end, ok = day(r.start.Year(), mo, atoi(d2)); !ok {
			return r, false
		}
	}
	return r, true
}

// full is the date of a range with its year written, else zero.
func (r dayRange) full() time.Time {
	if r.year {
		return r.start
	}
	return time.Time{}
}

func (r dayRange) dayText(t time.Time, suffix bool) string {
	if suffix {
		return strconv.Itoa(t.Day()) + ordinal(t.Day())
	}
	return strconv.Itoa(t.Day())
}

// monthFirst writes the range as "May 15-17, 2024" (sp after the month).
func (r dayRange) monthFirst(days int, sp string) string {
	s := shift(r.start, days)
	out := monthName(s.Month(), r.name, r.dot) + sp + r.dayText(s, r.suffix1)
	last := s
	if !r.end.IsZero() {
		e := shift(r.end, days)
		out += r.rangeSep
		if e.Month() != s.Month() {
			out += monthName(e.Month(), r.name, r.dot) + " "
		}
		out += r.dayText(e, r.suffix2)
		last = e
	}
	if r.year {
		out += r.yearSep + strconv.Itoa(last.Year())
	}
	return out
}

// dayFirst writes the range as "15-17 May 2024" (sp before the month).
func (r dayRange) dayFirst(days int, sp string) string {
	s := shift(r.start, days)
	out := r.dayText(s, r.suffix1)
	last := s
	if !r.end.IsZero() {
		e := shift(r.end, days)
		if e.Month() != s.Month() {
			out += sp + monthName(s.Month(), r.name, "")
		}
		out += r.rangeSep + r.dayText(e, r.suffix2)
		last = e
	}
	out += sp + monthName(last.Month(), r.name, r.dot)
	if r.year {
		out += r.yearSep + strconv.Itoa(last.Year())
	}
	return out
}

func parseMonthDay(ref time.Time, text string, m []int) (expr, time.Time, bool) {
	r, ok := newDayRange(ref, sub(text, m, 1), sub(text, m, 2), sub(text, m, 4), sub(text, m, 7), sub(text, m, 10))
	if !ok {
		return nil, time.Time{}, false
	}
	r.suffix1, r.suffix2 = sub(text, m, 5) != "", sub(text, m, 8) != ""
	r.rangeSep, r.yearSep = sub(text, m, 6), sub(text, m, 9)
	sp := sub(text, m, 3)
	return func(days, _ int) string { return r.monthFirst(days, sp) }, r.full(), true
}

func parseDayMonth(ref time.Time, text string, m []int) (expr, time.Time, bool) {
	r, ok := newDayRange(ref, sub(text, m, 7), sub(text, m, 8), sub(text, m, 1), sub(text, m, 4), sub(text, m, 10))
	if !ok {
		return nil, time.Time{}, false
	}
	r.suffix1, r.suffix2 = sub(text, m, 2) != "", sub(text, m, 5) != ""
	r.rangeSep, r.yearSep = sub(text, m, 3), sub(text, m, 9)
	sp := sub(text, m, 6)
	return func(days, _ int) string { return r.dayFirst(days, sp) }, r.full(), true
}

// parseMonthYear reads "October 2024" as the middle of the month.
func parseMonthYear(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	name, dot, sep := sub(text, m, 1), sub(text, m, 2), sub(text, m, 3)
	t, ok := day(atoi(sub(text, m, 4)), monthOf(name), 15)
	if !ok {
		return nil, time.Time{}, false
	}
	return func(days, _ int) string {
		s := shift(t, days)
		return monthName(s.Month(), name, dot) + sep + strconv.Itoa(s.Year())
	}, time.Time{}, true
}

var (
	// monthBefore is what may precede a month named alone ("in March",
	// "mid-March"); without it a capitalised May or Mar is more likely a
	// word or a name.
	monthBefore = regexp.MustCompile(`(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Tt]his|[Ll]ast|[Nn]ext|to|through|end of)\s+|\bmid-)$`)
	// monthAfter starts a range of months ("October to December").
	monthAfter = regexp.MustCompile(`^\s*(?:to|through|until|-|–)\s*` + monthRE)
)

// parseMonth reads a month named alone ("in March") as the middle of the
// month nearest ref.
func parseMonth(ref time.Time, text string, m []int) (expr, time.Time, bool) {
	name, dot := sub(text, m, 1), sub(text, m, 2)
	before := text[max(0, m[0]-16):m[0]]
	if !monthBefore.MatchString(before) && !monthAfter.MatchString(text[m[1]:]) {
		return nil, time.Time{}, false
	}
	t, ok := nearest(ref, monthOf(name), 15)
	if !ok {
		return nil, time.Time{}, false
	}
	return func(days, _ int) string { return monthName(shift(t, days).Month(), name, dot) }, time.Time{}, true
}

// parsePeriodYear reads "1H2017", "Q3 2024"-style prefixes glued to a year.
func parsePeriodYear(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	prefix, y := sub(text, m, 1), atoi(sub(text, m, 2))
	return func(_, years int) string { return prefix + strconv.Itoa(y+years) }, time.Time{}, true
}

// parseFiscal reads a fiscal year such as "2023-24".
func parseFiscal(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	y, sep, yy := atoi(sub(text, m, 1)), sub(text, m, 2), atoi(sub(text, m, 3))
	if (y+1)%100 != yy {
		return nil, time.Time{}, false
	}
	return func(_, years int) string {
		return strconv.Itoa(y+years) + sep + num((y+years+1)%100, "00")
	}, time.Time{}, true
}

// parseWeekday moves a weekday name with the dates, so that "on Tuesday"
// keeps its distance from the article's date.
func parseWeekday(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	w := weekdayOf(sub(text, m, 1))
	return func(days, _ int) string { return weekdays[((w+days%7)%7+7)%7] }, time.Time{}, true
}

// parseWeekdayDay moves a weekday with its day of the month in brackets
// ("on Sunday (04)", the day within a week of the article's date that is
// both), so that both keep their distance from the article's date.
func parseWeekdayDay(ref time.Time, text string, m []int) (expr, time.Time, bool) {
	w, sep, ds := weekdayOf(sub(text, m, 1)), sub(text, m, 2), sub(text, m, 3)
	for k := -7; k <= 7; k++ {
		t := ref.AddDate(0, 0, k)
		if int(t.Weekday()) == w && t.Day() == atoi(ds) {
			return func(days, _ int) string {
				s := shift(t, days)
				return weekdays[s.Weekday()] + sep + num(s.Day(), ds) + ")"
			}, t, true
		}
	}
	return nil, time.Time{}, false
}

// yearNames are words after which a year is part of a name ("Vision 2030").
var yearNames = []string{"Vision ", "Agenda "}

// parseYear moves a year on its own by as many years as the article's
// date moved, so that "in 2024" in an article of 2025 stays last year. A
// number that is money, a decimal, a percentage or part of a name is
// left alone.
func parseYear(_ time.Time, text string, m []int) (expr, time.Time, bool) {
	before, after := text[:m[0]], text[m[1]:]
	for _, p := range []string{"$", "€", "£", "¥", ".", ","} {
		if strings.HasSuffix(before, p) {
			return nil, time.Time{}, false
		}
	}
	for _, p := range yearNames {
		if strings.HasSuffix(before, p) {
			return nil, time.Time{}, false
		}
	}
	if strings.HasPrefix(after, "%") || len(after) >= 2 && (after[0] == '.' || after[0] == ',') && after[1] >= '0' && after[1] <= '9' {
		return nil, time.Time{}, false
	}
	y := atoi(sub(text, m, 1))
	return func(_, years int) string { return strconv.Itoa(y + years) }, time.Time{}, true
}
