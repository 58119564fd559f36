package schema

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
)

// Options configure a Schema. The zero value serves reads only, with the
// default limits and timeout.
type Options struct {
	// Ingester runs ingestArticle; nil disables the mutation.
	Ingester Ingester
	// APIToken enables ingestArticle for requests that carry it as a
	// bearer token; "" disables the mutation.
	APIToken string
	// Limits bound the size of a request.
	Limits Limits
	// Timeout bounds the execution of a request, and so every Neo4j
	// transaction it runs (default 5s).
	Timeout time.Duration
	// Logger receives internal errors (default: discard).
	Logger *slog.Logger
}

// DefaultTimeout is the default per-request timeout.
const DefaultTimeout = 5 * time.Second

// Schema is the executable GraphQL schema. It is safe for concurrent use.
type Schema struct {
	gql  graphql.Schema
	r    Reader
	ing  Ingester
	opts Options
	log  *slog.Logger
	docs *docCache
	refs *refCache
}

// New builds the schema over r.
func New(r Reader, opts Options) (*Schema, error) {
	opts.Limits = opts.Limits.withDefaults()
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &Schema{r: r, ing: opts.Ingester, opts: opts, log: opts.Logger, docs: newDocCache(docCacheSize), refs: newRefCache()}
	t := s.buildTypes()
	gql, err := graphql.NewSchema(graphql.SchemaConfig{
		Query:    s.queryType(t),
		Mutation: s.mutationType(t),
		Types:    []graphql.Type{t.country, t.leader, t.organization, t.location, t.sector, t.project, t.event},
	})
	if err != nil {
		return nil, err
	}
	s.gql = gql
	return s, nil
}

// Request is one GraphQL request.
type Request struct {
	Query         string
	OperationName string
	Variables     map[string]interface{}
	// BearerToken is the token of the Authorization header, or "".
	BearerToken string
	// ReadOnly refuses mutations (requests sent with GET).
	ReadOnly bool
}

// Result is the response to a request: graphql-go's result with every
// error carrying extensions.code, and the measured cost.
type Result struct {
	*graphql.Result
	Cost Cost
	// Executed is false for requests refused before execution (syntax,
	// validation, limits); their response has no data entry.
	Executed bool
}

// Codes returns the extensions.code of every error, in order.
func (r *Result) Codes() []string {
	var out []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

func errorResult(e *Error) *Result {
	return &Result{Result: &graphql.Result{Errors: []gqlerrors.FormattedError{{Message: e.Message, Extensions: e.Extensions()}}}}
}

// Execute runs one request: parse, check the limits, validate, execute
// with a deadline and per-request batching. It never returns nil.
func (s *Schema) Execute(ctx context.Context, req Request) (res *Result) {
	defer func() {
		if p := recover(); p != nil {
			s.log.ErrorContext(ctx, "graphql panic", "panic", p)
			res = errorResult(Errorf(CodeInternal, "internal error"))
		}
	}()
	if req.Query == "" {
		return errorResult(badInput("no query given"))
	}
	doc, valid := s.docs.get(req.Query)
	if doc == nil {
		var err error
		doc, err = parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(req.Query), Name: "GraphQL request"})})
		if err != nil {
			return errorResult(badInput("%s", syntaxMessage(err)))
		}
		if fragmentCycle(doc) {
			return errorResult(badInput("fragments spread each other in a cycle"))
		}
	}
	// The cost depends on the variables, so it is measured every time.
	cost, lerr := measure(&s.gql, doc, req.Variables, s.opts.Limits)
	if lerr != nil {
		res := errorResult(lerr)
		res.Cost = cost
		return res
	}
	if !valid {
		if v := s.validate(doc); !v.IsValid {
			res := &Result{Result: &graphql.Result{Errors: v.Errors}, Cost: cost}
			s.codes(res, CodeBadUserInput)
			return res
		}
		s.docs.put(req.Query, doc)
	}
	if req.ReadOnly && isMutation(doc, req.OperationName) {
		return errorResult(badInput("mutations must be sent with POST"))
	}
	ctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
	defer cancel()
	ctx = withLoaders(ctx, newLoaders(s.r, s.refs))
	ctx = context.WithValue(ctx, tokenKey{}, req.BearerToken)
	out := graphql.Execute(graphql.ExecuteParams{
		Schema: s.gql, AST: doc, OperationName: req.OperationName, Args: req.Variables, Context: ctx,
	})
	res = &Result{Result: out, Cost: cost, Executed: true}
	s.codes(res, "")
	if errors.Is(ctx.Err(), context.DeadlineExceeded) && len(res.Errors) == 0 {
		res.Errors = append(res.Errors, gqlerrors.FormattedError{Message: "the request took longer than its time limit", Extensions: map[string]interface{}{"code": CodeTimeout}})
	}
	return res
}

// validate runs graphql-go's validation, which panics on some malformed
// documents (a variable without a type): those are invalid too.
func (s *Schema) validate(doc *ast.Document) (v graphql.ValidationResult) {
	defer func() {
		if p := recover(); p != nil {
			e := badInput("the query is malformed")
			v = graphql.ValidationResult{Errors: []gqlerrors.FormattedError{{Message: e.Message, Extensions: e.Extensions()}}}
		}
	}()
	return graphql.ValidateDocument(&s.gql, doc, nil)
}

// codes gives every error an extensions.code: def when given (parse and
// validation errors); else errors without a path (bad variables) are
// BAD_USER_INPUT and anything else is INTERNAL with its text hidden.
func (s *Schema) codes(res *Result, def string) {
	for i := range res.Errors {
		e := &res.Errors[i]
		if c, ok := e.Extensions["code"].(string); ok && c != "" {
			continue
		}
		if ours := findError(e.OriginalError()); ours != nil {
			// graphql-go drops the extensions of errors returned by thunks.
			e.Message = ours.Message
			e.Extensions = ours.Extensions()
			continue
		}
		if e.Message == context.DeadlineExceeded.Error() || e.Message == context.Canceled.Error() {
			// graphql-go stops waiting for resolvers when ctx ends.
			t := Errorf(CodeTimeout, "the request took longer than its time limit")
			e.Message, e.Extensions = t.Message, t.Extensions()
			continue
		}
		code := def
		if code == "" {
			if len(e.Path) == 0 {
				code = CodeBadUserInput
			} else {
				s.log.Error("graphql execution", "err", e.Message, "path", e.Path)
				code = CodeInternal
				e.Message = "internal error"
			}
		}
		if e.Extensions == nil {
			e.Extensions = map[string]interface{}{}
		}
		e.Extensions["code"] = code
	}
}

// findError digs an *Error out of graphql-go's wrappers.
func findError(err error) *Error {
	for i := 0; err != nil && i < 10; i++ {
		switch e := err.(type) {
		case *Error:
			return e
		case gqlerrors.FormattedError:
			err = e.OriginalError()
		case *gqlerrors.Error:
			err = e.OriginalError
		default:
			var ours *Error
			if errors.As(err, &ours) {
				return ours
			}
			return nil
		}
	}
	return nil
}

func syntaxMessage(err error) string {
	var ge *gqlerrors.Error
	if errors.As(err, &ge) {
		return ge.Message
	}
	return "syntax error"
}

func isMutation(doc *ast.Document, name string) bool {
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		if name == "" || (op.Name != nil && op.Name.Value == name) {
			if op.Operation == ast.OperationTypeMutation {
				return true
			}
		}
	}
	return false
}
