// The page: scenario list and history on the left, the talk in the centre,
// mood, stages, hints and search on the right; the report when a talk ends.
// At /sessions/{id} the same page shows a stored talk read-only.
import {
  $, h, clear, fetchJSON, addMoveNames, PERSONA_ORDER, endingName, scoreBand, fmtShortDate, fmtDate, runeCount,
} from './util.js';
import { renderReport } from './report.js';
import { Socket, ChatView } from './talk.js';
import { MoodPanel, StagePanel, HintPanel, SearchPanel } from './panels.js';

const MAX_RUNES = 2000;
const USER_KEY = 'coach.user';

const state = {
  personas: new Map(), // key → PersonaInfo
  scenarios: new Map(), // id → ScenarioInfo
  mode: 'idle', // idle | live | readonly
  talk: null, // {scenario, info, sessionId, startedAt, waiting, ended, report, ending}
};

const ui = {};

function init() {
  ui.layout = $('layout');
  ui.chat = new ChatView($('chat'));
  ui.mood = new MoodPanel($('meter-anger'), $('meter-trust'));
  ui.stages = new StagePanel($('stage-list'));
  ui.hints = new HintPanel($('hint-panel'), $('hint-list'));
  ui.search = new SearchPanel($('search-form'), $('search-q'), $('search-results'));
  ui.input = $('say-input');
  ui.send = $('send-btn');
  ui.hint = $('hint-btn');
  ui.end = $('end-btn');
  ui.counter = $('counter');
  ui.notice = $('notice');
  ui.socket = new Socket(onFrame, onSocketState);

  const user = $('user-name');
  user.value = localStorage.getItem(USER_KEY) || '';
  user.addEventListener('change', () => {
    localStorage.setItem(USER_KEY, user.value.trim());
    loadHistory();
  });

  $('composer').addEventListener('submit', (ev) => { ev.preventDefault(); say(); });
  ui.input.addEventListener('keydown', (ev) => {
    // Enter sends; Shift+Enter is a newline; Enter that confirms an IME
    // composition (typing Chinese) must not send.
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
      ev.preventDefault();
      ui.swallowBreak = true;
      say();
    }
  });
  // Some input paths (automation, a few IMEs) still deliver the line break
  // of a handled Enter as a separate input event; drop it.
  ui.input.addEventListener('beforeinput', (ev) => {
    if (ui.swallowBreak && (ev.inputType === 'insertLineBreak' || ev.inputType === 'insertParagraph' || (ev.inputType === 'insertText' && ev.data === '\n'))) {
      ev.preventDefault();
    }
    ui.swallowBreak = false;
  });
  ui.input.addEventListener('keyup', () => { ui.swallowBreak = false; });
  ui.input.addEventListener('input', updateCounter);
  ui.hint.addEventListener('click', askHint);
  ui.end.addEventListener('click', onEndClick);
  $('history-refresh').addEventListener('click', loadHistory);
  $('report-back').addEventListener('click', () => showReport(false));
  $('report-print').addEventListener('click', () => window.print());
  $('report-again').addEventListener('click', () => {
    const id = state.talk && state.talk.scenario;
    if (!id) return;
    if (state.mode === 'readonly') location.href = `/?scenario=${encodeURIComponent(id)}`;
    else startTalk(id);
  });
  $('readonly-report').addEventListener('click', () => showReport(true));

  boot().catch((e) => showNotice(e.message));
}

async function boot() {
  const [personas, scenarios, moves] = await Promise.all([
    fetchJSON('/api/personas'),
    fetchJSON('/api/scenarios').catch((e) => { showNotice(`场景加载失败:${e.message}`); return []; }),
    fetchJSON('/api/moves').catch(() => []), // labels only; the built-in names remain
  ]);
  addMoveNames(moves);
  for (const p of personas) state.personas.set(p.key, p);
  for (const sc of scenarios) state.scenarios.set(sc.id, sc);
  renderScenarios(scenarios);
  loadHistory();

  const m = location.pathname.match(/^\/sessions\/([^/]+)\/?$/);
  if (m) {
    await openStored(decodeURIComponent(m[1]));
    return;
  }
  const want = new URLSearchParams(location.search).get('scenario');
  if (want && state.scenarios.has(want)) startTalk(want);
}

// ---------- left column ----------

function renderScenarios(list) {
  const box = clear($('scenario-list'));
  if (!list.length) {
    box.append(h('p', { class: 'muted', text: '还没有可用的场景。' }));
    return;
  }
  const groups = new Map();
  for (const sc of list) {
    if (!groups.has(sc.persona)) groups.set(sc.persona, []);
    groups.get(sc.persona).push(sc);
  }
  const order = [...PERSONA_ORDER, ...[...groups.keys()].filter((k) => !PERSONA_ORDER.includes(k))];
  // A long list starts folded to one line per visitor type; a short one open.
  const folded = list.length > 10;
  for (const key of order) {
    const items = groups.get(key);
    if (!items) continue;
    const p = state.personas.get(key);
    box.append(h('details', { class: 'persona-group', data: { persona: key }, attrs: { open: !folded } },
      h('summary', {},
        h('span', { class: 'persona-name' }, h('span', { class: 'dot' }), p ? p.name : (items[0].persona_name || key),
          h('span', { class: 'count', text: `${items.length} 个案情` })),
        p ? h('span', { class: 'persona-who', text: p.who }) : null),
      items.map((sc) => h('button', {
        class: 'scenario-btn', attrs: { type: 'button', title: sc.summary || sc.title }, data: { scenario: sc.id },
        on: { click: () => onScenarioClick(sc.id) },
      }, h('strong', { text: sc.title }), sc.summary ? h('span', { text: sc.summary }) : null))));
  }
}

function onScenarioClick(id) {
  if (state.mode === 'readonly') {
    location.href = `/?scenario=${encodeURIComponent(id)}`;
    return;
  }
  startTalk(id);
}

function markCurrentScenario(id) {
  for (const b of document.querySelectorAll('.scenario-btn')) {
    const on = b.dataset.scenario === id;
    b.classList.toggle('current', on);
    if (on) {
      const group = b.closest('details');
      if (group) group.open = true;
      b.scrollIntoView({ block: 'nearest' });
    }
  }
}

async function loadHistory() {
  const box = $('history');
  const user = ($('user-name').value || '').trim();
  try {
    const list = await fetchJSON(`/api/sessions?limit=50${user ? `&user=${encodeURIComponent(user)}` : ''}`);
    clear(box);
    if (!list.length) {
      box.append(h('li', { class: 'muted', text: '还没有练习记录。' }));
      return;
    }
    for (const it of list) {
      const finished = it.overall !== undefined && it.overall !== null;
      const p = state.personas.get(it.persona);
      const meta = [fmtShortDate(it.started_at), p ? p.name : '', finished ? endingName(it.ending) : '未完成'].filter(Boolean).join(' · ');
      box.append(h('li', { data: { session: it.id } },
        h('a', { attrs: { href: `/sessions/${encodeURIComponent(it.id)}` } },
          h('span', { class: 'h-main' },
            h('span', { class: 'h-title', text: it.title || it.scenario }),
            h('span', { class: 'h-meta', text: meta })),
          finished
            ? h('span', { class: `score-pill band-${scoreBand(it.overall)}`, text: String(it.overall) })
            : h('span', { class: 'score-pill open', text: `${it.turns || 0} 句` }))));
    }
  } catch (e) {
    clear(box).append(h('li', { class: 'muted', text: `记录加载失败:${e.message}` }));
  }
}

// ---------- the live talk ----------

function setComposer(enabled) {
  const canTalk = enabled && state.talk && !state.talk.ended;
  ui.input.disabled = !canTalk;
  ui.hint.disabled = !(state.talk && state.talk.sessionId);
  ui.end.disabled = !(state.talk && state.talk.sessionId);
  updateCounter();
}

function updateCounter() {
  const n = runeCount(ui.input.value);
  ui.counter.textContent = `${n} / ${MAX_RUNES}`;
  ui.counter.classList.toggle('over', n > MAX_RUNES);
  const t = state.talk;
  ui.send.disabled = ui.input.disabled || !t || t.waiting || n === 0 || n > MAX_RUNES || !ui.input.value.trim();
}

function resetTalkView(info) {
  hideNotice();
  showReport(false);
  ui.mood.reset();
  ui.stages.reset();
  ui.hints.reset();
  const p = info ? state.personas.get(info.persona) : null;
  ui.chat.reset(visitorLabel(info));
  $('talk-title').textContent = info ? info.title : '尚未开始';
  $('talk-sub').textContent = info ? [p ? `来访人类型:${p.name}` : '', info.summary || ''].filter(Boolean).join(' · ') : '';
  resetEndButton();
}

function visitorLabel(info) {
  // Scenario info may carry the visitor's name; otherwise a neutral label.
  const name = info && (info.visitor_name || info.visitor);
  return typeof name === 'string' && name.trim() ? name.trim() : '来访人';
}

async function startTalk(id) {
  const info = state.scenarios.get(id);
  if (!info) {
    showNotice('未找到该场景');
    return;
  }
  state.mode = 'live';
  // Frames of an earlier talk may still arrive (the server answers in order);
  // until this talk's session frame, the others are ignored.
  state.talk = { scenario: id, info, sessionId: null, awaitingSession: true, startedAt: new Date().toISOString(), waiting: true, ended: false, report: null };
  markCurrentScenario(id);
  resetTalkView(info);
  history.replaceState(null, '', '/');
  ui.chat.system('来访人走进了接待室');
  ui.chat.startTyping();
  setComposer(false);
  const user = ($('user-name').value || '').trim();
  try {
    await ui.socket.send(user ? { type: 'start', scenario: id, user } : { type: 'start', scenario: id });
  } catch (e) {
    ui.chat.cancelTyping();
    state.talk.waiting = false;
    showNotice(e.message);
  }
}

async function say() {
  const t = state.talk;
  const text = ui.input.value.trim();
  if (!t || t.ended || t.waiting || !t.sessionId || !text) return;
  if (runeCount(text) > MAX_RUNES) {
    showNotice(`一次最多说 ${MAX_RUNES} 字`);
    return;
  }
  hideNotice();
  const msg = ui.chat.addTrainee(text);
  t.lastTrainee = msg;
  ui.input.value = '';
  t.waiting = true;
  updateCounter();
  ui.chat.startTyping();
  try {
    await ui.socket.send({ type: 'say', text });
  } catch (e) {
    ui.chat.cancelTyping();
    t.waiting = false;
    showNotice(e.message);
    updateCounter();
  }
  ui.input.focus();
}

async function askHint() {
  if (state.mode === 'readonly' || !state.talk || !state.talk.sessionId) return;
  ui.hints.loading();
  try {
    await ui.socket.send({ type: 'hint' });
  } catch (e) {
    showNotice(e.message);
  }
}

let endTimer = null;

function resetEndButton() {
  clearTimeout(endTimer);
  ui.end.classList.remove('confirming');
  ui.end.textContent = '结束接谈';
}

// onEndClick asks for a second click before ending a talk still going on.
function onEndClick() {
  const t = state.talk;
  if (!t || !t.sessionId) return;
  if (t.report) {
    showReport(true);
    return;
  }
  if (!t.ended && !ui.end.classList.contains('confirming')) {
    ui.end.classList.add('confirming');
    ui.end.textContent = '确认结束?';
    endTimer = setTimeout(resetEndButton, 4000);
    return;
  }
  resetEndButton();
  requestEnd();
}

async function requestEnd() {
  const t = state.talk;
  if (!t || t.endRequested) return;
  t.endRequested = true;
  t.ended = true;
  setComposer(false);
  ui.chat.system('正在生成评估报告…');
  try {
    await ui.socket.send({ type: 'end' });
  } catch (e) {
    t.endRequested = false;
    showNotice(e.message);
  }
}

function onFrame(f) {
  const t = state.talk;
  if (t && t.awaitingSession && f.type !== 'session' && f.type !== 'error') return;
  switch (f.type) {
    case 'session':
      if (!t) return;
      t.awaitingSession = false;
      t.sessionId = f.id;
      t.user = f.user || '';
      break;
    case 'visitor_delta':
      if (t && t.waiting) ui.chat.delta(f.text || '');
      break;
    case 'visitor': {
      if (!t) return;
      t.waiting = false;
      ui.chat.visitor(f.text || '');
      if (t.lastTrainee) {
        ui.chat.tag(t.lastTrainee, f.moves, f.faults);
        t.lastTrainee = null;
      }
      ui.mood.update(f.mood);
      if (f.stage) ui.stages.update(f.stage);
      if (f.ended) {
        t.ended = true;
        t.ending = f.ending;
        const tone = f.ending === 'satisfied' || f.ending === 'agreed_date' ? 'good' : 'bad';
        ui.chat.system(`来访人已离开:${endingName(f.ending) || '谈话结束'}`, tone);
        requestEnd();
      }
      setComposer(true);
      if (!ui.input.disabled) ui.input.focus();
      break;
    }
    case 'hint':
      ui.hints.show(f.items || []);
      break;
    case 'report':
      if (!t) return;
      t.report = f.report;
      t.ended = true;
      setComposer(false);
      ui.end.textContent = '查看报告';
      ui.end.disabled = false;
      ui.chat.system('谈话已结束,报告已生成', 'good', { label: '查看报告', onClick: () => showReport(true) });
      renderReportView(f.report, t);
      showReport(true);
      loadHistory();
      break;
    case 'error':
      if (t && t.awaitingSession && t.waiting) t.awaitingSession = false;
      if (t && t.waiting) {
        ui.chat.cancelTyping();
        t.waiting = false;
      }
      if (t && f.code === 'ended') t.ended = true;
      if (t && t.endRequested && !t.report) t.endRequested = false;
      showNotice(f.message || '出错了');
      setComposer(true);
      break;
    default:
      break;
  }
}

function onSocketState(s) {
  const el = $('conn-status');
  if (s === 'open') {
    el.hidden = true;
    return;
  }
  el.hidden = false;
  el.textContent = '连接已断开';
  el.classList.add('bad');
  const t = state.talk;
  if (state.mode === 'live' && t && t.sessionId && !t.report) {
    ui.chat.cancelTyping();
    t.waiting = false;
    t.ended = true;
    setComposer(false);
    ui.chat.system('与服务器的连接断开了。已说的话都已保存,可在练习记录中查看。', 'bad');
    loadHistory();
  }
}

// ---------- the report ----------

function renderReportView(report, meta) {
  const info = meta.info || state.scenarios.get(meta.scenario) || {};
  const personaKey = (report && report.persona) || info.persona || meta.persona;
  const p = state.personas.get(personaKey) || null;
  const el = renderReport(report, {
    title: meta.title || info.title || report.scenario,
    personaName: p ? p.name : '',
    persona: p,
    user: meta.user || '',
    startedAt: meta.startedAt,
    sessionId: meta.sessionId,
  });
  clear($('report')).append(el);
}

function showReport(on) {
  const view = $('report-view');
  view.hidden = !on;
  ui.layout.classList.toggle('show-report', on);
  if (on) view.scrollTop = 0;
}

// ---------- a stored talk, read-only ----------

async function openStored(id) {
  state.mode = 'readonly';
  $('composer').hidden = true;
  $('readonly-bar').hidden = false;
  let sess;
  try {
    sess = await fetchJSON(`/api/sessions/${encodeURIComponent(id)}`);
  } catch (e) {
    resetTalkView(null);
    $('talk-title').textContent = '未找到这次接谈';
    $('readonly-text').textContent = e.status === 404 ? '这次接谈记录不存在或已删除' : e.message;
    $('readonly-again').hidden = true;
    ui.chat.system(e.status === 404 ? '没有找到这次接谈记录' : e.message, 'bad');
    return;
  }
  const info = state.scenarios.get(sess.scenario) || { id: sess.scenario, title: sess.title, persona: sess.persona };
  state.talk = {
    scenario: sess.scenario, info, sessionId: sess.id, startedAt: sess.started_at, ended: true,
    report: sess.report || null, user: sess.user || '', title: sess.title || info.title, persona: sess.persona,
  };
  resetTalkView(info);
  $('talk-title').textContent = sess.title || info.title || sess.scenario;
  const p = state.personas.get(sess.persona);
  $('talk-sub').textContent = [p ? `来访人类型:${p.name}` : '', fmtDate(sess.started_at), sess.user ? `学员:${sess.user}` : ''].filter(Boolean).join(' · ');
  $('readonly-again').href = `/?scenario=${encodeURIComponent(sess.scenario)}`;
  $('readonly-again').hidden = !state.scenarios.has(sess.scenario);
  markCurrentScenario(sess.scenario);
  for (const li of document.querySelectorAll('#history li')) li.classList.toggle('current', li.dataset.session === sess.id);

  const turns = sess.turns || [];
  if (!turns.length) ui.chat.system('这次接谈没有留下对话');
  for (const t of turns) {
    if (t.role === 'trainee') {
      const m = ui.chat.addTrainee(t.text);
      ui.chat.tag(m, t.moves, t.faults);
      if (t.stage) ui.stages.update(t.stage);
    } else {
      ui.chat.visitor(t.text);
      if (t.mood) ui.mood.update(t.mood);
      if (t.stage) ui.stages.update(t.stage);
    }
  }
  if (sess.report) {
    $('readonly-text').textContent = `已结束 · ${endingName(sess.ending || sess.report.ending) || '已评分'} · 总分 ${sess.report.overall}`;
    $('readonly-report').hidden = false;
    renderReportView(sess.report, state.talk);
    showReport(true);
  } else {
    $('readonly-text').textContent = '这次接谈尚未结束,没有评估报告';
    ui.chat.system('谈话未结束,没有评估报告');
  }
}

// ---------- notices ----------

let noticeTimer = null;

function showNotice(msg) {
  ui.notice.textContent = msg;
  ui.notice.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(hideNotice, 6000);
}

function hideNotice() {
  ui.notice.hidden = true;
}

init();
