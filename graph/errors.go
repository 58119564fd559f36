package graph

import "errors"

// ErrUnavailable is wrapped by the errors of a store whose database cannot
// be reached (down, restarting, network cut), as opposed to a query that
// failed. Callers tell an outage from a bug with errors.Is.
var ErrUnavailable = errors.New("database unavailable")
