package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// QueryProfile is what Neo4j's PROFILE reports for one statement.
type QueryProfile struct {
	// Cypher is the statement as the store sent it.
	Cypher string
	// DbHits is the database hits of the whole plan.
	DbHits int64
	// Rows is how many rows the statement returned.
	Rows int64
}

// ProfileReads runs read — calls of the store's read methods — to learn
// the statements they send, then runs each of them again, with the same
// parameters and prefixed with PROFILE, in a read transaction, and
// returns what PROFILE reports for each, in the order they were sent.
// read runs against a copy of s that shares its connections (read must
// not close it) and its results are what they always are; so the Cypher
// profiled is exactly the store's own. It is meant for benchmarks: every
// statement runs twice. Statements that are not reads fail.
func (s *Store) ProfileReads(ctx context.Context, read func(ctx context.Context, s *Store) error) ([]QueryProfile, error) {
	rec := &runRecorder{}
	cp := *s
	cp.driver = recordingDriver{DriverWithContext: s.driver, rec: rec}
	if err := read(ctx, &cp); err != nil {
		return nil, fmt.Errorf("profile reads: %w", err)
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	var out []QueryProfile
	for _, r := range rec.runs() {
		p, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (neo4j.ProfiledPlan, error) {
			res, err := tx.Run(ctx, "PROFILE "+r.cypher, r.params)
			if err != nil {
				return nil, err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return nil, err
			}
			return sum.Profile(), nil
		}, s.txConfig()...)
		if err != nil {
			return nil, fmt.Errorf("profile %.60q: %w", strings.TrimSpace(r.cypher), err)
		}
		q := QueryProfile{Cypher: r.cypher}
		if p != nil {
			q.DbHits, q.Rows = dbHits(p), p.Records()
		}
		out = append(out, q)
	}
	return out, nil
}

// dbHits adds up the database hits of a plan and its children.
func dbHits(p neo4j.ProfiledPlan) int64 {
	n := p.DbHits()
	for _, c := range p.Children() {
		n += dbHits(c)
	}
	return n
}

// recordingDriver is the store's driver with every session logging its
// Bolt messages to rec, which keeps the statements sent.
type recordingDriver struct {
	neo4j.DriverWithContext
	rec *runRecorder
}

// NewSession opens a session of the underlying driver that logs to rec.
func (d recordingDriver) NewSession(ctx context.Context, cfg neo4j.SessionConfig) neo4j.SessionWithContext {
	cfg.BoltLogger = d.rec
	return d.DriverWithContext.NewSession(ctx, cfg)
}

// sentRun is one statement a session sent.
type sentRun struct {
	cypher string
	params map[string]any
}

// runRecorder is a Bolt logger (neo4j/log.BoltLogger) that keeps the
// statement and parameters of every RUN message. It is safe for
// concurrent use.
type runRecorder struct {
	mu   sync.Mutex
	sent []sentRun
}

var paramsType = reflect.TypeOf(map[string]any(nil))

// LogClientMessage keeps RUN messages: the driver logs them as
// ("RUN %q %s %s", cypher, params, metadata), the parameters as a map type
// of its own, which is converted back.
func (r *runRecorder) LogClientMessage(_ string, msg string, args ...any) {
	if !strings.HasPrefix(msg, "RUN ") || len(args) < 2 {
		return
	}
	cypher, ok := args[0].(string)
	if !ok {
		return
	}
	var params map[string]any
	if v := reflect.ValueOf(args[1]); v.IsValid() && v.Type().ConvertibleTo(paramsType) {
		params = v.Convert(paramsType).Interface().(map[string]any)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent = append(r.sent, sentRun{cypher: cypher, params: params})
}

// LogServerMessage ignores the server's messages.
func (r *runRecorder) LogServerMessage(string, string, ...any) {}

func (r *runRecorder) runs() []sentRun {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]sentRun(nil), r.sent...)
}
