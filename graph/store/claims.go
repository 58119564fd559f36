package store

import (
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// Attributes chosen by weight of evidence. A node keeps, for each such
// attribute A, the tally A+"Claims" (graph.Claims in stored form,
// "value;count;last") of what its reports state, and A itself is the
// tally's winner: the value most reports state, the most recent report
// breaking a tie — unless an analyst's correction fixed it (the attribute
// is then listed in the node's `corrected`). Each article's own claims
// stay on its MENTIONS relationship, so that removing it takes exactly its
// votes off.
var weighedAttrs = map[graph.EntityType][]string{
	graph.TypeLeader:       {"title", "country"},
	graph.TypeOrganization: {"acronym"},
	graph.TypeLocation:     {"country", "kind"},
	graph.TypeProject:      {"sector", "status"},
}

// cypherBest is a Cypher expression of the winner of tally `cl` (a list of
// [value, count, last] lists), as graph.Claims.Winner decides.
const cypherBest = `reduce(b = null, c IN cl | CASE WHEN b IS NULL OR toInteger(c[1]) > toInteger(b[1])
      OR (toInteger(c[1]) = toInteger(b[1]) AND (c[2] > b[2] OR (c[2] = b[2] AND c[0] < b[0]))) THEN c ELSE b END)`

// claimAdd returns the Cypher subquery that counts row's claim of attr on
// node n and sets attr to the winner.
func claimAdd(attr string) string {
	return strings.NewReplacer("ATTR", attr, "BEST", cypherBest).Replace(`
WITH a, n, row
CALL (n, row) {
  WITH n, row WHERE row.p.ATTR IS NOT NULL
  WITH n, row, [c IN coalesce(n.ATTRClaims, []) | split(c, ';')] AS old
  WITH n, CASE WHEN any(c IN old WHERE c[0] = row.p.ATTR)
               THEN [c IN old | CASE WHEN c[0] = row.p.ATTR
                                    THEN [c[0], toString(toInteger(c[1]) + 1), CASE WHEN row.stamp > c[2] THEN row.stamp ELSE c[2] END]
                                    ELSE c END]
               ELSE old + [[row.p.ATTR, '1', row.stamp]] END AS cl
  WITH n, cl, BEST AS best
  SET n.ATTRClaims = [c IN cl | c[0] + ';' + c[1] + ';' + c[2]],
      n.ATTR = CASE WHEN 'ATTR' IN coalesce(n.corrected, []) THEN n.ATTR ELSE best[0] END
}`)
}

// claimRemove returns the statement that takes the claims of attr of the
// article $id off the nodes of label it mentions: a value's count goes
// down by one (and the value goes at zero); when the article was the
// latest to state it, the latest of the others is found again.
func claimRemove(t graph.EntityType, attr string) string {
	return strings.NewReplacer("LABEL", string(t), "ATTR", attr, "BEST", cypherBest).Replace(`
MATCH (a:Article {id: $id})-[m:MENTIONS]->(n:LABEL)
WHERE m.ATTR IS NOT NULL
WITH a, n, m, [c IN coalesce(n.ATTRClaims, []) | split(c, ';')] AS old
CALL (a, n, m, old) {
  WITH a, n, m, old WHERE any(c IN old WHERE c[0] = m.ATTR AND c[2] = m.stamp)
  OPTIONAL MATCH (o:Article)-[m2:MENTIONS]->(n) WHERE o <> a AND m2.ATTR = m.ATTR
  RETURN max(m2.stamp) AS last
  UNION
  WITH a, n, m, old WHERE NOT any(c IN old WHERE c[0] = m.ATTR AND c[2] = m.stamp)
  RETURN null AS last
}
WITH n, m, [c IN old | CASE WHEN c[0] = m.ATTR THEN [c[0], toString(toInteger(c[1]) - 1), coalesce(last, c[2])] ELSE c END] AS counted
WITH n, [c IN counted WHERE toInteger(c[1]) > 0] AS cl
WITH n, cl, BEST AS best
SET n.ATTRClaims = [c IN cl | c[0] + ';' + c[1] + ';' + c[2]],
    n.ATTR = CASE WHEN 'ATTR' IN coalesce(n.corrected, []) THEN n.ATTR ELSE best[0] END`)
}
