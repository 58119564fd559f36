package schema

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// Limits bound what one request may ask. Zero fields take the defaults.
type Limits struct {
	// MaxDepth is the deepest field nesting allowed (default 10).
	// Introspection (__schema, __type) may nest up to 2*MaxDepth.
	MaxDepth int
	// MaxCost is the largest estimated cost (default 25000): each field
	// costs 1, each field of Query 10, and the fields below a list cost
	// as many times as the list's first (at most 100; when not given, 20
	// for a connection and 5 for another list).
	MaxCost int
	// MaxFields is the largest number of fields, counting aliases and
	// fragment expansions (default 1000).
	MaxFields int
}

// The default limits.
const (
	DefaultMaxDepth  = 10
	DefaultMaxCost   = 25000
	DefaultMaxFields = 1000
)

func (l Limits) withDefaults() Limits {
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxCost <= 0 {
		l.MaxCost = DefaultMaxCost
	}
	if l.MaxFields <= 0 {
		l.MaxFields = DefaultMaxFields
	}
	return l
}

// listFactor is how many items a list without a first argument is
// assumed to hold when costing the fields below it.
const listFactor = 5

// Cost is what a document asks for, as the limits measure it.
type Cost struct {
	Depth  int
	Cost   float64
	Fields int
}

type costWalker struct {
	gql   *graphql.Schema
	lim   Limits
	frags map[string]*ast.FragmentDefinition
	vars  map[string]interface{}
	seen  map[string]bool
	c     Cost
	err   *Error
}

// measure computes the cost of every operation of doc and returns a
// QUERY_TOO_COMPLEX error as soon as a limit is passed.
func measure(gql *graphql.Schema, doc *ast.Document, vars map[string]interface{}, lim Limits) (Cost, *Error) {
	w := &costWalker{gql: gql, lim: lim, frags: map[string]*ast.FragmentDefinition{}, vars: vars, seen: map[string]bool{}}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			w.frags[f.Name.Value] = f
		}
	}
	for _, d := range doc.Definitions {
		if op, ok := d.(*ast.OperationDefinition); ok {
			var root graphql.Type = gql.QueryType()
			if op.Operation == ast.OperationTypeMutation {
				root = gql.MutationType()
			}
			w.selections(op.SelectionSet, root, 1, 1, true, false)
		}
		if w.err != nil {
			return w.c, w.err
		}
	}
	return w.c, nil
}

func (w *costWalker) selections(ss *ast.SelectionSet, parent graphql.Type, depth int, mult float64, root, intro bool) {
	if ss == nil || w.err != nil {
		return
	}
	for _, sel := range ss.Selections {
		if w.err != nil {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			w.field(s, parent, depth, mult, root, intro)
		case *ast.InlineFragment:
			t := parent
			if s.TypeCondition != nil {
				t = w.gql.Type(s.TypeCondition.Name.Value)
			}
			w.selections(s.SelectionSet, t, depth, mult, root, intro)
		case *ast.FragmentSpread:
			name := s.Name.Value
			f, ok := w.frags[name]
			if !ok || w.seen[name] {
				continue // unknown or cyclic: validation reports it
			}
			w.seen[name] = true
			t := parent
			if f.TypeCondition != nil {
				t = w.gql.Type(f.TypeCondition.Name.Value)
			}
			w.selections(f.SelectionSet, t, depth, mult, root, intro)
			delete(w.seen, name)
		}
	}
}

func (w *costWalker) field(f *ast.Field, parent graphql.Type, depth int, mult float64, root, intro bool) {
	w.c.Fields++
	if w.c.Fields > w.lim.MaxFields {
		w.err = Errorf(CodeTooComplex, "the query selects more than %d fields", w.lim.MaxFields)
		return
	}
	name := f.Name.Value
	intro = intro || strings.HasPrefix(name, "__")
	maxDepth := w.lim.MaxDepth
	if intro {
		maxDepth *= 2
	}
	if depth > maxDepth {
		w.err = Errorf(CodeTooComplex, "the query nests deeper than %d levels", maxDepth)
		return
	}
	if depth > w.c.Depth && !intro {
		w.c.Depth = depth
	}
	if !intro {
		weight := 1.0
		if root && name != "__typename" {
			weight = 10
		}
		w.c.Cost += mult * weight
		if w.c.Cost > float64(w.lim.MaxCost) {
			w.err = Errorf(CodeTooComplex, "the query would cost more than %d (each field counts, times the first of the lists above it)", w.lim.MaxCost)
			return
		}
	}
	if f.SelectionSet != nil {
		t, list := fieldType(parent, name)
		if parent != nil && strings.HasSuffix(parent.Name(), "Connection") {
			list = false // nodes and edges: the connection's first counted them
		}
		w.selections(f.SelectionSet, t, depth+1, mult*w.factor(f, t, list), false, intro)
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
		n := DefaultFirst
		switch v := a.Value.(type) {
		case *ast.IntValue:
			if x, err := strconv.Atoi(v.Value); err == nil {
				n = x
			} else {
				n = MaxFirst
			}
		case *ast.Variable:
			switch x := w.vars[v.Name.Value].(type) {
			case float64:
				n = int(x)
			case int:
				n = x
			}
		}
		return float64(max(1, min(n, MaxFirst)))
	}
	switch {
	case t != nil && strings.HasSuffix(t.Name(), "Connection"):
		return DefaultFirst
	case list:
		return listFactor
	}
	return 1
}

// String describes the cost for logs.
func (c Cost) String() string {
	return fmt.Sprintf("depth %d, cost %.0f, %d fields", c.Depth, c.Cost, c.Fields)
}

// fragmentCycle reports whether fragments of doc spread each other in a
// cycle. graphql-go's validation recurses without end on such documents
// (a stack overflow kills the process), so they are refused before it.
func fragmentCycle(doc *ast.Document) bool {
	spreads := map[string][]string{}
	var collect func(ss *ast.SelectionSet, into *[]string)
	collect = func(ss *ast.SelectionSet, into *[]string) {
		if ss == nil {
			return
		}
		for _, sel := range ss.Selections {
			switch s := sel.(type) {
			case *ast.Field:
				collect(s.SelectionSet, into)
			case *ast.InlineFragment:
				collect(s.SelectionSet, into)
			case *ast.FragmentSpread:
				if s.Name != nil {
					*into = append(*into, s.Name.Value)
				}
			}
		}
	}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			var out []string
			collect(f.SelectionSet, &out)
			spreads[f.Name.Value] = append(spreads[f.Name.Value], out...)
		}
	}
	const (
		unseen = iota
		active
		done
	)
	state := map[string]int{}
	var visit func(string) bool
	visit = func(n string) bool {
		switch state[n] {
		case active:
			return true
		case done:
			return false
		}
		state[n] = active
		for _, m := range spreads[n] {
			if visit(m) {
				return true
			}
		}
		state[n] = done
		return false
	}
	for n := range spreads {
		if visit(n) {
			return true
		}
	}
	return false
}
