package store

// Aggregates of pairs of countries, kept by the writers so that the reads
// of a pair and of a country cost the same whatever the size of the graph:
//
//	(:Country)-[:PAIR {events, articles}]->(:Country)
//	    one per unordered pair (from the smaller code): the events both
//	    took part in, and the articles that mention both
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
const cypherReconcilePairs = `
WITH $keys AS keys` + reconcileBody

// reconcileBody is cypherReconcilePairs after its list of event keys,
// keys.
const reconcileBody = `
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
  DELETE s
  WITH p WHERE p.events <= 0 AND p.articles <= 0
  DELETE p
}` + cypherShareCopies

// cypherShareCopies copies onto the SHARES relationships of event e the
// keys of the leaders that take part in it and of the sectors it
// discussed (sorted; retracted facts left out), so that a pair's summary
// reads its leaders and sectors from its SHARES index without expanding
// its events. It runs wherever those facts of e change: with
// cypherReconcilePairs (every batch and removal), a retraction or its
// undoing, and a rename.
const cypherShareCopies = `
CALL (e) {
  OPTIONAL MATCH (l:Leader)-[r:PARTICIPATED_IN]->(e) WHERE NOT coalesce(r.retracted, false)
  WITH e, l ORDER BY l.key
  WITH e, collect(DISTINCT l.key) AS leaders
  OPTIONAL MATCH (e)-[d:DISCUSSED]->(s:Sector) WHERE NOT coalesce(d.retracted, false)
  WITH e, leaders, s ORDER BY s.key
  WITH e, leaders, collect(DISTINCT s.key) AS sectors
  MATCH (e)<-[sh:SHARES]-()
  SET sh.leaders = leaders, sh.sectors = sectors
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
const cypherArticleUnpairs = `
MATCH (a:Article {id: $id})-[:MENTIONS]->(x:Country)
MATCH (a)-[:MENTIONS]->(y:Country) WHERE x.code < y.code
MATCH (x)-[p:PAIR]->(y)
SET p.articles = p.articles - 1
WITH p WHERE p.events <= 0 AND p.articles <= 0
DELETE p`

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
