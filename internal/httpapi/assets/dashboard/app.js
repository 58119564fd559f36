// The dashboard: pick a country or a pair; the page shows, from the
// public GraphQL API only, a pair's timeline, partnership history, trade,
// sectors and projects, the partner network, and the event list with
// each fact's source sentence and article. The choice lives in the URL
// (#a=KAZ&b=CHN&g=MONTH), so a view can be linked and the Back button works.
import { h, replace } from './dom.js';
import { gql, GraphQLError, COUNTRIES, PAIR, TIMELINE, PAIR_EVENTS, COUNTRY, COUNTRY_EVENTS, networkQuery } from './api.js';
import { renderTimeline } from './timeline.js';
import { buildGraph, renderNetwork } from './network.js';
import { trade, partnership, sectorsAndProjects, partnersTable, eventItem } from './sections.js';

const $ = (id) => document.getElementById(id);
const GRANULARITIES = ['MONTH', 'QUARTER', 'YEAR'];
let loading = null; // the AbortController of the view being loaded
const countryNames = new Map(); // code → name, from the picker's list

// route reads the view asked for by the URL's fragment.
function route() {
  const p = new URLSearchParams(location.hash.slice(1));
  const g = (p.get('g') || 'MONTH').toUpperCase();
  return { a: (p.get('a') || '').trim(), b: (p.get('b') || '').trim(), g: GRANULARITIES.includes(g) ? g : 'MONTH' };
}

function go(r) {
  const p = new URLSearchParams();
  if (r.a) p.set('a', r.a);
  if (r.b) p.set('b', r.b);
  if (r.g && r.g !== 'MONTH') p.set('g', r.g);
  const hash = `#${p}`;
  if (location.hash === hash) show(r);
  else location.hash = hash; // hashchange shows it
}

// codeOf takes what was typed or picked: "KAZ", "kz", "Kazakhstan" or
// "Kazakhstan (KAZ)"; the API accepts the first three itself.
function codeOf(text) {
  const m = /\(([A-Za-z]{2,3})\)\s*$/.exec(text);
  return (m ? m[1] : text).trim();
}

function setState(state, view) {
  document.body.dataset.state = state;
  if (view) document.body.dataset.view = view;
}

function status(text, kind) {
  replace($('status'), text ? h('div', { class: `status ${kind || ''}` }, text) : null);
}

function card(id, title, wide, ...body) {
  return h('article', { class: wide ? 'card wide' : 'card', id: `${id}-card` },
    h('header', {}, h('h2', {}, title)), h('div', { id, class: 'card-body' }, ...body));
}

function describe(err) {
  if (err instanceof GraphQLError) {
    return err.code === 'BAD_USER_INPUT' ? err.message : `${err.message} (${err.code || 'error'})`;
  }
  return err.message || String(err);
}

// show loads and draws the view of r.
async function show(r) {
  if (loading) loading.abort();
  const ctl = (loading = new AbortController());
  $('country-a').value = r.a;
  $('country-b').value = r.b;
  if (!r.a) {
    $('view').hidden = true;
    $('intro').hidden = false;
    status('');
    setState('ready', 'intro');
    return;
  }
  $('intro').hidden = true;
  setState('loading');
  status('Loading…', 'busy');
  try {
    if (r.b) await showPair(r, ctl.signal);
    else await showCountry(r, ctl.signal);
    if (ctl.signal.aborted) return;
    status('');
    setState('ready', r.b ? 'pair' : 'country');
  } catch (err) {
    if (err.name === 'AbortError' || ctl.signal.aborted) return;
    $('view').hidden = true;
    status(describe(err), 'error');
    setState('error');
  }
}

async function showPair(r, signal) {
  const vars = { a: r.a, b: r.b };
  const [pair, net] = await Promise.all([
    gql(PAIR, { ...vars, g: r.g }, signal),
    gql(networkQuery(2), vars, signal),
  ]);
  const rel = pair.relation;
  const view = $('view');
  if (!rel) {
    const names = [net.a, net.b].map((c) => (c ? c.name : '?')).join(' and ');
    replace(view, h('p', { class: 'empty big' }, `${names} share no event, trade figure or partnership in the graph.`));
    view.hidden = false;
    return;
  }
  const [ca, cb] = [net.a, net.b];
  document.title = `${ca.name} – ${cb.name} · Bilateral relations`;
  const granularity = h('select', { id: 'granularity', 'aria-label': 'Period', onchange: (ev) => go({ ...r, g: ev.target.value }) },
    GRANULARITIES.map((g) => h('option', { value: g, selected: g === r.g }, { MONTH: 'by month', QUARTER: 'by quarter', YEAR: 'by year' }[g])));
  const timelineCard = card('timeline', 'Timeline', true, renderTimeline(rel.timeline, r.g));
  timelineCard.querySelector('header').append(granularity);
  const summary = h('section', { class: 'summary', id: 'summary' },
    h('h2', { class: 'pair-title' }, h('a', { href: `#a=${encodeURIComponent(ca.code)}` }, ca.name), h('span', { class: 'dash' }, ' – '), h('a', { href: `#a=${encodeURIComponent(cb.code)}` }, cb.name)),
    h('dl', { class: 'facts' },
      fact('Partnership', rel.partnership ? rel.partnership.level : 'none stated'),
      fact('First contact', rel.firstContact || '—'),
      fact('Last contact', rel.lastContact || '—'),
      fact('Events', rel.events.totalCount),
      fact('Articles', rel.articles.totalCount),
      fact('Leaders who met', rel.leaders.map((l) => l.name).join(', ') || '—')));
  replace(view, summary, h('div', { class: 'grid' },
    timelineCard,
    card('network', 'Partners of both', false, renderNetwork(buildGraph([ca, cb]), (code) => go({ a: ca.code, b: code, g: r.g }))),
    h('div', { class: 'stack' },
      card('trade', 'Trade by year', false, trade(rel.trade)),
      card('partnership', 'Partnership history', false, partnership(rel.partnershipHistory, rel.partnership)),
      card('sectors', 'Sectors and projects', false, sectorsAndProjects(rel.sectors, rel.projects))),
    card('events', 'Events', true, eventList(rel.events, (after) => gql(PAIR_EVENTS, { ...vars, after }).then((d) => d.relation.events)))));
  view.hidden = false;
}

async function showCountry(r, signal) {
  const [data, net] = await Promise.all([
    gql(COUNTRY, { a: r.a }, signal),
    gql(networkQuery(1), { a: r.a }, signal),
  ]);
  const c = data.country;
  const view = $('view');
  if (!c) {
    replace(view, h('p', { class: 'empty big' }, `No country ${r.a} in the graph.`));
    view.hidden = false;
    return;
  }
  document.title = `${c.name} · Bilateral relations`;
  const summary = h('section', { class: 'summary', id: 'summary' },
    h('h2', { class: 'pair-title' }, c.name, h('span', { class: 'muted' }, ` ${c.code}`)),
    h('dl', { class: 'facts' },
      fact('Events', c.events.totalCount),
      fact('Partners', c.partners.length),
      fact('Leaders', c.leaders.nodes.map((l) => (l.title ? `${l.name} (${l.title})` : l.name)).join(', ') || '—')),
    h('p', { class: 'hint' }, 'Pick a partner, in the network or the table, to see the pair’s timeline, trade and partnership history.'));
  replace(view, summary, h('div', { class: 'grid' },
    card('network', 'Partner network', false, renderNetwork(buildGraph([net.a]), (code) => go({ a: c.code, b: code, g: r.g }))),
    card('partners', 'Top partners', false, partnersTable(c.code, c.partners)),
    card('events', 'Events', true, eventList(c.events, (after) => gql(COUNTRY_EVENTS, { a: r.a, after }).then((d) => d.country.events)))));
  view.hidden = false;
}

function fact(label, value) {
  return h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value));
}

// eventList shows a page of events and a button for the next page.
function eventList(page, next) {
  const list = h('ol', { class: 'events', id: 'event-list' });
  const count = h('p', { class: 'caption' });
  const more = h('button', { type: 'button', class: 'more' }, 'More events');
  let shown = 0;
  let cursor = null;
  const add = (p) => {
    list.append(...p.nodes.map(eventItem));
    shown += p.nodes.length;
    cursor = p.pageInfo.endCursor;
    more.hidden = !p.pageInfo.hasNextPage;
    replace(count, `${shown} of ${p.totalCount} event${p.totalCount === 1 ? '' : 's'}, newest first; each with the sentences that report it.`);
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      add(await next(cursor));
    } catch (err) {
      status(describe(err), 'error');
    } finally {
      more.disabled = false;
    }
  });
  add(page);
  if (page.totalCount === 0) return h('p', { class: 'empty' }, 'No events.');
  return h('div', {}, count, list, more);
}

// loadCountries fills the picker's list with every country of the graph.
async function loadCountries() {
  const options = [];
  let after = null;
  for (let i = 0; i < 20; i++) {
    const d = await gql(COUNTRIES, { after });
    for (const c of d.countries.nodes) {
      countryNames.set(c.code, c.name);
      options.push(h('option', { value: c.code }, c.name));
    }
    if (!d.countries.pageInfo.hasNextPage) break;
    after = d.countries.pageInfo.endCursor;
  }
  replace($('country-list'), options);
  $('country-count').textContent = `${options.length} countries in the graph`;
  const examples = [];
  if (countryNames.has('KAZ') && countryNames.has('CHN')) {
    examples.push(h('a', { class: 'chip example', href: '#a=KAZ&b=CHN' }, `${countryNames.get('KAZ')} – ${countryNames.get('CHN')}`));
  }
  replace($('intro-countries'), examples,
    [...countryNames].sort((x, y) => x[1].localeCompare(y[1])).map(([code, name]) => h('a', { class: 'chip', href: `#a=${encodeURIComponent(code)}`, title: code }, name)));
}

function start() {
  $('picker').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = codeOf($('country-a').value), b = codeOf($('country-b').value);
    go({ a: a || b, b: a ? b : '', g: route().g });
  });
  $('swap').addEventListener('click', () => {
    const r = route();
    if (r.a && r.b) go({ ...r, a: r.b, b: r.a });
  });
  window.addEventListener('hashchange', () => show(route()));
  loadCountries().catch((err) => status(`Could not list the countries: ${describe(err)}`, 'error'));
  show(route());
}

start();
