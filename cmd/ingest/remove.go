package main

import (
	"context"
	"fmt"
	"io"

	"github.com/bilateral-kg/bilateral/graph/store"
)

// remover undoes one article's contribution; *store.Store is one.
type remover interface {
	RemoveArticle(ctx context.Context, id string) (store.RemoveStats, bool, error)
}

// removeArticles removes each article by id and reports what went. The
// exit status is 1 when any id was unknown or failed.
func removeArticles(ctx context.Context, r remover, ids []string, stdout, stderr io.Writer) int {
	code := 0
	for _, id := range ids {
		st, found, err := r.RemoveArticle(ctx, id)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "ingest: %v\n", err)
			code = 1
		case !found:
			fmt.Fprintf(stderr, "ingest: remove %s: no article with that id\n", id)
			code = 1
		default:
			fmt.Fprintf(stdout, "removed article %s: %d nodes and %d relationships deleted\n", id, st.NodesDeleted, st.RelationshipsDeleted)
		}
	}
	return code
}
