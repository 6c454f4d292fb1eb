// The trainers' authoring page: sign in, open a scenario (own or built-in),
// edit its YAML with problems shown as you type, try it in a practice talk
// over the normal websocket, and save it into the scenario folder.
import {
  h, clear, $, stageName, endingName, endingTone, violationName, scoreBand, bandLabel, STAGES,
  PERSONA_ORDER, fetchJSON, addMoveNames,
} from './util.js';
import { Socket, ChatView } from './talk.js';
import { MoodPanel } from './panels.js';

const LINT_DELAY = 400; // ms after the last keystroke
const LINE_HEIGHT = 20; // px, as in author.css

// TEMPLATE is a blank scenario that lints clean, to start from.
const TEMPLATE = `# 新案例:把下面的内容换成你的案情。以 # 开头的是注释,可以删掉。
id: sanguine-my-case            # 案例编号:小写字母、数字、连字符,也是文件名
persona: sanguine               # 来访人类型,见右侧「字段说明」
title: 在这里写学员看到的标题
summary: 一句话简介,不要透露隐藏情况和政策定性
case: neighbour
stance: partly                  # reasonable / partly / unreasonable / not_ours
owner: 社区居委会
visitor:
  name: 张桂兰
  age: 58
  home: 东关街道
  background: 写给老师看的背景,一两句。
goal: 用来访人自己的口吻写诉求
demands:
  - id: main
    text: 来访人的主要诉求
    keys: [关键词一, 关键词二]
opening:
  - "同志你好,我想反映个事。"
story:
  - "第一段经过。"
  - "第二段经过。"
facts:
  - id: turn
    text: "只有问对了才会说出的情况,用第一人称写。"
    hidden: true
    ask: [提问里的词]
    min_trust: 70
`;

const state = {
  entries: [],
  builtinIDs: new Set(),
  current: null, // {id, builtin} of the opened file, or null for a new one
  saved: '', // text as last loaded or saved
  problems: [],
  lintSeq: 0,
  lintTimer: null,
  escTab: false, // Esc was pressed: the next Tab leaves the editor
  lineCount: 0,
  // the practice talk
  sessionId: '',
  ended: false,
};

const ta = $('au-text');
const gutter = $('au-gutter');

// call sends a request to the authoring API and returns {status, body};
// it throws only when the server cannot be reached.
async function call(method, path, body) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, opts);
  } catch (e) {
    throw new Error('无法连接服务器');
  }
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  if (res.status === 401 && path !== '/api/author/login') showLogin('登录已过期,请重新登录(编辑中的内容仍在)。');
  return { status: res.status, body: data || {} };
}

function show(id) {
  for (const el of ['au-loading', 'au-disabled', 'au-login', 'au-app']) $(el).hidden = el !== id;
  $('au-who').hidden = id !== 'au-app';
}

function notice(el, text) {
  $(el).textContent = text || '';
  $(el).hidden = !text;
}

// ---------- sign-in ----------

function showLogin(msg) {
  show('au-login');
  notice('au-login-notice', msg || '');
  $('au-password').value = '';
  $('au-password').focus();
}

async function login(ev) {
  ev.preventDefault();
  const btn = $('au-login-btn');
  btn.disabled = true;
  try {
    const r = await call('POST', '/api/author/login', { password: $('au-password').value });
    if (r.status === 200) {
      notice('au-login-notice', '');
      await loadList(true);
fetchJSON('/api/moves').then(addMoveNames).catch(() => { /* the built-in names stay */ });
      return;
    }
    notice('au-login-notice', r.body.error || `登录失败(${r.status})`);
    $('au-password').select();
  } catch (e) {
    notice('au-login-notice', e.message);
  } finally {
    btn.disabled = false;
  }
}

async function logout() {
  if (isDirty() && !window.confirm('当前修改还没有保存,确定退出吗?')) return;
  try { await call('POST', '/api/author/logout'); } catch (e) { /* signed out locally anyway */ }
  state.saved = ta.value; // nothing to warn about after leaving on purpose
  showLogin('已退出。');
}

// ---------- the list ----------

async function loadList(firstTime) {
  let r;
  try {
    r = await call('GET', '/api/author/scenarios');
  } catch (e) {
    show('au-disabled');
    $('au-disabled-text').textContent = e.message;
    return;
  }
  if (r.status === 401) return; // call has shown the sign-in box
  if (r.status === 503) {
    show('au-disabled');
    if (r.body.error) $('au-disabled-text').textContent = r.body.error;
    return;
  }
  if (r.status !== 200 || !Array.isArray(r.body)) {
    show('au-disabled');
    $('au-disabled-text').textContent = (r.body && r.body.error) || `加载失败(${r.status})`;
    return;
  }
  show('au-app');
  state.entries = r.body;
  state.builtinIDs = new Set(r.body.filter((e) => e.source === 'builtin').map((e) => e.id));
  renderList();
  if (firstTime && !ta.value) newFile(true);
}

function renderList() {
  const own = state.entries.filter((e) => e.source === 'own');
  const builtin = state.entries.filter((e) => e.source === 'builtin');
  const ownEl = clear($('au-own'));
  if (!own.length) ownEl.append(h('li', { class: 'muted', text: '还没有自己的案例。新建一个,或打开下面的内置案例改写。' }));
  for (const e of own) ownEl.append(h('li', null, entryButton(e)));

  const bEl = clear($('au-builtin'));
  const groups = new Map();
  for (const e of builtin) {
    if (!groups.has(e.persona)) groups.set(e.persona, { name: e.persona_name || e.persona, items: [] });
    groups.get(e.persona).items.push(e);
  }
  const order = [...groups.keys()].sort((a, b) => PERSONA_ORDER.indexOf(a) - PERSONA_ORDER.indexOf(b));
  for (const p of order) {
    const g = groups.get(p);
    bEl.append(h('h3', { text: g.name }), h('ul', { class: 'au-list' }, g.items.map((e) => h('li', null, entryButton(e)))));
  }
  markCurrent();
}

function entryButton(e) {
  return h('button', {
    class: 'au-item', attrs: { type: 'button', title: e.id }, data: { id: e.id, source: e.source },
    on: { click: () => openEntry(e) },
  },
  e.title || e.id,
  e.overrides ? h('span', { class: 'au-badge', text: '替换内置' }) : null,
  h('small', { text: e.id }),
  e.problem ? h('small', { class: 'au-bad', text: e.problem }) : null);
}

function markCurrent() {
  for (const b of document.querySelectorAll('.au-item')) {
    const cur = state.current && b.dataset.id === state.current.id &&
      (b.dataset.source === 'builtin') === state.current.builtin;
    b.classList.toggle('current', !!cur);
  }
}

// ---------- opening files ----------

function isDirty() {
  return ta.value !== state.saved;
}

function confirmDiscard() {
  return !isDirty() || window.confirm('当前修改还没有保存,确定要放弃这些修改吗?');
}

function newFile(quiet) {
  if (!quiet && !confirmDiscard()) return;
  state.current = null;
  setText(TEMPLATE);
  state.saved = TEMPLATE; // nothing typed yet
  describeFile();
  markCurrent();
  ta.focus();
  ta.setSelectionRange(0, 0);
  ta.scrollTop = 0;
  gutter.scrollTop = 0;
}

async function openEntry(e) {
  if (!confirmDiscard()) return;
  let r;
  try {
    r = await call('GET', `/api/author/scenarios/${encodeURIComponent(e.id)}`);
  } catch (err) {
    notice('au-notice', err.message);
    return;
  }
  if (r.status !== 200) {
    if (r.status !== 401) notice('au-notice', r.body.error || `打开失败(${r.status})`);
    return;
  }
  state.current = { id: r.body.id, builtin: !!r.body.builtin };
  setText(r.body.yaml || '');
  state.saved = ta.value;
  describeFile();
  markCurrent();
  ta.focus();
  ta.setSelectionRange(0, 0);
  ta.scrollTop = 0;
  gutter.scrollTop = 0;
}

function setText(text) {
  ta.value = text;
  notice('au-notice', '');
  onEdit(true);
}

// yamlField reads a top-level scalar (id, title) from the text.
function yamlField(text, key) {
  const m = new RegExp(`^${key}:[ \\t]*(?:"([^"]*)"|'([^']*)'|([^#\\n]*?))[ \\t]*(?:#.*)?$`, 'm').exec(text);
  if (!m) return '';
  return (m[1] ?? m[2] ?? m[3] ?? '').trim();
}

// visitorName reads visitor.name from the text, for the chat.
function visitorName(text) {
  const m = /^visitor:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+name:[ \t]*["']?([^"'#\n]*?)["']?[ \t]*(?:#.*)?$/m.exec(text);
  return m ? m[1].trim() : '';
}

function describeFile() {
  const text = ta.value;
  const id = yamlField(text, 'id');
  const title = yamlField(text, 'title');
  $('au-file-title').textContent = title || '新案例';
  let sub;
  if (state.current && state.current.builtin) {
    sub = `内置案例 ${state.current.id} · 改一个新的 id 后保存,就成了你自己的案例`;
    if (id && id === state.current.id) sub = `内置案例 ${id} · 用同一个 id 保存会替换内置案例`;
  } else if (state.current) {
    sub = `${state.current.id}.yaml · ${isDirty() ? '有未保存的修改' : '已保存'}`;
    if (id && id !== state.current.id) sub += ` · 将另存为 ${id}.yaml`;
  } else {
    sub = id ? `将保存为 ${id}.yaml · 尚未保存` : '尚未保存';
  }
  $('au-file-sub').textContent = sub;
}

// ---------- editing ----------

function onEdit(now) {
  renderGutter();
  describeFile();
  clearTimeout(state.lintTimer);
  setLintStatus('', '正在检查…');
  state.lintTimer = setTimeout(lint, now === true ? 0 : LINT_DELAY);
}

function renderGutter() {
  const n = ta.value.split('\n').length;
  const bad = new Set(state.problems.map((p) => p.line));
  if (n !== state.lineCount) {
    clear(gutter);
    const frag = document.createDocumentFragment();
    for (let i = 1; i <= n; i++) frag.append(h('div', { text: String(i) }));
    gutter.append(frag);
    state.lineCount = n;
  }
  gutter.childNodes.forEach((d, i) => d.classList.toggle('err', bad.has(i + 1)));
  gutter.scrollTop = ta.scrollTop;
}

// replaceSelection inserts text as if typed, so undo keeps working.
function replaceSelection(text) {
  ta.focus();
  if (!document.execCommand('insertText', false, text)) {
    ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
    ta.dispatchEvent(new Event('input'));
  }
}

// shiftLines indents (or, with out, dedents) every line the selection
// touches by two spaces.
function shiftLines(out) {
  const v = ta.value;
  const start = v.lastIndexOf('\n', ta.selectionStart - 1) + 1;
  let end = v.indexOf('\n', ta.selectionEnd - (ta.selectionEnd > ta.selectionStart && v[ta.selectionEnd - 1] === '\n' ? 1 : 0));
  if (end < 0) end = v.length;
  const lines = v.slice(start, end).split('\n');
  const next = lines.map((l) => (out ? l.replace(/^ {1,2}/, '') : `  ${l}`)).join('\n');
  ta.setSelectionRange(start, end);
  replaceSelection(next);
  ta.setSelectionRange(start, start + next.length);
}

function onKey(e) {
  if (e.key === 'Escape') {
    state.escTab = true;
    return;
  }
  if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) {
    e.preventDefault();
    save(false);
    return;
  }
  if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
    if (state.escTab) {
      state.escTab = false;
      return; // let the focus move on
    }
    e.preventDefault();
    const multi = ta.value.slice(ta.selectionStart, ta.selectionEnd).includes('\n');
    if (e.shiftKey || multi) shiftLines(e.shiftKey);
    else replaceSelection('  ');
    return;
  }
  state.escTab = false;
}

// ---------- lint ----------

function setLintStatus(tone, text) {
  const el = $('au-lint-status');
  el.className = `au-lint-status ${tone}`;
  el.textContent = text;
}

async function lint() {
  const seq = ++state.lintSeq;
  let r;
  try {
    r = await call('POST', '/api/author/lint', { yaml: ta.value });
  } catch (e) {
    if (seq === state.lintSeq) setLintStatus('bad', e.message);
    return;
  }
  if (seq !== state.lintSeq) return; // a newer check is on its way
  if (r.status !== 200) {
    if (r.status !== 401) setLintStatus('bad', r.body.error || `检查失败(${r.status})`);
    return;
  }
  showProblems(r.body.problems || []);
}

function showProblems(problems) {
  state.problems = problems;
  const list = clear($('au-problems'));
  for (const p of problems) {
    list.append(h('li', null, h('button', {
      attrs: { type: 'button', title: '跳到这一行' },
      on: { click: () => goTo(p.line, p.col) },
    }, h('span', { class: 'au-pos', text: `${p.line}:${p.col}` }), p.message)));
  }
  if (problems.length) setLintStatus('bad', `发现 ${problems.length} 个问题,点一下可跳到那一行`);
  else setLintStatus('ok', '没有发现问题,可以试谈和保存');
  renderGutter();
}

// goTo puts the caret at line:col (1-based) and scrolls it into view.
function goTo(line, col) {
  const lines = ta.value.split('\n');
  const l = Math.min(Math.max(line, 1), lines.length);
  let off = 0;
  for (let i = 0; i < l - 1; i++) off += lines[i].length + 1;
  off += Math.min(Math.max(col - 1, 0), lines[l - 1].length);
  ta.focus();
  ta.setSelectionRange(off, off);
  ta.scrollTop = Math.max(0, (l - 1) * LINE_HEIGHT - ta.clientHeight / 3);
  gutter.scrollTop = ta.scrollTop;
}

// ---------- save ----------

async function save(override) {
  const id = yamlField(ta.value, 'id');
  if (!id) {
    notice('au-notice', '请先在文件开头写上 id(案例编号),保存时用它作文件名。');
    return;
  }
  const btn = $('au-save');
  btn.disabled = true;
  let r;
  try {
    r = await call('PUT', `/api/author/scenarios/${encodeURIComponent(id)}`, { yaml: ta.value, override });
  } catch (e) {
    notice('au-notice', e.message);
    return;
  } finally {
    btn.disabled = false;
  }
  if (r.status === 200) {
    state.current = { id, builtin: false };
    state.saved = ta.value;
    notice('au-notice', '');
    describeFile();
    $('au-file-sub').textContent = `${id}.yaml · 已保存 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })},学员的案例列表里已经可以看到`;
    await loadList(false);
    return;
  }
  if (r.status === 409 && !override && state.builtinIDs.has(id)) {
    if (window.confirm(`「${id}」是内置案例的编号。保存后,学员练到的将是你的版本(内置文件本身不会被改动,删掉你的文件即可恢复)。确定替换吗?`)) {
      await save(true);
    }
    return;
  }
  if (r.status === 422) showProblems(r.body.problems || []);
  if (r.status !== 401) notice('au-notice', r.body.error || `保存失败(${r.status})`);
}

// ---------- try: the practice talk ----------

const chat = new ChatView($('au-chat'));
const mood = new MoodPanel($('au-meter-anger'), $('au-meter-trust'));
const socket = new Socket(onFrame, onSocketState);

function showTab(which) {
  const talk = which === 'talk';
  $('au-ref').hidden = talk;
  $('au-talk').hidden = !talk;
  $('au-tab-ref').classList.toggle('active', !talk);
  $('au-tab-talk').classList.toggle('active', talk);
  $('au-tab-ref').setAttribute('aria-selected', String(!talk));
  $('au-tab-talk').setAttribute('aria-selected', String(talk));
}

async function tryDraft() {
  const btn = $('au-try');
  btn.disabled = true;
  let r;
  try {
    r = await call('POST', '/api/author/try', { yaml: ta.value });
  } catch (e) {
    notice('au-notice', e.message);
    return;
  } finally {
    btn.disabled = false;
  }
  if (r.status === 422) {
    showProblems(r.body.problems || []);
    notice('au-notice', r.body.error || '案例还有问题');
    return;
  }
  if (r.status !== 200) {
    if (r.status !== 401) notice('au-notice', r.body.error || `试谈失败(${r.status})`);
    return;
  }
  notice('au-notice', '');
  showTab('talk');
  startTalk(r.body.scenario);
}

function setComposer(on) {
  $('au-say').disabled = !on;
  $('au-send').disabled = !on;
}

async function startTalk(draftID) {
  chat.reset(visitorName(ta.value) || '来访人');
  $('au-composer').hidden = false;
  mood.reset();
  $('au-stage').textContent = '–';
  clear($('au-report')).hidden = true;
  state.sessionId = '';
  state.ended = false;
  setComposer(false);
  $('au-end').disabled = true;
  $('au-talk-title').textContent = '正在开始试谈…';
  chat.startTyping();
  try {
    await socket.send({ type: 'start', scenario: draftID, user: '试谈' });
  } catch (e) {
    chat.cancelTyping();
    chat.system(e.message, 'bad');
  }
}

function onSocketState(s) {
  const el = $('au-conn');
  el.hidden = s === 'open';
  el.textContent = s === 'open' ? '' : '连接已断开';
  el.classList.toggle('bad', s !== 'open');
  if (s !== 'open' && state.sessionId && !state.ended) {
    setComposer(false);
    chat.system('连接断开了。再点一次「试谈」重新开始。', 'bad');
  }
}

function onFrame(f) {
  switch (f.type) {
    case 'session':
      state.sessionId = f.id;
      $('au-talk-title').textContent = f.title || '试谈';
      $('au-talk-sub').textContent = '用真实的谈话引擎试一遍;这次试谈会作为一条练习记录保存。';
      break;
    case 'visitor_delta':
      chat.delta(f.text || '');
      break;
    case 'visitor':
      chat.visitor(f.text || '');
      chat.tag(chat.lastTrainee, f.moves, f.faults);
      mood.update(f.mood);
      if (f.stage) $('au-stage').textContent = stageName(f.stage);
      $('au-end').disabled = false;
      if (f.ended) {
        state.ended = true;
        setComposer(false);
        chat.system(`来访人离开了:${endingName(f.ending)}。点「结束并评分」看评估。`, endingTone(f.ending) === 'bad' ? 'bad' : 'good');
      } else {
        setComposer(true);
        $('au-say').focus();
      }
      break;
    case 'report':
      state.ended = true;
      setComposer(false);
      $('au-end').disabled = true;
      $('au-composer').hidden = true;
      renderReport(f.report || {});
      break;
    case 'error':
      chat.cancelTyping();
      chat.system(f.message || '出错了', 'bad');
      if (state.sessionId && !state.ended) setComposer(true);
      break;
    default:
      break;
  }
}

function say(ev) {
  ev.preventDefault();
  const text = $('au-say').value.trim();
  if (!text || !state.sessionId || state.ended) return;
  chat.addTrainee(text);
  chat.startTyping();
  $('au-say').value = '';
  setComposer(false);
  socket.send({ type: 'say', text }).catch((e) => {
    chat.cancelTyping();
    chat.system(e.message, 'bad');
  });
}

function endTalk() {
  if (!state.sessionId) return;
  $('au-end').disabled = true;
  setComposer(false);
  socket.send({ type: 'end' }).catch((e) => chat.system(e.message, 'bad'));
}

// renderReport shows the report's gist: score, ending, stage scores,
// violations, and a link to the full report.
function renderReport(r) {
  const el = clear($('au-report'));
  const score = Number(r.overall) || 0;
  const stages = r.stages || {};
  el.append(
    h('div', { class: 'au-score' },
      h('b', { class: scoreBand(score), text: String(score) }),
      h('span', { text: `${bandLabel(score)} · ${endingName(r.ending)}` })),
    h('div', { class: 'au-stage-scores' }, STAGES.map(([key]) => h('span', null,
      h('span', { text: stageName(key) }),
      h('b', { text: String((stages[key] && stages[key].score) ?? '–') })))),
    r.mood ? h('p', { class: 'muted', text: `结束时 怒气 ${r.mood.anger} · 信任 ${r.mood.trust}` }) : null,
    h('h4', { text: '违规行为' }),
    (r.violations && r.violations.length)
      ? h('ul', null, r.violations.map((v) => h('li', { text: `${violationName(v.code)}:“${v.quote}”` })))
      : h('p', { class: 'muted', text: '没有' }),
    r.summary ? h('p', { text: r.summary }) : null,
    h('p', { class: 'au-report-bar' },
      state.sessionId ? h('a', { text: '查看完整报告 ↗', attrs: { href: `/sessions/${encodeURIComponent(state.sessionId)}`, target: '_blank', rel: 'noopener' } }) : null,
      h('span', { class: 'spacer' }),
      h('button', { text: '用当前内容再试一次', attrs: { type: 'button' }, on: { click: tryDraft } })),
  );
  el.hidden = false;
  el.scrollIntoView({ block: 'nearest' });
}

// ---------- wiring ----------

$('au-login-form').addEventListener('submit', login);
$('au-logout').addEventListener('click', logout);
$('au-new').addEventListener('click', () => newFile(false));
$('au-save').addEventListener('click', () => save(false));
$('au-try').addEventListener('click', tryDraft);
$('au-tab-ref').addEventListener('click', () => showTab('ref'));
$('au-tab-talk').addEventListener('click', () => showTab('talk'));
$('au-composer').addEventListener('submit', say);
$('au-end').addEventListener('click', endTalk);
$('au-say').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    $('au-composer').requestSubmit();
  }
});
ta.addEventListener('input', () => onEdit(false));
ta.addEventListener('keydown', onKey);
ta.addEventListener('scroll', () => { gutter.scrollTop = ta.scrollTop; });
window.addEventListener('beforeunload', (e) => {
  if (!$('au-app').hidden && isDirty()) e.preventDefault();
});

loadList(true);
fetchJSON('/api/moves').then(addMoveNames).catch(() => { /* the built-in names stay */ });
