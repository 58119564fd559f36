// The bench's peer: @neo4j/graphql 7 generates a GraphQL API from
// typeDefs.graphql over the same Neo4j the project's API reads, and
// graphql-yoga serves it at http://127.0.0.1:$PEER_PORT/graphql.
//
//   NEO4J_URI=bolt://127.0.0.1:7694 NEO4J_PASSWORD=... PEER_PORT=8195 node server.js
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const env = (name, def) => process.env[name] || def;
const port = Number(env("PEER_PORT", "8195"));

const driver = neo4j.driver(
  env("NEO4J_URI", "bolt://127.0.0.1:7694"),
  neo4j.auth.basic(env("NEO4J_USER", "neo4j"), env("NEO4J_PASSWORD", "bilateral-bench")),
);
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

const yoga = createYoga({
  schema,
  graphqlEndpoint: "/graphql",
  logging: "warn",
  // Every read goes to the database the project's API reads.
  context: () => ({ sessionConfig: { database: env("NEO4J_DATABASE", "neo4j") } }),
});

const server = createServer(yoga);
// Idle keep-alive connections live as long as the API's (IdleTimeout 2 min);
// Node's default of 5 s closes them between a slow client's requests.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;
server.listen(port, "127.0.0.1", () => {
  console.log(`peer: @neo4j/graphql at http://127.0.0.1:${port}/graphql`);
});

const stop = () => server.close(() => driver.close().then(() => process.exit(0)));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
