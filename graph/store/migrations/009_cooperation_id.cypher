// A COOPERATES_IN fact is found by its id from the evidence that names it
// (EVIDENCE.fact) with an index seek, not by expanding every COOPERATES_IN
// between its country and sector: the pairs' cooperation counts read it on
// every article written or removed, and a country's or a sector's
// COOPERATES_IN grow with the graph.
CREATE INDEX cooperates_id IF NOT EXISTS FOR ()-[r:COOPERATES_IN]-() ON (r.id);
