package graph

import "errors"

// ErrNotFound is wrapped by errors about something asked for by id that
// does not exist (for instance a correction to undo that no active
// correction has the id of).
var ErrNotFound = errors.New("not found")

// CorrectionQuery selects corrections: those linked to the entity Entity
// (all when ""), newest first, then by id. It is comparable, so a
// per-request loader can batch equal queries.
type CorrectionQuery struct {
	Entity string
	First  int
	After  Cursor // Sort is the correction's time (RFC 3339), Key its id
}

// Ref returns the reference of fact f, by which corrections name it.
func (f Fact) Ref() FactRef {
	return FactRef{Type: f.Type, From: f.From, To: f.To, Key: f.Key}
}
