package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// dateMention is a date expression found in the text.
type dateMention struct {
	bstart, bend int    // byte offsets in the text
	iso          string // resolved day (YYYY-MM-DD), or "" when only a year is known
	year         int    // the year, 0 when unknown
	text         string // the words
	weekday      bool   // a weekday, resolved as past; see futureWeekdays
	monthOnly    bool   // a month without a year, resolved as past; see futureWeekdays
	noYear       bool   // a day and month whose year is the article's, not stated (see yearlessTense)
	relative     bool   // resolved against the article's date (a weekday, yesterday, today)
	// first is the first day of the month or year a date names when it
	// names no day ("May 2024" → 2024-05-01, "in 2014" → 2014-01-01);
	// prec says which: "day" (iso is set), "month" or "year".
	first, prec string
}

// day returns the date an event takes from the mention: the day, or the
// first day of the month or year it names; "" when it names none.
func (d dateMention) day() string {
	if d.iso != "" {
		return d.iso
	}
	return d.first
}

const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

var (
	reMonthDay = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+|\s+of\s+)(\d{4})\b)?`)
	reDayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `(?:,?\s+(\d{4})\b)?`)
	// a range of days: the first day before a day-month date ("9-11
	// January", "9 to 11 January"), the last day and year after a
	// month-day date ("Sept. 4 to 6, 2022")
	reRangeStart   = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|−|to|until|and)\s*$`)
	reRangeEndYear = regexp.MustCompile(`^\s*(?:-|–|−|to|until|and)\s*\d{1,2}(?:st|nd|rd|th)?(?:,\s*|\s+)((?:19|20)\d{2})\b`)
	reMonthYear    = regexp.MustCompile(`\b` + monthRE + `,?\s+((?:19|20)\d{2})\b`)
	reISO          = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reDotted       = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b`)
	reYMD          = regexp.MustCompile(`\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b`)     // "2021/3/26", "2021.01.08"
	reYearMonth    = regexp.MustCompile(`\b((?:19|20)\d{2})\s+` + monthRE + `\s+(\d{1,2})\b`) // "2022 Nov. 17"
	reMDSlashY     = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})/((?:19|20)\d{2})\b`)   // "September 8/2021"
	reWeekday      = regexp.MustCompile(`\b(?:(?:on|last|this|early|late)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	reRelDay       = regexp.MustCompile(`\b(?i:(yesterday|today|tomorrow|this week|last week|this morning|this afternoon|this evening|tonight|last evening|last night))\b`)
	// a month named without a day or year ("in April", "mid-March"), or
	// the month before the article's ("last month"); see monthOnly
	// "last August", "this February", "next March": a month named from the
	// article's
	reRelMonth = regexp.MustCompile(`\b(?i:(last|this|next))\s+` + monthRE + `\b`)
	// reMonthRelYear is a month of the year named from the article's: "in
	// September last year", "March of next year", "in May this year"
	reMonthRelYear = regexp.MustCompile(`\b` + monthRE + `\s+(?:of\s+)?(?i:(last|this|next))\s+year\b`)
	reMonthOnly    = regexp.MustCompile(`\b(?:(?:[Ii]n|[Ee]arly|[Ll]ate)\s+|[Mm]id-)` + monthRE + `\b|\b(?i:(last|previous) month)\b`)
	// reOldYear is a year before 1900 after "in" or "since", followed by
	// punctuation or a joining word ("in 1888 by concluding the Treaty"),
	// not by a noun ("in 1800 villages")
	reOldYear = regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince)\s+(1[5-8]\d{2})(?:\s*[,.;)]|\s+(?:by|when|and|as|after|before|with|under|to|the|that|which|at|on|between|from|until)\b)`)
	reYear    = regexp.MustCompile(`\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]f|[Bb]y|[Ss]ince|[Tt]hrough|[Tt]he year)\s+((?:19|20)\d{2})\b|\b(?i:(last|this|next|past) year)\b`)
)

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthOf(s string) time.Month { return months[strings.ToLower(s[:3])] }

// dateWord reports whether the folded word w names a weekday or a month
// in full ("wednesday", "october"): in wire style it follows a place
// directly ("arrived in Astana Wednesday", "met in Hanoi October 14")
// without making a longer name of it.
func dateWord(w string) bool {
	if weekdayNames[w] {
		return true
	}
	m, ok := months[w[:min(3, len(w))]]
	return ok && strings.EqualFold(m.String(), w)
}

// parseISO parses YYYY-MM-DD, reporting success; a year outside
// plausibleYear is no date.
func parseISO(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil && plausibleYear(t.Year())
}

// plausibleYear reports whether y can be the year of a date in the news:
// 1000 to 9998. Dates resolved from the article's date (a weekday, "last
// year", "tomorrow") then stay four-digit years, as the contract's
// YYYY-MM-DD requires.
func plausibleYear(y int) bool { return y >= 1000 && y <= 9998 }

// usableRef reports whether relative dates can be resolved against ref:
// a year away from it ("last year", a weekday in early January) is still
// plausible.
func usableRef(ref time.Time) bool {
	return !ref.IsZero() && plausibleYear(ref.Year()-1) && plausibleYear(ref.Year()+1)
}

// findDates returns the date expressions of text in order, resolving
// relative ones against the article date ref (zero when unknown).
func findDates(text string, ref time.Time) []dateMention {
	return findDatesTok(text, tokenize(text), ref)
}

// dateWindows are byte ranges of text, aligned on tokens, where one kind
// of date expression may occur; scanning only them keeps findDates fast.
type dateWindows struct {
	monthDay, iso, dotted, weekday, relDay, year, oldYear [][2]int
}

// window returns the byte range from token i-before to token i+after.
func window(text string, toks []token, i, before, after int) [2]int {
	s := i - before
	if s < 0 {
		s = 0
	}
	e := i + after + 1
	end := len(text)
	if e < len(toks) {
		end = toks[e].bstart
	}
	return [2]int{toks[s].bstart, end}
}

// inCapitalisedName reports whether the capitalised word at token i
// continues a capitalised name ("Energy Today and Tomorrow", the title of
// a forum): no relative date then.
func inCapitalisedName(toks []token, i int) bool {
	if !toks[i].upper || i == 0 {
		return false
	}
	p := toks[i-1]
	if (p.norm == "and" || p.norm == "of") && i >= 2 {
		p = toks[i-2]
	}
	return p.kind == tokWord && p.upper
}

// anchors finds the windows of text worth matching against each date regexp.
func anchors(text string, toks []token) dateWindows {
	var w dateWindows
	for i, t := range toks {
		switch t.kind {
		case tokWord:
			if len(t.norm) >= 3 && t.upper {
				if _, ok := months[t.norm[:3]]; ok {
					w.monthDay = append(w.monthDay, window(text, toks, i, 4, 5))
					continue
				}
			}
			switch t.norm {
			case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
				w.weekday = append(w.weekday, window(text, toks, i, 1, 0))
			case "yesterday", "today", "tomorrow", "week", "morning", "afternoon", "evening", "tonight", "night":
				if !inCapitalisedName(toks, i) {
					w.relDay = append(w.relDay, window(text, toks, i, 1, 0))
				}
			case "month":
				w.monthDay = append(w.monthDay, window(text, toks, i, 1, 0))
			case "year":
				w.year = append(w.year, window(text, toks, i, 2, 1))
			}
		case tokNumber:
			if len(t.text) == 4 {
				w.year = append(w.year, window(text, toks, i, 2, 0))
				if t.text < "1900" {
					w.oldYear = append(w.oldYear, window(text, toks, i, 2, 1))
				}
				if i+1 < len(toks) && toks[i+1].text == "-" {
					w.iso = append(w.iso, window(text, toks, i, 0, 4))
				}
			}
			if i+1 < len(toks) && toks[i+1].text == "/" && (len(t.text) <= 2 || len(t.text) == 4) || strings.Count(t.text, ".") == 2 {
				w.dotted = append(w.dotted, window(text, toks, i, 0, 4))
			}
		}
	}
	return w
}

// findAll runs re on each window and returns submatch indexes into text.
func findAll(re *regexp.Regexp, text string, wins [][2]int) [][]int {
	var out [][]int
	for _, w := range wins {
		for _, m := range re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// findDatesTok is findDates over already tokenized text.
func findDatesTok(text string, toks []token, ref time.Time) []dateMention {
	if !usableRef(ref) {
		ref = time.Time{}
	}
	w := anchors(text, toks)
	var out []dateMention
	// covered marks the bytes of the dates found so far (one bit a byte)
	covered := make([]uint64, len(text)/64+1)
	taken := func(s, e int) bool {
		for b := s; b < e; b++ {
			if covered[b>>6]&(1<<(b&63)) != 0 {
				return true
			}
		}
		return false
	}
	add := func(d dateMention) {
		for b := d.bstart; b < d.bend; b++ {
			covered[b>>6] |= 1 << (b & 63)
		}
		out = append(out, d)
	}
	addDay := func(s, e int, y int, m time.Month, d int) {
		if taken(s, e) || m == 0 || d < 1 || d > 31 || y != 0 && !plausibleYear(y) {
			return
		}
		noYear := y == 0
		if y == 0 {
			if ref.IsZero() {
				add(dateMention{bstart: s, bend: e, text: text[s:e]})
				return
			}
			y = ref.Year()
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return
		}
		add(dateMention{bstart: s, bend: e, iso: t.Format("2006-01-02"), year: y, text: text[s:e], prec: "day", noYear: noYear})
	}
	for _, m := range findAll(reISO, text, w.iso) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		if mo >= 1 && mo <= 12 {
			addDay(m[0], m[1], y, time.Month(mo), d)
		}
	}
	for _, m := range findAll(reYMD, text, w.dotted) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		if mo >= 1 && mo <= 12 {
			addDay(m[0], m[1], y, time.Month(mo), d)
		}
	}
	for _, m := range findAll(reYearMonth, text, w.monthDay) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		addDay(m[0], m[1], y, monthOf(text[m[4]:m[5]]), d)
	}
	for _, m := range findAll(reMDSlashY, text, w.monthDay) {
		d, _ := strconv.Atoi(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		addDay(m[0], m[1], y, monthOf(text[m[2]:m[3]]), d)
	}
	for _, m := range findAll(reMonthDay, text, w.monthDay) {
		d, _ := strconv.Atoi(text[m[4]:m[5]])
		y, e := 0, m[1]
		if m[6] >= 0 {
			y, _ = strconv.Atoi(text[m[6]:m[7]])
		} else if r := reRangeEndYear.FindStringSubmatchIndex(text[m[1]:]); r != nil {
			// "from Sept. 4 to 6, 2022": the first day, the range's year
			y, _ = strconv.Atoi(text[m[1]+r[2] : m[1]+r[3]])
			e = m[1] + r[1]
		} else if r := reRangeEnd.FindStringIndex(text[m[1]:]); r != nil {
			e = m[1] + r[1] // "From January 20 to 22": the first day, the range in its words
		}
		addDay(m[0], e, y, monthOf(text[m[2]:m[3]]), d)
	}
	for _, m := range findAll(reDayMonth, text, w.monthDay) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		y, b := 0, m[0]
		if m[6] >= 0 {
			y, _ = strconv.Atoi(text[m[6]:m[7]])
		}
		if r := reRangeStart.FindStringSubmatchIndex(text[max(0, m[0]-16):m[0]]); r != nil {
			// "set for 9-11 January 2024", "from 9 to 11 January": a stay
			// of several days is dated by its first
			off := max(0, m[0]-16)
			d, _ = strconv.Atoi(text[off+r[2] : off+r[3]])
			b = off + r[2]
		}
		addDay(b, m[1], y, monthOf(text[m[4]:m[5]]), d)
	}
	for _, m := range findAll(reDotted, text, w.dotted) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		if mo > 12 && d >= 1 && d <= 12 && strings.Contains(text[m[0]:m[1]], "/") {
			d, mo = mo, d // "09/26/2022": only the American order can be
		}
		if mo >= 1 && mo <= 12 {
			addDay(m[0], m[1], y, time.Month(mo), d)
		}
	}
	for _, m := range findAll(reMonthYear, text, w.monthDay) {
		if taken(m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(text[m[4]:m[5]])
		mo := monthOf(text[m[2]:m[3]])
		add(dateMention{bstart: m[0], bend: m[1], year: y, text: text[m[0]:m[1]], first: fmt.Sprintf("%04d-%02d-01", y, int(mo)), prec: "month"})
	}
	if !ref.IsZero() {
		for _, m := range findAll(reWeekday, text, w.weekday) {
			if taken(m[0], m[1]) {
				continue
			}
			wd := weekday(text[m[2]:m[3]])
			if t, end, ok := weekdayOfDay(text, m[1], wd, ref); ok {
				// "on Sunday (04)": the day of the month says which Sunday
				add(dateMention{bstart: m[0], bend: end, iso: t.Format("2006-01-02"), year: t.Year(), text: text[m[0]:end], prec: "day"})
				continue
			}
			back := (int(ref.Weekday()) - int(wd) + 7) % 7
			t := ref.AddDate(0, 0, -back)
			add(dateMention{bstart: m[0], bend: m[1], iso: t.Format("2006-01-02"), year: t.Year(), text: text[m[0]:m[1]], weekday: true, relative: true, prec: "day"})
		}
		for _, m := range findAll(reRelDay, text, w.relDay) {
			if taken(m[0], m[1]) {
				continue
			}
			var t time.Time
			switch strings.ToLower(text[m[2]:m[3]]) {
			case "yesterday", "last evening", "last night":
				t = ref.AddDate(0, 0, -1)
			case "today", "this morning", "this afternoon", "this evening", "tonight":
				t = ref
			case "tomorrow":
				t = ref.AddDate(0, 0, 1)
			default:
				continue
			}
			add(dateMention{bstart: m[0], bend: m[1], iso: t.Format("2006-01-02"), year: t.Year(), text: text[m[0]:m[1]], relative: true, prec: "day"})
		}
		for _, m := range findAll(reMonthRelYear, text, w.monthDay) {
			if taken(m[0], m[1]) {
				continue
			}
			y := ref.Year()
			switch strings.ToLower(text[m[4]:m[5]]) {
			case "last":
				y--
			case "next":
				y++
			}
			t := time.Date(y, monthOf(text[m[2]:m[3]]), 1, 0, 0, 0, 0, time.UTC)
			// (not relative: it names its year as "September 2017" does)
			add(dateMention{bstart: m[0], bend: m[1], year: y, text: text[m[0]:m[1]], first: t.Format("2006-01-02"), prec: "month"})
		}
		for _, m := range findAll(reRelMonth, text, w.monthDay) {
			if taken(m[0], m[1]) || monthRunsOn(text[m[1]:]) {
				continue
			}
			mon := monthOf(text[m[4]:m[5]])
			y := ref.Year()
			if strings.EqualFold(text[m[2]:m[3]], "this") && mon == ref.Month() {
				continue // "this September" in a September report says no more than the report's date
			}
			switch strings.ToLower(text[m[2]:m[3]]) {
			case "last": // the latest such month before the article's
				if mon >= ref.Month() {
					y--
				}
			case "next": // the first such month after the article's
				if mon <= ref.Month() {
					y++
				}
			}
			t := time.Date(y, mon, 1, 0, 0, 0, 0, time.UTC)
			add(dateMention{bstart: m[0], bend: m[1], year: y, text: text[m[0]:m[1]], first: t.Format("2006-01-02"), prec: "month", relative: true})
		}
		for _, m := range findAll(reMonthOnly, text, w.monthDay) {
			if taken(m[0], m[1]) || m[2] >= 0 && monthRunsOn(text[m[1]:]) {
				continue
			}
			t := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
			if m[2] >= 0 {
				// the latest such month on or before the article's; see
				// futureWeekdays for the future tense
				for t.Month() != monthOf(text[m[2]:m[3]]) {
					t = t.AddDate(0, -1, 0)
				}
			} else {
				t = t.AddDate(0, -1, 0)
			}
			bs := m[0]
			if m[2] >= 0 {
				bs = m[2] // the month itself; "in" says it is a time (whenPhrase)
			}
			add(dateMention{bstart: bs, bend: m[1], year: t.Year(), text: text[bs:m[1]], first: t.Format("2006-01-02"), prec: "month", monthOnly: m[2] >= 0, relative: true})
		}
	}
	for _, m := range findAll(reOldYear, text, w.oldYear) {
		if taken(m[0], m[3]) {
			continue
		}
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		add(dateMention{bstart: m[0], bend: m[3], year: y, text: text[m[0]:m[3]], first: fmt.Sprintf("%04d-01-01", y), prec: "year"})
	}
	for _, m := range findAll(reYear, text, w.year) {
		if taken(m[0], m[1]) {
			continue
		}
		y := 0
		if m[2] >= 0 {
			y, _ = strconv.Atoi(text[m[2]:m[3]])
		} else if !ref.IsZero() {
			switch strings.ToLower(text[m[4]:m[5]]) {
			case "last", "past": // "over the past year": the year before
				y = ref.Year() - 1
			case "this":
				y = ref.Year()
			case "next":
				y = ref.Year() + 1
			}
		}
		if y != 0 {
			add(dateMention{bstart: m[0], bend: m[1], year: y, text: text[m[0]:m[1]], first: fmt.Sprintf("%04d-01-01", y), prec: "year"})
		}
	}
	sortDates(out)
	return explicitWins(text, out)
}

// reBetweenDates is what may stand between a relative and an explicit
// date of one phrase: "Today, on 25 October", "on Monday, 3 March"; not a
// line break ("Thursday, October 18, 2018" over "Today the talks ...").
var reBetweenDates = regexp.MustCompile(`^[ \t,]*(?:on[ \t]+|the[ \t]+)*$`)

// explicitWins drops a relative date (a weekday, today, yesterday) that
// stands in one phrase with an explicit date ("Today, on 25 October"): the
// explicit date says the day. ds is sorted by start.
func explicitWins(text string, ds []dateMention) []dateMention {
	drop := func(k int) bool {
		if !ds[k].relative {
			return false
		}
		for _, n := range []int{k - 1, k + 1} {
			if n < 0 || n >= len(ds) || ds[n].relative || ds[n].iso == "" {
				continue
			}
			gap := ""
			if n > k {
				gap = text[ds[k].bend:ds[n].bstart]
			} else {
				gap = text[ds[n].bend:ds[k].bstart]
			}
			if ds[n].bstart >= ds[k].bend && n > k || ds[n].bend <= ds[k].bstart && n < k {
				if reBetweenDates.MatchString(gap) {
					return true
				}
			}
		}
		return false
	}
	out := ds[:0:0]
	for k := range ds {
		if !drop(k) {
			out = append(out, ds[k])
		}
	}
	return out
}

// monthRunsOn reports whether the text after a month named alone goes on
// with a range or a day ("in January-July", "in March 2", "in May/June",
// "in May and June"):
// a period or another form of date, not a month of its own.
func monthRunsOn(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	switch r := rest[0]; {
	case r == '-' || r == '/' || r >= '0' && r <= '9':
		return true
	}
	return strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "−") || reMonthRange.MatchString(rest)
}

// reMonthRange is the rest of a range of months ("to March", "and June",
// "through May 2024"); "to" before a verb ("in February to carry the
// talks forward") goes on with no range.
var reMonthRange = regexp.MustCompile(`^(?:to|and|through)\s+` + monthRE + `(?:\W|$)`)

func sortDates(d []dateMention) {
	slices.SortStableFunc(d, func(x, y dateMention) int { return x.bstart - y.bstart })
}

// reDayAfterWeekday is a day of the month in brackets after a weekday:
// "Sunday (04)".
var reDayAfterWeekday = regexp.MustCompile(`^\s?\((\d{1,2})\)`)

// weekdayOfDay reads a day of the month in brackets right after a
// weekday ending at byte end ("on Sunday (04)"): the day within a week of
// ref that is that weekday and that day, and the end of the brackets.
func weekdayOfDay(text string, end int, wd time.Weekday, ref time.Time) (time.Time, int, bool) {
	m := reDayAfterWeekday.FindStringSubmatchIndex(text[end:])
	if m == nil {
		return time.Time{}, 0, false
	}
	day, _ := strconv.Atoi(text[end+m[2] : end+m[3]])
	for k := -7; k <= 7; k++ {
		if t := ref.AddDate(0, 0, k); t.Weekday() == wd && t.Day() == day {
			return t, end + m[1], true
		}
	}
	return time.Time{}, 0, false
}

func weekday(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return d
		}
	}
	return time.Sunday
}

// normaliseDate turns a metadata date into YYYY-MM-DD, or "".
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if _, ok := parseISO(s[:10]); ok {
			return s[:10]
		}
	}
	if ds := findDates(s, time.Time{}); len(ds) > 0 && ds[0].iso != "" {
		return ds[0].iso
	}
	return ""
}

// reRangeEnd is the end of a range of days with no year after a
// month-day date ("January 20 to 22"): the date keeps its first day and
// holds the range in its words (see rangeDays).
var reRangeEnd = regexp.MustCompile(`^\s*(?:-|–|−|to|until)\s*\d{1,2}(?:st|nd|rd|th)?\b`)

// futureMarkers put a weekday in the future tense ("will conclude on Tuesday").
// (data/words-tokens.tsv)
var futureMarkers = wordSet("futureMarkers")

// tenseAdverbs may stand between "is" and the word that makes it a plan
// ("X is also due to"). (data/words-tokens.tsv)
var tenseAdverbs = wordSet("tenseAdverbs")

// pastVerbs are irregular past-tense verbs that put the clause after them
// in the past: "the two governments said in a statement issued on Monday".
// (data/words-tokens.tsv)
var pastVerbs = wordSet("pastVerbs")

// pastVerbAt reports whether token i is a past-tense verb, irregular
// ("began") or in "-ed", not governed by "be", "will" or "to" ("will be
// considered", "talks will be held" stay future).
func (a *tokenStage) pastVerbAt(i int) bool {
	t := a.toks[i]
	if t.kind != tokWord || t.upper {
		return false
	}
	if !pastVerbs[t.norm] && (!strings.HasSuffix(t.norm, "ed") || len(t.norm) < 5) {
		return false
	}
	if i > 0 {
		switch a.tok(i - 1).norm {
		case "be", "been", "being", "is", "are", "will", "to":
			return false
		}
	}
	return true
}

// isTo reports whether token i is "to" in "is to" or "are to" before a
// verb: a plan ("X is to visit Amman on Monday").
func (a *tokenStage) isTo(i int) bool {
	if a.toks[i].norm != "to" || i == 0 {
		return false
	}
	p := a.toks[i-1].norm
	return p == "is" || p == "are"
}

// setTo reports whether token i is "set" in "set to" or "set for": a
// plan ("is set to visit", "set for next week"), not "the goals they set"
// or "set off on Tuesday".
func (a *tokenStage) setTo(i int) bool {
	n := a.tok(i + 1).norm
	return a.toks[i].norm == "set" && (n == "to" || n == "for")
}

// irregularParticiples, pastBeing and spanWords: see data/words-tokens.tsv.
var (
	irregularParticiples = wordSet("irregularParticiples")
	pastBeing            = wordSet("pastBeing")
	spanWords            = wordSet("spanWords")
)

// progressiveAt reports whether the weekday at token ti follows, within
// four tokens, an occasion told going on: "being" and a participle
// ("the summit being held from Thursday to Friday", "talks are being
// held on Monday"), not "was being held" nor "after being elected".
func (a *tokenStage) progressiveAt(ti int) bool {
	s := a.sentenceOf(ti)
	for k := ti - 1; k >= ti-4 && k > a.sents[s].first; k-- {
		if a.toks[k].norm != "being" || pastBeing[a.toks[k-1].norm] {
			continue
		}
		n := a.tok(k + 1)
		if n.kind == tokWord && !n.upper && (irregularParticiples[n.norm] || len(n.norm) >= 5 && strings.HasSuffix(n.norm, "ed")) {
			return true
		}
	}
	return false
}

// dayAfterWords and sameDayWords: see data/words-tokens.tsv.
var (
	dayAfterWords = wordSet("dayAfterWords")
	sameDayWords  = wordSet("sameDayWords")
)

// dayCounts are the numbers of days in "one day after", "two days later"
// (up to a week).
var dayCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}

// daysLater returns the number of days that "<count> day(s) later" at
// token i, the count, tells: "a day later" 1, "two days later" 2, "3 days
// later" 3 (up to a week); 0 for other words.
func (a *tokenStage) daysLater(i int) int {
	if i+2 >= len(a.toks) || a.toks[i+2].norm != "later" {
		return 0
	}
	n := dayCounts[a.toks[i].norm]
	if w := a.toks[i+1].norm; n == 0 || w != "days" && w != "day" || (n == 1) != (w == "day") {
		return 0
	}
	return n
}

// glossedDates gives a relative date followed by an explicit one in
// brackets ("This afternoon (Tuesday 17th May, 2022)", "today (17 May)")
// the explicit day, and so every date inside the brackets: a release
// dated the next morning must not move the occasion to its own day.
func (a *tokenStage) glossedDates() {
	for k := range a.dates {
		d := &a.dates[k]
		if !d.relative {
			continue
		}
		rest := a.text[d.bend:]
		trimmed := strings.TrimLeft(rest, " ")
		if !strings.HasPrefix(trimmed, "(") {
			continue
		}
		open := d.bend + len(rest) - len(trimmed)
		end := strings.IndexByte(a.text[open:min(len(a.text), open+48)], ')')
		if end < 0 {
			continue
		}
		end += open
		day := ""
		for _, e := range a.dates[k+1:] {
			if e.bstart > end {
				break
			}
			if !e.relative && e.prec == "day" && e.iso != "" {
				day = e.iso
			}
		}
		if day == "" {
			continue
		}
		for j := k; j < len(a.dates) && a.dates[j].bstart <= end; j++ {
			if a.dates[j].relative {
				a.dates[j].iso, a.dates[j].relative = day, false
			}
		}
	}
}

// nextDays adds "the next day" and "the following day" as dates, the day
// after the last day-level date told before it in its sentence or the two
// before ("Rouhani is to receive the PM on Wednesday and Khamenei the next
// day"), and "two days later" the second day after it; "earlier in the
// day" or "later in the day" as that day itself ("went further on
// Wednesday ... having held discussions earlier in the day"), and so are
// "the same day", "that same day" and "later that day" ("landed on
// Wednesday ... Later the same day he held a meeting with Y"). With no
// such date, or with a date more than a year before the article's told in
// another sentence, it is no date: nothing says which day; but
// "earlier in the day" with no day told before it in the text is the
// day of the report.
func (a *tokenStage) nextDays() {
	for i := 1; i+1 < len(a.toks); i++ {
		after := 0
		var bs, be int
		switch {
		case a.toks[i-1].norm == "the" && dayAfterWords[a.toks[i].norm] && a.toks[i+1].norm == "day":
			after, bs, be = 1, a.toks[i-1].bstart, a.toks[i+1].bstart+len(a.toks[i+1].text)
		case a.daysLater(i-1) > 0:
			after, bs, be = a.daysLater(i-1), a.toks[i-1].bstart, a.toks[i+1].bstart+len(a.toks[i+1].text)
		case sameDayWords[a.toks[i-1].norm] && a.toks[i].norm == "in" && a.toks[i+1].norm == "the" && a.tok(i+2).norm == "day":
			bs, be = a.toks[i-1].bstart, a.toks[i+2].bstart+len(a.toks[i+2].text)
		case (a.toks[i-1].norm == "the" || a.toks[i-1].norm == "that") && a.toks[i].norm == "same" && a.toks[i+1].norm == "day",
			sameDayWords[a.toks[i-1].norm] && a.toks[i].norm == "that" && a.toks[i+1].norm == "day": // "Later that day"
			bs, be = a.toks[i-1].bstart, a.toks[i+1].bstart+len(a.toks[i+1].text)
		default:
			continue
		}
		s := a.sentenceOf(i)
		var prev *dateMention
		for k := range a.dates {
			d := &a.dates[k]
			if d.bend > bs {
				break
			}
			if ds := a.sentenceOf(a.tokenAtByte(d.bstart)); d.iso != "" && d.prec == "day" && ds >= s-2 {
				prev = d
			}
		}
		inTheDay := after == 0 && a.toks[i].norm == "in" // "earlier in the day", "later in the day"
		if prev == nil && inTheDay && !a.ref.IsZero() && !a.dayToldBefore(bs) {
			// no day told before it: the day of the report ("Talks have
			// begun ... Earlier in the day, the ministers signed")
			prev = &dateMention{iso: a.ref.Format("2006-01-02"), prec: "day"}
		}
		if prev == nil {
			continue
		}
		t, ok := parseISO(prev.iso)
		if !ok {
			continue
		}
		if !a.ref.IsZero() && a.ref.Sub(t) > 366*24*time.Hour && a.sentenceOf(a.tokenAtByte(prev.bstart)) != s {
			// a date of history told in a sentence before ("mark 100
			// years since the Convention was signed on March 3, 1921 ...
			// the B9 Summit, due on the same day"): not the day meant
			continue
		}
		t = t.AddDate(0, 0, after)
		// added at once, so that a day told after it counts from it ("two
		// days later ... The next day")
		a.dates = append(a.dates, dateMention{bstart: bs, bend: be, iso: t.Format("2006-01-02"), year: t.Year(), text: a.text[bs:be], relative: true, prec: "day"})
		sortDates(a.dates)
	}
}

// dayToldBefore reports whether a date of a day stands anywhere before
// byte b: then "earlier in the day" may be that day's, and is left to the
// sentences near it.
func (a *tokenStage) dayToldBefore(b int) bool {
	for _, d := range a.dates {
		if d.bend <= b && d.iso != "" && d.prec == "day" {
			return true
		}
	}
	return false
}

// alignSpans makes the two weekdays of a span ("from Thursday to Friday",
// "on Thursday and Friday") days of one week, the second on or after the
// first: each was read on its own, and a tense read differently on either
// side may put them in two weeks. The words before the first day govern
// the span ("being held from Thursday to Friday"), so the first is kept.
func (a *tokenStage) alignSpans() {
	for k := 0; k+1 < len(a.dates); k++ {
		d, e := &a.dates[k], &a.dates[k+1]
		if !d.weekday || !e.weekday || d.bend > e.bstart {
			continue
		}
		// (only the two days side by side: "on Monday and on Friday" may
		// list two occasions in any order)
		if gap := strings.ToLower(strings.TrimSpace(a.text[d.bend:e.bstart])); !spanWords[gap] || strings.Contains(e.text, " ") {
			continue
		}
		t1, ok1 := parseISO(d.iso)
		t2, ok2 := parseISO(e.iso)
		if !ok1 || !ok2 {
			continue
		}
		delta := (int(t2.Weekday()) - int(t1.Weekday()) + 7) % 7
		if t2.Sub(t1) == time.Duration(delta)*24*time.Hour {
			continue
		}
		t2 = t1.AddDate(0, 0, delta)
		e.iso, e.year = t2.Format("2006-01-02"), t2.Year()
	}
}

// monthsOfYear gives a month named alone the year a past year named
// earlier in its sentence gives ("two trips to India in 2023: a state
// visit in February and, in September, ..."): February 2023, not the
// last February.
func (a *tokenStage) monthsOfYear() {
	for k := range a.dates {
		d := &a.dates[k]
		if !d.monthOnly || a.ref.IsZero() {
			continue
		}
		s := a.sentenceOf(a.tokenAtByte(d.bstart))
		for _, y := range a.dates[:k] {
			if y.prec != "year" || y.relative || y.year == 0 || y.year >= a.ref.Year() || a.sentenceOf(a.tokenAtByte(y.bstart)) != s {
				continue
			}
			if t, ok := parseISO(d.first); ok {
				d.first = time.Date(y.year, t.Month(), 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
				d.year, d.monthOnly = y.year, false
			}
		}
	}
}

// futureWeekdays moves a weekday in a future-tense sentence to the next
// such day after the article date, and a month named alone ("will visit
// in April") to the next such month on or after the article's.
func (a *tokenStage) futureWeekdays() {
	for k := range a.dates {
		d := &a.dates[k]
		if !d.weekday && !d.monthOnly {
			continue
		}
		ti := a.tokenAtByte(d.bstart)
		s := a.sentenceOf(ti)
		future, tensed := false, false
		for i := a.sents[s].first; i < ti; i++ {
			switch {
			case futureMarkers[a.toks[i].norm], a.toks[i].norm == "would", a.setTo(i), a.isTo(i):
				future, tensed = true, true // "said he would travel in April": the next April; "would take it up in a meeting on Thursday": the next Thursday
			case a.pastVerbAt(i), a.toks[i].norm == "having" && a.tok(i+1).norm == "been":
				future, tensed = false, true // "..., will be ..., the two sides said in a statement issued on Wednesday"; "the last having been in December"
			}
		}
		for i := ti + 1; !tensed && i < a.sents[s].last; i++ {
			// "On Monday, X is due to take part": the verb after the date
			switch {
			case futureMarkers[a.toks[i].norm], a.setTo(i), a.isTo(i):
				future, tensed = true, true
			case a.toks[i].norm == "is" || a.toks[i].norm == "are":
				// "X is due to", "X is set to", "X is to": a plan
				k := i + 1
				for tenseAdverbs[a.tok(k).norm] {
					k++ // "X is also due to"
				}
				n := a.tok(k).norm
				future, tensed = futureMarkers[n] || n == "to" || a.setTo(k), true
			case a.pastVerbAt(i):
				tensed = true
			}
		}
		if d.weekday && a.progressiveAt(ti) {
			// "the summit being held from Thursday to Friday": going on,
			// this week's; the nearest such day
			if t, ok := parseISO(d.iso); ok && a.ref.Sub(t) > 3*24*time.Hour {
				t = t.AddDate(0, 0, 7)
				d.iso, d.year = t.Format("2006-01-02"), t.Year()
			}
			continue
		}
		if !future && d.weekday && ti >= 2 && a.toks[ti-1].norm == "of" && a.toks[ti-2].norm == "ahead" {
			// "ahead of Thursday's summit": before a day that may be to come;
			// the nearer of the two Thursdays
			if t, ok := parseISO(d.iso); ok && a.ref.Sub(t) > 3*24*time.Hour {
				t = t.AddDate(0, 0, 7)
				d.iso, d.year = t.Format("2006-01-02"), t.Year()
			}
			continue
		}
		if !future {
			continue
		}
		if d.monthOnly {
			// "will travel to China in April": the next April
			t, ok := parseISO(d.first)
			if !ok {
				continue
			}
			if t.Month() != a.ref.Month() || t.Year() != a.ref.Year() {
				t = t.AddDate(1, 0, 0)
			}
			d.first, d.year = t.Format("2006-01-02"), t.Year()
			continue
		}
		t, ok := parseISO(d.iso)
		if !ok {
			continue
		}
		for t.Before(a.ref) {
			t = t.AddDate(0, 0, 7)
		}
		d.iso, d.year = t.Format("2006-01-02"), t.Year()
	}
}

// reSameYear follows a date whose year is the one just told: "on
// September 18 of the same year", "on May 3 that same year".
var reSameYear = regexp.MustCompile(`^,?\s*(?:of\s+the\s+same\s+year|that\s+same\s+year|of\s+that\s+year|the\s+same\s+year)\b`)

// reNamedYear follows a day whose year a phrase names: "on July 28 last
// year", "on March 5-6 this year", "on 3 May next year".
var reNamedYear = regexp.MustCompile(`^,?\s*(last|this|next)\s+year\b`)

// namedYears gives a day or a month told without its year and followed
// by "last year", "this year" or "next year" that year ("at a meeting on
// July 28 last year", in January 2022: 2021-07-28; "in April this year"),
// the phrase becoming part of the date's words rather than a year of its
// own.
func (a *tokenStage) namedYears() {
	if a.ref.IsZero() {
		return
	}
	kept := a.dates[:0]
	absorbed := -1 // the end of the last phrase taken into a day
	for k := range a.dates {
		d := &a.dates[k]
		if d.bstart < absorbed {
			continue // the "last year" now part of the day before
		}
		m := reNamedYear.FindStringSubmatchIndex(a.text[d.bend:])
		y := a.ref.Year()
		if m != nil {
			switch a.text[d.bend+m[2] : d.bend+m[3]] {
			case "last":
				y--
			case "next":
				y++
			}
		}
		if m != nil && d.monthOnly && !reWrittenYear.MatchString(d.text) {
			// "a visit by President X in April this year": that April,
			// whatever the tense of the clause (not the last April
			// before a past-tense "looked forward to")
			if t, ok := parseISO(d.first); ok {
				d.first = time.Date(y, t.Month(), 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
				d.year, d.monthOnly, d.relative = y, false, false
				d.bend += m[1]
				d.text = a.text[d.bstart:d.bend]
				absorbed = d.bend
			}
			kept = append(kept, *d)
			continue
		}
		if d.prec != "day" || d.iso == "" || d.relative || reWrittenYear.MatchString(d.text) || m == nil {
			kept = append(kept, *d)
			continue
		}
		t, ok := parseISO(d.iso)
		if moved := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC); ok && moved.Month() == t.Month() {
			d.iso, d.year = moved.Format(time.DateOnly), y
			d.bend += m[1]
			d.text = a.text[d.bstart:d.bend]
			absorbed = d.bend
		}
		kept = append(kept, *d)
	}
	a.dates = kept
}

// reWrittenYear is a year written in figures.
var reWrittenYear = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)

// sameYears gives a day or month told "of the same year" the year of the
// last date before it that writes its year ("On May 3 and 4, 2021 he came
// to X. And on September 18 of the same year he was back": 2021-09-18),
// not the one the article's date suggests.
func (a *tokenStage) sameYears() {
	for k := range a.dates {
		d := &a.dates[k]
		if d.prec != "day" && d.prec != "month" || !reSameYear.MatchString(a.text[d.bend:]) {
			continue
		}
		year := 0
		for p := k - 1; p >= 0; p-- {
			if q := a.dates[p]; q.year != 0 && reWrittenYear.MatchString(q.text) {
				year = q.year
				break
			}
		}
		if year == 0 || year == d.year || d.iso == "" {
			continue
		}
		t, ok := parseISO(d.iso)
		if !ok {
			continue
		}
		moved := time.Date(year, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		if moved.Month() != t.Month() {
			continue // 29 February of a year without it
		}
		d.iso, d.year = moved.Format(time.DateOnly), year
		if f, ok := parseISO(d.first); ok {
			d.first = time.Date(year, f.Month(), f.Day(), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
		d.relative, d.monthOnly, d.weekday = false, false, false
	}
}
