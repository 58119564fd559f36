package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bilateral-kg/bilateral/graph"
)

// datelineInfo is what the opening dateline gives.
type datelineInfo struct {
	date          string
	end           int    // byte offset where the dateline ends
	name, country string // the place, "" when there is no dateline
	i, j          int    // the place's tokens
}

var reDateline = regexp.MustCompile(`^([A-Z\p{Lu}][\p{L}.'’ -]{1,40}?)(?:\s*,\s*([^–—\-(\n*]{1,40}?))?\s*(?:\(([^)\n]{1,40})\))?[*_]*\s*(?:[–—]|-{1,2})\s`)

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

// readDateline reads "ASTANA –", "BEIJING, Aug 30 (Xinhua) -" or "Geneva,
// 30 August 2025 —" at the start of the body into art, and returns its
// place (which the mention stage adds) and date.
func (a *tokenStage) readDateline(art *graph.Article) datelineInfo {
	var info datelineInfo
	base := datelineStart(a.text)
	m := reDateline.FindStringSubmatchIndex(a.text[base:])
	if m == nil {
		return info
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += base
		}
	}
	info.end = m[1]
	place := strings.TrimSpace(a.text[m[2]:m[3]])
	i := a.tokenAtByte(m[2])
	j := a.tokenAtByte(m[2] + len(place))
	var buf []byte
	var gm match
	if i < len(a.toks) {
		gm, buf = a.x.gaz.lookup(a.toks, i, buf)
	}
	_ = buf
	var name, country string
	if gm.j == j && gm.j > 0 {
		for _, e := range gm.entries {
			if e.kind == entCity || e.kind == entCapital {
				c := a.x.gaz.cities[e.id]
				name, country = c.name, c.country
				break
			}
		}
	}
	if name == "" {
		// "HÀ NỘI": the gazetteer writes the name as one word
		for _, e := range a.x.gaz.phrases[strings.ReplaceAll(fold(place), " ", "")] {
			if e.kind == entCity || e.kind == entCapital {
				c := a.x.gaz.cities[e.id]
				name, country = c.name, c.country
				break
			}
		}
	}
	if name == "" {
		if strings.ToUpper(place) != place || len(strings.Fields(place)) > 3 {
			return info // not a dateline: an ordinary sentence start
		}
		name = titleWords(place)
	}
	art.Dateline = name
	info.name, info.country, info.i, info.j = name, country, i, j
	a.datelineTok = i
	if m[4] >= 0 {
		if ds := findDates(a.text[m[4]:m[5]], a.ref); len(ds) > 0 && ds[0].iso != "" {
			info.date = ds[0].iso
		}
		if info.date == "" && art.Date != "" {
			// "Aug 30" without a year: take the article's year
		}
	}
	if m[6] >= 0 && art.Source == "" {
		art.Source = strings.TrimSpace(a.text[m[6]:m[7]])
	}
	return info
}

func titleWords(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		r, n := utf8.DecodeRuneInString(w)
		f[i] = strings.ToUpper(string(r)) + w[n:]
	}
	return strings.Join(f, " ")
}
