package store

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/bilateral-kg/bilateral/graph"
)

// alternativesCypher reads, for each key, the node (its tallies, its
// attributes and what corrections set) and, for an event, the dates its
// reports give with how many give each and the latest stamp: a few
// reports per event, none for other entities.
var alternativesCypher = `
UNWIND $keys AS k
` + matchKey("k", "n", "k") + `
CALL (n) {
  OPTIONAL MATCH (n)<-[r:REPORTS]-() WHERE r.date IS NOT NULL
  WITH r.date AS d, count(r) AS c, max(r.stamp) AS last
  WHERE d IS NOT NULL
  RETURN collect([toString(d), c, last]) AS dates
}
RETURN k, n, dates`

// Alternatives returns, for each key, the values its reports give each
// of its single-valued attributes (graph.CorrectableAttributes of its
// type), attribute by attribute, each best first: from the node's
// tallies, and for an event's date from its reports. The value the
// attribute has is marked Chosen, and Corrected when a correction set it.
// Keys of entities with no such attribute map to nothing.
func (s *Store) Alternatives(ctx context.Context, keys []string) (map[string][]graph.Alternative, error) {
	recs, err := s.read(ctx, "read alternatives", alternativesCypher, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]graph.Alternative, len(recs))
	for _, r := range recs {
		n, ok := r.Values[1].(dbtype.Node)
		if !ok {
			continue
		}
		e := entityOf(n)
		corrected := strs(n.Props["corrected"])
		var alts []graph.Alternative
		for _, attr := range graph.CorrectableAttributes[e.Type] {
			var tally graph.Claims
			value := str(n.Props[attr])
			if attr == "date" {
				value = e.Date
				for _, x := range r.Values[2].([]any) {
					d := x.([]any)
					tally = append(tally, graph.Claim{Value: str(d[0]), Count: toInt(d[1]), Last: str(d[2])})
				}
			} else {
				tally = graph.ParseClaims(strs(n.Props[attr+"Claims"]))
			}
			alts = append(alts, graph.AlternativesOf(attr, tally, value, slices.Contains(corrected, attr))...)
		}
		if len(alts) > 0 {
			out[str(r.Values[0])] = alts
		}
	}
	return out, nil
}

// claimSourcesCypher reads, for each query row, the articles whose link
// to the entity (MENTIONS, or REPORTS for an event's date) states the
// value, the most recent first, at most q.first; and for each the first
// of its sentences that holds a mention of the entity, else the first
// that is evidence of one of its facts (looked for only then: a sentence
// of a summit is evidence of many facts). It expands the entity's links
// (its degree) and each chosen article's sentences.
var claimSourcesCypher = `
UNWIND $qs AS q
` + matchKey("q", "n", "q.key") + `
CALL (q, n) {
  MATCH (a:Article)-[m:MENTIONS|REPORTS]->(n)
  WHERE CASE q.attr WHEN 'date' THEN toString(m.date) ELSE m[q.attr] END = q.value
  WITH a, m, m.stamp AS stamp ORDER BY stamp DESC, a.id
  WITH q, collect([a, m, stamp]) AS rows
  UNWIND rows[..q.first] AS row
  WITH row[0] AS a, row[1] AS m, row[2] AS stamp
  CALL (a, m) {
    WITH a, coalesce(m.spans, []) AS spans
    MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
    WITH s, s.start AS st, s.end AS en, spans
    WHERE any(i IN range(0, size(spans) - 2, 2) WHERE st <= spans[i] < en)
    WITH s ORDER BY st
    RETURN head(collect(s)) AS mention
  }
  CALL (a, n, mention) {
    WITH a, n WHERE mention IS NULL
    MATCH (a)-[:HAS_SENTENCE]->(s:Sentence) WHERE EXISTS { (s)-[:EVIDENCE]->(n) }
    WITH s ORDER BY s.start
    RETURN head(collect(s)) AS fact
  }
  RETURN a, coalesce(mention, fact) AS s, stamp
}
RETURN q.i, a, s.key, s.text, s.start, s.end ORDER BY q.i, stamp DESC, a.id`

// ClaimSources returns, for each query, the articles that state its
// value of its attribute, the most recent first, at most First, each with
// the first of its sentences that mentions the entity or states a fact
// of it (none when no stored sentence does).
func (s *Store) ClaimSources(ctx context.Context, qs []graph.ClaimQuery) ([][]graph.ClaimSource, error) {
	rows := make([]map[string]any, len(qs))
	for i, q := range qs {
		rows[i] = map[string]any{"i": i, "key": q.Key, "attr": q.Attribute, "value": q.Value, "first": q.First}
	}
	recs, err := s.read(ctx, "read claim sources", claimSourcesCypher, map[string]any{"qs": rows})
	if err != nil {
		return nil, err
	}
	out := make([][]graph.ClaimSource, len(qs))
	for _, r := range recs {
		i := toInt(r.Values[0])
		if i < 0 || i >= len(qs) {
			continue
		}
		a := articleOf(r.Values[1])
		src := graph.ClaimSource{Article: a}
		if k := str(r.Values[2]); k != "" {
			src.Sentence = graph.Sentence{Key: k, Article: a.ID, Text: str(r.Values[3]), Start: toInt(r.Values[4]), End: toInt(r.Values[5])}
		}
		out[i] = append(out[i], src)
	}
	return out, nil
}
