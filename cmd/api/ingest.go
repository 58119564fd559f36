package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/schema"
)

// articleWriter stores an extraction; *store.Store is one (through
// storeWriter, which drops the store's statistics type).
type articleWriter interface {
	WriteArticle(ctx context.Context, x *graph.Extraction) (nodes, rels int, err error)
}

// ingester runs the ingest job's pipeline for the ingestArticle mutation:
// the same extractor, then one write transaction.
type ingester struct {
	ex       *extract.Extractor
	w        articleWriter
	maxBytes int
}

var _ schema.Ingester = (*ingester)(nil)

// Ingest extracts in.Text and writes it. Input that is not an article is
// BAD_USER_INPUT.
func (g *ingester) Ingest(ctx context.Context, in schema.IngestInput) (schema.IngestOutput, error) {
	if len(in.Text) > g.maxBytes {
		return schema.IngestOutput{}, schema.Errorf(schema.CodeBadUserInput, "text is larger than %d bytes", g.maxBytes)
	}
	var out schema.IngestOutput
	var werr error
	err := extract.Read("mutation", strings.NewReader(in.Text), int64(g.maxBytes), func(doc extract.Document, ierr error) error {
		if ierr != nil {
			var ie *extract.InputError
			if errors.As(ierr, &ie) {
				return schema.Errorf(schema.CodeBadUserInput, "text is not an article: %s", ie.Reason)
			}
			return ierr
		}
		if out.Article.ID != "" {
			return schema.Errorf(schema.CodeBadUserInput, "text holds more than one article")
		}
		doc.Title, doc.Date, doc.Source, doc.URL = first(in.Title, doc.Title), first(in.Date, doc.Date), first(in.Source, doc.Source), first(in.URL, doc.URL)
		x, err := g.ex.Extract(doc)
		if err != nil {
			return schema.Errorf(schema.CodeBadUserInput, "could not extract the article")
		}
		nodes, rels, err := g.w.WriteArticle(ctx, &x)
		if err != nil {
			werr = fmt.Errorf("write article %s: %w", x.Article.ID, err)
			return werr
		}
		out = schema.IngestOutput{Article: x.Article, NodesCreated: nodes, RelationshipsCreated: rels, Warnings: x.Warnings}
		return nil
	})
	if err != nil {
		return schema.IngestOutput{}, err
	}
	if out.Article.ID == "" {
		return out, schema.Errorf(schema.CodeBadUserInput, "text is empty")
	}
	return out, nil
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
