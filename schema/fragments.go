package schema

import (
	"github.com/graphql-go/graphql/language/ast"
)

// checkFragments refuses, with BAD_USER_INPUT, documents whose fragments
// graphql-go's validation handles badly: fragments that spread each other
// in a cycle (its validation recurses without end, and a stack overflow
// kills the process), spreads of fragments that are not defined and
// fragments never used (a walk that expands them can take time
// exponential in their number, and validation refuses them anyway). It
// visits each fragment once.
func checkFragments(doc *ast.Document) *Error {
	defs := map[string]*ast.FragmentDefinition{}
	var order []string
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			if _, dup := defs[f.Name.Value]; !dup {
				order = append(order, f.Name.Value)
			}
			defs[f.Name.Value] = f
		}
	}
	spreads := func(ss *ast.SelectionSet) []string {
		var out []string
		var collect func(ss *ast.SelectionSet)
		collect = func(ss *ast.SelectionSet) {
			if ss == nil {
				return
			}
			for _, sel := range ss.Selections {
				switch s := sel.(type) {
				case *ast.Field:
					collect(s.SelectionSet)
				case *ast.InlineFragment:
					collect(s.SelectionSet)
				case *ast.FragmentSpread:
					if s.Name != nil {
						out = append(out, s.Name.Value)
					}
				}
			}
		}
		collect(ss)
		return out
	}
	const (
		unseen = iota
		active
		done
	)
	state := map[string]int{}
	var problem *Error
	// visit walks the fragments that name spreads, depth first.
	var visit func(name string)
	visit = func(name string) {
		if problem != nil {
			return
		}
		switch state[name] {
		case active:
			problem = badInput("fragments spread each other in a cycle")
			return
		case done:
			return
		}
		def, ok := defs[name]
		if !ok {
			problem = badInput("unknown fragment %q", name)
			return
		}
		state[name] = active
		for _, n := range spreads(def.SelectionSet) {
			visit(n)
		}
		state[name] = done
	}
	for _, d := range doc.Definitions {
		if op, ok := d.(*ast.OperationDefinition); ok {
			for _, n := range spreads(op.SelectionSet) {
				visit(n)
			}
		}
	}
	for _, name := range order {
		if problem == nil && state[name] == unseen {
			// Unused, but a cycle among unused fragments must still be
			// found before validation.
			visit(name)
			if problem == nil {
				problem = badInput("fragment %q is never used", name)
			}
		}
	}
	return problem
}
