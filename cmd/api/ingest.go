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

// Ingest extracts in.Text and writes it, all or nothing: the text must
// hold exactly one article, which is checked before anything is written,
// and the article is written in one transaction. Input that is not one
// article is BAD_USER_INPUT; a failed write is reported by the schema.
func (g *ingester) Ingest(ctx context.Context, in schema.IngestInput) (schema.IngestOutput, error) {
	doc, err := g.one(in.Text)
	if err != nil {
		return schema.IngestOutput{}, err
	}
	doc.Title, doc.Date, doc.Source, doc.URL = first(in.Title, doc.Title), first(in.Date, doc.Date), first(in.Source, doc.Source), first(in.URL, doc.URL)
	x, st, err := g.p.Ingest(ctx, doc)
	if errors.Is(err, pipeline.ErrNotArticle) {
		return schema.IngestOutput{}, schema.Errorf(schema.CodeBadUserInput, "could not extract the article")
	}
	if err != nil {
		return schema.IngestOutput{}, err
	}
	return schema.IngestOutput{Article: x.Article, NodesCreated: st.NodesCreated, RelationshipsCreated: st.RelationshipsCreated, Warnings: x.Warnings}, nil
}

// one reads text whole and returns its one article; text that is empty,
// holds an input that is not an article, or holds more than one article
// (JSON Lines) is BAD_USER_INPUT.
func (g *ingester) one(text string) (extract.Document, error) {
	if len(text) > g.maxBytes {
		return extract.Document{}, schema.Errorf(schema.CodeBadUserInput, "text is larger than %d bytes", g.maxBytes)
	}
	var docs []extract.Document
	err := extract.Read("mutation", strings.NewReader(text), int64(g.maxBytes), func(doc extract.Document, ierr error) error {
		if ierr != nil {
			var ie *extract.InputError
			if errors.As(ierr, &ie) {
				return schema.Errorf(schema.CodeBadUserInput, "text is not an article: %s", ie.Reason)
			}
			return ierr
		}
		if len(docs) > 0 {
			return schema.Errorf(schema.CodeBadUserInput, "text holds more than one article: send one per request")
		}
		docs = append(docs, doc)
		return nil
	})
	switch {
	case err != nil:
		return extract.Document{}, err
	case len(docs) == 0:
		return extract.Document{}, schema.Errorf(schema.CodeBadUserInput, "text is empty")
	}
	return docs[0], nil
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
