package schema

import (
	"context"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// Observer is told of every Reader call: the method name, how long it
// took and its error. Since every Reader call is one database round trip,
// it sees every query; it must be safe for concurrent use.
type Observer func(ctx context.Context, method string, d time.Duration, err error)

// Instrument returns a Reader that calls r and reports each call to obs.
func Instrument(r Reader, obs Observer) Reader { return &instrumented{r: r, obs: obs} }

type instrumented struct {
	r   Reader
	obs Observer
}

var _ Reader = (*instrumented)(nil)

func observe[T any](ctx context.Context, i *instrumented, method string, f func() (T, error)) (T, error) {
	start := time.Now()
	v, err := f()
	i.obs(ctx, method, time.Since(start), err)
	return v, err
}

// Entities calls the wrapped Reader and reports the call.
func (i *instrumented) Entities(ctx context.Context, keys []string) (map[string]graph.Entity, error) {
	return observe(ctx, i, "Entities", func() (map[string]graph.Entity, error) { return i.r.Entities(ctx, keys) })
}

// Countries calls the wrapped Reader and reports the call.
func (i *instrumented) Countries(ctx context.Context, refs []string) (map[string]graph.Entity, error) {
	return observe(ctx, i, "Countries", func() (map[string]graph.Entity, error) { return i.r.Countries(ctx, refs) })
}

// Articles calls the wrapped Reader and reports the call.
func (i *instrumented) Articles(ctx context.Context, ids []string) (map[string]graph.Article, error) {
	return observe(ctx, i, "Articles", func() (map[string]graph.Article, error) { return i.r.Articles(ctx, ids) })
}

// Sentences calls the wrapped Reader and reports the call.
func (i *instrumented) Sentences(ctx context.Context, keys []string) (map[string]graph.Sentence, error) {
	return observe(ctx, i, "Sentences", func() (map[string]graph.Sentence, error) { return i.r.Sentences(ctx, keys) })
}

// FactSources calls the wrapped Reader and reports the call.
func (i *instrumented) FactSources(ctx context.Context, ids []string) (map[string][]graph.Sentence, error) {
	return observe(ctx, i, "FactSources", func() (map[string][]graph.Sentence, error) { return i.r.FactSources(ctx, ids) })
}

// Links calls the wrapped Reader and reports the call.
func (i *instrumented) Links(ctx context.Context, kind graph.LinkKind, keys []string) (map[string][]graph.Link, error) {
	return observe(ctx, i, "Links", func() (map[string][]graph.Link, error) { return i.r.Links(ctx, kind, keys) })
}

// Provenance calls the wrapped Reader and reports the call.
func (i *instrumented) Provenance(ctx context.Context, keys []string) (map[string]graph.Provenance, error) {
	return observe(ctx, i, "Provenance", func() (map[string]graph.Provenance, error) { return i.r.Provenance(ctx, keys) })
}

// Events calls the wrapped Reader and reports the call.
func (i *instrumented) Events(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error) {
	return observe(ctx, i, "Events", func() ([]graph.Page[graph.Entity], error) { return i.r.Events(ctx, qs) })
}

// CountEvents calls the wrapped Reader and reports the call.
func (i *instrumented) CountEvents(ctx context.Context, qs []graph.EventQuery) ([]int, error) {
	return observe(ctx, i, "CountEvents", func() ([]int, error) { return i.r.CountEvents(ctx, qs) })
}

// List calls the wrapped Reader and reports the call.
func (i *instrumented) List(ctx context.Context, qs []graph.ListQuery) ([]graph.Page[graph.Entity], error) {
	return observe(ctx, i, "List", func() ([]graph.Page[graph.Entity], error) { return i.r.List(ctx, qs) })
}

// CountList calls the wrapped Reader and reports the call.
func (i *instrumented) CountList(ctx context.Context, qs []graph.ListQuery) ([]int, error) {
	return observe(ctx, i, "CountList", func() ([]int, error) { return i.r.CountList(ctx, qs) })
}

// ArticlePage calls the wrapped Reader and reports the call.
func (i *instrumented) ArticlePage(ctx context.Context, qs []graph.ArticleQuery) ([]graph.Page[graph.Article], error) {
	return observe(ctx, i, "ArticlePage", func() ([]graph.Page[graph.Article], error) { return i.r.ArticlePage(ctx, qs) })
}

// CountArticles calls the wrapped Reader and reports the call.
func (i *instrumented) CountArticles(ctx context.Context, qs []graph.ArticleQuery) ([]int, error) {
	return observe(ctx, i, "CountArticles", func() ([]int, error) { return i.r.CountArticles(ctx, qs) })
}

// Partners calls the wrapped Reader and reports the call.
func (i *instrumented) Partners(ctx context.Context, keys []string, first int) (map[string][]graph.Partner, error) {
	return observe(ctx, i, "Partners", func() (map[string][]graph.Partner, error) { return i.r.Partners(ctx, keys, first) })
}

// Relation calls the wrapped Reader and reports the call.
func (i *instrumented) Relation(ctx context.Context, a, b string) (graph.Bilateral, bool, error) {
	var ok bool
	rel, err := observe(ctx, i, "Relation", func() (graph.Bilateral, error) {
		var (
			r   graph.Bilateral
			err error
		)
		r, ok, err = i.r.Relation(ctx, a, b)
		return r, err
	})
	return rel, ok, err
}

// Timeline calls the wrapped Reader and reports the call.
func (i *instrumented) Timeline(ctx context.Context, a, b, unit, from, to string) ([]graph.KindCount, error) {
	return observe(ctx, i, "Timeline", func() ([]graph.KindCount, error) { return i.r.Timeline(ctx, a, b, unit, from, to) })
}

// Search calls the wrapped Reader and reports the call.
func (i *instrumented) Search(ctx context.Context, lucene string, first int) ([]graph.Hit, error) {
	return observe(ctx, i, "Search", func() ([]graph.Hit, error) { return i.r.Search(ctx, lucene, first) })
}

// Path calls the wrapped Reader and reports the call.
func (i *instrumented) Path(ctx context.Context, from, to string, maxHops int) ([]graph.Step, error) {
	return observe(ctx, i, "Path", func() ([]graph.Step, error) { return i.r.Path(ctx, from, to, maxHops) })
}

// Reported calls the wrapped Reader and reports the call.
func (i *instrumented) Reported(ctx context.Context, keys []string) (map[string]graph.Reported, error) {
	return observe(ctx, i, "Reported", func() (map[string]graph.Reported, error) { return i.r.Reported(ctx, keys) })
}

// Named calls the wrapped Reader and reports the call.
func (i *instrumented) Named(ctx context.Context, refs []graph.NameRef) (map[graph.NameRef][]graph.NameMatch, error) {
	return observe(ctx, i, "Named", func() (map[graph.NameRef][]graph.NameMatch, error) { return i.r.Named(ctx, refs) })
}

// Facts calls the wrapped Reader and reports the call.
func (i *instrumented) Facts(ctx context.Context, qs []graph.FactQuery) ([][]graph.Link, error) {
	return observe(ctx, i, "Facts", func() ([][]graph.Link, error) { return i.r.Facts(ctx, qs) })
}

// EventStats calls the wrapped Reader and reports the call.
func (i *instrumented) EventStats(ctx context.Context, qs []graph.Stats) ([][]graph.StatsRow, error) {
	return observe(ctx, i, "EventStats", func() ([][]graph.StatsRow, error) { return i.r.EventStats(ctx, qs) })
}

// Alternatives calls the wrapped Reader and reports the call.
func (i *instrumented) Alternatives(ctx context.Context, keys []string) (map[string][]graph.Alternative, error) {
	return observe(ctx, i, "Alternatives", func() (map[string][]graph.Alternative, error) { return i.r.Alternatives(ctx, keys) })
}

// ClaimSources calls the wrapped Reader and reports the call.
func (i *instrumented) ClaimSources(ctx context.Context, qs []graph.ClaimQuery) ([][]graph.ClaimSource, error) {
	return observe(ctx, i, "ClaimSources", func() ([][]graph.ClaimSource, error) { return i.r.ClaimSources(ctx, qs) })
}

// CorrectionPage calls the wrapped Reader and reports the call.
func (i *instrumented) CorrectionPage(ctx context.Context, qs []graph.CorrectionQuery) ([]graph.Page[graph.Correction], error) {
	return observe(ctx, i, "CorrectionPage", func() ([]graph.Page[graph.Correction], error) { return i.r.CorrectionPage(ctx, qs) })
}

// CountCorrections calls the wrapped Reader and reports the call.
func (i *instrumented) CountCorrections(ctx context.Context, qs []graph.CorrectionQuery) ([]int, error) {
	return observe(ctx, i, "CountCorrections", func() ([]int, error) { return i.r.CountCorrections(ctx, qs) })
}

// CorrectionsByID calls the wrapped Reader and reports the call.
func (i *instrumented) CorrectionsByID(ctx context.Context, ids []string) (map[string]graph.Correction, error) {
	return observe(ctx, i, "CorrectionsByID", func() (map[string]graph.Correction, error) { return i.r.CorrectionsByID(ctx, ids) })
}

// Retractions calls the wrapped Reader and reports the call.
func (i *instrumented) Retractions(ctx context.Context, targets []string) (map[string]graph.Correction, error) {
	return observe(ctx, i, "Retractions", func() (map[string]graph.Correction, error) { return i.r.Retractions(ctx, targets) })
}
