package schema

import (
	"context"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// eventConnection builds the EventConnection of q from the page arguments.
func (s *Schema) eventConnection(ctx context.Context, args map[string]interface{}, q graph.EventQuery) (interface{}, error) {
	first, err := firstArg(args)
	if err != nil {
		return s.fail(ctx, err)
	}
	order, kind := orderArg(args, "event")
	after, err := afterArg(args, kind)
	if err != nil {
		return s.fail(ctx, err)
	}
	least, err := minSources(args)
	if err != nil {
		return s.fail(ctx, err)
	}
	q.Kind, q.From, q.To, q.MinSources, q.Order = argStr(args, "kind"), argStr(args, "from"), argStr(args, "to"), least, order
	if q.From != "" && q.To != "" && q.From > q.To {
		return s.fail(ctx, badInput("from is after to"))
	}
	if !q.Anchored() && (least > 0 || order == graph.OrderSourcesAsc || order == graph.OrderSourcesDesc) {
		return s.fail(ctx, errUnanchored)
	}
	count := q
	count.First, count.After, count.Order = 0, graph.Cursor{}, graph.OrderDefault
	q.First, q.After = first, after
	l := loadersFrom(ctx)
	return connection{
		page: func() func() (pageView, error) {
			th := l.events.load(ctx, q)
			return func() (pageView, error) {
				p, err := th()
				return view(kind, p, func(e graph.Entity) interface{} { return e }), err
			}
		},
		count: func() func() (int, error) { return l.eventCounts.load(ctx, count) },
	}, nil
}

// listConnection builds a connection of entities of q.Type.
func (s *Schema) listConnection(ctx context.Context, args map[string]interface{}, q graph.ListQuery) (interface{}, error) {
	first, err := firstArg(args)
	if err != nil {
		return s.fail(ctx, err)
	}
	order, kind := orderArg(args, "entity")
	after, err := afterArg(args, kind)
	if err != nil {
		return s.fail(ctx, err)
	}
	if q.MinSources, err = minSources(args); err != nil {
		return s.fail(ctx, err)
	}
	if n := argStr(args, "name"); n != "" {
		q.Name = strings.ToLower(strings.TrimSpace(n))
	}
	count := q
	q.First, q.After, q.Order = first, after, order
	l := loadersFrom(ctx)
	return connection{
		page: func() func() (pageView, error) {
			th := l.lists.load(ctx, q)
			return func() (pageView, error) {
				p, err := th()
				return view(kind, p, func(e graph.Entity) interface{} { return e }), err
			}
		},
		count: func() func() (int, error) { return l.listCounts.load(ctx, count) },
	}, nil
}

// articleConnection builds an ArticleConnection.
func (s *Schema) articleConnection(ctx context.Context, args map[string]interface{}, q graph.ArticleQuery) (interface{}, error) {
	first, err := firstArg(args)
	if err != nil {
		return s.fail(ctx, err)
	}
	order, kind := orderArg(args, "article")
	after, err := afterArg(args, kind)
	if err != nil {
		return s.fail(ctx, err)
	}
	q.From, q.To = argStr(args, "from"), argStr(args, "to")
	count := q
	q.First, q.After, q.Order = first, after, order
	l := loadersFrom(ctx)
	return connection{
		page: func() func() (pageView, error) {
			th := l.articlePages.load(ctx, q)
			return func() (pageView, error) {
				p, err := th()
				return view(kind, p, func(a graph.Article) interface{} { return a }), err
			}
		},
		count: func() func() (int, error) { return l.articleCounts.load(ctx, count) },
	}, nil
}

// errUnanchored refuses what would read every event of the graph.
var errUnanchored = badInput("minSources and orderBy SOURCE_COUNT on all events need country, partner, leader, from or to")

// withCountry resolves a country argument (alpha-3, alpha-2 or name) and
// calls use with it; an unknown country is BAD_USER_INPUT.
func (s *Schema) withCountry(ctx context.Context, ref string, use func(graph.Entity) (interface{}, error)) (interface{}, error) {
	th := loadersFrom(ctx).countryRefs.load(ctx, normRef(ref))
	return s.lazy(ctx, func() (interface{}, error) {
		c, err := th()
		if err != nil {
			return nil, err
		}
		if c.Key == "" {
			return nil, unknownCountry(ref)
		}
		return use(c)
	})
}
