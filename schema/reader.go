package schema

import (
	"context"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
)

// Reader is what the schema needs of the graph. Each method is one round
// trip to the database whatever the number of keys or queries it is given;
// the schema batches the needs of a whole execution level into one call.
// Maps leave out keys that do not exist. Implementations must be safe for
// concurrent use; *store.Store is one.
type Reader interface {
	// Entities returns the entities with the given keys.
	Entities(ctx context.Context, keys []string) (map[string]graph.Entity, error)
	// Countries resolves lower-case country references (alpha-3, alpha-2,
	// English name or alias) to countries.
	Countries(ctx context.Context, refs []string) (map[string]graph.Entity, error)
	// Articles returns the articles with the given ids.
	Articles(ctx context.Context, ids []string) (map[string]graph.Article, error)
	// Sentences returns the evidence sentences with the given keys.
	Sentences(ctx context.Context, keys []string) (map[string]graph.Sentence, error)
	// FactSources returns the evidence sentences of each fact by its id
	// (graph.Fact.ID), for facts read without their evidence.
	FactSources(ctx context.Context, ids []string) (map[string][]graph.Sentence, error)
	// Links returns the neighbours of kind kind of each entity (or article).
	Links(ctx context.Context, kind graph.LinkKind, keys []string) (map[string][]graph.Link, error)
	// Provenance returns the evidence and reporting articles of each entity.
	Provenance(ctx context.Context, keys []string) (map[string]graph.Provenance, error)
	// Reported returns how many articles report or mention each entity,
	// and the dates of the first and last of them.
	Reported(ctx context.Context, keys []string) (map[string]graph.Reported, error)
	// Named returns the entities each name may refer to, exact matches
	// first.
	Named(ctx context.Context, refs []graph.NameRef) (map[graph.NameRef][]graph.NameMatch, error)
	// Facts returns the facts that touch each query's entity, in order.
	Facts(ctx context.Context, qs []graph.FactQuery) ([][]graph.Link, error)
	// EventStats returns the rows of each aggregate, in order; every
	// query is anchored (graph.EventQuery.Anchored).
	EventStats(ctx context.Context, qs []graph.Stats) ([][]graph.StatsRow, error)
	// Events returns one page per query, in order.
	Events(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error)
	// CountEvents returns the size of each query's selection, in order.
	CountEvents(ctx context.Context, qs []graph.EventQuery) ([]int, error)
	// List returns one page of entities per query, in order.
	List(ctx context.Context, qs []graph.ListQuery) ([]graph.Page[graph.Entity], error)
	// CountList returns the size of each query's selection, in order.
	CountList(ctx context.Context, qs []graph.ListQuery) ([]int, error)
	// ArticlePage returns one page of articles per query, in order.
	ArticlePage(ctx context.Context, qs []graph.ArticleQuery) ([]graph.Page[graph.Article], error)
	// CountArticles returns the size of each query's selection, in order.
	CountArticles(ctx context.Context, qs []graph.ArticleQuery) ([]int, error)
	// Partners returns up to first partner countries of each country.
	Partners(ctx context.Context, keys []string, first int) (map[string][]graph.Partner, error)
	// Relation returns the bilateral summary of two countries; false when
	// either is missing.
	Relation(ctx context.Context, a, b string) (graph.Bilateral, bool, error)
	// Timeline counts the pair's dated events by bucket ("month",
	// "quarter", "year") and kind, oldest bucket first.
	Timeline(ctx context.Context, a, b, unit, from, to string) ([]graph.KindCount, error)
	// Search runs an escaped Lucene query over names, aliases and summaries.
	Search(ctx context.Context, lucene string, first int) ([]graph.Hit, error)
	// Path returns a shortest path of at most maxHops, nil if none.
	Path(ctx context.Context, from, to string, maxHops int) ([]graph.Step, error)
	// Alternatives returns the values reports give each single-valued
	// attribute of each entity, best first, the attribute's own value
	// marked Chosen.
	Alternatives(ctx context.Context, keys []string) (map[string][]graph.Alternative, error)
	// ClaimSources returns the articles stating each query's value, most
	// recent first, in order.
	ClaimSources(ctx context.Context, qs []graph.ClaimQuery) ([][]graph.ClaimSource, error)
	// CorrectionPage returns one page of corrections per query, in order.
	CorrectionPage(ctx context.Context, qs []graph.CorrectionQuery) ([]graph.Page[graph.Correction], error)
	// CountCorrections returns the size of each query's selection, in order.
	CountCorrections(ctx context.Context, qs []graph.CorrectionQuery) ([]int, error)
	// CorrectionsByID returns the corrections with the given ids.
	CorrectionsByID(ctx context.Context, ids []string) (map[string]graph.Correction, error)
	// Retractions returns the active correction retracting each fact
	// target (graph.FactRef.Target).
	Retractions(ctx context.Context, targets []string) (map[string]graph.Correction, error)
}

// IngestInput is an article sent to the ingestArticle mutation.
type IngestInput struct {
	Text, Title, Date, Source, URL string
}

// IngestOutput is what ingesting an article did.
type IngestOutput struct {
	Article              graph.Article
	NodesCreated         int
	RelationshipsCreated int
	Warnings             []string
}

// Ingester runs the ingest pipeline (extract, then write) for one article.
// An error that is an *Error reaches the client as it is (use
// CodeBadUserInput for input that is not an article); any other error is
// reported as INTERNAL.
type Ingester interface {
	Ingest(ctx context.Context, in IngestInput) (IngestOutput, error)
}

// Corrector stores analysts' corrections for the correct and
// undoCorrection mutations; *store.Store is one. The schema reads no
// clock: now is the time the server (Options.Now) gives the request.
type Corrector interface {
	// Correct validates, stores and applies c, and returns it with its id
	// and time. Its error wraps graph.ErrBadCorrection for an invalid
	// correction (BAD_USER_INPUT; the schema validates c first, with
	// graph.Correction.Validate, to say why) and graph.ErrUnavailable for
	// an outage.
	Correct(ctx context.Context, c graph.Correction, now time.Time) (graph.Correction, error)
	// UndoCorrection undoes the active correction id on behalf of by. Its
	// error wraps graph.ErrNotFound when no active correction has that id
	// (NOT_FOUND).
	UndoCorrection(ctx context.Context, id, by string, now time.Time) error
}
