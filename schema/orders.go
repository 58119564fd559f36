package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// Orders and corroboration filters of lists: orderBy takes a sort value
// and a direction (each sort value has a natural one); minSources keeps
// what at least that many articles report or state.

var orderDirectionEnum = graphql.NewEnum(graphql.EnumConfig{
	Name:        "OrderDirection",
	Description: "The direction of an order.",
	Values: graphql.EnumValueConfigMap{
		"ASC":  &graphql.EnumValueConfig{Value: "asc", Description: "Smallest (oldest, first in the alphabet, fewest sources) first."},
		"DESC": &graphql.EnumValueConfig{Value: "desc", Description: "Largest (newest, last in the alphabet, most sources) first."},
	},
})

// orderInput builds the input type of an orderBy argument: field (the
// enum of sort values) and direction.
func orderInput(name, desc string, fields graphql.EnumValueConfigMap) *graphql.InputObject {
	return graphql.NewInputObject(graphql.InputObjectConfig{
		Name:        name,
		Description: desc,
		Fields: graphql.InputObjectConfigFieldMap{
			"field": &graphql.InputObjectFieldConfig{Type: graphql.NewNonNull(graphql.NewEnum(graphql.EnumConfig{
				Name: name + "Field", Description: "What " + name + " sorts by.", Values: fields,
			}))},
			"direction": &graphql.InputObjectFieldConfig{Type: orderDirectionEnum, Description: "Default: the field's natural direction."},
		},
	})
}

var (
	eventOrderInput = orderInput("EventOrder", "The order of events; ties are broken by key. Default: by date, newest first, undated last.", graphql.EnumValueConfigMap{
		"DATE":         &graphql.EnumValueConfig{Value: "date", Description: "By date (default direction DESC); undated events come last either way."},
		"SOURCE_COUNT": &graphql.EnumValueConfig{Value: "sources", Description: "By the number of articles reporting it (default direction DESC)."},
	})
	entityOrderInput = orderInput("EntityOrder", "The order of entities; ties are broken by key. Default: by name.", graphql.EnumValueConfigMap{
		"NAME":         &graphql.EnumValueConfig{Value: "name", Description: "By name (default direction ASC)."},
		"SOURCE_COUNT": &graphql.EnumValueConfig{Value: "sources", Description: "By the number of articles mentioning it (default direction DESC)."},
	})
	articleOrderInput = orderInput("ArticleOrder", "The order of articles; ties are broken by id. Default: by date, newest first, undated last.", graphql.EnumValueConfigMap{
		"DATE": &graphql.EnumValueConfig{Value: "date", Description: "By publication date (default direction DESC); undated articles come last either way."},
	})
)

var (
	entityOrderArg  = &graphql.ArgumentConfig{Type: entityOrderInput}
	articleOrderArg = &graphql.ArgumentConfig{Type: articleOrderInput}
	// eventListArgs are the filters and order of every list of events.
	eventListArgs = graphql.FieldConfigArgument{
		"kind":       eventFilterArgs["kind"],
		"from":       eventFilterArgs["from"],
		"to":         eventFilterArgs["to"],
		"minSources": minSourcesArg("events"),
		"orderBy":    &graphql.ArgumentConfig{Type: eventOrderInput},
	}
	// rolesArgs are the arguments of roles.
	rolesArgs = graphql.FieldConfigArgument{"minSources": minSourcesArg("offices"), "includeRetracted": includeRetractedArg}
)

// minSourcesArg is the minSources argument of lists.
func minSourcesArg(what string) *graphql.ArgumentConfig {
	return &graphql.ArgumentConfig{Type: graphql.Int, Description: "Only " + what + " at least this many distinct articles support (default 1: all)."}
}

// minSources reads the minSources argument: 0 when absent or at most 1.
func minSources(args map[string]interface{}) (int, error) {
	n, ok := args["minSources"].(int)
	switch {
	case !ok || n <= 1:
		return 0, nil
	case n > maxMinSources:
		return 0, badInput("minSources must be at most %d", maxMinSources)
	}
	return n, nil
}

// maxMinSources bounds minSources (no fact has more sources than the
// graph has articles; the bound keeps the number sane in cursors).
const maxMinSources = 1_000_000

// orders maps (field, direction) of each orderBy input to the store's
// order and the cursor kind of its pages.
var orders = map[[2]string]struct {
	order  graph.Order
	cursor string
}{
	{"event:date", "desc"}:     {graph.OrderDateDesc, cursorEvent},
	{"event:date", "asc"}:      {graph.OrderDateAsc, cursorEvent + "a"},
	{"event:sources", "desc"}:  {graph.OrderSourcesDesc, cursorEvent + "s"},
	{"event:sources", "asc"}:   {graph.OrderSourcesAsc, cursorEvent + "sa"},
	{"entity:name", "asc"}:     {graph.OrderNameAsc, cursorEntity},
	{"entity:name", "desc"}:    {graph.OrderNameDesc, cursorEntity + "d"},
	{"entity:sources", "desc"}: {graph.OrderSourcesDesc, cursorEntity + "s"},
	{"entity:sources", "asc"}:  {graph.OrderSourcesAsc, cursorEntity + "sa"},
	{"article:date", "desc"}:   {graph.OrderDateDesc, cursorArticle},
	{"article:date", "asc"}:    {graph.OrderDateAsc, cursorArticle + "a"},
	{"event:", ""}:             {graph.OrderDefault, cursorEvent},
	{"entity:", ""}:            {graph.OrderDefault, cursorEntity},
	{"article:", ""}:           {graph.OrderDefault, cursorArticle},
	{"event:sources", ""}:      {graph.OrderSourcesDesc, cursorEvent + "s"},
	{"event:date", ""}:         {graph.OrderDateDesc, cursorEvent},
	{"entity:name", ""}:        {graph.OrderNameAsc, cursorEntity},
	{"entity:sources", ""}:     {graph.OrderSourcesDesc, cursorEntity + "s"},
	{"article:date", ""}:       {graph.OrderDateDesc, cursorArticle},
}

// orderArg reads the orderBy argument of a list of kind ("event",
// "entity", "article"): the store's order and the cursor kind of its
// pages (the default order keeps the cursors of old).
func orderArg(args map[string]interface{}, kind string) (graph.Order, string) {
	m, _ := args["orderBy"].(map[string]interface{})
	field, _ := m["field"].(string)
	dir, _ := m["direction"].(string)
	o, ok := orders[[2]string{kind + ":" + field, dir}]
	if !ok {
		o = orders[[2]string{kind + ":", ""}]
	}
	return o.order, o.cursor
}
