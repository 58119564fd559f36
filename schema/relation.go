package schema

import (
	"context"
	"sort"

	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// relationView is the source of a BilateralRelation.
type relationView struct {
	a, b graph.Entity // ordered by code; Key, Type and Code only
	rel  graph.Bilateral
}

func entities(es []graph.Entity) []interface{} {
	out := make([]interface{}, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// factArgs are the arguments of a list of facts.
func factArgs(what string) graphql.FieldConfigArgument {
	return graphql.FieldConfigArgument{"minSources": minSourcesArg(what), "includeRetracted": includeRetractedArg}
}

// facts resolves a list of facts: those accepted by keep (all when nil),
// stated by at least minSources articles, and not retracted unless
// includeRetracted.
func (s *Schema) facts(p rp, fs []graph.Fact, keep func(graph.Fact) bool) (interface{}, error) {
	least, err := minSources(p.Args)
	if err != nil {
		return s.fail(p.Context, err)
	}
	out := make([]interface{}, 0, len(fs))
	for _, f := range graph.Corroborated(fs, least) {
		if (keep == nil || keep(f)) && shown(f, p.Args) {
			out = append(out, f)
		}
	}
	return out, nil
}

func (s *Schema) relationTypes(t *types) {
	t.partner = graphql.NewObject(graphql.ObjectConfig{Name: "Partner", Description: "A country that shares events with another.", Fields: graphql.Fields{
		"country":      &graphql.Field{Type: graphql.NewNonNull(t.country), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.Partner).Country, nil }},
		"sharedEvents": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.Partner).SharedEvents, nil }},
		"lastContact":  &graphql.Field{Type: dateScalar, Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.Partner).LastContact, nil }},
	}})
	t.sectorCount = graphql.NewObject(graphql.ObjectConfig{Name: "SectorCount", Description: "A sector with the number of distinct shared events and evidence sentences (from articles mentioning both countries) that put the pair's cooperation in it.", Fields: graphql.Fields{
		"sector":   &graphql.Field{Type: graphql.NewNonNull(t.sector), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.SectorCount).Sector, nil }},
		"mentions": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.SectorCount).Mentions, nil }},
	}})
	t.kindCount = graphql.NewObject(graphql.ObjectConfig{Name: "KindCount", Fields: graphql.Fields{
		"kind":  &graphql.Field{Type: graphql.NewNonNull(eventKindEnum)},
		"count": &graphql.Field{Type: graphql.NewNonNull(graphql.Int)},
	}})
	t.bucket = graphql.NewObject(graphql.ObjectConfig{Name: "TimelineBucket", Description: "The pair's dated events in one month, quarter or year. intensity sums a weight per event kind: " + intensityDoc + ".", Fields: graphql.Fields{
		"start":  &graphql.Field{Type: graphql.NewNonNull(dateScalar), Description: "First day of the bucket.", Resolve: func(p rp) (interface{}, error) { return p.Source.(bucketView).Start, nil }},
		"events": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return p.Source.(bucketView).Events, nil }},
		"byKind": &graphql.Field{Type: listOf(t.kindCount), Resolve: func(p rp) (interface{}, error) {
			bk := p.Source.(bucketView).ByKind
			out := make([]interface{}, len(bk))
			for i, m := range bk {
				out[i] = m
			}
			return out, nil
		}},
		"intensity": &graphql.Field{Type: graphql.NewNonNull(graphql.Float), Resolve: func(p rp) (interface{}, error) { return p.Source.(bucketView).Intensity, nil }},
	}})
	rv := func(p rp) relationView { x, _ := p.Source.(relationView); return x }
	t.relation = graphql.NewObject(graphql.ObjectConfig{Name: "BilateralRelation", Description: "Everything the graph knows about two countries.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"countries": &graphql.Field{Type: listOf(t.country), Description: "The pair, ordered by code.", Resolve: func(p rp) (interface{}, error) {
				th := loadersFrom(p.Context).entities.loadMany(p.Context, []string{rv(p).a.Key, rv(p).b.Key})
				return s.lazy(p.Context, func() (interface{}, error) {
					es, err := th()
					return entities(es), err
				})
			}},
			"partnership": &graphql.Field{Type: t.partnership, Description: "The most recently stated level (not retracted).", Resolve: func(p rp) (interface{}, error) {
				for _, f := range rv(p).rel.Partnership {
					if !f.Retracted {
						return f, nil
					}
				}
				return nil, nil
			}},
			"partnershipHistory": &graphql.Field{Type: listOf(t.partnership), Description: "Every level stated, most recently seen first.", Args: factArgs("levels"),
				Resolve: func(p rp) (interface{}, error) { return s.facts(p, rv(p).rel.Partnership, nil) }},
			"trade": &graphql.Field{Type: listOf(t.trade), Description: "The figures with a value in US dollars, by year, newest first (tradeAsStated has every figure, in any currency).", Args: factArgs("figures"),
				Resolve: func(p rp) (interface{}, error) {
					return s.facts(p, rv(p).rel.Trade, func(f graph.Fact) bool { return f.HasUSD })
				}},
			"tradeAsStated": &graphql.Field{Type: listOf(t.statedTrade), Description: "Every trade figure as the text states it, in any currency (valueUsd null when it gives none), by year, newest first.", Args: factArgs("figures"),
				Resolve: func(p rp) (interface{}, error) { return s.facts(p, rv(p).rel.Trade, nil) }},
			"events": &graphql.Field{Type: graphql.NewNonNull(t.eventConn), Description: "Events both took part in, newest first.", Args: withPage(eventListArgs), Resolve: func(p rp) (interface{}, error) {
				r := rv(p)
				return s.eventConnection(p.Context, p.Args, graph.EventQuery{With: r.a.Key, Partner: r.b.Key})
			}},
			"projects": &graphql.Field{Type: listOf(t.project), Description: "Projects involving both, by name.", Resolve: func(p rp) (interface{}, error) { return entities(rv(p).rel.Projects), nil }},
			"sectors": &graphql.Field{Type: listOf(t.sectorCount), Description: "Sectors of cooperation, most mentioned first.", Resolve: func(p rp) (interface{}, error) {
				out := make([]interface{}, len(rv(p).rel.Sectors))
				for i, x := range rv(p).rel.Sectors {
					out[i] = x
				}
				return out, nil
			}},
			"leaders":      &graphql.Field{Type: listOf(t.leader), Description: "Leaders of either side who took part in the pair's events, by name.", Resolve: func(p rp) (interface{}, error) { return entities(rv(p).rel.Leaders), nil }},
			"firstContact": &graphql.Field{Type: dateScalar, Description: "Date of the earliest shared dated event.", Resolve: func(p rp) (interface{}, error) { return rv(p).rel.FirstContact, nil }},
			"lastContact":  &graphql.Field{Type: dateScalar, Description: "Date of the latest shared dated event.", Resolve: func(p rp) (interface{}, error) { return rv(p).rel.LastContact, nil }},
			"articles": &graphql.Field{Type: graphql.NewNonNull(t.articleConn), Description: "Articles mentioning both, newest first.", Args: withPage(graphql.FieldConfigArgument{"orderBy": articleOrderArg}), Resolve: func(p rp) (interface{}, error) {
				r := rv(p)
				return s.articleConnection(p.Context, p.Args, graph.ArticleQuery{A: r.a.Key, B: r.b.Key})
			}},
			"timeline": &graphql.Field{Type: listOf(t.bucket), Description: "Shared dated events by bucket, oldest first; empty buckets are left out.",
				Args: graphql.FieldConfigArgument{
					"granularity": &graphql.ArgumentConfig{Type: granularityEnum, DefaultValue: "month"},
					"from":        eventFilterArgs["from"], "to": eventFilterArgs["to"],
				},
				Resolve: func(p rp) (interface{}, error) {
					r := rv(p)
					unit := argStr(p.Args, "granularity")
					if unit == "" {
						unit = "month"
					}
					rows, err := s.r.Timeline(p.Context, r.a.Key, r.b.Key, unit, argStr(p.Args, "from"), argStr(p.Args, "to"))
					if err != nil {
						return s.fail(p.Context, err)
					}
					return buckets(rows), nil
				}},
		}
	})})
	t.hit = graphql.NewObject(graphql.ObjectConfig{Name: "SearchHit", Fields: graphql.Fields{
		"node":  &graphql.Field{Type: graphql.NewNonNull(t.node), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.Hit).Node, nil }},
		"score": &graphql.Field{Type: graphql.NewNonNull(graphql.Float), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.Hit).Score, nil }},
	}})
	t.step = graphql.NewObject(graphql.ObjectConfig{Name: "PathStep", Fields: graphql.Fields{
		"node": &graphql.Field{Type: graphql.NewNonNull(t.node), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.Step).Node, nil }},
		"relationship": &graphql.Field{Type: graphql.String, Description: "Type of the relationship leading to the next step; null on the last.", Resolve: func(p rp) (interface{}, error) {
			return str(p.Source.(graph.Step).Relationship), nil
		}},
	}})
}

// relation resolves relation(a, b).
func (s *Schema) relation(ctx context.Context, refA, refB string) (interface{}, error) {
	l := loadersFrom(ctx)
	ta, tb := l.countryRefs.load(ctx, normRef(refA)), l.countryRefs.load(ctx, normRef(refB))
	return s.lazy(ctx, func() (interface{}, error) {
		a, err := ta()
		if err != nil {
			return nil, err
		}
		b, err := tb()
		if err != nil {
			return nil, err
		}
		switch {
		case a.Key == "":
			return nil, unknownCountry(refA)
		case b.Key == "":
			return nil, unknownCountry(refB)
		case a.Key == b.Key:
			return nil, badInput("a and b are the same country")
		}
		pair := []graph.Entity{a, b}
		sort.Slice(pair, func(i, j int) bool { return pair[i].Code < pair[j].Code })
		rel, ok, err := s.r.Relation(ctx, pair[0].Key, pair[1].Key)
		if err != nil || !ok || rel.Empty() {
			return nil, err
		}
		return relationView{a: pair[0], b: pair[1], rel: rel}, nil
	})
}
