package schema

import (
	"encoding/base64"
	"encoding/json"

	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// Page sizes: first defaults to DefaultFirst; a first above MaxFirst is
// rejected with BAD_USER_INPUT rather than silently capped, so that a
// client never mistakes a capped page for the whole list.
const (
	DefaultFirst = 20
	MaxFirst     = 100
)

// firstArg reads the first argument.
func firstArg(args map[string]interface{}) (int, error) {
	v, ok := args["first"].(int)
	if !ok {
		return DefaultFirst, nil
	}
	if v < 0 {
		return 0, badInput("first must not be negative")
	}
	if v > MaxFirst {
		return 0, badInput("first must be at most %d", MaxFirst)
	}
	return v, nil
}

// cursor kinds, so that a cursor of one list is refused by another.
const (
	cursorEvent   = "e"
	cursorEntity  = "n"
	cursorArticle = "a"
)

// encodeCursor makes an opaque cursor from a row's sort key.
func encodeCursor(kind string, c graph.Cursor) string {
	b, _ := json.Marshal([]string{kind, c.Sort, c.Key})
	return base64.RawURLEncoding.EncodeToString(b)
}

// afterArg decodes the after argument, which must be a cursor of kind.
func afterArg(args map[string]interface{}, kind string) (graph.Cursor, error) {
	s, ok := args["after"].(string)
	if !ok || s == "" {
		return graph.Cursor{}, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	var parts []string
	if err == nil {
		err = json.Unmarshal(b, &parts)
	}
	if err != nil || len(parts) != 3 || parts[0] != kind || parts[2] == "" {
		return graph.Cursor{}, badInput("after is not a cursor of this list")
	}
	return graph.Cursor{Sort: parts[1], Key: parts[2], Set: true}, nil
}

// pageView is a page as the connection types show it. Cursors are encoded
// only when selected (most queries ask for endCursor alone).
type pageView struct {
	kind    string
	nodes   []interface{}
	cursors []graph.Cursor
	hasNext bool
}

// cursor encodes the cursor of the i-th node.
func (pv pageView) cursor(i int) string { return encodeCursor(pv.kind, pv.cursors[i]) }

type edgeView struct {
	page pageView
	i    int
}

// connection is the source value of every XConnection: how to get its page
// and its count, each fetched only when selected.
type connection struct {
	page  func() func() (pageView, error) // registers with the loader, returns the thunk
	count func() func() (int, error)
}

// connectionType builds XConnection and XEdge for the node type.
func connectionType(name string, node graphql.Output, pageInfo *graphql.Object) *graphql.Object {
	edge := graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Edge",
		Description: "A " + name + " with the cursor to continue after it.",
		Fields: graphql.Fields{
			"cursor": &graphql.Field{Type: graphql.NewNonNull(graphql.String), Resolve: func(p graphql.ResolveParams) (interface{}, error) {
				e := p.Source.(edgeView)
				return e.page.cursor(e.i), nil
			}},
			"node": &graphql.Field{Type: graphql.NewNonNull(node), Resolve: func(p graphql.ResolveParams) (interface{}, error) {
				e := p.Source.(edgeView)
				return e.page.nodes[e.i], nil
			}},
		},
	})
	pageThunk := func(p graphql.ResolveParams, f func(pageView) interface{}) (interface{}, error) {
		th := p.Source.(connection).page()
		return func() (interface{}, error) {
			pv, err := th()
			if err != nil {
				return nil, err
			}
			return f(pv), nil
		}, nil
	}
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Connection",
		Description: "A page of " + name + " values. totalCount is counted only when selected.",
		Fields: graphql.Fields{
			"totalCount": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p graphql.ResolveParams) (interface{}, error) {
				th := p.Source.(connection).count()
				return func() (interface{}, error) { return th() }, nil
			}},
			"nodes": &graphql.Field{Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(node))), Resolve: func(p graphql.ResolveParams) (interface{}, error) {
				return pageThunk(p, func(pv pageView) interface{} { return pv.nodes })
			}},
			"edges": &graphql.Field{Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(edge))), Resolve: func(p graphql.ResolveParams) (interface{}, error) {
				return pageThunk(p, func(pv pageView) interface{} {
					out := make([]interface{}, len(pv.nodes))
					for i := range pv.nodes {
						out[i] = edgeView{page: pv, i: i}
					}
					return out
				})
			}},
			"pageInfo": &graphql.Field{Type: graphql.NewNonNull(pageInfo), Resolve: func(p graphql.ResolveParams) (interface{}, error) {
				return pageThunk(p, func(pv pageView) interface{} {
					var end interface{}
					if n := len(pv.cursors); n > 0 {
						end = pv.cursor(n - 1)
					}
					return map[string]interface{}{"hasNextPage": pv.hasNext, "endCursor": end}
				})
			}},
		},
	})
}

// view turns a model page into a pageView.
func view[T any](kind string, p graph.Page[T], conv func(T) interface{}) pageView {
	pv := pageView{kind: kind, hasNext: p.HasNext, nodes: make([]interface{}, len(p.Items)), cursors: p.Cursors}
	for i, it := range p.Items {
		pv.nodes[i] = conv(it)
	}
	return pv
}
