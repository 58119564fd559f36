package extract

// sideNouns name the officials of one side as a group: "senior Iraqi
// officials: X, Y", "leaders of Vietnam, among them Z", "the Chinese side,
// led by W". (data/words-titles.tsv)
var sideNouns = wordSet("sideNouns")

// listOpeners open a list of the members of a group right after it:
// "including", "among" (them), "such" (as), "namely"; a colon as well.
// (data/words-titles.tsv)
var listOpeners = wordSet("listOpeners")

// sideCountries gives a leader without a country who is named as a member
// or the head of one country's group of officials that country: "senior
// Iraqi officials: Defence Minister X, ...", "leaders of Vietnam, among
// them Y", "the Chinese side, led by Z", "W headed the Nepali delegation";
// or as the one on whose behalf an official of that country acts ("US
// Secretary of State X, who attended on behalf of President V"). The words
// state whom he represents.
func (a *entityStage) sideCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			c := a.groupBefore(sp[0])
			if c == "" {
				c = a.sideLedBy(sp[0])
			}
			if c == "" {
				c = a.sideHeaded(sp[1])
			}
			if c == "" {
				c = a.sideHeading(sp[0])
			}
			if c == "" {
				c = a.principalOf(sp[0])
			}
			if c == "" {
				c = a.groupAmong(sp)
			}
			if c == "" {
				c = a.whoseCountry(sp[0])
			}
			if c != "" {
				l.country = c
				note(l, "the side the words place him on")
				break
			}
		}
	}
}

// groupAt returns the country of the group whose noun is token m: an
// adjective right before it ("Iraqi officials", "the Chinese side") or
// "of <Country>" right after it, and the token after the group; "" when
// the words name no country.
func (a *entityStage) groupAt(m int) (string, int) {
	if !sideNouns[a.toks[m].norm] {
		return "", m
	}
	if a.tok(m+1).norm == "of" {
		if c := a.countryMentionAt(m + 2); c >= 0 && a.countries[c].i == m+2 && !a.countries[c].adj {
			return a.countries[c].code, a.countries[c].j
		}
		return "", m
	}
	p := m - 1
	if groupQualifiers[a.tok(p).norm] {
		p-- // "Mexico's official delegation", "the Kenyan high-level delegation"
	}
	if a.tok(p).norm == "'s" {
		p-- // "Kenya's delegation"
	}
	if c := a.countryMentionAt(p); c >= 0 && a.countries[c].j == p+1 && !a.currencyMention(a.countries[c]) {
		return a.countries[c].code, m + 1
	}
	return "", m
}

// groupQualifiers may stand between a country and the noun of its group:
// "Mexico's official delegation" (data/words-titles.tsv).
var groupQualifiers = wordSet("groupQualifiers")

// groupBefore returns the country of a group named before the list that
// holds token k: the group, then a colon or a list opener, and from there
// to k only names, titles, commas and "and" (up to 80 tokens, one
// sentence).
func (a *entityStage) groupBefore(k int) string {
	st := a.sents[a.sentenceOf(k)]
	if c := a.membersOfGroupBefore(a.sentenceOf(k)); c != "" {
		return c
	}
	for m := k - 1; m > st.first && m > k-80; m-- {
		code, e := a.groupAt(m)
		if code == "" {
			code, e = a.representedBy(m)
		}
		if code == "" {
			continue
		}
		if a.tok(e).text == "," {
			e++
		}
		colon := a.tok(e).text == ":"
		switch {
		case colon:
			e++
		case listOpeners[a.tok(e).norm]:
			e++
			if n := a.tok(e).norm; n == "them" || n == "whom" || n == "as" {
				e++ // "among them", "such as"
			}
		default:
			return ""
		}
		if e > k || !colon && !a.namesOnly(e, k) {
			return "" // after "including", the list ends with its names
		}
		return code
	}
	return ""
}

// representedBy returns the country that a sentence opens with as the
// subject of "is represented ... by" the group whose noun is token m, and
// the token after the group: "Greece is represented in the Council by ten
// ministers: X, the Foreign Minister; ..."; "" otherwise.
func (a *entityStage) representedBy(m int) (string, int) {
	if !sideNouns[a.toks[m].norm] {
		return "", m
	}
	st := a.sents[a.sentenceOf(m)]
	by := -1
	for k := m - 1; k > st.first && k >= m-3; k-- {
		if a.toks[k].norm == "by" {
			by = k
			break
		}
	}
	if by < 0 {
		return "", m
	}
	for k := by - 1; k > st.first && k >= by-8; k-- {
		if a.toks[k].norm != "represented" {
			continue
		}
		c := a.countryMentionAt(st.first)
		if c < 0 || a.countries[c].adj || a.countries[c].i != st.first {
			return "", m
		}
		if n := a.tok(a.countries[c].j).norm; n != "is" && n != "was" && n != "will" {
			return "", m
		}
		return a.countries[c].code, m + 1
	}
	return "", m
}

// membersOfGroupBefore returns the country of the one group of officials
// named in the sentence before s when s opens by listing its members:
// "President X heads the Serbian delegation. Its members are A, Minister
// of Finance; B, ..."; "" otherwise. The list sentence must name no
// other country.
func (a *entityStage) membersOfGroupBefore(s int) string {
	if c := a.membersOfGroupOpening(s); c != "" {
		return c
	}
	if s == 0 {
		return ""
	}
	st := a.sents[s]
	f := st.first
	if n := a.toks[f].norm; n != "its" && n != "their" || a.tok(f+1).norm != "members" {
		return ""
	}
	if !listVerbs[a.tok(f+2).norm] {
		return ""
	}
	for _, c := range a.countriesOfSentence(s) {
		if !a.currencyMention(c) {
			return "" // the list names a country: whose, the words do not say
		}
	}
	prev := a.sents[s-1]
	found := ""
	for m := prev.first; m < prev.last; m++ {
		if c, _ := a.groupAt(m); c != "" {
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// listVerbs join "members" to the list of them: "Its members are X, ...",
// "Members of the Kenyan delegation included Y".
var listVerbs = map[string]bool{"are": true, "were": true, "include": true, "included": true, "comprise": true, "comprised": true}

// membersOfGroupOpening returns the country of the group that sentence s
// opens with as "Members of <group> are": "Members of the Government of
// Macedonia's delegation are X, First Deputy Prime Minister; Y, ..."; ""
// when the list after the verb names a country (whose, the words do not
// say).
func (a *entityStage) membersOfGroupOpening(s int) string {
	st := a.sents[s]
	f := st.first
	if a.toks[f].norm != "members" || a.tok(f+1).norm != "of" {
		return ""
	}
	for m := f + 2; m < st.last && m < f+14; m++ {
		code, e := a.groupAt(m)
		if code == "" {
			continue
		}
		if !listVerbs[a.tok(e).norm] {
			continue // "the Government of Macedonia's delegation": the group goes on
		}
		for _, c := range a.countriesOfSentence(s) {
			if c.i > e && !a.currencyMention(c) {
				return ""
			}
		}
		return code
	}
	return ""
}

// whoseCountry returns the country named right before ", whose" and the
// title of the name at token k: "the United States, whose President X
// has threatened tariffs"; "".
func (a *entityStage) whoseCountry(k int) string {
	b := k - 1
	for b > 0 && k-b < 6 && a.toks[b].kind == tokWord && a.toks[b].upper {
		b-- // the title
	}
	if b == k-1 || a.tok(b).norm != "whose" || a.tok(b-1).text != "," {
		return ""
	}
	if c := a.countryMentionAt(b - 2); c >= 0 && a.countries[c].j == b-1 && !a.countries[c].adj {
		return a.countries[c].code
	}
	return ""
}

// groupAmong returns the country of a group that the name at span sp is
// said, right after it, to be among: "Ethiopian officials, Prime Minister
// X among them" — the group, a comma, only names and titles up to the
// name, and "among them" after it; "".
func (a *entityStage) groupAmong(sp [2]int) string {
	if a.tok(sp[1]).norm != "among" || a.tok(sp[1]+1).norm != "them" {
		return ""
	}
	st := a.sents[a.sentenceOf(sp[0])]
	for m := sp[0] - 1; m > st.first && m > sp[0]-40; m-- {
		code, e := a.groupAt(m)
		if code == "" {
			continue
		}
		if a.tok(e).text != "," || !a.namesOnly(e+1, sp[0]) {
			return ""
		}
		return code
	}
	return ""
}

// namesOnly reports whether tokens [i, j) hold only the words of a list
// of names with titles: capitalised words (with the dot of an
// abbreviation), commas, semicolons, "and", "of", hyphens and name particles.
func (a *entityStage) namesOnly(i, j int) bool {
	for m := i; m < j; m++ {
		t := a.toks[m]
		abbrev := t.text == "." && m > i && a.toks[m-1].upper // "Mr.", "Dr."
		if !(t.kind == tokWord && t.upper || abbrev || t.text == "," || t.text == ";" || t.text == "-" || t.norm == "and" || t.norm == "of" || t.norm == "the" && m+1 < j && a.toks[m+1].upper || nameParticles[t.norm]) {
			return false
		}
	}
	return true
}

// sideLedBy returns the country of a group that the name at token k is
// said to lead: "the Chinese side, led by Foreign Minister X", "a Kenyan
// delegation headed by Y"; "".
func (a *entityStage) sideLedBy(k int) string {
	b := k - 1
	if a.tok(b).text == "," {
		b-- // "headed by the Secretary of Foreign Affairs, X"
	}
	for b > 0 && k-b < 10 && (a.toks[b].kind == tokWord && a.toks[b].upper || a.toks[b].norm == "of" || a.toks[b].norm == "the") {
		b-- // the title
	}
	if a.tok(b).norm != "by" || !leadVerbs[a.tok(b-1).norm] {
		return ""
	}
	m := b - 2
	if n := a.tok(m).norm; n == "was" || n == "were" || n == "is" {
		m-- // "Mexico's delegation was headed by X"
	}
	if a.tok(m).text == "," {
		m--
	}
	if m < 0 {
		return ""
	}
	code, _ := a.groupAt(m)
	return code
}

// sideHeading returns the country of the group that a sentence opening
// with a lead verb says the name at token k heads: "Heading South
// Africa's delegation to the talks will be Ms X, Minister of Y"; the
// first name after the group; "".
func (a *entityStage) sideHeading(k int) string {
	st := a.sents[a.sentenceOf(k)]
	f := st.first
	if !leadVerbs[a.toks[f].norm] {
		return ""
	}
	for m := f + 1; m < f+6 && m < k; m++ {
		code, e := a.groupAt(m)
		if code == "" {
			continue
		}
		for n := e; n < k; n++ {
			if a.claimed[n] && a.isPersonToken(n) || a.toks[n].text == "." {
				return "" // another name comes first
			}
		}
		return code
	}
	return ""
}

// continuedDelegations gives leaders without a country named in a
// sentence that goes on with the list of the sentence before ("She will
// be joined by X, Minister of Y", "Also taking part are Z …") the one
// country of the leaders of that sentence, when the sentence names no
// country itself.
func (a *entityStage) continuedDelegations(ms []*leader, note func(*leader, string)) {
	if len(ms) == 0 {
		return
	}
	byS := make([][]*leader, len(a.sents))
	for _, l := range a.leaders {
		for _, sp := range l.spans {
			byS[a.sentenceOf(sp[0])] = appendLeader(byS[a.sentenceOf(sp[0])], l)
		}
	}
	for s := 1; s < len(a.sents); s++ {
		st := a.sents[s]
		cue := false
		for k := st.first; k < st.last && k < st.first+6; k++ {
			if delegationContinuers[a.toks[k].norm] {
				cue = true
			}
		}
		if !cue || len(a.countriesBetween(st.first, st.last)) > 0 || a.meetsIn(st.first, st.last) || a.attendanceOfOccasion(s) {
			// (not "He also called on Prime Minister X": one he meets,
			// of the other side; nor "Those attending the meeting also
			// included ...": those present, of either side)
			continue
		}
		c := ""
		for _, l := range byS[s-1] {
			if l.country == "" {
				// one of them of no known side: the list may be of two
				// ("Meeting Indonesian Ambassador X, Minister Y
				// pledged …. Also attending was Z")
				c = ""
				break
			}
			if c != "" && c != l.country {
				c = ""
				break
			}
			c = l.country
		}
		if c == "" {
			continue
		}
		for _, l := range byS[s] {
			if l.country == "" && !l.orgTitle {
				l.country = c
				note(l, "the list of the sentence before")
			}
		}
	}
}

// attendanceOfOccasion reports whether sentence s opens by telling who
// attended an occasion ("Those attending the meeting also included",
// "Also present at the talks were"): people of either side.
func (a *entityStage) attendanceOfOccasion(s int) bool {
	st := a.sents[s]
	for k := st.first; k < st.last && k < st.first+8; k++ {
		if !presenceWords[a.toks[k].norm] {
			continue
		}
		for m := k + 1; m <= k+3 && m < st.last; m++ {
			if attendedOccasions[a.toks[m].norm] {
				return true
			}
		}
	}
	return false
}

// presenceWords and attendedOccasions: "attending the meeting",
// "present at the talks". (data/words-titles.tsv)
var (
	presenceWords     = wordSet("presenceWords")
	attendedOccasions = wordSet("attendedOccasions")
)

// delegationContinuers open a sentence that goes on with the list of
// officials of the one before ("She will be joined by", "Also taking part
// are"). (data/words-titles.tsv)
var delegationContinuers = wordSet("delegationContinuers")

// sideHeaded returns the country of the group that the name ending at
// token e is said to lead: "X headed the Nepali delegation", "Y, who led
// the delegation of Kenya", "Z, who leads a high-ranking delegation of
// Thailand", "W, head of the Thai delegation"; "".
func (a *entityStage) sideHeaded(e int) string {
	k := e
	if a.tok(k).text == "," {
		k++
		if a.tok(k).norm == "who" {
			k++
			if n := a.tok(k).norm; n == "is" || n == "was" {
				k++ // "who is leading a Thai delegation"
			}
		}
	}
	if a.tok(k).norm == "head" && a.tok(k+1).norm == "of" && a.tok(k-1).text == "," {
		k++ // "X, head of the Thai delegation"
	} else if !leadVerbs[a.tok(k).norm] {
		return ""
	}
	if n := a.tok(k + 1).norm; n != "the" && n != "a" && n != "an" {
		return ""
	}
	for m := k + 2; m < k+7 && m < len(a.toks); m++ {
		if code, _ := a.groupAt(m); code != "" {
			return code
		}
		if t := a.toks[m]; t.kind != tokWord && (t.text != "-" || t.space) {
			return "" // (but "a high-ranking delegation")
		}
	}
	return ""
}

// leadVerbs say who heads a group: "led", "headed".
var leadVerbs = map[string]bool{"led": true, "leads": true, "leading": true, "headed": true, "heads": true, "heading": true}

// homeCountries gives a leader without a country who is said to be back in
// a country that country: "X arrived back in Sri Lanka", "Y is due back in
// New Zealand tomorrow", "Z flew back home to Kenya". One goes back home.
func (a *entityStage) homeCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, spans := range [][][2]int{l.spans, l.surnames} {
			for _, sp := range spans {
				if c := a.backIn(sp[1]); c != "" && l.country == "" {
					l.country = c
					note(l, "the country he is back in")
				}
			}
		}
	}
}

// backIn returns the country named in "back [home] in|to <Country>" within
// the six tokens from k, in one clause, or "".
func (a *entityStage) backIn(k int) string {
	s := a.sentenceOf(k)
	for m := k; m < k+6 && m < len(a.toks) && a.sentenceOf(m) == s; m++ {
		t := a.toks[m]
		if t.text == "," || a.claimed[m] && m > k {
			return ""
		}
		if t.norm != "back" {
			continue
		}
		n := m + 1
		if a.tok(n).norm == "home" {
			n++
		}
		if a.tok(n).norm != "in" && a.tok(n).norm != "to" {
			return ""
		}
		n++
		if a.tok(n).norm == "the" {
			n++
		}
		if c := a.countryMentionAt(n); c >= 0 && a.countries[c].i == n && !a.countries[c].adj {
			return a.countries[c].code
		}
		return ""
	}
	return ""
}

// principalOf returns the country of the official who acts on behalf of
// the person named at token k: "<official of known country>[, who
// attended] on behalf of [title] k", the official named within the ten
// tokens before "on", in one sentence; "".
func (a *entityStage) principalOf(k int) string {
	b := k - 1
	for b > 0 && k-b < 6 && a.toks[b].kind == tokWord && a.toks[b].upper {
		b-- // the title
	}
	if a.tok(b).norm != "of" || a.tok(b-1).norm != "behalf" || a.tok(b-2).norm != "on" {
		return ""
	}
	on := b - 2
	s := a.sentenceOf(k)
	for j := on; j > on-10 && j > a.sents[s].first; j-- {
		if o := a.leaderEndingAt(j); o != nil {
			return o.country
		}
	}
	return ""
}

// sideAdjective reports whether the country adjective c qualifies a
// noun of a side, alone or in a list of adjectives: "the Estonian and
// Finnish governments met", "the Chinese side said". Such an adjective
// names a party to the event as its name would.
func (a *eventStage) sideAdjective(c countryMention) bool {
	if !c.adj {
		return false
	}
	for k := c.j; k < len(a.toks) && k < c.j+8; k++ {
		t := a.toks[k]
		switch {
		case sideNouns[t.norm]:
			return true
		case t.norm == "and" || t.text == ",":
		case a.isCountryToken(k):
		default:
			return false
		}
	}
	return false
}

// meetVerbs report that the subject meets the people named after them.
var meetVerbs = map[string]bool{"met": true, "meet": true, "meets": true, "called": true, "calls": true, "received": true, "receives": true, "welcomed": true, "welcomes": true, "hosted": true, "hosts": true, "greeted": true, "greets": true}

// meetsIn reports whether a verb of meeting stands in tokens [i, j) in
// the active voice (not "was received by", "were welcomed by").
func (a *entityStage) meetsIn(i, j int) bool {
	for k := i; k < j && k < len(a.toks); k++ {
		if meetVerbs[a.toks[k].norm] && a.tok(k+1).norm != "by" {
			return true
		}
	}
	return false
}

// departureCountries gives a leader without a country who leaves a city
// of one country for a visit to another that city's country: "President
// X will depart Abuja for South Africa, where he is to spend three days on
// a State Visit". One sets out on a visit from home. Not when the text
// has him visit the city's country too ("left Moscow for Ankara" after a
// visit to Russia), nor with no visit told in the sentence ("left Baku
// for Ankara" may be the way home).
func (a *entityStage) departureCountries(ms []*leader, note func(*leader, string)) {
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			if c := a.departedFrom(l, sp[1]); c != "" && !a.titleHeld(c, l) {
				l.country = c
				note(l, "the city he leaves for a visit")
				break
			}
		}
	}
}

// departedFrom returns the country of the city that the leader l, named
// up to token k, leaves for a visit elsewhere in k's clause, or "".
func (a *entityStage) departedFrom(l *leader, k int) string {
	s := a.sentenceOf(k)
	st := a.sents[s]
	for m := k; m < k+6 && m < st.last; m++ {
		if a.toks[m].text == "," || a.claimed[m] && m > k {
			return ""
		}
		if !departureVerbs[a.toks[m].norm] {
			continue
		}
		var from placeMention
		for _, p := range a.placesOfSentence(s) {
			if p.i == m+1 {
				from = p
			}
		}
		if from.key == "" || a.tok(from.j).norm != "for" {
			return ""
		}
		home := a.placeCountry(from.key)
		if home == "" || a.destinations(l)[home] || !a.visitWordIn(s) {
			return ""
		}
		for dest := range a.destinations(l) {
			if dest != home {
				return home
			}
		}
		return ""
	}
	return ""
}

// visitWordIn reports whether sentence s names a visit or a trip.
func (a *entityStage) visitWordIn(s int) bool {
	st := a.sents[s]
	for m := st.first; m < st.last; m++ {
		switch a.toks[m].norm {
		case "visit", "trip", "tour":
			return true
		}
	}
	return false
}

// malaysianHonorifics are titles the Malaysian federal and state orders
// confer, borne before the name by no one of another country: "Datuk
// Seri X", "Tan Sri Y", "Tun Z". (Brunei's "Dato" and "Pehin" are not
// among them.)
var malaysianHonorifics = map[string]bool{"datuk": true, "tun": true}

// honorificCountries gives a leader without a country, named after a
// Malaysian honorific ("Deputy Prime Minister Datuk Seri X", "Tan Sri
// Y"), Malaysia, when the text names Malaysia as more than a topic.
func (a *entityStage) honorificCountries(ms []*leader, note func(*leader, string)) {
	named := false
	for _, c := range a.countries {
		if c.code == "MYS" && !a.currencyMention(c) && !a.topicMention(c) {
			named = true
		}
	}
	if !named {
		return
	}
	for _, l := range ms {
		if l.country != "" {
			continue
		}
		for _, sp := range l.spans {
			if a.malaysianHonorificBefore(sp[0]) && !a.titleHeld("MYS", l) {
				l.country = "MYS"
				note(l, "a Malaysian honorific")
				break
			}
		}
	}
}

// malaysianHonorificBefore reports whether a Malaysian honorific stands
// among the three tokens before the name at token i, with only honorifics
// between: "Datuk Seri X", "Tan Sri Y", "Datuk X".
func (a *entityStage) malaysianHonorificBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		n := a.toks[k].norm
		switch {
		case malaysianHonorifics[n]:
			return true
		case n == "sri" && a.tok(k-1).norm == "tan":
			return true
		case n == "seri" || n == "sri" || n == "'" || n == "’":
			continue
		default:
			return false
		}
	}
	return false
}
