package extract

import (
	"slices"

	"github.com/bilateral-kg/bilateral/graph"
)

// visitHostWords tell a leader as the visitor's host (data/words-events.tsv).
var visitHostWords = wordSet("visitHostWords")

// visitHosts keeps, of a visit's leaders of the visited country, only the
// hosts: a leader of e.dest takes part in the visit when a sentence that
// names him tells him receiving, welcoming, greeting or hosting ("was
// welcomed to Canberra by Anthony Albanese"). A leader of the host country
// the visitor only met, or who invited him, is a participant of the
// meeting, not of the visit ("Scholz, on a visit to India, met Modi").
// It applies only when the sentence that names the destination names the
// visitor before the trigger, of another country than the destination: a
// destination read from another trip ("he visited the Bahrain Pavilion")
// must not cost the visit its visitor.
func (a *eventStage) visitHosts(e *event) {
	if e.kind != graph.KindVisit || e.dest == "" {
		return
	}
	ms := a.leaderMentionsBetween(a.sents[e.destSent].first, e.destTok)
	if len(ms) == 0 || len(ms[len(ms)-1].leaders) != 1 {
		return
	}
	visitor := ms[len(ms)-1].leaders[0]
	if visitor.country == "" || visitor.country == e.dest || !slices.Contains(e.leaders, visitor) {
		return
	}
	kept := slices.DeleteFunc(slices.Clone(e.leaders), func(l *leader) bool {
		return l.country == e.dest && !a.hostOfVisit(l)
	})
	if len(kept) == len(e.leaders) {
		return
	}
	e.leaders, e.leaderSet = kept, nil
}

// hostOfVisit reports whether a sentence naming l has a host word.
func (a *eventStage) hostOfVisit(l *leader) bool {
	for _, m := range a.leaderAt {
		if !slices.Contains(m.leaders, l) {
			continue
		}
		s := a.sents[a.sentenceOf(m.i)]
		for i := s.first; i < s.last; i++ {
			if visitHostWords[a.toks[i].norm] {
				return true
			}
		}
	}
	return false
}
