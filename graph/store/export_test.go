package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Exec runs a Cypher statement for a test and returns its rows.
func (s *Store) Exec(ctx context.Context, cypher string, params map[string]any) ([]map[string]any, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return nil, err
	}
	rows := make([]map[string]any, len(res.Records))
	for i, r := range res.Records {
		rows[i] = r.AsMap()
	}
	return rows, nil
}

// Read runs a read query as the API's readers do.
func (s *Store) Read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return s.read(ctx, "test read", cypher, params)
}

// LookupQueries are the statements a write transaction reads the stored
// graph with, by name, for TestResolutionQueriesSeekIndexes.
var LookupQueries = map[string]string{
	"people": cypherCandidatePeople, "orgs": cypherCandidateOrgs, "events": cypherCandidateEvents,
	"versions": cypherStoredVersions, "articleFacts": cypherArticleFacts,
	"factEvidence": matchKey("", "f", "$f") + "\n" + matchKey("f", "t", "$t") + "\nMATCH (f)-[r]->(t) WHERE r.id = $id " + factEvidence + " RETURN ev, arts",
	"pairCoop":     cypherPairCoopCount + " RETURN x.key, y.key, coop",
}

// Profile runs a read statement under PROFILE and returns its plan. It
// first resamples the indexes and empties Neo4j's query caches
// (db.prepareForReplanning), so that the plan is made with the statistics
// of the graph the test built: not reused from a statement run when the
// database was empty (a fresh database in a clean clone), nor made from
// index samples taken before the graph was rebuilt. The planner then
// scanned indexes it seeks on any graph with data.
func (s *Store) Profile(ctx context.Context, cypher string, params map[string]any) (neo4j.ProfiledPlan, error) {
	if _, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.prepareForReplanning(60000)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
		return nil, fmt.Errorf("resample indexes and clear query caches: %w", err)
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "PROFILE "+cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, err
	}
	return res.Summary.Profile(), nil
}

// WithRecorder returns a store on s's connections that keeps every
// statement its sessions send, and a function returning them (statement
// and parameters, in the order sent).
func (s *Store) WithRecorder() (*Store, func() [][2]any) {
	rec := &runRecorder{}
	cp := *s
	cp.driver = recordingDriver{DriverWithContext: s.driver, rec: rec}
	return &cp, func() [][2]any {
		var out [][2]any
		for _, r := range rec.runs() {
			out = append(out, [2]any{r.cypher, r.params})
		}
		return out
	}
}

// Explain returns the plan Neo4j would run cypher with, from its query
// cache when the statement is there.
func (s *Store) Explain(ctx context.Context, cypher string, params map[string]any) (neo4j.Plan, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, "EXPLAIN "+cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return nil, err
	}
	return res.Summary.Plan(), nil
}

// BeginWrite opens an explicit write transaction, for a test that holds
// its locks while another transaction runs; the caller closes the session.
func (s *Store) BeginWrite(ctx context.Context) (neo4j.SessionWithContext, neo4j.ExplicitTransaction, error) {
	sess := s.writeSession(ctx)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		_ = sess.Close(ctx)
		return nil, nil, err
	}
	return sess, tx, nil
}

// RenameCypher is the statement that gives a stored entity a new key.
var RenameCypher = renameCypher

// ShareCopiesCypher recomputes the SHARES copies of the event $event.
var ShareCopiesCypher = "MATCH (e:Event {key: $event})" + cypherShareCopies
