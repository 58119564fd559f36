package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A register of national office-holders (data/officials.tsv): heads of
// state and government, foreign ministers and a few other senior officials
// of every state since 2014, each with the country he serves and the years
// of the office. An article often names a leader without his country
// ("President William Ruto said …", "Foreign Minister Wang Yi met …"):
// an informed reader knows it, and the register lets the extractor know
// it too, before any guess from context. The words of the text still come
// first: the register only fills a country the text leaves unstated, and
// never for a title in an organization ("UN Secretary-General X").

// intlOffice is the country column of an office in an international
// organization, which serves no country.
const intlOffice = "-"

// officialRow is one stint of office: the country served (or intlOffice), the years
// (inclusive; to is 9999 while in office) and the folded name words of
// each spelling.
type officialRow struct {
	country  string
	from, to int
	role     string // hos, hog, hos+hog, fm, … (data/officials.tsv)
	names    [][]string
}

// officialRegister finds the rows of a name. byFirst indexes every
// spelling of several words by its first word; single holds the one-word
// spellings (universally known surnames and mononyms: "Erdogan", "Lula").
type officialRegister struct {
	byFirst map[string][]officialName
	single  map[string][]*officialRow
	// heads indexes the rows of heads of state and government by the
	// first and the last word of each spelling: "King Salman", "President
	// Ruto" (see headCountry)
	heads map[string][]*officialRow
	// byLast indexes every spelling of several words by its last word,
	// for spellings that differ a little (see nearSpelling)
	byLast map[string][]officialName
}

// officialName is one spelling of a row's name.
type officialName struct {
	words []string
	row   *officialRow
}

// loadOfficials reads data/officials.tsv: country code, from, to, role and
// the spellings separated by "|". known reports whether a country code is
// one of the gazetteer's.
func loadOfficials(known func(code string) bool) (*officialRegister, error) {
	rows, err := readRows("officials.tsv", 5)
	if err != nil {
		return nil, err
	}
	reg := &officialRegister{byFirst: map[string][]officialName{}, single: map[string][]*officialRow{}, heads: map[string][]*officialRow{}, byLast: map[string][]officialName{}}
	for _, f := range rows {
		if f[0] != intlOffice && !known(f[0]) {
			return nil, fmt.Errorf("officials.tsv: %s: unknown country code %q", f[4], f[0])
		}
		r := &officialRow{country: f[0], to: 9999, role: f[3]}
		if r.from, err = strconv.Atoi(f[1]); err != nil {
			return nil, fmt.Errorf("officials.tsv: %s: year %q: %w", f[4], f[1], err)
		}
		if f[2] != "" {
			if r.to, err = strconv.Atoi(f[2]); err != nil || r.to < r.from {
				return nil, fmt.Errorf("officials.tsv: %s: bad end year %q", f[4], f[2])
			}
		}
		for _, n := range splitList(f[4]) {
			words := nameWords(n)
			if len(words) == 0 {
				return nil, fmt.Errorf("officials.tsv: empty name in %q", f[4])
			}
			r.names = append(r.names, words)
			if len(words) == 1 {
				reg.single[words[0]] = append(reg.single[words[0]], r)
			} else {
				reg.byFirst[words[0]] = append(reg.byFirst[words[0]], officialName{words, r})
				last := spellingKey(words[len(words)-1])
				reg.byLast[last] = append(reg.byLast[last], officialName{words, r})
			}
			if headRoles[r.role] {
				for _, w := range []string{words[0], words[len(words)-1]} {
					if !slices.Contains(reg.heads[w], r) {
						reg.heads[w] = append(reg.heads[w], r)
					}
				}
			}
		}
	}
	return reg, nil
}

// headRoles are the register's roles of heads of state and government.
var headRoles = map[string]bool{"hos": true, "hog": true, "hos+hog": true}

// headTitles maps the titles of heads to the register's roles they name:
// a president heads the state (and perhaps the government), a prime
// minister the government, a sovereign the state.
var headTitles = map[string][]string{
	"President": {"hos", "hos+hog"}, "Prime Minister": {"hog", "hos+hog"}, "Premier": {"hog", "hos+hog"},
	"Chancellor": {"hog"}, "King": {"hos", "hos+hog"}, "Queen": {"hos", "hos+hog"}, "Emir": {"hos", "hos+hog"},
	"Amir": {"hos", "hos+hog"}, "Sultan": {"hos", "hos+hog"}, "Emperor": {"hos"}, "Grand Duke": {"hos"},
}

// headCountry returns the country of the one head that a single word and
// his title name in the year of ref ("King Salman", "President Ruto",
// "Prime Minister Marape"): the rows in force then of heads with that
// title's role whose spelling begins or ends with the word. It returns ""
// when ref is zero, no row fits, or rows of two countries do. (A single
// word is too weak a name to fit a row out of its years.) A word that
// fits the rows by their first word only, a given name, is no name of
// theirs when it is the surname of an official of another country or
// organization in any year: "President Michel" in 2021 is Charles Michel
// of the European Council, not Lebanon's Michel Aoun.
func (r *officialRegister) headCountry(word, title string, ref time.Time) string {
	rows := r.headRows(word, title, ref)
	c := agreed(rows, 0)
	if c == "-" || c != "" && r.givenNameOnly(word, rows) && r.surnameElsewhere(word, c) {
		return ""
	}
	return c
}

// intlSurname reports whether word is the surname (the last word of a
// spelling of several words) of one who held an office in an
// organization in the year of ref.
func (r *officialRegister) intlSurname(word string, ref time.Time) bool {
	if ref.IsZero() {
		return false
	}
	for _, n := range r.byLast[word] {
		if row := n.row; row.country == intlOffice && len(n.words) > 1 && ref.Year() >= row.from && ref.Year() <= row.to {
			return true
		}
	}
	return false
}

// givenNameOnly reports whether word opens a spelling of every row and
// ends none: the rows fit it as a given name ("King Salman"), not as a
// surname ("President Ruto").
func (r *officialRegister) givenNameOnly(word string, rows []*officialRow) bool {
	for _, row := range rows {
		for _, n := range row.names {
			if len(n) > 1 && n[len(n)-1] == word {
				return false
			}
		}
	}
	return true
}

// surnameElsewhere reports whether word ends a spelling of several words
// of an official who serves another country than c, or an organization,
// as a surname: not as a father's name after "bin" ("Khalifa bin Salman").
func (r *officialRegister) surnameElsewhere(word, c string) bool {
	for _, n := range r.byLast[word] {
		if k := len(n.words); n.row.country != c && k > 1 && !patronymic[n.words[k-2]] {
			return true
		}
	}
	return false
}

// headNames returns the spellings of the heads that headCountry would
// read a single word and title as in the year of ref.
func (r *officialRegister) headNames(word, title string, ref time.Time) [][]string {
	var out [][]string
	for _, row := range r.headRows(word, title, ref) {
		out = append(out, row.names...)
	}
	return out
}

// headRows returns the rows in force in the year of ref of the heads of
// title's office whose spelling begins or ends with word (none when ref
// is zero).
func (r *officialRegister) headRows(word, title string, ref time.Time) []*officialRow {
	roles := headTitles[title]
	if len(roles) == 0 || ref.IsZero() {
		return nil
	}
	var rows []*officialRow
	for _, row := range r.heads[word] {
		if slices.Contains(roles, row.role) && ref.Year() >= row.from-1 && ref.Year() <= row.to {
			rows = append(rows, row)
		}
	}
	return rows
}

// nameWords folds a name into its words, as Slug does, but keeps a word
// whole across an apostrophe or ʻokina ("Va'aletoa", "Mataʻafa"), which
// spellings of one name write or leave out.
func nameWords(name string) []string {
	s := Slug(strings.NewReplacer("'", "", "’", "", "ʻ", "", "‘", "", "`", "").Replace(name))
	if s == "" {
		return nil
	}
	return strings.Split(s, "-")
}

// headIn reports whether a spelling of name (see namesFit) is that of a
// head of state or government of country in the year, not in a year
// when the office changed hands (who was in office on the article's day,
// the year cannot tell): the register's word for a person the text names
// without a title.
func (r *officialRegister) headIn(name, country string, year int) bool {
	words := nameWords(name)
	if len(words) < 2 {
		return false
	}
	for _, n := range r.byFirst[words[0]] {
		row := n.row
		if row.country == country && headRoles[row.role] && year > row.from && year < row.to && namesFit(words, n.words) {
			return true
		}
	}
	return false
}

// headBefore reports whether a spelling of name (see namesFit) is that
// of a head of state or government of country whose every stint as head
// ended before the year before year: one whom the text names by the title
// he held then ("President Susilo Bambang Yudhoyono came to Pakistan in
// 2012", told in 2018), who leads the country no more.
func (r *officialRegister) headBefore(name, country string, year int) bool {
	words := nameWords(name)
	if len(words) < 2 {
		return false
	}
	found := false
	for _, n := range r.byFirst[words[0]] {
		row := n.row
		if row.country != country || !headRoles[row.role] || !namesFit(words, n.words) {
			continue
		}
		if row.to >= year-1 {
			return false
		}
		found = true
	}
	return found
}

// country returns the one country that the register's holders of name
// serve: the one of every row when they agree (a person serves his
// country before and after his years of office), else the one of the rows
// in force in the year of ref (from the year before a row's first, for a
// holder named as elected or designate, to its last). It returns "" when
// no row fits, when rows of different countries do, or when the name held
// an office in an organization then ("-" rows: "Kaja Kallas", Estonia's
// Prime Minister to 2024, then the EU's High Representative).
//
// A name of several words fits a spelling that it equals, that has its
// first and last words (a middle name or initial left out: "Retno L.P.
// Marsudi", "Retno Marsudi"), or that it begins with at least three words
// ("Tamim bin Hamad" of "Tamim bin Hamad Al Thani"). A one-word name fits
// only a one-word spelling.
func (r *officialRegister) country(name string, ref time.Time) string {
	words := nameWords(name)
	if len(words) == 0 {
		return ""
	}
	var rows []*officialRow
	if len(words) == 1 {
		rows = r.single[words[0]]
	} else {
		for _, n := range r.byFirst[words[0]] {
			if namesFit(words, n.words) {
				rows = append(rows, n.row)
			}
		}
	}
	if len(rows) == 0 && len(words) >= 2 && !ref.IsZero() {
		// no spelling fits: one a letter or two apart, in force that year
		// ("Gotabhaya Rajapaksa", "Alexander Vucic", "Badr Abdel Atty")
		if c := agreed(r.nearRows(words), ref.Year()); c != "-" {
			return c
		}
		return ""
	}
	if c := agreed(rows, 0); c != "-" {
		return c // every holder of the name serves one country, whenever named
	}
	// holders of several countries, or a national office and one in an
	// organization: the year decides
	if ref.IsZero() {
		return ""
	}
	if c := agreed(rows, ref.Year()); c != "-" {
		return c
	}
	return ""
}

// nearRows returns the rows of the spellings that words nearly fit: as
// many words, each equal to the spelling's or a letter apart (two in a
// word of eight letters or more), "x" read as "ks", the last word's
// index key the same. Callers take the rows only when those in force
// agree.
func (r *officialRegister) nearRows(words []string) []*officialRow {
	var rows []*officialRow
	for _, n := range r.byLast[spellingKey(words[len(words)-1])] {
		if len(n.words) != len(words) {
			continue
		}
		near := true
		for i, w := range words {
			near = near && nearSpelling(w, n.words[i])
		}
		if near && !slices.Contains(rows, n.row) {
			rows = append(rows, n.row)
		}
	}
	return rows
}

// spellingKey folds the spellings of a name word that transliterations
// vary most: "x" for "ks", a doubled letter for one ("Atty", "Aty").
func spellingKey(w string) string {
	w = strings.ReplaceAll(w, "x", "ks")
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

// nearSpelling reports whether two folded name words are one name spelt
// two ways: the same, or (both of four letters or more, the same first
// letter) a letter apart, two in words of eight letters or more, once
// spellingKey has folded both.
func nearSpelling(a, b string) bool {
	if a == b {
		return true
	}
	ka, kb := spellingKey(a), spellingKey(b)
	if ka == kb {
		return true
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] {
		return false
	}
	limit := 1
	if len(ka) >= 8 && len(kb) >= 8 {
		limit = 2
	}
	return editDistance(ka, kb, limit) <= limit
}

// agreed returns the country that every row in force in year serves (any
// row when year is 0), "" when none is in force, or "-" when they differ
// or one is an office in an organization.
func agreed(rows []*officialRow, year int) string {
	found := ""
	for _, row := range rows {
		if year != 0 && (year < row.from-1 || year > row.to) {
			continue
		}
		if row.country == intlOffice || found != "" && found != row.country {
			return "-"
		}
		found = row.country
	}
	return found
}

// namesFit reports whether the words of a name in the text fit a
// spelling of the register, both of at least two words with the same
// first word: the same words; the same first and last words, each word
// between them in the text found in order in the spelling's or an initial
// ("Retno L.P. Marsudi" and "Retno Marsudi"; "Nana Akufo-Addo" and "Nana
// Addo Dankwa Akufo-Addo"); or the spelling's first three words or more
// ("Tamim bin Hamad" of "Tamim bin Hamad Al Thani").
func namesFit(text, reg []string) bool {
	tl, rl := len(text), len(reg)
	if slices.Equal(text, reg) {
		return true
	}
	if tl >= 3 && tl < rl {
		prefix := true
		for i, w := range text {
			prefix = prefix && reg[i] == w
		}
		if prefix {
			return true
		}
	}
	if text[tl-1] != reg[rl-1] {
		return false
	}
	if (nameSuffixes[text[tl-1]] || regnal(text[tl-1])) && (tl < 3 || rl < 3 || text[tl-2] != reg[rl-2]) {
		return false // a suffix ("Jr", "II") must come with the same name before it
	}
	k := 1 // the next word of the spelling a middle word may match
	for _, w := range text[1 : tl-1] {
		j := k
		for j < rl-1 && reg[j] != w {
			j++
		}
		switch {
		case j < rl-1:
			k = j + 1
		case len(w) > 2:
			return false // a middle word the spelling lacks
		}
	}
	return true
}

// regnal reports whether w is a regnal number in Roman numerals (ii … x).
func regnal(w string) bool {
	switch w {
	case "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x":
		return true
	}
	return false
}

// registerCountries gives the leaders whose country the words leave
// unstated the country the register of office-holders gives their name,
// before any guess from context: the guesses then work around them as
// around a stated country.
func (a *entityStage) registerCountries() {
	for _, l := range a.leaders {
		if l.country != "" || l.inOrg {
			continue
		}
		c := a.x.officials.country(l.name, a.ref)
		if w := nameWords(l.name); c == "" && len(w) == 1 {
			c = a.x.officials.headCountry(w[0], l.title, a.ref)
			if c == "" && l.title != "" && a.x.officials.intlSurname(w[0], a.ref) {
				// "the President Michel" in 2021: Charles Michel of the
				// European Council, who serves no country
				l.orgTitle, l.inOrg = true, true
				continue
			}
		}
		if c != "" {
			l.country = c
			a.warn("country of " + l.name + " (" + l.title + ") not stated; taken as " + c + " from the register of office-holders")
		}
	}
}
