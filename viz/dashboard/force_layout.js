// A force-directed layout (Fruchterman-Reingold with cooling), written here so that the page needs
// no JavaScript library. Deterministic: starting positions come from the node ids, so the same
// graph lays out the same way on every load. O(n^2) per step; the page caps n.

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

// nodes: [{id}], links: [{source, target, weight}] by id. Returns Map id -> {x, y} in [0,width]x[0,height].
export function forceLayout(nodes, links, width, height, steps = 300) {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const x = new Float64Array(n), y = new Float64Array(n);
  nodes.forEach((node, i) => {
    const h = hash(node.id);
    x[i] = (h % 1000) / 1000 * width;
    y[i] = ((h >>> 10) % 1000) / 1000 * height;
  });
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.75;  // ideal edge length
  const edges = links.map((l) => [index.get(l.source), index.get(l.target), Math.log2(1 + (l.weight || 1))])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  let temperature = width / 8;
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let step = 0; step < steps; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {        // repulsion between every pair
      for (let j = i + 1; j < n; j++) {
        let ex = x[i] - x[j], ey = y[i] - y[j];
        let d2 = ex * ex + ey * ey;
        if (d2 < 0.01) { ex = 0.1 * ((i % 3) - 1 || 1); ey = 0.1; d2 = 0.02; }
        const f = (k * k) / d2;
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const [a, b, w] of edges) {     // attraction along edges, stronger for repeated contact
      const ex = x[a] - x[b], ey = y[a] - y[b];
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
      const f = (d * w) / k;
      dx[a] -= ex * f; dy[a] -= ey * f;
      dx[b] += ex * f; dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {        // gravity keeps separate components on screen
      dx[i] += (width / 2 - x[i]) * 0.02 * k / 10;
      dy[i] += (height / 2 - y[i]) * 0.02 * k / 10;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(d, temperature);
      x[i] += (dx[i] / d) * move;
      y[i] += (dy[i] / d) * move;
    }
    temperature *= 0.985;
  }
  // Fit into the box, leaving room on the right for the labels, which are drawn right of a node.
  const margin = 30, labelRoom = 130;
  const minX = Math.min(...x), maxX = Math.max(...x), minY = Math.min(...y), maxY = Math.max(...y);
  const sx = (width - 2 * margin - labelRoom) / Math.max(maxX - minX, 1), sy = (height - 2 * margin) / Math.max(maxY - minY, 1);
  const out = new Map();
  nodes.forEach((node, i) => out.set(node.id, {
    x: n === 1 ? width / 2 : margin + (x[i] - minX) * sx,
    y: n === 1 ? height / 2 : margin + (y[i] - minY) * sy,
  }));
  return out;
}
