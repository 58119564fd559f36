package store

import (
	"context"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// Pages of events in date order walk a date index in its order and stop
// after a page: a pair of countries' SHARES (pair, date), a participant's
// PARTICIPATED_IN (who, date), or Event(date) when the query has no
// anchor. The other links of an entity to events (a place's HELD_IN, a
// topic's DISCUSSED: none for a country or a leader) are read whole, as
// before. Undated events come last and are in none of these indexes
// (a composite index leaves out nulls): they are read in the same
// statement (walkTail), only for the queries whose page reaches them.

// walkFilter is eventMatch's filter of e for query row q.
const walkFilter = `
  AND (q.partner IS NULL OR EXISTS { ({key: q.partner})-[:PARTICIPATED_IN]->(e) })
  AND (q.leader IS NULL OR EXISTS { ({key: q.leader})-[:PARTICIPATED_IN]->(e) })
  AND (q.kind IS NULL OR e.kind = q.kind)
  AND (q.from IS NULL OR e.date >= date(q.from))
  AND (q.to IS NULL OR e.date <= date(q.to))
  AND (q.min IS NULL OR ` + eventSources + ` >= q.min)`

// walkShape is what the rows of one walk statement need: which indexes
// they walk (a pair's SHARES, a participant's PARTICIPATED_IN, or every
// event's date), and the types of their anchors (q.with) and participants
// (q.who), whose labels the statement seeks. A statement holds only the
// branches its rows use: on the dev graph the unused ones, though they
// read nothing, cost a third of a country's page under load.
type walkShape struct {
	pair, every bool
	with, who   []graph.EntityType
}

// walkShapeOf returns the shape of the walk rows of walkParams.
func walkShapeOf(rows []map[string]any) walkShape {
	var sh walkShape
	for _, r := range rows {
		sh.pair = sh.pair || r["pair"] != nil
		sh.every = sh.every || r["unanchored"] == true
	}
	sh.with, sh.who = keyTypes(rows, "with"), keyTypes(rows, "who")
	return sh
}

// union joins the branches of a UNION subquery.
func union(branches []string) string {
	return strings.Join(branches, "\n    UNION\n    ")
}

// walkCypher reads a page of dated events per query row in the date order
// lo (dir "DESC" or ""), walking the row's index between q.lo and q.hi
// (null lo: nothing to walk), plus its entity's other links, then its
// undated events when the page reaches them (walkTail). A row whose
// index is not that of a branch gives the branch null values, which
// find nothing.
func walkCypher(lo listOrder, dir string, sh walkShape) string {
	// walk filters the rows of match (which seeks an index) and keeps the
	// first $limit in the index's order, order (its properties, all of
	// them: the planner uses a composite index's order only then).
	walk := func(match, v, order string) string {
		if v != "e" {
			v = "e, " + v
		}
		return match + walkFilter + lo.after + `
    WITH ` + v + ` ORDER BY ` + order + `, e.key LIMIT $limit
    RETURN e`
	}
	var branches []string
	if sh.pair {
		branches = append(branches, walk(`MATCH ()-[s:SHARES]->(e:Event) USING INDEX s:SHARES(pair, date)
    WHERE s.pair = q.pair AND s.date >= date(q.lo) AND s.date <= date(q.hi)`, "s", "s.pair "+dir+", s.date "+dir))
	}
	if len(sh.who) > 0 {
		branches = append(branches, walk(`MATCH ()-[r:PARTICIPATED_IN]->(e:Event) USING INDEX r:PARTICIPATED_IN(who, date)
    WHERE r.who = q.who AND r.date >= date(q.lo) AND r.date <= date(q.hi)`, "r", "r.who "+dir+", r.date "+dir))
	}
	if sh.every || len(branches) == 0 {
		branches = append(branches, walk(`MATCH (e:Event) USING INDEX e:Event(date)
    WHERE e.date >= date(q.every) AND e.date <= date(q.hi)`, "e", "e.date "+dir))
	}
	if len(sh.with) > 0 {
		branches = append(branches, matchKeyOf("q", "w", "q.with", sh.with)+`
    MATCH (w)-[:HELD_IN|DISCUSSED]-(e:Event)
    WITH q, e WHERE true`+walkFilter+lo.after+`
    RETURN DISTINCT e`)
	}
	return `
UNWIND $qs AS q
CALL (q) {
  CALL (q) {
    ` + union(branches) + `
  }
  WITH e ORDER BY ` + lo.orderBy + ` LIMIT $limit
  RETURN collect([e, ` + lo.sort + `]) AS dated
}` + walkTail(sh) + `
UNWIND dated + [e IN undated | [e, '']] AS row
RETURN q.i, row[0] AS e, row[1] AS sort`
}

// walkTail reads the undated events of the walk of each query row q
// (after its page of dated events, dated) by key, when the page is short
// or reaches an undated event and the row has no date range: those of
// the pair (through the SHARES(pair) index), of the participant, or every
// undated event when the query has no anchor (a read of every event, made
// only by the last pages of such a list). The rows that need none get a
// null anchor t, whose seeks find nothing: a guard on q would be planned
// above the seeks it guards, and they would run anyway.
func walkTail(sh walkShape) string {
	var branches []string
	if sh.pair {
		branches = append(branches, `MATCH ()-[s:SHARES]->(e:Event) USING INDEX s:SHARES(pair) WHERE s.pair = t.pair AND e.date IS NULL
    RETURN e`)
	}
	if len(sh.who) > 0 {
		branches = append(branches, matchKeyOf("t", "w", "t.who", sh.who)+`
    MATCH (w)-[:PARTICIPATED_IN]->(e:Event) WHERE e.date IS NULL
    RETURN e`)
	}
	if sh.every || len(branches) == 0 {
		branches = append(branches, `MATCH (e:Event) WHERE e.kind IN CASE WHEN t.unanchored THEN $kinds ELSE [] END AND e.date IS NULL
    RETURN e`)
	}
	return `
CALL (q, dated) {
  WITH q, CASE WHEN (size(dated) < $limit OR any(x IN dated WHERE x[1] = ''))
                    AND q.from IS NULL AND q.to IS NULL THEN q END AS t
  CALL (t) {
    ` + union(branches) + `
  }
  WITH q, e WHERE true` + walkFilter + `
  AND (q.after IS NULL OR (q.after.sort = '' AND e.key > q.after.key) OR q.after.sort <> '')
  WITH e ORDER BY e.key LIMIT $limit
  RETURN collect(e) AS undated
}`
}

// walkOrder tells whether the order o is by date, and which way.
func walkOrder(o graph.Order) (dir string, ok bool) {
	switch o {
	case graph.OrderDateDesc:
		return "DESC", true
	case graph.OrderDateAsc:
		return "", true
	}
	return "", false
}

// pairKey is the pair of two country keys as SHARES names it ("CHN-KAZ"),
// or nil when either is not a country.
func pairKey(a, b string) any {
	x, okx := strings.CutPrefix(a, "country:")
	y, oky := strings.CutPrefix(b, "country:")
	if !okx || !oky || x == y {
		return nil
	}
	if x > y {
		x, y = y, x
	}
	return x + "-" + y
}

// walkParams are eventParams with each row's walk: pair, who (the
// participant), or every (the first date, for no anchor), and the dates
// lo and hi it walks between, narrowed by the cursor (lo null when the
// cursor is past the dated events).
func walkParams(qs []graph.EventQuery, desc bool) map[string]any {
	p := eventParams(qs)
	for i, q := range qs {
		row := p["qs"].([]map[string]any)[i]
		lo, hi := "0001-01-01", "9999-12-31"
		if q.From != "" {
			lo = q.From
		}
		if q.To != "" {
			hi = q.To
		}
		var loV any = lo
		if q.After.Set {
			switch {
			case q.After.Sort == "":
				loV = nil
			case desc && q.After.Sort < hi:
				hi = q.After.Sort
			case !desc && q.After.Sort > lo:
				loV = q.After.Sort
			}
		}
		row["lo"], row["hi"], row["pair"], row["who"], row["every"], row["unanchored"] = loV, hi, nil, nil, nil, false
		switch {
		case q.With != "" && q.Partner != "" && pairKey(q.With, q.Partner) != nil:
			row["pair"] = pairKey(q.With, q.Partner)
		case q.With != "":
			row["who"] = q.With
		case q.Leader != "":
			row["who"] = q.Leader
		case q.Partner != "":
			row["who"] = q.Partner
		default:
			row["every"], row["unanchored"] = loV, true
		}
	}
	return p
}

// walkEvents reads one page per query in a date order, in one statement
// (one round trip): the dated events by index, then, for the queries whose
// page is short or reaches an undated event, the undated ones (walkTail),
// merged in order.
func (s *Store) walkEvents(ctx context.Context, lo listOrder, dir string, qs []graph.EventQuery) ([]*neo4j.Record, error) {
	params := walkParams(qs, dir == "DESC")
	recs, err := s.read(ctx, "read events", walkCypher(lo, dir, walkShapeOf(params["qs"].([]map[string]any))), params)
	if err != nil {
		return nil, err
	}
	// an undated event linked otherwise than by participation is in both
	seen := map[[2]any]bool{}
	all := make([]*neo4j.Record, 0, len(recs))
	for _, r := range recs {
		k := [2]any{toInt(r.Values[0]), entityOf(r.Values[1]).Key}
		if !seen[k] {
			seen[k] = true
			all = append(all, r)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		x, y := all[i].Values, all[j].Values
		if a, b := toInt(x[0]), toInt(y[0]); a != b {
			return a < b
		}
		if a, b := str(x[2]), str(y[2]); a != b {
			switch {
			case a == "":
				return false
			case b == "":
				return true
			case dir == "DESC":
				return a > b
			default:
				return a < b
			}
		}
		return entityOf(x[1]).Key < entityOf(y[1]).Key
	})
	return all, nil
}

// countFastCypher counts the events of query rows that only name an
// anchor (q.anchor) or a pair of countries (q.anchor and q.other): from
// the participant's degree or the pair's count (PAIR), plus the events
// linked to the anchor otherwise (a place's, a topic's; q.links).
var countFastCypher = `
UNWIND $qs AS q
` + optionalMatchKey("q", "n", "q.anchor") + `
CALL (q, n) {
  OPTIONAL MATCH (o:Country {key: q.other})
  OPTIONAL MATCH (n)-[p:PAIR]-(o)
  RETURN CASE WHEN q.other IS NULL THEN COUNT { (n)-[:PARTICIPATED_IN]->() } ELSE coalesce(p.events, 0) END AS base
}
CALL (q, n) {
  OPTIONAL MATCH (n)-[:HELD_IN|DISCUSSED]-(e:Event)
  WHERE q.links AND NOT EXISTS { (n)-[:PARTICIPATED_IN]->(e) }
    AND (q.other IS NULL OR EXISTS { ({key: q.other})-[:PARTICIPATED_IN]->(e) })
  RETURN count(DISTINCT e) AS extra
}
RETURN q.i, base + extra`

// fastCount returns the row of countFastCypher for q, false when q has
// filters or anchors it cannot count that way.
func fastCount(i int, q graph.EventQuery) (map[string]any, bool) {
	if q.Kind != "" || q.From != "" || q.To != "" || q.MinSources > 0 {
		return nil, false
	}
	row := map[string]any{"i": i, "other": nil, "links": q.With != ""}
	switch {
	case q.With != "" && q.Partner != "" && q.Leader == "" && pairKey(q.With, q.Partner) != nil:
		row["anchor"], row["other"] = q.With, q.Partner
	case q.With != "" && q.Partner == "" && q.Leader == "":
		row["anchor"] = q.With
	case q.With == "" && q.Leader != "" && q.Partner == "":
		row["anchor"] = q.Leader
	case q.With == "" && q.Leader == "" && q.Partner != "":
		row["anchor"] = q.Partner
	default:
		return nil, false
	}
	return row, true
}
