package extract

import (
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// placeMention is a reference to a Location (tokens [i, j)).
type placeMention struct {
	i, j int
	key  string
}

// notPlaceNames: see data/words-mentions.tsv.
var notPlaceNames = wordSet("notPlaceNames")

// addPlace records a Location mention with its country and kind.
func (a *mentionStage) addPlace(i, j int, name, country, kind string) {
	key := "place:" + Slug(name)
	p := a.placeInfo[key]
	if p == nil {
		p = &placeInfo{name: name}
		a.placeInfo[key] = p
	}
	if p.country == "" {
		p.country = country
	}
	if p.kind == "" {
		p.kind = kind
	}
	if i < j {
		a.named = append(a.named, named{graph.TypeLocation, key, i, j})
		a.places = append(a.places, placeMention{i: i, j: j, key: key})
		a.indexPlace(len(a.places) - 1)
		a.claim(i, j)
	}
}

// homonymPlaces gives a city whose name smaller cities of other
// countries share the country of the one of them that the text names,
// when it names that country and not the bigger city's, which is no
// capital: "Oyo, which lies 400 km north of the Congolese capital" is the
// Congolese town, not the Nigerian city.
func (a *mentionStage) homonymPlaces() {
	named := map[string]bool{}
	for _, c := range a.countries {
		named[c.code] = true
	}
	g := a.x.gaz
	for _, p := range a.placeInfo {
		if p.country == "" || named[p.country] {
			continue
		}
		key := phraseKey(tokenize(p.name))
		alts := g.homonyms[key]
		if len(alts) == 0 || g.capitalPhrase(key) {
			continue // (a capital keeps its country: "Santiago", "Madrid", "Moscow")
		}
		found := ""
		for _, c := range alts {
			if !named[c.country] || c.country == found {
				continue
			}
			if found != "" {
				found = "" // two named countries have a town of that name: which, untold
				break
			}
			found = c.country
		}
		if found != "" {
			p.country = found
		}
	}
}

// scanPlacePatterns finds "the Chinese city of X", "the Turkmen capital" and
// "X region/province" places.
func (a *mentionStage) scanPlacePatterns() {
	for _, cm := range a.countries {
		if !cm.adj || cm.j+1 >= len(a.toks) {
			continue
		}
		n := a.toks[cm.j]
		switch n.norm {
		case "capital":
			if cm.i > 0 && a.tok(cm.i-1).norm == "the" {
				if city, ok := a.x.capitalOf[cm.code]; ok {
					a.addPlace(cm.i-1, cm.j+1, city, cm.code, "city")
				}
			}
		case "city", "port", "town", "province", "region":
			if cm.j+2 < len(a.toks) && a.tok(cm.j+1).norm == "of" {
				k := cm.j + 2
				end := k
				for end < len(a.toks) && a.toks[end].kind == tokWord && end-k < 4 {
					if !a.toks[end].upper && !(nameParticles[a.toks[end].norm] && end > k && a.tok(end+1).upper && a.tok(end+1).kind == tokWord) {
						break // "Villa de Leyva": a particle inside the name
					}
					end++
				}
				if end > k {
					kind := "city"
					if n.norm == "province" || n.norm == "region" {
						kind = "region"
					}
					a.addPlace(k, end, a.surface(k, end), cm.code, kind)
				}
			}
		}
	}
	// "Turkestan region", "Xinjiang Uygur Autonomous Region", "Rasuwa district"
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.norm != "region" && t.norm != "province" && t.norm != "oblast" && t.norm != "prefecture" && t.norm != "state" && t.norm != "county" && t.norm != "district" {
			continue
		}
		if t.norm == "state" || t.norm == "county" || i+1 < len(a.toks) && a.tok(i+1).norm == "of" && !t.upper {
			// "the southern state of Chiapas", "the province of Sindh"
			if i+2 < len(a.toks) && a.tok(i+1).norm == "of" && a.tok(i+2).upper && a.tok(i+2).kind == tokWord && !t.upper && !a.claimed[i+2] && !a.isCountryToken(i+2) {
				e := i + 3
				for e < len(a.toks) && e < i+5 && a.toks[e].kind == tokWord && a.toks[e].upper && !a.toks[e].newline {
					e++
				}
				a.addPlace(i+2, e, a.surface(i+2, e), a.countryNear(i), "region")
				continue
			}
			if t.norm == "state" || t.norm == "county" || !a.isCountryToken(i+2) && a.tok(i+2).norm != "the" {
				continue
			}
			// "the Turkestan region of Kazakhstan": the name before, and
			// the country after "of"
		}
		k := i
		for k > 0 && a.tok(k-1).kind == tokWord && a.tok(k-1).upper && !a.claimed[k-1] && i-k < 3 && !a.isCountryToken(k-1) {
			k--
		}
		if k == i || a.sentenceStart(k) && i-k == 1 && stopword[a.toks[k].norm] {
			continue
		}
		if n := a.tok(i + 1); isDash(*n) && !n.space {
			continue // a compound's part: the initiative "One Region-One Road"
		}
		if p := a.tok(k - 1); isDash(*p) && !p.space || a.spansCountries(k, i) || a.areaBeforeRegion(k, i) {
			continue // "the Asia-Pacific region", "the Middle East region", "the West African region", "the LAC region"
		}
		name := a.surface(k, i)
		if t.upper {
			name = a.surface(k, i+1)
		}
		country := a.countryNear(i)
		if c := a.countryMentionAt(i + 2); c >= 0 && a.tok(i+1).norm == "of" && !a.countries[c].adj {
			country = a.countries[c].code // "the Turkestan region of Kazakhstan"
		}
		a.addPlace(k, i+1, strings.TrimSpace(name), country, "region")
	}
}

// areaAdjectives name an area of several countries before "region".
// (data/words-mentions.tsv)
var areaAdjectives = wordSet("areaAdjectives")

// areaBeforeRegion reports whether the words [i, j) before "region" name
// an area of several countries: a continent's or people's adjective ("West
// African", "Arab") or an acronym alone ("the LAC region", "the SADC
// region": a grouping's area).
func (a *mentionStage) areaBeforeRegion(i, j int) bool {
	for k := i; k < j; k++ {
		if areaAdjectives[a.toks[k].norm] {
			return true
		}
	}
	return j-i == 1 && a.toks[i].caps
}

// spansCountries reports whether a word of tokens [i, j) names an area
// of several countries ("Middle East", "Great Lakes").
func (a *mentionStage) spansCountries(i, j int) bool {
	for k := i; k < j; k++ {
		if multinational[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// isCountryToken reports whether token i is part of a country mention.
func (a *mentionStage) isCountryToken(i int) bool {
	return a.countryMentionAt(i) >= 0
}

// countryNear returns the country most recently mentioned before token i
// in the same sentence, or "".
func (a *mentionStage) countryNear(i int) string {
	best, end := "", 0
	for _, c := range a.countriesBetween(a.sents[a.sentenceOf(i)].first, i) {
		best, end = c.code, c.j
	}
	for k := end; best != "" && k < i; k++ {
		if t := a.toks[k]; t.kind == tokWord && !t.upper && !regionLinks[t.norm] {
			return "" // "for the Government of Kyrgyzstan, he thanked the Governor of the Ulyanovsk Region": another clause's country
		}
	}
	return best
}

// regionLinks may stand between a country and a region of it: "in
// Kazakhstan's Turkestan region", "the province of X in Kenya".
var regionLinks = map[string]bool{"'s": true, "the": true, "of": true, "in": true, "and": true}

// stopword lists function words that never start a name.
// (data/words-mentions.tsv)
var stopword = wordSet("stopword")

// locatePlaces adds LOCATED_IN from each place to its country.
func (a *factStage) locatePlaces() {
	for _, p := range a.places {
		e := a.byKey[p.key]
		if e == nil || e.Country == "" || a.relSeen[relKey{t: graph.RelLocatedIn, from: p.key, to: "country:" + e.Country}] {
			continue
		}
		a.country(e.Country)
		a.relate(graph.Relation{Type: graph.RelLocatedIn, From: p.key, To: "country:" + e.Country, Evidence: a.evidence(a.sentenceOf(p.i))})
	}
}
