package schema

import (
	"context"
	"sync"

	"github.com/bilateral-kg/bilateral/graph"
)

// loader batches the keys asked for during one level of execution into
// one fetch. load registers a key and returns a thunk; the first thunk
// called fetches every key registered so far. Results are cached for the
// rest of the request. It is safe for concurrent use.
type loader[K comparable, V any] struct {
	fetch func(ctx context.Context, keys []K) (map[K]V, error)

	mu      sync.Mutex
	pending []K
	queued  map[K]bool
	done    map[K]V
	failed  map[K]error
}

func newLoader[K comparable, V any](fetch func(ctx context.Context, keys []K) (map[K]V, error)) *loader[K, V] {
	return &loader[K, V]{fetch: fetch} // maps are made on first use: most loaders of a request stay unused
}

// load registers k and returns a thunk that yields its value (the zero V
// when the fetch did not return k).
func (l *loader[K, V]) load(ctx context.Context, k K) func() (V, error) {
	l.mu.Lock()
	if l.queued == nil {
		l.queued, l.done, l.failed = map[K]bool{}, map[K]V{}, map[K]error{}
	}
	_, isDone := l.done[k]
	_, isFailed := l.failed[k]
	if !isDone && !isFailed && !l.queued[k] {
		l.queued[k] = true
		l.pending = append(l.pending, k)
	}
	l.mu.Unlock()
	return func() (V, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		if err, ok := l.failed[k]; ok {
			var zero V
			return zero, err
		}
		if v, ok := l.done[k]; ok {
			return v, nil
		}
		l.flush(ctx)
		if err, ok := l.failed[k]; ok {
			var zero V
			return zero, err
		}
		return l.done[k], nil
	}
}

// loadMany registers keys and returns a thunk that yields their values
// in order.
func (l *loader[K, V]) loadMany(ctx context.Context, keys []K) func() ([]V, error) {
	ts := make([]func() (V, error), len(keys))
	for i, k := range keys {
		ts[i] = l.load(ctx, k)
	}
	return func() ([]V, error) {
		out := make([]V, len(ts))
		for i, t := range ts {
			v, err := t()
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
}

// flush fetches the pending keys; l.mu is held.
func (l *loader[K, V]) flush(ctx context.Context) {
	keys := l.pending
	l.pending = nil
	l.queued = map[K]bool{}
	if len(keys) == 0 {
		return
	}
	m, err := l.fetch(ctx, keys)
	for _, k := range keys {
		if err != nil {
			l.failed[k] = err
			continue
		}
		l.done[k] = m[k]
	}
}

// slice adapts a fetch that answers a slice in the order of its input.
func slice[K comparable, V any](f func(ctx context.Context, keys []K) ([]V, error)) func(ctx context.Context, keys []K) (map[K]V, error) {
	return func(ctx context.Context, keys []K) (map[K]V, error) {
		vs, err := f(ctx, keys)
		if err != nil {
			return nil, err
		}
		m := make(map[K]V, len(keys))
		for i, k := range keys {
			if i < len(vs) {
				m[k] = vs[i]
			}
		}
		return m, nil
	}
}

// loaders are the batching loaders of one request.
type loaders struct {
	entities      *loader[string, graph.Entity]
	countries     *loader[string, graph.Entity] // full entities, for country(code:)
	countryRefs   *loader[string, graph.Entity] // Key, Type and Code, cached across requests
	articles      *loader[string, graph.Article]
	sentences     *loader[string, graph.Sentence]
	factSources   *loader[string, []graph.Sentence] // by fact id
	provenance    *loader[string, graph.Provenance]
	reported      *loader[string, graph.Reported]
	names         *loader[graph.NameRef, []graph.NameMatch]
	facts         *loader[graph.FactQuery, []graph.Link]
	stats         *loader[graph.Stats, []graph.StatsRow]
	events        *loader[graph.EventQuery, graph.Page[graph.Entity]]
	eventCounts   *loader[graph.EventQuery, int]
	lists         *loader[graph.ListQuery, graph.Page[graph.Entity]]
	listCounts    *loader[graph.ListQuery, int]
	articlePages  *loader[graph.ArticleQuery, graph.Page[graph.Article]]
	articleCounts *loader[graph.ArticleQuery, int]
	alternatives  *loader[string, []graph.Alternative]
	claimSources  *loader[graph.ClaimQuery, []graph.ClaimSource]
	corrPages     *loader[graph.CorrectionQuery, graph.Page[graph.Correction]]
	corrCounts    *loader[graph.CorrectionQuery, int]
	corrections   *loader[string, graph.Correction] // by id
	retractions   *loader[string, graph.Correction] // by fact target

	mu       sync.Mutex // guards links and partners, made on first use
	links    map[graph.LinkKind]*loader[string, []graph.Link]
	partners map[int]*loader[string, []graph.Partner]
	r        Reader
}

func newLoaders(r Reader, refs *refCache) *loaders {
	l := &loaders{
		countryRefs:   newLoader(refs.cachedCountries(r.Countries)),
		entities:      newLoader(r.Entities),
		countries:     newLoader(r.Countries),
		articles:      newLoader(r.Articles),
		sentences:     newLoader(r.Sentences),
		factSources:   newLoader(r.FactSources),
		provenance:    newLoader(r.Provenance),
		reported:      newLoader(r.Reported),
		names:         newLoader(r.Named),
		facts:         newLoader(slice(r.Facts)),
		stats:         newLoader(slice(r.EventStats)),
		events:        newLoader(slice(r.Events)),
		eventCounts:   newLoader(slice(r.CountEvents)),
		lists:         newLoader(slice(r.List)),
		listCounts:    newLoader(slice(r.CountList)),
		articlePages:  newLoader(slice(r.ArticlePage)),
		articleCounts: newLoader(slice(r.CountArticles)),
		alternatives:  newLoader(r.Alternatives),
		claimSources:  newLoader(slice(r.ClaimSources)),
		corrPages:     newLoader(slice(r.CorrectionPage)),
		corrCounts:    newLoader(slice(r.CountCorrections)),
		corrections:   newLoader(r.CorrectionsByID),
		retractions:   newLoader(r.Retractions),
		r:             r,
	}
	return l
}

// linksLoader returns the loader of the neighbours of kind k, made on
// first use: a request uses few of the kinds.
func (l *loaders) linksLoader(k graph.LinkKind) *loader[string, []graph.Link] {
	l.mu.Lock()
	defer l.mu.Unlock()
	ld, ok := l.links[k]
	if !ok {
		if l.links == nil {
			l.links = map[graph.LinkKind]*loader[string, []graph.Link]{}
		}
		ld = newLoader(func(ctx context.Context, keys []string) (map[string][]graph.Link, error) {
			return l.r.Links(ctx, k, keys)
		})
		l.links[k] = ld
	}
	return ld
}

// partnersLoader returns the loader of Country.partners(first: first).
func (l *loaders) partnersLoader(first int) *loader[string, []graph.Partner] {
	l.mu.Lock()
	defer l.mu.Unlock()
	p, ok := l.partners[first]
	if !ok {
		if l.partners == nil {
			l.partners = map[int]*loader[string, []graph.Partner]{}
		}
		p = newLoader(func(ctx context.Context, keys []string) (map[string][]graph.Partner, error) {
			return l.r.Partners(ctx, keys, first)
		})
		l.partners[first] = p
	}
	return p
}

type loadersKey struct{}

func withLoaders(ctx context.Context, l *loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}
