package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/bilateral-kg/bilateral/graph"
)

// ErrTimeout is wrapped by the errors of the API's read methods when the
// transaction ran out of time; it also wraps context.DeadlineExceeded.
var ErrTimeout = fmt.Errorf("neo4j transaction timed out: %w", context.DeadlineExceeded)

// read runs one read query, routed to readers, in a transaction whose
// timeout is what is left of ctx's deadline (or the store's timeout when
// ctx has none). Errors caused by the deadline wrap ErrTimeout.
func (s *Store) read(ctx context.Context, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{
		neo4j.ExecuteQueryWithDatabase(s.db),
		neo4j.ExecuteQueryWithReadersRouting(),
	}
	timeout := s.timeout
	if dl, ok := ctx.Deadline(); ok {
		timeout = time.Until(dl)
		if timeout <= 0 {
			return nil, fmt.Errorf("%s: %w", what, ErrTimeout)
		}
		// Neo4j counts whole milliseconds (the driver rounds up and logs).
		timeout = timeout.Truncate(time.Millisecond) + time.Millisecond
	}
	if timeout > 0 {
		opts = append(opts, neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(timeout)))
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer, opts...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, readError(ctx, err))
	}
	return res.Records, nil
}

// readError marks timeouts and outages (ErrTimeout, ErrUnavailable) so
// that callers can tell them apart.
func readError(ctx context.Context, err error) error {
	if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w: %v", ErrTimeout, err)
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && strings.Contains(nerr.Code, "TransactionTimedOut") {
		return fmt.Errorf("%w: %v", ErrTimeout, err)
	}
	return unavailable(err)
}

// DeleteAll removes every node and relationship, for tests that rebuild
// the graph from scratch, except the markers of the backfills done
// (backfill.go): the writers keep those aggregates, so a graph filled
// again after DeleteAll needs no backfill, and a marker lost here made
// the next Migrate run every backfill over the whole refilled graph.
func (s *Store) DeleteAll(ctx context.Context) error {
	// In batches of their own transactions, so that a large graph does not
	// exceed the server's transaction memory; that needs an auto-commit
	// transaction (session.Run), not a managed one.
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, `
MATCH (n) WHERE NOT (n:Lock AND n.key STARTS WITH 'migration:')
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("delete all: %w", err)
	}
	return nil
}

// isoDate formats a Neo4j date (or nil) as YYYY-MM-DD ("" for nil).
func isoDate(v any) string {
	switch d := v.(type) {
	case dbtype.Date:
		return d.Time().Format(time.DateOnly)
	case time.Time:
		return d.Format(time.DateOnly)
	case string:
		return d
	}
	return ""
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func toInt(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

func toFloat(v any) float64 {
	switch n := v.(type) {
	case int64:
		return float64(n)
	case float64:
		return n
	}
	return 0
}

// entityOf converts an entity node.
func entityOf(v any) graph.Entity {
	n, ok := v.(dbtype.Node)
	if !ok {
		return graph.Entity{}
	}
	p := n.Props
	e := graph.Entity{
		Key: str(p["key"]), Name: str(p["name"]), Aliases: strs(p["aliases"]),
		Code: str(p["code"]), ISO2: str(p["iso2"]), Title: str(p["title"]), Country: str(p["country"]),
		Acronym: str(p["acronym"]), Countries: strs(p["countries"]), Kind: str(p["kind"]),
		Sector: str(p["sector"]), Status: str(p["status"]), Date: isoDate(p["date"]), DateText: str(p["dateText"]), DatePrecision: str(p["datePrecision"]),
		Location: str(p["location"]), Participants: strs(p["participants"]), Summary: str(p["summary"]),
	}
	for _, l := range n.Labels {
		if t := graph.EntityType(l); t.Valid() {
			e.Type = t
		}
	}
	return e
}

// articleOf converts an Article node.
func articleOf(v any) graph.Article {
	n, ok := v.(dbtype.Node)
	if !ok {
		return graph.Article{}
	}
	p := n.Props
	return graph.Article{
		ID: str(p["id"]), Title: str(p["title"]), Date: isoDate(p["date"]), Dateline: str(p["dateline"]),
		Source: str(p["source"]), URL: str(p["url"]), Language: str(p["language"]), Chars: toInt(p["chars"]),
	}
}

// factEvidence is a subquery that reads fact r's evidence, through the
// EVIDENCE index: the keys of its sentences (ordered by article and
// offset) as ev, and the ids of its articles as arts.
const factEvidence = `CALL (r) {
  OPTIONAL MATCH (s:Sentence)-[e:EVIDENCE]->() WHERE e.fact = r.id AND e.side = 'from'
  WITH s ORDER BY s.article, s.start
  RETURN collect(s.key) AS ev, collect(DISTINCT s.article) AS arts
}`

// factOf converts a relationship between the entities with keys from and
// to, with the keys of its evidence sentences and the ids of its articles.
func factOf(v any, from, to string, evidence, articles any) graph.Fact {
	r, ok := v.(dbtype.Relationship)
	if !ok {
		return graph.Fact{}
	}
	p := r.Props
	_, float := p["valueUsd"].(float64)
	_, integer := p["valueUsd"].(int64)
	hasUSD := float || integer
	return graph.Fact{
		Type: graph.RelationType(r.Type), From: from, To: to, Key: str(p["key"]), ID: str(p["id"]), Retracted: p["retracted"] == true,
		Title: str(p["title"]), Level: str(p["level"]), Role: str(p["role"]), Partner: str(p["partner"]), Year: toInt(p["year"]),
		ValueUSD: toFloat(p["valueUsd"]), HasUSD: hasUSD, Value: toFloat(p["value"]), Currency: str(p["currency"]), Period: str(p["period"]),
		Record: p["record"] == true, Text: str(p["text"]), SourceCount: toInt(p["sourceCount"]),
		FirstSeen: isoDate(p["firstReported"]), LastSeen: isoDate(p["lastReported"]),
		Evidence: strsOrNil(evidence), Articles: strsOrNil(articles),
	}
}

// strsOrNil is strs, but nil for a value that is not a list (a fact read
// without its evidence).
func strsOrNil(v any) []string {
	if _, ok := v.([]any); !ok {
		return nil
	}
	return strs(v)
}

// cursorParam is the Cypher parameter of a cursor: null for none.
func cursorParam(c graph.Cursor) any {
	if !c.Set {
		return nil
	}
	return map[string]any{"sort": c.Sort, "key": c.Key}
}

// pageLimit is the LIMIT of a batch: one more row than the largest page,
// to tell whether a next page exists.
func pageLimit(firsts []int) int {
	m := 0
	for _, f := range firsts {
		if f > m {
			m = f
		}
	}
	return m + 1
}
