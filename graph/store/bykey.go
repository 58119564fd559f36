package store

import (
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// matchKey returns a subquery that binds the node variable v to the
// entity whose key is the Cypher expression key, or to nothing (the row
// goes) when there is none. scope lists the variables key uses.
//
// The graph has no catch-all label: each entity node has the one label of
// its type, so that Neo4j Browser's schema view draws the model rather
// than one label linked to everything. An entity of unknown type is found
// by one branch per type, each an index seek on that label's key
// constraint; keys carry their type's prefix, so at most one branch finds
// a node, and the others' seeks miss (a database hit or two each).
func matchKey(scope, v, key string) string {
	return matchKeyOf(scope, v, key, graph.EntityTypes)
}

// matchKeyOf is matchKey when the key is known to be of one of types: a
// plain MATCH for one type, a branch per type for several. The writers,
// which know the types of the keys of their rows, seek no label in vain.
func matchKeyOf(scope, v, key string, types []graph.EntityType) string {
	if len(types) == 1 {
		return "MATCH (" + v + ":" + string(types[0]) + " {key: " + key + "})"
	}
	var b strings.Builder
	b.WriteString("CALL (" + scope + ") {")
	for i, t := range types {
		if i > 0 {
			b.WriteString("\n  UNION ALL")
		}
		b.WriteString("\n  MATCH (" + v + ":" + string(t) + " {key: " + key + "}) RETURN " + v)
	}
	b.WriteString("\n}")
	return b.String()
}

// optionalMatchKey is matchKey whose row stays, with v null, when no
// entity has the key.
func optionalMatchKey(scope, v, key string) string {
	return "OPTIONAL " + matchKey(scope, v, key)
}

// keyTypes returns the types of the keys that rows hold in field, in the
// order of graph.EntityTypes; a row without a key there adds none.
func keyTypes(rows []map[string]any, field string) []graph.EntityType {
	has := map[graph.EntityType]bool{}
	for _, r := range rows {
		if k, ok := r[field].(string); ok {
			has[graph.TypeOfKey(k)] = true
		}
	}
	var out []graph.EntityType
	for _, t := range graph.EntityTypes {
		if has[t] {
			out = append(out, t)
		}
	}
	return out
}
