// The dashboard's only source of data: the public GraphQL API of this
// server (POST /graphql), with the queries it sends.

// GraphQLError is a response whose errors list is not empty.
export class GraphQLError extends Error {
  constructor(errors) {
    const first = errors[0] || {};
    super(first.message || 'the API answered an error');
    this.code = (first.extensions && first.extensions.code) || '';
    this.errors = errors;
  }
}

// gql posts a query with variables and returns its data; it throws a
// GraphQLError when the answer has errors, and an Error when the server
// cannot be reached or does not answer JSON.
export async function gql(query, variables, signal) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new Error('the API could not be reached');
  }
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error(`the API answered ${res.status} without JSON`);
  }
  if (body.errors && body.errors.length) throw new GraphQLError(body.errors);
  return body.data;
}

const SOURCE = `sources { sentence article { id title source date url } }`;

const EVENT = `fragment EventFields on Event {
  key kind date summary sourceCount
  location { name }
  leaders { name }
  countries { code name }
  ${SOURCE}
}`;

const EVENTS_PAGE = `totalCount pageInfo { hasNextPage endCursor } nodes { ...EventFields }`;

// COUNTRIES lists the graph's countries, a page at a time.
export const COUNTRIES = `query Countries($after: String) {
  countries(first: 100, after: $after) { nodes { code name } pageInfo { hasNextPage endCursor } }
}`;

// PAIR is everything the pair view shows but the network.
export const PAIR = `query Pair($a: String!, $b: String!, $g: Granularity!) {
  relation(a: $a, b: $b) {
    countries { code name }
    firstContact lastContact
    partnership { level firstSeen lastSeen }
    partnershipHistory { level firstSeen lastSeen ${SOURCE} }
    trade { year valueUsd record ${SOURCE} }
    timeline(granularity: $g) { start events intensity byKind { kind count } }
    sectors { sector { name } mentions }
    projects { key name status sector { name } }
    leaders { name title country { code } }
    articles(first: 1) { totalCount }
    events(first: 20) { ${EVENTS_PAGE} }
  }
}
${EVENT}`;

// TIMELINE is the pair's timeline alone, when the granularity changes.
export const TIMELINE = `query Timeline($a: String!, $b: String!, $g: Granularity!) {
  relation(a: $a, b: $b) { timeline(granularity: $g) { start events intensity byKind { kind count } } }
}`;

// PAIR_EVENTS is the next page of the pair's events.
export const PAIR_EVENTS = `query PairEvents($a: String!, $b: String!, $after: String) {
  relation(a: $a, b: $b) { events(first: 20, after: $after) { ${EVENTS_PAGE} } }
}
${EVENT}`;

// COUNTRY is everything the country view shows but the network.
export const COUNTRY = `query Country($a: String!) {
  country(code: $a) {
    code name
    leaders(first: 5) { nodes { name title } }
    partners(first: 15) { country { code name } sharedEvents lastContact }
    events(first: 20) { ${EVENTS_PAGE} }
  }
}
${EVENT}`;

// COUNTRY_EVENTS is the next page of a country's events.
export const COUNTRY_EVENTS = `query CountryEvents($a: String!, $after: String) {
  country(code: $a) { events(first: 20, after: $after) { ${EVENTS_PAGE} } }
}
${EVENT}`;

// networkQuery asks for the partners of each of codes (one or two) and
// the partners of those partners, for the ties between them.
export function networkQuery(count) {
  const args = count === 2 ? '$a: String!, $b: String!' : '$a: String!';
  const one = (alias, v) => `${alias}: country(code: ${v}) {
    code name
    partners(first: 10) { sharedEvents lastContact country { code name partners(first: 10) { sharedEvents country { code } } } }
  }`;
  return `query Network(${args}) {
  ${one('a', '$a')}
  ${count === 2 ? one('b', '$b') : ''}
}`;
}
