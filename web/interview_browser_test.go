package web

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserInterview answers a question on the page: pick it from the
// grouped list, think, answer, submit, read the report; reopen it from the
// history; then let the short clock of a second question run out, which
// submits the answer by itself.
func TestBrowserInterview(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	h, store := newInterviewTestServer(t)
	ts := httptest.NewServer(h)
	defer ts.Close()
	ctx, problems := browser(t, 60*time.Second)

	do(t, ctx, "open page", chromedp.Navigate(ts.URL+"/interview"))
	do(t, ctx, "question list", chromedp.WaitVisible(chromedp.CSS(`.iv-questions button[data-id="elderly-waiting"]`)))
	if got := evalString(t, ctx, `[...document.querySelectorAll('.iv-questions h3')].map(e => e.textContent).join(',')`); got != "人际交往意识与技巧(1),应急应变(1)" {
		t.Errorf("groups = %q", got)
	}
	// Headless chromium has no speech recognition: the optional button stays hidden.
	if got := evalString(t, ctx, `String(document.getElementById('iv-speech').hidden === !(window.SpeechRecognition || window.webkitSpeechRecognition))`); got != "true" {
		t.Error("speech button shown without speech recognition, or hidden with it")
	}
	shoot(t, ctx, "interview-welcome", false, false)

	do(t, ctx, "pick question", chromedp.Click(chromedp.CSS(`.iv-questions button[data-id="elderly-waiting"]`)))
	waitJS(t, ctx, "the prompt", `document.getElementById('iv-prompt').textContent === '老人等了一个小时。'`)
	if got := evalString(t, ctx, `document.getElementById('iv-time').textContent`); got != "01:00" {
		t.Errorf("thinking clock = %q", got)
	}
	do(t, ctx, "start thinking", chromedp.Click(chromedp.ID("iv-start")))
	waitJS(t, ctx, "thinking phase", `document.getElementById('iv-phase').textContent === '思考'`)
	do(t, ctx, "skip to answer", chromedp.Click(chromedp.ID("iv-skip")))
	waitJS(t, ctx, "answer phase", `document.getElementById('iv-phase').textContent === '作答' && !document.getElementById('iv-form').hidden`)
	waitJS(t, ctx, "answer clock", `document.getElementById('iv-time').textContent <= '03:00' && document.getElementById('iv-time').textContent >= '02:5'`)
	answer := "大爷,对不起让您久等了。我马上联系同事过来。"
	do(t, ctx, "type answer", chromedp.SendKeys(chromedp.ID("iv-answer"), answer))
	waitJS(t, ctx, "the counter", `document.getElementById('iv-count').textContent.startsWith('19 字')`)
	shoot(t, ctx, "interview-answer", false, false)
	do(t, ctx, "submit", chromedp.Click(chromedp.ID("iv-submit")))
	waitJS(t, ctx, "the report", `!!document.querySelector('#iv-points li')`)
	if got := evalString(t, ctx, `[...document.querySelectorAll('#iv-points li')].map(e => e.className + ':' + e.querySelector('.iv-quote')?.textContent).join('|')`); got != "iv-hit:“大爷,对不起让您久等了。”|iv-hit:“我马上联系同事过来。”" {
		t.Errorf("points = %q", got)
	}
	if got := evalString(t, ctx, `document.querySelector('#iv-outline').textContent`); got != "道歉联系同事" {
		t.Errorf("outline = %q", got)
	}
	if got := evalString(t, ctx, `location.search`); got != "?attempt=a1" {
		t.Errorf("url = %q", got)
	}
	waitJS(t, ctx, "history entry", `!!document.querySelector('#iv-history a[href="/interview?attempt=a1"]')`)
	shoot(t, ctx, "interview-report", true, false)

	// Reopen the stored attempt from its address.
	do(t, ctx, "reopen", chromedp.Navigate(ts.URL+"/interview?attempt=a1"))
	waitJS(t, ctx, "the reopened report", `document.querySelectorAll('#iv-points li.iv-hit').length === 2`)

	// The short clock runs out and the answer goes in by itself.
	do(t, ctx, "pick short question", chromedp.Click(chromedp.CSS(`.iv-questions button[data-id="group-gate"]`)))
	do(t, ctx, "start thinking", chromedp.Click(chromedp.ID("iv-start")))
	waitJS(t, ctx, "answer phase after thinking time", `document.getElementById('iv-phase').textContent === '作答'`)
	do(t, ctx, "type answer", chromedp.SendKeys(chromedp.ID("iv-answer"), "这件事不归我管。"))
	waitJS(t, ctx, "auto-submitted report", `!!document.querySelector('#iv-traps li')`)
	if got := evalString(t, ctx, `document.querySelector('#iv-traps li').textContent`); !strings.Contains(got, "不归我管") {
		t.Errorf("trap = %q", got)
	}
	if len(store.attempts) != 2 {
		t.Errorf("stored %d attempts, want 2", len(store.attempts))
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("console problems: %v", p)
	}
}
