// The dashboard: filters and actor search drive the network and the timeline; clicks on either
// open the evidence panel. All data comes from the read-only API of `parley serve`.

import { api } from './api.js';
import { NetworkView } from './network.js';
import { TimelineView } from './timeline.js';
import { EvidencePanel } from './evidence.js';

const $ = (id) => document.getElementById(id);
const TIMELINE_ACTORS = 25;   // without a focus, the timeline shows the most central actors
const LARGE_ARCHIVE = 20000;  // interactions beyond which the page opens on the last year

const state = { filters: { from: '', to: '', types: ['called', 'met', 'visited'] }, metric: 'pagerank', focus: null, labels: new Map() };

function message(text) { $('message').textContent = text; }
function onError(error) { message(error.message); }

const evidence = new EvidencePanel($('evidence'), onError);
const network = new NetworkView($('network'), {
  onPair: (pair) => evidence.show(`${state.labels.get(pair.source)} and ${state.labels.get(pair.target)}`, pair.interactions, state.labels),
  onActor: (actor) => focusOn(actor),
});
const timeline = new TimelineView($('timeline'), {
  onInteraction: (e) => evidence.show(`${state.labels.get(e.source)} and ${state.labels.get(e.target)}`, [e], state.labels),
});

function readFilters() {
  const from = $('from').value, to = $('to').value;
  if (from && to && from > to) throw new Error('The start date is after the end date.');
  const types = [...document.querySelectorAll('#types input:checked')].map((box) => box.value);
  if (types.length === 0) throw new Error('Choose at least one type of contact.');
  state.filters = { from, to, types };
  state.metric = $('metric').value;
}

async function refresh() {
  try {
    readFilters();
    message('');
    document.body.dataset.loading = 'true';
    const [graph, central] = await Promise.all([api.graph(state.filters), api.centrality(state.filters, state.metric)]);
    for (const n of graph.nodes) state.labels.set(n.id, n.label);
    const scores = new Map(central.items.map((a) => [a.id, a.score]));
    const drawn = network.render(graph, scores, state.focus?.id ?? null);
    $('network-caption').textContent = `${graph.nodes.length} actors, ${graph.edges.length} interactions` +
      (drawn < graph.nodes.length ? ` (the ${drawn} most central drawn)` : '') +
      (state.focus ? `; focus: ${state.focus.label}` : '');
    const lanes = state.focus ? [state.focus.id] : central.items.slice(0, TIMELINE_ACTORS).map((a) => a.id);
    const window = lanes.length ? await api.timeline(state.filters, lanes, state.focus ? 1 : 0) : { nodes: [], edges: [] };
    for (const n of window.nodes) state.labels.set(n.id, n.label);
    const width = Math.max($('timeline-scroll').clientWidth - 4, 700);
    $('timeline-caption').textContent = timeline.render(window, width);
  } catch (error) {
    onError(error);
  } finally {
    document.body.dataset.loading = 'false';
  }
}

function focusOn(actor) {
  state.focus = actor;
  state.labels.set(actor.id, actor.label);
  $('clear-focus').hidden = false;
  $('search-results').hidden = true;
  refresh();
}

let searchTimer = null;
async function search() {
  const q = $('search').value.trim();
  const list = $('search-results');
  if (!q) { list.hidden = true; return; }
  try {
    const found = await api.actors(q);
    if ($('search').value.trim() !== q) return;   // typed on meanwhile
    list.replaceChildren(...found.items.map((actor) => {
      const item = document.createElement('li');
      item.tabIndex = 0;
      item.dataset.actor = actor.id;
      const native = Object.entries(actor.names).filter(([lang]) => lang !== 'en').map(([, n]) => n);
      item.textContent = actor.label + (native.length ? ` (${native.slice(0, 2).join(', ')})` : '') + ` · ${actor.kind}`;
      item.addEventListener('click', () => focusOn(actor));
      item.addEventListener('keydown', (event) => { if (event.key === 'Enter') focusOn(actor); });
      return item;
    }));
    if (found.items.length === 0) list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'No actor by that name.' }));
    list.hidden = false;
  } catch (error) {
    onError(error);
  }
}

async function start() {
  try {
    const stats = await api.stats();
    $('stats').textContent = `${stats.interactions} interactions among ${stats.actors} actors from ${stats.articles} articles` +
      (stats.first_date ? `, ${stats.first_date} to ${stats.last_date}` : '');
    // A large archive opens on its last year, which loads fast and reads well; clear the date
    // to see everything.
    if (stats.interactions > LARGE_ARCHIVE && stats.last_date) {
      const last = new Date(`${stats.last_date.padEnd(7, '-12').padEnd(10, '-28')}T00:00:00Z`);
      last.setUTCFullYear(last.getUTCFullYear() - 1);
      $('from').value = last.toISOString().slice(0, 10);
    }
  } catch (error) {
    onError(error);
  }
  $('filters').addEventListener('submit', (event) => { event.preventDefault(); refresh(); });
  $('metric').addEventListener('change', refresh);
  $('clear-focus').addEventListener('click', () => { state.focus = null; $('clear-focus').hidden = true; refresh(); });
  $('search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(search, 200); });
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
