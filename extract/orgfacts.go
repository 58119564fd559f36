package extract

import (
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// orgAnaphora are nouns that refer back to the last organization named.
// (data/words-facts.tsv)
var orgAnaphora = wordSet("orgAnaphora")

// orgAfter returns the organization named within max tokens after i in
// its sentence ("of the SCO", "of the organisation"), or "".
func (a *factStage) orgAfter(i, max int) string {
	s := a.sentenceOf(i)
	for k := i + 1; k < len(a.toks) && k <= i+max && a.sentenceOf(k) == s; k++ {
		if o := orgIndexAt(a.orgStart, k); o >= 0 {
			return a.orgs[o].key
		}
		if a.toks[k].norm == "the" && k+1 < len(a.toks) && orgAnaphora[a.tok(k+1).norm] && !a.tok(k+1).upper {
			return a.lastOrgBefore(k)
		}
	}
	return ""
}

// orgBefore returns the organization that ends just before token i ("ASEAN chairmanship").
func (a *factStage) orgBefore(i int) string {
	k := orgIndexAt(a.orgEnd, i)
	if a.tok(i-1).norm == "'s" {
		if p := orgIndexAt(a.orgEnd, i-1); p >= 0 && (k < 0 || p < k) {
			k = p
		}
	}
	if k < 0 {
		return ""
	}
	if st := a.orgs[k].i; a.tok(st-1).text == "-" && a.tok(st-2).norm == "non" {
		return "" // "a major non-NATO ally": outside the organization
	}
	return a.orgs[k].key
}

// anaphoraReach is how many sentences back "the organisation" may refer.
const anaphoraReach = 5

// lastOrgBefore returns the organization named nearest before token i
// within anaphoraReach sentences, or "".
func (a *factStage) lastOrgBefore(i int) string {
	s := a.sentenceOf(i)
	for n := s; n >= 0 && n > s-anaphoraReach; n-- {
		best, bestEnd := "", -1
		for _, o := range a.orgsOfSentence(n) {
			if o.j <= i && o.j >= bestEnd {
				best, bestEnd = o.key, o.j
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// tradedThings after a country's adjective make it no actor: "Kazakh
// investment", "Romanian exports". (data/words-facts.tsv)
var tradedThings = wordSet("tradedThings")

// actorBefore returns the countries that act before token i in its
// sentence: the nearest country or leader, or all parties for "both".
func (a *factStage) actorBefore(i int, parties []string) []string {
	s := a.sentenceOf(i)
	bestPos, best := -1, ""
	first := a.sents[s].first
	for _, c := range a.countriesBetween(first, i) {
		if c.adj && c.j < len(a.toks) && tradedThings[a.toks[c.j].norm] {
			continue // "a gateway for Kazakh investment": what a country's people trade, no actor
		}
		if c.j <= i && c.i > bestPos && orgIndexAt(a.orgCover, c.i) < 0 { // (no country inside an organization's name)
			bestPos, best = c.i, c.code
		}
	}
	for _, m := range a.leaderMentionsBetween(first, i) {
		if m.j <= i && m.i > bestPos {
			if len(m.leaders) > 1 {
				return parties
			}
			if m.leaders[0].country != "" {
				bestPos, best = m.i, m.leaders[0].country
			}
		}
	}
	for k := a.sents[s].first; k < i; k++ {
		if (a.toks[k].norm == "both" || a.toks[k].norm == "two" || a.toks[k].norm == "all") && k > bestPos {
			if p, q, ok := a.mainPair(parties); ok && a.toks[k].norm != "all" {
				return []string{p, q} // "both countries belong to": the two sides, not a third named
			}
			return parties
		}
	}
	if best == "" {
		return nil
	}
	return []string{best}
}

// chairToCome reports whether the chair word at token i is of a chair
// not yet held: "Japan's upcoming G7 Presidency", "will take over the
// ASEAN chairmanship from Singapore next year".
func (a *factStage) chairToCome(i int) bool {
	s := a.sentenceOf(i)
	first, last := a.sents[s].first, a.sents[s].last
	for k := max(first, i-6); k < i; k++ {
		switch a.toks[k].norm {
		case "upcoming", "incoming", "forthcoming", "future", "will", "next", "candidate", "candidacy", "bid", "prepared", "preparing":
			// (also "Algeria's candidate for Vice-Chair of the
			// Commission", "had prepared for the chairmanship")
			return true
		case "take", "assume":
			if a.tok(k-1).norm == "to" {
				return true // "Finland is to take on the chairmanship"
			}
		}
	}
	for k := i + 1; k < last && k <= i+8; k++ {
		if a.toks[k].norm == "next" && (a.tok(k+1).norm == "year" || a.tok(k+1).norm == "month") {
			return true
		}
		if (a.toks[k].norm == "begins" || a.toks[k].norm == "starts") && a.tok(k-1).norm == "which" {
			return true // "the chairmanship of the Arctic Council, which begins in May"
		}
	}
	return false
}

// chairsAMeeting reports whether the chair word at token i is a verb of
// chairing one meeting, not of holding a body's chair: "chaired a meeting
// of Indian ambassadors to European Union nations".
func (a *factStage) chairsAMeeting(i int) bool {
	switch a.toks[i].norm {
	case "chairs", "chaired", "chairing", "chair":
	default:
		return false
	}
	for k := i + 1; k < len(a.toks) && k <= i+3; k++ {
		switch a.toks[k].norm {
		case "meeting", "meetings", "session", "sessions", "talks", "discussion", "discussions", "conference", "panel", "round":
			return true
		}
	}
	return false
}

// ownerUnclear reports whether "its" before the chair word at token i
// may be of more than one country named before it in its sentence:
// "Indonesia has promised to work with Malaysia during its chairmanship".
func (a *factStage) ownerUnclear(i int) bool {
	k := i - 1
	if o := orgIndexAt(a.orgEnd, i); o >= 0 {
		k = a.orgs[o].i - 1 // the word before "EU Council" in "the Republic's EU Council presidency"
	}
	if a.tok(k).norm == "'s" && !a.isCountryToken(k-1) {
		return true // "the Republic's EU Council presidency": whose, no country's name says
	}
	if a.tok(i-1).norm != "its" && !(a.tok(i-2).norm == "its" && a.orgBefore(i) != "") {
		return false
	}
	s := a.sentenceOf(i)
	seen := map[string]bool{}
	for _, c := range a.countriesBetween(a.sents[s].first, i) {
		seen[c.code] = true
	}
	return len(seen) > 1
}

// orgFacts adds CHAIRS, SUPPORTS and MEMBER_OF.
func (a *factStage) orgFacts(parties []string) {
	for i, t := range a.toks {
		switch t.norm {
		case "chairmanship", "chairs", "chaired", "presidency", "chair", "chairing", "leadership":
			if a.tok(i-1).text == "-" && !a.tok(i-1).space && !t.space && a.tok(i-2).norm == "co" {
				continue // "co-chairs the Joint Commission": both sides chair it, neither holds its chair
			}
			if a.chairToCome(i) || a.chairsAMeeting(i) {
				continue
			}
			if v := a.tok(i - 1).norm; v == "vice" || v == "deputy" || a.tok(i-1).text == "-" && (a.tok(i-2).norm == "vice" || a.tok(i-2).norm == "deputy") {
				continue // "Vice-Chair of the Commission": not its chair
			}
			org := a.chairedAfter(i)
			if org == "" {
				org = a.orgBefore(i)
				if o := orgIndexAt(a.orgEnd, i); org != "" && o >= 0 && a.tok(a.orgs[o].i-1).norm == "the" && chairPrepositions[a.tok(a.orgs[o].i-2).norm] {
					continue // "under the auspices of the OSCE Minsk Group chairmanship": the body's own chair, no country's
				}
			}
			if org == "" {
				continue
			}
			actors := a.actorBefore(i, parties)
			if len(actors) != 1 || a.ownerUnclear(i) {
				continue
			}
			s := a.sentenceOf(i)
			year := 0
			for _, d := range a.datesIn(s) {
				if d.year != 0 && d.iso == "" { // "in 2025", "this year"
					year = d.year
				}
			}
			a.country(actors[0])
			a.relate(graph.Relation{Type: graph.RelChairs, From: "country:" + actors[0], To: org, Year: year, Evidence: a.evidence(s)})
		case "support", "supports", "supported", "backing", "backed", "backs", "endorsed", "endorses", "commitment", "committed":
			if a.tok(i-1).norm == "the" && a.tok(i+1).norm == "of" || a.tok(i+1).norm == "from" {
				continue // "with the backing of the Fund", "sought backing from the Brics": the body backs
			}
			target := a.orgAfter(i, a.supportReach(i))
			if target != "" && (a.otherActorBefore(i, target) || a.otherObjectBefore(i, target) || a.orgAsModifier(i, target) || a.processBefore(i, target)) {
				continue // "support for the bid by X to host … in the Y League", "support for Japan's G7 presidency"
			}
			if target == "" {
				target = a.projectAfter(i)
			}
			if target == "" {
				continue
			}
			s := a.sentenceOf(i)
			for _, c := range a.actorBefore(i, parties) {
				a.country(c)
				a.relate(graph.Relation{Type: graph.RelSupports, From: "country:" + c, To: target, Evidence: a.evidence(s)})
			}
		case "made", "comprising", "consisting", "grouping", "brings", "bringing", "brought":
			// "the Pacific Alliance, a trading bloc made up of Mexico, Chile,
			// Colombia and Peru"; "the X Group, which brings together A, B
			// and C"
			if t.norm == "made" && (a.tok(i+1).norm != "up" || a.tok(i+2).norm != "of") || t.norm == "consisting" && a.tok(i+1).norm != "of" {
				continue
			}
			if (t.norm == "brings" || t.norm == "bringing" || t.norm == "brought") && a.tok(i+1).norm != "together" {
				continue
			}
			org := a.lastOrgInSentenceBefore(i)
			if org == "" {
				continue
			}
			s := a.sentenceOf(i)
			if a.nonStateMembers(i) {
				continue // "made up of civil society organizations from the countries …"
			}
			for _, c := range a.countriesOfSentence(s) {
				if c.i > i && !c.adj && !a.currencyMention(c) {
					a.country(c.code)
					a.relate(graph.Relation{Type: graph.RelMemberOf, From: "country:" + c.code, To: org, Evidence: a.evidence(s)})
				}
			}
		case "ally", "allies":
			a.allyFacts(i, parties)
		case "countries", "nations", "states":
			a.asMemberCountries(i, parties)
		case "member", "members", "membership", "belong", "belongs":
			if n := a.tok(i - 1).norm; strings.HasPrefix(t.norm, "belong") && (n == "that" || n == "which") {
				continue // "the faculty, part of the institute that belongs to X": no country is the subject
			}
			if t.norm == "membership" && pendingWords[a.tok(i+1).norm] || a.tok(i-1).norm == "observer" || a.tok(i-1).norm == "associate" {
				continue // "its EU membership process", "an observer member": no membership yet, or no full one
			}
			if a.pendingBefore(i) {
				continue // "as it prepares for full membership of ASEAN in 2025": not yet a member
			}
			if p := a.tok(i - 1).norm; p == "any" || p == "every" || p == "each" {
				continue // "against any member state": no member named
			}
			if p := a.tok(i - 1).norm; (p == "a" || p == "an") && a.tok(i-2).norm == "to" && t.norm == "member" {
				continue // "the first visit Yoon has made to a member of ASEAN": the destination, unnamed
			}
			if p := a.tok(i - 1); p.norm == "the" && memberObjectCues[a.tok(i-2).norm] {
				continue // "engage with the members of X": those named act on the members
			}
			if n := a.tok(i + 1); t.norm == "member" && n.kind == tokWord && n.upper && !a.isCountryToken(i+1) && !groupNouns[n.norm] && n.norm != "state" && a.tok(i+2).norm != "of" {
				continue // "league member Kobayashi": a person is the member
			}
			if t.norm == "members" && peopleMemberNouns[a.tok(i-1).norm] {
				continue // "his board members", "staff members": people are the members
			}
			if t.norm == "member" && a.personBeforeMember(i) {
				continue // "met Vo Van Thuong, standing member of the Secretariat": a person is the member
			}
			orgs := a.orgsAfterOf(i)
			if len(orgs) > 0 && a.personAfterOrg(i) {
				continue // "met Member of the European Parliament İlhan Küçük": a person is the member
			}
			if len(orgs) == 0 {
				if o := a.orgBefore(i); o != "" {
					orgs = []string{o}
				} else if o := a.lastOrgInSentenceBefore(i); o != "" {
					orgs = []string{o}
				}
			}
			if len(orgs) == 0 {
				continue
			}
			s := a.sentenceOf(i)
			var cs []string
			if c := a.appositiveMember(i); c != "" {
				cs = []string{c} // "Iraq, a member of OPEC, and Türkiye, a NATO member"
			} else if rel, ok := a.relativeMembers(i); ok {
				cs = rel // "Congo and the Central African Republic, which both belong to CEMAC": those two only
			} else if a.fellowMembers(i) {
				cs = parties // "speaking as fellow SADC members, the two leaders"
			} else {
				if a.tok(i-1).norm == "other" && a.tok(i-2).norm != "whose" && len(parties) == 2 {
					cs = parties // "A and B are the other members of X": the two sides are members too (not "Oman belongs to the GCC, whose other members are ...")
				}
				// "whose member countries include A, B and C"; "As members of
				// the EU, France and the United Kingdom …"
				n := i + 1
				if a.tok(n).text == "-" && !a.tok(n).space {
					n++ // "the member-states"
				}
				if g := a.tok(n).norm; g == "countries" || g == "states" || g == "nations" {
					n++
				}
				listed := (a.tok(n).norm == "are" || a.tok(n).norm == "were" || a.tok(n).norm == "include" || a.tok(n).norm == "comprise") &&
					(a.isCountryToken(n+1) || a.isCountryToken(n+2)) || // not "the member states are meeting"
					a.toks[a.sents[s].first].norm == "as"
				possessive := t.norm == "membership" // "Germany's membership of the EU"
				if a.tok(i-1).norm == "the" && (a.tok(n-1).norm == "states" || a.tok(n-1).norm == "countries") && !listed {
					continue // "a meeting of the heads of the member states": no country named a member
				}
				for _, c := range a.countriesOfSentence(s) {
					if !c.adj && (possessive || !(c.j < len(a.toks) && a.toks[c.j].norm == "'s")) && (c.i < i || listed) && !a.currencyMention(c) && !a.exceptedCountry(c.i) &&
						orgIndexAt(a.orgCover, c.i) < 0 { // (not "India" in "the India Bangladesh Chamber of Commerce")
						cs = appendStr(cs, c.code)
					}
				}
				for _, c := range a.actorBefore(i, parties) {
					if !a.exceptedInSentence(c, s) {
						cs = appendStr(cs, c)
					}
				}
			}
			for _, c := range cs {
				a.country(c)
				for _, org := range orgs {
					a.relate(graph.Relation{Type: graph.RelMemberOf, From: "country:" + c, To: org, Evidence: a.evidence(s)})
				}
			}
		}
	}
}

// relativeMembers returns, for "belong" or "members" at token i opened
// by a relative pronoun ("which both belong to", "which are members
// of"), the countries of the coordination right before the pronoun:
// "cooperation between Congo and the Central African Republic, which both
// belong to CEMAC" — those two, not the sentence's other parties; ok is
// false when no relative pronoun opens the clause.
func (a *factStage) relativeMembers(i int) ([]string, bool) {
	k := i - 1
	for k > 0 && i-k <= 4 {
		n := a.toks[k].norm
		if n == "which" || n == "who" || n == "that" {
			break
		}
		if n != "both" && n != "all" && n != "are" && n != "were" && n != "also" && n != "full" && n != "a" {
			return nil, false
		}
		k--
	}
	if n := a.tok(k).norm; n != "which" && n != "who" && n != "that" {
		return nil, false
	}
	var out []string
	for m := k - 1; m >= 0 && k-m <= 14; m-- {
		t := a.toks[m]
		if c := a.countryMentionAt(m); c >= 0 {
			if !a.countries[c].adj {
				out = appendStr(out, a.countries[c].code)
			}
			m = a.countries[c].i
			continue
		}
		if t.text == "," || t.norm == "and" || t.norm == "the" || t.norm == "both" {
			continue
		}
		break
	}
	return out, true
}

// exceptWords a few words before a country leave it out of what the
// sentence says of the others ("all the countries apart from the U.S. and
// Canada belong to X"). (data/words-facts.tsv)
var exceptWords = wordSet("exceptWords")

// exceptedCountry reports whether an exception word stands up to four
// words before the country mention at token k, in its sentence, with only
// other countries, "the", "and" and commas between.
func (a *factStage) exceptedCountry(k int) bool {
	s := a.sentenceOf(k)
	for n := k - 1; n >= 0 && n >= k-6 && a.sentenceOf(n) == s; n-- {
		t := a.toks[n]
		if exceptWords[t.norm] {
			return true
		}
		if (t.norm == "from" || t.norm == "than") && exceptWords[a.tok(n-1).norm+" "+t.norm] {
			return true // "apart from", "other than"
		}
		if t.norm != "the" && t.norm != "and" && t.text != "," && t.text != "." && !a.isCountryToken(n) {
			return false
		}
	}
	return false
}

// exceptedInSentence reports whether a mention of the country code in
// sentence s is excepted (see exceptedCountry).
func (a *factStage) exceptedInSentence(code string, s int) bool {
	for _, c := range a.countriesOfSentence(s) {
		if c.code == code && a.exceptedCountry(c.i) {
			return true
		}
	}
	return false
}

// chairedAfter returns the organization a chair word at token i names
// after "of", "over" or "in", or right after a verb ("the chairmanship of
// ASEAN", "chairs the Council of the Baltic Sea States"), or "": not one
// named further on ("the Brazilian presidency is negotiating with the EU",
// "chaired a meeting of EU ambassadors").
func (a *factStage) chairedAfter(i int) string {
	k := i + 1
	switch a.tok(k).norm {
	case "of", "over", "in":
		k++ // (and "Malaysia's chairmanship in ASEAN")
	default:
		if n := a.toks[i].norm; n != "chairs" && n != "chaired" && n != "chairing" && n != "chair" {
			return ""
		}
	}
	if a.tok(k).norm == "the" {
		k++
	}
	if o := orgIndexAt(a.orgStart, k); o >= 0 {
		return a.orgs[o].key
	}
	if a.tok(k).norm == "organisation" || a.tok(k).norm == "organization" || orgAnaphora[a.tok(k).norm] && !a.tok(k).upper && a.tok(k-1).norm == "the" {
		return a.lastOrgBefore(k)
	}
	return ""
}

// personAfterOrg reports whether the organization named after the
// membership word at token i ("Member of the European Parliament") is
// followed at once by a person's name: the title of that person.
func (a *factStage) personAfterOrg(i int) bool {
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if o.i <= i || o.i > i+3 {
			continue
		}
		t, n := a.tok(o.j), a.tok(o.j+1)
		return t.kind == tokWord && t.upper && !a.isCountryToken(o.j) && !stopword[t.norm] && n.kind == tokWord && n.upper
	}
	return false
}

// personBeforeMember reports whether "member" at token i stands in
// apposition to a person's name: "X, standing member of ...", "X, a
// member of ..." (two lower-case words at most between the comma and
// "member").
func (a *factStage) personBeforeMember(i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0 && a.toks[k].kind == tokWord && !a.toks[k].upper; n++ {
		k--
	}
	if a.tok(k).text != "," {
		return false
	}
	for _, m := range a.leaderAt {
		if m.j == k && len(m.leaders) == 1 {
			return true
		}
	}
	return false
}

// pendingBefore reports whether a word of a membership still to come
// stands up to six tokens before token i, in its sentence: "prepares for
// full membership", "seeking to become a member".
func (a *factStage) pendingBefore(i int) bool {
	first := a.sents[a.sentenceOf(i)].first
	for k := i - 1; k >= first && k >= i-6; k-- {
		if membershipToCome[a.toks[k].norm] || toBecome[a.toks[k].norm] && a.tok(k-1).norm == "to" {
			return true // (also "for Montenegro to be a NATO member state", "a bid to become a full member"; not "has become a full member")
		}
	}
	return false
}

// toBecome, after "to", tell a membership still to come.
var toBecome = map[string]bool{"be": true, "become": true, "join": true}

// membershipToCome: see data/words-facts.tsv.
var membershipToCome = wordSet("membershipToCome")

// pendingWords after "membership" make it one applied for, not held
// ("the EU membership process"); memberObjectCues before "the members"
// make the members the object of what those named do ("engage with the
// members of the Forum"); nonStateWords between a cue of composition and
// its first country say that bodies of the countries, not the countries,
// make up the organization. (data/words-facts.tsv)
var (
	pendingWords     = wordSet("pendingWords")
	memberObjectCues = wordSet("memberObjectCues")
	// peopleMemberNouns: see data/words-facts.tsv.
	peopleMemberNouns = wordSet("peopleMemberNouns")
	nonStateWords     = wordSet("nonStateWords")
)

// nonStateMembers reports whether a non-state word stands between the
// composition cue at token i ("made up of", "comprising") and the first
// country after it in its sentence: "made up of civil society
// organizations from the countries sharing the forest, among them …".
func (a *factStage) nonStateMembers(i int) bool {
	st := a.sents[a.sentenceOf(i)]
	for k := i + 1; k < st.last; k++ {
		if a.countryMentionAt(k) >= 0 {
			return false
		}
		if nonStateWords[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// lastOrgInSentenceBefore returns the last organization named before token
// i in its sentence ("the OTS, of which both are members").
func (a *factStage) lastOrgInSentenceBefore(i int) string {
	best := ""
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if o.j <= i {
			best = o.key
		}
	}
	return best
}

// orgsAfterOf returns the organizations listed right after "member(s) of":
// "members of NATO and the European Union".
func (a *factStage) orgsAfterOf(i int) []string {
	k := i + 1
	if k < len(a.toks) && (a.toks[k].norm == "states" || a.toks[k].norm == "countries") {
		k++
	}
	if k >= len(a.toks) || a.toks[k].norm != "of" && !(a.toks[k].norm == "to" && strings.HasPrefix(a.toks[i].norm, "belong")) {
		return nil // "members of the EU", "both belong to the Union for the Mediterranean"
	}
	k++
	var out []string
	for k < len(a.toks) {
		switch a.toks[k].norm {
		case "the", "and", ",", "of", "(", ")":
			k++
			continue
		}
		o := orgIndexAt(a.orgStart, k)
		if o < 0 {
			break
		}
		out = appendStr(out, a.orgs[o].key)
		k = a.orgs[o].j
	}
	return out
}

// otherObjectBefore reports whether the support cued at i is for
// something other than org, named between the cue and org's first mention
// after it: a country's accession, bid or presidency ("support Serbia's
// accession to the European Union"; its chairmanship, as annotated, is
// support for the body), or the parties themselves ("committed
// to backing each other in ASEAN").
func (a *factStage) otherObjectBefore(i int, org string) bool {
	end := -1
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if o.key == org && o.i > i && (end < 0 || o.i < end) {
			end = o.i
		}
	}
	for _, c := range a.countriesBetween(i+1, end) {
		if c.j < end && a.toks[c.j].norm == "'s" && !chairWords[a.tok(c.j+1).norm] && !chairWords[a.tok(c.j+2).norm] {
			return true // support for a country's chairmanship of a body is support for the body
		}
		if p := a.tok(c.i - 1).norm; c.i == i+2 && !c.adj && (p == "of" || p == "for") && a.tok(c.j).norm != "'s" {
			return true // "Turkey's backing of Croatia on the road to OECD membership": the country backed
		}
		if c.i == i+1 && !c.adj && a.tok(c.j).norm != "'s" {
			return true // "will keep backing Ukraine on its way into NATO": the country backed
		}
	}
	for k := i + 1; k+1 < end; k++ {
		if n, m := a.toks[k].norm, a.toks[k+1].norm; n == "each" && m == "other" || n == "one" && m == "another" {
			return true
		}
	}
	return false
}

// chairPrepositions before "the <body> chairmanship" make it the body's
// own chair, no country's ("under the auspices of the OSCE Minsk Group
// chairmanship"; not "Russia holds the BRICS presidency").
var chairPrepositions = map[string]bool{"of": true, "under": true, "to": true, "for": true, "by": true, "on": true, "with": true}

// orgAsModifier reports whether the first mention of org after the
// support cue at token i modifies a noun of the countries' own dealings
// rather than naming what they support: "committed EU partners",
// "stronger EU-Mauritania cooperation", "EU-Lebanon relations".
func (a *factStage) orgAsModifier(i int, org string) bool {
	for _, o := range a.orgsOfSentence(a.sentenceOf(i)) {
		if o.key != org || o.i <= i {
			continue
		}
		n := a.tok(o.j)
		return n.text == "-" && !n.space || dealingNouns[n.norm] || supportedProcesses[n.norm] // (also "the Bulgarian EU Presidency", "EU accession")
	}
	return false
}

// dealingNouns after an organization's name make it a modifier of the
// countries' dealings or standing ("EU partners", "NATO allies").
var dealingNouns = map[string]bool{"partner": true, "partners": true, "ally": true, "allies": true, "member": true, "members": true, "relations": true, "cooperation": true, "ties": true}

// chairWords name a country's chair of a body ("China's chairmanship of
// the SCO").
// (data/words-facts.tsv)
var chairWords = wordSet("chairWords")

// copulas link a subject to what it is ("Poland and Lithuania are NATO
// allies", "have both been NATO allies").
// (data/words-facts.tsv)
var copulas = wordSet("copulas")

// pairPronounSubject reports whether sentence s opens with "They" or
// "Both" as its subject and names no country or leader before token i: in
// an article of two sides, the pronoun is the two of them.
func (a *factStage) pairPronounSubject(s, i int) bool {
	first := a.sents[s].first
	if n := a.toks[first].norm; n != "they" && n != "both" {
		return false
	}
	return len(a.countriesBetween(first, i)) == 0 && len(a.leaderMentionsBetween(first, i)) == 0
}

// asMemberCountries adds MEMBER_OF for the two sides of the article when
// they act "as ORG countries" (token i is "countries", "nations" or
// "states", after an organization and "as" a few words before it): "the
// leaders stressed cooperating as island nations and SAARC countries".
func (a *factStage) asMemberCountries(i int, parties []string) {
	if len(parties) != 2 || a.toks[i].upper {
		return
	}
	k := i - 1
	if a.tok(k).norm == "member" {
		k-- // "as EU member states"
	}
	st := a.orgEndingAt(k + 1)
	if st < 0 {
		return
	}
	org := a.orgs[orgIndexAt(a.orgEnd, k+1)].key
	as := false
	for n := st - 1; n >= 0 && n >= st-5 && a.sentenceOf(n) == a.sentenceOf(i); n-- {
		if a.toks[n].norm == "as" {
			as = true
			break
		}
	}
	if !as {
		return
	}
	s := a.sentenceOf(i)
	for _, c := range parties {
		a.country(c)
		a.relate(graph.Relation{Type: graph.RelMemberOf, From: "country:" + c, To: org, Evidence: a.evidence(s)})
	}
}

// allyFacts adds MEMBER_OF for the countries that the text calls allies
// in an organization at token i ("NATO allies", "allies within NATO"):
// the countries of the sentence before the word when a copula links them
// to it ("Lithuania and Poland are ... NATO allies"), or all the
// sentence's countries when it opens with "As" ("As allies within NATO,
// France and the United Kingdom ..."). "Russia warned NATO allies" names
// no member.
func (a *factStage) allyFacts(i int, parties []string) {
	var org string
	if o := a.orgBefore(i); o != "" {
		org = o
	} else if n := a.tok(i + 1).norm; n == "in" || n == "within" || n == "of" {
		k := i + 2
		if a.tok(k).norm == "the" {
			k++
		}
		if o := orgIndexAt(a.orgStart, k); o >= 0 {
			org = a.orgs[o].key
		}
	}
	if org == "" {
		return
	}
	s := a.sentenceOf(i)
	opensAs := a.toks[a.sents[s].first].norm == "as"
	var cs []string
	last := -1
	for _, c := range a.countriesOfSentence(s) {
		if c.adj || a.currencyMention(c) || c.j < len(a.toks) && a.toks[c.j].norm == "'s" {
			continue
		}
		if opensAs || c.j <= i {
			cs = appendStr(cs, c.code)
			if c.j <= i && c.j > last {
				last = c.j
			}
		}
	}
	if len(cs) == 0 && len(parties) == 2 && a.pairPronounSubject(s, i) {
		cs, last = parties, a.sents[s].first // "They are close partners and have long been Allies in NATO"
	}
	if !opensAs {
		linked := false
		for k := max(last, 0); k < i && last >= 0; k++ {
			if copulas[a.toks[k].norm] {
				linked = true
				break
			}
		}
		if !linked {
			return
		}
	}
	for _, c := range cs {
		a.country(c)
		a.relate(graph.Relation{Type: graph.RelMemberOf, From: "country:" + c, To: org, Evidence: a.evidence(s)})
	}
}

// appositiveMember returns the country that a membership in apposition
// describes: "Iraq, a member of OPEC," or "Türkiye, a NATO member", where
// member is token i; "" otherwise.
func (a *factStage) appositiveMember(i int) string {
	k := i - 1
	for k > 0 && a.orgEndingAt(k+1) >= 0 {
		k = a.orgEndingAt(k+1) - 1 // skip "NATO" in "a NATO member"
	}
	for k > 0 && (a.toks[k].norm == "founding" || a.toks[k].norm == "full" || a.toks[k].norm == "key") {
		k--
	}
	if k < 2 || a.toks[k].norm != "a" && a.toks[k].norm != "an" || a.tok(k-1).text != "," {
		return ""
	}
	if n := a.countryMentionAt(k - 2); n >= 0 && a.countries[n].j == k-1 && !a.countries[n].adj {
		return a.countries[n].code
	}
	return ""
}

// orgEndingAt returns the first token of an organization mention that ends
// before token j, or -1.
func (a *mentionStage) orgEndingAt(j int) int {
	if k := orgIndexAt(a.orgEnd, j); k >= 0 {
		return a.orgs[k].i
	}
	return -1
}

// fellowMembers reports whether member token i reads "fellow ORG members".
func (a *factStage) fellowMembers(i int) bool {
	k := i - 1
	if st := a.orgEndingAt(i); st >= 0 {
		k = st - 1
	}
	return k >= 0 && a.toks[k].norm == "fellow"
}

// processBefore reports whether a word of a process or of a body's deed
// stands between the support word at i and the organization org named
// after it ("supports the full integration of Croatia into the EU",
// "backing for opening accession negotiations", "support the work done
// by the UN Mission", "support for respect of the Charters of the AU"):
// what is supported is the process or the deed, not the organization.
func (a *factStage) processBefore(i int, org string) bool {
	end := i + a.supportReach(i)
	for k := i + 1; k < len(a.toks) && k < end; k++ {
		if o := orgIndexAt(a.orgStart, k); o >= 0 && a.orgs[o].key == org {
			return false
		}
		if supportedProcesses[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// supportedProcesses: see data/words-facts.tsv.
var supportedProcesses = wordSet("supportedProcesses")

// supportReach is how many tokens after a support verb at i its object
// may be named: further when the object is a candidacy or a bid ("support
// Colombia's candidacy for a non-permanent seat on the United Nations
// Security Council").
func (a *factStage) supportReach(i int) int {
	for k := i + 1; k < len(a.toks) && k <= i+5; k++ {
		switch a.toks[k].norm {
		case "candidacy", "candidature", "bid", "application", "accession", "membership":
			return 16
		}
	}
	return 10
}
