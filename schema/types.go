package schema

import (
	"context"
	"strings"

	"github.com/graphql-go/graphql"

	"github.com/bilateral-kg/bilateral/graph"
)

// types holds the schema's object types while they are built.
type types struct {
	node                                                                     *graphql.Interface
	country, leader, organization, location, sector, project, event, article *graphql.Object
	evidence, trade, partnership, partner, sectorCount, relation             *graphql.Object
	fact, statedTrade, stats, countryCount                                   *graphql.Object
	bucket, kindCount, role, pageInfo, hit, step, ingest                     *graphql.Object
	countryConn, leaderConn, orgConn, projectConn, eventConn, articleConn    *graphql.Object
	correction, factRef, correctionConn, alternative, claimSource            *graphql.Object
}

// rp is shorthand for the arguments of every resolver.
type rp = graphql.ResolveParams

func src(p rp) graph.Entity { e, _ := p.Source.(graph.Entity); return e }

// lazy returns f as a thunk whose errors are made fit for the client.
func (s *Schema) lazy(ctx context.Context, f func() (interface{}, error)) (interface{}, error) {
	return func() (interface{}, error) {
		v, err := f()
		if err != nil {
			return nil, clientError(ctx, s.log, err)
		}
		return v, nil
	}, nil
}

// fail returns err fit for the client, for resolvers that fail at once.
func (s *Schema) fail(ctx context.Context, err error) (interface{}, error) {
	return nil, clientError(ctx, s.log, err)
}

// entityByKey resolves to the entity with key (of type t when t != ""),
// or null.
func (s *Schema) entityByKey(ctx context.Context, key string, t graph.EntityType) (interface{}, error) {
	if key == "" {
		return nil, nil
	}
	th := loadersFrom(ctx).entities.load(ctx, key)
	return s.lazy(ctx, func() (interface{}, error) {
		e, err := th()
		if err != nil || e.Key == "" || (t != "" && e.Type != t) {
			return nil, err
		}
		return e, nil
	})
}

// firstLinks resolves to the first neighbours of kind k of the source,
// as many as the field's first argument asks (page size by default).
func (s *Schema) firstLinks(p rp, k graph.LinkKind, key string) (interface{}, error) {
	first, err := firstArg(p.Args)
	if err != nil {
		return s.fail(p.Context, err)
	}
	if first == 0 {
		return []interface{}{}, nil
	}
	return s.links(p, k, key, nil, first)
}

// links resolves to the neighbours of kind k of the source, keeping those
// accepted by keep (all when nil) and at most max (all when max <= 0);
// a neighbour linked by a retracted fact is left out.
func (s *Schema) links(p rp, k graph.LinkKind, key string, keep func(graph.Entity) bool, max int) (interface{}, error) {
	th := loadersFrom(p.Context).linksLoader(k).load(p.Context, key)
	return s.lazy(p.Context, func() (interface{}, error) {
		ls, err := th()
		if err != nil {
			return nil, err
		}
		out := make([]interface{}, 0, len(ls))
		for _, l := range ls {
			if !l.Fact.Retracted && (keep == nil || keep(l.Node)) {
				out = append(out, l.Node)
			}
			if max > 0 && len(out) == max {
				break
			}
		}
		return out, nil
	})
}

// sources resolves sentence keys to Evidence values.
func (s *Schema) sources(ctx context.Context, keys []string) (interface{}, error) {
	th := loadersFrom(ctx).sentences.loadMany(ctx, keys)
	return s.lazy(ctx, func() (interface{}, error) {
		ss, err := th()
		if err != nil {
			return nil, err
		}
		out := make([]interface{}, 0, len(ss))
		for _, x := range ss {
			if x.Key != "" {
				out = append(out, x)
			}
		}
		return out, nil
	})
}

// factSources resolves the sentences of fact f: by their keys when f was
// read with them, else by f's id (the bilateral summary reads its facts
// without their evidence, which a fact reported by thousands of articles
// would make as large as its history).
func (s *Schema) factSources(ctx context.Context, f graph.Fact) (interface{}, error) {
	if f.Evidence != nil || f.ID == "" {
		return s.sources(ctx, f.Evidence)
	}
	th := loadersFrom(ctx).factSources.load(ctx, f.ID)
	return s.lazy(ctx, func() (interface{}, error) {
		ss, err := th()
		if err != nil {
			return nil, err
		}
		out := make([]interface{}, len(ss))
		for i, x := range ss {
			out[i] = x
		}
		return out, nil
	})
}

func ofType(t graph.EntityType) func(graph.Entity) bool {
	return func(e graph.Entity) bool { return e.Type == t }
}

func str(s string) interface{} {
	if s == "" {
		return nil
	}
	return s
}

func nonNullString() graphql.Output { return graphql.NewNonNull(graphql.String) }
func listOf(t graphql.Output) graphql.Output {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

var pageArgs = graphql.FieldConfigArgument{
	"first": &graphql.ArgumentConfig{Type: graphql.Int, Description: "Page size, default 20, at most 100."},
	"after": &graphql.ArgumentConfig{Type: graphql.String, Description: "The endCursor of the previous page."},
}

func withPage(extra graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	out := graphql.FieldConfigArgument{}
	for k, v := range extra {
		out[k] = v
	}
	for k, v := range pageArgs {
		out[k] = v
	}
	return out
}

var eventFilterArgs = graphql.FieldConfigArgument{
	"kind": &graphql.ArgumentConfig{Type: eventKindEnum},
	"from": &graphql.ArgumentConfig{Type: dateScalar, Description: "Events on or after this date."},
	"to":   &graphql.ArgumentConfig{Type: dateScalar, Description: "Events on or before this date."},
}

func argStr(args map[string]interface{}, name string) string {
	s, _ := args[name].(string)
	return s
}

func normRef(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// clip shortens user text quoted in error messages.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// buildTypes creates every type of the schema.
func (s *Schema) buildTypes() *types {
	t := &types{}
	t.node = graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Node",
		Description: "Every entity of the graph, keyed as in the extraction contract (country:KAZ, person:xi-jinping, ...).",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"key":         &graphql.Field{Type: graphql.NewNonNull(graphql.ID)},
				"sourceCount": &graphql.Field{Type: graphql.NewNonNull(graphql.Int), Description: "Distinct articles reporting or mentioning it."},
				"facts":       s.factsField(t),
				"corrections": s.correctionsField(t),
			}
		}),
		ResolveType: func(p graphql.ResolveTypeParams) *graphql.Object {
			e, _ := p.Value.(graph.Entity)
			o := t.event
			switch e.Type {
			case graph.TypeCountry:
				o = t.country
			case graph.TypeLeader:
				o = t.leader
			case graph.TypeOrganization:
				o = t.organization
			case graph.TypeLocation:
				o = t.location
			case graph.TypeProject:
				o = t.project
			case graph.TypeSector:
				o = t.sector
			}
			typeLogFrom(p.Context).logType(p.Info.Path, o) // for Result.MarshalJSON
			return o
		},
	})
	t.pageInfo = graphql.NewObject(graphql.ObjectConfig{
		Name:        "PageInfo",
		Description: "Where a page ends: pass endCursor as after to get the next page.",
		Fields: graphql.Fields{
			"hasNextPage": &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean)},
			"endCursor":   &graphql.Field{Type: graphql.String},
		},
	})
	key := &graphql.Field{Type: graphql.NewNonNull(graphql.ID), Resolve: func(p rp) (interface{}, error) { return src(p).Key, nil }}
	name := &graphql.Field{Type: nonNullString(), Resolve: func(p rp) (interface{}, error) { return src(p).Name, nil }}
	aliases := &graphql.Field{Type: listOf(graphql.String), Resolve: func(p rp) (interface{}, error) {
		a := src(p).Aliases
		if a == nil {
			a = []string{}
		}
		return a, nil
	}}
	ifaces := []*graphql.Interface{t.node}
	s.evidenceType(t)
	s.correctionTypes(t)
	s.alternativeTypes(t)
	s.factTypes(t)

	t.country = graphql.NewObject(graphql.ObjectConfig{Name: "Country", Interfaces: ifaces, Description: "A country, keyed country:<alpha-3>.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return with(s.entityFields(t), graphql.Fields{
			"key": key, "name": name, "aliases": aliases,
			"code": &graphql.Field{Type: nonNullString(), Description: "ISO 3166-1 alpha-3.", Resolve: func(p rp) (interface{}, error) { return src(p).Code, nil }},
			"iso2": &graphql.Field{Type: graphql.String, Description: "ISO 3166-1 alpha-2.", Resolve: func(p rp) (interface{}, error) { return str(src(p).ISO2), nil }},
			"leaders": &graphql.Field{Type: graphql.NewNonNull(t.leaderConn), Description: "Its leaders, by name; with at, those in office on that date: first reported in their office on or before it and not yet succeeded in it by another reported holder.",
				Args: withPage(graphql.FieldConfigArgument{"at": &graphql.ArgumentConfig{Type: dateScalar}, "minSources": minSourcesArg("leaders"), "orderBy": entityOrderArg}),
				Resolve: func(p rp) (interface{}, error) {
					return s.listConnection(p.Context, p.Args, graph.ListQuery{Type: graph.TypeLeader, Country: src(p).Key, At: argStr(p.Args, "at")})
				}},
			"roles": &graphql.Field{Type: listOf(t.role), Description: "Offices held in it, most recently reported first.", Args: rolesArgs, Resolve: func(p rp) (interface{}, error) {
				c := src(p)
				return s.roles(p, graph.CountryRoles, c.Key, func(l graph.Link) roleView { return roleView{leader: l.Node, country: c, fact: l.Fact} })
			}},
			"events": &graphql.Field{Type: graphql.NewNonNull(t.eventConn), Description: "Events it took part in, newest first.", Args: withPage(eventListArgs),
				Resolve: func(p rp) (interface{}, error) {
					return s.eventConnection(p.Context, p.Args, graph.EventQuery{With: src(p).Key})
				}},
			"partners": &graphql.Field{Type: listOf(t.partner), Description: "Other countries ranked by shared events.",
				Args: graphql.FieldConfigArgument{"first": &graphql.ArgumentConfig{Type: graphql.Int}},
				Resolve: func(p rp) (interface{}, error) {
					first, err := firstArg(p.Args)
					if err != nil {
						return s.fail(p.Context, err)
					}
					th := loadersFrom(p.Context).partnersLoader(first).load(p.Context, src(p).Key)
					return s.lazy(p.Context, func() (interface{}, error) {
						ps, err := th()
						out := make([]interface{}, len(ps))
						for i, x := range ps {
							out[i] = x
						}
						return out, err
					})
				}},
			"projects": &graphql.Field{Type: graphql.NewNonNull(t.projectConn), Description: "Projects involving it, by name.",
				Args: withPage(graphql.FieldConfigArgument{"sector": &graphql.ArgumentConfig{Type: graphql.String, Description: "Sector slug or key."}, "minSources": minSourcesArg("projects"), "orderBy": entityOrderArg}),
				Resolve: func(p rp) (interface{}, error) {
					return s.listConnection(p.Context, p.Args, graph.ListQuery{Type: graph.TypeProject, Country: src(p).Key, Sector: sectorSlug(argStr(p.Args, "sector"))})
				}},
			"organizations": &graphql.Field{Type: listOf(t.organization), Description: "Organizations it belongs to, chairs or owns.", Resolve: func(p rp) (interface{}, error) {
				return s.links(p, graph.CountryOrgs, src(p).Key, nil, 0)
			}},
		})
	})})
	t.leader = graphql.NewObject(graphql.ObjectConfig{Name: "Leader", Interfaces: ifaces, Description: "A person who holds or held an office.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return with(s.entityFields(t), graphql.Fields{
			"key": key, "name": name, "aliases": aliases, "alternatives": s.alternativesField(t),
			"title": &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(src(p).Title), nil }},
			"country": &graphql.Field{Type: t.country, Resolve: func(p rp) (interface{}, error) {
				if c := src(p).Country; c != "" {
					return s.entityByKey(p.Context, "country:"+c, graph.TypeCountry)
				}
				return nil, nil
			}},
			"roles": &graphql.Field{Type: listOf(t.role), Description: "Offices held, most recently reported first.", Args: rolesArgs, Resolve: func(p rp) (interface{}, error) {
				l := src(p)
				return s.roles(p, graph.LeaderRoles, l.Key, func(x graph.Link) roleView { return roleView{leader: l, country: x.Node, fact: x.Fact} })
			}},
			"events": &graphql.Field{Type: graphql.NewNonNull(t.eventConn), Description: "Events the leader took part in, newest first.",
				Args: withPage(graphql.FieldConfigArgument{"from": eventFilterArgs["from"], "to": eventFilterArgs["to"], "minSources": eventListArgs["minSources"], "orderBy": eventListArgs["orderBy"]}),
				Resolve: func(p rp) (interface{}, error) {
					return s.eventConnection(p.Context, p.Args, graph.EventQuery{With: src(p).Key})
				}},
			"met": &graphql.Field{Type: listOf(t.leader), Description: "Leaders met in shared events, most shared first.",
				Args:    graphql.FieldConfigArgument{"first": &graphql.ArgumentConfig{Type: graphql.Int}},
				Resolve: func(p rp) (interface{}, error) { return s.firstLinks(p, graph.LeaderMet, src(p).Key) }},
		})
	})})
	t.organization = graphql.NewObject(graphql.ObjectConfig{Name: "Organization", Interfaces: ifaces, Fields: graphql.FieldsThunk(func() graphql.Fields {
		return with(s.entityFields(t), graphql.Fields{
			"key": key, "name": name, "alternatives": s.alternativesField(t),
			"acronym":   &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(src(p).Acronym), nil }},
			"countries": &graphql.Field{Type: listOf(t.country), Description: "Members and owners.", Resolve: func(p rp) (interface{}, error) { return s.links(p, graph.OrgCountries, src(p).Key, nil, 0) }},
			"events": &graphql.Field{Type: graphql.NewNonNull(t.eventConn), Description: "Events it took part in, newest first.", Args: withPage(eventListArgs), Resolve: func(p rp) (interface{}, error) {
				return s.eventConnection(p.Context, p.Args, graph.EventQuery{With: src(p).Key})
			}},
		})
	})})
	t.location = graphql.NewObject(graphql.ObjectConfig{Name: "Location", Interfaces: ifaces, Fields: graphql.FieldsThunk(func() graphql.Fields {
		return with(s.entityFields(t), graphql.Fields{
			"key": key, "name": name, "alternatives": s.alternativesField(t),
			"country": &graphql.Field{Type: t.country, Resolve: func(p rp) (interface{}, error) {
				if c := src(p).Country; c != "" {
					return s.entityByKey(p.Context, "country:"+c, graph.TypeCountry)
				}
				return nil, nil
			}},
			"events": &graphql.Field{Type: graphql.NewNonNull(t.eventConn), Description: "Events held there, newest first.", Args: withPage(eventListArgs), Resolve: func(p rp) (interface{}, error) {
				return s.eventConnection(p.Context, p.Args, graph.EventQuery{With: src(p).Key})
			}},
		})
	})})
	t.sector = graphql.NewObject(graphql.ObjectConfig{Name: "Sector", Interfaces: ifaces, Fields: graphql.FieldsThunk(func() graphql.Fields {
		return with(s.entityFields(t), graphql.Fields{"key": key, "name": name})
	})})
	t.project = graphql.NewObject(graphql.ObjectConfig{Name: "Project", Interfaces: ifaces, Fields: graphql.FieldsThunk(func() graphql.Fields {
		return with(s.entityFields(t), graphql.Fields{
			"key": key, "name": name, "alternatives": s.alternativesField(t),
			"status": &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(src(p).Status), nil }},
			"sector": &graphql.Field{Type: t.sector, Resolve: func(p rp) (interface{}, error) {
				if sl := src(p).Sector; sl != "" {
					return s.entityByKey(p.Context, "sector:"+sl, graph.TypeSector)
				}
				return nil, nil
			}},
			"countries": &graphql.Field{Type: listOf(t.country), Resolve: func(p rp) (interface{}, error) { return s.links(p, graph.ProjectCountries, src(p).Key, nil, 0) }},
			"events": &graphql.Field{Type: listOf(t.event), Description: "Events that discussed it, and the events that articles mentioning it report with one of its countries taking part; newest first.",
				Resolve: func(p rp) (interface{}, error) { return s.links(p, graph.ProjectEvents, src(p).Key, nil, 0) }},
			"sources": &graphql.Field{Type: listOf(t.evidence), Resolve: func(p rp) (interface{}, error) {
				return s.provenance(p, func(pr graph.Provenance) (interface{}, error) { return sentences(pr.Evidence), nil })
			}},
		})
	})})
	t.event = graphql.NewObject(graphql.ObjectConfig{Name: "Event", Interfaces: ifaces, Description: "Something that happened: talks, a visit, a call, a signing.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return with(s.entityFields(t), graphql.Fields{
			"key": key, "alternatives": s.alternativesField(t),
			"kind": &graphql.Field{Type: graphql.NewNonNull(eventKindEnum), Resolve: func(p rp) (interface{}, error) {
				if k := src(p).Kind; graph.EventKind(k).Valid() {
					return k, nil
				}
				return string(graph.KindOther), nil
			}},
			"date": &graphql.Field{Type: dateScalar, Description: "The day it happened (or is planned for); see datePrecision.", Resolve: func(p rp) (interface{}, error) { return src(p).Date, nil }},
			"dateText": &graphql.Field{Type: graphql.String, Description: `The words the date was read from ("on Tuesday", "early next month").`,
				Resolve: func(p rp) (interface{}, error) { return str(src(p).DateText), nil }},
			"datePrecision": &graphql.Field{Type: datePrecisionEnum, Description: "How much of date the text states.",
				Resolve: func(p rp) (interface{}, error) { return str(src(p).DatePrecision), nil }},
			"status": &graphql.Field{Type: eventStatusEnum, Description: "Whether it was held or is planned.",
				Resolve: func(p rp) (interface{}, error) { return str(src(p).Status), nil }},
			"summary": &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(src(p).Summary), nil }},
			"location": &graphql.Field{Type: t.location, Resolve: func(p rp) (interface{}, error) {
				th := loadersFrom(p.Context).linksLoader(graph.EventLocation).load(p.Context, src(p).Key)
				return s.lazy(p.Context, func() (interface{}, error) {
					ls, err := th()
					if err != nil || len(ls) == 0 || ls[0].Fact.Retracted {
						return nil, err // the place most reports give; none when every place is retracted
					}
					return ls[0].Node, nil
				})
			}},
			"participants": &graphql.Field{Type: listOf(t.node), Resolve: func(p rp) (interface{}, error) { return s.links(p, graph.EventParticipants, src(p).Key, nil, 0) }},
			"leaders": &graphql.Field{Type: listOf(t.leader), Resolve: func(p rp) (interface{}, error) {
				return s.links(p, graph.EventParticipants, src(p).Key, ofType(graph.TypeLeader), 0)
			}},
			"countries": &graphql.Field{Type: listOf(t.country), Resolve: func(p rp) (interface{}, error) {
				return s.links(p, graph.EventParticipants, src(p).Key, ofType(graph.TypeCountry), 0)
			}},
			"topics": &graphql.Field{Type: listOf(t.node), Description: "Sectors, projects and organizations discussed.", Resolve: func(p rp) (interface{}, error) { return s.links(p, graph.EventTopics, src(p).Key, nil, 0) }},
			"sources": &graphql.Field{Type: listOf(t.evidence), Description: "The sentences the event and its links were read from.", Resolve: func(p rp) (interface{}, error) {
				return s.provenance(p, func(pr graph.Provenance) (interface{}, error) { return sentences(pr.Evidence), nil })
			}},
		})
	})})
	t.article = graphql.NewObject(graphql.ObjectConfig{Name: "Article", Description: "A news article the graph was built from.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		a := func(p rp) graph.Article { x, _ := p.Source.(graph.Article); return x }
		return graphql.Fields{
			"id":       &graphql.Field{Type: graphql.NewNonNull(graphql.ID), Resolve: func(p rp) (interface{}, error) { return a(p).ID, nil }},
			"title":    &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(a(p).Title), nil }},
			"date":     &graphql.Field{Type: dateScalar, Resolve: func(p rp) (interface{}, error) { return a(p).Date, nil }},
			"source":   &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(a(p).Source), nil }},
			"url":      &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(a(p).URL), nil }},
			"dateline": &graphql.Field{Type: graphql.String, Resolve: func(p rp) (interface{}, error) { return str(a(p).Dateline), nil }},
			"entities": &graphql.Field{Type: listOf(t.node), Description: "Entities it mentions or reports, most mentioned first.",
				Args:    graphql.FieldConfigArgument{"first": &graphql.ArgumentConfig{Type: graphql.Int}},
				Resolve: func(p rp) (interface{}, error) { return s.firstLinks(p, graph.ArticleEntities, a(p).ID) }},
		}
	})})
	t.countryConn = connectionType("Country", t.country, t.pageInfo)
	t.leaderConn = connectionType("Leader", t.leader, t.pageInfo)
	t.orgConn = connectionType("Organization", t.organization, t.pageInfo)
	t.projectConn = connectionType("Project", t.project, t.pageInfo)
	t.eventConn = connectionType("Event", t.event, t.pageInfo)
	t.articleConn = connectionType("Article", t.article, t.pageInfo)
	s.relationTypes(t)
	s.statsTypes(t)
	return t
}

// provenance resolves through the provenance of the source entity.
func (s *Schema) provenance(p rp, f func(graph.Provenance) (interface{}, error)) (interface{}, error) {
	th := loadersFrom(p.Context).provenance.load(p.Context, src(p).Key)
	return s.lazy(p.Context, func() (interface{}, error) {
		pr, err := th()
		if err != nil {
			return nil, err
		}
		return f(pr)
	})
}

func sentences(ss []graph.Sentence) []interface{} {
	out := make([]interface{}, len(ss))
	for i, x := range ss {
		out[i] = x
	}
	return out
}

// roleView is the source of a Role.
type roleView struct {
	leader, country graph.Entity
	fact            graph.Fact
}

func (s *Schema) roles(p rp, k graph.LinkKind, key string, conv func(graph.Link) roleView) (interface{}, error) {
	least, err := minSources(p.Args)
	if err != nil {
		return s.fail(p.Context, err)
	}
	th := loadersFrom(p.Context).linksLoader(k).load(p.Context, key)
	return s.lazy(p.Context, func() (interface{}, error) {
		ls, err := th()
		out := make([]interface{}, 0, len(ls))
		for _, l := range ls {
			if (least == 0 || l.Fact.SourceCount >= least) && shown(l.Fact, p.Args) {
				out = append(out, conv(l))
			}
		}
		return out, err
	})
}

// sectorSlug accepts a sector slug, key or name.
func sectorSlug(s string) string {
	s = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "sector:")
	return strings.ReplaceAll(strings.ReplaceAll(s, " & ", "-"), " ", "-")
}
