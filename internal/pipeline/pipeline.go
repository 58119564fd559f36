// Package pipeline is the ingest path shared by the ingest job and the
// API's ingestArticle mutation: a document is extracted, told where it
// lives (so a revision replaces it) and written to the graph in one
// transaction.
package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
)

// ErrNotArticle is wrapped by Ingest's error when the document cannot be
// extracted (empty, no text); nothing was written.
var ErrNotArticle = errors.New("not an article")

// Writer stores one extraction; *store.Store is one.
type Writer interface {
	WriteArticle(ctx context.Context, x *graph.Extraction) (store.WriteStats, error)
}

// Pipeline extracts documents and writes them. It is safe for concurrent
// use when its Writer is.
type Pipeline struct {
	ex *extract.Extractor
	w  Writer
}

// New returns a pipeline that extracts with ex and writes to w.
func New(ex *extract.Extractor, w Writer) *Pipeline {
	return &Pipeline{ex: ex, w: w}
}

// Ingest extracts doc and writes it. It returns the extraction as written
// and what the write changed; on error nothing of doc is stored. The error
// wraps ErrNotArticle when doc could not be extracted.
func (p *Pipeline) Ingest(ctx context.Context, doc extract.Document) (graph.Extraction, store.WriteStats, error) {
	x, err := p.ex.Extract(doc)
	if err != nil {
		return x, store.WriteStats{}, fmt.Errorf("%s: %w: %w", doc.Input, ErrNotArticle, err)
	}
	x.Article.Origin = Origin(doc, x.Article)
	st, err := p.w.WriteArticle(ctx, &x)
	if err != nil {
		return x, st, fmt.Errorf("%s: %w", doc.Input, err)
	}
	return x, st, nil
}

// Origin names where an article lives, so that a revised version replaces
// the stored one: its URL when known, else the file it came from when it
// was a whole file (doc.File; not stdin or a JSON Lines line), else "".
func Origin(doc extract.Document, a graph.Article) string {
	if a.URL != "" {
		return a.URL
	}
	if doc.File != "" {
		return "file://" + doc.File
	}
	return ""
}
