package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/bilateral-kg/bilateral/graph"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // e.g. bolt://127.0.0.1:7687
	User     string
	Password string
	Database string        // "" means the server's default database
	Timeout  time.Duration // per transaction; 0 means the server's default
	// MaxRetryTime bounds how long a transaction is retried after
	// transient errors (deadlocks, a leader switch, a lost connection);
	// 0 means the driver's default of 30 s.
	MaxRetryTime time.Duration
	// NoResolve turns off cross-article resolution of leaders,
	// organizations and events (for measuring what it costs).
	NoResolve bool
}

// Store is a connection pool to one Neo4j database. It is safe for
// concurrent use. Close releases it.
type Store struct {
	driver    neo4j.DriverWithContext
	db        string
	timeout   time.Duration
	noResolve bool
}

// ErrUnavailable is wrapped by the store's errors when Neo4j cannot be
// reached: Open's, and those of reads and writes that fail for that reason.
// It is graph.ErrUnavailable.
var ErrUnavailable = graph.ErrUnavailable

// ErrAuth is wrapped by Open's error when Neo4j rejects the credentials.
var ErrAuth = errors.New("neo4j rejected the credentials")

// Open connects to Neo4j and checks that it answers. The error wraps
// ErrUnavailable when the server cannot be reached and ErrAuth when the
// credentials are wrong.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		if cfg.MaxRetryTime > 0 {
			c.MaxTransactionRetryTime = cfg.MaxRetryTime
		}
	})
	if err != nil {
		return nil, fmt.Errorf("open neo4j %s: %w", cfg.URI, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		_ = driver.Close(ctx)
		return nil, classify(cfg, err)
	}
	db := cfg.Database
	if db == "" {
		db = "neo4j"
	}
	return &Store{driver: driver, db: db, timeout: cfg.Timeout, noResolve: cfg.NoResolve}, nil
}

func classify(cfg Config, err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Security.") {
		return fmt.Errorf("%w: user %q at %s (%s); check NEO4J_USER and NEO4J_PASSWORD", ErrAuth, cfg.User, cfg.URI, nerr.Msg)
	}
	return fmt.Errorf("%w at %s: %v; start it with scripts/neo4j start or set NEO4J_URI", ErrUnavailable, cfg.URI, err)
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// Ping checks that the database answers a query.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.query(ctx, "RETURN 1", nil)
	if err != nil {
		return fmt.Errorf("ping neo4j: %w", err)
	}
	return nil
}

// writeSession opens a session for writes. It shares the bookmarks of the
// driver's ExecuteQuery reads, so that a read after a write sees it even
// when a cluster routes the read to another server (causal consistency).
func (s *Store) writeSession(ctx context.Context) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager()})
}

func (s *Store) txConfig() []func(*neo4j.TransactionConfig) {
	if s.timeout <= 0 {
		return nil
	}
	return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(s.timeout)}
}

// query runs one auto-routed read query.
func (s *Store) query(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{
		neo4j.ExecuteQueryWithDatabase(s.db),
		neo4j.ExecuteQueryWithReadersRouting(),
	}
	if s.timeout > 0 {
		opts = append(opts, neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(s.timeout)))
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer, opts...)
	return res, unavailable(err)
}
