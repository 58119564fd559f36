package extract

import (
	"sort"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// factStage is the last stage: the facts. It reads leadership, trade
// figures, partnership levels, cooperation sectors, chairmanships,
// membership and support from the sentences, with the entities and events
// found before, and adds the relations.
type factStage struct {
	*eventStage

	countryCount map[string]int // mentions per country, for mainPair
}

// findFacts runs the fact stage.
func findFacts(ev *eventStage) {
	a := &factStage{eventStage: ev}
	a.scanFacts()
	a.locatePlaces()
}

// parties returns the countries that take part in the article's events
// (sorted), or the countries of its leaders when it reports no event.
func (a *eventStage) parties() []string {
	var out []string
	for _, e := range a.events {
		for _, c := range e.countries {
			out = appendStr(out, c)
		}
	}
	if len(out) == 0 {
		for _, l := range a.leaders {
			if l.country != "" {
				out = appendStr(out, l.country)
			}
		}
	}
	sort.Strings(out)
	return out
}

// countriesIn returns the distinct countries mentioned in sentence s;
// names only unless adj is set; never a currency ("23.1 billion U.S.
// dollars").
func (a *factStage) countriesIn(s int, adj bool) []string {
	var out []string
	for _, c := range a.countriesOfSentence(s) {
		if (adj || !c.adj) && !a.currencyMention(c) {
			out = appendStr(out, c.code)
		}
	}
	return out
}

// pairFor returns the two countries a bilateral fact in sentence s is
// about: the sentence's two countries, else the article's main pair.
func (a *factStage) pairFor(s int, parties []string) (string, string, bool) {
	cs := a.countriesIn(s, true)
	if len(cs) == 2 {
		sort.Strings(cs)
		return cs[0], cs[1], true
	}
	p, q, ok := a.mainPair(parties)
	if !ok {
		return "", "", false
	}
	in := func(c string) bool {
		for _, x := range cs {
			if x == c {
				return true
			}
		}
		return false
	}
	if len(cs) == 1 && cs[0] != p && cs[0] != q || len(cs) > 2 && (!in(p) || !in(q)) {
		return "", "", false
	}
	return p, q, true
}

// mainPair returns the article's two main parties (sorted): the only two,
// or the two most mentioned when a third is mentioned less.
func (a *factStage) mainPair(parties []string) (string, string, bool) {
	if len(parties) == 2 {
		return parties[0], parties[1], true
	}
	if len(parties) < 2 {
		return "", "", false
	}
	if a.countryCount == nil {
		a.countryCount = map[string]int{} // the mentions are final by now
		for _, c := range a.countries {
			a.countryCount[c.code]++
		}
	}
	count := a.countryCount
	ps := append([]string(nil), parties...)
	sort.SliceStable(ps, func(i, j int) bool { return count[ps[i]] > count[ps[j]] })
	if count[ps[1]] == count[ps[2]] {
		return "", "", false
	}
	x, y := ps[0], ps[1]
	if y < x {
		x, y = y, x
	}
	return x, y, true
}

// scanFacts derives the article's facts: cooperation sectors, trade
// volumes, partnership levels, chairmanships, support and membership.
func (a *factStage) scanFacts() {
	parties := a.parties()
	a.leads()
	a.cooperation(parties)
	a.tradeVolumes(parties)
	a.partnerships(parties)
	a.orgFacts(parties)
	a.projectFacts(parties)
}

// leads adds LEADS from each head of state or government to the country
// it leads.
func (a *factStage) leads() {
	for _, l := range a.leaders {
		if l.country != "" && l.head {
			a.relate(graph.Relation{Type: graph.RelLeads, From: leaderKey(l), To: "country:" + l.country, Title: l.title, Evidence: a.evidence(l.first)})
		}
	}
}

// cooperation adds COOPERATES_IN for every party and sector of cooperation.
// Each sector is related once per set of cooperating countries, and the
// events of a sentence come from an index, so the pass is linear in the
// number of sector words.
func (a *factStage) cooperation(parties []string) {
	if len(parties) < 2 {
		return
	}
	sectors := a.scanSectors()
	if len(sectors) == 0 {
		return
	}
	for _, sm := range sectors {
		a.sector(sm.slug)
	}
	for _, p := range parties {
		a.country(p)
	}
	bySent := a.eventsBySentence()
	done := map[string]bool{}
	for _, sm := range sectors {
		s := a.sentenceOf(sm.i)
		ps := sectorParties(bySent[s], parties)
		if k := sm.slug + "|" + strings.Join(sortedCopy(ps), ","); !done[k] {
			done[k] = true
			a.cooperatesIn(ps, sm.slug, s)
		}
		// the event's sentences, and a following one with no event of its own
		for _, e := range bySent[s] {
			a.relate(graph.Relation{Type: graph.RelDiscussed, From: e.key, To: "sector:" + sm.slug, Evidence: a.evidence(s)})
		}
		if s > 0 && !a.hitSent[s] {
			for _, e := range bySent[s-1] {
				if e.kind == graph.KindMeeting || e.kind == graph.KindPhoneCall || e.kind == graph.KindSummit {
					a.relate(graph.Relation{Type: graph.RelDiscussed, From: e.key, To: "sector:" + sm.slug, Evidence: a.evidence(s)})
				}
			}
		}
	}
}

// eventsBySentence maps each sentence to the events reported in it, in
// the order of a.events.
func (a *factStage) eventsBySentence() map[int][]*event {
	m := map[int][]*event{}
	for _, e := range a.events {
		for _, s := range e.sents {
			if l := m[s]; len(l) == 0 || l[len(l)-1] != e {
				m[s] = append(l, e)
			}
		}
	}
	return m
}

func sortedCopy(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	return out
}

// tradeVolumes adds TRADE_VOLUME from sentences that give a trade figure.
func (a *factStage) tradeVolumes(parties []string) {
	done := map[string]bool{}
	for s, st := range a.sents {
		trade, record := false, false
		for i := st.first; i < st.last; i++ {
			switch a.toks[i].norm {
			case "trade", "turnover", "commerce":
				trade = true
			case "record":
				record = true
			}
		}
		if !trade || a.groupFigure(s) {
			continue
		}
		m, ok := a.firstMoney(s)
		if !ok {
			continue
		}
		from, to, ok := a.pairFor(s, parties)
		if !ok || done[from+to] {
			continue
		}
		done[from+to] = true
		year := 0
		for _, d := range a.datesIn(s) {
			if d.year != 0 {
				year = d.year
				if d.bstart > m.bstart {
					break
				}
			}
		}
		usd := 0.0 // null unless stated in US dollars: never a converted or 0-dollar figure
		if m.currency == "USD" {
			usd = m.value
		}
		period := ""
		if p, ok := a.periodNear(s, m.bstart); ok {
			year, period = p.year, p.text
		}
		a.country(from)
		a.country(to)
		a.relate(graph.Relation{Type: graph.RelTradeVolume, From: "country:" + from, To: "country:" + to,
			Year: year, ValueUSD: usd, Value: m.value, Currency: m.currency, Period: period,
			Record: record, Text: m.text, Evidence: a.evidence(s)})
		a.sector("trade")
		a.cooperatesIn([]string{from, to}, "trade", s)
	}
}

// groupNouns name a set of countries; a trade figure of such a set ("trade
// between China and the five countries", "with the region") is not the
// figure of a pair.
// (data/words-facts.tsv)
var groupNouns = wordSet("groupNouns")

// groupFigure reports whether sentence s speaks of a group of countries
// other than the pair itself ("the two countries", "both nations").
func (a *factStage) groupFigure(s int) bool {
	st := a.sents[s]
	for i := st.first; i < st.last; i++ {
		if !groupNouns[a.toks[i].norm] {
			continue
		}
		if i > st.first && (a.tok(i-1).norm == "two" || a.tok(i-1).norm == "both") {
			continue
		}
		return true
	}
	return false
}

// levelWords qualify a partnership ("comprehensive strategic partnership").
// (data/words-facts.tsv)
var levelWords = wordSet("levelWords")

// strongLevel words make "relations" or "ties" a declared level ("allied relations").
// (data/words-facts.tsv)
var strongLevel = wordSet("strongLevel")

// partnerships adds PARTNERSHIP with the level as worded.
func (a *factStage) partnerships(parties []string) {
	done := map[string]bool{}
	for i, t := range a.toks {
		if t.norm != "partnership" && t.norm != "relations" && t.norm != "alliance" && t.norm != "ties" {
			continue
		}
		words := []string{}
		k := i
		for k > 0 && len(words) < 6 {
			p := a.tok(k - 1)
			w := p.norm
			n := 1
			if k >= 3 && a.tok(k-2).text == "-" && !a.tok(k-2).space && !p.space {
				w = a.tok(k-3).norm + "-" + p.norm
				n = 3
			}
			if !levelWords[w] || a.isCountryToken(k-1) {
				break
			}
			words = append([]string{w}, words...)
			k -= n
		}
		if len(words) == 0 {
			continue
		}
		if t.norm != "partnership" && !strongLevel[words[0]] {
			continue
		}
		if len(words) == 1 && (words[0] == "economic" || words[0] == "political" || words[0] == "close" || words[0] == "practical") {
			continue
		}
		s := a.sentenceOf(i)
		from, to, ok := a.pairFor(s, parties)
		if !ok || done[from+to] {
			continue
		}
		done[from+to] = true
		level := strings.Join(append(words, t.norm), " ")
		if t.norm == "partnership" {
			level += a.partnershipPurpose(i + 1)
		}
		a.country(from)
		a.country(to)
		a.relate(graph.Relation{Type: graph.RelPartnership, From: "country:" + from, To: "country:" + to, Level: level, Evidence: a.evidence(s)})
	}
}

// cooperatesIn adds COOPERATES_IN for sector and every unordered pair of
// countries, as the contract orders it: from the alphabetically smaller
// code, partner the larger. Evidence is sentence s.
func (a *factStage) cooperatesIn(countries []string, sector string, s int) {
	cs := append([]string(nil), countries...)
	sort.Strings(cs)
	for i := 0; i < len(cs); i++ {
		for j := i + 1; j < len(cs); j++ {
			if cs[i] == cs[j] {
				continue
			}
			from, to := "country:"+cs[i], "sector:"+sector
			if !a.relSeen[relKey{graph.RelCooperatesIn, from, to, cs[j]}] {
				a.relate(graph.Relation{Type: graph.RelCooperatesIn, From: from, To: to, Partner: cs[j], Evidence: a.evidence(s)})
			}
		}
	}
}

// partnershipPurpose returns the purpose that names a partnership after
// "for" ("strategic partnership for the European integration of the
// Republic of Moldova") as " for ...", lower case, or "" when token i does
// not start one. The phrase runs to the next punctuation, "and" or verb-like
// break and must contain a proper noun, so "partnership for the next decade"
// adds nothing.
func (a *factStage) partnershipPurpose(i int) string {
	if i >= len(a.toks) || a.toks[i].norm != "for" {
		return ""
	}
	s := a.sentenceOf(i)
	k := i + 1
	proper := false
	for k < len(a.toks) && k-i <= 10 && a.sentenceOf(k) == s {
		t := a.toks[k]
		if t.kind != tokWord || t.norm == "and" || t.norm == "which" || t.norm == "that" {
			break
		}
		if t.upper {
			proper = true
		}
		k++
	}
	if !proper || k-i > 10 || k == i+1 {
		return ""
	}
	words := make([]string, 0, k-i)
	for m := i; m < k; m++ {
		words = append(words, strings.ToLower(a.toks[m].text))
	}
	return " " + strings.Join(words, " ")
}

// sectorParties returns the countries that cooperate in a sector named in
// a sentence whose events are evs: those of its one event when it has at
// least two ("on the sidelines, Modi and Albanese agreed to expand
// cooperation in education"), else all parties.
func sectorParties(evs []*event, parties []string) []string {
	if len(evs) != 1 || len(evs[0].countries) < 2 {
		return parties
	}
	return evs[0].countries
}
