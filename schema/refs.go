package schema

import (
	"context"
	"fmt"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// References to entities. Arguments that take a key (node, leader,
// project, events(leader:), path(from:, to:)) also take a name: a key is
// recognised by its prefix (country:, person:, org:, place:, project:,
// sector:, event:); anything else is a name, which resolves to
//
//  1. the entity whose name or an alias is the name (case aside);
//  2. else, where any type or a country is wanted, the country of that
//     alpha-3 or alpha-2 code;
//  3. else the entity whose name or an alias contains the name's words in
//     order ("Lula" for Luiz Inácio Lula da Silva).
//
// Several entities at the first step that decides are BAD_USER_INPUT
// naming the candidates; none at all is "unknown", which each field
// answers as its documentation says.

// isKey reports whether ref has the prefix of an entity key.
func isKey(ref string) bool {
	for _, t := range graph.EntityTypes {
		if p := t.KeyPrefix(); strings.HasPrefix(ref, p) && len(ref) > len(p) {
			return true
		}
	}
	return false
}

// maxCandidates is how many candidates an ambiguity error names.
const maxCandidates = 5

// ambiguous is the error of a name that refers to several entities.
func ambiguous(ref string, es []graph.Entity) *Error {
	var b strings.Builder
	for i, e := range es {
		if i == maxCandidates {
			fmt.Fprintf(&b, " and %d more", len(es)-i)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (%s)", e.Name, e.Key)
	}
	return badInput("%q may refer to %s: give its key or a fuller name", clip(ref), b.String())
}

// resolveRef registers the resolution of ref, a key or a name, to an
// entity of type t ("" for any but an event), and returns a thunk that
// yields it: the zero Entity when ref refers to nothing, an *Error when
// it refers to several.
func (s *Schema) resolveRef(ctx context.Context, ref string, t graph.EntityType) func() (graph.Entity, error) {
	l := loadersFrom(ctx)
	ref = strings.TrimSpace(ref)
	if isKey(ref) {
		th := l.entities.load(ctx, ref)
		return func() (graph.Entity, error) {
			e, err := th()
			if err != nil || e.Key == "" || (t != "" && e.Type != t) {
				return graph.Entity{}, err
			}
			return e, nil
		}
	}
	text := normRef(ref)
	if text == "" {
		return func() (graph.Entity, error) { return graph.Entity{}, nil }
	}
	names := l.names.load(ctx, graph.NameRef{Text: text, Type: t})
	var country func() (graph.Entity, error)
	if t == "" || t == graph.TypeCountry {
		country = l.countries.load(ctx, text)
	}
	return func() (graph.Entity, error) {
		ms, err := names()
		if err != nil {
			return graph.Entity{}, err
		}
		var exact, partial []graph.Entity
		for _, m := range ms {
			if m.Exact {
				exact = append(exact, m.Entity)
			} else {
				partial = append(partial, m.Entity)
			}
		}
		switch {
		case len(exact) == 1:
			return exact[0], nil
		case len(exact) > 1:
			return graph.Entity{}, ambiguous(ref, exact)
		}
		if country != nil {
			c, err := country()
			if err != nil {
				return graph.Entity{}, err
			}
			if c.Key != "" {
				return c, nil
			}
		}
		switch {
		case len(partial) == 1:
			return partial[0], nil
		case len(partial) > 1:
			return graph.Entity{}, ambiguous(ref, partial)
		}
		return graph.Entity{}, nil
	}
}

// unknownRef is the error of a reference to nothing, worded for a key or
// a name of type t.
func unknownRef(ref string, t graph.EntityType) *Error {
	what := "entity"
	if t != "" {
		what = strings.ToLower(string(t))
	}
	if isKey(strings.TrimSpace(ref)) {
		return badInput("no %s has the key %q", what, clip(ref))
	}
	return badInput("no %s is named %q", what, clip(ref))
}

// entityByRef resolves to the entity ref (a key or a name) refers to, of
// type t, or null when it refers to nothing; BAD_USER_INPUT when it
// refers to several.
func (s *Schema) entityByRef(ctx context.Context, ref string, t graph.EntityType) (interface{}, error) {
	th := s.resolveRef(ctx, ref, t)
	return s.lazy(ctx, func() (interface{}, error) {
		e, err := th()
		if err != nil || e.Key == "" {
			return nil, err
		}
		return e, nil
	})
}
