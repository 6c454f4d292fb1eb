// Shared helpers of the page: DOM building without innerHTML, labels in
// Chinese, safe rendering of search highlights, fetch with JSON errors.

// h builds an element. props: {class, text, attrs:{}, data:{}, on:{event: fn}, hidden};
// children: nodes, strings (become text nodes), arrays, or null (skipped).
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

// s builds an SVG element; attrs are set with setAttribute.
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function applyProps(el, props) {
  if (!props) return;
  if (props.class) el.className = props.class;
  if (props.text !== undefined && props.text !== null) el.textContent = String(props.text);
  if (props.hidden) el.hidden = true;
  for (const [k, v] of Object.entries(props.attrs || {})) {
    if (v !== null && v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [k, v] of Object.entries(props.data || {})) el.dataset[k] = String(v);
  for (const [k, fn] of Object.entries(props.on || {})) el.addEventListener(k, fn);
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// clear removes every child of el.
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// $ finds an element by id.
export function $(id) {
  return document.getElementById(id);
}

// Stage keys in order, with their Chinese names (the server's /api/stages
// says the same; this copy lets the report render without it).
export const STAGES = [
  ['introduction', '导入'],
  ['first_talk', '初谈'],
  ['listening', '倾听'],
  ['presentation', '陈述'],
  ['summary', '归纳'],
  ['coordination', '协调'],
];

export function stageName(key) {
  const f = STAGES.find(([k]) => k === key);
  return f ? f[1] : (key || '');
}

export const ENDINGS = {
  satisfied: '情绪平复,满意离开',
  agreed_date: '约定答复日期后离开',
  storm_out: '愤然离去',
  escalate: '扬言越级上访',
  open: '学员结束谈话,事情尚未了结',
};

export function endingName(key) {
  return ENDINGS[key] || key || '';
}

// endingTone classifies an ending for colour: good, warn or bad.
export function endingTone(key) {
  if (key === 'satisfied' || key === 'agreed_date') return 'good';
  if (key === 'storm_out' || key === 'escalate') return 'bad';
  return 'warn';
}

export const VIOLATIONS = {
  rude: '态度粗暴/训斥',
  false_promise: '乱许愿',
  buck_passing: '推诿扯皮',
  confront: '顶撞争辩',
  buy_peace: '花钱买平安',
  officialese: '套话官腔',
  accept_gift: '收受礼品',
  inconsistent: '前后口径不一',
};

export function violationName(code) {
  return VIOLATIONS[code] || code || '';
}

// Moves and faults the scorer recognises in a trainee turn. Unknown keys are
// shown as they are.
export const MOVES = {
  greeting: '问候', greet: '问候', seat: '让座倒水', water: '让座倒水', seat_water: '让座倒水',
  small_talk: '拉家常', ask_identity: '询问身份', identity: '询问身份', who_where: '询问身份',
  empathy: '共情', reassure: '定心话', reassurance: '定心话',
  open_question: '开放式提问', specific_question: '具体追问', question: '提问', clarify: '澄清',
  record: '记录在案', acknowledge_record: '记录在案', explain_policy: '讲解政策', policy: '讲解政策',
  example: '举例打比方', plain_example: '举例打比方', comparison: '举例打比方',
  restate: '复述问题', summary: '复述问题', check: '核对复述', check_summary: '核对复述',
  commit_date: '承诺时限', commitment: '承诺时限', date: '约定日期', referral: '指明承办单位',
  next_steps: '说明下一步', hope: '希望话', apology: '致歉', assure: '表态依法处理',
  welcome: '欢迎话', listen: '耐心倾听', refuse_gift: '婉拒礼品',
  rude: '态度粗暴', scold: '训斥', mock: '嘲讽', false_promise: '乱许愿', half_promise: '含糊许诺',
  buck_passing: '推诿', confront: '顶撞争辩', buy_peace: '花钱买平安', officialese: '套话官腔',
  accept_gift: '收受礼品', rush: '催促', rushing: '催促', blame: '指责来访人', interrupt: '打断',
  inconsistent: '口径不一',
};

// addMoveNames merges the server's move list (/api/moves) into MOVES.
export function addMoveNames(list) {
  for (const m of list || []) {
    if (m && typeof m.key === 'string' && typeof m.name === 'string' && m.name) MOVES[m.key] = m.name;
  }
}

export function moveName(key) {
  return MOVES[key] || VIOLATIONS[key] || key;
}

// sourceLabel names where a passage comes from: the project's own method
// cards, or the document's file name.
export function sourceLabel(src) {
  if (!src) return '未注明';
  if (src.startsWith('card:')) return '接访方法卡片';
  return src;
}

// scoreBand names the band of a 0–100 score: good, ok, weak or bad.
export function scoreBand(score) {
  if (score >= 80) return 'good';
  if (score >= 60) return 'ok';
  if (score >= 40) return 'weak';
  return 'bad';
}

export function bandLabel(score) {
  return { good: '优秀', ok: '良好', weak: '需改进', bad: '不合格' }[scoreBand(score)];
}

export const PERSONA_ORDER = ['confused', 'resentful', 'pestering', 'unwell', 'veteran', 'choleric', 'sanguine', 'phlegmatic', 'melancholic'];

// decodeEntities turns the HTML entities of escaped text back into characters.
export function decodeEntities(str) {
  const named = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };
  return str.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return Object.prototype.hasOwnProperty.call(named, e) ? named[e] : m;
  });
}

// markedNodes renders a highlight: escaped text with <mark>…</mark> around
// the matched parts. It builds text nodes and <mark> elements itself and
// never parses the string as HTML, so anything else in it stays text.
export function markedNodes(highlight) {
  const out = [];
  const parts = String(highlight).split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const p of parts) {
    if (p === '<mark>') { inMark = true; continue; }
    if (p === '</mark>') { inMark = false; continue; }
    if (!p) continue;
    const text = decodeEntities(p);
    out.push(inMark ? h('mark', { text }) : document.createTextNode(text));
  }
  return out;
}

// fetchJSON gets url and returns its JSON; a non-2xx answer throws an Error
// with the server's message.
export async function fetchJSON(url, opts) {
  let res;
  try {
    res = await fetch(url, opts);
  } catch (e) {
    throw new Error('无法连接服务器');
  }
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const err = new Error((body && body.error) || `请求失败(${res.status})`);
    err.status = res.status;
    throw err;
  }
  return body;
}

function pad(n) { return String(n).padStart(2, '0'); }

// fmtDate formats an ISO time as "2025-03-04 14:05".
export function fmtDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// fmtShortDate formats an ISO time as "3月4日 14:05".
export function fmtShortDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// runeCount counts characters the way the server does (code points).
export function runeCount(str) {
  let n = 0;
  for (const _ of str) n++;
  return n;
}
