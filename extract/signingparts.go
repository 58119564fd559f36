package extract

import "github.com/bilateral-kg/bilateral/graph"

// dropSigningParts drops the statement hits and the "ceremony" hits of
// sentences that also tell a signing. A declaration or joint statement
// signed ("signed a joint declaration", "the joint statement was signed",
// "thirteen documents were signed, among them the joint statement") is
// that signing, one agreement, not a statement of its own; once one is, a
// later "the declaration" is that signed document again. A ceremony at
// which agreements were signed ("at an official ceremony ..., the two
// leaders signed agreements") is the signing too.
func (a *eventStage) dropSigningParts(hits []hit) []hit {
	signing := map[int]bool{}
	for _, h := range hits {
		if h.kind == graph.KindAgreement {
			signing[h.sent] = true
		}
	}
	out := hits[:0]
	signed := false // a statement told as signed
	for _, h := range hits {
		switch {
		case h.kind != graph.KindStatement:
		case signing[h.sent]:
			signed = true
			continue
		case signed && a.tok(h.i-1).norm == "the":
			continue
		}
		if h.kind == graph.KindCeremony && a.toks[h.i].norm == "ceremony" && signing[h.sent] {
			continue
		}
		out = append(out, h)
	}
	return out
}
