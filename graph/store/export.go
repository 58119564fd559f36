package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/bilateral-kg/bilateral/graph"
)

// ExportFilter selects the subgraph Export returns. The zero value selects
// every fact of the graph that no analyst retracted.
type ExportFilter struct {
	// Country, when set, selects a country's neighbourhood: the country,
	// every entity one fact away from it (partners, leaders,
	// organizations, sectors, projects, places, events), and what is one
	// fact away from those events and projects (their other participants,
	// places and topics).
	Country string
	// Pair, when set, selects what two countries share: their common
	// events and joint projects, the sectors they cooperate in with each
	// other, what is one fact away from those events and projects, and
	// the facts between the two.
	Pair [2]string
	// From and To, when not zero, keep the facts reported within the
	// range (last report on or after From, first on or before To) and the
	// events dated within it; undated events are then left out.
	From, To time.Time
	// MinSources leaves out the facts fewer articles state, and the events
	// fewer articles report.
	MinSources int
	// Retracted keeps the facts analysts retracted (marked retracted);
	// they are left out by default.
	Retracted bool
}

// Subgraph is a part of the graph as plain values, for files.
type Subgraph struct {
	Nodes         []ExportNode // by label, then key
	Relationships []ExportRelationship
	Evidence      []ExportEvidence // by fact, then the article's date
}

// ExportNode is an entity: its key, its type label and its properties
// (name, code, title, country, kind, date as "2006-01-02", ..., and
// sourceCount, the articles that mention or report it). Absent
// properties are absent from Props.
type ExportNode struct {
	Key, Label string
	Props      map[string]any
}

// ExportRelationship is a fact: its id (which its evidence names), its
// type, the keys of its ends and its properties (key, sourceCount,
// firstReported, lastReported, retracted, and those of its type: title,
// level, year, value, currency, valueUsd, period, record, partner).
type ExportRelationship struct {
	ID, Type, From, To string
	Props              map[string]any
}

// ExportEvidence is one sentence stating a fact, with its article.
type ExportEvidence struct {
	Fact, Sentence, Text                   string
	Article, Source, Title, URL, Published string
}

// ErrUnknownCountry is wrapped by Export's error when a country of the
// filter is not in the graph.
var ErrUnknownCountry = errors.New("unknown country")

// Export returns the subgraph f selects: the entities, the facts between
// them (a COOPERATES_IN only when its partner is among the countries) and
// the sentences that state those facts. Countries are given by alpha-3 or
// alpha-2 code or English name, any case. The error wraps
// ErrUnknownCountry for a country the graph lacks, ErrUnavailable when
// Neo4j cannot be reached.
func (s *Store) Export(ctx context.Context, f ExportFilter) (Subgraph, error) {
	params := map[string]any{
		"minSources": max(f.MinSources, 1), "retracted": f.Retracted,
		"from": exportDate(f.From), "to": exportDate(f.To),
		"labels": entityLabels(), "country": nil, "a": nil, "b": nil,
	}
	seed := cypherExportAll
	switch {
	case f.Country != "" && f.Pair != [2]string{}:
		return Subgraph{}, errors.New("export: a country or a pair, not both")
	case f.Country != "":
		keys, err := s.countryKeys(ctx, f.Country)
		if err != nil {
			return Subgraph{}, err
		}
		seed, params["country"] = cypherExportCountry, keys[0]
	case f.Pair != [2]string{}:
		keys, err := s.countryKeys(ctx, f.Pair[0], f.Pair[1])
		if err != nil {
			return Subgraph{}, err
		}
		if keys[0] == keys[1] {
			return Subgraph{}, fmt.Errorf("export: a pair of one country (%s)", keys[0])
		}
		seed, params["a"], params["b"] = cypherExportPair, keys[0], keys[1]
	}
	recs, err := s.read(ctx, "export subgraph", exportCypher(seed), params)
	if err != nil {
		return Subgraph{}, err
	}
	var g Subgraph
	if len(recs) == 1 {
		g.Nodes = exportNodes(recs[0].Values[0])
		g.Relationships = exportRels(recs[0].Values[1])
	}
	ids := make([]string, len(g.Relationships))
	for i, r := range g.Relationships {
		ids[i] = r.ID
	}
	if g.Evidence, err = s.exportEvidence(ctx, ids); err != nil {
		return Subgraph{}, err
	}
	return g, nil
}

// countryKeys resolves country references to keys, in order.
func (s *Store) countryKeys(ctx context.Context, refs ...string) ([]string, error) {
	lower := make([]string, len(refs))
	for i, r := range refs {
		lower[i] = strings.ToLower(strings.TrimSpace(r))
	}
	found, err := s.Countries(ctx, lower)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	keys := make([]string, len(refs))
	for i, r := range lower {
		c, ok := found[r]
		if !ok {
			return nil, fmt.Errorf("export: %w: %q", ErrUnknownCountry, refs[i])
		}
		keys[i] = c.Key
	}
	return keys, nil
}

// exportDate is t as a Cypher date parameter, or nil when t is zero.
func exportDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return neo4j.DateOf(t)
}

// entityLabels are the type labels of entities.
func entityLabels() []string {
	out := make([]string, len(graph.EntityTypes))
	for i, t := range graph.EntityTypes {
		out[i] = string(t)
	}
	return out
}

// factTypes is the relationship pattern of every fact type, from the
// closed set of graph.RelationTypes.
func factTypes() string {
	out := make([]string, len(graph.RelationTypes))
	for i, t := range graph.RelationTypes {
		out[i] = string(t)
	}
	return strings.Join(out, "|")
}

// The filter as predicates on a fact r and a node n (the events' dates
// and reports; other nodes pass).
const (
	exportFactOK = `($retracted OR NOT coalesce(%[1]s.retracted, false)) AND %[1]s.sourceCount >= $minSources
  AND ($from IS NULL OR %[1]s.lastReported >= $from) AND ($to IS NULL OR %[1]s.firstReported <= $to)`
	exportNodeOK = `(NOT %[1]s:Event OR (($from IS NULL OR %[1]s.date >= $from) AND ($to IS NULL OR %[1]s.date <= $to)
  AND ($minSources <= 1 OR COUNT { (:Article)-[:REPORTS]->(%[1]s) } >= $minSources)))`
)

// The seeds: each ends with focus (the countries asked for) and nodes
// (the candidates, focus included), or with rels for the whole graph.
const (
	cypherExportAll = `
MATCH (x)-[r:FACTS]->(y)
WHERE FACTOK(r) AND NODEOK(x) AND NODEOK(y)
WITH [] AS focus, collect(r) AS rels`

	cypherExportCountry = `
MATCH (c:Country {key: $country})
CALL (c) {
  MATCH (c)-[r:FACTS]-(n) WHERE FACTOK(r) AND NODEOK(n)
  RETURN collect(DISTINCT n) AS near
}
WITH [c] AS focus, near` + exportFar

	cypherExportPair = `
MATCH (a:Country {key: $a}), (b:Country {key: $b})
OPTIONAL CALL (a, b) {
  MATCH (a)-[r1:PARTICIPATED_IN]->(m:Event)<-[r2:PARTICIPATED_IN]-(b)
  WHERE FACTOK(r1) AND FACTOK(r2) AND NODEOK(m) RETURN m
  UNION
  MATCH (a)<-[r1:INVOLVES]-(m:Project)-[r2:INVOLVES]->(b)
  WHERE FACTOK(r1) AND FACTOK(r2) RETURN m
  UNION
  MATCH (x:Country)-[r:COOPERATES_IN]->(m:Sector)
  WHERE x.key IN [$a, $b] AND r.partner IN [a.code, b.code] AND r.partner <> x.code AND FACTOK(r) RETURN m
}
WITH [a, b] AS focus, collect(m) AS near` + exportFar

	// exportFar adds what is one fact away from the events and projects
	// near the focus, and keeps the facts among all the candidates.
	exportFar = `
CALL (near) {
  UNWIND near AS m
  WITH m WHERE m:Event OR m:Project
  MATCH (m)-[r:FACTS]-(n) WHERE FACTOK(r) AND NODEOK(n)
  RETURN collect(DISTINCT n) AS far
}
UNWIND focus + near + far AS n
WITH focus, collect(DISTINCT n) AS nodes
WITH focus, nodes, [n IN nodes WHERE n:Country | n.code] AS codes
CALL (nodes, codes) {
  UNWIND nodes AS x
  MATCH (x)-[r:FACTS]->(y)
  WHERE y IN nodes AND FACTOK(r) AND (type(r) <> 'COOPERATES_IN' OR r.partner IN codes)
  RETURN collect(r) AS rels
}
WITH focus, rels`

	// cypherExportResult turns focus and rels into one row: the nodes
	// (the focus and the ends of the facts) and the facts, as maps.
	cypherExportResult = `
CALL (focus, rels) {
  UNWIND focus + [r IN rels | startNode(r)] + [r IN rels | endNode(r)] AS n
  WITH DISTINCT n
  RETURN collect(n {.key, .name, .code, .iso2, .title, .country, .kind, .date, .datePrecision, .dateText,
    .status, .acronym, .sector, .countries, .aliases, .corrected, .summary,
    label: [l IN labels(n) WHERE l IN $labels][0], sourceCount: COUNT { (:Article)-->(n) }}) AS nodes
}
RETURN nodes, [r IN rels | r {.id, .key, .sourceCount, .firstReported, .lastReported, .retracted, .title, .level,
  .year, .value, .currency, .valueUsd, .period, .record, .partner,
  type: type(r), from: startNode(r).key, to: endNode(r).key}] AS rels`
)

// exportCypher is the whole statement of a seed, the fact types and the
// filter's predicates written in.
func exportCypher(seed string) string {
	q := seed + cypherExportResult
	q = strings.ReplaceAll(q, ":FACTS]", ":"+factTypes()+"]")
	for _, v := range []string{"r1", "r2", "r"} {
		q = strings.ReplaceAll(q, "FACTOK("+v+")", fmt.Sprintf(exportFactOK, v))
	}
	for _, v := range []string{"x", "y", "n", "m"} {
		q = strings.ReplaceAll(q, "NODEOK("+v+")", fmt.Sprintf(exportNodeOK, v))
	}
	return q
}

// cypherExportEvidence reads the sentences of facts by their ids (the
// EVIDENCE(fact) index), one row per sentence, with its article.
const cypherExportEvidence = `
UNWIND $ids AS id
MATCH (s:Sentence)-[e:EVIDENCE]->() WHERE e.fact = id AND e.side = 'from'
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
RETURN DISTINCT id, s.key AS sentence, s.text AS text, a.id AS article, a.source AS source,
  a.title AS title, a.url AS url, a.date AS published
ORDER BY id, published, sentence`

// exportEvidence returns the sentences of the facts with the given ids.
func (s *Store) exportEvidence(ctx context.Context, ids []string) ([]ExportEvidence, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := s.read(ctx, "export evidence", cypherExportEvidence, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make([]ExportEvidence, len(recs))
	for i, r := range recs {
		v := r.Values
		out[i] = ExportEvidence{Fact: str(v[0]), Sentence: str(v[1]), Text: str(v[2]), Article: str(v[3]),
			Source: str(v[4]), Title: str(v[5]), URL: str(v[6]), Published: exportString(v[7])}
	}
	return out, nil
}

// exportNodes reads the nodes of the result, sorted by label and key.
func exportNodes(v any) []ExportNode {
	list, _ := v.([]any)
	out := make([]ExportNode, 0, len(list))
	for _, item := range list {
		m, _ := item.(map[string]any)
		props := exportProps(m, "key", "label")
		out = append(out, ExportNode{Key: str(m["key"]), Label: str(m["label"]), Props: props})
	}
	slices.SortFunc(out, func(a, b ExportNode) int { return cmp.Or(cmp.Compare(a.Label, b.Label), cmp.Compare(a.Key, b.Key)) })
	return out
}

// exportRels reads the facts of the result, sorted by type, ends and key.
func exportRels(v any) []ExportRelationship {
	list, _ := v.([]any)
	out := make([]ExportRelationship, 0, len(list))
	for _, item := range list {
		m, _ := item.(map[string]any)
		props := exportProps(m, "id", "type", "from", "to")
		out = append(out, ExportRelationship{ID: str(m["id"]), Type: str(m["type"]), From: str(m["from"]), To: str(m["to"]), Props: props})
	}
	slices.SortFunc(out, func(a, b ExportRelationship) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To),
			cmp.Compare(exportString(a.Props["key"]), exportString(b.Props["key"])), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// exportProps converts a map of the result to plain values (dates as
// "2006-01-02", lists as []string), without nulls and the named keys.
func exportProps(m map[string]any, skip ...string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if v == nil || slices.Contains(skip, k) {
			continue
		}
		switch x := v.(type) {
		case dbtype.Date:
			out[k] = x.Time().Format(time.DateOnly)
		case []any:
			strs := make([]string, len(x))
			for i, e := range x {
				strs[i] = exportString(e)
			}
			out[k] = strs
		default:
			out[k] = x
		}
	}
	return out
}

// exportString is a scalar of the result as text ("" for null).
func exportString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	default:
		return fmt.Sprint(x)
	}
}
