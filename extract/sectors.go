package extract

import (
	"strings"
)

// sectorWords maps folded words and two-word phrases to sector slugs.
// (data/words-facts.tsv)
var sectorWords = wordMap("sectorWords")

// sectorPhraseStarts are the first words of sectorWords' two-word
// phrases: only after one of them is the two-word key worth making.
var sectorPhraseStarts = firstWords(sectorWords)

// firstWords returns the first words of m's keys of more than one word.
func firstWords(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		if first, _, ok := strings.Cut(k, " "); ok {
			out[first] = true
		}
	}
	return out
}

// cooperationCues mark a sentence that reports shared work in sectors.
// (data/words-facts.tsv)
var cooperationCues = wordSet("cooperationCues")

// sectorMention is a sector word in a sentence (tokens [i, j)).
type sectorMention struct {
	i, j int
	slug string
}

// scanSectors returns sector words in sentences that report cooperation.
func (a *factStage) scanSectors() []sectorMention {
	var out []sectorMention
	for _, st := range a.sents {
		coop := false
		for i := st.first; i < st.last; i++ {
			if cooperationCues[a.toks[i].norm] && !a.placeAreas(i) {
				coop = true
				break
			}
		}
		if !coop {
			// "humanitarian relief/aid/assistance" is cooperation by itself
			for i := st.first; i+1 < st.last; i++ {
				if a.toks[i].norm == "humanitarian" && !a.claimed[i] {
					switch a.tok(i + 1).norm {
					case "relief", "aid", "assistance", "supplies":
						out = append(out, sectorMention{i, i + 1, "humanitarian"})
					}
				}
			}
			continue
		}
		for i := st.first; i < st.last; i++ {
			t := a.toks[i]
			if t.kind != tokWord || a.claimed[i] || a.portfolioParen(i, st.first) || a.officeName(i, st.first) {
				continue
			}
			if i+1 < st.last && sectorPhraseStarts[t.norm] {
				if s, ok := sectorWords[t.norm+" "+a.tok(i+1).norm]; ok {
					out = append(out, sectorMention{i, i + 2, s})
					i++
					continue
				}
			}
			s, ok := sectorWords[t.norm]
			if !ok || t.norm == "ai" && !t.caps {
				continue
			}
			if a.otherSense(i, st.first, st.last) {
				continue
			}
			if t.norm == "power" && (i+1 >= st.last || !strings.HasPrefix(a.tok(i+1).norm, "plant") && a.tok(i+1).norm != "generation" && a.tok(i+1).norm != "grid" && a.tok(i+1).norm != "interconnection") {
				continue
			}
			if (t.norm == "industry" || t.norm == "industries" || t.norm == "industrial") && i > st.first {
				if _, ok := sectorWords[a.tok(i-1).norm]; ok {
					continue // "pharmaceutical industries": the sector is the modifier's
				}
			}
			out = append(out, sectorMention{i, i + 1, s})
		}
	}
	return out
}

// armsWords after "nuclear" make it weapons, not energy.
// (data/words-facts.tsv)
var armsWords = wordSet("armsWords")

// settingWords before "environment" make it a setting, not the natural
// environment. (data/words-facts.tsv)
var settingWords = wordSet("settingWords")

// threatWords are security sectors only as something fought; opposeWords
// before them make them fought. (data/words-facts.tsv)
var (
	threatWords = wordSet("threatWords")
	opposeWords = wordSet("opposeWords")
)

// pastTies coordinated with "cultural" make it a description of the bond
// between two countries. (data/words-facts.tsv)
var pastTies = wordSet("pastTies")

// otherSense reports whether the sector word at token i means something
// other than its sector here (the sentence runs over tokens [first,
// last)): "nuclear weapons", "nuclear and missile programmes" (arms, not
// energy); "a fair business environment", "the security environment" (a
// setting, not nature); "shared historical and cultural ties", "the
// cultural, historical and geographical bond" (what binds two countries,
// not a field of their work); "a sponsor of terrorism", "a terrorism
// incident" (a threat named, not fought together: see threatWords).
func (a *factStage) otherSense(i, first, last int) bool {
	if threatWords[a.toks[i].norm] {
		for k := max(first, i-4); k < i; k++ {
			if opposeWords[a.toks[k].norm] {
				return false
			}
		}
		return true
	}
	switch a.toks[i].norm {
	case "nuclear":
		for k := i + 1; k < last && k <= i+3; k++ {
			if armsWords[a.toks[k].norm] {
				return true
			}
		}
	case "environment":
		return i > first && settingWords[a.tok(i-1).norm]
	case "cultural":
		for k := max(first, i-4); k < last && k <= i+4; k++ {
			if pastTies[a.toks[k].norm] {
				return true
			}
		}
	}
	return false
}

func sectorName(slug string) string {
	s := strings.ReplaceAll(slug, "-", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// placeAreas reports whether the cue at token i is "areas" meaning places
// ("onward transport to the affected areas"), not fields of cooperation.
func (a *tokenStage) placeAreas(i int) bool {
	if a.toks[i].norm != "areas" || i == 0 {
		return false
	}
	switch a.tok(i - 1).norm {
	case "affected", "border", "rural", "urban", "remote", "coastal", "conflict", "flooded", "residential", "protected", "disputed":
		return true
	}
	return false
}

// portfolioParen reports whether token i stands in parentheses right
// after a person's name, where a minister's portfolio is given: "José
// Manuel Albares (Foreign Affairs), Reyes Maroto (Industry, Trade and
// Tourism)". first is the first token of the sentence.
func (a *factStage) portfolioParen(i, first int) bool {
	for k := i - 1; k > first && k >= i-8; k-- {
		switch a.toks[k].text {
		case ")":
			return false
		case "(":
			// after a person found, or a name of two capitalised words
			p, q := a.tok(k-1), a.tok(k-2)
			return a.isPersonToken(k-1) || p.kind == tokWord && p.upper && q.kind == tokWord && q.upper && !a.isCountryToken(k-1) && a.tok(i).upper
		}
	}
	return false
}

// officeHeads head the name of an office or a body whose capitalised words
// may be sector words: "Minister of Production, Foreign Trade and
// Investment", "Minister of State for Defence Affairs", "the Communications
// Security Bureau" (data/words-facts.tsv).
var officeHeads = wordSet("officeHeads")

// officeName reports whether the capitalised word at token i is a word of
// the name of an office or body, not a sector of cooperation: the
// capitalised words, commas, "and", "of" and "for" before it reach an
// office head ("Minister of ... Trade"), or the capitalised words after it
// end in one ("Security Bureau"). first is the first token of the sentence.
func (a *factStage) officeName(i, first int) bool {
	if !a.toks[i].upper {
		return false
	}
	for k := i - 1; k >= first && k >= i-12; k-- {
		t := a.toks[k]
		if officeHeads[t.norm] && (t.upper || ministerWords[t.norm]) {
			return true // (and "who is also minister of Trade and Industry")
		}
		if !(t.kind == tokWord && t.upper) && t.text != "," && t.norm != "and" && t.norm != "of" && t.norm != "for" && t.text != "&" {
			break
		}
	}
	for k := i + 1; k < len(a.toks) && k <= i+4; k++ {
		t := a.toks[k]
		if (t.norm == "and" || t.text == "&") && a.tok(k+1).upper && a.sentenceOf(k) == a.sentenceOf(i) {
			continue // "Industry and Technology Minister X"
		}
		if t.kind != tokWord || !t.upper || a.sentenceOf(k) != a.sentenceOf(i) {
			break
		}
		if officeHeads[t.norm] {
			return true
		}
	}
	return false
}

// ministerWords are the office heads that head a minister's portfolio in
// lower case too ("who is also minister of Trade and Industry").
var ministerWords = map[string]bool{"minister": true, "ministers": true, "ministry": true}
