package web

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"receptioncoach/coach"
)

// shotsDir, when set, is where the browser test saves screenshots of the page
// mid-talk, of the report and of the report as printed (a development aid).
var shotsDir = flag.String("shots", "", "save browser-test screenshots into this directory")

// chromiumPath returns the browser to drive. Without one the test is skipped,
// except on CI (CI=true), where a missing browser is a failure.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found at /usr/bin/chromium; CI must install it (apt-get install chromium fonts-wqy-microhei)")
	}
	t.Skip("skipping browser test: chromium is not installed at /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei)")
	return ""
}

// browser starts a headless chromium with a fresh profile and returns a tab
// context bounded by timeout, and the page's console problems so far.
func browser(t *testing.T, timeout time.Duration) (context.Context, func() []string) {
	t.Helper()
	path := chromiumPath(t)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)

	var mu sync.Mutex
	var problems []string
	messages := chromedp.Console(bctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == chromedp.ConsoleError {
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	}()
	return bctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), problems...)
	}
}

// waitJS polls a JavaScript expression until it is true. It evaluates through
// the protocol (not the page's eval), so the page's CSP stays in force.
func waitJS(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var lastErr error
	for {
		ok, err := chromedp.Run(wctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		lastErr = err
		select {
		case <-wctx.Done():
			t.Fatalf("timed out waiting for %s (%s): last error %v", what, expr, lastErr)
		case <-time.After(40 * time.Millisecond):
		}
	}
}

func evalString(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return s
}

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// shoot saves a screenshot when -shots is set. print renders print media.
func shoot(t *testing.T, ctx context.Context, name string, full, print bool) {
	t.Helper()
	if *shotsDir == "" {
		return
	}
	if print {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatalf("emulate print: %v", err)
		}
		defer chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
		// A4 at 96 dpi, minus margins: about 700 px of content width.
		do(t, ctx, "resize", chromedp.EmulateViewport(794, 1123))
		defer chromedp.Do(ctx, chromedp.EmulateReset())
	}
	if full && !print {
		// The page scrolls inside its columns; a tall viewport shows it all.
		do(t, ctx, "resize", chromedp.EmulateViewport(1440, 3000))
		defer chromedp.Do(ctx, chromedp.EmulateReset())
	}
	var img []byte
	var err error
	if full {
		img, err = chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100 means PNG
	} else {
		img, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(*shotsDir, name+".png")
	if err := os.WriteFile(path, img, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", path)
}

// visitorBubbles counts finished visitor bubbles in the chat.
const visitorBubbles = `document.querySelectorAll('#chat .msg-visitor:not(.typing-msg):not(.streaming)').length`

// TestBrowserTalk opens the page, picks a visitor, holds a short talk, asks
// for a hint, searches the guidance, ends the talk and reads the report, then
// reopens the stored talk at /sessions/{id}; finally a visitor who storms out
// ends a second talk by himself.
func TestBrowserTalk(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	demo := newDemoCoach()
	demo.stream = true
	demo.delay = 25 * time.Millisecond
	ts := httptest.NewServer(newTestServer(demo).Handler())
	defer ts.Close()
	ctx, problems := browser(t, 60*time.Second)

	do(t, ctx, "open page", chromedp.Navigate(ts.URL))
	do(t, ctx, "scenario list", chromedp.WaitVisible(chromedp.CSS(`.scenario-btn[data-scenario="sent-down-pension"]`)))
	if got := evalString(t, ctx, `[...document.querySelectorAll('.persona-group .persona-name')].map(e => e.firstChild.nextSibling.textContent).join(',')`); got != "带着疑惑,带着怨气,胆汁质,黏液质" {
		t.Errorf("persona groups = %q", got)
	}

	shoot(t, ctx, "welcome", false, false)
	do(t, ctx, "pick scenario", chromedp.Click(chromedp.CSS(`.scenario-btn[data-scenario="sent-down-pension"]`)))
	waitJS(t, ctx, "the visitor's opening", visitorBubbles+` === 1`)
	waitJS(t, ctx, "the anger meter", `document.getElementById('meter-anger').dataset.value === '70'`)
	if got := evalString(t, ctx, `document.getElementById('talk-title').textContent`); got != "下放职工的退休待遇" {
		t.Errorf("talk title = %q", got)
	}

	lines := []struct{ text, stage string }{
		{"大爷您好,先坐下喝口水,慢慢说。", "introduction"},
		{"您跑了这么多趟,确实不容易,我理解您的心情。", "listening"},
	}
	for i, l := range lines {
		do(t, ctx, "type a line", chromedp.SendKeys(chromedp.ID("say-input"), l.text))
		waitJS(t, ctx, "the counter", fmt.Sprintf(`document.getElementById('counter').textContent === '%d / 2000'`, len([]rune(l.text))))
		do(t, ctx, "press Enter", chromedp.SendKeys(chromedp.ID("say-input"), kb.Enter))
		waitJS(t, ctx, "the trainee's bubble", fmt.Sprintf(`document.querySelectorAll('#chat .msg-trainee').length === %d`, i+1))
		if i == 0 {
			// The reply streams in: the typing bubble shows before the final reply.
			waitJS(t, ctx, "the typing or streaming bubble", `!!document.querySelector('#chat .typing-msg, #chat .streaming') || `+visitorBubbles+` === 2`)
			shoot(t, ctx, "typing", false, false)
		}
		waitJS(t, ctx, "the visitor's reply", fmt.Sprintf(visitorBubbles+` === %d`, i+2))
		waitJS(t, ctx, "the current stage", fmt.Sprintf(`document.querySelector('#stage-list li.current').dataset.stage === '%s'`, l.stage))
	}
	if got := evalString(t, ctx, `document.querySelector('#chat .msg-trainee .bubble').textContent`); got != lines[0].text {
		t.Errorf("trainee bubble = %q", got)
	}
	if got := evalString(t, ctx, `document.getElementById('say-input').value`); got != "" {
		t.Errorf("input not cleared after sending: %q", got)
	}
	if got := evalString(t, ctx, `[...document.querySelectorAll('#stage-list li.visited')].map(e => e.dataset.stage).join(',')`); got != "introduction,listening" {
		t.Errorf("visited stages = %q", got)
	}
	waitJS(t, ctx, "anger to fall", `Number(document.getElementById('meter-anger').dataset.value) < 70`)

	do(t, ctx, "ask for a hint", chromedp.Click(chromedp.ID("hint-btn")))
	waitJS(t, ctx, "three hints", `document.querySelectorAll('#hint-list .passage').length === 3`)
	if got := evalString(t, ctx, `document.querySelector('#hint-list .p-source').textContent`); got != "出处:接访方法卡片" {
		t.Errorf("hint source = %q", got)
	}

	do(t, ctx, "search", chromedp.SendKeys(chromedp.ID("search-q"), "情绪激动"+kb.Enter))
	waitJS(t, ctx, "a search result", `!!document.querySelector('#search-results .passage')`)
	// The highlight's <mark> becomes an element; escaped markup stays text.
	if got := evalString(t, ctx, `document.querySelector('#search-results mark').textContent`); got != "争辩" {
		t.Errorf("highlight = %q", got)
	}
	if got := evalString(t, ctx, `document.querySelector('#search-results .p-text').textContent`); !strings.HasSuffix(got, "再讲政策 <b>。") {
		t.Errorf("search text = %q", got)
	}
	if got := evalString(t, ctx, `String(document.querySelectorAll('#search-results b').length)`); got != "0" {
		t.Error("escaped markup in a highlight became an element")
	}
	shoot(t, ctx, "talk", false, false)

	// Ending asks for a second click.
	do(t, ctx, "end (first click)", chromedp.Click(chromedp.ID("end-btn")))
	if got := evalString(t, ctx, `document.getElementById('end-btn').textContent`); got != "确认结束?" {
		t.Errorf("end button after one click = %q", got)
	}
	do(t, ctx, "end (second click)", chromedp.Click(chromedp.ID("end-btn")))
	do(t, ctx, "report", chromedp.WaitVisible(chromedp.ID("report-doc")))
	checkReport(t, ctx, 5)
	shoot(t, ctx, "report", true, false)
	shoot(t, ctx, "report-print", true, true)

	// The talk is listed and reopens read-only with its report.
	waitJS(t, ctx, "the history entry", `!!document.querySelector('#history a .score-pill')`)
	href := evalString(t, ctx, `document.querySelector('#history a').getAttribute('href')`)
	if !strings.HasPrefix(href, "/sessions/") {
		t.Fatalf("history link = %q", href)
	}
	do(t, ctx, "open stored talk", chromedp.Navigate(ts.URL+href))
	do(t, ctx, "stored report", chromedp.WaitVisible(chromedp.ID("report-doc")))
	checkReport(t, ctx, 5)
	do(t, ctx, "back to transcript", chromedp.Click(chromedp.ID("report-back")))
	waitJS(t, ctx, "stored transcript", `document.querySelectorAll('#chat .msg').length === 5 && !document.getElementById('readonly-bar').hidden && document.getElementById('composer').hidden`)

	// A second talk: the visitor storms out, and the page ends the talk itself.
	do(t, ctx, "practise again", chromedp.Click(chromedp.ID("readonly-again")))
	waitJS(t, ctx, "the visitor's opening", visitorBubbles+` === 1`)
	do(t, ctx, "rude line", chromedp.SendKeys(chromedp.ID("say-input"), "吵什么吵,烦不烦"+kb.Enter))
	do(t, ctx, "report after storm-out", chromedp.WaitVisible(chromedp.ID("report-doc")))
	if got := evalString(t, ctx, `document.querySelector('#report-doc .ending').textContent`); !strings.Contains(got, "愤然离去") {
		t.Errorf("ending = %q", got)
	}
	if got := evalString(t, ctx, `document.querySelector('#report-doc .violations .fault-tag').textContent`); got != "态度粗暴/训斥" {
		t.Errorf("violation = %q", got)
	}

	// Stored talk that does not exist.
	do(t, ctx, "open missing talk", chromedp.Navigate(ts.URL+"/sessions/nope"))
	waitJS(t, ctx, "not-found message", `document.getElementById('talk-title').textContent === '未找到这次接谈'`)

	// An unfinished talk reopens as a transcript without a report.
	do(t, ctx, "start a third talk", chromedp.Navigate(ts.URL+"/?scenario=heating-fee"))
	waitJS(t, ctx, "the visitor's opening", visitorBubbles+` === 1`)
	do(t, ctx, "one line", chromedp.SendKeys(chromedp.ID("say-input"), "您好,请坐,慢慢说。"+kb.Enter))
	waitJS(t, ctx, "the reply", visitorBubbles+` === 2`)
	open, err := demo.Sessions(ctx, coach.SessionFilter{})
	if err != nil || len(open) == 0 || open[0].ScenarioID != "heating-fee" {
		t.Fatalf("sessions = %+v, %v", open, err)
	}
	do(t, ctx, "open unfinished talk", chromedp.Navigate(ts.URL+"/sessions/"+open[0].ID))
	waitJS(t, ctx, "unfinished transcript", `document.querySelectorAll('#chat .msg').length === 3 && document.getElementById('report-view').hidden && document.getElementById('readonly-text').textContent.includes('尚未结束')`)

	for _, p := range problems() {
		if strings.Contains(p, "404") && strings.Contains(p, "Failed to load resource") {
			continue // the deliberate /sessions/nope and its API call
		}
		t.Errorf("page console: %s", p)
	}
}

// checkReport checks the report view shows every part a trainee reads.
func checkReport(t *testing.T, ctx context.Context, turns int) {
	t.Helper()
	checks := []struct{ what, expr string }{
		{"overall score", `/^\d+$/.test(document.querySelector('#report-doc .overall-num').textContent)`},
		{"six bars in the chart", `document.querySelectorAll('#report-doc svg.stage-chart rect.bar').length === 6`},
		{"six stage cards", `document.querySelectorAll('#report-doc .stage-card').length === 6`},
		{"evidence quotes", `document.querySelectorAll('#report-doc .evidence q').length >= 2`},
		{"advice", `document.querySelectorAll('#report-doc .advice li').length >= 1`},
		{"cited guidance", `document.querySelectorAll('#report-doc .stage-card .cite').length >= 1`},
		{"violations section", `!!document.querySelector('#report-doc .sec-violations')`},
		{"persona fit", `!!document.querySelector('#report-doc .fit-approach')`},
		{"calibration note", `[...document.querySelectorAll('#report-doc .stage-card .calibration')].some(e => e.textContent.startsWith('校准:') && e.textContent.includes('按完成计'))`},
		{"tagged transcript", fmt.Sprintf(`document.querySelectorAll('#report-doc .transcript .turn').length === %d && document.querySelectorAll('#report-doc .transcript .stage-tag').length >= 2`, turns)},
		{"chat hidden behind the report", `getComputedStyle(document.getElementById('talk')).display === 'none'`},
	}
	for _, c := range checks {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](c.expr))
		if err != nil || !ok {
			t.Errorf("report: %s missing (%v)", c.what, err)
		}
	}
}

// Flags of TestBrowserScreens, a development aid that photographs a real
// server: go test ./web -run TestBrowserScreens -screens-url http://127.0.0.1:8080 -shots /tmp/shots
var (
	screensURL      = flag.String("screens-url", "", "photograph a talk on the server at this URL (needs -shots)")
	screensScenario = flag.String("screens-scenario", "resentful-sent-down", "scenario to play for -screens-url")
	screensLines    = flag.String("screens-lines", "大爷您好,快请坐,先喝口水,外面冷吧?|您贵姓?家住哪里?|您慢慢说,具体是怎么回事?我这边都记下来。|您受了这么多年委屈,确实不容易,我能理解您的心情。|按照现在的政策规定,当年下放的职工要看档案里的记录来认定。打个比方,就像看病要先有病历一样。|我归纳一下您的意思:一是要落实当年的政策,二是生活困难要照顾,我说得对不对?|这件事由县人社局负责,我们今天就把材料转过去,十五个工作日内给您答复。您放心,我们会一直跟着。", "trainee lines for -screens-url, separated by |")
)

// TestBrowserScreens plays a talk against a running server and saves
// screenshots; it only runs when -screens-url and -shots are given.
func TestBrowserScreens(t *testing.T) {
	if *screensURL == "" || *shotsDir == "" {
		t.Skip("development aid: set -screens-url and -shots")
	}
	ctx, problems := browser(t, 120*time.Second)
	base := strings.TrimRight(*screensURL, "/")
	do(t, ctx, "open page", chromedp.Navigate(base+"/?scenario="+*screensScenario))
	waitJS(t, ctx, "the visitor's opening", visitorBubbles+` >= 1`)
	for i, line := range strings.Split(*screensLines, "|") {
		do(t, ctx, "say", chromedp.SendKeys(chromedp.ID("say-input"), line+kb.Enter))
		waitJS(t, ctx, "a reply", fmt.Sprintf(visitorBubbles+` >= %d || !!document.querySelector('#report-doc')`, i+2))
		if evalString(t, ctx, `String(!!document.querySelector('#report-doc'))`) == "true" {
			break
		}
	}
	if evalString(t, ctx, `String(!!document.querySelector('#report-doc'))`) != "true" {
		do(t, ctx, "hint", chromedp.Click(chromedp.ID("hint-btn")))
		waitJS(t, ctx, "hints", `!!document.querySelector('#hint-list .passage')`)
		do(t, ctx, "search", chromedp.SendKeys(chromedp.ID("search-q"), "老上访户缠着不走怎么办"+kb.Enter))
		waitJS(t, ctx, "results", `!!document.querySelector('#search-results .passage, #search-results .muted:not(:empty)')`)
		shoot(t, ctx, "real-talk", false, false)
		do(t, ctx, "end", chromedp.Click(chromedp.ID("end-btn")), chromedp.Click(chromedp.ID("end-btn")))
	}
	do(t, ctx, "report", chromedp.WaitVisible(chromedp.ID("report-doc")))
	shoot(t, ctx, "real-report", true, false)
	shoot(t, ctx, "real-report-print", true, true)
	for _, p := range problems() {
		t.Errorf("page console: %s", p)
	}
}
