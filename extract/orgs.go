package extract

import (
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// orgMention is a reference to an Organization (tokens [i, j)).
type orgMention struct {
	i, j int
	key  string
}

// orgHeads end the names of organizations found by pattern.
// (data/words-mentions.tsv)
var orgHeads = wordSet("orgHeads")

// nameJoiners may appear inside a multi-word name.
// (data/words-mentions.tsv)
var nameJoiners = wordSet("nameJoiners")

// notOrgNames: see data/words-mentions.tsv.
var notOrgNames = wordSet("notOrgNames")

// addOrg records an Organization mention; its key is the slug of name.
// A name of notOrgNames ("the West Bank") is none.
func (a *mentionStage) addOrg(i, j int, name, acronym string) {
	if notOrgNames[strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))] {
		return
	}
	key := "org:" + Slug(name)
	o := a.orgInfo[key]
	if o == nil {
		o = &orgInfo{name: name}
		a.orgInfo[key] = o
	}
	if o.acronym == "" {
		o.acronym = acronym
	}
	if i < j {
		a.named = append(a.named, named{graph.TypeOrganization, key, i, j})
		a.orgs = append(a.orgs, orgMention{i: i, j: j, key: key})
		a.indexOrg(len(a.orgs) - 1)
		a.claim(i, j)
	}
}

// nameRunBack returns the start of the run of capitalised words (with
// joiners and hyphens) that ends at token end (exclusive), or end.
func (a *mentionStage) nameRunBack(end int) int {
	k := end
	for k > 0 {
		t := a.tok(k - 1)
		if t.newline && k-1 < end-1 {
			break
		}
		if t.kind == tokWord && t.upper && !stopword[t.norm] {
			k--
			if a.toks[k].newline {
				break
			}
			continue
		}
		if t.kind == tokWord && !t.upper && !t.space && k-3 >= 0 && a.tok(k-2).text == "-" && !a.tok(k-2).space && a.tok(k-3).upper && a.tok(k-3).kind == tokWord && !a.isCountryToken(k-3) {
			k -= 2 // "Inter-governmental", "Bi-national": a compound opened by a capital (not "Chinese-built")
			continue
		}
		if (t.text == "/") && !t.space && k-2 >= 0 && a.isCountryToken(k-2) && a.isCountryToken(k) && k < end {
			k-- // "the Zambia/Malawi Joint Commission"
			continue
		}
		if t.text == ")" && k-3 >= 0 && a.tok(k-2).caps && a.tok(k-3).text == "(" && k-4 >= 0 && a.tok(k-4).upper {
			k -= 3
			continue
		}
		if t.kind == tokNumber && k-1 < end && !t.space && k-2 >= 0 && a.tok(k-2).text == "-" {
			k--
			continue
		}
		if (t.text == "-" || t.text == "–") && !t.space && k-2 >= 0 && a.tok(k-2).upper {
			k--
			continue
		}
		if t.text == "-" && !t.space && k-4 >= 0 && a.tok(k-2).kind == tokWord && !a.tok(k-2).upper && !a.tok(k-2).space && a.tok(k-3).text == "-" && !a.tok(k-3).space && a.tok(k-4).upper {
			k -= 3 // "Dar-es-Salaam Port": a lower-case word between two glued hyphens
			continue
		}
		if (t.norm == "of" || t.norm == "for" || t.norm == "and" || t.norm == "&") && k-2 >= 0 && a.tok(k-2).upper && a.tok(k-2).kind == tokWord && !stopword[a.tok(k-2).norm] && !a.surnameAfterParticle(k-2) {
			k--
			continue
		}
		break
	}
	// a run never starts with a joiner
	for k < end && (nameJoiners[a.toks[k].norm]) {
		k++
	}
	return k
}

// surnameAfterParticle reports whether the capitalised word at token k
// follows a lower-case name particle: the end of a person's name ("Ursula
// von der Leyen and European Council President …"), never a word of an
// organization's name.
func (a *mentionStage) surnameAfterParticle(k int) bool {
	p := a.tok(k - 1)
	return k > 0 && p.kind == tokWord && !p.upper && nameParticles[p.norm]
}

// titleOver reports whether a title of office that opens at most four
// tokens before token h goes on past it: "President of the Council of
// Ministers" over "Council".
func (a *mentionStage) titleOver(h int) bool {
	for k := max(0, h-4); k < h; k++ {
		if e, _, ok := a.titleAt(k); ok && e > h {
			return true
		}
	}
	return false
}

// scanOrgPatterns finds organizations named by a head noun ("X Business
// Council") or defined with an acronym in parentheses.
func (a *mentionStage) scanOrgPatterns() {
	n0 := len(a.orgs)
	defer func() { a.mergeShortForms(n0) }()
	a.scanCompanies()
	a.scanCompanyNames()
	acronyms := map[string]string{} // acronym → key
	for _, o := range a.orgs {
		if acr := a.orgInfo[o.key].acronym; acr != "" {
			acronyms[acr] = o.key
		}
	}
	for h := 1; h < len(a.toks); h++ {
		t := a.toks[h]
		if t.kind != tokWord || !t.upper || !orgHeads[t.norm] && !committeeHeads[t.norm] || a.claimed[h] || a.isCountryToken(h) {
			continue // "the Russian Federation" is a country
		}
		if a.titleOver(h) {
			continue // "President of the Council of Ministers of Italy X": a title, no body
		}
		start := a.nameRunBack(h)
		if committeeHeads[t.norm] && !a.sharedBody(start, h) {
			continue // "the Central Committee", "the State Customs Committee": national bodies
		}
		end := a.orgNameTail(h + 1)
		if start == h {
			// a name that opens with its head: "the Confederation of
			// Finnish Industries"; never a bank ("the Bank of Japan" is
			// a central bank) or a union ("the Union of Lublin" was a
			// treaty, "the Union of the Comoros" is a state), nor a
			// cabinet, a house of parliament or a generic council ("the
			// Council of Ministers", "the Chamber of Deputies", "the
			// Council of Heads of State")
			if end == h+1 || a.tok(h-1).norm != "the" || t.norm == "bank" || t.norm == "union" || nationalAssemblies[a.tok(end-1).norm] {
				continue
			}
		}
		start = a.listedOrgStart(start, h)
		// a title before the name is no part of it: "Chairman of Uzbek
		// Chamber of Commerce", "Secretary General of X Council", "Head
		// of X Bank"
		for k := start; k < h; k++ {
			if a.toks[k].norm == "of" && k > start {
				if _, _, ok := a.titleAt(start); ok || bodyOffices[a.toks[start].norm] {
					start = k + 1
				}
				break
			}
		}
		// nor what a run carried before an office held in the body: "Tunisian
		// President X and President of Libyan Presidency Council"
		for k := h - 1; k > start+1; k-- {
			if a.toks[k].norm == "of" && bodyOffices[a.toks[k-1].norm] && (a.toks[k-2].norm == "and" || a.toks[k-2].text == ",") {
				start = k + 1
				break
			}
		}
		if a.tok(end).norm == "affairs" {
			continue // a portfolio: "Minister for East Africa Community Affairs"
		}
		if start > h || anyClaimedOrg(a, start, end) || a.nationalBody(start, end) && !a.agencyParty(start, end) || a.citedAgency(start, end) || a.partyName(start, end) || end == h+1 && a.indefiniteBody(start, end) {
			continue
		}
		name := a.surface(start, end)
		if c, inner := a.parenAcronym(end); c > 0 {
			// the acronym inside the name: "the India-Russia
			// Inter-governmental Commission (IRIGC-TEC) on Trade"
			if e := a.orgNameTail(c + 1); e > c+1 && !anyClaimedOrg(a, c+1, e) {
				name += " " + a.surface(c+1, e)
				a.addOrg(start, e, name, inner)
				continue
			}
		}
		acr := ""
		if end+2 < len(a.toks) && a.toks[end].text == "(" && a.tok(end+1).caps && a.tok(end+2).text == ")" {
			acr = a.tok(end + 1).text
		}
		a.addOrg(start, end, name, acr)
		if acr != "" {
			acronyms[acr] = "org:" + Slug(name)
			a.addOrg(end+1, end+2, name, acr)
		}
	}
	if len(acronyms) == 0 {
		return
	}
	for i, t := range a.toks {
		if !t.caps || a.claimed[i] {
			continue
		}
		if key, ok := acronyms[t.text]; ok {
			a.addOrg(i, i+1, a.orgInfo[key].name, t.text)
		}
	}
}

// bodyOffices are the offices held in a body that may open the words
// before its name without a title's other words: "Head of X Bank",
// "Director of Y Institute" (data/words-mentions.tsv).
var bodyOffices = wordSet("bodyOffices")

// committeeHeads end the names of bodies that are organizations only when
// two sides share them (see sharedBody); sharedWords mark such a body.
// (data/words-mentions.tsv)
var (
	committeeHeads = wordSet("committeeHeads")
	sharedWords    = wordSet("sharedWords")
)

// sharedBody reports whether the name in tokens [i, h) before a committee
// head names a body two sides share: a word of joint work ("Joint High
// Committee", "Bilateral Steering Committee", "Inter-governmental
// Committee") or two countries joined by a hyphen ("US-Japan Security
// Consultative Committee").
func (a *mentionStage) sharedBody(i, h int) bool {
	for k := i; k < h; k++ {
		if sharedWords[a.toks[k].norm] {
			return true
		}
		if a.toks[k].text == "-" && a.isCountryToken(k-1) && a.isCountryToken(k+1) {
			return true
		}
	}
	return false
}

// orgNameTail returns the end of an organization's name after its head
// at end-1: "of", "for" or "on" and capitalised words, with commas and
// "and" inside a list of them ("Development Bank of Kazakhstan",
// "Institute for Strategic Studies", "Commission on Trade, Economic,
// Scientific, Technological and Cultural Cooperation", "Chamber of
// Commerce and Industry").
func (a *mentionStage) orgNameTail(end int) int {
	for {
		n := a.tok(end).norm
		the := 0
		if n == "of" && a.tok(end+1).norm == "the" && !a.tok(end+1).upper {
			the = 1 // "University of the West Indies"
		}
		if n != "of" && n != "for" && n != "on" || !a.tok(end+1+the).upper || a.tok(end+1+the).kind != tokWord || a.tok(end+1+the).newline {
			return end
		}
		if a.isCountryToken(end+1) && n != "of" || n == "on" && calendarWord(a.tok(end+1).norm) {
			return end // "… Association on Wednesday" dates the sentence
		}
		e := end + 1 + the
		for e < len(a.toks) && !a.toks[e].newline {
			t := a.toks[e]
			switch {
			case t.kind == tokWord && t.upper:
				e++
				continue
			case (t.norm == "and" || t.text == "," || t.norm == "the") && a.tok(e+1).upper && a.tok(e+1).kind == tokWord && !a.isCountryToken(e+1) && !a.claimed[e+1] && !a.headedRun(e+1) && !a.styleAt(e+1):
				e++
				continue
			case t.text == "-" && !t.space && a.tok(e+1).upper:
				e++
				continue
			}
			break
		}
		if e == end+1+the {
			return end
		}
		end = e
	}
}

// styleAt reports whether token i opens a person's style or title rather
// than a word of a name: "the Council of Ministers, His Highness X", "the
// Federal Council, President Y".
func (a *mentionStage) styleAt(i int) bool {
	n := a.tok(i).norm
	if honorifics[n] || (n == "his" || n == "her") && (a.tok(i+1).norm == "highness" || a.tok(i+1).norm == "majesty" || a.tok(i+1).norm == "excellency") {
		return true
	}
	_, ti, ok := a.titleAt(i)
	return ok && ti.name != ""
}

// organHeads open the name of an organ of a body ("Council of Heads of
// State", "General Assembly", "Secretariat"); organWords may follow them in
// it. (data/words-mentions.tsv)
var (
	organHeads = wordSet("organHeads")
	organWords = wordSet("organWords")
)

// organRun returns the end of the name of an organ that starts at token
// k: an organ head, then organ words and the heads of organs, with "of"
// and "and" between capitalised ones; k when none starts there.
func (a *mentionStage) organRun(k int) int {
	if t := a.tok(k); t.kind != tokWord || !t.upper || !organHeads[t.norm] || a.claimed[k] {
		return k
	}
	e, last := k+1, k+1
	for e < len(a.toks) {
		t := a.toks[e]
		switch {
		case t.newline || a.claimed[e]:
			return last
		case t.kind == tokWord && t.upper && (organWords[t.norm] || organHeads[t.norm]):
			e++
			last = e
			continue
		case (t.norm == "of" || t.norm == "and") && !t.upper && a.tok(e+1).upper && (organWords[a.tok(e+1).norm] || organHeads[a.tok(e+1).norm]) && !a.claimed[e+1]:
			e++
			continue
		}
		break
	}
	return last
}

// organBefore returns the first token of the name of an organ that stands
// before "of (the)" and the body named at token i ("the Council of Heads
// of Government of the CIS", "the General Assembly of the OAS"), or i.
func (a *mentionStage) organBefore(i int) int {
	k := i - 1
	if a.tok(k).norm == "the" && !a.tok(k).upper {
		k--
	}
	if k < 1 || a.toks[k].norm != "of" {
		return i
	}
	for st := max(k-8, 0); st < k; st++ {
		if p := a.tok(st - 1); st > 0 && p.kind == tokWord && p.upper && !stopword[p.norm] {
			continue // "Secretary General of the EAC": a title, no organ
		}
		if a.organRun(st) == k {
			return st // the longest: "General Assembly", not "Assembly"
		}
	}
	return i
}

// organAfter returns the end of the name of an organ of the body that ends
// at token j, named right after it ("the SADC Secretariat", "the SCO
// Council of Foreign Ministers"), or j.
func (a *mentionStage) organAfter(j int) int {
	if j >= len(a.toks) || !a.toks[j].space {
		return j // "SADC-led": no organ's name
	}
	return a.organRun(j)
}

// nationalAssemblies name the members of a national cabinet or house of
// parliament after "Council of", "Chamber of" ("the Council of
// Ministers", "the Chamber of Deputies"): such bodies are national, not
// organizations of the graph.
// (data/words-mentions.tsv)
var nationalAssemblies = wordSet("nationalAssemblies")

// headedRun reports whether the capitalised words from token k end with
// an organization's head: then they are a second name in a list ("the
// University of Nairobi and Kenyatta University").
func (a *mentionStage) headedRun(k int) bool {
	e := k
	for e < len(a.toks) && a.toks[e].kind == tokWord && a.toks[e].upper && !a.toks[e].newline && !stopword[a.toks[e].norm] {
		e++
	}
	return e > k && orgHeads[a.toks[e-1].norm]
}

// listedOrgStart moves the start of a name found back from its head at h
// past an "and" that joins two names of organizations, each with its own
// head ("University of Nairobi and Kenyatta University").
func (a *mentionStage) listedOrgStart(start, h int) int {
	for k := h - 1; k > start; k-- {
		if n := a.toks[k].norm; n != "and" && n != "&" {
			continue
		}
		for m := start; m < k; m++ {
			if orgHeads[a.toks[m].norm] && a.toks[m].upper {
				return k + 1
			}
		}
		break
	}
	return start
}

// indefiniteBody reports whether the name in tokens [i, j) follows "a" or
// "an" and names no country: a kind of body to be set up or one of many
// ("setting up a Joint Commission", "the forming of a Business Council"),
// not a named organization. (The caller lets through a name with a tail,
// "a Binational Commission for Water Resources", whose charter is meant.)
func (a *mentionStage) indefiniteBody(i, j int) bool {
	if n := a.tok(i - 1).norm; i == 0 || n != "a" && n != "an" {
		return false
	}
	for k := i; k < j; k++ {
		if a.isCountryToken(k) {
			return false
		}
	}
	return true
}

// mergeShortForms gives a name found by pattern (the organizations from
// a.orgs[n0:]) the key of the one longer name of the article that
// contains it word for word: "the Bi-National Commission" after "the
// South Africa-Zimbabwe Bi-National Commission", "the Intergovernmental
// Commission" beside "the Russian-Mongolian Intergovernmental Commission
// for Trade" are short forms of one body, not bodies of their own.
func (a *mentionStage) mergeShortForms(n0 int) {
	if len(a.orgs) <= n0 {
		return
	}
	longer := map[string]string{} // short key → longer key, "" when ambiguous
	for k := n0; k < len(a.orgs); k++ {
		short := a.orgs[k].key
		if _, done := longer[short]; done {
			continue
		}
		to := ""
		for _, o := range a.orgs {
			if o.key == short || o.key == to || !containsWords(o.key, short) {
				continue
			}
			if to != "" {
				to = "" // two longer names: which is meant is unknown
				break
			}
			to = o.key
		}
		longer[short] = to
	}
	for k := n0; k < len(a.orgs); k++ {
		to := longer[a.orgs[k].key]
		if to == "" {
			continue
		}
		for n := range a.named {
			if nm := &a.named[n]; nm.typ == graph.TypeOrganization && nm.i == a.orgs[k].i && nm.j == a.orgs[k].j {
				nm.key = to
			}
		}
		a.orgs[k].key = to
	}
}

// containsWords reports whether the key long holds the words of the key
// short, as whole words ("org:a-b-c" holds "org:b-c").
func containsWords(long, short string) bool {
	l, s := strings.TrimPrefix(long, "org:"), strings.TrimPrefix(short, "org:")
	if len(l) <= len(s) {
		return false
	}
	return strings.Contains("-"+l+"-", "-"+s+"-")
}

// parenAcronym returns the closing bracket and the text of an acronym in
// brackets at token k, "(IRIGC-TEC)", or 0 and "".
func (a *mentionStage) parenAcronym(k int) (int, string) {
	if a.tok(k).text != "(" || !a.tok(k+1).caps {
		return 0, ""
	}
	e := k + 2
	for a.tok(e).text == "-" && !a.tok(e).space && a.tok(e+1).caps && !a.tok(e+1).space {
		e += 2
	}
	if a.tok(e).text != ")" {
		return 0, ""
	}
	return e, a.surface(k+1, e)
}

// calendarWords are the names of the weekdays and months, with the
// months' usual abbreviations ("Jan", "Sept"): after "on" they date the
// sentence and end a name ("the Media Association on Wednesday").
var calendarWords = func() map[string]bool {
	m := map[string]bool{"sept": true}
	for d := time.Sunday; d <= time.Saturday; d++ {
		m[strings.ToLower(d.String())] = true
	}
	for mo := time.January; mo <= time.December; mo++ {
		n := strings.ToLower(mo.String())
		m[n] = true
		m[n[:3]] = true
	}
	return m
}()

// calendarWord reports whether norm names a weekday or a month.
func calendarWord(norm string) bool { return calendarWords[strings.TrimSuffix(norm, ".")] }

// partyName reports whether the name in tokens [i, j) is a political
// party's: followed by "party" ("the Pakistan Muslim League-Nawaz (PML-N)
// party").
func (a *mentionStage) partyName(i, j int) bool {
	for k := j; k < j+8 && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.norm == "party" || t.norm == "parties" {
			return true
		}
		if t.kind == tokWord && !t.upper && !t.caps {
			return false
		}
	}
	return false
}

// sourceVerbs after an agency's name, and sourceCues before it, cite it as
// the source of a report. (data/words-mentions.tsv)
var (
	sourceVerbs = wordSet("sourceVerbs")
	sourceCues  = wordSet("sourceCues")
)

// citedAgency reports whether the name in tokens [i, j), headed by
// "Agency", is a news agency cited as a source, which the graph does not
// hold: in the dateline ("ISTANBUL-Anadolu Agency"), before a verb of
// reporting ("X Agency reports that"), or after a cue of a source ("told
// X Agency", "according to X Agency", "quoted by X Agency"). An agency
// that is a party ("X Agency and Y Agency concluded an agreement") stays.
func (a *mentionStage) citedAgency(i, j int) bool {
	if a.toks[j-1].norm != "agency" {
		return false
	}
	if a.dateline.end > 0 && a.toks[i].bstart < a.dateline.end {
		return true
	}
	if n := a.tok(j); sourceVerbs[n.norm] || n.text == "," && sourceVerbs[a.tok(j+1).norm] {
		return true
	}
	k := i - 1
	if a.tok(k).norm == "the" {
		k--
	}
	return k >= 0 && sourceCues[a.tok(k).norm]
}

// partyWords in a sentence make the news agencies named in it parties to a
// deal rather than sources. (data/words-mentions.tsv)
var partyWords = wordSet("partyWords")

// agencyParty reports whether the name in tokens [i, j) is a news agency
// that is a party to an agreement ("the X News Agency and the Y News
// Agency concluded a cooperation agreement"): its sentence names a deal
// and does not cite it as a source.
func (a *mentionStage) agencyParty(i, j int) bool {
	if a.toks[j-1].norm != "agency" || a.citedAgency(i, j) {
		return false
	}
	st := a.sents[a.sentenceOf(i)]
	for k := st.first; k < st.last; k++ {
		if partyWords[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// anyClaimedOrg reports whether an organization mention overlaps tokens [i, j).
func anyClaimedOrg(a *mentionStage, i, j int) bool {
	for k := max(i, 0); k < j; k++ {
		if orgIndexAt(a.orgCover, k) >= 0 {
			return true
		}
	}
	return false
}

// nationalBody reports whether the name in tokens [i, j) is one of the
// national government bodies that are not organizations of the graph:
// statistics offices ("Zimbabwe National Statistics Agency"), news
// agencies ("Saudi Press Agency"), the schools of a foreign ministry
// ("Foreign Service Institute", "Diplomatic Academy"), central banks ("State Bank of
// Pakistan", "Reserve Bank of India") and the offices of a head of state or
// government ("Presidential Secretariat", "Cabinet Office").
func (a *mentionStage) nationalBody(i, j int) bool {
	words := map[string]bool{}
	for k := i; k < j; k++ {
		words[a.toks[k].norm] = true
	}
	switch {
	case words["statistics"] || words["statistical"]:
		return true
	case words["presidential"] || words["cabinet"] || words["ministry"]:
		return true
	case words["ministerial"]:
		return !a.sharedBody(i, j) // not "the Joint Ministerial Commission" of two sides
	case words["agency"] && (words["press"] || words["news"]):
		return true
	case (words["institute"] || words["institutes"] || words["academy"]) && (words["diplomatic"] || words["foreign"] && words["service"]):
		return true // a foreign ministry's school: "Foreign Service Institute", "Diplomatic Training Institute"
	case words["bank"] && !words["development"] && !words["investment"] && !words["infrastructure"] &&
		(words["central"] || words["state"] || words["reserve"] || words["national"]):
		return true
	}
	return false
}
