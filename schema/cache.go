package schema

import (
	"context"
	"sync"
	"time"

	"github.com/graphql-go/graphql/language/ast"

	"github.com/bilateral-kg/bilateral/graph"
)

// docCacheSize is how many distinct valid query texts are kept parsed and
// validated. Dashboards send the same few queries over and over; parsing
// and validating them is most of graphql-go's cost per request.
const docCacheSize = 512

// docCache maps query texts to their parsed, validated documents. When
// full it is emptied, which keeps it bounded without bookkeeping. It is
// safe for concurrent use; the documents are only read after parsing.
type docCache struct {
	mu   sync.RWMutex
	max  int
	docs map[string]*ast.Document
}

func newDocCache(max int) *docCache {
	return &docCache{max: max, docs: make(map[string]*ast.Document, max)}
}

// get returns the cached document of query and true, or nil and false.
func (c *docCache) get(query string) (*ast.Document, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	d, ok := c.docs[query]
	return d, ok
}

// maxCachedQuery is the longest query text the cache keeps, in bytes.
const maxCachedQuery = 16 << 10

// put remembers a document that passed validation.
func (c *docCache) put(query string, d *ast.Document) {
	if len(query) > maxCachedQuery {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.docs) >= c.max {
		c.docs = make(map[string]*ast.Document, c.max)
	}
	c.docs[query] = d
}

// refTTL is how long a resolved country reference is remembered.
const refTTL = time.Minute

// refCache remembers which country a reference ("kz", "Kazakhstan")
// resolved to, across requests, so that filters and relation(a, b) need
// no round trip to resolve their country arguments. Only successful
// resolutions are kept, for refTTL (a country's key and code never
// change; a newly ingested country is found at once since misses are not
// kept). It is safe for concurrent use.
type refCache struct {
	mu   sync.RWMutex
	refs map[string]refEntry
}

type refEntry struct {
	country graph.Entity // Key, Type and Code only
	until   time.Time
}

const maxRefs = 4096

func newRefCache() *refCache { return &refCache{refs: map[string]refEntry{}} }

func (c *refCache) get(ref string, now time.Time) (graph.Entity, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.refs[ref]
	if !ok || now.After(e.until) {
		return graph.Entity{}, false
	}
	return e.country, true
}

func (c *refCache) put(ref string, country graph.Entity, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.refs) >= maxRefs {
		c.refs = map[string]refEntry{}
	}
	c.refs[ref] = refEntry{country: graph.Entity{Key: country.Key, Type: country.Type, Code: country.Code}, until: now.Add(refTTL)}
}

// cachedCountries wraps a Countries fetch with the cache.
func (c *refCache) cachedCountries(fetch func(ctx context.Context, refs []string) (map[string]graph.Entity, error)) func(ctx context.Context, refs []string) (map[string]graph.Entity, error) {
	return func(ctx context.Context, refs []string) (map[string]graph.Entity, error) {
		now := time.Now()
		out := make(map[string]graph.Entity, len(refs))
		var missing []string
		for _, r := range refs {
			if e, ok := c.get(r, now); ok {
				out[r] = e
			} else {
				missing = append(missing, r)
			}
		}
		if len(missing) == 0 {
			return out, nil
		}
		got, err := fetch(ctx, missing)
		if err != nil {
			return nil, err
		}
		for r, e := range got {
			out[r] = e
			c.put(r, e, now)
		}
		return out, nil
	}
}
