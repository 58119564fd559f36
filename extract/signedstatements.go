package extract

import "github.com/bilateral-kg/bilateral/graph"

// dropSignedStatements drops the statement hits of sentences that also
// tell a signing: a declaration or joint statement signed ("signed a joint
// declaration", "the joint statement was signed", "thirteen documents
// were signed, among them the joint statement") is that signing, one
// agreement, not a statement of its own. Once one is, a later "the
// declaration" is that signed document again, not another statement.
func (a *eventStage) dropSignedStatements(hits []hit) []hit {
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
		out = append(out, h)
	}
	return out
}
