// The partners of one country, or of both countries of a pair, as a
// network picture: countries are nodes, shared events are edges (wider
// for more), laid out by a small deterministic force simulation.
import { s, h } from './dom.js';

const W = 520, H = 400, PAD = 34;

// buildGraph turns the Network query's countries (a, and b for a pair)
// into nodes and weighted edges. Ties between two partners count only
// when both are in the picture.
export function buildGraph(centres) {
  const nodes = new Map();
  const edges = new Map();
  const node = (c, centre) => {
    let n = nodes.get(c.code);
    if (!n) nodes.set(c.code, (n = { code: c.code, name: c.name || c.code, centre: false, weight: 0 }));
    if (c.name) n.name = c.name;
    if (centre) n.centre = true;
    return n;
  };
  const edge = (a, b, w) => {
    if (a === b) return;
    const k = a < b ? `${a}|${b}` : `${b}|${a}`;
    const e = edges.get(k);
    if (!e) edges.set(k, { a: a < b ? a : b, b: a < b ? b : a, weight: w });
    else e.weight = Math.max(e.weight, w);
  };
  for (const c of centres) node(c, true);
  for (const c of centres) {
    for (const p of c.partners) {
      const n = node(p.country, false);
      n.weight = Math.max(n.weight, p.sharedEvents);
      edge(c.code, p.country.code, p.sharedEvents);
    }
  }
  for (const c of centres) {
    for (const p of c.partners) {
      for (const q of p.country.partners || []) {
        if (nodes.has(q.country.code)) edge(p.country.code, q.country.code, q.sharedEvents);
      }
    }
  }
  for (const n of nodes.values()) if (n.centre) n.weight = Math.max(n.weight, ...[...edges.values()].filter((e) => e.a === n.code || e.b === n.code).map((e) => e.weight), 1);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// layout places the nodes: centres fixed (one in the middle, or two side
// by side), the others started on a circle in code order and moved by
// Fruchterman–Reingold forces for a fixed number of steps, so the same
// graph always gets the same picture.
function layout(graph) {
  const centres = graph.nodes.filter((n) => n.centre);
  const others = graph.nodes.filter((n) => !n.centre).sort((a, b) => (a.code < b.code ? -1 : 1));
  centres.forEach((n, i) => {
    n.x = centres.length === 1 ? W / 2 : W / 2 + (i === 0 ? -1 : 1) * W * 0.16;
    n.y = H / 2;
  });
  others.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, others.length) - Math.PI / 2;
    n.x = W / 2 + Math.cos(a) * W * 0.36;
    n.y = H / 2 + Math.sin(a) * H * 0.36;
  });
  const byCode = new Map(graph.nodes.map((n) => [n.code, n]));
  const k = Math.sqrt(((W - 2 * PAD) * (H - 2 * PAD)) / Math.max(1, graph.nodes.length)) * 0.95;
  let temp = W / 10;
  for (let step = 0; step < 300; step++) {
    for (const n of others) { n.dx = 0; n.dy = 0; }
    for (const a of others) {
      for (const b of graph.nodes) {
        if (a === b) continue;
        let dx = a.x - b.x, dy = a.y - b.y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) { dx = 0.01; dy = 0; d = 0.01; }
        const f = (k * k) / d;
        a.dx += (dx / d) * f;
        a.dy += (dy / d) * f;
      }
    }
    for (const e of graph.edges) {
      const a = byCode.get(e.a), b = byCode.get(e.b);
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (0.5 + Math.min(2, Math.log2(1 + e.weight)) / 4);
      if (!a.centre) { a.dx -= (dx / d) * f; a.dy -= (dy / d) * f; }
      if (!b.centre) { b.dx += (dx / d) * f; b.dy += (dy / d) * f; }
    }
    for (const n of others) {
      n.dx += (W / 2 - n.x) * 0.02 * k / 10;
      n.dy += (H / 2 - n.y) * 0.02 * k / 10;
      const d = Math.max(0.01, Math.hypot(n.dx, n.dy));
      n.x = Math.min(W - PAD, Math.max(PAD, n.x + (n.dx / d) * Math.min(d, temp)));
      n.y = Math.min(H - PAD - 8, Math.max(PAD, n.y + (n.dy / d) * Math.min(d, temp)));
    }
    temp = Math.max(0.5, temp * 0.985);
  }
  // Then nodes whose labels would overlap are pushed apart.
  for (let step = 0; step < 60; step++) {
    let moved = false;
    for (let i = 0; i < others.length; i++) {
      for (const b of graph.nodes) {
        const a = others[i];
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y;
        const ox = LABEL_W - Math.abs(dx), oy = LABEL_H - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox / LABEL_W < oy / LABEL_H) a.x += (dx >= 0 ? 1 : -1) * Math.min(ox, 6);
        else a.y += (dy >= 0 ? 1 : -1) * Math.min(oy, 6);
        a.x = Math.min(W - PAD, Math.max(PAD, a.x));
        a.y = Math.min(H - PAD - 8, Math.max(PAD, a.y));
      }
    }
    if (!moved) break;
  }
}

// The room a node and its label take, for the overlap pass.
const LABEL_W = 80, LABEL_H = 40;

const radius = (n) => (n.centre ? 22 : Math.min(20, 11 + 2 * Math.sqrt(n.weight)));

// renderNetwork draws graph into a new element; onPick(code) is called
// when a partner (not a centre) is clicked or chosen with the keyboard.
export function renderNetwork(graph, onPick) {
  if (graph.nodes.length <= graph.nodes.filter((n) => n.centre).length && graph.edges.length === 0) {
    return h('p', { class: 'empty' }, 'No partners found in the graph.');
  }
  layout(graph);
  const byCode = new Map(graph.nodes.map((n) => [n.code, n]));
  const centres = new Set(graph.nodes.filter((n) => n.centre).map((n) => n.code));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart network-chart', role: 'img', 'aria-label': 'Partner network' });
  const maxW = Math.max(1, ...graph.edges.map((e) => e.weight));
  const sorted = [...graph.edges].sort((a, b) => a.weight - b.weight);
  for (const e of sorted) {
    const a = byCode.get(e.a), b = byCode.get(e.b);
    const cls = centres.has(e.a) && centres.has(e.b) ? 'edge pair' : centres.has(e.a) || centres.has(e.b) ? 'edge direct' : 'edge tie';
    svg.append(s('line', { class: cls, 'data-a': e.a, 'data-b': e.b, 'data-weight': e.weight, x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 1 + 5 * Math.sqrt(e.weight / maxW) },
      s('title', {}, `${a.name} – ${b.name}: ${e.weight} shared event${e.weight > 1 ? 's' : ''}`)));
  }
  const nodes = [...graph.nodes].sort((a, b) => (a.centre === b.centre ? 0 : a.centre ? 1 : -1));
  for (const n of nodes) {
    const pick = n.centre ? null : () => onPick(n.code);
    const g = s('g', {
      class: n.centre ? 'node centre' : 'node', 'data-code': n.code, 'data-weight': n.weight,
      transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, tabindex: n.centre ? null : 0, role: n.centre ? null : 'button',
      onclick: pick, onkeydown: pick && ((ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } }),
    },
    s('title', {}, n.centre ? n.name : `${n.name}: ${n.weight} shared event${n.weight > 1 ? 's' : ''} — show the pair`),
    s('circle', { r: radius(n) }),
    s('text', { class: 'code', y: 4, 'text-anchor': 'middle' }, n.code),
    s('text', { class: 'name', y: radius(n) + 13, 'text-anchor': 'middle' }, n.name.length > 18 ? `${n.name.slice(0, 17)}…` : n.name));
    svg.append(g);
  }
  return h('div', { class: 'network' }, svg,
    h('p', { class: 'caption' }, `${graph.nodes.length - centres.size} partner${graph.nodes.length - centres.size === 1 ? '' : 's'}, ranked by shared events; a line's width is the number of events two countries shared. Click a partner to see the pair.`));
}
