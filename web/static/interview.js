// Interview practice page: pick a question, think, answer against the
// clock (typing or optional browser speech input), read the scored report.
// No innerHTML: every text from the server goes in as a text node.

const USER_KEY = 'coach.user'; // shared with the talk page
const CHARS_PER_MINUTE = 225; // spoken Chinese runs at about 200–250 a minute

const PHASE_NAMES = { open: '稳情绪、担责任', handle: '解决问题', follow: '跟进与改进' };

const state = {
  questions: [],
  current: null, // QuestionInfo
  timer: null,
  phase: 'idle', // idle | think | answer | done
  deadline: 0,
  total: 0,
  answerStarted: 0,
  speechUsed: false,
  recognition: null,
  submitting: false,
};

function $(id) { return document.getElementById(id); }

// h builds an element: h('li', {class: 'x', text: 'y', on: {click: fn}}, ...children).
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.text !== undefined && props.text !== null) el.textContent = String(props.text);
    for (const [k, v] of Object.entries(props.attrs || {})) el.setAttribute(k, String(v));
    for (const [k, fn] of Object.entries(props.on || {})) el.addEventListener(k, fn);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) throw new Error((body && body.error) || `请求失败(${res.status})`);
  return body;
}

function notice(text) {
  const n = $('iv-notice');
  n.textContent = text || '';
  n.hidden = !text;
}

function user() { return ($('user-name').value || '').trim(); }

function fmtClock(sec) {
  sec = Math.max(0, Math.ceil(sec));
  return `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}`;
}

function fmtTime(iso) {
  const d = new Date(iso);
  if (isNaN(d)) return '';
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function scoreClass(v) { return v >= 80 ? 'good' : v >= 60 ? 'ok' : v >= 40 ? 'weak' : 'bad'; }

// ---------- question list ----------

async function loadQuestions() {
  const box = $('iv-questions');
  try {
    state.questions = await api('/api/interview/questions');
  } catch (err) {
    clear(box).append(h('p', { class: 'muted', text: '题目加载失败:' + err.message }));
    return;
  }
  clear(box);
  const groups = new Map();
  for (const q of state.questions) {
    if (!groups.has(q.category)) groups.set(q.category, []);
    groups.get(q.category).push(q);
  }
  for (const [cat, list] of groups) {
    box.append(h('h3', { text: `${cat}(${list.length})` }));
    box.append(h('ul', null, list.map((q) => h('li', null,
      h('button', { text: q.title, attrs: { type: 'button', 'data-id': q.id }, on: { click: () => selectQuestion(q.id) } })))));
  }
}

function markCurrent(id) {
  for (const b of document.querySelectorAll('.iv-questions button')) {
    b.classList.toggle('current', b.getAttribute('data-id') === id);
  }
}

// ---------- history ----------

async function loadHistory() {
  const list = $('iv-history');
  let items;
  try {
    const q = new URLSearchParams({ limit: '50' });
    if (user()) q.set('user', user());
    items = await api('/api/interview/attempts?' + q);
  } catch (err) {
    clear(list).append(h('li', { class: 'muted', text: '记录加载失败:' + err.message }));
    return;
  }
  clear(list);
  if (!items.length) {
    list.append(h('li', { class: 'muted', text: '还没有答题记录' }));
    return;
  }
  for (const a of items) {
    const link = h('a', { attrs: { href: '/interview?attempt=' + encodeURIComponent(a.id) } },
      h('span', { class: 'h-main' },
        h('span', { class: 'h-title', text: a.title || a.question }),
        h('span', { class: 'h-meta', text: `${fmtTime(a.created_at)}${a.user ? ' · ' + a.user : ''}` })),
      h('b', { class: 'iv-hscore ' + scoreClass(a.score), text: a.score }));
    link.addEventListener('click', (ev) => {
      ev.preventDefault();
      history.pushState(null, '', link.getAttribute('href'));
      showAttempt(a.id);
    });
    list.append(h('li', null, link));
  }
}

// ---------- the timed answer ----------

function stopTimer() {
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
}

function resetView() {
  stopTimer();
  stopSpeech();
  state.phase = 'idle';
  state.speechUsed = false;
  $('iv-empty').hidden = true;
  $('iv-report').hidden = true;
  $('iv-question').hidden = false;
  $('iv-ready').hidden = false;
  $('iv-thinking').hidden = true;
  $('iv-form').hidden = true;
  $('iv-answer').value = '';
  updateCount();
  notice('');
}

function selectQuestion(id) {
  const q = state.questions.find((x) => x.id === id);
  if (!q) return;
  if (state.phase === 'think' || state.phase === 'answer') {
    if (!confirm('正在答题,换一道题会放弃当前作答。确定吗?')) return;
  }
  if (location.search) history.pushState(null, '', '/interview');
  state.current = q;
  markCurrent(id);
  resetView();
  $('iv-category').textContent = q.category;
  $('iv-title').textContent = q.title;
  $('iv-prompt').textContent = q.prompt.trim();
  $('iv-times').textContent = `思考 ${q.think_seconds} 秒 · 作答 ${Math.round(q.answer_seconds / 60 * 10) / 10} 分钟`;
  $('iv-phase').textContent = '准备';
  $('iv-time').textContent = fmtClock(q.think_seconds);
  $('iv-time').classList.remove('urgent');
  $('iv-bar').style.width = '0%';
}

function runClock(seconds, onTick, onDone) {
  stopTimer();
  state.total = seconds;
  state.deadline = Date.now() + seconds * 1000;
  const tick = () => {
    const left = (state.deadline - Date.now()) / 1000;
    onTick(left);
    if (left <= 0) {
      stopTimer();
      onDone();
    }
  };
  tick();
  state.timer = setInterval(tick, 250);
}

function paintClock(left, cls) {
  $('iv-time').textContent = fmtClock(left);
  $('iv-time').classList.toggle('urgent', state.phase === 'answer' && left <= 30);
  const bar = $('iv-bar');
  bar.className = 'iv-bar ' + cls;
  bar.style.width = `${Math.min(100, Math.max(0, 100 * (1 - left / state.total)))}%`;
}

function startThinking() {
  const q = state.current;
  if (!q) return;
  state.phase = 'think';
  $('iv-ready').hidden = true;
  $('iv-thinking').hidden = false;
  $('iv-phase').textContent = '思考';
  runClock(q.think_seconds, (left) => paintClock(left, 'think'), startAnswering);
}

function startAnswering() {
  const q = state.current;
  if (!q || state.phase === 'answer') return;
  state.phase = 'answer';
  state.answerStarted = Date.now();
  $('iv-thinking').hidden = true;
  $('iv-ready').hidden = true;
  $('iv-form').hidden = false;
  $('iv-phase').textContent = '作答';
  $('iv-answer').focus();
  runClock(q.answer_seconds, (left) => paintClock(left, 'answer'), timeUp);
}

function timeUp() {
  stopSpeech();
  $('iv-phase').textContent = '时间到';
  if ($('iv-answer').value.trim()) {
    notice('作答时间到,已自动提交。');
    submit();
  } else {
    notice('作答时间到。还没有作答内容;可以补写后再提交,用时会如实记录。');
  }
}

function updateCount() {
  const text = $('iv-answer').value;
  const n = (text.match(/[\p{L}\p{N}]/gu) || []).length;
  $('iv-count').textContent = `${n} 字 · 讲出来约 ${Math.round(n / CHARS_PER_MINUTE * 60)} 秒`;
}

async function submit() {
  if (state.submitting || !state.current) return;
  const answer = $('iv-answer').value;
  if (!answer.trim()) {
    notice('请先作答再提交。');
    return;
  }
  state.submitting = true;
  $('iv-submit').disabled = true;
  stopTimer();
  stopSpeech();
  const seconds = state.answerStarted ? Math.round((Date.now() - state.answerStarted) / 1000) : 0;
  try {
    const attempt = await api('/api/interview/attempts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: state.current.id, answer, user: user(), seconds, speech: state.speechUsed }),
    });
    state.phase = 'done';
    history.pushState(null, '', '/interview?attempt=' + encodeURIComponent(attempt.id));
    renderReport(attempt);
    loadHistory();
  } catch (err) {
    notice('提交失败:' + err.message + '(作答内容仍在文本框里)');
  } finally {
    state.submitting = false;
    $('iv-submit').disabled = false;
  }
}

// ---------- optional speech input ----------

function speechClass() { return window.SpeechRecognition || window.webkitSpeechRecognition || null; }

function setupSpeech() {
  const SR = speechClass();
  if (!SR) return; // the button stays hidden: speech input is optional
  $('iv-speech').hidden = false;
  $('iv-speech-note').hidden = false;
  $('iv-speech').addEventListener('click', () => {
    if (state.recognition) stopSpeech();
    else startSpeech(SR);
  });
}

function startSpeech(SR) {
  const rec = new SR();
  rec.lang = 'zh-CN';
  rec.continuous = true;
  rec.interimResults = false;
  rec.onresult = (ev) => {
    const box = $('iv-answer');
    for (let i = ev.resultIndex; i < ev.results.length; i++) {
      if (ev.results[i].isFinal) {
        box.value += ev.results[i][0].transcript;
        state.speechUsed = true;
      }
    }
    updateCount();
  };
  rec.onerror = (ev) => notice('语音识别出错(' + ev.error + '),可以继续打字作答。');
  rec.onend = () => {
    state.recognition = null;
    $('iv-speech').classList.remove('listening');
    $('iv-speech').textContent = '语音输入(可选)';
  };
  try {
    rec.start();
  } catch (err) {
    notice('无法启动语音识别:' + err.message);
    return;
  }
  state.recognition = rec;
  $('iv-speech').classList.add('listening');
  $('iv-speech').textContent = '停止语音输入';
}

function stopSpeech() {
  if (state.recognition) {
    try { state.recognition.stop(); } catch (_) { /* already stopped */ }
  }
}

// ---------- report ----------

async function showAttempt(id) {
  stopTimer();
  stopSpeech();
  try {
    const a = await api('/api/interview/attempts/' + encodeURIComponent(id));
    markCurrent(a.question);
    renderReport(a);
  } catch (err) {
    $('iv-empty').hidden = true;
    $('iv-question').hidden = true;
    const r = clear($('iv-report'));
    r.hidden = false;
    r.append(h('p', { class: 'notice', text: '无法打开这条答题记录:' + err.message }));
  }
}

function renderReport(a) {
  const res = a.result;
  $('iv-empty').hidden = true;
  $('iv-question').hidden = true;
  const r = clear($('iv-report'));
  r.hidden = false;

  const again = h('button', { class: 'primary', text: '再答一次', attrs: { type: 'button' }, on: { click: () => selectQuestion(a.question) } });
  r.append(h('div', { class: 'iv-report-bar' }, again,
    h('button', { text: '打印报告', attrs: { type: 'button' }, on: { click: () => window.print() } })));

  r.append(h('div', { class: 'iv-qhead' }, h('span', { class: 'iv-tag', text: a.category }), h('h2', { text: a.title })));
  r.append(h('p', { class: 'muted iv-small', text: `${fmtTime(a.created_at)}${a.seconds ? ' · 用时 ' + fmtClock(a.seconds) : ''}${a.speech ? ' · 使用了语音输入' : ''}${a.user ? ' · ' + a.user : ''}` }));

  r.append(h('div', { class: 'iv-score', attrs: { id: 'iv-score' } },
    h('div', { class: 'iv-score-big ' + scoreClass(res.score) }, String(res.score), h('small', { text: ' / 100' })),
    h('div', { class: 'iv-parts' },
      h('div', { class: 'iv-part' }, h('span', { class: 'muted', text: '要点覆盖 ' }), h('b', { text: res.coverage + '%' })),
      h('div', { class: 'iv-part' }, h('span', { class: 'muted', text: '结构层次 ' }), h('b', { text: res.structure.score })),
      h('div', { class: 'iv-part' }, h('span', { class: 'muted', text: '长度 ' }), h('b', { text: res.length.score })))));

  r.append(h('section', { class: 'iv-section' }, h('h3', { text: '要点' }),
    h('ul', { class: 'iv-points', attrs: { id: 'iv-points' } }, res.points.map((p) => h('li', { class: p.hit ? 'iv-hit' : 'iv-miss' },
      h('span', { class: 'iv-mark', text: p.hit ? '✓' : '✗' }),
      h('span', { class: 'iv-ptext', text: p.text }),
      p.required ? h('span', { class: 'iv-req', text: '必答' }) : null,
      h('span', { class: 'iv-phase-tag', text: PHASE_NAMES[p.phase] || p.phase }),
      p.hit ? h('span', { class: 'iv-quote', text: '“' + p.quote + '”' }) : null)))));

  r.append(h('section', { class: 'iv-section' }, h('h3', { text: '陷阱' }),
    res.traps.length
      ? h('ul', { class: 'iv-traps', attrs: { id: 'iv-traps' } }, res.traps.map((t) => h('li', null,
        h('span', { class: 'iv-mark', text: '⚠' }), t.text, ` (扣 ${t.penalty}%)`,
        h('span', { class: 'iv-quote', text: '“' + t.quote + '”' }),
        t.advice ? h('span', { class: 'iv-quote muted', text: t.advice }) : null)))
      : h('p', { class: 'muted', text: '没有掉进常见陷阱。' })));

  r.append(h('section', { class: 'iv-section' }, h('h3', { text: '结构与长度' }),
    h('p', { text: '结构:' + res.structure.note }),
    h('p', { text: '长度:' + res.length.note + `(规定 ${fmtClock(res.length.time_seconds)},约可讲 ${res.length.min_chars}–${res.length.max_chars} 字)` })));

  if (res.advice && res.advice.length) {
    r.append(h('section', { class: 'iv-section' }, h('h3', { text: '改进建议' }),
      h('ul', { class: 'iv-advice' }, res.advice.map((x) => h('li', { text: x })))));
  }

  r.append(h('section', { class: 'iv-section' }, h('h3', { text: '参考答题思路' }),
    h('ol', { class: 'iv-outline', attrs: { id: 'iv-outline' } }, res.outline.map((x) => h('li', { text: x })))));

  r.append(h('section', { class: 'iv-section' }, h('h3', { text: '你的作答' }), h('div', { class: 'iv-answer-text', text: a.answer })));
}

// ---------- start ----------

function fromURL() {
  const id = new URLSearchParams(location.search).get('attempt');
  if (id) showAttempt(id);
  else {
    $('iv-report').hidden = true;
    $('iv-question').hidden = !state.current;
    $('iv-empty').hidden = !!state.current;
  }
}

function init() {
  const u = $('user-name');
  u.value = localStorage.getItem(USER_KEY) || '';
  u.addEventListener('change', () => {
    localStorage.setItem(USER_KEY, u.value.trim());
    loadHistory();
  });
  $('iv-start').addEventListener('click', startThinking);
  $('iv-skip').addEventListener('click', () => { stopTimer(); startAnswering(); });
  $('iv-answer').addEventListener('input', updateCount);
  $('iv-form').addEventListener('submit', (ev) => { ev.preventDefault(); submit(); });
  $('iv-history-refresh').addEventListener('click', loadHistory);
  window.addEventListener('popstate', fromURL);
  setupSpeech();
  loadQuestions().then(fromURL);
  loadHistory();
}

init();
