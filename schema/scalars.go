package schema

import (
	"strings"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/bilateral-kg/bilateral/graph"
)

// validDate reports whether s is a real calendar date YYYY-MM-DD.
func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil && len(s) == 10
}

var dateScalar = graphql.NewScalar(graphql.ScalarConfig{
	Name:        "Date",
	Description: `A calendar date in ISO 8601 form, e.g. "2025-08-30".`,
	Serialize: func(v interface{}) interface{} {
		if s, ok := v.(string); ok && s != "" {
			return s
		}
		return nil
	},
	ParseValue: func(v interface{}) interface{} {
		if s, ok := v.(string); ok && validDate(s) {
			return s
		}
		return nil
	},
	ParseLiteral: func(v ast.Value) interface{} {
		if s, ok := v.(*ast.StringValue); ok && validDate(s.Value) {
			return s.Value
		}
		return nil
	},
})

// eventKindEnum maps the GraphQL names to graph.EventKind values.
var eventKindEnum = func() *graphql.Enum {
	values := graphql.EnumValueConfigMap{}
	for _, k := range graph.EventKinds {
		values[strings.ToUpper(string(k))] = &graphql.EnumValueConfig{Value: string(k)}
	}
	return graphql.NewEnum(graphql.EnumConfig{
		Name:        "EventKind",
		Description: "What kind of event it was (see the extraction contract).",
		Values:      values,
	})
}()

var granularityEnum = graphql.NewEnum(graphql.EnumConfig{
	Name:        "Granularity",
	Description: "The width of a timeline bucket.",
	Values: graphql.EnumValueConfigMap{
		"MONTH":   &graphql.EnumValueConfig{Value: "month"},
		"QUARTER": &graphql.EnumValueConfig{Value: "quarter"},
		"YEAR":    &graphql.EnumValueConfig{Value: "year"},
	},
})

// Intensity is the weight of one event of each kind in
// TimelineBucket.intensity, after the CAMEO/Goldstein cooperation scale:
// signing an agreement weighs most, then summits and visits, meetings,
// forums and phone calls, ceremonies, statements, other events.
var Intensity = map[graph.EventKind]float64{
	graph.KindAgreement: 8,
	graph.KindSummit:    7,
	graph.KindVisit:     7,
	graph.KindMeeting:   6,
	graph.KindForum:     4,
	graph.KindPhoneCall: 4,
	graph.KindCeremony:  3,
	graph.KindStatement: 2,
	graph.KindOther:     1,
}
