package extract

import (
	"slices"
	"strings"
)

// titleInfo describes an office found before or after a name.
type titleInfo struct {
	name string // canonical ("Prime Minister")
	head bool   // head of state or government: gives LEADS
}

// titles maps folded title phrases to their office. Longer phrases win.
// (data/words-titles.tsv)
var titles = wordTitles("titles")

// titleFirst holds the first word of every title phrase, for a quick test.
var titleFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range titles {
		m[strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' })[0]] = true
	}
	return m
}()

// portfolios are the fields of ministers ("Trade Minister", "Minister of Trade").
// (data/words-titles.tsv)
var portfolios = wordMap("portfolios")

// titleAt matches the longest title phrase starting at token i and returns
// its end and office; for "X Minister" and "Minister of X" the portfolio is
// part of the title.
func (a *mentionStage) titleAt(i int) (int, titleInfo, bool) {
	if i < 0 || i >= len(a.toks) {
		return 0, titleInfo{}, false
	}
	t := a.toks[i]
	if t.kind != tokWord {
		return 0, titleInfo{}, false
	}
	if t.norm == "peer" && t.upper {
		return 0, titleInfo{}, false // "Peer Olav X": a given name; the counterpart is "his peer"
	}
	if t.norm == "amb" && a.tok(i+1).text == "." {
		// "H.E. Amb. X, Minister of State for Foreign Affairs": the
		// style of a diplomat, when an office follows the name
		if n := a.skipHonorifics(i); n > i {
			if e := a.nameAt(n); e > n && a.tok(e).text == "," && a.titleAfterComma(e) {
				return 0, titleInfo{}, false
			}
		}
	}
	if t.norm == "pm" && i > 0 && a.toks[i-1].kind == tokNumber {
		return 0, titleInfo{}, false // "6:23 PM IST": a time of day, no prime minister
	}
	// "Trade Minister", "Foreign Affairs Minister"
	if p, ok := portfolios[t.norm]; ok && t.norm != "and" && t.norm != "affairs" {
		k := i + 1
		words := []string{p}
		lower := !t.upper
		for k < len(a.toks) {
			if n := a.toks[k]; portfolios[n.norm] != "" && n.norm != "and" && (n.upper || !t.upper || n.norm == "affairs") {
				lower = lower || !n.upper
				words = append(words, portfolios[n.norm])
				k++
				continue
			}
			if e := a.portfolioListEnd(k, t.upper); e > k {
				// "Trade and Industry Minister", "the Tourism, Wildlife
				// and Antiquities Minister"
				for ; k < e; k++ {
					switch n := a.toks[k]; {
					case n.text == ",":
						words[len(words)-1] += ","
					case portfolios[n.norm] != "":
						words = append(words, portfolios[n.norm])
					default:
						words = append(words, n.text)
					}
				}
				continue
			}
			break
		}
		if lower && !a.appositiveTitle(i, k+1) && (a.tok(k).upper || a.tok(k+1).kind != tokWord || !a.tok(k+1).upper || titleFirst[a.tok(k+1).norm]) {
			k = -1 // "external affairs minister S Jaishankar": lower case only before a name, or in apposition after one
		}
		if k >= 0 && k < len(a.toks) && a.toks[k].norm == "cabinet" && a.tok(k+1).norm == "secretary" {
			return k + 2, titleInfo{name: strings.Join(words, " ") + " Cabinet Secretary"}, true // "Trade Cabinet Secretary X"
		}
		if k >= 0 && k < len(a.toks) && a.toks[k].text == "CS" {
			return k + 1, titleInfo{name: strings.Join(words, " ") + " Cabinet Secretary"}, true // "Transport CS X"
		}
		if k >= 0 && k < len(a.toks) && (a.toks[k].norm == "minister" || a.toks[k].norm == "secretary") {
			if t.norm == "foreign" && k == i+1 || t.norm == "foreign" && a.tok(i+1).norm == "affairs" {
				return k + 1, titleInfo{name: "Foreign " + titleCase(a.toks[k].norm)}, true
			}
			if _, ok := titles[strings.Join(append([]string{t.norm}, a.toks[k].norm), " ")]; !ok || true {
				return k + 1, titleInfo{name: strings.Join(words, " ") + " " + titleCase(a.toks[k].norm)}, true
			}
		}
	}
	if !titleFirst[t.norm] {
		return 0, titleInfo{}, false
	}
	if t.norm == "head" && a.tok(i+1).norm == "of" && a.tok(i+2).norm == "the" {
		// "Head of the Uzbek Government": the country inside the title
		if c := a.countryMentionAt(i + 3); c >= 0 && a.countries[c].i == i+3 && a.countries[c].adj {
			e := a.countries[c].j
			if ti, ok := titles["head of "+a.tok(e).norm]; ok {
				return e + 1, ti, true
			}
		}
	}
	best, bestEnd := titleInfo{}, 0
	key := ""
	for k := i; k < len(a.toks) && k < i+6; k++ { // (six words: "Chairman of the Cabinet of Ministers")
		tk := a.toks[k]
		if tk.kind == tokPunct && tk.text != "-" {
			break
		}
		if k > i && tk.text != "-" && a.tok(k-1).text != "-" {
			key += " "
		}
		key += tk.norm
		if ti, ok := titles[key]; ok {
			best, bestEnd = ti, k+1
		}
	}
	if bestEnd == 0 && t.norm == "secretary" && (a.tok(i+1).norm == "of" || a.tok(i+1).norm == "for") && portfolios[a.tok(i+2).norm] != "" && a.tok(i+2).upper {
		best, bestEnd = titleInfo{name: "Secretary"}, i+1 // "Secretary of Economy", read below
	}
	if bestEnd == 0 {
		return 0, titleInfo{}, false
	}
	if t.norm == "minister" && (a.tok(i+1).norm == "of" || a.tok(i+1).norm == "for") {
		// the portfolios below, all of them: "Minister of Foreign Affairs
		// and Trade", not "Minister of Foreign Affairs" and a name "and Trade"
		best, bestEnd = titles["minister"], i+1
	}
	// "Minister of Commerce", "Minister for Foreign Affairs", "Adviser on
	// Commerce"
	of := a.tok(bestEnd).norm == "of" || a.tok(bestEnd).norm == "for"
	if best.name == "Adviser" && a.tok(bestEnd).norm == "on" && a.tok(bestEnd+1).upper {
		of = true
	}
	if (strings.HasSuffix(best.name, "Minister") || best.name == "Adviser" || best.name == "Secretary" || best.name == "Under-Secretary" || best.name == "Cabinet Secretary" || best.name == "Secretary of State" && a.tok(bestEnd).norm == "for") && bestEnd+1 < len(a.toks) && of {
		k := bestEnd + 1
		var words []string
		for k < len(a.toks) {
			if portfolios[a.toks[k].norm] != "" {
				words = append(words, portfolios[a.toks[k].norm])
				k++
				continue
			}
			// "Minister of Trade, Industry and Energy"
			if a.toks[k].text == "," && len(words) > 0 && k+1 < len(a.toks) && a.tok(k+1).upper && portfolios[a.tok(k+1).norm] != "" && a.listContinues(k+1) {
				words[len(words)-1] += ","
				k++
				continue
			}
			break
		}
		if len(words) == 0 {
			if e := a.unlistedPortfolio(bestEnd + 1); e > bestEnd+1 {
				return e, titleInfo{name: best.name + " " + a.toks[bestEnd].norm + " " + a.surface(bestEnd+1, e)}, true
			}
		}
		if len(words) > 0 && words[len(words)-1] == "and" {
			words = words[:len(words)-1]
			k--
		}
		if slices.Contains(words, "and") && (a.tok(k-1).norm == "and" || a.tok(k).upper && a.tok(k).kind == tokWord && !honorifics[a.tok(k).norm]) {
			// "Minister of Foreign Affairs and National Community Abroad,
			// X": the last portfolio is none the list knows
			if e := a.unlistedPortfolio(k); e > k {
				return e, titleInfo{name: best.name + " " + a.toks[bestEnd].norm + " " + a.surface(bestEnd+1, e)}, true
			}
		}
		if len(words) > 0 {
			name := best.name + " " + a.toks[bestEnd].norm + " " + strings.Join(words, " ")
			if strings.Join(words, " ") == "Foreign Affairs" && strings.HasSuffix(best.name, "Minister") {
				// "Minister of Foreign Affairs" is the Foreign Minister;
				// "Deputy Minister of Foreign Affairs" his deputy
				name = strings.TrimSuffix(best.name, "Minister") + "Foreign Minister"
			}
			return k, titleInfo{name: name}, true
		}
	}
	return bestEnd, best, true
}

// unlistedPortfolio returns the end of a portfolio that the portfolio
// words do not list, read after "Minister of" at token k when a comma or
// a semicolon closes it and a name follows ("the Minister of Environmental
// Affairs, Ms X;", "the Minister of International Relations and
// Cooperation, Ms Y"): capitalised words, with "and" or "&" between
// them, no country among them; k when there is none.
func (a *mentionStage) unlistedPortfolio(k int) int {
	e := k
	for e < len(a.toks) && e < k+7 {
		t := a.toks[e]
		if t.kind == tokWord && t.upper && !t.newline && !a.isCountryToken(e) && !stopword[t.norm] {
			e++
			continue
		}
		if (t.norm == "and" || t.text == "&") && e > k && a.tok(e+1).upper && a.tok(e+1).kind == tokWord {
			e++
			continue
		}
		break
	}
	if e == k || e+1 >= len(a.toks) || a.toks[e].text != "," && a.toks[e].text != ";" {
		return k
	}
	if n := a.skipHonorifics(e + 1); a.nameAt(n)-n < 2 {
		return k // no name of two words or more follows the comma
	}
	return e
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// listContinues reports whether the portfolio words from token k run on to
// an "and" followed by another portfolio ("Industry and Energy"), so that a
// comma before k separates portfolios, not a title from a name.
func (a *mentionStage) listContinues(k int) bool {
	for ; k+1 < len(a.toks) && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.norm == "and" {
			return portfolios[a.tok(k+1).norm] != "" && a.tok(k+1).upper
		}
		if t.text == "," {
			continue
		}
		if portfolios[t.norm] == "" {
			return false
		}
	}
	return false
}

// portfolioListEnd returns the end of the rest of a list of portfolios
// that goes on at token k, after its first fields, with "and" (and commas
// before it) up to the office's noun: ", Wildlife and Antiquities" before
// "Minister", "and trade" before "minister". Capitalised lists may hold
// fields that are no known portfolio; lower-case ones only known ones. It
// returns k when the words are no such list.
func (a *mentionStage) portfolioListEnd(k int, upper bool) int {
	and := false
	for e := k; e < len(a.toks) && e < k+8; e++ {
		t := a.toks[e]
		switch {
		case t.norm == "minister" || t.norm == "secretary":
			if and && t.upper == upper && e > k && a.toks[e-1].norm != "and" && a.toks[e-1].text != "," {
				return e
			}
			return k
		case t.norm == "and" && !t.upper:
			and = true
		case t.text == "," && upper && !and:
		case t.kind == tokWord && upper && t.upper && !isTitleWord(t.norm) && !a.isCountryToken(e):
		case t.kind == tokWord && !upper && !t.upper && portfolios[t.norm] != "":
		default:
			return k
		}
	}
	return k
}

// appositiveTitle reports whether the title [i, e) stands in apposition
// after a name, with the country's possessive or adjective or "the"
// before it and a comma or the sentence's end after it: "X, Hungary's
// foreign affairs and trade minister, said", "Y, the Kenyan trade
// minister.".
func (a *mentionStage) appositiveTitle(i, e int) bool {
	if n := a.tok(e).text; n != "," && n != "." && n != ";" {
		return false
	}
	p := i - 1
	if a.tok(p).norm == "'s" {
		p--
	}
	if c := a.countryMentionAt(p); c >= 0 {
		p = a.countries[c].i - 1
	}
	if n := a.tok(p).norm; n == "the" || n == "his" || n == "her" {
		p--
	}
	return p > 0 && p < i-1 && a.toks[p].text == "," && a.tok(p-1).kind == tokWord && a.tok(p-1).upper
}

// isTitleWord reports whether w is a title by itself ("President").
func isTitleWord(w string) bool {
	_, ok := titles[w]
	return ok
}
