// Package schema is the GraphQL API of the bilateral-relations graph: the
// schema of shared/contracts/graphql.md built in Go on
// github.com/graphql-go/graphql, its resolvers, the per-request batching
// that keeps the number of database round trips independent of the
// number of results, and the limits (depth, cost, page size, timeout) that
// keep hostile queries cheap.
//
// New builds a Schema from a Reader (and optionally an Ingester for the
// ingestArticle mutation, and a Corrector with a clock, Options.Now, for
// correct and undoCorrection); Schema.Execute runs one request. The
// package never talks to Neo4j itself and reads no clock: graph/store
// implements Reader and Corrector, cmd/api hands in the clock.
//
// # Batching
//
// Every resolver that needs data registers what it needs with a
// per-request loader and returns a thunk. graphql-go resolves thunks
// breadth-first, so the first thunk of a level fetches what every object
// of that level asked for in one Reader call. A request therefore costs a
// number of round trips bounded by the depth and the shape of the query,
// not by the number of results.
//
// # Questions as asked
//
// A response lists each object's fields in the order the query selected
// them (Result.MarshalJSON, WriteTo). Arguments that take a key also take
// a name (refs.go); a country argument that names no country of the graph
// is BAD_USER_INPUT everywhere. Lists take orderBy and minSources
// (orders.go); every fact carries sourceCount, firstReported and
// lastReported beside its sources (corroboration.go); eventStats counts
// events by kind, country and time bucket in one request (stats.go).
//
// # Weighing and correcting
//
// Entities with single-valued attributes chosen by weight of evidence
// list the values reports give (alternatives.go), with their articles and
// sentences. Facts an analyst retracted are left out of every list unless
// it is asked for them (includeRetracted), and marked with their
// correction (retracted.go). Corrections are listed by the corrections
// query and field, and made and undone by the correct and undoCorrection
// mutations, behind the API token, on behalf of the analyst a request
// names (WithAnalyst) (corrections.go, corrections_mutation.go).
//
// # Errors
//
// Every error a client sees carries extensions.code: BAD_USER_INPUT,
// NOT_FOUND, UNAUTHENTICATED, QUERY_TOO_COMPLEX, TIMEOUT,
// DATABASE_UNAVAILABLE (the store's errors wrap graph.ErrUnavailable),
// OVERLOADED (set by the HTTP server) or INTERNAL. Internal errors and
// outages are logged and replaced by a short message; no database message
// reaches the client.
//
// # Hostile requests
//
// graphql-go's parser and validator cannot be cancelled, and some of
// their work grows faster than the document (deep values are printed
// again at each level, each error rescans the document). So Execute runs
// cheap stages first, each linear in the size of the document: Scan
// bounds the text itself (tokens, nesting, variables, definitions,
// aliases) before parsing; after parsing, fragments are checked (cycles,
// unknown, unused) and the cost walker, which costs each fragment once,
// bounds depth, fields and cost; only then does validation run. The whole
// request runs under its time limit.
package schema
