// A pair's shared events, dated or not (the sectors of its summary): the
// (pair, date) index of 005 holds only the dated ones.
CREATE INDEX shares_pair IF NOT EXISTS FOR ()-[r:SHARES]-() ON (r.pair);
