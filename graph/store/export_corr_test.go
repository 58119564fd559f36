package store

import "github.com/bilateral-kg/bilateral/graph"

// CorrectionReadQueries returns the reads of alternatives, claim sources,
// corrections and retractions with parameters for the given entity, one
// of its values of attribute attr, a correction id and a fact target, by
// name, for TestCorrectionReads to profile.
func CorrectionReadQueries(key, attr, value, id, target string) map[string]ReadQuery {
	page := func(entity string) map[string]any {
		return correctionParams([]graph.CorrectionQuery{{Entity: entity, First: 20}})
	}
	return map[string]ReadQuery{
		"alternatives":                {alternativesCypher, map[string]any{"keys": []string{key}}},
		"claim sources":               {claimSourcesCypher, map[string]any{"qs": []map[string]any{{"i": 0, "key": key, "attr": attr, "value": value, "first": 20}}}},
		"corrections of an entity":    {entityCorrectionsCypher, page(key)},
		"count corrections of entity": {countCorrectionsCypher, page(key)},
		"corrections, all":            {allCorrectionsCypher, page("")},
		"count corrections, all":      {countAllCorrectionsCypher, nil},
		"corrections, all, page 2": {allCorrectionsCypher, correctionParams([]graph.CorrectionQuery{{First: 20,
			After: graph.Cursor{Sort: "2026-11-29T12:00:00Z", Key: id, Set: true}}})},
		"correction by id": {`UNWIND $ids AS id MATCH (c:Correction {id: id}) RETURN c`, map[string]any{"ids": []string{id}}},
		"retraction":       {retractionsCypher, map[string]any{"targets": []string{target}}},
	}
}
