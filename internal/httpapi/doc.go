// Package httpapi serves the bilateral-relations graph over HTTP: the
// GraphQL endpoint (POST and GET /graphql, with GraphiQL for browsers),
// the dashboard page at /, their static assets under /assets/, /healthz,
// /readyz and /metrics (Prometheus), behind a CORS allowlist.
//
// Every asset is embedded in the binary: the dashboard is plain
// JavaScript and SVG written for this project, and GraphiQL, React and
// ReactDOM are vendored from the npm registry with their licences
// (assets/graphiql/VENDOR.md), so the pages load nothing from outside
// the server and work without internet access.
//
// The package builds no schema and opens no database: it is handed an
// Executor (package schema's *Schema) and a Pinger (the store), and
// records the database round trips that the Metrics' ObserveQuery is
// told of (wrap the schema's Reader with schema.Instrument).
package httpapi
