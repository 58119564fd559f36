package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// analysis is the working state of one Extract call. It is never shared.
type analysis struct {
	x     *Extractor
	text  string
	toks  []token
	sents []sentence
	ref   time.Time // article date, zero when unknown
	dates []dateMention

	ents     []*graph.Entity
	byKey    map[string]*graph.Entity
	rels     []graph.Relation
	relSeen  map[relKey]bool
	warnings []string

	sentOf []int // token index → sentence index

	countries    []countryMention
	places       []placeMention
	orgs         []orgMention
	leaders      []*leader
	leaderAt     []leaderMention
	pendingRoles []roleRef
	events       []*event
	hitSent      map[int]bool // sentences with an event trigger
	datelineTok  int
	projects     []*project
	claimed      []bool // tokens inside a recognised name

	// indexes over the mention lists: see index.go
	ctryCover, orgCover, orgStart, orgEnd []int32
	orgsBySent, placesBySent              [][]int32
	mentioned                             map[mentionKey]bool
	projectStart                          map[int]*project // first project starting at a token
	countryCount                          map[string]int   // mentions per country, for facts
	badKeys                               map[string]bool  // entities left out for want of a key
}

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
func (a *analysis) entity(key string, t graph.EntityType, name string) *graph.Entity {
	if e, ok := a.byKey[key]; ok {
		return e
	}
	if !validKey(key, t) {
		if a.badKeys == nil {
			a.badKeys = map[string]bool{}
		}
		if w := string(t) + " \"" + name + "\""; !a.badKeys[w] {
			a.badKeys[w] = true
			a.warnings = append(a.warnings, "left out "+w+": no key can be made from the name")
		}
		return &graph.Entity{Key: key, Type: t, Name: name}
	}
	e := &graph.Entity{Key: key, Type: t, Name: name}
	a.ents = append(a.ents, e)
	a.byKey[key] = e
	return e
}

// mention records the tokens [i, j) as a mention of e.
func (a *analysis) mention(e *graph.Entity, i, j int) {
	if i >= j || j > len(a.toks) {
		return
	}
	sp := graph.Span{Start: a.toks[i].start, End: a.toks[j-1].end}
	if !once(a, e, e.Mentions, mentionKey{key: e.Key, span: sp}, func(m graph.Span) bool { return m == sp }) {
		return
	}
	e.Mentions = append(e.Mentions, sp)
	alias := a.surface(i, j)
	if once(a, e, e.Aliases, mentionKey{key: e.Key, alias: alias}, func(s string) bool { return s == alias }) {
		e.Aliases = append(e.Aliases, alias)
	}
}

// once reports whether k is new among an entity's mentions or aliases
// (list): by a linear search while the list is short, from a.mentioned
// once it has grown (a country named a thousand times in a long text).
func once[T any](a *analysis, e *graph.Entity, list []T, k mentionKey, same func(T) bool) bool {
	const short = 16
	if len(list) < short {
		return !slices.ContainsFunc(list, same)
	}
	if a.mentioned == nil {
		a.mentioned = map[mentionKey]bool{}
	}
	if len(list) == short {
		// the list just grew past the linear search: index it
		for _, m := range e.Mentions {
			a.mentioned[mentionKey{key: e.Key, span: m}] = true
		}
		for _, al := range e.Aliases {
			a.mentioned[mentionKey{key: e.Key, alias: al}] = true
		}
	}
	if a.mentioned[k] {
		return false
	}
	a.mentioned[k] = true
	return true
}

// tok returns token i, or a token of kind tokNone (no text, not upper
// case) when i is outside the text, so that a look at a neighbour — the
// word before a name at the start of the text, the word after one at its
// end — never indexes out of range.
func (a *analysis) tok(i int) *token {
	if i < 0 || i >= len(a.toks) {
		return &noToken
	}
	return &a.toks[i]
}

// noToken is what tok returns outside the text; never written.
var noToken = token{kind: tokNone}

// surface returns the text of tokens [i, j).
func (a *analysis) surface(i, j int) string {
	return a.text[a.toks[i].bstart : a.tok(j-1).bstart+len(a.tok(j-1).text)]
}

// evidence returns the evidence of sentence s.
func (a *analysis) evidence(s int) graph.Evidence {
	st := a.sents[s]
	return graph.Evidence{Sentence: a.text[st.bstart:st.bend], Start: st.start, End: st.end}
}

// relKey identifies a relation for relate: its type, ends and partner.
type relKey struct {
	t                 graph.RelationType
	from, to, partner string
}

// relate adds a relation once per (type, from, to); the first evidence wins.
func (a *analysis) relate(r graph.Relation) {
	if r.From == "" || r.To == "" || r.From == r.To || a.byKey[r.From] == nil || a.byKey[r.To] == nil {
		return
	}
	k := relKey{r.Type, r.From, r.To, r.Partner}
	if a.relSeen[k] {
		return
	}
	a.relSeen[k] = true
	a.rels = append(a.rels, r)
}

// sentenceOf returns the sentence index of token i.
func (a *analysis) sentenceOf(i int) int {
	if i < 0 || i >= len(a.sentOf) {
		return 0
	}
	return a.sentOf[i]
}

// datesIn returns the date mentions inside sentence s.
func (a *analysis) datesIn(s int) []dateMention {
	st := a.sents[s]
	var out []dateMention
	// a.dates is sorted by start
	k := sort.Search(len(a.dates), func(k int) bool { return a.dates[k].bstart >= st.bstart })
	for ; k < len(a.dates) && a.dates[k].bstart < st.bend; k++ {
		if d := a.dates[k]; d.bend <= st.bend {
			out = append(out, d)
		}
	}
	return out
}

// tokenAtByte returns the index of the token starting at or after byte b.
func (a *analysis) tokenAtByte(b int) int {
	return sort.Search(len(a.toks), func(i int) bool { return a.toks[i].bstart >= b })
}

// claim marks tokens [i, j) as part of a recognised name.
func (a *analysis) claim(i, j int) {
	for k := i; k < j && k < len(a.claimed); k++ {
		a.claimed[k] = true
	}
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
func (a *analysis) finish(art graph.Article) graph.Extraction {
	ents := make([]graph.Entity, 0, len(a.ents))
	for _, e := range a.ents {
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
	order := make([]int, len(a.rels))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		x, y := &a.rels[i], &a.rels[j]
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
		rels[k] = a.rels[i]
	}
	w := a.warnings
	if w == nil {
		w = []string{}
	}
	return graph.Extraction{Article: art, Entities: ents, Relations: rels, Warnings: w}
}
