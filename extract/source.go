package extract

import (
	"regexp"
	"strings"
)

var reAttribution = regexp.MustCompile(`(?:\breported\s+(?:the\s+)?([A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+){0,3})|\b(?:the\s+)?([A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+){0,3})(?:\s+press\s+service)?\s+reported\b|\baccording\s+to\s+(?:the\s+)?([A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+){0,3}))`)

// attribution returns the outlet named in "reported Anadolu", "Xinhua
// reported" or "according to TASS", or "".
func (a *tokenStage) attribution() string {
	var cands []string
	for _, st := range a.sents {
		for i := st.first; i < st.last; i++ {
			if n := a.toks[i].norm; n == "reported" || n == "according" {
				cands = append(cands, a.text[st.bstart:st.bend])
				break
			}
		}
	}
	for _, m := range reAttribution.FindAllStringSubmatch(strings.Join(cands, "\n"), -1) {
		for _, g := range m[1:] {
			if g == "" {
				continue
			}
			if _, isTitle := titles[fold(g)]; isTitle || stopword[fold(g)] {
				continue
			}
			if ents := a.x.gaz.phrases[fold(g)]; len(ents) > 0 {
				continue // a country or city is not an outlet
			}
			return g
		}
	}
	return ""
}

// govWords mark a source that is a government body: "Ministry of Foreign
// Affairs of Oman", "Prime Minister of Canada", "Government of Mexico".
var govWords = map[string]bool{"ministry": true, "government": true, "presidency": true, "president": true, "minister": true, "embassy": true, "office": true, "cabinet": true, "mfa": true}

// governmentSource returns the country of a source that is a government
// body and names one country, or "".
func (x *Extractor) governmentSource(src string) string {
	if src == "" || !mentionsGovernment(src) {
		return ""
	}
	toks := tokenize(src)
	gov, found := false, ""
	var buf []byte
	for i := 0; i < len(toks); {
		gov = gov || govWords[toks[i].norm]
		var m match
		m, buf = x.gaz.lookup(toks, i, buf)
		if m.j == 0 {
			i++
			continue
		}
		if e := pickEntry(m.entries); e.kind == entCountry || e.kind == entAdjective {
			c := x.gaz.countries[e.id].code
			if found != "" && found != c {
				return ""
			}
			found = c
		}
		i = m.j
	}
	if !gov {
		return ""
	}
	return found
}

// mentionsGovernment reports whether src holds a word of govWords (a
// cheap test before tokenising it).
func mentionsGovernment(src string) bool {
	for _, w := range strings.FieldsFunc(src, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		if govWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
