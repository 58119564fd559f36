package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// roleRef is a reference by role: "the Kazakh leader", "The President of Kazakhstan".
type roleRef struct {
	i, j        int
	country     string
	title       string
	counterpart bool // "his Comoran counterpart": someone else than the leader named before
}

// collectives name all leaders at once ("the two presidents", "both leaders").
// (data/words-titles.tsv)
var collectives = wordSet("collectives")

// scanSurnames finds the first or last names of the persons found so far
// used alone ("Ruto", "William"): each is the first person whose first or
// last name the word is.
func (a *mentionStage) scanSurnames() {
	if len(a.leaders) == 0 {
		return
	}
	byPart := map[string]*leader{}
	for _, l := range a.leaders {
		if len(l.parts) == 0 {
			continue
		}
		parts := trimSuffix(l.parts) // "Marcos" for "Ferdinand Marcos Jr"
		for _, p := range []string{parts[0], parts[len(parts)-1], l.nick} {
			if p == "" {
				continue // no nickname
			}
			if byPart[p] == nil {
				byPart[p] = l
			}
		}
	}
	for i, t := range a.toks {
		if e := a.hyphenatedSurname(i, byPart); e > i {
			// "al-Kadhimi", "El-Sisi": a name of hyphenated words
			l := byPart[a.hyphenated(i)]
			a.surnames = append(a.surnames, leaderMention{i: i, j: e, leaders: []*leader{l}})
			l.surnames = append(l.surnames, [2]int{i, e})
			a.claim(i, e)
			continue
		}
		if a.claimed[i] || t.kind != tokWord || !t.upper || len(t.norm) < 2 {
			continue
		}
		l := byPart[t.norm]
		if l == nil {
			continue
		}
		if i+1 < len(a.toks) && a.tok(i+1).upper && a.tok(i+1).kind == tokWord && a.tok(i+1).space && !a.sentenceStart(i+1) && a.tok(i+1).norm != "and" {
			if _, ok := titles[a.tok(i+1).norm]; !ok && !a.isCountryToken(i+1) {
				continue // part of another name
			}
		}
		a.surnames = append(a.surnames, leaderMention{i: i, j: i + 1, leaders: []*leader{l}})
		l.surnames = append(l.surnames, [2]int{i, i + 1})
		a.claim(i, i+1)
	}
}

// hyphenated returns the folded words from token i joined by hyphens
// without spaces ("al-kadhimi"), or "" when no hyphen follows token i.
func (a *mentionStage) hyphenated(i int) string {
	w := a.toks[i].norm
	k := i + 1
	for k+1 < len(a.toks) && a.toks[k].text == "-" && !a.toks[k].space && !a.toks[k+1].space && a.toks[k+1].kind == tokWord {
		w += "-" + a.toks[k+1].norm
		k += 2
	}
	if k == i+1 {
		return ""
	}
	return w
}

// hyphenatedSurname returns the end of a first or last name of hyphenated
// words used alone from token i ("al-Kadhimi", after "Mustafa
// al-Kadhimi"), its first word capitalised or a name particle; i when
// there is none.
func (a *mentionStage) hyphenatedSurname(i int, byPart map[string]*leader) int {
	t := a.toks[i]
	if a.claimed[i] || t.kind != tokWord || !t.upper && !nameParticles[t.norm] || i > 0 && a.toks[i-1].text == "-" && !t.space {
		return i
	}
	w := a.hyphenated(i)
	if w == "" || byPart[w] == nil {
		return i
	}
	e := i + 1 + 2*strings.Count(w, "-")
	for k := i; k < e; k++ {
		if a.claimed[k] {
			return i
		}
	}
	if p := a.tok(i - 1); i > 0 && p.kind == tokWord && p.upper && !a.sentenceStart(i-1) && !a.claimed[i-1] {
		return i // part of another name
	}
	return e
}

// resolveLeaders gives leaders without a stated country one from context,
// links references by role and collective references to the leaders, and
// lists every leader mention in a.leaderAt.
func (a *entityStage) resolveLeaders() {
	if len(a.leaders) == 0 {
		return
	}
	a.loneSheikhs()
	a.representingCountries()
	a.registerCountries()
	a.sonsCountries()
	a.inferCountries()
	a.leaderAt = append(a.leaderAt, a.persons...)
	// roles
	for _, r := range a.roles {
		if l := a.leaderFor(r.country, r.title); l != nil {
			a.leaderAt = append(a.leaderAt, leaderMention{i: r.i, j: r.j, leaders: []*leader{l}})
			l.roles = append(l.roles, [2]int{r.i, r.j})
		}
	}
	a.leaderAt = append(a.leaderAt, a.surnames...)
	a.leaderAt = append(a.leaderAt, a.bareTitles()...)
	// the leaders a collective reference denotes: the heads, or everyone
	// for "ministers"
	var heads []*leader
	for _, l := range a.leaders {
		if l.head {
			heads = append(heads, l)
		}
	}
	sort.Slice(a.leaderAt, func(x, y int) bool { return a.leaderAt[x].i < a.leaderAt[y].i })
	named := len(a.leaderAt) // the mentions by name and role, sorted
	// collective references
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		if !collectives[t.norm] {
			continue
		}
		start := i - 1
		if (t.norm == "ministers" || t.norm == "presidents") && (a.tok(i-1).norm == "prime" || a.tok(i-1).norm == "foreign" || a.tok(i-1).norm == "vice") && i >= 2 {
			start = i - 2
		}
		p := a.toks[start].norm
		if p != "two" && p != "both" && p != "the" && p != "three" && p != "four" && p != "five" && p != "all" {
			continue
		}
		if t.norm == "heads" && (i+2 >= len(a.toks) || a.tok(i+1).norm != "of" || a.tok(i+2).norm != "state" && a.tok(i+2).norm != "government") {
			continue // "the two heads of state", "the two heads of government"
		}
		if i+1 < len(a.toks) && a.tok(i+1).norm == "of" && t.norm != "heads" {
			continue // "leaders of major companies"
		}
		ls := heads
		if t.norm == "ministers" && start == i-1 {
			ls = a.leaders
		}
		if p == "two" || p == "both" {
			cand := ls
			if t.norm == "leaders" {
				cand = a.leaders // a head and his counterpart named without a title
			}
			if two := a.lastTwo(a.leaderAt[:named], start, cand); two != nil {
				ls = two // "the two leaders": the two just named
			}
		}
		if len(ls) >= 2 {
			a.leaderAt = append(a.leaderAt, leaderMention{i: start, j: i + 1, leaders: ls})
		}
	}
	sort.Slice(a.leaderAt, func(x, y int) bool { return a.leaderAt[x].i < a.leaderAt[y].i })
}

// lastTwo returns the two leaders of ls that the sentence of token i names
// before i, or else that sentence and the one before, or the two before
// (by name or role, in ms sorted by position; "X wrote to Y. Y replied at
// once. The two leaders then talked"), when it names exactly two of them, not of one
// country: "the two leaders" after "Erdogan hosted Lourencho" are Erdogan
// and Lourencho, not every head of the article. It returns nil otherwise.
func (a *entityStage) lastTwo(ms []leaderMention, i int, ls []*leader) []*leader {
	s := a.sentenceOf(i)
	for _, from := range []int{a.sents[s].first, a.sents[max(0, s-1)].first, a.sents[max(0, s-2)].first} {
		var two []*leader
		for k := sort.Search(len(ms), func(k int) bool { return ms[k].i >= from }); k < len(ms) && ms[k].i < i; k++ {
			for _, l := range ms[k].leaders {
				if slices.Contains(ls, l) && !l.announcer() && !slices.Contains(two, l) {
					two = append(two, l)
				}
			}
		}
		if len(two) > 2 {
			return nil
		}
		if len(two) == 2 && (two[0].country == "" || two[0].country != two[1].country) {
			return two
		}
	}
	return nil
}

// leaderFor returns the leader of country with title (or any head), or nil.
func (a *entityStage) leaderFor(country, title string) *leader {
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
func (a *entityStage) sentenceLeaders() [][]*leader {
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
		if (pronounOpening[first.norm] || a.pronounSubject(s)) && subject != nil {
			out[s] = appendLeader(append([]*leader(nil), subject), out[s]...)
		}
		if len(out[s]) > 0 && (len(out[s]) == 1 || first.norm != "he") {
			subject = out[s][0]
		}
	}
	return out
}

// pronounSubject reports whether sentence s has "he" or "she" before any
// leader it names, after an opening phrase ("At the mausoleum he paid
// tribute to X", "With President Y he attended"): the pronoun is the
// subject, the one the text was telling of, and the leaders named after it
// are those he dealt with.
func (a *entityStage) pronounSubject(s int) bool {
	st := a.sents[s]
	end := st.last
	if ms := a.leaderMentionsBetween(st.first, st.last); len(ms) > 0 {
		end = ms[0].i
	}
	for k := st.first + 1; k < end; k++ {
		switch t := a.toks[k]; {
		case t.norm == "he" || t.norm == "she":
			return true
		case t.kind == tokPunct && t.text != ",":
			return false // a quotation or a parenthesis: someone else's words
		}
	}
	return false
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

// buildLeaders creates the Leader entities, and the Country entity of each
// head of state or government.
func (a *entityStage) buildLeaders() {
	for _, l := range a.leaders {
		e := a.entity(leaderKey(l), graph.TypeLeader, l.name)
		e.Title = l.title
		e.Country = l.country
		for _, sp := range l.spans {
			a.mention(e, sp[0], sp[1])
		}
		for _, sp := range l.roles {
			if a.namesCountry(sp[0], sp[1]) {
				a.mention(e, sp[0], sp[1]) // "the Kazakh leader"; a bare title is no alias
			}
		}
		for _, sp := range l.surnames {
			a.mention(e, sp[0], sp[1])
		}
		if l.country != "" && l.head {
			a.country(l.country)
		}
	}
}

// namesCountry reports whether a country is named in tokens [i, j).
func (a *entityStage) namesCountry(i, j int) bool {
	for k := i; k < j; k++ {
		if a.isCountryToken(k) {
			return true
		}
	}
	return false
}

// inferCountries gives a leader named without a country ("President
// Prabowo") and unknown to the register of office-holders (see
// registerCountries, run before) the country the text implies, in this
// order:
//   - a role reference to exactly one such leader ("the Sri Lankan head of
//     state", "the Kyrgyz leader", "his Tajik counterpart");
//   - the words that place him in one side: a group of one country's
//     officials ("the Chinese side, led by X"), a return home ("X arrived
//     back in Sri Lanka"); see sideCountries, homeCountries and the steps
//     after them;
//   - elimination: the only country named in the text that no leader holds,
//     when one leader is left without a country and the country is one of
//     the text's two most named;
//   - the dateline's country, when the text names no free country and one
//     leader is left ("ASHGABAT — President Serdar Berdimuhamedow ...").
//
// Otherwise the country stays unknown: a guess from the most-mentioned
// country would give the guest the host's country.
func (a *entityStage) inferCountries() {
	missing := func() []*leader {
		var out []*leader
		for _, l := range a.leaders {
			if l.country == "" && !l.orgTitle {
				out = append(out, l)
			}
		}
		return out
	}
	if len(missing()) == 0 {
		return
	}
	a.stated = map[*leader]bool{}
	for _, l := range a.leaders {
		if l.country != "" {
			a.stated[l] = true
		}
	}
	note := func(l *leader, how string) {
		a.warn("country of " + l.name + " (" + l.title + ") not stated; taken as " + l.country + " from " + how)
	}
	// role references
	fits := func(r roleRef, l *leader) bool {
		// (not one who travels to that country: "X's trip to
		// Senegal ... the President of Senegal asked" is his host)
		// (one named with no title takes a role only from his own
		// clause: "met Alexander Trufanov and his family ...; on
		// Thursday, Qatar's emir came" is someone else)
		return roleFits(r.title, l) && !a.destinations(l)[r.country] && (!l.untitled || a.clauseBefore(l, r.i)) && !a.otherPartyRole(l, r)
	}
	usable := func(r roleRef) bool {
		return !r.counterpart && a.leaderFor(r.country, r.title) == nil && !a.hypotheticalRole(r.i)
	}
	// roleCountries returns the countries of the references by role that
	// fit l now: with two ("the residence of the French President", then
	// "the Kenyan head of state"), the text does not settle which is his
	// and none is taken; a country whose role another leader has taken
	// meanwhile no longer counts
	roleCountries := func(l *leader) map[string]bool {
		out := map[string]bool{}
		for _, r := range a.roles {
			if usable(r) && fits(r, l) {
				out[r.country] = true
			}
		}
		return out
	}
	// (in passes, until none is taken: a role taken by one leader may
	// settle another's)
	for changed := true; changed; {
		changed = false
		for _, r := range a.roles {
			if !usable(r) {
				continue
			}
			if a.roleSettles(r, missing(), fits, roleCountries, note) {
				changed = true
			}
		}
	}
	a.roleSplit = map[*leader]bool{}
	for _, l := range missing() {
		if len(roleCountries(l)) > 1 {
			a.roleSplit[l] = true
		}
	}
	a.possessorCountries(missing(), note)
	a.personPossessorCountries(missing(), note)
	a.pronounOfficials(missing(), note)
	a.sideCountries(missing(), note)
	a.forSideCountries(missing(), note)
	a.delegationCountries(missing(), note)
	a.continuedDelegations(missing(), note)
	a.datelineHosts(missing(), note)
	a.honorificCountries(missing(), note)
	a.homeCountries(missing(), note)
	a.departureCountries(missing(), note)
	a.coordinatedCountries(missing(), note)
	a.hostCountries(missing(), note)
	a.greeterCountries(missing(), note)
	a.visitorHosts(missing(), note)
	a.delegationHeadCountries(missing(), note)
	a.signatoryCountries(missing(), note)
	a.sourceOfficial(missing(), note)
	a.sourceListedOfficials(missing(), note)
	a.companionCountries(missing(), note)
	a.encounterCountries(missing(), note)
	a.companionCountries(missing(), note) // the delegation of a leader placed by an encounter
	a.listCountries(missing(), note)
	a.senderCountries(missing(), note)
	a.inviterCountries(missing(), note)
	// last, whichever way the steps below end: the visitor's delegation,
	// then officials by the dateline
	defer func() {
		a.visitorDelegations(missing(), note)
		a.datelineOfficials(missing(), note)
	}()
	// elimination
	held := map[string]bool{}
	for _, l := range a.leaders {
		if l.country != "" && !l.former {
			held[l.country] = true
		}
	}
	for _, c := range a.possessedNames() {
		held[c] = true
	}
	for _, r := range a.roles {
		if r.counterpart {
			held[r.country] = true // "his Comoran counterpart" is of another country than he
		}
	}
	var free []string
	for _, c := range a.countries {
		if !held[c.code] && !a.currencyMention(c) {
			free = appendStr(free, c.code)
		}
	}
	ms := missing()
	if len(ms) == 1 && !a.listedWithAny(ms[0]) && !a.formerOfficial(ms[0]) && ms[0].title != "Spokesperson" && !ms[0].untitled && ms[0].title != "" && !strings.Contains(ms[0].title, "Chair") {
		// (nor for one with no title or the chair of a body: "Adham
		// Ikramov, Chairman of the Chamber of Commerce", "the AU
		// Commission's Deputy Chairperson" serve no side the text names)
		// (who announces speaks for either side: no elimination for him)
		switch {
		case len(free) == 1 && a.clearMainSide(free[0]) && !a.onlyVenue(free[0]) && !a.unsafeGuess(ms[0], free[0]) && !a.homeDateline(ms[0], held) && !a.soDidAny(ms[0]) && !a.oneSideStaffed(ms[0]):
			// (a country named only as where something took place, "met
			// last month in Cuba", "will take place in Singapore", is no
			// side to eliminate to, even for the lead's head; nor one the
			// text names less than two others, even for one named in the
			// lead: "came after the State Visit to Singapore earlier in
			// the week", once, is another trip's; nor for one who does
			// what another did, "so did Minister Y": soDid)
			ms[0].country = free[0]
			note(ms[0], "the only other country named")
			return
		case len(free) == 0:
			if c := a.datelineCountry(); c != "" && !held[c] && !a.unsafeGuess(ms[0], c) && (ms[0].head || a.dateSideNamed(c)) {
				// (an official other than a head takes the dateline's
				// country only when it is a side: "GENEVA — ... Deputy
				// Foreign Minister X also attended" is of either side)
				ms[0].country = c
				note(ms[0], "the dateline")
			}
			return
		}
	}
	a.guessHeads(ms)
	a.companionCountries(missing(), note) // the delegation of a head placed by context
}

// oneSideStaffed reports whether l, an official who is no head, is named
// in a text whose other officials all serve one country, two of them at
// least ("Foreign Minister Manrique", "President Lasso", then "the
// Minister of Production, Daniel Legarda"): the report speaks for that
// side, and the minister is as likely its own as the other's.
func (a *entityStage) oneSideStaffed(l *leader) bool {
	if l.head {
		return false
	}
	side, n := "", 0
	for _, o := range a.leaders {
		if o == l || o.country == "" || o.former {
			continue
		}
		if side != "" && o.country != side {
			return false
		}
		side = o.country
		n++
	}
	return n >= 2
}

// homeDateline reports whether l, an official who is no head, writes from
// a held side: the dateline is in a country another leader holds ("KUALA
// LUMPUR — … According to a statement by Trade Minister X": X is as
// likely of Malaysia, the side the report is written from, whose Prime
// Minister is named, as of the other).
func (a *entityStage) homeDateline(l *leader, held map[string]bool) bool {
	c := a.datelineCountry()
	return !l.head && c != "" && held[c]
}

// companionCues introduce the people who come with a leader: "Travelling
// with him are …", "accompanied by …", "a delegation that includes …".
var companionCues = wordSet("companionCues")

// companionCountries gives leaders without a country who are named in a
// sentence of companions the country of the leader they come with, named
// just before the cue ("Travelling with Lasso were …") or referred to by
// it (see companionHost).
func (a *entityStage) companionCountries(ms []*leader, note func(*leader, string)) {
	if len(ms) == 0 {
		return
	}
	for s, st := range a.sents {
		cue := -1
		for k := st.first; k < st.last; k++ {
			// not "Together with PM X, President Y attended ...": two who
			// act together, of either side
			if companionCues[a.toks[k].norm] && (a.toks[k].norm != "together" || a.tok(k+1).norm == "with" && k != st.first) {
				cue = k
				break
			}
			if n := a.toks[k].norm; (n == "came" || n == "comes" || n == "arrived" || n == "travelled" || n == "traveled" || n == "travel" || n == "travels" || n == "go" || n == "goes" || n == "went") && a.tok(k+1).norm == "with" && k > st.first {
				cue = k // "Ghrieb came with Ahmed Attaf, Minister of State", "Three governors will travel with President X: A, B and C", "Minister X will go with President Y on the visit"
				break
			}
		}
		if cue < 0 && a.toks[st.first].norm == "with" {
			// "With President X came A, Minister of …; B, …": the
			// sentence opens with the one they come with
			for _, l := range a.leaders {
				for _, sp := range l.spans {
					if sp[0] > st.first && sp[0] <= st.first+4 && comeVerbs[a.tok(sp[1]).norm] {
						cue = sp[1]
					}
				}
			}
		}
		var with *leader
		if n := a.tok(st.first + 1).norm; a.toks[st.first].norm == "with" && (n == "him" || n == "her") && comeVerbs[a.tok(st.first+2).norm] {
			// "With him were Foreign Minister A, …": the leader who
			// opens the sentence before, up to two back
			cue = st.first + 2
			with = a.companionHost(s, st.first)
		}
		if cue < 0 {
			continue
		}
		opened := with != nil // "With him were …"
		for _, l := range a.leaders {
			if opened {
				break
			}
			for _, sp := range append(append([][2]int(nil), l.spans...), l.surnames...) {
				if a.sentenceOf(sp[0]) == s && sp[1] <= cue+4 && sp[1] > cue-8 && l.country != "" && !a.receivesBetween(sp[1], cue) {
					with = l
				} else if with == nil && a.tok(cue+1).norm == "with" && sp[0] > cue+1 && sp[0] <= cue+6 && a.sentenceOf(sp[0]) == s && l.country != "" {
					// "Travelling with Russian President X on the visit are
					// …": the one named after the cue's "with", behind his
					// title
					with = l
				}
			}
		}
		if with == nil {
			with = a.companionHost(s, cue)
		}
		if with == nil && a.tok(cue+1).norm == "by" {
			// "X, who is on a two-day visit, was accompanied by Y": the
			// subject who opens the sentence, however long the clause
			// between
			if o := a.openingLeader(s); o != nil && o.country != "" && a.namedAt(o, st.first) {
				with = o
			}
		}
		if with == nil && a.toks[cue].norm == "together" && a.tok(cue-1).text == "," {
			// "Dutch Prime Minister X will be in Japan on a visit,
			// together with minister Y": the subject who opens the
			// sentence behind his title (and a date: "From 9 to 10
			// November, Prime Minister X will be in Japan")
			if o := a.openingLeader(s); o != nil && o.country != "" && a.namedWithin(o, a.openingAfterDate(s), a.openingAfterDate(s)+6) {
				with = o
			}
		}
		if with == nil {
			continue
		}
		withAfter := false // "X is travelling with Y": Y named after the cue's "with"
		for _, sp := range append(append([][2]int(nil), with.spans...), with.surnames...) {
			withAfter = withAfter || a.sentenceOf(sp[0]) == s && sp[0] > cue+1 && a.tok(cue+1).norm == "with"
			// "Deputy Foreign Minister X accompanied Karimi": the one
			// accompanied named right after the verb
			withAfter = withAfter || sp[0] == cue+1 && a.toks[cue].norm == "accompanied"
		}
		// "X, together with his wife and Y, received a welcome from Z":
		// the companions end where the aside does, and one named after
		// it behind "from" or "by" is the host
		end := st.last
		if a.toks[cue].norm == "together" && a.tok(cue-1).text == "," {
			for k := cue + 2; k < st.last; k++ {
				if a.toks[k].text == "," && !a.claimed[k-1] || a.toks[k].text == ";" {
					end = k
					break
				}
			}
		}
		for _, l := range ms {
			if l.country != "" || l == with {
				continue
			}
			for _, sp := range l.spans {
				if a.sentenceOf(sp[0]) == s && (sp[0] < end || !a.betweenHas(end, sp[0], "from") && !a.betweenHas(end, sp[0], "by")) && (sp[0] > cue || withAfter && a.subjectOf(sp[1], cue)) && !a.invitedBy(sp[0]) && !a.lateBefore(sp[0]) && !a.hostBy(sp[0]) && !a.greetedByBetween(cue, sp[0]) {
					l.country = with.country
					note(l, "the delegation of "+with.name)
					break
				}
			}
		}
	}
}

// speakerThat reports whether the name ending at token e is the subject
// of a verb of saying or recalling followed by "that" ("X recalled that
// ...", "X said that ...") or by another's title ("X said President Y had
// welcomed the king"): what follows is told, not done, by X.
func (a *entityStage) speakerThat(e int) bool {
	if a.tok(e).text == "(" {
		// a name in another script after the name: "Xavier Chang (張惇涵) said"
		for k := e + 1; k < len(a.toks) && k < e+8; k++ {
			if a.toks[k].text == ")" {
				e = k + 1
				break
			}
		}
	}
	v := a.tok(e)
	if v.kind != tokWord || v.upper || !(reportingVerbs[v.norm] || recallVerbs[v.norm]) {
		return false
	}
	if _, _, ok := a.titleAt(e + 1); ok && a.tok(e+1).upper {
		return true // "X said President Tsai had welcomed the king": who tells of others' encounter
	}
	return a.tok(e+1).norm == "that"
}

// recallVerbs tell what someone remembers or stresses (beside the
// reportingVerbs).
var recallVerbs = map[string]bool{"recalled": true, "recalls": true, "stressed": true, "pointed": true, "emphasised": true, "emphasized": true, "underlined": true, "observed": true}

// soDidAny reports whether any mention of l by full name is the subject
// of an ellipsis (soDid): no guess from context places him.
func (a *entityStage) soDidAny(l *leader) bool {
	for _, sp := range l.spans {
		if a.soDid(sp[0]) {
			return true
		}
	}
	return false
}

// soDid reports whether the name at token i, behind its title, is the
// subject of an ellipsis that repeats the clause before ("X paid a
// visit to India; so, in May, did the Minister of Commerce, Y", "as
// did Y"): Y does what X did, with him or after him, and meets no one.
func (a *entityStage) soDid(i int) bool {
	k := i - 1
	for k >= 0 && i-k < 14 && (a.toks[k].upper || a.toks[k].text == "," || titleJoiners[a.toks[k].norm]) {
		k-- // the title: "the Minister of Commerce, Industry and Investment Promotion,"
	}
	if k < 0 || !ellipsisAux[a.toks[k].norm] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch a.toks[j].norm {
		case "so", "as":
			return true
		case ";", ".":
			return false
		}
	}
	return false
}

// titleJoiners are the lower-case words inside a title before a name;
// ellipsisAux the auxiliaries of "so did X", "as has X".
var (
	titleJoiners = map[string]bool{"the": true, "of": true, "and": true, "for": true}
	ellipsisAux  = map[string]bool{"did": true, "does": true, "do": true, "has": true, "have": true, "had": true, "will": true, "would": true, "was": true, "were": true}
)

// hostBy reports whether the name at token i, behind its title, is the
// agent of a welcome: "are to be received by Minister of Culture X",
// "welcomed by Y" — the host, no member of the delegation received.
func (a *entityStage) hostBy(i int) bool {
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if a.toks[k].norm != "by" {
			continue
		}
		return greetWords[a.toks[k-1].norm] || a.toks[k-1].norm == "hosted"
	}
	return false
}

// greetedByBetween reports whether a greeting verb and "by" ("received
// by", "welcomed by") stand between the companion cue at cue and the name
// at token i: "X and his delegation were received by Deputy Prime
// Minister Y and other members of parliament, among them Governor Z" —
// Z is of the hosts, not of the delegation.
func (a *entityStage) greetedByBetween(cue, i int) bool {
	for k := cue + 1; k < i; k++ {
		if a.toks[k].norm == "by" && (greetWords[a.toks[k-1].norm] || a.toks[k-1].norm == "hosted") {
			return true
		}
	}
	return false
}

// lateBefore reports whether "late" stands among the three tokens before
// the name at token i: "the mausoleum of the late President X" names
// someone honoured, no member of a delegation.
func (a *entityStage) lateBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if a.toks[k].norm == "late" {
			return true
		}
	}
	return false
}

// subjectOf reports whether the name ending at token j is the subject of
// the word at cue, only a form of "be" between them ("Interior Minister X
// is travelling with Y" names one of Y's delegation), or the one a
// relative clause at cue tells of (see relativeSubject).
func (a *entityStage) subjectOf(j, cue int) bool {
	if a.relativeSubject(j, cue) {
		return true
	}
	if j > cue || cue-j > 2 {
		return false
	}
	for k := j; k < cue; k++ {
		switch a.toks[k].norm {
		case "is", "was", "are", "were", "be", "will", "also":
		default:
			return false
		}
	}
	return true
}

// relativeSubject reports whether the name ending at token j is the one a
// relative clause at the verb cue tells of, behind an apposition between
// commas at most: "Claver Gatete, the Minister for Infrastructure, who
// travelled with President Kagame".
func (a *entityStage) relativeSubject(j, cue int) bool {
	w := cue - 1
	if n := a.tok(w).norm; n == "has" || n == "had" || n == "also" {
		w--
	}
	if j >= w || a.tok(w).norm != "who" || a.tok(w-1).text != "," {
		return false
	}
	p := w - 1 // the comma before "who"
	if p == j {
		return true
	}
	if a.tok(j).text != "," || p-j > 10 {
		return false
	}
	for k := j + 1; k < p; k++ {
		if t := a.toks[k].text; t == "," || t == ";" || t == "." {
			return false
		}
	}
	return true
}

// receivesBetween reports whether a verb of receiving or meeting stands in
// tokens [i, j): "President X received a delegation headed by Y" names a
// visiting delegation, not X's own.
func (a *entityStage) receivesBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if n := a.toks[k].norm; receiveVerbs[n] || n == "met" || n == "meets" || n == "greeted" || n == "greets" {
			return true
		}
	}
	return false
}

// delegationHead reports whether the name that ends at token e is the
// possessor of a delegation or entourage ("Prime Minister Y's
// delegation"): who is named with him as its member is of his side.
func (a *entityStage) delegationHead(e int) bool {
	if a.tok(e).norm != "'s" {
		return false
	}
	n := a.tok(e + 1).norm
	return n == "delegation" || n == "entourage"
}

// invitedBy reports whether the name at token i follows "invitation of"
// closely: "is travelling to Addis Ababa at the invitation of Prime
// Minister Dr. X" names the host, not one of the delegation.
func (a *entityStage) invitedBy(i int) bool {
	for k := max(i-7, 1); k < i; k++ {
		if a.toks[k-1].norm == "invitation" && a.toks[k].norm == "of" {
			return true
		}
	}
	return false
}

// comeVerbs follow "With X" at the opening of a sentence that lists
// who came with X: "With President X came …".
var comeVerbs = map[string]bool{"came": true, "come": true, "travelled": true, "traveled": true, "were": true, "was": true, "went": true, "arrived": true}

// encounterWords mark a sentence that reports an encounter between people
// of two sides ("met", "held talks with", "his Chinese counterpart").
var encounterWords = wordSet("encounterWords")

// encounterCountries gives a leader without a country, who is named in a
// sentence reporting an encounter with leaders of another country B
// ("Foreign Minister X and his Chinese counterpart Y agreed"), the one
// country other than B that the sentence names or, when it names none, the
// article: the other side of the encounter.
func (a *entityStage) encounterCountries(ms []*leader, note func(*leader, string)) {
	if len(ms) == 0 {
		return
	}
	// the article's sides: countries named once at least as more than a
	// topic ("the situation in Myanmar" names no side)
	article := map[string]bool{}
	for _, c := range a.countries {
		if !a.currencyMention(c) && !a.topicMention(c) {
			article[c.code] = true
		}
	}
	bySent := map[int][]*leader{}
	for _, l := range a.leaders {
		for _, spans := range [][][2]int{l.spans, l.surnames} {
			for _, sp := range spans {
				s := a.sentenceOf(sp[0])
				bySent[s] = appendLeader(bySent[s], l)
			}
		}
	}
	for _, l := range ms {
		if l.country != "" || a.formerOfficial(l) {
			continue // a past holder of the title takes no part in it
		}
		if l.title == "Spokesperson" {
			continue // who announces an encounter is of either side, or neither
		}
		if a.pairedWithUnplaced(l) {
			continue // "Presidents X and Y welcomed this": nothing tells which side is whose
		}
		found, metWith := "", ""
		for _, sp := range append(append([][2]int(nil), l.spans...), l.surnames...) {
			s := a.sentenceOf(sp[0])
			if a.accompanies(s, sp[0]) {
				continue // "X, on a visit, was accompanied by Y": Y comes with X, not to meet him
			}
			if a.accordingTo(sp[0]) {
				continue // "X is on a visit to Y, according to Foreign Minister Z": who reports it is of either side
			}
			if a.speakerThat(sp[1]) {
				continue // "Al Romaihi recalled that ... King Hamad's visit to Ankara": who tells of an encounter takes no part in it
			}
			if a.soDid(sp[0]) {
				continue // "X visited India; so did the Minister, Y": Y goes where X went, and meets no one there
			}
			if a.instructedAt(sp) {
				continue // "Berdimuhamedov told Deputy Prime Minister X to take up the agreements with his Uzbek counterpart": X is his, not the counterpart's
			}
			if a.delegationHead(sp[1]) {
				continue // "X is in Beijing as a member of Prime Minister Y's delegation": one side
			}
			other := map[string]bool{}
			listed := false
			for _, o := range bySent[s] {
				if o != l && o.country != "" && !a.formerOfficial(o) {
					// (a late or former leader recalled, "paid tribute to
					// late President X", takes no part in the encounter)
					other[o.country] = true
					listed = listed || a.listedWith(o, sp, s)
				}
			}
			if listed {
				continue // "Chinese President Xi, Premier Li and …": one side
			}
			if len(other) != 1 || !a.encounterIn(s) || a.attendanceOfOccasion(s) {
				// (not "Also at the meeting were A, B and C": those
				// present, of either side)
				continue
			}
			if a.allMetBySomeoneElse(s, l, bySent[s]) {
				// "Her programme includes talks with Bulgarian Prime
				// Minister A, as well as with Economy Minister B": met
				// together with A by someone else, B is of A's side
				for c := range other {
					if !a.titleHeld(c, l) {
						metWith = c
					}
				}
				continue
			}
			cand := ""
			aside := a.besideGathering(s)
			for _, c := range a.countriesOfSentence(s) {
				if other[c.code] || a.currencyMention(c) || a.inRole(c.i) || aside && a.venueCountry(c) {
					// (the country of a role, "the prime minister of X is
					// to call on Y", is that person's, not Y's; the host of
					// a gathering met beside, "on the sidelines of the
					// summit in Bangkok, Thailand", is no side)
					continue
				}
				if cand != "" && cand != c.code {
					cand = "-" // two other countries: no telling which
					break
				}
				cand = c.code
			}
			visited := false
			for _, o := range bySent[s] {
				if o != l && o.country != "" && cand != "" && cand != "-" && !visited {
					visited = a.destinations(o)[cand] // "X is to travel to Estonia to meet her colleague Y": Y is the host
				}
			}
			if visited && !a.titleHeld(cand, l) {
				found = cand
				break
			}
			if cand != "" && cand != "-" && !a.mainSide(cand) {
				// a third country the two talk about ("agreed that the
				// South, the United States and Japan must work
				// together"): the other side is the article's other
				// main country, if there is just one
				cand = ""
				for c := range other {
					if a.mainSide(c) {
						cand = a.otherMainSide(c)
					}
				}
				if cand != "" {
					found = cand
					break
				}
				continue
			}
			if cand == "" && a.roleOfAnotherSide(s, other, l) {
				// "the Czech PM paid President X a courtesy call and held
				// talks with PM Y": a third person, named by role, meets
				// both; X may be of either side
				continue
			}
			if cand == "" {
				for c := range article {
					if other[c] {
						continue
					}
					if cand != "" {
						cand = "-"
						break
					}
					cand = c
				}
			}
			if cand != "" && cand != "-" && !a.titleHeld(cand, l) {
				found = cand
				break
			}
		}
		why := "the other side of an encounter"
		if found == "" && metWith != "" {
			found, why = metWith, "people met together with leaders of that country"
		}
		if found != "" && a.unsafeGuess(l, found) {
			found = "" // "X is on a visit to Malaysia": a guest, not of the country he visits
		}
		if found != "" {
			l.country = found
			note(l, why)
		}
	}
}

// instructionVerbs give an official a task: the one told is the
// speaker's own official (data/words-titles.tsv).
var instructionVerbs = wordSet("instructionVerbs")

// instructedAt reports whether the name at span sp is the object of an
// instruction: one of instructionVerbs before it and its title, or "told"
// before it and "to" right after it ("told Deputy Prime Minister X to
// take up the agreements").
func (a *entityStage) instructedAt(sp [2]int) bool {
	k := sp[0] - 1
	for k > 0 && (a.toks[k].kind == tokWord && a.toks[k].upper || a.titleOf(k)) {
		k-- // the title
	}
	switch v := a.tok(k).norm; {
	case instructionVerbs[v]:
		return true
	case v == "told" || v == "asked" || v == "urged":
		return a.tok(sp[1]).norm == "to"
	}
	return false
}

// roleOfAnotherSide reports whether sentence s refers by role to a
// person of a country that none of other holds ("the Czech PM"), by a
// title that is not l's own (l may be the one referred to: "greetings to
// President X ... welcoming the US President").
func (a *entityStage) roleOfAnotherSide(s int, other map[string]bool, l *leader) bool {
	for _, r := range a.roles {
		if a.sentenceOf(r.i) == s && !other[r.country] && !roleFits(r.title, l) {
			return true
		}
	}
	return false
}

// titleHeld reports whether another head, not a former one, holds l's
// head title for country c: "Swiss President X" greeting two others leaves
// Switzerland no second president. (Ministers' titles are left out: a
// deputy read as the minister would hold the title.)
func (a *entityStage) titleHeld(c string, l *leader) bool {
	for _, o := range a.leaders {
		if o != l && l.head && o.head && o.country == c && o.title == l.title && !o.former && !a.formerOfficial(o) {
			return true
		}
	}
	return false
}

// listedWithAny reports whether l is named in one list with a leader
// whose country is known: "Chinese President Xi, Premier Li and …".
func (a *entityStage) listedWithAny(l *leader) bool {
	for _, o := range a.leaders {
		if o == l || o.country == "" {
			continue
		}
		for _, sp := range l.spans {
			if a.listedWith(o, sp, a.sentenceOf(sp[0])) {
				return true
			}
		}
	}
	return false
}

// listedWithUnplaced reports whether l is named in one list with another
// leader of no known country: "Economics Minister A, Chancellor B and
// Foreign Minister C travelled there".
func (a *entityStage) listedWithUnplaced(l *leader) bool {
	for _, o := range a.leaders {
		if o == l || o.country != "" {
			continue
		}
		for _, sp := range l.spans {
			if a.listedWith(o, sp, a.sentenceOf(sp[0])) {
				return true
			}
		}
	}
	return false
}

// listedWith reports whether the name at span sp stands in one list with
// a name of o in sentence s: a comma and otherwise only "and" and
// capitalised words (titles, adjectives) between them.
func (a *entityStage) listedWith(o *leader, sp [2]int, s int) bool {
	for _, spans := range [][][2]int{o.spans, o.surnames} {
		for _, os := range spans {
			if a.sentenceOf(os[0]) != s {
				continue
			}
			from, to := os[1], sp[0]
			if sp[1] <= os[0] {
				from, to = sp[1], os[0]
			}
			if a.parallelObjects(from, to, min(sp[0], os[0])) {
				return true // "talks with Prime Minister A and with his counterpart B"
			}
			if from > to || to-from > 8 && to-from-a.personTokens(from, to)-a.countNorm(from, to, "of", "the", "for")-a.bracketTokens(from, to) > 8 && (to-from > 20 || a.countNorm(from, to, ",") < 3) {
				// (the names of the list between count for nothing: "A,
				// National Security Advisor B and External Affairs
				// Minister C" lists A with C; nor do titles in apposition
				// between commas: "A, Minister of State for Railways, B,
				// Minister of Petroleum and Natural Gas, and C")
				continue
			}
			ok, comma := true, false
			for k := from; k < to && ok; k++ {
				t := a.toks[k]
				ok = t.text == "," || t.norm == "and" || t.kind == tokWord && t.upper || a.titleOf(k) || a.claimed[k] && a.isPersonToken(k) || // (a name of the list between: "Mustafa al-Kadhimi")
					t.text == "(" || t.text == ")" || t.text == "." && honorifics[a.tok(k-1).norm] || // "A (Trade), Amb. B (National Treasury) and C"
					a.itemTitleWord(k) // "A, the outgoing president B, president-elect C and D"
				comma = comma || t.text == ","
			}
			if ok && a.counterpartAfter(max(sp[1], os[1])) {
				ok = false // "A, President of the Republic, and B, his Algerian counterpart": two sides
			}
			if ok && !comma && a.betweenHas(from, to, "and") {
				comma = a.listItemBefore(min(sp[0], os[0])) // "A, B and C": B and C
			}
			// "X and Y" alone is as often two sides as one, and "At the
			// invitation of X, Y will" no list: a comma, and the list goes on
			// with "and"
			after := a.tok(afterBracket(a.toks, max(sp[1], os[1]))) // "..., D (Energy) and E"
			if ok && comma && (after.norm == "and" || after.text == "," || a.betweenHas(from, to, "and") && !a.clauseAnd(from, to, min(sp[0], os[0]))) {
				return true
			}
		}
	}
	return false
}

// itemTitleWord reports whether token k belongs to the title, in lower
// case or behind "the", of an item of a list of names: "A, the Foreign
// Affairs Minister B", "the outgoing president C, president-elect D".
func (a *entityStage) itemTitleWord(k int) bool {
	t := a.toks[k]
	switch {
	case t.norm == "the":
		return a.tok(k-1).text == ","
	case t.text == "-":
		return a.tok(k-1).kind == tokWord && a.tok(k+1).kind == tokWord && !t.space
	case t.kind != tokWord:
		return false
	}
	if listTitleWords[t.norm] {
		return true
	}
	// a title word behind "the" or a qualifier, or before "-elect"; not
	// "A and B, president C reiterated": the subject after the list
	p := a.tok(k - 1).norm
	return titleFirst[t.norm] && (p == "the" || listTitleWords[p] || a.tok(k+1).text == "-")
}

// listTitleWords qualify a title in lower case in a list of names ("the
// outgoing president X, president-elect Y"). (data/words-titles.tsv)
var listTitleWords = wordSet("listTitleWords")

// bracketTokens counts the tokens in [from, to) that stand in brackets,
// the brackets with them: the portfolios of a list, "A (Trade), B (ICT)".
func (a *entityStage) bracketTokens(from, to int) int {
	n, in := 0, false
	for k := from; k < to; k++ {
		switch a.toks[k].text {
		case "(":
			in = true
		case ")":
			if in {
				n++
			}
			in = false
		}
		if in {
			n++
		}
	}
	return n
}

// titleOf reports whether token k is an "of" or "the" inside a title,
// between capitalised words: "President of the National Assembly X".
func (a *entityStage) titleOf(k int) bool {
	if n := a.toks[k].norm; n != "of" && n != "the" && n != "for" {
		return false // ("Minister of State for Railways")
	}
	p := a.tok(k - 1)
	if p.norm == "of" {
		p = a.tok(k - 2)
	}
	nx := a.tok(k + 1)
	if nx.norm == "the" {
		nx = a.tok(k + 2)
	}
	return k > 1 && p.kind == tokWord && p.upper && nx.kind == tokWord && nx.upper
}

// counterpartAfter reports whether the name ending at token j is followed
// by ", his counterpart" or ", her Chinese counterpart": someone of the
// other side than the one named before.
func (a *entityStage) counterpartAfter(j int) bool {
	if a.tok(j).text != "," {
		return false
	}
	if n := a.tok(j + 1).norm; n != "his" && n != "her" && n != "the" {
		return false
	}
	for k := j + 2; k < j+6 && k < len(a.toks); k++ {
		if a.toks[k].norm == "counterpart" {
			return true
		}
		if !a.toks[k].upper {
			return false
		}
	}
	return false
}

// countNorm counts the tokens of [i, j) that are one of words.
func (a *entityStage) countNorm(i, j int, words ...string) int {
	n := 0
	for k := i; k < j; k++ {
		if slices.Contains(words, a.toks[k].norm) {
			n++
		}
	}
	return n
}

// parallelObjects reports whether the names on either side of tokens
// [from, to) are two objects of one preposition, the second repeating it:
// "with Prime Minister A and with his Sri Lankan counterpart B", "meetings
// with A, with B and with C", "calls from adviser for foreign affairs A
// and from adviser for commerce B". The first name, starting at token
// first, stands behind the preposition and its title.
func (a *entityStage) parallelObjects(from, to, first int) bool {
	if from >= to || to-from > 8 || a.tok(from).norm != "and" && a.tok(from).text != "," {
		return false // "and with", ", from"
	}
	prep := a.tok(from + 1).norm
	if prep != "with" && prep != "from" {
		return false
	}
	inTitle := func(k int) bool { // "Minister for Climate Change", "Minister of Trade"
		n := a.toks[k].norm
		return (n == "for" || n == "of" || n == "the") && a.tok(k+1).upper && a.tok(k-1).upper
	}
	for k := from + 2; k < to; {
		if e, _, ok := a.titleAt(k); ok && e <= to {
			k = e // a title in lower case: "adviser for commerce"
			continue
		}
		if t := a.toks[k]; t.kind != tokWord || !t.upper && t.norm != "his" && t.norm != "her" && t.norm != "their" && t.norm != "counterpart" && !inTitle(k) {
			return false
		}
		k++
	}
	p := first - 1
	for p > 0 && (a.toks[p].kind == tokWord && a.toks[p].upper || inTitle(p)) && first-p < 8 {
		p--
	}
	if p >= 0 && a.toks[p].norm == prep {
		return true
	}
	for p := first - 2; p >= 0 && first-p <= 8; p-- {
		if a.toks[p].norm == prep {
			e, _, ok := a.titleAt(p + 1)
			return ok && a.skipHonorifics(a.skipQualifiers(e)) == first
		}
	}
	return false
}

// listItemBefore reports whether the name starting at token i, behind
// its title (capitalised words), follows a comma that ends another
// person's name: the name is an item of a list ("A, National Security
// Advisor B").
func (a *entityStage) listItemBefore(i int) bool {
	p := i - 1
	for p > 0 && (a.toks[p].kind == tokWord && a.toks[p].upper || a.titleOf(p) || a.toks[p].text == "." && honorifics[a.tok(p-1).norm] || a.toks[p].norm == "the" && a.tok(p-1).text == ",") && !a.claimed[p] {
		p--
	}
	if p <= 0 || a.toks[p].text != "," {
		return false
	}
	q := p - 1
	if a.toks[q].text == ")" {
		q = beforeBracket(a.toks, q) // "B (ICT), Amb. C": the item's portfolio in brackets
	}
	return q >= 0 && a.claimed[q] && a.isPersonToken(q)
}

// personTokens counts the tokens of [i, j) inside a person's name.
func (a *entityStage) personTokens(i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if a.claimed[k] && a.isPersonToken(k) {
			n++
		}
	}
	return n
}

// clauseAnd reports whether the tokens [from, to) between two names open
// with ", and" and hold no other comma while the first name, starting at
// token first, follows no comma of a list before it: "greetings from
// Qatar's Emir X, and King Y asked", two clauses, not "A, X, and Y".
func (a *entityStage) clauseAnd(from, to, first int) bool {
	if a.tok(from).text != "," || a.tok(from+1).norm != "and" {
		return false
	}
	for k := from + 2; k < to; k++ {
		if a.toks[k].text == "," {
			return false
		}
	}
	p := first - 1
	for p > 0 && a.toks[p].kind == tokWord && a.toks[p].upper || a.tok(p).norm == "'s" {
		p-- // the title, the country
	}
	return a.tok(p).text != ","
}

// betweenHas reports whether a token of [i, j) is the word w.
func (a *mentionStage) betweenHas(i, j int, w string) bool {
	for k := i; k < j; k++ {
		if a.toks[k].norm == w {
			return true
		}
	}
	return false
}

// allMetBySomeoneElse reports whether the first encounter word of
// sentence s has "he" or "she" for subject and l and every other leader of
// known country the sentence names come after it, each right after an
// encounter word or "with": the objects of one
// subject's meetings ("There he met the Emir of Qatar, X, and held a
// separate meeting with Y, the Prime Minister"), of one side as far as the
// words tell, not two sides.
func (a *entityStage) allMetBySomeoneElse(s int, l *leader, named []*leader) bool {
	st := a.sents[s]
	first := -1
	for k := st.first; k < st.last; k++ {
		if encounterWords[a.toks[k].norm] {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	if p := a.tok(first - 1).norm; p != "he" && p != "she" && !pronounOpening[a.toks[st.first].norm] {
		return false // the subject named: "X met Y" is two sides (but "Her programme includes talks with Y")
	}
	for _, o := range named {
		if o != l && o.country == "" {
			continue
		}
		for _, spans := range [][][2]int{o.spans, o.surnames} {
			for _, sp := range spans {
				if a.sentenceOf(sp[0]) == s && (sp[0] < first || !a.metObject(sp[0], st.first)) {
					return false
				}
			}
		}
	}
	return true
}

// pronounOpening are the words that open a sentence whose subject is
// someone named before: "He", "Her programme".
var pronounOpening = map[string]bool{"he": true, "she": true, "his": true, "her": true}

// metObject reports whether an encounter word or "with" stands within
// eight tokens before token i (from token from on): "met the Emir of
// Qatar, X", "a separate meeting with X".
func (a *entityStage) metObject(i, from int) bool {
	for k := i - 1; k >= from && k >= i-8; k-- {
		if n := a.toks[k].norm; encounterWords[n] || n == "with" {
			return true
		}
	}
	return false
}

// encounterIn reports whether sentence s has an encounter word.
func (a *entityStage) encounterIn(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if encounterWords[a.toks[k].norm] && !a.possessedByPerson(k) {
			return true
		}
	}
	return false
}

// possessedByPerson reports whether the word at token k follows a
// person's name and "'s": "Chairman Hue's visit" is his, and tells of no
// encounter with the others the sentence names ("Deputy FM Ngoc stated
// that with NA Chairman Hue's visit, Vietnam means to show ...").
func (a *entityStage) possessedByPerson(k int) bool {
	return k >= 2 && a.toks[k-1].norm == "'s" && a.claimed[k-2] && a.isPersonToken(k-2)
}

// multilateralCountries is the most countries (named as nations, not
// only as places) an article may name for guessHeads to guess from: more
// is a summit or a tour, with no two sides to choose between.
const multilateralCountries = 8

// guessHeads is the last resort for heads of state or government without
// a country: each takes, in order of first mention, the most-mentioned
// country that no other head holds. Ministers are left without a country
// rather than guessed, since a guess would often give the guest the host's
// country.
func (a *entityStage) guessHeads(ms []*leader) {
	count := map[string]int{}
	venue := map[string]bool{} // named only where things happen: "will take place in Singapore"
	var order []string
	for _, c := range a.countries {
		if a.currencyMention(c) || a.inName(c) {
			continue
		}
		if count[c.code] == 0 {
			order = append(order, c.code)
			venue[c.code] = true
		}
		count[c.code]++
		if !a.venueMention(c) && !a.topicMention(c) {
			venue[c.code] = false
		}
	}
	// a place is no nationality: a head takes no country named only as
	// where something happens
	order = slices.DeleteFunc(order, func(c string) bool { return venue[c] })
	if len(order) > multilateralCountries {
		// a summit or a tour of many countries: the most-named ones are
		// no sides, and a guess would be a wrong country stated as fact
		return
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	taken := map[string]bool{}
	for _, o := range a.leaders {
		if o.country != "" && (o.head || o.title == "Leader") && !o.former {
			// ("North Korean leader X" holds his country too)
			taken[o.country] = true
		}
	}
	if c := a.datelineCountry(); c != "" && !taken[c] && (count[c] == 0 || venue[c]) {
		order = append(order, c) // "JAKARTA — President Prabowo ...": the dateline, last
	}
	// a sovereign's title that only one of the sides' sovereigns bears
	// ("Sultan Haitham" in a report of Kuwait and Oman): that side
	for _, l := range ms {
		if l.country != "" || !l.head || a.formerOfficial(l) {
			continue
		}
		codes, ok := monarchCountries[strings.ToLower(l.title)]
		if !ok {
			continue
		}
		fit := ""
		for _, c := range order {
			if !taken[c] && slices.Contains(strings.Fields(codes), c) {
				if fit != "" {
					fit = "-"
					break
				}
				fit = c
			}
		}
		if fit != "" && fit != "-" && !a.unsafeGuess(l, fit) {
			// (his country is then held: a head of government left without
			// one is not guessed it, which would be right for the King's
			// own Prime Minister but wrong for the other side's Acting
			// Prime Minister, and the words do not say which he is)
			l.country = fit
			taken[fit] = true
			a.warn("country of " + l.name + " (" + l.title + ") not stated; taken as " + fit + " from the title of its sovereign")
		}
	}
	// travellers first: they cannot take the country they travel to
	ms = append([]*leader(nil), ms...)
	// then the heads named most: a main side's head is named again, a
	// third country's once ("the funeral of Queen X")
	named := func(l *leader) int { return len(l.spans) + len(l.surnames) }
	sort.SliceStable(ms, func(i, j int) bool {
		ti, tj := len(a.destinations(ms[i])) > 0, len(a.destinations(ms[j])) > 0
		if ti != tj {
			return ti
		}
		return named(ms[i]) > 1 && named(ms[j]) == 1
	})
	// heads named as a pair ("Presidents X and Y", "between X and Y"),
	// none of them travelling: nothing tells which side is whose, and a
	// wrong guess is two wrong countries
	paired := map[*leader]bool{}
	for x, l := range ms {
		for _, o := range ms[x+1:] {
			if l.head && o.head && a.namedAsPair(l, o) && len(a.destinations(l)) == 0 && len(a.destinations(o)) == 0 {
				paired[l], paired[o] = true, true
			}
		}
	}
	for _, l := range ms {
		if !l.head || a.formerOfficial(l) {
			continue
		}
		if home := a.homeward(l); home != "" && !taken[home] && !a.destinations(l)[home] {
			// "Heading back to India from Afghanistan, PM X broke his
			// journey in Lahore": the country he goes home to
			l.country = home
			taken[home] = true
			a.warn("country of " + l.name + " (" + l.title + ") not stated; taken as " + home + " from his way home")
		}
	}
	for _, l := range ms {
		if l.country != "" || !l.head || paired[l] || a.formerOfficial(l) || len(a.destinations(l)) > 0 {
			continue
		}
		c := a.venueHost(l)
		why := "the place he is met in"
		if c == "" {
			c, why = a.receiverHost(l), "the place where he receives a visitor"
		}
		if c != "" && !taken[c] && !a.unsafeGuess(l, c) {
			// "Talks in Suva with Prime Minister X", "in Port Vila to
			// meet Prime Minister Y": a tour's hosts, each where he is met
			l.country = c
			taken[c] = true
			a.warn("country of " + l.name + " (" + l.title + ") not stated; taken as " + c + " from " + why)
		}
	}
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		if !l.head || paired[l] || l.coHolder || a.listedWithAny(l) || a.listedWithUnplaced(l) || a.formerOfficial(l) || l.title == "Pope" || a.roleSplit[l] {
			// a former head recalled is of either side, or a third; a
			// pope heads a church, not the country where he is met; one
			// delegation's list ("Minister A, Chancellor B and Minister
			// C travelled there") is of one side, which context does not
			// tell; the holders of one plural title ("Prime Ministers A
			// and B") are of two; roles of two countries fit him, and the text does
			// not say which is his
			continue
		}
		away := a.destinations(l)
		met := a.metCountries(l)
		// a head named after the lead takes one of the two most-named
		// countries that are not his destinations, or none: left over
		// when they are held, he is of a third country that the text
		// does not name as his ("Prime Minister X" among the guests, a
		// predecessor recalled)
		inLead := a.namedInLead(l)
		sides := 0
		for _, c := range order {
			if away[c] {
				continue
			}
			if count[c] > 0 {
				if sides++; sides > 2 && (!inLead || count[c] < 2) {
					continue // the dateline's country, unnamed, may still come last; a third country named once is no side ("Syria's security")
				}
			}
			if !taken[c] {
				if met[c] {
					break // "X is due to meet Premier Y": not of X's side, and no telling which
				}
				if a.unsafeGuess(l, c) {
					// the text places him elsewhere: no guess, and the
					// country he would have taken goes to no one else
					taken[c] = true
					break
				}
				l.country = c
				taken[c] = true
				a.warn("country of " + l.name + " (" + l.title + ") not stated; taken as " + c + " from context")
				break
			}
		}
	}
}

// roleSettles gives the reference by role r's country to the one leader
// without a country that it fits, when no role of another country fits
// him too, and reports whether it did.
func (a *entityStage) roleSettles(r roleRef, missing []*leader, fits func(roleRef, *leader) bool, roleCountries func(*leader) map[string]bool, note func(*leader, string)) bool {
	var cand []*leader
	for _, l := range missing {
		if fits(r, l) && len(roleCountries(l)) == 1 {
			cand = append(cand, l)
		}
	}
	if len(cand) > 1 && (r.title == "Leader" || r.title == "") {
		cand = cand[:1] // "the Belarusian leader": the article's first person
	}
	if len(cand) != 1 {
		return false
	}
	l := cand[0]
	l.country = r.country
	if l.untitled && r.title != "" {
		l.title, l.head = r.title, titles[lower(r.title)].head
	}
	note(l, "a reference by role")
	return true
}

// venueHost returns the country of the place where l is met, when a
// sentence names l as the one met there: "in <place>" before him, with
// only an encounter ("talks in Suva with", "in Port Vila to meet") and
// his title between; "" when no sentence does, or two disagree.
func (a *entityStage) venueHost(l *leader) string {
	found := ""
	for _, sp := range l.spans {
		s := a.sentenceOf(sp[0])
		st := a.sents[s]
		c, at := "", -1
		for k := st.first; k+1 < sp[0]; k++ {
			if a.toks[k].norm != "in" {
				continue
			}
			if d := a.destinationAt(k + 1); d != "" {
				c, at = d, k+1
			}
		}
		if c == "" {
			continue
		}
		met := false
		opening := a.openingPlaceEnd(st.first, at)
		for k := at + 1; k < sp[0]; k++ {
			t := a.toks[k]
			met = met || encounterWords[t.norm] || t.norm == "with"
			if k == opening && t.text == "," {
				continue // "In Nuku'alofa, talks with Prime Minister X": the sentence's scene
			}
			if a.isPersonToken(k) || t.text == "," || t.text == ";" {
				met = false
				break
			}
		}
		if !met {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// openingPlaceEnd returns the end of the place or country named at token
// at when the sentence that starts at token first opens with "in" and
// that name ("In Suva, ..."): the scene of the whole sentence; -1 else.
func (a *entityStage) openingPlaceEnd(first, at int) int {
	if at != first+1 || a.toks[first].norm != "in" {
		return -1
	}
	if c := a.countryMentionAt(at); c >= 0 {
		return a.countries[c].j
	}
	if e := a.placeStartsAt(at); e > at {
		return e
	}
	return -1
}

// metCountries returns the countries of the leaders that l is named
// with in a sentence reporting an encounter, unless listed with them as
// one side, and of the sides addressed before him ("briefed the Ethiopian
// delegation on the commitment of President X"): the sides l cannot be of.
func (a *entityStage) metCountries(l *leader) map[string]bool {
	out := map[string]bool{}
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			s := a.sentenceOf(sp[0])
			for _, c := range a.addressedSides(s, sp[0]) {
				out[c] = true
			}
			for _, c := range a.thankedCountries(l, s) {
				out[c] = true
			}
			for _, c := range a.counterpartCountries(l, s, sp[1]) {
				out[c] = true
			}
			if !a.encounterIn(s) && !a.callOnIn(s) {
				continue
			}
			for _, o := range a.leaders {
				if o != l && o.country != "" && a.namedIn(o, s) && !a.formerOfficial(o) && !a.listedWith(o, sp, s) && !a.joinedByAnd(l, o, s) && !a.sentFrom(o, s) {
					out[o.country] = true
				}
			}
			if o := a.pronounReferent(s); o != nil && o != l && o.country != "" && a.meetsIn(a.sents[s].first, sp[0]) {
				out[o.country] = true // "He also called on Prime Minister X": the one "he" stands for met X
			}
		}
	}
	return out
}

// sentFrom reports whether every mention of o in sentence s names the
// sender of greetings or a message ("passed on the greetings of King X"):
// one absent, not met.
func (a *entityStage) sentFrom(o *leader, s int) bool {
	seen := false
	for _, spans := range [][][2]int{o.spans, o.surnames} {
		for _, sp := range spans {
			if a.sentenceOf(sp[0]) != s {
				continue
			}
			if !a.senderAt(sp[0]) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// counterpartCountries returns the countries of the counterparts that
// sentence s gives leader l after token i, with no other person named
// between: "President X and his Rwandan counterpart agreed" — X's
// counterpart is of another country than X.
func (a *entityStage) counterpartCountries(l *leader, s, i int) []string {
	var out []string
	for _, c := range a.countriesOfSentence(s) {
		if !c.adj || c.i < i || (a.tok(c.j).norm != "counterpart" && a.tok(c.j).norm != "counterparts") {
			continue
		}
		if p := a.tok(c.i - 1).norm; p != "his" && p != "her" {
			continue
		}
		if a.otherNamedBetween(l, i, c.i) {
			continue // "X told Y that his Rwandan counterpart ...": whose?
		}
		out = append(out, c.code)
	}
	return out
}

// otherNamedBetween reports whether a leader other than l is named
// within tokens [i, j).
func (a *entityStage) otherNamedBetween(l *leader, i, j int) bool {
	for _, o := range a.leaders {
		if o == l {
			continue
		}
		for _, spans := range [][][2]int{o.spans, o.surnames} {
			for _, sp := range spans {
				if sp[0] >= i && sp[0] < j {
					return true
				}
			}
		}
	}
	return false
}

// addressedSides returns the countries whose side sentence s names
// before token i as the object of a verb, one word after "the": "he had
// briefed the Ethiopian delegation on the commitment of President X" — the
// side spoken to, which X, named after it and not as its leader, is not of.
func (a *entityStage) addressedSides(s, i int) []string {
	var out []string
	for _, c := range a.countriesOfSentence(s) {
		if !c.adj || c.j >= i || !sideWords[a.tok(c.j).norm] || a.tok(c.i-1).norm != "the" {
			continue
		}
		if v := a.tok(c.i - 2); v.kind != tokWord || v.upper || !strings.HasSuffix(v.norm, "ed") || joinSideVerbs[v.norm] {
			continue // "briefed the X delegation"; not "of the X side", "joined the X delegation"
		}
		if n := a.tok(c.j + 1).norm; n == "led" || n == "headed" || n == "including" || n == "which" || n == "of" || n == "," {
			continue
		}
		out = append(out, c.code)
	}
	return out
}

// joinSideVerbs, before "the <adjective> delegation", make their subject
// one of it: "led the Kenyan delegation", "joined the Kenyan side".
// (data/words-titles.tsv)
var joinSideVerbs = wordSet("joinSideVerbs")

// joinedByAnd reports whether sentence s names l and o side by side,
// joined by "and" with at most titles between: "to meet Premier X and Y,
// Chairman of …" names two of one side.
func (a *entityStage) joinedByAnd(l, o *leader, s int) bool {
	for _, x := range append(append([][2]int(nil), l.spans...), l.surnames...) {
		for _, y := range append(append([][2]int(nil), o.spans...), o.surnames...) {
			if a.sentenceOf(x[0]) != s || a.sentenceOf(y[0]) != s {
				continue
			}
			from, to := x[1], y[0]
			if y[1] <= x[0] {
				from, to = y[1], x[0]
			}
			if from >= to || a.toks[from].norm != "and" {
				continue
			}
			ok := true
			for k := from + 1; k < to && ok; k++ {
				ok = a.toks[k].kind == tokWord && a.toks[k].upper
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// otherPartyRole reports whether reference by role r is another party
// than leader l, named before it in its sentence: the role right after
// "by", "with", "and" or a verb of meeting ("X has been invited by Lao
// PDR's Prime Minister", "X met the Lao Prime Minister").
func (a *entityStage) otherPartyRole(l *leader, r roleRef) bool {
	s := a.sentenceOf(r.i)
	named := false
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			if sp[1] <= r.i && a.sentenceOf(sp[0]) == s {
				named = true
			}
		}
	}
	if !named {
		return false
	}
	b := r.i - 1
	if a.tok(b).norm == "the" {
		b--
	}
	return otherPartyWords[a.tok(b).norm]
}

// otherPartyWords, right before a reference by role, make it another
// party than the leader named before in the sentence (data/words-titles.tsv).
var otherPartyWords = wordSet("otherPartyWords")

// namedIn reports whether sentence s names l (in full or by surname).
func (a *entityStage) namedIn(l *leader, s int) bool {
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			if a.sentenceOf(sp[0]) == s {
				return true
			}
		}
	}
	return false
}

// homeward returns the country a leader goes home to, from the sentences
// that name him and no other leader: "heading back to X", "flew home to
// X"; "" when none, or more than one, is named so.
func (a *entityStage) homeward(l *leader) string {
	home := ""
	for _, spans := range [][][2]int{l.spans, l.surnames} {
		for _, sp := range spans {
			s := a.sentenceOf(sp[0])
			st := a.sents[s]
			alone := true
			for _, m := range a.leaderMentionsBetween(st.first, st.last) {
				if len(m.leaders) != 1 || m.leaders[0] != l {
					alone = false
				}
			}
			if !alone {
				continue
			}
			for k := st.first; k+1 < st.last; k++ {
				if n := a.toks[k].norm; (n == "back" || n == "home") && a.toks[k+1].norm == "to" {
					if c := a.countryMentionAt(k + 2); c >= 0 && a.countries[c].i == k+2 && !a.countries[c].adj {
						if home != "" && home != a.countries[c].code {
							return ""
						}
						home = a.countries[c].code
					}
				}
			}
		}
	}
	return home
}

// inName reports whether country mention c opens the name of a project
// or unit that names no other country ("the agency's Korea Mission
// Center"): named after the country, no side of it.
func (a *entityStage) inName(c countryMention) bool {
	p := a.projectStart[c.i]
	return !c.adj && p != nil && p.j > c.j && len(a.countriesBetween(p.i, p.j)) == 1
}

// namedAsPair reports whether x and y are named joined by "and" alone:
// "Presidents X and Y", "between X and Y", "X and Y restated" (full
// names or surnames).
func (a *entityStage) namedAsPair(x, y *leader) bool {
	for _, p := range [][2]*leader{{x, y}, {y, x}} {
		for _, sp := range append(append([][2]int(nil), p[0].spans...), p[0].surnames...) {
			for _, op := range append(append([][2]int(nil), p[1].spans...), p[1].surnames...) {
				if op[0] == sp[1]+1 && a.tok(sp[1]).norm == "and" {
					return true
				}
			}
		}
	}
	return false
}

// pairedWithUnplaced reports whether l is named as a pair ("X and Y")
// with another leader whose country the words do not state.
func (a *entityStage) pairedWithUnplaced(l *leader) bool {
	for _, o := range a.leaders {
		if o != l && !a.stated[o] && a.namedAsPair(l, o) {
			return true
		}
	}
	return false
}

// namedCounts returns how often the text names each country, leaving out
// the names of currencies ("US dollars").
func (a *entityStage) namedCounts() map[string]int {
	count := map[string]int{}
	for _, c := range a.countries {
		if !a.currencyMention(c) {
			count[c.code]++
		}
	}
	return count
}

// mainSide reports whether country code is one of the two countries the
// text names most.
func (a *entityStage) mainSide(code string) bool {
	count := a.namedCounts()
	above := 0
	for c, n := range count {
		if c != code && n > count[code] {
			above++
		}
	}
	return count[code] > 0 && above < 2
}

// inRole reports whether token i is inside a reference by role.
func (a *entityStage) inRole(i int) bool {
	for _, r := range a.roles {
		if r.i <= i && i < r.j {
			return true
		}
	}
	return false
}

// onlyVenue reports whether every mention of country code follows "in":
// a place where something happened, not a side.
func (a *entityStage) onlyVenue(code string) bool {
	n := 0
	for _, c := range a.countries {
		if c.code != code || a.currencyMention(c) {
			continue
		}
		if !a.venueMention(c) {
			return false
		}
		n++
	}
	return n > 0
}

// otherMainSide returns the one country other than code among the two
// countries the text names most, or "" when there is no single one.
func (a *entityStage) otherMainSide(code string) string {
	seen := map[string]bool{}
	out := ""
	for _, c := range a.countries {
		if c.code == code || seen[c.code] || a.currencyMention(c) {
			continue
		}
		seen[c.code] = true
		if a.mainSide(c.code) {
			if out != "" {
				return ""
			}
			out = c.code
		}
	}
	return out
}

// namedInLead reports whether l is named in the article's first two
// sentences.
func (a *entityStage) namedInLead(l *leader) bool {
	for _, sp := range l.spans {
		if a.sentenceOf(sp[0]) < 2 {
			return true
		}
	}
	return false
}

// destinations returns the countries l is said to travel to ("X's visit
// to Indonesia", "X arrived in Indonesia", "X will travel to China") or
// to be hosted by ("Moscow hosted X"): a guess must not make them l's own.
// The map is read once per leader and shared: callers must not change it.
func (a *entityStage) destinations(l *leader) map[string]bool {
	if out, ok := a.dests[l]; ok {
		return out
	}
	if a.dests == nil {
		a.dests = map[*leader]map[string]bool{}
	}
	out := map[string]bool{}
	a.dests[l] = out
	spans := append(append([][2]int(nil), l.spans...), l.surnames...)
	for s, st := range a.sents {
		if n := a.toks[st.first].norm; s > 0 && (n == "he" || n == "she") && a.openingLeader(s-1) == l {
			// "He will then visit Tajikistan": the subject of the
			// sentence before goes on
			spans = append(spans, [2]int{st.first, st.first + 1})
		}
	}
	for _, sp := range spans {
		st := a.sents[a.sentenceOf(sp[0])]
		from := sp[1]
		if n := a.tok(from + 1).norm; a.tok(from).text == "," && n == "who" {
			// "X, who is on a visit to India": a clause of his own (not
			// "at the invitation of X, for a visit to Y": the guest's)
			from += 2
		} else if a.tok(from).text == "," && visitVerbs[n] {
			from++ // "X, visiting Peru", "the Minister, X, visited India": the verb read below
		} else if e := a.titleAppositionEnd(from); e > 0 {
			from = e // "X, the President of Uzbekistan, paid a visit to Budapest"
		}
		for k := from; k < st.last && k < from+12; k++ {
			n := a.toks[k].norm
			if a.claimed[k] && k > sp[1] && departureVerbs[a.tok(k-1).norm] {
				for k+1 < st.last && a.claimed[k+1] {
					k++ // "will depart Abuja for South Africa": where he leaves from
				}
				continue
			}
			if n == "," || a.claimed[k] && k > sp[1] {
				break // another clause, another person's trip
			}
			if visitVerbs[n] || n == "for" && a.departsBefore(sp[1], k) {
				// "X will visit Peru", "X, visiting Peru", "X is to visit
				// Amman", "X will visit the Maldives": the country
				// visited, or the country of the city, and those listed
				// after it ("visit Peru and Chile"); so too after "for"
				// when he leaves ("X will depart Abuja for South Africa")
				m := k + 1
				if a.tok(m).norm == "the" {
					m++
				}
				for _, c := range a.destinationsFrom(m) {
					out[c] = true
				}
				continue
			}
			if n != "to" && n != "in" && n != "into" {
				continue
			}
			m := k + 1
			if a.tok(m).norm == "the" {
				m++
			}
			cs := a.destinationsFrom(m)
			if len(cs) == 0 && a.tok(m-1).norm == "the" {
				if c := a.describedDestination(m); c != "" {
					cs = []string{c} // "his first official visit to the Pacific nation"
				}
			}
			if len(cs) == 0 {
				continue
			}
			// "X travelled to Peru", or "X is in Peru on a two-day
			// visit": a word of travel before, or "on a … visit" after
			if a.travelBefore(sp[1], k) || n == "in" && a.visitAfter(m) || n == "to" && a.visitPaidBy(sp, k) {
				for _, c := range cs {
					out[c] = true
				}
			}
		}
		if c := a.hostOf(sp[0]); c != "" {
			out[c] = true
		}
		if c := a.visitBy(sp[0]); c != "" {
			out[c] = true
		}
		if c := a.visitOfAtDateline(sp[0]); c != "" {
			out[c] = true
		}
		for _, c := range a.takenTo(a.sentenceOf(sp[0])) {
			out[c] = true
		}
	}
	return out
}

// describedDestination returns the country that "the <words> nation"
// starting at token m stands for ("a visit to the Pacific nation"): the
// country named last before it, in its sentence or the one before; ""
// when none is, or the words are no such description.
func (a *entityStage) describedDestination(m int) string {
	k := m
	for k < len(a.toks) && k < m+3 && a.toks[k].kind == tokWord && !describedNations[a.toks[k].norm] {
		k++
	}
	if k >= len(a.toks) || k == m || !describedNations[a.toks[k].norm] || a.toks[k].upper {
		return ""
	}
	s := a.sentenceOf(m)
	from := a.sents[max(s-1, 0)].first
	cs := a.countriesBetween(from, m)
	for n := len(cs) - 1; n >= 0; n-- {
		if !cs[n].adj && !a.currencyMention(cs[n]) {
			return cs[n].code
		}
	}
	return ""
}

// departsBefore reports whether a verb of departure stands in the tokens
// [from, k).
func (a *entityStage) departsBefore(from, k int) bool {
	for q := from; q < k; q++ {
		if departureVerbs[a.toks[q].norm] {
			return true
		}
	}
	return false
}

// hypotheticalRole reports whether the reference by role at token i
// names an office whose holder is not yet known: "whoever is elected
// President of Kenya", "the next President", "a future prime minister".
func (a *entityStage) hypotheticalRole(i int) bool {
	k := i - 1
	for k >= 0 && a.toks[k].kind == tokWord && a.toks[k].upper && i-k <= 3 {
		k-- // the country's adjective and the body: "a Thai Government leader"
	}
	if n := a.tok(k).norm; n == "a" || n == "an" {
		return true // "the first by a Thai Government leader in 11 years": anyone in the office
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch a.toks[k].norm {
		case "whoever", "whomever", "next", "future":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// clauseBefore reports whether l is named before token i in its
// sentence with no semicolon between: "X met Y in Moscow and asked …,
// according to the Belarusian leader's press office".
func (a *entityStage) clauseBefore(l *leader, i int) bool {
	for _, sp := range append(append([][2]int(nil), l.spans...), l.surnames...) {
		if sp[1] > i || a.sentenceOf(sp[0]) != a.sentenceOf(i) {
			continue
		}
		if !a.betweenHas(sp[1], i, ";") {
			return true
		}
	}
	return false
}

// takenTo returns the countries that a trip, in sentence s, "will take
// him to" when s names one leader only: "Ramaphosa's four-nation tour,
// which will also take him to Ghana and Senegal".
func (a *entityStage) takenTo(s int) []string {
	st := a.sents[s]
	named := 0
	for _, l := range a.leaders {
		if a.namedIn(l, s) {
			named++
		}
	}
	if named != 1 {
		return nil
	}
	var out []string
	for k := st.first; k+3 <= st.last && k+3 < len(a.toks); k++ {
		switch a.toks[k].norm {
		case "take", "takes", "took", "taking", "bring", "brings", "brought":
		default:
			continue
		}
		if p := a.toks[k+1].norm; (p == "him" || p == "her") && a.toks[k+2].norm == "to" {
			m := k + 3
			if a.tok(m).norm == "the" {
				m++
			}
			out = append(out, a.destinationsFrom(m)...)
		}
	}
	return out
}

// visitOfAtDateline returns the dateline's country when the name at token
// i is the visitor of "the visit of <title> X" (or "visit by") with no
// place after it: "ASTANA — … signed during the visit of Premier X" — the
// visit is to where the report is filed; "" otherwise.
func (a *entityStage) visitOfAtDateline(i int) string {
	b := i - 1
	for b > 0 && i-b < 5 && a.toks[b].kind == tokWord && a.toks[b].upper {
		b-- // the title
	}
	if n := a.tok(b).norm; n != "of" && n != "by" || !strings.HasPrefix(a.tok(b-1).norm, "visit") {
		return ""
	}
	if a.datelineTok < 0 {
		return ""
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(a.datelineTok)) {
		if pi := a.placeInfo[p.key]; p.i == a.datelineTok && pi != nil && a.x.capitalOf[pi.country] == pi.name {
			return pi.country
		}
	}
	return ""
}

// visitVerbs take the country visited as their object: "will visit Peru".
var visitVerbs = map[string]bool{"visit": true, "visits": true, "visited": true, "visiting": true, "tour": true, "tours": true, "toured": true, "touring": true}

// hostOf returns the country that hosts the person named from token i
// ("Moscow hosted PM X", "Japan welcomed President Y"): the country, or
// the country of the city, named right before a verb of hosting among the
// four tokens before i, or "".
func (a *entityStage) hostOf(i int) string {
	s := a.sentenceOf(i)
	for k := i - 1; k >= 1 && k >= i-4 && a.sentenceOf(k) == s; k-- {
		switch a.toks[k].norm {
		case "hosted", "hosts", "received", "receives", "welcomed", "welcomes":
		default:
			continue
		}
		if c := a.countryMentionAt(k - 1); c >= 0 && !a.countries[c].adj {
			return a.countries[c].code
		}
		for _, p := range a.placesOfSentence(s) {
			if p.j == k && a.placeInfo[p.key] != nil {
				return a.placeInfo[p.key].country // "Moscow hosted": the city's country
			}
		}
		return ""
	}
	return ""
}

// visitBy returns the country of "a visit to <place> by" or "of" right
// before the title and name at token i ("a possible visit to South Korea
// by President X", "the visit to the Sultanate of Oman of King X"), or "".
func (a *entityStage) visitBy(i int) string {
	k := i - 1
	for k > 0 && a.toks[k].kind == tokWord && a.toks[k].upper && i-k < 6 {
		k-- // the title
	}
	if a.tok(k).norm != "by" && a.tok(k).norm != "of" {
		return ""
	}
	s := a.sentenceOf(i)
	for m := k - 1; m >= 1 && m >= k-6 && a.sentenceOf(m) == s; m-- {
		if a.toks[m].norm != "to" {
			continue
		}
		switch a.toks[m-1].norm {
		case "visit", "visits", "trip", "trips", "travel":
			p := m + 1
			if a.tok(p).norm == "the" {
				p++
			}
			if cs := a.destinationsFrom(p); len(cs) > 0 && a.placeEndBefore(p, k) {
				return cs[0]
			}
		}
		return ""
	}
	return ""
}

// placeEndBefore reports whether the place or country named at token m
// ends right at token k: "a visit to South Korea by".
func (a *entityStage) placeEndBefore(m, k int) bool {
	if c := a.countryMentionAt(m); c >= 0 && a.countries[c].i == m {
		return a.countries[c].j == k
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(m)) {
		if p.i == m {
			return p.j == k
		}
	}
	return false
}

// titleAppositionEnd returns the token after a title in apposition that
// opens with the comma at token i and closes with a comma ("X, the
// President of Uzbekistan, paid …", "X, Kenya's Foreign Minister, …"), or
// -1.
func (a *entityStage) titleAppositionEnd(i int) int {
	if a.tok(i).text != "," {
		return -1
	}
	countries := func(k int) int {
		for k < len(a.toks) && a.isCountryToken(k) {
			k++
		}
		if a.tok(k).norm == "'s" {
			k++
		}
		return k
	}
	k := i + 1
	if a.tok(k).norm == "the" {
		k++
	}
	e, _, ok := a.titleAt(countries(k))
	if !ok {
		return -1
	}
	if a.tok(e).norm == "of" {
		e++
		if a.tok(e).norm == "the" {
			e++
		}
		e = countries(e)
	}
	if a.tok(e).text != "," {
		return -1
	}
	return e + 1
}

// destinationsFrom returns the country (or the city's country) named at
// token m and those of the countries listed right after it by name ("Peru
// and Chile", "Egypt, Kenya and Djibouti"); none when token m names none.
func (a *entityStage) destinationsFrom(m int) []string {
	c := a.destinationAt(m)
	if c == "" {
		return nil
	}
	out := []string{c}
	for {
		k := a.countryMentionAt(m)
		if k < 0 || a.countries[k].i != m {
			return out // a city: its list is not followed
		}
		e := a.countries[k].j
		if a.tok(e).text != "," && a.tok(e).norm != "and" {
			return out
		}
		m = e + 1
		if a.tok(e).text == "," && a.tok(m).norm == "and" {
			m++
		}
		k = a.countryMentionAt(m)
		if k < 0 || a.countries[k].i != m || a.countries[k].adj {
			return out
		}
		out = appendStr(out, a.countries[k].code)
	}
}

// destinationAt returns the country named at token m, or the country of
// the city named there, or "".
func (a *entityStage) destinationAt(m int) string {
	if c := a.countryMentionAt(m); c >= 0 {
		if a.countries[c].i == m && !a.countries[c].adj {
			return a.countries[c].code
		}
		return ""
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(m)) {
		if p.i == m && a.placeInfo[p.key] != nil {
			return a.placeInfo[p.key].country
		}
	}
	return ""
}

// visitAfter reports whether the place named at token m is followed by
// "on a (two-day, official …) visit/trip/tour": "X is in Peru on a visit".
func (a *entityStage) visitAfter(m int) bool {
	k := m
	for k < len(a.toks) && k < m+5 && a.toks[k].norm != "on" {
		k++
	}
	if a.tok(k).norm != "on" {
		return false
	}
	for e := k + 1; e < len(a.toks) && e <= k+6; e++ {
		switch a.toks[e].norm {
		case "visit", "trip", "tour":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// visitPaidBy reports whether the name at span sp is the subject of a
// relative clause on a visit named before it, whose verb ("paid", "made")
// stands right before the "to" at token k: "the three-day official visit
// that President X paid to Equatorial Guinea".
func (a *entityStage) visitPaidBy(sp [2]int, k int) bool {
	switch a.tok(k - 1).norm {
	case "paid", "pays", "made", "makes":
	default:
		return false
	}
	if k-1 != sp[1] {
		return false
	}
	for m := sp[0] - 1; m >= 0 && m >= sp[0]-6 && a.sentenceOf(m) == a.sentenceOf(sp[0]); m-- {
		switch a.toks[m].norm {
		case "visit", "visits", "trip", "tour":
			return true
		}
	}
	return false
}

// travelBefore reports whether a word of travel stands in tokens [i, k).
func (a *entityStage) travelBefore(i, k int) bool {
	for m := max(i, k-4); m < k; m++ {
		switch a.toks[m].norm {
		case "visit", "visited", "visiting", "trip", "arrived", "arrives", "landed", "travel", "travelled", "traveled", "travels", "tour", "delegation",
			"fly", "flies", "flew", "flying", "head", "heads", "headed", "heading", "proceed", "proceeds", "proceeded":
			return true
		case "down": // "touched down in France"
			if p := a.tok(m - 1).norm; p == "touched" || p == "touches" {
				return true
			}
		case "been": // "has been to Budapest on an official visit"
			if p := a.tok(m - 1).norm; p == "has" || p == "have" || p == "had" {
				return true
			}
		}
	}
	return false
}

// headsOfGovernment are the head titles that do not denote a head of state.
// (data/words-titles.tsv)
var headsOfGovernment = wordSet("headsOfGovernment")

// roleFits reports whether a reference by role with title ("Leader",
// "Head of State", "President", "" for a counterpart) can denote l.
func roleFits(title string, l *leader) bool {
	if l.untitled {
		return true
	}
	switch title {
	case "", "Leader":
		return true
	case "Head of State", "Monarch":
		return l.head && !headsOfGovernment[l.title]
	case "Head of Government":
		return headsOfGovernment[l.title]
	}
	return l.title == title
}

// possessedNames returns the countries of untitled persons named with a
// possessive ("Indonesia's Airlangga Hartarto"): such a country is not the
// one of a leader whose country is unknown.
func (a *entityStage) possessedNames() []string {
	var out []string
	for _, c := range a.countries {
		if c.adj || c.j+1 >= len(a.toks) || a.toks[c.j].norm != "'s" {
			continue
		}
		k := c.j + 1
		if _, ok := titles[a.toks[k].norm]; ok || titleFirst[a.toks[k].norm] {
			continue
		}
		if e := a.nameAt(k); e-k >= 2 {
			out = appendStr(out, c.code)
		}
	}
	return out
}

// datelineCountry returns the country of the dateline's place, or "".
func (a *entityStage) datelineCountry() string {
	if a.datelineTok < 0 {
		return ""
	}
	for _, p := range a.placesOfSentence(a.sentenceOf(a.datelineTok)) {
		if p.i == a.datelineTok {
			if c := a.placeInfo[p.key].country; c != "" {
				return c
			}
		}
	}
	return ""
}

func lower(s string) string { return strings.ToLower(s) }

// venueMention reports whether a country mention names where something
// happens, the country's name after "in" ("will take place in
// Singapore"), not a nationality or a side.
func (a *mentionStage) venueMention(c countryMention) bool {
	return !c.adj && c.i > 0 && a.toks[c.i-1].norm == "in"
}

// currencyMention reports whether a country mention only names a currency
// ("against the U.S. dollar"); such a mention says nothing about who the
// people in the article represent.
func (a *mentionStage) currencyMention(c countryMention) bool {
	if c.j >= len(a.toks) {
		return false
	}
	switch a.toks[c.j].norm {
	case "dollar", "dollars", "dollar's":
		return true
	}
	return false
}

// possessorCountries gives an official named as another's ("X, the
// Emir's Diwan Affairs Minister", "the President's adviser Y") the country
// of the one current holder of that title whose country is known; none
// when several of different countries hold it.
func (a *entityStage) possessorCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" || l.possessor == "" {
			continue
		}
		if cs, unknown := a.holderCountries(l.possessor, l); len(cs) == 1 && !unknown {
			l.country = cs[0]
			note(l, "the title of the one whose official he is")
		}
	}
}

// holderCountries returns the countries of the current holders of title
// other than l, once each, and whether one of them has none.
func (a *entityStage) holderCountries(title string, l *leader) (countries []string, unknown bool) {
	for _, o := range a.leaders {
		if o == l || o.former || o.title != title {
			continue
		}
		if o.country == "" {
			unknown = true
			continue
		}
		countries = appendStr(countries, o.country)
	}
	return countries, unknown
}

// sonsCountries gives a leader without a country whose name ends with
// the full name of another leader of a known country after a patronymic
// the country of that leader, his father: "Maktoum bin Mohammed bin
// Rashid Al Maktoum" is of the country of "Mohammed bin Rashid Al
// Maktoum". A guess from context could give him the country of a guest.
func (a *entityStage) sonsCountries() {
	for _, l := range a.leaders {
		if l.country != "" {
			continue
		}
		for _, f := range a.leaders {
			n := len(f.parts)
			if f == l || f.country == "" || n < 2 || len(l.parts) < n+2 || !patronymic[l.parts[len(l.parts)-n-1]] {
				continue
			}
			if slices.Equal(l.parts[len(l.parts)-n:], f.parts) {
				l.country = f.country
				break
			}
		}
	}
}

// loneSheikhs gives a leader known by one name only, named after "Sheikh"
// or "Sheikha", that word as part of the name: with a single given name
// the honorific is how the person is known ("Sheikha Mozah"), and a key
// of one bare name would merge unrelated people. A full name elsewhere
// ("Sheikh Tamim bin Hamad Al Thani") keeps the honorific out.
func (a *entityStage) loneSheikhs() {
	for _, l := range a.leaders {
		if len(l.parts) != 1 {
			continue
		}
		for _, sp := range l.spans {
			if p := a.tok(sp[0] - 1); sp[0] > 0 && p.upper && (p.norm == "sheikh" || p.norm == "sheikha") {
				l.name = p.text + " " + l.name
				break
			}
		}
	}
}

// pronounOfficials gives an official named after "his" or "her" and a
// title ("as his spokesperson X said, President Y sent …", "Putin and his
// foreign minister X") the country of the one the pronoun stands for: the
// leaders of the sentence, when all of them are placed and share one
// country, or else, when the sentence names no other leader, those of the
// sentence before. A counterpart is of the other side and left alone.
func (a *entityStage) pronounOfficials(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" || a.formerOfficial(l) {
			continue
		}
		for _, sp := range l.spans {
			if !a.pronounTitled(sp[0]) {
				continue
			}
			s := a.sentenceOf(sp[0])
			c := a.placedCountryOf(s, l)
			if c == "" && s > 0 && !a.othersIn(s, l) {
				c = a.placedCountryOf(s-1, l)
			}
			if c != "" && c != "-" {
				l.country = c
				note(l, "the one whose official he is")
				break
			}
		}
	}
}

// pronounOfficial reports whether l is named after "his" or "her" and a
// title anywhere in the text.
func (a *entityStage) pronounOfficial(l *leader) bool {
	for _, sp := range l.spans {
		if a.pronounTitled(sp[0]) {
			return true
		}
	}
	return false
}

// pronounTitled reports whether the name starting at token i follows "his"
// or "her" and a title other than a counterpart's: "his spokesperson X".
func (a *entityStage) pronounTitled(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p := a.toks[k].norm; p != "his" && p != "her" {
			continue
		}
		if n := a.tok(k + 1).norm; n == "counterpart" || n == "host" || n == "guest" || n == "fellow" {
			return false
		}
		e, ti, ok := a.titleAt(k + 1)
		return ok && ti.name != "" && e <= i && a.skipHonorifics(a.skipQualifiers(e)) == i
	}
	return false
}

// placedCountryOf returns the one country of the leaders other than l named
// in sentence s, "" when none is named and "-" when one of them has no
// country or they have two.
func (a *entityStage) placedCountryOf(s int, l *leader) string {
	found := ""
	for _, o := range a.leaders {
		if o == l {
			continue
		}
		for _, spans := range [][][2]int{o.spans, o.surnames} {
			for _, sp := range spans {
				if a.sentenceOf(sp[0]) != s {
					continue
				}
				if o.country == "" || found != "" && found != o.country {
					return "-"
				}
				found = o.country
			}
		}
	}
	return found
}

// othersIn reports whether sentence s names a leader other than l.
func (a *entityStage) othersIn(s int, l *leader) bool {
	for _, o := range a.leaders {
		if o == l {
			continue
		}
		for _, spans := range [][][2]int{o.spans, o.surnames} {
			for _, sp := range spans {
				if a.sentenceOf(sp[0]) == s {
					return true
				}
			}
		}
	}
	return false
}

// bareTitles returns the references by a bare definite title, "the
// Foreign Secretary called on ...", each to the one leader of the article
// who holds that title, named before it: no country is stated, so a
// second holder of the title (his counterpart) leaves it unresolved. Not
// a title followed by a name, by "of" or by a country ("the President of
// Nepal" is a role), nor one already read.
func (a *entityStage) bareTitles() []leaderMention {
	var out []leaderMention
	for i := 0; i+1 < len(a.toks); i++ {
		if a.toks[i].norm != "the" || a.claimed[i+1] || a.tok(i-1).norm == "to" || a.tok(i-1).norm == "of" {
			continue // (not "Press Secretary to the Prime Minister", "the office of the President": his staff's)
		}
		end, ti, ok := a.titleAt(i + 1)
		if !ok || ti.name == "" || !a.toks[i+1].upper {
			continue
		}
		if n := a.tok(end); n.norm == "of" || n.norm == "'s" || n.kind == tokWord && n.upper && !a.sentenceStart(end) {
			continue
		}
		claimed := false
		for k := i + 1; k < end; k++ {
			claimed = claimed || a.claimed[k]
		}
		if claimed {
			continue
		}
		var holder *leader
		for _, l := range a.leaders {
			if !strings.EqualFold(l.title, ti.name) {
				continue
			}
			if holder != nil {
				holder = nil
				break
			}
			holder = l
		}
		if holder == nil || holder.country == "" || len(holder.spans) == 0 || holder.spans[0][0] > i {
			continue
		}
		out = append(out, leaderMention{i: i + 1, j: end, leaders: []*leader{holder}})
		holder.roles = append(holder.roles, [2]int{i + 1, end})
	}
	return out
}
