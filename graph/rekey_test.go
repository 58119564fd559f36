package graph_test

import (
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

func TestRekeyMergesEntitiesThatMeetUnderOneKey(t *testing.T) {
	ev := graph.Evidence{Sentence: "s", Start: 0, End: 1}
	x := graph.Extraction{
		Entities: []graph.Entity{
			{Key: "person:tokaev", Type: graph.TypeLeader, Name: "Tokaev", Aliases: []string{"Tokaev"}, Mentions: []graph.Span{{Start: 1, End: 2}}},
			{Key: "person:kassym-jomart-tokayev", Type: graph.TypeLeader, Name: "Kassym-Jomart Tokayev", Title: "President", Aliases: []string{"Tokayev"}, Mentions: []graph.Span{{Start: 5, End: 9}}},
			{Key: "event:e", Type: graph.TypeEvent, Kind: "meeting", Name: "talks", Participants: []string{"person:tokaev", "person:kassym-jomart-tokayev"}},
		},
		Relations: []graph.Relation{
			{Type: graph.RelParticipatedIn, From: "person:tokaev", To: "event:e", Evidence: ev},
			{Type: graph.RelParticipatedIn, From: "person:kassym-jomart-tokayev", To: "event:e", Evidence: ev},
		},
	}
	x.Rekey(map[string]string{"person:tokaev": "person:kassym-jomart-tokayev", "event:e": "event:f"})
	if len(x.Entities) != 2 {
		t.Fatalf("got %d entities, want 2: %+v", len(x.Entities), x.Entities)
	}
	p := x.Entities[0]
	if p.Key != "person:kassym-jomart-tokayev" || p.Name != "Kassym-Jomart Tokayev" || p.Title != "President" ||
		!slices.Equal(p.Aliases, []string{"Tokaev", "Tokayev"}) || len(p.Mentions) != 2 {
		t.Errorf("merged person %+v", p)
	}
	if e := x.Entities[1]; e.Key != "event:f" || !slices.Equal(e.Participants, []string{"person:kassym-jomart-tokayev"}) {
		t.Errorf("event %+v", e)
	}
	if len(x.Relations) != 1 || x.Relations[0].From != "person:kassym-jomart-tokayev" || x.Relations[0].To != "event:f" {
		t.Errorf("relations %+v", x.Relations)
	}
}
