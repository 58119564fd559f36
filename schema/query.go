package schema

import (
	"context"
	"crypto/subtle"
	"strings"
	"unicode/utf8"

	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// MaxHops is the largest maxHops of path.
const MaxHops = 6

// maxSearchText is the longest search text accepted, in runes.
const maxSearchText = 200

func (s *Schema) queryType(t *types) *graphql.Object {
	keyArg := func(name string) graphql.FieldConfigArgument {
		return graphql.FieldConfigArgument{name: &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.ID)}}
	}
	byKey := func(typ graph.EntityType) graphql.FieldResolveFn {
		return func(p rp) (interface{}, error) { return s.entityByKey(p.Context, argStr(p.Args, "key"), typ) }
	}
	strArg := func(desc string) *graphql.ArgumentConfig {
		return &graphql.ArgumentConfig{Type: graphql.String, Description: desc}
	}
	return graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"node": &graphql.Field{Type: t.node, Args: keyArg("key"), Resolve: byKey("")},
		"country": &graphql.Field{Type: t.country, Description: "A country by alpha-3 or alpha-2 code or English name, case-insensitive; null if unknown.",
			Args: graphql.FieldConfigArgument{"code": &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String)}},
			Resolve: func(p rp) (interface{}, error) {
				th := loadersFrom(p.Context).countries.load(p.Context, normRef(argStr(p.Args, "code")))
				return s.lazy(p.Context, func() (interface{}, error) {
					c, err := th()
					if err != nil || c.Key == "" {
						return nil, err
					}
					return c, nil
				})
			}},
		"countries": &graphql.Field{Type: graphql.NewNonNull(t.countryConn), Description: "Countries by name.", Args: withPage(graphql.FieldConfigArgument{"name": strArg("Part of the name or an alias, case-insensitive.")}),
			Resolve: func(p rp) (interface{}, error) {
				return s.listConnection(p.Context, p.Args, graph.ListQuery{Type: graph.TypeCountry})
			}},
		"leader": &graphql.Field{Type: t.leader, Args: keyArg("key"), Resolve: byKey(graph.TypeLeader)},
		"leaders": &graphql.Field{Type: graphql.NewNonNull(t.leaderConn), Description: "Leaders by name.",
			Args: withPage(graphql.FieldConfigArgument{"country": strArg("Alpha-3, alpha-2 or name."), "name": strArg("Part of the name or an alias.")}),
			Resolve: func(p rp) (interface{}, error) {
				q := graph.ListQuery{Type: graph.TypeLeader}
				if ref := argStr(p.Args, "country"); ref != "" {
					return s.withCountry(p.Context, ref, func(c graph.Entity) (interface{}, error) {
						q.Country = c.Key
						return s.listConnection(p.Context, p.Args, q)
					})
				}
				return s.listConnection(p.Context, p.Args, q)
			}},
		"organizations": &graphql.Field{Type: graphql.NewNonNull(t.orgConn), Description: "Organizations by name.", Args: withPage(graphql.FieldConfigArgument{"name": strArg("Part of the name or an alias.")}),
			Resolve: func(p rp) (interface{}, error) {
				return s.listConnection(p.Context, p.Args, graph.ListQuery{Type: graph.TypeOrganization})
			}},
		"project": &graphql.Field{Type: t.project, Args: keyArg("key"), Resolve: byKey(graph.TypeProject)},
		"projects": &graphql.Field{Type: graphql.NewNonNull(t.projectConn), Description: "Projects by name.",
			Args: withPage(graphql.FieldConfigArgument{"country": strArg("Alpha-3, alpha-2 or name."), "sector": strArg("Sector slug or key."), "status": strArg("planned, underway, completed or opened.")}),
			Resolve: func(p rp) (interface{}, error) {
				q := graph.ListQuery{Type: graph.TypeProject, Sector: sectorSlug(argStr(p.Args, "sector")), Status: strings.ToLower(strings.TrimSpace(argStr(p.Args, "status")))}
				if ref := argStr(p.Args, "country"); ref != "" {
					return s.withCountry(p.Context, ref, func(c graph.Entity) (interface{}, error) {
						q.Country = c.Key
						return s.listConnection(p.Context, p.Args, q)
					})
				}
				return s.listConnection(p.Context, p.Args, q)
			}},
		"event": &graphql.Field{Type: t.event, Args: keyArg("key"), Resolve: byKey(graph.TypeEvent)},
		"events": &graphql.Field{Type: graphql.NewNonNull(t.eventConn), Description: "Events, newest first (undated last), then by key.",
			Args: withPage(graphql.FieldConfigArgument{
				"country": strArg("A participating country: alpha-3, alpha-2 or name."),
				"partner": strArg("A second participating country."),
				"leader":  &graphql.ArgumentConfig{Type: graphql.ID, Description: "Key of a participating leader."},
				"kind":    eventFilterArgs["kind"], "from": eventFilterArgs["from"], "to": eventFilterArgs["to"],
			}),
			Resolve: func(p rp) (interface{}, error) { return s.events(p) }},
		"relation": &graphql.Field{Type: t.relation, Description: "The bilateral summary of two countries; null when the pair shares nothing.",
			Args: graphql.FieldConfigArgument{
				"a": &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String)},
				"b": &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String)},
			},
			Resolve: func(p rp) (interface{}, error) {
				return s.relation(p.Context, argStr(p.Args, "a"), argStr(p.Args, "b"))
			}},
		"article": &graphql.Field{Type: t.article, Args: keyArg("id"), Resolve: func(p rp) (interface{}, error) {
			th := loadersFrom(p.Context).articles.load(p.Context, argStr(p.Args, "id"))
			return s.lazy(p.Context, func() (interface{}, error) {
				a, err := th()
				if err != nil || a.ID == "" {
					return nil, err
				}
				return a, nil
			})
		}},
		"articles": &graphql.Field{Type: graphql.NewNonNull(t.articleConn), Description: "Articles, newest first.", Args: withPage(graphql.FieldConfigArgument{"from": eventFilterArgs["from"], "to": eventFilterArgs["to"]}),
			Resolve: func(p rp) (interface{}, error) { return s.articleConnection(p.Context, p.Args, graph.ArticleQuery{}) }},
		"search": &graphql.Field{Type: listOf(t.hit), Description: "Full-text search over names, aliases and event summaries, best first. The text is matched word by word; query syntax is not interpreted.",
			Args: graphql.FieldConfigArgument{
				"text":  &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String)},
				"first": &graphql.ArgumentConfig{Type: graphql.Int},
			},
			Resolve: func(p rp) (interface{}, error) { return s.search(p) }},
		"path": &graphql.Field{Type: graphql.NewList(graphql.NewNonNull(t.step)), Description: "A shortest path of facts between two entities, at most maxHops (1 to 6) relationships long; null if there is none.",
			Args: graphql.FieldConfigArgument{
				"from":    &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.ID)},
				"to":      &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.ID)},
				"maxHops": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 4},
			},
			Resolve: func(p rp) (interface{}, error) { return s.path(p) }},
	}})
}

func (s *Schema) events(p rp) (interface{}, error) {
	q := graph.EventQuery{Leader: argStr(p.Args, "leader")}
	country, partner := argStr(p.Args, "country"), argStr(p.Args, "partner")
	if country == "" && partner == "" {
		if q.Leader != "" {
			q.With, q.Leader = q.Leader, "" // start from the leader's events
		}
		return s.eventConnection(p.Context, p.Args, q)
	}
	l := loadersFrom(p.Context)
	var ta, tb func() (graph.Entity, error)
	if country != "" {
		ta = l.countryRefs.load(p.Context, normRef(country))
	}
	if partner != "" {
		tb = l.countryRefs.load(p.Context, normRef(partner))
	}
	ctx := p.Context
	return s.lazy(ctx, func() (interface{}, error) {
		for _, x := range []struct {
			th  func() (graph.Entity, error)
			ref string
			set *string
		}{{ta, country, &q.With}, {tb, partner, &q.Partner}} {
			if x.th == nil {
				continue
			}
			c, err := x.th()
			if err != nil {
				return nil, err
			}
			if c.Key == "" {
				return nil, badInput("unknown country %q", clip(x.ref))
			}
			*x.set = c.Key
		}
		return s.eventConnection(ctx, p.Args, q)
	})
}

// luceneSpecial are the characters Lucene's query parser treats specially.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// LuceneTerms turns user text into a Lucene query that matches its words:
// every special character is escaped and the operators AND, OR, NOT lose
// their meaning (the index is case-insensitive). It returns "" when the
// text has no word.
func LuceneTerms(text string) string {
	var words []string
	for _, w := range strings.Fields(text) {
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(luceneSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		word := b.String()
		switch word {
		case "AND", "OR", "NOT", "TO":
			word = strings.ToLower(word)
		}
		words = append(words, word)
	}
	return strings.Join(words, " ")
}

func (s *Schema) search(p rp) (interface{}, error) {
	text := argStr(p.Args, "text")
	if utf8.RuneCountInString(text) > maxSearchText {
		return s.fail(p.Context, badInput("text must be at most %d characters", maxSearchText))
	}
	q := LuceneTerms(text)
	if q == "" {
		return s.fail(p.Context, badInput("text has no words"))
	}
	first, err := firstArg(p.Args)
	if err != nil {
		return s.fail(p.Context, err)
	}
	hits, err := s.r.Search(p.Context, q, first)
	if err != nil {
		return s.fail(p.Context, err)
	}
	out := make([]interface{}, len(hits))
	for i, h := range hits {
		out[i] = h
	}
	return out, nil
}

func (s *Schema) path(p rp) (interface{}, error) {
	hops, _ := p.Args["maxHops"].(int)
	if hops < 1 || hops > MaxHops {
		return s.fail(p.Context, badInput("maxHops must be between 1 and %d", MaxHops))
	}
	steps, err := s.r.Path(p.Context, argStr(p.Args, "from"), argStr(p.Args, "to"), hops)
	if err != nil {
		return s.fail(p.Context, err)
	}
	if steps == nil {
		return nil, nil
	}
	out := make([]interface{}, len(steps))
	for i, st := range steps {
		out[i] = st
	}
	return out, nil
}

func (s *Schema) mutationType(t *types) *graphql.Object {
	t.ingest = graphql.NewObject(graphql.ObjectConfig{Name: "IngestResult", Fields: graphql.Fields{
		"article":              &graphql.Field{Type: graphql.NewNonNull(t.article), Resolve: func(p rp) (interface{}, error) { return p.Source.(IngestOutput).Article, nil }},
		"nodesCreated":         &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return p.Source.(IngestOutput).NodesCreated, nil }},
		"relationshipsCreated": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Resolve: func(p rp) (interface{}, error) { return p.Source.(IngestOutput).RelationshipsCreated, nil }},
		"warnings": &graphql.Field{Type: listOf(graphql.String), Resolve: func(p rp) (interface{}, error) {
			w := p.Source.(IngestOutput).Warnings
			if w == nil {
				w = []string{}
			}
			return w, nil
		}},
	}})
	optional := &graphql.ArgumentConfig{Type: graphql.String}
	return graphql.NewObject(graphql.ObjectConfig{Name: "Mutation", Fields: graphql.Fields{
		"ingestArticle": &graphql.Field{Type: graphql.NewNonNull(t.ingest),
			Description: `Extracts and stores one article, as the ingest job does. Enabled only when the server has API_TOKEN set; requires "Authorization: Bearer <API_TOKEN>".`,
			Args: graphql.FieldConfigArgument{
				"text":   &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String)},
				"title":  optional,
				"date":   &graphql.ArgumentConfig{Type: dateScalar},
				"source": optional,
				"url":    optional,
			},
			Resolve: func(p rp) (interface{}, error) {
				ctx := requestContext(p.Context)
				if !s.authorized(ctx) {
					return s.fail(ctx, Errorf(CodeUnauthenticated, "ingestArticle needs a valid bearer token"))
				}
				if s.ing == nil {
					return s.fail(ctx, Errorf(CodeUnauthenticated, "ingestion is disabled on this server"))
				}
				out, err := s.ing.Ingest(ctx, IngestInput{
					Text: argStr(p.Args, "text"), Title: argStr(p.Args, "title"), Date: argStr(p.Args, "date"),
					Source: argStr(p.Args, "source"), URL: argStr(p.Args, "url"),
				})
				if err != nil {
					return s.fail(ctx, err)
				}
				return out, nil
			}},
	}})
}

type tokenKey struct{}

// authorized reports whether the request carried the API token; never
// when no token is configured.
func (s *Schema) authorized(ctx context.Context) bool {
	got, _ := ctx.Value(tokenKey{}).(string)
	return s.opts.APIToken != "" && got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.APIToken)) == 1
}
