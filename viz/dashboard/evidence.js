// The evidence panel: for a pair of actors or one interaction, every mention (the sentence that
// reports it) with a link to its article.

import { api } from './api.js';

const MAX_INTERACTIONS = 25;
const RTL = new Set(['fa', 'ar', 'he', 'ur']);

function node(tag, attributes = {}, text = null) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  if (text !== null) e.textContent = text;
  return e;
}

export class EvidencePanel {
  constructor(root, onError) {
    this.root = root;
    this.onError = onError;
    this.request = 0;   // a newer click wins over an older, slower answer
  }

  // interactions: edges of /api/graph or /api/timeline; labels: Map id -> label.
  async show(heading, interactions, labels) {
    const request = ++this.request;
    const sorted = [...interactions].sort((a, b) => (a.date || '').localeCompare(b.date || ''));
    let details;
    try {
      details = await Promise.all(sorted.slice(0, MAX_INTERACTIONS).map((e) => api.edge(e.id)));
    } catch (error) {
      this.onError(error);
      return;
    }
    if (request !== this.request) return;
    this.root.replaceChildren(node('h2', {}, 'Evidence'), node('h3', {}, heading));
    if (sorted.length > MAX_INTERACTIONS) {
      this.root.appendChild(node('p', { class: 'muted' }, `The first ${MAX_INTERACTIONS} of ${sorted.length} interactions by date.`));
    }
    for (const e of details) {
      const box = node('div', { class: 'interaction', 'data-edge': e.id });
      const arrow = e.type === 'visited' ? '→' : '—';
      const what = node('div');
      what.append(node('strong', { class: `type-${e.type}` }, e.type), ` ${e.date || 'undated'}`,
        e.date_precision && e.date_precision !== 'day' ? node('span', { class: 'muted' }, ` (${e.date_precision})`) : '',
        `: ${labels.get(e.source) || e.source} ${arrow} ${labels.get(e.target) || e.target}`, e.location ? ` in ${e.location}` : '');
      box.appendChild(what);
      for (const m of e.mentions) {
        const mention = node('div', { class: 'mention' });
        mention.appendChild(node('blockquote', { dir: RTL.has(m.lang) ? 'rtl' : 'ltr', lang: m.lang }, m.text));
        const source = node('div', { class: 'muted' });
        const name = m.title || `article ${m.article}`;
        // dir=auto: a Persian title keeps its own direction inside the English line.
        source.append(m.url ? node('a', { href: m.url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto' }, name)
          : node('bdi', {}, name),
          m.published ? `, published ${m.published}` : '');
        mention.appendChild(source);
        box.appendChild(mention);
      }
      this.root.appendChild(box);
    }
  }
}
