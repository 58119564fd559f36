package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// Resolution look-ups. Each reads a bounded part of the graph whatever its
// size: an exact key, an equality on an indexed property, a range with
// both bounds on the (kind, anchor) index, or name tokens in the leader
// name index. TestResolutionQueriesSeekIndexes checks their plans.
const (
	cypherCandidatePeople = `
CALL db.index.fulltext.queryNodes('leader_name_keys', $tokens) YIELD node AS l
RETURN l.key AS key, l.country AS country, l.title AS title, l.countryClaims AS countries, l.titleClaims AS titles, l.corrected AS corrected, l.spellings AS spellings
UNION
UNWIND $keys AS k
MATCH (l:Leader {key: k})
RETURN l.key AS key, l.country AS country, l.title AS title, l.countryClaims AS countries, l.titleClaims AS titles, l.corrected AS corrected, l.spellings AS spellings`

	cypherCandidateOrgs = `
UNWIND $keys AS k MATCH (o:Organization {key: k}) RETURN o.key AS key, o.name AS name, o.acronym AS acronym, o.acronymClaims AS acronyms, 'acronym' IN coalesce(o.corrected, []) AS fixed
UNION
UNWIND $names AS n MATCH (o:Organization {acronym: n}) RETURN o.key AS key, o.name AS name, o.acronym AS acronym, o.acronymClaims AS acronyms, 'acronym' IN coalesce(o.corrected, []) AS fixed
UNION
UNWIND $names AS n MATCH (o:Organization {name: n}) RETURN o.key AS key, o.name AS name, o.acronym AS acronym, o.acronymClaims AS acronyms, 'acronym' IN coalesce(o.corrected, []) AS fixed`

	cypherCandidateEvents = `
CALL (){
  UNWIND $ranges AS q
  MATCH (e:Event) USING INDEX e:Event(kind, anchor)
  WHERE e.kind = q.kind AND e.anchor >= date(q.from) AND e.anchor <= date(q.to)
  RETURN e
  UNION
  UNWIND $keys AS k
  MATCH (e:Event {key: k})
  RETURN e
}
CALL (e) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e)
  RETURN [x IN collect(p) WHERE x:Country | x.code] AS countries,
         [x IN collect(p) WHERE x:Leader | [x.key, x.country, x.title, x.countryClaims, x.titleClaims, x.corrected, x.spellings]] AS leaders,
         [x IN collect(p) WHERE x:Organization | x.key] AS orgs
}
CALL (e) {
  OPTIONAL MATCH (e)-[h:HELD_IN]->(l:Location) WHERE NOT coalesce(h.retracted, false)
  WITH l, h ORDER BY h.sourceCount DESC, h.lastReported DESC, l.key
  RETURN head(collect(l.key)) AS location
}
RETURN e.key AS key, e.kind AS kind, toString(e.date) AS date, toString(e.anchor) AS anchor,
       location, countries, leaders, orgs,
       [(:Article)-[r:REPORTS]->(e) WHERE r.date IS NOT NULL | [toString(r.date), r.stamp, coalesce(r.datePrecision, '')]] AS dates,
       'date' IN coalesce(e.corrected, []) AS fixed,
       [(:Article)-[r:REPORTS]->(e) | coalesce(r.status, '')] AS statuses`
)

// candidateParams are the parameters of the three look-ups for a batch.
type candidateParams struct {
	people, orgs, events map[string]any
}

// lookups returns the look-up parameters for the candidates of xs.
func lookups(xs []*graph.Extraction) candidateParams {
	var tokens, personKeys, orgKeys, names, eventKeys []string
	var ranges []map[string]any
	seen := map[string]bool{}
	add := func(list *[]string, kind, v string) {
		if v != "" && !seen[kind+v] {
			seen[kind+v] = true
			*list = append(*list, v)
		}
	}
	for _, x := range xs {
		for _, e := range x.Entities {
			switch e.Type {
			case graph.TypeLeader:
				add(&personKeys, "p", e.Key)
				for _, t := range graph.NameKeys(e.Key) {
					add(&tokens, "t", t)
				}
			case graph.TypeOrganization:
				add(&orgKeys, "o", e.Key)
				add(&names, "n", e.Name)
				add(&names, "n", e.Acronym)
			case graph.TypeEvent:
				s := graph.SketchOf(x, e)
				add(&eventKeys, "e", e.Key)
				if e.Date == "" || e.DatePrecision == "assumed" {
					add(&eventKeys, "e", e.Key+"@"+shortID(x.Article.ID))
				}
				if t, err := time.Parse(time.DateOnly, s.Anchor); err == nil && !seen["r"+s.Kind+s.Anchor] {
					seen["r"+s.Kind+s.Anchor] = true
					ranges = append(ranges, map[string]any{"kind": s.Kind,
						"from": t.Add(-graph.EventWindow).Format(time.DateOnly), "to": t.Add(graph.EventWindow).Format(time.DateOnly)})
				}
			}
		}
	}
	return candidateParams{
		people: map[string]any{"tokens": fulltextQuery(tokens), "keys": nonNil(personKeys)},
		orgs:   map[string]any{"keys": nonNil(orgKeys), "names": nonNil(names)},
		events: map[string]any{"ranges": ranges, "keys": nonNil(eventKeys)},
	}
}

// fulltextQuery ORs name tokens for the leader name index, each quoted
// (tokens are ASCII letters, or "~" and letters).
func fulltextQuery(tokens []string) string {
	if len(tokens) == 0 {
		return `"~none~"`
	}
	q := make([]string, len(tokens))
	for i, t := range tokens {
		q[i] = `"` + t + `"`
	}
	return strings.Join(q, " OR ")
}

func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

// snapshot reads the candidates of a batch inside tx.
func snapshot(ctx context.Context, tx neo4j.ManagedTransaction, xs []*graph.Extraction) (graph.Snapshot, error) {
	var s graph.Snapshot
	p := lookups(xs)
	recs, err := collect(ctx, tx, cypherCandidatePeople, p.people)
	if err != nil {
		return s, fmt.Errorf("candidate leaders: %w", err)
	}
	for _, r := range recs {
		s.People = append(s.People, personSketch(r.Values))
	}
	recs, err = collect(ctx, tx, cypherCandidateOrgs, p.orgs)
	if err != nil {
		return s, fmt.Errorf("candidate organizations: %w", err)
	}
	for _, r := range recs {
		v := r.Values
		s.Orgs = append(s.Orgs, graph.OrgSketch{Key: str(v[0]), Name: str(v[1]), Acronym: str(v[2]),
			AcronymClaims: graph.ParseClaims(strList(v[3])), AcronymFixed: v[4] == true})
	}
	recs, err = collect(ctx, tx, cypherCandidateEvents, p.events)
	if err != nil {
		return s, fmt.Errorf("candidate events: %w", err)
	}
	known := map[string]bool{}
	for _, p := range s.People {
		known[p.Key] = true
	}
	for _, r := range recs {
		v := r.Values
		// the leaders of a candidate event, with their countries: the
		// resolver tells two meetings apart by who met on each side
		// ("Qureshi met Gunawardena", "Khan met Gunawardena"), as it does
		// for the leaders of the batch's earlier articles
		e := graph.EventSketch{Key: str(v[0]), Kind: str(v[1]), Date: str(v[2]), Anchor: str(v[3]), Location: str(v[4]),
			Countries: strList(v[5]), Orgs: strList(v[7]), DateCorrected: v[9] == true}
		leaders, _ := v[6].([]any)
		for _, l := range leaders {
			f, ok := l.([]any)
			if !ok || len(f) != 7 {
				continue
			}
			e.People = append(e.People, str(f[0]))
			if known[str(f[0])] {
				continue
			}
			known[str(f[0])] = true
			s.People = append(s.People, personSketch(f))
		}
		statuses := strList(v[10])
		e.Planned = len(statuses) > 0
		for _, st := range statuses {
			e.Planned = e.Planned && st == "planned"
		}
		dates, _ := v[8].([]any)
		sort.Slice(dates, func(i, j int) bool { return fmt.Sprint(dates[i]) < fmt.Sprint(dates[j]) })
		for _, d := range dates {
			p, ok := d.([]any)
			switch {
			case !ok || len(p) != 3:
			case p[2] == "assumed":
				e.AssumedDates = e.AssumedDates.Add(str(p[0]), str(p[1]))
			default:
				e.DateClaims = e.DateClaims.Add(str(p[0]), str(p[1]))
			}
		}
		if !e.DateCorrected {
			e.Date = graph.EventDate(e.Kind, e.DateClaims, nil) // stated dates only
		}
		sort.Strings(e.Countries)
		s.Events = append(s.Events, e)
	}
	return s, nil
}

// personSketch reads a leader's key, country, title, their claims, its
// corrections and the keys its reports were written under, in that
// order.
func personSketch(v []any) graph.PersonSketch {
	return graph.PersonSketch{Key: str(v[0]), Country: str(v[1]), Title: str(v[2]),
		CountryClaims: graph.ParseClaims(strList(v[3])), TitleClaims: graph.ParseClaims(strList(v[4])), Corrected: strList(v[5]),
		Spellings: strList(v[6])}
}

// collect runs a statement inside tx and returns its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func strList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		out = append(out, str(x))
	}
	return out
}
