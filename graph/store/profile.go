package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

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
	// Elapsed is how long the statement took under PROFILE, from sending
	// it to reading its summary.
	Elapsed time.Duration
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
		start := time.Now()
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
		q := QueryProfile{Cypher: r.cypher, Elapsed: time.Since(start)}
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

// WithWriteProfiles returns a store on s's connections whose write
// transactions (WriteBatch, WriteArticle, RemoveArticle) run every
// statement under PROFILE and call report with its profile, from the
// writing goroutine, once the statement's result is consumed or
// collected. The writes themselves are what they always are. It is meant
// for diagnosing what writes cost as the graph grows: PROFILE adds its
// own cost. The returned store shares s's connections: close s, not it.
func (s *Store) WithWriteProfiles(report func(QueryProfile)) *Store {
	cp := *s
	cp.driver = profilingDriver{DriverWithContext: s.driver, report: report}
	return &cp
}

// profilingDriver opens sessions whose write transactions profile.
type profilingDriver struct {
	neo4j.DriverWithContext
	report func(QueryProfile)
}

func (d profilingDriver) NewSession(ctx context.Context, cfg neo4j.SessionConfig) neo4j.SessionWithContext {
	return profilingSession{SessionWithContext: d.DriverWithContext.NewSession(ctx, cfg), report: d.report}
}

type profilingSession struct {
	neo4j.SessionWithContext
	report func(QueryProfile)
}

// ExecuteWrite runs work with a transaction that profiles its statements.
func (s profilingSession) ExecuteWrite(ctx context.Context, work neo4j.ManagedTransactionWork, configurers ...func(*neo4j.TransactionConfig)) (any, error) {
	return s.SessionWithContext.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return work(profilingTx{ManagedTransaction: tx, report: s.report})
	}, configurers...)
}

type profilingTx struct {
	neo4j.ManagedTransaction
	report func(QueryProfile)
}

// Run sends the statement prefixed with PROFILE.
func (tx profilingTx) Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	start := time.Now()
	res, err := tx.ManagedTransaction.Run(ctx, "PROFILE "+cypher, params)
	if err != nil {
		return nil, err
	}
	return &profilingResult{ResultWithContext: res, cypher: cypher, start: start, report: tx.report}, nil
}

// profilingResult reports the statement's profile when the caller reads
// its summary or all its records.
type profilingResult struct {
	neo4j.ResultWithContext
	cypher string
	start  time.Time
	report func(QueryProfile)
}

func (r *profilingResult) Consume(ctx context.Context) (neo4j.ResultSummary, error) {
	sum, err := r.ResultWithContext.Consume(ctx)
	if err == nil {
		r.send(sum)
	}
	return sum, err
}

func (r *profilingResult) Collect(ctx context.Context) ([]*neo4j.Record, error) {
	recs, err := r.ResultWithContext.Collect(ctx)
	if err == nil {
		if sum, err := r.ResultWithContext.Consume(ctx); err == nil {
			r.send(sum)
		}
	}
	return recs, err
}

func (r *profilingResult) send(sum neo4j.ResultSummary) {
	q := QueryProfile{Cypher: r.cypher, Elapsed: time.Since(r.start)}
	if p := sum.Profile(); p != nil {
		q.DbHits, q.Rows = dbHits(p), p.Records()
	}
	r.report(q)
}
