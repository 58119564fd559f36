package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral-kg/bilateral/graph"
)

// WriteStats counts what a write changed in the graph.
type WriteStats struct {
	NodesCreated         int
	RelationshipsCreated int
	PropertiesSet        int
	// EventsJoined counts the events of the written articles that were
	// known already — one occasion reported again — as the resolver
	// found them (stored, or reported earlier in the batch).
	EventsJoined int
}

// Add returns the sum of s and o.
func (s WriteStats) Add(o WriteStats) WriteStats {
	return WriteStats{s.NodesCreated + o.NodesCreated, s.RelationshipsCreated + o.RelationshipsCreated,
		s.PropertiesSet + o.PropertiesSet, s.EventsJoined + o.EventsJoined}
}

// Outcome says what writing one article did.
type Outcome int

// The outcomes of writing an article.
const (
	// Written: the article was new.
	Written Outcome = iota
	// Unchanged: the very same extraction of the article was stored
	// already; nothing was written.
	Unchanged
	// Replaced: an earlier version (same origin, other text) or another
	// extraction of the same text was stored; it was removed first.
	Replaced
)

// String names the outcome.
func (o Outcome) String() string {
	return [...]string{"written", "unchanged", "replaced"}[o]
}

// BatchResult is what WriteBatch did: one Outcome per extraction, in
// order, and the counts of the whole transaction.
type BatchResult struct {
	Outcomes []Outcome
	Stats    WriteStats
}

// WriteArticle writes one extraction in its own transaction; see
// WriteBatch.
func (s *Store) WriteArticle(ctx context.Context, x *graph.Extraction) (WriteStats, error) {
	res, err := s.WriteBatch(ctx, []*graph.Extraction{x})
	if err != nil {
		return WriteStats{}, fmt.Errorf("write article %s: %w", x.Article.ID, err)
	}
	return res.Stats, nil
}

// WriteBatch writes extractions — each article, its entities, the
// sentences used as evidence and its facts — in one transaction: either
// all of it is stored or, on error, none of it. The graph it leaves is the
// one writing them one at a time in order would leave:
//
//   - The transaction first takes the locks of graph.LockKeys, so that
//     concurrent writers of reports that might resolve to one entity take
//     turns, then reads the candidates of resolution (bounded index
//     look-ups) and resolves the articles in order with a graph.Resolver.
//   - An article whose very extraction is stored already is left as it
//     is (Unchanged). One that supersedes a stored article — another
//     version of the text (same Origin, another id), or the same text
//     extracted differently — first has that contribution removed, as
//     RemoveArticle would (Replaced).
//   - Nodes and facts are merged on their keys; a fact counts the
//     articles that state it.
//
// Every extraction must pass Validate, and no two may share an id or an
// origin (the caller splits such batches); otherwise nothing is written.
// The error wraps ErrUnavailable when Neo4j cannot be reached.
func (s *Store) WriteBatch(ctx context.Context, xs []*graph.Extraction) (BatchResult, error) {
	digests := make([]string, len(xs))
	ids, origins := map[string]bool{}, map[string]bool{}
	var locks []string
	articleLocks := make([][]string, len(xs))
	for i, x := range xs {
		if err := x.Validate(); err != nil {
			return BatchResult{}, fmt.Errorf("article %s: %w", x.Article.ID, err)
		}
		if ids[x.Article.ID] || (x.Article.Origin != "" && origins[x.Article.Origin]) {
			return BatchResult{}, fmt.Errorf("article %s: appears twice in one batch (same id or origin)", x.Article.ID)
		}
		ids[x.Article.ID], origins[x.Article.Origin] = true, true
		d, err := extractionDigest(x)
		if err != nil {
			return BatchResult{}, fmt.Errorf("article %s: %w", x.Article.ID, err)
		}
		digests[i] = d
		articleLocks[i] = graph.LockKeys(x)
		locks = append(locks, articleLocks[i]...)
	}
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (BatchResult, error) {
		return s.writeBatch(ctx, stablePlans{tx}, xs, digests, articleLocks, uniqueSorted(locks))
	}, s.txConfig()...)
	if err != nil {
		return BatchResult{}, unavailable(err)
	}
	return res, nil
}

// writeBatch is the body of WriteBatch's transaction. It may run more
// than once (retries), so it starts from nothing each time.
func (s *Store) writeBatch(ctx context.Context, tx neo4j.ManagedTransaction, xs []*graph.Extraction, digests []string, articleLocks [][]string, locks []string) (BatchResult, error) {
	res := BatchResult{Outcomes: make([]Outcome, len(xs))}
	run := func(b batch) error {
		r, err := tx.Run(ctx, b.cypher, b.params)
		if err != nil {
			return fmt.Errorf("%s: %w", b.what, err)
		}
		sum, err := r.Consume(ctx)
		if err != nil {
			return fmt.Errorf("%s: %w", b.what, err)
		}
		c := sum.Counters()
		res.Stats = res.Stats.Add(WriteStats{NodesCreated: c.NodesCreated(), RelationshipsCreated: c.RelationshipsCreated(), PropertiesSet: c.PropertiesSet()})
		return nil
	}
	if err := run(batch{"take locks", cypherLocks, map[string]any{"keys": locks}}); err != nil {
		return res, err
	}
	res.Stats = WriteStats{} // lock nodes are not the graph's content
	stored, err := storedVersions(ctx, tx, xs)
	if err != nil {
		return res, err
	}
	var todo []*graph.Extraction
	var todoDigests []string
	var todoLocks [][]string
	for i, x := range xs {
		v := stored[x.Article.ID]
		switch {
		case v.digest == digests[i]:
			res.Outcomes[i] = Unchanged
			continue
		case v.digest != "" || len(v.others) > 0:
			res.Outcomes[i] = Replaced
		}
		old := v.others
		if v.digest != "" {
			old = append(old, x.Article.ID)
		}
		for _, id := range old {
			var st RemoveStats
			var found bool
			if err := removeArticle(ctx, tx, id, &st, &found); err != nil {
				return res, fmt.Errorf("replace earlier version %s of %s: %w", id, x.Article.ID, err)
			}
		}
		todo = append(todo, x)
		todoDigests = append(todoDigests, digests[i])
		todoLocks = append(todoLocks, articleLocks[i])
	}
	if len(todo) == 0 {
		return res, nil
	}
	resolved := todo
	if !s.noResolve {
		snap, err := snapshot(ctx, tx, todo)
		if err != nil {
			return res, err
		}
		r := graph.NewResolver(snap)
		resolved = make([]*graph.Extraction, len(todo))
		for i, x := range todo {
			rx, renames := r.Resolve(x)
			for _, rn := range renames {
				// earlier articles of the batch follow the rename too
				for _, prev := range resolved[:i] {
					prev.Rekey(map[string]string{rn.From: rn.To})
				}
				if err := run(batch{"rename " + rn.From, renameCypher(rn.From, rn.To), map[string]any{"from": rn.From, "to": rn.To}}); err != nil {
					return res, err
				}
			}
			resolved[i] = rx
		}
		res.Stats.EventsJoined = r.Joined()
	}
	for _, b := range planWrite(resolved, todoDigests, todoLocks) {
		if err := run(b); err != nil {
			return res, err
		}
	}
	return res, nil
}

// cypherLocks takes the write locks of the given keys, in their (sorted)
// order. Lock nodes are infrastructure: at most a few thousand, they
// carry no data and no relationships.
const cypherLocks = `
UNWIND $keys AS k
MERGE (l:Lock {key: k})
SET l.held = true`

// renameCypher gives the stored entity with key from the key to,
// keeping every relationship (its participations' copy of the key and
// the copies on its events' SHARES follow), and the corrections of it
// follow; it does nothing when another node holds the new key. The
// keys' prefixes name the labels looked in.
func renameCypher(from, to string) string {
	return `
MATCH (n:` + string(graph.TypeOfKey(from)) + ` {key: $from}) WHERE NOT EXISTS { MATCH (:` + string(graph.TypeOfKey(to)) + ` {key: $to}) }
SET n.key = $to` + cypherPairCoopRename + `
WITH n
CALL (n) {
  MATCH (n)-[p:PARTICIPATED_IN]->()
  SET p.who = $to
}
WITH n
CALL (n) {
  MATCH (n)-[:PARTICIPATED_IN|DISCUSSED]-(e:Event)
  WITH DISTINCT e` + cypherShareCopies + `
}
WITH n
OPTIONAL MATCH (c:Correction)-[:CORRECTS]->(n)
SET c.entity = CASE WHEN c.entity = $from THEN $to ELSE c.entity END,
    c.from = CASE WHEN c.from = $from THEN $to ELSE c.from END,
    c.to = CASE WHEN c.to = $from THEN $to ELSE c.to END
SET c.target = CASE c.action WHEN 'set' THEN c.entity + '#' + c.attribute
                             ELSE c.factType + '|' + c.from + '|' + c.to + '|' + c.factKey END`
}

// version is what the graph holds of an article: the digest of its
// stored extraction ("" when it is not stored) and the ids of other
// articles with its origin.
type version struct {
	digest string
	others []string
}

// cypherStoredVersions reads the digest of each article and the ids of
// other articles with its origin.
const cypherStoredVersions = `
UNWIND $rows AS q
OPTIONAL MATCH (same:Article {id: q.id})
CALL (q) {
  OPTIONAL MATCH (old:Article {origin: q.origin}) WHERE old.id <> q.id
  RETURN collect(old.id) AS others
}
RETURN q.id AS id, coalesce(same.extraction, CASE WHEN same IS NULL THEN '' ELSE '?' END) AS digest, others`

func storedVersions(ctx context.Context, tx neo4j.ManagedTransaction, xs []*graph.Extraction) (map[string]version, error) {
	rows := make([]map[string]any, len(xs))
	for i, x := range xs {
		rows[i] = map[string]any{"id": x.Article.ID, "origin": nullable(x.Article.Origin)}
	}
	recs, err := collect(ctx, tx, cypherStoredVersions, map[string]any{"rows": rows})
	if err != nil {
		return nil, fmt.Errorf("find stored versions: %w", err)
	}
	out := make(map[string]version, len(recs))
	for _, r := range recs {
		v := version{digest: str(r.Values[1]), others: strList(r.Values[2])}
		sort.Strings(v.others)
		out[str(r.Values[0])] = v
	}
	return out, nil
}

// extractionDigest fingerprints what an extraction would write, so that
// writing the same article again can be told from writing a different
// extraction of it (after the extractor improved).
func extractionDigest(x *graph.Extraction) (string, error) {
	b, err := x.MarshalJSON() // (json.Marshal would compact the whole again: the same bytes, more CPU)
	if err != nil {
		return "", fmt.Errorf("fingerprint extraction: %w", err)
	}
	sum := sha256.Sum256(append(b, x.Article.Origin...))
	return hex.EncodeToString(sum[:8]), nil
}

func uniqueSorted(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullableInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func nullableFloat(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
