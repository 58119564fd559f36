package schema

import (
	"fmt"
	"sort"
	"strings"

	"github.com/graphql-go/graphql"
)

// SDL prints the schema in the GraphQL schema definition language, types
// in a fixed order (Query, Mutation, then by name), fields by name.
func (s *Schema) SDL() string {
	var b strings.Builder
	tm := s.gql.TypeMap()
	names := make([]string, 0, len(tm))
	for n := range tm {
		if strings.HasPrefix(n, "__") || isBuiltin(n) {
			continue
		}
		names = append(names, n)
	}
	rank := func(n string) int {
		switch n {
		case "Query":
			return 0
		case "Mutation":
			return 1
		}
		return 2
	}
	sort.Slice(names, func(i, j int) bool {
		if rank(names[i]) != rank(names[j]) {
			return rank(names[i]) < rank(names[j])
		}
		return names[i] < names[j]
	})
	b.WriteString("schema {\n  query: Query\n  mutation: Mutation\n}\n")
	for _, n := range names {
		b.WriteString("\n")
		switch t := tm[n].(type) {
		case *graphql.Scalar:
			desc(&b, "", t.Description())
			fmt.Fprintf(&b, "scalar %s\n", t.Name())
		case *graphql.Enum:
			desc(&b, "", t.Description())
			fmt.Fprintf(&b, "enum %s {\n", t.Name())
			vals := t.Values()
			vs := make([]string, len(vals))
			for i, v := range vals {
				vs[i] = v.Name
			}
			sort.Strings(vs)
			for _, v := range vs {
				fmt.Fprintf(&b, "  %s\n", v)
			}
			b.WriteString("}\n")
		case *graphql.InputObject:
			desc(&b, "", t.Description())
			fmt.Fprintf(&b, "input %s {\n", t.Name())
			inputFields(&b, t.Fields())
			b.WriteString("}\n")
		case *graphql.Interface:
			desc(&b, "", t.Description())
			fmt.Fprintf(&b, "interface %s {\n", t.Name())
			fields(&b, t.Fields())
			b.WriteString("}\n")
		case *graphql.Object:
			desc(&b, "", t.Description())
			fmt.Fprintf(&b, "type %s", t.Name())
			if ifs := t.Interfaces(); len(ifs) > 0 {
				ns := make([]string, len(ifs))
				for i, x := range ifs {
					ns[i] = x.Name()
				}
				fmt.Fprintf(&b, " implements %s", strings.Join(ns, " & "))
			}
			b.WriteString(" {\n")
			fields(&b, t.Fields())
			b.WriteString("}\n")
		}
	}
	return b.String()
}

func isBuiltin(n string) bool {
	switch n {
	case "String", "Int", "Float", "Boolean", "ID":
		return true
	}
	return false
}

func desc(b *strings.Builder, indent, d string) {
	if d == "" {
		return
	}
	fmt.Fprintf(b, "%s\"\"\"%s\"\"\"\n", indent, strings.ReplaceAll(d, `"""`, `\"""`))
}

func fields(b *strings.Builder, fm graphql.FieldDefinitionMap) {
	names := make([]string, 0, len(fm))
	for n := range fm {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := fm[n]
		desc(b, "  ", f.Description)
		fmt.Fprintf(b, "  %s", n)
		if len(f.Args) > 0 {
			args := append([]*graphql.Argument(nil), f.Args...)
			sort.Slice(args, func(i, j int) bool { return args[i].Name() < args[j].Name() })
			parts := make([]string, len(args))
			for i, a := range args {
				parts[i] = a.Name() + ": " + a.Type.String()
				if a.DefaultValue != nil {
					parts[i] += " = " + defaultLiteral(a)
				}
			}
			fmt.Fprintf(b, "(%s)", strings.Join(parts, ", "))
		}
		fmt.Fprintf(b, ": %s\n", f.Type.String())
	}
}

func inputFields(b *strings.Builder, fm graphql.InputObjectFieldMap) {
	names := make([]string, 0, len(fm))
	for n := range fm {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f := fm[n]
		desc(b, "  ", f.Description())
		fmt.Fprintf(b, "  %s: %s\n", n, f.Type.String())
	}
}

// defaultLiteral prints an argument's default value as GraphQL.
func defaultLiteral(a *graphql.Argument) string {
	if e, ok := a.Type.(*graphql.Enum); ok {
		for _, v := range e.Values() {
			if v.Value == a.DefaultValue {
				return v.Name
			}
		}
	}
	switch v := a.DefaultValue.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	}
	return fmt.Sprint(a.DefaultValue)
}
