// Small DOM helpers: elements are built with text nodes, never from HTML
// strings, so that no text from the graph is ever parsed as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

// h builds an HTML element: h('a', {href: '/x', class: 'y'}, 'text', child…).
// Attributes whose value is null, undefined or false are left out; an
// attribute named on… with a function value becomes an event listener.
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

// s builds an SVG element the same way.
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// replace empties el and appends children.
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const usdFull = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

// money formats a US dollar amount compactly ("$44B"); moneyFull in full.
export const money = (v) => usd.format(v);
export const moneyFull = (v) => usdFull.format(v);

// kindLabel turns an EventKind into words: PHONE_CALL → "Phone call".
export function kindLabel(kind) {
  const w = String(kind || '').toLowerCase().replace(/_/g, ' ');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

// KINDS are the event kinds in the order of their weight on the
// cooperation scale, with their colours (Okabe–Ito, for colour-blind readers).
export const KINDS = [
  ['AGREEMENT', '#0072b2'],
  ['SUMMIT', '#d55e00'],
  ['VISIT', '#009e73'],
  ['MEETING', '#56b4e9'],
  ['FORUM', '#e69f00'],
  ['PHONE_CALL', '#cc79a7'],
  ['CEREMONY', '#b59f00'],
  ['STATEMENT', '#7f7f7f'],
  ['OTHER', '#c4c4c4'],
];
const kindColours = new Map(KINDS);

// kindColour is the colour of an event kind.
export const kindColour = (kind) => kindColours.get(kind) || '#c4c4c4';

// periodLabel names the period that starts on date (YYYY-MM-DD) at a
// granularity: "Jun 2025", "Q2 2025" or "2025".
export function periodLabel(date, granularity) {
  const [y, m] = date.split('-').map(Number);
  switch (granularity) {
    case 'YEAR': return String(y);
    case 'QUARTER': return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    default: return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
}
