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
				return s.sources(p.Context, v.Evidence)
			case roleView:
				return s.sources(p.Context, v.fact.Evidence)
			}
			return []interface{}{}, nil
		}}
	}
	first := &graphql.Field{Type: dateScalar, Description: "Date of the earliest article stating it.", Resolve: func(p rp) (interface{}, error) { return f(p).FirstSeen, nil }}
	last := &graphql.Field{Type: dateScalar, Description: "Date of the latest article stating it.", Resolve: func(p rp) (interface{}, error) { return f(p).LastSeen, nil }}
	t.trade = graphql.NewObject(graphql.ObjectConfig{Name: "TradeFigure", Description: "A yearly bilateral trade volume as reported.", Fields: graphql.Fields{
		"year": &graphql.Field{Type: graphql.Int, Resolve: func(p rp) (interface{}, error) {
			if y := f(p).Year; y != 0 {
				return y, nil
			}
			return nil, nil
		}},
		"valueUsd": &graphql.Field{Type: graphql.NewNonNull(graphql.Float), Resolve: func(p rp) (interface{}, error) { return f(p).ValueUSD, nil }},
		"record":   &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean), Resolve: func(p rp) (interface{}, error) { return f(p).Record, nil }},
		"sources":  srcs(),
	}})
	t.partnership = graphql.NewObject(graphql.ObjectConfig{Name: "PartnershipLevel", Description: "A level of partnership as the text words it.", Fields: graphql.Fields{
		"level":     &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return f(p).Level, nil }},
		"firstSeen": first, "lastSeen": last,
		"sources": srcs(),
	}})
	t.role = graphql.NewObject(graphql.ObjectConfig{Name: "Role", Description: "An office held, as reported: firstSeen and lastSeen are the dates of the earliest and latest articles that say so.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		r := func(p rp) roleView { x, _ := p.Source.(roleView); return x }
		return graphql.Fields{
			"leader":    &graphql.Field{Type: graphql.NewNonNull(t.leader), Resolve: func(p rp) (interface{}, error) { return r(p).leader, nil }},
			"country":   &graphql.Field{Type: graphql.NewNonNull(t.country), Resolve: func(p rp) (interface{}, error) { return r(p).country, nil }},
			"title":     &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return r(p).fact.Title, nil }},
			"firstSeen": &graphql.Field{Type: dateScalar, Resolve: func(p rp) (interface{}, error) { return r(p).fact.FirstSeen, nil }},
			"lastSeen":  &graphql.Field{Type: dateScalar, Resolve: func(p rp) (interface{}, error) { return r(p).fact.LastSeen, nil }},
			"sources":   srcs(),
		}
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
