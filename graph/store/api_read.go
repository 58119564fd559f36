package store

import (
	"context"
	"fmt"
	"sort"

	"github.com/bilateral-kg/bilateral/graph"
)

// The API's read methods below each run exactly one Cypher query (one
// round trip), whatever the number of keys they are given, in a read
// transaction routed to readers. Missing keys are absent from the maps
// they return.

// Entities returns the entities with the given keys.
func (s *Store) Entities(ctx context.Context, keys []string) (map[string]graph.Entity, error) {
	recs, err := s.read(ctx, "read entities", "UNWIND $keys AS k\n"+matchKey("k", "n", "k")+"\nRETURN n", map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Entity, len(recs))
	for _, r := range recs {
		e := entityOf(r.Values[0])
		out[e.Key] = e
	}
	return out, nil
}

// Articles returns the articles with the given ids.
func (s *Store) Articles(ctx context.Context, ids []string) (map[string]graph.Article, error) {
	recs, err := s.read(ctx, "read articles", `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Article, len(recs))
	for _, r := range recs {
		a := articleOf(r.Values[0])
		out[a.ID] = a
	}
	return out, nil
}

// Sentences returns the evidence sentences with the given keys.
func (s *Store) Sentences(ctx context.Context, keys []string) (map[string]graph.Sentence, error) {
	recs, err := s.read(ctx, "read sentences", `
UNWIND $keys AS k MATCH (s:Sentence {key: k})
RETURN s.key, s.article, s.text, s.start, s.end`, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Sentence, len(recs))
	for _, r := range recs {
		v := r.Values
		out[str(v[0])] = graph.Sentence{Key: str(v[0]), Article: str(v[1]), Text: str(v[2]), Start: toInt(v[3]), End: toInt(v[4])}
	}
	return out, nil
}

// FactSources returns the evidence sentences of each fact, by the fact's
// id (graph.Fact.ID), ordered by article and offset, through the EVIDENCE
// index: for facts read without their evidence (the bilateral summary),
// when a client asks for their sources. Unknown ids are absent.
func (s *Store) FactSources(ctx context.Context, ids []string) (map[string][]graph.Sentence, error) {
	recs, err := s.read(ctx, "read fact sources", `
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Sentence)-[e:EVIDENCE]->() USING INDEX e:EVIDENCE(fact) WHERE e.fact = id AND e.side = 'from'
  WITH s ORDER BY s.article, s.start
  RETURN collect(s {.key, .article, .text, .start, .end}) AS ss
}
RETURN id, ss`, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]graph.Sentence, len(recs))
	for _, r := range recs {
		for _, x := range r.Values[1].([]any) {
			m := x.(map[string]any)
			id := str(r.Values[0])
			out[id] = append(out[id], graph.Sentence{Key: str(m["key"]), Article: str(m["article"]), Text: str(m["text"]), Start: toInt(m["start"]), End: toInt(m["end"])})
		}
	}
	return out, nil
}

// Countries resolves country references — alpha-3 or alpha-2 codes,
// English names or aliases, given in lower case — to countries. A code
// wins over an alpha-2 code, which wins over a name, which wins over an
// alias. Unknown references are absent from the map.
func (s *Store) Countries(ctx context.Context, refs []string) (map[string]graph.Entity, error) {
	recs, err := s.read(ctx, "resolve countries", `
UNWIND $refs AS ref
CALL (ref) {
  MATCH (c:Country) WHERE c.code = toUpper(ref) RETURN c, 0 AS rank
  UNION MATCH (c:Country) WHERE c.iso2 = toUpper(ref) RETURN c, 1 AS rank
  UNION MATCH (c:Country) WHERE toLower(c.name) = ref RETURN c, 2 AS rank
  UNION MATCH (c:Country) WHERE any(a IN coalesce(c.aliases, []) WHERE toLower(a) = ref) RETURN c, 3 AS rank
}
WITH ref, c, rank ORDER BY rank, c.code
RETURN ref, collect(c)[0] AS c`, map[string]any{"refs": refs})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Entity, len(recs))
	for _, r := range recs {
		if e := entityOf(r.Values[1]); e.Key != "" {
			out[str(r.Values[0])] = e
		}
	}
	return out, nil
}

// linkCypher reads one neighbourhood for a batch of keys: rows of the key,
// the neighbour node, and the relationship (or null) with its ends' keys.
var linkCypher = map[graph.LinkKind]string{
	graph.EventParticipants: `
UNWIND $keys AS k MATCH (:Event {key: k})<-[r:PARTICIPATED_IN]-(n)
` + factEvidence + `
RETURN k, n, r, startNode(r).key AS f, endNode(r).key AS t, ev, arts ORDER BY k, n.key`,
	graph.EventLocation: `
UNWIND $keys AS k MATCH (:Event {key: k})-[r:HELD_IN]->(n:Location)
` + factEvidence + `
RETURN k, n, r, startNode(r).key AS f, endNode(r).key AS t, ev, arts
ORDER BY k, coalesce(r.retracted, false), r.sourceCount DESC, r.lastReported DESC, n.key`,
	graph.EventTopics: `
UNWIND $keys AS k MATCH (:Event {key: k})-[r:DISCUSSED]->(n)
` + factEvidence + `
RETURN k, n, r, startNode(r).key AS f, endNode(r).key AS t, ev, arts ORDER BY k, n.key`,
	graph.CountryOrgs: `
UNWIND $keys AS k MATCH (c:Country {key: k})
CALL (c) {
  MATCH (c)-[r:MEMBER_OF|CHAIRS]->(n:Organization) WHERE NOT coalesce(r.retracted, false) RETURN n
  UNION MATCH (n:Organization) WHERE c.code IN n.countries AND NOT EXISTS { (c)-[r:MEMBER_OF|CHAIRS]->(n) WHERE r.retracted } RETURN n
}
RETURN k, n, null AS r, null AS f, null AS t, [] AS ev, [] AS arts ORDER BY k, n.name, n.key`,
	graph.CountryRoles: `
UNWIND $keys AS k MATCH (:Country {key: k})<-[r:LEADS]-(n:Leader)
` + factEvidence + `
RETURN k, n, r, startNode(r).key AS f, endNode(r).key AS t, ev, arts ORDER BY k, r.lastReported DESC, n.key, r.key`,
	graph.LeaderRoles: `
UNWIND $keys AS k MATCH (:Leader {key: k})-[r:LEADS]->(n:Country)
` + factEvidence + `
RETURN k, n, r, startNode(r).key AS f, endNode(r).key AS t, ev, arts ORDER BY k, r.lastReported DESC, n.key, r.key`,
	graph.LeaderMet: `
UNWIND $keys AS k MATCH (l:Leader {key: k})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(n:Leader)
WHERE n <> l
WITH k, n, count(DISTINCT e) AS shared
RETURN k, n, null AS r, null AS f, null AS t, [] AS ev, [] AS arts ORDER BY k, shared DESC, n.name, n.key`,
	graph.OrgCountries: `
UNWIND $keys AS k MATCH (o:Organization {key: k})
CALL (o) {
  MATCH (n:Country)-[r:MEMBER_OF|CHAIRS]->(o) WHERE NOT coalesce(r.retracted, false) RETURN n
  UNION MATCH (n:Country) WHERE n.code IN o.countries AND NOT EXISTS { (n)-[r:MEMBER_OF|CHAIRS]->(o) WHERE r.retracted } RETURN n
}
RETURN k, n, null AS r, null AS f, null AS t, [] AS ev, [] AS arts ORDER BY k, n.code`,
	graph.ProjectCountries: `
UNWIND $keys AS k MATCH (p:Project {key: k})
CALL (p) {
  MATCH (p)-[r:INVOLVES]->(n:Country) WHERE NOT coalesce(r.retracted, false) RETURN n
  UNION MATCH (n:Country) WHERE n.code IN p.countries AND NOT EXISTS { (p)-[r:INVOLVES]->(n) WHERE r.retracted } RETURN n
}
RETURN k, n, null AS r, null AS f, null AS t, [] AS ev, [] AS arts ORDER BY k, n.code`,
	// Events rarely DISCUSS a project by name: the events its articles
	// report, with one of its countries taking part, are its events too.
	graph.ProjectEvents: `
UNWIND $keys AS k MATCH (p:Project {key: k})
CALL (p) {
  MATCH (p)<-[:DISCUSSED]-(n:Event) RETURN n
  UNION
  MATCH (p)<-[:MENTIONS]-(:Article)-[:REPORTS]->(n:Event)
  WHERE EXISTS { (p)-[:INVOLVES]->(:Country)-[:PARTICIPATED_IN]->(n) }
  RETURN n
}
RETURN k, n, null AS r, null AS f, null AS t, [] AS ev, [] AS arts ORDER BY k, n.date IS NULL, n.date DESC, n.key`,
	graph.ArticleEntities: `
UNWIND $keys AS k MATCH (:Article {id: k})-[m:MENTIONS|REPORTS]->(n)
RETURN k, n, null AS r, null AS f, null AS t, [] AS ev, [] AS arts ORDER BY k, coalesce(m.count, 0) DESC, n.key`,
}

// Links returns, for each key, the neighbours of kind kind in a fixed
// order (see graph.LinkKind). Links read with their fact include
// retracted facts (Fact.Retracted), for the caller to leave out; the
// others (organizations, project countries) leave out what retracted
// facts alone support.
func (s *Store) Links(ctx context.Context, kind graph.LinkKind, keys []string) (map[string][]graph.Link, error) {
	cypher, ok := linkCypher[kind]
	if !ok {
		return nil, fmt.Errorf("read links: unknown kind %q", kind)
	}
	recs, err := s.read(ctx, "read "+string(kind), cypher, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]graph.Link, len(keys))
	for _, r := range recs {
		k := str(r.Values[0])
		l := graph.Link{Node: entityOf(r.Values[1])}
		if r.Values[2] != nil {
			l.Fact = factOf(r.Values[2], str(r.Values[3]), str(r.Values[4]), r.Values[5], r.Values[6])
		}
		out[k] = append(out[k], l)
	}
	return out, nil
}

// Provenance returns what supports each entity: the evidence of the
// facts that touch it (the sentences with EVIDENCE for it) and the articles that report or mention it.
func (s *Store) Provenance(ctx context.Context, keys []string) (map[string]graph.Provenance, error) {
	recs, err := s.read(ctx, "read provenance", `
UNWIND $keys AS k
`+matchKey("k", "n", "k")+`
CALL (n) {
  MATCH (s:Sentence)-[:EVIDENCE]->(n)
  WITH DISTINCT s
  RETURN collect([s.key, s.article, s.text, s.start, s.end]) AS evidence
}
CALL (n) {
  MATCH (a:Article)-[:REPORTS|MENTIONS]->(n)
  RETURN count(DISTINCT a) AS articles, min(a.date) AS first, max(a.date) AS last
}
RETURN k, evidence, articles, first, last`, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := make(map[string]graph.Provenance, len(recs))
	for _, r := range recs {
		v := r.Values
		var ev []graph.Sentence
		for _, x := range v[1].([]any) {
			f := x.([]any)
			ev = append(ev, graph.Sentence{Key: str(f[0]), Article: str(f[1]), Text: str(f[2]), Start: toInt(f[3]), End: toInt(f[4])})
		}
		sort.Slice(ev, func(i, j int) bool {
			if ev[i].Article != ev[j].Article {
				return ev[i].Article < ev[j].Article
			}
			return ev[i].Start < ev[j].Start
		})
		out[str(v[0])] = graph.Provenance{Evidence: ev, Articles: toInt(v[2]), FirstReported: isoDate(v[3]), LastReported: isoDate(v[4])}
	}
	return out, nil
}
