// Package schema is the GraphQL API of the bilateral-relations graph: the
// schema of shared/contracts/graphql.md built in Go on
// github.com/graphql-go/graphql, its resolvers, the per-request batching
// that keeps the number of database round trips independent of the
// number of results, and the limits (depth, cost, page size, timeout) that
// keep hostile queries cheap.
//
// New builds a Schema from a Reader (and optionally an Ingester for the
// ingestArticle mutation); Schema.Execute runs one request. The package
// never talks to Neo4j itself: graph/store implements Reader.
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
// # Errors
//
// Every error a client sees carries extensions.code: BAD_USER_INPUT,
// NOT_FOUND, UNAUTHENTICATED, QUERY_TOO_COMPLEX, TIMEOUT or INTERNAL.
// Internal errors are logged and replaced by "internal error"; no
// database message reaches the client.
package schema
