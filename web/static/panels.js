// The right-hand panels: the visitor's mood, the six stages, hints and the
// search over the guidance library.
import { h, clear, STAGES, markedNodes, fetchJSON, sourceLabel } from './util.js';

// Meter is one animated 0–100 bar with its number and the last change.
class Meter {
  constructor(el) {
    this.el = el;
    this.fill = el.querySelector('.meter-fill');
    this.value = el.querySelector('.meter-value');
    this.deltaEl = el.querySelector('.meter-delta');
    this.current = null;
    this.timer = null;
  }

  set(v) {
    const n = Math.max(0, Math.min(100, Math.round(Number(v) || 0)));
    const prev = this.current;
    this.current = n;
    this.fill.style.width = `${n}%`;
    this.value.textContent = String(n);
    this.el.dataset.value = String(n);
    if (prev !== null && prev !== n) {
      const d = n - prev;
      this.deltaEl.textContent = d > 0 ? `+${d}` : `−${-d}`;
      this.deltaEl.className = `meter-delta show ${d > 0 ? 'up' : 'down'}`;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.deltaEl.classList.remove('show'), 2500);
    }
  }

  reset() {
    this.current = null;
    this.fill.style.width = '0';
    this.value.textContent = '–';
    delete this.el.dataset.value;
    this.deltaEl.className = 'meter-delta';
  }
}

// MoodPanel shows anger and trust.
export class MoodPanel {
  constructor(angerEl, trustEl) {
    this.anger = new Meter(angerEl);
    this.trust = new Meter(trustEl);
  }

  update(mood) {
    if (!mood) return;
    this.anger.set(mood.anger);
    this.trust.set(mood.trust);
  }

  reset() {
    this.anger.reset();
    this.trust.reset();
  }
}

const STAGE_DESC = {
  introduction: '问候让座',
  first_talk: '简短表态',
  listening: '听完追问',
  presentation: '讲清政策',
  summary: '复述核对',
  coordination: '明确去向',
};

// StagePanel lists the six stages, marks those reached and highlights the current one.
export class StagePanel {
  constructor(el) {
    this.el = el;
    this.items = new Map();
    clear(el);
    STAGES.forEach(([key, name], i) => {
      const li = h('li', { data: { stage: key } },
        h('span', { class: 'num', text: String(i + 1) }),
        h('span', { class: 'stage-name', text: name }),
        h('span', { class: 'stage-desc', text: STAGE_DESC[key] }));
      this.items.set(key, li);
      el.append(li);
    });
  }

  update(stage) {
    const li = this.items.get(stage);
    if (!li) return;
    for (const other of this.items.values()) other.classList.remove('current');
    li.classList.add('current', 'visited');
    li.setAttribute('aria-current', 'step');
  }

  reset() {
    for (const li of this.items.values()) {
      li.classList.remove('current', 'visited');
      li.removeAttribute('aria-current');
    }
  }
}

// passageEl renders a hint or search result: title, text (with highlight
// when given), source.
export function passageEl(p, opts = {}) {
  const textEl = h('p', { class: `p-text ${opts.clamp ? 'clamped' : ''}` });
  if (p.highlight) textEl.append(...markedNodes(p.highlight));
  else textEl.textContent = p.text || '';
  return h('article', { class: 'passage' },
    p.title ? h('h4', { text: p.title }) : null,
    textEl,
    h('p', { class: 'p-source', text: `出处:${sourceLabel(p.source)}` }));
}

// HintPanel shows the hint items of the last hint frame.
export class HintPanel {
  constructor(panel, list) {
    this.panel = panel;
    this.list = list;
  }

  loading() {
    clear(this.list).append(h('p', { class: 'muted', text: '正在查找适合此刻的方法…' }));
  }

  show(items) {
    clear(this.list);
    if (!items || !items.length) {
      this.list.append(h('p', { class: 'muted', text: '暂时没有找到合适的提示。' }));
    } else {
      for (const it of items) this.list.append(passageEl(it));
    }
    this.panel.classList.remove('flash');
    void this.panel.offsetWidth; // restart the animation
    this.panel.classList.add('flash');
    this.panel.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  reset() {
    clear(this.list).append(h('p', { class: 'muted', text: '谈话中点「提示」,这里会给出适合此刻的方法。' }));
  }
}

// SearchPanel runs /api/search from its form.
export class SearchPanel {
  constructor(form, input, results) {
    this.input = input;
    this.results = results;
    this.seq = 0;
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.run(input.value);
    });
  }

  async run(q) {
    q = q.trim();
    if (!q) {
      this.input.focus();
      return;
    }
    const seq = ++this.seq;
    clear(this.results).append(h('p', { class: 'muted', text: '正在检索…' }));
    try {
      const list = await fetchJSON(`/api/search?k=5&q=${encodeURIComponent(q)}`);
      if (seq !== this.seq) return;
      clear(this.results);
      if (!list.length) {
        this.results.append(h('p', { class: 'muted', text: '没有找到相关内容,换个说法试试。' }));
        return;
      }
      for (const p of list) this.results.append(passageEl(p, { clamp: true }));
    } catch (e) {
      if (seq !== this.seq) return;
      clear(this.results).append(h('p', { class: 'notice-inline', text: e.message }));
    }
  }
}
