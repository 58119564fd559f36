package store

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// unavailable wraps err with ErrUnavailable when it says that Neo4j could
// not be reached (connection refused or reset, no route, a pool that could
// not open a connection, retries given up on such errors), and returns it
// unchanged otherwise.
func unavailable(err error) error {
	if err == nil || errors.Is(err, ErrUnavailable) || !isConnectivity(err) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrUnavailable, err)
}

func isConnectivity(err error) bool {
	var ce *neo4j.ConnectivityError
	var ne net.Error
	var lim *neo4j.TransactionExecutionLimit
	switch {
	case errors.As(err, &ce), errors.As(err, &ne),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	case errors.As(err, &lim):
		for _, e := range lim.Errors {
			if isConnectivity(e) {
				return true
			}
		}
	}
	// The pool reports a failed dial in its own words.
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "ConnectivityError")
}

// IsTransient reports whether err is a transient failure of the database
// (a deadlock between concurrent writers, a lock wait that timed out, a
// leader switch) that the driver gave up retrying within its time, and
// that is worth trying again; an outage is not (see ErrUnavailable).
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, ErrUnavailable) {
		return false
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return strings.HasPrefix(ne.Code, "Neo.TransientError.")
	}
	var lim *neo4j.TransactionExecutionLimit
	if errors.As(err, &lim) {
		for _, e := range lim.Errors {
			if IsTransient(e) {
				return true
			}
		}
	}
	return false
}
