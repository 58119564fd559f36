package schema

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
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
	// Corrector runs correct and undoCorrection; nil disables them.
	Corrector Corrector
	// Now is the clock corrections are dated by; New refuses a Corrector
	// without it (the schema reads no clock of its own).
	Now func() time.Time
	// APIToken enables the mutations (ingestArticle, correct,
	// undoCorrection) for requests that carry it as a bearer token; ""
	// disables them.
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
	gql   graphql.Schema
	r     Reader
	ing   Ingester
	cor   Corrector
	opts  Options
	log   *slog.Logger
	docs  *docCache
	refs  *refCache
	rules []graphql.ValidationRuleFn
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
	if opts.Corrector != nil && opts.Now == nil {
		return nil, errors.New("schema: a Corrector needs Options.Now")
	}
	s := &Schema{r: r, ing: opts.Ingester, cor: opts.Corrector, opts: opts, log: opts.Logger, docs: newDocCache(docCacheSize), refs: newRefCache(),
		rules: validationRules(opts.Limits.MaxErrors)}
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
	// Stage is how far the request got: the stage that refused it, or
	// StageExecute.
	Stage Stage

	order *ordering // how MarshalJSON orders the data; nil before execution
}

// Stage is a step of Execute, in order.
type Stage string

// The stages of a request. Scan, parse and cost take time linear in the
// size of the document; validation is graphql-go's, made cheap by what
// the earlier stages let through.
const (
	StageScan     Stage = "scan"     // Scan's bounds on the text
	StageParse    Stage = "parse"    // syntax; fragments (cycles, unknown, unused)
	StageCost     Stage = "cost"     // depth, fields and cost, fragments memoised
	StageValidate Stage = "validate" // graphql-go's validation
	StageExecute  Stage = "execute"  // resolvers
)

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

// refused is the answer of a request refused at stage.
func refused(stage Stage, e *Error) *Result {
	res := errorResult(e)
	res.Stage = stage
	return res
}

// stopped is the answer of a request whose context ended before stage.
func stopped(ctx context.Context, stage Stage) *Result {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return refused(stage, Errorf(CodeTimeout, "the request took longer than its time limit"))
	}
	return refused(stage, Errorf(CodeTimeout, "the request was cancelled"))
}

// Execute runs one request under the time limit (Options.Timeout, or
// ctx's deadline when sooner): Scan's bounds on the text, parse, the
// fragment checks, the cost limits, validation, then execution with
// per-request batching. A request whose ctx ends (its client left, its
// time is up) stops at the next stage, and its resolvers' database calls
// are cancelled. It never returns nil.
func (s *Schema) Execute(ctx context.Context, req Request) (res *Result) {
	defer func() {
		if p := recover(); p != nil {
			s.log.ErrorContext(ctx, "graphql panic", "panic", p)
			res = errorResult(Errorf(CodeInternal, "internal error"))
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, s.opts.Timeout)
	defer cancel()
	if req.Query == "" {
		return refused(StageScan, badInput("no query given"))
	}
	doc, valid := s.docs.get(req.Query)
	if doc == nil {
		if _, err := Scan(req.Query, s.opts.Limits); err != nil {
			return refused(StageScan, err)
		}
		src := source.NewSource(&source.Source{Body: []byte(req.Query), Name: "GraphQL request"})
		var err error
		doc, err = parser.Parse(parser.ParseParams{Source: src})
		if err != nil {
			return refused(StageParse, badInput("%s", syntaxMessage(err)))
		}
		detach(src) // errors are located by relocate from here on
		if err := checkFragments(doc); err != nil {
			return refused(StageParse, err)
		}
	}
	if ctx.Err() != nil {
		return stopped(ctx, StageCost)
	}
	// The cost depends on the variables, so it is measured every time.
	cost, lerr := measure(&s.gql, doc, req.Variables, s.opts.Limits)
	if lerr != nil {
		res := refused(StageCost, lerr)
		res.Cost = cost
		return res
	}
	if !valid {
		if n := overlaps(doc, s.opts.Limits.MaxOverlaps); n > s.opts.Limits.MaxOverlaps {
			res := refused(StageCost, Errorf(CodeTooComplex, "the query repeats fields of one name at one place too often (more than %d pairs)", s.opts.Limits.MaxOverlaps))
			res.Cost = cost
			return res
		}
		if ctx.Err() != nil {
			return stopped(ctx, StageValidate)
		}
		if v := s.validate(doc); !v.IsValid {
			res := &Result{Result: &graphql.Result{Errors: v.Errors}, Cost: cost, Stage: StageValidate}
			relocate(res.Errors, req.Query)
			s.codes(ctx, res, CodeBadUserInput)
			return res
		}
		s.docs.put(req.Query, doc)
	}
	if req.ReadOnly && isMutation(doc, req.OperationName) {
		return refused(StageValidate, badInput("mutations must be sent with POST"))
	}
	if ctx.Err() != nil {
		return stopped(ctx, StageExecute)
	}
	ctx = withLoaders(ctx, newLoaders(s.r, s.refs))
	ctx = context.WithValue(ctx, tokenKey{}, req.BearerToken)
	ctx = context.WithValue(ctx, outageKey{}, &sync.Once{})
	types := &typeLog{}
	ctx = context.WithValue(ctx, typeLogKey{}, types)
	execCtx, mutation := ctx, isMutation(doc, req.OperationName)
	if mutation {
		// graphql-go stops waiting for resolvers when its context ends:
		// a mutation that wrote just then would be answered TIMEOUT. So
		// it waits for mutations, whose resolvers run under ctx
		// (requestContext) and so end with it, unless they wrote.
		execCtx = context.WithValue(context.WithoutCancel(ctx), requestKey{}, ctx)
	}
	out := graphql.Execute(graphql.ExecuteParams{
		Schema: s.gql, AST: doc, OperationName: req.OperationName, Args: req.Variables, Context: execCtx,
	})
	res = &Result{Result: out, Cost: cost, Executed: true, Stage: StageExecute,
		order: newOrdering(&s.gql, doc, req.OperationName, req.Variables, types)}
	relocate(res.Errors, req.Query)
	s.codes(ctx, res, "")
	if !mutation && errors.Is(ctx.Err(), context.DeadlineExceeded) && len(res.Errors) == 0 {
		res.Errors = append(res.Errors, gqlerrors.FormattedError{Message: "the request took longer than its time limit", Extensions: map[string]interface{}{"code": CodeTimeout}})
	}
	return res
}

// codes gives every error an extensions.code: def when given (parse and
// validation errors); else an error of a resolver as clientError says
// (an outage is DATABASE_UNAVAILABLE, a deadline TIMEOUT), errors without
// a path (bad variables) are BAD_USER_INPUT and anything else is INTERNAL
// with its text hidden.
func (s *Schema) codes(ctx context.Context, res *Result, def string) {
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
		if root := rootError(e.OriginalError()); def == "" && root != nil && len(e.Path) > 0 {
			// A resolver's own error (one that returns the store's error
			// as it is).
			t := clientError(ctx, s.log, root)
			e.Message, e.Extensions = t.Message, t.Extensions()
			continue
		}
		code := def
		if code == "" {
			if len(e.Path) == 0 {
				code = CodeBadUserInput
			} else {
				s.log.ErrorContext(ctx, "graphql execution", "err", e.Message, "path", e.Path)
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
	var ours *Error
	if root := rootError(err); root != nil && errors.As(root, &ours) {
		return ours
	}
	return nil
}

// rootError digs the error a resolver returned out of graphql-go's
// wrappers; nil when there is none.
func rootError(err error) error {
	for i := 0; err != nil && i < 10; i++ {
		switch e := err.(type) {
		case gqlerrors.FormattedError:
			err = e.OriginalError()
		case *gqlerrors.Error:
			err = e.OriginalError
		default:
			return err
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

// requestKey holds a mutation's request context, which its resolvers use
// instead of graphql-go's (see Execute).
type requestKey struct{}

// requestContext returns the request's context kept under requestKey, or
// ctx itself.
func requestContext(ctx context.Context) context.Context {
	if rc, ok := ctx.Value(requestKey{}).(context.Context); ok {
		return rc
	}
	return ctx
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
