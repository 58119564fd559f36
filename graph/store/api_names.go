package store

import (
	"context"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// luceneSpecial are the characters Lucene's query parser treats specially.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// phrase returns text as a Lucene phrase query: its words, in order, with
// every special character escaped; "" when it has no word.
func phrase(text string) string {
	var b strings.Builder
	for i, w := range strings.Fields(text) {
		if i > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w {
			if strings.ContainsRune(luceneSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return `"` + b.String() + `"`
}

// maxNameMatches bounds the candidates of one name.
const maxNameMatches = 20

// namedCypher reads the candidates of each name from the full-text index.
const namedCypher = `
UNWIND $refs AS ref
CALL (ref) {
  CALL db.index.fulltext.queryNodes('entity_text', ref.lucene, {limit: $limit}) YIELD node, score
  WITH node, score WHERE NOT node:Event AND (ref.label IS NULL OR ref.label IN labels(node))
  RETURN node, score,
         toLower(node.name) = ref.text OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = ref.text) AS exact
}
RETURN ref.i, node, exact ORDER BY ref.i, exact DESC, score DESC, node.key`

// Named returns, for each reference, the entities (events aside) of its
// type whose name or an alias contains its words in order, read from the
// entity_text full-text index: exact matches (the whole name or alias,
// case aside) first, then by score and key; at most 20. References with
// no word, or no match, are absent from the map.
func (s *Store) Named(ctx context.Context, refs []graph.NameRef) (map[graph.NameRef][]graph.NameMatch, error) {
	rows := make([]map[string]any, 0, len(refs))
	for i, r := range refs {
		q := phrase(r.Text)
		if q == "" {
			continue
		}
		var label any
		if r.Type.Valid() {
			label = string(r.Type)
		}
		rows = append(rows, map[string]any{"i": i, "lucene": q, "text": strings.ToLower(r.Text), "label": label})
	}
	out := make(map[graph.NameRef][]graph.NameMatch, len(rows))
	if len(rows) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, "resolve names", namedCypher, map[string]any{"refs": rows, "limit": maxNameMatches})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		i := toInt(r.Values[0])
		if i < 0 || i >= len(refs) {
			continue
		}
		out[refs[i]] = append(out[refs[i]], graph.NameMatch{Entity: entityOf(r.Values[1]), Exact: r.Values[2] == true})
	}
	return out, nil
}
