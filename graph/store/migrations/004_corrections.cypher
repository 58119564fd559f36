// Analysts' corrections (graph.Correction): by id, by the entity whose
// attribute they set, by the fact they retract.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX correction_entity IF NOT EXISTS FOR (n:Correction) ON (n.entity);
CREATE INDEX correction_target IF NOT EXISTS FOR (n:Correction) ON (n.target);
