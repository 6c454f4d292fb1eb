#!/usr/bin/env python3
"""Checks the talks-fresh15 set: format, label consistency, full-width
punctuation, banned rubric phrases, and 10-character runs shared with the
source texts (copy check). Run from anywhere; exits 1 on any problem."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PERSONAS = ['confused', 'resentful', 'pestering', 'unwell', 'veteran',
            'choleric', 'sanguine', 'phlegmatic', 'melancholic']
QUALITIES = ['excellent', 'good', 'mediocre', 'bad', 'long_bad', 'short_good']
STAGES = ['introduction', 'first_talk', 'listening', 'presentation', 'summary', 'coordination']
CODES = ['rude', 'false_promise', 'buck_passing', 'confront', 'buy_peace', 'officialese', 'accept_gift']
BREACH = {'false_promise', 'buy_peace', 'accept_gift'}
# quality -> allowed overall range (my own planning bands, derived from the rubric)
QBAND = {'excellent': (88, 100), 'good': (75, 89), 'short_good': (65, 79),
         'mediocre': (40, 65), 'bad': (0, 40), 'long_bad': (0, 40)}
BANNED = ['胡搅蛮缠', '包在我身上', '再研究研究', '高度重视', '这不归我们管', '就这一回',
          '尽量给您争取', '说不定能给你办', '打包票', '特殊照顾', '回去等通知', '有关部门',
          '相关单位', '一分也少不了', '心意我领了', '你这话就不对了', '根本没这回事',
          '以人民为中心', '找我们也没用', '我也说不好', '先坐，有话慢慢说', '先坐,有话慢慢说',
          '不识字就回去找个识字的', '你这是脑子有病', '哭有什么用', '你吼什么吼', '保证批下来',
          '办公室经费', '救助指标给你留', '先给你儿子打个招呼', '切实维护', '请您相信党和政府',
          '你自己想办法吧', '你自己找去', '不是地契', '一分不会少', '不闹也给', '我不能保证',
          '我不敢说一定能办成', '我今天就打电话', '两周内书面答复', '我帮你递复查申请',
          '堵门', '拦车', '换回来不现实', '难受是真真的', '电脑的事我跟村里说一声',
          '我们一定认真听取您的意见', '什么事', '什么问题你说', '今天是什么事',
          '您当时要是坚持签个', '我们研究研究', '看看能不能特殊', '我尽量给您争取',
          '能办的一定给你办', '该是您的', '能报的', '片区', '打保票']
ASCII_BAD = re.compile(r'[,?!;:"\'()]')
CJK = re.compile(r'[\u4e00-\u9fff]')

problems = []
def bad(f, msg):
    problems.append(f'{os.path.basename(f)}: {msg}')

# ---- copy-check sources
src_files = [os.path.join('/work/shared/DOMAIN.md'),
             os.path.join(ROOT, 'testdata/talks/README.md'),
             os.path.join(ROOT, 'testdata/lines/README.md')] + sorted(glob.glob('/work/shared/corpus/*'))
N = 10
# corpus 001 is in Traditional characters: fold the commonest ones to Simplified
T2S = str.maketrans(
    '說訪時們這個來對為會問題還沒讓與從實現過當麼際點關係應該經給見處熱員導談聽陳述協調進無動氣語錄體將開發頭認識資權數據幫種樣總結書記寫電話號碼車門間長錢決條規報據並觀覺邊難緊張層級區務業單帶親愛節錯誤歡喜聯繫機構們條產東買賣這兩萬億達運連遠選遺邊壓廠縣鄉鎮讀請謝論設證評詢調諮變讓負責義務負擔當場辦鬧訴護濟養補償徵遷費稅',
    '说访时们这个来对为会问题还没让与从实现过当么际点关系应该经给见处热员导谈听陈述协调进无动气语录体将开发头认识资权数据帮种样总结书记写电话号码车门间长钱决条规报据并观觉边难紧张层级区务业单带亲爱节错误欢喜联系机构们条产东买卖这两万亿达运连远选遗边压厂县乡镇读请谢论设证评询调咨变让负责义务负担当场办闹诉护济养补偿征迁费税')
NORM = re.compile(r'[^0-9A-Za-z\u4e00-\u9fff]')
def norm(t):
    return NORM.sub('', t.translate(T2S))
grams = {}
for s in src_files:
    try:
        t = open(s, encoding='utf-8', errors='ignore').read()
    except OSError:
        continue
    t = norm(t)
    for i in range(len(t) - N + 1):
        g = t[i:i + N]
        if CJK.search(g):
            grams.setdefault(g, os.path.basename(s))

files = sorted(glob.glob(os.path.join(HERE, '*.json')))
name_re = re.compile(r'^(%s)-(\d\d)-(%s)\.json$' % ('|'.join(PERSONAS), '|'.join(QUALITIES)))
for f in files:
    m = name_re.match(os.path.basename(f))
    if not m:
        bad(f, 'bad file name'); continue
    try:
        d = json.load(open(f, encoding='utf-8'))
    except Exception as e:
        bad(f, f'json: {e}'); continue
    if list(d.keys()) != ['persona', 'scenario', 'quality', 'note', 'turns', 'label']:
        bad(f, f'fields {list(d.keys())}')
    if d.get('persona') != m.group(1): bad(f, 'persona mismatch')
    if d.get('quality') != m.group(3): bad(f, 'quality mismatch')
    if d.get('scenario') != '': bad(f, 'scenario not empty')
    note = d.get('note', '')
    if not note or CJK.search(note): bad(f, 'note missing or not English')
    turns = d.get('turns', [])
    if not 4 <= len(turns) <= 30: bad(f, f'{len(turns)} turns')
    for i, t in enumerate(turns):
        if set(t.keys()) != {'role', 'text'} or t['role'] not in ('visitor', 'trainee'):
            bad(f, f'turn {i} malformed'); continue
        txt = t['text']
        if not txt.strip(): bad(f, f'turn {i} empty')
        if CJK.search(txt) and ASCII_BAD.search(txt):
            bad(f, f'turn {i} ASCII punctuation: {ASCII_BAD.findall(txt)}')
        for b in BANNED:
            if b in txt: bad(f, f'turn {i} banned phrase {b}')
        flat = norm(txt)
        for j in range(len(flat) - N + 1):
            g = flat[j:j + N]
            if g in grams:
                bad(f, f'turn {i} shares 10-char run with {grams[g]}: {g}')
                break
    if any(turns[i]['role'] == turns[i + 1]['role'] for i in range(len(turns) - 1)):
        bad(f, 'two consecutive turns with the same role')
    lab = d.get('label', {})
    if list(lab.keys()) != ['overall', 'stages_done', 'violations']:
        bad(f, f'label fields {list(lab.keys())}'); continue
    ov = lab['overall']
    if not isinstance(ov, int) or not 0 <= ov <= 100: bad(f, 'overall out of range')
    sd = lab['stages_done']
    if any(s not in STAGES for s in sd) or sd != [s for s in STAGES if s in sd]:
        bad(f, f'stages not canonical: {sd}')
    codes = set()
    seen = set()
    for v in lab['violations']:
        if set(v.keys()) != {'code', 'turn'} or v['code'] not in CODES:
            bad(f, f'violation malformed {v}'); continue
        if not (0 <= v['turn'] < len(turns)) or turns[v['turn']]['role'] != 'trainee':
            bad(f, f'violation {v} not on a trainee turn')
        if (v['code'], v['turn']) in seen: bad(f, f'duplicate violation {v}')
        seen.add((v['code'], v['turn']))
        codes.add(v['code'])
    breach = bool(codes & BREACH) or (d['persona'] == 'unwell' and 'confront' in codes)
    if breach and ov > 40: bad(f, 'compliance breach but overall > 40')
    if 'rude' in codes and ov > 40: bad(f, 'rude but overall > 40')
    lo, hi = QBAND[d['quality']]
    if not lo <= ov <= hi: bad(f, f'overall {ov} outside {d["quality"]} band {lo}-{hi}')
    if d['quality'] in ('excellent', 'good', 'short_good') and codes:
        bad(f, 'good-quality talk carries violations')
    if d['quality'] == 'excellent' and len(sd) < 6: bad(f, 'excellent without all stages')
    if d['quality'] == 'short_good' and len(turns) > 10: bad(f, 'short_good longer than 10 turns')
    if d['quality'] == 'long_bad' and len(turns) < 18: bad(f, 'long_bad shorter than 18 turns')
    if ov >= 90 and len(sd) < 6: bad(f, '90+ without all six stages')
    if len(sd) <= 2 and ov >= 60: bad(f, 'few stages but high overall')

if len(files) != 36: problems.append(f'expected 36 files, found {len(files)}')
for p in problems:
    print(p)
print(f'{len(files)} files, {len(problems)} problems')
sys.exit(1 if problems else 0)
