package graph

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// Cross-article resolution: deciding whether an entity of a new article is
// one already in the graph under another key. The rules are pure functions
// here; graph/store fetches the candidates and applies the decisions.

// PersonSketch is what person resolution compares: the key (whose slug
// spells the name), the country the person serves and the title.
type PersonSketch struct {
	Key     string
	Country string // alpha-3, "" when the report does not say
	Title   string // "President", ... or ""
	// CountryClaims and TitleClaims tally what the reports say; Country
	// and Title are their winners (or an analyst's correction).
	CountryClaims, TitleClaims Claims
	// Corrected lists the attributes an analyst fixed ("country", "title").
	Corrected []string
	// Spellings are the keys the person's reports were written under (the
	// known person matches a report by any of them, not only by the key
	// it holds now); none stands for Key alone.
	Spellings []string
}

// nameParticles are name parts that some reports drop ("bin", "al").
var nameParticles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "de": true, "da": true,
	"di": true, "del": true, "van": true, "von": true, "der": true, "la": true, "le": true, "jr": true, "sr": true, "ii": true, "iii": true}

// nameToken is one part of a name in two romanisation-blind forms.
type nameToken struct {
	raw        string // as the key spells it
	skeleton   string // common variants mapped to one spelling
	consonants string // the skeleton's consonants, for long names
	// given marks the first part of a name of two parts or more, family
	// a part after "al" or "el": one name's given name is not another's
	// family name ("Sabah Al-Ahmad" is not "Ahmed Nasser Al-Mohammed
	// Al-Sabah"; see roleClash)
	given, family bool
}

// roleClash reports whether two matching parts stand in different roles:
// one a given name, the other a family name after "al".
func roleClash(x, y nameToken) bool {
	return x.given && y.family || y.given && x.family
}

// matches reports whether two name parts are one after transliteration:
// equal skeletons, or — for parts of four consonants or more, where vowels
// are the usual casualty of romanisation (Lukashenko/Lukashenka,
// Alexander/Aliaksandr; not in syllables such as Zhong and Zheng, or
// Sing and Singye) — equal consonants; or one is the other in the
// genitive of a Mongolian patronymic (Ukhnaagiin, Ukhnaa), or both are Abd
// as romanised with the article or without it (Abdul-Mahdi, Abd al-Mahdi).
func (t nameToken) matches(o nameToken) bool {
	return t.skeleton == o.skeleton || (len(t.consonants) >= 4 && t.consonants == o.consonants) ||
		genitive(t.skeleton, o.skeleton) || genitive(o.skeleton, t.skeleton) ||
		abdForms[t.skeleton] && abdForms[o.skeleton]
}

// abdForms are the skeletons of Abd ("servant of", before the article
// that key slugs drop: "Adil Abd al-Mahdi") as one part with that
// article: Abdul, Abdel, Abdol.
var abdForms = map[string]bool{"abd": true, "abdul": true, "abdal": true}

// genitive reports whether name part g is part n in the genitive case
// that Mongolian patronymics take (Ukhnaagiin for Ukhnaa: "Ukhnaagiin
// Khurelsukh", "Khurelsukh Ukhnaa"). Skeletons are compared, so the
// endings are -in and -gin (-iin, -giin, -yn).
func genitive(g, n string) bool {
	if len(n) < 4 || !strings.HasPrefix(g, n) {
		return false
	}
	end := g[len(n):]
	return end == "in" || end == "gin"
}

// joinedParts returns ta with two adjacent parts made one wherever their
// concatenation is a part of tb that neither matches alone: "Ram Chandra
// Paudel" and "Ramchandra Paudel" spell one name.
func joinedParts(ta, tb []nameToken) []nameToken {
	var out []nameToken
	for i := 0; i < len(ta); i++ {
		joined := false
		if i+1 < len(ta) {
			j := nameTokenOf(ta[i].raw + ta[i+1].raw)
			for _, y := range tb {
				if y.skeleton == j.skeleton && !ta[i].matches(y) && !ta[i+1].matches(y) {
					joined = true
					break
				}
			}
			if joined {
				out = append(out, j)
				i++
			}
		}
		if !joined {
			out = append(out, ta[i])
		}
	}
	return out
}

// nameTokens returns the parts of a person key's slug, transliteration
// variants normalised and particles dropped.
func nameTokens(key string) []nameToken {
	slug := strings.TrimPrefix(key, TypeLeader.KeyPrefix())
	var out []nameToken
	prev := ""
	for _, t := range strings.Split(slug, "-") {
		if t == "" || nameParticles[t] {
			prev = t
			continue
		}
		tok := nameTokenOf(t)
		tok.family = prev == "al" || prev == "el"
		out = append(out, tok)
		prev = t
	}
	if len(out) >= 2 && !out[0].family {
		out[0].given = true
	}
	return out
}

// nameTokenOf returns the token of one name part.
func nameTokenOf(part string) nameToken {
	sk := translitSkeleton(part)
	cons := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, sk)
	return nameToken{raw: part, skeleton: sk, consonants: cons}
}

// romanisations maps the spellings of one sound in the romanisations of
// names to one: ж is zh, j, z or dzh in those of Russian, Kazakh and
// Kyrgyz names (Zhaparov/Japarov/Zaparov), all become j. Built once: a
// Replacer is safe for concurrent use, and building it per name part
// cost the ingest job a tenth of its CPU.
var romanisations = strings.NewReplacer("dzh", "j", "zh", "j", "z", "j", "kh", "h", "dj", "j", "yy", "y", "ou", "u", "ph", "f", "w", "v", "ck", "k", "q", "k", "x", "ks")

// translitSkeleton maps the common romanisation variants of one name part
// to one form: Zelensky/Zelenskyy, Mirziyoyev/Mirziyoev,
// Zhomart/Jomart, Mohammed/Muhammad, doubled letters.
func translitSkeleton(s string) string {
	s = romanisations.Replace(s)
	b := []byte(s)
	isVowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var out []byte
	for i, c := range b {
		// y between vowels or closing a name after a vowel carries no sound of its own
		if c == 'y' && i > 0 && isVowel(b[i-1]) && (i+1 == len(b) || isVowel(b[i+1])) {
			continue
		}
		if c == 'y' {
			c = 'i'
		}
		if c == 'u' || c == 'o' {
			c = 'u' // Mohammed/Muhammad, Mirziyoyev/Mirziyoev keep their consonants
		}
		if c == 'e' {
			c = 'a' // Mohammed/Muhammad, Aleksei/Aleksai
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// SamePerson reports whether two reports name one person. The names must
// agree: every part of the shorter matches a distinct part of the longer
// (equal after transliteration, or an initial, or — for one part at most,
// of three letters or more, beside a whole match — one letter off, as a
// misspelling is: "Kim Jon-un"/"Kim Jong-un"), and at least one matched
// part is a whole word — so "Ruto" matches "William Samoei Ruto", but
// "Kim Yo Jong" does not match "Kim Jong Un"; two parts of one may be one
// part of the other ("Ram Chandra", "Ramchandra"); where either name
// gives a father's name, both begin with one given name ("Salman bin
// Abdulaziz" is not "Mohammed bin Salman", his son). The countries must be
// the same, or one's the other's equal first in its claims (reports split
// evenly between two countries); where one report does not give the
// country, the same title is required instead, and a single name must be
// the other's surname (or, see surnameOf, a surname that comes first, or
// the given name of a name with a father's); where neither gives the
// country, a single name ("President Ali") matches only that very name:
// name and title alone would join it to any namesake, whichever had
// arrived first.
func SamePerson(a, b PersonSketch) bool {
	return a.Key == b.Key || samePersonBy(a, b)
}

// samePersonBy is SamePerson but for one key's always naming one person:
// the rules of names, countries and titles.
func samePersonBy(a, b PersonSketch) bool {
	_, ok := personMatch(a, b)
	return ok
}

// personMatch is samePersonBy, with how the two names agree.
func personMatch(a, b PersonSketch) (nameMatch, bool) {
	if ga, gb := titleGender(a.Title), titleGender(b.Title); ga != "" && gb != "" && ga != gb {
		return nameMatch{}, false // "King Abdullah" and "Queen Rania Al Abdullah": two people
	}
	m := matchNames(a.Key, b.Key)
	if !m.ok {
		return m, false
	}
	switch {
	case a.Country != "" && a.Country == b.Country:
	case tiedCountry(a, b.Country) || tiedCountry(b, a.Country):
		// the reports of one are split evenly between two countries, one
		// of them the other's: a wrong country in one report must not
		// split the person in two
	case a.Country == "" || b.Country == "":
		if a.Title == "" || canonTitle(a.Title) != canonTitle(b.Title) {
			return m, false
		}
		if a.Country == "" && b.Country == "" && m.parts < 2 && !m.exact {
			return m, false
		}
		if m.parts == 1 && !m.exact && !surnameOf(a, b) {
			// one word that is not the other's surname, by one report of
			// no country: "President Michel" is not "President Michelle
			// Bachelet" (but "King Salman" is "Salman bin Abdulaziz")
			return m, false
		}
		if m.misspelt {
			// a name a letter off ("Mohamed Shaker", "Mohammad
			// Sharar") is one person only where a country says so
			return m, false
		}
	default: // different countries: two people, such as two Kims
		return m, false
	}
	return m, true
}

// surnameOf reports whether the name of one report, a single part, is
// one the other's name may be called by: its last part (a surname) after
// transliteration; its first part spelled the same where the other serves
// a country whose names put the surname first ("Wang", "Wang Yi" of
// China); or a given name where the other names a father ("Salman",
// "Salman bin Abdulaziz"). A given name alone is another person's name:
// "President Michel" is neither "Michelle Bachelet" nor "Michel Aoun".
func surnameOf(a, b PersonSketch) bool {
	ta, tb := nameTokens(a.Key), nameTokens(b.Key)
	long := b
	if len(ta) > len(tb) {
		ta, tb, long = tb, ta, a
	}
	if len(ta) != 1 || len(tb) == 0 || patronymic(long.Key) || ta[0].matches(tb[len(tb)-1]) {
		return true
	}
	return surnameFirst[long.Country] && tb[0].raw == ta[0].raw
}

// surnameFirst are the countries whose people's names, as English reports
// print them, put the family name first: "Wang Yi", "Yoon Suk Yeol",
// "Pham Minh Chinh".
var surnameFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true, "VNM": true, "KHM": true, "SGP": true, "JPN": true, "MNG": true, "HUN": true}

// nameMatch says how two person names agree.
type nameMatch struct {
	ok    bool // every part of the shorter matches a part of the longer
	parts int  // the number of parts of the shorter
	exact bool // the same parts, each matched whole
	// misspelt: some part matched only as a letter off
	misspelt bool
}

// matchNames compares the names of two person keys (see SamePerson).
func matchNames(ka, kb string) nameMatch {
	ta, tb := nameTokens(ka), nameTokens(kb)
	if len(ta) == 0 || len(tb) == 0 {
		return nameMatch{}
	}
	if (patronymic(ka) || patronymic(kb)) && !sameGivenName(ka, kb) {
		return nameMatch{} // "Salman bin Abdulaziz" is not "Mohammed bin Salman", his son
	}
	ta, tb = joinedParts(ta, tb), joinedParts(tb, ta)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	used := make([]bool, len(tb))
	whole, misspelt := 0, 0
	for _, x := range ta {
		found := false
		for j, y := range tb {
			if used[j] {
				continue
			}
			if x.matches(y) && !roleClash(x, y) {
				used[j], found = true, true
				whole++
				break
			}
			if (len(x.skeleton) == 1 || len(y.skeleton) == 1) && x.skeleton[0] == y.skeleton[0] {
				used[j], found = true, true
				break
			}
		}
		for j, y := range tb {
			if found {
				break
			}
			if used[j] {
				continue
			}
			if misspelt < 2 && min(len(x.skeleton), len(y.skeleton)) >= 3 && oneEdit(x.skeleton, y.skeleton) && !roleClash(x, y) {
				used[j], found = true, true
				misspelt++
			}
		}
		if !found {
			return nameMatch{}
		}
	}
	if misspelt == 2 && (whole < 2 || len(ta) < 4) {
		// two parts each a letter off: only in a long name whose other
		// parts agree ("Luis Ignacio Lula da Silva", "Luiz Inácio Lula da
		// Silva"), never in a short one ("Ali Hasan", "Ala Hassan")
		return nameMatch{}
	}
	return nameMatch{ok: whole > 0, parts: len(ta), exact: whole == len(ta) && len(ta) == len(tb), misspelt: misspelt > 0}
}

// titlesAgree reports whether two reports of people give one title,
// among the titles each is reported with.
func titlesAgree(a, b PersonSketch) bool {
	titles := func(p PersonSketch) []string {
		var out []string
		if p.Title != "" {
			out = append(out, canonTitle(p.Title))
		}
		for _, c := range p.TitleClaims {
			if c.Count > 0 {
				out = append(out, canonTitle(c.Value))
			}
		}
		return out
	}
	ta, tb := titles(a), titles(b)
	for _, x := range ta {
		if slices.Contains(tb, x) {
			return true
		}
	}
	return false
}

// patronymicParticles are the name parts that introduce a father's name:
// in "Mohammed bin Salman bin Abdulaziz", Mohammed is the son of Salman.
var patronymicParticles = map[string]bool{"bin": true, "ibn": true, "bint": true}

// patronymic reports whether a person key's name holds a father's name
// ("mohammed-bin-salman").
func patronymic(key string) bool {
	for _, p := range strings.Split(strings.TrimPrefix(key, TypeLeader.KeyPrefix()), "-") {
		if patronymicParticles[p] {
			return true
		}
	}
	return false
}

// sameGivenName reports whether two names begin with one given name: the
// first part of each, which must not be a particle ("Al Nahyan" names a
// family, not a person), matches the other's (after transliteration, or
// as its initial). In a name with a father's name the parts after the
// first name ancestors: "Salman" or "Salman bin Abdulaziz" is not
// "Mohammed bin Salman", and "Mohamed bin Zayed" is not "Khaled bin
// Mohamed bin Zayed".
func sameGivenName(a, b string) bool {
	first := func(key string) (nameToken, bool) {
		p, _, _ := strings.Cut(strings.TrimPrefix(key, TypeLeader.KeyPrefix()), "-")
		if p == "" || nameParticles[p] || patronymicParticles[p] {
			return nameToken{}, false
		}
		t := nameTokens(TypeLeader.KeyPrefix() + p)
		return t[0], len(t) == 1
	}
	x, okx := first(a)
	y, oky := first(b)
	if !okx || !oky {
		return false
	}
	return x.matches(y) || (len(x.skeleton) == 1 || len(y.skeleton) == 1) && x.skeleton[0] == y.skeleton[0]
}

// titleSynonyms maps other words for one office, lower-case, to one.
var titleSynonyms = map[string]string{
	"premier":                     "prime minister",
	"pm":                          "prime minister",
	"minister of foreign affairs": "foreign minister",
	"foreign affairs minister":    "foreign minister",
}

// canonTitle returns a title in one form for comparison: lower-case,
// single spaces, synonyms of one office mapped to one ("Premier",
// "PM" and "Prime Minister").
// genderedTitles are the titles that only a man or only a woman holds.
var genderedTitles = map[string]string{
	"king": "m", "queen": "f", "prince": "m", "princess": "f", "crown prince": "m", "crown princess": "f",
	"emperor": "m", "empress": "f", "duke": "m", "duchess": "f", "grand duke": "m", "grand duchess": "f",
	"first lady": "f", "sheikh": "m", "sheikha": "f",
}

// titleGender returns "m" or "f" for a title only one sex holds, else "".
func titleGender(t string) string {
	return genderedTitles[canonTitle(t)]
}

func canonTitle(t string) string {
	t = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(t, ".", "")), " "))
	if s, ok := titleSynonyms[t]; ok {
		return s
	}
	return t
}

// tiedCountry reports whether country c has as many reports among p's
// country claims as p's winning country: the evidence cannot tell them
// apart.
func tiedCountry(p PersonSketch, c string) bool {
	if c == "" || len(p.CountryClaims) < 2 || slices.Contains(p.Corrected, "country") {
		return false
	}
	best, count := 0, 0
	for _, cl := range p.CountryClaims {
		best = max(best, cl.Count)
		if cl.Value == c {
			count = cl.Count
		}
	}
	return count > 0 && count == best
}

// oneEdit reports whether a and b differ by one inserted, deleted or
// replaced letter.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := 0
		for i := range a {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// SameOrganization reports whether two reports name one organization:
// one is named by the other's acronym ("AU", the African Union), or both
// give one acronym and their names agree — the same words, told apart by
// a letter at most each ("Africa Union", "African Union"), or by spaces,
// hyphens and a letter ("Co-operation", "Cooperation"). Two names that only share an acronym are two
// organizations: the Botswana-Namibia and the South Africa-Mozambique
// Bi-National Commissions are both "BNC", and "the Bi-National
// Commission" may be any of them.
func SameOrganization(a, b OrgSketch) bool {
	switch {
	case a.Acronym != "" && a.Acronym == b.Name, b.Acronym != "" && b.Acronym == a.Name:
		return true
	case a.Acronym == "" || a.Acronym != b.Acronym:
		return false
	}
	return orgNamesAgree(a.Name, b.Name)
}

// orgNamesAgree reports whether two names of organizations are one name
// (see SameOrganization).
func orgNamesAgree(a, b string) bool {
	words := func(s string) []string {
		w := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(w) > 1 && w[0] == "the" {
			w = w[1:]
		}
		return w
	}
	wa, wb := words(a), words(b)
	if ca, cb := strings.Join(wa, ""), strings.Join(wb, ""); ca == cb || min(len(ca), len(cb)) >= 8 && oneEdit(ca, cb) {
		return true
	}
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] && (min(len(wa[i]), len(wb[i])) < 4 || !oneEdit(wa[i], wb[i])) {
			return false
		}
	}
	return true
}

// EventSketch is what event resolution compares.
type EventSketch struct {
	Key  string
	Kind string
	// Date is the ISO date of the event as matching compares it, "" when
	// no report states one: EventDate of DateClaims (one per report that
	// states a date), or an analyst's correction (DateCorrected).
	// AssumedDates are the article dates of reports that give no time:
	// the stored date falls back on them, matching does not.
	Date          string
	DateClaims    Claims
	AssumedDates  Claims
	DateCorrected bool
	Anchor        string // the event's date, or else the date of the article that reported it
	// Planned: every report tells the occasion as still to come ("ahead
	// of a possible visit"). An undated plan is published before the
	// occasion, not after it as an undated report of a held one is.
	Planned   bool
	Location  string   // place key, "" when unknown
	Countries []string // alpha-3 codes of participating countries
	People    []string // person keys of participating leaders
	Orgs      []string // organization keys of participating organizations
}

// Windows of event resolution.
const (
	// DatedSlack is how far apart two reported dates of one event may be.
	DatedSlack = 24 * time.Hour
	// VisitSlack is how far apart two reported dates of one visit may be:
	// a visit spans days, and a report may date it by any of them (the
	// arrival, the talks, the signing on the last day).
	VisitSlack = 2 * DatedSlack
	// UndatedWindow is how long after an event an undated report ("the
	// talks", "yesterday's meeting") may still refer to it.
	UndatedWindow = 7 * 24 * time.Hour
)

// SameEvent reports whether two event reports describe one real-world
// event: the same kind; dates at most a day apart (two for a visit,
// VisitSlack), or an undated report
// published within a week after the dated one (two undated reports within
// three days); the same place when both name one, unless both give the
// same day and name a leader in common (one leader is in one place on one
// day: a report that misplaces the occasion joins it, and the place goes
// by the weight of the reports, the other listed as an alternative);
// shared participants —
// at least two countries when both name two or more, and some leader and
// some organization in common when both name any.
func SameEvent(a, b EventSketch) bool {
	if a.Key == b.Key {
		return true
	}
	if a.Kind != b.Kind || !datesCompatible(a, b) {
		return false
	}
	if a.Location != "" && b.Location != "" && a.Location != b.Location && !sameDayAndLeaders(a, b) {
		return false
	}
	need := min(2, len(a.Countries), len(b.Countries))
	if shared(a.Countries, b.Countries) < need || (need == 0 && len(a.People)+len(b.People) == 0) {
		return false
	}
	if len(a.People) > 0 && len(b.People) > 0 && shared(a.People, b.People) == 0 {
		return false
	}
	if len(a.Orgs) > 0 && len(b.Orgs) > 0 && shared(a.Orgs, b.Orgs) == 0 {
		return false
	}
	return true
}

// sameDayAndLeaders reports whether both reports date the event to the
// same day and name a participating leader in common — or one dates it
// and the other, giving no time, is published that day (its date
// assumed, "seven agreements were signed") and names two leaders in
// common: the weaker evidence of the day asks for more of the people.
func sameDayAndLeaders(a, b EventSketch) bool {
	if a.Date == "" {
		a, b = b, a
	}
	switch {
	case a.Date == "":
		return false
	case a.Date == b.Date:
		return shared(a.People, b.People) > 0
	case b.Date == "" && len(b.AssumedDates) > 0 && b.AssumedDates.Earliest() == a.Date:
		return shared(a.People, b.People) >= 2
	}
	return false
}

func datesCompatible(a, b EventSketch) bool {
	day := func(s string) (time.Time, bool) {
		t, err := time.Parse(time.DateOnly, s)
		return t, err == nil
	}
	switch {
	case a.Date != "" && b.Date != "":
		da, oka := day(a.Date)
		db, okb := day(b.Date)
		slack := DatedSlack
		if a.Kind == string(KindVisit) {
			slack = VisitSlack
		}
		return oka && okb && absDur(da.Sub(db)) <= slack
	case a.Date == "" && b.Date == "":
		da, oka := day(a.Anchor)
		db, okb := day(b.Anchor)
		if !oka || !okb {
			return false
		}
		return absDur(da.Sub(db)) <= 3*24*time.Hour || planAhead(a, da, db) || planAhead(b, db, da)
	}
	if a.Date == "" {
		a, b = b, a // a dated, b an undated report
	}
	da, oka := day(a.Date)
	rb, okb := day(b.Anchor)
	return oka && okb && (rb.Sub(da) >= -DatedSlack && rb.Sub(da) <= UndatedWindow || planAhead(b, rb, da))
}

// planAhead reports whether p, an undated plan published on day pub
// ("ahead of a possible visit", "later this week"), may tell the occasion
// of day at: on the day of the plan or within UndatedWindow after it —
// the mirror of an undated report of a held occasion, published on its
// day or within UndatedWindow after it.
func planAhead(p EventSketch, pub, at time.Time) bool {
	return p.Planned && p.Date == "" && at.Sub(pub) >= -DatedSlack && at.Sub(pub) <= UndatedWindow
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}
