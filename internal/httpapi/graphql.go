package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/schema"
)

// gqlRequest is the JSON body of a POST (and the query parameters of a GET).
type gqlRequest struct {
	Query         string                 `json:"query"`
	OperationName string                 `json:"operationName"`
	Variables     map[string]interface{} `json:"variables"`
}

// graphqlHandler serves /graphql per the GraphQL-over-HTTP conventions:
// POST with a JSON body, GET with query parameters (queries only), and
// GraphiQL for a browser's GET without a query. Bodies over maxBody bytes
// are refused with 413.
//
// A request's whole life, from reading its body to writing its answer,
// runs within timeout and holds a place of gate: when every place is
// taken it is answered 503 OVERLOADED with Retry-After at once. Its
// context ends at the time limit or when the client goes away, and the
// schema then stops at its next stage and cancels its database calls.
type graphqlHandler struct {
	exec     Executor
	maxBody  int64
	timeout  time.Duration
	gate     gate
	log      *slog.Logger
	graphiql []byte // the GraphiQL page
}

// StageHTTP is the stage, in the request's log line, of requests refused
// before the schema saw them: over the concurrency cap, a body too large,
// late or not JSON, a method other than GET and POST.
const StageHTTP schema.Stage = "http"

// retryAfter is the Retry-After of an OVERLOADED answer, in seconds.
const retryAfter = "1"

// ServeHTTP answers one GraphQL request.
func (h *graphqlHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if p := recover(); p != nil {
			h.log.ErrorContext(r.Context(), "panic", "panic", p, "stack", string(debug.Stack()))
			h.refuse(w, r, http.StatusInternalServerError, schema.CodeInternal, "internal error")
		}
	}()
	if !h.gate.enter() {
		w.Header().Set("Retry-After", retryAfter)
		h.refuse(w, r, http.StatusServiceUnavailable, schema.CodeOverloaded, "the server is busy: retry later")
		return
	}
	defer h.gate.leave()
	ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
	defer cancel()
	r = r.WithContext(ctx)
	if dl, ok := ctx.Deadline(); ok {
		// Reading the body is part of the time limit; a recorder in
		// tests does not support deadlines, which is fine.
		_ = http.NewResponseController(w).SetReadDeadline(dl)
	}
	var req gqlRequest
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		if q.Get("query") == "" && acceptsHTML(r) {
			servePage(w, h.graphiql, graphiqlPolicy)
			return
		}
		req.Query = q.Get("query")
		req.OperationName = q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				h.refuse(w, r, http.StatusBadRequest, schema.CodeBadUserInput, "variables is not a JSON object")
				return
			}
		}
	case http.MethodPost:
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
		if err != nil {
			var mbe *http.MaxBytesError
			switch {
			case errors.As(err, &mbe):
				h.refuse(w, r, http.StatusRequestEntityTooLarge, schema.CodeBadUserInput, "the request body is larger than the limit")
			case ctx.Err() != nil || errors.Is(err, os.ErrDeadlineExceeded):
				h.refuse(w, r, http.StatusRequestTimeout, schema.CodeTimeout, "the request body did not arrive within the time limit")
			default:
				h.refuse(w, r, http.StatusBadRequest, schema.CodeBadUserInput, "could not read the request body")
			}
			return
		}
		ct := r.Header.Get("Content-Type")
		if strings.HasPrefix(ct, "application/graphql") && !strings.HasPrefix(ct, "application/graphql-response") {
			req.Query = string(body)
		} else if err := json.Unmarshal(body, &req); err != nil {
			h.refuse(w, r, http.StatusBadRequest, schema.CodeBadUserInput, "the body is not a JSON object with a query")
			return
		}
	default:
		w.Header().Set("Allow", "GET, POST")
		h.refuse(w, r, http.StatusMethodNotAllowed, schema.CodeBadUserInput, "use GET or POST")
		return
	}
	res := h.exec.Execute(ctx, schema.Request{
		Query: req.Query, OperationName: req.OperationName, Variables: req.Variables,
		BearerToken: bearer(r), ReadOnly: r.Method == http.MethodGet,
	})
	status := http.StatusOK
	if res.Data == nil && len(res.Errors) > 0 && r.Method == http.MethodGet {
		status = http.StatusBadRequest
	}
	setInfo(r, res)
	// WriteTo writes the fields in the query's order (the GraphQL spec's
	// order), and a request refused before execution with no data entry,
	// per GraphQL over HTTP.
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = res.WriteTo(w)
}

// refuse answers a request that never reached the schema.
func (h *graphqlHandler) refuse(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	setInfo(r, &schema.Result{Result: nil, Stage: StageHTTP})
	recordCodes(r, []string{code})
	writeJSON(w, status, map[string]interface{}{
		"errors": []map[string]interface{}{{"message": msg, "extensions": map[string]interface{}{"code": code}}},
	})
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func acceptsHTML(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "text/html")
}

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}
