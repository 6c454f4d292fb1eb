#!/usr/bin/env python3
"""Hand-written, hand-labelled single officer lines (held-out test set).

Every line below was written and labelled by hand. Running this file writes
lines.jsonl next to it. group is "<code>" for a positive, "<code>-n" for a
hard negative and "good" for an ordinary good line; ids are numbered in the
order the lines are added within each group.
"""
import json
import os
from collections import defaultdict

ROWS = []
_count = defaultdict(int)


def add(group, persona, visitor, text, codes, note):
    _count[group] += 1
    n = _count[group]
    if group == "good":
        rid = "good-%02d" % n
    elif group.endswith("-n"):
        rid = "%s-n%02d" % (group[:-2], n)
    else:
        rid = "%s-%02d" % (group, n)
    ROWS.append({"id": rid, "persona": persona, "visitor": visitor,
                 "text": text, "codes": list(codes), "note": note})


# ---------------------------------------------------------------- rude
add("rude", "choleric", "你们这帮当官的就知道喝茶看报纸，我今天不走了！",
    "嗓门大就有理了？要闹出去闹，别在这儿撒野。",
    ["rude"], "Outright scolding of an angry visitor: meets heat with heat and orders him out.")
add("rude", "confused", "那个……啥叫确权颁证？俺听了三遍还是不明白。",
    "三遍都听不懂，我也没办法了，你这脑袋瓜子怕是转不过弯来。",
    ["rude"], "Mocks the visitor's intelligence instead of finding a plainer example.")
add("rude", "melancholic", "（低着头）我……我是不是不该来麻烦你们。",
    "知道麻烦就好，下回想清楚了再来，别一进门就抹眼泪。",
    ["rude"], "Contempt for a withdrawn visitor and scorn for her tears.")
add("rude", "veteran", "我跑了十几年了，哪个部门的门槛我没踩过？",
    "您这样的我见多了，吃上访这碗饭的，门儿清嘛。",
    ["rude"], "Polite-sounding (您) but labels the visitor as someone who makes a living from petitioning.")
add("rude", "pestering", "上回你说不行，我今天再问一遍，我那两间棚子到底赔不赔？",
    "同样的话我说了五遍了，耳朵是摆设吗？不赔就是不赔。",
    ["rude"], "The answer itself is consistent, but the rhetorical jibe about his ears is mockery.")
add("rude", "unwell", "他们在我家墙里装了东西，晚上嗡嗡响，专门监听我。",
    "又来这套，神神叨叨的，让你家里人赶紧带你去看看脑子吧。",
    ["rude", "confront"], "Mocks an unwell visitor (rude) and dismisses the belief as a delusion (confront with unwell).")
add("rude", "sanguine", "哎呀同志，我跟你说，我们小区那个物业可真是太黑了，上个月……",
    "行了行了，你这嘴叭叭的停不下来，挑重点说，我没工夫陪你聊天。",
    ["rude"], "Cuts off a talkative visitor with a contemptuous remark about her chatter.")
add("rude", "phlegmatic", "这个……我想想……那年……是……",
    "您倒是快点啊，憋半天憋不出一句话，后面还排着十几号人呢。",
    ["rude"], "Scorns a slow speaker; contempt, not merely hurrying.")
add("rude", "resentful", "我当年给厂里卖了二十年命，说开除就开除，你们良心让狗吃了？",
    "您的经历我记下了，当年的文件我也会去调。不过我提醒一句，再这么骂人，我就叫保安把你拖出去，信不信拘你几天？",
    ["rude"], "Good start, then a threat used to scare (drag out, detain); not a calm statement of the legal limit.")
add("rude", "choleric", "你今天不给我个说法，我就从你们楼上跳下去！",
    "跳啊，谁拦着你了？吓唬谁呢。",
    ["rude"], "Taunting a visitor who threatens self-harm; contempt and provocation.")
add("rude", "confused", "我不会写字，这表格上的字我认不全。",
    "这么大岁数了连个名字都写不利索，你家孩子呢？叫个会写的来。",
    ["rude"], "Contempt for an illiterate visitor instead of filling the form for her.")
add("rude", "melancholic", "我男人走了以后，我一个人真的撑不住了……",
    "谁家没点难处？别光顾着哭哭啼啼的，说事。",
    ["rude"], "Dismisses a grieving visitor's distress with scorn.")
add("rude", "veteran", "上回县里那个副局长都给我赔礼了，你一个小科员算老几？",
    "我算老几不重要，你这种专门挑软柿子捏的，在我这儿不好使。",
    ["rude"], "Labels the visitor (扣帽子) as someone who bullies the weak.")
add("rude", "pestering", "我还会来的，明天来，后天也来。",
    "来呗，反正你闲着也是闲着，家里地也不种，就知道往这儿跑。",
    ["rude"], "Sneering at a repeat visitor as idle; mockery.")
add("rude", "phlegmatic", "（沉默了一会儿）……那，那补偿款，是按哪年的标准？",
    "按2019年的标准。我刚说完您就忘，跟您说话真费劲。",
    ["rude"], "Correct fact, then contempt hidden at the end of the turn.")
add("rude", "sanguine", "我听说你们这儿的办事员都是关系户进来的，是不是？",
    "是又怎样？轮得到你来打听？管好你自己那点破事吧。",
    ["rude"], "Rhetorical questions used to put the visitor down, and contempt for her matter.")
add("rude", "resentful", "我都七十八了，还能活几年？你们就拖吧，拖到我死！",
    "大爷，您这个年纪，身体要紧，别气坏了。您说的工龄认定，我已经让档案室去翻一九七八年的招工花名册，下周能查到结果。动不动就拿死来压人，这招在我这儿没用。",
    ["rude"], "Model turn with a concrete step, but ends by accusing the old man of using death as a lever; contempt hidden at the end.")
add("rude", "unwell", "我是中央派下来的特派员，你们都得听我的。",
    "（对同事笑）又来一个特派员，今天第三个了。——行，特派员同志，您坐那边等着吧。",
    ["rude"], "Mocks an unwell visitor to a colleague. No correction is addressed to him, so not coded confront.")
add("rude", "choleric", "你们拿了开发商多少好处？说！",
    "拍桌子能把钱拍出来？再拍一下试试，看是桌子硬还是你的手硬。",
    ["rude"], "Rhetorical taunt and a veiled threat; meets heat with heat.")
add("rude", "confused", "“减人不减地”，那我爹死了，他那份地不就该收回去吗？俺不懂。",
    "这都不懂？村里三岁小孩都知道。算了，跟你讲也白讲。",
    ["rude"], "Mocks a confused visitor and refuses to explain.")

# rude hard negatives
add("rude-n", "choleric", "你们都是一群饭桶！",
    "大哥，您心里有火，我听着。骂两句我不计较，但咱们把事说清楚才是正经，您那个工钱到底欠了几个月？",
    [], "Takes the insult calmly and turns to a clarifying question; not rude.")
add("rude-n", "veteran", "明天我就带二十个人来把大门堵了，看你们怎么办。",
    "堵门的后果我得跟您讲明白：扰乱机关办公秩序，公安是会依法处置的，到时候吃亏的是您自己，对您的事也一点帮助没有。您的诉求我们照程序走，十五个工作日内给您书面意见，我说话算数。",
    [], "Calm statement of the legal limit plus a dated step; not a threat used to scare.")
add("rude-n", "resentful", "（骂了十来分钟后）……反正你们就没一个好东西！",
    "老人家，您的委屈我全听完了，也记下了。刚才有几句骂人的话，我希望以后别说了，对您不好，对解决问题也没用。咱们接着说，您当年被辞退有没有书面通知？",
    [], "Mild criticism of the abuse after the visitor has vented, then back to the facts; not rude.")
add("rude-n", "melancholic", "我当时没签合同，就口头说好的……",
    "要是当初有份书面的东西，现在确实好办些。不过没有也不是没法子，工友能作证吗？有没有转账记录？",
    [], "Soft regret about the missing contract; at most a small weakness, not rude.")
add("rude-n", "pestering", "你就给句痛快话，到底给不给？",
    "痛快话就是：不给。跟上回、上上回一样，政策上没有这一项。您身体不好，天冷路滑，别一趟趟跑了。",
    [], "Blunt but consistent answer with care for the person; firm is not rude.")
add("rude-n", "confused", "俺没念过书，你说的那些词俺听不懂。",
    "不怪您，是我说得太绕了。打个比方：咱村的地就像一张大饼，三十年前就切好了，家家一块，这期间谁家添人减人，饼都不重切。",
    [], "Mentions the visitor's lack of schooling but takes the blame and uses a plain comparison.")
add("rude-n", "sanguine", "哎我再跟你讲讲我们楼上那家，简直了，上次还……",
    "大姐，楼上那家咱等会儿说。我先把漏水这一件记清楚：从哪个月开始漏的？",
    [], "Redirects a wandering talker politely to the point; not contempt.")
add("rude-n", "phlegmatic", "（想了好一阵）……那块地……后来……",
    "您说话慢，我记得也慢，正好对上。您接着说，那块地后来谁在种？",
    [], "Comments on the slow pace but warmly, and gives time; not mocking.")
add("rude-n", "unwell", "你们都是坏人！滚！",
    "好，我不往前凑，就坐这儿。您嗓门大点没事，我听得见。要不要喝口热水？",
    [], "Absorbs an unwell visitor's hostility without retort or correction.")
add("rude-n", "pestering", "我这回要是拿不到钱，就去北京！",
    "去北京是您的权利，我拦不住也不拦。但我实话告诉您，北京也会把件转回咱们县，结论还是这个结论。",
    [], "Frank and calm about the outcome; no threat, no scorn.")
add("rude-n", "choleric", "你再给我打官腔试试！",
    "我不打官腔，说大白话：你那三万块的工钱，包工头跑了，劳动监察大队可以先立案追，我现在就给他们打电话约时间。",
    [], "Answers a challenge with plain facts and an action; blunt wording is not rude.")
add("rude-n", "resentful", "你一个小年轻懂什么？我吃的盐比你吃的饭还多。",
    "那是，您经的事比我多多了。正因为这样，才想听您从头讲，那年修水库您在哪个连？",
    [], "Accepts the jibe good-humouredly and keeps the visitor talking.")

# ---------------------------------------------------------------- false_promise
add("false_promise", "pestering", "我那个宅基地多批二十平，你就给句准话行不行？",
    "行，这回我亲自去找局长，肯定给您批下来，您安心回家。",
    ["false_promise"], "Guarantees an approval beyond policy to a pestering visitor.")
add("false_promise", "resentful", "我这工龄被少算了六年，你们能补上吗？",
    "您放心，六年一天都不会少，下个月社保就给您补齐。",
    ["false_promise"], "Promises an outcome and a date that belong to the social-security office, before anything is checked.")
add("false_promise", "melancholic", "我儿子的残疾等级评得太低了，能改吗？",
    "您别难过，我看他的情况，二级肯定跑不了，重新评一下就上去了。",
    ["false_promise"], "Kind words, but promises the result of a medical assessment the officer cannot decide.")
add("false_promise", "veteran", "别人家都多拿了五万，我也得有。",
    "这事我看有戏，回头我在会上替您说说，没准能再加点。",
    ["false_promise"], "Half-promise of extra money to a veteran petitioner.")
add("false_promise", "choleric", "今天不解决我就不走！",
    "好好好，您别急，今天一定给您办妥，您先消消气。",
    ["false_promise"], "Promises a same-day resolution just to calm the visitor.")
add("false_promise", "sanguine", "听说明年就要拆到我们村了，补偿标准会涨吧？",
    "涨是肯定涨，起码比现在高三成，这个您放一百个心。",
    ["false_promise"], "Promises a compensation rise that no document has set.")
add("false_promise", "phlegmatic", "那……我那个低保……还能……恢复吗？",
    "能，下个月就恢复，您回去吧。",
    ["false_promise"], "Promises reinstatement without any review; also hurries the visitor.")
add("false_promise", "confused", "俺家老二结婚了，户口迁进来，能不能再分块地？",
    "这个嘛，规矩是增人不增地，不过您家情况特殊，我帮您跟村里说说，兴许能匀出一块来。",
    ["false_promise"], "States the rule correctly, then undercuts it with a half-promise at the end.")
add("false_promise", "unwell", "我老伴被他们关在医院地下室里，你们快去把他救出来！",
    "好，我马上派人去医院把他接回来，明天您就能见到他。",
    ["false_promise"], "Going along turns into promising an impossible outcome; not a correction, so not confront.")
add("false_promise", "resentful", "这个案子都结了十年了，你们还能翻过来吗？",
    "结了也不怕，我认识法院的人，找个机会给您重新审一审。",
    ["false_promise"], "Promises a retrial through personal connections; beyond the office's authority.")
add("false_promise", "veteran", "我要的是个说法，还有补偿，少一样都不行。",
    "您先回去，下礼拜我给您个满意的结果，两样都有。",
    ["false_promise"], "Promises both demands to get the visitor to leave.")
add("false_promise", "choleric", "那个黑心老板欠我们十二个人的工钱，过年前必须给！",
    "我理解，大家都等着钱过年，十二个人一家老小都指着这点钱。我们已经通知劳动监察大队，今天下午就去工地查考勤和合同。年前钱肯定到你们手上，我拍胸脯保证。",
    ["false_promise"], "The step is good; the guarantee of payment before New Year at the end is a false promise.")
add("false_promise", "melancholic", "我……我怕说了也白说。",
    "不会白说的，您说出来，我保证您这个事这个月就了结。",
    ["false_promise"], "Gentle, but guarantees an outcome and a deadline before hearing the matter.")
add("false_promise", "pestering", "我要你们把我儿子安排进事业单位，上回那个科长说可以考虑，考虑好了没有？",
    "还在商量呢，上面领导开会碰过一次了，您再等等，应该快有眉目了。",
    ["false_promise"], "The demand has no basis; saying it is still under discussion implies the answer may change.")
add("false_promise", "sanguine", "我们这个老旧小区加装电梯，政府能全包吗？",
    "这个好说，估计全包问题不大，到时候您一分钱不用掏。",
    ["false_promise"], "Breezy promise of full funding that no policy gives.")
add("false_promise", "phlegmatic", "……我那片林子……被修路占了……赔的钱……少了。",
    "您慢慢说，不急。林地补偿有专门的标准，我先给您查查当时的评估表……您看这样，差多少，我给您找补回来。",
    ["false_promise"], "Patient and correct until the last clause, which promises to make up any shortfall.")
add("false_promise", "confused", "新农合那个钱，能不能一次报个全？",
    "能不能？那还用问，到我这儿就没有报不了的，您把单子都交给我。",
    ["false_promise"], "Rhetorical question used to promise full reimbursement, which the scheme does not give.")
add("false_promise", "unwell", "他们用电波打我脑袋，你们能不能让他们停下？",
    "能，我这就打电话让他们今晚把电波关了，您今晚就能睡个安稳觉。",
    ["false_promise"], "Promises a concrete outcome built on the delusion; not going along with feelings only.")
add("false_promise", "veteran", "我那个“老上访户”的名头，能不能帮我撤了，以后别盯着我？",
    "这个容易，我跟领导一提就撤，以后保准没人管你。",
    ["false_promise"], "Promises a favourable outcome beyond the officer's authority.")
add("false_promise", "sanguine", "我听人说我们村支书贪了不少钱，你们查不查？",
    "查，一定查，而且一定把他撸下来，您等着看吧。",
    ["false_promise"], "Committing to pass on and investigate is fine; promising the official's removal is not.")

# false_promise hard negatives
add("false_promise-n", "pestering", "你就说能不能办，给句准话。",
    "准话就是：按现行政策，这个办不了。我不会跟您说“等等看”，因为等也是这个结果。",
    [], "A clear negation; no hint that the answer may change.")
add("false_promise-n", "resentful", "我那个工龄，到底能不能补？",
    "能不能补，要看档案里有没有招工登记。我不敢跟您说准能补上，但明天上午我就去档案馆调，周五前打电话告诉您查到了什么。",
    [], "Hedge plus a dated commitment to act; no outcome promised.")
add("false_promise-n", "melancholic", "医药费报销，会不会又被卡住？",
    "符合报销目录的，按比例给您结，一项不落；目录外的，我一项项跟您讲为什么不能报。",
    [], "Promise conditioned on the existing entitlement; not a false promise.")
add("false_promise-n", "veteran", "要是我不闹了，你们能给我啥？",
    "您不闹，该给的是这些：那份补差是政策里有的，本来就该发；政策外的，闹不闹都没有。",
    [], "Entitlement-conditioned; explicitly nothing beyond policy.")
add("false_promise-n", "melancholic", "你们……会管吗？",
    "管。我现在就给劳动监察大队打电话，让他们明天上午派人去厂里核实，您留个电话，明天下午我回您。",
    [], "Commitment to act (call, check, call back), not a promise of the result.")
add("false_promise-n", "sanguine", "那拆迁补偿能不能再高点？",
    "高不高我说了不算，评估公司按市场价评。要是您觉得评低了，可以在十天内申请复核，复核表我现在就拿给您。",
    [], "Declines to promise and gives the real procedure.")
add("false_promise-n", "phlegmatic", "……那，我还能……拿到吗？",
    "您这种情况，要是核实确实在册，按规定可以补发。核没核实，我下周三前告诉您。",
    [], "Conditioned on verification and entitlement; plus a dated step.")
add("false_promise-n", "confused", "俺闺女嫁出去了，她的地还给不给她留？",
    "按承包法，闺女嫁出去，只要婆家那边没给她分地，娘家这边的地就不能收。您放心，这是法律定的，村里不能随便收。",
    [], "Reassurance that restates the law; not a promise beyond policy.")
add("false_promise-n", "unwell", "我的地契被他们偷了，你们得帮我找回来！",
    "东西丢了心里肯定急。我跟您社区的王主任说一声，让她明天上门陪您一块儿找找，好不好？",
    [], "Goes along with the feeling and arranges community help; no outcome promised, no correction.")
add("false_promise-n", "pestering", "那你们研究一下总行吧？",
    "这件事不用再研究了，结论上回就定了，我今天说的跟上回一字不差。您家里要是生活上有困难，临时救助可以申请，那个是有规定的，我帮您把表拿来。",
    [], "Refuses to leave the door open; offers a real alternative with a policy basis.")
add("false_promise-n", "melancholic", "你们会不会说了不算？",
    "我说过的每一句都记在本子上，您也可以拿笔记下来。我说的是：下周一之前给您回电话，说清楚审批到哪一步了。",
    [], "The only commitment is to report progress by a date.")
add("false_promise-n", "resentful", "你能保证那个贪官被处理吗？",
    "处理谁不是我能定的，那是纪委的事。我能做的是把您的材料今天就转到县纪委信访室，转办单的编号给您抄一份。",
    [], "Negation of a guarantee plus a referral and an action.")

# ---------------------------------------------------------------- buck_passing
add("buck_passing", "confused", "俺这个养老金的事，到底该找谁问？",
    "反正不是我们，你去别处打听打听吧。",
    ["buck_passing"], "Pushes the visitor away without naming who owns it.")
add("buck_passing", "resentful", "我找了街道，街道说找你们，你们又让我找街道！",
    "那我也没办法，谁跟你说的你找谁去。",
    ["buck_passing"], "Bounces the visitor back with no owner named.")
add("buck_passing", "choleric", "我这房子漏水漏了三个月了，你们管不管？",
    "漏水的事你跟楼上自己协商吧，我们这边不好插手。",
    ["buck_passing"], "Leaves the visitor to sort it out alone; no mediation or owner named.")
add("buck_passing", "sanguine", "那个烧烤摊天天开到凌晨，油烟熏得我们没法开窗！",
    "哈哈，这种事多了去了，您呀就多担待点，实在不行换个地儿住嘛。",
    ["buck_passing"], "Flippant brush-off; tells her to cope herself instead of naming the enforcer.")
add("buck_passing", "phlegmatic", "……那，我应该……去哪儿……问？",
    "这我哪知道，您回镇上随便找个人问问吧。",
    ["buck_passing"], "A shrugging guess when asked who owns the matter.")
add("buck_passing", "melancholic", "他们说我的材料不全，可是缺什么也不告诉我……",
    "缺什么我这儿也看不出来，您还是回去问当初收材料的人吧，我们插不上手。",
    ["buck_passing"], "Sends her back vaguely without a check or a named office.")
add("buck_passing", "veteran", "你们信访局不是管协调的吗？",
    "协调是协调，可人家不听我们的也没用啊，您自个儿去磨吧。",
    ["buck_passing"], "Disowns the coordinating role and pushes the visitor off.")
add("buck_passing", "pestering", "我下周还来。",
    "来也白来，问别人去。",
    ["buck_passing"], "No answer holder and no path named; 'find another way' is a push-away.")
add("buck_passing", "unwell", "有人往我家水缸里下药，你们得管！",
    "这种事我们可管不着，您自己多留个心吧。",
    ["buck_passing"], "Pushes the matter back on the visitor; no family or community help secured.")
add("buck_passing", "resentful", "当年是你们县里下的文件让我们下放的，现在你们不认了？",
    "那时候的事，现在的人谁也说不清楚，您还是去找当年经手的人吧。",
    ["buck_passing"], "Sends the visitor to find people from decades ago; no owner named.")
add("buck_passing", "choleric", "工地上摔断了腿，老板不认账，你说怎么办！",
    "师傅，腿还疼吧？先坐。这个事情确实挺糟心的……不过工伤那一摊子我们也不懂，你自己上网查查该去哪。",
    ["buck_passing"], "Warm opening, then tells him to look up the owner himself; buck-passing at the end.")
add("buck_passing", "sanguine", "我想问问，孩子上学那个学区是怎么划的？",
    "学区的事啊，年年变，谁也弄不清，您多问问身边家长吧。",
    ["buck_passing"], "Refers her to other parents instead of the education bureau.")
add("buck_passing", "phlegmatic", "（想了很久）……我那个……医保……断了。",
    "医保断了？那得看是哪儿断的，反正不在我们这儿，您有空到处问问。",
    ["buck_passing"], "Tells him to ask around; no office named.")
add("buck_passing", "confused", "这个“确权”的证，要去哪里领啊？",
    "你问我，我问谁呢？又不是我发的证。",
    ["buck_passing"], "Rhetorical brush-off when asked who issues the certificate.")
add("buck_passing", "melancholic", "我都不知道还能找谁了……",
    "您找谁都行，就是别找我们，我们这儿真办不了。",
    ["buck_passing"], "Polite in tone but turns her away with nowhere to go.")
add("buck_passing", "veteran", "这个事你们要是不管，我就一直在这儿坐着。",
    "坐着也行，不过我跟您说实话，这种事从来就没有哪个单位愿意接，您自个儿看着办吧。",
    ["buck_passing"], "Admits nobody will take it and leaves it to the visitor.")
add("buck_passing", "pestering", "我那个补偿款到底是谁卡着不给？",
    "谁卡着？那就不好讲了，层层都有人，您挨个去问吧。",
    ["buck_passing"], "Sends him to ask everyone in turn instead of naming the holder.")
add("buck_passing", "unwell", "邻居家的狗每天晚上对着我家念咒。",
    "狗的事啊，这个谁也管不了，您回去关好门窗就是了。",
    ["buck_passing"], "Says nobody can handle it and sends her home; no correction of the belief, so not confront.")
add("buck_passing", "pestering", "你们就是踢皮球！我跑了五个地方了！",
    "我不踢皮球，是真不清楚归谁。您别在我这儿耗着，换个窗口问问，总有人知道。",
    ["buck_passing"], "Denies buck-passing in words, then does exactly that.")
add("buck_passing", "resentful", "我这事拖了八年了，你们总得有人负责吧？",
    "八年，确实太长了，换谁心里都有火，我很理解您，您受累了。您把这几年的答复材料给我看看……嗯，镇上一份、县里两份，我都看了。这些都是以前的事了，我们新来的也不清楚，您还是去上面问问吧。",
    ["buck_passing"], "Sympathetic and takes the papers, then pushes him to an unnamed 'above'.")

# buck_passing hard negatives
add("buck_passing-n", "confused", "俺这个养老金的事，到底该找谁？",
    "这个归县社保中心管，就在人民路老邮局对面，一楼三号窗口。我给您写张条子，您拿着去，不用再排队说一遍。",
    [], "Specific referral with an address and a note.")
add("buck_passing-n", "choleric", "法院判我输了，你们给我改过来！",
    "判决这块儿，按规定得走司法的路子，我们这儿动不了。你可以找中院立案庭问申诉，或者去县司法局一楼的法律援助窗口，请律师免费给你看看卷宗。",
    [], "Refusal with the owner and the legal route named; a referral.")
add("buck_passing-n", "sanguine", "小区门口那个违章搭的棚子，能管吗？",
    "能管，但不是我们直接拆。违建归城管执法局，我把您说的地址和照片转给他们，同时抄送街道，三天后我打电话问进度。",
    [], "Names the owner, forwards it and follows up.")
add("buck_passing-n", "melancholic", "孩子的助学金没批下来……",
    "助学金是教育局资助中心审的，在教育局二楼东头。您要是不方便跑，我现在就帮您打个电话问问卡在哪一步。",
    [], "Owner named plus an offer to call on the spot.")
add("buck_passing-n", "veteran", "这事不归你们管，那你们还坐在这儿干什么？",
    "我们负责把事送到该管的地方，再盯着他办。您这事归县人社局劳动仲裁院，我开转办单，十个工作日内他们要给您回话，到时我跟进。",
    [], "Explains the office's role; specific referral with a deadline.")
add("buck_passing-n", "pestering", "你们不管，那我找谁？",
    "这件事的答复单位是镇政府，上个月已经书面答复过您了。您要是不服，可以在三十日内向县政府申请复查，申请书的格式我可以给您。",
    [], "Names the body that answered and the review route.")
add("buck_passing-n", "unwell", "那个电视台天天在我脑子里播节目。",
    "天天这样，您肯定吵得睡不好。我先给您倒杯水。您家里人电话多少？我请社区的李医生跟您闺女一块儿来看看您。",
    [], "Hands over to family and community deliberately, which is the right approach; no correction.")
add("buck_passing-n", "resentful", "找你们有什么用，还不是推来推去？",
    "推来推去的滋味我懂。这回我不让您再跑：您这工伤认定归人社局工伤科，我现在当着您的面给他们打电话，约好时间，您直接去找科里的刘科长。",
    [], "Acknowledges the complaint; referral with a call and a named person.")
add("buck_passing-n", "phlegmatic", "……我……这个……该去哪个单位？",
    "您这个是宅基地的事，归镇上自然资源所管。不着急，我把地址、电话、要带的东西都写在这张纸上，您回去慢慢看。",
    [], "Owner named, written down at the visitor's pace.")
add("buck_passing-n", "choleric", "我就要见你们局长！",
    "局长今天在市里开会。您的事是欠薪，主管单位是劳动监察大队，我已经把他们的值班电话拨通了，您跟他们说两句，我在旁边帮您补充。",
    [], "Refuses the meeting but connects him to the owner on the spot.")
add("buck_passing-n", "confused", "那个学校不让俺孙子转学，咋办？",
    "转学这事得学校和教育局学籍科点头，咱这儿批不了。不过我能做的：给学籍科打电话问清楚要哪些证明，您回头一次带齐。",
    [], "Says it cannot approve here, names the owner and helps.")
add("buck_passing-n", "sanguine", "电线杆子栽在我家地里，我找谁？",
    "找供电所。您村归城西供电所，我把他们所长的电话给您，您就说是信访办转过去的。",
    [], "Short but specific referral.")

# ---------------------------------------------------------------- confront
add("confront", "unwell", "我脑子里被人装了芯片，他们能听到我想什么。",
    "大爷，脑子里装芯片这种事是不可能的，您是想多了。",
    ["confront"], "Polite but corrects an unwell visitor's belief.")
add("confront", "unwell", "报纸上登了，这块地是我家的，你看，这就是证据！",
    "这张报纸是广告，不能当产权证明，您拿着它没用的。",
    ["confront"], "Tells an unwell visitor her proof is not proof; any correction is confront.")
add("confront", "unwell", "我家老头子没死，是被医院藏起来了。",
    "阿姨，我知道您难受……可老爷子确实已经走了，死亡证明上写得清清楚楚的。",
    ["confront"], "Gentle opening, then corrects the belief with a document.")
add("confront", "unwell", "电视里那个主持人天天在骂我。",
    "电视里的人哪认识您啊，人家对着全国播的，不是说您。您家里人呢？",
    ["confront"], "A friendly-sounding correction of the belief is still confront with an unwell visitor.")
add("confront", "resentful", "当年就是你们故意把我们这批人的档案弄丢的！",
    "故意？谁会故意弄丢您的档案？您这么说可没道理。",
    ["confront"], "Argues with a resentful visitor's account instead of letting him vent.")
add("confront", "choleric", "拆迁办那帮人半夜来砸我家窗户，我亲眼看见的！",
    "不会的，拆迁办晚上不上班，你肯定是看错了。",
    ["confront"], "Flatly contradicts an eyewitness account without checking.")
add("confront", "veteran", "上次那个副县长亲口答应我给二十万的。",
    "副县长答应过二十万？不可能，那天的接访记录我一页页翻过，压根没这一条，您肯定记错了。",
    ["confront"], "Sharp contradiction (不可能…您肯定记错了) rather than a calm look at the record together.")
add("confront", "sanguine", "我们小区的物业费是全市最贵的！",
    "那可不对，全市比你们贵的小区多了去了，你这是没比过。",
    ["confront"], "Argues with the visitor's perception instead of asking for the figures.")
add("confront", "melancholic", "他们都看不起我，村干部见了我都绕着走。",
    "哪有的事，是您自己想太多了，人家忙，没工夫理您而已。",
    ["confront"], "Dismisses a withdrawn visitor's perception.")
add("confront", "confused", "村长跟俺说过，俺家那块坡地是给俺留着的。",
    "村长怎么会跟你说这个？他没这个权，你肯定是听岔了。",
    ["confront"], "Disputes the visitor's account of what he was told instead of asking when and how.")
add("confront", "phlegmatic", "……我那年……交了……三千块……集资款。",
    "三千？不对吧，那年集资最多一千五，您记错了。",
    ["confront"], "Contradicts the visitor's figure on the spot before any check.")
add("confront", "choleric", "你们就是跟开发商穿一条裤子！",
    "你这么说就冤枉人了，我们哪一点跟开发商穿一条裤子了？你拿出证据来！",
    ["confront"], "Argues back at the accusation and demands proof; meets heat with heat.")
add("confront", "pestering", "我这个事明明就是你们当年办错了。",
    "办错了？当年的程序一步不差，错的是你自己没按时交材料。",
    ["confront"], "Disputes the visitor's account and turns the blame on him.")
add("confront", "resentful", "我们那批人受的罪，你们这些年轻人根本想象不到！",
    "也没您说得那么夸张吧，那时候大家都苦，又不是光你们。",
    ["confront"], "Belittles and disputes the visitor's account of suffering.")
add("confront", "veteran", "隔壁老李家跟我一样的房子，他拿了八十万。",
    "八十万？他拿多少我比你清楚，没那么多，你别听人瞎传。",
    ["confront"], "Contradicts the claim sharply without showing the basis.")
add("confront", "sanguine", "我看网上说，明年农村养老金要翻倍呢！",
    "网上那些你也信？都是瞎编的，别到处传。",
    ["confront"], "Rhetorical scoffing at the visitor's belief instead of stating the current rule.")
add("confront", "melancholic", "我觉得就是因为我上回来反映，他们才故意不给我办的。",
    "您说得挺好，前面的情况我都记了……但打击报复这种说法可不能乱讲，人家办事是按流程的。",
    ["confront"], "Listens, then shuts down her perception at the end of the turn.")
add("confront", "unwell", "有人在我饭里下毒，我吃了就肚子疼。",
    "肚子疼可能是吃坏了，哪有人给您下毒啊。来，先喝口热水。",
    ["confront"], "Caring tone, but corrects an unwell visitor's belief.")
add("confront", "choleric", "你们这个窗口的人上午就是骂我了！",
    "我们的人绝不会骂人，监控都在，你不要血口喷人。",
    ["confront", "rude"], "Contradicts the account and accuses the visitor of slander.")
add("confront", "phlegmatic", "……我……觉得……那个评估……不公平。",
    "有什么不公平的？同一个公司评的，别人都签了，就您觉得不公平？",
    ["confront"], "Rhetorical questions that dismiss the visitor's view.")

# confront hard negatives
add("confront-n", "unwell", "我脑子里有个芯片在响。",
    "一直响着，肯定闹得您心烦，晚上也睡不踏实吧？您跟谁住在一块？我让社区的人过来陪陪您。",
    [], "Goes along with the feeling without endorsing or correcting; secures help.")
add("confront-n", "unwell", "你看这张报纸，这就是我家的地契！",
    "这张您收得挺仔细的，我拍张照留个底。您家那块地的事，我请村委会的张主任明天到您家，跟您和您儿子一块儿坐下来说，行吗？",
    [], "Takes the paper seriously without calling it a deed or not; brings in family and village.")
add("confront-n", "confused", "增人不增地，那俺家多生了娃就不给地了，这不是不让生娃嘛？",
    "不是不让生，是地不跟着人头变。打个比方，一块田三十年前就分好了，这期间添了人、走了人，都不重新分，到期了再统一调。",
    [], "Corrects a misreading of the policy by plain explanation; not arguing with the visitor's account.")
add("confront-n", "sanguine", "我听说只要去省里闹，补偿就能翻倍！",
    "这个说法我也听过好几回。实际上补偿标准是按文件定的，去省里，省里也是按这个标准看。我给您算算您家按标准能拿多少，您心里好有个底。",
    [], "Calm presentation of the rule against a rumour; not a sharp contradiction.")
add("confront-n", "veteran", "副县长当时亲口答应给我二十万！",
    "您说的那次接访，我们把记录调出来了，上面写的是“依政策核实后答复”，没有金额。您要是有别的材料，比如录音、字条、当时在场的人，可以拿来，我们一起对一对，对上了我们照实往上报。",
    [], "Checks the claim against the record calmly and invites evidence; fact-checking, not confront.")
add("confront-n", "resentful", "我们这批人就是被你们政府坑了一辈子！",
    "您这一辈子受的苦，换谁心里都过不去。您慢慢讲，那年是哪个单位通知您们下放的？",
    [], "Neither agrees nor argues; lets him vent and asks a question.")
add("confront-n", "choleric", "你们都是一伙的！",
    "您觉得大家都在推，换我跑了五趟也会这么想。这回您看着我办：我现在就把您的材料登记，编号写给您。",
    [], "Acknowledges the feeling instead of disputing it.")
add("confront-n", "melancholic", "我是不是特别没用，连个低保都申请不下来……",
    "申请没批，是家里收入那一项超了一点，跟您有没有用没关系。您一个人照顾老母亲，已经很不容易了。",
    [], "Gently reframes self-blame with the real reason; reassurance, not argument.")
add("confront-n", "phlegmatic", "……三千……那年……交了三千。",
    "三千，我记上了。您那会儿有收据吗？我这边查到的集资登记是一千五，差的那一千五咱们得对一对，看是不是分两次交的。",
    [], "Records the claim and checks it against the register together; contrast with confront-11.")
add("confront-n", "pestering", "你们当年肯定办错了！",
    "当年的处理决定我今天又从头看了一遍，程序和依据都在这儿，我一条一条念给您听，您看哪一条您觉得不对，咱们就说哪一条。",
    [], "Offers to go through the decision with him instead of rebutting.")
add("confront-n", "unwell", "我是皇帝派来的，你们得给我磕头。",
    "哦，您是从远处来的，路上辛苦了。来，这边坐，喝口水暖和暖和。您今天是一个人来的吗？",
    [], "Neither endorses nor corrects; calms and asks about companions.")
add("confront-n", "phlegmatic", "……路……修了……我的地……得恢复……原样。",
    "路已经通车了，拆了恢复原样做不到，这个我得跟您说实话。能谈的是补偿和调剂地，您那份补偿款我今天就帮您查到账没有。",
    [], "States the practical limit calmly and offers what is possible.")

# ---------------------------------------------------------------- buy_peace
add("buy_peace", "veteran", "不给钱，我明天还来。",
    "这样吧，我私下给你凑三千块，你拿着回去，以后就别来了。",
    ["buy_peace"], "Outright pay-off to stop petitioning.")
add("buy_peace", "pestering", "我就要那五万块补偿，不给就天天来。",
    "五万肯定没有。不过年底困难补助我给你报一个名，拿了钱就消停点，好吧？",
    ["buy_peace"], "Refuses the demand correctly but trades a relief place for quiet.")
add("buy_peace", "choleric", "我儿子找不到工作，都是你们拆了我家的店！",
    "行行行，城管队正缺个协管员，让你儿子明天来上班，这事咱们就算翻篇了。",
    ["buy_peace"], "A job for the son in exchange for dropping the matter.")
add("buy_peace", "resentful", "我告了十年，你们一分钱没给过！",
    "老人家，您的事我们查了，政策上确实没有补发的依据。这样，过节慰问品给您家多送一份，您看能不能就别往上跑了？",
    ["buy_peace"], "Honest answer, then a favour offered to stop him petitioning upward.")
add("buy_peace", "sanguine", "我家那个低保评不上，我就去网上发帖！",
    "别别，发帖多难看。今年低保我让社区给你家报上，你把帖子撤了，咱们两清。",
    ["buy_peace"], "Allowance place traded for removing a post.")
add("buy_peace", "melancholic", "……我也不想来的，可是家里实在过不下去了。",
    "唉，看您也不容易。这二百块您先拿着，是我们科里凑的，就当没来过，好不好？",
    ["buy_peace"], "Kind-sounding, but cash given so the visit is 'as if it never happened'.")
add("buy_peace", "phlegmatic", "……我想……再……问问……那个补偿。",
    "您别问了，这样，我让村里把今年的护林员位子给您家，每月八百，这事就到这儿。",
    ["buy_peace"], "A paid post offered to end the questions.")
add("buy_peace", "veteran", "上次别的乡给老赵塞了两万，我也得有。",
    "两万多了点，一万吧，走我们的招待费，签个息访协议。",
    ["buy_peace"], "Haggles a cash settlement for a promise to stop petitioning.")
add("buy_peace", "confused", "俺就是想问问，俺那地被占了，该咋赔？",
    "赔偿的事比较复杂。这样吧，我跟村支书说一声，明年机动地多给您家划一亩，以后这事就不提了。",
    ["buy_peace"], "Skips the explanation and offers extra land so the matter is dropped.")
add("buy_peace", "unwell", "他们天天用电波照我，你们不管我就去北京！",
    "您别去北京，这五百块您拿着，买点好吃的，回家歇着。",
    ["buy_peace"], "Money to keep an unwell visitor from going to Beijing.")
add("buy_peace", "choleric", "我那车被扣了半个月，耽误我多少生意！",
    "扣车是交警依法扣的，罚款该交还得交。不过你要答应不再来闹，罚款那部分我想法子帮你免了。",
    ["buy_peace"], "Explains correctly, then offers a favour conditioned on no more trouble.")
add("buy_peace", "pestering", "我还得来，你们不给我解决，我就一直来。",
    "您孙子明年不是该上学了吗？我找人让他进实验小学，这边的事就别再提了，您说呢？",
    ["buy_peace"], "A school place offered as the price of silence.")
add("buy_peace", "sanguine", "我们十几户都要去市里，车都包好了！",
    "别去别去，这样，每户先发五百块慰问金，大家回家过个好年。",
    ["buy_peace"], "Cash labelled as condolence money to stop a group visit.")
add("buy_peace", "resentful", "我这么大年纪了，还得一趟趟往这儿跑。",
    "是啊，您受累了。您看，我们把您的诉求都登记了，下周有结果就给您打电话。另外您要是不往省里去了，我让民政给您批个临时救助，一千五。",
    ["buy_peace"], "Good turn until the end, where relief is made conditional on not going to the province.")
add("buy_peace", "veteran", "我知道你们怕考核，怕我去北京。",
    "既然你都明白，那咱们敞开说：开个价，只要你这个月不出县，啥都好商量。",
    ["buy_peace"], "Invites a price for staying put.")
add("buy_peace", "phlegmatic", "……我……下个月……还会来的。",
    "您要是下个月不来，我就让乡里把您家那个危房改造的名额提前给了。",
    ["buy_peace"], "A housing-repair place conditioned on not coming back.")
add("buy_peace", "melancholic", "我女儿的工作被辞了，我心里难受，就想来说说。",
    "您的心情我懂。单位辞退的事，要看劳动合同怎么签的，您女儿可以去劳动仲裁院申请仲裁，我把地址写给您，仲裁不收钱，有一年的时效，别拖。……您也别往市里去说了，我托人让她回原单位上班就是。",
    ["buy_peace"], "Correct referral first; the job favour to stop her going to the city is hidden at the end.")
add("buy_peace", "confused", "俺不懂那些政策，俺就知道俺吃亏了。",
    "政策的事跟您讲不清，这样，您家今年的新农合我们替您交了，您就甭琢磨了。",
    ["buy_peace"], "Pays a contribution so the visitor stops asking; no explanation.")
add("buy_peace", "choleric", "再不给说法，我就拉横幅堵政府大门！",
    "别拉别拉。你那房子的补偿，下个月我保准给你补足；另外这一千块你先拿去，横幅收起来。",
    ["buy_peace", "false_promise"], "Two acts: guarantees a top-up beyond authority and hands cash to stop the banner.")
add("buy_peace", "unwell", "我要见省长，省长认识我。",
    "省长忙得很。这样，我给您买张车票，再给您两百块路费，您回老家待一阵，别来这边了。",
    ["buy_peace"], "Money to make an unwell visitor go away; family or community help not sought.")

# buy_peace hard negatives
add("buy_peace-n", "pestering", "那你们给我点钱，我就不来了。",
    "来不来，都不是拿钱换的。您那个诉求政策里没有，给不了。但您一个人过日子确实紧，要是符合临时救助条件，我把申请表给您，按规定走，跟来不来没关系。",
    [], "Relief offered on its own policy basis, explicitly decoupled from stopping.")
add("buy_peace-n", "veteran", "给多少钱你们才肯办？",
    "这里不谈价钱。您那份拆迁过渡费是文件里有的，三个月没发是我们这边拖了，我今天就催拆迁办，让他们本周给您一个到账日期。",
    [], "Pushes an existing entitlement; no favour for silence.")
add("buy_peace-n", "melancholic", "家里实在揭不开锅了……",
    "您这情况，按规定可以申请临时救助。我现在就带您去二楼民政窗口把表填了，审核快的话半个月左右。这跟您反映的事是两码事，您的事我们照样查。",
    [], "Relief through the proper channel, and the petition is kept open.")
add("buy_peace-n", "choleric", "我儿子失业在家，你们得给他安排工作！",
    "安排工作我们做不到，这个不能答应你。人社局每周三有招聘会，还有免费的技能培训，我把报名电话给你，让孩子自己去看看。",
    [], "Declines the job and points to public services open to everyone.")
add("buy_peace-n", "sanguine", "我们十几户都要去市里！",
    "去市里是大家的权利。不过我跟大家说句实在话：市里也会把事转回来。咱们选五个代表，明天上午在这儿，我请住建局的人当面跟大家讲补偿标准，您看行不行？",
    [], "Handles a group visit by representatives and a meeting, no inducement.")
add("buy_peace-n", "resentful", "你们就不能给我这个老头子补点钱？",
    "补钱得有依据，没有依据的钱我给不了，给了也是害您。您当年的下乡经历，如果能查到档案，是可以按规定申请生活补助的，我帮您查。",
    [], "Refuses money without basis and offers a real, policy-based route.")
add("buy_peace-n", "unwell", "我没钱吃饭了，他们把我的钱都偷走了。",
    "没钱吃饭可不行。我先去食堂给您打份饭，您吃饱了咱再说。我这就联系您社区的网格员，让他陪您去把这事理一理。",
    [], "Immediate care and community help, not conditioned on anything.")
add("buy_peace-n", "phlegmatic", "……那个……危房改造……我家……能不能……",
    "能不能，得看房子鉴定是几级。您别急，慢慢说。镇上下周来鉴定，我把您家排进去，鉴定是C级或D级的，按规定就能申请。",
    [], "Entitlement-conditioned scheme, explained; no trade.")
add("buy_peace-n", "veteran", "别家都私下拿了钱了，就我没有。",
    "谁私下拿了钱，您把名字告诉我，我转给纪委查。我们这儿没有私下的钱，以后也不会有。",
    [], "Rejects side payments outright.")
add("buy_peace-n", "confused", "俺要是不来了，你们能给俺点啥好处不？",
    "来不来，好处都一样，就是政策里该给您的。您那个高龄补贴，满八十就能领，您今年七十九，明年生日过了我让村里给您报。",
    [], "Only the statutory allowance, independent of petitioning.")
add("buy_peace-n", "pestering", "我不闹了，你们给我个公益岗吧。",
    "公益岗位不是拿来换不闹的。它有条件：就业困难人员、年龄、家庭情况。您要是符合，可以去人社局登记，跟别人一样排。",
    [], "Refuses the trade and states the eligibility rules.")
add("buy_peace-n", "choleric", "上回你们镇长还给我塞了五百块！",
    "如果真有这事，那是违规的，我要记下来报上去。咱们这里不会用钱打发人，您的事该怎么办就怎么办。",
    [], "Disowns pay-offs; records the report.")

# ---------------------------------------------------------------- officialese
add("officialese", "confused", "俺就想知道，俺家的地到底还能种几年？",
    "土地承包关系要保持稳定并长久不变，这是国家的大政方针，我们要坚决贯彻落实。",
    ["officialese"], "A slogan to a confused farmer instead of the term and the extension rule.")
add("officialese", "resentful", "我那批人的事，到底有没有政策？",
    "您反映的历史遗留问题，我们会本着实事求是、有错必纠的原则，统筹兼顾、妥善处置。",
    ["officialese"], "Only stock phrases where a yes/no on policy was asked.")
add("officialese", "pestering", "我问你，那五万块到底给不给？",
    "对于您的诉求，我们将依法依规、按程序办理，确保件件有着落、事事有回音。",
    ["officialese"], "The answer is known (no), but the turn gives slogans instead.")
add("officialese", "unwell", "有人半夜在我窗户外面念我的名字。",
    "我们始终把群众的安全放在首位，将进一步加强社会治安综合治理，营造和谐稳定的社会环境。",
    ["officialese"], "Slogans to a frightened unwell visitor; no comfort, no step.")
add("officialese", "veteran", "少跟我扯那些，就说能不能给钱。",
    "信访工作要坚持依法按政策解决问题，合理的诉求解决到位，无理的诉求教育到位。",
    ["officialese"], "Stock formula in place of a plain answer.")
add("officialese", "choleric", "我在这儿等了两个小时了，你们到底干不干活？",
    "请您理解，我们的工作是严格按照规范化、制度化、程序化的要求开展的。",
    ["officialese"], "Jargon instead of an apology and a step.")
add("officialese", "sanguine", "我们小区停暖三天了，零下十几度啊！",
    "供热是重要的民生工程，事关千家万户，我们会把温暖送到每一位居民心坎上。",
    ["officialese"], "Slogan, no fact on the outage and no call to the heating company.")
add("officialese", "phlegmatic", "……那我……下一步……该怎么办？",
    "下一步，我们将进一步畅通诉求表达渠道，完善矛盾纠纷多元化解机制。",
    ["officialese"], "Asked for his next step, given institutional slogans.")
add("officialese", "melancholic", "我这个病，医保能报多少？",
    "健全多层次医疗保障体系是国家的一贯方针，您的权益一定会得到保障。",
    ["officialese"], "No figure, no rule, only a slogan.")
add("officialese", "confused", "啥叫“一户一宅”？",
    "“一户一宅”是落实最严格的耕地保护制度、规范农村宅基地管理的重要举措。",
    ["officialese"], "Defines a term with more jargon; nothing the visitor can use.")
add("officialese", "resentful", "你就告诉我，我被辞退那事，还有没有说法？",
    "大爷，您喝口水，别急。（停顿）您的问题，组织上是清楚的，我们坚持问题导向，一定会给历史一个交代。",
    ["officialese"], "A courtesy, then the substance is only stock phrases.")
add("officialese", "pestering", "上回说了回复我，回复呢？",
    "您的事项已纳入台账管理，实行闭环处置，正在有序推进中。",
    ["officialese"], "Process jargon without any fact about where the matter stands.")
add("officialese", "veteran", "你们就是拖，拖到我死。",
    "我们难道不是始终坚持群众利益无小事吗？我们会以钉钉子精神抓好每一件信访事项的落实。",
    ["officialese"], "Rhetorical slogan plus a motto; nothing about his case.")
add("officialese", "phlegmatic", "……包工头……跑了……我们二十多个人的……工钱……",
    "根治欠薪是一项系统工程，我们将坚持标本兼治、综合施策，坚决维护劳动者合法权益。",
    ["officialese"], "Slogans instead of the labour inspectorate and a step.")
add("officialese", "sanguine", "我就想问问，孩子入学要准备什么材料？",
    "教育公平是最大的公平，我们一直致力于办好人民满意的教育。",
    ["officialese"], "A factual question answered with a slogan.")
add("officialese", "phlegmatic", "……嗯……我那个……补贴……什么时候……发？",
    "惠农补贴资金实行专款专用、封闭运行，确保及时足额发放到位。",
    ["officialese"], "No date, only fund-management jargon.")
add("officialese", "melancholic", "我担心我的事就这么不了了之了……",
    "请您放心，我们将以强烈的政治责任感和使命感，认真负责地对待每一件群众来信来访。",
    ["officialese"], "Reassurance made only of stock phrases, with nothing done.")
add("officialese", "unwell", "我要举报，他们偷了我的脑电波。",
    "感谢您对我们工作的信任与支持，我们将依照法定职责，认真履行信访工作职能。",
    ["officialese"], "Boilerplate; no care and no family or community help. No correction, so not confront.")
add("officialese", "resentful", "我这房子裂成这样，你们管不管？",
    "老人家，看您这一路走来挺累的，先歇歇，喝口水，这天儿热得人心慌。房子的问题嘛，我们会坚持以问题为导向，压实各方责任，推动问题及时就地化解，请您放心。",
    ["officialese"], "Warm opening, then the answer on the house is only slogans.")
add("officialese", "confused", "俺那个低保咋就停了呢？俺没干啥啊。",
    "低保实行动态管理，应保尽保、应退尽退，这是为了确保公平公正。",
    ["officialese"], "Jargon formulas; does not say why her allowance stopped or what to do.")

# officialese hard negatives
add("officialese-n", "resentful", "我那事你们到底当不当回事？",
    "当回事。您说的这件我们会认真对待，今天我先把三件事记下：辞退时间、当时单位、有没有书面决定。您先说第一件。",
    [], "A first-talk assurance inside a turn that also does something.")
add("officialese-n", "sanguine", "谢谢你啊同志，那我先回去了。",
    "慢走，路上注意安全。周四我给您打电话，说清楚供热公司查得怎么样。",
    [], "Closing courtesy plus a dated step.")
add("officialese-n", "choleric", "说那么多有啥用？",
    "说实在的：劳动监察大队已经立案，案号是这个，下周一他们约包工头谈话，您那天上午九点也来。",
    [], "Concrete facts and a date.")
add("officialese-n", "confused", "啥叫“动态管理”？",
    "就是每年都要重新看一遍：家里收入上去了，就退出；收入下来了，就能再申请。像您家去年儿子出去打工了，收入算进去就超了。",
    [], "Translates the jargon into plain words with her own case.")
add("officialese-n", "pestering", "你说的是真的还是打官腔？",
    "真话：按规定，这个不予支持，理由是您那两间棚子是二〇一五年以后搭的，不在补偿范围。这是答复书，您收好。",
    [], "Formal words (不予支持) but with the reason and the document.")
add("officialese-n", "melancholic", "我怕你们不管……",
    "我们一定会认真负责地办。具体来说：材料我今天就转到医保局，周五前我打电话告诉您能报多少。",
    [], "An assurance followed by a concrete step; not coded.")
add("officialese-n", "veteran", "别跟我说什么依法依规。",
    "好，不说那个。就说您这件：三年前市里的复核意见已经出了，信访程序到这儿就走完了，同样的事我们不再重新受理。这个结论我写在纸上给您。",
    [], "Plain statement of where the procedure ends.")
add("officialese-n", "phlegmatic", "……就……这样吧……我……回去了。",
    "好，您慢走。我们会把这件事办好的。下周二上午我在这儿，您要是想起来那张收据在哪，就带过来。",
    [], "Closing courtesy and a concrete arrangement.")
add("officialese-n", "unwell", "你们会保护我吗？",
    "我们会尽力让您安安稳稳的。我这就给您社区的网格员小刘打电话，请他今晚过去看看您，您闺女的电话能给我一个吗？",
    [], "Reassurance plus community and family help.")
add("officialese-n", "choleric", "你们领导到底重不重视？",
    "领导看了您这件，批了字，要求住建局十天内拿出方案。批示复印件我给您一份。",
    [], "Facts about the instruction, with a deadline and a copy.")
add("officialese-n", "sanguine", "国家政策是好的，就是下面给念歪了！",
    "您这话有道理，政策落地确实有走样的时候。您说说，在您那儿是哪一条走样了？是补偿标准还是面积认定？",
    [], "Talks about policy in general but asks a specific question.")
add("officialese-n", "resentful", "你们总说为人民服务，我怎么没看见？",
    "您这话我听进去了，没做好的地方我们认。您的工伤认定超期了，我现在就打电话问人社局为啥超期，当着您的面问。",
    [], "Admits the failing and acts on the spot.")

# ---------------------------------------------------------------- accept_gift
add("accept_gift", "sanguine", "同志，这是我们自家种的苹果，您尝尝！",
    "哎哟，这么客气，那我就不推了，放桌上吧。",
    ["accept_gift"], "Cheerful acceptance of produce.")
add("accept_gift", "veteran", "晚上我在鸿福楼订了一桌，你一定得来。",
    "行吧，下了班我过去坐坐，就吃个便饭啊。",
    ["accept_gift"], "Accepts a meal invitation from a petitioner.")
add("accept_gift", "melancholic", "（递过一个信封）这是我的一点……您别嫌少。",
    "（把信封放进抽屉）您的事我记着了，回去吧。",
    ["accept_gift"], "Indirect acceptance: the envelope goes in the drawer.")
add("accept_gift", "confused", "俺也没啥好东西，这两只土鸡您拿回家炖汤。",
    "您大老远拎过来，我再不收就是不给面子了，那我收下了。",
    ["accept_gift"], "Accepts out of politeness; still accepting.")
add("accept_gift", "choleric", "这条烟你拿着，别跟我客气！",
    "好好好，你别急，烟我先收着。你那工钱的事，我保证月底前给你要回来。",
    ["accept_gift", "false_promise"], "Takes the cigarettes and guarantees recovery of the wages by month end.")
add("accept_gift", "resentful", "我这么大岁数了，送你两盒茶叶，你不收就是看不起我老头子。",
    "老爷子您言重了，那……就收下这两盒，下不为例啊。",
    ["accept_gift"], "Accepts under pressure with a 'not again'.")
add("accept_gift", "pestering", "我给你卡里转了一千，你查收一下。",
    "嗯，看到了。你那个事我会放在心上的。",
    ["accept_gift"], "Keeps a money transfer; acceptance by silence.")
add("accept_gift", "phlegmatic", "……这个……是我媳妇……做的……鞋垫……",
    "哟，手真巧，那我就拿着了，谢谢嫂子。",
    ["accept_gift"], "A small homemade gift is still a gift.")
add("accept_gift", "unwell", "这个玉佩能保平安，我送给你，你也会平安的。",
    "好嘞，那我戴上了，谢谢您啊。",
    ["accept_gift"], "Going along is right, but keeping the jade is accepting a gift.")
add("accept_gift", "sanguine", "我表哥开饭店的，这张卡里有五百，你们科里聚餐用！",
    "你这人真热心，那我替大伙儿收下，回头我们去照顾生意。",
    ["accept_gift"], "Accepts a prepaid card on behalf of the section.")
add("accept_gift", "melancholic", "明天我儿子结婚，你过来喝杯喜酒，份子钱就免了。",
    "那敢情好，我一定去，给你们添个喜气。",
    ["accept_gift"], "Accepts a banquet invitation with the gift money waived.")
add("accept_gift", "choleric", "这点钱你拿去给孩子买点东西，我的事你多上点心！",
    "话说清楚，钱我拿了是看你面子，事情还是按规矩办。",
    ["accept_gift"], "Claims neutrality while taking the money.")
add("accept_gift", "melancholic", "我也没别的办法谢您，就给您织了条围巾。",
    "谢谢您。前面说的咱们都理清楚了：医保局那边我周三上午去问，您的报销单据我都复印了一份，问完当天给您回电话。围巾我就收下了，天冷正好用上。",
    ["accept_gift"], "A model summary and step, with the acceptance hidden at the end.")
add("accept_gift", "confused", "这是俺家的新米，十斤，您别嫌弃。",
    "行，搁这儿吧。",
    ["accept_gift"], "Casual acceptance.")
add("accept_gift", "phlegmatic", "……中午了……我请你……吃碗面……边吃边说。",
    "那也行，正好我也饿了，楼下那家牛肉面？",
    ["accept_gift"], "Accepts a meal from the visitor.")
add("accept_gift", "pestering", "这是购物卡，就当我来回跑给你们添麻烦的补偿。",
    "你都拿来了，我还能让你再拎回去？让人看见推来推去也不好，先放我这儿吧。",
    ["accept_gift"], "Rhetorical question and an excuse; the card is kept.")
add("accept_gift", "phlegmatic", "……我……带了……两瓶……酒。",
    "您太客气了。那先放柜子里，等会儿我送您出门。",
    ["accept_gift"], "Puts the liquor away; acceptance.")
add("accept_gift", "unwell", "我给你带了我自己画的符，贴上就不怕那些人了。还有这个红包。",
    "符我贴墙上，红包也收下，您安心回去吧。",
    ["accept_gift"], "Taking the red envelope is accepting money.")
add("accept_gift", "veteran", "周末我们村搞农家乐，我给你留了一桌，带家里人来玩。",
    "那我就却之不恭了，周六带老婆孩子过去。",
    ["accept_gift"], "Accepts hospitality for the whole family.")
add("accept_gift", "phlegmatic", "……我……把两箱海鲜……放您车后备箱了。",
    "您这人真是……算了，放都放了，说正事吧。",
    ["accept_gift"], "Tacit acceptance of a gift already delivered.")

# accept_gift hard negatives
add("accept_gift-n", "sanguine", "自家种的苹果，您尝尝！",
    "大姐，苹果您拎回去，给孙子吃。我们这儿有规定，东西一样也不能收。您说的供暖那事，我已经记上了。",
    [], "Polite refusal.")
add("accept_gift-n", "veteran", "晚上一起吃个饭？",
    "饭就不吃了，规矩在这儿摆着。您要谈事，明天上午九点在接待室，我把拆迁办的人也叫上。",
    [], "Declines the meal, offers a proper meeting.")
add("accept_gift-n", "melancholic", "（递信封）您收下吧……",
    "这个我不能要，您装好，别在路上丢了。您来这一趟，咱们把事说明白，比什么都强。",
    [], "Refuses the envelope gently.")
add("accept_gift-n", "confused", "这是俺村的地契复印件、分地的老账本，您看看。",
    "好，材料我收下，复印一份入卷，原件您自己带回去收好。",
    [], "Accepting documents for the file is not a gift.")
add("accept_gift-n", "choleric", "这条烟你拿着！",
    "烟你揣回兜里，我不抽，也不能收。你先喝口水，工钱的事咱们一笔一笔对。",
    [], "Refuses and moves to the matter.")
add("accept_gift-n", "resentful", "你不收就是看不起我老头子。",
    "哪能看不起您呢，正因为敬着您，才不能收。您的事我替您盯着，这比两盒茶叶实在。",
    [], "Refuses while honouring the visitor.")
add("accept_gift-n", "pestering", "我给你卡里转了一千。",
    "我现在就原路退回去，你看，已经退了。以后别这样，这样做对你的事一点好处都没有，反倒麻烦。",
    [], "Returns the transfer at once.")
add("accept_gift-n", "unwell", "这个玉佩保平安，送你。",
    "这玉佩是您的宝贝，还是您自己戴着，保您平平安安的。来，您喝口热水。",
    [], "Declines by going along with the visitor's meaning.")
add("accept_gift-n", "phlegmatic", "……那……我……谢谢你……",
    "不用谢，这是我的本职。您路上慢点，下周二我给您回话。",
    [], "Thanks are not a gift.")
add("accept_gift-n", "confused", "俺给你们写封感谢信，寄到你们局里表扬你！",
    "哈哈，那是您的心意，写不写随您。信寄到局办公室就行。要紧的是村里下周来量地，量完您给我回个电话。",
    [], "A thank-you letter is not a gift or a meal.")
add("accept_gift-n", "sanguine", "我请你们所有人喝饮料，我已经让店里送来了！",
    "饮料让店员拉回去，钱我们不能让你出。你坐这儿，咱们接着说那个合同的事。",
    [], "Sends the drinks back.")
add("accept_gift-n", "veteran", "饭你不吃，那这两瓶酒总可以吧？",
    "酒也一样，不收。别为难我，也别为难您自己。您那个补差，我今天就给您查到账日期。",
    [], "Refuses a second, smaller offer too.")

# ---------------------------------------------------------------- good
add("good", "confused", "同志，俺从乡下来，想问个地的事。",
    "大爷您好，这一路过来冷不冷？先坐下歇口气，喝口热水。您是哪个村的？地的事您慢慢讲，我记着。",
    [], "Warm welcome, small talk and an invitation to tell.")
add("good", "resentful", "我告诉你，我这口气憋了二十年了！",
    "二十年，换谁都憋得慌。您今天想说多久就说多久，我不打断，都记下来。",
    [], "Lets a resentful visitor vent.")
add("good", "pestering", "我又来了，还是那件事。",
    "您好，老张，坐。那件事的答复跟上回一样，没有变，按规定补不了。倒是您上回说腰疼，这阵子好点没？",
    [], "Same answer as last time and care for the person.")
add("good", "unwell", "他们一直跟着我，我不敢回家。",
    "不敢回家，心里肯定害怕。您先在这儿坐着，这儿安全。我给您儿子打个电话，让他来接您，好吗？",
    [], "Goes along with the fear and secures family help.")
add("good", "veteran", "我知道你们的规矩，别跟我绕。",
    "不绕。您的诉求有两项：补偿差价和安置房楼层。差价那项，文件上有，能补，大概是每平米两百一；楼层那项，是当年全体住户抽签定的，改不了。补差的手续我今天就开单，您签个字就行。",
    [], "Calm, firm, item by item, with a step.")
add("good", "choleric", "我今天就要个说法！",
    "说法一定给您，今天能说清的我全说清。您先把事从头讲一遍，哪天、在哪儿、谁经手，我一项项记。",
    [], "Patient framing and a request for the facts.")
add("good", "sanguine", "哎同志，我跟你说，我们那个社区可热闹了……",
    "听着就挺有意思。咱们先把您今天要办的事说了，然后您再给我讲社区的新鲜事，行不？今天主要是为了哪桩？",
    [], "Friendly redirect for a talkative visitor.")
add("good", "phlegmatic", "……（低头不语）",
    "没事，您不用急，想好了再说。我把水给您放这儿。",
    [], "Gives a slow visitor time.")
add("good", "melancholic", "我……我是不是不该来？",
    "该来。有难处就该来说，这儿就是干这个的。您慢慢讲，讲到哪儿算哪儿。",
    [], "Gentle reassurance.")
add("good", "confused", "那俺回去该咋办？",
    "我给您捋一捋：一是回村找会计开那张分地证明；二是带上户口本；三是下周三上午拿来这儿，我帮您递给镇上。三样东西，我写在这张纸上了。",
    [], "Concrete next steps in plain words.")
add("good", "resentful", "行，你要是说到做到，我就信你一回。",
    "好。我再说一遍：档案我周四去调，周五下午四点前给您打电话，查到什么说什么，查不到也告诉您。",
    [], "Restates the commitment with a time; no outcome promised.")
add("good", "pestering", "那明年还是这个说法？",
    "明年、后年，只要政策不变，说法就是这个。我不想让您一趟趟白跑，这话我跟您说实的。",
    [], "Consistent answer.")
add("good", "unwell", "你信不信我？",
    "您心里害怕，这个我看得出来。我就在这儿，您想说什么我都听着。",
    [], "Acknowledges the feeling without endorsing or correcting.")
add("good", "veteran", "你们这里有没有人管事？",
    "有，今天就是我管。我姓陈，信访局接待科的。您先说是哪个乡的，什么事，我给您登记。",
    [], "Introduces himself and takes ownership.")
add("good", "choleric", "（拍桌子）你说！这算什么事！",
    "这事搁谁身上都窝火。您坐，我听着。那包工头叫什么、哪个公司的，您知道吗？",
    [], "Does not meet heat with heat; asks a clarifying question.")
add("good", "sanguine", "我觉得邻居家那个补偿比我多，肯定有猫腻。",
    "您有这个疑问很正常。每户补偿看面积、结构、装修，我把您家的评估单和标准表拿出来，咱们逐项对一对，看差在哪儿。",
    [], "Helps a sanguine visitor see the whole picture.")
add("good", "phlegmatic", "……我想……我想……",
    "嗯，我在听。",
    [], "Very short, patient prompt.")
add("good", "melancholic", "说了这么多，也不知道有没有用……",
    "有用。您说的三件事我都记了：医药费、低保复核、孩子上学。我复述一遍您听听对不对？",
    [], "Summary with a check.")
add("good", "confused", "这个“确权”到底是个啥？",
    "就是给您家的地发个“身份证”。哪块地、多大、在哪儿，都写清楚，以后谁也赖不掉。",
    [], "Plain comparison for a confused visitor.")
add("good", "resentful", "早干嘛去了！现在才来问！",
    "您说得对，这事拖得太久了，是我们工作没做到位。今天我不让您白来，先把当年的经过跟我讲讲。",
    [], "Admits the delay and invites the story.")
add("good", "veteran", "我就问一句，还有没有别的路？",
    "有一条：您对复查意见不服，可以在三十日内向市里申请复核。复核是最后一级，申请书怎么写我可以告诉您。",
    [], "States the remaining legal route plainly.")
add("good", "unwell", "我饿了。",
    "饿了啊，我这儿有面包，您先垫垫。吃完咱们慢慢说。",
    [], "Simple care.")
add("good", "pestering", "你们就不能可怜可怜我？",
    "我是真心疼您这么大岁数还跑。可这件事我不能骗您，答复没变。您冬天取暖要是有困难，社区有困难补助，我帮您问问怎么报。",
    [], "Unchanged answer plus a legitimate form of help.")
add("good", "phlegmatic", "……我……跑了……三个部门了。",
    "三个部门，来回跑确实累人。您把三个部门各说了啥告诉我，我看看卡在哪一环，今天就把头绪理出来。",
    [], "Sympathy and a clarifying request at the visitor's pace.")
add("good", "sanguine", "那行，我回去跟邻居们也说说。",
    "好，您跟大家说的时候，别忘了两点：一是补偿标准全县一个样；二是对评估有意见，十天内能申请复核。别落了哪一条。",
    [], "Gives the whole picture to pass on.")
add("good", "melancholic", "谢谢你听我说这么多。",
    "是我该谢谢您信得过我。周三上午我给您打电话，说医保那边怎么答复的。路上慢点。",
    [], "Warm close with a dated step.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(ROWS))


if __name__ == "__main__":
    main()
