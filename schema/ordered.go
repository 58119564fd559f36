package schema

import (
	"context"
	"encoding/json"
	"io"
	"sort"
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

// writer writes one response.
type writer struct {
	o    *ordering
	buf  []byte
	path []byte // response path of the value being written, for typeLog
}

// writeObject writes m, an object of runtime type t selected by p.
func (w *writer) writeObject(m map[string]interface{}, p *plan, t *graphql.Object) {
	w.buf = append(w.buf, '{')
	n := 0
	for _, pf := range p.fields {
		v, ok := m[pf.name]
		if !ok {
			continue
		}
		if n > 0 {
			w.buf = append(w.buf, ',')
		}
		n++
		w.buf = appendString(w.buf, pf.name)
		w.buf = append(w.buf, ':')
		mark := len(w.path)
		w.path = append(append(w.path, '/'), pf.name...)
		w.writeValue(v, pf.typ, pf, -1)
		w.path = w.path[:mark]
	}
	if n < len(m) {
		// Keys the plan does not know (none, unless graphql-go adds
		// some): sorted, after the others.
		w.writeRest(m, p, n)
	}
	w.buf = append(w.buf, '}')
}

// writeRest writes the entries of m missing from p, sorted by key.
func (w *writer) writeRest(m map[string]interface{}, p *plan, n int) {
	var rest []string
	for k := range m {
		if p.find(k) == nil {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		if n > 0 {
			w.buf = append(w.buf, ',')
		}
		n++
		w.buf = appendString(w.buf, k)
		w.buf = append(w.buf, ':')
		w.buf = appendAny(w.buf, m[k])
	}
}

// writeValue writes v of type typ, selected by pf. item is v's index in
// the list field pf, or -1.
func (w *writer) writeValue(v interface{}, typ graphql.Type, pf *planField, item int) {
	if v == nil {
		w.buf = append(w.buf, "null"...)
		return
	}
	if nn, ok := typ.(*graphql.NonNull); ok {
		typ = nn.OfType
	}
	switch t := typ.(type) {
	case *graphql.List:
		l, ok := v.([]interface{})
		if !ok {
			w.buf = appendAny(w.buf, v)
			return
		}
		w.buf = append(w.buf, '[')
		for i, x := range l {
			if i > 0 {
				w.buf = append(w.buf, ',')
			}
			w.writeValue(x, t.OfType, pf, i)
		}
		w.buf = append(w.buf, ']')
	case *graphql.Object:
		m, ok := v.(map[string]interface{})
		if !ok {
			w.buf = appendAny(w.buf, v)
			return
		}
		w.writeItem(m, pf, t, item)
	case graphql.Abstract:
		m, ok := v.(map[string]interface{})
		if !ok {
			w.buf = appendAny(w.buf, v)
			return
		}
		rt := w.runtimeType(m, pf, t, item)
		if rt == nil {
			w.buf = appendAny(w.buf, m)
			return
		}
		w.writeItem(m, pf, rt, item)
	default:
		w.buf = appendAny(w.buf, v)
	}
}

// writeItem writes the object m of runtime type t; for a list item its
// index becomes part of the path.
func (w *writer) writeItem(m map[string]interface{}, pf *planField, t *graphql.Object, item int) {
	mark := len(w.path)
	if item >= 0 {
		w.path = strconv.AppendInt(append(w.path, '/'), int64(item), 10)
	}
	w.writeObject(m, w.o.sub(pf, t), t)
	w.path = w.path[:mark]
}

// runtimeType is the type logged for the value at the current path (the
// item-th of a list field); else the one its __typename names; else the
// first possible type of abstract whose selection has exactly m's keys.
func (w *writer) runtimeType(m map[string]interface{}, pf *planField, abstract graphql.Abstract, item int) *graphql.Object {
	if item < 0 {
		item = 0
	}
	if t := w.o.types.lookup(w.path, item); t != nil {
		return t
	}
	if name, ok := m["__typename"].(string); ok {
		if t, ok := w.o.schema.Type(name).(*graphql.Object); ok {
			return t
		}
	}
	for _, t := range w.o.schema.PossibleTypes(abstract) {
		p := w.o.sub(pf, t)
		n := 0
		for _, f := range p.fields {
			if _, ok := m[f.name]; ok {
				n++
			}
		}
		if n == len(m) && n == len(p.fields) {
			return t
		}
	}
	return nil
}

// marshalData writes the data of an executed request in query order.
func (o *ordering) marshalData(buf []byte, data interface{}) []byte {
	m, ok := data.(map[string]interface{})
	if !ok || o == nil {
		return appendAny(buf, data)
	}
	p, root := o.rootPlan()
	w := &writer{o: o, buf: buf, path: make([]byte, 0, 64)}
	w.writeObject(m, p, root)
	return w.buf
}

// MarshalJSON encodes the response as GraphQL over HTTP sends it: for an
// executed request, data with every object's fields in the order the
// query selected them (see the GraphQL specification, CollectFields),
// then errors and extensions when there are any; for a request refused
// before execution, errors alone. r.Data itself stays graphql-go's maps,
// for callers in the same process. Strings are not HTML-escaped (as by
// an Encoder with SetEscapeHTML(false)); encoding/json escapes them when
// it calls MarshalJSON with HTML escaping on.
func (r *Result) MarshalJSON() ([]byte, error) { return r.AppendJSON(make([]byte, 0, 1024)) }

// WriteTo writes the response as MarshalJSON encodes it, followed by a
// newline as json.Encoder writes one. It spares encoding/json's second
// pass over the bytes of a Marshaler (its validation and compaction).
func (r *Result) WriteTo(w io.Writer) (int64, error) {
	b, err := r.AppendJSON(make([]byte, 0, 1024))
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(b, '\n'))
	return int64(n), err
}

// AppendJSON appends the response as MarshalJSON encodes it to buf.
func (r *Result) AppendJSON(buf []byte) ([]byte, error) {
	buf = append(buf, '{')
	sep := false
	if r.Executed && r.Result != nil {
		buf = append(buf, `"data":`...)
		buf = r.order.marshalData(buf, r.Data)
		sep = true
	}
	if r.Result != nil && len(r.Errors) > 0 {
		b, err := json.Marshal(r.Errors)
		if err != nil {
			return nil, err
		}
		if sep {
			buf = append(buf, ',')
		}
		buf = append(append(buf, `"errors":`...), b...)
		sep = true
	}
	if r.Result != nil && len(r.Extensions) > 0 {
		b, err := json.Marshal(r.Extensions)
		if err != nil {
			return nil, err
		}
		if sep {
			buf = append(buf, ',')
		}
		buf = append(append(buf, `"extensions":`...), b...)
	}
	return append(buf, '}'), nil
}
