package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// factStage is the last stage: the facts. It reads leadership, trade
// figures, partnership levels, cooperation sectors, chairmanships,
// membership and support from the sentences, with the entities and events
// found before, and adds the relations.
type factStage struct {
	*eventStage

	countryCount map[string]int   // mentions per country, for mainPair
	periodsOf    map[int][]period // periods per sentence, read once
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
		if e.past || e.earlier {
			continue // history told in passing: not the article's sides
		}
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
	if len(cs) == 1 && a.bodyAsParty(s) {
		return "", "", false // "trade between the EU and Japan": a bloc's, not the pair's
	}
	return p, q, true
}

// bodyAsParty reports whether sentence s names an organization as a side
// of its trade: right after "between" or "with" (and "the"), or joined to
// a country by "and" ("the EU and Japan").
func (a *factStage) bodyAsParty(s int) bool {
	st := a.sents[s]
	for _, o := range a.orgs {
		if o.i < st.first || o.i >= st.last {
			continue
		}
		prev := a.tok(o.i - 1).norm
		if prev == "the" {
			prev = a.tok(o.i - 2).norm
		}
		if prev == "between" || prev == "with" || a.tok(o.j).norm == "and" && prev != "of" {
			return true
		}
	}
	return false
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
// it leads (not a queen beside a king of her country: his consort).
func (a *factStage) leads() {
	kings := map[string]bool{}
	for _, l := range a.leaders {
		if l.title == "King" && l.country != "" {
			kings[l.country] = true
		}
	}
	for _, l := range a.leaders {
		if l.country == "" || l.former {
			continue
		}
		if l.title == "Queen" && kings[l.country] {
			continue // "Queen Letizia will travel with King Felipe VI": the king's consort, who leads no country
		}
		if a.x.officials != nil && !a.ref.IsZero() && a.x.officials.headBefore(l.name, l.country, a.ref.Year()) {
			continue // "President X came to Pakistan in 2012", told in 2018: a head then, no more
		}
		if l.head || l.title == "" && a.x.officials != nil && !a.ref.IsZero() && a.x.officials.headIn(l.name, l.country, a.ref.Year()) {
			// (one named with no title leads when the register holds him
			// as a head of that country that year: "talks with Gustavo Petro")
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
		if len(ps) > 2 {
			if cs := a.namedPair(s, ps); cs != nil {
				ps = cs // "Mongolia and Macedonia ... naming agriculture": the pair named
			} else if len(bySent[s]) != 1 && a.twoSidesIn(s) {
				if p, q, ok := a.mainPair(parties); ok {
					ps = []string{p, q} // "the two countries" among more
				} else if s > 0 {
					if cs := a.namedPair(s-1, ps); cs != nil {
						ps = cs // "the two countries": the pair just named
					}
				}
			} else if len(bySent[s]) == 0 && !(a.allMeet(parties) && a.groupNamed(s, len(parties))) {
				if p, q, ok := a.mainPair(parties); ok {
					ps = []string{p, q} // no occasion, no pair named: the article's two sides, not every party
				} else {
					continue
				}
			}
		}
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

// tradeVolumes adds TRADE_VOLUME from sentences that give trade figures:
// every figure of such a sentence that is a bilateral volume (not a
// target, not exports or imports alone, not a past value "from $40
// billion" without its own year), each with the year or period nearest to
// it. A sentence that only ranks partners by figures right after a trade
// figure ("Russia came second with USD 5.27 billion") continues it.
func (a *factStage) tradeVolumes(parties []string) {
	seen := map[string]bool{}    // pair and value
	undated := map[string]bool{} // of those, the ones read with no year nor period
	lastFact := -2               // sentence of the last trade figure
	var lastPair [2]string       // the countries of its last figure
	focal := ""                  // the country every figure of the last sentence shared
	var ctx period               // the last period of a trade sentence, for figures without one
	ctxSent := -10
	for s, st := range a.sents {
		trade, record := false, false
		for i := st.first; i < st.last; i++ {
			switch a.toks[i].norm {
			case "trade", "turnover", "commerce", "trading", "traded":
				trade = true
			case "exchange", "exchanges":
				trade = trade || a.tok(i-1).norm == "commercial" // "commercial exchange between Chile and China"
			case "record":
				record = true
			}
		}
		cont := !trade && lastFact == s-1 && focal != ""
		if !trade && !cont || a.groupFigure(s) {
			continue
		}
		if p, ok := a.periodNear(s, st.bstart); ok && trade {
			ctx, ctxSent = p, s
		}
		figures := a.tradeFigures(s)
		listed := a.figuresByPartner(s, figures)
		found := false
		for _, m := range figures {
			from, to, ok := a.figurePair(s, m, parties, cont || listed, focal)
			year, period := a.figureYear(s, m)
			if !ok && cont && (year != 0 || period != "") && a.onlyOf(s, lastPair) {
				// "That is 9.4 percent more than a year earlier ($5.3
				// billion in January-June 2023)": a dated figure of the
				// same pair goes on
				from, to, ok = lastPair[0], lastPair[1], true
			}
			if !ok {
				continue
			}
			if year == 0 && period == "" && ctxSent >= s-3 && ctxSent <= s && ctx.text != "" {
				year, period = ctx.year, ctx.text // "in January-July" two sentences before
				ctxSent = s                       // and on through a list of partners
			}
			if year == 0 && period == "" {
				year = a.spanYearOf(s, a.tokenAtByte(m.bstart)) // "Over the period 2012 to 2021, trade grew from R56.3 billion to R148.5 billion"
			}
			if year == 0 && period == "" && a.tok(a.tokenAtByte(m.bstart)-1).norm == "from" {
				continue // "climbed to $70 billion from $40 billion": a past value of unknown year
			}
			if m, ok = a.tradeDollars(m, from, to); !ok {
				continue
			}
			k := from + to + "|" + strconv.FormatFloat(m.value, 'g', -1, 64) + m.currency
			if seen[k] && !(undated[k] && (year != 0 || period != "")) {
				continue // (a dated repeat of an undated figure is kept: dropUndatedRepeats)
			}
			seen[k] = true
			undated[k] = year == 0 && period == ""
			found = true
			lastPair = [2]string{from, to}
			usd := m.usd // null unless stated in US dollars: never a converted or 0-dollar figure
			if m.currency == "USD" {
				usd = m.value
			}
			a.country(from)
			a.country(to)
			a.relate(graph.Relation{Type: graph.RelTradeVolume, From: "country:" + from, To: "country:" + to,
				Year: year, ValueUSD: usd, Value: m.value, Currency: m.currency, Period: period,
				Record: record, Text: m.text, Evidence: a.evidence(s)})
			a.sector("trade")
			a.cooperatesIn([]string{from, to}, "trade", s)
			if !cont && (focal == "" || lastFact != s) {
				focal = a.moreNamed(from, to) // "Uzbekistan" in a report of its partners
			}
		}
		if found {
			lastFact = s
		} else if !cont {
			focal = ""
		}
	}
	a.dropUndatedRepeats()
}

// dropUndatedRepeats removes a trade figure stated without a year or
// period when the article states the same figure of the same pair with
// one ("trade has climbed to $12.03 billion" in the lead, "rose 7.1 per
// cent in the first half of 2022, to $12.03 billion" below): one figure,
// the dated one.
func (a *factStage) dropUndatedRepeats() {
	dated := map[string]bool{}
	figure := func(r graph.Relation) string {
		return r.From + "|" + r.To + "|" + strconv.FormatFloat(r.Value, 'g', -1, 64) + r.Currency
	}
	for _, r := range a.rels {
		if r.Type == graph.RelTradeVolume && (r.Year != 0 || r.Period != "") {
			dated[figure(r)] = true
		}
	}
	if len(dated) == 0 {
		return
	}
	kept := a.rels[:0]
	for _, r := range a.rels {
		if r.Type == graph.RelTradeVolume && r.Year == 0 && r.Period == "" && dated[figure(r)] {
			continue
		}
		kept = append(kept, r)
	}
	a.rels = kept
}

// figuresByPartner reports whether sentence s gives a figure after each
// of two countries ("France stayed second with 167 billion euros, while
// the United States came third with 165 billion euros"): a list of one
// country's partners, not the trade of the two named.
func (a *factStage) figuresByPartner(s int, figures []money) bool {
	if len(figures) < 2 {
		return false
	}
	first := a.tokenAtByte(figures[0].bstart)
	second := a.tokenAtByte(figures[1].bstart)
	before, between := "", ""
	for _, c := range a.countriesOfSentence(s) {
		switch {
		case a.currencyMention(c):
		case c.j <= first:
			before = c.code
		case c.i > first && c.j <= second && c.code != before:
			between = c.code
		}
	}
	return before != "" && between != ""
}

// tradeFigures returns the amounts of sentence s that may be trade
// volumes: not targets ("aim to raise trade to $2 billion"), not exports
// or imports alone ("exports to China stood at $994.7 million").
func (a *factStage) tradeFigures(s int) []money {
	st := a.sents[s]
	var out []money
	prevEnd := -10 // the token after the last amount read
	for k := st.first; k < st.last; k++ {
		if numberStart(a.toks[k]) < 0 || !a.currencyNear(k, st) {
			continue
		}
		m, ok := a.moneyAt(k, st)
		if !ok {
			continue
		}
		end := a.tokenAtByte(m.bstart + len(m.text))
		k = end - 1
		ti := a.tokenAtByte(m.bstart)
		gloss := a.glossBetween(prevEnd, ti)                       // "2 billion Fijian dollars, that is about 92.99 million US dollars"
		converted := a.tok(ti-1).text == "(" && prevEnd >= ti-2 || // "USD 12 billion (EGP 370.7 billion)"
			approxWords[a.tok(ti-1).norm] && a.tok(ti-2).text == "(" && prevEnd >= ti-3 || // "(then EGP 139.4 billion)", "(about $110 billion)"
			a.tok(ti-1).text == "." && approxWords[a.tok(ti-2).norm] && a.tok(ti-3).text == "(" && prevEnd >= ti-4 || // "(approx. $2.1 billion)"
			gloss
		before := prevEnd // the end of the amount before, to look back no further
		prevEnd = end
		if converted {
			if last := len(out) - 1; last >= 0 && m.currency == "USD" && out[last].currency != "USD" && (gloss || a.tokenAtByte(out[last].bstart+len(out[last].text)) >= ti-3) {
				out[last].usd = m.value // "RM116.29 billion (US$25.5 billion)": the dollars as stated
			}
			continue
		}
		if m.value < minTradeValue {
			continue // "$115 per barrel", "around $37": a price, no trade volume of two countries
		}
		if a.itemValue(ti, end) || a.targetBefore(ti, st) || a.targetAfter(end, st) || a.flowOnly(ti, st) || a.flowAfter(end, st) || a.investmentFigure(ti, end, st) || a.dealValue(ti) || a.differenceAfter(end, st) || a.forecastAfter(end, st) || a.balanceBefore(ti, end, before, st) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// itemValue reports whether the amount at tokens [ti, end) stands alone
// in brackets after a good or an item that is no trade ("cement ($14.9M),
// raw iron bars ($15.5M)"): the value of one item of a list, no trade
// volume of two countries.
func (a *factStage) itemValue(ti, end int) bool {
	if a.tok(ti-1).text != "(" || a.tok(end).text != ")" {
		return false
	}
	p := a.tok(ti - 2)
	if p.kind != tokWord || p.upper || tradeNouns[p.norm] || a.x.money.cues[p.norm] || ordinalWords[p.norm] || approxWords[p.norm] || scales[p.norm] != 0 {
		return false
	}
	for k := ti - 3; k >= ti-5; k-- {
		if t := a.tok(k); t.kind == tokNumber || scales[t.norm] != 0 {
			return false // "1.6 billion meticals (57.8 million dollars)": the amount again, in dollars
		}
	}
	return true
}

// tradeNouns name the trade a figure in brackets may follow: "bilateral
// trade ($2.1 billion)". (data/words-facts.tsv)
var tradeNouns = wordSet("tradeNouns")

// glossBetween reports whether the words from token from (the end of the
// amount before) to token to restate that amount in another currency: a
// comma (after the amount's year, if any), then "that is" or "or", then at
// most a word of approximation (", that is about", ", or some"); or "or"
// right after the amount ("20 billion New Zealand dollars or 14 billion US
// dollars").
func (a *factStage) glossBetween(from, to int) bool {
	if from >= 0 && a.tok(from).norm == "in" && a.tok(from+1).kind == tokNumber && len(a.tok(from+1).text) == 4 {
		from += 2 // "992.2 million Fijian dollars in 2017, or about 466.7 million US dollars"
	}
	if from >= 0 && a.tok(from).norm == "or" && to-from >= 1 && to-from <= 3 {
		k := from + 1 // "20 billion New Zealand dollars or 14 billion US dollars"
		if approxWords[a.tok(k).norm] {
			k++
		}
		return k == to
	}
	if from < 0 || to-from < 2 || to-from > 5 || a.tok(from).text != "," {
		return false
	}
	k := from + 1
	switch {
	case a.tok(k).norm == "that" && a.tok(k+1).norm == "is":
		k += 2
	case a.tok(k).norm == "or" || a.tok(k).norm == "i.e.":
		k++
	default:
		return false
	}
	if approxWords[a.tok(k).norm] {
		k++
	}
	return k == to
}

// targetBefore reports whether a target word stands before the figure at
// token ti in its clause, with no other figure between ("their goal of
// lifting bilateral trade, within five years, to USD 12 billion"; but
// "aim to double trade to $500 billion by 2030, from $129 billion last
// year": the target is the first figure).
func (a *factStage) targetBefore(ti int, st sentence) bool {
	if a.modalVerbBefore(ti, st) {
		return true // "could rise to $1.5 billion", "could top 2 bln euros"
	}
	to := a.tok(ti-1).norm == "to" || a.tok(ti-2).norm == "to" || // "to $500 million", "to US$ 5 billion"
		a.tok(ti-1).norm == "of" && a.tok(ti-2).norm == "level" && a.tok(ti-4).norm == "to" // "raised to the level of USD 30 billion"
	for k := ti - 1; k >= st.first && k >= ti-18; k-- {
		n := a.toks[k].norm
		if numberStart(a.toks[k]) >= 0 && a.currencyNear(k, st) && to && a.figureFrom(k) {
			continue // "raise trade from $131 million to $500 million": one aim over both
		}
		if n == ";" || n == "while" || n == "whereas" || numberStart(a.toks[k]) >= 0 && a.currencyNear(k, st) {
			return false
		}
		if targetWords[n] || to && targetToVerbs[n] {
			return true
		}
		if (n == "which" || n == "that") && a.tok(k-1).text == "," && levelVerbs[a.tok(k+1).norm] {
			return false // "to increase their trade, which is currently worth USD 1.2 billion": the level now
		}
	}
	return false
}

// levelVerbs, opening a relative clause before a figure, state the level
// reached ("trade, which is currently worth", "which stood at").
// (data/words-facts.tsv)
var levelVerbs = wordSet("levelVerbs")

// modalVerbBefore reports whether the figure at token ti follows a verb
// after a modal of possibility, "to" and a word of approximation allowed
// between: "turnover could rise to $1.5 billion", "the figure could top
// 2 bln euros" (what may be, no level reached).
func (a *factStage) modalVerbBefore(ti int, st sentence) bool {
	k := a.skipApprox(ti - 1)
	if a.tok(k).norm == "to" {
		k--
	}
	v := a.tok(k)
	if k-1 < st.first || v.kind != tokWord || v.upper {
		return false
	}
	m := a.tok(k - 1)
	return possibilityModals[m.norm] && !m.upper
}

// possibilityModals before a verb make its figure a possibility or an
// aim ("could rise to", "this figure should reach $1 billion in 2020",
// "will exceed"); "would" is left out: it reports a level told in the
// future, "trade would come to US$507 million in 2022".
var possibilityModals = map[string]bool{"could": true, "might": true, "may": true, "should": true, "must": true, "will": true, "shall": true}

// targetAfter reports whether the figure ending at token e is named an
// aim right after it: "so that bilateral trade rises to 1 billion USD,
// the goal set by the leaders".
func (a *factStage) targetAfter(e int, st sentence) bool {
	for k := e; k < st.last && k < e+4; k++ {
		// "the $5 billion trade volume target": the figure names a target
		if t := a.toks[k]; t.kind != tokWord || t.upper {
			break
		} else if targetNouns[t.norm] {
			return true
		}
	}
	if e >= st.last || a.tok(e).text != "," {
		return false
	}
	k := e + 1
	switch a.tok(k).norm {
	case "the", "a", "an", "its", "their", "our":
		k++
	}
	return targetNouns[a.tok(k).norm]
}

// dealValue reports whether the figure at token ti is the value of deals:
// "worth" or "valued at" right before it (past "more than", "about"...),
// after a deal noun ("contracts worth $20.5 million were concluded"), or
// "value of" a few words after one ("projects …, with a combined value of
// US$80.5 billion").
func (a *factStage) dealValue(ti int) bool {
	k := a.skipApprox(ti - 1)
	reach := 4
	switch {
	case a.tok(k).norm == "at" && a.tok(k-1).norm == "valued":
		k--
	case a.tok(k).norm == "of" && a.tok(k-1).norm == "value":
		k, reach = k-1, 8 // "9,438 active projects in Viet Nam, with a combined value of US$80.5 billion"
	case a.tok(k).norm != "worth":
		return false
	}
	for j := k - 1; j >= k-reach && j >= 0; j-- {
		if dealNouns[a.toks[j].norm] {
			return true // (also "projects in Iraq worth $34.9 billion")
		}
	}
	return false
}

// skipApprox returns the token at or before k that is no word of
// approximation: "more than", "over", "about", "nearly"...
func (a *factStage) skipApprox(k int) int {
	for k > 0 {
		switch n := a.toks[k].norm; {
		case n == "than" && (a.tok(k-1).norm == "more" || a.tok(k-1).norm == "less"):
			k -= 2
		case approxWords[n] || n == "over" || n == "some" || n == "just":
			k--
		default:
			return k
		}
	}
	return k
}

// (data/words-tokens.tsv)
var (
	targetToVerbs = wordSet("targetToVerbs")
	targetNouns   = wordSet("targetNouns")
	dealNouns     = wordSet("dealNouns")
	stakeVerbs    = wordSet("stakeVerbs")
)

// balanceBefore reports whether the figure from token ti to end is a
// balance, not a volume: a word of surplus or deficit among the eight
// words before it, after the last comma and the amount before ("with a
// surplus of $1 billion"); or "balance" there and a side favoured after
// it ("the 2022 trade balance ... stood at OMR202.526 million in Oman's
// favour"), since "the trade balance grew to US$3 billion" often means
// the volume.
func (a *factStage) balanceBefore(ti, end, prev int, st sentence) bool {
	for k := ti - 1; k >= st.first && k >= ti-8 && k >= prev; k-- {
		switch n := a.toks[k].norm; {
		case n == "," || n == ";":
			return false
		case balanceWords[n]:
			return true
		case n == "balance":
			return a.favourAfter(end, st)
		}
	}
	return false
}

// favourAfter reports whether "favour" or "favor" comes within five
// words after token e: "in Oman's favour", "in favor of Egypt".
func (a *factStage) favourAfter(e int, st sentence) bool {
	for k := e; k < st.last && k < e+5; k++ {
		if n := a.toks[k].norm; n == "favour" || n == "favor" {
			return true
		}
	}
	return false
}

// balanceWords: see data/words-facts.tsv.
var balanceWords = wordSet("balanceWords")

// differenceAfter reports whether the figure ending at token e is a
// change, not a volume: "$87 million more than a year before", "$5
// million less than in 2023".
func (a *factStage) differenceAfter(e int, st sentence) bool {
	for k := e; k < st.last && k < e+3; k++ {
		switch a.toks[k].norm {
		case "more", "less", "higher", "lower":
			return a.tok(k+1).norm == "than" || a.tok(k+1).norm == "from"
		case "up", "down":
			return a.tok(k+1).norm == "than" // but "$1.2 billion, up from $1.1 billion": the new level
		case ",":
			continue
		default:
			return false
		}
	}
	return false
}

// onlyOf reports whether sentence s names no country but those of pair.
func (a *factStage) onlyOf(s int, pair [2]string) bool {
	for _, c := range a.countriesIn(s, true) {
		if c != pair[0] && c != pair[1] {
			return false
		}
	}
	return pair[0] != ""
}

// approxWords may stand between the bracket and a converted amount:
// "(then EGP 139.4 billion)", "(about $110 billion)".
var approxWords = map[string]bool{"then": true, "about": true, "around": true, "approximately": true, "approx": true, "roughly": true, "some": true, "nearly": true, "almost": true}

// investmentFigure reports whether the figure from token ti to e is an
// amount of investment, not of trade: "of investments" or "into" right
// after it ("21% of the $59 billion of investments", "put $170 million
// into Egypt"), or an investment word nearer
// before it in its clause than any trade word.
func (a *factStage) investmentFigure(ti, e int, st sentence) bool {
	if a.tok(e).norm == "of" && investWords[a.tok(e+1).norm] || a.tok(e).norm == "in" && investWords[a.tok(e+1).norm] {
		return true
	}
	if a.tok(e).norm == "into" && e < st.last {
		return true // "companies had put USD 170 million into Egypt"
	}
	if investWords[a.tok(e).norm] && e < st.last {
		return true // "Baku's $2 billion investment in Pakistan"
	}
	if stakeVerbs[a.tok(a.skipApprox(ti-1)).norm] {
		return true // "into which Jordan has put more than $1 billion"
	}
	for k := ti - 1; k >= st.first && k >= ti-12; k-- {
		switch n := a.toks[k].norm; {
		case investWords[n]:
			return true
		case n == "trade" || n == "turnover" || n == "commerce":
			// "investment and trade with the US would reach $600
			// billion": the two together, no trade volume
			return a.tok(k-1).norm == "and" && investWords[a.tok(k-2).norm] || a.tok(k+1).norm == "and" && investWords[a.tok(k+2).norm]
		case n == ";":
			return false
		}
	}
	return false
}

// investWords name investment.
var investWords = map[string]bool{"investment": true, "investments": true, "invested": true, "investor": true, "investors": true, "fdi": true}

// figureFrom reports whether the number at token k is the start of a
// change: "from" before it, or before its currency sign ("from $131
// million", "from US$ 1.5 billion").
func (a *factStage) figureFrom(k int) bool {
	for i := k - 1; i >= k-3 && i >= 0; i-- {
		switch t := a.toks[i]; {
		case t.norm == "from":
			return true
		case t.kind == tokWord && !a.x.money.cues[t.norm]:
			return false
		}
	}
	return false
}

// spanYearOf returns the year of the figure at token ti when its sentence
// tells a change between two years and two figures: "over the period
// 2012 to 2021 (or between 2012 and 2021), trade grew from R56.3 billion
// to R148.5 billion" — the first year the "from" figure's, the second the
// one after "to"; 0 otherwise.
func (a *factStage) spanYearOf(s, ti int) int {
	st := a.sents[s]
	y1, y2 := 0, 0
	for k := st.first; k+2 < st.last; k++ {
		if n := a.toks[k].norm; n != "period" && n != "between" && n != "from" {
			continue
		}
		if j := a.toks[k+2].norm; j != "to" && j != "and" && !isDash(a.toks[k+2]) {
			continue
		}
		if y, ok := yearToken(&a.toks[k+1]); ok {
			if z, ok := yearToken(a.tok(k + 3)); ok && z > y {
				y1, y2 = y, z
				break
			}
		}
	}
	if y1 == 0 {
		return 0
	}
	k := a.skipApprox(ti - 1)
	for k > st.first && a.x.money.cues[a.toks[k].norm] {
		k--
	}
	switch a.toks[k].norm {
	case "from":
		return y1
	case "to":
		for j := st.first; j < k; j++ {
			if a.toks[j].norm == "from" && numberStart(*a.tok(a.skipApproxForward(j + 1))) >= 0 {
				return y2 // the end of a change whose start is told
			}
		}
	}
	return 0
}

// skipApproxForward returns the first token at or after k that is no
// word of approximation ("approximately", "about") nor a currency word.
func (a *factStage) skipApproxForward(k int) int {
	for k < len(a.toks) && (approxWords[a.toks[k].norm] || a.x.money.cues[a.toks[k].norm]) {
		k++
	}
	return k
}

// yearToken returns the year a token is, from 1900 to 2099.
func yearToken(t *token) (int, bool) {
	if t == nil || t.kind != tokNumber || len(t.text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.text)
	return y, err == nil && y >= 1900 && y < 2100
}

// clauseBreakBetween reports whether a clause break stands between bytes
// b0 and b1 of the article: a semicolon, or a comma before "and", "but",
// "while" or "whereas".
func (a *factStage) clauseBreakBetween(b0, b1 int) bool {
	if b1 <= b0 {
		return false
	}
	for k := a.tokenAtByte(b0); k < len(a.toks) && a.toks[k].bstart < b1; k++ {
		if a.toks[k].bstart < b0 {
			continue
		}
		switch a.toks[k].text {
		case ";":
			return true
		case ",":
			switch a.tok(k + 1).norm {
			case "and", "but", "while", "whereas":
				return true
			}
		}
	}
	return false
}

// comparedDate reports whether a date at byte b, after a figure ending at
// byte e, is the term of a comparison: "than", "compared" or "against"
// between them ("$4.5 billion …, 6.5 percent more than in the same period
// of 2020").
func (a *factStage) comparedDate(e, b int) bool {
	for n := a.tokenAtByte(e); n < len(a.toks) && a.toks[n].bstart < b; n++ {
		switch a.toks[n].norm {
		case "than", "compared", "against", "versus", "vs":
			return true
		}
	}
	return false
}

// forecastAfter reports whether the figure ending at token e is a
// forecast: "more than $1 billion is forecast for 2025", "raised to USD
// 10 billion by the year 2020".
func (a *factStage) forecastAfter(e int, st sentence) bool {
	for k := e; k < st.last && k < e+3; k++ {
		switch n := a.toks[k].norm; {
		case n == "forecast" || n == "projected" || n == "expected" || n == "targeted":
			return true
		case n == "by" && a.tok(k+1).kind == tokNumber:
			return true
		case n == "by" && a.tok(k+1).norm == "the" && a.tok(k+2).norm == "year" && a.tok(k+3).kind == tokNumber:
			return true // "by the year 2020"; not "by the end of 2019", which may tell a figure reached
		}
	}
	return false
}

// minTradeValue is the least amount, in any currency, read as the trade
// of two countries: smaller ones are prices ("$115 per barrel").
const minTradeValue = 100000

// flowAfter reports whether the figure ending before token e is said, in
// its own clause after it, to be goods sent one way: "of which 83.9
// million USD were goods exported by Belarus".
func (a *factStage) flowAfter(e int, st sentence) bool {
	for k := e; k < st.last && k < e+6; k++ {
		switch n := a.toks[k].norm; n {
		case ",", ";", ":", "(", "and", "while", "whereas":
			return false
		case "exported", "imported", "exports", "imports", "shipped":
			return true
		}
	}
	return false
}

// flowOnly reports whether the figure at token ti is one direction of
// trade: the nearest trade word before it in its clause is "exports" or
// "imports".
func (a *factStage) flowOnly(ti int, st sentence) bool {
	for k := ti - 1; k >= st.first && k >= ti-20; k-- {
		switch a.toks[k].norm {
		case "exports", "imports", "export", "import", "shipments", "exported", "imported", "surplus", "deficit", "imbalance":
			return true // one direction, or the gap between the two
		case "trade", "turnover", "commerce", ";":
			return false
		}
	}
	return false
}

// figurePair returns the two countries a figure of sentence s is about:
// in a sentence naming several partners, the partner named nearest before
// the figure and the focal country; else the pair of the sentence or of
// the article (pairFor). A continuing sentence always pairs with focal.
func (a *factStage) figurePair(s int, m money, parties []string, cont bool, focal string) (string, string, bool) {
	cs := a.countriesIn(s, true)
	if len(cs) > 2 && focal == "" && !cont {
		return a.pairFor(s, parties) // "trade between Iraq and Türkiye …, after China"
	}
	if len(cs) > 2 || cont {
		if focal == "" {
			return "", "", false
		}
		ti := a.tokenAtByte(m.bstart)
		near := ""
		for _, c := range a.countriesOfSentence(s) {
			if c.i < ti && c.code != focal && !a.currencyMention(c) && ti-c.j <= 8 {
				near = c.code
			}
		}
		if near == "" {
			return "", "", false
		}
		x, y := near, focal
		if y < x {
			x, y = y, x
		}
		return x, y, true
	}
	return a.pairFor(s, parties)
}

// figureYear returns the year and the period of a figure: the period
// or the date that says when ("in 2024", "last year"; not "by 2030", nor
// "since 2015" unless a clause on that year follows: "since 2015, when it
// came to $1.8 billion") nearest to it in its sentence; a period within
// 120 bytes wins over a date no nearer ("$9 billion in the first half of
// 2024"), a date nearer than the period over it ("rose in 2022 to $3.5
// billion, and grew further in the first half of this year").
func (a *factStage) figureYear(s int, m money) (int, string) {
	end := m.bstart + len(m.text)
	// the distance of words at bytes [bstart, bend) from the figure, far
	// when a clause break stands between them ("passing the $50 bln mark,
	// and in the first five months of this year it grew")
	distance := func(bstart, bend int) int {
		far := 0
		if a.clauseBreakBetween(min(bend, end), max(bstart, m.bstart)) {
			far = 1000
		}
		switch {
		case bend <= m.bstart:
			return m.bstart - bend + far
		case bstart >= end:
			return bstart - end + far
		}
		return 0
	}
	if y, ok := a.samePeriodAfter(s, end); ok {
		return y, "" // "up 46% on the $371.8 million recorded in the same period last year"
	}
	year, dist, dstart, dend := 0, -1, 0, 0
	for _, d := range a.datesIn(s) {
		if d.year == 0 {
			continue
		}
		w := strings.ToLower(strings.Fields(d.text)[0])
		if w == "by" || w == "since" && !a.whenClauseAfter(d.bend) {
			continue
		}
		if d.relative && d.prec == "day" {
			continue // "On Monday ... reaching QAR 7.79 billion": the day of the report, not the figure's year
		}
		if d.bstart >= end && a.comparedDate(end, d.bstart) {
			continue // "6.5 percent more than in 2020": the year compared with
		}
		k, datesFigure := a.figureBefore(s, d)
		if d.bend <= m.bstart && datesFigure && a.dateRightAfter(s, end) {
			continue // "from US$3.2 billion in 2006 to US$10.3 billion in 2016": 2006 is the first figure's
		}
		if d.bstart >= end && datesFigure && a.toks[k].bstart >= end && a.toks[k].text != ")" {
			continue // "grew in 2023 to $1.2 billion, up from 772 million in 2022": 2022 is the next figure's
		}
		if dd := distance(d.bstart, d.bend); dist < 0 || dd < dist {
			year, dist, dstart, dend = d.year, dd, d.bstart, d.bend
		}
	}
	if p, ok := a.periodNear(s, m.bstart); ok && abs(p.bstart-m.bstart) < 120 {
		overlaps := dist >= 0 && dstart < p.bend && p.bstart < dend
		if dist < 0 || overlaps || distance(p.bstart, p.bend) <= dist {
			return p.year, p.text
		}
	}
	return year, ""
}

// figureBefore reports whether date d of sentence s dates the figure
// right before it — a number, scale word or closing bracket, then "in",
// "during" or "for", then d ("$3.2 billion in 2006") — and returns that
// figure's last token.
func (a *factStage) figureBefore(s int, d dateMention) (int, bool) {
	st := a.sents[s]
	k := a.tokenAtByte(d.bstart)
	if n := a.tok(k).norm; n == "in" || n == "during" || n == "for" {
		k-- // the date's text may hold its preposition
	} else if n := a.tok(k - 1).norm; n == "in" || n == "during" || n == "for" {
		k -= 2
	} else {
		return 0, false
	}
	if k < st.first {
		return 0, false
	}
	t := a.toks[k]
	return k, t.kind == tokNumber || a.wordScaleAt(k, st) || t.text == ")"
}

// dateRightAfter reports whether a date with a year follows the figure
// ending at byte end of sentence s closely, after "in", "during" or "for"
// and at most a converted amount in brackets: "$10.3 billion (RM43.2
// billion) in 2016".
func (a *factStage) dateRightAfter(s, end int) bool {
	st := a.sents[s]
	k := a.tokenAtByte(end)
	if a.tok(k).text == "(" {
		for k < st.last && a.toks[k].text != ")" {
			k++
		}
		k++
	}
	if n := a.tok(k).norm; n != "in" && n != "during" && n != "for" {
		return false
	}
	for _, d := range a.datesIn(s) {
		if d.year != 0 && a.tokenAtByte(d.bstart) >= k && a.tokenAtByte(d.bstart) <= k+1 {
			return true
		}
	}
	return false
}

// samePeriodAfter returns the year of the comparison the figure ending
// at byte end is the base of: the first date or period after it in its
// sentence is a date that "the same period" or "the corresponding period"
// leads to ("$371.8 million recorded in the same period last year",
// "against $20.69 billion in the corresponding period in 2023"), with no
// other number (but a converted amount in brackets), clause break or time
// between.
func (a *factStage) samePeriodAfter(s, end int) (int, bool) {
	st := a.sents[s]
	var next *dateMention
	for _, d := range a.datesIn(s) {
		if d.bstart >= end && d.year != 0 {
			next = &d
			break
		}
	}
	if next == nil || next.bstart-end > 80 {
		return 0, false
	}
	if p, ok := a.periodNear(s, end); ok && p.bstart >= end && p.bstart < next.bstart {
		return 0, false
	}
	ti, di := a.tokenAtByte(end), a.tokenAtByte(next.bstart)
	period := false
	for k := ti; k < di && k < st.last; k++ {
		t := a.toks[k]
		if t.norm == ";" || numberStart(t) >= 0 && !a.insideBrackets(k) {
			return 0, false // "$798.8 million, up 60.4% on the same period of 2021": the rise's base
		}
		if t.norm == "period" && (a.tok(k-1).norm == "same" || a.tok(k-1).norm == "corresponding") {
			period = true
		}
	}
	return next.year, period
}

// insideBrackets reports whether token k stands inside round brackets
// opened in its sentence ("(RM94.37 billion)").
func (a *factStage) insideBrackets(k int) bool {
	st := a.sents[a.sentOf[k]]
	for i := k - 1; i >= st.first; i-- {
		switch a.toks[i].text {
		case "(":
			return true
		case ")":
			return false
		}
	}
	return false
}

// whenClauseAfter reports whether a clause on the time just named follows
// byte b: ", when".
func (a *factStage) whenClauseAfter(b int) bool {
	rest := strings.TrimLeft(a.text[b:], " ")
	rest, ok := strings.CutPrefix(rest, ",")
	return ok && strings.HasPrefix(strings.TrimLeft(rest, " "), "when ")
}

// moreNamed returns whichever of x and y the article names more often.
func (a *factStage) moreNamed(x, y string) string {
	n := map[string]int{}
	for _, c := range a.countries {
		n[c.code]++
	}
	if n[y] > n[x] {
		return y
	}
	return x
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// groupNouns name a set of countries; a trade figure of such a set ("trade
// between China and the five countries", "with the region") is not the
// figure of a pair.
// (data/words-facts.tsv)
var groupNouns = wordSet("groupNouns")

// groupFigure reports whether sentence s speaks of a group of countries
// other than the pair itself ("trade between China and the five
// countries", "Turkey's commerce with Africa"; not "the two countries",
// "among African nations").
func (a *factStage) groupFigure(s int) bool {
	st := a.sents[s]
	for i := st.first; i < st.last; i++ {
		n := a.toks[i].norm
		if multinational[n] && a.toks[i].upper && (a.tok(i-1).norm == "with" || a.tok(i-1).norm == "and") {
			return true // "with Africa", "and Europe"
		}
		if !groupNouns[n] || a.isCountryToken(i) {
			continue // (nor "States" of "the United States")
		}
		if i > st.first && (a.tok(i-1).norm == "two" || a.tok(i-1).norm == "both") {
			continue
		}
		if a.tok(i-2).norm == "among" || a.tok(i-1).norm == "among" {
			continue // a ranking "among African nations", not a figure of them
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
		partners := t.norm == "partners" || t.norm == "partner"
		if t.norm != "partnership" && t.norm != "relations" && t.norm != "alliance" && t.norm != "ties" && t.norm != "association" && !partners {
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
			if w == "and" && len(words) > 0 && levelWords[a.tok(k-2).norm] {
				words = append([]string{w}, words...) // "Strategic and Global Partnership"
				k--
				continue
			}
			if !levelWords[w] || a.isCountryToken(k-1) {
				break
			}
			words = append([]string{w}, words...)
			k -= n
		}
		for len(words) > 1 && words[0] == "close" {
			words = words[1:] // "the close strategic partnership": the level is strategic
		}
		if len(words) == 0 || a.unsettled(k, a.sents[a.sentenceOf(i)].first) || namedByPartnership[a.tok(i+1).norm] || a.tok(k-1).norm == "more" {
			continue
		}
		if t.norm == "association" && len(words) == 1 && words[0] != "strategic" && words[0] != "privileged" {
			continue // "strategic association"; not "economic association"
		}
		if partners && words[len(words)-1] != "strategic" {
			continue // "strategic partners"; not "key partners", "its largest trade partner"
		}
		if t.norm != "partnership" && t.norm != "association" && !partners && !strongLevel[words[0]] {
			continue
		}
		if onlyDescriptive(words) {
			continue // "the long-standing partnership", "a deep and multifaceted partnership"
		}
		s := a.sentenceOf(i)
		from, to, ok := a.partnershipPair(s, i, parties)
		if !ok || done[from+to] {
			continue
		}
		done[from+to] = true
		level := strings.Join(append(words, t.norm), " ")
		if t.norm == "partnership" && a.tok(i+1).norm == "and" && a.tok(i+2).norm == "alliance" {
			level += " and alliance" // "comprehensive strategic partnership and alliance": one level
		} else if t.norm == "partnership" {
			level += a.partnershipPurpose(i + 1)
		}
		a.country(from)
		a.country(to)
		a.relate(graph.Relation{Type: graph.RelPartnership, From: "country:" + from, To: "country:" + to, Level: level, Evidence: a.evidence(s)})
	}
}

// partnershipPair returns the two countries of the partnership named at
// token i of sentence s. In a sentence of three countries or more, the
// partner named after "with" before it and the country named last before
// that "with" ("without telling New Zealand, the Cook Islands concluded an
// agreement with China on a comprehensive strategic partnership": the Cook
// Islands and China); with no such partner, the pair of pairFor.
func (a *factStage) partnershipPair(s, i int, parties []string) (string, string, bool) {
	cs := a.countriesOfSentence(s)
	if len(a.countriesIn(s, true)) <= 2 {
		return a.pairFor(s, parties)
	}
	for k := len(cs) - 1; k >= 0; k-- {
		c := cs[k]
		if c.i >= i || a.currencyMention(c) {
			continue
		}
		w := c.i - 1
		if a.tok(w).norm == "the" {
			w--
		}
		if a.tok(w).norm != "with" {
			continue
		}
		for m := k - 1; m >= 0; m-- {
			if o := cs[m]; o.code != c.code && !a.currencyMention(o) {
				x, y := o.code, c.code
				if y < x {
					x, y = y, x
				}
				return x, y, true
			}
		}
		return "", "", false // "with China" and no one before: whose?
	}
	return a.pairFor(s, parties)
}

// descriptiveLevels: see data/words-facts.tsv.
var descriptiveLevels = wordSet("descriptiveLevels")

// onlyDescriptive reports whether every word of a partnership's level
// only describes it (besides "and").
func onlyDescriptive(words []string) bool {
	for _, w := range words {
		if w != "and" && !descriptiveLevels[w] {
			return false
		}
	}
	return true
}

// unsettledWords, purposeWords, namedByPartnership, wishWords and
// upgradeWords: see data/words-facts.tsv.
var (
	unsettledWords     = wordSet("unsettledWords")
	purposeWords       = wordSet("purposeWords")
	namedByPartnership = wordSet("namedByPartnership")
	wishWords          = wordSet("wishWords")
	upgradeWords       = wordSet("upgradeWords")
)

// unsettled reports whether the words shortly before token k in its
// sentence (from first) say that the partnership named there is not
// declared: an unsettled word, or a wish to raise relations to it.
func (a *factStage) unsettled(k, first int) bool {
	wish, upgrade := false, false
	for m := max(first, k-14); m < k; m++ {
		n := a.toks[m].norm
		if unsettledWords[n] && m >= k-8 {
			return true
		}
		wish = wish || wishWords[n]
		upgrade = upgrade || upgradeWords[n]
	}
	return wish && upgrade
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
			if !a.relSeen[relKey{t: graph.RelCooperatesIn, from: from, to: to, partner: cs[j]}] {
				a.relate(graph.Relation{Type: graph.RelCooperatesIn, From: from, To: to, Partner: cs[j], Evidence: a.evidence(s)})
			}
		}
	}
}

// partnershipPurpose returns the purpose that names a partnership after
// "for" ("strategic partnership for the European integration of the
// Republic of Moldova", "… for peace, cooperation and sustainable
// development") as " for ...", lower case, or "" when token i does not
// start one. The phrase runs to the next punctuation other than a comma, or
// a word that ends a list; it names a proper noun or only purposes
// (data/words-facts.tsv), so "partnership for the next decade" adds nothing.
func (a *factStage) partnershipPurpose(i int) string {
	if i >= len(a.toks) || a.toks[i].norm != "for" {
		return ""
	}
	s := a.sentenceOf(i)
	k := i + 1
	proper, purposes := false, true
	for k < len(a.toks) && k-i <= 10 && a.sentenceOf(k) == s {
		t := a.toks[k]
		if t.text == "," && purposeWords[a.tok(k+1).norm] && !proper {
			k++
			continue
		}
		if t.kind != tokWord || t.norm == "which" || t.norm == "that" || t.norm == "and" && proper ||
			stopword[t.norm] && t.norm != "and" && t.norm != "of" && t.norm != "the" || notNames[t.norm] {
			break // "… for peace and development on Sunday"
		}
		if !t.upper && a.tok(k-1).upper && a.tok(k-1).kind == tokWord && t.norm != "of" && t.norm != "the" && t.norm != "and" && !purposeWords[t.norm] {
			break // "the Partnership for ... of the Republic of Moldova embodies": the name ends before its verb
		}
		if t.upper {
			proper = true
		}
		purposes = purposes && purposeWords[t.norm]
		k++
	}
	for k > i+1 && (a.tok(k-1).norm == "and" || a.tok(k-1).text == ",") {
		k--
	}
	if !proper && !purposes || k-i > 10 || k == i+1 {
		return ""
	}
	var b strings.Builder
	for m := i; m < k; m++ {
		if a.toks[m].text != "," {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(a.toks[m].text))
	}
	return b.String()
}

// namedPair returns the two countries sentence s names (by name or
// adjective), when both are among ps; else nil.
func (a *factStage) namedPair(s int, ps []string) []string {
	cs := a.countriesIn(s, true)
	if len(cs) != 2 {
		return nil
	}
	for _, c := range cs {
		if !slices.Contains(ps, c) {
			return nil
		}
	}
	return sortedCopy(cs)
}

// sectorParties returns the countries that cooperate in a sector named in
// a sentence whose events are evs: those of its one event when it has at
// least two ("on the sidelines, Modi and Albanese agreed to expand
// cooperation in education"), or the two of its several events when they
// all are of the same two ("X hosted Y in July, when the two signed
// agreements on mining": a visit and a signing of one pair); else all
// parties.
// gatheredNouns name the ones gathered at an occasion as a group: "the
// leaders", "the heads of state", "the sides".
var gatheredNouns = map[string]bool{"leaders": true, "presidents": true, "heads": true, "ministers": true, "sides": true, "parties": true, "participants": true}

// groupSizes are the numbers that count the sides of a group.
var groupSizes = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}

// allMeet reports whether one occasion of the article, not told as
// history, has every party of it taking part: a trilateral summit, a
// quadripartite signing.
func (a *eventStage) allMeet(parties []string) bool {
	for _, e := range a.events {
		if e.past || len(e.countries) < len(parties) {
			continue
		}
		all := true
		for _, p := range parties {
			all = all && slices.Contains(e.countries, p)
		}
		if all {
			return true
		}
	}
	return false
}

// groupNamed reports whether sentence s speaks of a group of n sides:
// "the three presidents", "all four countries", "trilateral", "the
// leaders".
func (a *factStage) groupNamed(s, n int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		switch w := a.toks[k].norm; {
		case w == "all" || w == "trilateral" && n == 3 || w == "quadrilateral" && n == 4 || w == "quadripartite" && n == 4:
			return true
		case gatheredNouns[w] && a.tok(k-1).norm == "the":
			return true // "the leaders agreed", "the heads of state", when one occasion has them all
		case groupSizes[w] == n && n > 2:
			return true
		}
	}
	return false
}

func sectorParties(evs []*event, parties []string) []string {
	if len(evs) == 0 || len(evs[0].countries) < 2 {
		return parties
	}
	if len(evs) > 1 {
		for _, e := range evs[1:] {
			if len(e.countries) != 2 || len(evs[0].countries) != 2 || !slices.Contains(e.countries, evs[0].countries[0]) || !slices.Contains(e.countries, evs[0].countries[1]) {
				return parties
			}
		}
	}
	return evs[0].countries
}

// localDollars: see data/words-facts.tsv.
var localDollars = wordMap("localDollars")

// tradeDollars settles whose dollars a bare "$" of a trade figure between
// from and to counts. Where both countries have dollars of their own
// ("$2.7 billion" of Jamaica and Trinidad and Tobago) it cannot be told,
// and the figure is left out rather than stated in US dollars; where one
// has and the article writes US dollars as such elsewhere ("US$"), the
// bare "$" is that country's dollar. Otherwise m is kept as read.
func (a *factStage) tradeDollars(m money, from, to string) (money, bool) {
	if m.currency != "USD" || !strings.HasPrefix(m.text, "$") {
		return m, true
	}
	var local []string
	for _, c := range []string{from, to} {
		if code := localDollars[strings.ToLower(c)]; code != "" && !slices.Contains(local, code) {
			local = append(local, code)
		}
	}
	switch {
	case len(local) == 2:
		return m, false
	case len(local) == 1 && a.usDollarsWritten():
		m.currency, m.usd = local[0], 0
	}
	return m, true
}

// usDollarsWritten reports whether the article writes US dollars as such
// somewhere: "US$", "U.S. dollars", "USD".
func (a *factStage) usDollarsWritten() bool {
	for _, f := range []string{"US$", "U.S.$", "USD", "US dollars", "U.S. dollars"} {
		if strings.Contains(a.text, f) {
			return true
		}
	}
	return false
}
