// Events pages in date order by index: a participant's (PARTICIPATED_IN
// by who and date) and a pair of countries' (SHARES by pair and date).
CREATE INDEX participation_who_date IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.who, r.date);
CREATE INDEX shares_pair_date IF NOT EXISTS FOR ()-[r:SHARES]-() ON (r.pair, r.date);
