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
