package main

import (
	"context"
	"errors"
	"strings"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
	"github.com/bilateral-kg/bilateral/schema"
)

// ingester runs the ingest job's pipeline for the ingestArticle mutation:
// the same extractor, resolution and single write transaction.
type ingester struct {
	p        *pipeline.Pipeline
	maxBytes int
}

var _ schema.Ingester = (*ingester)(nil)

// Ingest extracts in.Text and writes it. Input that is not an article is
// BAD_USER_INPUT; a failed write is reported as INTERNAL by the schema.
func (g *ingester) Ingest(ctx context.Context, in schema.IngestInput) (schema.IngestOutput, error) {
	if len(in.Text) > g.maxBytes {
		return schema.IngestOutput{}, schema.Errorf(schema.CodeBadUserInput, "text is larger than %d bytes", g.maxBytes)
	}
	var out schema.IngestOutput
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
		x, st, err := g.p.Ingest(ctx, doc)
		if errors.Is(err, pipeline.ErrNotArticle) {
			return schema.Errorf(schema.CodeBadUserInput, "could not extract the article")
		}
		if err != nil {
			return err
		}
		out = schema.IngestOutput{Article: x.Article, NodesCreated: st.NodesCreated, RelationshipsCreated: st.RelationshipsCreated, Warnings: x.Warnings}
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
