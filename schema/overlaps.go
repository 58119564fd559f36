package schema

import (
	"github.com/graphql-go/graphql/language/ast"
)

// overlaps counts the pairs of fields that answer to the same response
// name at the same place of the result, with fragments expanded and the
// selections of such fields merged, as GraphQL merges them. graphql-go's
// validation (OverlappingFieldsCanBeMerged) compares each such pair,
// printing their arguments, so its work grows with the square of the
// fields repeated at one place (490 repeats of one alias: 1.2 s). It
// stops counting past max; each field is visited once per place it is
// merged into, which the cost walker has bounded by MaxFields.
func overlaps(doc *ast.Document, max int) int {
	o := &overlapCounter{frags: map[string]*ast.FragmentDefinition{}, max: max}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			o.frags[f.Name.Value] = f
		}
	}
	for _, d := range doc.Definitions {
		if op, ok := d.(*ast.OperationDefinition); ok && op.SelectionSet != nil {
			o.merged([]*ast.SelectionSet{op.SelectionSet})
		}
	}
	return o.pairs
}

type overlapCounter struct {
	frags map[string]*ast.FragmentDefinition
	max   int
	pairs int
}

// merged counts the pairs among the fields of sets, which are merged into
// one place, then does the same for the merged selections of each
// response name.
func (o *overlapCounter) merged(sets []*ast.SelectionSet) {
	if o.pairs > o.max {
		return
	}
	var order []string
	counts := map[string]int{}
	subs := map[string][]*ast.SelectionSet{}
	spread := map[string]bool{} // graphql-go compares a fragment once per place
	var collect func(ss *ast.SelectionSet)
	collect = func(ss *ast.SelectionSet) {
		if ss == nil {
			return
		}
		for _, sel := range ss.Selections {
			switch s := sel.(type) {
			case *ast.Field:
				name := responseName(s)
				if counts[name] == 0 {
					order = append(order, name)
				}
				counts[name]++
				if s.SelectionSet != nil {
					subs[name] = append(subs[name], s.SelectionSet)
				}
			case *ast.InlineFragment:
				collect(s.SelectionSet)
			case *ast.FragmentSpread:
				if s.Name == nil || spread[s.Name.Value] {
					continue
				}
				spread[s.Name.Value] = true
				if f, ok := o.frags[s.Name.Value]; ok {
					collect(f.SelectionSet)
				}
			}
		}
	}
	for _, ss := range sets {
		collect(ss)
	}
	for _, name := range order {
		n := counts[name]
		o.pairs += n * (n - 1) / 2
	}
	for _, name := range order {
		if len(subs[name]) > 0 {
			o.merged(subs[name])
		}
	}
}

// responseName is the alias of f, or its name.
func responseName(f *ast.Field) string {
	if f.Alias != nil {
		return f.Alias.Value
	}
	if f.Name != nil {
		return f.Name.Value
	}
	return ""
}
