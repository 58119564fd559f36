package store

// The cooperation of a pair of countries in a sector, kept on its PAIR
// (coopKeys, coopCounts): for each sector, the number of distinct
// sentences that state a COOPERATES_IN of either country, with the other
// as partner, in that sector, leaving out retracted facts. A sentence
// that states both directions counts once. The writers keep it exactly:
// a new article adds its own sentences (cypherPairCoop), a removal takes
// them off before they go (cypherPairUncoop), a retraction or its undoing
// counts the pair's sentences in that sector again (cypherPairRecoop), a
// renamed sector follows (cypherPairCoopRename).

// cypherPairCoop adds the sentences of the COOPERATES_IN rows $rows (the
// fact rows of planWrite, written before it) to their pairs' counts.
var cypherPairCoop = cypherPairCoopCount + `
MERGE (x)-[p:PAIR]->(y) ON CREATE SET p.events = 0, p.articles = 0
WITH p, coop` + bumpPair("coop", "coop")

// cypherPairCoopCount counts, for the COOPERATES_IN rows $rows, the
// sentences of each pair and sector (x, y, coop). Each fact is found by
// its id (the index cooperates_id), so the cost does not grow with how
// much cooperation the countries and sectors already have.
const cypherPairCoopCount = `
UNWIND $rows AS row
MATCH (c:Country {key: row.from})
MATCH (o:Country {code: row.props.partner}) WHERE o <> c
MATCH (sec:Sector {key: row.to})
WITH sec, CASE WHEN c.code < o.code THEN [c, o] ELSE [o, c] END AS xy, row.evidence AS sks
UNWIND sks AS sk
WITH DISTINCT xy[0] AS x, xy[1] AS y, sec, sk
MATCH (s:Sentence {key: sk})
WHERE EXISTS {
  MATCH (s)-[e:EVIDENCE {side: 'from'}]->(f:Country) WHERE f IN [x, y]
  MATCH ()-[r:COOPERATES_IN {id: e.fact}]->()
  WHERE startNode(r) = f AND endNode(r) = sec AND NOT coalesce(r.retracted, false)
    AND r.partner = CASE WHEN f = x THEN y.code ELSE x.code END
}
WITH x, y, sec, count(s) AS n
WITH x, y, collect([sec.key, n]) AS coop`

// cypherPairUncoop takes the sentences of the article $id off its pairs'
// cooperation counts; it runs before its sentences and facts go.
var cypherPairUncoop = `
MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[e:EVIDENCE {side: 'from'}]->(c:Country)
MATCH (s)-[et:EVIDENCE {side: 'to'}]->(sec:Sector) WHERE et.fact = e.fact
MATCH ()-[r:COOPERATES_IN {id: e.fact}]->()
WHERE startNode(r) = c AND endNode(r) = sec AND NOT coalesce(r.retracted, false)
MATCH (o:Country {code: r.partner}) WHERE o <> c
WITH s, sec, CASE WHEN c.code < o.code THEN [c, o] ELSE [o, c] END AS xy
WITH xy[0] AS x, xy[1] AS y, sec, count(DISTINCT s) AS n
WITH x, y, collect([sec.key, -n]) AS coop
MATCH (x)-[p:PAIR]->(y)
WITH p, coop` + bumpPair("coop", "coop") + `
WITH p WHERE ` + pairEmpty + `
DELETE p`

// cypherPairRecoop counts again, after a retraction of a fact from f to
// t or its undoing, the cooperation of every pair of f in sector t (when
// f is a country and t a sector).
var cypherPairRecoop = `
WITH f, t
CALL (f, t) {
  WITH f, t WHERE f:Country AND t:Sector
  MATCH (f)-[r:COOPERATES_IN]->(t)
  MATCH (o:Country {code: r.partner}) WHERE o <> f
  WITH DISTINCT t, CASE WHEN f.code < o.code THEN [f, o] ELSE [o, f] END AS xy
  WITH t, xy[0] AS x, xy[1] AS y
  MATCH (x)-[p:PAIR]->(y)
  SET p.events = p.events
  WITH t, x, y, p
  CALL (t, x, y) {
    UNWIND [[x, y.code], [y, x.code]] AS cp
    WITH t, cp[0] AS c, cp[1] AS partner
    MATCH (c)-[r:COOPERATES_IN]->(t) WHERE r.partner = partner AND NOT coalesce(r.retracted, false)
    CALL (r) {
      MATCH (s:Sentence)-[e:EVIDENCE]->() USING INDEX e:EVIDENCE(fact) WHERE e.fact = r.id AND e.side = 'from'
      RETURN s
    }
    RETURN count(DISTINCT s) AS n
  }
  WITH p, t, n, [i IN range(0, size(coalesce(p.coopKeys, [])) - 1) WHERE p.coopKeys[i] = t.key | p.coopCounts[i]] AS now
  WITH p, [[t.key, n - coalesce(head(now), 0)]] AS coop` + bumpPair("coop", "coop") + `
}`

// cypherPairCoopRename moves the cooperation counts of the sector n,
// renamed from $from, to its new key in the pairs of the countries that
// cooperate in it.
var cypherPairCoopRename = `
WITH n
CALL (n) {
  WITH n WHERE n:Sector
  MATCH (c:Country)-[r:COOPERATES_IN]->(n)
  MATCH (o:Country {code: r.partner}) WHERE o <> c
  WITH DISTINCT CASE WHEN c.code < o.code THEN [c, o] ELSE [o, c] END AS xy
  WITH xy[0] AS x, xy[1] AS y
  MATCH (x)-[p:PAIR]->(y)
  SET p.events = p.events
  WITH p, [i IN range(0, size(coalesce(p.coopKeys, [])) - 1) WHERE p.coopKeys[i] = $from | p.coopCounts[i]] AS was
  WITH p, CASE WHEN size(was) = 0 THEN [] ELSE [[$from, -was[0]], [$to, was[0]]] END AS coop` + bumpPair("coop", "coop") + `
}`
