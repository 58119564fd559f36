package store

// Aggregates of pairs of countries, kept by the writers so that the reads
// of a pair and of a country cost the same whatever the size of the graph:
//
//	(:Country)-[:PAIR {events, articles, leaderKeys, leaderCounts,
//	                   sectorKeys, sectorCounts, coopKeys, coopCounts}]->(:Country)
//	    one per unordered pair (from the smaller code): the events both
//	    took part in, and the articles that mention both; the leaders
//	    who took part in the pair's events and the sectors those events
//	    discussed, each with its number of events (from the copies on
//	    SHARES, below); and the sectors the pair's cooperation is stated
//	    in (COOPERATES_IN of either with the other as partner), each with
//	    its number of stating sentences (cypherPairCoop). Keys sorted,
//	    counts beside them, no zero kept: the pair's summary reads them
//	    without reading its events or their evidence
//	(:Country)-[:SHARES {pair, date, leaders, sectors}]->(:Event)
//	    one per pair and event both took part in (from the smaller code),
//	    indexed by (pair, date): a pair's events page seeks it in date order;
//	    and by pair; with the keys of the event's leaders and of the sectors
//	    it discussed (cypherShareCopies), which the pair's summary reads
//	PARTICIPATED_IN {who, date}
//	    the participant's key and the event's date, indexed by (who, date):
//	    a country's or leader's events page seeks it in date order
//
// An event's date and a participant's key can change (a new report, a
// rename); the writers keep these copies up to date.

// cypherReconcilePairs brings the pairs of each event of $keys in line
// with its participants: a SHARES relationship (and one more event in the
// pair's count) for each pair of countries that both take part, none for
// a pair that no longer does. It runs once the facts of a batch, or the
// removal of an article, are written; it does not depend on the order the
// participations were written in, and writing it again changes nothing.
var cypherReconcilePairs = `
WITH $keys AS keys` + reconcileBody

// reconcileBody is cypherReconcilePairs after its list of event keys,
// keys.
var reconcileBody = `
UNWIND keys AS k
MATCH (e:Event {key: k})
CALL (e) {
  MATCH (x:Country)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(y:Country)
  WHERE x.code < y.code AND NOT EXISTS { MATCH (x)-[s:SHARES]->(e) WHERE s.pair = x.code + '-' + y.code }
  MERGE (x)-[p:PAIR]->(y) ON CREATE SET p.events = 0, p.articles = 0
  SET p.events = p.events + 1
  CREATE (x)-[:SHARES {pair: x.code + '-' + y.code, date: e.date}]->(e)
}
CALL (e) {
  MATCH (x:Country)-[s:SHARES]->(e)
  WITH x, s, e, split(s.pair, '-')[1] AS yc
  WHERE NOT EXISTS { (x)-[:PARTICIPATED_IN]->(e) }
     OR NOT EXISTS { MATCH (y:Country {code: yc})-[:PARTICIPATED_IN]->(e) }
  MATCH (y:Country {code: yc})
  MATCH (x)-[p:PAIR]->(y)
  SET p.events = p.events - 1
  WITH p, s, [k IN coalesce(s.leaders, []) | [k, -1]] AS leaders, [k IN coalesce(s.sectors, []) | [k, -1]] AS sectors
  DELETE s
  WITH p, leaders, sectors` + bumpPair("leaders", "leader") + bumpPair("sectors", "sector") + `
  WITH p WHERE ` + pairEmpty + `
  DELETE p
}` + cypherShareCopies

// cypherShareCopies copies onto the SHARES relationships of event e the
// keys of the leaders that take part in it and of the sectors it
// discussed (sorted; retracted facts left out), so that a pair's summary
// reads its leaders and sectors from its SHARES index without expanding
// its events. It runs wherever those facts of e change: with
// cypherReconcilePairs (every batch and removal), a retraction or its
// undoing, and a rename.
var cypherShareCopies = `
CALL (e) {
  // the copies' locks before anything they copy is read: a concurrent
  // writer of the same copies (another article's participant, or a rename
  // of one of e's leaders) waits, then reads what the first committed, so
  // that neither a stale key is written back nor a delta counted twice
  // into the PAIR
  CALL (e) {
    MATCH (e)<-[sh:SHARES]-(:Country)
    SET sh._lock = true REMOVE sh._lock
  }
  OPTIONAL MATCH (l:Leader)-[r:PARTICIPATED_IN]->(e) WHERE NOT coalesce(r.retracted, false)
  WITH e, l ORDER BY l.key
  WITH e, collect(DISTINCT l.key) AS leaders
  OPTIONAL MATCH (e)-[d:DISCUSSED]->(s:Sector) WHERE NOT coalesce(d.retracted, false)
  WITH e, leaders, s ORDER BY s.key
  WITH e, leaders, collect(DISTINCT s.key) AS sectors
  MATCH (e)<-[sh:SHARES]-(x:Country)
  WITH x, sh, leaders, sectors, coalesce(sh.leaders, []) AS oldLeaders, coalesce(sh.sectors, []) AS oldSectors
  SET sh.leaders = leaders, sh.sectors = sectors
  WITH x, sh, [k IN leaders WHERE NOT k IN oldLeaders | [k, 1]] + [k IN oldLeaders WHERE NOT k IN leaders | [k, -1]] AS leaders,
          [k IN sectors WHERE NOT k IN oldSectors | [k, 1]] + [k IN oldSectors WHERE NOT k IN sectors | [k, -1]] AS sectors
  WHERE size(leaders) > 0 OR size(sectors) > 0 // the pair only when its copies changed
  MATCH (x)-[p:PAIR]->(:Country {code: split(sh.pair, '-')[1]})
  WITH p, leaders, sectors` +
	bumpPair("leaders", "leader") + bumpPair("sectors", "sector") + `
}`

// cypherArticlePairs counts each article in the pairs of the countries it
// mentions ($rows: article id and its pairs of country keys, smaller
// code first).
const cypherArticlePairs = `
UNWIND $rows AS row
UNWIND row.pairs AS pair
MATCH (x:Country {key: pair[0]})
MATCH (y:Country {key: pair[1]})
MERGE (x)-[p:PAIR]->(y) ON CREATE SET p.events = 0, p.articles = 0
SET p.articles = p.articles + 1`

// cypherArticleUnpairs takes the article $id off the pairs of the
// countries it mentions, before it goes.
var cypherArticleUnpairs = `
MATCH (a:Article {id: $id})-[:MENTIONS]->(x:Country)
MATCH (a)-[:MENTIONS]->(y:Country) WHERE x.code < y.code
MATCH (x)-[p:PAIR]->(y)
SET p.articles = p.articles - 1
WITH p WHERE ` + pairEmpty + `
DELETE p`

// pairTallies is a subquery that counts, for the countries x and y
// (x.code < y.code), what their PAIR keeps beside events and articles:
// from the copies on their SHARES, the leaders (lk, ln) and the sectors
// (sk, sn) of their shared events, and from the evidence of their
// cooperation facts, its sectors (ck, cn); keys sorted. It reads the
// pair's whole history: for the backfill and Audit, not for the writers.
const pairTallies = `
CALL (x, y) {
  OPTIONAL MATCH ()-[sh:SHARES]->() USING INDEX sh:SHARES(pair) WHERE sh.pair = x.code + '-' + y.code
  UNWIND coalesce(sh.leaders, []) AS k
  WITH k, count(*) AS n ORDER BY k
  RETURN collect(k) AS lk, collect(n) AS ln
}
CALL (x, y) {
  OPTIONAL MATCH ()-[sh:SHARES]->() USING INDEX sh:SHARES(pair) WHERE sh.pair = x.code + '-' + y.code
  UNWIND coalesce(sh.sectors, []) AS k
  WITH k, count(*) AS n ORDER BY k
  RETURN collect(k) AS sk, collect(n) AS sn
}
CALL (x, y) {
  UNWIND [[x, y.code], [y, x.code]] AS cp
  WITH cp[0] AS c, cp[1] AS partner
  MATCH (c)-[r:COOPERATES_IN]->(sec:Sector) WHERE r.partner = partner AND NOT coalesce(r.retracted, false)
  CALL (r) {
    MATCH (s:Sentence)-[e:EVIDENCE]->() USING INDEX e:EVIDENCE(fact) WHERE e.fact = r.id AND e.side = 'from'
    RETURN s
  }
  WITH sec.key AS k, count(DISTINCT s) AS n ORDER BY k
  RETURN collect(k) AS ck, collect(n) AS cn
}`

// cypherCoopPairs lists the pairs (x, y: x.code < y.code) whose
// cooperation a fact not retracted states.
const cypherCoopPairs = `
MATCH (c:Country)-[r:COOPERATES_IN]->(:Sector) WHERE NOT coalesce(r.retracted, false)
MATCH (o:Country {code: r.partner}) WHERE o <> c
WITH DISTINCT CASE WHEN c.code < o.code THEN [c, o] ELSE [o, c] END AS xy
WITH xy[0] AS x, xy[1] AS y`

// pairEmpty is true of a PAIR p that no longer holds anything: no shared
// event, no article mentioning both, no cooperation stated.
const pairEmpty = `p.events <= 0 AND p.articles <= 0 AND size(coalesce(p.coopKeys, [])) = 0`

// bumpPair is a subquery that adds the deltas of the list deltas
// ([key, n] pairs) to the counts of PAIR p kept under prefix
// (p.<prefix>Keys, p.<prefix>Counts): keys sorted, counts beside them,
// keys whose count falls to zero dropped, no property when none is left.
// It writes p's counts before it
// reads them (the write takes p's lock), so that concurrent writers of a
// pair take turns rather than lose each other's deltas.
func bumpPair(deltas, prefix string) string {
	keys, counts := "p."+prefix+"Keys", "p."+prefix+"Counts"
	return `
CALL (p, ` + deltas + `) {
  WITH p, ` + deltas + ` AS d WHERE size(d) > 0
  SET p.events = p.events
  WITH p, d, coalesce(` + keys + `, []) AS ks, coalesce(` + counts + `, []) AS ns
  WITH p, d, ns, ks + reduce(acc = [], x IN d | CASE WHEN x[0] IN ks OR x[0] IN acc THEN acc ELSE acc + [x[0]] END) AS ks
  CALL (d, ns, ks) {
    UNWIND range(0, size(ks) - 1) AS i
    WITH ks[i] AS k, coalesce(ns[i], 0) + reduce(s = 0, x IN d | s + CASE WHEN x[0] = ks[i] THEN x[1] ELSE 0 END) AS n
    WITH k, n WHERE n > 0
    ORDER BY k
    RETURN collect(k) AS keys, collect(n) AS counts
  }
  SET ` + keys + ` = CASE WHEN size(keys) = 0 THEN null ELSE keys END,
      ` + counts + ` = CASE WHEN size(keys) = 0 THEN null ELSE counts END
}`
}

// cypherEventDates copies event n's date onto its participations and
// shared pairs when it changed.
const cypherEventDates = `
WITH n
CALL (n) {
  MATCH (n)<-[p:PARTICIPATED_IN|SHARES]-()
  WITH p WHERE p.date IS NULL <> n.date IS NULL OR p.date <> n.date
  SET p.date = n.date
}`

// articlePairs lists the unordered pairs of country keys, smaller first.
func articlePairs(countries []string) [][]string {
	var out [][]string
	for i, a := range countries {
		for _, b := range countries[i+1:] {
			x, y := a, b
			if x > y {
				x, y = y, x
			}
			out = append(out, []string{x, y})
		}
	}
	return out
}
