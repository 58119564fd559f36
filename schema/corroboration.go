package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// Corroboration: how many articles support what the API shows. Every
// entity says how many articles report or mention it (sourceCount,
// firstReported, lastReported) and lists the facts that touch it with
// theirs (facts); every fact type (TradeFigure, PartnershipLevel, Role,
// Fact, StatedTradeFigure) carries sourceCount, firstReported and
// lastReported beside its sources.

// factTypeEnum names the relationship types of facts.
var factTypeEnum = func() *graphql.Enum {
	values := graphql.EnumValueConfigMap{}
	for _, t := range graph.RelationTypes {
		values[string(t)] = &graphql.EnumValueConfig{Value: string(t)}
	}
	return graphql.NewEnum(graphql.EnumConfig{
		Name:        "FactType",
		Description: "The kind of a fact: a relationship type of the graph (see the README's model).",
		Values:      values,
	})
}()

// reported resolves through how many articles report or mention the
// source entity.
func (s *Schema) reported(p rp, f func(graph.Reported) interface{}) (interface{}, error) {
	th := loadersFrom(p.Context).reported.load(p.Context, src(p).Key)
	return s.lazy(p.Context, func() (interface{}, error) {
		r, err := th()
		if err != nil {
			return nil, err
		}
		return f(r), nil
	})
}

// maxFacts is the most facts an entity lists at once.
const maxFacts = MaxFirst

// entityFields are the corroboration fields every entity type has.
func (s *Schema) entityFields(t *types) graphql.Fields {
	return graphql.Fields{
		"sourceCount": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "Distinct articles reporting or mentioning it.",
			Resolve: func(p rp) (interface{}, error) {
				return s.reported(p, func(r graph.Reported) interface{} { return r.Sources })
			}},
		"firstReported": &graphql.Field{Type: dateScalar, Description: "Date of the earliest of those articles.",
			Resolve: func(p rp) (interface{}, error) {
				return s.reported(p, func(r graph.Reported) interface{} { return r.FirstReported })
			}},
		"lastReported": &graphql.Field{Type: dateScalar, Description: "Date of the latest of those articles.",
			Resolve: func(p rp) (interface{}, error) {
				return s.reported(p, func(r graph.Reported) interface{} { return r.LastReported })
			}},
		"facts":       s.factsField(t),
		"corrections": s.correctionsField(t),
	}
}

// factsField is the facts field of every entity type and of Node.
func (s *Schema) factsField(t *types) *graphql.Field {
	return &graphql.Field{Type: listOf(t.fact),
		Description: "The facts that touch it (either end), with their sources: most sources first, then the most recently reported; retracted ones only with includeRetracted.",
		Args: graphql.FieldConfigArgument{
			"type":             &graphql.ArgumentConfig{Type: factTypeEnum},
			"minSources":       minSourcesArg("facts"),
			"first":            &graphql.ArgumentConfig{Type: graphql.Int, Description: "At most this many (default 20, at most 100)."},
			"includeRetracted": includeRetractedArg,
		},
		Resolve: func(p rp) (interface{}, error) {
			first, err := firstArg(p.Args)
			if err != nil {
				return s.fail(p.Context, err)
			}
			least, err := minSources(p.Args)
			if err != nil {
				return s.fail(p.Context, err)
			}
			if first == 0 {
				return []interface{}{}, nil
			}
			typ, _ := p.Args["type"].(string)
			th := loadersFrom(p.Context).facts.load(p.Context, graph.FactQuery{Key: src(p).Key, Type: graph.RelationType(typ), MinSources: least, First: min(first, maxFacts), IncludeRetracted: includeRetracted(p.Args)})
			return s.lazy(p.Context, func() (interface{}, error) {
				ls, err := th()
				out := make([]interface{}, len(ls))
				for i, l := range ls {
					out[i] = l.Fact
				}
				return out, err
			})
		}}
}

// corroboration are the fields of every fact type: sourceCount,
// firstReported, lastReported, read from a graph.Fact or a roleView.
func corroboration() graphql.Fields {
	fact := func(p rp) graph.Fact {
		switch v := p.Source.(type) {
		case graph.Fact:
			return v
		case roleView:
			return v.fact
		}
		return graph.Fact{}
	}
	return graphql.Fields{
		"sourceCount": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "Distinct articles stating it.",
			Resolve: func(p rp) (interface{}, error) { return fact(p).SourceCount, nil }},
		"firstReported": &graphql.Field{Type: dateScalar, Description: "Date of the earliest article stating it.",
			Resolve: func(p rp) (interface{}, error) { return fact(p).FirstSeen, nil }},
		"lastReported": &graphql.Field{Type: dateScalar, Description: "Date of the latest article stating it.",
			Resolve: func(p rp) (interface{}, error) { return fact(p).LastSeen, nil }},
	}
}

// with returns the union of sets of fields or arguments (later ones win).
func with[M ~map[string]V, V any](sets ...M) M {
	out := M{}
	for _, set := range sets {
		for k, v := range set {
			out[k] = v
		}
	}
	return out
}

// tradeFields are the fields of a trade figure as stated: the amount in
// its currency, the period, and the dollar value (nullable here).
func tradeFields(f func(rp) graph.Fact) graphql.Fields {
	optFloat := func(get func(graph.Fact) (float64, bool)) *graphql.Field {
		return &graphql.Field{Type: graphql.Float, Resolve: func(p rp) (interface{}, error) {
			if v, ok := get(f(p)); ok {
				return v, nil
			}
			return nil, nil
		}}
	}
	value := optFloat(func(x graph.Fact) (float64, bool) {
		v, c := stated(x)
		return v, c != ""
	})
	value.Description = "The amount as the text states it, in currency."
	return graphql.Fields{
		"year": &graphql.Field{Type: graphql.Int, Resolve: func(p rp) (interface{}, error) {
			if y := f(p).Year; y != 0 {
				return y, nil
			}
			return nil, nil
		}},
		"value": value,
		"currency": &graphql.Field{Type: graphql.String, Description: "ISO 4217 code of value.", Resolve: func(p rp) (interface{}, error) {
			_, c := stated(f(p))
			return str(c), nil
		}},
		"period": &graphql.Field{Type: graphql.String, Description: `The period the figure covers when it is not a calendar year, as worded ("January-September 2019").`,
			Resolve: func(p rp) (interface{}, error) { return str(f(p).Period), nil }},
		"record": &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean), Resolve: func(p rp) (interface{}, error) { return f(p).Record, nil }},
	}
}

// stated is the amount of a trade figure as the text states it and its
// currency: Value and Currency when recorded; else, for a figure with a
// dollar value only (as extractors before currencies wrote them), that
// value in USD; else 0 and "".
func stated(f graph.Fact) (float64, string) {
	switch {
	case f.Currency != "":
		return f.Value, f.Currency
	case f.HasUSD:
		return f.ValueUSD, "USD"
	}
	return 0, ""
}
