package extract

import "github.com/bilateral-kg/bilateral/graph"

// dropSigningParts drops the statement hits and the "ceremony" hits of
// sentences that also tell a signing. A declaration or joint statement
// signed ("signed a joint declaration", "the joint statement was signed",
// "thirteen documents were signed, among them the joint statement") is
// that signing, one agreement, not a statement of its own; once one is, a
// later "the declaration" is that signed document again. A ceremony at
// which agreements were signed ("at an official ceremony ..., the two
// leaders signed agreements") is the signing too. So is a signing of a
// declaration by its name ("signing the Algiers Declaration", a name and
// no statement hit): a later "the joint declaration" is that document.
func (a *eventStage) dropSigningParts(hits []hit) []hit {
	signing := map[int]bool{}
	namedSigned := -1 // the first sentence signing a declaration by its name
	for _, h := range hits {
		if h.kind == graph.KindAgreement {
			signing[h.sent] = true
			if (namedSigned < 0 || h.sent < namedSigned) && a.namesDeclaration(h.sent) {
				namedSigned = h.sent
			}
		}
	}
	out := hits[:0]
	signed := false // a statement told as signed
	for _, h := range hits {
		switch {
		case h.kind != graph.KindStatement:
		case signing[h.sent] && !a.issuedAt(h.i):
			signed = true
			continue
		case (signed || namedSigned >= 0 && h.sent > namedSigned) && a.tok(h.i-1).norm == "the":
			continue
		}
		if h.kind == graph.KindCeremony && a.toks[h.i].norm == "ceremony" && signing[h.sent] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// issuedAt reports whether the statement trigger at i is the object of a
// verb of issuing among the three words before it: "Seven agreements were
// signed, and the sides issued a joint statement" tells a statement of
// its own beside the signing.
func (a *eventStage) issuedAt(i int) bool {
	s := a.sentenceOf(i)
	for k := i - 1; k >= a.sents[s].first && k >= i-3; k-- {
		switch a.toks[k].norm {
		case "issued", "issue", "issues", "released", "release", "releases", "adopted", "adopt", "adopts":
			return true
		case ",", "signed", "sign", "signs":
			return false
		}
	}
	return false
}

// namesDeclaration reports whether sentence s names a declaration, a
// joint statement or a communique by a capitalised name ("the Algiers
// Declaration").
func (a *eventStage) namesDeclaration(s int) bool {
	for k := a.sents[s].first; k < a.sents[s].last; k++ {
		if t := a.toks[k]; t.upper && documentNames[t.norm] {
			return true
		}
	}
	return false
}

// documentNames are the nouns that end the name of a signed statement.
var documentNames = map[string]bool{"declaration": true, "statement": true, "communique": true}

// signingPeople name people, not countries, as those who sign or witness
// (data/words-events.tsv).
var signingPeople = wordSet("signingPeople")

// peopleSign reports whether a sentence of the signing e names people
// who take part in it without naming them ("the two presidents witnessed
// the signing", "they signed three agreements"): the people of the
// occasion it is told of take part. A signing told of countries or sides
// alone ("the two countries signed", "32 MoUs were exchanged after the
// summit") has no leaders of its own: the leaders who met are not told to
// have signed or witnessed it.
func (a *eventStage) peopleSign(e *event) bool {
	for _, s := range e.sents {
		for k := a.sents[s].first; k < a.sents[s].last; k++ {
			if signingPeople[a.toks[k].norm] {
				return true
			}
		}
	}
	return false
}
