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
	byRef := func(typ graph.EntityType) graphql.FieldResolveFn {
		return func(p rp) (interface{}, error) { return s.entityByRef(p.Context, argStr(p.Args, "key"), typ) }
	}
	strArg := func(desc string) *graphql.ArgumentConfig {
		return &graphql.ArgumentConfig{Type: graphql.String, Description: desc}
	}
	return graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"node": &graphql.Field{Type: t.node, Description: "An entity by key, or by name (see the README: a name that fits several is BAD_USER_INPUT naming them); null if none.",
			Args: keyArg("key"), Resolve: byRef("")},
		"country": &graphql.Field{Type: t.country, Description: "A country by alpha-3 or alpha-2 code or English name, case-insensitive; a country the graph does not hold is BAD_USER_INPUT, as in every country argument.",
			Args: graphql.FieldConfigArgument{"code": &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String)}},
			Resolve: func(p rp) (interface{}, error) {
				ref := argStr(p.Args, "code")
				th := loadersFrom(p.Context).countries.load(p.Context, normRef(ref))
				return s.lazy(p.Context, func() (interface{}, error) {
					c, err := th()
					if err != nil {
						return nil, err
					}
					if c.Key == "" {
						return nil, unknownCountry(ref)
					}
					return c, nil
				})
			}},
		"countries": &graphql.Field{Type: graphql.NewNonNull(t.countryConn), Description: "Countries by name.", Args: withPage(graphql.FieldConfigArgument{"name": strArg("Part of the name or an alias, case-insensitive."), "minSources": minSourcesArg("countries"), "orderBy": entityOrderArg}),
			Resolve: func(p rp) (interface{}, error) {
				return s.listConnection(p.Context, p.Args, graph.ListQuery{Type: graph.TypeCountry})
			}},
		"leader": &graphql.Field{Type: t.leader, Description: "A leader by key or by name; null if none.", Args: keyArg("key"), Resolve: byRef(graph.TypeLeader)},
		"leaders": &graphql.Field{Type: graphql.NewNonNull(t.leaderConn), Description: "Leaders by name.",
			Args: withPage(graphql.FieldConfigArgument{"country": strArg("Alpha-3, alpha-2 or name."), "name": strArg("Part of the name or an alias."), "minSources": minSourcesArg("leaders"), "orderBy": entityOrderArg}),
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
		"organizations": &graphql.Field{Type: graphql.NewNonNull(t.orgConn), Description: "Organizations by name.", Args: withPage(graphql.FieldConfigArgument{"name": strArg("Part of the name or an alias."), "minSources": minSourcesArg("organizations"), "orderBy": entityOrderArg}),
			Resolve: func(p rp) (interface{}, error) {
				return s.listConnection(p.Context, p.Args, graph.ListQuery{Type: graph.TypeOrganization})
			}},
		"project": &graphql.Field{Type: t.project, Description: "A project by key or by name; null if none.", Args: keyArg("key"), Resolve: byRef(graph.TypeProject)},
		"projects": &graphql.Field{Type: graphql.NewNonNull(t.projectConn), Description: "Projects by name.",
			Args: withPage(graphql.FieldConfigArgument{"country": strArg("Alpha-3, alpha-2 or name."), "sector": strArg("Sector slug or key."), "status": strArg("planned, underway, completed or opened."),
				"minSources": minSourcesArg("projects"), "orderBy": entityOrderArg}),
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
		"events": &graphql.Field{Type: graphql.NewNonNull(t.eventConn), Description: "Events, newest first (undated last), then by key. minSources and orderBy SOURCE_COUNT need country, partner, leader, from or to.",
			Args: withPage(with(eventListArgs, graphql.FieldConfigArgument{
				"country": strArg("A participating country: alpha-3, alpha-2 or name."),
				"partner": strArg("A second participating country."),
				"leader":  &graphql.ArgumentConfig{Type: graphql.ID, Description: "A participating leader: key or name."},
			})),
			Resolve: func(p rp) (interface{}, error) { return s.events(p) }},
		"eventStats": &graphql.Field{Type: graphql.NewNonNull(t.stats), Description: "Counts of the events a filter selects, in one request: by kind, by country, by month. It needs country, partner, leader, from or to.",
			Args: with(eventFilterArgs, graphql.FieldConfigArgument{
				"country":    strArg("A participating country: alpha-3, alpha-2 or name."),
				"partner":    strArg("A second participating country."),
				"leader":     &graphql.ArgumentConfig{Type: graphql.ID, Description: "A participating leader: key or name."},
				"minSources": minSourcesArg("events"),
			}),
			Resolve: func(p rp) (interface{}, error) { return s.eventStats(p) }},
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
		"articles": &graphql.Field{Type: graphql.NewNonNull(t.articleConn), Description: "Articles, newest first.", Args: withPage(graphql.FieldConfigArgument{"from": eventFilterArgs["from"], "to": eventFilterArgs["to"], "orderBy": articleOrderArg}),
			Resolve: func(p rp) (interface{}, error) { return s.articleConnection(p.Context, p.Args, graph.ArticleQuery{}) }},
		"search": &graphql.Field{Type: listOf(t.hit), Description: "Full-text search over names, aliases and event summaries, best first. The text is matched word by word; query syntax is not interpreted.",
			Args: graphql.FieldConfigArgument{
				"text":  &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String)},
				"first": &graphql.ArgumentConfig{Type: graphql.Int},
			},
			Resolve: func(p rp) (interface{}, error) { return s.search(p) }},
		"corrections": s.correctionsQuery(t),
		"path": &graphql.Field{Type: graphql.NewList(graphql.NewNonNull(t.step)), Description: "A shortest path of facts between two entities, at most maxHops (1 to 6) relationships long; null if there is none. from and to take keys or names; one that names nothing is BAD_USER_INPUT.",
			Args: graphql.FieldConfigArgument{
				"from":    &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.ID), Description: "Key or name."},
				"to":      &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.ID), Description: "Key or name."},
				"maxHops": &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 4},
			},
			Resolve: func(p rp) (interface{}, error) { return s.path(p) }},
	}})
}

func (s *Schema) events(p rp) (interface{}, error) {
	q, th, err := s.eventFilter(p)
	if err != nil {
		return s.fail(p.Context, err)
	}
	ctx := p.Context
	return s.lazy(ctx, func() (interface{}, error) {
		q, err := th(q)
		if err != nil {
			return nil, err
		}
		return s.eventConnection(ctx, p.Args, q)
	})
}

// eventFilter registers the resolution of the country, partner and
// leader arguments of an events filter and returns a thunk that sets
// them on q: an unknown country or leader is BAD_USER_INPUT, and so is a
// leader's name that fits several.
func (s *Schema) eventFilter(p rp) (graph.EventQuery, func(graph.EventQuery) (graph.EventQuery, error), error) {
	var q graph.EventQuery
	country, partner, leader := argStr(p.Args, "country"), argStr(p.Args, "partner"), argStr(p.Args, "leader")
	l := loadersFrom(p.Context)
	var tc, tp, tl func() (graph.Entity, error)
	if country != "" {
		tc = l.countryRefs.load(p.Context, normRef(country))
	}
	if partner != "" {
		tp = l.countryRefs.load(p.Context, normRef(partner))
	}
	if leader != "" {
		tl = s.resolveRef(p.Context, leader, graph.TypeLeader)
	}
	return q, func(q graph.EventQuery) (graph.EventQuery, error) {
		for _, x := range []struct {
			th   func() (graph.Entity, error)
			ref  string
			set  *string
			miss func(string) *Error
		}{
			{tc, country, &q.With, unknownCountry},
			{tp, partner, &q.Partner, unknownCountry},
			{tl, leader, &q.Leader, func(ref string) *Error { return unknownRef(ref, graph.TypeLeader) }},
		} {
			if x.th == nil {
				continue
			}
			e, err := x.th()
			if err != nil {
				return q, err
			}
			if e.Key == "" {
				return q, x.miss(x.ref)
			}
			*x.set = e.Key
		}
		if q.With == "" && q.Partner == "" && q.Leader != "" {
			q.With, q.Leader = q.Leader, "" // start from the leader's events
		}
		return q, nil
	}, nil
}

// unknownCountry is the error of every country argument that names no
// country of the graph.
func unknownCountry(ref string) *Error { return badInput("unknown country %q", clip(ref)) }

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
	fromRef, toRef := argStr(p.Args, "from"), argStr(p.Args, "to")
	tf, tt := s.resolveRef(p.Context, fromRef, ""), s.resolveRef(p.Context, toRef, "")
	ctx := p.Context
	return s.lazy(ctx, func() (interface{}, error) {
		var keys [2]string
		for i, x := range []struct {
			th  func() (graph.Entity, error)
			ref string
		}{{tf, fromRef}, {tt, toRef}} {
			e, err := x.th()
			if err != nil {
				return nil, err
			}
			if e.Key == "" {
				return nil, unknownRef(x.ref, "")
			}
			keys[i] = e.Key
		}
		steps, err := s.r.Path(ctx, keys[0], keys[1], hops)
		if err != nil || steps == nil {
			return nil, err
		}
		out := make([]interface{}, len(steps))
		for i, st := range steps {
			out[i] = st
		}
		return out, nil
	})
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
	return graphql.NewObject(graphql.ObjectConfig{Name: "Mutation", Fields: with(s.correctionMutations(t), graphql.Fields{
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
				if s.opts.APIToken == "" || s.ing == nil {
					return s.fail(ctx, Errorf(CodeUnauthenticated, "ingestArticle is disabled on this server (it has no API_TOKEN)"))
				}
				if !s.authorized(ctx) {
					return s.fail(ctx, Errorf(CodeUnauthenticated, "ingestArticle needs the server's API token as a bearer token"))
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
	})})
}

type tokenKey struct{}

// authorized reports whether the request carried the API token; never
// when no token is configured.
func (s *Schema) authorized(ctx context.Context) bool {
	got, _ := ctx.Value(tokenKey{}).(string)
	return s.opts.APIToken != "" && got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.APIToken)) == 1
}
