package store_test

import (
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph/store"
)

func TestIsTransient(t *testing.T) {
	deadlock := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"deadlock", deadlock, true},
		{"wrapped deadlock", fmt.Errorf("facts LEADS: %w", deadlock), true},
		{"retries ran out on a deadlock", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{deadlock}}, true},
		{"syntax error", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, false},
		{"outage", fmt.Errorf("%w: refused", store.ErrUnavailable), false},
		{"none", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := store.IsTransient(tc.err); got != tc.want {
				t.Errorf("IsTransient(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}
