package extract

import (
	"sort"

	"github.com/bilateral-kg/bilateral/graph"
)

// roleRef is a reference by role: "the Kazakh leader", "The President of Kazakhstan".
type roleRef struct {
	i, j    int
	country string
	title   string
}

// collectives name all leaders at once ("the two presidents", "both leaders").
var collectives = map[string]bool{
	"presidents": true, "leaders": true, "premiers": true, "ministers": true, "heads": true, "sides": false,
}

// resolveLeaders links surnames, roles, collective phrases and pronouns to
// the leaders found with titles, then creates their entities.
func (a *analysis) resolveLeaders() {
	if len(a.leaders) == 0 {
		return
	}
	a.inferCountries()
	// roles
	for _, r := range a.pendingRoles {
		if l := a.leaderFor(r.country, r.title); l != nil {
			a.leaderAt = append(a.leaderAt, leaderMention{i: r.i, j: r.j, leaders: []*leader{l}})
			l.spans = append(l.spans, [2]int{r.i, r.j})
		}
	}
	// surnames and given names used alone
	for i, t := range a.toks {
		if a.claimed[i] || t.kind != tokWord || !t.upper || len(t.norm) < 2 {
			continue
		}
		for _, l := range a.leaders {
			if len(l.parts) < 2 && l.parts[0] != t.norm {
				continue
			}
			if t.norm == l.parts[0] || t.norm == l.parts[len(l.parts)-1] {
				if i+1 < len(a.toks) && a.toks[i+1].upper && a.toks[i+1].kind == tokWord && a.toks[i+1].space && !a.sentenceStart(i+1) && a.toks[i+1].norm != "and" {
					if _, ok := titles[a.toks[i+1].norm]; !ok && !a.isCountryToken(i+1) {
						break // part of another name
					}
				}
				a.leaderAt = append(a.leaderAt, leaderMention{i: i, j: i + 1, leaders: []*leader{l}})
				l.spans = append(l.spans, [2]int{i, i + 1})
				a.claim(i, i+1)
				break
			}
		}
	}
	// collective references
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		if !collectives[t.norm] {
			continue
		}
		start := i - 1
		if (t.norm == "ministers" || t.norm == "presidents") && (a.toks[i-1].norm == "prime" || a.toks[i-1].norm == "foreign" || a.toks[i-1].norm == "vice") && i >= 2 {
			start = i - 2
		}
		p := a.toks[start].norm
		if p != "two" && p != "both" && p != "the" && p != "three" && p != "four" && p != "five" && p != "all" {
			continue
		}
		if t.norm == "heads" && (i+2 >= len(a.toks) || a.toks[i+1].norm != "of" || a.toks[i+2].norm != "state") {
			continue
		}
		if i+1 < len(a.toks) && a.toks[i+1].norm == "of" && t.norm != "heads" {
			continue // "leaders of major companies"
		}
		var ls []*leader
		for _, l := range a.leaders {
			if l.head || t.norm == "ministers" && start == i-1 {
				ls = append(ls, l)
			}
		}
		if len(ls) >= 2 {
			a.leaderAt = append(a.leaderAt, leaderMention{i: start, j: i + 1, leaders: ls})
		}
	}
	sort.Slice(a.leaderAt, func(x, y int) bool { return a.leaderAt[x].i < a.leaderAt[y].i })
}

// leaderFor returns the leader of country with title (or any head), or nil.
func (a *analysis) leaderFor(country, title string) *leader {
	var best *leader
	for _, l := range a.leaders {
		if l.country != country {
			continue
		}
		if title != "" && l.title == title {
			return l
		}
		if best == nil || l.head && !best.head {
			best = l
		}
	}
	return best
}

// sentenceLeaders returns, per sentence, the leaders it mentions; a
// sentence opening with a pronoun also gets the previous subject.
func (a *analysis) sentenceLeaders() [][]*leader {
	out := make([][]*leader, len(a.sents))
	for _, m := range a.leaderAt {
		s := a.sentenceOf(m.i)
		for _, l := range m.leaders {
			out[s] = appendLeader(out[s], l)
		}
	}
	var subject *leader
	for s, st := range a.sents {
		first := a.toks[st.first]
		if (first.norm == "he" || first.norm == "she" || first.norm == "his" || first.norm == "her") && subject != nil {
			out[s] = appendLeader(append([]*leader(nil), subject), out[s]...)
		}
		if len(out[s]) > 0 && (len(out[s]) == 1 || first.norm != "he") {
			subject = out[s][0]
		}
	}
	return out
}

func appendLeader(list []*leader, ls ...*leader) []*leader {
	for _, l := range ls {
		dup := false
		for _, x := range list {
			if x == l {
				dup = true
			}
		}
		if !dup {
			list = append(list, l)
		}
	}
	return list
}

// leaderKey returns the entity key of l.
func leaderKey(l *leader) string { return "person:" + Slug(l.name) }

// buildLeaders creates the Leader entities and LEADS relations.
func (a *analysis) buildLeaders() {
	for _, l := range a.leaders {
		e := a.entity(leaderKey(l), graph.TypeLeader, l.name)
		e.Title = l.title
		e.Country = l.country
		for _, sp := range l.spans {
			a.mention(e, sp[0], sp[1])
		}
		if l.country != "" && l.head {
			c := a.x.gaz.countries[a.x.gaz.byCode[l.country]]
			ce := a.entity("country:"+l.country, graph.TypeCountry, c.name)
			ce.Code, ce.ISO2 = c.code, c.iso2
			a.relate(graph.Relation{Type: graph.RelLeads, From: e.Key, To: ce.Key, Title: l.title, Evidence: a.evidence(l.first)})
		}
	}
}

// inferCountries gives a leader named without a country ("President Donald
// Trump") the most-mentioned country that no leader of the same rank holds.
func (a *analysis) inferCountries() {
	count := map[string]int{}
	var order []string
	for _, c := range a.countries {
		if count[c.code] == 0 {
			order = append(order, c.code)
		}
		count[c.code]++
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	for _, l := range a.leaders {
		if l.country != "" {
			continue
		}
		taken := map[string]bool{}
		for _, o := range a.leaders {
			if o != l && o.country != "" && o.head == l.head && (l.head || o.title == l.title) {
				taken[o.country] = true
			}
		}
		for _, c := range order {
			if !taken[c] {
				l.country = c
				a.warnings = append(a.warnings, "country of "+l.name+" ("+l.title+") not stated; taken as "+c+" from context")
				break
			}
		}
	}
}
