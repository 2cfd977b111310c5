// The JSON API of `parley serve` (query/http_api.hpp), as promises. Errors carry the server's message.

async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status} from ${path}`);
  return body;
}

// filters: {from, to, types: [..]} as the page holds them; the API takes type=a,b.
function windowParams(filters) {
  return { from: filters.from, to: filters.to, type: filters.types.join(',') };
}

export const api = {
  stats: () => get('/api/stats'),
  actors: (q) => get('/api/actors', { q, limit: 20 }),
  graph: (filters) => get('/api/graph', windowParams(filters)),
  centrality: (filters, metric) => get('/api/centrality', { ...windowParams(filters), metric, top: 1000 }),
  timeline: (filters, actors, hops) => get('/api/timeline', { ...windowParams(filters), actors: actors.join(','), hops }),
  edge: (id) => get(`/api/edges/${id}`),
};
