// Locks that concurrent writers take (graph.LockKeys): one node per key.
CREATE CONSTRAINT lock_key IF NOT EXISTS FOR (n:Lock) REQUIRE n.key IS UNIQUE;
// Resolution look-ups: leaders by name token, organizations by name and acronym.
CREATE FULLTEXT INDEX leader_name_keys IF NOT EXISTS FOR (n:Leader) ON EACH [n.nameKeys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}};
CREATE INDEX organization_acronym IF NOT EXISTS FOR (n:Organization) ON (n.acronym);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
// The evidence of a fact: EVIDENCE relationships from sentences, by fact id.
CREATE INDEX evidence_fact IF NOT EXISTS FOR ()-[e:EVIDENCE]-() ON (e.fact);
