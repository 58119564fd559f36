// The pair's timeline as an SVG chart: one stacked bar per period (events
// by kind), and the period's intensity as a line on the right-hand axis.
import { s, h, kindColour, kindLabel, periodLabel, KINDS } from './dom.js';

const W = 860, H = 250;
const M = { top: 14, right: 46, bottom: 40, left: 40 };

// periods returns the start dates of every period from the first bucket's
// to the last's, so that quiet periods show as gaps; the buckets' own
// starts when they do not fall on the steps.
function periods(buckets, granularity) {
  const starts = buckets.map((b) => b.start);
  if (starts.length < 2) return starts;
  const step = granularity === 'YEAR' ? 12 : granularity === 'QUARTER' ? 3 : 1;
  const [y0, m0] = starts[0].split('-').map(Number);
  const [y1, m1] = starts[starts.length - 1].split('-').map(Number);
  const out = [];
  for (let i = (y0 * 12 + m0 - 1); i <= y1 * 12 + m1 - 1 && out.length < 2400; i += step) {
    const y = Math.floor(i / 12), m = (i % 12) + 1;
    out.push(`${y}-${String(m).padStart(2, '0')}-01`);
  }
  const have = new Set(out);
  return starts.every((d) => have.has(d)) ? out : starts;
}

// niceMax rounds a maximum up to a round number for an axis.
function niceMax(v) {
  if (v <= 5) return Math.max(1, Math.ceil(v));
  const p = 10 ** Math.floor(Math.log10(v));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * p >= v) return f * p;
  return 10 * p;
}

// renderTimeline draws buckets (TimelineBucket objects) into a new
// element: the chart, its legend and a sentence saying what it shows.
export function renderTimeline(buckets, granularity) {
  const sorted = [...buckets].sort((a, b) => (a.start < b.start ? -1 : 1));
  const withEvents = sorted.filter((b) => b.events > 0);
  if (withEvents.length === 0) {
    return h('p', { class: 'empty' }, 'No dated events between these two countries.');
  }
  const slots = periods(sorted, granularity);
  const byStart = new Map(sorted.map((b) => [b.start, b]));
  const maxEvents = niceMax(Math.max(...sorted.map((b) => b.events)));
  const maxIntensity = niceMax(Math.max(...sorted.map((b) => b.intensity)));
  const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
  const slot = iw / slots.length;
  const barW = Math.max(2, Math.min(48, slot * 0.7));
  const x = (i) => M.left + slot * i + slot / 2;
  const yCount = (v) => M.top + ih - (v / maxEvents) * ih;
  const yInt = (v) => M.top + ih - (v / maxIntensity) * ih;

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline-chart', role: 'img', 'aria-label': 'Events per period by kind, and intensity' });
  // Axes and grid: four steps of each scale.
  for (let i = 0; i <= 4; i++) {
    const v = (maxEvents * i) / 4, y = yCount(v);
    svg.append(s('line', { class: 'gridline', x1: M.left, x2: W - M.right, y1: y, y2: y }));
    if (Number.isInteger(v)) svg.append(s('text', { class: 'tick', x: M.left - 6, y: y + 4, 'text-anchor': 'end' }, v));
    const iv = (maxIntensity * i) / 4;
    svg.append(s('text', { class: 'tick intensity-tick', x: W - M.right + 6, y: yInt(iv) + 4 }, Math.round(iv * 10) / 10));
  }
  svg.append(s('text', { class: 'axis-label', x: 12, y: M.top + ih / 2, transform: `rotate(-90 12 ${M.top + ih / 2})`, 'text-anchor': 'middle' }, 'events'));
  svg.append(s('text', { class: 'axis-label intensity-tick', x: W - 8, y: M.top + ih / 2, transform: `rotate(90 ${W - 8} ${M.top + ih / 2})`, 'text-anchor': 'middle' }, 'intensity'));

  // Bars, stacked in the order of KINDS.
  const every = Math.max(1, Math.ceil(slots.length / 12));
  slots.forEach((start, i) => {
    const b = byStart.get(start) || { start, events: 0, intensity: 0, byKind: [] };
    const label = periodLabel(start, granularity);
    const g = s('g', { class: 'bucket', 'data-start': start, 'data-events': b.events, 'data-intensity': b.intensity });
    let y = yCount(0);
    const counts = new Map(b.byKind.map((k) => [k.kind, k.count]));
    for (const [kind] of KINDS) {
      const n = counts.get(kind);
      if (!n) continue;
      const hgt = (n / maxEvents) * ih;
      y -= hgt;
      g.append(s('rect', { class: 'bar', 'data-kind': kind, x: x(i) - barW / 2, y, width: barW, height: Math.max(1, hgt - 1), fill: kindColour(kind), rx: 2 },
        s('title', {}, `${label}: ${n} ${kindLabel(kind).toLowerCase()}${n > 1 ? 's' : ''}`)));
    }
    if (b.events > 0) {
      const parts = b.byKind.map((k) => `${k.count} ${kindLabel(k.kind).toLowerCase()}`).join(', ');
      g.append(s('title', {}, `${label}: ${b.events} event${b.events > 1 ? 's' : ''} (${parts}); intensity ${b.intensity}`));
    }
    if (i % every === 0) {
      g.append(s('text', { class: 'tick period', x: x(i), y: H - M.bottom + 16, 'text-anchor': 'middle' }, label));
    }
    svg.append(g);
  });
  svg.append(s('line', { class: 'axis', x1: M.left, x2: W - M.right, y1: yCount(0), y2: yCount(0) }));

  // Intensity: a line over the periods that have events, and their points.
  const pts = slots.map((start, i) => [i, byStart.get(start)]).filter(([, b]) => b && b.events > 0);
  if (pts.length > 1) {
    svg.append(s('polyline', { class: 'intensity', points: pts.map(([i, b]) => `${x(i)},${yInt(b.intensity)}`).join(' ') }));
  }
  for (const [i, b] of pts) {
    svg.append(s('circle', { class: 'intensity-point', cx: x(i), cy: yInt(b.intensity), r: 4 },
      s('title', {}, `${periodLabel(b.start, granularity)}: intensity ${b.intensity}`)));
  }

  const present = new Set(sorted.flatMap((b) => b.byKind.map((k) => k.kind)));
  const legend = h('ul', { class: 'legend' },
    KINDS.filter(([k]) => present.has(k)).map(([k, c]) => {
      const sw = h('span', { class: 'swatch' });
      sw.style.background = c;
      return h('li', {}, sw, kindLabel(k));
    }),
    h('li', { class: 'legend-intensity' }, h('span', { class: 'swatch line' }), 'intensity (weighted by kind)'));

  const total = withEvents.reduce((n, b) => n + b.events, 0);
  const peak = withEvents.reduce((p, b) => (b.intensity > p.intensity ? b : p));
  const noun = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' }[granularity] || 'period';
  const caption = h('p', { class: 'caption' },
    `${total} dated event${total > 1 ? 's' : ''} in ${withEvents.length} ${noun}${withEvents.length > 1 ? 's' : ''}; ` +
    `the most intense: ${periodLabel(peak.start, granularity)} (${peak.events} event${peak.events > 1 ? 's' : ''}, intensity ${peak.intensity}).`);
  return h('div', { class: 'timeline' }, svg, legend, caption);
}
