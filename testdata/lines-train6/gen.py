#!/usr/bin/env python3
"""Hand-written training lines for single officer turns (lines-train6).

Every line below was written and labelled by hand. Running this file writes
lines.jsonl next to it. Groups: "<code>" for a positive of that code,
"<code>-n" for a hard negative of that code, "good" for an ordinary good line.
"""
import json
import os

ROWS = []
_COUNTERS = {}


def add(group, persona, visitor, text, codes, note):
    n = _COUNTERS.get(group, 0) + 1
    _COUNTERS[group] = n
    if group == "good":
        rid = "good-%02d" % n
    elif group.endswith("-n"):
        rid = "%s-n%02d" % (group[:-2], n)
    else:
        rid = "%s-%02d" % (group, n)
    ROWS.append({"id": rid, "persona": persona, "visitor": visitor,
                 "text": text, "codes": list(codes), "note": note})


# ---------------------------------------------------------------- rude
add("rude", "choleric", "你们这些当官的，一个个坐办公室喝茶，老百姓的死活谁管？",
    "你嗓门再大也没用，这儿不是你家炕头，要撒野出去撒。", ["rude"],
    "Scolds the visitor and tells him to go 'run wild' outside: contempt instead of calming.")
add("rude", "confused", "同志，这个表上写的“共有人”是啥意思？我看不懂。",
    "这都看不懂？上面字写得清清楚楚，你是念过书还是没念过？", ["rude"],
    "Mocks the visitor's schooling with a rhetorical question instead of explaining the word.")
add("rude", "resentful", "我一九七六年下放到农场，二十年的工龄说没就没了，我冤不冤？",
    "老人家，您这个事我听明白了，二十年工龄的认定我们去调档案查。不过您也这把年纪了，天天跑来哭哭啼啼的，丢人不丢人？", ["rude"],
    "Model start (restates, commits to check the file), then a mocking jab at the old man's tears at the end.")
add("rude", "pestering", "我又来了，今天你们不给我批那个房子我就不走。",
    "你来一百趟也是这个答复。你这种人我见多了，就是想讹公家的钱。", ["rude"],
    "The consistent answer is right, but labelling him a swindler ('讹公家的钱') is contempt.")
add("rude", "unwell", "我家墙里头有人装了窃听器，天天晚上嗡嗡嗡地响。",
    "又是窃听器？你这是疯病又犯了吧，回去吃药去。", ["rude", "confront"],
    "Mocks an unwell visitor as mad (rude) and dismisses the belief as illness, which corrects it (confront).")
add("rude", "veteran", "上回县里给老张两万他就不闹了，我闹得比他凶，凭啥不给我？",
    "你这号老上访户，脸皮比城墙还厚，闹出名堂来了是吧？按政策没有就是没有。", ["rude"],
    "The policy limit at the end is fine; the insult about his thick skin is labelling and contempt.")
add("rude", "sanguine", "哎呀同志，我就是来问问，顺便跟你谝一谝，我那个邻居啊……",
    "你到底有没有正事？没正事别在这儿磨嘴皮子，后面还排着人呢。", ["rude"],
    "Brushes off a chatty visitor with scorn instead of steering him to his matter.")
add("rude", "phlegmatic", "这个……我想想……我家那个地……",
    "你能不能痛快点？半天挤不出一句话来，我一天要接多少人你知道吗？", ["rude"],
    "Scolds a slow speaker for being slow; open impatience and contempt.")
add("rude", "melancholic", "（低头）我男人走了以后，我一个人也不知道该咋办……",
    "你早干啥去了？当初他在的时候手续不办好，现在来哭给谁看。", ["rude"],
    "Blames a grieving widow and mocks her crying; beyond soft blame, this is contempt.")
add("rude", "choleric", "再拖，我就把汽油桶拉到你们门口！",
    "你拉来试试，看我敢不敢把你铐走，吓唬谁呢。", ["rude"],
    "A counter-threat to scare him, met heat with heat; not a calm statement of the legal limit.")
add("rude", "resentful", "我的羊，村里的人拉走了，二十只，钱么一分没有给，我一直来，一直没有人管。",
    "你汉语都说不利索，还一趟一趟跑来告状，先把话学会再来。", ["rude"],
    "Mocks a second-language speaker's Mandarin and sends him away; contempt.")
add("rude", "veteran", "我告诉你，我北京都去过三回，你一个小科员算个啥？",
    "您去过几回北京，我这儿的答复都一样，补偿按协议走，还是那两万三。您要是不服，可以申请复核。就您这点能耐，也就会吓唬吓唬我们小科员。", ["rude"],
    "Firm, correct answer with the review route, then a sneer tacked on at the end.")
add("rude", "pestering", "你上个月不是说帮我问问吗？问了没有？",
    "问了，答复还是不能补，跟上个月一样。你说你一个大老爷们，天天赖在信访局，家里的地不种了？", ["rude"],
    "Same answer as last time is right; the mocking rhetorical question about loafing is rude.")
add("rude", "confused", "那个……医保和农合是不是一个东西？我老是弄混。",
    "跟你说了三遍了，还混？猪都该记住了。医保就是原来的农合合进来了，一回事。", ["rude"],
    "Compares the visitor to a pig before giving the (correct) answer.")
add("rude", "unwell", "（小声）他们派了人跟着我，从我家一直跟到你们门口。",
    "谁闲得没事跟着你？你有啥值钱的让人跟？别在这儿神神叨叨的。", ["rude", "confront"],
    "Ridicules an unwell visitor ('神神叨叨') and flatly disputes the belief that she is followed.")
add("rude", "sanguine", "我听人说这个补贴人人都有，我也该有一份吧，哈哈。",
    "听人说听人说，你咋不听驴说呢？政策是你听来的？", ["rude"],
    "Open mockery ('why not listen to a donkey'); no explanation of the subsidy.")
add("rude", "melancholic", "我是不是给你们添麻烦了……我也不想来的……",
    "知道添麻烦就少来两趟，我们也不是专门伺候你一个人的。", ["rude"],
    "Confirms a timid visitor's fear of being a burden and scolds her; contempt.")
add("rude", "phlegmatic", "（想了半天）嗯……就是……那个宅基地的边界……",
    "哎呀我替你说吧，就是跟邻居争那半米墙，对不对？磨磨唧唧的，听得人急死。", ["rude"],
    "Finishes a slow visitor's sentence and mocks him as dawdling.")
add("rude", "resentful", "我为了这个事跑了十年，腿都跑瘸了，到现在一句准话都没有！",
    "十年了，难为您了，这一趟我把您这十年的材料从头理一遍。可话说回来，谁让您当年不签字？自作自受，现在倒怪起公家来了。", ["rude"],
    "Warm opening and a real step, then '自作自受' at the end: not soft blame but scolding.")
add("rude", "veteran", "你今天不给个说法，我就躺在你们大厅不起来。",
    "躺吧，地上凉，躺出毛病来可别又来讹人。", ["rude"],
    "Sarcasm plus labelling him as someone who extorts.")
add("rude", "sanguine", "同志你看我这个情况，是不是可以走个后门啊，嘿嘿。",
    "走后门？你看我像是开后门的？人长得不咋样，想得倒挺美。", ["rude"],
    "Refusing the back door is right; mocking the visitor's looks is rude.")
add("rude", "pestering", "我还是那个事，我娃的工作，你们得给安排。",
    "安排工作这条路不通，上回说过，这回还是这个话。你娃二十好几的人了，自己不寻活干，尽指望公家养，跟个寄生虫一样。", ["rude"],
    "Consistent refusal, then calls the visitor's son a parasite: labelling.")
add("rude", "unwell", "（哼着歌）你们这儿的灯太亮了，晃得我脑袋疼。",
    "嫌亮就把眼睛闭上，别在这儿唱唱咧咧的，跟个二杆子一样。", ["rude"],
    "Calls an unwell visitor a fool (二杆子) and scolds her; no belief is corrected, so rude only.")
add("rude", "choleric", "我不跟你说，叫你们局长出来！",
    "局长是你想见就见的？你算老几？", ["rude"],
    "Two contemptuous rhetorical questions; no explanation of how to reach the director.")

# ---------------------------------------------------------------- rude hard negatives
add("rude-n", "resentful", "村主任当着全村人骂我“老赖”，说我是搅屎棍！",
    "他当众骂您“老赖”，这话搁谁身上都难受。他的态度问题我单独记一笔，转给乡纪委。您先说说，那天是为了啥吵起来的？", [],
    "Quotes someone else's insult to acknowledge it, routes the conduct complaint, asks a question. Not rude.")
add("rude-n", "choleric", "我今天就要把你们这破门砸了！",
    "砸门的话，派出所是要来人的，到时候事没说成，人先进去了，划不来。您这口气我看得出来憋了好久，咱们坐下，一件一件说。", [],
    "States the legal consequence calmly and turns to the matter; not a threat used to scare.")
add("rude-n", "pestering", "你就说能不能给我那套房子？",
    "不能。上回是这个话，这回还是这个话，下回也还是。您身体咋样？上回说膝盖疼，好点没有？", [],
    "Blunt, consistent no with care for the person. Firm is not rude.")
add("rude-n", "veteran", "你要不给我办，我就去省里、去北京。",
    "去省里、去北京是您的权利，我拦不着。不过我得跟您说实话，上面也是按这份协议办，答复不会变。", [],
    "Respectful firm limit; no contempt.")
add("rude-n", "confused", "我没念过书，你说的那些字我一个也不认得。",
    "不认得字不要紧，我念给您听，您听着不对就打断我。这张表一共就三栏，头一栏写您名字……", [],
    "Shares the literacy theme with a rude positive but responds with help.")
add("rude-n", "sanguine", "我们那儿人都说你们信访局是“踢皮球局”，哈哈！",
    "“踢皮球局”这名号我们也听过，不好听，可也说明以前有做得不到位的地方。您这个事今天我接了，就不往外踢，先说说是哪一块地？", [],
    "Repeats a mocking nickname to own the criticism; not mocking the visitor.")
add("rude-n", "melancholic", "（哭）我是不是太没用了……",
    "哭出来也好，憋着更难受。纸巾在这儿。一个人拉扯两个娃到今天，这得多大的劲。咱们慢慢来，低保那个表我陪您一起填。", [],
    "Mentions crying kindly (contrast with '哭给谁看'); comfort plus a step.")
add("rude-n", "phlegmatic", "我说话慢，你别嫌我烦。",
    "烦啥呀，您慢慢讲，我要是嫌烦就不坐这个位置了。刚才讲到分地那年，您家几口人？", [],
    "Uses the word 烦 to reassure a slow speaker; gives time and asks a question.")
add("rude-n", "unwell", "你们是不是也觉得我是疯子？",
    "我没这么想，您坐在这儿跟我说了半个钟头，条理清清楚楚的。今天您儿子来接您吗？我给他打个电话说一声。", [],
    "Reassures about the officer's own view, does not touch any belief, secures family help.")
add("rude-n", "choleric", "你少跟我打官腔！",
    "好，不打官腔，说大白话：您那个伤残等级，鉴定结论是九级，九级按标准一次性补助是这些钱，表在这儿，您自己看看算得对不对。", [],
    "Accepts the criticism and answers with plain facts.")
add("rude-n", "veteran", "老子在部队扛过枪，你们算个屁！",
    "扛过枪的人，国家是记着的，优抚那一块该有的都有。您今天火气大，我理解，但话咱们好好说，不带脏字，行不行？", [],
    "Mild, respectful request to stop swearing after letting him vent; not scolding.")
add("rude-n", "resentful", "你们当年说我是坏分子，把我开除了，我这一辈子就毁了。",
    "“坏分子”这顶帽子，当年扣在很多人头上，您受的委屈我信。落实政策那几批文件里有没有您这一类，我帮您查，查到了就照文件办。", [],
    "Quotes the old label to sympathise, not to label him.")
add("rude-n", "sanguine", "同志你说话真直，我喜欢！",
    "我们西北人说话就这样，直来直去。那我也直说：您这个补贴，按年龄还差两岁，今年领不上，后年满六十就能办。", [],
    "Blunt regional style that is still correct and respectful.")
add("rude-n", "pestering", "你们就是嫌我烦，想把我打发走。",
    "不是嫌您烦，是这个答复确实变不了。您来我照样接，水照样给您倒，可房子的事我不能给您留念想。", [],
    "Plain words about a fixed answer, with care; not contempt.")
add("rude-n", "melancholic", "别人都说我傻，让人骗了钱。",
    "骗子专挑心善的人下手，这不叫傻。被骗的这三万块属于诈骗，得去派出所报案，城关派出所就在前面十字路口，我给您写个条子带上。", [],
    "Quotes the word 傻 only to reject it kindly; gives the owner and a note.")
add("rude-n", "confused", "我汉语不好，慢慢说，可以吗？",
    "可以可以，我也慢慢说。听不懂的地方，您就摇头，我换个说法。要是需要，隔壁办公室有会哈萨克语的同事，我请她过来。", [],
    "Language theme as in a rude positive, handled with respect and an interpreter.")

# ---------------------------------------------------------------- false_promise
add("false_promise", "pestering", "我这个房子的事，你就给我句痛快话，到底能不能给？",
    "行，这回你别跑了，我跟领导说说，下个月给你个满意的结果。", ["false_promise"],
    "Promises a satisfying result on a demand already refused; feeds the pestering visitor.")
add("false_promise", "resentful", "我的工龄认定，拖了八年了！",
    "八年，真是太难为您了。您把档案复印件留下，我先看看。您放心，这次我亲自盯着，年底前肯定给您认下来。", ["false_promise"],
    "Good listening, then guarantees the recognition outcome and a date the office cannot decide.")
add("false_promise", "confused", "我儿子户口在外地，能不能在我们村分一块地？",
    "这个嘛，按规定是不行的，不过我看你家也挺难，回头我给村上说说，多少给你们匀一点出来。", ["false_promise"],
    "States the rule, then half-promises land beyond it.")
add("false_promise", "veteran", "别人拆迁都拿了三套，我凭啥只给两套？",
    "您这个情况我记下了，协议是两套。但您别急，我私下跟拆迁办那边商量商量，看能不能再挤出一套来。", ["false_promise"],
    "Half-promise of an extra flat outside the agreement.")
add("false_promise", "melancholic", "我男人工伤死的，厂里只给了五万……我是不是就只能这样了……",
    "不会的不会的，您别难过，这事我给您做主，怎么也得让厂里再拿出二十万来。", ["false_promise"],
    "Promises a sum the office has no power to set.")
add("false_promise", "choleric", "那个包工头跑了，我们十几个人的工钱咋办？",
    "工钱的事我给大家打个底：年前钱一定到你们手上，我说的，跑不了。", ["false_promise"],
    "Guarantees payment by a date while the contractor has fled; beyond authority.")
add("false_promise", "unwell", "他们偷了我的金矿，你们要给我找回来。",
    "好，阿姨您放心，金矿我们一定帮您追回来，一块金子都不会少。", ["false_promise"],
    "Going along turned into promising an outcome; not a correction, so not confront.")
add("false_promise", "sanguine", "同志你人真好，那我这个低保今年肯定能批吧？",
    "您这条件，我看问题不大，放心回家，批下来我第一个告诉您。", ["false_promise"],
    "'问题不大' on an unchecked application that another office approves: a half-promise.")
add("false_promise", "phlegmatic", "……那……我的赔偿……能有多少？",
    "您别担心，我估摸着至少能拿个十来万，比您想的多。", ["false_promise"],
    "Names an expected payout with no basis.")
add("false_promise", "pestering", "我就要那个林地补偿，别的不要。",
    "林地补偿这个政策是卡死了的，你家那块不在范围里。不过你也别灰心，过两年政策一松，指不定就把你家划进去了，到时候我头一个通知你。", ["false_promise"],
    "Correct no, then a hint that it may change later: the half-promise a pestering visitor feeds on.")
add("false_promise", "veteran", "我那个复查，你给我说句准话，能不能翻过来？",
    "复查的程序我给您走，材料我看了，翻过来我看有七八成把握，您等着好消息吧。", ["false_promise"],
    "Commits to the procedure (fine) but forecasts a favourable result.")
add("false_promise", "confused", "我听不懂……反正就是，我的养老金，能不能多一点？",
    "能能能，多一点没问题，我给您记上了。", ["false_promise"],
    "Cheerful yes to a raise nobody here can grant.")
add("false_promise", "resentful", "当年我的地被占了修路，补偿款让村里截了一半！",
    "截留补偿款是大问题，这个我马上转乡纪委查。您留个电话，查清楚了那一半连本带利都能退给您，利息我也让他们算上。", ["false_promise"],
    "Referral is right; promising principal plus interest is beyond authority.")
add("false_promise", "melancholic", "孩子的学校离家太远了，能不能转到镇上？",
    "转学得看镇小学有没有学位，这个归教育局统筹。不过您这么难，我私下找找人，转过去应该没啥问题。", ["false_promise"],
    "Explains the rule, then undercuts it with a private-connection half-promise at the end.")
add("false_promise", "sanguine", "我想开个小卖部，听说政府有补贴，能给我批多少？",
    "创业补贴是有的，人社局在管。您这么能干，我看最高档那个五万块，准是您的。", ["false_promise"],
    "Names the owner, then promises the top grant.")
add("false_promise", "unwell", "我的儿子被他们关起来了，你们什么时候放他出来？",
    "明天，明天就放他回来，您今晚回去睡个好觉。", ["false_promise"],
    "Soothing but promises a concrete outcome.")
add("false_promise", "phlegmatic", "……我想问……这个宅基地证……今年能不能办下来……",
    "能办下来，您就安安心心回去，到时候来领就行了。", ["false_promise"],
    "Unchecked yes on a certificate another bureau issues.")
add("false_promise", "pestering", "你就不能帮我想想办法？",
    "办法嘛，我这边试试看，也许能行，你别急，下礼拜再来听信儿。", ["false_promise"],
    "'也许能行' to a demand with no basis invites another visit: half-promise.")
add("false_promise", "resentful", "我在煤矿干了十五年，落了一身病，矿上一推六二五。",
    "十五年落一身病，这苦我听着都心疼。职业病鉴定我让卫健委的同志给您安排。您放心，只要鉴定一出来，矿上那边我去压，赔多少咱们说了算。", ["false_promise"],
    "Sympathy and a real step, then claims power to dictate the compensation.")
add("false_promise", "choleric", "你们上次说一个月，现在都三个月了！",
    "是我们拖了，这个我认。这回我拍胸脯，十天，十天之内钱要是不到，您来找我。", ["false_promise"],
    "Owning the delay is good; guaranteeing the money within ten days is an outcome promise.")
add("false_promise", "veteran", "那个处分撤了没有？你们说要给我平反的。",
    "平反这事我给您透个底，领导已经点头了，就差走个手续，稳稳当当的。", ["false_promise"],
    "Claims a decision has been made and the result is certain.")
add("false_promise", "sanguine", "我这个事要是办成了，我请你喝酒哈！",
    "喝酒就免了。您这事我看能成，回去等好消息。", ["false_promise"],
    "Declines the drink correctly, but predicts success.")
add("false_promise", "melancholic", "我……我怕我这个病治不起……",
    "别怕，大病救助我帮您申请，医药费政府全包了，您一分钱都不用出。", ["false_promise"],
    "Applying for relief is right; 'the state pays everything' overstates the policy.")
add("false_promise", "confused", "这个残疾证办下来，是不是每个月都有钱？",
    "有，每个月都有，办下来就有。", ["false_promise"],
    "Monthly allowances depend on grade and hardship; an unconditional yes promises beyond policy.")

# ---------------------------------------------------------------- false_promise hard negatives
add("false_promise-n", "pestering", "你就给我句准话，行还是不行？",
    "准话就是不行。您那块地不在征收红线里，这个我改不了，谁来也改不了。您要是家里困难，临时救助可以申请，我把表给您。", [],
    "Clear no plus a real alternative with a policy basis.")
add("false_promise-n", "resentful", "这回能不能给我办成？",
    "能不能办成，我现在不敢跟您夸口。我能做到的是：今天把您的材料转到人社局，十五个工作日内他们要给您书面答复，到时候我打电话问进度。", [],
    "Hedge on the outcome, commitment to act with a date.")
add("false_promise-n", "melancholic", "那些钱……还能要回来吗……",
    "该是您家的补偿，按规定一分不差都得给您。现在卡在哪一步，我今天下午就问镇上。", [],
    "Promise conditioned on existing entitlement plus an action.")
add("false_promise-n", "choleric", "你现在就给我个日子！",
    "日子我给您：这礼拜五之前，我把镇上、水务站两家叫到一块儿，当面把这个账对清楚。对完结果是啥，我跟您说啥，不藏着。", [],
    "A date for an action, not for an outcome.")
add("false_promise-n", "veteran", "你敢不敢保证我这次能拿到钱？",
    "“保证”这两个字我不说。您的复核申请材料齐全，我给您登记，按程序六十天内出结论，结论出来是啥就是啥。", [],
    "Negation of a guarantee, procedure and deadline only.")
add("false_promise-n", "confused", "我这个情况，是不是也能领那个高龄补贴？",
    "您今年七十八，我们这儿八十岁起发，还差两年。到了八十，拿着身份证到社区就能办，到时候是能领的。", [],
    "A yes tied to an entitlement the visitor will meet; factual.")
add("false_promise-n", "unwell", "你会帮我把那些坏人赶走吧？",
    "您害怕，我看出来了。今天我先给您社区的马主任打个电话，让她晚上过去看看您，门窗也帮您检查一下。", [],
    "Acknowledges fear, commits to a concrete action, neither promises nor corrects.")
add("false_promise-n", "sanguine", "那我这个事就包你身上了啊！",
    "不能全包我身上，我就是个接待的，批不批是人社局定。我能做的，是把您的材料递过去，催着他们按时回话。", [],
    "Rejects the 'it's on you' framing; states who decides.")
add("false_promise-n", "phlegmatic", "……那……有希望吗……",
    "有没有希望，得看鉴定结果，我现在不好乱说。鉴定的事我今天给您约上，约好了告诉您时间。", [],
    "Hedge plus an action.")
add("false_promise-n", "pestering", "上回那个同志说帮我问问，是不是有门了？",
    "他问过了，答复没变，还是不符合。我知道您盼着这个，可我不能跟您说有门，说了是害您又跑冤枉路。", [],
    "Explicitly refuses to give a hint of hope.")
add("false_promise-n", "resentful", "我那一半补偿款，能拿回来吗？",
    "如果纪委查实是村里截留了，按规定是要退还给您的。查不查得实，我现在不替他们下结论，我能做的是今天就把线索转过去。", [],
    "Conditioned on verification; no interest or sum promised (contrast false_promise-13).")
add("false_promise-n", "choleric", "工钱到底啥时候能给？！",
    "我没法替老板定日子，但人社局劳动监察大队是管欠薪的，我现在就给他们打电话，让他们今天来人跟你们核人数、核金额。", [],
    "No date for the payment, an immediate call to the owner instead.")
add("false_promise-n", "melancholic", "孩子转学的事，能帮帮我吗？",
    "转学这块，我能帮的是把您的情况写清楚，转给教育局学位办，他们按学位空缺排。能不能排上，我不敢替他们说，但会帮您问结果。", [],
    "Hedge plus referral; contrast with false_promise-14.")
add("false_promise-n", "sanguine", "我就知道你们好说话！那我明年肯定能拿吧？",
    "明年能不能拿，看您家明年收入是不是还在线下，年审的时候算一算就知道了。现在跟您说肯定，那是瞎说。", [],
    "Refuses to say 'certainly'; explains the condition.")
add("false_promise-n", "confused", "那我签了这个字，是不是就啥都有了？",
    "签了字是申请开始了，不是钱到手了。后面还要审核、公示，一般两个来月，审核过了才有。中间我给您打电话说到哪一步了。", [],
    "Tells the visitor what signing does not bring; no promise.")
add("false_promise-n", "unwell", "你答应我，明天他们就不会再来了。",
    "我答应您的是：今天就跟您女儿说一声，让她这几天住过来陪您；社区网格员明天上门看看您。您这几天睡得好吗？", [],
    "Uses '答应' for actions only; does not promise the feared people will stop nor deny them.")

# ---------------------------------------------------------------- buck_passing
add("buck_passing", "confused", "我这个地的事该找谁呢？",
    "这个我们这儿管不了，你去别处问问吧。", ["buck_passing"],
    "Refuses without naming who owns land-contract disputes.")
add("buck_passing", "pestering", "我跑了八个地方了，每个地方都让我找别人！",
    "那我也没办法，我们这儿也不管这个，你再去找找吧。", ["buck_passing"],
    "Adds a ninth push-away with no owner named.")
add("buck_passing", "pestering", "你们不管，那我找谁去？",
    "你爱找谁找谁，反正我们这儿是没办法了。", ["buck_passing"],
    "Pushes the visitor away; no owner, no closing answer.")
add("buck_passing", "melancholic", "我不知道该去哪个部门……",
    "部门多了，您挨个问问，总有一个管的。", ["buck_passing"],
    "Shrugging advice to try every office.")
add("buck_passing", "unwell", "他们往我家水里下毒，你们管不管？",
    "这个我们管不了，你回去吧。", ["buck_passing"],
    "Sends an unwell visitor away with no owner and no family or community help; does not correct, so no confront.")
add("buck_passing", "veteran", "这事县里推市里，市里推县里，你们说咋办？",
    "咋办？你自己掂量着办吧，我们这儿该说的都说了。", ["buck_passing"],
    "Rhetorical shrug; leaves the visitor to sort it out himself.")
add("buck_passing", "sanguine", "同志，我这个营业执照的问题，你们能帮忙看看不？",
    "营业执照啊？那不是我们这儿的事，外面打听打听就知道了。", ["buck_passing"],
    "Says it is not ours but names no office.")
add("buck_passing", "phlegmatic", "……那……我下一步……该咋办……",
    "下一步啊，那得你自己拿主意了，这种事我们也不好讲。", ["buck_passing"],
    "Asked for the next step, gives none and names no owner.")
add("buck_passing", "confused", "我的医保卡，用不了了，为什么？",
    "卡的事我们这儿弄不了，你到外面问问别人。", ["buck_passing"],
    "No owner, no window, no address.")
add("buck_passing", "resentful", "当年开除我的那个厂子都倒闭了，现在谁给我说理？",
    "厂子都没了，那就没人管了，这事也只能这样了。", ["buck_passing"],
    "Declares the matter ownerless, which it is not (archives and the labour bureau).")
add("buck_passing", "choleric", "物业把我家水停了三天了！",
    "物业的事找物业去，我们又不是物业。", ["buck_passing"],
    "Sends the complainant back to the party he complains about; the owning regulator is not named.")
add("buck_passing", "pestering", "那你给我指条路。",
    "路我指不了，你路子比我广，你自己琢磨去吧。", ["buck_passing"],
    "Refuses to point to any route, review or office.")
add("buck_passing", "melancholic", "我婆婆的养老金被人冒领了……我该报案还是来这儿……",
    "这个……不好讲，你看着办吧，反正我们这边处理不了。", ["buck_passing"],
    "Shrugging answer to 'who owns this'.")
add("buck_passing", "veteran", "你们信访局就是个传话筒，有啥用？",
    "对，我们就是登记，登完了往下转，转到哪儿、管不管，那是下面的事，跟我没关系。", ["buck_passing"],
    "Disowns follow-up and names no receiving office.")
add("buck_passing", "sanguine", "那我是去区里还是去市里？哈哈我都转晕了。",
    "区里市里都行吧，哪边开门你去哪边。", ["buck_passing"],
    "A shrugging guess when asked who owns it.")
add("buck_passing", "unwell", "我要找公安局长，有人要害我。",
    "害你的事我们这儿不管，出门左拐，随便找个地方问问。", ["buck_passing"],
    "Pushes an unwell visitor out the door with no owner and no help.")
add("buck_passing", "phlegmatic", "……我这个……是不是……得找法院……",
    "可能吧，也可能不是，你多跑几家看看。", ["buck_passing"],
    "Guesswork instead of naming the owner.")
add("buck_passing", "confused", "那个补贴到底归谁发？",
    "谁发的我哪知道，反正不是我们发。", ["buck_passing"],
    "Rhetorical disowning; no owner.")
add("buck_passing", "phlegmatic", "……我……今天……坐了三个钟头的班车……来的……",
    "大老远跑来辛苦了，喝口水。您说的这个退休金核算，我们这儿看不了账，您回去找找看谁能给您算吧。", ["buck_passing"],
    "Warm welcome, then the matter is pushed back at the end without an owner.")
add("buck_passing", "choleric", "我的棉花款，轧花厂扣了我一万多，你们不管谁管？！",
    "先别急，单子给我看看……嗯，这个扣款我看明白了，是按衣分扣的。不过这是你们买卖双方的事，你们自己协商去，我们插不上手。", ["buck_passing"],
    "Reads the slip and explains, then drops the matter on the visitor without naming the regulator.")
add("buck_passing", "pestering", "你们都不给办，那我到底该去哪儿？",
    "该去的地方你都去过了，我也给你指不出新地方，你自己看着办。", ["buck_passing"],
    "No clear close and no review route; leaves him to it.")
add("buck_passing", "melancholic", "是不是……又要我去别的地方跑……",
    "是啊，这个不是我们的事，你还得再跑跑，多问几个窗口总能问着。", ["buck_passing"],
    "Confirms more running with no window named.")
add("buck_passing", "sanguine", "这事是不是该社区管？还是街道？",
    "哎，社区街道都差不多，你都去试试，哪个收就是哪个的。", ["buck_passing"],
    "Shrugging guess between two offices.")
add("buck_passing", "veteran", "你就直说，这事你们管不管？",
    "不管，也管不了，你爱上哪告上哪告。", ["buck_passing"],
    "Flat refusal with no owner and no route.")

# ---------------------------------------------------------------- buck_passing hard negatives
add("buck_passing-n", "confused", "我这个地的事该找谁呢？",
    "土地承包的纠纷归乡上的农经站管，就在乡政府院子东边那排平房，周一到周五上午都有人。我给您写个条子，您拿着去找王站长。", [],
    "Names the owner with place, hours and a note.")
add("buck_passing-n", "choleric", "物业把我家水停了三天了！",
    "三天没水可不行，大热天的。物业归街道和住建局物业科管，我现在先给社区的刘书记打电话，让她今天去物业那儿问；要是明天还没水，您拿着这张单子去住建局三楼物业科，他们管处罚。", [],
    "Owner named, a call now, and a fallback office with floor.")
add("buck_passing-n", "veteran", "法院判了，我不服，你们给我改判！",
    "判决我们改不了，谁也改不了，只能走法律程序。您可以在六个月内向中院申请再审，或者找检察院申请监督。法律援助中心在司法局一楼，不收钱，您可以先去问问。", [],
    "A refusal with the legal owners and free help named.")
add("buck_passing-n", "resentful", "当年开除我的那个厂子都倒闭了，现在谁给我说理？",
    "厂子倒了，档案没丢，一般在县人社局档案室存着。您这个是要复查当年的处理决定，归人社局劳动关系股，我帮您把材料复印一份，附上转办单转过去，您就不用自己再跑了。", [],
    "Owner named and the transfer done for him.")
add("buck_passing-n", "pestering", "你们不给办，我去找市长！",
    "市长接待日是有的，每月十五号在市信访局，您可以去。我先跟您说清楚，那边看的还是这份材料，答复跟我们一样。", [],
    "Points to the real channel and is honest about the likely answer.")
add("buck_passing-n", "sanguine", "同志，我这个营业执照的问题，你们能帮忙看看不？",
    "营业执照是市场监管局办的，政务大厅二楼七号窗口，工作日九点到五点。您说的被退回的那个原因，我帮您打电话问一下是缺啥材料。", [],
    "Owner, window, hours and a call.")
add("buck_passing-n", "unwell", "他们往我家水里下毒，你们管不管？",
    "您这么担心，一定吓得不轻。我先给您社区打个电话，让网格员小马陪您回家，水的事让她帮您看看，再叫您女儿回来陪几天。您女儿电话多少？", [],
    "Does not push away; secures community and family help without correcting the belief.")
add("buck_passing-n", "melancholic", "我婆婆的养老金被人冒领了……我该报案还是来这儿……",
    "两边都可以，冒领是违法的。最快的是去社保局稽核科，他们能查是谁领走的；要追究的话再去派出所报案。您要是不方便，我现在就给稽核科打电话，把您婆婆的名字报过去。", [],
    "Clear owners in order, plus a call.")
add("buck_passing-n", "phlegmatic", "……我这个……是不是……得找法院……",
    "您说的是工钱的事，这个不用先找法院，先找劳动监察，在人社局一楼，门口挂牌子。他们调不成，再去劳动仲裁，仲裁不服才是法院。您看我说快了没有？", [],
    "Sequence of owners, checks the pace with a slow visitor.")
add("buck_passing-n", "choleric", "你们到底谁管这个事？",
    "管这个的是县住建局的质量监督站。我知道您被推来推去烦透了，所以这回不光告诉您地方：监督站的张站长我现在就打电话，您在这儿听着我说。", [],
    "Owner named and contacted on the spot.")
add("buck_passing-n", "veteran", "你就直说，这事你们管不管？",
    "直说：您要的额外补偿，我们不管，谁也不会给，因为协议已经履行完了。您要是觉得协议本身有问题，那是民事纠纷，归法院，不归信访。", [],
    "'不管' as a firm close with the right forum named.")
add("buck_passing-n", "confused", "我的医保卡，用不了了，为什么？",
    "卡用不了，多半是今年的钱没交上。您到乡上便民服务大厅，医保窗口，带上身份证，他们一查就知道。您不会写字的话，让窗口的阿依古丽帮您填。", [],
    "Likely cause, window and what to bring.")
add("buck_passing-n", "resentful", "我跑了八个地方了，每个地方都让我找别人！",
    "八个地方，换谁都窝火。这回不让您再跑了：您这事的主管是县自然资源局，我这边开转办单，他们十五天内要给答复，答复直接寄到您家。", [],
    "Owner named and the office does the transfer.")
add("buck_passing-n", "phlegmatic", "……这事……该社区管……还是街道……",
    "先找社区，社区有调解委员会，邻里纠纷他们管；社区调不下来，再往街道司法所去。社区就在您家楼下，周六上午也有人值班。", [],
    "Order of owners with hours.")
add("buck_passing-n", "pestering", "那你给我指条路。",
    "路就两条，我说得实在一点：一条是您这个要求没有政策，我们这儿的答复是最终的；另一条，您要是不服这个答复，三十天内可以向市信访局申请复查，地址在人民路十八号。", [],
    "Clear close plus the review route with an address.")
add("buck_passing-n", "unwell", "我要找公安局长，有人要害我。",
    "您觉得有人要害您，心里肯定慌得很。您先在这儿坐着喝口热茶，我叫我们这儿的民警老马过来陪您说说话，再给您家里人打个电话，好不好？", [],
    "Keeps the visitor, brings help; no correction, no push-away.")

# ---------------------------------------------------------------- confront
add("confront", "unwell", "我脑子里有个芯片，是他们趁我睡觉时装的。",
    "阿姨，人脑子里是装不进芯片的，这个是您想多了。", ["confront"],
    "Polite, but corrects an unwell visitor's belief.")
add("confront", "unwell", "电视里的主持人天天在说我的事。",
    "那是播新闻，跟您没关系，您别往自己身上套。", ["confront"],
    "Tells an unwell visitor the belief is false.")
add("confront", "unwell", "隔壁那家人在墙上打洞偷看我。",
    "我们派人去看过了，墙好好的，一个洞都没有。您是不是睡得不好，看花眼了？", ["confront"],
    "Uses evidence to refute an unwell visitor's belief; coded whatever the politeness.")
add("confront", "resentful", "当年他们就是故意整我，全村人都知道！",
    "故意整你？没有的事，当年那个处理是按文件来的，谁也没针对你。", ["confront"],
    "Sharp flat denial of the visitor's account before hearing it.")
add("confront", "choleric", "你们就是收了开发商的钱，才不管我们！",
    "收钱？这话可说不过去，我们这儿没人收过开发商一分钱，你这是瞎猜。", ["confront"],
    "Argues back against the accusation ('瞎猜') instead of routing it.")
add("confront", "veteran", "上回那个副局长亲口答应我给二十万的！",
    "不可能，副局长从来没说过这话，你别编了。", ["confront"],
    "Sharply contradicts the account and calls it made up.")
add("confront", "sanguine", "我看网上说这个补贴人人都有一万块！",
    "网上说的你也信？那都是胡扯，哪来的一万块。", ["confront"],
    "Dismissive contradiction instead of explaining the real standard.")
add("confront", "melancholic", "我觉得……大家都看不起我……",
    "哪有人看不起你，是你自己想太多了。", ["confront"],
    "Brushes off a withdrawn visitor's perception as her own fault.")
add("confront", "pestering", "上回那个小王明明说了能办的！",
    "小王不会说这话，我问过他了，他说的是不能办。是你听岔了，别老拿这个说事。", ["confront"],
    "Argues with the visitor's memory and tells him to drop it.")
add("confront", "phlegmatic", "……我记得……那块地……是十二亩……",
    "不对，十亩，账上写的十亩，你记错了。", ["confront"],
    "Cuts in with a flat '不对…你记错了' rather than exploring the gap.")
add("confront", "confused", "我以为这个地是我爷爷的，就一直是我们家的。",
    "你这个想法就是错的，土地是集体的，不是你爷爷的。", ["confront"],
    "Sharp correction of a confused visitor's belief with no example or softening.")
add("confront", "unwell", "我是省长的亲妹妹，你们得给我面子。",
    "大姐，这个话出去可别跟人说了，省长家里是啥人，报纸上都有，没有您。", ["confront"],
    "Corrects an unwell visitor's belief about her identity.")
add("confront", "choleric", "你们就是故意拖着，想把我们拖死！",
    "谁想拖死你了？你这是把人往坏里想，我们一天忙到晚，没你说的那么黑。", ["confront"],
    "Argues against the visitor's perception; defends the office.")
add("confront", "resentful", "那年分地，队长把好地全分给他亲戚了，我家分的全是沙窝窝。",
    "沙窝窝的地，分到谁家谁都心里不舒坦。您说的这个我记下了，分地那年的底册乡上应该还在。不过老队长那个人我知道，不会干这种事，您这是冤枉人家。", ["confront"],
    "Good listening and a check of the records, then sides against the visitor's account at the end.")
add("confront", "sanguine", "我家那个棚子根本不算违建，那是我们自家的院子！",
    "自家院子也得有规划许可，没有许可就是违建，这一点没啥好争的，你再说也没用。", ["confront"],
    "The rule is stated, but the visitor is shut down ('再说也没用') rather than helped to see it.")
add("confront", "veteran", "我当年是参加过自卫反击战的，你们查去！",
    "查过了，你的档案里没有参战记录，别再拿这个说了。", ["confront"],
    "Flat contradiction with no way to bring other proof.")
add("confront", "unwell", "我已经死过一回了，现在是活过来的。",
    "您这不是好好的嘛，哪有死过一回的道理，别瞎想了。", ["confront"],
    "Corrects an unwell visitor's belief.")
add("confront", "pestering", "你们就是看我是外地人欺负我！",
    "这跟外地本地一点关系没有，你老拿这个说事，是在给自己找借口。", ["confront"],
    "Argues with the perception and attributes a motive.")
add("confront", "melancholic", "他们说我家孩子是自己摔的，我不信，肯定是老师推的……",
    "学校的监控我们调过了，就是孩子自己跑的时候绊倒的，你就别再往老师身上赖了。", ["confront"],
    "Evidence delivered as a rebuke to a worried mother.")
add("confront", "phlegmatic", "……我那个……补贴……好像……从来没收到过……",
    "怎么可能没收到，系统里显示每个月都打到你卡上了，你回去好好看看存折。", ["confront"],
    "'怎么可能' dismisses the account instead of checking which card.")
add("confront", "confused", "我听说，汉族的老人有补贴，我们少数民族没有，是不是？",
    "谁跟你说的？瞎说，根本不分民族，你别听外面那些乱七八糟的。", ["confront"],
    "The fact is right, but it is delivered as a sharp put-down of the belief.")
add("confront", "unwell", "我家里的狗会说话，它告诉我村长贪污了。",
    "大叔，狗是不会说话的。村长贪没贪污，咱得看账，不能听狗的。", ["confront"],
    "Gently worded but corrects an unwell visitor's belief.")
add("confront", "choleric", "我在这儿站了两个小时了，没一个人理我！",
    "两个小时？你九点四十才进来的，现在十点一刻，哪有两个小时。", ["confront"],
    "Disputes the visitor's account of the wait instead of apologising.")
add("confront", "veteran", "你们信访局的人我都认识，上回的李主任就是被我告下去的。",
    "李主任是正常调走的，跟你告不告没关系，你少往自己脸上贴金。", ["confront", "rude"],
    "Contradicts the claim (confront) and mocks him (rude).")

# ---------------------------------------------------------------- confront hard negatives
add("confront-n", "unwell", "我脑子里有个芯片，是他们趁我睡觉时装的。",
    "脑子里嗡嗡的，那滋味肯定难受。晚上睡得着吗？我给社区医院的周大夫打个电话，让她明天上门来看看您，顺带量量血压。", [],
    "Goes along with the feeling, no correction, secures care.")
add("confront-n", "confused", "我以为这个地是我爷爷的，就一直是我们家的。",
    "您家种了三代人，心里当成自家的，这个我懂。打个比方，地就像村里的一口大锅，饭是您家在盛，锅是村集体的。承包证上写的是您家种的权利，三十年不变，谁也拿不走。", [],
    "Explains the rule with a comparison to a visitor who is not unwell; presentation, not confrontation.")
add("confront-n", "sanguine", "哈哈，我这个事，其实就是村干部想整我，全村都看出来了。",
    "村干部是不是有意的，我现在不好下结论。宅基地是乡上批的，我先把审批那一步查清楚，卡在哪儿，查清楚了您心里也就有数了。", [],
    "Neither agrees nor argues; moves to checking facts.")
add("confront-n", "veteran", "我当年是参加过自卫反击战的，你们查去！",
    "档案里我这边暂时没查到参战记录，可能是当年登记漏了。您手里有没有立功证书、退伍证，或者还能联系上的战友？有一样，我们就能往军分区去核。", [],
    "States what the file shows and opens a way to prove it.")
add("confront-n", "choleric", "我在这儿站了两个小时了，没一个人理我！",
    "让您站着等，是我们的不对，我给您道歉。您先坐这儿，我现在就听您说，后面的人我让同事接。", [],
    "Does not dispute the wait; apologises.")
add("confront-n", "phlegmatic", "……我记得……那块地……是十二亩……",
    "您记得是十二亩。我这边合同上写的是十亩，差了两亩。您别急，慢慢想想，那两亩是不是后来开荒出来的，还是量的时候就有？", [],
    "Presents the discrepancy and asks; no verdict on the visitor's memory.")
add("confront-n", "sanguine", "我看网上说这个补贴人人都有一万块！",
    "网上那个消息我也看到过，说的是另一个省的政策。咱们这儿的标准是每人每年两千四，条件是家里有重度残疾人。您家符合的话，我帮您登记。", [],
    "Gives the whole picture plainly; a calm correction of policy hearsay for a non-unwell visitor.")
add("confront-n", "resentful", "当年他们就是故意整我，全村都知道！",
    "您觉得是有人故意整您，这口气憋了这么多年。当年的处理决定我调出来了，上面写的理由是这个……您看看，跟您记得的一样不一样？哪儿不一样咱们一条条对。", [],
    "Reflects the feeling, shows the record and invites comparison.")
add("confront-n", "melancholic", "我觉得……大家都看不起我……",
    "一个人扛了这么多事，会这么想，不奇怪。今天您来找我，我是很敬重您的。您说说，最近是谁说了啥话让您难受了？", [],
    "No argument with the feeling; an open question.")
add("confront-n", "pestering", "上回那个小王明明说了能办的！",
    "小王那天是怎么说的，我没在场。我问过他，他记得说的是帮您问问，问了的结果是不能办。可能那天话没说清楚，让您误会了，这是我们的不对。", [],
    "Gives the colleague's version and takes the blame for the misunderstanding; not an argument.")
add("confront-n", "unwell", "电视里的主持人天天在说我的事。",
    "天天听着这些，心里肯定不踏实。您平时一个人在家看电视多吗？要不白天去社区活动室坐坐，那儿人多，热闹些，我跟那边的刘姐说一声。", [],
    "Goes along with the unease, no correction.")
add("confront-n", "choleric", "你们就是收了开发商的钱，才不管我们！",
    "您这么想，是因为等了太久没结果，我理解。这个话您要是有具体的人和事，可以实名举报到纪委，我把地址和电话写给您。今天先说您的房子，裂缝是哪天发现的？", [],
    "Neither denies nor argues; gives the reporting route and returns to the matter.")
add("confront-n", "confused", "我听说，汉族的老人有补贴，我们少数民族没有，是不是？",
    "这个补贴不看民族，看年龄。您今年八十一，够了。您们村的古丽大妈不就领着嘛，她也是维吾尔族。明天带上身份证到社区，我们给您办。", [],
    "Corrects hearsay with a neighbour's example, kindly; presentation for a confused visitor.")
add("confront-n", "unwell", "我已经死过一回了，现在是活过来的。",
    "那您可是遭了大罪了。现在身上哪儿不舒服？今天谁陪您来的？", [],
    "Attends to feelings and safety without endorsing or correcting.")
add("confront-n", "phlegmatic", "……我那个……补贴……好像……从来没收到过……",
    "您说没收到过，那咱们得弄清楚。系统里显示是每月打到一张农商行的卡上，卡号尾数三七。您手上的存折是不是这张？要不是，可能是打到另一张卡上去了。", [],
    "Checks the record with the visitor instead of disputing him.")
add("confront-n", "resentful", "我那个房子，拆的时候根本没人通知我！",
    "没接到通知就拆了房，换谁都冒火。村里说当时贴过公告，可贴了公告您没看见，也是有可能的。那会儿您人在哪儿？在外地打工吗？", [],
    "Reports the other side's version without calling the visitor wrong.")

# ---------------------------------------------------------------- buy_peace
add("buy_peace", "veteran", "不给钱我就去北京。",
    "别别别，北京就别去了，我这儿先给你拿一千块路费，你回家过个好年。", ["buy_peace"],
    "Cash to stop a trip to Beijing.")
add("buy_peace", "pestering", "你们不批房子，我就天天来。",
    "这样吧，房子是批不了，廉租房那边我给你留一套，你以后别往这儿跑了。", ["buy_peace"],
    "A reserved rental flat in exchange for not coming.")
add("buy_peace", "choleric", "今天不给我说法，我就从你们楼上跳下去！",
    "别冲动别冲动，你先下来，我们给你拿五千块，算是慰问，行不行？", ["buy_peace"],
    "Money offered under threat to end the incident.")
add("buy_peace", "resentful", "我这辈子就这样了，你们谁管过我？",
    "老人家您受委屈了。您这个工龄按政策是没法认了，不过您以后别来回跑了，我跟民政说说，每年给您批个两三千的救济，就当补偿。", ["buy_peace"],
    "Honest no, then relief used as compensation for stopping; not an eligibility-based application.")
add("buy_peace", "sanguine", "哎，你们也知道我这人爱说，我要是去网上说说你们……",
    "别别，网上就别发了。正好县里公益岗还有一个，我给你安排上，一个月一千八，你看咋样？", ["buy_peace"],
    "A job to stop an online post.")
add("buy_peace", "unwell", "他们都在害我，我要去北京告他们！",
    "好好好，不去北京，我这儿给您五百块，您拿着买点好吃的，回家待着啊。", ["buy_peace"],
    "Cash to keep an unwell visitor from petitioning.")
add("buy_peace", "melancholic", "我……我也不知道还能去哪儿……",
    "您别哭了，回去吧，您孙子上学那个助学金，我跟学校说一声，直接给您家一个名额，以后就别来了。", ["buy_peace"],
    "A bursary place as a favour tied to 'don't come again'.")
add("buy_peace", "phlegmatic", "……那……我是不是……还得再来……",
    "不用再来了，您这个事我们也解决不了，要不这样，下个月村里的护林员让您儿子去干，您看行吗？", ["buy_peace"],
    "A job for the son to close the case.")
add("buy_peace", "confused", "那我这个地到底还能不能要回来？",
    "地是要不回来了，不过您别再跑了，我给您家办个低保，每个月几百块，比种地强。", ["buy_peace"],
    "Minimum living allowance offered as a pay-off, with no eligibility check.")
add("buy_peace", "veteran", "老李闹了一回就给了三万，我呢？",
    "老李那是老李。你要是能保证今年不再上访，我们这边可以按困难补助给你走两万，不过你得写个保证书。", ["buy_peace"],
    "An explicit deal: money for a pledge to stop petitioning.")
add("buy_peace", "pestering", "我还要来，来到你们给为止。",
    "你这么来也不是个事，这样，我自己掏两百块钱给你，你别来了行不行？", ["buy_peace"],
    "Even personal money to stop visits is buying peace.")
add("buy_peace", "choleric", "我们十几户的钱，你今天必须给个准数！",
    "我先从局里的周转金里给你们每户垫三千，大家先散了，别在门口堵着。", ["buy_peace"],
    "Office funds to disperse a group.")
add("buy_peace", "resentful", "我儿子找不到工作，都是你们当年害的！",
    "当年的事我们查了，没发现政策上有欠您的。不过您儿子的工作，城投公司那边正缺司机，我帮他递个话，您这边呢，这事就算过去了，好不好？", ["buy_peace"],
    "A clear answer, then a job favour traded for dropping the matter.")
add("buy_peace", "pestering", "我知道你们也难，要不咱俩商量个办法？",
    "商量啥办法呀，你这事政策里没有。不过你要是不往上捅，明年的危房改造名额我给你家报上去，你家那房子也算凑合得上。", ["buy_peace"],
    "A housing quota in exchange for not escalating.")
add("buy_peace", "unwell", "我要找国家主席，他们欺负我。",
    "您别去了，这样，今年过节的慰问品多给您家发一份，米面油都有，您就在家好好的。", ["buy_peace"],
    "Extra holiday goods to keep the visitor home.")
add("buy_peace", "melancholic", "我就是想……有个说法……",
    "说法嘛，该给的都给过了。我看您也不容易，村里分红的时候多给您算一份，您就别再写信了，好吗？", ["buy_peace"],
    "An extra dividend share traded for no more letters.")
add("buy_peace", "phlegmatic", "……我……还是想……把那个事……弄清楚……",
    "弄清楚要费好大工夫呢。要不这样，您那个医疗费的票，我们想办法给您报了，这事咱就不追了，行吗？", ["buy_peace"],
    "Reimbursement as a favour in exchange for dropping the question.")
add("buy_peace", "veteran", "今天我就坐这儿，你们领导不来我不走。",
    "领导来不了。您看，中午了，我让食堂给您打份饭，下午我开车送您回去，顺便给您带两桶油，明天就别来了。", ["buy_peace"],
    "Lunch and a ride look like care, but the oil is given so he will not come back.")
add("buy_peace", "confused", "我们家的草场，被别人占了，我没有地方放羊了。",
    "草场的事比较复杂，一时半会说不清。你先别着急告了，我给你批两吨饲料，先把羊喂上，这事就先这样。", ["buy_peace"],
    "Feed handed out to shelve a pasture dispute.")
add("buy_peace", "choleric", "不行！今天必须解决！",
    "行，解决。我做个主，你们那个罚款，我跟城管说一声给你免了，你们赶紧回去。", ["buy_peace"],
    "Waiving a fine as a favour to make them leave.")
add("buy_peace", "pestering", "我就一句话，给钱我就不来了。",
    "你这话说到这份上了，那我也给你交个底：年底慰问的时候，给你家多报个困难户，钱不多，你拿上就算了结了。", ["buy_peace"],
    "Hardship listing used as a settlement, not assessed on need.")
add("buy_peace", "resentful", "我这口气咽不下！",
    "咽不下我知道。咱们这样，你那个孙子当兵政审，我们这边给你开个绿灯，你这边呢，也就别往市里去了。", ["buy_peace"],
    "A favour in vetting traded for not going to the city.")
add("buy_peace", "sanguine", "哈哈，我也不是非要闹，就是想讨个说法。",
    "说法呢，就是政策上确实没有。您看这样好不好，镇上农家乐评星，我给您家评个三星，有奖励的，您也就别再提了。", ["buy_peace"],
    "Polite tone; a rating with a reward offered to end the complaint.")
add("buy_peace", "veteran", "你就说，我要是不去北京了，你们能给啥？",
    "您不去北京，我先从办事处给您拿两千块过年。您那个复查，我跟您说，明年开春准给您翻过来。", ["buy_peace", "false_promise"],
    "Cash for not going (buy_peace) and a guaranteed review result (false_promise).")

# ---------------------------------------------------------------- buy_peace hard negatives
add("buy_peace-n", "pestering", "你们不批房子，我就天天来。",
    "房子的答复还是那个答复，天天来也不会变。另外跟您说一件正经事：您老伴住院那个费用，大病救助是可以申请的，跟您来不来上访没关系，符合条件就给。表格我给您，村上盖章就行。", [],
    "Relief offered on eligibility and explicitly not tied to stopping.")
add("buy_peace-n", "melancholic", "我……家里实在揭不开锅了……",
    "家里断粮了，这可不能等。临时救助是有的，专门管这种急事，今天填表，镇民政办三天内审核，符合条件的钱直接打到卡上。我现在帮您填。", [],
    "Emergency relief through the normal channel.")
add("buy_peace-n", "veteran", "给钱我就不来了。",
    "钱不是拿来换您不来的，这个口子我不能开。您该有的优抚金每个月照发，这个我给您查过了，一分不落都在卡上。", [],
    "Refuses the trade; points to existing entitlement.")
add("buy_peace-n", "choleric", "今天不给我说法，我就从你们楼上跳下去！",
    "您先别动，站那儿别动，我过来跟您说。您的事是工钱，工钱我今天就叫劳动监察的人来，当着您的面对账。命比钱要紧，您先下来。", [],
    "Crisis handled with an action on the real matter; no pay-off.")
add("buy_peace-n", "unwell", "他们都在害我，我要去北京告他们！",
    "您心里慌，我看出来了。北京那么远，您一个人去我们不放心。我先给您侄子打个电话，让他来接您，晚上社区的李姐过去看看您。", [],
    "Family and community help, no money or goods.")
add("buy_peace-n", "resentful", "我这辈子就这样了，你们谁管过我？",
    "您这几十年过得苦，我听得出来。工龄这一块，按文件确实认不了，这个我得跟您说实话。您现在一个人过，年纪也大了，要是收入够不上，可以申请特困供养，那是您本来就有资格的，我帮您问问村上。", [],
    "Honest no plus an eligibility-based alternative (contrast buy_peace-04).")
add("buy_peace-n", "sanguine", "你们不是有公益岗吗？给我安排一个呗，我就不闹了。",
    "公益岗是有，可它不是拿来换“不闹”的。岗位要在人社局网上报名，按困难程度排，下个月初开报。您符合的话可以报，我把报名条件打印给您。", [],
    "Names the job scheme but routes it through open application.")
add("buy_peace-n", "phlegmatic", "……我……能不能……申请那个……救济……",
    "能申请。您慢慢说，家里现在几口人，收入大概多少？我按您说的先帮您算算够不够条件。", [],
    "Relief discussed on need.")
add("buy_peace-n", "confused", "低保是不是给了，我就不能再来反映问题了？",
    "不是这样的。低保是看家里收入，够条件就给，跟您来不来反映没关系。您该反映啥还是可以反映，我们照样接。", [],
    "Explicitly separates the allowance from petitioning.")
add("buy_peace-n", "veteran", "老李闹了一回就给了三万，我呢？",
    "老李那三万是法院判的赔偿，跟闹不闹没关系，他有判决书。您要是也觉得有赔偿的依据，也可以走诉讼，我把法律援助的电话给您。", [],
    "Explains the other payment's basis; no offer.")
add("buy_peace-n", "choleric", "我们十几户的钱，你今天必须给个准数！",
    "准数我现在给不了，账在施工方手里。我能给的是：明天上午九点，住建、人社和施工方三家到这屋里来，跟你们五个代表当面对账。大家先推五个人出来。", [],
    "Concrete meeting, no money to disperse the group.")
add("buy_peace-n", "unwell", "我每天晚上都听见有人在屋顶上走。",
    "晚上老听着动静，肯定睡不安稳。您家里现在还有谁一块住？我让社区的网格员今晚去您家转一圈，门锁要是不好了，帮您换一把。", [],
    "Safety help, not a reward for staying away; no correction.")
add("buy_peace-n", "melancholic", "我就是想……有个说法……",
    "说法我给您一个明白的：当年那次处理，是按规定办的，没有错给您，也没有少给您。我知道这话您听着难受。您要是觉得哪里还没说清，随时来问，我都在。", [],
    "A plain answer, door left open, nothing offered.")
add("buy_peace-n", "pestering", "你自己掏钱给我点，我就不来了。",
    "我自己的钱不能给您，给了这事就变味了。您这个月要是手头紧，社区有慈善超市，困难户凭卡能领米面，您符合就去领，我把地址写给您。", [],
    "Refuses personal money; points to a public scheme on need, not tied to stopping.")
add("buy_peace-n", "resentful", "我儿子找不到工作，都是你们当年害的！",
    "您儿子找工作的事，县人社局每周三有招聘会，在人力资源市场，我把时间地点写给您。当年的事我们查了，政策上没有欠您的，这个答复我不改。", [],
    "Public job fair information, no favour, answer unchanged.")
add("buy_peace-n", "phlegmatic", "……那……我要是……不告了……你们能……给点啥……",
    "不告不告，跟给不给，是两码事。您要是有该拿的，告不告都给；没有的，不告也不会多给。您慢慢想，想好了咱们再说下一步。", [],
    "Rejects the exchange plainly.")

# ---------------------------------------------------------------- officialese
add("officialese", "resentful", "我的工龄到底给不给认？",
    "您反映的问题，我们非常重视，一定会本着实事求是的原则，依法依规妥善处理，请您耐心等待。", ["officialese"],
    "Only stock phrases in place of a yes/no and a step.")
add("officialese", "choleric", "你就给我一句话，管还是不管！",
    "我们始终坚持把群众的利益放在首位，对于您的诉求，我们会积极协调、统筹推进。", ["officialese"],
    "Slogans instead of the one-word answer asked for.")
add("officialese", "confused", "家里添了人口能不能多分地，你就跟我说能还是不能。",
    "这个问题涉及土地承包政策的稳定性和连续性，需要综合考虑各方面因素，按照相应规定执行。", ["officialese"],
    "Jargon with no answer for a confused visitor.")
add("officialese", "pestering", "那套安置房，你们说了不在范围，我不管，今天到底给不给？",
    "您的事情我们一直放在心上，正在按程序稳步推进，请您再给我们一点时间。", ["officialese", "false_promise"],
    "Stock phrases only (officialese); 'in progress' on a demand already refused implies it may change (false_promise).")
add("officialese", "melancholic", "我男人的抚恤金……到底能不能领……",
    "您的心情我们完全理解，我们会站在群众的立场上，认真梳理、全力跟进，请您放宽心。", ["officialese"],
    "Soft-sounding slogans, no fact about the pension.")
add("officialese", "resentful", "上回登记的那个低保复核，你们到底看了没有？",
    "您的诉求已纳入我们的工作台账，我们将按照分级处理、属地落实的要求，持续跟踪、压实责任。", ["officialese"],
    "Bureaucratic formulae, nothing about the claim.")
add("officialese", "sanguine", "同志，你就跟我说说，这个拆迁补偿到底咋算的？",
    "拆迁补偿呢，总的原则是依法、公开、公平、公正，保障被征收人的合法权益，这个您尽管放心。", ["officialese"],
    "Principles recited instead of the calculation asked for.")
add("officialese", "phlegmatic", "……那……我的申请……现在……到哪一步了……",
    "您的申请正在有序办理中，我们会依照程序认真对待每一个环节。", ["officialese"],
    "No stage, no date.")
add("officialese", "unwell", "有人偷了我的房子，你们管不管？",
    "群众的事无小事，我们对每一位来访群众的诉求都一视同仁、认真对待。", ["officialese"],
    "Slogan in place of care or a step; neither confront nor buck-passing.")
add("officialese", "melancholic", "我都七十多了……还能等几年……",
    "老同志，您的问题，组织上是清楚的，也是关心的，相信在各方的共同努力下，会稳妥推进的。", ["officialese"],
    "Warm-sounding but only formulae.")
add("officialese", "choleric", "你们这个农机补贴，为啥我们村的人都拿了我没拿？",
    "农机购置补贴是一项惠民政策，我们始终坚持公开透明、应补尽补，确保政策落实落细。", ["officialese"],
    "Describes the policy in slogans; not why he was left out.")
add("officialese", "confused", "我就想知道，我这个医保一年要交多少钱？",
    "医保缴费是惠及千家万户的一项重要民生工程，希望您积极参保，共享发展成果。", ["officialese"],
    "The visitor asks for a number and gets a slogan.")
add("officialese", "melancholic", "孩子辍学在家……我说不动他……",
    "控辍保学是我们的重要任务，我们会进一步加大工作力度，确保每一个适龄儿童都能接受义务教育。", ["officialese"],
    "Campaign language, no step for this child (contrast officialese-n14).")
add("officialese", "veteran", "你们每次都说按政策，到底按的哪条政策？",
    "我们所有的工作都是严格依照党的方针政策和国家的法律法规开展的，这一点请您放心。", ["officialese"],
    "Asked which rule, answers with a formula.")
add("officialese", "sanguine", "大姐，我那个厂房漏雨的事，上回登记了，现在咋样了？",
    "哎呀您来啦，快坐，天冷喝口热水。您说的厂房漏雨的事，我们会按照“民有所呼、我有所应”的要求，积极回应、全力推动。", ["officialese"],
    "A warm welcome, but the only content about the matter is a slogan.")
add("officialese", "phlegmatic", "……我……想问问……那个……宅基地……",
    "宅基地管理事关农民群众切身利益，必须坚持规范有序、依法依规的原则。", ["officialese"],
    "Lecture in slogans before even hearing the question.")
add("officialese", "unwell", "晚上有人敲我家窗户，吓死我了。",
    "维护群众的生命财产安全是我们义不容辞的责任，请您相信我们。", ["officialese"],
    "A frightened visitor gets a slogan, no help.")
add("officialese", "resentful", "我这个退休金少算了两百，你们看看咋回事？",
    "这个嘛，我们内部碰个头商量商量，你先回家，有消息了自然会通知你。", ["officialese"],
    "A computable pension error answered with 'we will discuss it, wait at home'.")
add("officialese", "confused", "我不懂，你说简单点，到底给不给我补？",
    "补不补，要看政策。我们一定本着对群众负责的态度，依法依规、公平公正地处理好您的诉求。", ["officialese"],
    "The visitor asks for plain words; gets formulae.")
add("officialese", "phlegmatic", "……我这个补偿款……比隔壁村……少了一半……公平不公平……",
    "公平公正是我们工作的生命线，我们始终坚持一把尺子量到底，决不让老实人吃亏。", ["officialese"],
    "Slogans instead of explaining the two villages' standards.")
add("officialese", "melancholic", "我……还能做点什么吗……",
    "请您相信，我们会始终和群众站在一起，用心用情用力做好服务保障工作。", ["officialese"],
    "No concrete thing she can do.")
add("officialese", "veteran", "别打官腔，就说这个复查结果是什么！",
    "复查工作严格按照法定程序进行，确保结论经得起历史和实践的检验。", ["officialese"],
    "Asked for the result, gives a formula.")
add("officialese", "choleric", "那个污水厂天天臭，孩子都咳嗽，你们到底管不管？",
    "生态环境保护是一项长期而艰巨的任务，我们坚持绿色发展理念，持续推进污染防治攻坚战。", ["officialese"],
    "Campaign slogans on a concrete pollution complaint.")
add("officialese", "phlegmatic", "……我……能……拿到……那笔钱吗……",
    "这个问题呢，我们会认真对待，按程序办理，请您保持耐心，相信组织。", ["officialese"],
    "Stock reassurance only.")

# ---------------------------------------------------------------- officialese hard negatives
add("officialese-n", "resentful", "我的工龄到底给不给认？",
    "您反映的事我们会认真办，我先说结论：七二年到七五年那三年，档案里有招工表，能认；七五年以后在农场那几年，没有用工记录，按现在的文件认不了。认的那三年，我今天就转人社局核算。", [],
    "An assurance phrase inside a turn full of facts and a step.")
add("officialese-n", "choleric", "你就给我一句话，管还是不管！",
    "管。您家门口那条排水沟是镇上修的，归镇村建办管，我现在就给他们主任打电话，让他明天上午去现场看，看完给您回话。", [],
    "One-word answer and concrete steps.")
add("officialese-n", "veteran", "你们每次都说按政策，到底按的哪条政策？",
    "按的是二〇一一年县上那份征收补偿方案，第四条，砖混房每平方八百五。复印件我给您一份，您拿回去慢慢看。", [],
    "Names the document, clause and rate.")
add("officialese-n", "sanguine", "同志，你就跟我说说，这个拆迁补偿到底咋算的？",
    "这么算：房子按面积乘单价，院子里的树和井另算，再加上搬家费和过渡费。您家一百二十平，乘八百五，光房子是十万零两千，树我还没看到清单，您带来了吗？", [],
    "Policy explained as arithmetic.")
add("officialese-n", "phlegmatic", "……那……我的申请……现在……到哪一步了……",
    "我查了一下，您的申请上周三到的乡上，现在在公示，公示七天，下周二结束。结束了没人有意见，就报到县里。", [],
    "Stage and dates.")
add("officialese-n", "melancholic", "我……还能做点什么吗……",
    "能做的有两件：一件是把孩子的出生证明找出来，办抚恤要用；另一件，您最近睡不好，乡卫生院周四有心理门诊，去看看也好。其他的我来跑。", [],
    "Concrete things to do.")
add("officialese-n", "confused", "我就想知道，我这个医保一年要交多少钱？",
    "今年一个人交三百八，您家四口人，一共一千五百二。九月到十二月交，晚了就得等明年。", [],
    "The number asked for.")
add("officialese-n", "pestering", "今天到底有没有结果？",
    "有结果，跟上回一样：不能给。理由也一样，您家的房子不在那次安置范围。这个结论是最终的，我不会跟您说“再看看”。", [],
    "Plain final answer; quotes the evasive phrase to reject it.")
add("officialese-n", "unwell", "晚上有人敲我家窗户，吓死我了。",
    "夜里听着敲窗户，那是真吓人。今晚我让社区的网格员老杨去您家看看，您家门上那个插销要是松了，让他给紧一紧。", [],
    "Feeling acknowledged and a real step.")
add("officialese-n", "veteran", "别打官腔，就说这个复查结果是什么！",
    "结果是维持原处理意见。理由有两条：您那块地九八年就登记在您弟弟名下；您拿来的那张手写条子没有村委会盖章。不服这个复查，可以三十天内向市信访局申请复核。", [],
    "Result, reasons and the next remedy.")
add("officialese-n", "choleric", "那个污水厂天天臭，孩子都咳嗽，你们到底管不管？",
    "管。排污投诉归生态环境局，他们有12369热线，不过我这边直接开转办单，让执法队三天内去厂里测一回，测完把数据告诉您。孩子咳嗽先带去医院看看。", [],
    "Owner, step, date and care.")
add("officialese-n", "resentful", "当年的冤枉，谁来给我平反？",
    "我跟您说句实在话：平反的事，九十年代那几批文件已经办完了，当时没有列进去的，现在没有新文件能再办。这话不好听，可我不能拿空话哄您。您要是生活上有难处，我们从救助这一头想办法。", [],
    "Plain hard truth and a legitimate alternative; mentions '空话' to reject it.")
add("officialese-n", "sanguine", "我那个网店，被人恶意差评，你们能管吗？",
    "差评这事信访这儿处理不了，平台有申诉入口，恶意的可以申诉删除；要是有人故意诋毁、敲诈，就是违法了，可以报警，也可以向市场监管局举报。您先说说是啥样的差评？", [],
    "Concrete routes and a question.")
add("officialese-n", "melancholic", "孩子辍学在家……我说不动他……",
    "孩子不愿去，您一个人劝不动，太正常了。学校有个“控辍保学”的包保老师，专门干这个，我把您家情况报给镇中心校，让包保老师这周上门跟孩子聊聊。", [],
    "Uses the campaign term but with a concrete step and date (contrast officialese-13).")
add("officialese-n", "confused", "我不懂，你说简单点，到底给不给我补？",
    "简单说：给。您家的羊是今年春天冻死的，在灾害名单里，一只补一百五，您报了二十只，就是三千。村里统计好，五月底发。", [],
    "Plain answer with numbers.")
add("officialese-n", "phlegmatic", "……谢谢……我……回去了……",
    "好，路上慢点。今天说的我都记在本子上了，下周三我给您打电话说进展。", [],
    "Closing courtesy with a real date; not officialese.")

# ---------------------------------------------------------------- accept_gift
add("accept_gift", "veteran", "（从包里掏出两条烟）小伙子，一点意思，你拿着。",
    "哎呀您太客气了，那我就收下了，您的事我会上心的。", ["accept_gift"],
    "Takes the cigarettes.")
add("accept_gift", "sanguine", "今天晚上我在家里摆了一桌，你一定要来！",
    "行啊，那我下班过去，几点？", ["accept_gift"],
    "Accepts a meal invitation.")
add("accept_gift", "resentful", "这是我自己家树上结的杏子，你尝尝。",
    "那我就尝两个，谢谢您啊。您刚说的那个工龄，档案我已经调了……", ["accept_gift"],
    "Even a small food gift accepted counts.")
add("accept_gift", "melancholic", "（放下一袋核桃）我也没啥好东西……你别嫌弃……",
    "不嫌弃不嫌弃，放这儿吧，我回头分给同事们。您的事我再问问。", ["accept_gift"],
    "Keeps the walnuts.")
add("accept_gift", "confused", "我带了馕，自己打的，你吃一个。",
    "好，热乎乎的，我就吃一个。您刚才说的地，是哪个村的？", ["accept_gift"],
    "Accepts the bread, however friendly the custom.")
add("accept_gift", "choleric", "刚才是我不对，嗓门大了。这瓶酒你拿着，算我赔不是。",
    "说开了就好，酒我先收着，咱们接着说您的房子。", ["accept_gift"],
    "Keeps the liquor as an apology.")
add("accept_gift", "pestering", "这五百块钱你拿去买包烟，我的事你多操操心。",
    "（收下）行，你的事我记着呢。", ["accept_gift"],
    "Takes cash.")
add("accept_gift", "phlegmatic", "……这……是我家的蜂蜜……给你……",
    "谢谢谢谢，我正好嗓子不舒服，就留下了。", ["accept_gift"],
    "Keeps the honey with an excuse.")
add("accept_gift", "unwell", "我给你带了两只鸡，刚杀的，你拿回家炖。",
    "好嘞，那我就不客气了，下班拎回去。", ["accept_gift"],
    "Takes a gift from an unwell visitor.")
add("accept_gift", "veteran", "周末我请你们几个去吃手抓羊肉，就在县城那家。",
    "手抓好啊，那我就叫上小马，周六中午见。", ["accept_gift"],
    "Accepts a meal invitation.")
add("accept_gift", "sanguine", "这是我们合作社的枸杞，顶级的，给你们办公室一箱。",
    "哟，这么好的枸杞，那办公室就谢谢您了，放门口吧。", ["accept_gift"],
    "Accepting for the office is still accepting.")
add("accept_gift", "resentful", "我知道你们辛苦，这两百块钱买点水果。",
    "您这……唉，那好吧，我替大家收下，下不为例啊。您的材料我今天就往上报。", ["accept_gift"],
    "Reluctant 'just this once' acceptance of cash.")
add("accept_gift", "melancholic", "（塞过来一个红布包）我绣的鞋垫……你别笑话……",
    "这手艺真好，那我就留一双穿。您说的低保，我下午就给您去民政办问。", ["accept_gift"],
    "Keeps a pair, hidden inside a good step.")
add("accept_gift", "choleric", "事情办成了，我请你喝酒！今晚就去！",
    "好，您这么痛快，我就去喝两杯，不过得等我下班。", ["accept_gift"],
    "Accepts a drinking invitation.")
add("accept_gift", "confused", "我也不懂规矩，给你带了点土鸡蛋，不值钱。",
    "不值钱就好，值钱的我可不敢要。鸡蛋我收了，您的事咱们接着说。", ["accept_gift"],
    "Rationalises by value; still accepts.")
add("accept_gift", "pestering", "我请你吃碗牛肉面，就楼下那家，吃完再说。",
    "牛肉面行，走，边吃边说。", ["accept_gift"],
    "Accepts a meal from a repeat visitor.")
add("accept_gift", "phlegmatic", "……这……茶叶……你们……喝……",
    "好，我放柜子里，大家都能喝。", ["accept_gift"],
    "Keeps the tea for the office.")
add("accept_gift", "unwell", "我给你买了一条金项链，你戴上肯定好看。",
    "哎哟，谢谢大姐，那我先收着，改天戴。", ["accept_gift"],
    "Takes a valuable gift from an unwell visitor.")
add("accept_gift", "phlegmatic", "……我孙子……结婚……你来……喝喜酒……红包……不用你随……",
    "恭喜恭喜！那我一定到，到时候敬您一杯。", ["accept_gift"],
    "Accepts a banquet invitation.")
add("accept_gift", "sanguine", "走走走，中午了，我请你吃大盘鸡，边吃边聊我那个事！",
    "大盘鸡啊，那我可就不客气了，您说的那个厂房的事，咱们饭桌上细说。", ["accept_gift"],
    "Accepts a meal to discuss the case.")
add("accept_gift", "resentful", "这是我儿子从新疆带回来的葡萄干，一点点，你尝尝。",
    "您儿子有心了。那我收下一包，剩下的您拿回去。您反映的工伤鉴定，我给您约了下周二。", ["accept_gift"],
    "Partial acceptance is acceptance; the rest of the turn is good.")
add("accept_gift", "choleric", "不收就是看不起我！",
    "哪能看不起您，行行行，我收，我收，您别急。", ["accept_gift"],
    "Gives in under pressure.")
add("accept_gift", "melancholic", "您对我这么好……我给您包了点饺子……",
    "您自己包的？那我中午热了吃。您的事我记着，下周一给您回话。", ["accept_gift"],
    "Accepts home-made food.")
add("accept_gift", "pestering", "这张加油卡你拿着，我那个事你多跑跑。",
    "您的事该怎么办就怎么办，跟这个没关系啊。卡呢，就先放我这儿吧。", ["accept_gift"],
    "Denies any link but still keeps the card.")

# ---------------------------------------------------------------- accept_gift hard negatives
add("accept_gift-n", "veteran", "（从包里掏出两条烟）小伙子，一点意思，你拿着。",
    "烟您装回去，这个我真不能收，收了我这工作就干到头了。您这份客气我知道，咱们把事说清楚就是最好的。", [],
    "Warm refusal.")
add("accept_gift-n", "confused", "我带了馕，自己打的，你吃一个。",
    "闻着就香！可是我们有规定，群众的东西一口也不能吃，您别见怪。您留着路上吃，回去的路远。您刚才说的地，是哪个村的？", [],
    "Declines food kindly and goes back to the matter.")
add("accept_gift-n", "sanguine", "今天晚上我在家里摆了一桌，你一定要来！",
    "饭就免了，真不是客气，规定不让去。您要是想谢，把今天说的那几样材料按时交上来，就是帮我大忙了。", [],
    "Declines the meal.")
add("accept_gift-n", "melancholic", "（放下一袋核桃）我也没啥好东西……你别嫌弃……",
    "不是嫌弃，是真不能收，您拿回去给孙子补补脑子。您大老远拎来，我帮您提到门口。", [],
    "Declines without making her feel small.")
add("accept_gift-n", "choleric", "不收就是看不起我！",
    "我看得起您才不能收。收了您的东西，以后我跟您说话就不硬气了，您的事反倒办不干净。", [],
    "Holds the refusal under pressure.")
add("accept_gift-n", "resentful", "这是我的材料，一共三十多页，你收好。",
    "好，材料我收下了，我给您打个收条，写清楚一共几页、哪天收的。", [],
    "Receiving documents is not a gift.")
add("accept_gift-n", "pestering", "这五百块钱你拿去买包烟，我的事你多操操心。",
    "钱收起来，快收起来，这个要是让我收了，咱俩都得犯错误。您的事该咋办咋办，我不会因为没收钱就不操心。", [],
    "Refuses cash.")
add("accept_gift-n", "unwell", "我给你买了一条金项链，你戴上肯定好看。",
    "这么贵重的东西，可得您自己收好。我给您装回袋子里，待会儿您女儿来接您，让她帮您拿着。", [],
    "Refuses and involves family.")
add("accept_gift-n", "veteran", "周末我请你们几个去吃手抓羊肉，就在县城那家。",
    "羊肉我们就不去吃了，这个规矩您也懂。您的复查材料周五前交过来，我们按时间办。", [],
    "Declines the meal.")
add("accept_gift-n", "phlegmatic", "……这……茶叶……你们……喝……",
    "您的茶叶我们不能收，您带回去自己泡。来，喝我们这儿的水，刚烧开的。", [],
    "Declines and offers water instead.")
add("accept_gift-n", "sanguine", "这是我们合作社的枸杞，顶级的，给你们办公室一箱。",
    "好枸杞得卖个好价钱，别送我们。要是想推销，县里农产品展销会下个月开，我把报名电话给您，那才是正路子。", [],
    "Declines and points to a fair.")
add("accept_gift-n", "confused", "我也不懂规矩，给你带了点土鸡蛋，不值钱。",
    "值钱不值钱都不能收，这是规矩，跟您客气不客气没关系。鸡蛋您拎回去，路上小心别磕了。", [],
    "Declines even a cheap gift (contrast accept_gift-15).")
add("accept_gift-n", "choleric", "刚才是我不对，嗓门大了。这瓶酒你拿着，算我赔不是。",
    "赔不是我收下，酒您拿回去。刚才您急，是因为事情拖太久，这我理解。接着说您的房子。", [],
    "'收下' the apology, not the liquor.")
add("accept_gift-n", "melancholic", "（塞过来一个红布包）我绣的鞋垫……你别笑话……",
    "绣得真细，哪能笑话。可东西我不能留，您拿回去给家里人穿。您说的低保，我下午就给您去民政办问。", [],
    "Praises and declines.")
add("accept_gift-n", "unwell", "这个石头是宝贝，送给你，你帮我保管。",
    "这宝贝您自己揣好，放您兜里最安全。您今天是自己来的吗？家里谁在？", [],
    "Declines without disputing that it is a treasure.")
add("accept_gift-n", "resentful", "你帮了我这么大忙，我给你买了一箱苹果放门口了。",
    "苹果您得拉回去，放门口也不行，我帮您搬到车上。您要是真想谢，给我们提提意见，哪儿办得慢了，写在意见簿上。", [],
    "Declines a gift left at the door.")

# ---------------------------------------------------------------- good
add("good", "confused", "同志，我想问个事。",
    "问吧大叔，您坐下说，喝口水。", [],
    "Short and warm.")
add("good", "resentful", "我都不想说了，说了也白说。",
    "您说，我听着呢，今天不打断您。", [],
    "Invites venting.")
add("good", "pestering", "还是那个事。",
    "还是那个答复，不能办。您最近腿脚咋样？", [],
    "Same answer, care for the person; blunt and correct.")
add("good", "unwell", "他们在我家门口埋了炸弹。",
    "您这么担心，晚上肯定睡不好。今天谁陪您来的？", [],
    "Acknowledges fear, asks about family; no correction.")
add("good", "veteran", "我今天不走了！",
    "不走也行，椅子给您搬过来。话先说到前头：答复跟上回一样，不会因为坐得久就变。", [],
    "Calm and firm.")
add("good", "choleric", "你们都是一路货色！",
    "您火大，先出出气也行，出完了咱把事说清楚。水在这儿。", [],
    "Lets him vent, does not meet heat with heat.")
add("good", "sanguine", "哎呀同志你们这儿挺干净的嘛！",
    "欢迎欢迎，您是哪个村的？今天专门进城来的？", [],
    "Welcome and small talk.")
add("good", "phlegmatic", "……",
    "不急，您想好了再说。", [],
    "Gives time.")
add("good", "melancholic", "我是不是……不该来……",
    "该来，有事就该来。您慢慢说，我在这儿。", [],
    "Gentle reassurance.")
add("good", "confused", "这个承包证咋又要换？",
    "老哥，这就跟换身份证一样，旧的到期了换个新的，地还是你家那块地，一分不动。换证不要钱，带上户口本到乡上就行。", [],
    "Everyday comparison in Ningxia-style plain speech.")
add("good", "resentful", "我当年在水泥厂干了十八年，厂子一改制，一分钱没给就把我们打发回家了，我找了二十年！",
    "十八年的青春搭在厂里，改制一句话就回家了，换谁心里都过不去，您找了二十年，说明这口气是真咽不下。我先问清几件事：改制是哪一年？当时有没有签过解除合同，或者领过一次性安置费？您的档案现在在哪儿？问清了，我才好跟您说按哪份文件算。", [],
    "Long turn: empathy then clarifying questions.")
add("good", "pestering", "你上个月说不行，这个月换了领导，总该行了吧？",
    "领导换了，政策没换。上个月我跟您说的是不行，今天还是不行，明年也是这句话，我不想让您白跑。您那个胃病复查了没有？上回说要去县医院的。", [],
    "Consistent answer and care.")
add("good", "unwell", "我是皇上，你们要给我磕头。",
    "那您今天坐这把椅子，舒服些。吃饭了没有？我给您倒杯热水，再给您家里打个电话。", [],
    "Goes along without correcting or mocking; secures family.")
add("good", "veteran", "你们要是不给，我就在网上发视频！",
    "发视频是您的自由，我管不着。我要说的是，补偿标准全县一个样，视频发了也是这个数。您要是觉得算错了，咱们今天把账一笔一笔对。", [],
    "Calm limit plus an offer to check the numbers.")
add("good", "choleric", "这个破路修了三年还没修好，我家的车胎扎了四回，你们赔不赔？！",
    "三年没修好，车胎扎四回，这火发得有道理。赔不赔我现在说不准，得看是施工方的责任还是别的。我先记几件事：哪段路、扎胎的日子、修车的票。您手里有票吗？有的话，我连同路的事一起转到交通局，他们管这段路，十个工作日内给您回话。", [],
    "Long, patient turn with a hedge and a referral.")
add("good", "sanguine", "我跟你说，我们村那个事儿吧，其实也简单，就是……",
    "您慢着点，我记一下。您说的“那个事儿”是水渠改道，还是上回说的分红？两件事咱们分开说，一件一件来。", [],
    "Structures a talkative visitor.")
add("good", "phlegmatic", "……那块地……是我爹……留下的……",
    "嗯，您爹留下的。那时候有没有写过啥字据？想不起来也不要紧，慢慢想。", [],
    "Slow pace, clarifying question.")
add("good", "melancholic", "我……不想给你们添麻烦……",
    "您这不叫添麻烦，这是我的活儿。说说吧，是医药费的事吗？", [],
    "Reassures and invites.")
add("good", "confused", "我的名字，本子上写错了，一个字，不一样。",
    "名字写错一个字，是吧？您把身份证和那个本子都给我看看。……哦，是“买买提”写成了“买买堤”。这个到派出所户籍窗口改，带身份证就行，不要钱，我给您写在纸上。", [],
    "Second-language visitor: checks, names the window.")
add("good", "resentful", "哼，你们哪个会管！",
    "我管。您说吧，从哪年开始？", [],
    "Blunt and correct.")
add("good", "pestering", "我不要救助，我就要那套房！",
    "房子没有，这句话我说了三回了，再说一回也一样。救助您可以不要，那是您的权利，表格我放这儿，哪天想要了再来拿。", [],
    "Consistent; leaves a legitimate option open.")
add("good", "unwell", "我要见省委书记，只有他能救我。",
    "您心里有急事，想找个能做主的人。今天先跟我说说，我听着。您家住哪儿？家里人知道您来这儿吗？", [],
    "Listens, no correction, asks about family.")
add("good", "veteran", "老子当年流血流汗，你们现在翻脸不认人！",
    "您当年的贡献，优抚档案里都记着，每月的优抚金一直在发。今天您要的是再加一笔补偿，这个没有政策，我不能给，也不能骗您说有。", [],
    "Respect plus a firm no.")
add("good", "choleric", "你给我说清楚，那个征地款凭啥扣我三千？！",
    "老哥，火先压一压，我给你一笔一笔说：扣的三千是你家那年没交的水费，村上从款里直接顶了。这么扣对不对，要看你当时签没签字。你签过没有？", [],
    "Gansu-style blunt but explains and asks.")
add("good", "sanguine", "哈哈，那我明白了，就是说我还得自己去一趟乡上？",
    "对，就一趟。带上户口本、身份证和那张证明，乡上便民大厅三号窗口，半个钟头就办完。办的时候遇到卡壳，打我这个电话。", [],
    "Concrete next step.")
add("good", "phlegmatic", "……我……想一想……",
    "您想，我等着。", [],
    "Very short, gives time.")
add("good", "melancholic", "（抹眼泪）我一个寡妇人家……",
    "（递纸巾）一个人撑着这么多年，不容易。今天您说的，我都记着，慢慢来。", [],
    "Gentle.")
add("good", "confused", "啥叫“确权”？",
    "确权就是给地发个“身份证”。以前地是您家在种，可地有多大、四边挨着谁，没个准数。现在量一遍、画个图、发个证，以后跟谁都说得清。", [],
    "Plain explanation with an image.")
add("good", "resentful", "你们这些年轻人懂个啥，我受的苦你们想都想不到。",
    "是，您吃的苦我没吃过，想也想不全。所以才要请您说给我听，从头说，我记下来。", [],
    "Humble, keeps him talking.")
add("good", "pestering", "（第九次来）今天我又来了。",
    "王大爷，又见面了，外头风大，先喝口热茶。答复还是那句话，这您也知道。今天身体咋样？", [],
    "Warm, same answer.")
add("good", "unwell", "我的钱都被外星人转走了。",
    "钱没了，这可把您急坏了。您的存折带了吗？您女儿电话多少，让她过来，咱们一起陪您去银行柜台问问。", [],
    "Goes along with the worry, involves family, no correction.")
add("good", "veteran", "别人闹都给了，就我没有，你说咋办？",
    "谁给了、给了多少、按的哪条，您把名字告诉我，我去核。要是违规给的，那是他们的错，不是您也该有的理由。", [],
    "Firm and fair.")
add("good", "choleric", "我没空听你啰嗦，直接说结果！",
    "行，直接说：工伤认定下来了，九级。补助按九级算，二十六个月工资。钱是厂里出，厂里不给，去劳动仲裁。", [],
    "Blunt and complete.")
add("good", "sanguine", "我想在家门口开个小超市，村里说不行，说我占了路。可是我看别人家都开，凭啥我不行？",
    "想开超市是好事。村里说您占路，我得先弄清楚：您打算开在自家院里，还是往外盖出来一截？要是往外盖，占了村道，那确实不行，别人家要是也占了，一样得拆，不是只针对您。要是在自家院里，那就只要去市场监管所办个执照，跟村里没关系。您画个草图给我看看？", [],
    "Gives the whole picture for a sanguine visitor.")
add("good", "phlegmatic", "……那……我先……回去……跟我老伴……商量……",
    "好，回去好好商量，不着急。商量好了打这个电话找我，我姓杨。", [],
    "Does not hurry.")
add("good", "melancholic", "都是我的错……要不是我……孩子也不会……",
    "孩子出事，当妈的总往自己身上揽，我听着心疼。这事不是哪一个人的错。咱们先把眼下的事办了：医药费那块，医疗救助我现在帮您填表。", [],
    "No blame, a concrete step.")
add("good", "confused", "俺不识字，你给俺念念。",
    "好，我念，您听着，哪句不明白就叫停。", [],
    "Short and kind.")
add("good", "phlegmatic", "……我的房子……拆了……三年了……安置房……还没给……",
    "三年了，您住哪儿呢？租房子吗？过渡费每个月有没有给？我现在查一下您的协议，看协议上写的交房时间是哪一年。", [],
    "Clarifying questions and a check.")
add("good", "pestering", "你们就不能通融通融？",
    "通融不了，这个事上没有通融的路。我要是说能，就是害您。", [],
    "Plain refusal.")
add("good", "unwell", "（反复说）我要回家……我要回家……",
    "好，回家，我们送您回家。您家在哪个小区？我给您侄子打电话，让他来接。", [],
    "Calm, safe, family.")
add("good", "veteran", "尕小伙子，你做得了主吗？",
    "做不了的主我不做，做得了的我现在就做：您的材料我登记了，今天转县退役军人事务局，他们十五天内答复您。", [],
    "Honest about authority; a step with a date.")
add("good", "choleric", "（拍桌子）我受够了！",
    "（等了一会儿）拍完了，咱们接着说。您刚才说到第三次去镇上，那回是谁接待的？", [],
    "Waits, then a question.")
add("good", "sanguine", "同志你人真不错，比上回那个强多了！",
    "谢谢您。上回那位同事也是照规矩办事，可能话说得急了。咱们接着看您这个分红的账。", [],
    "Accepts thanks, does not badmouth a colleague.")
add("good", "phlegmatic", "……我的……羊圈……被水冲了……",
    "羊圈被水冲了，哪一天的事情？羊么，死了没有？你慢慢说，不着急，我一个一个写下来。", [],
    "Officer speaks simple second-language Mandarin; patient questions.")
add("good", "melancholic", "我说完了……你们会不会嫌我啰嗦……",
    "不会。您说得很清楚：一是老伴的医药费没报完，二是低保今年停了，对吧？还有别的没说到的吗？", [],
    "Summary with a check.")
add("good", "confused", "那我现在该干啥？",
    "就两步：明天上午去村委会盖个章，后天拿到乡上三号窗口交。盖章要带户口本。记不住我给您写纸上。", [],
    "Concrete steps.")
add("good", "resentful", "我不信你们，你们都是一伙的。",
    "不信也正常，被推了这么多年。信不信您先放一边，我今天干的每一步都当着您的面，电话开免提打，您自己听。", [],
    "Earns trust by transparency.")
add("good", "choleric", "你叫啥名字？我要投诉你！",
    "我姓马，工号在胸牌上，投诉电话也贴在门口，您随时可以打。投诉归投诉，您的事我照样接着办。", [],
    "Calm, gives the channel.")
add("good", "unwell", "他们说我有病，我没病！",
    "别人老这么说，您心里窝火。咱们不说这个，今天您来，是想办啥事？", [],
    "Neither agrees nor corrects.")
add("good", "sanguine", "好嘞，那我回去等你电话！",
    "好，周四下午之前我打给您，打不通我发短信。路上慢点。", [],
    "Closing with a date.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(ROWS))


if __name__ == "__main__":
    main()
