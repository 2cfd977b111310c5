// Small helpers for building SVG by hand (no library).

const NS = 'http://www.w3.org/2000/svg';

export function el(name, attributes = {}, parent = null) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function title(node, text) {
  el('title', {}, node).textContent = text;
}

// The colour of each edge type (matches dashboard.css and the DOT export).
export const TYPE_COLOURS = { called: '#1f77b4', met: '#d62728', visited: '#2ca02c' };

// A stable colour per state, so an actor keeps its colour across reloads.
export function stateColour(state) {
  if (!state) return '#90a4ae';
  let h = 0;
  for (const c of state) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `hsl(${h % 360}, 55%, 45%)`;
}

// The name to show: English label, with the native names for the tooltip.
export function actorTooltip(actor) {
  const names = Object.entries(actor.names || {}).filter(([lang]) => lang !== 'en').map(([lang, n]) => `${n} (${lang})`);
  return [actor.label, ...names].join('\n');
}
