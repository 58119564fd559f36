package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ArticleEvent is an event as one article reports it, with what the graph
// links it to.
type ArticleEvent struct {
	Key      string
	Kind     string
	Date     string // ISO date or ""
	Location string // key of the Location it was HELD_IN, or ""
	Leaders  []string
}

// ArticleGraph is what one article contributed to the graph, read back.
type ArticleGraph struct {
	ID        string
	Countries []string // alpha-3 codes of the countries it mentions, sorted
	Events    []ArticleEvent
}

// ArticleGraph reads back the countries and events of the article with the
// given id. The second result is false when there is no such article.
func (s *Store) ArticleGraph(ctx context.Context, id string) (ArticleGraph, bool, error) {
	res, err := s.query(ctx, `
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(c:Country)
  WITH c ORDER BY c.code
  RETURN collect(c.code) AS countries
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(e:Event)
  OPTIONAL MATCH (e)-[:HELD_IN]->(l:Location)
  CALL (e) {
    OPTIONAL MATCH (p:Leader)-[:PARTICIPATED_IN]->(e)
    WITH p ORDER BY p.key
    RETURN collect(p.key) AS leaders
  }
  WITH e, l, leaders WHERE e IS NOT NULL
  ORDER BY e.key
  RETURN collect({key: e.key, kind: e.kind, date: toString(e.date), location: l.key, leaders: leaders}) AS events
}
RETURN countries, events`, map[string]any{"id": id})
	if err != nil {
		return ArticleGraph{}, false, fmt.Errorf("read article %s: %w", id, err)
	}
	if len(res.Records) == 0 {
		return ArticleGraph{}, false, nil
	}
	rec := res.Records[0]
	g := ArticleGraph{ID: id}
	countries, _, err := neo4j.GetRecordValue[[]any](rec, "countries")
	if err != nil {
		return g, false, fmt.Errorf("read article %s: %w", id, err)
	}
	for _, c := range countries {
		g.Countries = append(g.Countries, c.(string))
	}
	events, _, err := neo4j.GetRecordValue[[]any](rec, "events")
	if err != nil {
		return g, false, fmt.Errorf("read article %s: %w", id, err)
	}
	for _, e := range events {
		m := e.(map[string]any)
		ev := ArticleEvent{Key: str(m["key"]), Kind: str(m["kind"]), Date: str(m["date"]), Location: str(m["location"])}
		for _, l := range m["leaders"].([]any) {
			ev.Leaders = append(ev.Leaders, l.(string))
		}
		g.Events = append(g.Events, ev)
	}
	return g, true, nil
}

// str returns v as a string, "" for nil.
func str(v any) string {
	s, _ := v.(string)
	return s
}
