package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// Retracted facts. A fact an analyst retracted stays in the graph with
// its sources, but the API leaves it out: of facts, roles, trade figures
// and partnership levels unless the list is asked for it
// (includeRetracted: true, where each is marked retracted with the
// correction that retracted it), and always of the neighbours it would
// add (an event's participants, place and topics, a country's
// organizations) and of the pair's summary.

// includeRetractedArg is the argument of lists of facts that shows
// retracted facts too.
var includeRetractedArg = &graphql.ArgumentConfig{Type: graphql.Boolean, DefaultValue: false,
	Description: "Also list facts an analyst retracted (marked retracted, with the correction)."}

// includeRetracted reads the includeRetracted argument.
func includeRetracted(args map[string]interface{}) bool {
	b, _ := args["includeRetracted"].(bool)
	return b
}

// shown reports whether fact f belongs in a list whose arguments are
// args: not retracted, or retracted ones asked for.
func shown(f graph.Fact, args map[string]interface{}) bool {
	return !f.Retracted || includeRetracted(args)
}

// retractionFields are the fields of every fact type that say whether
// and by which correction it was retracted, and its key (by which a
// correction names it).
func (s *Schema) retractionFields(t *types) graphql.Fields {
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
		"key": &graphql.Field{Type: nonNullString(), Description: "What tells it from other facts of its type between the same ends (the title of a LEADS, the level of a PARTNERSHIP, the year and amount of a TRADE_VOLUME; often empty): with the type and the ends' keys, it names the fact in a correction.",
			Resolve: func(p rp) (interface{}, error) { return fact(p).Key, nil }},
		"retracted": &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean), Description: "Whether an analyst retracted it (listed only with includeRetracted).",
			Resolve: func(p rp) (interface{}, error) { return fact(p).Retracted, nil }},
		"retraction": &graphql.Field{Type: t.correction, Description: "The correction that retracted it, null when it is not retracted.",
			Resolve: func(p rp) (interface{}, error) {
				f := fact(p)
				if !f.Retracted {
					return nil, nil
				}
				th := loadersFrom(p.Context).retractions.load(p.Context, f.Ref().Target())
				return s.lazy(p.Context, func() (interface{}, error) {
					c, err := th()
					if err != nil || c.ID == "" {
						return nil, err
					}
					return c, nil
				})
			}},
	}
}
