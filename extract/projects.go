package extract

import (
	"regexp"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// project is a joint undertaking found by its head noun.
type project struct {
	i, j int
	key  string
}

// projectHeads end project names; the value is the default sector.
// (data/words-mentions.tsv)
var projectHeads = wordMap("projectHeads")

var reParen = regexp.MustCompile(`\([^)]*\)`)

// droppedHeads are generic heads left out of the project's name ("CASA-1000 project").
// (data/words-mentions.tsv)
var droppedHeads = wordSet("droppedHeads")

// projectModifiers may stand between a project's name and its head.
// (data/words-mentions.tsv)
var projectModifiers = wordSet("projectModifiers")

// extraSectorWords give a project's sector beyond sectorWords.
// (data/words-mentions.tsv)
var extraSectorWords = wordMap("extraSectorWords")

// statusWords give a project's status from its sentence; stronger first.
// (data/words-mentions.tsv)
var statusWords = wordStatuses("statusWords")

// statusWordSet is the status a project takes from its words.
type statusWordSet struct {
	status string
	words  map[string]bool
}

// scanProjects finds projects: a capitalised name with a head noun ("Lu
// Ban workshops", "Budapest–Belgrade railway", "Cultural Center of
// Kazakhstan") and designated years ("Year of Chinese Tourism").
func (a *mentionStage) scanProjects() {
	for h := len(a.toks) - 1; h >= 1; h-- {
		t := a.toks[h]
		if t.kind != tokWord || a.claimed[h] {
			continue
		}
		if t.norm == "year" && t.upper && h+2 < len(a.toks) && a.tok(h+1).norm == "of" && a.tok(h+2).upper {
			a.yearProject(h)
			continue
		}
		if _, ok := projectHeads[t.norm]; !ok && !(planHeads[t.norm] && t.upper) {
			continue // (a plan is a project only when named: "the Canada-Mexico Action Plan")
		}
		// lower-case modifiers between the name and the head
		m := h
		for m > 0 && projectModifiers[a.compoundBefore(m)] && !a.tok(m-1).upper {
			m -= a.compoundLen(m)
		}
		// a numeric modifier between name and head: "… 400 kV overhead line"
		gapI, gapJ := -1, -1
		if n := a.numericBefore(m); n > 0 {
			gapI, gapJ = m-n, m
			m -= n
			for m > 0 && projectModifiers[a.compoundBefore(m)] && !a.tok(m-1).upper {
				m -= a.compoundLen(m)
			}
		}
		if a.tok(m-1).kind == tokNumber && a.tok(m-2).norm == "phase" && a.tok(m-2).upper {
			m -= 2 // "… Metro Rail Phase 2 project"
		}
		start := a.nameRunBack(m)
		if start < m && unitWords[a.tok(start).norm] && a.tok(start-1).kind == tokNumber {
			start++ // "the 400KV Menengai-Rongai line": the size's unit is no word of the name
		}
		if start > 1 && start < m && a.tok(start-1).upper && a.tok(start-1).norm == "special" && a.tok(start-2).upper && a.tok(start-2).kind == tokWord {
			start = a.nameRunBack(start - 1) // "the Lamu Special Economic Zone"
		}
		if a.onlyModifiers(start, h) || planHeads[t.norm] && a.allWords(start, h, planModifiers) {
			continue // "the Economic Zone", "a Special Economic Zone", "the Action Plan": a kind, not a name
		}
		if start == m && t.norm == "port" && t.upper && a.tok(h+1).norm == "of" && a.tok(h+2).upper && a.tok(h+2).kind == tokWord {
			// "the Port of Mombasa", one project with "the Mombasa Port"
			end := a.extendName(h + 1)
			a.addProjectNamed(h, end, h, a.portName(h+2, end))
			a.claim(h, end)
			continue
		}
		if start == m || a.onlyCountry(start, m) || anyClaimedOrg(a, start, m) || start > 0 && a.tok(start-1).text == "(" {
			continue
		}
		if !t.upper && m == h && a.noName(start, m) {
			continue // "the European project", "a 2019-2023 program": a kind, no name
		}
		if (t.norm == "park" || t.norm == "parks") && !a.anyWord(start, h, parkModifiers) || t.norm == "service" && !a.anyWord(start, h, serviceModifiers) || t.norm == "zone" && a.spansCountries(start, h) {
			continue // "Rizal Park" is a venue, "State Information Service" a body, "the Sahara-Sahel zone" a region
		}
		end := h + 1
		if droppedHeads[t.norm] {
			end = m
			if t.norm == "project" {
				end = h // only a trailing "project" is dropped: "… flood protection project"
			}
		}
		if t.upper {
			end = a.extendName(end)
		}
		if occasionNouns[a.tok(end).norm] && !a.tok(end).newline {
			continue // "the Belt and Road Forum": the name of an occasion, not a project
		}
		if venueWords[a.tok(end).norm] && a.tok(end).upper || a.anyWord(start, end, airportWords) {
			continue // "X Centre Park", "the Amiri Terminal of Y International Airport": a venue
		}
		if a.tok(end).norm == "phase" && a.tok(end).upper && a.tok(end+1).kind == tokNumber {
			end += 2 // "Bengaluru Metro Rail Phase 2"
		} else if a.tok(end).norm == "express" && a.tok(end).upper {
			end++ // "China-Europe Railway Express"
		}
		if t.norm == "project" && end == h && a.tok(h+1).text == "(" && a.tok(h+2).norm == "phase" && a.tok(h+3).kind == tokNumber && a.tok(h+4).text == ")" {
			// "Bengaluru Metro Rail Project (Phase 2)": the phase is part of the name
			a.addProjectNamed(start, h+5, h, a.surface(start, end)+" Phase "+a.tok(h+3).text)
		} else if gapI >= start && gapJ <= end {
			a.addProjectNamed(start, end, h, a.surface(start, gapI)+" "+a.surface(gapJ, end))
		} else {
			a.addProject(start, end, h)
		}
		a.claim(start, end)
		h = start
	}
	a.mergeProjectAcronyms()
}

// mergeProjectAcronyms gives the key of a project whose name holds an
// acronym in brackets ("the Lamu Port South Sudan Ethiopia Transport
// (LAPSSET) Corridor Programme") to the projects named by that acronym
// alone or with words of the long name ("the LAPSSET project", "the
// LAPSSET Corridor"): a short and a long form of one project.
func (a *mentionStage) mergeProjectAcronyms() {
	long := map[string]string{} // acronym → key of the long name
	for _, p := range a.projects {
		for k := p.i; k+2 < p.j; k++ {
			if a.toks[k].text == "(" && a.toks[k+1].caps && a.toks[k+2].text == ")" {
				long[a.toks[k+1].text] = p.key
			}
		}
	}
	if len(long) == 0 {
		return
	}
	for _, p := range a.projects {
		to, ok := long[a.toks[p.i].text]
		if !ok || to == p.key || !a.wordsOfProject(p.i+1, p.j, to) {
			continue
		}
		for n := range a.named {
			if nm := &a.named[n]; nm.typ == graph.TypeProject && nm.i == p.i && nm.j == p.j {
				nm.key = to
			}
		}
		p.key = to
	}
}

// wordsOfProject reports whether every word of tokens [i, j) is a word of
// the name of the project key.
func (a *mentionStage) wordsOfProject(i, j int, key string) bool {
	name := "-" + strings.TrimPrefix(key, "project:") + "-"
	for k := i; k < j; k++ {
		if a.toks[k].kind == tokWord && !strings.Contains(name, "-"+Slug(a.toks[k].text)+"-") {
			return false
		}
	}
	return true
}

// noName reports whether tokens [i, j) before a lower-case head hold no
// name: only an area's adjective ("European", "West African") or numbers.
func (a *mentionStage) noName(i, j int) bool {
	for k := i; k < j; k++ {
		t := a.toks[k]
		if t.kind == tokWord && !areaAdjectives[t.norm] && !regionWords[t.norm] && !multinational[t.norm] {
			return false
		}
	}
	return true
}

// planHeads end the names of plans, strategies and visions, which are
// projects (named initiatives) only when capitalised: "Saudi Vision 2030",
// "the Indo-Pacific Strategy", "the Canada-Mexico Action Plan".
// (data/words-mentions.tsv)
var planHeads = wordSet("planHeads")

// planModifiers name a kind of plan, not one plan: "the Action Plan", "a
// National Development Plan". (data/words-mentions.tsv)
var planModifiers = wordSet("planModifiers")

// allWords reports whether every token of [i, j) is in set.
func (a *mentionStage) allWords(i, j int, set map[string]bool) bool {
	for k := i; k < j; k++ {
		if !set[a.toks[k].norm] {
			return false
		}
	}
	return true
}

// occasionNouns after a project's name make it the name of an occasion
// ("the Belt and Road Forum", "the Corridor Summit"). (data/words-mentions.tsv)
var occasionNouns = wordSet("occasionNouns")

// airportWords in a project's name make it a venue: airports are not
// projects. (data/words-mentions.tsv)
var airportWords = wordSet("airportWords")

// portName returns the name of the port "of" tokens [i, j): "X Port" when
// the article also names it so (its short and long forms are one
// project), else "Port of X".
func (a *mentionStage) portName(i, j int) string {
	x := a.surface(i, j)
	for k := 0; k+1 < len(a.toks); k++ {
		if a.toks[k+1].norm == "port" && a.toks[k+1].upper && k+1-(j-i) >= 0 && a.surface(k+1-(j-i), k+1) == x {
			return x + " Port"
		}
	}
	return "Port of " + x
}

// onlyModifiers reports whether every word of tokens [i, h) modifies a
// project's head ("Special Economic", "Industrial"): the name before its
// head names a kind of project, not one project.
func (a *mentionStage) onlyModifiers(i, h int) bool {
	if i >= h {
		return false
	}
	for k := i; k < h; k++ {
		if n := a.toks[k].norm; !projectModifiers[n] && !parkModifiers[n] {
			return false
		}
	}
	return true
}

// parkModifiers and serviceModifiers: see data/words-mentions.tsv.
var (
	parkModifiers    = wordSet("parkModifiers")
	serviceModifiers = wordSet("serviceModifiers")
)

// anyWord reports whether a token of [i, j) is in set.
func (a *mentionStage) anyWord(i, j int, set map[string]bool) bool {
	for k := i; k < j; k++ {
		if set[a.toks[k].norm] {
			return true
		}
	}
	return false
}

// compoundBefore returns the word (or hyphenated compound) ending before token m.
func (a *mentionStage) compoundBefore(m int) string {
	if m >= 3 && a.tok(m-2).text == "-" && !a.tok(m-2).space && !a.tok(m-1).space {
		return a.tok(m-3).norm + "-" + a.tok(m-1).norm
	}
	return a.tok(m - 1).norm
}

func (a *mentionStage) compoundLen(m int) int {
	if m >= 3 && a.tok(m-2).text == "-" && !a.tok(m-2).space && !a.tok(m-1).space {
		return 3
	}
	return 1
}

// extendName extends a capitalised name with "of/on/for <Name>" and a
// quoted name: "Center on Poverty Reduction", "Centre ... “Central Asia”".
func (a *mentionStage) extendName(end int) int {
	for end+1 < len(a.toks) {
		n := a.toks[end]
		if n.newline {
			return end
		}
		k := end + 1
		if n.norm == "of" || n.norm == "on" || n.norm == "for" {
			if n.norm == "on" && calendarWord(a.toks[k].norm) {
				return end // "… Terminal on Tuesday" dates the sentence
			}
			if a.toks[k].norm == "the" && k+1 < len(a.toks) && n.norm == "of" {
				k++
			}
			e := k
			for e < len(a.toks) && a.toks[e].kind == tokWord && a.toks[e].upper && !a.toks[e].newline {
				e++
			}
			if e == k {
				return end
			}
			end = e
			continue
		}
		if n.text == "“" || n.text == "\"" {
			e := k
			for e < len(a.toks) && a.toks[e].kind == tokWord && a.toks[e].upper {
				e++
			}
			if e > k && e < len(a.toks) && (a.toks[e].text == "”" || a.toks[e].text == "\"") {
				end = e + 1
				continue
			}
		}
		return end
	}
	return end
}

// onlyCountry reports whether tokens [i, j) are a single country mention
// ("Chinese", "the Afghan"), which does not make a project name.
func (a *mentionStage) onlyCountry(i, j int) bool {
	if k := a.countryMentionAt(i); k >= 0 && a.countries[k].i == i && a.countries[k].j == j {
		return true
	}
	return j-i == 1 && (a.sentenceStart(i) || stopword[a.toks[i].norm])
}

// yearProject records "Year of Chinese Tourism in Kazakhstan".
func (a *mentionStage) yearProject(h int) {
	start := a.nameRunBack(h)
	end := h + 2
	for end < len(a.toks) && a.toks[end].kind == tokWord && a.toks[end].upper && !a.toks[end].newline {
		end++
	}
	if end+1 < len(a.toks) && a.toks[end].norm == "in" && a.tok(end+1).upper {
		if c, e := a.countryAt(end + 1); c != "" {
			end = e
		}
	}
	a.addProject(start, end, h)
	a.claim(start, end)
}

// addProject creates the Project entity for tokens [i, j) with head h.
func (a *mentionStage) addProject(i, j, h int) {
	a.addProjectNamed(i, j, h, a.surface(i, j))
}

// curlyQuotes removes the curly quotation marks around a project's name.
var curlyQuotes = strings.NewReplacer("“", "", "”", "")

// addProjectNamed records the project of tokens [i, j) under name.
func (a *mentionStage) addProjectNamed(i, j, h int, name string) {
	name = strings.Trim(name, "“”\" ")
	name = curlyQuotes.Replace(name)
	name = strings.Join(strings.Fields(reParen.ReplaceAllString(name, "")), " ")
	key := "project:" + Slug(name)
	e := a.projectInfo[key]
	if e == nil {
		e = &projectInfo{name: name}
		a.projectInfo[key] = e
	}
	a.named = append(a.named, named{graph.TypeProject, key, i, j})
	if e.sector == "" {
		e.sector = a.projectSector(i, j, h)
	}
	if st := a.projectStatus(i, j); st != "" && e.status == "" {
		e.status = st
	}
	for _, c := range a.countriesBetween(i, j) {
		if c.j <= j {
			e.countries = appendStr(e.countries, c.code)
		}
	}
	p := &project{i: i, j: j, key: key}
	a.projects = append(a.projects, p)
	if a.projectStart == nil {
		a.projectStart = map[int]*project{}
	}
	if a.projectStart[i] == nil {
		a.projectStart[i] = p
	}
}

// projectSector chooses the sector from the name's words, then the head.
func (a *mentionStage) projectSector(i, j, h int) string {
	for k := j - 1; k >= i; k-- {
		n := a.toks[k].norm
		if s, ok := extraSectorWords[n]; ok {
			return s
		}
		if k != h {
			if s, ok := sectorWords[n]; ok && n != "power" {
				return s
			}
		}
	}
	if h < len(a.toks) {
		if s := projectHeads[a.toks[h].norm]; s != "" {
			return s
		}
	}
	for k := j - 1; k >= i; k-- {
		if s, ok := sectorWords[a.toks[k].norm]; ok {
			return s
		}
	}
	return ""
}

// projectStatus reads the status from the status word nearest to the
// project in its sentence; on a tie the stronger status wins.
func (a *mentionStage) projectStatus(i, j int) string {
	st := a.sents[a.sentenceOf(i)]
	best, bestDist := "", 1<<30
	for _, sw := range statusWords {
		for k := st.first; k < st.last; k++ {
			if k >= i && k < j || !sw.words[a.toks[k].norm] {
				continue
			}
			d := i - k
			if k >= j {
				d = k - j + 1
			}
			if d < bestDist {
				best, bestDist = sw.status, d
			}
		}
	}
	return best
}

// projectAfter returns the project named within a few tokens after i, or "".
func (a *mentionStage) projectAfter(i int) string {
	s := a.sentenceOf(i)
	for k := i + 1; k < len(a.toks) && k <= i+8 && a.sentenceOf(k) == s; k++ {
		if p := a.projectStart[k]; p != nil {
			return p.key
		}
	}
	return ""
}

// projectFacts adds INVOLVES and IN_SECTOR for every project.
func (a *factStage) projectFacts(parties []string) {
	for _, p := range a.projects {
		e := a.byKey[p.key]
		if e == nil {
			continue
		}
		var cs []string
		for _, c := range e.Countries {
			if a.byKey["country:"+c] != nil {
				cs = append(cs, c)
			}
		}
		if len(cs) == 0 {
			cs = append(cs, parties...)
		}
		e.Countries = cs
		ev := a.evidence(a.sentenceOf(p.i))
		for _, c := range e.Countries {
			a.country(c)
			a.relate(graph.Relation{Type: graph.RelInvolves, From: p.key, To: "country:" + c, Evidence: ev})
		}
		if e.Sector != "" && a.byKey["sector:"+e.Sector] != nil {
			a.relate(graph.Relation{Type: graph.RelInSector, From: p.key, To: "sector:" + e.Sector, Evidence: ev})
		}
	}
}

// unitWords follow a number in a project's size: "400 kV", "120-megawatt".
// (data/words-mentions.tsv)
var unitWords = wordSet("unitWords")

// numericBefore returns how many tokens of a numeric modifier ("400 kV",
// "120-megawatt") end just before token m, or 0.
func (a *mentionStage) numericBefore(m int) int {
	if m < 3 || !unitWords[a.tok(m-1).norm] {
		return 0
	}
	if a.tok(m-2).kind == tokNumber {
		return 2
	}
	if a.tok(m-2).text == "-" && !a.tok(m-2).space && a.tok(m-3).kind == tokNumber {
		return 3
	}
	return 0
}
