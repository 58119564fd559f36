package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// leader is one person: the mention stage finds it with its names, title
// and the country the words give; the entity stage may give it a country
// (and a title) from context and adds the references by role.
type leader struct {
	name     string   // the longest full name seen
	parts    []string // folded name words
	nick     string   // a quoted nickname in the name, folded ("lula"), or ""
	title    string
	head     bool
	country  string
	spans    [][2]int // token ranges of the names
	surnames [][2]int // token ranges of a first or last name used alone
	roles    [][2]int // token ranges of references by role (entity stage)
	first    int      // sentence of the first titled mention
	untitled bool     // named without a title; a reference by role may give one
	former   bool     // named as a past holder of the title ("former President X")
	// possessor is the title of the one whose official he is named as
	// ("the Emir's Diwan Affairs Minister": Emir), when no country is stated
	possessor string
	orgTitle  bool // holds the title in an organization ("UN Secretary-General X"), or one of a country described but not found: no country from context
	inOrg     bool // holds the title in an organization: serves no country
	// coHolder marks a leader named with others under one plural title
	// and no country ("Prime Ministers A and B"): each holds the title
	// in another country, which context does not tell
	coHolder bool
}

// nameParticles may appear in lower case inside a name.
// (data/words-mentions.tsv)
var nameParticles = wordSet("nameParticles")

// nameLinks join the parts of an Arabic name; a title word right after one
// is a part of the name ("Abdul Amir", "bin Sultan").
// (data/words-mentions.tsv)
var nameLinks = wordSet("nameLinks")

// notNames are capitalised words that never start or continue a person's name.
// (data/words-mentions.tsv)
var notNames = wordSet("notNames")

// rankFirsts open a military rank whose second word is "General": "Lt
// General X", "Brigadier General X", "Major General X".
var rankFirsts = map[string]bool{"lt": true, "lieutenant": true, "brigadier": true, "major": true}

// postNominals follow a name without being part of it ("X MP").
// (data/words-mentions.tsv)
var postNominals = wordSet("postNominals")

// honorifics precede a name without being part of it.
// "Sri" is a given name ("Sri Mulyani Indrawati") except after another
// honorific ("Tan Sri"); see skipHonorifics.
// (data/words-mentions.tsv)
var honorifics = wordSet("honorifics")

// rankTitles are titles worn as a rank right after an office, before the
// name: "Foreign Secretary Chancellor Ruiz Massieu". ("Ambassador" was
// tried too, for "Cabinet Secretary Ambassador X": it cost the blind
// resolution corpus six checks, for a reason its blindness hides, and was
// withdrawn.)
var rankTitles = map[string]bool{"chancellor": true}

// skipHonorifics returns the first token after honorifics ("Sheikh", "Mr.", "His Majesty").
func (a *mentionStage) skipHonorifics(i int) int {
	start := i
	for i < len(a.toks) {
		t := a.toks[i]
		switch {
		case honorifics[t.norm] || t.norm == "sri" && i > start || (t.norm == "general" || t.norm == "gen") && i > start && rankFirsts[a.toks[i-1].norm] || i > start && khmerHonorifics[t.norm] && a.samdechBefore(start, i):
			i++
			if i < len(a.toks) && (a.toks[i].text == "." || isApos([]rune(a.toks[i].text)[0]) && !a.toks[i].space) {
				i++ // "Dr.", "Dato'"
			}
		case a.militaryRankAt(i):
			i++ // "Prime Minister General X", "Senior General Y, Chairman of ..."
			if a.toks[i-1].text != "." && a.tok(i).text == "." && militaryRankAbbrevs[a.toks[i-1].norm] {
				i++ // "Prime Minister Gen. X"
			}
		case t.norm == "major" && t.upper && (a.tok(i+1).norm == "general" || a.tok(i+1).norm == "gen"):
			i++ // "the President of Fiji, Major General X": "General" follows, skipped after it
		case (t.norm == "most" || t.norm == "right") && t.upper && honorifics[a.tok(i+1).norm]:
			i++ // "Most Honourable X", "Right Honourable Y"
		case t.upper && t.kind == tokWord && nearHonorific(t.norm):
			i++ // "Ayotallah Ali Khamenei": a long honorific misspelt
		case t.text == "H" && a.tok(i+1).text == "E" && t.space && a.tok(i+2).upper && a.tok(i+2).kind == tokWord && len([]rune(a.tok(i+2).text)) > 1:
			i += 2 // "H E Ali Najafi": "His Excellency" in spaced initials
		case t.text == "HE" && a.tok(i+1).upper && a.tok(i+1).kind == tokWord:
			i++ // "the President HE Dr Hage Geingob": "His Excellency" in capitals
		case honorifics[a.dottedInitials(i)]:
			i += 3 // "H.E Kiema Kilonzo": the initials of "His Excellency"
			if i < len(a.toks) && a.toks[i].text == "." && !a.toks[i].space {
				i++
			}
		case t.norm == "the" && i == start && i+1 < len(a.toks) && (honorifics[a.tok(i+1).norm] || a.tok(i+1).norm == "most" || a.tok(i+1).norm == "right") && a.tok(i+1).upper:
			i++ // ", the Hon Feleti Teo", "the Most Honourable Andrew Holness"
		case (t.norm == "his" || t.norm == "her") && i+1 < len(a.toks) && (a.tok(i+1).norm == "majesty" || a.tok(i+1).norm == "highness" || a.tok(i+1).norm == "excellency"):
			i += 2
		case i == start && (t.norm == "prince" || t.norm == "princess") && t.upper && a.tok(i+1).upper && nameLinks[a.tok(i+2).norm]:
			i++ // "Minister of Foreign Affairs Prince Faisal bin Farhan": a royal's style after his title
		default:
			return i
		}
	}
	return i
}

// khmerHonorifics follow "Samdech" in a Cambodian leader's style ("Samdech
// Akka Moha Sena Padei Techo Hun Sen"); alone they may be names
// (data/words-mentions.tsv).
var khmerHonorifics = wordSet("khmerHonorifics")

// samdechBefore reports whether "Samdech" stands among the honorifics
// skipped from start up to token i.
func (a *mentionStage) samdechBefore(start, i int) bool {
	for k := start; k < i; k++ {
		if a.toks[k].norm == "samdech" {
			return true
		}
	}
	return false
}

// militaryRanks precede a name as a rank, not a part of it ("General X",
// "Senior General Y", "Admiral Z"). (data/words-mentions.tsv)
var militaryRanks = wordSet("militaryRanks")

// militaryRankAbbrevs are ranks shortened with a dot ("Gen. X")
// (data/words-mentions.tsv).
var militaryRankAbbrevs = wordSet("militaryRankAbbrevs")

// militaryRankAt reports whether token i is a military rank, or "Senior" or
// "Vice" opening one ("Senior General", "Vice-Senior-General"), before a
// capitalised word that may begin a name.
func (a *mentionStage) militaryRankAt(i int) bool {
	t := a.tok(i)
	if t.kind != tokWord || !t.upper {
		return false
	}
	k := i
	for (a.tok(k).norm == "senior" || a.tok(k).norm == "vice") && a.tok(k+1).text == "-" && !a.tok(k+1).space {
		k += 2 // "Vice-Senior-General"
	}
	if n := a.tok(k).norm; n == "senior" || (n == "field" || n == "major") && militaryRanks[a.tok(k+1).norm] {
		k++ // "Senior General", "Field Marshal", "Major General"
	}
	if k == i && militaryRankAbbrevs[t.norm] && a.tok(i+1).text == "." && !a.tok(i+1).space {
		k++ // "Gen. X": the name after the dot
	} else if n := a.tok(i + 1); k == i && militaryRankAbbrevs[t.norm] && !t.caps && n.kind == tokWord && n.upper && len(n.norm) >= 3 {
		// "PM Gen Prayut Chan-o-cha": the rank without its dot, as
		// British style writes it (not "Gen Z")
	} else if !militaryRanks[a.tok(k).norm] {
		return false
	}
	if k > i {
		return true // skipped one word at a time: the next call sees the rank
	}
	n := a.tok(k + 1)
	return n.kind == tokWord && n.upper && !n.newline && !notNames[n.norm] && !stopword[n.norm] && !orgHeads[n.norm]
}

// longHonorifics are the honorifics of eight letters or more, which a
// misspelling does not make another word (see nearHonorific).
var longHonorifics = func() []string {
	var long []string
	for h := range honorifics {
		if len(h) >= 8 {
			long = append(long, h)
		}
	}
	slices.Sort(long)
	return long
}()

// nearHonorific reports whether the folded word w, of eight letters or
// more, is a long honorific misspelt: the same first letter and length
// within one, at most two letters changed, added or dropped
// ("ayotallah" for "ayatollah").
func nearHonorific(w string) bool {
	if len(w) < 8 {
		return false
	}
	for _, h := range longHonorifics {
		if h[0] == w[0] && len(h)-len(w) <= 1 && len(w)-len(h) <= 1 && editDistance(h, w, 2) <= 2 {
			return true
		}
	}
	return false
}

// editDistance returns the Levenshtein distance of a and b (bytes), or
// limit+1 once it is sure to exceed limit.
func editDistance(a, b string, limit int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// dottedInitials returns two capital initials joined by a dot with no
// space, or each with its dot and a space between ("H. E."), at token i,
// as one folded word with a final dot ("H.E" gives "h.e."), or "".
func (a *mentionStage) dottedInitials(i int) string {
	x, dot, y := a.tok(i), a.tok(i+1), a.tok(i+2)
	if !initialLetter(x) || dot.text != "." || dot.space || !initialLetter(y) {
		return ""
	}
	if y.space && (a.tok(i+3).text != "." || a.tok(i+3).space) {
		return "" // "H. E." spaced only with both dots
	}
	return x.norm + "." + y.norm + "."
}

// initialLetter reports whether t is one capital letter.
func initialLetter(t *token) bool {
	return t.kind == tokWord && t.upper && len([]rune(t.text)) == 1
}

// nameAt returns the end of a person's name starting at token i (i when none).
func (a *mentionStage) nameAt(i int) int {
	if i > 0 && i < len(a.toks) && a.toks[i].newline {
		if _, ok := titles[a.toks[i-1].norm]; ok {
			return i // a title ending a headline governs no word of the next line: "… and his Dutch counterpart\n\nCreated: 2021"
		}
	}
	k := i
	words := 0
	for k < len(a.toks) && words < 7 {
		t := a.toks[k]
		if k > i && t.newline {
			break
		}
		switch {
		case a.stopName(i, k, words):
			words++
			k++ // "To Lam", "He Lifeng", "Nguyen Van An"
		case a.nameApostrophe(k, words):
			k++ // "'Aisake Eke", "Tupouto'a 'Ulukalala", "Mohamed Shia' al-Sudani"
		case t.kind == tokWord && t.upper && !a.claimed[k] && (!notNames[t.norm] || a.monthSurname(k, words) || a.afterNameLink(k, words) || words == 0 && a.monthGivenName(k)) && (!stopword[t.norm] || a.initialA(k) || a.afterNameLink(k, words)) && !a.isCountryToken(k) && !(words == 0 && (bodyWords[t.norm] || orgHeads[t.norm])):
			if _, isTitle := titles[t.norm]; isTitle && words > 0 && !nameLinks[a.toks[k-1].norm] && !a.hyphenedName(k) {
				return k
			}
			if words > 0 && postNominals[t.norm] && t.text == strings.ToUpper(t.text) {
				return k // "Anthony Albanese MP"
			}
			if words > 0 && divisionNouns[t.norm] {
				return i // "Ebonyi State", "Fukushima Prefecture": a place, no one's name
			}
			words++
			k++
			// initial "K." (or "Kh.", "Ts.": see nameInitial) or
			// hyphenated "Kassym-Jomart", "Chan-o-cha"
			if k < len(a.toks) && a.toks[k].text == "." && !a.toks[k].space && (len([]rune(t.text)) == 1 || a.nameInitial(k-1)) {
				k++
			}
			for k+1 < len(a.toks) && a.toks[k].text == "-" && !a.toks[k].space && !a.tok(k+1).space && a.tok(k+1).kind == tokWord {
				k += 2
			}
		case words > 0 && t.kind == tokWord && nameParticles[t.norm] && k+1 < len(a.toks) && a.tok(k+1).upper:
			k++
		case words > 0 && t.kind == tokWord && nameParticles[t.norm] && nameParticles[a.tok(k+1).norm] && a.tok(k+2).upper && a.tok(k+2).kind == tokWord:
			k += 2 // "Ursula von der Leyen"
		case words > 0 && isQuote(t.text) && a.tok(k+1).upper && isQuote(a.tok(k+2).text) && a.tok(k+3).upper && a.tok(k+3).kind == tokWord:
			k += 3 // a nickname: Ferdinand "Bongbong" Marcos
		case words > 0 && t.kind == tokWord && nameParticles[t.norm] && k+2 < len(a.toks) && a.tok(k+1).text == "-" && !a.tok(k+1).space && a.tok(k+2).upper:
			k += 2
		default:
			return k
		}
	}
	return k
}

// initialA reports whether the stopword at token k ("A", "I") is an
// initial of a name: glued to its dot and followed by more of the name
// ("A. K. Abdul Momen").
func (a *mentionStage) initialA(k int) bool {
	n := a.tok(k + 2)
	return initialLetter(&a.toks[k]) && a.tok(k+1).text == "." && !a.tok(k+1).space && n.kind == tokWord && n.upper && !stopword[n.norm]
}

// nameApostrophe reports whether the apostrophe at token k belongs to a
// name read from words words on: glued to the front of a capitalised word
// that no closing apostrophe follows (a Polynesian glottal stop, "'Aisake
// Eke", "Tupouto'a 'Ulukalala"), or glued to the end of a name's word with
// more of the name after it ("Mohamed Shia' al-Sudani"). A quoted
// nickname ('Prachanda') is no part of the name.
func (a *mentionStage) nameApostrophe(k, words int) bool {
	t := a.toks[k]
	if t.kind != tokPunct || !isApos([]rune(t.text)[0]) || t.norm == "'s" {
		return false
	}
	n := a.tok(k + 1)
	if !t.space && words == 0 {
		return false
	}
	if !n.space {
		// at the front of a word
		c := a.tok(k + 2)
		return (t.space || words == 0) && n.kind == tokWord && n.upper && !a.claimed[k+1] &&
			!(c.kind == tokPunct && isApos([]rune(c.text)[0]) && !c.space)
	}
	// at the end of a word, the name going on after it
	return words > 0 && !t.space && n.kind == tokWord && !a.claimed[k+1] &&
		(n.upper && !stopword[n.norm] && !notNames[n.norm] && !a.isCountryToken(k+1) || nameParticles[n.norm] && a.tok(k+2).text == "-")
}

// registerNameAt reports whether the title word at token i begins a full
// name the register of office-holders spells with it as a given name
// ("Amir Khan Muttaqi"), all its words there in order.
func (a *mentionStage) registerNameAt(i int) bool {
	if a.x.officials == nil {
		return false
	}
	for _, n := range a.x.officials.byFirst[a.toks[i].norm] {
		k, ok := i, true
		for _, w := range n.words {
			t := a.tok(k)
			if t.kind != tokWord || !t.upper || t.norm != w {
				ok = false
				break
			}
			k++
		}
		if ok {
			return true
		}
	}
	return false
}

// titleAsGivenName reports whether the title word that ends before token
// e is a given name: a lower-case link of descent follows it ("Sultan bin
// Salim", "Amir ibn Khalid"), which follows a name, never an office, or
// a hyphen joins it to the next word ("Amir-Abdollahian").
func (a *mentionStage) titleAsGivenName(e int) bool {
	n := a.tok(e)
	if n.text == "-" && !n.space && e > 0 && !a.toks[e-1].space && a.tok(e+1).upper && a.tok(e+1).kind == tokWord {
		return true // "Amir-Abdollahian": a hyphenated surname
	}
	return !n.upper && (n.norm == "bin" || n.norm == "ibn" || n.norm == "bint") && a.tok(e+1).upper
}

// stopNames are function words that are also syllables of names.
// (data/words-mentions.tsv)
var stopNames = wordSet("stopNames")

// stopName reports whether the capitalised function word at token k, in a
// name read from token i with words words so far, is a syllable of the
// name: the first word right after a title, with another name word after
// it and then a lower-case word or punctuation ("General Secretary To Lam
// said", not a title-case headline "Minister To Meet Envoy"), or the last
// of three, a lower-case word after it ("Nguyen Van An received").
func (a *mentionStage) stopName(i, k, words int) bool {
	t := a.toks[k]
	if !t.upper || t.caps || !stopNames[t.norm] || a.claimed[k] || a.sentenceStart(k) || k > i && t.newline {
		return false
	}
	after := func(e int) bool {
		n := a.tok(e)
		return n.kind == tokPunct || n.kind == tokWord && !n.upper
	}
	if words == 0 && k == i {
		n := a.tok(k + 1)
		if n.kind != tokWord || !n.upper || n.caps || stopword[n.norm] || notNames[n.norm] || a.isCountryToken(k+1) {
			return false
		}
		if _, title := titles[n.norm]; title {
			return false
		}
		e := k + 2
		for e < len(a.toks) && e < k+4 && a.toks[e].kind == tokWord && a.toks[e].upper && !stopword[a.toks[e].norm] {
			e++
		}
		return !a.tok(e).upper && after(e)
	}
	return words >= 2 && t.norm != "to" && after(k+1) // (a trailing "To" is a headline's infinitive: "X To visit Peru")
}

// sequenceWords open a sentence as adverbs of order (data/words-mentions.tsv).
var sequenceWords = wordSet("sequenceWords")

// ordinals rank an office among several of its kind ("Second
// Vice-President").
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true}

// monthGivenName reports whether the month's name at token k is a given
// name: a capitalised name word after it, no number, and either an
// honorific before it ("Mr January Makamba") or a month abbreviation that
// is a given name, written without its dot, with no number after the
// name either ("Minister Jan Lipavsky said", not "Jan 5").
func (a *mentionStage) monthGivenName(k int) bool {
	t := a.toks[k]
	if w := t.norm; len(w) < 3 || months[w[:3]] == 0 || !notNames[w] {
		return false
	}
	n := a.tok(k + 1)
	if n.kind != tokWord || !n.upper || notNames[n.norm] || stopword[n.norm] {
		return false
	}
	if k > 0 && honorifics[a.toks[k-1].norm] {
		return true
	}
	return monthGivenNames[t.norm] && t.text != strings.ToUpper(t.text) && n.space && a.tok(k+2).kind != tokNumber
}

// monthGivenNames are month abbreviations that are also given names
// ("Jan"). (data/words-mentions.tsv)
var monthGivenNames = wordSet("monthGivenNames")

// afterNameLink reports whether the word at token k, inside a name,
// follows a lower-case link of descent ("bin", "ibn"): a father's name,
// even one that is an English word elsewhere ("Mahad bin Said Ba'Owain").
func (a *mentionStage) afterNameLink(k, words int) bool {
	p := a.tok(k - 1)
	if words > 1 && (p.norm == "al" || p.norm == "el") && a.tok(k).upper && a.tok(k).kind == tokWord {
		return true // "Haitham bin Tariq Al Said", "Fahd bin Mahmood al Said": the family's name after "Al"
	}
	return words > 0 && !p.upper && (p.norm == "bin" || p.norm == "ibn" || p.norm == "bint")
}

// nameInitial reports whether the word at token i is an initial of two
// letters, a capital and a small one, with its dot right after it and a
// capitalised word next: the initial of a Mongolian patronymic ("Kh.
// Battulga", "Ts.Munkh-Orgil"), never an honorific ("Dr.", "Mr.") or a
// suffix ("Jr.") or another abbreviation ("St. Kitts"), nor a syllable
// that ends a name ("Foreign Minister Wang Yi. Wang said": an initial's
// second letter is no vowel).
func (a *mentionStage) nameInitial(i int) bool {
	t := a.tok(i)
	r := []rune(t.text)
	if t.kind != tokWord || len(r) != 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) || strings.ContainsRune("aeiouy", r[1]) || honorifics[t.norm] || nameSuffixes[t.norm] || notNames[t.norm] || abbreviations[t.norm] {
		return false
	}
	dot, next := a.tok(i+1), a.tok(i+2)
	return dot.text == "." && !dot.space && next.kind == tokWord && next.upper && !next.newline
}

// monthSurnames are month names that are also surnames ("Theresa May").
// (data/words-mentions.tsv)
var monthSurnames = wordSet("monthSurnames")

// monthSurname reports whether the month name at token k, after words
// words of a name, is a surname: it follows a given name and no day number
// follows it ("Prime Minister Theresa May said", not "Modi May 5").
func (a *mentionStage) monthSurname(k, words int) bool {
	n := a.tok(k + 1)
	return words > 0 && monthSurnames[a.toks[k].norm] && n.kind != tokNumber && !(n.kind == tokWord && n.upper)
}

// countrySurname extends the name [k, e) read after a title by a
// surname that is a country's one-word name ("the Prime Minister of
// Portugal, Luis Montenegro"): a given name alone, then the country's
// name, then no capitalised word or possessive. The country mention is
// forgotten. It returns the name's end.
func (a *mentionStage) countrySurname(k, e int, titleCountry string) int {
	if e != k+1 {
		return e
	}
	m := a.countryMentionAt(e)
	if m < 0 {
		return e
	}
	c := a.countries[m]
	if c.i != e || c.j != e+1 || c.adj || c.code == titleCountry || a.claimed[e] {
		return e
	}
	if n := a.tok(e + 1); n.norm == "'s" || n.kind == tokWord && n.upper && !n.newline {
		return e
	}
	a.countries = append(a.countries[:m], a.countries[m+1:]...)
	a.reindexCountries()
	return e + 1
}

// hyphenedName reports whether the title word at token k is the first
// part of a hyphenated surname ("Hossein Amir-Abdollahian"): a capitalised
// word joined to it by a hyphen, the two not a title together.
func (a *mentionStage) hyphenedName(k int) bool {
	h, n := a.tok(k+1), a.tok(k+2)
	if h.text != "-" || h.space || n.space || n.kind != tokWord || !n.upper {
		return false
	}
	_, isTitle := titles[a.toks[k].norm+"-"+n.norm]
	return !isTitle
}

// scanLeaders finds titled persons: "Kenyan President W. Ruto",
// "President of Kenya William Samoei Ruto", "Prime Minister Narendra
// Modi of India", "his Chinese counterpart Li Qiang".
func (a *mentionStage) scanLeaders() {
	var lastTitle string
	lastTitleAt := -1 // the first token of lastTitle's title
	lastSent := -1
	for i := 0; i < len(a.toks); i++ {
		if a.claimed[i] {
			continue
		}
		if e := a.pluralLeaders(i); e > i {
			i = e - 1 // "Presidents X of Kenya and Y of Peru"
			continue
		}
		if e := a.pluralTitleAfterNames(i); e > i {
			i = e - 1 // "X and Y, the presidents of Azerbaijan and Uzbekistan,"
			continue
		}
		end, ti, ok := a.titleAt(i)
		if !ok {
			continue
		}
		if i > 0 && nameLinks[a.toks[i-1].norm] && a.toks[i-1].upper {
			continue // "Ali Abdul Amir Allawi", "Bandar bin Sultan": a name
		}
		if a.titleAsGivenName(end) || a.registerNameAt(i) {
			continue // "Sultan bin Salim Al Habsi, Minister of Finance", "Amir Khan Muttaqi": a given name
		}
		if p := a.tok(i - 1); i > 0 && p.upper && deputyWords[p.norm] && ti.name != "" && !a.claimed[i-1] {
			// "Deputy President X": a deputy, not the head
			ti = titleInfo{name: p.text + " " + ti.name}
		} else if h := a.tok(i - 1); i > 1 && h.text == "-" && !h.space && !a.toks[i].space && deputyWords[a.tok(i-2).norm] && ti.name != "" {
			// "the vice-chairman of X": a deputy too
			ti = titleInfo{name: titleWords(a.tok(i-2).text) + " " + ti.name}
		}
		s := a.sentenceOf(i)
		if s != lastSent {
			lastTitle, lastTitleAt, lastSent = "", -1, s
		}
		country := a.countryBefore(i)
		if country == "" {
			country = a.capitalPossessor(i, ti)
		}
		if country == "" && a.toks[i].norm == "head" {
			if c := a.countriesBetween(i, end); len(c) == 1 {
				country = c[0].code // "Head of the Uzbek Government"
			}
		}
		k := end
		if a.tok(k).text == "." && !a.tok(k).space && k == i+1 && abbreviations[a.toks[i].norm] {
			k++ // an abbreviated title: "Gov. X", "Amb. Y"
		}
		if q := a.skipQualifiers(k); q > k && a.tok(q).norm == "of" {
			k = q // "the Ambassador Extraordinary and Plenipotentiary of Kenya to Peru"
		}
		if k+1 < len(a.toks) && (a.toks[k].norm == "of" || a.toks[k].norm == "from" && ti.name == "") { // "counterpart from Kenya"
			j := k + 1
			for j+1 < len(a.toks) && j < k+6 && stateWords[a.toks[j].norm] {
				if c, _ := a.countryAt(j); c != "" {
					break // "of the Islamic Republic of Iran" is itself a name
				}
				j++
			}
			if c, e := a.countryAt(j); c != "" {
				country, k = c, e
				if a.tok(k).norm == "'s" && a.tok(k+1).upper {
					// "the vice-chairman of North Korea's Central
					// Committee, X": of a body of the country
					for k++; k < len(a.toks) && a.toks[k].kind == tokWord && a.toks[k].upper; k++ {
					}
					ti.head = false
				}
				if a.tok(k).text == "(" && a.tok(k+2).text == ")" && a.tok(k+1).upper && len([]rune(a.tok(k+1).text)) <= 5 {
					k += 3 // "President of the Republic of Korea (RoK) X": the country's acronym
				}
				if k < len(a.toks) && (a.toks[k].norm == "republic" || a.toks[k].norm == "federation" || a.toks[k].norm == "kingdom") {
					k++
				} else if m := a.countryMentionAt(j); m >= 0 && a.countries[m].adj {
					// "President of the Mexican Red Cross, X": the head of
					// a national body, not of the state
					for k < len(a.toks) && k < e+4 && a.toks[k].kind == tokWord && a.toks[k].upper {
						k++
						if bodyWords[a.toks[k-1].norm] {
							break // "President of Libyan Presidency Council X": the body ends, the name follows
						}
					}
					ti.head = false
				}
			} else if c, e := a.capitalAt(j); c != "" {
				country, k = c, e
			} else if c, e := a.localSeat(ti, j); c != "" {
				country, k = c, e // "governor of Stavropol": of the province's country
			} else if c, e := a.bodyOfCountry(k); c != "" {
				country, k = c, e // "General Secretary of the Communist Party of Vietnam X"
				ti.head = false
			} else if e := a.bodyAfterOf(k); e > k {
				k = e // "Kenya's Speaker of the National Assembly X"
			} else if a.tok(j-1).norm == "republic" && (a.tok(j).upper && a.tok(j).kind == tokWord || a.tok(j).text == ",") {
				k = j // "President of the Republic X", "the President of the Republic, X,": the country from context
			} else if e := a.bodyToComma(k + 1); e > k+1 {
				if a.openingTitle(i) != "" {
					k = e // "As Deputy Chairman of the Government, X oversees": a body of the country told elsewhere
				}
			}
		}
		if country != "" && k > end {
			if e2, t2, ok := a.titleAt(k); ok && e2 > k && strings.EqualFold(t2.name, ti.name) {
				k = e2 // "the Sultan of Brunei Sultan X": the title said again before the name
			}
		}
		if ti.head && a.tok(end).norm == "of" && (a.bodyNamed(end) || country == "" && a.unknownBodyNamed(end) || a.regionNamed(end)) {
			ti.head = false // "President of the Privy Council": a body's head
		}
		if country == "" && a.tok(k).norm != "for" {
			// "External Affairs Minister X"; not "Secretary of State for Wales"
			country = titleCountries[strings.ToLower(ti.name)]
		}
		if country == "" {
			country = a.seatBefore(i) // "Kremlin spokesman X"
		}
		if country == "" && localTitles[ti.name] {
			country = a.cityBefore(i) // "Prague Mayor X"
		}
		k = a.skipQualifiers(k)
		if envoyTitles[ti.name] && (a.tok(k).norm == "to" || a.tok(k).norm == "in") {
			// "the Kyrgyz Ambassador to Uzbekistan X": the destination
			d := k + 1
			if a.tok(d).norm == "the" {
				d++ // "Ambassador to the United States X"
			}
			if _, e := a.countryAt(d); e > d {
				k = e
			} else if e := a.placeStartsAt(k + 1); e > k+1 {
				k = e
			}
		}
		described := false
		if country == "" && a.tok(i-1).norm == "'s" && describedNations[a.tok(i-2).norm] && a.countryMentionAt(i-2) < 0 {
			// "the Pacific nation's prime minister": the country last named
			country, described = a.lastNamedCountry(i-2), true
		}
		appositive := false
		if k+1 < len(a.toks) && (a.toks[k].text == "," || a.spacedDash(k)) && (country != "" || a.definiteApposition(i, k)) && !(a.tok(k+1).upper && portfolios[a.tok(k+1).norm] != "") && !a.complementBeforeClause(i, k) {
			// (not "Minister of Energy, Industry and Mineral Wealth": the
			// portfolios go on)
			k++ // "the Head of Government of Morocco, Aziz Akhannouch"
			appositive = true
			if e, t2, ok := a.titleAt(k); ok && e > k {
				if t2.name != "" && ti.name != "" && !strings.EqualFold(t2.name, ti.name) && a.clauseGoesOn(a.nameAt(a.skipHonorifics(e))) {
					// "with the President of Azerbaijan, Prime Minister
					// X said": another title opens another person's name,
					// the subject of the clause (not "The Foreign Minister
					// of Paraguay, Ambassador X, is to visit": one man's
					// office and rank, the apposition closed)
					k--
					appositive = false
				} else {
					k = e // "the president of Ghana, President X"
				}
			}
		}
		if !appositive && a.portfolioWordEnd(k) {
			// "the Minister of Commerce, Industry and Investment
			// Promotion, Qais al Yousef": the last portfolio's second
			// word, then the name in apposition
			ti.name += " " + a.toks[k].text
			k, appositive = k+2, true
		}
		if !appositive && a.tok(k).text == "," {
			if n := a.portfolioTail(k); n > k {
				k, appositive = n, true // "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Bourita,"
			}
		}
		if _, t2, ok := a.titleAt(k); ok && ti.name == "" && t2.name != "" && !a.claimed[k] {
			continue // "his counterpart Foreign Minister X": the second title is his
		}
		if n := a.tok(k); n.upper && rankTitles[n.norm] && ti.name != "" && !strings.EqualFold(ti.name, n.text) && a.tok(k+1).upper && a.tok(k+1).kind == tokWord {
			k++ // "Foreign Secretary Chancellor Y": a rank worn with the office
		}
		k = a.skipHonorifics(k)
		nameEnd := a.nameAt(k)
		nameEnd = a.countrySurname(k, nameEnd, country)
		if appositive && nameEnd == k {
			k--
			nameEnd = k
		}
		possessed := a.tok(end).norm == "'s"
		possessor := ""
		if a.tok(end).norm == "to" && a.tok(end+1).norm == "the" {
			if _, t2, ok := a.titleAt(end + 2); ok && t2.head {
				possessor = t2.name // "Special Adviser to the President": the President's official
			}
		}
		if possessed {
			// "X, the PM's Adviser on Foreign Affairs": X's title is the
			// one after the possessive, not the possessor's
			if e, t2, ok := a.possessedTitle(end + 1); ok {
				if country == "" && a.tok(i-1).norm == "the" {
					possessor = ti.name // "the Emir's Minister": of the Emir's country
				}
				ti, k, possessed = t2, a.skipHonorifics(a.skipQualifiers(e)), false
				nameEnd = max(k, a.countrySurname(k, a.nameAt(k), country)) // "the Thai prime minister's special envoy X"
			}
		}
		if appositive && nameEnd-k >= 2 && a.tok(nameEnd).text == "," && !a.titleAfterComma(nameEnd) {
			// "Invited by A, the President of Y, B spent …": a definite
			// title between two names in apposition introduces the one
			// after it, not the one before (unless the one after has a
			// title of his own: "At the invitation of A, the Foreign
			// Secretary of Nepal, B, Foreign Secretary of India, made …")
		} else if !appositive && nameEnd-k >= 2 && a.tok(nameEnd).kind == tokWord && !a.tok(nameEnd).upper && !stopword[a.tok(nameEnd).norm] ||
			!appositive && nameEnd-k == 1 && a.tok(k-1).norm != "the" && a.tok(i-1).text == "," && a.tok(nameEnd).kind == tokWord && !a.tok(nameEnd).upper && (auxiliaryVerbs[a.tok(nameEnd).norm] || !stopword[a.tok(nameEnd).norm]) {
			// "with Peter Okello, President Amos Kiprono described …":
			// the title opens the clause of the name after it, its
			// subject (so too with a surname alone: "Accompanied by
			// First Lady Kim Keon-hee, President Yoon will make ...")
		} else if ti.name != "" && ti.name != "Leader" && !possessed && (appositive || nameEnd-k < 2 || !a.tok(end).upper || a.tok(nameEnd).text != ",") {
			// (a title with a full name of its own right after it is that
			// name's: "..., Commerce Minister Engineer X Y, ...")
			// a title in apposition after a name: "Nasser Bourita, Minister
			// of Foreign Affairs, ...", "X, the US Trade Representative"
			ri := i
			if p := a.tok(i - 1); i > 0 && p.upper && deputyWords[p.norm] && strings.HasPrefix(ti.name, p.text+" ") {
				ri = i - 1 // "X, Deputy Chairman of the Government of Y,": the deputy word opens the title
			}
			if a.tok(i-1).norm == "the" && reportingVerbs[a.tok(end).norm] && a.tok(i-2).text == "," {
				continue // "..., the Ambassador said": the speaker told by his role, no apposition to the words before
			}
			q := a.qualifiedTitleStart(ri) // "Kenya's current Ambassador"
			if c := a.countryMentionAt(q - 1); c >= 0 && a.countries[c].adj {
				ri = a.countries[c].i
			} else if q > 1 && a.tok(q-1).norm == "'s" {
				if c := a.countryMentionAt(q - 2); c >= 0 {
					ri = a.countries[c].i
				}
			}
			if ns, ne := a.nameBefore(ri); ne > ns {
				if country == "" {
					country = a.countryOfBody(k) // "X, spokesperson for the Kazakh Foreign Ministry"
				}
				l := a.addLeader(a.surface(ns, ne), ti, country, s)
				l.former = l.former || a.formerAt(i)
				if l.possessor == "" {
					l.possessor = possessor
				}
				l.spans = append(l.spans, [2]int{ns, ne})
				a.persons = append(a.persons, leaderMention{i: ns, j: ne, leaders: []*leader{l}})
				a.claim(ns, ne)
				lastTitle, lastTitleAt = ti.name, i
				i = max(i, k-1)
				continue
			}
		}
		if nameEnd == k {
			// "The President of Kazakhstan" with no name: a reference
			counterpart := ti.name == ""
			if ti.name == "" && lastTitle != "" && country != "" {
				// "Gustavo Petro, his Colombian counterpart": the title of
				// the person he is a counterpart of
				ti.name, ti.head = counterpartTitle(lastTitle), titles[strings.ToLower(lastTitle)].head
			}
			if country != "" && (ti.name != "" || counterpart) {
				ri := i
				cj := a.qualifiedTitleStart(i) // "Kenya's current ambassador"
				if cj > 1 && a.tok(cj-1).norm == "'s" {
					cj-- // "India's prime minister"
				}
				if k := a.countryMentionAt(cj - 1); k >= 0 && a.countries[k].j == cj {
					ri = a.countries[k].i
				}
				if ns, ne := a.nameBefore(ri); ne > ns && ti.name != "Leader" {
					// "Narendra Modi, India's prime minister, said"
					// ("X, his German counterpart" with no title before
					// in the sentence: untitled, a reference by role may
					// give one)
					l := a.addLeader(a.surface(ns, ne), ti, country, s)
					l.former = l.former || a.formerAt(i)
					l.untitled = l.title == ""
					l.spans = append(l.spans, [2]int{ns, ne})
					a.persons = append(a.persons, leaderMention{i: ns, j: ne, leaders: []*leader{l}})
					a.claim(ns, ne)
					lastTitle, lastTitleAt = ti.name, i
					continue
				}
				if l := a.namedBefore(ri); l != nil && l.country == "" && (l.title == "" || ti.name == "" || strings.EqualFold(l.title, ti.name) || a.titleOpensWith(i, l.title)) && !clauseVerbs[a.tok(k).norm] {
					// "Prince X, his Saudi counterpart": X was named
					// (with a rank) before the role that states his
					// country; "Minister X, Minister of Foreign Affairs of
					// Japan": the short title before the name opens the
					// long one; not "with Prime Minister X,
					// the Austrian Chancellor recalled": one title is no
					// other's; nor "Apart from talks with Foreign
					// Minister X, the Kuwaiti foreign minister is also to
					// call on ...": the role is the subject of a verb
					l.country = country
					continue
				}
				if l := a.namedBefore(ri); l != nil && l.country == "" && a.tok(ri-1).text == "," && (a.tok(k).text == "," || a.tok(k).norm == "and" || a.tok(k).text == ".") {
					// "Prince X, Saudi State Minister and member of the
					// Cabinet, who …": a second office, with no article,
					// in apposition right after the titled name, closed
					// by a comma or "and" (not a verb, as in "with Prime
					// Minister X, Austrian Chancellor Y recalled")
					l.country = country
					continue
				}
				if ti.name != "" {
					a.roles = append(a.roles, roleRef{i: ri, j: k, country: country, title: ti.name, counterpart: counterpart})
				}
			}
			if country == "" && counterpart && lastTitle != "" && (a.tok(i-1).norm == "his" || a.tok(i-1).norm == "her") && a.tok(k).text == "," {
				// "Joe Biden, the president of the United States, and
				// Vladimir Putin, his counterpart, shook hands": the
				// counterpart's title, his country left to context
				if ns, ne := a.nameBefore(i); ne-ns >= 2 {
					ct := titleInfo{name: counterpartTitle(lastTitle), head: titles[strings.ToLower(lastTitle)].head}
					l := a.addLeader(a.surface(ns, ne), ct, "", s)
					l.spans = append(l.spans, [2]int{ns, ne})
					a.persons = append(a.persons, leaderMention{i: ns, j: ne, leaders: []*leader{l}})
					a.claim(ns, ne)
				}
			}
			continue
		}
		if ti.name == "" { // counterpart
			last := lastTitle
			if p := a.tok(i - 1).norm; (p == "his" || p == "her") && lastTitleAt >= 0 && a.metAt(lastTitleAt) {
				// "is to call on President X as well as on his
				// counterpart, Y": his is the subject's, not X's
				last = ""
			}
			if last == "" {
				last = a.possessorTitle(i) // "Erdoğan's Kyrgyz counterpart X": the title of Erdoğan, named before
			}
			ti.name = counterpartTitle(last)
			ti.head = titles[strings.ToLower(last)].head
		}
		if ti.name == "Leader" && !a.toks[i].upper && country == "" {
			continue // "business leader X"; but "Chinese leader Li Qiang"
		}
		if nameEnd+1 < len(a.toks) && a.toks[nameEnd].norm == "of" && country == "" {
			if c, _ := a.stateAfterOf(nameEnd + 1); c != "" {
				country = c
			}
		}
		name := a.surface(k, nameEnd)
		if len(nameParts(name)) == 0 {
			continue
		}
		if venueWords[a.toks[nameEnd-1].norm] && (locatives[a.tok(i-1).norm] || a.tok(i-1).norm == "the" && i > 1 && locatives[a.tok(i-2).norm]) {
			continue // "at Sultan Park", "At the King David Hotel": a venue
		}
		if nameEnd == k+1 && a.sourceWords[a.toks[k].norm] && agencyVerbs[a.tok(nameEnd).norm] {
			continue // "Vice Minister of Foreign Affairs of Japan, Trend reports": the outlet, no name
		}
		l := a.addLeader(name, ti, country, s)
		l.former = l.former || a.formerAt(i)
		l.orgTitle = l.orgTitle || described && country == "" // no guess for a country described but not found
		if country == "" && (i > 0 && orgIndexAt(a.orgCover, i-1) >= 0 || a.tok(nameEnd).norm == "of" && orgIndexAt(a.orgCover, nameEnd+1) >= 0) {
			l.orgTitle, l.inOrg = true, true // "UN Secretary-General X", "Secretary-General X of NATO"
		}
		if l.possessor == "" {
			l.possessor = possessor
		}
		l.spans = append(l.spans, [2]int{k, nameEnd})
		a.persons = append(a.persons, leaderMention{i: k, j: nameEnd, leaders: []*leader{l}})
		a.claim(k, nameEnd)
		lastTitle, lastTitleAt = ti.name, i
		i = nameEnd - 1
		if e := a.coordinatedLeader(nameEnd, ti, s); e > nameEnd {
			i = e - 1
		}
	}
}

// stateAfterOf returns the country named at token j, after an "of", and
// the token after it; the words of a state's long name may come first:
// "President X of the Republic of Paraguay", "Minister X of the Kingdom of
// Bahrain". "" when no country follows.
func (a *mentionStage) stateAfterOf(j int) (string, int) {
	for k := j; k < len(a.toks) && k < j+6; k++ {
		if c, e := a.countryAt(k); c != "" {
			return c, e
		}
		if !stateWords[a.toks[k].norm] {
			break
		}
	}
	return "", j
}

// capitalPossessor returns the country of the capital whose possessive
// stands right before the title at token i, when the title is a state's
// office and no city's: "Seoul's Foreign Minister X", "Beijing's top
// diplomat"; not "Nairobi's governor".
func (a *mentionStage) capitalPossessor(i int, ti titleInfo) string {
	if i < 2 || a.toks[i-1].norm != "'s" || localTitles[ti.name] || ti.name == "" {
		return ""
	}
	for m := i - 2; m >= 0 && m >= i-4; m-- {
		if c, e := a.capitalAt(m); c != "" && e == i-1 {
			return c
		}
	}
	return ""
}

// localTitles are the offices of a city or province, whose holder is of
// the place's country. (data/words-titles.tsv)
var localTitles = wordSet("localTitles")

// localSeat returns the country of the place named at token j after a
// local office's "of" ("Governor of <province>") and the end of that
// name; "" when ti is no local office or no known place starts there.
func (a *mentionStage) localSeat(ti titleInfo, j int) (string, int) {
	if !localTitles[ti.name] {
		return "", j
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(j)) {
		if p.i == j {
			return a.placeCountry(p.key), p.j
		}
	}
	// a gazetteer city with the holder's name right after it, which the
	// place scan leaves (capitalised words go on): "Mayor of Nairobi Amos
	// Kiprono"
	if c, e := a.gazCityAt(j); c != "" && a.tok(e).upper {
		return c, e
	}
	return "", j
}

// gazCityAt returns the country and the end of the gazetteer city whose
// name starts at token j, or ("", j) when none does.
func (a *mentionStage) gazCityAt(j int) (string, int) {
	m, _ := a.x.gaz.lookup(a.toks, j, nil)
	if m.j > j {
		if e := pickEntry(m.entries); e.kind == entCity || e.kind == entCapital {
			return a.x.gaz.cities[e.id].country, m.j
		}
	}
	return "", j
}

// possessedTitle returns the end and office of a title that starts at
// token i or just after it, behind capitalised words only ("Diwan Affairs
// Minister" after "the Emir's"); ok is false when there is none.
func (a *mentionStage) possessedTitle(i int) (int, titleInfo, bool) {
	for j := i; j < i+4 && j < len(a.toks); j++ {
		if e, ti, ok := a.titleAt(j); ok && ti.name != "" && ti.name != "Leader" {
			return e, ti, true
		}
		if t := a.toks[j]; t.kind != tokWord || !t.upper {
			break
		}
	}
	return 0, titleInfo{}, false
}

// portfolioTail reads the rest of a list of portfolios after the comma
// at token k that ends a title's first portfolio, and the comma before a
// name: ", African Cooperation and Moroccans Abroad, Nasser Bourita,". It
// returns the token of the name, or k when the words are no such list (a
// run of capitalised words with "and", then a name of two words or more
// followed by a comma or "and").
func (a *mentionStage) portfolioTail(k int) int {
	e, and := k+1, false
	for e < len(a.toks) && e < k+9 {
		t := a.toks[e]
		if t.norm == "and" {
			and = true
		} else if t.kind != tokWord || !t.upper {
			break
		}
		e++
	}
	if !and || e == k+1 || a.tok(e).text != "," || a.tok(e-1).norm == "and" {
		return k
	}
	n := a.skipHonorifics(e + 1)
	ne := a.nameAt(n)
	if end := a.tok(ne); ne-n < 2 || end.text != "," && end.norm != "and" && end.text != "." && end.text != ";" {
		// (the name may end the sentence: "said the Minister of
		// Commerce, Industry and Investment Promotion, Qais al Yousef.")
		return k
	}
	return e + 1
}

// definiteApposition reports whether the title at token i, which ends at
// the comma at token k, is a definite title followed by a name in
// apposition: "The Prime Minister, Justin Trudeau, said".
func (a *mentionStage) definiteApposition(i, k int) bool {
	p := a.tok(i - 1).norm
	if p == "'s" && describedNations[a.tok(i-2).norm] {
		p = "the" // "the Pacific nation's prime minister, Bill English"
	}
	if how := a.openingTitle(i); how != "" && p != "the" {
		// "Deputy Prime Minister and Foreign Minister, Demeke Mekonnen
		// held talks", "As Deputy Chairman of the Government, Atdayev
		// oversees": the name after the comma is the clause's subject
		n := a.skipHonorifics(k + 1)
		e := a.nameAt(n)
		least := 2
		if how == "as" {
			least = 1
		}
		if how == "link" && e-n >= 2 && (a.tok(e).text == "," || a.tok(e).norm == "and") && !a.portfolioWordsIn(n, e) {
			return true // "which Justice Minister, X, signed", "by Transport Minister, Y, and ..."
		}
		if how == "open" && e-n >= 2 && a.tok(e).text == "," && a.clauseVerbAt(e+1) && !a.portfolioWordsIn(n, e) {
			return true // "At a press conference, Trade Minister, Datuk Seri X, described ...", "PRESIDENT, Dr X, spoke"
		}
		return e-n >= least && a.tok(e).kind == tokWord && !a.tok(e).upper && !stopword[a.tok(e).norm]
	}
	if p != "the" && !((p == "his" || p == "her") && a.toks[i].norm == "counterpart") {
		return false // but "welcomed his counterpart, Barack Obama, to ..."
	}
	n := a.skipHonorifics(k + 1)
	e := a.nameAt(n)
	return e-n >= 2 && (a.tok(e).text == "," || a.tok(e).text == ";" || a.tok(e).text == "." && a.sentenceOf(e) == a.sentenceOf(k) || a.tok(e).kind == tokWord && !a.tok(e).upper)
}

// bodyToComma returns the comma ending a body's name of capitalised
// words that starts at token j, "the" allowed first ("of the Government,
// X"), or j when no such name ends at a comma.
func (a *mentionStage) bodyToComma(j int) int {
	k := j
	if a.tok(k).norm == "the" {
		k++
	}
	n := k
	for n < len(a.toks) && n < k+4 && a.toks[n].kind == tokWord && a.toks[n].upper {
		n++
	}
	if n == k || a.tok(n).text != "," {
		return j
	}
	return n
}

// openingTitle reports how the title at token i opens a clause: at the
// sentence's start or after a comma ("open"), alone, after a deputy word
// or after another title and "and" ("Today at his office, Deputy Prime
// Minister and Foreign Minister, X"); after a clause-opening "As" ("as":
// "As Deputy Chairman of the Government, X oversees"); or after a
// relative pronoun or a preposition of agency ("link": "which Justice
// Minister, X, signed", "signed by Transport Minister, Y, and ..."); ""
// when it opens none.
func (a *mentionStage) openingTitle(i int) string {
	first := a.sents[a.sentenceOf(i)].first
	k := i - 1
	if k >= first && a.toks[k].upper && deputyWords[a.toks[k].norm] {
		k--
	}
	if k > first && a.toks[k].norm == "and" && a.toks[k-1].upper {
		for k--; k >= first && a.toks[k].kind == tokWord && a.toks[k].upper; k-- {
		}
	}
	switch {
	case k < first || a.toks[k].text == ",":
		return "open"
	case clauseLinks[a.toks[k].norm]:
		return "link"
	case a.toks[k].norm == "as" && (k == first || a.toks[k-1].text == ","):
		return "as"
	}
	return ""
}

// portfolioWordsIn reports whether tokens [i, j) hold a portfolio or
// state word: a title's list goes on there ("Minister of Public Service,
// Government Efficiency, and Implementation, X"), no name.
func (a *mentionStage) portfolioWordsIn(i, j int) bool {
	for k := i; k < j; k++ {
		if portfolios[a.toks[k].norm] != "" || stateWords[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// clauseVerbAt reports whether token k is a lower-case word that may be
// the verb of a clause: no function word, no relative pronoun ("X, who
// is ..." names X's own office after it).
func (a *mentionStage) clauseVerbAt(k int) bool {
	t := a.tok(k)
	return t.kind == tokWord && !t.upper && !stopword[t.norm] && t.norm != "who" && t.norm != "whose" && t.norm != "the"
}

// clauseLinks before a title followed by a comma and a name make the name
// the title's holder ("which Justice Minister, X, signed", "signed by
// Transport Minister, Y, and ...").
var clauseLinks = map[string]bool{"which": true, "who": true, "by": true, "with": true}

// complementBeforeClause reports whether the title at token i, which ends
// at the comma at token k, is the complement of another noun ("of the
// President of Azerbaijan") and the name after the comma runs on into a
// verb: the comma closes an opening phrase and the name is the subject of
// the main clause, not in apposition ("According to the Press Service of
// the President of Azerbaijan, X passed on greetings"; but "the visit of
// the President of Azerbaijan, Ilham Aliyev, to Baku").
func (a *mentionStage) complementBeforeClause(i, k int) bool {
	if p := a.tok(i - 2); a.tok(i-1).norm != "the" || p.norm != "of" && !(p.kind == tokWord && len(p.norm) > 4 && strings.HasSuffix(p.norm, "ing")) {
		return false // (also the object of a participle: "Meeting the Prime Minister, X stressed ...")
	}
	n := a.skipHonorifics(k + 1)
	e := a.nameAt(n)
	return e > n && a.tok(e).kind == tokWord && !a.tok(e).upper && !stopword[a.tok(e).norm]
}

// spacedDash reports whether token k is a dash with spaces around it,
// which sets off an apposition as a comma does: "the country's President
// - Emmanuel Macron - gave him ...".
func (a *mentionStage) spacedDash(k int) bool {
	switch a.tok(k).text {
	case "-", "–", "—":
		return a.toks[k].space && a.tok(k+1).space
	}
	return false
}

// coordinatedLeader reads a second name that shares the title of the
// name ending at token k: "Kenya's President X and Uganda's Y", "the
// Congolese President X and the Angolan Y". The
// second name must follow "and" with its own country and no title of its
// own; it returns the end of that name, or k.
func (a *mentionStage) coordinatedLeader(k int, ti titleInfo, s int) int {
	if a.tok(k).norm != "and" {
		return k
	}
	at := k + 1
	if a.tok(at).norm == "the" {
		at++ // "the Congolese President X and the Angolan Y"
	}
	c := a.countryMentionAt(at)
	if c < 0 || a.countries[c].i != at || at > k+1 && !a.countries[c].adj {
		return k
	}
	m := a.countries[c]
	e := m.j
	if a.tok(e).norm == "'s" {
		e++
	} else if !m.adj {
		return k
	}
	if _, _, ok := a.titleAt(e); ok {
		return k // its own title: the main loop reads it
	}
	if _, _, ok := a.titleAt(e + 1); ok && deputyWords[a.tok(e).norm] {
		return k // "and South African Deputy President X": his own title too
	}
	ns := a.skipHonorifics(e)
	ne := a.nameAt(ns)
	if ne-ns < 1 || a.sentenceOf(ne-1) != s {
		return k
	}
	if _, _, ok := a.titleAt(ne); ok || portfolios[a.tok(ns).norm] != "" {
		return k // "and German Economics Minister X": a portfolio and a title of his own
	}
	for n := ns; n < ne; n++ {
		if w := a.toks[n].norm; notPersonWords[w] || orgHeads[w] || venueWords[w] {
			return k // "and Chinese Communist Party officials": a body, no second leader
		}
	}
	l := a.addLeader(a.surface(ns, ne), ti, m.code, s)
	l.spans = append(l.spans, [2]int{ns, ne})
	a.persons = append(a.persons, leaderMention{i: ns, j: ne, leaders: []*leader{l}})
	a.claim(ns, ne)
	return ne
}

// countryOfBody returns the country of the body named after a title at
// token k: "of the State Council of China", "for the Kazakh Foreign
// Ministry", "at the Libyan Foreign Affairs ministry"; "" when the words up
// to the next punctuation name none or several.
func (a *mentionStage) countryOfBody(k int) string {
	switch a.tok(k).norm {
	case "of", "for", "at", "in": // "Minister of State in the Federal Democratic Republic of Ethiopia"
	default:
		return ""
	}
	found := ""
	for e := k + 1; e < len(a.toks) && e < k+14; e++ { // "of the Halk Maslahaty (People's Council) of Turkmenistan"

		t := a.toks[e]
		if t.kind == tokPunct && t.norm != "'s" && t.text != "(" && t.text != ")" || t.newline {
			break // (a possessive with a curly apostrophe too: "People’s Government")
		}
		if c := a.countryMentionAt(e); c >= 0 && a.countries[c].i == e {
			if found != "" && found != a.countries[c].code {
				return ""
			}
			found = a.countries[c].code
		}
	}
	return found
}

// skipQualifiers returns the token after the words that may qualify a
// title before its name ("Ambassador Extraordinary and Plenipotentiary").
func (a *mentionStage) skipQualifiers(k int) int {
	e := k
	for titleQualifiers[a.tok(e).norm] && (a.tok(e).norm != "and" || e > k && titleQualifiers[a.tok(e+1).norm]) {
		e++
	}
	if e > k && a.tok(e-1).norm == "and" {
		e--
	}
	return e
}

// seatBefore returns the country whose seat of government is named, in
// capitals, right before the title at token i: "Kremlin spokesman X",
// "White House press secretary Y"; "" when none.
func (a *mentionStage) seatBefore(i int) string {
	if i > 0 && a.toks[i-1].upper {
		if c := seatCountries[a.toks[i-1].norm]; c != "" {
			return c
		}
	}
	if i > 1 && a.toks[i-1].upper && a.toks[i-2].upper {
		return seatCountries[a.toks[i-2].norm+" "+a.toks[i-1].norm]
	}
	return ""
}

// cityBefore returns the country of the gazetteer city named right
// before token i ("Prague Mayor X"), or "". (The place scan leaves such a
// city when capitalised words go on after it.)
func (a *mentionStage) cityBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-3 && a.toks[j].upper; j-- {
		if c, e := a.gazCityAt(j); c != "" && e == i {
			return c
		}
	}
	return ""
}

// seatCountries: see data/words-titles.tsv.
var seatCountries = wordMap("seatCountries")

// titleCountries: see data/words-titles.tsv.
var titleCountries = wordMap("titleCountries")

// titleQualifiers, envoyTitles and notPersonWords: see data/words-mentions.tsv.
var (
	notPersonWords  = wordSet("notPersonWords")
	titleQualifiers = wordSet("titleQualifiers")
	envoyTitles     = wordSet("envoyTitles")
)

// countryBefore returns the country named by an adjective or possessive
// just before a title (tokens before i, skipping capitalised title words).
func (a *mentionStage) countryBefore(i int) string {
	s := a.sentenceOf(i)
	// the mentions that end by token i, nearest first
	for k := sort.Search(len(a.countries), func(k int) bool { return a.countries[k].j > i }) - 1; k >= 0; k-- {
		c := a.countries[k]
		if a.sentenceOf(c.i) != s {
			return "" // the nearer mentions are all in earlier sentences
		}
		if i-c.j > 12 {
			return ""
		}
		if c.i > 0 && !c.adj && (a.toks[c.i-1].norm == "in" || a.toks[c.i-1].norm == "at") && a.tok(c.j).norm != "'s" {
			// "In Saudi Arabia the President's programme": where the
			// title's holder is, not whose
			return ""
		}
		if !c.adj && a.tok(c.j).norm == "of" {
			// "the visit to Oman of King X of Jordan": the country's name
			// ends a phrase the title's "of" goes on from, no adjective
			// of the title
			return ""
		}
		if c.i > 0 && !c.adj && (a.toks[c.i-1].norm == "of" || c.i > 1 && a.toks[c.i-1].norm == "the" && a.toks[c.i-2].norm == "of") && a.betweenHas(c.j, i, "and") {
			// "President X of Turkmenistan and President Y", "Minister
			// of the UK X and Minister Y": the country after "of" is X's,
			// not that of the title after "and"
			return ""
		}
		if b := c.i - 1; a.betweenHas(c.j, i, "and") && a.tok(b).text == "," && a.claimed[b-1] && a.isPersonToken(b-1) {
			// "Peruvian President A, Kenyan Prime Minister B and King C":
			// a list of sides, each adjective its own name's
			return ""
		}
		if a.tok(c.i-1).norm == "visiting" && a.betweenHas(c.j, i, "and") {
			// "the visiting Maldivian President X and Prime Minister Y
			// inaugurated …": the adjective is the guest's, not his
			// host's
			return ""
		}
		if b := c.i - 1; a.betweenHas(c.j, i, "and") && (a.tok(b).norm == "between" || a.tok(b).norm == "the" && a.tok(b-1).norm == "between") {
			// "talks between the Pakistani Prime Minister and President
			// X": the two of "between" are two sides
			return ""
		}
		// only title-like words between, and no name under the same
		// title: in "US President Joe Biden and President X" the country
		// is Biden's ("Chinese President Xi and Premier Li": both Chinese)
		for m := c.j; m < i; m++ {
			t := a.toks[m]
			if a.claimed[m] && a.isPersonToken(m) && a.sameTitleAt(c.j, i) {
				return ""
			}
			if a.claimed[m] && a.isPersonToken(m) && a.betweenHas(m, i, "and") && a.metEachOther(i) {
				// "Russian President X and Prime Minister Y met on
				// Friday": the two who meet each other are two sides,
				// the adjective is X's alone
				return ""
			}
			if a.claimed[m] && a.isPersonToken(m) && a.betweenHas(m, i, "and") && a.twoSidesFrom(i, 16) && a.opensClause(c.i) {
				// "Brazilian President X and Prime Minister Y, seeing room
				// to expand bilateral trade": two sides dealing with
				// each other, the adjective X's alone
				return ""
			}
			if a.claimed[m] && a.isPersonToken(m) && a.bilateralClause(c.i) {
				// "the bilateral partnership that South Korean President
				// X and Prime Minister Y announced": the two parties of a
				// bilateral act are two sides
				return ""
			}
			if a.claimed[m] && a.isPersonToken(m) && a.signedBy(c.i) {
				// "signed by Moroccan Trade Minister X and Economy
				// Minister Y": each signatory signs for his side
				return ""
			}
			if t.norm == "'s" || t.norm == "visiting" || t.norm == "the" || t.norm == "of" || t.norm == "and" || t.norm == "his" || t.norm == "her" || t.kind == tokWord && t.upper {
				continue
			}
			if (t.norm == "counterpart" || t.norm == "counterparts") && a.tok(m+1).norm == "of" {
				return "" // "X, the Vietnamese counterpart of Prime Minister Y": the adjective is X's, Y of the other side
			}
			if t.norm == "counterpart" || t.norm == "new" || t.norm == "outgoing" || t.norm == "deputy" || t.norm == "acting" || timeQualifiers[t.norm] || bodyQualifiers[t.norm] {
				continue
			}
			if a.tok(c.j).norm == "'s" && (holderDescriptors[t.norm] || isDash(t) && holderDescriptors[a.tok(m-1).norm] && holderDescriptors[a.tok(m+1).norm]) {
				continue // "Ethiopia's reformist new Prime Minister X", "Russia's long-serving Foreign Minister"
			}
			if t.norm == "non" && a.tok(m+1).text == "-" && a.tok(m+2).norm == "resident" || t.text == "-" && a.tok(m-1).norm == "non" || t.norm == "resident" {
				continue // "Ghana's non-resident High Commissioner"
			}
			if isDash(t) && a.tok(m-1).upper && a.tok(m+1).upper {
				continue // "Deputy Prime Minister – Minister of Foreign Affairs"
			}
			return ""
		}
		return c.code
	}
	return ""
}

// divisionNouns end the names of a country's parts (data/words-mentions.tsv).
var divisionNouns = wordSet("divisionNouns")

// holderDescriptors: see data/words-titles.tsv.
var holderDescriptors = wordSet("holderDescriptors")

// reciprocalVerbs, said of two persons joined by "and" with no object
// after them, report that they met each other ("X and Y met on Friday",
// "X and Y held talks in Delhi"). (data/words-mentions.tsv)
var reciprocalVerbs = wordSet("reciprocalVerbs")

// twoSidesWords tell, in the clause of a pair of leaders, that the two
// deal with each other (data/words-mentions.tsv).
var twoSidesWords = wordSet("twoSidesWords")

// twoSidesFrom reports whether the clause that goes on from token j, up
// to n words, tells of the dealings of two sides: "and Prime Minister X,
// seeing room to expand bilateral trade", "and X confirmed their
// determination to cooperate".
func (a *mentionStage) twoSidesFrom(j, n int) bool {
	if j >= len(a.toks) {
		return false
	}
	s := a.sentenceOf(j)
	for k := j; k < a.sents[s].last && k < j+n; k++ {
		if a.toks[k].text == ";" {
			return false
		}
		if twoSidesWords[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// opensClause reports whether the capitalised words that end at token k
// (a country's adjective, a title, a name) open their clause: at the
// sentence's start, after punctuation, or after a day ("On Thursday
// Saudi Arabian Deputy Crown Prince X and Prime Minister Y ..."); not
// after a verb or a preposition ("called on Sri Lankan President X and
// Prime Minister Y"), where the pair is another's object.
func (a *mentionStage) opensClause(k int) bool {
	first := a.sents[a.sentenceOf(k)].first
	for k > first && (a.toks[k-1].kind == tokWord && a.toks[k-1].upper && !weekdayNames[a.toks[k-1].norm] || a.toks[k-1].norm == "the") {
		k--
	}
	if k <= first {
		return true
	}
	p := a.toks[k-1]
	switch {
	case p.kind == tokPunct:
		return true
	case weekdayNames[p.norm], p.norm == "today", p.norm == "yesterday":
		return true
	}
	return false
}

// metEachOther reports whether the titled name at token i is the second
// of two persons who meet each other: after the title and name (capitalised
// words) comes a reciprocal verb ("met", "held talks") that has no object
// or "with" after it: a preposition, a weekday, or the sentence's end.
func (a *mentionStage) metEachOther(i int) bool {
	k := i
	for k < len(a.toks) && k < i+10 && (a.toks[k].kind == tokWord && a.toks[k].upper || a.toks[k].text == "." && !a.toks[k].space) {
		k++
	}
	if k == i || k >= len(a.toks) || a.toks[k].kind != tokWord {
		return false
	}
	switch w := a.toks[k].norm; {
	case reciprocalVerbs[w]:
		k++
	case (w == "held" || w == "hold" || w == "holds") && a.tok(k+1).norm == "talks":
		k += 2
	default:
		return false
	}
	n := a.tok(k)
	switch {
	case n.kind != tokWord:
		return n.text == "." || n.text == ","
	case n.upper:
		return weekdayNames[n.norm]
	}
	return reciprocalAfter[n.norm]
}

// weekdayNames are the days of the week, folded.
var weekdayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// reciprocalAfter may follow a reciprocal verb without giving it an
// object: "met on Friday", "met in Delhi", "met here today".
// (data/words-mentions.tsv)
var reciprocalAfter = wordSet("reciprocalAfter")

// bilateralClause reports whether the tokens before i open a relative
// clause on something bilateral: "the bilateral Comprehensive Strategic
// Partnership that …", "a bilateral treaty which …".
func (a *mentionStage) bilateralClause(i int) bool {
	if i < 2 || a.toks[i-1].norm != "that" && a.toks[i-1].norm != "which" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		t := a.toks[k]
		if t.norm == "bilateral" {
			return true
		}
		if t.kind != tokWord || !t.upper && t.norm != "the" && t.norm != "a" && t.norm != "new" {
			return false
		}
	}
	return false
}

// signedBy reports whether the tokens before i read "signed by" (or
// "between"): the names after it are the signatories of two sides.
func (a *mentionStage) signedBy(i int) bool {
	if i >= 2 && a.toks[i-1].norm == "by" && signWords[a.toks[i-2].norm] {
		return true
	}
	return i >= 1 && a.toks[i-1].norm == "between"
}

// bodyQualifiers stand between a country and the title of an official of
// one of its bodies: "Thai government spokesman X". (data/words-titles.tsv)
var bodyQualifiers = wordSet("bodyQualifiers")

// electedWords qualify a new holder of an office before his title:
// "his newly-elected Italian counterpart", "the recently appointed envoy".
var electedWords = map[string]bool{"newly": true, "recently": true, "elected": true, "appointed": true, "re-elected": true, "reelected": true}

// timeQualifiers place an office in time between a country or a name in
// apposition and the title: "Ghana's first President", "X, former
// President of Cuba", "Y, the incoming Secretary of Economy". ("Acting"
// is left out: it names deputies of other bodies whose country the
// context does not give.)
var timeQualifiers = map[string]bool{"then": true, "former": true, "late": true, "first": true, "current": true, "incumbent": true, "founding": true, "previous": true,
	"interim": true, "incoming": true, "new": true}

// pastWords before a title make its holder no present one: "former
// President X", "Ghana's first President, X", "X, the late King of Y", "Y,
// the incoming President of Z" (who does not hold it yet).
var pastWords = map[string]bool{"then": true, "former": true, "late": true, "ex": true, "first": true, "founding": true, "previous": true, "incoming": true}

// formerAt reports whether the title at token i is named as held in the
// past: a past word just before it, or before the country that qualifies
// it ("former Egyptian President", "Egypt's former President").
func (a *mentionStage) formerAt(i int) bool {
	k := i - 1
	if k >= 0 && a.toks[k].text == "-" && !a.toks[k].space {
		k-- // "ex-President"
	}
	w := ""
	if k >= 0 && pastWords[a.toks[k].norm] {
		w = a.toks[k].norm
	} else {
		if k >= 0 && a.toks[k].norm == "'s" {
			k--
		}
		if c := a.countryMentionAt(k); k >= 0 && c >= 0 && a.countries[c].j == k+1 {
			if k = a.countries[c].i - 1; k >= 0 && pastWords[a.toks[k].norm] {
				w = a.toks[k].norm
			}
		}
	}
	if w == "" {
		return false
	}
	if w != "former" && w != "then" {
		if e, _, ok := a.titleAt(i); ok {
			if n := a.tok(e); n.kind == tokWord && !n.upper && n.norm != "of" {
				return false // "the first Indian prime minister to visit": an ordinal of holders
			}
		}
	}
	return true
}

// stateWords may stand between "of" and a country in a title: "President
// of the Government of Spain".
// (data/words-mentions.tsv)
var stateWords = wordSet("stateWords")

// capitalAt returns the country of a capital city named at token i ("Crown
// Prince of Abu Dhabi") and the token after it.
func (a *mentionStage) capitalAt(i int) (string, int) {
	for _, p := range a.placesOfSentence(a.sentenceOf(i)) {
		if p.i == i {
			if e := a.placeInfo[p.key]; e != nil && a.x.capitalOf[e.country] == e.name {
				return e.country, p.j
			}
		}
	}
	return "", i
}

// countryAt returns the country mentioned starting at token i and the token after it.
func (a *mentionStage) countryAt(i int) (string, int) {
	if k := a.countryMentionAt(i); k >= 0 && a.countries[k].i == i {
		return a.countries[k].code, a.countries[k].j
	}
	return "", i
}

// addLeader merges a titled name into the known leaders.
func (a *mentionStage) addLeader(name string, ti titleInfo, country string, sent int) *leader {
	parts := nameParts(name)
	for _, l := range a.leaders {
		if sameLeader(l.parts, parts) {
			if len(parts) > len(l.parts) && (len(l.parts) == 1 || !isInitials(parts) && strings.Join(bareName(parts), " ") != strings.Join(bareName(l.parts), " ")) {
				// the longest form; not one that only adds an initial
				// or a suffix to the name as first given ("Lloyd Austin",
				// then "Lloyd J. Austin III"), unless that was a surname
				// alone ("EAM Jaishankar", then "S. Jaishankar")
				l.name, l.parts = cleanName(name), parts
			}
			if l.country == "" {
				l.country = country
			}
			if l.nick == "" {
				l.nick = nickname(name)
			}
			if l.title == "" || l.title == "Leader" {
				l.title, l.head = ti.name, ti.head
			}
			return l
		}
	}
	l := &leader{name: cleanName(name), parts: parts, title: ti.name, head: ti.head, country: country, first: sent, nick: nickname(name)}
	a.leaders = append(a.leaders, l)
	return l
}

// nickname returns the folded quoted nickname of one word inside a name
// (Luiz Inácio "Lula" da Silva gives "lula"), or "".
func nickname(name string) string {
	open := strings.IndexAny(name, "\"“”")
	if open < 0 {
		return ""
	}
	_, w := utf8.DecodeRuneInString(name[open:])
	rest := name[open+w:]
	end := strings.IndexAny(rest, "\"“”")
	if end <= 0 || strings.ContainsAny(rest[:end], " -") {
		return ""
	}
	return fold(rest[:end])
}

// nameParts returns the folded words of a name, hyphenated parts kept together.
func nameParts(name string) []string {
	f := strings.FieldsFunc(fold(name), func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	return f
}

func isInitials(parts []string) bool {
	for _, p := range parts[:len(parts)-1] {
		if len(p) > 1 {
			return false
		}
	}
	return len(parts) > 1
}

// cleanName returns a name with its spaces normalised and without a
// quoted nickname (Ferdinand "Bongbong" Marcos).
func cleanName(s string) string {
	var b strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"' || r == '“' || r == '”':
			quoted = !quoted
		case !quoted:
			b.WriteRune(r)
		}
	}
	if quoted {
		return strings.Join(strings.Fields(s), " ") // an unclosed quote: keep all
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// isQuote reports whether s is a double quotation mark.
func isQuote(s string) bool { return s == "\"" || s == "“" || s == "”" }

// sameLeader reports whether two names denote one person: equal; one a
// single word equal to a word of the other that is not a particle (a
// first or last name, or a well-known middle name: "Lula" in "Luiz Inácio
// Lula da Silva"); one the last words of the other ("López Obrador"); or
// initials + surname; or the same words but one a vowel apart (see
// vowelApart).
func sameLeader(x, y []string) bool {
	if bx, by := bareName(x), bareName(y); len(bx) >= 2 && strings.Join(bx, " ") == strings.Join(by, " ") {
		return true // "Lloyd J. Austin III", "Lloyd Austin"
	}
	if regnalApart(x, y) || regnalApart(y, x) {
		return false // "Abdullah II" is not "Abdullah bin Zayed"
	}
	x, y = trimSuffix(x), trimSuffix(y)
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if strings.Join(x, " ") == strings.Join(y, " ") {
		return true
	}
	if len(x) != len(y) && strings.ReplaceAll(strings.Join(x, " "), "-", " ") == strings.ReplaceAll(strings.Join(y, " "), "-", " ") {
		return true // "Jose Ramos-Horta", "Jose Ramos Horta"
	}
	if len(x) >= 2 && len(y) >= 2 && (isPrefix(x, y) || isPrefix(y, x)) {
		return true // "Hassan Sheikh", "Hassan Sheikh Mohamud"
	}
	if len(x) >= 3 && len(y) >= 3 && x[0] != y[0] && spellingKey(x[0]) == spellingKey(y[0]) && (slices.Equal(x[1:], y[1:]) || isPrefix(x[1:], y[1:]) || isPrefix(y[1:], x[1:])) {
		return true // "Mohamed bin Zayed", "Mohammed bin Zayed Al Nahyan": a given name with a letter doubled
	}
	one, many := x, y
	if len(y) < len(x) {
		one, many = y, x
	}
	if len(one) == 1 {
		if one[0] == many[0] {
			return true
		}
		if len(many) > 1 && patronymic[many[len(many)-2]] {
			return false // "Salman" is not "Mohammed bin Salman": his father
		}
		if one[0] == many[len(many)-1] {
			return true
		}
		for k := 1; k < len(many)-1; k++ {
			p := many[k]
			if p == one[0] && len(p) >= 4 && !nameParticles[p] && !patronymic[many[k-1]] {
				return true
			}
		}
		return false
	}
	if len(one) < len(many) && strings.Join(many[len(many)-len(one):], " ") == strings.Join(one, " ") {
		// "López Obrador", "Andrés Manuel López Obrador"; but not
		// "Mohammed bin Rashid Al Maktoum", the father of "Maktoum bin
		// Mohammed bin Rashid Al Maktoum"
		return !patronymic[many[len(many)-len(one)-1]]
	}
	if x[len(x)-1] == y[len(y)-1] && (isInitials(x) || isInitials(y)) {
		return x[0][:1] == y[0][:1]
	}
	return vowelApart(x, y)
}

// bareName returns the words of a name without its middle initials and a
// suffix or regnal number: "lloyd j austin iii" gives "lloyd austin".
func bareName(parts []string) []string {
	parts = trimSuffix(parts)
	var out []string
	for k, p := range parts {
		if len(p) == 1 && k > 0 && k < len(parts)-1 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// isPrefix reports whether the words of x begin y, y the longer name.
func isPrefix(x, y []string) bool {
	if len(x) >= len(y) {
		return false
	}
	for k := range x {
		if x[k] != y[k] {
			return false
		}
	}
	return !patronymic[x[len(x)-1]] // not "Mohammed bin" of "Mohammed bin Salman"
}

// vowelApart reports whether two names of two words or more are one
// spelled two ways: the same words but one, where a single vowel differs
// ("Ismael Omar Guelleh", "Ismail Omar Guelleh").
func vowelApart(x, y []string) bool {
	if len(x) != len(y) || len(x) < 2 {
		return false
	}
	diff := -1
	for k := range x {
		if x[k] != y[k] {
			if diff >= 0 {
				return false
			}
			diff = k
		}
	}
	if diff < 0 {
		return true
	}
	a, b := x[diff], y[diff]
	if len(a) != len(b) || len(a) < 4 {
		return false
	}
	apart := 0
	for k := 0; k < len(a); k++ {
		if a[k] == b[k] {
			continue
		}
		if !strings.ContainsRune("aeiouy", rune(a[k])) || !strings.ContainsRune("aeiouy", rune(b[k])) {
			return false
		}
		apart++
	}
	return apart == 1
}

// regnalNumbers end a monarch's name: "Abdullah II".
var regnalNumbers = map[string]bool{"ii": true, "iii": true, "iv": true, "v": true, "vi": true, "vii": true, "viii": true}

// regnalApart reports whether x is a name with a regnal number and y a
// name of several words without it: another person of the same given
// name ("Abdullah II", "Abdullah bin Zayed"), not "Abdullah" alone nor
// "Abdullah II bin Al-Hussein".
func regnalApart(x, y []string) bool {
	if len(x) < 2 || !regnalNumbers[x[len(x)-1]] || len(y) < 2 {
		return false
	}
	for _, p := range y {
		if p == x[len(x)-1] {
			return false
		}
	}
	return true
}

// patronymic words stand before a father's name inside a person's name
// ("bin", "ibn", "bint").
var patronymic = map[string]bool{"bin": true, "ibn": true, "bint": true}

// nameSuffixes end a name without being a surname ("Ferdinand Marcos Jr.").
// (data/words-mentions.tsv)
var nameSuffixes = wordSet("nameSuffixes")

func trimSuffix(parts []string) []string {
	if len(parts) > 1 && nameSuffixes[parts[len(parts)-1]] {
		return parts[:len(parts)-1]
	}
	return parts
}

// nameBefore returns the name of at least two words that stands in
// apposition before token i ("Narendra Modi, India's ..."), or (i, i).
func (a *mentionStage) nameBefore(i int) (int, int) {
	p := a.relativeOpener(i) - 1
	if p >= 0 && (timeQualifiers[a.toks[p].norm] || a.toks[p].norm == "acting" || ordinals[a.toks[p].norm]) {
		p-- // "Fidel Castro, former President of Cuba,", "X, the Acting Kenyan High Commissioner", "Y, Second Vice-President and Minister of Z"
	}
	for n := 0; n < 3 && p > 0 && (electedWords[a.toks[p].norm] || a.toks[p].text == "-" && electedWords[a.toks[p-1].norm]); n++ {
		p-- // "Giorgia Meloni, his newly-elected Italian counterpart"
	}
	if p >= 0 && (a.toks[p].norm == "the" || a.toks[p].norm == "his" || a.toks[p].norm == "her") {
		p--
	}
	if p < 1 || a.toks[p].text != "," {
		return i, i
	}
	end := p
	if t := a.tok(end - 1); end > 1 && postNominals[t.norm] && t.text == strings.ToUpper(t.text) {
		end-- // "Anthony Albanese MP, Prime Minister of Australia"
		if end > 1 && a.tok(end-1).text == "," {
			end-- // "the Hon. Malcolm Turnbull, MP, Prime Minister of Australia"
		}
	}
	k := end
	words := 0 // the words of the name read so far, not its hyphens
	for k > 0 && words < 8 {
		t := a.tok(k - 1)
		if t.kind == tokWord && t.upper && !a.claimed[k-1] && !stopword[t.norm] && (!notNames[t.norm] || a.afterNameLink(k-1, 1) || a.monthGivenName(k-1)) && !a.isCountryToken(k-1) {
			k--
			words++
			continue
		}
		if t.kind == tokPunct && isApos([]rune(t.text)[0]) && t.norm != "'s" && k-2 >= 0 && a.tok(k-2).upper && (!t.space || !a.tok(k).space) {
			k-- // "Tupouto'a 'Ulukalala", "Shia' al-Sudani"
			continue
		}
		if isQuote(t.text) && words > 0 && k-4 >= 0 && a.tok(k-2).upper && a.tok(k-2).kind == tokWord && isQuote(a.tok(k-3).text) && a.tok(k-4).upper && a.tok(k-4).kind == tokWord {
			k -= 3 // a nickname: Chandrikapersad “Chan” Santokhi
			continue
		}
		if (t.text == "-" && !t.space || nameParticles[t.norm]) && k-2 >= 0 && a.tok(k-2).upper {
			k--
			continue
		}
		if t.kind == tokWord && !t.space && k-3 >= 0 && a.tok(k-2).text == "-" && !a.tok(k-2).space && a.tok(k-3).upper && !a.claimed[k-1] {
			k-- // the lower-case half of a hyphenated given name: "Cho Tae-yul"
			continue
		}
		if t.text == "." && !t.space && k-2 >= 0 && a.isInitial(k-2) {
			k -= 2 // an initial: "S. Kumar, the Joint Secretary", "N.Enkhtaivan, Minister of ..."
			continue
		}
		if words >= 1 && t.kind == tokWord && t.upper && !t.caps && stopNames[t.norm] && !a.claimed[k-1] && !a.sentenceStart(k-1) {
			k-- // a given name that is an English word: "To Lam, Vietnam's top leader"
			words++
		}
		break
	}
	for n := k; n < end; n++ {
		if notPersonWords[a.toks[n].norm] || orgHeads[a.toks[n].norm] || venueWords[a.toks[n].norm] || regionWord(a.toks[n].norm) {
			return i, i // "a tour of Central Asia, South Korean President X": a region, no person
		}
	}
	if a.portfolioWords(k, end) {
		return i, i // "Minister of Foreign Affairs and International Trade, who also serves as": a portfolio, no person
	}
	if h := a.skipHonorifics(k); h < end {
		k = h // "Datuk Seri Mohamad Hasan, the Minister of ..."
	}
	if end-k < 1 || end-k == 1 && !a.loneNameOK(k) || a.nameAt(k) != end {
		return i, i
	}
	if _, isTitle := titles[a.toks[k].norm]; isTitle && !a.titleAsGivenName(k+1) {
		return i, i
	}
	if k > 0 && a.toks[k-1].norm == "the" {
		return i, i // "the Custodian of the Two Holy Mosques, King X": no person
	}
	return k, end
}

// qualifiedTitleStart returns where the qualifiers of time or office
// before the title at token i begin ("current", "acting", "former"): the
// country's adjective or possessive stands before them ("Kenya's current
// ambassador"); i when there are none.
func (a *mentionStage) qualifiedTitleStart(i int) int {
	for i > 0 {
		switch {
		case timeQualifiers[a.toks[i-1].norm] || a.toks[i-1].norm == "acting":
			i--
		case a.toks[i-1].norm == "resident" && a.tok(i-2).text == "-" && a.tok(i-3).norm == "non":
			i -= 3 // "Ghana's non-resident High Commissioner"
		default:
			return i
		}
	}
	return i
}

// regionWord reports whether w ends the name of a region of several
// countries ("Central Asia", "the Sahel"), which is no person's; not the
// waters of the list ("Bay", "Lake"), which are surnames too.
func regionWord(w string) bool {
	switch w {
	case "east", "sea", "ocean", "river", "lake", "lakes", "strait", "straits", "bay", "channel", "peninsula", "horn", "gulf":
		return false
	}
	return multinational[w]
}

// portfolioWords reports whether the words [k, e) are all portfolio
// words ("International Trade"): the end of a title, no name.
func (a *mentionStage) portfolioWords(k, e int) bool {
	for n := k; n < e; n++ {
		if t := a.toks[n]; t.kind == tokWord && portfolios[t.norm] == "" {
			return false
		}
	}
	return e > k
}

// relativeOpener returns where a relative clause that gives a title
// begins when one ends just before token i — "X, who is President of
// Zanzibar", "Y, who also serves as Minister of …" — so that the name
// before it is the title's; i when there is none.
func (a *mentionStage) relativeOpener(i int) int {
	p := i - 1
	if a.tok(p).norm == "the" {
		p--
	}
	if a.tok(p).norm == "also" {
		p-- // "who is also"
	}
	switch {
	case a.tok(p).norm == "is":
		p--
	case a.tok(p).norm == "as" && a.tok(p-1).norm == "serves":
		p -= 2
	default:
		return i
	}
	if a.tok(p).norm == "also" {
		p-- // "who also serves as"
	}
	if p < 1 || a.toks[p].norm != "who" || a.toks[p-1].text != "," {
		return i
	}
	return p
}

// namedBefore returns the leader named just before ", his" (or ", the",
// ", her") and the token i: the person a role in apposition describes
// when the name was already taken with a title or rank of its own
// ("Prince X, his Saudi counterpart"); nil when there is none.
func (a *mentionStage) namedBefore(i int) *leader {
	p := i - 1
	if p >= 0 && (a.toks[p].norm == "the" || a.toks[p].norm == "his" || a.toks[p].norm == "her") {
		p--
	}
	if p < 1 || a.toks[p].text != "," {
		return nil
	}
	for _, m := range a.persons {
		if m.j == p && len(m.leaders) == 1 {
			return m.leaders[0]
		}
	}
	return nil
}

// isInitial reports whether token k is an initial: one capital letter,
// unclaimed.
func (a *mentionStage) isInitial(k int) bool {
	return initialLetter(&a.toks[k]) && !a.claimed[k]
}

// loneNameOK reports whether the single word at k may be a name in
// apposition ("Lula, Brazil's president, said"): it opens its sentence or
// line, and is not an adverb ("Separately, India's prime minister").
func (a *mentionStage) loneNameOK(k int) bool {
	t := a.toks[k]
	if strings.HasSuffix(t.norm, "ly") || len([]rune(t.norm)) < 3 || t.caps || ordinals[t.norm] || sequenceWords[t.norm] || strings.HasSuffix(t.norm, "ing") && len([]rune(t.norm)) >= 8 {
		return false // "Separately,", "First,", "Then,", "Replying,": no name
	}
	if k == 0 || t.newline {
		return true
	}
	p := a.tok(k - 1)
	if p.text == "—" || p.text == "–" || p.text == "--" {
		return true // after the dateline
	}
	return p.kind == tokPunct && p.text != "," && p.text != "." && a.sentenceOf(k-1) == a.sentenceOf(k) && k-1 == a.sents[a.sentenceOf(k)].first
}

// isPersonToken reports whether token m is inside a person's name found
// so far.
func (a *mentionStage) isPersonToken(m int) bool {
	for _, p := range a.persons {
		if p.i <= m && m < p.j {
			return true
		}
	}
	return false
}

// monarchs are the canonical titles of hereditary heads of state.
// (data/words-titles.tsv)
var monarchs = wordSet("monarchs")

// sameTitleAt reports whether the titles at tokens k (or after a
// possessive there) and i cannot be held in one country by two persons:
// one office, or a president and a monarch.
func (a *mentionStage) sameTitleAt(k, i int) bool {
	if a.tok(k).norm == "'s" {
		k++ // "Qatar's Emir X and President Y"
	}
	_, x, ok := a.titleAt(k)
	_, y, ok2 := a.titleAt(i)
	if !ok || !ok2 || x.name == "" {
		return false
	}
	return oneHolder(x.name, y.name)
}

// oneHolder reports whether two persons with titles x and y cannot be of
// one country: one office, or a president and a monarch.
func oneHolder(x, y string) bool {
	return x == y || monarchs[x] && y == "President" || x == "President" && monarchs[y] || foreignOffices[x] && foreignOffices[y]
}

// foreignOffices are the titles of a country's one foreign minister
// (data/words-titles.tsv).
var foreignOffices = wordSet("foreignOffices")

// countriesListedBefore returns the countries of a list of two or more
// joined by commas and "and" that ends right before token i ("Russian and
// US" before "Presidents"), in their order; nil when there is none.
func (a *mentionStage) countriesListedBefore(i int) []string {
	var out []string
	m := i
	for m > 0 {
		c := a.countryMentionAt(m - 1)
		if c < 0 || a.countries[c].j != m {
			break
		}
		out = append([]string{a.countries[c].code}, out...)
		m = a.countries[c].i
		if n := a.tok(m - 1); m > 0 && (n.norm == "and" || n.text == ",") {
			m--
			continue
		}
		break
	}
	if len(out) < 2 || a.tok(m).norm == "and" || a.tok(m).text == "," {
		return nil // a single country, or a list cut short
	}
	return out
}

// countryList returns the codes of the countries named by name from token
// k on, joined by commas and "and" ("Tonga, Cook Islands and Samoa"), and
// the token after the last of them; nil when fewer than two are so joined.
func (a *mentionStage) countryList(k int) ([]string, int) {
	var out []string
	s := a.sentenceOf(k)
	end := k
	for {
		c := a.countryMentionAt(k)
		if c < 0 || a.countries[c].i != k || a.countries[c].adj {
			break
		}
		if slices.Contains(out, a.countries[c].code) {
			break // "a visit to Vietnam, and Vietnam was the first …": a clause, not a list
		}
		out = append(out, a.countries[c].code)
		k = a.countries[c].j
		end = k
		if a.tok(k).text == "," {
			k++
		}
		if a.tok(k).norm == "and" {
			k++
		}
		if a.tok(k).norm == "the" {
			k++
		}
		if k >= len(a.toks) || a.sentenceOf(k) != s {
			break
		}
	}
	if len(out) < 2 {
		return nil, end
	}
	return out, end
}

// pluralTitles are titles in the plural, before the names of several
// holders: "Presidents X of Kenya and Y of Peru".
// (data/words-titles.tsv)
var pluralTitles = wordMap("pluralTitles")

// pluralTitleAt returns the singular of the plural title of one or two
// words at token i ("presidents", "prime ministers") and the token after
// it, or "".
func (a *mentionStage) pluralTitleAt(i int) (string, int) {
	n := a.toks[i].norm
	if single := pluralTitles[n]; single != "" {
		return single, i + 1
	}
	return pluralTitles[n+" "+a.tok(i+1).norm], i + 2
}

// afterBracket returns the token after a bracket of at most five words
// that opens at token k, or k when none does.
func afterBracket(toks []token, k int) int {
	if k < 0 || k >= len(toks) || toks[k].text != "(" {
		return k
	}
	for e := k + 1; e < len(toks) && e <= k+6; e++ {
		switch {
		case toks[e].text == ")":
			return e + 1
		case toks[e].kind != tokWord:
			return k
		}
	}
	return k
}

// beforeBracket returns the token before a bracket that closes at token
// k ("B (ICT)": B's last token), at most six tokens inside, or -1 when
// none closes there.
func beforeBracket(toks []token, k int) int {
	if k < 0 || k >= len(toks) || toks[k].text != ")" {
		return -1
	}
	for o := k - 1; o > 0 && o >= k-7; o-- {
		if toks[o].text == "(" {
			return o - 1
		}
	}
	return -1
}

// pluralLeaders reads a plural title at token i followed by two names or
// more, each with its own "of <Country>" or none, joined by commas and
// "and": "Presidents X of Kenya and Y of Peru", "Foreign Ministers X and
// Y". It returns the token after the last name, or i when the words are
// no such list.
func (a *mentionStage) pluralLeaders(i int) int {
	t := a.toks[i]
	if t.kind != tokWord {
		return i
	}
	single, k := a.pluralTitleAt(i)
	ti, ok := titles[single]
	if single == "" || !ok {
		return i
	}
	if ti.name == "" {
		// "Foreign Minister X received his counterparts from Mauritania
		// and Algeria, A and B": the title of the one they are
		// counterparts of, named before in the sentence
		if ti = a.titleBefore(i); ti.name == "" || a.tok(k).norm != "from" {
			return i
		}
	}
	k = a.skipQualifiers(k) // "Ambassadors Extraordinary and Plenipotentiary of ..."
	// "the presidents of Uruguay and Paraguay, X and Y": the countries
	// first, then the names, respectively
	var ahead []string
	if a.tok(k).norm == "of" || a.tok(k).norm == "from" && single == "counterpart" {
		if end := a.pairedOfNames(k, ti); end > k {
			return end // "the presidents of Panama, X, and of Costa Rica, Y"
		}
		cs, e := a.countryList(k + 1)
		if cs == nil || a.tok(e).text != "," {
			return i
		}
		ahead, k = cs, e+1
	} else if !t.upper {
		return i
	} else if a.tok(k).text == "," && a.tok(k+1).upper {
		k++ // "The Foreign Ministers, X for Kenya and Y for Peru,"
	}
	type item struct {
		i, j      int
		country   string
		countries []string // "of Kenya and Peru": one for each name, in order
	}
	var items []item
	s := a.sentenceOf(i)
	for {
		n := a.skipHonorifics(k)
		e := a.nameAt(n)
		if e == n || a.sentenceOf(e-1) != s {
			break
		}
		it := item{i: n, j: e}
		k = e
		if a.tok(k).norm == "of" || a.tok(k).norm == "for" {
			if c, ce := a.countryAt(k + 1); c != "" {
				it.country, k = c, ce
				it.countries = []string{c}
				for a.tok(k).norm == "and" || a.tok(k).text == "," {
					c2, ce2 := a.countryAt(k + 1)
					if c2 == "" {
						break
					}
					it.countries = append(it.countries, c2)
					k = ce2
				}
			}
		}
		items = append(items, it)
		if len(it.countries) > 1 {
			break // "Presidents X and Y of Kenya and Peru": the list ends
		}
		k = afterBracket(a.toks, k) // "the Cabinet Secretaries A (Trade), B (ICT) and C"
		switch {
		case a.tok(k).text == "," && a.tok(k+1).norm == "and":
			k += 2
		case a.tok(k).text == "," || a.tok(k).norm == "and":
			k++
		default:
			k = -1
		}
		if k < 0 {
			break
		}
	}
	if len(items) < 2 {
		return i
	}
	if last := items[len(items)-1]; len(last.countries) > 1 {
		// the countries of all the names, in their order, or none
		zip := len(last.countries) == len(items)
		for n := range items {
			items[n].country = ""
			if zip {
				items[n].country = last.countries[n]
			}
		}
	}
	if len(ahead) > 0 {
		if len(ahead) != len(items) {
			return i
		}
		for n := range items {
			items[n].country = ahead[n]
		}
	} else if pre := a.countriesListedBefore(i); len(pre) == len(items) {
		// "Russian and US Presidents X and Y": respectively
		none := true
		for _, it := range items {
			none = none && it.country == ""
		}
		for n := range items {
			if none {
				items[n].country = pre[n]
			}
		}
	}
	start := i
	if d := a.tok(i - 1); i > 0 && d.upper && (d.norm == "deputy" || d.norm == "vice") {
		ti, start = titleInfo{name: d.text + " " + ti.name}, i-1 // "Deputy Foreign Ministers X and Y": no heads
	}
	if c := a.countryMentionAt(start - 1); c >= 0 && a.countries[c].j == start && a.countries[c].adj && len(a.countriesListedBefore(start)) == 0 {
		// "Turkish Deputy Foreign Ministers X and Y": one adjective, the
		// country of every name the plural title gives
		for n := range items {
			if items[n].country == "" {
				items[n].country = a.countries[c].code
			}
		}
	}
	for _, it := range items {
		l := a.addNamedLeader(it.i, it.j, ti, it.country, s)
		l.coHolder = l.coHolder || it.country == ""
	}
	return items[len(items)-1].j
}

// titleBefore returns the title of the last titled leader named before
// token i in its sentence, or none.
func (a *mentionStage) titleBefore(i int) titleInfo {
	s := a.sentenceOf(i)
	var best leaderMention
	for _, m := range a.persons {
		if m.j <= i && a.sentenceOf(m.i) == s && m.i >= best.i && len(m.leaders) == 1 && m.leaders[0].title != "" {
			best = m
		}
	}
	if len(best.leaders) == 0 {
		return titleInfo{}
	}
	l := best.leaders[0]
	return titleInfo{name: counterpartTitle(l.title), head: l.head}
}

// pluralTitleAfterNames reads a plural title in apposition after two
// coordinated names, the first perhaps followed by an aside between
// commas: "X, in Tashkent on a state visit, and Y, the presidents of
// Azerbaijan and Uzbekistan, signed". Each name takes the title, and the
// countries after "of" in their order when there are as many. It returns
// the token after the title and its countries, or i.
func (a *mentionStage) pluralTitleAfterNames(i int) int {
	t := a.toks[i]
	if t.kind != tokWord || t.upper {
		return i
	}
	single, k := a.pluralTitleAt(i)
	ti, ok := titles[single]
	if single == "" || !ok || a.tok(i-1).norm != "the" || a.tok(i-2).text != "," {
		return i
	}
	s2, e2 := a.nameBefore(i)
	if e2-s2 < 2 || a.tok(s2-1).norm != "and" {
		return i
	}
	first := a.sents[a.sentenceOf(i)].first
	end1 := s2 - 1
	if a.tok(end1-1).text == "," {
		// an aside after the first name: back to the comma opening it
		q := end1 - 2
		for q > first && q > end1-14 && a.toks[q].text != "," {
			q--
		}
		if q <= first || a.toks[q].text != "," {
			return i
		}
		end1 = q
	}
	s1 := end1
	for s1 > first {
		p := a.toks[s1-1]
		if p.kind != tokWord || !p.upper || a.claimed[s1-1] || stopword[p.norm] || calendarWords[p.norm] || a.isCountryToken(s1-1) {
			break
		}
		if _, isTitle := titles[p.norm]; isTitle {
			break
		}
		s1--
	}
	if end1-s1 < 2 || a.nameAt(s1) != end1 {
		return i
	}
	var countries []string
	if a.tok(k).norm == "of" {
		if cs, e := a.countryList(k + 1); len(cs) == 2 {
			countries, k = cs, e
		}
	}
	s := a.sentenceOf(i)
	for n, span := range [][2]int{{s1, end1}, {s2, e2}} {
		c := ""
		if countries != nil {
			c = countries[n]
		}
		l := a.addNamedLeader(span[0], span[1], ti, c, s)
		l.coHolder = l.coHolder || c == ""
	}
	return k
}

// addNamedLeader adds the leader named by tokens [i, j) of sentence s
// with title ti and country (or ""), and records the mention.
func (a *mentionStage) addNamedLeader(i, j int, ti titleInfo, country string, s int) *leader {
	l := a.addLeader(a.surface(i, j), ti, country, s)
	l.spans = append(l.spans, [2]int{i, j})
	a.persons = append(a.persons, leaderMention{i: i, j: j, leaders: []*leader{l}})
	a.claim(i, j)
	return l
}

// pairedOfNames reads, from the "of" at token k after a plural title, each
// country in turn with its holder's name in apposition: "the presidents
// of Panama, José Raúl Mulino, and of Costa Rica, Rodrigo Chaves". It
// adds the leaders and returns the token after the last name, or 0 when
// the words are no such list of two or more.
func (a *mentionStage) pairedOfNames(k int, ti titleInfo) int {
	type item struct {
		i, j    int
		country string
	}
	var items []item
	s := a.sentenceOf(k)
	for a.tok(k).norm == "of" {
		c, ce := a.countryAt(k + 1)
		if c == "" || a.tok(ce).text != "," {
			break
		}
		n := a.skipHonorifics(ce + 1)
		e := a.nameAt(n)
		if e-n < 2 || a.sentenceOf(e-1) != s {
			break
		}
		items = append(items, item{n, e, c})
		k = e
		if a.tok(k).text == "," {
			k++
		}
		if a.tok(k).norm == "and" {
			k++
		}
	}
	if len(items) < 2 {
		return 0
	}
	for _, it := range items {
		a.addNamedLeader(it.i, it.j, ti, it.country, s)
	}
	return items[len(items)-1].j
}

// possessorTitle returns the title of the leader whose one-word name
// possesses the "counterpart" at token i, perhaps over a country's
// adjective ("Erdoğan's Kyrgyz counterpart"), when that leader was named
// with a title before; else "".
func (a *mentionStage) possessorTitle(i int) string {
	k := i - 1
	if c := a.countryMentionAt(k); c >= 0 && a.countries[c].adj && a.countries[c].j == i {
		k = a.countries[c].i - 1
	}
	if a.tok(k).norm != "'s" || k < 1 || a.toks[k-1].kind != tokWord || !a.toks[k-1].upper {
		return ""
	}
	w := nameParts(a.toks[k-1].text)
	if len(w) != 1 {
		return ""
	}
	var title string
	for _, l := range a.leaders {
		if l.title == "" || len(l.parts) < 2 || l.parts[len(l.parts)-1] != w[0] {
			continue
		}
		if title != "" && title != l.title {
			return "" // two holders of the name: whose, untold
		}
		title = l.title
	}
	return title
}

// clauseVerbs right after a reference by role make it the subject of a
// clause, not an apposition to the name before it. (data/words-titles.tsv)
var clauseVerbs = wordSet("clauseVerbs")

// agencyVerbs after an outlet's name tell that it reports: "Trend
// reports", "Xinhua reported". (data/words-titles.tsv)
var agencyVerbs = wordSet("agencyVerbs")

// metAt reports whether the title at token t names one met, not the
// subject: "call on Indonesian President X", "talks with Prime Minister Y"
// (an adjective of country between).
func (a *mentionStage) metAt(t int) bool {
	k := t - 1
	if c := a.countryMentionAt(k); c >= 0 && a.countries[c].j == t {
		k = a.countries[c].i - 1
	}
	return metCues[a.tok(k).norm]
}

// metCues before a title make its holder the one met.
// (data/words-titles.tsv)
var metCues = wordSet("metCues")

// counterpartTitle returns the office of a counterpart of the holder of
// title: the same, except that a style only one country's government uses
// ("External Affairs Minister") becomes the common office.
func counterpartTitle(title string) string {
	if titleCountries[strings.ToLower(title)] != "" {
		if t, ok := commonOffices[strings.ToLower(title)]; ok {
			return t
		}
	}
	return title
}

// commonOffices name the common office of a country's own style.
var commonOffices = map[string]string{"external affairs minister": "Foreign Minister", "secretary of state": "Foreign Minister"}

// describedNations are the nouns of a country described instead of named:
// "the Pacific nation's prime minister", "the Gulf state's emir".
var describedNations = map[string]bool{"nation": true, "country": true, "kingdom": true, "republic": true, "state": true, "island": true, "archipelago": true}

// lastNamedCountry returns the country last named by its name (not an
// adjective) before token i in i's sentence, or "".
func (a *mentionStage) lastNamedCountry(i int) string {
	s := a.sentenceOf(i)
	cs := a.countriesBetween(a.sents[s].first, i)
	for n := len(cs) - 1; n >= 0; n-- {
		if !cs[n].adj && !a.currencyMention(cs[n]) && !a.postingOf(cs[n].i) {
			return cs[n].code
		}
	}
	return ""
}

// postingOf reports whether the country mention at token i is where an
// envoy named just before is posted: "Singapore High Commissioner to
// Malaysia X and the republic's Foreign Minister Y" (the republic is the
// envoy's, not the country he is posted to).
func (a *mentionStage) postingOf(i int) bool {
	if a.tok(i-1).norm != "to" {
		return false
	}
	switch a.tok(i - 2).norm {
	case "ambassador", "commissioner", "commisioner", "envoy", "consul", "representative", "emissary": // (as misspelt in print too)
		return true
	}
	return false
}

// deputyWords before a title make its holder a deputy, no head of state
// or government: "Deputy President", "Assistant Secretary".
var deputyWords = map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true, "under": true}

// bodyWords end the name of a state body after a title: "Speaker of the
// National Assembly", "Chairman of the Senate".
var bodyWords = map[string]bool{"assembly": true, "parliament": true, "senate": true, "council": true, "committee": true, "commission": true, "house": true, "chamber": true, "congress": true, "court": true, "bank": true}

// bodyNamed reports whether "of [the] <capitalised words> <body word>"
// starts at token k: "of the King's Privy Council", "of the Senate".
func (a *mentionStage) bodyNamed(k int) bool {
	j := k + 1
	if a.tok(j).norm == "the" {
		j++
	}
	for e := j; e < len(a.toks) && e < j+6; e++ {
		t := a.toks[e]
		if t.kind == tokWord && t.upper && bodyWords[t.norm] {
			// "President of the Council of Ministers" heads a government
			return a.tok(e+1).norm != "of" || a.tok(e+2).norm != "ministers"
		}
		if !(t.kind == tokWord && t.upper || t.norm == "'s") {
			return false
		}
	}
	return false
}

// auxiliaryVerbs may follow the subject of a clause: "President Yoon
// will make ...".
var auxiliaryVerbs = map[string]bool{"will": true, "would": true, "has": true, "had": true, "is": true, "was": true, "can": true, "could": true, "shall": true, "should": true, "may": true, "must": true}

// regionNamed reports whether "of [the] <capitalised words>" at token k
// names a region of a country by a word of a region among them ("the
// President of the Kurdistan Region", "of the Regional Government"): its
// head heads the region, not the state.
func (a *mentionStage) regionNamed(k int) bool {
	j := k + 1
	if a.tok(j).norm == "the" {
		j++
	}
	for e := j; e < len(a.toks) && e < j+4 && a.toks[e].kind == tokWord && a.toks[e].upper; e++ {
		if subnationalWords[a.toks[e].norm] {
			return true
		}
	}
	return false
}

// subnationalWords name a part of a country (data/words-titles.tsv).
var subnationalWords = wordSet("subnationalWords")

// unknownBodyNamed reports whether "of the <capitalised words>" at token
// k names something that is neither a country nor a place, and ends
// there: "President of the Riigikogu (Parliament)", "Speaker of the
// Sejm". Its head heads that body, not a state ("President of the
// Republic", "of the Federation" and the like are left to context).
func (a *mentionStage) unknownBodyNamed(k int) bool {
	j := k + 1
	if a.tok(j).norm != "the" {
		return false
	}
	j++
	e := j
	for e < len(a.toks) && e < j+4 && a.toks[e].kind == tokWord && a.toks[e].upper {
		if stateWords[a.toks[e].norm] || a.toks[e].norm == "government" {
			return false
		}
		e++
	}
	if e == j || a.placeStartsAt(j) > j {
		return false
	}
	if c, _ := a.countryAt(j); c != "" {
		return false
	}
	n := a.tok(e)
	return n.kind != tokWord || !n.upper
}

// bodyAfterOf returns the token after "of [the] <capitalised words ending
// in a body word>" at token k when a full name follows it, or k.
func (a *mentionStage) bodyAfterOf(k int) int {
	j := k + 1
	if a.tok(j).norm == "the" {
		j++
	}
	e := j
	for e < len(a.toks) && e < j+5 && a.toks[e].kind == tokWord && a.toks[e].upper && !bodyWords[a.toks[e].norm] {
		e++
	}
	if !bodyWords[a.tok(e).norm] || !a.tok(e).upper {
		return k
	}
	e++
	n := a.skipHonorifics(e)
	if a.nameAt(n)-n < 2 {
		return k
	}
	return e
}

// bodyOfCountry reads, after the "of" at token k, a body of a named
// country and the name after it: "General Secretary of the Communist
// Party of Vietnam Nguyen Phu Trong", "Speaker of the National Assembly
// of Laos X". It returns the country and the token after it, or "".
func (a *mentionStage) bodyOfCountry(k int) (string, int) {
	j := k + 1
	if a.tok(j).norm == "the" {
		j++
	}
	e := j
	for e < len(a.toks) && e < j+5 && a.toks[e].kind == tokWord && a.toks[e].upper && !bodyWords[a.toks[e].norm] && a.toks[e].norm != "party" {
		e++
	}
	if t := a.tok(e); !t.upper || !bodyWords[t.norm] && t.norm != "party" || a.tok(e+1).norm != "of" {
		return "", k
	}
	c, ce := a.countryAt(e + 2)
	if c == "" {
		return "", k
	}
	n := a.skipHonorifics(ce)
	if a.nameAt(n)-n < 2 {
		return "", k
	}
	return c, ce
}

// titleOpensWith reports whether the words of the title at token i begin
// with title, word for word: "Minister of Foreign Affairs" opens with
// "Minister".
func (a *mentionStage) titleOpensWith(i int, title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	if len(ws) == 0 {
		return false
	}
	for n, w := range ws {
		if a.tok(i+n).norm != w {
			return false
		}
	}
	return true
}

// clauseGoesOn reports whether token k, right after a name, goes on with
// the clause (a word, as a verb) rather than closing an apposition (a
// comma, bracket or full stop).
func (a *mentionStage) clauseGoesOn(k int) bool {
	t := a.tok(k)
	return t.kind == tokWord && !t.upper
}

// portfolioWordEnd reports whether the capitalised word at token k, right
// after a portfolio word, ends a title rather than starting a name: a
// comma and a name of two words or more follow it ("Investment
// Promotion, Qais al Yousef").
func (a *mentionStage) portfolioWordEnd(k int) bool {
	t := a.tok(k)
	if t.kind != tokWord || !t.upper || portfolios[a.tok(k-1).norm] == "" || a.tok(k+1).text != "," {
		return false
	}
	n := a.skipHonorifics(k + 2)
	ne := a.nameAt(n)
	end := a.tok(ne)
	return ne-n >= 2 && (end.text == "," || end.text == "." || end.text == ";" || end.norm == "and")
}

// titleAfterComma reports whether a title follows the comma at token k,
// with or without "the": "B, Foreign Secretary of India, made".
func (a *mentionStage) titleAfterComma(k int) bool {
	n := k + 1
	if a.tok(n).norm == "the" {
		n++
	}
	e, t, ok := a.titleAt(n)
	return ok && e > n && t.name != ""
}
