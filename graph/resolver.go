package graph

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// A Resolver decides, for each new article, which of its leaders,
// organizations and events are already known under other keys. It works
// in memory on a Snapshot of the candidates the graph holds, and learns
// every article it resolves, so that a batch of articles resolved one
// after the other gives the keys that writing them one at a time would.
// The rules are SamePerson, SameEvent and SameOrganization; where a new
// report names a thing more fully than the known key (a full name after
// a surname, a dated report after an undated one), the known entity takes
// the new key and the Resolver returns that rename, so the result does
// not depend on the order the reports arrive in. For the same reason a
// report that matches two known things joins the better match only when
// one is better by a rule that does not look at arrival (the same name
// spelt otherwise, the nearer date), and a known thing that two things of
// one report match joins the better of them, or neither.
//
// What stays order-dependent is what only merging two nodes, or
// splitting one, could make right, since the graph does neither: a
// single name shared by two people of one country ("Hayashi") joins the
// one known when it arrives, and a report joining two known nodes that
// do not match each other (one full name, a report without a country
// under the shorter name with another title) joins one of them.
//
// A Resolver is not safe for concurrent use.
type Resolver struct {
	people  map[string]*PersonSketch
	byToken map[string]map[string]bool // NameKeys token → person keys
	orgs    map[string]*OrgSketch
	events  map[string]*EventSketch
	joined  int // events of resolved reports that were known already
}

// OrgSketch is what organization resolution compares.
type OrgSketch struct {
	Key           string
	Name          string
	Acronym       string // the winner of AcronymClaims, or a correction
	AcronymClaims Claims
	AcronymFixed  bool // an analyst corrected the acronym
}

// Snapshot is what the graph holds of the candidates of a batch of
// articles: the leaders sharing a name token with theirs, the
// organizations sharing a name or an acronym, the events of the same kind
// within EventWindow of theirs, and the entities with their very keys.
type Snapshot struct {
	People []PersonSketch
	Orgs   []OrgSketch
	Events []EventSketch
}

// Rename is a change of key of a known entity, which the store applies
// to the stored node before writing.
type Rename struct{ From, To string }

// EventWindow bounds the anchor dates of known events worth comparing
// with a new report (either side of its anchor).
const EventWindow = UndatedWindow + 2*VisitSlack

// NewResolver returns a Resolver that knows the entities of s.
func NewResolver(s Snapshot) *Resolver {
	r := &Resolver{people: map[string]*PersonSketch{}, byToken: map[string]map[string]bool{},
		orgs: map[string]*OrgSketch{}, events: map[string]*EventSketch{}}
	for _, p := range s.People {
		r.addPerson(p)
	}
	for _, o := range s.Orgs {
		o := o
		r.orgs[o.Key] = &o
	}
	for _, e := range s.Events {
		e := e
		e.Countries = sortedCopy(e.Countries)
		r.events[e.Key] = &e
	}
	return r
}

func (r *Resolver) addPerson(p PersonSketch) {
	p.Spellings = p.spellings()
	r.people[p.Key] = &p
	r.indexSpellings(&p)
}

// indexSpellings files p under the name keys of all its spellings.
func (r *Resolver) indexSpellings(p *PersonSketch) {
	for _, k := range p.Spellings {
		for _, t := range NameKeys(k) {
			if r.byToken[t] == nil {
				r.byToken[t] = map[string]bool{}
			}
			r.byToken[t][p.Key] = true
		}
	}
}

// spellings returns the keys p's reports were written under, its key
// among them, sorted.
func (p PersonSketch) spellings() []string {
	out := append([]string{p.Key}, p.Spellings...)
	sort.Strings(out)
	return slices.Compact(out)
}

// Resolve returns a copy of x rekeyed to the known keys, and the renames
// of known entities that the store must apply first. It then knows x's
// entities too.
func (r *Resolver) Resolve(x *Extraction) (*Extraction, []Rename) {
	out := cloneExtraction(x)
	undatedOwnKeys(out)
	for i := range out.Entities {
		if out.Entities[i].Type == TypeLeader {
			out.Entities[i].spellings = out.Entities[i].Spellings()
		}
	}
	var renames []Rename
	out.Rekey(samePeopleWithin(out))
	out.Rekey(sameOrganizationsWithin(out))
	m := map[string]string{}
	renames = append(renames, r.resolvePeople(out, m)...)
	renames = append(renames, r.resolveOrganizations(out, m)...)
	out.Rekey(m)
	out.Rekey(bilateralSummitsWithin(out))
	out.Rekey(sameEventsWithin(out))
	em := map[string]string{}
	renames = append(renames, r.resolveEvents(out, em)...)
	out.Rekey(em)
	for _, e := range out.Entities {
		if e.Type == TypeEvent && r.events[e.Key] != nil {
			r.joined++
		}
	}
	r.learn(out)
	return out, renames
}

// Joined returns how many events of the reports resolved so far were
// known already — stored, or reported by an earlier article of the
// batch — so that the report joined an existing event node.
func (r *Resolver) Joined() int { return r.joined }

// undatedOwnKeys gives every undated event of x (or one whose date is only
// assumed) a key of this article's own ("…@<article id>"): such a key is
// too vague to be shared until the event matches a report that dates it,
// and it must not depend on what the graph held before.
func undatedOwnKeys(x *Extraction) {
	m := map[string]string{}
	for _, e := range x.Entities {
		if e.Type == TypeEvent && (e.Date == "" || e.DatePrecision == "assumed") && !strings.Contains(e.Key, "@") {
			m[e.Key] = e.Key + "@" + shortID(x.Article.ID)
		}
	}
	x.Rekey(m)
}

func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

func (r *Resolver) resolvePeople(x *Extraction, m map[string]string) []Rename {
	// each leader of x not known under its key, and the known person it
	// is: the one that matches it best (see matchRank), if one does
	choice := map[string]string{}
	rank := map[string][3]int{}
	var order []string
	for _, e := range x.Entities {
		if e.Type != TypeLeader || r.people[e.Key] != nil {
			continue // known under this very key
		}
		me := PersonSketch{Key: e.Key, Country: e.Country, Title: e.Title}
		var best []string
		var bestRank [3]int
		for _, k := range r.candidatePeople(e.Key) {
			rk, ok := matchKnown(me, *r.people[k])
			if !ok {
				continue
			}
			switch {
			case len(best) == 0 || rankAbove(rk, bestRank):
				best, bestRank = []string{k}, rk
			case rk == bestRank:
				best = append(best, k)
			}
		}
		if len(best) > 1 && nameParts(e.Key) == 1 {
			if k := r.bestAttested(best); k != "" {
				best = []string{k} // a head named by surname: the man of many reports, not a one-off spelling
			}
		}
		if len(best) == 1 { // else new, or ambiguous: keep the key
			choice[e.Key], rank[e.Key] = best[0], bestRank
			order = append(order, e.Key)
		}
	}
	// two people of one article that one known person matches ("Bishnu
	// Paudel" and "Ramchandra Paudel", a known "Paudel"): it is the one
	// it matches better, or neither
	var drop []string
	for _, k := range order {
		for _, o := range order {
			if o != k && choice[o] == choice[k] && !rankAbove(rank[k], rank[o]) {
				drop = append(drop, k)
				break
			}
		}
	}
	for _, k := range drop {
		delete(choice, k)
	}
	var renames []Rename
	for _, k := range order {
		known, ok := choice[k]
		switch {
		case !ok:
		case preferredKey(k, known):
			r.renamePerson(known, k)
			renames = append(renames, Rename{From: known, To: k})
		default:
			m[k] = known
		}
	}
	return renames
}

// bestAttested returns, among known people that a bare name matches
// equally well, the one the graph's reports name overwhelmingly more
// often (at least attestedMin reports, and attestedRatio times those of
// every other), or "" when none stands out: a one-off spelling of the
// same man ("Xi Jian Ping") does not leave "President Xi" unresolved, in
// whatever order the reports came.
func (r *Resolver) bestAttested(keys []string) string {
	weight := func(k string) int {
		n := 0
		for _, c := range r.people[k].CountryClaims {
			n += c.Count
		}
		return n
	}
	best, w := "", 0
	for _, k := range keys {
		if n := weight(k); n > w {
			best, w = k, n
		}
	}
	if w < attestedMin {
		return ""
	}
	for _, k := range keys {
		if k != best && weight(k)*attestedRatio > w {
			return ""
		}
	}
	return best
}

// attestedMin and attestedRatio: see bestAttested.
const (
	attestedMin   = 10
	attestedRatio = 10
)

// matchRank orders the known people that a report's leader matches (by
// SamePerson): the same name (every part matched whole) first, then
// names agreeing in more parts, then one title given to both (n is how
// the two names agree, from personMatch). A report
// of "Mohammed Irfaan Ali" is the known "Mohamed Irfaan Ali" rather
// than a known "Ali" whom nothing else placed; "President Paudel" is
// President Ramchandra Paudel rather than the finance minister Bishnu
// Paudel.
func matchRank(me, known PersonSketch, n nameMatch) [3]int {
	rk := [3]int{0, n.parts, 0}
	if n.exact {
		rk[0] = 1
	}
	if titlesAgree(me, known) {
		rk[2] = 1
	}
	return rk
}

// matchKnown reports whether a report's leader is a known person
// (SamePerson with its key, or with another key of two parts or more
// that its reports were written under, by the rules of names, countries
// and titles) and how well, the best by matchRank: a person keyed by a
// rare misspelling ("Joao Lourencho") is still matched by the names that
// match its usual one. A single name it was reported by ("Ali") does not
// match for it: any namesake would join it. The known person's
// Spellings hold its key (see addPerson).
func matchKnown(me, known PersonSketch) ([3]int, bool) {
	var best [3]int
	found := false
	for _, k := range known.Spellings {
		if k != known.Key && nameParts(k) < 2 {
			continue
		}
		s := known
		s.Key = k
		n, ok := personMatch(me, s)
		if !ok {
			continue
		}
		if rk := matchRank(me, s, n); !found || rankAbove(rk, best) {
			best, found = rk, true
		}
	}
	return best, found
}

func rankAbove(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return false
}

// samePeopleWithin maps each leader of x that SamePerson finds to be one
// other leader of x (and only one) to the preferred key of the two: one
// article that spells a name two ways ("Afewerki", "Afwerki") names one
// person.
func samePeopleWithin(x *Extraction) map[string]string {
	var people []PersonSketch
	for _, e := range x.Entities {
		if e.Type == TypeLeader {
			people = append(people, PersonSketch{Key: e.Key, Country: e.Country, Title: e.Title})
		}
	}
	return oneMatchWithin(people, func(p PersonSketch) string { return p.Key }, SamePerson,
		func(q, p PersonSketch) bool { return preferredKey(q.Key, p.Key) })
}

// oneMatchWithin maps the key of each of items that same finds to be one
// other item of another key (and only one) to that item's key, when
// prefer(that item, it) says the other's key is the one to keep; then it
// follows chains, so that every key maps to one that is not mapped.
func oneMatchWithin[T any](items []T, key func(T) string, same, prefer func(a, b T) bool) map[string]string {
	m := map[string]string{}
	for i, a := range items {
		var match []T
		for j, b := range items {
			if i != j && key(a) != key(b) && same(a, b) {
				match = append(match, b)
			}
		}
		if len(match) == 1 && prefer(match[0], a) {
			m[key(a)] = key(match[0])
		}
	}
	for k, v := range m {
		for seen := 0; m[v] != "" && seen < len(m); seen++ {
			v = m[v]
		}
		m[k] = v
	}
	return m
}

// candidatePeople lists the known people sharing a name token with key,
// in key order.
func (r *Resolver) candidatePeople(key string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range NameKeys(key) {
		for k := range r.byToken[t] {
			if !seen[k] && k != key {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

func (r *Resolver) renamePerson(from, to string) {
	p := r.people[from]
	delete(r.people, from)
	for _, k := range p.Spellings {
		for _, t := range NameKeys(k) {
			delete(r.byToken[t], from)
		}
	}
	p.Key = to
	r.addPerson(*p)
	for _, e := range r.events {
		for i, k := range e.People {
			if k == from {
				e.People[i] = to
			}
		}
	}
}

// preferredKey reports whether key should replace stored as the key of
// one person: it spells more of the name (more parts, initials not
// counted: "Ukhnaagiin Khurelsukh" rather than "U. Khurelsukh"), or as
// many parts with more letters where a part is a letter off, not a
// romanisation of the other (a slip more often drops a letter than adds
// one: "Narendra Modi" rather than "Narenda Modi"), or sorts first — a
// rule that does not depend on which report came first.
func preferredKey(key, stored string) bool {
	if a, b := nameParts(key), nameParts(stored); a != b {
		return a > b
	}
	if len(key) != len(stored) && matchNames(key, stored).misspelt {
		return len(key) > len(stored)
	}
	return key < stored
}

// nameParts counts the parts of a key's name that are more than an
// initial.
func nameParts(key string) int {
	_, slug, _ := strings.Cut(key, ":")
	n := 0
	for _, p := range strings.Split(slug, "-") {
		if len(p) > 1 {
			n++
		}
	}
	return n
}

func (r *Resolver) resolveOrganizations(x *Extraction, m map[string]string) []Rename {
	var renames []Rename
	for _, e := range x.Entities {
		if e.Type != TypeOrganization || r.orgs[e.Key] != nil {
			continue
		}
		me := OrgSketch{Key: e.Key, Name: e.Name, Acronym: e.Acronym}
		var matches []*OrgSketch
		for _, o := range r.sortedOrgs() {
			if o.Key != e.Key && SameOrganization(me, *o) {
				matches = append(matches, o)
			}
		}
		if len(matches) != 1 {
			continue
		}
		o := matches[0]
		if preferredOrg(me, *o) {
			from := o.Key
			delete(r.orgs, from)
			o.Key = e.Key
			r.orgs[o.Key] = o
			renames = append(renames, Rename{From: from, To: e.Key})
			continue
		}
		m[e.Key] = o.Key
	}
	return renames
}

// preferredOrg reports whether a's key should be the key of the
// organization a and b name: the longer name, then the smaller key.
func preferredOrg(a, b OrgSketch) bool {
	return len(a.Name) > len(b.Name) || len(a.Name) == len(b.Name) && a.Key < b.Key
}

// sameOrganizationsWithin maps each organization of x that
// SameOrganization finds to be one other organization of x (and only
// one) to the preferred key of the two: one article that names the
// African Union also "Africa Union" names one organization.
func sameOrganizationsWithin(x *Extraction) map[string]string {
	var orgs []OrgSketch
	for _, e := range x.Entities {
		if e.Type == TypeOrganization {
			orgs = append(orgs, OrgSketch{Key: e.Key, Name: e.Name, Acronym: e.Acronym})
		}
	}
	return oneMatchWithin(orgs, func(o OrgSketch) string { return o.Key }, SameOrganization, preferredOrg)
}

func (r *Resolver) sortedOrgs() []*OrgSketch {
	out := make([]*OrgSketch, 0, len(r.orgs))
	for _, o := range r.orgs {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// sameEventsWithin maps each event of x that SameEvent finds to be an
// earlier event of x to that event's key, so that one article's several
// mentions of one event become one.
func sameEventsWithin(x *Extraction) map[string]string {
	m := map[string]string{}
	var kept []EventSketch
	for _, e := range x.Entities {
		if e.Type != TypeEvent {
			continue
		}
		s := SketchOf(x, e)
		merged := false
		for _, k := range kept {
			if SameEvent(k, s) {
				m[e.Key] = k.Key
				merged = true
				break
			}
		}
		if !merged {
			kept = append(kept, s)
		}
	}
	return m
}

// bilateralSummitsWithin maps each summit of x that is bilateral — no
// organization takes part, at most two countries do, and it names two
// leaders or more, all taking part in the meeting — to the meeting of x
// it would be one event with if it were called a meeting (a bilateral
// summit is a meeting), when there is exactly one such meeting. An
// article that calls one occasion both "summit" and "talks" then reports
// one meeting; a summit that names only its host ("Xi hosted the
// summit") stays beside a meeting on its sidelines. The summit becomes a
// meeting in x, so that the merged entity is one whichever comes first.
func bilateralSummitsWithin(x *Extraction) map[string]string {
	m := map[string]string{}
	for i := range x.Entities {
		e := &x.Entities[i]
		if e.Type != TypeEvent || e.Kind != string(KindSummit) {
			continue
		}
		s := SketchOf(x, *e)
		if len(s.Orgs) > 0 || len(s.Countries) > 2 || len(s.People) < 2 {
			continue
		}
		s.Kind = string(KindMeeting)
		var match []string
		for _, o := range x.Entities {
			if o.Type != TypeEvent || o.Kind != string(KindMeeting) {
				continue
			}
			if mt := SketchOf(x, o); shared(s.People, mt.People) == len(s.People) && SameEvent(s, mt) {
				match = append(match, o.Key)
			}
		}
		if len(match) == 1 {
			e.Kind = string(KindMeeting)
			m[e.Key] = match[0]
		}
	}
	return m
}

func (r *Resolver) resolveEvents(x *Extraction, m map[string]string) []Rename {
	// each event of x and the known event it is: the nearest that matches
	// it, when no other is as near (two equally near would be a guess)
	var mine []EventSketch
	choice := map[string]*EventSketch{}
	for _, e := range x.Entities {
		if e.Type != TypeEvent {
			continue
		}
		me := SketchOf(x, e)
		mine = append(mine, me)
		var best *EventSketch
		tie := false
		for _, c := range r.candidateEvents(me) {
			a, b := withLeaderCountries(me, *c, r.countryIn(x))
			a, b = visitSides(a, b, r.countryIn(x))
			if !SameEvent(a, b) || otherCounterpart(me, *c, r.countryIn(x)) {
				continue
			}
			switch d := nearness(me, *c); {
			case best == nil || d < nearness(me, *best):
				best, tie = c, false
			case d == nearness(me, *best):
				tie = true
			}
		}
		if best != nil && !tie {
			choice[me.Key] = best
		}
	}
	// two events of x that one known event matches: it is the nearer, or
	// neither ("Ramaphosa's visits to Ghana and to Senegal", a known tour
	// of both)
	var drop []string
	for _, me := range mine {
		c := choice[me.Key]
		for _, o := range mine {
			if c != nil && o.Key != me.Key && choice[o.Key] == c && nearness(o, *c) <= nearness(me, *c) {
				drop = append(drop, me.Key)
				break
			}
		}
	}
	for _, k := range drop {
		delete(choice, k)
	}
	var renames []Rename
	for _, me := range mine {
		best := choice[me.Key]
		taken := r.events[me.Key] != nil
		switch {
		case best != nil && best.Key != me.Key:
			// The event keeps the key of its best-dated report (dated
			// before undated, earlier before later, then the smaller key).
			if !taken && ranksBefore(me, *best) {
				from := best.Key
				delete(r.events, from)
				best.Key = me.Key
				r.events[me.Key] = best
				renames = append(renames, Rename{From: from, To: me.Key})
				continue
			}
			m[me.Key] = best.Key
		case best == nil && taken:
			// Another event holds this key: make it this article's own.
			m[me.Key] = me.Key + "@" + shortID(x.Article.ID)
		}
	}
	return renames
}

// nearness orders the known events a report matches: its own key first,
// then by the days between their anchors.
func nearness(me, c EventSketch) time.Duration {
	if c.Key == me.Key {
		return -1
	}
	return dayDistance(me.Anchor, c.Anchor)
}

// otherCounterpart reports whether two reports of a meeting or a call
// that share a leader name different people on the other side: for some
// country, both name leaders of it, none in common ("Abe met Rouhani",
// "Abe met Khamenei" — two meetings of one trip, a day apart). Who took
// part in a talk is part of what the occasion is.
func otherCounterpart(a, b EventSketch, countryOf func(person string) string) bool {
	if a.Kind != string(KindMeeting) && a.Kind != string(KindPhoneCall) || shared(a.People, b.People) == 0 {
		return false
	}
	byCountry := func(people []string) map[string][]string {
		m := map[string][]string{}
		for _, p := range people {
			if c := countryOf(p); c != "" {
				m[c] = append(m[c], p)
			}
		}
		return m
	}
	ca, cb := byCountry(a.People), byCountry(b.People)
	for c, pa := range ca {
		if pb := cb[c]; len(pb) > 0 && shared(pa, pb) == 0 {
			return true
		}
	}
	return false
}

// visitSides returns two reports of a visit that name no leader in
// common with each one's people counted as the other's too, when the two
// name people of different sides: one the visitor, the other only the
// host ("Blinken's visit to Beijing", "Qin Gang received the US
// Secretary of State"). Every person named must have a known country
// among the visit's countries, and no country may have people in both:
// two visitors of one country are two visits.
func visitSides(a, b EventSketch, countryOf func(person string) string) (EventSketch, EventSketch) {
	if a.Kind != string(KindVisit) || len(a.People) == 0 || len(b.People) == 0 || shared(a.People, b.People) > 0 {
		return a, b
	}
	sides := func(e EventSketch, people []string) map[string]bool {
		out := map[string]bool{}
		for _, p := range people {
			c := countryOf(p)
			if c == "" || !slices.Contains(e.Countries, c) {
				return nil
			}
			out[c] = true
		}
		return out
	}
	sa, sb := sides(a, a.People), sides(b, b.People)
	if sa == nil || sb == nil {
		return a, b
	}
	for c := range sa {
		if sb[c] {
			return a, b
		}
	}
	all := sortedCopy(union(a.People, b.People))
	a.People, b.People = all, all
	return a, b
}

// countryIn returns the country of a leader as report x gives it, or
// else as the reports known so far give it ("" when none does).
func (r *Resolver) countryIn(x *Extraction) func(person string) string {
	return func(person string) string {
		if e := x.EntityByKey(person); e != nil && e.Type == TypeLeader && e.Country != "" {
			return e.Country
		}
		if p := r.people[person]; p != nil {
			return p.Country
		}
		return ""
	}
}

// withLeaderCountries returns a and b with the countries of the leaders
// both name as participants added to both: a leader's country takes part
// in the occasion even where a report names the leader without it
// ("Vladimir Putin, his counterpart"), so that report's countries are
// compared as complete. Only leaders the two reports share count, so
// the rule never joins reports that name different people.
func withLeaderCountries(a, b EventSketch, countryOf func(person string) string) (EventSketch, EventSketch) {
	var add []string
	for _, p := range a.People {
		if c := countryOf(p); c != "" && slices.Contains(b.People, p) && !slices.Contains(add, c) {
			add = append(add, c)
		}
	}
	if len(add) == 0 {
		return a, b
	}
	a.Countries = sortedCopy(union(a.Countries, add))
	b.Countries = sortedCopy(union(b.Countries, add))
	return a, b
}

// candidateEvents lists the known events of me's kind whose anchor lies
// within EventWindow of me's, or that have me's key, in key order.
func (r *Resolver) candidateEvents(me EventSketch) []*EventSketch {
	var out []*EventSketch
	at, ok := day(me.Anchor)
	for _, c := range r.events {
		if c.Kind != me.Kind {
			continue
		}
		if c.Key == me.Key {
			out = append(out, c)
			continue
		}
		if ct, ok2 := day(c.Anchor); ok && ok2 && absDur(ct.Sub(at)) <= EventWindow {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// ranksBefore orders the reports of one event for choosing its key.
func ranksBefore(a, b EventSketch) bool {
	if (a.Date == "") != (b.Date == "") {
		return a.Date != ""
	}
	if a.Date != b.Date {
		return a.Date < b.Date
	}
	return a.Key < b.Key
}

// closer reports whether a is nearer to me than b: same key first, then
// anchor date distance, then key.
func closer(me, a, b EventSketch) bool {
	if (a.Key == me.Key) != (b.Key == me.Key) {
		return a.Key == me.Key
	}
	da, db := dayDistance(me.Anchor, a.Anchor), dayDistance(me.Anchor, b.Anchor)
	if da != db {
		return da < db
	}
	return a.Key < b.Key
}

func dayDistance(a, b string) time.Duration {
	ta, ok1 := day(a)
	tb, ok2 := day(b)
	if !ok1 || !ok2 {
		return 1 << 62
	}
	return absDur(ta.Sub(tb))
}

func day(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// learn adds the resolved entities of x to what r knows, as the graph
// will hold them once x is written.
func (r *Resolver) learn(x *Extraction) {
	for _, e := range x.Entities {
		switch e.Type {
		case TypeLeader:
			stamp := Stamp(x.Article)
			p := r.people[e.Key]
			if p == nil {
				r.addPerson(PersonSketch{Key: e.Key})
				p = r.people[e.Key]
			}
			p.Spellings = append(p.Spellings, e.Spellings()...)
			p.Spellings = p.spellings()
			r.indexSpellings(p)
			// each attribute is the value most reports give (as the store keeps it)
			if e.Country != "" {
				p.CountryClaims = p.CountryClaims.Add(e.Country, stamp)
				if !slices.Contains(p.Corrected, "country") {
					p.Country = p.CountryClaims.Winner()
				}
			}
			if e.Title != "" {
				p.TitleClaims = p.TitleClaims.Add(e.Title, stamp)
				if !slices.Contains(p.Corrected, "title") {
					p.Title = p.TitleClaims.Winner()
				}
			}
		case TypeOrganization:
			if o := r.orgs[e.Key]; o != nil {
				if len(e.Name) > len(o.Name) || len(e.Name) == len(o.Name) && e.Name < o.Name {
					o.Name = e.Name
				}
				o.addAcronym(e.Acronym, Stamp(x.Article))
				continue
			}
			o := &OrgSketch{Key: e.Key, Name: e.Name}
			o.addAcronym(e.Acronym, Stamp(x.Article))
			r.orgs[e.Key] = o
		case TypeEvent:
			s := SketchOf(x, e)
			switch {
			case e.Date != "" && e.DatePrecision == "assumed":
				s.AssumedDates = Claims{}.Add(e.Date, Stamp(x.Article))
			case e.Date != "":
				s.DateClaims = Claims{}.Add(e.Date, Stamp(x.Article))
			}
			if k := r.events[e.Key]; k != nil {
				k.merge(s)
				continue
			}
			r.events[e.Key] = &s
		}
	}
}

// EventDate chooses an event's date from the dates its reports state
// (explicit): for a visit, which spans days and whose reports each give
// one of them, the first day; for any other kind, the date most reports
// give, the latest report breaking a tie. When no report states a date,
// it is the earliest of the article dates assumed by reports that give
// no time: an occasion is reported on its day or later, so the first
// report bounds it, and later ones (a next-day paper) only lag it.
func EventDate(kind string, explicit, assumed Claims) string {
	if len(explicit) == 0 || kind == string(KindVisit) {
		if len(explicit) == 0 {
			return assumed.Earliest()
		}
		return explicit.Earliest()
	}
	return explicit.Winner()
}

func (o *OrgSketch) addAcronym(acronym, stamp string) {
	if acronym == "" {
		return
	}
	o.AcronymClaims = o.AcronymClaims.Add(acronym, stamp)
	if !o.AcronymFixed {
		o.Acronym = o.AcronymClaims.Winner()
	}
}

// merge widens a known event with a new report of it, as the store does:
// the date most reports give (the latest breaking a tie), the earliest
// article date as the anchor of an undated event, the union of
// participants, the smallest place key.
func (e *EventSketch) merge(o EventSketch) {
	for _, c := range o.DateClaims {
		for i := 0; i < c.Count; i++ {
			e.DateClaims = e.DateClaims.Add(c.Value, c.Last)
		}
	}
	for _, c := range o.AssumedDates {
		for i := 0; i < c.Count; i++ {
			e.AssumedDates = e.AssumedDates.Add(c.Value, c.Last)
		}
	}
	if !e.DateCorrected {
		// matching compares stated dates only; an assumed one anchors
		e.Date = EventDate(e.Kind, e.DateClaims, nil)
	}
	// the anchor of an undated event: the earliest article date of the
	// reports of it held, or of its plans while it has no other (a plan
	// is published before the occasion, and must not anchor it there)
	undated := e.Anchor
	switch {
	case o.Date != "" || o.Anchor == "" || o.Planned && !e.Planned:
	case e.Planned && !o.Planned || undated == "" || o.Anchor < undated:
		undated = o.Anchor
	}
	e.Anchor = e.Date
	if e.Anchor == "" {
		e.Anchor = undated
	}
	e.Planned = e.Planned && o.Planned // one report of it held: a held occasion
	if o.Location != "" && (e.Location == "" || o.Location < e.Location) {
		e.Location = o.Location
	}
	e.Countries = sortedCopy(union(e.Countries, o.Countries))
	e.People = union(e.People, o.People)
	e.Orgs = union(e.Orgs, o.Orgs)
}

// SketchOf describes event e of x for matching; its anchor is its date or
// else the article's.
//
// A date the report merely assumes (the article's own, the text giving no
// time) does not count as a date: such a report matches as an undated one,
// anchored at that date.
func SketchOf(x *Extraction, e Entity) EventSketch {
	s := EventSketch{Key: e.Key, Kind: e.Kind, Date: e.Date, Anchor: e.Date, Location: e.Location, Planned: e.Status == "planned"}
	if e.DatePrecision == "assumed" {
		s.Date = ""
		if e.Date != "" {
			s.AssumedDates = Claims{}.Add(e.Date, Stamp(x.Article))
		}
	}
	if s.Anchor == "" {
		s.Anchor = x.Article.Date
	}
	for _, p := range e.Participants {
		switch {
		case strings.HasPrefix(p, TypeCountry.KeyPrefix()):
			s.Countries = append(s.Countries, strings.TrimPrefix(p, TypeCountry.KeyPrefix()))
		case strings.HasPrefix(p, TypeLeader.KeyPrefix()):
			s.People = append(s.People, p)
		case strings.HasPrefix(p, TypeOrganization.KeyPrefix()):
			s.Orgs = append(s.Orgs, p)
		}
	}
	sort.Strings(s.Countries)
	return s
}

// Stamp orders the reports of an entity for its single-valued
// attributes: the latest article date wins, then the larger article id,
// whatever the order the reports arrive in.
func Stamp(a Article) string {
	d := a.Date
	if d == "" {
		d = "0000-00-00"
	}
	return d + "|" + a.ID
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		found := false
		for _, y := range out {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func cloneExtraction(x *Extraction) *Extraction {
	c := *x
	c.Entities = make([]Entity, len(x.Entities))
	for i, e := range x.Entities {
		e.Participants = append([]string(nil), e.Participants...)
		e.Aliases = append([]string(nil), e.Aliases...)
		e.Mentions = append([]Span(nil), e.Mentions...)
		e.Countries = append([]string(nil), e.Countries...)
		e.spellings = append([]string(nil), e.spellings...)
		c.Entities[i] = e
	}
	c.Relations = append([]Relation(nil), x.Relations...)
	return &c
}

// NameKeys returns the look-up tokens of a person key: for each part of
// the name (particles dropped), its consonants after transliteration, or
// "~" and its skeleton when it has none. Two names that SamePerson may
// match share at least one token, so the tokens serve both to find
// candidates and to lock them. An initial ("n" of "N.Enkhtaivan") is no
// token when the name has a longer part: it finds every name with that
// letter, and a node's tokens would then depend on whether a report by
// initial arrived in its own batch (the tokens of every key a node was
// written under are kept).
func NameKeys(key string) []string {
	var out []string
	toks := nameTokens(key)
	long := false
	for _, t := range toks {
		long = long || len(t.skeleton) > 1
	}
	for _, t := range toks {
		if long && len(t.skeleton) == 1 {
			continue
		}
		k := t.consonants
		if k == "" {
			k = "~" + t.skeleton
		}
		dup := false
		for _, o := range out {
			dup = dup || o == k
		}
		if !dup {
			out = append(out, k)
		}
	}
	return out
}
