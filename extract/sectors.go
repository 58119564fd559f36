package extract

import (
	"strings"
)

// sectorWords maps folded words and two-word phrases to sector slugs.
var sectorWords = map[string]string{
	"trade": "trade", "trading": "trade", "commerce": "trade", "commercial": "trade", "exports": "trade",
	"imports": "trade", "customs": "trade", "turnover": "trade",
	"investment": "investment", "investments": "investment", "investors": "investment", "invest": "investment",
	"energy": "energy", "oil": "energy", "gas": "energy", "electricity": "energy", "hydropower": "energy",
	"nuclear": "energy", "renewable": "energy", "renewables": "energy", "solar": "energy", "lng": "energy",
	"petroleum": "energy", "hydrocarbons": "energy", "power": "energy",
	"transport": "transport-logistics", "transportation": "transport-logistics", "logistics": "transport-logistics",
	"transit": "transport-logistics", "railway": "transport-logistics", "railways": "transport-logistics",
	"rail": "transport-logistics", "aviation": "transport-logistics", "flights": "transport-logistics",
	"shipping": "transport-logistics", "connectivity": "transport-logistics", "ports": "transport-logistics",
	"roads": "transport-logistics", "infrastructure": "transport-logistics",
	"agriculture": "agriculture", "agricultural": "agriculture", "agro": "agriculture", "farming": "agriculture",
	"food": "agriculture", "livestock": "agriculture", "fisheries": "agriculture", "husbandry": "agriculture",
	"agri-food": "agriculture", "food security": "agriculture", "agrifood": "agriculture",
	"digital": "digital", "digitalization": "digital", "digitalisation": "digital", "ict": "digital",
	"telecommunications": "digital", "telecom": "digital", "e-commerce": "digital", "cybersecurity": "digital",
	"artificial intelligence": "artificial-intelligence", "ai": "artificial-intelligence",
	"culture": "culture", "cultural": "culture", "arts": "culture", "heritage": "culture",
	"humanitarian": "humanitarian", "people-to-people": "humanitarian",
	"education": "education", "educational": "education", "universities": "education", "students": "education",
	"scholarships": "education", "academic": "education", "vocational": "education",
	"tourism": "tourism", "tourist": "tourism", "tourists": "tourism",
	"security": "security", "defence": "security", "defense": "security", "military": "security",
	"counter-terrorism": "security", "counterterrorism": "security", "naval": "security",
	"health": "health", "healthcare": "health", "medical": "health", "medicine": "health",
	"pharmaceutical": "health", "pharmaceuticals": "health", "vaccines": "health",
	"finance": "finance", "financial": "finance", "banking": "finance",
	"industry": "industry", "industrial": "industry", "industries": "industry", "manufacturing": "industry",
	"textile": "industry", "textiles": "industry", "petrochemical": "industry", "petrochemicals": "industry",
	"science": "science-technology", "scientific": "science-technology", "technology": "science-technology",
	"technologies": "science-technology", "technological": "science-technology", "innovation": "science-technology",
	"research": "science-technology", "semiconductors": "science-technology",
	"water":       "water",
	"environment": "environment", "environmental": "environment", "climate": "environment",
	"green development": "environment", "desertification": "environment", "ecology": "environment",
	"ecological": "environment", "emissions": "environment",
	"space": "space", "satellite": "space", "satellites": "space",
	"mining": "mining", "minerals": "mining", "metals": "mining", "uranium": "mining", "copper": "mining",
	"lithium": "mining", "metallurgy": "mining",
}

// cooperationCues mark a sentence that reports shared work in sectors.
var cooperationCues = map[string]bool{
	"cooperation": true, "co-operation": true, "cooperate": true, "cooperating": true, "collaboration": true,
	"partnership": true, "ties": true, "agreed": true, "agreements": true, "agreement": true,
	"memorandum": true, "memoranda": true, "documents": true, "projects": true, "project": true,
	"discussed": true, "talks": true, "turnover": true, "expand": true, "expanding": true, "strengthen": true,
	"strengthening": true, "deepen": true, "deepening": true, "boost": true, "boosting": true,
	"opportunities": true, "sectors": true, "fields": true, "areas": true, "pact": true, "deal": true,
	"deals": true, "covering": true, "ventures": true, "integration": true, "joint": true, "bilateral": true,
	"exchanges": true, "emphasis": true, "attention": true, "dialogue": true, "initiatives": true,
	"relations": true, "partners": true, "partner": true, "together": true, "promote": true, "develop": true,
	"developing": true, "investment": true, "investments": true, "pledged": true, "pledge": true,
	"agenda": true, "featured": true, "declaration": true,
}

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
			if t.kind != tokWord || a.claimed[i] {
				continue
			}
			if i+1 < st.last {
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
			if t.norm == "power" && (i+1 >= st.last || !strings.HasPrefix(a.tok(i+1).norm, "plant") && a.tok(i+1).norm != "generation" && a.tok(i+1).norm != "grid" && a.tok(i+1).norm != "interconnection") {
				continue
			}
			out = append(out, sectorMention{i, i + 1, s})
		}
	}
	return out
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
