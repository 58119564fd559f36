package extract

import "github.com/bilateral-kg/bilateral/graph"

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

// addOrg records an Organization mention; its key is the slug of name.
func (a *mentionStage) addOrg(i, j int, name, acronym string) {
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
		if (t.norm == "of" || t.norm == "for" || t.norm == "and" || t.norm == "&") && k-2 >= 0 && a.tok(k-2).upper && a.tok(k-2).kind == tokWord && !stopword[a.tok(k-2).norm] {
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

// scanOrgPatterns finds organizations named by a head noun ("X Business
// Council") or defined with an acronym in parentheses.
func (a *mentionStage) scanOrgPatterns() {
	a.scanCompanies()
	acronyms := map[string]string{} // acronym → key
	for _, o := range a.orgs {
		if acr := a.orgInfo[o.key].acronym; acr != "" {
			acronyms[acr] = o.key
		}
	}
	for h := 1; h < len(a.toks); h++ {
		t := a.toks[h]
		if t.kind != tokWord || !t.upper || !orgHeads[t.norm] || a.claimed[h] {
			continue
		}
		start := a.nameRunBack(h)
		if start == h {
			continue
		}
		end := h + 1
		// "Development Bank of Kazakhstan"
		if end+1 < len(a.toks) && a.toks[end].norm == "of" && a.tok(end+1).upper && a.tok(end+1).kind == tokWord {
			end += 2
			for end < len(a.toks) && a.toks[end].kind == tokWord && a.toks[end].upper && !a.toks[end].newline {
				end++
			}
		}
		if anyClaimedOrg(a, start, end) || a.nationalBody(start, end) {
			continue
		}
		name := a.surface(start, end)
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
// agencies ("Saudi Press Agency"), central banks ("State Bank of
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
	case words["presidential"] || words["cabinet"] || words["ministry"] || words["ministerial"]:
		return true
	case words["agency"] && (words["press"] || words["news"]):
		return true
	case words["bank"] && !words["development"] && !words["investment"] && !words["infrastructure"] &&
		(words["central"] || words["state"] || words["reserve"] || words["national"]):
		return true
	}
	return false
}
