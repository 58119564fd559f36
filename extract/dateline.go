package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-kg/bilateral/graph"
)

// datelineInfo is what the opening dateline gives.
type datelineInfo struct {
	date          string
	end           int    // byte offset where the dateline ends
	name, country string // the place, "" when there is no dateline or it names a country
	i, j          int    // the place's tokens
}

// The forms of a dateline, tried in this order on the first line of the
// body. Each has the named groups place, extra (a region or a date),
// date, agency; a form matches only when its place is a known city or
// written in capitals, and its date, when it has one, is a date.
var datelineForms = []*regexp.Regexp{
	// "NUR-SULTAN. KAZINFORM –": the place, a period, the agency in capitals
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{Lu}'’ -]{1,40}?)\.\s+(?P<agency>\p{Lu}{3,20})\s*(?:[–—]{1,2}|-{1,2})\s`),
	// "ABU DHABI. KAZINFORM Alikhan Smailov ...": the same with no dash,
	// only with a known agency (see datelineNoDash)
	datelineNoDash,
	// "ASTANA –", "BEIJING, Aug 30 (Xinhua) -", "Geneva, 30 August 2025 —", "KINGSTON, Jamaica —"
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,40}?)(?:\s*,\s*(?P<extra>[^–—\-(\n*]{1,40}?))?\s*(?:\((?P<agency>[^)\n]{1,40})\))?[*_]*\s*(?:[–—]{1,2}|-{1,2})\s`),
	// "MOSCOW, August 30. /TASS/.", "DUSHANBE, 02.11.2017. /NIAT "Khovar"/."
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,40}?),\s*(?P<date>[^/\n]{3,30}?)\.\s*/(?P<agency>[^/\n]{1,40})/\.?\s`),
	// "Addis Ababa October 12/2022/ENA/", "Addis Ababa, January 13/2022/ENA/":
	// the place, the date with its year after a slash, the agency between
	// slashes
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,40}?),?\s+(?P<date>` + monthRE + `\s+\d{1,2}/\d{4})/(?P<agency>\p{Lu}{2,10})/\s*`),
	// "Ulaanbaatar/MONTSAME/."
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,40}?)\s*/(?P<agency>[^/\n]{1,40})/\.?\s`),
	// "CAIRO: ", "Tokyo, October 30: ", "Mexico City, 30 May 2022 (TDI): ",
	// "New Delhi [India], August 29 (ANI): " (a country in brackets)
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,40}?)(?:\s*\[\p{L}[\p{L} ]{1,30}\])?(?:\s*,\s*(?P<extra>[^:(\n]{1,40}?))?\s*(?:\((?P<agency>[^)\n]{1,40})\))?\s?:\s`),
	// "Lilongwe, June 04, Mana; ": the place, the date, the agency and a semicolon
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,40}?),\s*(?P<date>(?:` + monthRE + `\s+\d{1,2}|\d{1,2}\s+` + monthRE + `)(?:,?\s+\d{4})?),\s*(?P<agency>\p{Lu}[\p{L}]{1,15});\s`),
	// "ASTANA, Kazakhstan, April 19. ", "DHAKA, April 4 Up to …": a place and a date, no mark
	regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,40}?)(?:\s*,\s*(?P<extra>[\p{L} ]{1,30}?))?\s*,\s*(?P<date>(?:` + monthRE + `\s+\d{1,2}|\d{1,2}\s+` + monthRE + `)(?:,?\s+\d{4})?)(?:\.\s|\s+|$)`),
}

// datelineNoDash is a place, a period and an agency in capitals with no
// dash after it ("ABU DHABI. KAZINFORM Alikhan Smailov ..."): a dateline
// only when the agency is a known one (newsAgencies).
var datelineNoDash = regexp.MustCompile(`^(?P<place>[A-Z\p{Lu}][\p{Lu}'’ -]{1,40}?)\.\s+(?P<agency>\p{Lu}{3,20})\s+`)

// newsAgencies: see data/words-tokens.tsv.
var newsAgencies = wordSet("newsAgencies")

// Datelines that open with the date: "October 7, 2016 – TAP - ",
// "March 25 (BusinessDesk) - ", "September 8/2021(ENA) ", "March 28/2022/ENA/ ".
var datelineDateFirst = regexp.MustCompile(`^(?P<date>(?:` + monthRE + `\s+\d{1,2}(?:,?\s+\d{4}|/\d{4})?|\d{1,2}\s+` + monthRE + `(?:\s+\d{4})?))\s*(?:\((?P<agency>[^)\n]{1,30})\)\s*|/(?P<agency3>\p{Lu}{2,10})/\s*)?(?:[–—]|-{1,2})?\s*(?:(?P<agency2>[A-Z][A-Za-z]{1,15})\s*(?:[–—]|-{1,2})\s)?`)

// datelineDatePlace is a dateline that opens with the date, then the
// place and the agency: "July 31, Colombo (LNW): ".
var datelineDatePlace = regexp.MustCompile(`^(?P<date>(?:` + monthRE + `\s+\d{1,2}|\d{1,2}\s+` + monthRE + `)(?:,?\s+\d{4})?),\s*(?P<place>[A-Z\p{Lu}][\p{L}.'’ -]{1,30}?)\s*(?:\((?P<agency>[^)\n]{1,30})\))?\s*(?::|[–—]|-{1,2})\s`)

// reDateAfterDateline is a date right after a dateline's mark, closed by a
// colon: "CAIRO – 11 April 2018: ".
var reDateAfterDateline = regexp.MustCompile(`^([^:\n]{6,30}?):\s`)

// datelineStart returns the byte offset of the first line that is not a
// Markdown heading, after any emphasis marks.
func datelineStart(text string) int {
	i := 0
	for i < len(text) {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		line := strings.TrimSpace(text[i : i+end])
		if line != "" && !strings.HasPrefix(line, "#") {
			break
		}
		i += end + 1
	}
	for i < len(text) && (text[i] == '*' || text[i] == '_' || text[i] == ' ') {
		i++
	}
	if i > len(text) {
		return len(text)
	}
	return i
}

// readDateline reads the dateline at the start of the body into art: a
// line that is only a date ("2022 Nov. 17", "Thursday, 19 February 2015")
// gives the article's date when no header does; then the place, date and
// agency of the forms above. It returns the place (which the mention
// stage adds, unless it names a country) and the date.
func (a *tokenStage) readDateline(art *graph.Article) datelineInfo {
	base := datelineStart(a.text)
	info := a.readDatelineAt(art, base)
	if info.end == 0 {
		// a headline before the dateline: "Tajik and Turkmen presidents hold
		// talks\nDUSHANBE, 02.11.2017. /NIAT …/."
		if nl := strings.IndexByte(a.text[base:], '\n'); nl > 0 && nl < 200 && !strings.ContainsAny(strings.TrimSpace(a.text[base:base+nl]), ".!?") {
			info = a.readDatelineAt(art, base+nl+1)
		}
	}
	if info.end > 0 && info.name == "" && art.Dateline != "" {
		// "VIETNAM, December 13 -\n\nHÀ NỘI — ...": a country's dateline,
		// then the city's on the next line
		country, source := art.Dateline, art.Source
		next := a.readDatelineAt(art, info.end+1)
		if next.name != "" && a.datelineTok >= 0 {
			if next.date == "" {
				next.date = info.date
			}
			return next
		}
		art.Dateline, art.Source = country, source
	}
	return info
}

// readDatelineAt reads the date lines and dateline that start at byte base.
func (a *tokenStage) readDatelineAt(art *graph.Article, base int) datelineInfo {
	var info datelineInfo
	for base < len(a.text) && (a.text[base] == '\n' || a.text[base] == ' ') {
		base++
	}
	// date lines: the publication date, not an event's
	for n := 0; n < 2 && base < len(a.text); n++ {
		end := strings.IndexByte(a.text[base:], '\n')
		if end < 0 {
			break
		}
		d, ok := dateLine(a.text[base : base+end])
		if !ok {
			break
		}
		if info.date == "" {
			info.date = a.slashReading(a.text[base:base+end], d)
		}
		info.end = base + end

		base = info.end + 1
		for base < len(a.text) && (a.text[base] == '\n' || a.text[base] == ' ') {
			base++
		}
	}
	rest := a.text[base:]
	if m := datelineDatePlace.FindStringSubmatchIndex(rest); m != nil {
		place := subName(datelineDatePlace, rest, m, "place")
		i := a.tokenAtByte(base + m[2*datelineDatePlace.SubexpIndex("place")])
		j := a.tokenAtByte(base + m[2*datelineDatePlace.SubexpIndex("place")] + len(place))
		d := datelineDate(subName(datelineDatePlace, rest, m, "date"), art.Date, info.date)
		if name, country, isCountry := a.datelinePlace(place, i, j); name != "" && d != "" {
			art.Dateline = name
			if !isCountry {
				info.name, info.country, info.i, info.j = name, country, i, j
				a.datelineTok = i
			}
			if info.date == "" {
				info.date = d
			}
			info.end = base + m[1]
			if agency := subName(datelineDatePlace, rest, m, "agency"); agency != "" && art.Source == "" {
				art.Source = strings.TrimSpace(agency)
			}
			return info
		}
	}
	if m := datelineDateFirst.FindStringSubmatchIndex(rest); m != nil && m[1] > m[3] {
		d := datelineDate(rest[m[2]:m[3]], art.Date, info.date)
		agency := subName(datelineDateFirst, rest, m, "agency")
		if agency == "" {
			agency = subName(datelineDateFirst, rest, m, "agency2")
		}
		if agency == "" {
			agency = subName(datelineDateFirst, rest, m, "agency3") // "March 28/2022/ENA/ "
		}
		if d != "" && (agency != "" || strings.ContainsAny(rest[m[3]:m[1]], "–—-")) {
			if info.date == "" {
				info.date = d
			}
			info.end = base + m[1]
			if agency != "" && art.Source == "" {
				art.Source = agency
			}
			return info
		}
	}
	for _, re := range datelineForms {
		m := re.FindStringSubmatchIndex(rest)
		if m == nil {
			continue
		}
		if re == datelineNoDash && !newsAgencies[fold(subName(re, rest, m, "agency"))] {
			continue
		}
		place := strings.TrimSpace(subName(re, rest, m, "place"))
		date := subName(re, rest, m, "date")
		extra := subName(re, rest, m, "extra")
		if date != "" && datelineDate(date, art.Date, info.date) == "" {
			continue
		}
		if newsAgencies[fold(place)] {
			// "Xinhua, June 20, 2016 – ...": the agency, then the date;
			// no place
			for _, s := range []string{date, extra} {
				if d := datelineDate(s, art.Date, info.date); d != "" {
					if info.date == "" {
						info.date = d
					}
					info.end = max(info.end, base+m[1])
					if art.Source == "" {
						art.Source = place
					}
					return info
				}
			}
			continue
		}
		i := a.tokenAtByte(base + m[2*re.SubexpIndex("place")])
		j := a.tokenAtByte(base + m[2*re.SubexpIndex("place")] + len(place))
		if x := re.SubexpIndex("extra"); x >= 0 && m[2*x] >= 0 && j > i && venueWords[a.toks[j-1].norm] {
			// "STATE HOUSE, ENTEBBE:": a venue, then its town
			xs := strings.TrimSpace(extra)
			xi := a.tokenAtByte(base + m[2*x] + strings.Index(extra, xs))
			xj := a.tokenAtByte(base + m[2*x] + strings.Index(extra, xs) + len(xs))
			if n, _, _ := a.datelinePlace(xs, xi, xj); n != "" {
				place, i, j, extra = xs, xi, xj, ""
			}
		}
		name, country, isCountry := a.datelinePlace(place, i, j)
		if name == "" {
			continue // not a dateline: an ordinary sentence start
		}
		if re == datelineNoDash && country == "" && !isCountry {
			continue // "ASTANA-BEIJING. KAZINFORM Today ...": no known place
		}
		if country == "" && !isCountry && a.outletName(place) {
			continue // "VGP - On December 8 ...": the outlet of the header, no place
		}
		art.Dateline = name
		if !isCountry {
			info.name, info.country, info.i, info.j = name, country, i, j
			a.datelineTok = i
		}
		if re == datelineNoDash {
			// the agency runs into the first sentence with no mark
			// between: no name may begin with it ("KAZINFORM Alikhan
			// Smailov")
			k := a.tokenAtByte(base + m[2*re.SubexpIndex("agency")])
			a.toks[k].upper, a.toks[k].caps = false, false
		}
		end := base + m[1]
		for _, s := range []string{date, extra} {
			if d := datelineDate(s, art.Date, info.date); d != "" {
				if info.date == "" {
					info.date = d
				}
				break
			}
		}
		if dm := reDateAfterDateline.FindStringSubmatchIndex(a.text[end:]); dm != nil {
			if d := datelineDate(a.text[end+dm[2]:end+dm[3]], art.Date, info.date); d != "" {
				if info.date == "" {
					info.date = d
				}
				end += dm[1] // "CAIRO – 11 April 2018: "
			}
		}
		info.end = max(info.end, end)
		if agency := subName(re, rest, m, "agency"); agency != "" && art.Source == "" {
			art.Source = strings.TrimSpace(agency)
		}
		return info
	}
	return info
}

// datelinePlace returns the canonical name and country of a dateline's
// place at tokens [i, j): a gazetteer city, or a name in capitals of at
// most three words; isCountry when it names a country ("MOROCCO, March
// 17 -"), which is no Location. name is "" when it is no place.
func (a *tokenStage) datelinePlace(place string, i, j int) (name, country string, isCountry bool) {
	var gm match
	if i < len(a.toks) {
		gm, _ = a.x.gaz.lookup(a.toks, i, nil)
	}
	if gm.j == j && gm.j > 0 {
		// a capital before a homonym town, as in the text
		// ("WASHINGTON —" is the American capital, not the English town)
		for _, kind := range []entryKind{entCapital, entCity} {
			for _, e := range gm.entries {
				if e.kind == kind {
					c := a.x.gaz.cities[e.id]
					return c.name, c.country, false
				}
			}
		}
		for _, e := range gm.entries {
			if e.kind == entCountry {
				return a.x.gaz.countries[e.id].name, "", true
			}
		}
	}
	// "HÀ NỘI": the gazetteer writes the name as one word
	for _, e := range a.x.gaz.phrases[strings.ReplaceAll(fold(place), " ", "")] {
		if e.kind == entCity || e.kind == entCapital {
			c := a.x.gaz.cities[e.id]
			return c.name, c.country, false
		}
	}
	if strings.ToUpper(place) != place || len(strings.Fields(place)) > 3 {
		return "", "", false
	}
	for _, w := range strings.Fields(fold(place)) {
		if documentWords[w] || notNames[w] || releaseWords[w] {
			return "", "", false // "JOINT COMMUNIQUE —", "PRESS RELEASE –": a heading, no place
		}
	}
	return titleWords(place), "", false
}

// releaseWords head a document in capitals where a dateline may stand:
// "JOINT COMMUNIQUE —", "PRESS RELEASE –", "JOINT STATEMENT:".
var releaseWords = map[string]bool{"communique": true, "statement": true, "release": true, "readout": true, "bulletin": true}

// dateLine reports whether line holds only a date (with a weekday or a
// time of day, set off by a dash or a bar, its time zone, a label), and
// returns it: "2022 Nov. 17", "2020-09-15 15:49:25", "July 21, 2020 - 18:20",
// "2016-04-21 14:10 GMT+8",
// "Thursday, 19 February 2015", "2021/3/26".
func dateLine(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if strings.Contains(line, "|") && len(line) <= 100 {
		return stampLine(line)
	}
	if line == "" || len(line) > 40 {
		return "", false
	}
	if m := reDottedDMY.FindStringSubmatch(line); m != nil {
		d := fmt.Sprintf("%s-%02s-%02s", m[3], m[2], m[1])
		_, ok := parseISO(d)
		return d, ok
	}
	if m := reDottedYMD.FindStringSubmatch(line); m != nil {
		d := fmt.Sprintf("%s-%02s-%02s", m[1], m[2], m[3])
		_, ok := parseISO(d)
		return d, ok
	}
	if m := reSpacedYMD.FindStringSubmatch(line); m != nil {
		d := fmt.Sprintf("%s-%02s-%02s", m[1], m[2], m[3])
		_, ok := parseISO(d)
		return d, ok
	}
	ds := findDates(line, time.Time{})
	if len(ds) == 0 || ds[0].iso == "" {
		return "", false
	}
	left := strings.TrimSpace(line[:ds[0].bstart] + " " + line[ds[0].bend:])
	left = reZoneOffset.ReplaceAllString(reClock.ReplaceAllString(left, ""), "")
	for _, w := range strings.FieldsFunc(left, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if weekday(w).String() != w && !dateLineWords[lower(w)] {
			return "", false
		}
	}
	return ds[0].iso, true
}

// stampLine reads a page's stamp line, its parts set apart by "|": one
// part a date line, the others short names with no sentence in them (the
// outlet, a section, a time): "VnExpress International | May 16, 2016 |
// 08:31 am GMT+7", "World News | 11 March 2016 at 02:51", "Dawn.com |
// December 02, 2019".
func stampLine(line string) (string, bool) {
	date := ""
	for _, part := range strings.Split(line, "|") {
		part = strings.TrimSpace(part)
		if d, ok := dateLine(strings.Replace(part, " at ", " ", 1)); ok {
			if date != "" {
				return "", false // two dates: no telling which is the page's
			}
			date = d
			continue
		}
		if len(strings.Fields(part)) > 5 || strings.ContainsAny(part, ".!?") && !reClock.MatchString(part) && !reDomain.MatchString(part) {
			return "", false
		}
	}
	return date, date != ""
}

// reDomain is a site's name written as its domain: "Dawn.com",
// "news.az" (a stamp line's outlet: "Dawn.com | December 02, 2019").
var reDomain = regexp.MustCompile(`^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$`)

// reDottedDMY is a line that is only a date of numbers, the day first,
// each followed by a dot, with a time or not: "29. 8. 2019 14:03",
// "4. 9. 2017" (Czech and Slovak government pages).
var reDottedDMY = regexp.MustCompile(`^(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2})?$`)

// reDottedYMD is a line that is only a date of numbers, the year first,
// set apart by dots: "2024.4.3".
var reDottedYMD = regexp.MustCompile(`^((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})$`)

// reSpacedYMD is a line that is only a date of numbers, the year first,
// set apart by spaces: "2022 09 16".
var reSpacedYMD = regexp.MustCompile(`^((?:19|20)\d{2}) (\d{1,2}) (\d{1,2})$`)

// dateLineWords: see data/words-tokens.tsv.
var dateLineWords = wordSet("dateLineWords")

// reSlashDate is a date of two numbers and a year: "10/05/2022".
var reSlashDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)

// slashReading returns the date of a date line whose date is d, read day
// first: when the line writes it with slashes and both numbers could be
// the month ("10/05/2022": 10 May, or October 5 in the American order),
// the reading the text confirms with a date of the week before it in
// words ("arrived on the evening of October 5"), or "" when the text
// confirms both or neither: no date rather than one a month off.
func (a *tokenStage) slashReading(line, d string) string {
	m := reSlashDate.FindStringSubmatch(line)
	if m == nil {
		return d
	}
	x, _ := strconv.Atoi(m[1])
	y, _ := strconv.Atoi(m[2])
	if x > 12 || y > 12 || x == y {
		return d
	}
	dayFirst, ok1 := parseISO(d)
	monthFirst, ok2 := parseISO(fmt.Sprintf("%s-%02d-%02d", m[3], x, y))
	if !ok1 || !ok2 {
		return d
	}
	confirms := func(t time.Time) bool {
		for _, dm := range findDates(a.text, t) {
			if dm.prec != "day" || dm.relative || reSlashDate.MatchString(dm.text) {
				continue
			}
			if e, ok := parseISO(dm.iso); ok && !e.After(t) && t.Sub(e) <= 7*24*time.Hour {
				return true
			}
		}
		return false
	}
	switch c1, c2 := confirms(dayFirst), confirms(monthFirst); {
	case c1 && !c2:
		return d
	case c2 && !c1:
		return monthFirst.Format(time.DateOnly)
	}
	return ""
}

// reClock is a time of day: "18:20", "16h21".
var reClock = regexp.MustCompile(`\b\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})\b`)

// reByline is the author or agency that ends a publication line:
// "Published on 13.07.2021 at 16h21 by APA News".
var reByline = regexp.MustCompile(`\s+by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}$`)

// reZoneOffset is the offset of a time zone: the "+8" of "GMT+8".
var reZoneOffset = regexp.MustCompile(`[+-]\s*\d{1,2}(?::?\d{2})?\b`)

// datelineDate returns the day a dateline's date names, taking the year
// from the article's date (or a date line) when it gives none; "".
func datelineDate(s, articleDate, lineDate string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	ds := findDates(s, time.Time{})
	if len(ds) > 0 && ds[0].iso != "" {
		return ds[0].iso
	}
	ref := articleDate
	if ref == "" {
		ref = lineDate
	}
	if t, ok := parseISO(ref); ok {
		if ds := findDates(s, t); len(ds) > 0 && ds[0].iso != "" && !ds[0].relative {
			return ds[0].iso
		}
	}
	return ""
}

// subName returns the named group of match m in s, or "".
func subName(re *regexp.Regexp, s string, m []int, name string) string {
	g := re.SubexpIndex(name)
	if g < 0 || m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

func titleWords(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		parts := strings.Split(w, "-") // "NUR-SULTAN": "Nur-Sultan"
		for k, p := range parts {
			r, n := utf8.DecodeRuneInString(p)
			parts[k] = strings.ToUpper(string(r)) + p[n:]
		}
		f[i] = strings.Join(parts, "-")
	}
	return strings.Join(f, " ")
}

// publicationLineDate returns the publication date a header line gives
// when no date line or dateline did: one of the first three lines of the
// text, short and not a sentence of the body, that is a date line (see
// dateLine) or holds a full date ("Wed, 17 Apr 2019 - 01:17 GMT",
// "Published in Aldar on 16 - 11 - 2024", "BELIZE CITY, Sat. May. 7,
// 2022"), or the bracket of a dateline that holds one
// ("CHISINAU (UrduPoint News / Sputnik - 26th June, 2019) A phone call
// ..."); "" when none does, or two such lines disagree.
func publicationLineDate(text string) string {
	found := ""
	for n, rest := 0, text; n < 3 && rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n") // the first lines only, not the whole text split
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		n++
		if label, rest, ok := strings.Cut(line, " - "); ok && len(strings.Fields(label)) <= 4 && !strings.ContainsAny(label, ".!?") {
			if d, ok := dateLine(rest); ok && !reSlashDate.MatchString(rest) {
				// a section's label, then the date: "President's News -
				// 2024.4.3"
				if found != "" && found != d {
					return ""
				}
				found = d
				continue
			}
		}
		if d, ok := dateLine(reByline.ReplaceAllString(line, "")); ok && !reSlashDate.MatchString(line) {
			// a date line or a page's stamp line below a headline or a
			// byline: "VnExpress International | May 16, 2016 | 08:31 am
			// GMT+7", "29. 8. 2019 14:03", "Published on 13.07.2021 at
			// 16h21 by APA News"
			if found != "" && found != d {
				return ""
			}
			found = d
			continue
		}
		if d := publishedDate(line); d != "" {
			// "Published 29/09/2024 as a press release of the Ministry"
			if found != "" && found != d {
				return ""
			}
			found = d
			continue
		}
		candidate, bracket := line, false
		if open := strings.IndexByte(line, '('); open > 0 && open < 40 {
			if end := strings.IndexByte(line[open:], ')'); end > 0 && end < 60 {
				candidate, bracket = line[open+1:open+end], true // "CITY (Agency - 26th June, 2019) ..."
			}
		} else if dash := strings.Index(line, " – "); dash > 0 && dash < 60 {
			candidate = line[:dash] // "State House, Freetown, Monday 16 May 2022 – This evening ..."
		} else if len(line) > 90 || sentenceLike(line) {
			continue
		}
		d := ""
		for _, dm := range findDates(candidate, time.Time{}) {
			if dm.prec == "day" && dm.iso != "" && !dm.relative && strings.ContainsAny(dm.text, "0123456789") && !reSlashDate.MatchString(dm.text) &&
				(bracket || headerWords(candidate[:dm.bstart])) {
				d = dm.iso
				break
			}
		}
		if d == "" {
			continue
		}
		if found != "" && found != d {
			return ""
		}
		found = d
	}
	return found
}

// publishedDate returns the date of a line that opens with "Published"
// (or "Posted", "Updated") and a full date among its next words
// ("Published 29/09/2024 as a press release of the Ministry"), or "". A
// date of two numbers and a year counts only when one number cannot be a
// month (29/09/2024); "10/05/2022" may be read two ways.
func publishedDate(line string) string {
	if !reFooterLead.MatchString(line) || len(line) > 160 {
		return ""
	}
	for _, dm := range findDates(line, time.Time{}) {
		if dm.bstart > 24 {
			break
		}
		if dm.prec != "day" || dm.iso == "" || dm.relative || !strings.ContainsAny(dm.text, "0123456789") {
			continue
		}
		if m := reSlashDate.FindStringSubmatch(dm.text); m != nil {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			if a <= 12 && b <= 12 {
				return ""
			}
		}
		return dm.iso
	}
	return ""
}

// footerDate returns the publication date of a footer line, the last
// line of the text: "Published in Daily Times, January 21st 2018."; ""
// when the last line is none. It returns too the line's start, after
// which no date is an occasion's.
func footerDate(text string) (string, int) {
	body := strings.TrimRight(text, " \t\r\n")
	start := strings.LastIndexByte(body, '\n') + 1
	line := strings.TrimSpace(body[start:])
	if len(line) > 90 || !reFooterLead.MatchString(line) {
		return "", 0
	}
	for _, dm := range findDates(line, time.Time{}) {
		if dm.prec == "day" && dm.iso != "" && !dm.relative && strings.ContainsAny(dm.text, "0123456789") && !reSlashDate.MatchString(dm.text) {
			return dm.iso, start
		}
	}
	return "", 0
}

// reFooterLead opens a footer line with the publication date.
var reFooterLead = regexp.MustCompile(`^(?:(?:First|Originally|Last) )?(?:[Pp]ublished|[Pp]osted|[Uu]pdated)\b`)

// headerWords reports whether the words before a date on a header line
// are those of a place or a label set off by a comma ("BELIZE CITY,
// Sat.", "General News of Monday,"), not a headline's ("Ministers meet
// on"): capitalised but for a few joiners, the last one followed by a
// comma, or none at all.
func headerWords(before string) bool {
	words := strings.Fields(before)
	if len(words) == 0 {
		return true
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !dateLineJoiners[strings.Trim(w, ",.")] {
			return false
		}
	}
	return strings.Contains(before, ",")
}

// dateLineJoiners may stand in lower case among a header's words.
var dateLineJoiners = map[string]bool{"of": true, "the": true, "on": true, "in": true, "at": true, "and": true, "de": true}

// sentenceLike reports whether a line reads as a sentence of the body:
// a full stop after a word of more than three characters starts another
// ("… on 16 October 2017. He met …"; not "Sat. May. 7, 2022"), or the
// line ends with one after more than six words.
func sentenceLike(line string) bool {
	for i := strings.Index(line, ". "); i > 0; {
		w := line[:i]
		if k := strings.LastIndexAny(w, " ,"); k >= 0 {
			w = w[k+1:]
		}
		if len(w) > 3 {
			return true
		}
		next := strings.Index(line[i+2:], ". ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return strings.HasSuffix(line, ".") && len(strings.Fields(line)) > 6
}

// reURLDate is a day in a page's path: "/2022/05/07/", or with the year
// and month joined by a hyphen, as Xinhua's sites write it:
// "/2022-11/29/content_10202047.htm".
var reURLDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{2})/(\d{2})/`)

// urlDate returns the day a page's address gives in its path, the
// publication date of most news sites ("https://example.com/2022/05/07/
// leaders-meet"), or "".
func urlDate(url string) string {
	m := reURLDate.FindStringSubmatch(url)
	if m == nil {
		return ""
	}
	d := m[1] + "-" + m[2] + "-" + m[3]
	if _, ok := parseISO(d); !ok {
		return ""
	}
	return d
}
