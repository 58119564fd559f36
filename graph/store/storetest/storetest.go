// Package storetest connects tests to the real Neo4j that scripts/neo4j
// starts (or any Neo4j named by NEO4J_URI).
package storetest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store"
)

// Config returns the connection settings from the environment, with the
// same defaults as .env.example.
func Config() store.Config {
	get := func(k, def string) string {
		if v := os.Getenv(k); v != "" {
			return v
		}
		return def
	}
	return store.Config{
		URI:      get("NEO4J_URI", "bolt://127.0.0.1:7687"),
		User:     get("NEO4J_USER", "neo4j"),
		Password: get("NEO4J_PASSWORD", "bilateral-dev"),
		Database: get("NEO4J_DATABASE", "neo4j"),
		Timeout:  30 * time.Second,
	}
}

// Open connects to Neo4j, migrates the schema and closes the store when
// the test ends. When Neo4j cannot be reached the test fails if CI=true
// and is skipped otherwise.
func Open(tb testing.TB) *store.Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cfg := Config()
	s, err := store.Open(ctx, cfg)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("CI=true and Neo4j is required: %v", err)
		}
		tb.Skipf("Neo4j not reachable (run scripts/neo4j start): %v", err)
	}
	tb.Cleanup(func() { _ = s.Close(context.Background()) })
	if err := s.Migrate(ctx); err != nil {
		tb.Fatalf("migrate: %v", err)
	}
	return s
}

// OpenEmpty is Open on an empty database: it deletes everything first, so
// it runs only where the test command says the database is the tests' own
// (BILATERAL_TEST_WIPE=1); elsewhere the test is skipped, or fails when
// CI=true.
func OpenEmpty(tb testing.TB) *store.Store {
	tb.Helper()
	RequireWipe(tb)
	s := Open(tb)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := s.DeleteAll(ctx); err != nil {
		tb.Fatalf("wipe the test database: %v", err)
	}
	return s
}

// RequireWipe lets a test go on only where the test command says the
// database is the tests' own (BILATERAL_TEST_WIPE=1); elsewhere the test is
// skipped, or fails when CI=true.
func RequireWipe(tb testing.TB) {
	tb.Helper()
	if os.Getenv("BILATERAL_TEST_WIPE") == "1" {
		return
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("CI=true but BILATERAL_TEST_WIPE is not 1: run the tests with scripts/test")
	}
	tb.Skip("needs a database the test may wipe: run scripts/test, or set BILATERAL_TEST_WIPE=1 for a throwaway Neo4j")
}
