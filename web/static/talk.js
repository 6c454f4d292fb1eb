// The live talk: the websocket client and the chat view.
import { h, clear, moveName } from './util.js';

// Socket is the page's websocket to /ws. It connects on first use; frames
// from the server go to onFrame, connection changes to onState('open'|'closed').
export class Socket {
  constructor(onFrame, onState) {
    this.onFrame = onFrame;
    this.onState = onState;
    this.ws = null;
    this.opening = null;
  }

  url() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${proto}//${location.host}/ws`;
  }

  connect() {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return Promise.resolve();
    if (this.opening) return this.opening;
    this.opening = new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url());
      let opened = false;
      ws.addEventListener('open', () => {
        opened = true;
        this.ws = ws;
        this.opening = null;
        this.onState('open');
        resolve();
      });
      ws.addEventListener('message', (ev) => {
        let frame;
        try { frame = JSON.parse(ev.data); } catch (e) { return; }
        if (frame && typeof frame.type === 'string') this.onFrame(frame);
      });
      ws.addEventListener('close', () => {
        if (this.ws === ws) this.ws = null;
        this.opening = null;
        if (opened) this.onState('closed');
        else reject(new Error('无法连接服务器'));
      });
    });
    return this.opening;
  }

  async send(frame) {
    await this.connect();
    this.ws.send(JSON.stringify(frame));
  }

  get connected() {
    return !!this.ws && this.ws.readyState === WebSocket.OPEN;
  }
}

// ChatView shows the talk as bubbles: the visitor on the left, the trainee
// on the right, with a typing indicator while a reply is coming.
export class ChatView {
  constructor(el) {
    this.el = el;
    this.visitorName = '来访人';
    this.pending = null; // the visitor bubble being typed or streamed
    this.lastTrainee = null;
  }

  reset(visitorName) {
    clear(this.el);
    this.visitorName = visitorName || '来访人';
    this.pending = null;
    this.lastTrainee = null;
  }

  scroll() {
    this.el.scrollTop = this.el.scrollHeight;
  }

  bubble(role, text, who) {
    const b = h('div', { class: 'bubble', text });
    const m = h('div', { class: `msg msg-${role}` }, h('span', { class: 'who', text: who }), b);
    this.el.append(m);
    this.scroll();
    return m;
  }

  addTrainee(text) {
    this.lastTrainee = this.bubble('trainee', text, '我(接谈人)');
    return this.lastTrainee;
  }

  // tag marks a trainee bubble with the moves and faults recognised in it.
  tag(msg, moves, faults) {
    if (!msg || (!(moves && moves.length) && !(faults && faults.length))) return;
    const tags = h('div', { class: 'tags' },
      (moves || []).map((m) => h('span', { class: 'tag move-tag', text: moveName(m) })),
      (faults || []).map((f) => h('span', { class: 'tag fault-tag', text: moveName(f) })));
    msg.append(tags);
  }

  startTyping() {
    if (this.pending) return;
    const b = h('div', { class: 'bubble' }, h('span', { class: 'typing', attrs: { 'aria-label': '对方正在说话' } }, h('i'), h('i'), h('i')));
    this.pending = h('div', { class: 'msg msg-visitor typing-msg', attrs: { id: 'typing' } }, h('span', { class: 'who', text: this.visitorName }), b);
    this.pending.bubbleEl = b;
    this.pending.streamed = '';
    this.el.append(this.pending);
    this.scroll();
  }

  // delta appends streamed reply text to the pending bubble.
  delta(text) {
    if (!this.pending) this.startTyping();
    const p = this.pending;
    p.streamed += text;
    p.classList.remove('typing-msg');
    p.classList.add('streaming');
    p.removeAttribute('id');
    p.bubbleEl.textContent = p.streamed;
    this.scroll();
  }

  // visitor shows a final reply, replacing the typing or streamed bubble.
  visitor(text) {
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      p.classList.remove('typing-msg', 'streaming');
      p.removeAttribute('id');
      p.bubbleEl.textContent = text;
      this.scroll();
      return p;
    }
    return this.bubble('visitor', text, this.visitorName);
  }

  cancelTyping() {
    if (this.pending) {
      this.pending.remove();
      this.pending = null;
    }
  }

  // system shows a centred note; action {label, onClick} adds a button.
  system(text, tone, action) {
    const m = h('div', { class: `sys ${tone || ''}` }, text,
      action ? h('button', { text: action.label, attrs: { type: 'button' }, on: { click: action.onClick } }) : null);
    this.el.append(m);
    this.scroll();
    return m;
  }
}
