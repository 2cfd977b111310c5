// The network view: actors as circles sized by centrality, one line per pair of actors in contact
// (coloured by the pair's most frequent type, thicker for more interactions). Clicking a line
// shows its evidence; clicking a circle focuses that actor. Wheel zooms, dragging pans.

import { el, clear, title, TYPE_COLOURS, stateColour, actorTooltip } from './svg.js';
import { forceLayout } from './force_layout.js';

const WIDTH = 900, HEIGHT = 560, MAX_NODES = 150, LABELLED = 25;

// Interactions -> pairs: {key, source, target, interactions: [...], type (most frequent)}.
export function pairsOf(edges) {
  const pairs = new Map();
  for (const e of edges) {
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}|${b}`;
    if (!pairs.has(key)) pairs.set(key, { key, source: a, target: b, interactions: [] });
    pairs.get(key).interactions.push(e);
  }
  for (const p of pairs.values()) {
    const count = {};
    for (const e of p.interactions) count[e.type] = (count[e.type] || 0) + 1;
    p.type = Object.entries(count).sort((x, y) => y[1] - x[1])[0][0];
  }
  return [...pairs.values()];
}

export class NetworkView {
  constructor(svg, { onPair, onActor }) {
    this.svg = svg;
    this.onPair = onPair;
    this.onActor = onActor;
    this.view = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
    this.installPanZoom();
  }

  // graph: /api/graph answer; scores: Map id -> centrality; focus: actor id or null.
  // Returns how many actors are drawn (the most central MAX_NODES, and the focus).
  render(graph, scores, focus) {
    clear(this.svg);
    this.view = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
    this.applyView();
    let nodes = graph.nodes;
    if (nodes.length > MAX_NODES) {      // keep the most central (and the focus) readable
      nodes = [...nodes].sort((a, b) => (scores.get(b.id) || 0) - (scores.get(a.id) || 0) || a.id.localeCompare(b.id))
        .filter((n, i) => i < MAX_NODES || n.id === focus);
    }
    const shown = new Set(nodes.map((n) => n.id));
    const pairs = pairsOf(graph.edges).filter((p) => shown.has(p.source) && shown.has(p.target));
    const positions = forceLayout(nodes, pairs.map((p) => ({ source: p.source, target: p.target, weight: p.interactions.length })), WIDTH, HEIGHT);
    const maxScore = Math.max(1e-9, ...nodes.map((n) => scores.get(n.id) || 0));
    // Circles shrink as the graph grows, so that a crowded graph is not one blot.
    const largest = Math.max(6, Math.min(18, 180 / Math.sqrt(nodes.length)));
    const neighbours = new Set();
    if (focus) for (const p of pairs) if (p.source === focus || p.target === focus) neighbours.add(p.source).add(p.target);

    const linkLayer = el('g', { class: 'links' }, this.svg);
    for (const p of pairs) {
      const a = positions.get(p.source), b = positions.get(p.target);
      const dim = focus && !(p.source === focus || p.target === focus);
      const group = el('g', { class: 'pair', 'data-pair': p.key }, linkLayer);
      const line = el('line', {
        class: `link${dim ? ' dim' : ''}`, x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        stroke: TYPE_COLOURS[p.type], 'stroke-width': Math.min(1 + Math.log2(p.interactions.length) * 1.5, 7),
      }, group);
      const hit = el('line', { class: 'link-hit', x1: a.x, y1: a.y, x2: b.x, y2: b.y }, group);
      title(hit, `${p.interactions.length} interaction(s): ${[...new Set(p.interactions.map((e) => e.type))].join(', ')}`);
      hit.addEventListener('click', (event) => {
        event.stopPropagation();
        this.svg.querySelectorAll('.link.selected').forEach((l) => l.classList.remove('selected'));
        line.classList.add('selected');
        this.onPair(p);
      });
    }

    const byScore = [...nodes].sort((a, b) => (scores.get(b.id) || 0) - (scores.get(a.id) || 0));
    const labelled = new Set(byScore.slice(0, LABELLED).map((n) => n.id));
    if (focus) neighbours.forEach((id) => labelled.add(id));
    const nodeLayer = el('g', { class: 'nodes' }, this.svg);
    for (const node of nodes) {
      const at = positions.get(node.id);
      const dim = focus && !neighbours.has(node.id) && node.id !== focus;
      const group = el('g', { class: `node${node.id === focus ? ' focus' : ''}${dim ? ' dim' : ''}`, 'data-actor': node.id,
        transform: `translate(${at.x},${at.y})` }, nodeLayer);
      const radius = 3 + (largest - 3) * Math.sqrt((scores.get(node.id) || 0) / maxScore);
      const shape = node.kind === 'state'
        ? el('rect', { x: -radius, y: -radius, width: 2 * radius, height: 2 * radius, fill: stateColour(node.state || node.id) }, group)
        : el('circle', { r: radius, fill: stateColour(node.state) }, group);
      title(shape, actorTooltip(node));
      shape.addEventListener('click', (event) => { event.stopPropagation(); this.onActor(node); });
      if (labelled.has(node.id)) el('text', { x: radius + 2, y: 4 }, group).textContent = node.label;
    }
    return nodes.length;
  }

  applyView() {
    const { x, y, w, h } = this.view;
    this.svg.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
  }

  installPanZoom() {
    this.svg.addEventListener('wheel', (event) => {
      event.preventDefault();
      const factor = event.deltaY > 0 ? 1.15 : 1 / 1.15;
      const box = this.svg.getBoundingClientRect();
      const px = this.view.x + ((event.clientX - box.left) / box.width) * this.view.w;
      const py = this.view.y + ((event.clientY - box.top) / box.height) * this.view.h;
      this.view = { x: px - (px - this.view.x) * factor, y: py - (py - this.view.y) * factor, w: this.view.w * factor, h: this.view.h * factor };
      this.applyView();
    }, { passive: false });
    let drag = null;
    this.svg.addEventListener('pointerdown', (event) => { drag = { x: event.clientX, y: event.clientY, view: { ...this.view } }; });
    window.addEventListener('pointerup', () => { drag = null; });
    this.svg.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const box = this.svg.getBoundingClientRect();
      this.view.x = drag.view.x - ((event.clientX - drag.x) / box.width) * drag.view.w;
      this.view.y = drag.view.y - ((event.clientY - drag.y) / box.height) * drag.view.h;
      this.applyView();
    });
  }
}
