package schema

import (
	"context"
	"strconv"
	"sync"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// graphql-go returns each object of the response as a Go map, which
// encoding/json writes with its keys sorted; the GraphQL specification
// wants them in the order the query selected them (its CollectFields).
// Result.MarshalJSON therefore walks the response along the document:
// for each object it collects the selected fields as the executor did —
// fragments expanded in place, @skip and @include applied, a field
// selected twice written once, at its first place — and writes the values
// in that order. The walk plans each selection once per request and
// runtime type, so a page of 100 events costs one plan, not 100.
//
// Where a field returns an interface (Node), the fields to write depend on
// the object's runtime type, which the map does not record: the Node
// interface's ResolveType logs it by response path (typeLog) as the
// executor resolves it.

// typeLog records the runtime type of every value of an abstract type,
// by the response path of its field; a list field's items are appended in
// order (the executor resolves them one after the other, and gives them
// the list field's path). It is safe for concurrent use.
type typeLog struct {
	mu    sync.Mutex
	types map[string][]*graphql.Object
}

type typeLogKey struct{}

// logType records t for the value at path; nil logs are ignored.
func (l *typeLog) logType(path *graphql.ResponsePath, t *graphql.Object) {
	if l == nil {
		return
	}
	key := string(appendPath(nil, path))
	l.mu.Lock()
	if l.types == nil {
		l.types = map[string][]*graphql.Object{}
	}
	l.types[key] = append(l.types[key], t)
	l.mu.Unlock()
}

// lookup returns the runtime type of the i-th value logged at path.
func (l *typeLog) lookup(path []byte, i int) *graphql.Object {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	ts := l.types[string(path)]
	if i < len(ts) {
		return ts[i]
	}
	return nil
}

func typeLogFrom(ctx context.Context) *typeLog {
	l, _ := ctx.Value(typeLogKey{}).(*typeLog)
	return l
}

// appendPath appends path as "/name/0/name" to b.
func appendPath(b []byte, p *graphql.ResponsePath) []byte {
	if p == nil {
		return b
	}
	b = appendPath(b, p.Prev)
	b = append(b, '/')
	switch k := p.Key.(type) {
	case string:
		b = append(b, k...)
	case int:
		b = strconv.AppendInt(b, int64(k), 10)
	}
	return b
}

// ordering is what Result.MarshalJSON needs to write the data of an
// executed request in the order of its query.
type ordering struct {
	schema *graphql.Schema
	op     *ast.OperationDefinition
	frags  map[string]*ast.FragmentDefinition
	vars   map[string]interface{}
	types  *typeLog
}

// newOrdering finds the operation that ran; nil when there is none.
func newOrdering(s *graphql.Schema, doc *ast.Document, opName string, vars map[string]interface{}, types *typeLog) *ordering {
	o := &ordering{schema: s, vars: vars, types: types}
	for _, d := range doc.Definitions {
		switch d := d.(type) {
		case *ast.OperationDefinition:
			if o.op == nil && (opName == "" || (d.Name != nil && d.Name.Value == opName)) {
				o.op = d
			}
		case *ast.FragmentDefinition:
			if o.frags == nil {
				o.frags = map[string]*ast.FragmentDefinition{}
			}
			if d.Name != nil {
				o.frags[d.Name.Value] = d
			}
		}
	}
	if o.op == nil {
		return nil
	}
	return o
}

// plan is the ordered fields of one selection for one runtime type.
type plan struct {
	fields []*planField
}

// find returns the field of response name, or nil. Selections are short,
// so a scan is cheaper than a map.
func (p *plan) find(name string) *planField {
	for _, f := range p.fields {
		if f.name == name {
			return f
		}
	}
	return nil
}

// planField is one response name of a plan: the field nodes selecting it,
// its type, and the plans of its sub-selection, made on first use (one
// for an object type, one per runtime type for an interface).
type planField struct {
	name    string
	asts    []*ast.Field
	typ     graphql.Type // nil for a field the type does not have
	subType *graphql.Object
	sub     *plan
	subs    map[*graphql.Object]*plan
}

// rootPlan returns the plan of the operation's selection set.
func (o *ordering) rootPlan() (*plan, *graphql.Object) {
	var root *graphql.Object
	if o.op.Operation == ast.OperationTypeMutation {
		root = o.schema.MutationType()
	} else {
		root = o.schema.QueryType()
	}
	p := &plan{}
	var visited map[string]bool
	o.collect(p, root, o.op.SelectionSet, &visited)
	return p, root
}

// sub returns the plan of pf's sub-selection for the runtime type t.
func (o *ordering) sub(pf *planField, t *graphql.Object) *plan {
	if pf.subType == t {
		return pf.sub
	}
	if p, ok := pf.subs[t]; ok {
		return p
	}
	p := &plan{}
	var visited map[string]bool
	for _, f := range pf.asts {
		o.collect(p, t, f.SelectionSet, &visited)
	}
	switch {
	case pf.subType == nil:
		pf.subType, pf.sub = t, p
	case pf.subs == nil:
		pf.subs = map[*graphql.Object]*plan{t: p}
	default:
		pf.subs[t] = p
	}
	return p
}

// collect adds the fields of set, as selected for runtime type t, to p
// in the order of CollectFields. visited holds the fragments already
// spread (made on first use).
func (o *ordering) collect(p *plan, t *graphql.Object, set *ast.SelectionSet, visited *map[string]bool) {
	if set == nil {
		return
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			if !o.included(sel.Directives) {
				continue
			}
			name := sel.Name.Value
			if sel.Alias != nil && sel.Alias.Value != "" {
				name = sel.Alias.Value
			}
			if f := p.find(name); f != nil {
				f.asts = append(f.asts, sel)
				continue
			}
			p.fields = append(p.fields, &planField{name: name, asts: []*ast.Field{sel}, typ: selectedType(t, sel.Name.Value)})
		case *ast.InlineFragment:
			if o.included(sel.Directives) && o.matches(sel.TypeCondition, t) {
				o.collect(p, t, sel.SelectionSet, visited)
			}
		case *ast.FragmentSpread:
			name := sel.Name.Value
			if (*visited)[name] || !o.included(sel.Directives) {
				continue
			}
			if *visited == nil {
				*visited = map[string]bool{}
			}
			(*visited)[name] = true
			if f, ok := o.frags[name]; ok && o.matches(f.TypeCondition, t) {
				o.collect(p, t, f.SelectionSet, visited)
			}
		}
	}
}

// selectedType is the type of t's field name, meta fields included.
func selectedType(t *graphql.Object, name string) graphql.Type {
	switch name {
	case "__typename":
		return graphql.TypeNameMetaFieldDef.Type
	case "__schema":
		return graphql.SchemaMetaFieldDef.Type
	case "__type":
		return graphql.TypeMetaFieldDef.Type
	}
	if f, ok := t.Fields()[name]; ok {
		return f.Type
	}
	return nil
}

// matches reports whether a fragment with type condition cond applies to
// an object of type t.
func (o *ordering) matches(cond *ast.Named, t *graphql.Object) bool {
	if cond == nil || cond.Name == nil {
		return true
	}
	switch c := o.schema.Type(cond.Name.Value).(type) {
	case *graphql.Object:
		return c == t
	case *graphql.Interface:
		return o.schema.IsPossibleType(c, t)
	case *graphql.Union:
		return o.schema.IsPossibleType(c, t)
	}
	return false
}

// included applies @skip and @include.
func (o *ordering) included(ds []*ast.Directive) bool {
	for _, d := range ds {
		if d.Name == nil || (d.Name.Value != "skip" && d.Name.Value != "include") {
			continue
		}
		cond := false
		for _, a := range d.Arguments {
			if a.Name != nil && a.Name.Value == "if" {
				cond = o.boolValue(a.Value)
			}
		}
		if (d.Name.Value == "skip") == cond {
			return false
		}
	}
	return true
}

// boolValue is the value of a Boolean argument: a literal or a variable
// (as sent, else its default).
func (o *ordering) boolValue(v ast.Value) bool {
	switch v := v.(type) {
	case *ast.BooleanValue:
		return v.Value
	case *ast.Variable:
		if v.Name == nil {
			return false
		}
		if x, ok := o.vars[v.Name.Value].(bool); ok {
			return x
		}
		for _, def := range o.op.VariableDefinitions {
			if def.Variable != nil && def.Variable.Name != nil && def.Variable.Name.Value == v.Name.Value {
				if b, ok := def.DefaultValue.(*ast.BooleanValue); ok {
					return b.Value
				}
			}
		}
	}
	return false
}
