package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// stablePlans prefixes the statements of a write transaction with the
// Cypher option replan=skip: a statement whose plan is in the server's
// query cache runs with it even when the graph's statistics have moved
// since it was planned. The writers' statements are anchored on unique
// keys and bounded index ranges (write_plan_test.go checks their plans
// on an empty graph), so a plan made on a smaller graph is the plan a
// larger one would get; without the option, Neo4j plans every statement
// again each time the counts it was planned with have drifted (by
// default every 10 s while the graph grows), and the planning of the
// writers' larger statements cost more CPU than running them.
type stablePlans struct {
	neo4j.ManagedTransaction
}

// Run sends cypher with replan=skip.
func (tx stablePlans) Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	return tx.ManagedTransaction.Run(ctx, "CYPHER replan=skip "+cypher, params)
}
