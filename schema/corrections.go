package schema

import (
	"context"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/bilateral-kg/bilateral/graph"
)

// Corrections in the API: the Correction type, the corrections query and
// field of every entity (reads, open to all), and the correct and
// undoCorrection mutations (corrections_mutation.go), which need the
// server's API token as ingestArticle does.

// cursorCorrection is the cursor kind of lists of corrections.
const cursorCorrection = "c"

var correctionActionEnum = graphql.NewEnum(graphql.EnumConfig{
	Name:        "CorrectionAction",
	Description: "What a correction does.",
	Values: graphql.EnumValueConfigMap{
		"SET":     &graphql.EnumValueConfig{Value: string(graph.Set), Description: "Sets an attribute of an entity: it wins over what the reports say."},
		"RETRACT": &graphql.EnumValueConfig{Value: string(graph.Retract), Description: "Retracts a fact: hidden from the API's lists (unless asked for with includeRetracted), kept with its sources."},
	},
})

// attributeEnum names the single-valued attributes of entities that
// reports may disagree on and a correction may set.
var attributeEnum = graphql.NewEnum(graphql.EnumConfig{
	Name:        "Attribute",
	Description: "A single-valued attribute chosen by weight of evidence: a leader's COUNTRY and TITLE, a location's COUNTRY and KIND, an organization's ACRONYM, a project's SECTOR and STATUS, an event's DATE.",
	Values: graphql.EnumValueConfigMap{
		"COUNTRY": &graphql.EnumValueConfig{Value: "country", Description: "An alpha-3 code."},
		"TITLE":   &graphql.EnumValueConfig{Value: "title"},
		"KIND":    &graphql.EnumValueConfig{Value: "kind"},
		"ACRONYM": &graphql.EnumValueConfig{Value: "acronym"},
		"SECTOR":  &graphql.EnumValueConfig{Value: "sector", Description: "A sector slug."},
		"STATUS":  &graphql.EnumValueConfig{Value: "status"},
		"DATE":    &graphql.EnumValueConfig{Value: "date", Description: "An ISO date."},
	},
})

// dateTimeScalar is an instant in RFC 3339 form, output only.
var dateTimeScalar = graphql.NewScalar(graphql.ScalarConfig{
	Name:        "DateTime",
	Description: `An instant in RFC 3339 form, in UTC, e.g. "2026-11-29T12:00:00Z".`,
	Serialize: func(v interface{}) interface{} {
		if t, ok := v.(time.Time); ok && !t.IsZero() {
			return t.UTC().Format(time.RFC3339)
		}
		return nil
	},
	ParseValue:   func(interface{}) interface{} { return nil },
	ParseLiteral: func(ast.Value) interface{} { return nil },
})

// correctionTypes builds Correction, FactRef and CorrectionConnection.
func (s *Schema) correctionTypes(t *types) {
	c := func(p rp) graph.Correction { x, _ := p.Source.(graph.Correction); return x }
	ref := func(p rp) graph.FactRef { x, _ := p.Source.(graph.FactRef); return x }
	t.factRef = graphql.NewObject(graphql.ObjectConfig{Name: "FactRef", Description: "A fact named by its type, the keys of its ends (from: where the relationship starts) and its key, as Fact lists them.", Fields: graphql.Fields{
		"type": &graphql.Field{Type: graphql.NewNonNull(factTypeEnum), Resolve: func(p rp) (interface{}, error) { return string(ref(p).Type), nil }},
		"from": &graphql.Field{Type: graphql.NewNonNull(graphql.ID), Resolve: func(p rp) (interface{}, error) { return ref(p).From, nil }},
		"to":   &graphql.Field{Type: graphql.NewNonNull(graphql.ID), Resolve: func(p rp) (interface{}, error) { return ref(p).To, nil }},
		"key":  &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return ref(p).Key, nil }},
	}})
	t.correction = graphql.NewObject(graphql.ObjectConfig{Name: "Correction", Description: "An analyst's correction: an attribute set or a fact retracted, with who, when and why. It wins over extraction and survives re-ingesting, revising and new articles; an undone one no longer applies and stays listed.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"id":     &graphql.Field{Type: graphql.NewNonNull(graphql.ID), Resolve: func(p rp) (interface{}, error) { return c(p).ID, nil }},
			"action": &graphql.Field{Type: graphql.NewNonNull(correctionActionEnum), Resolve: func(p rp) (interface{}, error) { return string(c(p).Action), nil }},
			"entity": &graphql.Field{Type: graphql.ID, Description: "SET: the key of the entity whose attribute it sets.", Resolve: func(p rp) (interface{}, error) { return str(c(p).Entity), nil }},
			"node": &graphql.Field{Type: t.node, Description: "SET: that entity, null when the graph no longer holds it (the correction applies when it comes back).", Resolve: func(p rp) (interface{}, error) {
				return s.entityByKey(p.Context, c(p).Entity, "")
			}},
			"attribute": &graphql.Field{Type: attributeEnum, Description: "SET: the attribute.", Resolve: func(p rp) (interface{}, error) { return str(c(p).Attribute), nil }},
			"value":     &graphql.Field{Type: graphql.String, Description: "SET: the value (an alpha-3 code for a country, an ISO date for a date).", Resolve: func(p rp) (interface{}, error) { return str(c(p).Value), nil }},
			"fact": &graphql.Field{Type: t.factRef, Description: "RETRACT: the fact retracted.", Resolve: func(p rp) (interface{}, error) {
				if x := c(p); x.Action == graph.Retract {
					return x.Fact, nil
				}
				return nil, nil
			}},
			"reason":   &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return c(p).Reason, nil }},
			"by":       &graphql.Field{Type: graphql.String, Description: "Who made it (the X-Analyst header of the request, see the README).", Resolve: func(p rp) (interface{}, error) { return str(c(p).By), nil }},
			"at":       &graphql.Field{Type: graphql.NewNonNull(dateTimeScalar), Resolve: func(p rp) (interface{}, error) { return c(p).At, nil }},
			"active":   &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean), Description: "Whether it applies: false once undone.", Resolve: func(p rp) (interface{}, error) { return !c(p).Undone, nil }},
			"undoneBy": &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(c(p).UndoneBy), nil }},
			"undoneAt": &graphql.Field{Type: dateTimeScalar, Resolve: func(p rp) (interface{}, error) { return c(p).UndoneAt, nil }},
		}
	})})
	t.correctionConn = connectionType("Correction", t.correction, t.pageInfo)
}

// correctionsField is the corrections field of every entity type and of
// Node: the corrections of the entity, as the corrections query lists
// them.
func (s *Schema) correctionsField(t *types) *graphql.Field {
	return &graphql.Field{Type: graphql.NewNonNull(t.correctionConn),
		Description: "Analysts' corrections of it (its attributes set, facts touching it retracted), newest first; undone ones too.",
		Args:        withPage(nil),
		Resolve: func(p rp) (interface{}, error) {
			return s.correctionConnection(p.Context, p.Args, src(p).Key)
		}}
}

// correctionsQuery is Query.corrections.
func (s *Schema) correctionsQuery(t *types) *graphql.Field {
	return &graphql.Field{Type: graphql.NewNonNull(t.correctionConn),
		Description: "Analysts' corrections, newest first, undone ones too: of the entity given (a key, or a name; a key the graph no longer holds still lists the corrections that set its attributes), else all.",
		Args:        withPage(graphql.FieldConfigArgument{"entity": &graphql.ArgumentConfig{Type: graphql.ID, Description: "Key or name."}}),
		Resolve: func(p rp) (interface{}, error) {
			ref := argStr(p.Args, "entity")
			if ref == "" || isKey(ref) {
				return s.correctionConnection(p.Context, p.Args, ref)
			}
			th := s.resolveRef(p.Context, ref, "")
			ctx := p.Context
			return s.lazy(ctx, func() (interface{}, error) {
				e, err := th()
				if err != nil {
					return nil, err
				}
				if e.Key == "" {
					return nil, unknownRef(ref, "")
				}
				conn, err := s.correctionConnection(ctx, p.Args, e.Key)
				if err != nil {
					return nil, err
				}
				return conn, nil
			})
		}}
}

// correctionConnection builds the CorrectionConnection of the entity
// with key (all corrections for "").
func (s *Schema) correctionConnection(ctx context.Context, args map[string]interface{}, key string) (interface{}, error) {
	first, err := firstArg(args)
	if err != nil {
		return s.fail(ctx, err)
	}
	after, err := afterArg(args, cursorCorrection)
	if err != nil {
		return s.fail(ctx, err)
	}
	if after.Set {
		if _, err := time.Parse(time.RFC3339Nano, after.Sort); err != nil {
			return s.fail(ctx, badInput("after is not a cursor of this list"))
		}
	}
	q := graph.CorrectionQuery{Entity: key, First: first, After: after}
	l := loadersFrom(ctx)
	return connection{
		page: func() func() (pageView, error) {
			th := l.corrPages.load(ctx, q)
			return func() (pageView, error) {
				p, err := th()
				return view(cursorCorrection, p, func(c graph.Correction) interface{} { return c }), err
			}
		},
		count: func() func() (int, error) { return l.corrCounts.load(ctx, graph.CorrectionQuery{Entity: key}) },
	}, nil
}
