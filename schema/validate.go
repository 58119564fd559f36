package schema

import (
	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/visitor"
)

// validationRules are graphql-go's rules, each of which stops visiting
// once max errors have been reported: a document with thousands of
// mistakes costs the work of max errors, not of all of them.
func validationRules(max int) []graphql.ValidationRuleFn {
	rules := make([]graphql.ValidationRuleFn, len(graphql.SpecifiedRules))
	for i, r := range graphql.SpecifiedRules {
		rules[i] = capped(r, max)
	}
	return rules
}

// capped wraps every visit function of rule so that it breaks off once
// the validation context holds max errors.
func capped(rule graphql.ValidationRuleFn, max int) graphql.ValidationRuleFn {
	return func(ctx *graphql.ValidationContext) *graphql.ValidationRuleInstance {
		inst := rule(ctx)
		if inst == nil || inst.VisitorOpts == nil {
			return inst
		}
		wrap := func(f visitor.VisitFunc) visitor.VisitFunc {
			if f == nil {
				return nil
			}
			return func(p visitor.VisitFuncParams) (string, interface{}) {
				if len(ctx.Errors()) >= max {
					return visitor.ActionBreak, nil
				}
				return f(p)
			}
		}
		o := inst.VisitorOpts
		w := &visitor.VisitorOptions{Enter: wrap(o.Enter), Leave: wrap(o.Leave)}
		if o.KindFuncMap != nil {
			w.KindFuncMap = make(map[string]visitor.NamedVisitFuncs, len(o.KindFuncMap))
			for k, f := range o.KindFuncMap {
				w.KindFuncMap[k] = visitor.NamedVisitFuncs{Kind: wrap(f.Kind), Enter: wrap(f.Enter), Leave: wrap(f.Leave)}
			}
		}
		wrapMap := func(m map[string]visitor.VisitFunc) map[string]visitor.VisitFunc {
			if m == nil {
				return nil
			}
			out := make(map[string]visitor.VisitFunc, len(m))
			for k, f := range m {
				out[k] = wrap(f)
			}
			return out
		}
		w.EnterKindMap, w.LeaveKindMap = wrapMap(o.EnterKindMap), wrapMap(o.LeaveKindMap)
		return &graphql.ValidationRuleInstance{VisitorOpts: w}
	}
}

// validate runs graphql-go's validation with the capped rules, and keeps
// the first MaxErrors errors, saying when it stopped there. Validation
// panics on some malformed documents (a variable without a type): those
// are invalid too.
func (s *Schema) validate(doc *ast.Document) (v graphql.ValidationResult) {
	defer func() {
		if p := recover(); p != nil {
			e := badInput("the query is malformed")
			v = graphql.ValidationResult{Errors: []gqlerrors.FormattedError{{Message: e.Message, Extensions: e.Extensions()}}}
		}
	}()
	v = graphql.ValidateDocument(&s.gql, doc, s.rules)
	if n := s.opts.Limits.MaxErrors; len(v.Errors) >= n {
		stop := badInput("validation stopped after %d errors; others may not be reported", n)
		v.Errors = append(v.Errors[:n:n], gqlerrors.FormattedError{Message: stop.Message, Extensions: stop.Extensions()})
	}
	return v
}
