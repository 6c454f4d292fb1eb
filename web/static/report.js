// The report of a talk: overall score, per-stage chart (inline SVG), stage
// cards with evidence and advice, violations, fit to the visitor type, better
// lines and the tagged transcript. Used live after a talk and by
// /sessions/{id}. Everything is built as DOM nodes; no text is parsed as HTML.
import {
  h, s, STAGES, stageName, endingName, endingTone, violationName, moveName,
  scoreBand, bandLabel, fmtDate, sourceLabel,
} from './util.js';

// renderReport returns the report element.
// meta: {title, personaName, persona (PersonaInfo or null), user, startedAt, endedAt, sessionId}
export function renderReport(report, meta = {}) {
  const r = report || {};
  const stages = r.stages || {};
  return h('article', { class: 'report', attrs: { id: 'report-doc' } },
    header(r, meta),
    section('六个阶段得分', 'sec-chart',
      stageChart(stages),
      orderNote(r)),
    section('分阶段点评', 'sec-stages',
      h('div', { class: 'stage-cards' }, STAGES.map(([key]) => stageCard(key, stages[key], meta.sessionId)))),
    section('违规行为', 'sec-violations', violations(r.violations || [])),
    r.fit || meta.persona ? section('对来访人类型的把握', 'sec-fit', fit(r.fit, meta.persona)) : null,
    r.better && r.better.length ? section('换一种说法', 'sec-better', better(r.better)) : null,
    r.comment ? section('教练点评', 'sec-comment', h('p', { class: 'comment', text: r.comment })) : null,
    r.turns && r.turns.length ? section('谈话记录', 'sec-transcript', transcript(r.turns)) : null,
  );
}

function section(title, cls, ...body) {
  return h('section', { class: `report-sec ${cls}` }, h('h3', { text: title }), body);
}

function header(r, meta) {
  const overall = clampScore(r.overall);
  const band = scoreBand(overall);
  const metaLine = [
    meta.title || r.scenario || '',
    meta.personaName ? `来访人类型:${meta.personaName}` : '',
    meta.user ? `学员:${meta.user}` : '',
    meta.startedAt ? fmtDate(meta.startedAt) : '',
  ].filter(Boolean);
  return h('header', { class: 'report-head' },
    h('div', { class: 'report-title' },
      h('p', { class: 'eyebrow', text: '接谈评估报告' }),
      h('h2', { text: meta.title || '接谈评估' }),
      h('p', { class: 'report-meta', text: metaLine.slice(1).join(' · ') }),
      r.ending ? h('p', { class: `ending tone-${endingTone(r.ending)}` }, h('span', { class: 'ending-label', text: '结局' }), endingName(r.ending)) : null,
      r.mood ? h('p', { class: 'end-mood', text: `结束时来访人情绪:怒气 ${r.mood.anger} · 信任 ${r.mood.trust}` }) : null,
    ),
    h('div', { class: `overall band-${band}`, attrs: { 'aria-label': `总分 ${overall}` } },
      h('span', { class: 'overall-num', text: String(overall) }),
      h('span', { class: 'overall-of', text: '/ 100' }),
      h('span', { class: 'overall-band', text: bandLabel(overall) }),
    ),
    r.cap ? h('p', { class: 'cap-note' }, h('strong', { text: '合规红线:' }), `${r.cap.reason || ''}(总分上限 ${r.cap.max} 分)`) : null,
    r.summary ? h('p', { class: 'summary', text: r.summary }) : null,
  );
}

function clampScore(v) {
  const n = Math.round(Number(v) || 0);
  return Math.max(0, Math.min(100, n));
}

// stageChart draws one horizontal bar per stage, 0–100, with a dashed line at 50
// (a stage counts as done from 50).
export function stageChart(stages) {
  const rowH = 34, top = 18, left = 64, barW = 520, right = 44;
  const width = left + barW + right;
  const height = top + STAGES.length * rowH + 8;
  const svg = s('svg', {
    class: 'stage-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': '六个阶段得分图', preserveAspectRatio: 'xMinYMin meet',
  });
  for (const t of [0, 25, 50, 75, 100]) {
    const x = left + (barW * t) / 100;
    svg.append(s('line', { x1: x, x2: x, y1: top - 4, y2: height - 6, class: t === 50 ? 'grid mid' : 'grid' }));
    svg.append(s('text', { x, y: 11, class: 'axis', 'text-anchor': 'middle' }, String(t)));
  }
  STAGES.forEach(([key, name], i) => {
    const st = stages[key] || {};
    const score = clampScore(st.score);
    const y = top + i * rowH;
    const w = Math.max((barW * score) / 100, score > 0 ? 2 : 0);
    svg.append(
      s('text', { x: left - 10, y: y + rowH / 2 + 5, class: 'label', 'text-anchor': 'end' }, name),
      s('rect', { x: left, y: y + 7, width: barW, height: rowH - 14, rx: 3, class: 'track' }),
      s('rect', { x: left, y: y + 7, width: w, height: rowH - 14, rx: 3, class: `bar band-${scoreBand(score)}`, 'data-stage': key },
        s('title', {}, `${name} ${score} 分`)),
      s('text', { x: left + w + 6, y: y + rowH / 2 + 5, class: 'value' }, String(score)),
    );
  });
  return svg;
}

function orderNote(r) {
  const parts = [];
  if (r.order && r.order.length) parts.push(h('p', {}, h('span', { class: 'k', text: '实际顺序:' }), r.order.map(stageName).join(' → ')));
  if (r.skipped && r.skipped.length) parts.push(h('p', { class: 'warn-text' }, h('span', { class: 'k', text: '跳过的阶段:' }), r.skipped.map(stageName).join('、')));
  return parts.length ? h('div', { class: 'order-note' }, parts) : null;
}

function stageCard(key, st, sessionId) {
  const score = clampScore(st && st.score);
  const ev = (st && st.evidence) || [];
  const adv = (st && st.advice) || [];
  const cites = (st && st.cites) || [];
  return h('div', { class: `stage-card band-${scoreBand(score)}`, data: { stage: key } },
    h('div', { class: 'stage-card-head' },
      h('h4', { text: stageName(key) }),
      h('span', { class: 'stage-score', text: `${score} 分` }),
      miniBar(score),
    ),
    st && st.calibration ? h('p', { class: 'calibration muted', text: `校准:${st.calibration.note}` }) : null,
    ev.length ? h('div', { class: 'evidence' },
      h('p', { class: 'k', text: '依据' }),
      h('ul', {}, ev.map((e) => h('li', {},
        turnRef(e.turn),
        h('q', { text: e.quote || '' }),
        e.note ? h('span', { class: 'note', text: e.note }) : null)))) :
      h('p', { class: 'muted', text: '这一阶段没有找到相应的话语。' }),
    adv.length ? h('div', { class: 'advice' },
      h('p', { class: 'k', text: '建议' }),
      h('ul', {}, adv.map((a) => h('li', { text: a })))) : null,
    cites.length ? h('div', { class: 'cites' },
      h('p', { class: 'k', text: '参考' }),
      cites.map(citeBlock)) : null,
  );
}

function miniBar(score) {
  const fill = h('span', { class: 'mini-fill' });
  fill.style.width = `${score}%`; // CSSOM, allowed under the page's CSP
  return h('span', { class: 'mini-bar', attrs: { 'aria-hidden': 'true' } }, fill);
}

function turnRef(turn) {
  if (turn === undefined || turn === null || turn < 0) return null;
  return h('a', { class: 'turn-ref', text: `第 ${turn + 1} 句`, attrs: { href: `#turn-${turn}` } });
}

export function citeBlock(p) {
  return h('blockquote', { class: 'cite' },
    p.title ? h('p', { class: 'cite-title', text: p.title }) : null,
    h('p', { class: 'cite-text', text: p.text || '' }),
    h('p', { class: 'cite-source', text: `出处:${sourceLabel(p.source)}` }));
}

function violations(list) {
  if (!list.length) return h('p', { class: 'ok-text', text: '未发现违规行为。' });
  return h('table', { class: 'violations' },
    h('thead', {}, h('tr', {}, h('th', { text: '问题' }), h('th', { text: '位置' }), h('th', { text: '原话' }))),
    h('tbody', {}, list.map((v) => h('tr', { data: { code: v.code } },
      h('td', {}, h('span', { class: 'fault-tag', text: violationName(v.code) })),
      h('td', {}, turnRef(v.turn)),
      h('td', {}, h('q', { text: v.quote || '' }), v.note ? h('span', { class: 'note', text: v.note }) : null)))));
}

function fit(f, persona) {
  return h('div', { class: 'fit' },
    f ? h('p', { class: 'fit-score' }, h('span', { class: 'k', text: '把握程度:' }), h('strong', { text: `${clampScore(f.score)} 分` })) : null,
    persona ? h('p', { class: 'fit-approach' }, h('span', { class: 'k', text: `对「${persona.name}」的正确做法:` }), persona.approach) : null,
    f && f.good && f.good.length ? h('ul', { class: 'fit-good' }, f.good.map((g) => h('li', { text: g }))) : null,
    f && f.missed && f.missed.length ? h('ul', { class: 'fit-missed' }, f.missed.map((g) => h('li', { text: g }))) : null,
  );
}

function better(list) {
  return h('ol', { class: 'better' }, list.map((b) => h('li', {},
    h('p', { class: 'said' }, turnRef(b.turn), h('span', { class: 'k', text: '原话:' }), h('q', { text: b.quote || '' })),
    h('p', { class: 'instead' }, h('span', { class: 'k', text: '可以说:' }), h('q', { text: b.line || '' })),
    b.why ? h('p', { class: 'why', text: b.why }) : null,
    b.cite ? citeBlock(b.cite) : null)));
}

// transcript renders the tagged turns: who spoke, the stage of each trainee
// turn, its moves and its faults.
export function transcript(turns, opts = {}) {
  return h('ol', { class: 'transcript' }, turns.map((t) => {
    const trainee = t.role === 'trainee';
    const tags = [];
    if (trainee && t.stage) tags.push(h('span', { class: 'tag stage-tag', text: stageName(t.stage) }));
    for (const m of t.moves || []) tags.push(h('span', { class: 'tag move-tag', text: moveName(m) }));
    for (const f of t.faults || []) tags.push(h('span', { class: 'tag fault-tag', text: moveName(f) }));
    return h('li', { class: `turn ${trainee ? 'turn-trainee' : 'turn-visitor'}`, attrs: { id: `${opts.idPrefix || 'turn-'}${t.index}` } },
      h('span', { class: 'turn-no', text: String((t.index ?? 0) + 1) }),
      h('span', { class: 'turn-who', text: trainee ? '接谈人' : (opts.visitorName || '来访人') }),
      h('div', { class: 'turn-body' },
        h('p', { class: 'turn-text', text: t.text || '' }),
        tags.length ? h('div', { class: 'tags' }, tags) : null,
        !trainee && t.mood ? h('span', { class: 'turn-mood', text: `怒气 ${t.mood.anger} · 信任 ${t.mood.trust}` }) : null));
  }));
}
