// Package layout holds no code: its test keeps the module's dependency
// rule true (see the README's Layout section). Imports point one way,
//
//	cmd → {schema, extract, graph/store, internal/...} → graph
//
// and the test fails when a package imports against it:
//
//   - graph imports only the standard library;
//   - only graph/store (and its subpackages) imports the Neo4j driver;
//   - graph/store imports nothing of the module but graph;
//   - extract imports neither the driver nor the store;
//   - schema imports neither the driver, the store nor extract;
//   - nothing imports cmd/... (commands only wire).
package layout
