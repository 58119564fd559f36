package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Counts is the size of the graph.
type Counts struct {
	Nodes         int64
	Relationships int64
}

// Counts returns how many nodes and relationships the graph holds, Lock
// nodes (infrastructure, no data) left out.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	res, err := s.query(ctx, `
CALL () { MATCH (n) WHERE NOT n:Lock RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes, rels`, nil)
	if err != nil {
		return Counts{}, fmt.Errorf("count graph: %w", err)
	}
	rec := res.Records[0]
	nodes, _, err := neo4j.GetRecordValue[int64](rec, "nodes")
	if err != nil {
		return Counts{}, fmt.Errorf("count graph: %w", err)
	}
	rels, _, err := neo4j.GetRecordValue[int64](rec, "rels")
	if err != nil {
		return Counts{}, fmt.Errorf("count graph: %w", err)
	}
	return Counts{Nodes: nodes, Relationships: rels}, nil
}
