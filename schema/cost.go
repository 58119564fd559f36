package schema

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// listFactor is how many items a list without a first argument is
// assumed to hold when costing the fields below it.
const listFactor = 5

// Cost is what a document asks for, as the limits measure it.
type Cost struct {
	Depth  int
	Cost   float64
	Fields int
}

// String describes the cost for logs.
func (c Cost) String() string {
	return fmt.Sprintf("depth %d, cost %.0f, %d fields", c.Depth, c.Cost, c.Fields)
}

// tally is what a selection set adds up to: its cost, fields, and the
// depth of its deepest field, counted from the set (whose own fields are
// at depth 1). Introspection fields are not costed and have a depth of
// their own, whose limit is twice as high.
type tally struct {
	cost       float64
	fields     int
	depth      int
	introDepth int
}

// fragKey says in which context a fragment is costed: on Query's own
// level (where fields weigh 10) and inside introspection (where they
// weigh nothing) the same fragment costs differently.
type fragKey struct {
	name        string
	root, intro bool
}

// fragCost is the tally of a fragment at multiplier 1, or a fragment
// being computed (a cycle, which fragmentCycle refused before).
type fragCost struct {
	t    tally
	busy bool
}

// costWalker measures the operations of a document. Each fragment is
// costed once per context, at multiplier 1; a spread adds that tally
// scaled by the spread's multiplier, so the walk is linear in the size of
// the document however often fragments spread each other.
type costWalker struct {
	gql      *graphql.Schema
	lim      Limits
	frags    map[string]*ast.FragmentDefinition
	vars     map[string]interface{}
	defaults map[string]ast.Value // of the operation being costed
	memo     map[fragKey]*fragCost
	err      *Error
}

// measure computes the cost of every operation of doc, with variables as
// sent or, when not sent, as their definitions' defaults, and returns a
// QUERY_TOO_COMPLEX error as soon as a limit is passed.
func measure(gql *graphql.Schema, doc *ast.Document, vars map[string]interface{}, lim Limits) (Cost, *Error) {
	w := &costWalker{gql: gql, lim: lim, frags: map[string]*ast.FragmentDefinition{}, vars: vars}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			w.frags[f.Name.Value] = f
		}
	}
	var total tally
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		w.defaults = map[string]ast.Value{}
		for _, v := range op.VariableDefinitions {
			if v != nil && v.Variable != nil && v.Variable.Name != nil {
				w.defaults[v.Variable.Name.Value] = v.DefaultValue
			}
		}
		w.memo = map[fragKey]*fragCost{} // the defaults differ by operation
		var root graphql.Type = gql.QueryType()
		if op.Operation == ast.OperationTypeMutation {
			root = gql.MutationType()
		}
		var t tally
		w.selections(op.SelectionSet, root, 1, 1, true, false, &t)
		total.add(t, 1, 0)
		if w.err == nil {
			w.check(total)
		}
		if w.err != nil {
			break
		}
	}
	return Cost{Depth: total.depth, Cost: total.cost, Fields: total.fields}, w.err
}

// add adds u, scaled by mult, found at depth base+1 of t's set.
func (t *tally) add(u tally, mult float64, base int) {
	t.cost += mult * u.cost
	t.fields = satAdd(t.fields, u.fields)
	if u.depth > 0 {
		t.depth = max(t.depth, base+u.depth)
	}
	if u.introDepth > 0 {
		t.introDepth = max(t.introDepth, base+u.introDepth)
	}
}

// satAdd adds without overflowing.
func satAdd(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// check sets w.err when t passes a limit. A fragment's tally at
// multiplier 1 is a lower bound of what any spread of it adds, so it is
// checked too.
func (w *costWalker) check(t tally) {
	switch {
	case w.err != nil:
	case t.fields > w.lim.MaxFields:
		w.err = Errorf(CodeTooComplex, "the query selects more than %d fields", w.lim.MaxFields)
	case t.depth > w.lim.MaxDepth:
		w.err = Errorf(CodeTooComplex, "the query nests deeper than %d levels", w.lim.MaxDepth)
	case t.introDepth > 2*w.lim.MaxDepth:
		w.err = Errorf(CodeTooComplex, "the query nests deeper than %d levels", 2*w.lim.MaxDepth)
	case t.cost > float64(w.lim.MaxCost):
		w.err = Errorf(CodeTooComplex, "the query would cost more than %d (each field counts, times the first of the lists above it)", w.lim.MaxCost)
	}
}

// selections adds the selections of ss, whose fields are at depth, to t.
// Inline fragments count as a level of depth.
func (w *costWalker) selections(ss *ast.SelectionSet, parent graphql.Type, depth int, mult float64, root, intro bool, t *tally) {
	if ss == nil {
		return
	}
	for _, sel := range ss.Selections {
		if w.err != nil {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			w.field(s, parent, depth, mult, root, intro, t)
		case *ast.InlineFragment:
			pt := parent
			if s.TypeCondition != nil && s.TypeCondition.Name != nil {
				pt = w.gql.Type(s.TypeCondition.Name.Value)
			}
			w.selections(s.SelectionSet, pt, depth+1, mult, root, intro, t)
		case *ast.FragmentSpread:
			if s.Name == nil {
				continue
			}
			f := w.fragment(fragKey{name: s.Name.Value, root: root, intro: intro})
			if f == nil {
				continue // unknown or cyclic: refused before or by validation
			}
			t.add(f.t, mult, depth-1)
			w.check(*t)
		}
	}
}

// fragment returns the tally of the fragment of k at multiplier 1,
// computing it on first use; nil for an unknown fragment or a cycle.
func (w *costWalker) fragment(k fragKey) *fragCost {
	if f, ok := w.memo[k]; ok {
		if f.busy {
			return nil
		}
		return f
	}
	def, ok := w.frags[k.name]
	if !ok {
		return nil
	}
	f := &fragCost{busy: true}
	w.memo[k] = f
	var parent graphql.Type
	if def.TypeCondition != nil && def.TypeCondition.Name != nil {
		parent = w.gql.Type(def.TypeCondition.Name.Value)
	}
	w.selections(def.SelectionSet, parent, 1, 1, k.root, k.intro, &f.t)
	w.check(f.t)
	f.busy = false
	return f
}

func (w *costWalker) field(f *ast.Field, parent graphql.Type, depth int, mult float64, root, intro bool, t *tally) {
	t.fields = satAdd(t.fields, 1)
	name := f.Name.Value
	intro = intro || strings.HasPrefix(name, "__")
	if intro {
		t.introDepth = max(t.introDepth, depth)
	} else {
		t.depth = max(t.depth, depth)
		weight := 1.0
		if root {
			weight = 10
		}
		t.cost += mult * weight
	}
	if w.check(*t); w.err != nil {
		return
	}
	if f.SelectionSet != nil {
		ft, list := fieldType(parent, name)
		if parent != nil && strings.HasSuffix(parent.Name(), "Connection") {
			list = false // nodes and edges: the connection's first counted them
		}
		w.selections(f.SelectionSet, ft, depth+1, mult*w.factor(f, ft, list), false, intro, t)
	}
}

// fieldType returns the named type of field name of parent and whether
// it is a list; nil when unknown.
func fieldType(parent graphql.Type, name string) (graphql.Type, bool) {
	var fields graphql.FieldDefinitionMap
	switch p := parent.(type) {
	case *graphql.Object:
		fields = p.Fields()
	case *graphql.Interface:
		fields = p.Fields()
	default:
		return nil, false
	}
	fd, ok := fields[name]
	if !ok {
		return nil, false
	}
	t, list := graphql.Type(fd.Type), false
	for {
		switch x := t.(type) {
		case *graphql.NonNull:
			t = x.OfType
			continue
		case *graphql.List:
			list = true
			t = x.OfType
			continue
		}
		return t, list
	}
}

// factor is how many times the children of f, of type t, are expected to
// repeat: first when given, DefaultFirst for a connection without it,
// listFactor for another list, else 1.
func (w *costWalker) factor(f *ast.Field, t graphql.Type, list bool) float64 {
	for _, a := range f.Arguments {
		if a.Name == nil || a.Name.Value != "first" {
			continue
		}
		return float64(max(1, min(w.first(a.Value), MaxFirst)))
	}
	switch {
	case t != nil && strings.HasSuffix(t.Name(), "Connection"):
		return DefaultFirst
	case list:
		return listFactor
	}
	return 1
}

// first is the page size a first argument of value v asks for, as the
// resolvers will see it: a variable as sent, or when not sent (or null)
// its definition's default, or without one the default page size. A
// value that is not a plain whole number counts as MaxFirst, so that no
// value costs less than it may run as.
func (w *costWalker) first(v ast.Value) int {
	switch x := v.(type) {
	case *ast.IntValue:
		if n, err := strconv.Atoi(x.Value); err == nil {
			return n
		}
		return MaxFirst
	case *ast.Variable:
		if x.Name == nil {
			return MaxFirst
		}
		if sent := w.vars[x.Name.Value]; sent != nil {
			return sentInt(sent)
		}
		// Not sent, or sent as null: graphql-go takes the default.
		d, defined := w.defaults[x.Name.Value]
		switch {
		case !defined:
			return MaxFirst // validation refuses it
		case d == nil:
			return DefaultFirst // not sent, no default: first is absent
		}
		return w.first(d)
	}
	return MaxFirst
}

// sentInt reads a variable's value as decoded from JSON.
func sentInt(v interface{}) int {
	switch n := v.(type) {
	case int:
		return n
	case float64:
		if n == math.Trunc(n) && math.Abs(n) <= MaxFirst*2 {
			return int(n)
		}
	}
	return MaxFirst
}
