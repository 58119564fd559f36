package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// builder collects the output of one Extract call: the entities with their
// mentions and aliases, the relations and the warnings. The entity, event
// and fact stages add to it; finish returns the extraction. It is never
// shared.
type builder struct {
	t        *tokenStage // for the surface and offsets of mentions
	ents     []*graph.Entity
	byKey    map[string]*graph.Entity
	rels     []graph.Relation
	relSeen  map[relKey]bool
	warnings []string

	mentioned map[mentionKey]bool // see once
	badKeys   map[string]bool     // entities left out for want of a key
}

func newBuilder(warnings []string) *builder {
	return &builder{byKey: map[string]*graph.Entity{}, relSeen: map[relKey]bool{}, warnings: warnings,
		ents: make([]*graph.Entity, 0, 32), rels: make([]graph.Relation, 0, 64)}
}

// warn adds a warning.
func (b *builder) warn(w string) { b.warnings = append(b.warnings, w) }

// validKey reports whether key is a key the contract allows for type t:
// the type's prefix and an ASCII slug ("person:vladimir-putin"), an
// alpha-3 code for a country, any non-empty content key for an event.
func validKey(key string, t graph.EntityType) bool {
	rest, ok := strings.CutPrefix(key, t.KeyPrefix())
	if !ok || rest == "" {
		return false
	}
	if t == graph.TypeEvent {
		return true
	}
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0 || t == graph.TypeCountry && c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// mentionKey identifies one mention (or, with an empty span, one alias)
// of an entity.
type mentionKey struct {
	key   string
	span  graph.Span
	alias string
}

// entity returns the entity with key, creating it with type t and name.
// When no valid key can be made from the name (a script the
// transliteration table lacks, a name of symbols), the entity is left out
// with a warning: it returns a detached entity that is never output, and
// relations to it are refused by relate; the rest of the article stands.
func (b *builder) entity(key string, t graph.EntityType, name string) *graph.Entity {
	if e, ok := b.byKey[key]; ok {
		return e
	}
	if !validKey(key, t) {
		if b.badKeys == nil {
			b.badKeys = map[string]bool{}
		}
		if w := string(t) + " \"" + name + "\""; !b.badKeys[w] {
			b.badKeys[w] = true
			b.warn("left out " + w + ": no key can be made from the name")
		}
		return &graph.Entity{Key: key, Type: t, Name: name}
	}
	e := &graph.Entity{Key: key, Type: t, Name: name}
	b.ents = append(b.ents, e)
	b.byKey[key] = e
	return e
}

// country returns the Country entity for code, creating it.
func (b *builder) country(code string) *graph.Entity {
	g := b.t.x.gaz
	c := g.countries[g.byCode[code]]
	e := b.entity("country:"+code, graph.TypeCountry, c.name)
	e.Code, e.ISO2 = c.code, c.iso2
	return e
}

// sector returns the Sector entity for slug, creating it.
func (b *builder) sector(slug string) *graph.Entity {
	return b.entity("sector:"+slug, graph.TypeSector, sectorName(slug))
}

// mention records the tokens [i, j) as a mention of e.
func (b *builder) mention(e *graph.Entity, i, j int) {
	if i >= j || j > len(b.t.toks) {
		return
	}
	sp := graph.Span{Start: b.t.toks[i].start, End: b.t.toks[j-1].end}
	if !once(b, e, e.Mentions, mentionKey{key: e.Key, span: sp}, func(m graph.Span) bool { return m == sp }) {
		return
	}
	e.Mentions = append(e.Mentions, sp)
	alias := b.t.surface(i, j)
	if once(b, e, e.Aliases, mentionKey{key: e.Key, alias: alias}, func(s string) bool { return s == alias }) {
		e.Aliases = append(e.Aliases, alias)
	}
}

// once reports whether k is new among an entity's mentions or aliases
// (list): by a linear search while the list is short, from b.mentioned
// once it has grown (a country named a thousand times in a long text).
func once[T any](b *builder, e *graph.Entity, list []T, k mentionKey, same func(T) bool) bool {
	const short = 16
	if len(list) < short {
		return !slices.ContainsFunc(list, same)
	}
	if b.mentioned == nil {
		b.mentioned = map[mentionKey]bool{}
	}
	if len(list) == short {
		// the list just grew past the linear search: index it
		for _, m := range e.Mentions {
			b.mentioned[mentionKey{key: e.Key, span: m}] = true
		}
		for _, al := range e.Aliases {
			b.mentioned[mentionKey{key: e.Key, alias: al}] = true
		}
	}
	if b.mentioned[k] {
		return false
	}
	b.mentioned[k] = true
	return true
}

// relKey identifies a relation for relate: its type, ends and partner,
// and for a trade figure its amount, year and period.
type relKey struct {
	t                 graph.RelationType
	from, to, partner string
	figure            string
}

// relate adds a relation once per (type, from, to) — a trade figure once
// per amount, year and period —; the first evidence wins.
func (b *builder) relate(r graph.Relation) {
	if r.From == "" || r.To == "" || r.From == r.To || b.byKey[r.From] == nil || b.byKey[r.To] == nil {
		return
	}
	k := relKey{t: r.Type, from: r.From, to: r.To, partner: r.Partner}
	if r.Type == graph.RelTradeVolume {
		k.figure = strconv.FormatFloat(r.Value, 'g', -1, 64) + r.Currency + "|" + strconv.Itoa(r.Year) + "|" + r.Period
	}
	if b.relSeen[k] {
		return
	}
	b.relSeen[k] = true
	b.rels = append(b.rels, r)
}

// entityRank and relationRank give the output order of types.
var (
	entityRank   = rankOf(graph.EntityTypes)
	relationRank = rankOf(graph.RelationTypes)
)

func rankOf[T comparable](list []T) map[T]int {
	m := make(map[T]int, len(list))
	for i, t := range list {
		m[t] = i
	}
	return m
}

// finish sorts entities and relations into a stable order and returns the extraction.
func (b *builder) finish(art graph.Article) graph.Extraction {
	ents := make([]graph.Entity, 0, len(b.ents))
	for _, e := range b.ents {
		slices.SortFunc(e.Mentions, func(x, y graph.Span) int { return cmp.Compare(x.Start, y.Start) })
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		if e.Mentions == nil {
			e.Mentions = []graph.Span{}
		}
		ents = append(ents, *e)
	}
	slices.SortStableFunc(ents, func(x, y graph.Entity) int {
		if c := cmp.Compare(entityRank[x.Type], entityRank[y.Type]); c != 0 {
			return c
		}
		return strings.Compare(x.Key, y.Key)
	})
	// sort indexes rather than the large Relation values
	order := make([]int, len(b.rels))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		x, y := &b.rels[i], &b.rels[j]
		if c := cmp.Compare(relationRank[x.Type], relationRank[y.Type]); c != 0 {
			return c
		}
		if c := strings.Compare(x.From, y.From); c != 0 {
			return c
		}
		return strings.Compare(x.To, y.To)
	})
	rels := make([]graph.Relation, len(order))
	for k, i := range order {
		rels[k] = b.rels[i]
	}
	w := b.warnings
	if w == nil {
		w = []string{}
	}
	return graph.Extraction{Article: art, Entities: ents, Relations: rels, Warnings: w}
}
