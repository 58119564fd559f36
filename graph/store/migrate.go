package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed migrations/*.cypher
var migrations embed.FS

// Migrate creates the constraints and indexes the graph needs. Every
// statement says IF NOT EXISTS, so running it again changes nothing. It
// waits until the indexes are online, then computes the aggregates of
// pairs once for a graph written before the writers kept them (backfill).
func (s *Store) Migrate(ctx context.Context) error {
	stmts, err := migrationStatements()
	if err != nil {
		return err
	}
	for _, st := range stmts {
		if _, err := neo4j.ExecuteQuery(ctx, s.driver, st.cypher, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
			return fmt.Errorf("migrate %s: %q: %w", st.file, firstLine(st.cypher), err)
		}
	}
	if _, err := neo4j.ExecuteQuery(ctx, s.driver, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
		return fmt.Errorf("migrate: wait for indexes: %w", err)
	}
	return s.backfill(ctx)
}

type statement struct{ file, cypher string }

// migrationStatements returns the statements of the embedded migration
// files, in file-name order. Statements end with ";"; lines starting with
// "//" are comments.
func migrationStatements() ([]statement, error) {
	names, err := fs.Glob(migrations, "migrations/*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	var out []statement
	for _, name := range names {
		b, err := migrations.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", name, err)
		}
		var lines []string
		for _, l := range strings.Split(string(b), "\n") {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "//") {
				lines = append(lines, l)
			}
		}
		for _, st := range strings.Split(strings.Join(lines, "\n"), ";") {
			if st = strings.TrimSpace(st); st != "" {
				out = append(out, statement{file: name, cypher: st})
			}
		}
	}
	return out, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
