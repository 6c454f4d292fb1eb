#!/usr/bin/env python3
"""Hand-written training lines (single officer turns) for petition reception.

Every line below was written and labelled by hand. Running this file only
numbers the ids and writes lines.jsonl; it makes no decisions.
"""
import json
import os
from collections import OrderedDict

ROWS = []
_counters = {}


def add(group, persona, visitor, text, codes, note):
    """group: '<code>' (positive), '<code>-n' (hard negative) or 'good'."""
    _counters[group] = _counters.get(group, 0) + 1
    n = _counters[group]
    if group == "good":
        rid = "good-%02d" % n
    elif group.endswith("-n"):
        rid = "%s-n%02d" % (group[:-2], n)
    else:
        rid = "%s-%02d" % (group, n)
    ROWS.append(OrderedDict([
        ("id", rid), ("persona", persona), ("visitor", visitor),
        ("text", text), ("codes", list(codes)), ("note", note),
    ]))


# ---------------------------------------------------------------------------
# confront: positives, unwell visitors (gentle, kindly, indirect corrections)
# ---------------------------------------------------------------------------
add("confront", "unwell",
    "隔壁那家天天晚上用机器往我屋里发射电波，我头都快炸了。",
    "阿姨，您先别着急。隔壁那个嗡嗡响的是空调外机，我上回路过特意看了，不是什么发射电波的机器。",
    ["confront"], "Polite and calm, but it corrects the unwell visitor's belief about the machine.")
add("confront", "unwell",
    "我脑子里老有人说话，说我偷了单位的钱，我没偷！",
    "大爷，您听到的这些声音啊，其实是身体出了点毛病，得上精神卫生中心让大夫瞧瞧，瞧好了就没了。",
    ["confront"], "Doctor suggestion framed as fact: tells the visitor the voices are an illness.")
add("confront", "unwell",
    "楼上半夜在磨刀，就是冲我来的，我听得清清楚楚。",
    "会不会是您听岔了？楼上那家是开早点铺的，半夜剁馅儿也说不定。",
    ["confront"], "'Maybe you misheard' plus an alternative explanation: a soft correction of the belief.")
add("confront", "unwell",
    "有人往我家水管里下药，我喝了就浑身发麻。",
    "您想想看，要是真有人往水管里下药，一个单元十几户都用一根总管，别人家怎么都好好的呢？",
    ["confront"], "Reasoning with the delusion through a rhetorical question.")
add("confront", "unwell",
    "他们在我后脑勺装了芯片，我想啥他们都知道。",
    "这个芯片嘛……说实在的，现在的技术怕是做不到往人脑袋里装东西吧……不过您难受，这个我记下了。",
    ["confront"], "Half-said and hedged, but it still disputes the belief before acknowledging the distress.")
add("confront", "unwell",
    "刚才门口那个女的不是我妈，是有人假扮的，我妈被他们藏起来了。",
    "孩子，我知道你心里害怕。可门口那位真是你妈妈，她陪你在外面坐了一上午，眼睛都哭红了。",
    ["confront"], "Kind tone, but it tells the visitor the impostor belief is wrong.")
add("confront", "unwell",
    "墙那边天天有人敲，三下三下的，是在给坏人报信。",
    "王师傅，您喝口水，慢慢讲。您说夜里总听见墙那边咚咚响，吵得一宿一宿睡不着，这个我都一笔一笔记下来了，明天就让网格员小赵上门看看。其实那边是间空房，好几年没人住了，您也别多想。",
    ["confront"], "Model turn until the last two clauses, which correct the belief ('nobody lives there').")
add("confront", "unwell",
    "卫星天天照着我，我走到哪儿它跟到哪儿。",
    "卫星那么忙，又要管天气又要管导航，哪有空专门盯着咱们一个老百姓呢，您说是不是？",
    ["confront"], "Friendly rhetorical reasoning against the belief.")
add("confront", "unwell",
    "我跟你说的都是真的，他们要害我，你别不信。",
    "我不是不信您，可这些事啊，大多是您自己心里琢磨出来的，实际上没人要害您。",
    ["confront"], "Soft opening, then states the threat is imagined.")
add("confront", "unwell",
    "那个人又跟着我了，从公交站一直跟到这儿。",
    "您按时吃医生开的药，吃上半个月就不会觉得有人跟着了。",
    ["confront"], "Frames the belief as a symptom that medication will remove.")
add("confront", "unwell",
    "我家电话被监听了，一拿起来就有咔嗒声。",
    "您放心，这事派出所帮您查过了，线路好好的，没人监听您家电话。",
    ["confront"], "Reassurance by fact is still a correction of an unwell visitor's belief.")
add("confront", "unwell",
    "这是皇上给我家的御旨，上面写着这片地都是我们的。",
    "老人家，您拿的这张是九几年的土地承包通知书复印件，上头可没写这片地都归您家。",
    ["confront"], "Gently tells the visitor what the paper really is: corrects the belief.")
add("confront", "unwell",
    "房子被街道偷偷过户给别人了，我晚上回去他们就要来赶我走。",
    "我刚在系统里帮您查了房产登记，房子还是在您名下，没人给您过户，今晚谁也不会来赶您。",
    ["confront"], "Helpful record check, but telling an unwell visitor the belief is false is a correction; the rubric codes any correction.")
add("confront", "unwell",
    "天天有人跟踪我，你们派人去抓啊！",
    "咱换个角度想想，要真有人跟了您这么多天，小区门口那么多摄像头，怎么一个人影都没拍到呢？",
    ["confront"], "Reasoning with the delusion using evidence.")
add("confront", "unwell",
    "他们在背后说我坏话，我从他们眼神里看出来的。",
    "大姐，您这两天是不是又没睡好？人一累，就容易觉得别人在议论自己，其实人家没那个意思。",
    ["confront"], "Explains the belief away as tiredness and denies it.")
add("confront", "unwell",
    "我当年的老战友在电视里给我打暗号，让我来北京告状。",
    "老哥，您那位战友早退休回老家带孙子去了，电视里那是演员，不可能给您打什么暗号。",
    ["confront"], "Warm but direct contradiction.")
add("confront", "unwell",
    "楼上伊拉夜里往阿拉屋里放毒气，我闻得到的。",
    "阿婆，侬想多了，楼上就是一户普通人家，老老实实过日子的，勿会放啥毒气的。",
    ["confront"], "Shanghainese, gentle, but it corrects the belief ('you are overthinking').")
add("confront", "unwell",
    "我爷爷留给我一座金矿，被镇上的干部霸占了，你们得还给我。",
    "这个我得跟您实话实说，档案馆我们去问过，您说的那座金矿压根查不到，恐怕是没有的事。",
    ["confront"], "Honest-sounding, but denies the belief outright.")
add("confront", "unwell",
    "现在家里那个不是我儿子，长得像，但不是，真的儿子被调包了。",
    "大妈，儿子就是您的儿子，哪能调包呢，他刚还在门口给您买包子去了。",
    ["confront"], "Corrects an impostor belief, kindly worded.")
add("confront", "unwell",
    "社区医生给我的药是毒药，我一吃就犯困，他们想让我睡死过去。",
    "那药不是毒药，是市里医院开的，犯困是正常反应，社区医生也核对过，您就放心吃吧。",
    ["confront"], "Practical and kind, but argues against the belief that the medicine is poison.")
add("confront", "unwell",
    "我想明白了，全楼的人都被收买了，一起对付我。",
    "您这个想法啊，我觉得有点钻牛角尖了，全楼几十户，哪能都被人收买呢。",
    ["confront"], "Judges the belief and argues with it.")
add("confront", "unwell",
    "对面楼有人拿灯光给我打信号，一闪一闪的，叫我去死。",
    "大姐，那是路灯接触不良在闪，供电所说这礼拜就来修，不是谁在给您打信号。",
    ["confront"], "Fact-based correction of the belief (the risk words 'tell me to die' also deserve care, which the line skips).")
add("confront", "unwell",
    "有人冒充我给你们打电话，说我不告了，你们别信他！",
    "我们这边来电都有录音有记录，没有谁冒充您打过电话，您放宽心。",
    ["confront"], "Soothing words, but denies the belief.")
add("confront", "unwell",
    "是我们厂长派人害我，他要灭口，你们快管管。",
    "您别急，咱们一条一条捋：您说厂长派人害您，可厂子十年前就关了，厂长也调到外地去了，对吧？那他还图什么呢？",
    ["confront"], "Socratic reasoning with the delusion.")
add("confront", "unwell",
    "我耳朵里一直有人叫我名字，叫了三年了。",
    "叔，我信您是真听见了。不过那多半是耳鸣，上了年纪的人常有，跟谁叫您没关系。",
    ["confront"], "Starts by going along, then explains the voice away.")
add("confront", "unwell",
    "我来登记，有辆黑车天天跟着我，车牌我都记下了。",
    "好，您把车牌给我，我登记上。您叫什么名字，住哪个小区？……嗯，东湖小区三号楼，记好了。您这一路过来累了吧，喝点水歇歇。那辆车啊，我估摸着就是顺路的，人家也上班下班，您别往心里去。",
    ["confront"], "Good intake, then ends by dismissing the belief.")
add("confront", "unwell",
    "派出所有人把我的档案换了，现在档案上写的不是我。",
    "您说档案被人换了，这个不太可能，户籍档案都锁在柜子里，要两个人签字才能调。",
    ["confront"], "Argues against the belief with procedure.")
add("confront", "unwell",
    "我卡里的钱被人偷了，每个月少一千多，是有人用法术取走的。",
    "阿姨，银行流水我帮您打出来了，您看，每个月这一千多都是您自己在柜台取的，有您的签字呢。",
    ["confront"], "Showing evidence to an unwell visitor is still a correction of the belief.")
add("confront", "unwell",
    "那个声音说我是罪人，让我来自首。",
    "那个声音说的话都当不得真，您就当是收音机里的杂音，听听就过去了，您不是什么罪人。",
    ["confront"], "Comforting end, but it tells the visitor the voice is not real.")
add("confront", "unwell",
    "他们又开始往我脑子里灌东西了，这几天特别厉害。",
    "您是不是这阵子又没按时吃药了？一停药就容易觉得有人往脑子里灌东西，咱得把药接着吃上。",
    ["confront"], "Treats the belief as a symptom of stopping medication.")
add("confront", "unwell",
    "邻居拿激光照我，我背上都被照出红点了。",
    "您看，您家窗户上贴了深色的膜，激光哪能透得过来呀，那几个红点我瞧着像是蚊子咬的。",
    ["confront"], "Reasons inside the delusion and offers another explanation.")

# confront: positives, other personas (sharp contradiction of a sane account)
add("confront", "choleric",
    "街道拖了我半年，一次回复都没有！你们就是一窝的！",
    "您说得不对，街道没拖，人家上个月十五号就书面回复您了，回执上还有您签的字呢。",
    ["confront"], "Flatly contradicts the angry visitor's account instead of checking it with him.")
add("confront", "choleric",
    "物业乱收费不说，经理还动手打了我，你们管不管？",
    "李师傅，您先消消气，茶给您放这儿了。您说的物业乱收费我一项项记了：电梯费、停车费、还有公摊电费，这三项我下午就打给房管科问清楚，周五前给您回话。不过您说经理打了您，这个我看不可能，人家当天根本不在小区。",
    ["confront"], "Good turn that ends with a flat denial of part of the account.")
add("confront", "resentful",
    "当年下放，我们这批人工资被克扣了多少年，谁管过？",
    "您这个账算得不对，当年档案上工资都是按月足额发的，没人克扣您的，别老觉得自己吃了亏。",
    ["confront"], "Argues with the account and with the visitor's sense of injustice.")
add("confront", "resentful",
    "我们厂那批老工人，就我们几个一直被欺负。",
    "都过去三十多年了，哪来那么多欺负？那个年代谁家不是这么熬过来的。",
    ["confront"], "Dismisses the perception with a rhetorical question.")
add("confront", "sanguine",
    "我在短视频上看到，说今年开始满五十五岁就能领两千块养老补贴，我来领。",
    "那视频是假的，这种说法压根站不住，您可别什么都信。",
    ["confront"], "Sharp contradiction with a small lecture, no explanation of the real policy.")
add("confront", "sanguine",
    "隔壁老刘家拆迁拿了一百二十万，我家面积差不多，凭啥就八十万？",
    "您那是听来的，老刘家拿多少您又没亲眼见，别瞎比，比了也是白比。",
    ["confront"], "Dismisses the comparison instead of explaining the standard.")
add("confront", "veteran",
    "我这腿就是拆迁队推的，摔断的，你们得赔。",
    "您这伤是自己在家摔的，跟拆迁队没关系，医院的病历上写得清清楚楚。",
    ["confront"], "Flat contradiction of the visitor's account.")
add("confront", "veteran",
    "补偿款说好的是五万，你们现在又不认了。",
    "您上回来可不是这么说的，上回说的是三万，今天又成五万了，到底哪个数是真的？",
    ["confront"], "Sharp rhetorical challenge of the account (compare the negative that just records both figures).")
add("confront", "pestering",
    "镇长亲口答应过我，给我儿子安排进镇政府，你们得兑现。",
    "镇长答应过？这话我们找镇长核实了，他说没有，您肯定是记错了。",
    ["confront"], "Checking is fine; 'you must have misremembered' flatly contradicts the account.")
add("confront", "pestering",
    "我这要求一点都不过分，你们就该给我解决。",
    "您自己说说，这要求合理吗？哪条规定写着能给您批宅基地盖第三套房？",
    ["confront"], "Rhetorical arguing with the visitor's belief instead of stating the limit.")
add("confront", "confused",
    "我以为交了三年社保，到岁数就能按月领退休金了。",
    "不对不对，您理解反了，不是交三年就能领，您这么想肯定不行。",
    ["confront"], "Sharp contradiction with no plain explanation.")
add("confront", "melancholic",
    "我觉得单位领导就是针对我，别人迟到没事，我迟到就扣钱。",
    "我看不至于，领导那么忙，哪有工夫专门针对您一个人？",
    ["confront"], "Dismisses a withdrawn visitor's perception.")
add("confront", "phlegmatic",
    "……我想想……合同好像是……二〇一九年签的。",
    "您别慢慢想了，我直接告诉您，是二〇一八年，您记的日子不对。",
    ["confront"], "Rushes and flatly corrects a slow visitor (compare the gentle negative on the same date).")
add("confront", "confused",
    "那个文件说了，老人都能免费坐飞机。",
    "您说的那个政策压根就没有，八成是您自己琢磨出来的吧。",
    ["confront"], "Contradiction plus a dismissive guess about where the idea came from.")

# ---------------------------------------------------------------------------
# confront: hard negatives
# ---------------------------------------------------------------------------
add("confront-n", "unwell",
    "隔壁天天往我屋里发电波，我一宿一宿睡不着。",
    "一宿一宿睡不着，那可太熬人了，搁谁身上都受不了。您这几天吃饭怎么样？",
    [], "Acknowledges the feeling and asks about wellbeing without arguing about the belief.")
add("confront-n", "unwell",
    "你记下来没有？楼上半夜磨刀，冲我来的。",
    "记下了，您看，这儿写着：楼上夜里有响动，您害怕，睡不着。我一个字没落。",
    [], "Records the experience and the fear; neither endorses nor disputes the belief.")
add("confront-n", "unwell",
    "我家门锁肯定被人动过，我不敢回去。",
    "那这样，我让社区的小李明天上午带师傅去您家，给您换一把结实的新锁，换好了您心里也踏实点。",
    [], "Practical help for the worry, no correction.")
add("confront-n", "unwell",
    "那辆车又跟着我来了，就停在你们门口。",
    "您觉得那车老跟着您，心里发毛，是吧？一会儿您回家，我请网格员陪您走一趟，到家门口再回来。",
    [], "Goes along with the feeling and offers safety; does not say the car is not following.")
add("confront-n", "unwell",
    "你们是不是也觉得我疯了？",
    "我没这么看您。您来这一趟，把心里憋的事说出来，这是对的。我在这儿听着。",
    [], "Reassures the person without addressing the belief.")
add("confront-n", "unwell",
    "他们要害我，我真的很怕。",
    "这个怕是真的，我看得出来，您手都在抖。现在家里还有谁跟您一块儿住？",
    [], "Validates the fear (not the belief) and asks a practical question.")
add("confront-n", "unwell",
    "半夜那个声音又来了，我不敢睡。",
    "要是半夜又睡不着、心里慌，您就打这个电话，是街道的值班电话，一天二十四小时都有人接，我把号码写大一点给您。",
    [], "Practical help; the voice is neither confirmed nor denied.")
add("confront-n", "unwell",
    "这几天他们往饭里下东西，我头疼得厉害，吃不下饭。",
    "头疼又吃不下饭，身子可熬不住。社区医院的刘大夫人挺和气，我帮您约个时间，先量量血压、看看头疼，好不好？",
    [], "Doctor visit offered for the physical complaint, not framed as the belief being an illness: hard negative to the 'see a doctor' positives.")
add("confront-n", "unwell",
    "这是皇上给我家的御旨，你们得照着办。",
    "这张纸您收好，别弄折了。我帮您复印一份留在这儿，原件您自己拿回去放稳当。",
    [], "Handles the document kindly without confirming or disputing what it is.")
add("confront-n", "unwell",
    "他们在我脑子里装了芯片，还偷走了我的低保卡里的钱。",
    "您说的我都记下了。咱先说您最着急的那件——这个月低保卡取不出钱，对吧？卡带了没有？我帮您打电话问问银行。",
    [], "Redirects to the concrete problem without arguing about the chip.")
add("confront-n", "unwell",
    "在这儿安全吗？他们会不会追进来？",
    "您在这儿安安稳稳的，门口有保安，屋里有我，您就坐这儿慢慢讲。",
    [], "Safety reassurance about this room, not a correction of the belief.")
add("confront-n", "veteran",
    "你们不给钱，我明天就去区政府门口躺着。",
    "您要是去区政府门口躺着、拦领导的车，公安依法是会处理的，这个我得提前跟您讲明白，不是吓唬您。您的事咱们照样按政策往下走。",
    [], "Calm statement of the legal limit to a sane visitor; not confront.")
add("confront-n", "sanguine",
    "我听人说满六十就能领养老金，我刚满六十，来领钱。",
    "您说的满六十领钱，指的是城乡居民养老保险，前提是缴费满十五年。您交了几年？咱们把缴费记录调出来对一对。",
    [], "Explains the whole policy behind a quoted fragment and asks; no argument.")
add("confront-n", "confused",
    "文件上说了可以申请补贴，那我就应该有。",
    "文件上写的是“符合条件的可以申请”，关键在“符合条件”这几个字。咱们一条条看：户口、年龄、收入，您先说说家里几口人？",
    [], "Plain explanation and questions, not a contradiction.")
add("confront-n", "choleric",
    "社区一次都没来过我家！一次都没有！",
    "您说一次都没来过，我这登记本上记着三月十二号有人上门，是不是那天您家里没人？咱们对一对，要是没见着人，就是他们的工作没做到位。",
    [], "Puts the record beside the account as a question (face-to-face checking); not a sharp contradiction.")
add("confront-n", "resentful",
    "我就要回原来的岗位，别的都不要。",
    "原来的岗位是回不去了，厂子二〇〇三年就改制了，这个得跟您讲实话。当年的工龄怎么认，咱们可以去调档案。",
    [], "Calm statement of a fact that cannot change, plus a real path.")
add("confront-n", "pestering",
    "今天你们必须给我个说法，补偿到底给不给？",
    "说法跟上回一样：您要的这笔补偿没有政策依据，给不了。我不会因为您来的次数多就换个说法。",
    [], "Firm, consistent answer about the demand; it does not argue with the visitor's account.")
add("confront-n", "melancholic",
    "都怪我没用，事情才弄成这样。",
    "我可不这么看。您一个人跑了五趟，材料还整理得这么齐，这哪是没用的人做得到的？",
    [], "Kind disagreement with self-blame; supportive, not arguing with the visitor's account of the matter.")
add("confront-n", "phlegmatic",
    "……合同是……二〇一九年签的吧。",
    "不着急，您再想想也行。合同上印的是二〇一八年，可能是签字那天和盖章那天隔了几个月，咱们就以合同为准，对您没影响。",
    [], "Gentle reconciliation of a date with a sane, slow visitor; no arguing (contrast the rushed positive).")
add("confront-n", "sanguine",
    "网上说生二胎每个月补一千，咱这儿怎么没有？",
    "网上那条说的是外省一个市的政策，咱们市是另一套：三岁以下每年有育儿补贴，标准我给您打印出来，您看看能领哪几项。",
    [], "Objective policy presentation, not a sharp contradiction.")
add("confront-n", "veteran",
    "我上次说的是三万，这次说五万，因为利息涨了。",
    "好，我把两次说的数都记上：上次三万，这次五万，差的是利息。利息怎么算得有依据，您手里有借条吗？",
    [], "Records both figures and asks for evidence; no challenge.")
add("confront-n", "choleric",
    "你们就是互相包庇！",
    "我知道您憋着火。您说包庇，具体是哪件事、哪个人？您说清楚，我一条条记，查实了该怎么处理就怎么处理。",
    [], "Asks for specifics instead of denying the accusation.")
add("confront-n", "confused",
    "我爹的地，为啥不能分给我弟弟家新生的娃？",
    "这个啊，打个比方：地像一张已经切好的饼，这一轮承包期里，家里添了人也好、少了人也好，饼不重新切。等这一轮到期，才会重新算。",
    [], "Plain-language comparison explaining the rule; no argument.")
add("confront-n", "resentful",
    "你们当官的，没一个好东西！",
    "您这么说我听着也不好受，不过我明白，您是这些年碰了太多钉子。今天您遇着我，咱们就把事一件件说清楚。",
    [], "Mild reply to abuse without arguing about the visitor's view.")
add("confront-n", "pestering",
    "你上次明明说有希望的！",
    "上回我的原话是“没有依据、办不了”，登记本上也是这么写的，我念给您听。可能当时人多，您听着像是有希望，这个怪我没说得更明白。",
    [], "Sane visitor: reads the record and takes the blame for unclear wording; calm clarification, not a sharp contradiction (with an unwell visitor 'you misheard' would be coded).")

# ---------------------------------------------------------------------------
# false_promise: positives
# ---------------------------------------------------------------------------
add("false_promise", "pestering",
    "我这事你们到底给不给办？我都来第八回了。",
    "行行行，这回我给您往上报，估摸着能批下来，您就别再来回跑了。",
    ["false_promise"], "Half-promise of approval to a pestering visitor.")
add("false_promise", "veteran",
    "拆迁补偿我家就是少算了，你们得给我补。",
    "您这事儿啊，我跟镇上管拆迁的老周熟，回头打个招呼，往上提一提问题不大。",
    ["false_promise"], "Implied better outcome through connections, beyond authority.")
add("false_promise", "resentful",
    "我在知青点干了八年，工龄一天都没给我算。",
    "老师傅，您受委屈了。这八年工龄我看肯定能给您补回来，您就回家等好消息吧。",
    ["false_promise"], "Promises the outcome before any check.")
add("false_promise", "sanguine",
    "我那居住证积分的事儿，您给看看能不能赶上今年。",
    "得嘞，您这事儿交给我，月底之前准给您落实了，踏踏实实等着吧。",
    ["false_promise"], "Beijing-style cheerful guarantee of an outcome the office does not control.")
add("false_promise", "melancholic",
    "阿拉屋里厢老房子动迁，我怕分勿到房子。",
    "阿姨，侬放心好了，迭桩事体我帮侬盯牢，房子肯定分得到的，勿要急。",
    ["false_promise"], "Shanghainese reassurance that promises the housing outcome.")
add("false_promise", "choleric",
    "欠我的工钱拖了半年，老板跑了，你们说怎么办！",
    "张师傅，您别急，先把水喝了。您说的情况我都记了：在城东工地干了六个月，欠薪四万二，包工头姓刘，电话打不通。我下午就把材料转给区劳动监察大队，他们有权责令总包单位先垫付。您放心，反正最后肯定一分不差全拿到手。",
    ["false_promise"], "Excellent intake and referral, then a closing guarantee of full payment.")
add("false_promise", "veteran",
    "我这个事，你给我透个底，到底有没有戏？",
    "像您这种情况，去年也有一位，后来还是给办下来了，我就说这么多，您明白我意思吧。",
    ["false_promise"], "Implied promise by precedent and a wink.")
add("false_promise", "resentful",
    "我们这些老同志，为国家干了一辈子，临了连个待遇都落实不了。",
    "按文件您是差了一点条件，不过您放心，我们会酌情考虑，您这样的老同志，总不能让您吃亏。",
    ["false_promise"], "Polite half-promise although the conditions are not met.")
add("false_promise", "pestering",
    "我就要一套安置房，别的都不要。",
    "这个嘛……您先回去，我们内部再合计合计，也不是一点门儿都没有。",
    ["false_promise"], "Said about a demand with no basis; implies the answer may change.")
add("false_promise", "choleric",
    "钱呢？今天不给我钱我就不走了！",
    "好好好，您别急，明天！明天就给您把钱打到卡上。",
    ["false_promise"], "Panicked promise of a payment the office cannot make.")
add("false_promise", "melancholic",
    "孩子转学的事，学校说没名额，我真是没办法了。",
    "您别难过，孩子上学的事我来想办法，一定让那个学校把他收下。",
    ["false_promise"], "Promises a school admission, beyond the office's authority.")
add("false_promise", "confused",
    "我这个住院的钱，新农合能报吗？",
    "您这个情况肯定能报，百分之百，回家等着钱打过来就行。",
    ["false_promise"], "Certain outcome before checking eligibility or the rate.")
add("false_promise", "phlegmatic",
    "……复查的事，我想再考虑考虑要不要申请。",
    "您慢慢考虑。不过我可以先给您交个底：这回复查，结论准能改过来。",
    ["false_promise"], "Patient tone, but predicts the outcome of a review.")
add("false_promise", "veteran",
    "这次的补贴有没有我的份儿？",
    "您看我啥时候糊弄过您？这回的补贴肯定有您一份，跑不了。",
    ["false_promise"], "Guarantee framed as a rhetorical question.")
add("false_promise", "sanguine",
    "我家那套房子的房本啥时候能办下来啊？开发商一直拖。",
    "这事儿板上钉钉，我看下礼拜您就能拿着房本回家了。",
    ["false_promise"], "Colloquial guarantee about a third party's act.")
add("false_promise", "resentful",
    "我这事跑了多少年了，就是没人给个准话。",
    "我去跟领导磨一磨，兴许能给您开个口子，您这么多年也不容易。",
    ["false_promise"], "Half-promise of an exception.")
add("false_promise", "confused",
    "我家就我跟老伴，都七十多了，能吃低保不？",
    "我看您家这条件，低保是跑不了的，下个月就能领上。",
    ["false_promise"], "Predicts approval before the income check (contrast the entitlement-conditioned negatives).")
add("false_promise", "choleric",
    "起诉太麻烦了！你就直接告诉我能不能赔！",
    "这回您听我的，撤了诉，赔偿我负责给您要回来，一分不会少。",
    ["false_promise"], "Promises a compensation result beyond the office's authority.")
add("false_promise", "unwell",
    "有人在我家装了窃听器，你们赶紧去抓人！",
    "大姐您放心，我马上让派出所去把装窃听器的人抓起来，今天就抓。",
    ["false_promise"], "Does not confront, but promises an arrest the office cannot order.")
add("false_promise", "sanguine",
    "公司不给我加班费，我算了一下有一万二，能要回来吧？",
    "小伙子，你这个加班费肯定要得回来，公司不给，我们让它给。",
    ["false_promise"], "Young worker; guarantees recovery the office cannot compel.")
add("false_promise", "resentful",
    "就问你一句，我这待遇问题，到底什么时候解决？",
    "我跟您保证，年底之前一定给您解决，您就把心放肚子里。",
    ["false_promise"], "Dated guarantee of an outcome.")
add("false_promise", "phlegmatic",
    "那……我把材料交了，就回去了？",
    "对，您就踏踏实实回家，剩下的交给我们，保准让您满意。",
    ["false_promise"], "Polite closing that guarantees satisfaction.")
add("false_promise", "confused",
    "政策里没写我这种情况，那是不是就没有了？",
    "政策上是没写您这种，不过我们可以变通一下嘛，给您按那个标准算就是了。",
    ["false_promise"], "Offers to bend the policy.")
add("false_promise", "pestering",
    "你就说能不能帮我？不能我就去市里。",
    "行吧，我看看能不能给您想个别的路子，您这阵子先别来了。",
    ["false_promise"], "'Let me see what I can do' to a demand with no basis.")
add("false_promise", "choleric",
    "暖气一个礼拜不热了，家里老人冻得直哆嗦！",
    "我现在就给热力公司打电话，保证他们今天晚上就给您家通上暖气。",
    ["false_promise"], "The call is a fine commitment; guaranteeing the heating company's result tonight is a false promise.")
add("false_promise", "melancholic",
    "我老伴走了，抚恤金一直没下来，家里快揭不开锅了。",
    "您放宽心，您老伴儿的抚恤金肯定一分不差地补上，兴许还能多给您点。",
    ["false_promise"], "The entitlement part alone would be fine; 'maybe a bit more' goes beyond it.")
add("false_promise", "veteran",
    "我这病就是上访累出来的，你们得管。",
    "领导那边我去说，您这个病按因公算，医药费能全报。",
    ["false_promise"], "Promises a classification and full reimbursement with no basis.")
add("false_promise", "phlegmatic",
    "……这个申请，大概多久能批？",
    "不急不急，您这申请交上去，估摸着一个月就批了，没啥问题。",
    ["false_promise"], "Answers 'how long' with a predicted approval.")
add("false_promise", "sanguine",
    "我爸住院的医药费，单位能给报多少啊？",
    "医药费这块你放一百个心，单位肯定全报，一张票都不会退回来。",
    ["false_promise"], "Guarantees an employer's reimbursement.")
add("false_promise", "confused",
    "我就怕那块地被村里收回去。",
    "这个地您放心种着，有我在，谁也收不走。",
    ["false_promise"], "Personal guarantee on land tenure, outside the office's power.")
add("false_promise", "resentful",
    "我的档案当年被人动过手脚，处分是冤的。",
    "老同志，您这么大岁数还跑来，辛苦了。您说的情况我理一下：一九八二年的处分，您认为依据不实，这些年找过厂里两次、区里一次，都没有下文，对吧？档案我明天去区档案馆调。调出来肯定对您有利，这个处分能翻过来。",
    ["false_promise"], "Good restatement and commitment, then a guarantee that the review will succeed.")
add("false_promise", "veteran",
    "罚款那两千我不交，你给我说说情。",
    "罚款的事您别管了，我跟城管那边说一声就撤了。",
    ["false_promise"], "Promises to get a fine dropped through influence.")
add("false_promise", "pestering",
    "我知道没政策，但是你们就不能破个例？",
    "您的心情我理解。这样，我把您的要求当个特例往上递一递，您就等好消息吧。",
    ["false_promise"], "Polite wording, but it promises an exception.")
add("false_promise", "melancholic",
    "廉租房排了三年了，什么时候能轮到我？",
    "快了快了，我保证您年前能住进去，踏踏实实过个年。",
    ["false_promise"], "Promises an allocation date the office does not control.")
add("false_promise", "phlegmatic",
    "……那您看，我这个情况……有希望吗？",
    "您这情况啊，我心里有数了，基本上是能成的。",
    ["false_promise"], "Implied approval.")
add("false_promise", "confused",
    "条件我也弄不清，您看我能不能办？",
    "条件不用看了，您这么大岁数了，肯定给您办。",
    ["false_promise"], "Skips eligibility and promises the outcome.")
add("false_promise", "unwell",
    "我的养老金被人截走了，每个月都少。",
    "养老金被截了是吧？您放心，下个月给您双倍补回来。",
    ["false_promise"], "Goes along with the belief (no confront) but promises a double payment.")
add("false_promise", "resentful",
    "下岗那会儿说好的补偿，后来就没影了。",
    "现在政策松了，我估计您那笔能重新算，八九不离十。",
    ["false_promise"], "Colloquial near-certain prediction.")
add("false_promise", "sanguine",
    "侬讲讲看，迭个补贴阿拉屋里也好拿的伐？",
    "好拿额，好拿额，侬下趟来钞票就好拿了，交关快额。",
    ["false_promise"], "Shanghainese cheerful guarantee of money.")
add("false_promise", "choleric",
    "你就说吧，那个违建到底拆不拆？",
    "拆，肯定拆，这个月之内我让他们拆干净。",
    ["false_promise"], "Promises another department's enforcement result.")
add("false_promise", "melancholic",
    "我不知道该不该来……怕给你们添麻烦。",
    "您来就对了，一点也不麻烦。您慢慢讲，我这儿有纸有笔，都记着。您说女儿的工伤认定被单位压着，这个我们可以帮您把申请转到人社局。您别愁，这事儿最后准是您赢。",
    ["false_promise"], "Warm, useful turn that ends in a guarantee of the result.")

# ---------------------------------------------------------------------------
# false_promise: hard negatives
# ---------------------------------------------------------------------------
add("false_promise-n", "resentful",
    "你们每次都说问问，问完就没下文了。",
    "这回我把话说具体：我今天下午就给街道房管员打电话，问清楚了，周四下班前给您回个准信，不管好消息坏消息都告诉您。",
    [], "Commitment to the officer's own next step, with a date; no outcome promised.")
add("false_promise-n", "pestering",
    "你就说一句，能不能批？",
    "能不能批不是我说了算，我不跟您打马虎眼。我能做的是把材料递上去，一周内告诉您走到哪一步了。",
    [], "Honest hedge plus the officer's own step.")
add("false_promise-n", "veteran",
    "该给我的补贴，你们是不是想赖掉？",
    "核实下来属于您的那份补贴，按规定该发多少发多少，不用您闹也是您的；不属于的，我也不会给您许。",
    [], "Outcome conditioned on an existing entitlement, and says no to anything beyond it.")
add("false_promise-n", "confused",
    "那我这个高龄补贴，到底能不能领？",
    "按文件，八十周岁以上、本市户籍的都能领。您户口本上是八十一，只要户籍对得上，下个月就开始发，每月一百。",
    [], "Outcome tied to a verifiable entitlement under the document.")
add("false_promise-n", "choleric",
    "复查！我要复查！你给我保证能改过来！",
    "能不能改过来，这个我保证不了，骗您没意思。但复查申请我现在就帮您写，今天下班前交上去。",
    [], "Declines to guarantee; commits to act.")
add("false_promise-n", "pestering",
    "我就要安置房，没有安置房我天天来。",
    "安置房您确实不够条件，这个答复不变。不过您家现在的收入，可以申请公租房，轮候大概半年，申请表我给您，我帮您填。",
    [], "A real alternative with a policy basis, not a promise of the demand.")
add("false_promise-n", "melancholic",
    "您说实话，我这事还有希望吗？",
    "实话是，可能办不成，我不想让您空欢喜。但我会去问，问清楚了给您打电话，您别一个人闷着。",
    [], "Honest hedge and a commitment to ask.")
add("false_promise-n", "veteran",
    "你今天答应我赔二十万，我就走。",
    "二十万我答应不了，这不是我能答应的。能答应您的是：十五个工作日内，给您一个书面的回复。",
    [], "Refuses the outcome, commits to a procedural step.")
add("false_promise-n", "phlegmatic",
    "……那领导会批吗？",
    "我会把您的情况原原本本写进报告里。领导怎么批，我现在不知道，批下来了我第一时间打电话告诉您。",
    [], "Own action; honest about the unknown outcome.")
add("false_promise-n", "resentful",
    "我要求补发十年的差额。",
    "该您的待遇，核实清楚了一样也不会少；核实不了的，我也不能空口给您许愿。先把工资档案调出来看。",
    [], "Entitlement-conditioned, with a next step.")
add("false_promise-n", "sanguine",
    "那我这个事，你明天能去看看吗？",
    "能，我明天上午九点去您小区看那堵墙，拍了照片回来就转给城管，中午前给您发个消息。",
    [], "Commitment to the officer's own act.")
add("false_promise-n", "choleric",
    "墙倒了砸了我的车，施工队赔不赔？",
    "如果核实确实是施工方的围墙倒的，按规定他们得赔您的损失，我们会督促他们跟您协商。",
    [], "Conditional on liability under the rules; not a guarantee.")
add("false_promise-n", "veteran",
    "法院判得不公，你们给我改过来！",
    "法院的判决我没法替法院改，但我可以帮您联系法律援助中心，请律师帮您看看能不能申请再审，这个我能做到。",
    [], "Refuses the out-of-authority outcome and offers a step the officer can take.")
add("false_promise-n", "melancholic",
    "我想见领导，当面说。",
    "下个月八号是领导接待日，我帮您登记上。能不能当场解决要看领导，但您的话肯定能当面说到。",
    [], "Registration is within the officer's power; the outcome is hedged.")
add("false_promise-n", "phlegmatic",
    "……劳动监察那边，会不会不理我？",
    "我给您开个转办单，盖上章，他们收了单子，按规定必须在期限内答复，单号您收好，过了期限您拿着单号来找我。",
    [], "Procedural commitment resting on the legal time limit.")
add("false_promise-n", "sanguine",
    "我儿子待业在家，你们能给安排个工作吗？",
    "安排工作这个我做不到，也不瞒您。街道每个月有公开招聘，信息出来了我让社区通知您，您让孩子自己去报名。",
    [], "Refuses the favour; offers public information only.")
add("false_promise-n", "confused",
    "那个临时救助，我能领吗？",
    "您家这情况是够临时救助条件的：大病、收入低、户口在本区。我今天就帮您把表填了，审批大概十个工作日。",
    [], "Entitlement stated with its conditions, plus the officer's own step.")
add("false_promise-n", "resentful",
    "你们都是说完就忘。",
    "这事我一定跟到底，每个礼拜五下午给您打个电话说进度，哪怕没进展也打。",
    [], "Commitment to follow up, not to an outcome.")
add("false_promise-n", "pestering",
    "你就说能补多少吧。",
    "能补的肯定补，补多少得看档案怎么记的，档案我下周二去调，调完告诉您。",
    [], "Entitlement-conditioned, plus a next step.")
add("false_promise-n", "choleric",
    "你给我约房管所的人！现在就约！",
    "行，我现在就打。刘科长周三下午在，我帮您约两点半，您带上房本和购房合同一块儿去，我也陪您过去。",
    [], "Commitment to act.")
add("false_promise-n", "sanguine",
    "物业多收了我三百块电梯费，能退吗？",
    "要是查下来确实是多收了，物业就得退，这是有规定的。我把收费标准给您找出来，您对照一下收据。",
    [], "Conditional outcome under the rule.")
add("false_promise-n", "unwell",
    "我家的门锁被人撬过，他们晚上会进来。",
    "门锁的事我记下了，我这就跟社区打个电话，让他们明天派人去看看锁，需要换就帮您换。",
    [], "Goes along with the worry with a concrete step; promises no outcome and corrects nothing.")
add("false_promise-n", "melancholic",
    "这么多年了，还能办吗？",
    "我不瞒您，希望不大。但流程我陪您走完，每一步到哪儿了我都跟您说，不让您一个人摸黑。",
    [], "Honest hedge and commitment.")
add("false_promise-n", "phlegmatic",
    "……报销的比例，能不能再高一点？",
    "报销比例是文件定死的，我改不了。您这张单子能报多少，我现在就按比例给您算出来，您心里有个数。",
    [], "States the limit, gives concrete help.")
add("false_promise-n", "veteran",
    "你们领导上次说了会考虑，这次呢？",
    "上次的记录我翻了，领导说的是“按政策核实”，不是答应给钱。核实结果是不符合，这个我今天当面跟您说清楚。",
    [], "Consistent, record-based refusal; no promise, and calm rather than confronting.")

# ---------------------------------------------------------------------------
# buy_peace: positives
# ---------------------------------------------------------------------------
add("buy_peace", "veteran",
    "我还是要去市里，你们解决不了我就一直往上走。",
    "我这儿有笔困难慰问的钱，先支一千给您，您就别往市里跑了，这事先放一放。",
    ["buy_peace"], "Office money offered to stop petitioning.")
add("buy_peace", "pestering",
    "你们不解决，我就天天来。",
    "您要是答应以后不来了，年底困难户的名额我给您报上。",
    ["buy_peace"], "Relief quota in exchange for stopping.")
add("buy_peace", "veteran",
    "我儿子也没工作，一家人都靠我这点钱。",
    "您儿子不是闲着吗？街道保安队正缺人，我打个招呼让他明天去报到，您这事咱们就不提了，行不？",
    ["buy_peace"], "Job favour to end the petition.")
add("buy_peace", "choleric",
    "我今天要是拿不到说法，就睡在你们这儿！",
    "行了行了，这两百块您先拿着打车回家，以后别来了好吧？",
    ["buy_peace"], "Cash to make the visitor go away.")
add("buy_peace", "resentful",
    "我那老房子漏雨十年了，厂里不管，你们也不管。",
    "老爷子，您签个不再上访的承诺书，我去帮您把老房子的维修款批下来。",
    ["buy_peace"], "Favour in exchange for a no-petition pledge.")
add("buy_peace", "sanguine",
    "我在网上发了帖子，好多人转了，你们总得有个态度吧？",
    "帖子您先删了，孩子上学的事我们帮您落个好点的学校，两全其美。",
    ["buy_peace"], "School favour traded for deleting the post and dropping the complaint.")
add("buy_peace", "phlegmatic",
    "……我也不想老来，就是那个补贴的事，一直没个准信。",
    "老周，您慢慢说，不着急。补贴的事我查了：您的社保缴费断了两年，按规定暂时不够领取条件，补缴以后可以重新申请，补缴的窗口在区社保中心一楼。这样，回头社区有个公益岗，我给您留着，您就不用老往这儿跑了。",
    ["buy_peace"], "Exemplary explanation, then a job held back for him so he stops coming.")
add("buy_peace", "melancholic",
    "我写的信你们都收到了吧？一封回信都没有。",
    "您就别再写信了，我让居委会每个月给您送一桶油一袋米，您安心在家过日子。",
    ["buy_peace"], "Goods offered so the letters stop.")
add("buy_peace", "veteran",
    "马上开大会了，我准备去北京。",
    "大会那几天您要是在家待着不出门，我们按误工给您补三千。",
    ["buy_peace"], "Paying the visitor to stay home during a sensitive period.")
add("buy_peace", "pestering",
    "你就说给不给吧。",
    "咱们私下说，您要多少？差不多的话我去想办法凑，签个字这事就算结了。",
    ["buy_peace"], "Private cash settlement to end petitioning.")
add("buy_peace", "phlegmatic",
    "……房子的事，我想……再反映一下。",
    "您看这样行不行：明年廉租房分配，我们把您往前排，您这边就不再往上反映了。",
    ["buy_peace"], "Queue priority traded for silence.")
add("buy_peace", "confused",
    "那个补贴我还是没弄明白，为啥我家没有？",
    "这个事说起来太绕了，要不这样，我给您家报个低保，那个补贴您就别追着问了。",
    ["buy_peace"], "Relief quota offered to stop the questions instead of explaining.")
add("buy_peace", "choleric",
    "我昨天堵门是不对，但你们得给我个交代！",
    "堵门的事我们不追究了，再给您五百块医药费，今天就到这儿，回去别再闹了。",
    ["buy_peace"], "Money and leniency to close the matter.")
add("buy_peace", "resentful",
    "我们这些老工人的事，你们就是拖。",
    "老工人的事确实难办。这样，厂里过节的慰问，我让他们把您列上，一年两回，您看行吧，就别上访了。",
    ["buy_peace"], "Benefit offered on condition of stopping.")
add("buy_peace", "sanguine",
    "你们这办事效率，我得在网上好好说道说道。",
    "别别别，我们这儿有几张体检卡，您拿去用，网上那事就算了吧。",
    ["buy_peace"], "A perk to prevent an online complaint.")
add("buy_peace", "veteran",
    "这次你们不给个数，我还去北京。",
    "您这次不去北京，拆迁那边多给您算二十平米，我说话算数。",
    ["buy_peace", "false_promise"], "Trades extra compensation for not petitioning, and promises an outcome beyond authority.")
add("buy_peace", "pestering",
    "我不管条件，我就要救助款。",
    "这个月的救助款我先给您批了，够不够条件的先不说，您别天天来了。",
    ["buy_peace"], "Relief granted around eligibility to make the visitor stop.")
add("buy_peace", "melancholic",
    "我女儿考事业编，没考上，我想申诉。",
    "您女儿那个岗位，我跟人事科打个招呼，补录的时候照顾一下，您这申诉就撤了吧。",
    ["buy_peace"], "Job favour for withdrawing a complaint.")
add("buy_peace", "veteran",
    "阿拉就是要讨个说法，勿给说法我天天来。",
    "爷叔，迭只信封侬拿好，里厢两千块，以后就勿要再来了。",
    ["buy_peace"], "Shanghainese; cash envelope to stop the visits.")
add("buy_peace", "pestering",
    "我这事要是不给解决，我就去电视台。",
    "电视台就别去了，家里要是缺啥，我让社区每月给您拿点补助，咱们别把事闹大。",
    ["buy_peace"], "Subsidy offered to keep the visitor from going to the media.")

# ---------------------------------------------------------------------------
# buy_peace: hard negatives
# ---------------------------------------------------------------------------
add("buy_peace-n", "melancholic",
    "家里确实困难，看病都没钱。",
    "您家这情况够临时救助的条件，表我给您，我帮您填。这跟您反映的事两不耽误，该反映的您照样反映。",
    [], "Relief with a policy basis, explicitly not tied to stopping.")
add("buy_peace-n", "veteran",
    "你们给我两万，我就不来了。",
    "私下的钱我们不给，闹大了也不给，这规矩对谁都一样。您的事该怎么算，按政策一笔一笔给您算清楚。",
    [], "Refuses to buy peace.")
add("buy_peace-n", "confused",
    "哎呀，外头真冷，冻死我了。",
    "快进来，外头零下好几度呢。我给您倒杯热水，您捂捂手，暖和了再说。",
    [], "Ordinary courtesy, not a favour for stopping.")
add("buy_peace-n", "resentful",
    "我兜里就剩二十块了，回不去了。",
    "这个您别担心，身上没钱回不了家的，救助站按规定可以帮着买张回程车票，我现在就帮您联系。",
    [], "Lawful assistance with a basis, not a payoff.")
add("buy_peace-n", "phlegmatic",
    "……我儿子也想找个活儿干。",
    "街道下个月有公益岗位公开招聘，条件您儿子符合，让他自己去报名，按成绩录取，这跟您这次来反映的事没关系。",
    [], "Public job information, not a favour.")
add("buy_peace-n", "pestering",
    "你给我点好处，我就不来了。",
    "我不会拿东西跟您换“不来”。您想来随时可以来，来了我还是这个答复，也还是这杯热茶。",
    [], "Explicitly refuses the trade.")
add("buy_peace-n", "choleric",
    "我看病花了好几万，谁管？",
    "您这个情况可以申请医疗救助，这是看病的钱，有文件依据，按规定审，跟您来不来这儿没关系。材料清单我写给您。",
    [], "Policy-based relief, decoupled from petitioning.")
add("buy_peace-n", "sanguine",
    "大病救助能申请吗？我妈刚做完手术。",
    "能申请，材料我帮您列齐：诊断证明、住院发票、户口本。评审是民政局的事，够条件自然给，我这边只负责帮您把材料递上去。",
    [], "Legitimate assistance.")
add("buy_peace-n", "melancholic",
    "我腿不好，站不住了。",
    "您快坐这把椅子，我把靠垫给您垫上，腿不好别站着。",
    [], "Courtesy.")
add("buy_peace-n", "veteran",
    "误工费呢？我来回跑了十几趟。",
    "误工费我们给不了，这不是哪条规定上有的。您被打伤的医药费，按规定该由对方出，派出所调解时您可以主张。",
    [], "Refuses money; points to a lawful claim against the other party.")
add("buy_peace-n", "resentful",
    "我要是不上访了，你们还管我吗？",
    "管，您生活上有啥困难，社区的帮扶一直都在，什么时候找都行，跟您上不上访没关系。",
    [], "Support not conditioned on stopping.")
add("buy_peace-n", "choleric",
    "中午了，我饿着肚子跟你们耗！",
    "我们这儿中午给来访群众备了盒饭，人人都有，您吃一口再接着谈，事儿咱们一样接着办。",
    [], "Standard service to every visitor, not a trade.")

# ---------------------------------------------------------------------------
# rude: positives
# ---------------------------------------------------------------------------
add("rude", "choleric",
    "你们这帮人就知道喝茶看报纸！",
    "你嚷嚷什么？这是办公的地方，不是你家门口的菜市场。",
    ["rude"], "Scolding and contempt.")
add("rude", "pestering",
    "我又来了，还是上回那事。",
    "又是你？一个礼拜来三趟，你不烦我们都烦了。",
    ["rude"], "Contempt for a repeat visitor.")
add("rude", "confused",
    "您刚才说的那个……我还是没听懂。",
    "这么简单都听不懂？我都讲第三遍了。",
    ["rude"], "Mocks the visitor's understanding.")
add("rude", "veteran",
    "我这次来，是想问问那个补偿的事。",
    "你那点心思我还不知道？不就是想多要点钱嘛。",
    ["rude"], "Labels the visitor's motive.")
add("rude", "resentful",
    "你们不给我解决，我就坐这儿不走了！",
    "您都这把年纪了，还跟小孩似的耍赖，丢不丢人？",
    ["rude"], "Shames an elderly visitor.")
add("rude", "melancholic",
    "（抹眼泪）我实在是没办法了……",
    "哭哭啼啼的能解决什么？把眼泪擦了，说正事。",
    ["rude"], "Scorns the visitor's tears.")
add("rude", "choleric",
    "（拍桌子）今天不给说法谁也别想走！",
    "你再拍一下桌子试试，我马上叫派出所来把你带走。",
    ["rude"], "A threat to scare, not a calm statement of the law.")
add("rude", "sanguine",
    "哎，你们这儿空调挺足啊，我跟你说，我们小区那事儿……对了，你老家哪儿的？",
    "你别在这儿跟我扯闲篇，我没工夫陪你聊天。",
    ["rude"], "Brusque contempt for a chatty visitor.")
add("rude", "phlegmatic",
    "……",
    "您倒是说话啊，跟个木头似的，后面还排着一串人呢。",
    ["rude"], "Mocks a slow, silent visitor.")
add("rude", "resentful",
    "我当年是图那房子便宜，谁知道开发商跑了。",
    "孙阿姨，您的情况我听明白了：二〇一五年交了首付，开发商跑路，房子烂尾，您手里有购房合同和收据。这类烂尾楼现在区里有专班在处置，我把专班电话给您。说到底，还不是您自己当初贪便宜。",
    ["rude"], "Helpful turn, then a contemptuous label at the end (more than soft blame).")
add("rude", "unwell",
    "他们在我饭里下药，你们快去查！",
    "您这就是疑神疑鬼，有病就去治，别上我们这儿来闹。",
    ["rude", "confront"], "Mocking label plus a correction of the unwell visitor's belief.")
add("rude", "confused",
    "迭个表格我还是勿晓得哪能填。",
    "侬哪能介拎勿清啦？讲了几遍了还是搞勿懂。",
    ["rude"], "Shanghainese scolding of a confused visitor.")
add("rude", "veteran",
    "你们不给我办，我就去大门口拉横幅。",
    "您甭跟我这儿犯浑，我见得多了，拉呗，看谁耗得过谁。",
    ["rude"], "Beijing-style contempt and a taunt.")
add("rude", "veteran",
    "我来反映情况，这是我第二十次来了。",
    "你们这种老上访户，就是靠闹吃饭的。",
    ["rude"], "Labelling the visitor as a professional troublemaker.")
add("rude", "choleric",
    "你们不管，我就去市政府！",
    "你去啊，再闹就把你列成重点人员，以后你上哪儿都有人盯着。",
    ["rude"], "Threat used to scare.")
add("rude", "pestering",
    "同志早，我又来了。",
    "哟，又来上班了？今天打卡挺准时啊。",
    ["rude"], "Mocking sarcasm.")
add("rude", "confused",
    "我不太会写字，这个申请书……",
    "连个名字都写不利索，你来这儿凑什么热闹？",
    ["rude"], "Mocks the visitor's literacy.")
add("rude", "melancholic",
    "我这事儿……一直没人管，我也不知道是不是自己的问题。",
    "整天愁眉苦脸的，怪不得事儿办不成。",
    ["rude"], "Contemptuous blame of a gloomy visitor.")
add("rude", "sanguine",
    "我听邻居说你们这儿能直接批房子，我就赶紧来了！",
    "你那是听风就是雨，脑子呢？这儿哪批过房子？",
    ["rude", "confront"], "Mocks the visitor and sharply contradicts the belief.")
add("rude", "phlegmatic",
    "……我再想想……要不下回再说吧。",
    "磨磨唧唧的，想好了再来，别浪费大家时间。",
    ["rude"], "Contempt for a slow visitor.")

# ---------------------------------------------------------------------------
# rude: hard negatives
# ---------------------------------------------------------------------------
add("rude-n", "veteran",
    "明天我就去区政府门口拉横幅，你看着办。",
    "您要是去区政府门口拉横幅、堵大门，公安依法会处理，这话我得说在前面，是为您好。您反映的事，我们照样按程序办，不会因为这个耽误。",
    [], "Calm statement of the legal limit, not a threat to scare.")
add("rude-n", "choleric",
    "（拍桌子）你们都是摆设！",
    "您别拍了，手拍疼了不值当。我听着呢，声音小点我也能听清楚。",
    [], "Asks calmly to stop, without contempt.")
add("rude-n", "choleric",
    "我刚才骂你了，你不生气？",
    "您骂了我几句，我不往心里去，憋了这么久谁都有火。骂完了，咱们说事。",
    [], "Mild reply after venting.")
add("rude-n", "sanguine",
    "租房的时候中介就口头说押金全退，现在不认账了。",
    "当时要是让中介写个书面的就好了……不过现在说这个也晚了，咱们看看手里还有啥：转账记录、聊天截图，都算证据。",
    [], "Soft blame: a fault that lowers the score but is not coded rude under the rubric.")
add("rude-n", "pestering",
    "我明天还来，后天还来！",
    "您来，我就接待。这个要求我给不了，上回是这个答复，这回是，下回还是。",
    [], "Firm and consistent, no contempt.")
add("rude-n", "phlegmatic",
    "……让我想想。",
    "您慢慢想，我不催您。想好了再告诉我，我这会儿先把刚才说的记下来。",
    [], "Patience with a slow visitor.")
add("rude-n", "resentful",
    "你们当官的都是吃干饭的！",
    "您说我们吃干饭，这个我不争辩，您看我怎么做就是了。今天您说的三件事，我一件件给您回个话。",
    [], "Takes the criticism without hostility.")
add("rude-n", "confused",
    "我耳朵背，您说慢点。",
    "好，我说慢点，大声点。您哪句没听明白就打断我，不要紧，咱们一句一句来。",
    [], "Patience.")
add("rude-n", "choleric",
    "我等了一个多钟头了！你们什么态度！",
    "对不住，让您等了一个多钟头，这是我们的问题，我先给您赔个不是。您的事现在我来接，咱们马上说。",
    [], "Apology and ownership.")
add("rude-n", "melancholic",
    "（哭）……",
    "您哭出来也好，憋着更难受。纸巾在这儿，缓一缓，不着急。",
    [], "The opposite of scorning tears.")
add("rude-n", "veteran",
    "我不是来听你讲道理的，我就要钱。",
    "您说是为钱来的，那我也直说：这笔钱没有依据，给不了。您要是觉得我说得不对，可以申请复查，程序我告诉您。",
    [], "Blunt but factual refusal with a remedy; no contempt.")
add("rude-n", "pestering",
    "你们今天下班前必须给我答复！",
    "今天还有四位排着，您这边的情况我都记全了，咱们约周二上午九点接着谈，我把时间写在这张条上。",
    [], "Sets a time boundary politely.")

# ---------------------------------------------------------------------------
# buck_passing: positives
# ---------------------------------------------------------------------------
add("buck_passing", "confused",
    "我这个养老金少发了，该找谁啊？",
    "问别人去吧。",
    ["buck_passing"], "Pushes away without naming an owner.")
add("buck_passing", "pestering",
    "你们不给办，那我去哪儿？",
    "我们就是个登记的，办不了，您找上面吧。",
    ["buck_passing"], "Vague 'above', no owner (contrast the negative that names the office and deadline).")
add("buck_passing", "melancholic",
    "到底谁管这个事啊？我跑了好几个地方了。",
    "谁管？可能是区里吧，也可能是市里，您都去跑跑看。",
    ["buck_passing"], "Shrugging guess when asked who owns it.")
add("buck_passing", "resentful",
    "我那个工龄的事，厂子没了，档案也不知道在哪儿。",
    "老师傅，您别着急，喝口水。您说的我记下了：一九七八年进厂，二〇〇一年厂子破产，档案下落不明。您手里的工作证、老照片都留好，这些将来都用得上。别的我就帮不上了，您自己再打听打听吧。",
    ["buck_passing"], "Warm intake that ends by pushing the visitor off without naming who holds the files.")
add("buck_passing", "sanguine",
    "我想知道公积金能不能提出来还房贷。",
    "这个得问专业的人，我这儿说不清楚，您网上搜搜吧。",
    ["buck_passing"], "Sends the young visitor to the internet instead of naming the fund centre.")
add("buck_passing", "confused",
    "这个政策到底是啥意思？",
    "政策是上头定的，我们也不清楚，您找个懂的人问问。",
    ["buck_passing"], "No owner and no explanation.")
add("buck_passing", "veteran",
    "我这事儿，你们到底管不管？",
    "您这事儿早过了时效，谁都管不了，别在这儿耗着了。",
    ["buck_passing"], "Dismisses without an owner or a legal route.")
add("buck_passing", "choleric",
    "你们推来推去，今天必须给我个说法！",
    "您冲我发火也没用，这事不是我们这一级能碰的，您找别处吧。",
    ["buck_passing"], "No owner named.")
add("buck_passing", "resentful",
    "厂里欠我们的集资款，现在谁来还？",
    "厂子都没了，这账没人认，您再去别的地方问问看。",
    ["buck_passing"], "Shrugging push-away.")
add("buck_passing", "melancholic",
    "那我……该怎么办呢？",
    "这个嘛……不好讲，您回去问问邻居他们是怎么弄的。",
    ["buck_passing"], "Shrug; sends the visitor to the neighbours.")
add("buck_passing", "phlegmatic",
    "……那这件事，是哪个部门管？",
    "反正不是我们这块儿的，您慢慢找，总有人管。",
    ["buck_passing"], "Answers 'which department' with no department.")
add("buck_passing", "pestering",
    "我还会再来的。",
    "您天天来也白搭，这儿解决不了，换个地方试试吧。",
    ["buck_passing"], "Push-away with no owner.")
add("buck_passing", "sanguine",
    "迭个违章搭建，阿拉好到啥地方去反映？",
    "迭个事体阿拉此地弗管额，侬自家到外头去问问看。",
    ["buck_passing"], "Shanghainese push-away.")
add("buck_passing", "choleric",
    "我这事儿，您给我指条道儿！",
    "您这事儿啊，得往上找，我们这儿够不着，您自个儿琢磨琢磨吧。",
    ["buck_passing"], "Beijing-style shrug.")
add("buck_passing", "veteran",
    "判决我不服，你们信访局得管！",
    "法院判了的事，我们也没辙，您自己看着办吧。",
    ["buck_passing"], "Refusal without the legal route (contrast the referral negative).")
add("buck_passing", "unwell",
    "我家墙里有人，你们派人来挖出来。",
    "这个我们这儿弄不了，您回去找找别的地方吧。",
    ["buck_passing"], "Push-away without an owner; no correction of the belief, so not confront.")
add("buck_passing", "sanguine",
    "那我工资被扣的事到底找谁啊？",
    "劳动仲裁、法院、工会、12345，您都挨个问问呗，总有一个能管。",
    ["buck_passing"], "A shotgun list is a shrugging guess, not a named owner.")
add("buck_passing", "phlegmatic",
    "……我就是，想问问，这个押金的事。",
    "您好，请坐，不着急，您慢慢讲。房东扣了您三千押金不退，租期是到上个月底，合同上写了押金条款，对吧？这个属于民事纠纷，我们这儿处理不了，您看谁能管就找谁吧。",
    ["buck_passing"], "Good intake, then a push-away at the end.")
add("buck_passing", "confused",
    "孩子户口上不了，派出所说找街道，街道说找派出所。",
    "那我们这儿也拿不准，您两头再跑跑，哪边松口就算哪边。",
    ["buck_passing"], "Leaves the visitor in the loop.")
add("buck_passing", "pestering",
    "我那宅基地的事，今天能不能给个准话？",
    "您的材料我看了，您家老证上的面积和现在量的差了二十平米。这个差额怎么认，我也不知道该谁拍板，您去问问看吧。",
    ["buck_passing"], "Good review, then admits no owner and sends the visitor off.")

# ---------------------------------------------------------------------------
# buck_passing: hard negatives (referrals with the owner named)
# ---------------------------------------------------------------------------
add("buck_passing-n", "sanguine",
    "小区物业乱收费，找谁说理？",
    "物业收费这块我们办不了，归区住建委物业科管，在二号楼三层，我给您写张转办单，您带过去找他们。",
    [], "Refusal with the owner named: a referral.")
add("buck_passing-n", "veteran",
    "判决不公，你们必须管！",
    "判决的事超出我们的权限，能走的路是申请再审，或者找检察院申请监督。我把区检察院控申科的电话抄给您，法律援助中心也能免费帮您写材料。",
    [], "Refusal with the legal route and offices named.")
add("buck_passing-n", "choleric",
    "老板不给工资，我找谁？！",
    "欠薪这个找区劳动监察大队，就在人民路一百二十号，带上您的考勤记录和工资条。要是还有劳动合同的纠纷，走劳动仲裁，我把两个地址都写给您。",
    [], "Owners named with addresses.")
add("buck_passing-n", "confused",
    "孩子学校乱收费，这归谁管？",
    "学校收费归区教育局管，具体是基础教育科。我现在就帮您打个电话，问问他们今天谁值班，您直接过去。",
    [], "Owner named plus action.")
add("buck_passing-n", "melancholic",
    "我不知道该去哪儿……",
    "我不是管这个的，但我帮您找到管的人：社区的李主任，她下午两点上班，到时候我陪您过去。",
    [], "'Not mine' followed by the owner and an escort.")
add("buck_passing-n", "phlegmatic",
    "……医保报销……是在这儿办吗？",
    "报销不在我们这儿，是医保中心的窗口，就在这栋楼一楼东头，我让同事带您下去。",
    [], "Referral.")
add("buck_passing-n", "sanguine",
    "楼下工地天天晚上施工，吵得睡不着。",
    "夜里十点以后的施工噪音，可以直接打12369找生态环境部门，他们晚上也有人值班。白天要是超时施工，找城管执法队。",
    [], "Named owners for each case.")
add("buck_passing-n", "resentful",
    "跟邻居打官司的事，你们能帮我判吗？",
    "判案子我们判不了，这是法院的事。您这个属于民事纠纷，去区法院立案庭起诉，费用要是困难，可以申请缓交，法律援助中心也能帮忙。",
    [], "Named route.")
add("buck_passing-n", "pestering",
    "市里区里我都跑了，没人管！",
    "这事市里区里都跑过，其实真正管的是街道城管科。我把科长的名字和座机给您写上，我也会先给他打个招呼，说您要去。",
    [], "Names the owner.")
add("buck_passing-n", "confused",
    "宅基地的证，我去哪儿换？",
    "宅基地换证归镇上的自然资源所，您带着老证和户口本去。我先给所里打个电话，告诉他们您明天上午过去。",
    [], "Named owner.")
add("buck_passing-n", "veteran",
    "你们就是个传话的，什么都办不了！",
    "我们这儿确实是登记转办，转给区市场监管局，他们十五个工作日内要给您答复。转办单号在这儿，过期没回音您拿着单号来找我。",
    [], "Admits the limit but names the owner and the deadline (contrast 'we only register, go above').")
add("buck_passing-n", "unwell",
    "我要你们派人去把我家墙里的人抓出来。",
    "抓人的事我们这儿做不了。您要是觉得不安全，晚上可以直接打110，派出所有人值班。我再跟社区说一声，让网格员明天去您家看看。",
    [], "Names police and community; no correction of the belief.")

# ---------------------------------------------------------------------------
# officialese: positives (stock phrases in place of a fact, question or step)
# ---------------------------------------------------------------------------
add("officialese", "confused",
    "这个补贴政策到底是给谁的？",
    "这个政策的出发点是好的，是为了保障广大群众的切身利益，您要全面、正确地理解。",
    ["officialese"], "Only slogans where the eligibility facts were asked for.")
add("officialese", "choleric",
    "你们到底管不管！给句痛快话！",
    "您的心情我们非常理解，我们会以更加务实的作风、更加有力的举措，积极回应您的关切。",
    ["officialese"], "Stock phrases, no fact or step.")
add("officialese", "pestering",
    "我的要求你们到底答不答应？",
    "对于您的诉求，我们将依照政策进行认真研判，适时予以回应。",
    ["officialese"], "Stock phrases that also dodge the clear 'no' the visitor needs.")
add("officialese", "resentful",
    "我们这批人的事，拖了几十年了。",
    "历史遗留问题，我们会正视历史、尊重历史，在政策框架内稳妥化解。",
    ["officialese"], "Slogan-only answer.")
add("officialese", "melancholic",
    "我真不知道日子还怎么过下去。",
    "您要保持积极向上的心态，相信在各方共同努力下，一切都会越来越好的。",
    ["officialese"], "Platitudes with no question or step; it also skips over possible distress.")
add("officialese", "phlegmatic",
    "……那，大概什么时候能有结果？",
    "时间上，我们会严格按照规定时限，依程序稳妥有序推进。",
    ["officialese"], "Asked 'when', gives no date.")
add("officialese", "sanguine",
    "我提的那个加装电梯的建议，具体什么时候能落地？",
    "您的建议很有建设性，我们会认真吸纳，推动工作不断改进提升。",
    ["officialese"], "No answer to 'when'.")
add("officialese", "veteran",
    "你就说我这钱到底给不给？",
    "我们的原则是，既要维护群众的合法权益，也要维护正常的信访秩序，二者是辩证统一的。",
    ["officialese"], "Slogan in place of the answer.")
add("officialese", "choleric",
    "三个月了，路灯还是黑的！",
    "首先，感谢您对我们工作的信任和支持。您反映的问题，我们已经登记在册，下一步我们将加强沟通对接，形成工作合力，压实各方责任，推动问题早日解决。",
    ["officialese"], "Long turn made entirely of stock phrases; no fact, date or named step.")
add("officialese", "confused",
    "那为啥前年有、今年就没了？",
    "总的来说，政策是逐步完善的，我们要用发展的眼光看问题。",
    ["officialese"], "Slogan instead of explaining the change.")
add("officialese", "sanguine",
    "公积金提取怎么这么麻烦，能不能简化一下？",
    "公积金政策是一项惠民政策，我们会持续优化服务，让群众办事更便捷、更舒心。",
    ["officialese"], "Stock phrases; no how-to.")
add("officialese", "melancholic",
    "我这几天一直睡不着，那件事到底怎么样了？",
    "您的诉求我们已经掌握，将按程序规范处理。",
    ["officialese"], "Cold stock phrase to a worried visitor; no fact about the matter.")
add("officialese", "resentful",
    "到底给不给我们落实政策？",
    "请您相信组织、相信政府，问题总会得到妥善解决的。",
    ["officialese"], "Slogan only.")
add("officialese", "pestering",
    "今天不给个说法我不走。",
    "我们一贯坚持依法依规、公平公正，一定会给群众一个满意的交代。",
    ["officialese"], "Stock phrases.")
add("officialese", "melancholic",
    "我这个病退的申请，怎么一直没消息？",
    "我们始终把群众的冷暖放在心上，您的事情我们会统筹兼顾、妥善处置。",
    ["officialese"], "No fact about the application.")
add("officialese", "phlegmatic",
    "……那我下一步，需要做什么？",
    "下一步，我们将坚持问题导向，立足实际，努力做到件件有着落、事事有回音。",
    ["officialese"], "'Next step' with no step.")
add("officialese", "sanguine",
    "这个拆迁标准是怎么定出来的？我想了解一下。",
    "这个问题涉及方方面面，需要多方协同、综合施策、统筹推进。",
    ["officialese"], "Evades a factual question.")
add("officialese", "choleric",
    "你别跟我绕，就说行还是不行！",
    "请您理性表达诉求，我们一定秉公办理，给您一个交代。",
    ["officialese"], "Stock phrases only.")
add("officialese", "veteran",
    "上回你们说研究，研究出什么了？",
    "这个问题我们一直在持续跟进、积极推动，各项工作正在有序开展。",
    ["officialese"], "No fact about what was done.")
add("officialese", "confused",
    "我就想问，这个表上的“家庭人均收入”是怎么算的？",
    "家庭人均收入是衡量困难程度的重要指标，体现了精准帮扶的工作要求。",
    ["officialese"], "Officialese where the calculation was asked for.")

# ---------------------------------------------------------------------------
# officialese: hard negatives
# ---------------------------------------------------------------------------
add("officialese-n", "resentful",
    "我的补贴到底发没发？",
    "您反映的事我们会认真对待。先说个实在的：这个补贴按文件是每月三百，从去年七月起算，我现在就在系统里帮您查发了几个月。",
    [], "First-talk assurance inside a turn that gives facts and acts.")
add("officialese-n", "melancholic",
    "那我先回去了。",
    "好，今天就先到这儿，路上慢点。有事随时打这个电话，我叫小陈，白天都在。",
    [], "Closing courtesy.")
add("officialese-n", "sanguine",
    "小区公摊电费一直不公示，合理吗？",
    "按物业管理的规定，公共水电费用要定期公示。您小区没公示，可以先书面要求物业拿出明细，我们也会给物业科发函问。",
    [], "Policy language with concrete content and a step.")
add("officialese-n", "choleric",
    "路灯坏了三个月了！",
    "谢谢您跑来说。具体是哪几盏？在哪条路、哪个路口？我记下位置，下午就转给城管所，他们回复了我再给您打电话。",
    [], "Courtesy plus questions plus a step (contrast the all-slogan positive on the same complaint).")
add("officialese-n", "confused",
    "为啥要补缴？我不明白。",
    "这么说吧，养老保险像存钱罐，每个月往里存一点，存够十五年才能按月往外取。您中间断了两年，罐子里就缺了这两年的，补上了才算够数。补缴要带身份证去区社保中心。",
    [], "Plain explanation with a concrete step.")
add("officialese-n", "pestering",
    "你们就会说依法处理。",
    "依法处理，具体就是三步：先调档案，再约您原单位的人来当面核对，最后十五个工作日内给您书面答复。哪一步做完了，我都告诉您。",
    [], "A stock phrase unpacked into concrete steps.")
add("officialese-n", "veteran",
    "你们说的话，能信吗？",
    "这不是空话：我今天把您的材料拍照上传系统，给您一个受理编号，您回家拿手机就能查到办到哪一步了。",
    [], "Concrete step.")
add("officialese-n", "sanguine",
    "我给你们提的建议，有用吗？",
    "有用。我已经写进这个月的民意汇总了，下个月五号开例会会拿出来讨论，讨论结果我打电话告诉您。",
    [], "Concrete and dated.")
add("officialese-n", "phlegmatic",
    "……工伤的事，你们管吗？",
    "保障职工的权益是我们的本分，所以您这个工伤认定，我得帮您弄明白：先到区人社局申请认定，期限是出事以后一年之内，要带医院诊断和劳动关系的证明。",
    [], "Opens with a stock phrase but delivers facts.")
add("officialese-n", "phlegmatic",
    "你好……我能进来吗？",
    "欢迎您，快请进，外面风大。您坐这张椅子，暖和。您贵姓？家住哪儿？",
    [], "Welcome words and questions.")
add("officialese-n", "choleric",
    "你们到底有没有人管？！",
    "有人管，我们一定秉公处理。下一步，我先找开发商核实交房的时间，周五前给您回电话，您看行吗？",
    [], "Assurance followed by a dated step.")
add("officialese-n", "melancholic",
    "我说的这些，你们真的会管吗？",
    "会的，您说的每一件事我都记在这张表上了，您看：一是低保停发，二是女儿学费，三是房子漏水。我明天先打电话问低保为什么停，问到了就告诉您。",
    [], "Assurance plus restatement and a step.")

# ---------------------------------------------------------------------------
# accept_gift: positives
# ---------------------------------------------------------------------------
add("accept_gift", "resentful",
    "这是我家自己炒的茶叶，不值几个钱，你拿着。",
    "哎呀，您太客气了……那行，茶叶我收下，下回可千万别带了。",
    ["accept_gift"], "Accepts a gift with a token protest.")
add("accept_gift", "veteran",
    "（递红包）一点小意思，事情还得麻烦你。",
    "这……行吧，我先替您收着，事情办好了再说。",
    ["accept_gift"], "Accepts a red envelope.")
add("accept_gift", "sanguine",
    "周六我请你们几位吃个饭，就家常菜，别推了。",
    "吃饭啊？那好吧，周六中午我过去，咱说好了就是便饭啊。",
    ["accept_gift"], "Accepts a meal invitation.")
add("accept_gift", "confused",
    "这是自家鸡下的蛋，你拿回去给孩子吃。",
    "自家鸡下的？那我就拿几个，尝尝鲜，谢谢您啊。",
    ["accept_gift"], "Accepts eggs.")
add("accept_gift", "choleric",
    "刚才冲你发火是我不对，这箱苹果你留着。",
    "没事没事，您的火我理解，换谁都着急。咱们说好的：我明天上午给热力公司打电话，问清楚您那栋楼为啥不热，下午四点前给您回话。您回去路上慢点。苹果放桌上吧，大家分着吃。",
    ["accept_gift"], "Model turn that ends by accepting the gift.")
add("accept_gift", "veteran",
    "这张卡你收着，超市能用。",
    "购物卡啊……这个嘛，放抽屉里吧，别让人看见。",
    ["accept_gift"], "Accepts a shopping card discreetly.")
add("accept_gift", "pestering",
    "来，抽根烟，这两条你拿着。",
    "烟我就留一包，剩下的您拿回去。",
    ["accept_gift"], "Partial acceptance is still acceptance.")
add("accept_gift", "melancholic",
    "阿拉自家包额粽子，侬尝尝。",
    "阿姨侬太客气了，粽子我拿两只，谢谢侬哦。",
    ["accept_gift"], "Shanghainese; accepts food.")
add("accept_gift", "sanguine",
    "这瓶酒是我朋友从老家带来的，你尝尝。",
    "那我就不客气了。",
    ["accept_gift"], "Accepts liquor.")
add("accept_gift", "resentful",
    "等事儿办完了，我请你吃顿饭。",
    "事儿办完了一块儿吃顿饭也行，地方您定吧。",
    ["accept_gift"], "Accepts a later meal invitation.")
add("accept_gift", "veteran",
    "给你充了两百话费，别嫌少。",
    "话费啊？……行吧，下不为例。",
    ["accept_gift"], "Accepts with 'not again'.")
add("accept_gift", "melancholic",
    "这双鞋垫是我自己纳的，你垫着脚暖和。",
    "鞋垫是您亲手纳的啊，针脚真细，那我收着了，谢谢大娘。",
    ["accept_gift"], "Even a small handmade gift is a gift under the rubric.")
add("accept_gift", "sanguine",
    "晚上我们几个去唱歌，你也来呗，我请客！",
    "唱歌啊？行啊，下班我叫上小王一块儿去。",
    ["accept_gift"], "Accepts a paid outing.")
add("accept_gift", "choleric",
    "（塞钱）这五百你拿着，我知道你们辛苦！",
    "您非要给……那我先收下，等您这事处理完了再说。",
    ["accept_gift"], "Accepts cash.")
add("accept_gift", "phlegmatic",
    "……这是我们老家的特产，腊肉。",
    "这是您老家的腊肉？那我就收下了，替我谢谢您家里人。",
    ["accept_gift"], "Accepts a local speciality.")
add("accept_gift", "pestering",
    "这是一张加油卡，你收着，我那事你多帮帮忙。",
    "行，卡我收下，您那事我再看看有没有别的办法。",
    ["accept_gift", "false_promise"], "Accepts the card and hints the baseless demand may be reopened.")
add("accept_gift", "confused",
    "我大老远背来的新米，你不收我心里过意不去。",
    "您背这么远……不收也不好，那我就收下一袋，您路上轻省点。",
    ["accept_gift"], "Accepts out of politeness.")
add("accept_gift", "unwell",
    "这袋橘子给你，别让他们看见。",
    "橘子啊，好，我收下，谢谢您。",
    ["accept_gift"], "Accepting from an unwell visitor is still accept_gift.")
add("accept_gift", "veteran",
    "明晚有个饭局，几个老朋友，你也来坐坐。",
    "饭局啊……行，只要不谈工作，我去坐一会儿。",
    ["accept_gift"], "Accepts a meal with a fig leaf.")
add("accept_gift", "phlegmatic",
    "……这是我闺女买的，一盒点心，您收下。",
    "闺女孝顺啊。那点心我就收下了，放办公室大家尝尝，谢谢。",
    ["accept_gift"], "Accepting for the office is still accepting.")

# ---------------------------------------------------------------------------
# accept_gift: hard negatives
# ---------------------------------------------------------------------------
add("accept_gift-n", "resentful",
    "一点茶叶，你一定收下。",
    "茶叶您拿回去，我们这儿有规定，收不得。您的事我照样认真办，不会因为这个差一点。",
    [], "Polite refusal.")
add("accept_gift-n", "veteran",
    "（递红包）拿着，别让人看见。",
    "红包您揣好，别往我这儿塞，让人看见对您对我都不好。咱们就按规矩办事。",
    [], "Refusal.")
add("accept_gift-n", "sanguine",
    "事儿办成了，我请你吃饭！",
    "饭就不吃了，您家里的事办利索了，比请我吃啥都强。",
    [], "Declines a meal.")
add("accept_gift-n", "confused",
    "这是我的材料，都给你。",
    "材料原件我看完还给您，复印件我们留档，您签个字确认一下份数。",
    [], "Receiving documents is not a gift.")
add("accept_gift-n", "melancholic",
    "我给你带了几个鸡蛋……",
    "鸡蛋您带回去，给孙子补补身子。您的好我记在心里了。",
    [], "Warm refusal.")
add("accept_gift-n", "choleric",
    "我渴了。",
    "这瓶水您拿着，是我们这儿给来访群众备的，不够再拿。",
    [], "The officer gives water; nothing is accepted.")
add("accept_gift-n", "pestering",
    "这些是现场照片，你收着。",
    "照片我收下当证据，附在您的材料后面，我给您打个收条，写明几张。",
    [], "Accepting evidence is not accepting a gift.")
add("accept_gift-n", "phlegmatic",
    "……谢谢你，这点东西……",
    "您的谢意我收到了，东西是真不能要，您看墙上贴着纪律呢。拿回去吧，路上小心。",
    [], "Refusal.")
add("accept_gift-n", "veteran",
    "这张购物卡你收着。",
    "购物卡我不能要。您要是硬塞，我只能登记上交，回头还得退给您，多折腾。",
    [], "Refusal, explaining what would happen.")
add("accept_gift-n", "sanguine",
    "我给你们点了奶茶，马上就到！",
    "谢谢您，真不用，外卖到了您自己带回去喝，我们这儿有水。",
    [], "Declines a small treat.")
add("accept_gift-n", "resentful",
    "事情办完了，一定要去我家吃顿饭。",
    "您的邀请我心里有数了，饭是真不能去。事情有了结果，您打个电话告诉我一声，我就挺高兴。",
    [], "Declines a meal invitation.")
add("accept_gift-n", "unwell",
    "这支笔送给你，是我最好的笔。",
    "这么好的笔，您自己留着，写字用得上。您把想说的写下来，下回带来给我看，好不好？",
    [], "Kindly declines a gift from an unwell visitor.")

# ---------------------------------------------------------------------------
# good: ordinary good turns from the middle of a talk
# ---------------------------------------------------------------------------
add("good", "phlegmatic",
    "……我是为我父亲的事来的……他去年走的……",
    "节哀。您不着急，想到哪儿说到哪儿，我等着。您父亲去年走的，是想问丧葬费和抚恤金的事，还是别的？您先告诉我老人家原来在哪个单位退休的，我好查是哪边发放。",
    [], "Patient, warm, asks the question that decides who pays.")
add("good", "phlegmatic",
    "……嗯……就是这个……房顶漏水。",
    "房顶漏水，好，我记下了。您住的是哪个小区、几号楼、几层？漏了多长时间了？您慢慢回忆，不急。要是顶层的公共部位，维修资金可以用，得业委会或者物业来申请，我帮您把流程问清楚。",
    [], "Specific questions, gives time, explains the route.")
add("good", "phlegmatic",
    "……我想一想……这个事前后有三年了。",
    "三年，这么长时间，您一直自己扛着，不容易。您想好了再跟我说，咱们从头捋：第一次是去哪儿反映的，当时给了您什么答复，有没有书面的东西？我一样样记下来。",
    [], "Empathy plus questions about earlier petitions.")
add("good", "phlegmatic",
    "……那，我回去等着？",
    "对，今天咱们说定了三件事：我明天给社保中心打电话查您断缴的那两年；下周三之前给您回电话；您这边把当年的工资条找一找，找到了拍个照就行。您看我说得对不对，有没有漏的？",
    [], "Summary with checking and dated commitments.")
add("good", "phlegmatic",
    "……我不太会说话。",
    "没关系，您说得挺清楚的。我复述一遍您听听：您家门口的下水道堵了半个月，物业说是市政管网的问题，市政说是小区内部的，两边都不来。这个确实是两头推，我这就查清楚管网的分界点在哪儿，明天上午给您回话。",
    [], "Reassures, restates, commits to the officer's own step.")
add("good", "phlegmatic",
    "……您说，我该不该申请复议？",
    "这个得您自己拿主意，我把两条路都摆给您：申请复议要在知道决定之日起六十天内，向上一级机关提出，不花钱；直接起诉一般是六个月内，找法院。各有各的好处，您回去跟家里人商量商量，有拿不准的地方随时打电话问我。",
    [], "Objective options with time limits; leaves the choice to the visitor.")
add("good", "phlegmatic",
    "……我还是想不通，凭什么是我家。",
    "想不通也正常，换谁都得琢磨好几天。我把道理再说一遍：这次道路拓宽是按规划红线划的，红线正好压着您家院墙，不是挑着谁家来的。补偿标准是统一公布的，我把公示的那张表找出来，咱们一起对对您家的面积算得对不对。",
    [], "Accepts the feeling, explains the basis, offers to check the numbers.")
add("good", "phlegmatic",
    "……谢谢你听我说完。",
    "应该的，今天是您的时间。您说的我都记在这儿了，您签个字确认一下。材料我下午转给区民政局社会救助科，他们十个工作日内会联系您。到时候没人联系，您就打这个号码找我，我叫陈立。",
    [], "Record checked, named referral, fallback contact.")
add("good", "melancholic",
    "我也不知道跟谁说，憋了好久了。",
    "那您今天就跟我说，说出来心里能松快点。您别着急，喝口水。先说说是什么事让您这么难受？家里的事，还是单位的事？我在这儿听着，不打断您。",
    [], "Calm, kind invitation to talk.")
add("good", "melancholic",
    "他们都说我是自找的……",
    "您别拿别人的话来压自己。事情到底怎么回事，咱们一件件摆出来看：您当时签的那份协议，上面写的是什么，您还记得吗？要是条款有问题，可以请法律援助中心帮您看看有没有办法撤销。",
    [], "No blame; moves to facts and a real route.")
add("good", "melancholic",
    "我老伴走了以后，我一个人，什么都不懂。",
    "一个人撑着，真是难为您了。您不懂的咱们就一样一样来，不丢人。今天先办最要紧的：遗属的生活补助，我先帮您看看条件，符合的话表我帮您填。社区有个志愿者小刘，平时也可以请她陪您跑跑。",
    [], "Warm, practical, entitlement-conditioned.")
add("good", "melancholic",
    "我是不是给你们添麻烦了？",
    "一点不麻烦，这就是我的工作。您能来，说明您信得过我们。刚才您说的两件事，一是楼道灯不亮，二是家里漏水影响楼下，我都记了。楼道灯我下午报给物业，漏水的事我明天约物业的维修师傅去您家看。",
    [], "Reassurance, restatement, own steps.")
add("good", "melancholic",
    "……算了，我还是回去吧，说了也没用。",
    "您都走到这儿了，咱们就把话说完再走，好不好？您刚才说到一半，女儿的医药费报销被退回来了，退回来的单子上写的什么原因？您带来了吗？我帮您看看是缺材料，还是不符合目录。",
    [], "Keeps a withdrawn visitor talking with a concrete question.")
add("good", "confused",
    "这个“视同缴费年限”是啥意思？",
    "这词儿听着绕，说白了就是：您参加工作早，那会儿还没有交养老保险这回事，国家把那几年也当成您交过了，算进年限里。您一九八五年进厂，九二年开始交，那八五到九二这七年，就是视同缴费。要查算没算上，得看您的档案，档案在哪儿您知道吗？",
    [], "Plain-language explanation with the visitor's own years.")
add("good", "confused",
    "我看不懂这个通知，能给我讲讲不？",
    "能，我给您念，一句一句讲。头一条是说，你们村修路要占一点地，第二条说占了的地按亩给补偿，第三条是补偿多少钱、什么时候发。您家被占了多少，这张表上写的是一分二厘，您觉得对不对？不对咱们再去量。",
    [], "Reads and explains, then checks the visitor's own figure.")
add("good", "confused",
    "为啥我哥能领，我就不能领？",
    "问得好，咱们拿两个人比一比：您哥在国营厂干过，有职工档案；您一直在村里种地，没进过厂。这个补贴是给原来国营厂职工的，所以他有您没有。不过您这边有城乡居民养老金，每月能领多少，我帮您查一下。",
    [], "Comparison in plain words, then a real alternative.")
add("good", "confused",
    "我认不了几个字，这个表咋填啊？",
    "不要紧，我问您答，我替您填，填完念给您听，您觉得对了再按手印。第一项，您叫什么名字？身份证带了没有？……好，第二项，家住哪个村哪个组？",
    [], "Practical help for a visitor with little schooling.")
add("good", "confused",
    "医保和新农合是一回事不？",
    "现在是一回事了，前几年合到一起，叫城乡居民医保。就好比原来两口锅，现在并成一口锅，您原来交新农合的，现在自动就在里头了。看病拿社保卡就行，住院报多少看医院的级别，乡里的医院报得多，市里的大医院报得少一点。",
    [], "Plain comparison, concrete facts.")
add("good", "resentful",
    "我这么多年受的委屈，谁给我说句公道话？",
    "这么多年，一次次跑，一次次没下文，搁谁心里都堵得慌。您今天把委屈全说出来，我都听着、都记着。您说完了，咱们再看看哪些是现在政策能解决的，哪些解决不了，解决不了的我也跟您说清楚为什么，不糊弄您。",
    [], "Lets the visitor vent and sets honest expectations.")
add("good", "resentful",
    "你们年轻人哪知道我们那时候的苦。",
    "您说得对，那时候的苦我没吃过，得听您讲。您是七〇年下放到农场的，对吧？在那儿干了几年，后来回城安排在哪儿了？这些年头对您现在的待遇很要紧，我一样样记清楚，回头好去对档案。",
    [], "Humble, asks the facts that matter.")
add("good", "resentful",
    "我不是来要钱的，就是要个说法。",
    "明白，您要的是把这件事说清楚、认个理。我把您说的总结一下：二〇〇八年那次评职称，您材料交了，结果名单上没您，也没人告诉您为啥。我这两天就去区人社局职称科调当年的评审记录，下周五前把查到的原原本本告诉您。",
    [], "Summary and a dated commitment to the officer's own step.")
add("good", "resentful",
    "上回那个姓王的答应我的，后来人就调走了。",
    "人调走了，事不能跟着走。您上回的登记我找到了，王科长当时记的是“核查工龄认定”，这事现在我接着办。我的电话留给您，以后您直接找我，不用再从头说一遍。",
    [], "Takes ownership of a colleague's case.")
add("good", "pestering",
    "我今天又来了，还是那个事。",
    "您来啦，天热，喝口水。那个事我上回怎么答复的，今天还是一样：要求的那笔补偿没有政策依据，给不了。不过您上次提到家里老人看病困难，这个倒是可以申请医疗救助，要不要我把材料清单给您列出来？",
    [], "Same answer every visit, care for the person, real alternative.")
add("good", "pestering",
    "你们就不能变通变通？",
    "变通不了，这不是我不帮，是这个口子开了，对别的按规矩办事的人不公平。您要是不服这个答复，可以在收到书面意见三十天内申请复查，我把申请怎么写、交到哪儿都告诉您，这是您的权利。",
    [], "Firm limit with the lawful remedy.")
add("good", "pestering",
    "我听说别人闹一闹就给了。",
    "闹不闹，答复都是这一个，我这儿没有两个标准。您听说的那家，要是确实有，您把情况告诉我，不合规矩的我们也会查。您自己的事，咱们还是按政策来，我把政策条文给您找出来，您回家慢慢看。",
    [], "Consistent answer, no hint of a deal.")
add("good", "pestering",
    "那我下个月还来。",
    "您来，我还接待您，茶水照样有。答复不会变，但您家里要是有别的难处，比如孩子上学、老人看病，您随时来说，我帮您找对地方。",
    [], "Consistent, caring close.")
add("good", "choleric",
    "你们这些人，就会踢皮球！",
    "您这话我接着，踢皮球这事今天到我这儿为止。您说的停车位被占的事，是小区内部的，归物业和业委会；消防通道被堵的，归消防救援大队。这两件我今天分别打电话，明天上午十点前给您回话，哪边没动静我接着催。",
    [], "Takes the heat, names owners, commits to own steps.")
add("good", "choleric",
    "我说了半天，你听明白没有！",
    "听明白了，我复述一下，您看对不对：一是装修公司拿了您两万预付款不干活；二是您打了十几个电话对方不接；三是您要求退钱。这属于消费纠纷，可以找区市场监管局调解，调解不成走法院。我现在就帮您在系统里登一个投诉，单号给您。",
    [], "Summary with check, named owner, action.")
add("good", "choleric",
    "行，我先不吵了，你说怎么办。",
    "谢谢您，您先喘口气。办法是这样的：第一，您被打的事我转给派出所，验伤的单子您留好；第二，商户扣您押金的事，先由市场管理处调解，我约他们明天下午；第三，周四我打电话问您两边的进展。您看这样行不行？",
    [], "Clear plan with owners and dates.")
add("good", "sanguine",
    "嗨，我就是路过，顺便问问，老房子加装电梯的事儿咋弄？",
    "您问得正好。加装电梯先得这个单元的业主表决通过，比例按民法典的规定来；然后找有资质的公司设计、报规划。费用市里补贴一部分，剩下的业主分摊，楼层高的一般出得多。流程单我给您一份，您先跟邻居们聊聊。",
    [], "Guides a lively visitor through the whole process.")
add("good", "sanguine",
    "我觉得吧，这事儿也不全是物业的错，你说呢？",
    "您这么想挺难得的。确实两头都有账：物业没按时清运垃圾是他们的问题，但有几户把装修垃圾堆在楼道，也让清运更难。我建议开个楼门会，物业、业委会、住户三方都到，社区可以来主持。",
    [], "Helps the visitor see the matter whole.")
add("good", "sanguine",
    "那我回去跟邻居们说说，下礼拜再来？",
    "好，下礼拜二上午我在，您来之前打个电话。今天说的我再捋一遍：您小区的健身器材坏了三件，您想让街道出钱修。我这边先问问这些器材当初是谁装的、保修过没过期，到时候一块儿告诉您。",
    [], "Summary and next step, no promise about who pays.")
add("good", "veteran",
    "我跑了十年了，你们那一套我门儿清。",
    "您跑了十年，这里头的门道您比我熟，那咱们就不绕弯子。您要的两样：一是当年的安置补偿重新算，这个二〇一六年复核过，结论维持，我改不了；二是现在住房困难，这个可以申请保障房，您年龄和收入看着够条件，表我今天就给您，审核按规定走。",
    [], "Calm, firm, policy-based; real alternative without side deals.")
add("good", "unwell",
    "我来是想说……他们晚上又来了。",
    "您来了就好，外头冷吧，快进来暖和暖和。您说晚上又有动静，吓着了吧？今晚您要是害怕，我跟社区说一声，让网格员晚上八点给您打个电话问问。您家里钥匙还有谁有？咱们先把门锁的事弄踏实。",
    [], "Listens and goes along with the fear, practical safety help, no correction.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(ROWS))


if __name__ == "__main__":
    main()
