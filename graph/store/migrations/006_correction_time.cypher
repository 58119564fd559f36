// Analysts' corrections, newest first: the API's list of every correction
// seeks this index in its order, a page at a time.
CREATE INDEX correction_at IF NOT EXISTS FOR (n:Correction) ON (n.at);
