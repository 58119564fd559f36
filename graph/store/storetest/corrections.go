package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteCorrections deletes the corrections with the given ids and their
// CORRECTS relationships: the clean-up of tests that make corrections
// through the API, since the store keeps every correction (undone ones
// too) and offers no way to delete one.
func DeleteCorrections(tb testing.TB, ids ...string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cfg := Config()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		tb.Errorf("delete corrections: %v", err)
		return
	}
	defer d.Close(ctx)
	if _, err := neo4j.ExecuteQuery(ctx, d, `UNWIND $ids AS id MATCH (c:Correction {id: id}) DETACH DELETE c`,
		map[string]any{"ids": ids}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database)); err != nil {
		tb.Errorf("delete corrections: %v", err)
	}
}
