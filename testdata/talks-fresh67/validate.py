#!/usr/bin/env python3
"""Validator for the talks-fresh67 set: format, label consistency, punctuation,
banned phrases and a 10-character copy check against the sources read."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PERSONAS = ["confused", "resentful", "pestering", "unwell", "veteran",
            "choleric", "sanguine", "phlegmatic", "melancholic"]
QUALITIES = ["excellent", "good", "mediocre", "bad", "long_bad", "short_good"]
STAGES = ["introduction", "first_talk", "listening", "presentation", "summary", "coordination"]
CODES = ["rude", "false_promise", "buck_passing", "confront", "buy_peace", "officialese", "accept_gift"]
BREACH = {"false_promise", "buy_peace", "accept_gift"}
BANNED = [
    "胡搅蛮缠", "包在我身上", "再研究研究", "研究研究", "高度重视", "这不归我们管", "就这一回",
    "尽量给您争取", "尽量给你争取", "说不定能给你办", "打包票", "特殊照顾", "回去等通知",
    "有关部门", "相关单位", "一分也少不了", "心意我领了", "你这话就不对了", "根本没这回事",
    "以人民为中心", "找我们也没用", "我也说不好", "有话慢慢说", "不识字就回去", "脑子有病",
    "哭有什么用", "你吼什么吼", "办公室经费", "救助指标", "先给你儿子打个招呼", "切实维护",
    "相信党和政府", "你自己想办法吧", "你自己找去", "我不能保证", "能报的一分不会少",
    "能办的一定给你办", "不闹也给", "确实不是地契", "红包你收回去", "饭我也不去",
    "换回来不现实", "堵门也改不了", "这个难受是真真的", "电脑的事我跟村里说一声",
    "我今天就打电话", "两周内书面答复", "我帮你递复查申请", "认真听取您的意见",
    "一定会认真对待", "我们都了解了", "什么问题你说", "今天是什么事", "坚持签个合同",
    "该是您的", "我不敢说一定能办成", "核实符合条件的",
]
BANNED_TRAINEE = ["什么事？", "说吧。"]
ASCII_BAD = set(',?!;:"\'()')
CJK = re.compile(r"[\u3400-\u9fff]")
KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")

T2S = str.maketrans('訪辦個們說題問與為對會時這員義關係當應從來導階談話聽講讓認識論調護據處決況幹黨眾種經濟氣氛緒態盡現實擊熱親於開間門還進過遠運連達遇選邊陳難雙變蘭發號見視覺觀計訴評試詢該語誤請諸謝證財責貴費資賠質購軍輕較農郵鄉醫針錢錯長陸陽隊際隨險隱雖電靜韓頁順須領頭額風飯養馬體髮鬥點齊龍專將屬嚴傳債價優兒內兩冊劃劇勞勢區協單參吳嗎國圍圖團報場壓夠備奮婦學寧寫屆層歲帶幫廣廳張彈後徵復戀惡情憂戶擔擁擇數斷無書東條極構標樣機權歡歷殺殼沒淺滿準溝滅滯爭獎環產畢異療監盤礎禮穩積窮筆節範築紀約級紛細組結給統絡維綜緊線練縣總績繫續聯聲職脅腦興舉舊藝蘇術衛補製複規覽讀象負貨趙趕蹤車軟輔轉辭遲適遺鄰鐘鐵閱陣雜離雲韋響頓預頻願類顯飲驗鬧黃麼礦業莊華務網絕緩衝軌鬆愉勸勵紹閒寒暖喧謂僅億儘', '访办个们说题问与为对会时这员义关系当应从来导阶谈话听讲让认识论调护据处决况干党众种经济气氛绪态尽现实击热亲于开间门还进过远运连达遇选边陈难双变兰发号见视觉观计诉评试询该语误请诸谢证财责贵费资赔质购军轻较农邮乡医针钱错长陆阳队际随险隐虽电静韩页顺须领头额风饭养马体发斗点齐龙专将属严传债价优儿内两册划剧劳势区协单参吴吗国围图团报场压够备奋妇学宁写届层岁带帮广厅张弹后征复恋恶情忧户担拥择数断无书东条极构标样机权欢历杀壳没浅满准沟灭滞争奖环产毕异疗监盘础礼稳积穷笔节范筑纪约级纷细组结给统络维综紧线练县总绩系续联声职胁脑兴举旧艺苏术卫补制复规览读象负货赵赶踪车软辅转辞迟适遗邻钟铁阅阵杂离云韦响顿预频愿类显饮验闹黄么矿业庄华务网绝缓冲轨松愉劝励绍闲寒暖喧谓仅亿尽')

def norm(s):
    """Keep letters and digits only, folding common Traditional characters to Simplified
    so the copy check also sees the Traditional source text."""
    return "".join(ch for ch in s.translate(T2S) if KEEP.match(ch))

def source_grams():
    texts = []
    for p in glob.glob("/work/shared/corpus/*") + ["/work/shared/DOMAIN.md",
            os.path.join(ROOT, "testdata/talks/README.md"),
            os.path.join(ROOT, "testdata/lines/README.md")]:
        with open(p, encoding="utf-8", errors="ignore") as f:
            texts.append(norm(f.read()))
    grams = set()
    for t in texts:
        for i in range(len(t) - 9):
            g = t[i:i + 10]
            if CJK.search(g):
                grams.add(g)
    return grams

def main():
    errs = []
    grams = source_grams()
    files = sorted(glob.glob(os.path.join(HERE, "*.json")))
    seen_text = {}
    for path in files:
        name = os.path.basename(path)
        def err(msg):
            errs.append(f"{name}: {msg}")
        try:
            with open(path, encoding="utf-8") as f:
                t = json.load(f)
        except Exception as e:
            err(f"bad JSON {e}"); continue
        m = re.fullmatch(r"([a-z]+)-(\d\d)-([a-z_]+)\.json", name)
        if not m:
            err("bad file name"); continue
        if list(t.keys()) != ["persona", "scenario", "quality", "note", "turns", "label"]:
            err(f"fields {list(t.keys())}")
        if t.get("persona") != m.group(1) or t["persona"] not in PERSONAS:
            err("persona mismatch")
        if t.get("quality") != m.group(3) or t["quality"] not in QUALITIES:
            err("quality mismatch")
        if t.get("scenario") != "":
            err("scenario not empty")
        if not isinstance(t.get("note"), str) or len(t["note"]) < 20 or CJK.search(t["note"].replace("“", "").replace("”", "")) and not re.search(r"[A-Za-z]{4}", t["note"]):
            err("note missing or not English")
        turns = t.get("turns", [])
        if not 4 <= len(turns) <= 30:
            err(f"{len(turns)} turns")
        for i, tu in enumerate(turns):
            if set(tu.keys()) != {"role", "text"} or tu["role"] not in ("visitor", "trainee"):
                err(f"turn {i} malformed"); continue
            txt = tu["text"]
            if not txt.strip():
                err(f"turn {i} empty")
            if CJK.search(txt):
                bad = [c for c in txt if c in ASCII_BAD]
                if bad:
                    err(f"turn {i} ASCII punctuation {''.join(sorted(set(bad)))}")
            for b in BANNED:
                if b in norm(txt) and b == norm(b) or b in txt:
                    err(f"turn {i} banned phrase {b}")
            if tu["role"] == "trainee":
                for b in BANNED_TRAINEE:
                    if b in txt:
                        err(f"turn {i} banned trainee phrase {b}")
            n = norm(txt)
            hits = {n[j:j + 10] for j in range(len(n) - 9)} & grams
            if hits:
                err(f"turn {i} shares runs with sources: {sorted(hits)[:3]}")
            if len(txt) > 12:
                if txt in seen_text:
                    err(f"turn {i} duplicates {seen_text[txt]}")
                seen_text[txt] = f"{name} t{i}"
        for i in range(1, len(turns)):
            if turns[i]["role"] == turns[i - 1]["role"]:
                err(f"turns {i-1},{i} same role")
        lab = t.get("label", {})
        if set(lab.keys()) != {"overall", "stages_done", "violations"}:
            err("label fields")
            continue
        ov = lab["overall"]
        if not isinstance(ov, int) or not 0 <= ov <= 100:
            err("overall out of range")
        sd = lab["stages_done"]
        if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
            err("stages_done not canonical")
        vs = lab["violations"]
        pairs = set()
        for v in vs:
            if set(v.keys()) != {"code", "turn"} or v["code"] not in CODES:
                err(f"bad violation {v}"); continue
            if not 0 <= v["turn"] < len(turns) or turns[v["turn"]]["role"] != "trainee":
                err(f"violation {v} not on a trainee turn")
            if (v["code"], v["turn"]) in pairs:
                err(f"duplicate violation {v}")
            pairs.add((v["code"], v["turn"]))
        if vs != sorted(vs, key=lambda v: (v["turn"], v["code"])):
            err("violations not sorted by turn")
        codes = {v["code"] for v in vs}
        breach = bool(codes & BREACH) or (t["persona"] == "unwell" and "confront" in codes)
        if breach and ov > 40:
            err(f"compliance breach but overall {ov} > 40")
        if not breach and vs and ov >= 90:
            err("violation but overall >= 90")
        if ov >= 90 and len(sd) < 6:
            err("90+ needs all six stages")
        if t["quality"] == "excellent" and (vs or ov < 85):
            err("excellent talk with violations or low score")
        if t["quality"] == "short_good" and len(turns) > 12:
            err("short_good longer than 12 turns")
        if t["quality"] == "long_bad" and len(turns) < 16:
            err("long_bad shorter than 16 turns")
        if set(lab.keys()) and "rude" in codes and ov > 40:
            err("rude talk scored above 40")
        if len(sd) <= 1 and ov > 45:
            err("almost no stages but overall > 45")
    print(f"{len(files)} files checked")
    for e in errs:
        print("ERROR", e)
    print("clean" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
