#!/usr/bin/env python3
"""Check the hand-written talks in this folder.

Run from anywhere:  python3 testdata/talks-fresh18/validate.py
Exit status 0 when clean, 1 when any problem was found.

Checks:
  * file name <persona>-<nn>-<quality>.json matches the fields
  * exact field sets, roles, 4-30 turns, non-empty texts, scenario == ""
  * stages_done: known keys, canonical order, no duplicates
  * violations: known codes, index in range, points at a trainee turn
  * overall: integer 0-100; <= 40 when a compliance breach is labelled
    (false_promise, buy_peace, accept_gift, confront with an unwell visitor)
  * soft consistency of quality vs overall / length (reported as warnings)
  * full-width punctuation: no ASCII , ? ! ; : " ' ( ) in any turn text
  * banned phrases (the rubric's example phrases) in turn texts
  * copy check: any 10-character run of a turn text (or of a note, when the
    run holds CJK) that also occurs in the corpus, DOMAIN.md, or the README
    sections that were read (talks README: Format, Labelling rubric;
    lines README: Format)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"

PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation",
          "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace",
         "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}

BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "高度重视", "这不归我们管",
    "就这一回", "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票",
    "特殊照顾", "回去等通知", "有关部门", "相关单位", "一分也少不了",
    "心意我领了", "你这话就不对了", "根本没这回事", "以人民为中心",
    "找我们也没用", "我也说不好", "先坐，有话慢慢说", "先坐,有话慢慢说",
    "不识字就回去", "脑子有病", "哭有什么用", "你吼什么吼",
    "从办公室经费", "救助指标给你留", "镇上招人", "我不能保证",
    "该是您的", "能报的一分不会少", "能办的一定给你办", "不闹也给",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请",
    "红包你收回去", "换回来不现实", "堵门也改不了", "这个难受是真真的",
    "电脑的事我跟村里说一声", "我们一定认真听取您的意见",
    "您反映的问题我们一定会认真对待", "切实维护", "请您相信党和政府",
    "我们研究研究", "你自己找去", "你自己想办法吧", "这个确实不是地契",
    "保证批下来", "去社保局问", "我会跟有关部门反映", "什么问题你说",
    "今天是什么事", "你好,坐吧", "你好，坐吧", "您当时要是坚持签个合同",
    "看看能不能特殊", "法院的判决我们没法改", "学安科",
]

ASCII_PUNCT = re.compile(r"[,?!;:\"'()]")
CJK = re.compile(r"[\u3400-\u9fff]")
NAME = re.compile(r"^([a-z]+)-(\d{2})-([a-z_]+)\.json$")

# soft bands per quality: (min overall, max overall, min turns, max turns)
SOFT = {
    "excellent": (88, 100, 4, 30),
    "good": (75, 89, 4, 30),
    "mediocre": (40, 69, 4, 30),
    "bad": (0, 45, 4, 30),
    "long_bad": (0, 45, 20, 30),
    "short_good": (68, 82, 4, 10),
}


# Traditional -> Simplified for the characters of the Traditional corpus
# text that differ (hand-made table; enough for the copy check).
_TRAD = "訪實問對導題領員眾責談會決為時來們鎮發過話點確況門當體進開動處關說負黨級認講穩糾與態紛氣堅強這調難個現結應辦觀視規組諧種語間聽訴國藝術達場據務經緒節盡則質際陳別親誰復階嚴內記誠職維護聯勸單長電議學產聲帶徹較準無樣暢熱隱項圍還變讓環許辭響機細統歸納協兩貫義踐識見給條傾斷釋參傳雙類沒轉緊風總標淺從狀輕幫頭亂靈論運專順層儀屬織吳業該創錄離適將詳誤須勢雜溝極憂溫鬧傷廣評絕齊積縣預書綜權夠臺幾簡顧慮僅棄約詢諒揮區癥誘懼啟針詞檢驗執線報爭號駐減莊設構濟聞樂萬數壯馬終計鐵陣歷藥沖懇鬱謹歡備營連蠻橫罵偽謠窮證纏異惡懷覺戶厭觸輔礎鄧驟榮艱諉習揚瀆蹤灤趙礦紹緩選擇暫圖稱藹憤墻闡駁顏遺綱壞舉鑰邏輯膽潑縮鳴請滿鍵錯擔編綻鋒牽"
_SIMP = "访实问对导题领员众责谈会决为时来们镇发过话点确况门当体进开动处关说负党级认讲稳纠与态纷气坚强这调难个现结应办观视规组谐种语间听诉国艺术达场据务经绪节尽则质际陈别亲谁复阶严内记诚职维护联劝单长电议学产声带彻较准无样畅热隐项围还变让环许辞响机细统归纳协两贯义践识见给条倾断释参传双类没转紧风总标浅从状轻帮头乱灵论运专顺层仪属织吴业该创录离适将详误须势杂沟极忧温闹伤广评绝齐积县预书综权够台几简顾虑仅弃约询谅挥区症诱惧启针词检验执线报争号驻减庄设构济闻乐万数壮马终计铁阵历药冲恳郁谨欢备营连蛮横骂伪谣穷证缠异恶怀觉户厌触辅础邓骤荣艰诿习扬渎踪滦赵矿绍缓选择暂图称蔼愤墙阐驳颜遗纲坏举钥逻辑胆泼缩鸣请满键错担编绽锋牵"
FOLD = str.maketrans(_TRAD + ",:;?!()", _SIMP + "，：；？！（）")


def norm(text):
    """Whitespace removed, Traditional folded, ASCII punctuation made full-width."""
    return re.sub(r"\s+", "", text).translate(FOLD)


def sections(path, wanted):
    """Return the text of the named '## ' sections of a markdown file
    (each up to the next '## ' heading)."""
    out, keep = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                keep = line[3:].strip() in wanted
            if keep:
                out.append(line)
    return "".join(out)


def load_sources():
    texts = {}
    corpus = os.path.join(SHARED, "corpus")
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            texts["corpus/" + name] = f.read()
    with open(os.path.join(SHARED, "DOMAIN.md"), encoding="utf-8") as f:
        texts["DOMAIN.md"] = f.read()
    texts["talks/README.md"] = sections(
        os.path.join(REPO, "testdata", "talks", "README.md"),
        {"Format", "Labelling rubric"})
    texts["lines/README.md"] = sections(
        os.path.join(REPO, "testdata", "lines", "README.md"), {"Format"})
    grams = {}
    for src, t in texts.items():
        t = norm(t)
        for i in range(len(t) - 9):
            g = t[i:i + 10]
            if CJK.search(g):
                grams.setdefault(g, src)
    return grams


def shared_runs(text, grams, need_cjk):
    t = norm(text)
    hits = []
    for i in range(len(t) - 9):
        g = t[i:i + 10]
        if need_cjk and not CJK.search(g):
            continue
        if g in grams:
            hits.append((g, grams[g]))
    return hits


def check_file(path, grams):
    errs, warns = [], []
    fn = os.path.basename(path)
    m = NAME.match(fn)
    if not m:
        return ["bad file name"], warns
    persona, _, quality = m.groups()
    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except Exception as e:  # noqa: BLE001
        return ["json: %s" % e], warns

    if set(d) != {"persona", "scenario", "quality", "note", "turns", "label"}:
        errs.append("fields: %s" % sorted(d))
        return errs, warns
    if d["persona"] != persona or persona not in PERSONAS:
        errs.append("persona %r vs name %r" % (d["persona"], persona))
    if d["quality"] != quality or quality not in QUALITIES:
        errs.append("quality %r vs name %r" % (d["quality"], quality))
    if d["scenario"] != "":
        errs.append("scenario not empty")
    if not isinstance(d["note"], str) or len(d["note"]) < 40:
        errs.append("note missing or too short")
    elif CJK.search(d["note"]) and len(CJK.findall(d["note"])) > 60:
        warns.append("note looks mostly Chinese; should be English")

    turns = d["turns"]
    if not (4 <= len(turns) <= 30):
        errs.append("turn count %d" % len(turns))
    for i, t in enumerate(turns):
        if set(t) != {"role", "text"}:
            errs.append("turn %d fields %s" % (i, sorted(t)))
            continue
        if t["role"] not in ("visitor", "trainee"):
            errs.append("turn %d role %r" % (i, t["role"]))
        if not t["text"].strip():
            errs.append("turn %d empty" % i)
        if CJK.search(t["text"]) and ASCII_PUNCT.search(t["text"]):
            errs.append("turn %d ASCII punctuation: %s" % (
                i, "".join(sorted(set(ASCII_PUNCT.findall(t["text"]))))))
        for b in BANNED:
            if b in t["text"]:
                errs.append("turn %d banned phrase %s" % (i, b))
        for g, src in shared_runs(t["text"], grams, need_cjk=False):
            errs.append("turn %d shares %s with %s" % (i, g, src))
    if not any(t.get("role") == "trainee" for t in turns):
        errs.append("no trainee turn")
    for g, src in shared_runs(d["note"], grams, need_cjk=True):
        errs.append("note shares %s with %s" % (g, src))

    lab = d["label"]
    if set(lab) != {"overall", "stages_done", "violations"}:
        errs.append("label fields %s" % sorted(lab))
        return errs, warns
    ov = lab["overall"]
    if not isinstance(ov, int) or not 0 <= ov <= 100:
        errs.append("overall %r" % ov)
    st = lab["stages_done"]
    if any(s not in STAGES for s in st):
        errs.append("unknown stage in %s" % st)
    elif st != [s for s in STAGES if s in st] or len(set(st)) != len(st):
        errs.append("stages not canonical: %s" % st)
    codes = set()
    for v in lab["violations"]:
        if set(v) != {"code", "turn"}:
            errs.append("violation fields %s" % v)
            continue
        if v["code"] not in CODES:
            errs.append("unknown code %s" % v["code"])
        if not (isinstance(v["turn"], int) and 0 <= v["turn"] < len(turns)):
            errs.append("violation turn out of range %s" % v)
        elif turns[v["turn"]]["role"] != "trainee":
            errs.append("violation on non-trainee turn %s" % v)
        codes.add(v["code"])
    pairs = [(v.get("code"), v.get("turn")) for v in lab["violations"]]
    if len(pairs) != len(set(pairs)):
        errs.append("duplicate violation")
    breach = bool(codes & BREACH) or (persona == "unwell" and "confront" in codes)
    if breach and isinstance(ov, int) and ov > 40:
        errs.append("compliance breach but overall %d > 40" % ov)

    lo, hi, tmin, tmax = SOFT[quality]
    if isinstance(ov, int) and not (lo <= ov <= hi):
        warns.append("overall %d outside soft band %d-%d for %s" % (ov, lo, hi, quality))
    if not (tmin <= len(turns) <= tmax):
        warns.append("%d turns outside soft range %d-%d for %s" % (len(turns), tmin, tmax, quality))
    if ov >= 90 and (len(st) < 6 or lab["violations"]):
        warns.append("90+ needs all six stages and no faults")
    if not lab["violations"] and not breach and ov < 35 and len(st) > 0:
        warns.append("low score without faults")
    return errs, warns


def main():
    grams = load_sources()
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    bad = 0
    for fn in files:
        errs, warns = check_file(os.path.join(HERE, fn), grams)
        for e in errs:
            print("ERROR %s: %s" % (fn, e))
        for w in warns:
            print("warn  %s: %s" % (fn, w))
        bad += bool(errs)
    print("%d files, %d with errors" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
