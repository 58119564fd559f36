// Indexes the API's filters and orderings use.
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX leader_name IF NOT EXISTS FOR (n:Leader) ON (n.name);
CREATE INDEX leader_country IF NOT EXISTS FOR (n:Leader) ON (n.country);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_kind_anchor IF NOT EXISTS FOR (n:Event) ON (n.kind, n.anchor);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX article_origin IF NOT EXISTS FOR (n:Article) ON (n.origin);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
// Full-text search over names, aliases and event summaries.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Country|Leader|Organization|Location|Project|Sector|Event) ON EACH [n.name, n.aliasText, n.summary];
