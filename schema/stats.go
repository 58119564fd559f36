package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// Aggregates a dashboard needs in one request: eventStats counts the
// events of a filter by kind, by country and by time bucket. Each part is
// one row of a batched Reader.EventStats call, so a request costs one
// round trip for every part it selects, whatever the number of stats.

// statsView is the source of an EventStats.
type statsView struct{ q graph.EventQuery }

// defaultTopCountries is byCountry's default first.
const defaultTopCountries = 10

// statsTypes builds EventStats and CountryCount.
func (s *Schema) statsTypes(t *types) {
	t.countryCount = graphql.NewObject(graphql.ObjectConfig{Name: "CountryCount", Description: "A country with the number of the selected events it took part in.", Fields: graphql.Fields{
		"country":   &graphql.Field{Type: graphql.NewNonNull(t.country), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.StatsRow).Country, nil }},
		"events":    &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.StatsRow).Count, nil }},
		"firstDate": &graphql.Field{Type: dateScalar, Description: "Date of the earliest of them.", Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.StatsRow).First, nil }},
		"lastDate":  &graphql.Field{Type: dateScalar, Description: "Date of the latest of them.", Resolve: func(p rp) (interface{}, error) { return p.Source.(graph.StatsRow).Last, nil }},
	}})
	kinds := func(p rp, f func([]graph.StatsRow) interface{}) (interface{}, error) {
		return s.statsPart(p, graph.Stats{Part: "kinds"}, f)
	}
	t.stats = graphql.NewObject(graphql.ObjectConfig{Name: "EventStats", Description: "Counts of the events a filter selects.", Fields: graphql.Fields{
		"total": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "How many events.", Resolve: func(p rp) (interface{}, error) {
			return kinds(p, func(rows []graph.StatsRow) interface{} {
				n := 0
				for _, r := range rows {
					n += r.Count
				}
				return n
			})
		}},
		"firstDate": &graphql.Field{Type: dateScalar, Description: "Date of the earliest dated one.", Resolve: func(p rp) (interface{}, error) {
			return kinds(p, func(rows []graph.StatsRow) interface{} {
				d := ""
				for _, r := range rows {
					if r.First != "" && (d == "" || r.First < d) {
						d = r.First
					}
				}
				return d
			})
		}},
		"lastDate": &graphql.Field{Type: dateScalar, Description: "Date of the latest dated one.", Resolve: func(p rp) (interface{}, error) {
			return kinds(p, func(rows []graph.StatsRow) interface{} {
				d := ""
				for _, r := range rows {
					if r.Last > d {
						d = r.Last
					}
				}
				return d
			})
		}},
		"byKind": &graphql.Field{Type: listOf(t.kindCount), Description: "By kind, most events first.", Resolve: func(p rp) (interface{}, error) {
			return kinds(p, func(rows []graph.StatsRow) interface{} {
				out := make([]interface{}, len(rows))
				for i, r := range rows {
					out[i] = map[string]interface{}{"kind": r.Kind, "count": r.Count}
				}
				return out
			})
		}},
		"byCountry": &graphql.Field{Type: listOf(t.countryCount), Description: "The countries taking part, most events first (then by name), the filter's own countries left out: with country set, its top partners.",
			Args: graphql.FieldConfigArgument{"first": &graphql.ArgumentConfig{Type: graphql.Int, Description: "At most this many (default 10, at most 100)."}},
			Resolve: func(p rp) (interface{}, error) {
				first := defaultTopCountries
				if _, ok := p.Args["first"]; ok {
					var err error
					if first, err = firstArg(p.Args); err != nil {
						return s.fail(p.Context, err)
					}
				}
				return s.statsPart(p, graph.Stats{Part: "countries", Top: first}, func(rows []graph.StatsRow) interface{} {
					out := make([]interface{}, len(rows))
					for i, r := range rows {
						out[i] = r
					}
					return out
				})
			}},
		"timeline": &graphql.Field{Type: listOf(t.bucket), Description: "The dated events by bucket, oldest first; empty buckets are left out.",
			Args: graphql.FieldConfigArgument{"granularity": &graphql.ArgumentConfig{Type: granularityEnum, DefaultValue: "month"}},
			Resolve: func(p rp) (interface{}, error) {
				unit := argStr(p.Args, "granularity")
				if unit == "" {
					unit = "month"
				}
				return s.statsPart(p, graph.Stats{Part: "timeline", Unit: unit}, func(rows []graph.StatsRow) interface{} {
					kc := make([]graph.KindCount, len(rows))
					for i, r := range rows {
						kc[i] = graph.KindCount{Start: r.Start, Kind: r.Kind, Count: r.Count}
					}
					return buckets(kc)
				})
			}},
	}})
}

// statsPart loads one part of the source's aggregate and converts it.
func (s *Schema) statsPart(p rp, part graph.Stats, f func([]graph.StatsRow) interface{}) (interface{}, error) {
	part.Events = p.Source.(statsView).q
	th := loadersFrom(p.Context).stats.load(p.Context, part)
	return s.lazy(p.Context, func() (interface{}, error) {
		rows, err := th()
		if err != nil {
			return nil, err
		}
		return f(rows), nil
	})
}

// eventStats resolves Query.eventStats: the filter, its countries and
// leader resolved; it must be anchored on one of them or on dates.
func (s *Schema) eventStats(p rp) (interface{}, error) {
	q, th, err := s.eventFilter(p)
	if err != nil {
		return s.fail(p.Context, err)
	}
	least, err := minSources(p.Args)
	if err != nil {
		return s.fail(p.Context, err)
	}
	q.Kind, q.From, q.To, q.MinSources = argStr(p.Args, "kind"), argStr(p.Args, "from"), argStr(p.Args, "to"), least
	if q.From != "" && q.To != "" && q.From > q.To {
		return s.fail(p.Context, badInput("from is after to"))
	}
	if argStr(p.Args, "country") == "" && argStr(p.Args, "partner") == "" && argStr(p.Args, "leader") == "" && q.From == "" && q.To == "" {
		return s.fail(p.Context, badInput("eventStats needs country, partner, leader, from or to"))
	}
	return s.lazy(p.Context, func() (interface{}, error) {
		q, err := th(q)
		if err != nil {
			return nil, err
		}
		return statsView{q: q}, nil
	})
}
