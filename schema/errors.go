package schema

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/bilateral-kg/bilateral/graph"
)

// The error codes clients see in extensions.code.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeTooComplex      = "QUERY_TOO_COMPLEX"
	CodeTimeout         = "TIMEOUT"
	CodeInternal        = "INTERNAL"
	// CodeUnavailable says that the database cannot be reached: retry later.
	CodeUnavailable = "DATABASE_UNAVAILABLE"
	// CodeOverloaded says that the server is answering as many requests as
	// it may at once: retry later (the HTTP answer is 503 with Retry-After).
	CodeOverloaded = "OVERLOADED"
)

// Error is an error meant for the client: a short message and a code. It
// implements gqlerrors.ExtendedError, so graphql-go puts the code in
// extensions; resolvers return it unwrapped.
type Error struct {
	Code    string
	Message string
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Extensions returns {"code": e.Code}.
func (e *Error) Extensions() map[string]interface{} {
	return map[string]interface{}{"code": e.Code}
}

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

func badInput(format string, args ...any) *Error { return Errorf(CodeBadUserInput, format, args...) }

// clientError turns any error into one fit for the client: an *Error is
// kept, an invalid correction (graph.ErrBadCorrection) is BAD_USER_INPUT,
// something asked for by id that does not exist (graph.ErrNotFound)
// NOT_FOUND, an outage (graph.ErrUnavailable) is logged with its cause and
// becomes DATABASE_UNAVAILABLE, a deadline becomes TIMEOUT, anything else
// is logged and becomes INTERNAL with no detail.
func clientError(ctx context.Context, log *slog.Logger, err error) *Error {
	var e *Error
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, graph.ErrBadCorrection):
		return badInput("invalid correction")
	case errors.Is(err, graph.ErrNotFound):
		return Errorf(CodeNotFound, "not found")
	case errors.Is(err, graph.ErrUnavailable):
		logged, _ := ctx.Value(outageKey{}).(*sync.Once)
		if logged == nil {
			logged = &sync.Once{}
		}
		logged.Do(func() { log.ErrorContext(ctx, "database unavailable", "err", err) })
		return Errorf(CodeUnavailable, "the database is unavailable; retry later")
	case errors.Is(err, context.DeadlineExceeded):
		return Errorf(CodeTimeout, "the request took longer than its time limit")
	case errors.Is(err, context.Canceled):
		return Errorf(CodeTimeout, "the request was cancelled")
	}
	log.ErrorContext(ctx, "resolve", "err", err)
	return Errorf(CodeInternal, "internal error")
}

// outageKey holds a request's *sync.Once, so that an outage is logged
// once per request rather than once per field that needed the database.
type outageKey struct{}
