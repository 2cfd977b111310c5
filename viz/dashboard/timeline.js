// The timeline view: a lane per actor, each dated interaction a vertical stroke between the lanes
// of its two actors at its date (same glyphs as `parley timeline --format svg`: called = dashed
// with hollow ends, met = solid with filled ends, visited = a triangle at the host). Clicking a
// mark shows its evidence.

import { el, clear, title, TYPE_COLOURS, actorTooltip } from './svg.js';

const LANE = 22, LEFT = 190, RIGHT = 20, TOP = 16, MAX_LANES = 40;
const DAY = 86400000;

// "2024", "2024-03" or "2024-03-05" -> ms since the epoch (the middle of a month or year is not
// invented: a month-precise date sits on its first day, as in the SVG export).
export function dayOf(iso) {
  const [y, m = '01', d = '01'] = iso.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function ticks(first, last) {
  const span = (last - first) / DAY;
  const out = [];
  const start = new Date(first);
  if (span > 1100) {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= last; y++) if (Date.UTC(y, 0, 1) >= first) out.push([Date.UTC(y, 0, 1), String(y)]);
  } else if (span > 62) {
    const step = span > 400 ? 3 : 1;
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); t <= last;) {
      if (t >= first) out.push([t, new Date(t).toISOString().slice(0, 7)]);
      const d = new Date(t);
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
    }
  } else {
    const step = span > 20 ? 7 : span > 6 ? 2 : 1;
    for (let t = first; t <= last; t += step * DAY) out.push([t, new Date(t).toISOString().slice(0, 10)]);
  }
  return out;
}

export class TimelineView {
  constructor(svg, { onInteraction }) {
    this.svg = svg;
    this.onInteraction = onInteraction;
  }

  // window: /api/timeline answer. Returns a caption ("N dated contacts among M actors ...").
  render(window, width) {
    clear(this.svg);
    const degree = new Map();
    const dated = window.edges.filter((e) => e.date);
    for (const e of dated) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) || 0) + 1);
    const lanes = window.nodes.filter((n) => degree.has(n.id))
      .sort((a, b) => degree.get(b.id) - degree.get(a.id) || a.label.localeCompare(b.label)).slice(0, MAX_LANES);
    const laneOf = new Map(lanes.map((n, i) => [n.id, i]));
    const shown = dated.filter((e) => laneOf.has(e.source) && laneOf.has(e.target));
    const height = TOP + lanes.length * LANE + 40;
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (shown.length === 0) {
      el('text', { x: 10, y: 20 }, this.svg).textContent = 'No dated contacts in this selection.';
      return '0 dated contacts';
    }
    const days = shown.map((e) => dayOf(e.date));
    let first = Math.min(...days), last = Math.max(...days);
    if (first === last) { first -= 3 * DAY; last += 3 * DAY; }
    const pad = (last - first) * 0.03;
    const x = (t) => LEFT + ((t - first + pad) / (last - first + 2 * pad)) * (width - LEFT - RIGHT);
    const y = (lane) => TOP + lane * LANE + LANE / 2;

    lanes.forEach((node, i) => {
      if (i % 2 === 0) el('rect', { x: 0, y: y(i) - LANE / 2, width, height: LANE, fill: '#f6f7f9' }, this.svg);
      el('line', { class: 'lane', x1: LEFT, y1: y(i), x2: width - RIGHT, y2: y(i) }, this.svg);
      const label = el('text', { class: 'lane-label', x: LEFT - 8, y: y(i) + 4, 'text-anchor': 'end',
        'font-style': node.kind === 'official' ? 'normal' : 'italic' }, this.svg);
      label.textContent = node.label.length > 30 ? `${node.label.slice(0, 29)}…` : node.label;
      title(label, actorTooltip(node));
    });
    const axisY = TOP + lanes.length * LANE + 6;
    const axis = el('g', { class: 'axis' }, this.svg);
    el('line', { x1: LEFT, y1: axisY, x2: width - RIGHT, y2: axisY, stroke: '#555' }, axis);
    for (const [t, text] of ticks(first, last)) {
      el('line', { x1: x(t), y1: TOP - 4, x2: x(t), y2: axisY + 4 }, axis);
      el('text', { x: x(t), y: axisY + 18, 'text-anchor': 'middle' }, axis).textContent = text;
    }

    // Contacts of one day stand side by side so that two meetings are not read as one of three.
    const perDay = new Map(), drawn = new Map();
    for (const t of days) perDay.set(t, (perDay.get(t) || 0) + 1);
    const labels = new Map(window.nodes.map((n) => [n.id, n.label]));
    shown.forEach((e, i) => {
      const t = days[i];
      const slot = drawn.get(t) || 0;
      drawn.set(t, slot + 1);
      const cx = x(t) + (slot - (perDay.get(t) - 1) / 2) * 9;
      const ya = y(laneOf.get(e.source)), yb = y(laneOf.get(e.target));
      const colour = TYPE_COLOURS[e.type];
      const mark = el('g', { class: 'mark', 'data-edge': e.id }, this.svg);
      title(mark, `${e.type} ${e.date}: ${labels.get(e.source)} ${e.type === 'visited' ? '→' : '—'} ${labels.get(e.target)}` +
        (e.location ? ` (${e.location})` : '') + `\n${e.mention_count} mention(s); click for evidence`);
      el('line', { x1: cx, y1: ya, x2: cx, y2: yb, stroke: colour, 'stroke-width': 1.8, 'stroke-opacity': 0.8,
        ...(e.type === 'called' ? { 'stroke-dasharray': '4 3' } : {}) }, mark);
      if (e.type === 'visited') {
        el('circle', { cx, cy: ya, r: 3, fill: colour }, mark);
        el('path', { d: `M${cx} ${yb - 6} L${cx + 6} ${yb + 5} L${cx - 6} ${yb + 5} Z`, fill: colour }, mark);
      } else {
        for (const cy of [ya, yb]) el('circle', { cx, cy, r: 4.5, fill: e.type === 'called' ? '#fff' : colour, stroke: colour, 'stroke-width': 2 }, mark);
      }
      el('line', { x1: cx, y1: ya, x2: cx, y2: yb, stroke: 'transparent', 'stroke-width': 9 }, mark);
      mark.addEventListener('click', () => this.onInteraction(e));
    });
    const undated = window.edges.length - dated.length;
    const hidden = dated.length - shown.length;
    return `${shown.length} dated contacts among ${lanes.length} actors` +
      (hidden ? `; ${hidden} beyond the ${MAX_LANES} busiest lanes` : '') + (undated ? `; ${undated} undated` : '');
  }
}
