// Package graph holds the domain model of the bilateral-relations knowledge
// graph: the values that extraction produces and the store persists.
//
// The types mirror the extraction contract (shared/contracts/extraction.md):
// an Extraction is one article with its entities, relations and warnings.
//
// It also holds the read model (read.go, fact.go, bilateral.go): the
// queries the API asks the store for (EventQuery, ListQuery, ...), the
// pages with keyset cursors the store answers with, and facts with their
// corroboration. So the store returns domain types and the GraphQL schema
// builds on them: dependencies point one way, cmd → {schema, extract,
// graph/store} → graph.
// Package graph imports only the standard library; the Neo4j store lives in
// graph/store and the text extractor in extract.
package graph
