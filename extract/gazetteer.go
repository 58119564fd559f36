package extract

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/*.tsv
var dataFS embed.FS

// entryKind says what a gazetteer phrase names.
type entryKind uint8

const (
	entCountry   entryKind = iota + 1 // a country name
	entAdjective                      // a demonym or adjective (Kazakh)
	entPrefix                         // a combining form before a hyphen (Sino-)
	entCapital                        // a capital city (also a Location)
	entCity                           // a city
	entOrg                            // a known organization
)

// entry is one meaning of a gazetteer phrase.
type entry struct {
	kind entryKind
	id   int32 // index into countries, cities or orgs
	caps bool  // the phrase must appear in capitals (acronyms: US, UAE)
	// titled marks the words (bit k for word k) of an organization's
	// name that the data capitalises and the text must too: "the
	// Andean Community", not "the Andean community of traders".
	titled uint32
}

// countryInfo is one country of the embedded dataset.
type countryInfo struct {
	code, iso2, name string
	un               bool
}

// cityInfo is one city of the embedded gazetteer.
type cityInfo struct {
	name, country string
	population    int
	capital       bool
}

// orgInfo is one known organization.
type orgInfo struct {
	acronym, name string
	organ         bool // an organ of a known body ("the SADC Secretariat")
}

// gazetteer maps token phrases (folded, joined by spaces) to their meanings.
type gazetteer struct {
	phrases   map[string][]entry
	firstMax  map[string]int // longest phrase starting with a token
	countries []countryInfo
	byCode    map[string]int32
	cities    []cityInfo
	orgs      []orgInfo
	orgByName map[string]int32 // slug of canonical name → org
	// homonyms holds, by phrase, the smaller cities of other countries
	// that share a bigger city's name ("Oyo" of Congo beside Nigeria's)
	homonyms map[string][]cityInfo
}

// loadGazetteer builds the gazetteer from the embedded data files.
func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{phrases: map[string][]entry{}, firstMax: map[string]int{}, byCode: map[string]int32{}, orgByName: map[string]int32{}, homonyms: map[string][]cityInfo{}}
	if err := g.loadCountries(); err != nil {
		return nil, err
	}
	if err := g.loadSupplement(); err != nil {
		return nil, err
	}
	if err := g.loadCities(); err != nil {
		return nil, err
	}
	if err := g.loadOrgs(); err != nil {
		return nil, err
	}
	return g, nil
}

func readRows(name string, cols int) ([][]string, error) {
	data, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer %s: %w", name, err)
	}
	var rows [][]string
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < cols {
			return nil, fmt.Errorf("gazetteer %s line %d: %d fields, want %d", name, i+1, len(f), cols)
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// add registers phrase with meaning e; all-capital phrases must match in capitals.
func (g *gazetteer) add(phrase string, e entry) {
	toks := tokenize(phrase)
	if len(toks) == 0 {
		return
	}
	e.caps = len(toks) == 1 && toks[0].caps || len(toks) > 1 && strings.ToUpper(phrase) == phrase
	if e.kind == entOrg {
		for k, t := range toks[1:min(len(toks), 32)] {
			if t.kind == tokWord && t.upper {
				e.titled |= 1 << (k + 1)
			}
		}
	}
	key := phraseKey(toks)
	for k, old := range g.phrases[key] {
		if old.kind == e.kind && old.id == e.id {
			if !e.caps {
				g.phrases[key][k].caps = false // also written in lower case: "Mercosur"
			}
			g.phrases[key][k].titled &= e.titled // a form with fewer capitals
			return
		}
	}
	g.phrases[key] = append(g.phrases[key], e)
	if len(toks) > g.firstMax[toks[0].norm] {
		g.firstMax[toks[0].norm] = len(toks)
	}
}

func phraseKey(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.norm)
	}
	return b.String()
}

// notCountryNames are the data's alternative spellings of countries that
// are English words or common names, never read as the country.
var notCountryNames = wordSet("notCountryNames")

func (g *gazetteer) loadCountries() error {
	rows, err := readRows("countries.tsv", 8)
	if err != nil {
		return err
	}
	adjOwners := map[string][]int32{}
	for _, f := range rows {
		id := int32(len(g.countries))
		g.countries = append(g.countries, countryInfo{code: f[0], iso2: f[1], name: f[2], un: f[4] == "1"})
		g.byCode[f[0]] = id
		g.add(f[2], entry{kind: entCountry, id: id})
		g.add(f[3], entry{kind: entCountry, id: id})
		for _, n := range splitList(f[5]) {
			if notCountryNames[strings.ToLower(n)] {
				continue
			}
			g.add(n, entry{kind: entCountry, id: id})
		}
		for _, a := range splitList(f[6]) {
			adjOwners[a] = append(adjOwners[a], id)
		}
	}
	// An adjective shared by several countries goes to the only UN member
	// among them, or to none.
	for a, ids := range adjOwners {
		owner := int32(-1)
		if len(ids) == 1 {
			owner = ids[0]
		} else {
			for _, id := range ids {
				if g.countries[id].un {
					if owner >= 0 {
						owner = -1
						break
					}
					owner = id
				}
			}
		}
		if owner >= 0 {
			g.add(a, entry{kind: entAdjective, id: owner})
		}
	}
	return nil
}

func (g *gazetteer) loadSupplement() error {
	rows, err := readRows("supplement.tsv", 3)
	if err != nil {
		return err
	}
	kinds := map[string]entryKind{"name": entCountry, "adj": entAdjective, "prefix": entPrefix}
	for _, f := range rows {
		if f[0] == "capital" || f[0] == "city" {
			continue // read with the cities (see loadCities)
		}
		id, ok := g.byCode[f[1]]
		k := kinds[f[0]]
		if !ok || k == 0 {
			return fmt.Errorf("gazetteer supplement.tsv: bad row %q", strings.Join(f, "\t"))
		}
		for _, n := range splitList(f[2]) {
			g.add(n, entry{kind: k, id: id})
		}
	}
	return nil
}

func (g *gazetteer) loadCities() error {
	rows, err := readRows("cities.tsv", 3)
	if err != nil {
		return err
	}
	capitals := map[string]bool{}
	crows, err := readRows("countries.tsv", 8)
	if err != nil {
		return err
	}
	for _, f := range crows {
		for _, c := range splitList(f[7]) {
			capitals[f[0]+"\t"+c] = true
			capitals[f[0]+"\t"+strings.TrimSuffix(c, " D.C.")] = true
		}
	}
	for _, f := range rows {
		pop, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("gazetteer cities.tsv: population %q: %w", f[2], err)
		}
		if _, ok := g.byCode[f[1]]; !ok {
			continue
		}
		cp := capitals[f[1]+"\t"+f[0]]
		key := phraseKey(tokenize(f[0]))
		if ents := g.phrases[key]; len(ents) > 0 && !cp {
			if e := ents[0]; (e.kind == entCity || e.kind == entCapital) && g.cities[e.id].country != f[1] {
				g.homonyms[key] = append(g.homonyms[key], cityInfo{name: f[0], country: f[1], population: pop})
			}
			continue // a bigger city or a country already has this name
		}
		id := int32(len(g.cities))
		g.cities = append(g.cities, cityInfo{name: f[0], country: f[1], population: pop, capital: cp})
		kind := entCity
		if cp {
			kind = entCapital
		}
		g.add(f[0], entry{kind: kind, id: id})
	}
	// other spellings of cities and capitals ("Ulaanbaatar" beside
	// GeoNames' "Ulan Bator", "Rangoon" beside "Yangon"): one city, named
	// by the row's first spelling
	srows, err := readRows("supplement.tsv", 3)
	if err != nil {
		return err
	}
	for _, f := range srows {
		if f[0] != "capital" && f[0] != "city" {
			continue
		}
		if _, ok := g.byCode[f[1]]; !ok {
			return fmt.Errorf("gazetteer supplement.tsv: bad row %q", strings.Join(f, "\t"))
		}
		forms := splitList(f[2])
		id := g.cityNamed(f[1], forms)
		if id < 0 {
			id = int32(len(g.cities))
			g.cities = append(g.cities, cityInfo{country: f[1]})
		}
		capital := f[0] == "capital" || g.cities[id].capital
		g.cities[id].name, g.cities[id].capital = forms[0], capital
		kind := entCity
		if capital {
			kind = entCapital
		}
		for _, n := range forms {
			k := phraseKey(tokenize(n))
			isCity := func(e entry) bool { return (e.kind == entCity || e.kind == entCapital) && e.id == id }
			if len(g.phrases[k]) > 0 && !slices.ContainsFunc(g.phrases[k], isCity) {
				continue // another place's name
			}
			g.phrases[k] = slices.DeleteFunc(g.phrases[k], isCity) // the city's entry, now maybe its capital's
			g.add(n, entry{kind: kind, id: id})
		}
	}
	return nil
}

// capitalPhrase reports whether phrase names a national capital.
func (g *gazetteer) capitalPhrase(phrase string) bool {
	for _, e := range g.phrases[phrase] {
		if e.kind == entCapital {
			return true
		}
	}
	return false
}

// cityNamed returns the index of the city of country named by one of
// forms, else -1.
func (g *gazetteer) cityNamed(country string, forms []string) int32 {
	for _, n := range forms {
		for _, e := range g.phrases[phraseKey(tokenize(n))] {
			if (e.kind == entCapital || e.kind == entCity) && g.cities[e.id].country == country {
				return e.id
			}
		}
	}
	return -1
}

func (g *gazetteer) loadOrgs() error {
	rows, err := readRows("organizations.tsv", 2)
	if err != nil {
		return err
	}
	for _, f := range rows {
		id := int32(len(g.orgs))
		acr := f[0]
		if acr == f[1] || strings.Contains(acr, " ") {
			acr = ""
		}
		g.orgs = append(g.orgs, orgInfo{acronym: acr, name: f[1]})
		g.orgByName[Slug(f[1])] = id
		g.add(f[0], entry{kind: entOrg, id: id})
		g.add(f[1], entry{kind: entOrg, id: id})
		if len(f) > 2 {
			for _, n := range splitList(f[2]) {
				g.add(n, entry{kind: entOrg, id: id})
			}
		}
	}
	return nil
}

// match is a gazetteer hit over tokens [i, j).
type match struct {
	i, j    int
	entries []entry
}

// lookup returns the longest phrase starting at token i, honouring case:
// the first word must be capitalised, acronyms must be in capitals.
func (g *gazetteer) lookup(toks []token, i int, buf []byte) (match, []byte) {
	t := toks[i]
	if t.kind != tokWord || !t.upper {
		return match{}, buf
	}
	max, ok := g.firstMax[t.norm]
	if !ok {
		return match{}, buf
	}
	if m, b := g.lookupHyphened(toks, i, max, buf); m.j > 0 {
		return m, b // before "Dar" alone
	}
	if i+max > len(toks) {
		max = len(toks) - i
	}
	for n := max; n >= 1; n-- {
		buf = buf[:0]
		okJoin := true
		for k := i; k < i+n; k++ {
			if k > i {
				if toks[k].newline {
					okJoin = false
					break
				}
				buf = append(buf, ' ')
			}
			buf = append(buf, toks[k].norm...)
		}
		if !okJoin {
			continue
		}
		ents, found := g.phrases[string(buf)]
		if !found {
			continue
		}
		var keep []entry
		for _, e := range ents {
			if e.caps && !allCaps(toks[i:i+n]) || !titledAsData(e.titled, toks[i:i+n]) {
				continue
			}
			keep = append(keep, e)
		}
		if len(keep) > 0 {
			return match{i: i, j: i + n, entries: keep}, buf
		}
	}
	return match{}, buf
}

// lookupHyphened matches at token i a city's name of several words that
// the text joins by hyphens with no spaces, the data by spaces:
// "Dar-es-Salaam" for "Dar es Salaam" (words: the most the data's names
// starting with the word have); not after a capitalised word, where it
// ends a person's name ("Laurent Saint-Martin").
func (g *gazetteer) lookupHyphened(toks []token, i, words int, buf []byte) (match, []byte) {
	if p := i - 1; p >= 0 && toks[p].kind == tokWord && toks[p].upper && toks[p].space {
		return match{}, buf // "Laurent Saint-Martin": a name's hyphened last words
	}
	ends := []int{}
	for k := i + 1; len(ends) < words-1 && k+1 < len(toks) && toks[k].text == "-" && !toks[k].space && !toks[k+1].space && toks[k+1].kind == tokWord; k += 2 {
		ends = append(ends, k+2) // the token after each glued word
	}
	for n := len(ends); n >= 1; n-- {
		buf = buf[:0]
		buf = append(buf, toks[i].norm...)
		for k := i + 2; k < ends[n-1]; k += 2 {
			buf = append(buf, ' ')
			buf = append(buf, toks[k].norm...)
		}
		var keep []entry
		for _, e := range g.phrases[string(buf)] {
			if e.kind == entCity || e.kind == entCapital {
				keep = append(keep, e) // (not "Saint-Martin", a surname, read as the country Saint Martin)
			}
		}
		if len(keep) > 0 {
			return match{i: i, j: ends[n-1], entries: keep}, buf
		}
	}
	return match{}, buf
}

// titledAsData reports whether every word that mask marks starts with a
// capital in toks.
func titledAsData(mask uint32, toks []token) bool {
	for k := 1; mask != 0 && k < len(toks) && k < 32; k++ {
		if mask&(1<<k) != 0 && !toks[k].upper {
			return false
		}
	}
	return true
}

func allCaps(toks []token) bool {
	for _, t := range toks {
		if t.kind == tokWord && !t.caps && len([]rune(t.text)) > 1 {
			return false
		}
		if t.kind == tokWord && len(t.text) == 1 && !t.upper {
			return false
		}
	}
	return true
}
