package schema

import (
	"fmt"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

func (s *Schema) evidenceType(t *types) {
	t.evidence = graphql.NewObject(graphql.ObjectConfig{Name: "Evidence", Description: "Where a fact was read: the article and the sentence, with its rune offsets in the article text.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		e := func(p rp) graph.Sentence { x, _ := p.Source.(graph.Sentence); return x }
		return graphql.Fields{
			"article": &graphql.Field{Type: graphql.NewNonNull(t.article), Resolve: func(p rp) (interface{}, error) {
				th := loadersFrom(p.Context).articles.load(p.Context, e(p).Article)
				return s.lazy(p.Context, func() (interface{}, error) {
					a, err := th()
					if err != nil || a.ID == "" {
						return nil, err
					}
					return a, nil
				})
			}},
			"sentence": &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return e(p).Text, nil }},
			"start":    &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return e(p).Start, nil }},
			"end":      &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return e(p).End, nil }},
		}
	})})
}

func (s *Schema) factTypes(t *types) {
	f := func(p rp) graph.Fact { x, _ := p.Source.(graph.Fact); return x }
	srcs := func() *graphql.Field {
		return &graphql.Field{Type: listOf(t.evidence), Resolve: func(p rp) (interface{}, error) {
			switch v := p.Source.(type) {
			case graph.Fact:
				return s.factSources(p.Context, v)
			case roleView:
				return s.factSources(p.Context, v.fact)
			}
			return []interface{}{}, nil
		}}
	}
	first := &graphql.Field{Type: dateScalar, Description: "Date of the earliest article stating it (as firstReported).", Resolve: func(p rp) (interface{}, error) { return f(p).FirstSeen, nil }}
	last := &graphql.Field{Type: dateScalar, Description: "Date of the latest article stating it (as lastReported).", Resolve: func(p rp) (interface{}, error) { return f(p).LastSeen, nil }}
	t.trade = graphql.NewObject(graphql.ObjectConfig{Name: "TradeFigure", Description: "A yearly bilateral trade volume as reported, with a value in US dollars; figures stated in other currencies only are in BilateralRelation.tradeAsStated.",
		Fields: with(tradeFields(f), corroboration(), s.retractionFields(t), graphql.Fields{
			"valueUsd": &graphql.Field{Type: graphql.NewNonNull(graphql.Float), Resolve: func(p rp) (interface{}, error) { return f(p).ValueUSD, nil }},
			"sources":  srcs(),
		})})
	t.statedTrade = graphql.NewObject(graphql.ObjectConfig{Name: "StatedTradeFigure", Description: "A bilateral trade figure as the text states it, in any currency: valueUsd is null when the text gives no value in US dollars.",
		Fields: with(tradeFields(f), corroboration(), s.retractionFields(t), graphql.Fields{
			"valueUsd": &graphql.Field{Type: graphql.Float, Resolve: func(p rp) (interface{}, error) {
				if x := f(p); x.HasUSD {
					return x.ValueUSD, nil
				}
				return nil, nil
			}},
			"sources": srcs(),
		})})
	t.partnership = graphql.NewObject(graphql.ObjectConfig{Name: "PartnershipLevel", Description: "A level of partnership as the text words it.",
		Fields: with(corroboration(), s.retractionFields(t), graphql.Fields{
			"level":     &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return f(p).Level, nil }},
			"firstSeen": first, "lastSeen": last,
			"sources": srcs(),
		})})
	t.role = graphql.NewObject(graphql.ObjectConfig{Name: "Role", Description: "An office held, as reported: firstSeen and lastSeen are the dates of the earliest and latest articles that say so.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		r := func(p rp) roleView { x, _ := p.Source.(roleView); return x }
		return with(corroboration(), s.retractionFields(t), graphql.Fields{
			"leader":    &graphql.Field{Type: graphql.NewNonNull(t.leader), Resolve: func(p rp) (interface{}, error) { return r(p).leader, nil }},
			"country":   &graphql.Field{Type: graphql.NewNonNull(t.country), Resolve: func(p rp) (interface{}, error) { return r(p).country, nil }},
			"title":     &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return r(p).fact.Title, nil }},
			"firstSeen": &graphql.Field{Type: dateScalar, Resolve: func(p rp) (interface{}, error) { return r(p).fact.FirstSeen, nil }},
			"lastSeen":  &graphql.Field{Type: dateScalar, Resolve: func(p rp) (interface{}, error) { return r(p).fact.LastSeen, nil }},
			"sources":   srcs(),
		})
	})})
	t.fact = graphql.NewObject(graphql.ObjectConfig{Name: "Fact", Description: "A relationship of the graph as articles state it: sourceCount articles state it, the earliest dated firstReported, the latest lastReported; sources are its sentences. Which of title, level, role, partner and the trade fields apply depends on type.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		end := func(key func(graph.Fact) string) *graphql.Field {
			return &graphql.Field{Type: graphql.NewNonNull(t.node), Resolve: func(p rp) (interface{}, error) { return s.entityByKey(p.Context, key(f(p)), "") }}
		}
		opt := func(get func(graph.Fact) string) *graphql.Field {
			return &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(get(f(p))), nil }}
		}
		return with(tradeFields(f), corroboration(), s.retractionFields(t), graphql.Fields{
			"type":    &graphql.Field{Type: graphql.NewNonNull(factTypeEnum), Resolve: func(p rp) (interface{}, error) { return string(f(p).Type), nil }},
			"from":    end(func(x graph.Fact) string { return x.From }),
			"to":      end(func(x graph.Fact) string { return x.To }),
			"title":   opt(func(x graph.Fact) string { return x.Title }),
			"level":   opt(func(x graph.Fact) string { return x.Level }),
			"role":    opt(func(x graph.Fact) string { return x.Role }),
			"partner": opt(func(x graph.Fact) string { return x.Partner }),
			"record": &graphql.Field{Type: graphql.Boolean, Description: "TRADE_VOLUME: whether the text calls the figure a record.", Resolve: func(p rp) (interface{}, error) {
				if x := f(p); x.Type == graph.RelTradeVolume {
					return x.Record, nil
				}
				return nil, nil
			}},
			"valueUsd": &graphql.Field{Type: graphql.Float, Description: "TRADE_VOLUME: the value in US dollars, when the text gives one.", Resolve: func(p rp) (interface{}, error) {
				if x := f(p); x.HasUSD {
					return x.ValueUSD, nil
				}
				return nil, nil
			}},
			"sources": srcs(),
		})
	})})
}

// bucketView is the source of a TimelineBucket.
type bucketView struct {
	Start     string
	Events    int
	ByKind    []map[string]interface{}
	Intensity float64
}

// buckets folds per-kind counts into timeline buckets.
func buckets(rows []graph.KindCount) []interface{} {
	var out []interface{}
	var cur *bucketView
	for _, r := range rows {
		if cur == nil || cur.Start != r.Start {
			if cur != nil {
				out = append(out, *cur)
			}
			cur = &bucketView{Start: r.Start}
		}
		cur.Events += r.Count
		cur.ByKind = append(cur.ByKind, map[string]interface{}{"kind": r.Kind, "count": r.Count})
		cur.Intensity += float64(r.Count) * Intensity[graph.EventKind(r.Kind)]
	}
	if cur != nil {
		out = append(out, *cur)
	}
	if out == nil {
		out = []interface{}{}
	}
	return out
}

var intensityDoc = func() string {
	ks := make([]string, 0, len(Intensity))
	for _, k := range graph.EventKinds {
		ks = append(ks, fmt.Sprintf("%s %g", strings.ToUpper(string(k)), Intensity[k]))
	}
	return strings.Join(ks, ", ")
}()
