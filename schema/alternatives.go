package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// Alternatives: where reports disagree on an attribute of an entity (a
// leader's country or title, a location's country or kind, an
// organization's acronym, a project's sector or status, an event's date),
// the entity lists every value reports give, with how many articles give
// it and which; the attribute field itself answers the chosen one (most
// sources, or an analyst's correction).

// alternativeView is the source of an Alternative: the value and the
// entity it is a value of.
type alternativeView struct {
	key string
	alt graph.Alternative
}

// claimSourceView is the source of a ClaimSource.
type claimSourceView = graph.ClaimSource

// alternativeTypes builds Alternative and ClaimSource.
func (s *Schema) alternativeTypes(t *types) {
	cs := func(p rp) claimSourceView { x, _ := p.Source.(claimSourceView); return x }
	optInt := func(get func(graph.Sentence) int) *graphql.Field {
		return &graphql.Field{Type: graphql.Int, Resolve: func(p rp) (interface{}, error) {
			if x := cs(p).Sentence; x.Key != "" {
				return get(x), nil
			}
			return nil, nil
		}}
	}
	t.claimSource = graphql.NewObject(graphql.ObjectConfig{Name: "ClaimSource", Description: "An article stating a value, with its sentence that mentions the entity (or states a fact of it) when it has one stored: sentence, start and end are null otherwise.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"article":  &graphql.Field{Type: graphql.NewNonNull(t.article), Resolve: func(p rp) (interface{}, error) { return cs(p).Article, nil }},
			"sentence": &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(cs(p).Sentence.Text), nil }},
			"start":    optInt(func(x graph.Sentence) int { return x.Start }),
			"end":      optInt(func(x graph.Sentence) int { return x.End }),
		}
	})})
	a := func(p rp) alternativeView { x, _ := p.Source.(alternativeView); return x }
	t.alternative = graphql.NewObject(graphql.ObjectConfig{Name: "Alternative", Description: "One value that reports give an attribute, with its articles.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"attribute": &graphql.Field{Type: graphql.NewNonNull(attributeEnum), Resolve: func(p rp) (interface{}, error) { return a(p).alt.Attribute, nil }},
			"value":     &graphql.Field{Type: nonNullString(), Description: "As stored: an alpha-3 code for a country, an ISO date for a date.", Resolve: func(p rp) (interface{}, error) { return a(p).alt.Value, nil }},
			"country": &graphql.Field{Type: t.country, Description: "COUNTRY: the country the value names.", Resolve: func(p rp) (interface{}, error) {
				if x := a(p).alt; x.Attribute == "country" {
					return s.entityByKey(p.Context, "country:"+x.Value, graph.TypeCountry)
				}
				return nil, nil
			}},
			"sourceCount": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "Distinct articles stating it (0 for a value only a correction gives).",
				Resolve: func(p rp) (interface{}, error) { return a(p).alt.SourceCount, nil }},
			"lastReported": &graphql.Field{Type: dateScalar, Description: "Date of the latest article stating it.",
				Resolve: func(p rp) (interface{}, error) { return a(p).alt.LastReported, nil }},
			"chosen": &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean), Description: "Whether it is the attribute's value: the one most articles state (the most recent breaking a tie; an event's date prefers stated dates and a visit's first day), or the one a correction set.",
				Resolve: func(p rp) (interface{}, error) { return a(p).alt.Chosen, nil }},
			"corrected": &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean), Description: "Whether an analyst's active correction set it.",
				Resolve: func(p rp) (interface{}, error) { return a(p).alt.Corrected, nil }},
			"sources": &graphql.Field{Type: listOf(t.claimSource), Description: "The articles stating it, most recent first.",
				Args: graphql.FieldConfigArgument{"first": &graphql.ArgumentConfig{Type: graphql.Int, Description: "At most this many (default 20, at most 100)."}},
				Resolve: func(p rp) (interface{}, error) {
					first, err := firstArg(p.Args)
					if err != nil {
						return s.fail(p.Context, err)
					}
					v := a(p)
					if first == 0 || v.alt.SourceCount == 0 {
						return []interface{}{}, nil
					}
					th := loadersFrom(p.Context).claimSources.load(p.Context, graph.ClaimQuery{Key: v.key, Attribute: v.alt.Attribute, Value: v.alt.Value, First: first})
					return s.lazy(p.Context, func() (interface{}, error) {
						srcs, err := th()
						out := make([]interface{}, len(srcs))
						for i, x := range srcs {
							out[i] = x
						}
						return out, err
					})
				}},
		}
	})})
}

// alternativesField is the alternatives field of the entity types with
// weighed attributes.
func (s *Schema) alternativesField(t *types) *graphql.Field {
	return &graphql.Field{Type: listOf(t.alternative),
		Description: "The values reports give its single-valued attributes, attribute by attribute, most sources first; the attribute's own field answers the chosen one.",
		Args: graphql.FieldConfigArgument{
			"attribute": &graphql.ArgumentConfig{Type: attributeEnum, Description: "Only this attribute."},
			"disputed":  &graphql.ArgumentConfig{Type: graphql.Boolean, DefaultValue: false, Description: "Only attributes that reports (or a correction) give more than one value."},
		},
		Resolve: func(p rp) (interface{}, error) {
			key := src(p).Key
			attr := argStr(p.Args, "attribute")
			disputed, _ := p.Args["disputed"].(bool)
			th := loadersFrom(p.Context).alternatives.load(p.Context, key)
			return s.lazy(p.Context, func() (interface{}, error) {
				alts, err := th()
				if err != nil {
					return nil, err
				}
				values := map[string]int{}
				for _, x := range alts {
					values[x.Attribute]++
				}
				out := []interface{}{}
				for _, x := range alts {
					if (attr == "" || x.Attribute == attr) && (!disputed || values[x.Attribute] > 1) {
						out = append(out, alternativeView{key: key, alt: x})
					}
				}
				return out, nil
			})
		}}
}
