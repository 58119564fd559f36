package extract

import (
	"sort"

	"github.com/bilateral-kg/bilateral/graph"
)

// entityStage is the third stage: the entities of the graph. It resolves
// the persons of the mention stage into leaders — a country for those the
// words give none, references by role ("the Kazakh leader") and collective
// references ("the two presidents") linked to them — and makes the
// Country, Location, Organization, Project and Leader entities with their
// mentions.
type entityStage struct {
	*mentionStage
	*builder

	// leaderAt lists every mention of a leader: names, references by role
	// and collective references, sorted by start
	leaderAt []leaderMention

	// dests caches destinations, which the country steps ask of the same
	// leaders many times (names, sentences and claims no longer change)
	dests map[*leader]map[string]bool

	// stated holds the leaders whose country the words state (read in the
	// mention stage), before any is guessed from context
	stated map[*leader]bool

	// roleSplit holds the leaders whom references by role of two or more
	// countries fit ("the French President", "the Kenyan head of state"):
	// the text does not settle their country, and no guess is made
	roleSplit map[*leader]bool
}

// leaderMention links tokens [i, j) to one or more leaders (several for
// "the two presidents").
type leaderMention struct {
	i, j    int
	leaders []*leader
}

// resolveEntities runs the entity stage. Once the leaders have their
// countries, it narrows the mention stage's country mentions to those
// that stand for a country of the article (see dropNameOnlyCountries):
// the later stages read that list.
func resolveEntities(m *mentionStage, out *builder) *entityStage {
	a := &entityStage{mentionStage: m, builder: out}
	a.resolveLeaders()
	a.dropNameOnlyCountries()
	a.buildEntities()
	a.buildLeaders()
	return a
}

// buildEntities makes the entities of the countries, places,
// organizations and projects named, in the order they were found.
func (a *entityStage) buildEntities() {
	kept := map[string]bool{}
	for _, c := range a.countries {
		kept[c.code] = true
	}
	for _, n := range a.named {
		var e *graph.Entity
		switch n.typ {
		case graph.TypeCountry:
			if !kept[n.key[len("country:"):]] {
				continue // named only inside another name
			}
			e = a.country(n.key[len("country:"):])
		case graph.TypeLocation:
			p := a.placeInfo[n.key]
			e = a.entity(n.key, n.typ, p.name)
			e.Country, e.Kind = p.country, p.kind
			if p.small && !kept[p.country] {
				e.Country = "" // a small town of a country never named: perhaps another place
			}
		case graph.TypeOrganization:
			o := a.orgInfo[n.key]
			e = a.entity(n.key, n.typ, o.name)
			e.Acronym = o.acronym
		case graph.TypeProject:
			p := a.projectInfo[n.key]
			e = a.entity(n.key, n.typ, p.name)
			e.Sector, e.Status, e.Countries = p.sector, p.status, p.countries
		}
		a.mention(e, n.i, n.j)
	}
}

// leaderMentionsBetween returns the leader mentions that start in tokens
// [i, j); a.leaderAt is sorted by start.
func (a *entityStage) leaderMentionsBetween(i, j int) []leaderMention {
	lo := sort.Search(len(a.leaderAt), func(k int) bool { return a.leaderAt[k].i >= i })
	hi := lo + sort.Search(len(a.leaderAt)-lo, func(k int) bool { return a.leaderAt[lo+k].i >= j })
	return a.leaderAt[lo:hi]
}
