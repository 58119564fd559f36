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

var datePrecisionEnum = graphql.NewEnum(graphql.EnumConfig{
	Name:        "DatePrecision",
	Description: "How much of an event's date the text states.",
	Values: graphql.EnumValueConfigMap{
		"DAY":     &graphql.EnumValueConfig{Value: "day", Description: "The day."},
		"MONTH":   &graphql.EnumValueConfig{Value: "month", Description: "The month only: the date is its first day."},
		"YEAR":    &graphql.EnumValueConfig{Value: "year", Description: "The year only: the date is its first day."},
		"ASSUMED": &graphql.EnumValueConfig{Value: "assumed", Description: "No time: the date is the article's."},
	},
})

var eventStatusEnum = graphql.NewEnum(graphql.EnumConfig{
	Name:        "EventStatus",
	Description: "Whether an event took place or is announced.",
	Values: graphql.EnumValueConfigMap{
		"HELD":    &graphql.EnumValueConfig{Value: "held"},
		"PLANNED": &graphql.EnumValueConfig{Value: "planned"},
	},
})

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
