// The dashboard's cards other than the charts: trade, partnership
// history, sectors and projects, partners, and the event list with each
// fact's source sentence and article.
import { h, money, moneyFull, kindColour, kindLabel } from './dom.js';

// articleHref links an article: its URL when it has one, else the API's
// answer about it (GET /graphql?query=…).
function articleHref(a) {
  if (a.url && /^https?:\/\//i.test(a.url)) return a.url;
  const q = `{ article(id: ${JSON.stringify(a.id)}) { id title date source dateline url } }`;
  return `/graphql?query=${encodeURIComponent(q)}`;
}

// sources lists evidence: each sentence quoted, with a link to its article.
export function sources(list) {
  if (!list || list.length === 0) return null;
  return h('ul', { class: 'sources' }, list.map((e) => {
    const a = e.article || {};
    const label = [a.source, a.date].filter(Boolean).join(', ') || `article ${a.id}`;
    return h('li', { class: 'source' },
      h('blockquote', { class: 'sentence' }, e.sentence),
      h('a', { class: 'article', href: articleHref(a), target: '_blank', rel: 'noopener noreferrer', title: a.title || `article ${a.id}` },
        a.title ? `${a.title} — ${label}` : label));
  }));
}

// trade is a table of trade figures by year, newest first, each with a
// bar, whether it was a record, and its sources.
export function trade(figures) {
  if (!figures.length) return h('p', { class: 'empty' }, 'No trade figure reported for this pair.');
  const max = Math.max(...figures.map((f) => f.valueUsd));
  return h('table', { class: 'trade', id: 'trade-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Year'), h('th', {}, 'Trade volume'), h('th', {}, 'Source'))),
    h('tbody', {}, figures.map((f) => {
      const bar = h('span', { class: 'bar' });
      bar.style.width = `${Math.max(2, (100 * f.valueUsd) / max)}%`;
      return h('tr', { 'data-year': f.year ?? '', 'data-value': f.valueUsd },
        h('td', { class: 'year' }, f.year ?? '—'),
        h('td', { class: 'value' },
          h('div', { class: 'value-line' }, h('strong', { title: moneyFull(f.valueUsd) }, money(f.valueUsd)), f.record ? h('span', { class: 'badge record' }, 'record') : null),
          h('div', { class: 'bar-track' }, bar)),
        h('td', { class: 'evidence' }, sources(f.sources)));
    })));
}

const span = (first, last) => (first && last && first !== last ? `${first} – ${last}` : first || last || 'undated');

// partnership lists the partnership levels stated over time, the current
// one marked.
export function partnership(history, current) {
  if (!history.length) return h('p', { class: 'empty' }, 'No partnership level stated for this pair.');
  const sorted = [...history].sort((a, b) => String(a.firstSeen || '').localeCompare(String(b.firstSeen || '')));
  return h('ol', { class: 'partnership' }, sorted.map((p) => {
    const isCurrent = current && p.level === current.level;
    return h('li', { class: isCurrent ? 'level current' : 'level' },
      h('div', { class: 'level-head' }, h('strong', {}, p.level), isCurrent ? h('span', { class: 'badge current' }, 'current') : null),
      h('div', { class: 'dates' }, `stated ${span(p.firstSeen, p.lastSeen)}`),
      sources(p.sources));
  }));
}

// sectors shows the sectors of cooperation and the joint projects.
export function sectorsAndProjects(sectorCounts, projects) {
  return h('div', { class: 'sectors' },
    h('h3', {}, 'Sectors discussed'),
    sectorCounts.length
      ? h('ul', { class: 'chips' }, sectorCounts.map((c) => h('li', { class: 'chip' }, c.sector.name, h('span', { class: 'count' }, c.mentions))))
      : h('p', { class: 'empty' }, 'None reported.'),
    h('h3', {}, 'Joint projects'),
    projects.length
      ? h('ul', { class: 'projects' }, projects.map((p) => h('li', {}, h('strong', {}, p.name),
        p.sector ? h('span', { class: 'muted' }, ` · ${p.sector.name}`) : null,
        p.status ? h('span', { class: 'badge' }, p.status) : null)))
      : h('p', { class: 'empty' }, 'None reported.'));
}

// partnersTable ranks a country's partners by shared events, each a link
// to the pair.
export function partnersTable(code, partners) {
  if (!partners.length) return h('p', { class: 'empty' }, 'No partners found in the graph.');
  return h('table', { class: 'partners' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Partner'), h('th', { class: 'num' }, 'Shared events'), h('th', {}, 'Last contact'))),
    h('tbody', {}, partners.map((p) => h('tr', { 'data-code': p.country.code },
      h('td', {}, h('a', { href: `#a=${encodeURIComponent(code)}&b=${encodeURIComponent(p.country.code)}` }, p.country.name), h('span', { class: 'muted' }, ` ${p.country.code}`)),
      h('td', { class: 'num' }, p.sharedEvents),
      h('td', {}, p.lastContact || '—')))));
}

// eventItem is one event of the list: its date, kind, place and people,
// its summary when it says more than its sources, and its sources.
export function eventItem(e) {
  const kind = h('span', { class: 'kind' }, kindLabel(e.kind));
  kind.style.background = kindColour(e.kind);
  const said = new Set((e.sources || []).map((x) => x.sentence));
  const where = e.location ? ` in ${e.location.name}` : '';
  return h('li', { class: 'event', 'data-key': e.key, 'data-kind': e.kind },
    h('div', { class: 'event-head' },
      h('time', { datetime: e.date || '' }, e.date || 'undated'),
      kind,
      h('span', { class: 'title' }, `${kindLabel(e.kind)}${where}`),
      h('span', { class: 'reports', title: 'distinct articles reporting it' }, `${e.sourceCount} report${e.sourceCount === 1 ? '' : 's'}`)),
    e.leaders.length || e.countries.length
      ? h('div', { class: 'who' },
        e.leaders.length ? h('span', {}, e.leaders.map((l) => l.name).join(', ')) : null,
        e.countries.length ? h('span', { class: 'muted' }, ` · ${e.countries.map((c) => c.code).join(', ')}`) : null)
      : null,
    e.summary && !said.has(e.summary) ? h('p', { class: 'summary' }, e.summary) : null,
    sources(e.sources));
}
