package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// CensusEvent is one Event node with the articles that report it.
type CensusEvent struct {
	Key       string
	Kind      string
	Date      string   // ISO date or ""
	Location  string   // key of the Location it was HELD_IN, or ""
	Countries []string // alpha-3 codes of participating countries, sorted
	Sources   []string // ids of the articles that report it, sorted
}

// Census lists what cross-article resolution decides: every event with
// its sources, and the keys of every leader and organization.
type Census struct {
	Events        []CensusEvent
	Leaders       []string
	Organizations []string
}

// Census reads the whole graph's events, leaders and organizations,
// ordered by key. It is meant for tests and audits of small graphs.
func (s *Store) Census(ctx context.Context) (Census, error) {
	var c Census
	res, err := s.query(ctx, `
MATCH (e:Event)
CALL (e) { OPTIONAL MATCH (a:Article)-[:REPORTS]->(e) WITH a ORDER BY a.id RETURN collect(a.id) AS sources }
CALL (e) { OPTIONAL MATCH (c:Country)-[:PARTICIPATED_IN]->(e) WITH c ORDER BY c.code RETURN collect(c.code) AS countries }
OPTIONAL MATCH (e)-[:HELD_IN]->(l:Location)
RETURN e.key AS key, e.kind AS kind, toString(e.date) AS date, head(collect(l.key)) AS location, countries, sources
ORDER BY key`, nil)
	if err != nil {
		return c, fmt.Errorf("census events: %w", err)
	}
	for _, r := range res.Records {
		get := func(k string) any { v, _ := r.Get(k); return v }
		c.Events = append(c.Events, CensusEvent{
			Key: str(get("key")), Kind: str(get("kind")), Date: str(get("date")), Location: str(get("location")),
			Countries: strList(get("countries")), Sources: strList(get("sources")),
		})
	}
	for label, dst := range map[string]*[]string{"Leader": &c.Leaders, "Organization": &c.Organizations} {
		res, err := s.query(ctx, "MATCH (n:"+label+") RETURN n.key AS key ORDER BY key", nil)
		if err != nil {
			return c, fmt.Errorf("census %s: %w", label, err)
		}
		for _, r := range res.Records {
			k, _ := r.Get("key")
			*dst = append(*dst, str(k))
		}
	}
	return c, nil
}

// Dump returns the whole graph as sorted lines, one per node and one per
// relationship, with every property and lists sorted: two graphs with the
// same content give the same dump whatever the order they were built in.
// A fact's random id, and the id its EVIDENCE relationships carry, are
// printed as the fact's type, ends and key; Lock nodes (infrastructure,
// no data) are left out. It is meant for tests and audits of small graphs.
func (s *Store) Dump(ctx context.Context) ([]string, error) {
	facts := map[string]string{}
	res, err := s.query(ctx, `
MATCH (f)-[r]->(t) WHERE r.id IS NOT NULL
RETURN r.id AS id, type(r) + '(' + f.key + '->' + t.key + ' ' + coalesce(r.key, '') + ')' AS fact`, nil)
	if err != nil {
		return nil, fmt.Errorf("dump graph: %w", err)
	}
	for _, r := range res.Records {
		facts[str(r.Values[0])] = str(r.Values[1])
	}
	res, err = s.query(ctx, `
MATCH (n) WHERE NOT n:Lock
OPTIONAL MATCH (n)-[r]->(m)
RETURN labels(n) AS labels, properties(n) AS props, type(r) AS type, properties(r) AS rprops,
       coalesce(m.key, m.id) AS to`, nil)
	if err != nil {
		return nil, fmt.Errorf("dump graph: %w", err)
	}
	var out []string
	for _, r := range res.Records {
		get := func(k string) any { v, _ := r.Get(k); return v }
		labels := strList(get("labels"))
		sort.Strings(labels)
		node := strings.Join(labels, ":") + " " + canonical(get("props"))
		out = append(out, node)
		if t := get("type"); t != nil {
			rp, _ := get("rprops").(map[string]any)
			for _, k := range []string{"id", "fact"} {
				if id, ok := rp[k].(string); ok {
					rp[k] = facts[id]
				}
			}
			out = append(out, node+" -["+str(t)+" "+canonical(rp)+"]-> "+str(get("to")))
		}
	}
	sort.Strings(out)
	return compact(out), nil
}

// canonical prints a property map with keys and list elements sorted.
func canonical(v any) string {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + "=" + canonical(x[k])
		}
		return "{" + strings.Join(parts, " ") + "}"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = canonical(e)
		}
		sort.Strings(parts)
		return "[" + strings.Join(parts, ",") + "]"
	case neo4j.Date:
		return x.Time().Format("2006-01-02")
	}
	return fmt.Sprint(v)
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// Audit recomputes what the writers keep as aggregates — each pair of
// countries' events and articles (PAIR), their shared events (SHARES)
// with the copies of their leaders and sectors,
// the copies of a participant's key and an event's date on
// PARTICIPATED_IN, each fact's sourceCount — from the facts themselves,
// and lists every difference (none when the graph is consistent). It
// reads the whole graph: it is meant for tests and audits.
func (s *Store) Audit(ctx context.Context) ([]string, error) {
	var out []string
	for _, c := range auditChecks {
		res, err := s.query(ctx, c.cypher, nil)
		if err != nil {
			return nil, fmt.Errorf("audit %s: %w", c.what, err)
		}
		for _, r := range res.Records {
			out = append(out, c.what+": "+fmt.Sprint(r.Values...))
		}
	}
	sort.Strings(out)
	return out, nil
}

// auditChecks each return one row per inconsistency.
var auditChecks = []struct{ what, cypher string }{
	{"pair events", `
MATCH (x:Country)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Country) WHERE x.code < y.code
WITH x, y, count(DISTINCT e) AS events
OPTIONAL MATCH (x)-[p:PAIR]->(y)
WITH x, y, events, coalesce(p.events, 0) AS kept WHERE kept <> events
RETURN x.code, y.code, events, kept`},
	{"pair articles", `
MATCH (x:Country)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Country) WHERE x.code < y.code
WITH x, y, count(DISTINCT a) AS articles
OPTIONAL MATCH (x)-[p:PAIR]->(y)
WITH x, y, articles, coalesce(p.articles, 0) AS kept WHERE kept <> articles
RETURN x.code, y.code, articles, kept`},
	{"pairs without events or articles", `
MATCH (x:Country)-[p:PAIR]->(y:Country)
WHERE NOT EXISTS { (x)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(y) }
  AND NOT EXISTS { (x)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(y) }
  AND p.coopKeys IS NULL
RETURN x.code, y.code`},
	{"pair tallies", `
MATCH (x:Country)-[p:PAIR]->(y:Country)` + pairTallies + `
WITH x, y, p, [lk, ln, sk, sn, ck, cn] AS want,
     [coalesce(p.leaderKeys, []), coalesce(p.leaderCounts, []), coalesce(p.sectorKeys, []), coalesce(p.sectorCounts, []),
      coalesce(p.coopKeys, []), coalesce(p.coopCounts, [])] AS kept
WHERE want <> kept OR any(l IN [p.leaderKeys, p.sectorKeys, p.coopKeys] WHERE l = [])
RETURN x.code, y.code, kept, want`},
	{"pairs of cooperation", cypherCoopPairs + `
WHERE NOT EXISTS { (x)-[:PAIR]->(y) }
RETURN x.code, y.code`},
	{"shared events", `
MATCH (x:Country)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Country) WHERE x.code < y.code
OPTIONAL MATCH (x)-[s:SHARES]->(e) WHERE s.pair = x.code + '-' + y.code
WITH x, y, e, collect(s) AS kept WHERE size(kept) <> 1 OR any(s IN kept WHERE s.date IS NULL <> e.date IS NULL OR s.date <> e.date)
RETURN x.code, y.code, e.key, size(kept)`},
	{"shares without both participations", `
MATCH (x:Country)-[s:SHARES]->(e:Event)
WHERE NOT EXISTS { (x)-[:PARTICIPATED_IN]->(e) }
   OR NOT EXISTS { MATCH (y:Country)-[:PARTICIPATED_IN]->(e) WHERE s.pair = x.code + '-' + y.code }
RETURN s.pair, e.key`},
	{"share copies", `
MATCH (:Country)-[sh:SHARES]->(e:Event)
CALL (e) {
  OPTIONAL MATCH (l:Leader)-[r:PARTICIPATED_IN]->(e) WHERE NOT coalesce(r.retracted, false)
  WITH l ORDER BY l.key
  RETURN collect(DISTINCT l.key) AS leaders
}
CALL (e) {
  OPTIONAL MATCH (e)-[d:DISCUSSED]->(s:Sector) WHERE NOT coalesce(d.retracted, false)
  WITH s ORDER BY s.key
  RETURN collect(DISTINCT s.key) AS sectors
}
WITH sh, e, leaders, sectors
WHERE sh.leaders IS NULL OR sh.sectors IS NULL OR sh.leaders <> leaders OR sh.sectors <> sectors
RETURN sh.pair, e.key, sh.leaders, leaders, sh.sectors, sectors`},
	{"participation copies", `
MATCH (n)-[p:PARTICIPATED_IN]->(e:Event)
WHERE p.who <> n.key OR p.date IS NULL <> e.date IS NULL OR p.date <> e.date
RETURN n.key, e.key, p.who, p.date, e.date`},
	// the index hint: a plan cached while the graph was small walked every
	// EVIDENCE of the graph per fact (a crash test's audit timed out)
	{"source counts", `
MATCH (f)-[r]->(t) WHERE r.id IS NOT NULL
CALL (r) {
  OPTIONAL MATCH (s:Sentence)-[e:EVIDENCE]->() USING INDEX e:EVIDENCE(fact) WHERE e.fact = r.id AND e.side = 'from'
  RETURN count(DISTINCT s.article) AS articles
}
WITH f, t, r, articles WHERE r.sourceCount <> articles
RETURN type(r), f.key, t.key, r.sourceCount, articles`},
}
