#!/usr/bin/env python3
"""Hand-written held-out test set of single officer lines (lines-fresh5).

Every line below was written and labelled by hand. Running this file only
assigns ids and writes lines.jsonl next to it.
"""
import json
import os
from collections import defaultdict

ROWS = []
_COUNT = defaultdict(int)


def add(group, persona, visitor, text, codes, note):
    """group: a code name (positive), '<code>-n' (hard negative) or 'good'."""
    _COUNT[group] += 1
    n = _COUNT[group]
    if group == "good":
        rid = "good-%02d" % n
    elif group.endswith("-n"):
        rid = "%s-n%02d" % (group[:-2], n)
    else:
        rid = "%s-%02d" % (group, n)
    ROWS.append({"id": rid, "persona": persona, "visitor": visitor,
                 "text": text, "codes": list(codes), "note": note})


# ---------------------------------------------------------------- rude
add("rude", "confused", "同志，你说的这个增人不增地，额还是没弄明白，娃娶了媳妇咋就不给分地？",
    "都给你讲了三遍了，你耳朵是摆设呀？",
    ["rude"], "Mocks a confused visitor for not understanding.")
add("rude", "resentful", "我在厂里干了二十年，一张纸就把我打发回村了，谁替我说过一句话？",
    "老人家，当年的事我听着也窝心。可您也别仗着岁数大就天天来这儿摆资格，岁数大就占理了？",
    ["rude"], "Sympathy first, then labels the old man as leaning on his age; contemptuous rhetorical question.")
add("rude", "pestering", "你们今天不给我解决，我明天还来，后天还来。",
    "来嘛，腿长在你身上。你来一百回也是个闲人，谁有工夫天天陪你磨牙。",
    ["rude"], "Contempt: calls the visitor an idler not worth the time.")
add("rude", "unwell", "他们在我屋顶上装了个铁疙瘩，天天晚上往我脑子里说话。",
    "哪有啥铁疙瘩，你这是犯病了，回去把药吃上，别在这儿吓人。",
    ["rude", "confront"], "Dismisses the belief outright (confront with an unwell visitor) and scolds him as scaring people.")
add("rude", "veteran", "我把话撂这儿，不给个说法我就去省里，去北京！",
    "去呀，谁拦你了？你这号人我见多了，不就是想闹几个钱嘛。",
    ["rude"], "Taunts and labels the visitor as a money-seeker.")
add("rude", "choleric", "（拍桌子）你们这些吃官饭的都是一个德行！",
    "你拍啥桌子？再拍一下试试，信不信我叫保安把你架出去！",
    ["rude"], "Meets heat with heat and threatens to have him thrown out.")
add("rude", "sanguine", "哎呀同志，我听隔壁老王说这个补贴人人有份，我就赶紧来了。",
    "人家说啥你就信啥，你自己没长脑子呀？",
    ["rude"], "Insults the visitor's intelligence.")
add("rude", "phlegmatic", "这个……我想想……那年……是九八年还是九九年来着……",
    "你快些说行不行，磨磨唧唧的，后头还排着一溜人呢。",
    ["rude"], "Scolds a slow visitor and mocks his pace.")
add("rude", "melancholic", "（抹眼泪）我男人走了，娃又病着，我是真不知道咋活了……",
    "一进门就抹眼泪，我这儿又不是诉苦的地方，有事说事。",
    ["rude"], "Contempt for a grieving visitor's tears.")
add("rude", "confused", "那我娃生下来，为啥村里不给他地？",
    "这个叫增人不增地，就是说这一轮承包期里头，家里添了人不另分地，走了人也不往回收地。好比分馍，一家几个馍早就分定了，中间来了客也不再重分。您家老人前年走了，那份地不也还在您家种着嘛。这么简单的道理，三岁娃都该听懂了。",
    ["rude"], "Model plain-language explanation spoiled by a mocking last sentence.")
add("rude", "resentful", "我就是咽不下这口气，当年说开就开，连个理由都不给！",
    "您这口气憋了这么多年，我能理解。当年是哪个厂、谁签的字，您记得多少就说多少，我一样一样记。不过说句不好听的，就您这倔脾气，换谁当厂长也不待见您。",
    ["rude"], "Good listening turn that ends with a personal jibe at the visitor's temper.")
add("rude", "choleric", "我今天就在这儿喊，喊到你们管为止！",
    "你嗓门大就能把政策喊改了？你当这儿是牲口市场呢？",
    ["rude"], "Rhetorical mockery comparing the office to a livestock market.")
add("rude", "veteran", "我下礼拜还来，还带人来。",
    "你带嘛，你前脚带人来，我后脚就把你报成重点人员，让派出所天天上你家坐着喝茶去。",
    ["rude"], "Threat used to scare, not a calm statement of the legal limit.")
add("rude", "pestering", "同志早，我又来了。",
    "哟，您可比我们上班还准点，要不要给您也办个工牌，省得天天在门口登记？",
    ["rude"], "Polite-sounding sarcasm mocking a repeat visitor.")
add("rude", "sanguine", "哈哈，我这人就是嘴快，听风就是雨，你别见怪。",
    "你就是个瓷锤，多大的人了还跟碎娃一样。",
    ["rude"], "Shaanxi insult (ci chui = blockhead) and belittling.")
add("rude", "phlegmatic", "……",
    "问你话呢，哑巴了？",
    ["rude"], "Short contemptuous jab at a silent visitor.")
add("rude", "melancholic", "我就是想不通，为啥倒霉的事都让我摊上了……",
    "想不通就别想了，整天愁眉苦脸的，你自己把自己愁死了能怪谁？",
    ["rude"], "Blames and scolds a gloomy visitor instead of comforting.")
add("rude", "unwell", "我跟你说，我是中央派下来的特派员，你们都得听我的。",
    "行了行了，坐那儿别动，唾沫星子都溅我本子上了，恶心不恶心。",
    ["rude"], "Disgust toward the visitor; the belief itself is not corrected, so only rude.")
add("rude", "confused", "啥叫确权？额们庄稼人不懂这些。",
    "跟你们庄稼人说政策就是对牛弹琴，说了也白说。",
    ["rude"], "Contempt for rural visitors.")
add("rude", "resentful", "这事虽然过去四十年了，可我一天都没忘。",
    "四十年了还翻腾个啥？爱找谁找谁去，别在这儿烦我。",
    ["rude", "buck_passing"], "Scornful and pushes the visitor away without naming any owner.")

# ------------------------------------------------------- rude hard negatives
add("rude-n", "choleric", "（举起茶杯）你们再推，我今天就把这儿砸了！",
    "大哥，杯子先放下，您有火冲我说，我听着。要是真砸了东西，那就是违法，派出所得依法处理，我不想看您走到那一步，您家里还等着您回去呢。",
    [], "States the legal consequence calmly and with care; not a scare threat.")
add("rude-n", "choleric", "（骂骂咧咧）你们这些人就没一个好东西……",
    "您刚才那几句骂人的话，我就当没听见。不过咱们说好，往后不骂人——您好好说，我好好听，成不成？",
    [], "Mild criticism of abuse after venting, the recommended approach for an antagonistic visitor.")
add("rude-n", "confused", "那张收条我早就弄丢了，谁知道现在要这个。",
    "唉，要是当时把收条留着就省事多了。不过不要紧，村会计那儿应该有账，我跟他联系，看能不能找到底子。",
    [], "Soft blame, which is not coded rude; followed by a concrete step.")
add("rude-n", "phlegmatic", "那年……我想想……",
    "不急，您慢慢想。年份记不清也没关系，咱们从娃上几年级往回推一推。",
    [], "Gives a slow visitor time; helps him date the event.")
add("rude-n", "melancholic", "（哭）我真是没办法了……",
    "想哭就哭一会儿，纸在这儿。哭完了咱们再说，我今天下午都空着。",
    [], "Mentions crying but accepts it kindly.")
add("rude-n", "pestering", "你就给我句痛快话，到底给不给？",
    "我说句实在话，您这个要求政策上没依据，我不能哄您。您明天来，我还是这句话。",
    [], "Blunt but respectful refusal; the consistent answer a pestering visitor needs.")
add("rude-n", "sanguine", "我这人就是急性子，你别见怪啊！",
    "哎呀，你这人嘹咋咧，说话爽快，那咱也爽快，把你那个合同拿出来我看看。",
    [], "Regional banter that praises, not mocks (liao za lie = great).")
add("rude-n", "pestering", "你们每回都是这一套，说来说去还是那几句。",
    "是，每回我给您说的都一样，今天也一样：补偿标准是县上定的，我改不了。说一样的话，是因为事实没变，不是糊弄您。",
    [], "Firm repetition of the same answer, explained without contempt.")
add("rude-n", "choleric", "（大声）我就要大声说！",
    "声音稍微小一点，那边还有老人抱着娃，您慢慢说，我坐这么近，听得见。",
    [], "Asks the visitor to lower his voice politely, with a reason.")
add("rude-n", "resentful", "你们年轻人懂个啥，那会儿你还没出生呢！",
    "您说得对，那会儿我确实还没出生，所以才更要听您讲。您从头说，我记着。",
    [], "Accepts the jab and turns it into an invitation to tell the story.")
add("rude-n", "unwell", "我是中央派下来的，你们要配合我工作。",
    "好，您说，我给您记下来。您今天是一个人来的，还是家里人陪着来的？",
    [], "Goes along without endorsing or mocking; checks whether family is present.")
add("rude-n", "choleric", "我就在这儿坐着不走了，看你们能把我咋样。",
    "您坐着可以，这个大厅六点关门，关门前您要是还想说，我陪您说。关门以后还不走，值班的保安得按规定请您出去，这个我提前跟您说清楚。",
    [], "Calm statement of the house rule in advance; not a threat to scare.")

# ------------------------------------------------------- false_promise
add("false_promise", "veteran", "这个拆迁补偿标准太低了，我不签！",
    "你放心，这个标准我回头找局长一说，肯定给你往上提一提。",
    ["false_promise"], "Promises a higher rate than the set standard, beyond the office's authority.")
add("false_promise", "confused", "那我孙子的地到底能不能分上？",
    "您这个情况我看能给娃补分一块，下个月村里开会就差不多了。",
    ["false_promise"], "Promises new land contrary to the no-readjustment rule.")
add("false_promise", "resentful", "我那十三年工龄，到底算不算？",
    "您这十三年，前前后后我都听明白了：六五年进的机械厂，七八年回的村，中间一直在车间。这个事搁谁身上都憋屈。我把您的介绍信复印一份留底。您放心，这个工龄我保证给您一年不落地算回来。",
    ["false_promise"], "Good summary, then an unconditional guarantee of an outcome the office cannot decide.")
add("false_promise", "unwell", "村东头那块地是皇上赏给我家的，叫人占了！",
    "好好好，那块地就是你的，我明天就叫村里给你划回来。",
    ["false_promise"], "Going along turns into promising to hand over land; not confront, but a false promise.")
add("false_promise", "choleric", "今天不把我户口迁过去，我就不走了！",
    "行行行，你别喊了，这事我签个字，今天下午就给你办妥。",
    ["false_promise"], "Promises a household-registration transfer the office has no power over, to calm him.")
add("false_promise", "sanguine", "老王说这补贴人人有份，我家也该有吧？",
    "哈哈，你这人爽快，我也爽快，这个补贴你回去就等着领吧，错不了。",
    ["false_promise"], "Promises a subsidy on hearsay without checking eligibility.")
add("false_promise", "phlegmatic", "我们两口子……都在厂里上班……一个月加起来……七千多……想申请个低保。",
    "嗯，您这个情况我看问题不大，批下来是早晚的事。",
    ["false_promise"], "Household income is far above the line, yet approval is promised.")
add("false_promise", "melancholic", "娃想上城里那个重点小学，可我们户口不在那儿……",
    "您别愁，我给那个学校校长打个招呼，插班肯定没问题。",
    ["false_promise"], "Promises an out-of-district school place through a personal word.")
add("false_promise", "pestering", "上回你说没依据，今天我又来了，你给个准话。",
    "这样，您这个事我们内部再合计合计，过段时间看看有没有新说法。",
    ["false_promise"], "The demand is already known to have no basis; 'we'll discuss it again' implies the answer may change.")
add("false_promise", "resentful", "当年给我那个处分，害了我一辈子。",
    "您放心，那个处分我们给您撤了，档案里一笔勾掉。",
    ["false_promise"], "Promises to annul a disciplinary record, far beyond the office's authority.")
add("false_promise", "unwell", "隔壁天天往我屋里放毒气，你们快去把他抓起来！",
    "行，我这就叫派出所去把他抓了，你放心回去。",
    ["false_promise"], "Promises an arrest to get the unwell visitor to leave.")
add("false_promise", "veteran", "上回分房给我分了个背阴的小套，我不服。",
    "下一批分房的时候，我保准给你挑个朝阳的大套，你再忍忍。",
    ["false_promise"], "Guarantees a preferential allocation outside the agreement.")
add("false_promise", "choleric", "那我投进去的八万块钱就打水漂了？",
    "你急啥？我啥时候说过要不回来？只要我还坐在这个位子上，这钱一分不少给你追回来。",
    ["false_promise"], "Rhetorical reassurance plus a guarantee of full recovery of money lost in illegal fund-raising.")
add("false_promise", "sanguine", "要是修路从我们村门口过，那多好啊！",
    "你这想法好得很，我给规划局一说，路线改一改就从你们村门口过。",
    ["false_promise"], "Promises to change a road plan by a word.")
add("false_promise", "phlegmatic", "我这房子……是在村集体地上盖的……想办个房产证……",
    "您回去吧，月底之前保证给您把证办下来。",
    ["false_promise"], "A house on collective land cannot get a title deed; the officer guarantees one by a date.")
add("false_promise", "melancholic", "我在外省私立医院看的病，没转诊，花了四万多……",
    "别担心，医药费的事交给我，全额报销没问题。",
    ["false_promise"], "Full reimbursement promised for treatment outside the insurance rules.")
add("false_promise", "confused", "额是农民，交了十五年养老保险，是不是能跟城里退休的拿一样多？",
    "您这个我估摸着能按城里退休职工的标准给您发，差不了多少。",
    ["false_promise"], "A guessed outcome well beyond the rural scheme; half-promise in a hedging tone.")
add("false_promise", "resentful", "我那会儿下放，手续都是厂里办的，我手上啥都没有。",
    "我把您说的都记下了：下放的年份、厂名、当时带队的干部姓孙。下周三之前我去县档案馆查。要是查到了底子，兴许还能给您破个例，按在职的待遇补。",
    ["false_promise"], "Model summary and dated step, then a half-promise of an exception at the end.")
add("false_promise", "pestering", "我就想让我儿子进事业单位，这要求不高吧？",
    "我理解您当妈的心。这样好吧，我向领导汇报一下，争取把您家当个特殊情况，看能不能给娃安排进去。",
    ["false_promise"], "Polite half-promise of a public-sector job by exception.")
add("false_promise", "confused", "乡上说的额也听不明白，你给额一句准话。",
    "准话就是，这个事你交给我，三个月内补偿款翻一番，少一分你来找我。",
    ["false_promise"], "A plain, outright promise of a doubled payout.")

# ------------------------------------------- false_promise hard negatives
add("false_promise-n", "resentful", "那我这个能不能补？你给个准话。",
    "这个能不能补，我现在给不了您准话，说了也是哄您。我先去人社局问清楚，周五上午给您回电话。",
    [], "Hedge plus a dated commitment to act.")
add("false_promise-n", "choleric", "那八万块钱到底能不能要回来？",
    "我不哄您，这钱能追回多少，我说了不算，得看公安的侦查和法院的判决。我能做的是帮您把报案材料整理全，今天就跟经侦大队联系。",
    [], "Negation of a promise, owner named, and a commitment to act.")
add("false_promise-n", "confused", "我那十三年，到底算不算？",
    "只要您那十三年在档案里有记载，或者有当年的工资单、证明人，该算的一年都不会给您漏掉。这个我敢说，因为文件就是这么定的。",
    [], "Promise conditioned on an existing entitlement.")
add("false_promise-n", "phlegmatic", "那……你们啥时候去看？",
    "我明天上午就去趟镇上，当面跟分管的副镇长说您的事，下午四点前给您回个话。",
    [], "Commitment to act with a time, not a promise of outcome.")
add("false_promise-n", "pestering", "那我娃的工作到底给不给安排？",
    "给你娃安排工作，这个没有政策，我不能答应你。不过你家这个情况——老汉瘫在床上，你一个人挣钱——可以申请临时救助，表我这就给你，今天就能填。",
    [], "Refuses the baseless demand and offers a real alternative with a policy basis.")
add("false_promise-n", "confused", "那我交上去的材料啥时候有信儿？",
    "我这就给您登记受理，按规定十五天内告诉您受不受理，受理了六十天内给您书面意见。这个单子您收好，上面有编号。",
    [], "Procedural deadlines stated as commitments.")
add("false_promise-n", "melancholic", "你说……这事能成吗？",
    "我不敢跟您说一定能成，但材料我今天就递上去，有消息我头一个告诉您。",
    [], "Hedge plus commitment to act.")
add("false_promise-n", "veteran", "你就说能给多少吧。",
    "符合条件的，按政策能补多少就补多少，一分不差，这个我敢说。不符合的，您闹多少回也是那个数。",
    [], "Entitlement-conditioned assurance plus a firm limit.")
add("false_promise-n", "sanguine", "那我这退休金补发是肯定的吧？",
    "这个钱是您的，文件上写得清清楚楚，补发是肯定的。就是得等县财政拨下来，具体哪天我不给您说死，怕说了做不到。",
    [], "Certain about an established entitlement, explicitly no date promised.")
add("false_promise-n", "unwell", "你会帮我吧？你会帮我吧？",
    "我会把您今天说的每一句都记在本子上，一句不落地交给我们主任。您今天说了这么多，累了吧，喝口水。",
    [], "Promises only what the officer will do; does not endorse the belief.")
add("false_promise-n", "melancholic", "我们户口在这儿，可学校说没名额……",
    "您家户口和房子都在这个片区，按义务教育的规定，学校是得收的。我下午就给教育局打电话，问清楚为啥说没名额。",
    [], "Assurance rests on a legal entitlement; plus a step.")
add("false_promise-n", "pestering", "你们就不能破个例？",
    "破例这个口子我开不了，也不会开。您下回来，我还是这么说。",
    [], "Explicit refusal of an exception; looks like the 'exception' wording but negates it.")

# ------------------------------------------------------- buck_passing
add("buck_passing", "confused", "那这个事该找谁呢？",
    "我们这儿管不了，你到别处问问吧。",
    ["buck_passing"], "Pushes away with no owner named.")
add("buck_passing", "resentful", "当年那个厂归哪个局管的，现在谁来管我们？",
    "四十年前的事了，那会儿的人都不在了，谁知道归谁管，你自己打听打听。",
    ["buck_passing"], "Shrug when asked who owns the matter.")
add("buck_passing", "pestering", "那你说我该找谁？",
    "你这事我管不了，你爱上哪儿上哪儿。",
    ["buck_passing"], "Dismissal without any referral.")
add("buck_passing", "unwell", "那些人晚上老敲我窗户，我该跟谁说？",
    "这个嘛……你出去问问别人吧，我这儿正忙着呢。",
    ["buck_passing"], "Sends an unwell visitor away to ask 'someone else'.")
add("buck_passing", "veteran", "那补偿款的事到底谁负责？",
    "跟我们没关系，你找谁都行，就是别找我。",
    ["buck_passing"], "Plain refusal to engage or name an owner.")
add("buck_passing", "choleric", "这破政策谁定的？你们凭啥这么定！",
    "你冲我喊有啥用，又不是我定的，你找定政策的人去。",
    ["buck_passing"], "'Whoever made the policy' is not a named owner.")
add("buck_passing", "sanguine", "那这个事到底归镇上还是归县上？",
    "这个嘛，可能是镇上，也可能是县上，反正不是我们，你自己跑跑看。",
    ["buck_passing"], "Shrugging guess when asked who owns it.")
add("buck_passing", "phlegmatic", "……就是这么个情况……那个渠一修……我家的地就淹了……",
    "嗯，您说的这些我都听明白了：去年七月修渠，渠堤比您家地高出一截，一下雨水就往您地里灌，淹了两亩玉米。这个确实是个事。不过这个不在我们这儿，您回去再想想办法。",
    ["buck_passing"], "Good restatement, then sends the visitor home with no owner named.")
add("buck_passing", "melancholic", "那我还能去哪儿呢……",
    "唉，这个我也没办法，您还是另找门路吧。",
    ["buck_passing"], "Gives up on a gloomy visitor and points nowhere.")
add("buck_passing", "confused", "那额家这个耕地补贴到底还补不补？",
    "耕地补贴是按承包地面积发的，您家承包证上写几亩就按几亩算。您说去年少发了，这个得看是不是面积登记错了。至于补不补，那得看上头，您去上头问吧。",
    ["buck_passing"], "Useful explanation, but ends by sending him to a vague 'higher up'.")
add("buck_passing", "resentful", "厂都倒闭了，我的养老钱找谁要？",
    "找厂里去嘛，厂没了那就是没人管了，我有啥办法。",
    ["buck_passing"], "Names a defunct owner and then says nobody is responsible.")
add("buck_passing", "pestering", "你们不给钱，那谁给钱？",
    "你天天来找我，我又不是管钱的，找管钱的去吧。",
    ["buck_passing"], "'Whoever handles money' is not a named owner.")
add("buck_passing", "veteran", "你们这儿解决不了，那我去哪儿？",
    "你上网投诉去吧，网上有人管。",
    ["buck_passing"], "Vague redirection to 'the internet'.")
add("buck_passing", "choleric", "你今天就给我拍个板！",
    "我就是个坐窗口的，拍板的事轮不着我，你找能拍板的人去。",
    ["buck_passing"], "Disowns the matter without naming the decider.")
add("buck_passing", "sanguine", "这个拆迁款是开发商给还是政府给，我们几家都弄糊涂了！",
    "你们几家能一块儿来，商量着办事，这就好得很。拆迁这个事嘛，一般是先有征收决定，再签协议，然后才给钱，这个顺序你们记住了不会吃亏。至于这个钱到底该谁给，那就不是我操心的事了，你们几家自己商量着办。",
    ["buck_passing"], "Lively, helpful turn whose last clause refuses the actual question of who pays.")
add("buck_passing", "phlegmatic", "那……这个……我该问谁？",
    "这事得问别人，我这儿没法给你说。",
    ["buck_passing"], "Short push-away.")
add("buck_passing", "melancholic", "我儿子儿媳不管我，我一个老婆子咋办……",
    "你这是家务事，外人掺和不了，你们自己关起门来解决吧。",
    ["buck_passing"], "Elder-support has owners (village mediation, court); none is named.")
add("buck_passing", "unwell", "我跟你说的那些事，你们到底管不管？",
    "你说的这些我们听不懂，也管不着，你找你家里人去。",
    ["buck_passing"], "Family is not the owner of the matter; a push-away.")
add("buck_passing", "resentful", "同志，那我这个事到底归谁？",
    "您这个情况确实让人同情，可惜不在我们的职责范围里，您看看还有没有别的渠道。",
    ["buck_passing"], "Polite-sounding, but no owner named.")
add("buck_passing", "confused", "额从乡上来的，乡上说叫额到县上来问。",
    "这个事我们这搭管不上，你从阿达来的就回阿达克问去。",
    ["buck_passing"], "Gansu speech (zhe da = here, a da = where, ke = go): sends him back where he came from.")

# ------------------------------------------- buck_passing hard negatives
add("buck_passing-n", "choleric", "我在工地上把腿摔断了，老板不认账！",
    "工伤这个事，我们信访这边定不了，认定归县人社局，就在对面楼三层。我给您写个条子，您拿着直接找工伤科。",
    [], "Refusal with the owner named and a referral note.")
add("buck_passing-n", "veteran", "法院判得不公，你们给我改了！",
    "法院的判决我们改不了，这是法律定的。您觉得不公，可以向中院申请再审，也可以去检察院申请监督。法律援助中心就在一楼，不收钱。",
    [], "Names the legal routes and free legal aid.")
add("buck_passing-n", "sanguine", "邻居家盖房占了我家半米宅基地！",
    "宅基地这种邻里纠纷，先找村调委会调解，调不成找镇司法所。我现在就给司法所老刘打个电话，让他这礼拜上你们村去一趟。",
    [], "Owners named in order, plus a call.")
add("buck_passing-n", "resentful", "老板欠了我们半年工资，跑了！",
    "欠薪这个事，劳动监察大队和劳动仲裁都能管。监察大队在人社局一楼，您带上工资条、考勤记录，还有工友的名字，去了直接说找监察。",
    [], "Specific owner, location and what to bring.")
add("buck_passing-n", "melancholic", "我那医药费报不了……",
    "医保报销是医保局管。咱们先把您这些单子看一下，缺啥补啥，我给您标出来，然后您拿去医保局一楼三号窗口。",
    [], "Owner named and the officer helps first.")
add("buck_passing-n", "confused", "额想吃低保，该咋弄？",
    "低保先到村上申请，村里开会评，镇上审核，最后县民政局批。您先去村委会找文书，把户口本、收入情况带上。",
    [], "Explains the chain of owners.")
add("buck_passing-n", "sanguine", "我们小区暖气不热，找谁？",
    "这事您先找物业，物业要是推，您就找社区，社区在小区大门口，主任姓王，我把她电话给您。",
    [], "Owner named with a fallback and a phone number.")
add("buck_passing-n", "phlegmatic", "娃的学籍……转不过来……",
    "学籍的事归教育局学籍科，在教育局院子里二号楼。您带上户口本、娃的出生证和原来学校的证明。",
    [], "Referral with office and documents.")
add("buck_passing-n", "pestering", "你们到底管不管？",
    "我们这个接待室负责登记和转办。您这个事我转给交通局，转办单给您一份，上面有编号，您可以打这个电话查进度。",
    [], "Formal transfer to a named bureau with a tracking number.")
add("buck_passing-n", "phlegmatic", "……占地补偿……标准是……镇上定的吗……",
    "标准镇上定不了，是县自然资源局报县政府定的。我把自然资源局征地科的电话抄给您，您要是想看文件，我这儿也有一份。",
    [], "'Not the township' followed by the real owner.")
add("buck_passing-n", "choleric", "我那案子到底管不管？！",
    "您这案子法院已经立了，我们信访这边不能替法院办。按程序等开庭，有啥新证据，直接交给承办法官，法官姓赵，这是立案庭的电话。",
    [], "Litigation matter referred to the named court and judge.")
add("buck_passing-n", "unwell", "我该找谁说这个事？",
    "我一下子也拿不准该归哪儿，我现在就打电话问清楚，您坐这儿喝口水，等我五分钟。",
    [], "Admits not knowing but finds out now; not a shrug.")

# ------------------------------------------------------- confront
add("confront", "unwell", "电视里那个主持人天天盯着我，他说的话都是冲我来的。",
    "阿姨，我理解您心里害怕，不过电视里的人是看不见您的，那都是正常的节目。",
    ["confront"], "Polite, but corrects an unwell visitor's belief.")
add("confront", "unwell", "我水缸里让人下了药，喝了头就疼。",
    "没人给你水里下药，上回化验单都出来了，干干净净的。",
    ["confront"], "Flat contradiction of an unwell visitor.")
add("confront", "unwell", "这张纸就是我家的房契，你看，这上头有官印！",
    "叔，这张纸是当年的粮票收据，不是房产凭证，拿它争不来房子。",
    ["confront"], "Corrects the belief about the document.")
add("confront", "unwell", "他们往我脑子里装了个东西，一到晚上就响……",
    "您这几天没睡好，脸色都发黄了，先喝口热水。您说的我都记下了，哪天开始的、晚上几点响，一样不落。不过我得跟您说句实话，那个声音是您自己累出来的，不是谁给您装进去的。",
    ["confront"], "Caring turn that ends by correcting the belief.")
add("confront", "resentful", "当年厂里一分钱都没给过我们！",
    "这话说得就不公道了，当年厂里给每个人都发过安置费，账上记得明明白白。",
    ["confront"], "Argues back at a resentful visitor's account.")
add("confront", "pestering", "镇长亲口答应过我，要给我补五万！",
    "不可能，镇长从来没说过这话，你别拿镇长压人。",
    ["confront"], "Flat denial of the visitor's account without checking.")
add("confront", "veteran", "我那五亩地让修路全占了！",
    "不对吧，上回你说是三亩，今天咋又成五亩了？你这数一回一个样。",
    ["confront"], "Confrontational cross-examination instead of checking the record.")
add("confront", "choleric", "你们就是推，一推推了三年！",
    "你说我们推你？我们啥时候推过你？上个月还是我亲手给你转的办！",
    ["confront"], "Rhetorical counter-attack on a choleric visitor's perception.")
add("confront", "sanguine", "我邻居说这个补贴人人都有，我咋没有？",
    "你那邻居说的不对，哪有人人都发的补贴，你这是叫人忽悠了。",
    ["confront"], "Sharp contradiction instead of explaining the policy.")
add("confront", "phlegmatic", "那年……是九八年……我记着是九八年。",
    "您记错了，不是九八年，是零二年，表上写着呢，别再说九八年了。",
    ["confront"], "Sharply overrides a slow visitor's recollection.")
add("confront", "melancholic", "村里人都看不起我，背后都在笑话我。",
    "那是你自己想多了，没人看不起你，也没人笑话你。",
    ["confront"], "Contradicts a melancholic visitor's perception.")
add("confront", "confused", "听人说今年村里要重新调地，额家能多分几亩？",
    "你这理解完全反了，村里压根就没打算调地，你听谁瞎说的？",
    ["confront"], "Sharp rebuttal instead of plain explanation.")
add("confront", "resentful", "厂里就是亏待了我！",
    "亏待你？那一年全厂谁不是一样的待遇，凭啥就你一个人委屈？",
    ["confront"], "Rhetorical argument against the visitor's grievance.")
add("confront", "pestering", "他欠我的钱，政府就得给我要回来！",
    "你那个不叫欠账，是你自己愿意借给他的，现在反过来说人家骗你，这说不过去。",
    ["confront"], "Argues with the visitor's account of the debt (no push-away, so not buck_passing).")
add("confront", "veteran", "还有，那天村干部还动手打了我！",
    "补偿标准的事我刚才跟您说清楚了：县里文件定的每亩两万六，您家两亩三分，钱已经打到您折子上了，回去可以查。至于您说村干部打了您，我问过了，当时好几个人在场，谁都没见着动手，这事您就别再提了。",
    ["confront"], "Good policy answer, then dismisses his assault claim and tells him to drop it.")
add("confront", "choleric", "你们这儿的人收了对方的钱，才偏着他！",
    "你胡说啥呢，谁收你钱了？嘴上没个把门的，再胡咧咧一句试试。",
    ["confront", "rude"], "Sharp denial plus scolding and a veiled threat.")
add("confront", "sanguine", "这个项目偷偷摸摸就上马了，根本没人通知我们！",
    "你先别急，这个项目我知道一些。不是你想的那样，人家去年就在村口公示了一个月，你自己没看，不能怪别人没通知。",
    ["confront"], "Calm start, then argues the visitor is wrong and at fault.")
add("confront", "unwell", "县长是我亲表哥，你们得听我的。",
    "老李，县长不是你亲戚，你不能再这么说了。",
    ["confront"], "Any correction of an unwell visitor's belief is confront.")
add("confront", "melancholic", "我娃在学校叫人欺负了，鼻子都打出血了……",
    "你娃那不是叫人欺负，学校说了，是他先动的手，监控都拍着呢。",
    ["confront"], "Contradicts a distressed parent with the other side's version.")
add("confront", "phlegmatic", "那个合同……我不知道……是咋签上的……",
    "我听了半天，你这个说法站不住。合同上签的是你本人的名字，按的是你的手印，你现在说不知道，谁能信？",
    ["confront"], "Argues down the account with a rhetorical question.")

# ------------------------------------------------ confront hard negatives
add("confront-n", "unwell", "电视里那个人天天盯着我。",
    "您心里害怕，我看得出来，晚上睡不踏实，换谁也难受。咱们先不说电视，您今天吃饭了没有？",
    [], "Acknowledges the feeling, neither endorses nor corrects the belief.")
add("confront-n", "unwell", "那个声音吵得我一宿一宿睡不着。",
    "那个声音搅得您心烦，我记下了。我跟社区的张大夫说一声，让她明天去您屋里坐坐，陪您说说话。",
    [], "Goes along with the feeling and arranges care.")
add("confront-n", "veteran", "路修了，把我的地还给我！",
    "路已经修成了，再挖开改道，这个做不到，我得跟您说清楚。您那块地占了多少、补了多少，我帮您一笔一笔对。",
    [], "Calm statement of the practical limit plus a step.")
add("confront-n", "veteran", "我那五亩地全占了！",
    "您说是五亩，上回登记表上写的是三亩，咱们对一下，是不是后来又开了两亩荒地？开荒那两亩有没有登记过？",
    [], "Checks a discrepancy by questioning, not by contradicting.")
add("confront-n", "confused", "为啥额家添了人不给地，他家走了人也不收地？",
    "这就是俗话说的增人不增地，减人也不减地。这一轮承包三十年不变，好比一家人分了一锅面，分到碗里就不再倒回去重分，谁家添人少人都一样。",
    [], "Explains the policy in plain words; no argument with the visitor.")
add("confront-n", "sanguine", "我邻居说这个补贴人人都有！",
    "您邻居说的那个补贴，是给六十五岁以上独居老人的，不是人人都有。您家情况咱们对一对，看有没有别的能申请的。",
    [], "Corrects hearsay by stating the policy calmly (presentation), not an argument; visitor is not unwell.")
add("confront-n", "resentful", "厂里就是亏待了我！",
    "您觉着受了委屈，这个我信您是真这么觉着的。当年到底咋回事，我没法替谁说话，咱们就看档案里咋写，一起去查。",
    [], "Accepts the feeling without ruling on the facts.")
add("confront-n", "choleric", "你们就是推，推了三年！",
    "上个月那次转办叫您白跑了一趟，是我们没交代清楚，我给您赔个不是。这回我把对方的电话和办公室门牌都写给您。",
    [], "Owns a mistake instead of arguing.")
add("confront-n", "pestering", "镇长亲口答应过我！",
    "镇长答没答应过，我当时不在场，不好说。这样，我现在当着您的面给镇长办公室打电话问一下。",
    [], "Checks face to face instead of denying.")
add("confront-n", "melancholic", "村里人都看不起我……",
    "你觉得大家都看不起你，这种感觉一定很憋屈。能跟我说说，是哪件事让你这么想的？",
    [], "Reflects the feeling and asks an open question.")
add("confront-n", "choleric", "你们都是一伙的，官官相护！",
    "您说我们都是一伙的，这话我听着有点冤，不过不跟您计较。您的事咱们一件一件捋，捋清楚了您再看我偏没偏。",
    [], "Mild personal reaction, no argument; invites him to judge by results.")
add("confront-n", "unwell", "这张纸就是我家的房契！",
    "这张纸您保存了这么多年，看得出来您很看重它。我先给您复印一份存档，原件您收好，别弄丢了。",
    [], "Respects the document without endorsing or correcting the belief.")

# ------------------------------------------------------- buy_peace
add("buy_peace", "veteran", "不给我解决，我就去省里。",
    "这样，你别往省里跑了，我从我们这儿的经费里挤出三千块给你，这事就算了了。",
    ["buy_peace"], "Office money to stop the petition.")
add("buy_peace", "pestering", "我又来了，今天不给说法我不走。",
    "你先回去，明年村里的低保名额先给你家报一个，行不行？你就别再来了。",
    ["buy_peace"], "A relief quota traded for not coming back.")
add("buy_peace", "resentful", "我这把老骨头，就是爬也要爬到北京去。",
    "老人家，您就别上访了，过年的时候我们拿两袋面一桶油去看您。",
    ["buy_peace"], "Gifts offered on condition of stopping.")
add("buy_peace", "choleric", "今天不给我个交代，我就不走了！",
    "行了行了，你要多少？开个数，只要你今天不闹了，啥都好商量。",
    ["buy_peace"], "Open invitation to name a price for quiet.")
add("buy_peace", "sanguine", "我这人就是闲不住，没事就往这儿跑，哈哈。",
    "你这人实在，这么着，村上的公益岗还空一个，你来干，一个月一千五，上访的事咱就不提了。",
    ["buy_peace"], "A job traded for dropping the petition.")
add("buy_peace", "phlegmatic", "……我还是……想要个说法。",
    "您看这样，您签个不再上访的承诺书，我让镇上给您批一笔困难补助。",
    ["buy_peace"], "Hardship money conditioned on a no-petition pledge.")
add("buy_peace", "melancholic", "我就是想把这事写信告到市里……",
    "你也别再往上写信了，你娃那个工作，我托人在开发区给安排一下。",
    ["buy_peace"], "A job favour to stop letters upward.")
add("buy_peace", "unwell", "他们害我，你们得管！",
    "好了好了，给你两百块钱，拿去买点吃的，以后就别来了啊。",
    ["buy_peace"], "Cash to make an unwell visitor stay away.")
add("buy_peace", "confused", "那额家这地到底是咋回事，额还是不明白。",
    "你这个地的事一时半会儿说不清，干脆给你补五百块钱，你回去就别再问了。",
    ["buy_peace"], "Money instead of an explanation, to end the questions.")
add("buy_peace", "veteran", "今年两会我还得去北京。",
    "征地补偿的标准我给您讲过两回了：县里统一定的，每亩两万六，您家的钱已经到账了，这个改不了。您要是还有别的困难，比如房子漏雨，可以照常申请危房改造。不过您要真能答应我两会期间不出门，私下里我给您把危房改造的指标先留出来。",
    ["buy_peace"], "Model firm answer and real alternative, then a private quota deal for staying home.")
add("buy_peace", "pestering", "我还会再来的。",
    "这样，你家院墙倒了那块，我叫镇上工程队免费给你砌起来，你这上访就停了吧。",
    ["buy_peace"], "A free favour traded for stopping.")
add("buy_peace", "resentful", "厂没了，可我的事还没完。",
    "您看，厂虽然没了，我们可以从维稳的钱里给您一次性补一点，您签个字，往后就不为这事来了，好吗？",
    ["buy_peace"], "Polite-sounding payoff with a sign-off.")
add("buy_peace", "choleric", "我就是要个公道！",
    "你不就是想要钱嘛？给你两千够不够？够了就回去，别在这儿嚷嚷了。",
    ["buy_peace", "rude"], "Labels the visitor as money-seeking and offers cash to shut him up.")
add("buy_peace", "sanguine", "我那个小卖部的执照一直批不下来，我这才来告状的。",
    "这样，执照我叫市场所给你加个急，你反映的那个事就别往上捅了，咋样？",
    ["buy_peace"], "Fast-tracked licence traded for silence.")
add("buy_peace", "phlegmatic", "……就是……屋里头……有点难……",
    "嗯，您慢慢说，我听着呢。老伴儿住院，儿子在外头打工，家里就您一个人撑着，这个难处我记下了。对了，我看看能不能给您弄个临时救助的名额，您就别再往市里跑了，好不好？",
    ["buy_peace"], "Patient listening, then relief offered on condition of not going to the city.")
add("buy_peace", "melancholic", "医药费我实在拿不出来了……",
    "这样，我们几个同事凑一点给你，你就别再去县上找了。",
    ["buy_peace"], "Private money to stop further petitioning.")
add("buy_peace", "unwell", "我明天还要去县政府门口说！",
    "你别去了，我让村里每个月给你送一袋米，你就在屋里待着，别出去乱跑了。",
    ["buy_peace"], "Monthly goods to keep the visitor at home.")
add("buy_peace", "veteran", "老熟人了，你看着办吧。",
    "老张，咱都是熟人，今年的护林员名额给你，你那个事就到此为止，咋样？",
    ["buy_peace"], "A paid post traded for ending the case.")
add("buy_peace", "confused", "那额这个事到底算解决了没有？",
    "你在这儿签个字，就写事情已经解决了，我给你申请个取暖补贴。",
    ["buy_peace"], "Subsidy traded for a signed closure.")
add("buy_peace", "pestering", "我的补偿不够，我还要告。",
    "你这回先撤了，年底我想办法给你把补偿再弄一些出来。",
    ["buy_peace", "false_promise"], "Extra compensation beyond the standard, promised in exchange for withdrawing.")

# ----------------------------------------------- buy_peace hard negatives
add("buy_peace-n", "pestering", "不给补偿我就天天来。",
    "你说的那个补偿，没有政策依据。不过你家老人常年卧床，可以申请残疾人护理补贴——这个跟你来不来上访没关系，符合条件就能领，我把表给你。",
    [], "Real alternative with a policy basis, explicitly not tied to stopping.")
add("buy_peace-n", "veteran", "你私下给我点，我就不去了。",
    "私下给钱，一分都不行。政策上该有的，我一样一样给您对，该是啥就是啥。",
    [], "Refuses a side deal.")
add("buy_peace-n", "resentful", "我一个孤老头子，谁管我……",
    "您一个人住，天冷了，社区有上门送饭的服务，我这就给您登记。这跟您反映的事是两码事，您该反映还照样反映，我照样接着。",
    [], "Care service offered with the petition explicitly left open.")
add("buy_peace-n", "confused", "额屋里的房子上个月塌了半边……",
    "家里突然遭了难，可以申请临时救助。您这个情况符合，我把表给您，您在这儿填，不会写的我帮您写。",
    [], "Relief for an actual emergency, no condition.")
add("buy_peace-n", "melancholic", "娃看病花了十几万……",
    "娃这个病花得多，可以申请大病医疗救助，我把要准备的东西一样一样写下来给你：诊断书、发票、户口本。",
    [], "Policy-based help, no trade.")
add("buy_peace-n", "choleric", "你开个价，给多少我就走！",
    "你开价我也给不了，我手里没有这个钱，也不该有。咱们就按文件说，文件上是多少就是多少。",
    [], "Refuses to negotiate a payoff.")
add("buy_peace-n", "phlegmatic", "那个公益岗……我能干不……",
    "公益岗是公开招的，下个月镇上贴公告，您符合条件就能报名，跟大家一样报，一样选。",
    [], "Points to open recruitment instead of reserving a post.")
add("buy_peace-n", "veteran", "其他地方都私了了，就你们死板。",
    "您问能不能私下给点钱把这事了了，我明说：不能。这种事一开头，对别的老老实实等着的群众不公平。",
    [], "Explicit refusal with the fairness reason.")
add("buy_peace-n", "sanguine", "执照的事你顺手给我办了呗？",
    "营业执照你照常在网上申请，三个工作日出结果。你反映的那个占道的事，咱另外登记，两件事不搅在一起。",
    [], "Keeps the licence and the complaint separate.")
add("buy_peace-n", "unwell", "我屋里冷……",
    "天冷了，你屋里炉子还有煤没有？村上今年给困难户发取暖煤，按户发的，我跟村上说一声，看你家登记上没有。",
    [], "Checks an existing entitlement; nothing asked in return.")
add("buy_peace-n", "pestering", "我天天来，看你们能耗多久。",
    "你要继续来，我照样接待你，茶照样给你倒。但钱还是没有，这个不会因为你来得多就变。",
    [], "Kindness without a payout.")
add("buy_peace-n", "phlegmatic", "……我这些年……日子难过得很……",
    "您这些年的难处我知道。低保评审下个月开始，您把收入证明准备好去村里申请，评不评得上看条件，我不插手，也不会拿这个跟您讲条件。",
    [], "Points to the normal procedure and says it is not a bargain.")

# ------------------------------------------------------- officialese
add("officialese", "confused", "同志，啥叫增人不增地？额听不懂。",
    "这个问题涉及国家土地政策的大局，我们要站在全局的高度来正确理解、全面把握，共同维护农村土地承包关系的长期稳定。",
    ["officialese"], "Slogans instead of the plain explanation a confused visitor asked for.")
add("officialese", "resentful", "我那事都拖了三十年了，你们到底给不给个说法？",
    "您反映的历史遗留问题，我们将坚持实事求是、有错必纠的原则，统筹兼顾、稳妥推进，请您放心。",
    ["officialese"], "Stock phrases only, no fact or step.")
add("officialese", "pestering", "我的事到底咋办？",
    "群众利益无小事，我们会把您的诉求放在心上，依法依规予以妥善处理。",
    ["officialese"], "Empty assurance in place of the clear answer.")
add("officialese", "unwell", "有人害我，你们管不管？",
    "您的情况我们已经掌握，将严格按照程序规范处置，确保大局和谐稳定。",
    ["officialese"], "Cold stock phrases to an unwell visitor.")
add("officialese", "veteran", "别人都多拿了，凭啥我少拿？",
    "我们始终坚持依法办事、按章办事，对每一位来访群众一视同仁，绝不会因为任何因素改变原则。",
    ["officialese"], "Principle slogans without the figures or the check asked for.")
add("officialese", "choleric", "我都来了八趟了，你们到底管不管！",
    "请您理性表达诉求，相信我们一定会依法依规、公平公正地处理好您的问题。",
    ["officialese"], "Set phrases only.")
add("officialese", "sanguine", "我们村修路的事，你们打算咋弄？",
    "这个事情关系到全镇发展的大局，我们要提高站位、统一思想、形成合力，共同推动问题解决。",
    ["officialese"], "Meeting-speech slogans in place of a plan.")
add("officialese", "phlegmatic", "……那我这个……到底……",
    "您提出的问题很有代表性，我们将认真梳理、深入调研，在下一步工作中统筹考虑。",
    ["officialese"], "Vague 'we will study it' without date or step.")
add("officialese", "melancholic", "我实在是过不下去了……",
    "您的困难就是我们的牵挂，我们将进一步加大帮扶力度，让您切身感受到组织的温暖。",
    ["officialese"], "Warm-sounding but only slogans.")
add("officialese", "confused", "那额这个事咋弄呢？",
    "您的事我们会按照政策规定，综合考虑各方面因素，依法依规作出处理。",
    ["officialese"], "No content about the matter.")
add("officialese", "resentful", "我们这些老职工，就没人记得了吗？",
    "对待老同志的诉求，我们一贯的态度是尊重历史、面对现实、着眼长远、妥善解决。",
    ["officialese"], "Four-character slogans only.")
add("officialese", "pestering", "你们就说到底谁管！",
    "按照属地管理、分级负责的原则，您的问题应当由属地依法处理，请您到属地反映。",
    ["officialese", "buck_passing"], "Principle jargon and 'the locality' instead of a named owner.")
add("officialese", "veteran", "我这个事你们要是不管，我就一直告。",
    "信访工作事关稳定大局，我们会坚持把矛盾化解在基层、化解在萌芽状态。",
    ["officialese"], "Work-report language addressed to the visitor.")
add("officialese", "choleric", "你别跟我绕弯子，就说咋办！",
    "大哥，您的心情我完全理解。您放心，我们一定本着对群众高度负责的态度，把这件事当作头等大事来抓，抓紧、抓实、抓好。",
    ["officialese"], "A friendly opener, then only slogans when asked for a concrete plan.")
add("officialese", "sanguine", "那你说我这事啥时候能有个结果？",
    "咱们要用发展的眼光看问题，随着各项政策的不断完善，您关心的问题会在发展中逐步理顺。",
    ["officialese"], "Answers a 'when' question with a slogan.")
add("officialese", "phlegmatic", "……那下一步……",
    "下一步，我们将按照上级的统一部署，结合本地实际，认真抓好贯彻落实。",
    ["officialese"], "'Next step' with no step.")
add("officialese", "melancholic", "我是不是……就没人管了……",
    "请您保持良好心态，正确看待困难，党委政府始终是您坚强的后盾。",
    ["officialese"], "Preaching slogans to a gloomy visitor.")
add("officialese", "unwell", "他们天天监视我，你们到底管不管？",
    "我们会一如既往地关心关爱困难群众，做好服务保障，守住民生底线。",
    ["officialese"], "Slogans, no contact with the visitor.")
add("officialese", "veteran", "你给额说个实在的，这事到底咋弄？",
    "老哥，你这个事情嘛，我们一定按照上头的精神来，该咋办咋办，依法依规，公平公正，你把心放宽。",
    ["officialese"], "Colloquial wrapping, but the content is still only stock phrases.")
add("officialese", "resentful", "我就想知道当年为啥开除我。",
    "这个问题我们是从讲政治的高度来认识的，一定会给历史一个交代，给群众一个交代。",
    ["officialese"], "A direct factual question answered with slogans.")

# --------------------------------------------- officialese hard negatives
add("officialese-n", "phlegmatic", "……那块地……",
    "您说的事我们会认真对待。先跟我说说，地是哪一年被占的，占了多少，当时签没签协议？",
    [], "First-talk assurance inside a turn that asks concrete questions.")
add("officialese-n", "confused", "为啥额娃不能分地？",
    "按《农村土地承包法》，承包期内村上不能随便调地，所以您家新添的人这一轮分不上新地。等这一轮承包期满，按那时候的政策再定。好比签了三十年的租约，中间家里添了人，房东也不会给你多加一间。",
    [], "Cites the law but explains it concretely with a comparison.")
add("officialese-n", "melancholic", "那我回去了……",
    "今天就到这儿，您路上慢点。周四上午我给您打电话，说查的结果，您记得手机开着。",
    [], "Closing courtesy with a dated next step.")
add("officialese-n", "choleric", "你就说依法依规，到底咋个依法？",
    "依法就是这么几步：先做伤情鉴定，鉴定出来按伤残等级赔；鉴定中心在县医院三楼，周一到周五都能去，费用先垫上，最后算在对方头上。",
    [], "Uses the word 'law' but gives concrete steps.")
add("officialese-n", "sanguine", "那个补贴我到底能不能领？",
    "县上去年那个文件第三条写了：六十五岁以上、一个人住、每月收入不到八百的，能领这个补贴。您今年多大岁数了？",
    [], "Quotes the document's actual criteria and asks a question.")
add("officialese-n", "phlegmatic", "……那你们……啥时候……",
    "我们尽快核实，三个工作日内把核实的结果打电话告诉您。您留的这个号码是您本人的吧？",
    [], "Formal wording with a real deadline.")
add("officialese-n", "resentful", "我这事还有指望没有？",
    "这事得一步一步来，会有个说法的。您回去把身体养好，咱们下礼拜二还在这屋见。",
    [], "Words of hope at closing plus a set date; not coded.")
add("officialese-n", "pestering", "你们记了没有？",
    "您反映的情况我们如实记录、如实上报。我给您复述一遍：第一，征地款少了四千二；第二，青苗费没给；第三，您要求给儿子安排工作。前两条我转给镇上核，第三条没有政策，我刚才跟您说过了。您看对不对？",
    [], "Opens with a set phrase, then a full factual summary.")
add("officialese-n", "confused", "你们老说政策是为额们好，额也没见着好在哪儿。",
    "党和政府的政策是为老百姓好，这话您可能听腻了。我给您说点实在的：您这个耕地补贴一年是一千二，分两回打到一卡通上，上半年那回五月份到。",
    [], "Acknowledges the slogan and replaces it with facts.")
add("officialese-n", "melancholic", "这事……你们会管吧？",
    "这件事我们会放在心上。您先说说，最近家里吃的用的还够不够？娃上学的钱有没有着落？",
    [], "Short assurance followed by caring, specific questions.")
add("officialese-n", "unwell", "你们要按规矩办事！",
    "对，按规矩办。规矩就是您说的我先记下来，今天下午交给我们主任，明天上午我给您家里打电话。您家里的电话是多少？",
    [], "Turns 'rules' into concrete steps.")
add("officialese-n", "veteran", "你少给我讲那些大道理！",
    "依法办事这四个字，对您对我都一样，我不跟您讲大道理。您说的补偿标准是县政府二〇一九年定的，每亩两万八，文件我给您复印一份带回去看。",
    [], "One principle sentence, then figures and a document.")

# ------------------------------------------------------- accept_gift
add("accept_gift", "veteran", "这两条烟你拿着，知道你们辛苦。",
    "哎呀你这人太客气了，那我就收下了，你的事我记着呢。",
    ["accept_gift"], "Accepts cigarettes.")
add("accept_gift", "resentful", "这是我自家树上打的核桃，一点心意。",
    "那我尝尝，谢谢老人家啊。",
    ["accept_gift"], "Accepts a small farm gift; still a gift.")
add("accept_gift", "pestering", "今天中午我请你吃饭，咱边吃边说。",
    "行，那就去街口那家泡馍馆，吃完了再说你的事。",
    ["accept_gift"], "Accepts a meal invitation.")
add("accept_gift", "sanguine", "同志，这是咱家园子里的苹果，洛川的，甜得很，给你们办公室拿了一箱。",
    "嘹咋咧，那就放那儿吧，大家分着尝尝。",
    ["accept_gift"], "Cheerful acceptance for the whole office.")
add("accept_gift", "choleric", "（放下一盒茶叶）你拿着，别跟我客气！",
    "您这个事我已经记清楚了：房子是前年十月拆的，协议上写的是过渡费每月八百，从去年三月起就没给过。明天上午我去住建局查拆迁批文，下午给您回话。茶叶放这儿吧，我正好喝完了。",
    ["accept_gift"], "Model summary and step, with the gift accepted in the last sentence.")
add("accept_gift", "phlegmatic", "……这是……我们那儿的小米……你拿着。",
    "那谢谢您了，我拿回去熬粥。您慢慢说，后来呢？",
    ["accept_gift"], "Accepts and moves on.")
add("accept_gift", "melancholic", "我也没啥能谢你的，给你纳了一双鞋垫。",
    "这鞋垫针脚真细，那我就收下了，谢谢您。",
    ["accept_gift"], "Handmade gift accepted; kindness does not make it allowed.")
add("accept_gift", "unwell", "这个你拿着，是我从庙里求来的，保平安，里头还夹了两百块钱。",
    "好，那我收着，你放心回去吧。",
    ["accept_gift"], "Takes money from an unwell visitor.")
add("accept_gift", "confused", "你帮我把这个表填了，这五十块钱你买包烟。",
    "行，那我就不客气了，来，表给我。",
    ["accept_gift"], "Takes cash for a routine service.")
add("accept_gift", "veteran", "晚上县城饭店订了一桌，几个老伙计都去，你也来。",
    "晚上我看看，有空就过去坐坐。",
    ["accept_gift"], "Tentative acceptance of a dinner invitation is still acceptance.")
add("accept_gift", "resentful", "（递过一袋红枣）这是我们那儿的枣，你尝尝。",
    "好，我给您复述一遍：您六八年下放，七九年落实政策回城，中间十一年的工龄没接上，您要求补上。我下周三前去档案馆查当年的下放名册，查到了给您回话。这袋红枣我先放柜子里，谢谢您想着我们。",
    ["accept_gift"], "Excellent summary; the gift is quietly kept at the end.")
add("accept_gift", "pestering", "这是一千块钱，你帮我往上面递个话。",
    "钱先放这儿吧，你那事我找人给你疏通疏通，保准管用。",
    ["accept_gift", "false_promise"], "Takes cash and guarantees an outcome by string-pulling.")
add("accept_gift", "sanguine", "走走走，下了班我请你喝酒，咱们好好谝一谝！",
    "那敢情好，下了班你在门口等我。",
    ["accept_gift"], "Accepts a drinking invitation (pian = chat).")
add("accept_gift", "choleric", "这是购物卡，不多，五百块，你们辛苦了。",
    "你这人……唉，那就这一次，下不为例啊。",
    ["accept_gift"], "Reluctant acceptance 'just this once' in other words.")
add("accept_gift", "phlegmatic", "我……带了一只鸡……自家养的。",
    "哎，这咋好意思。那就谢谢了，我回头送到食堂去，大家一起吃。",
    ["accept_gift"], "Sharing it with colleagues does not make it a refusal.")
add("accept_gift", "melancholic", "我请你吃碗面吧，就在楼下，你别嫌弃。",
    "那好，一碗面不算啥，走，咱边吃边说。",
    ["accept_gift"], "A cheap meal is still a meal invitation accepted.")
add("accept_gift", "unwell", "我给你带了一包点心，你吃，你是好人。",
    "谢谢你，那我留着下午吃。你今天早上吃饭了没有？",
    ["accept_gift"], "Kind follow-up question, but the gift is accepted.")
add("accept_gift", "confused", "你们这儿的人真好，这是我家腌的酸菜，给你带了一罐。",
    "哈哈，那我收下了，正好屋里没菜了。",
    ["accept_gift"], "Cheerful acceptance.")
add("accept_gift", "sanguine", "明天我儿子结婚，你一定来喝喜酒，座位都给你留好了！",
    "恭喜恭喜！那我一定到，给娃随个份子。",
    ["accept_gift"], "Accepts a banquet invitation from a visitor with a pending case.")
add("accept_gift", "phlegmatic", "……过年了……这箱酒……你拿回去给家里老人喝。",
    "你太讲究了，那我替我爸谢谢你。",
    ["accept_gift"], "Accepts liquor on behalf of family.")

# ------------------------------------------------ accept_gift hard negatives
add("accept_gift-n", "resentful", "这是我自家的核桃，一点心意。",
    "核桃您拿回去给孙子吃，我们有规定，不能收。您的好意我知道了，咱们接着说您那个工龄的事。",
    [], "Polite refusal and back to the matter.")
add("accept_gift-n", "veteran", "来，抽一根。",
    "烟我不抽，您自己留着。您这个事咱们按规矩来，用不着这些。",
    [], "Declines the cigarette.")
add("accept_gift-n", "pestering", "中午我请你吃饭，咱边吃边说。",
    "饭就不吃了，我们有纪律。中午您要是没地方吃，楼下那家面馆实惠，吃完了一点半我还在这儿。",
    [], "Declines the meal but helps with lunch.")
add("accept_gift-n", "pestering", "这是一千块钱，你帮我递个话。",
    "这一千块您赶紧收起来，叫人看见了对您也不好。您的事，我该咋办还是咋办，不会因为这个快，也不会因为这个慢。",
    [], "Refuses cash and says it changes nothing.")
add("accept_gift-n", "sanguine", "这箱洛川苹果给你们办公室尝尝！",
    "苹果您拿回去，我们真不能收。不过您这苹果是真好，下个月县上搞农产品展销，您可以报名去摆摊，我把报名电话给您。",
    [], "Refuses and points to a real selling channel.")
add("accept_gift-n", "confused", "额把这些纸都带来了，你看看。",
    "好，材料您留下，原件我复印完就还给您，复印件我们存档。",
    [], "Receiving documents is not a gift.")
add("accept_gift-n", "melancholic", "我给你纳了一双鞋垫……",
    "谢谢您想着我，这鞋垫我真不能要，您拿回去给老伴儿垫上。您这手艺真好。",
    [], "Warm refusal of a handmade gift.")
add("accept_gift-n", "phlegmatic", "……",
    "来，喝杯水，刚烧开的，您慢点喝，暖暖手。",
    [], "The officer offers water; nothing is accepted.")
add("accept_gift-n", "unwell", "这个护身符你拿着，里头夹了两百块钱。",
    "这个护身符您自己戴着，保您平安。钱更不能要，您收好，装到里面口袋里，别丢了。",
    [], "Refuses both charm and money gently.")
add("accept_gift-n", "choleric", "你不收就是看不起我！",
    "您说我不收就是看不起您，不是这样的。正因为敬重您，才不能收。您坐，咱们说正事。",
    [], "Refusal framed as respect.")
add("accept_gift-n", "veteran", "明天我儿子结婚，你一定来喝喜酒！",
    "喜酒我就不去了，娃结婚是大喜事，我在这儿给您道个喜。您那个事，下周一我给您回话。",
    [], "Declines the banquet with congratulations.")
add("accept_gift-n", "sanguine", "下了班我请你喝酒去！",
    "喝酒就免了，你要是想谝，下回来了咱在这屋泡壶茶谝，茶我请。",
    [], "Declines the drink; offers tea in the office at the officer's cost.")

# ------------------------------------------------------- good
add("good", "confused", "同志，额……额是从北山来的，想问个事。",
    "您好您好，大老远来的，路上冷吧？来，这边坐，先喝口热水。您是北山哪个村的？",
    [], "Warm introduction, seat, water, who and where.")
add("good", "resentful", "我憋了一肚子话，今天非说出来不可！",
    "您说，今天这个时间就是给您的，您从头说，我一句一句记。",
    [], "Lets a resentful visitor vent.")
add("good", "pestering", "那你到底给不给我补？",
    "我跟您说的还是上回那个话：修路占地的补偿已经按标准发到您折子上了，再多补没有依据。您家要是有别的难处，比如看病、娃上学，咱们可以另外说。",
    [], "Same clear answer as last time, plus openness to real needs.")
add("good", "unwell", "他们要害我，我不敢回家……",
    "您今天先别想那些，在这儿坐着，这儿安全，我陪着您。您家里有谁在？我给他打个电话，让他来接您，好不好？",
    [], "Keeps an unwell visitor safe and calm without arguing.")
add("good", "veteran", "别人闹一闹就多拿了，我凭啥不能？",
    "谁闹不闹，标准都是那一个。您要是知道谁多拿了，告诉我名字，我去查，查实了该退的要退。您自己的那份，我给您一项一项对。",
    [], "Firm on the standard, offers to check.")
add("good", "choleric", "我今天就要个准话！",
    "您要准话，我给您准话：过渡费欠了您十个月，一共八千，这是该给的。我现在就给住建局打电话，当着您的面打。",
    [], "Clear answer on an owed amount and an immediate step.")
add("good", "sanguine", "我就想问问这个新农合咋报，听人说法不一样。",
    "好嘛，你问得对，听来的不如问来的准。住院在县医院报百分之七十五，门诊慢性病另算。你把你家的情况说一下，咱们对着算一算。",
    [], "Guides with policy, invites facts.")
add("good", "phlegmatic", "……",
    "不着急，您想好了再说。",
    [], "Gives time to think.")
add("good", "melancholic", "我也不知道该不该来……怕给你们添麻烦……",
    "来了就对了，不麻烦。这儿就是听大家说事的地方。您慢慢说，说到哪儿算哪儿。",
    [], "Reassuring words for a withdrawn visitor.")
add("good", "confused", "那这个退耕还林的钱为啥今年少了？",
    "退耕还林的补助是分阶段的，头几年一亩给得多，过了第一个补助期就按新的标准发，每亩少了一截。您家是哪一年退的？我帮您算算是不是到了换标准的年份。",
    [], "Plain explanation and a specific question.")
add("good", "resentful", "就是这些了。",
    "那我给您复述一遍，您听对不对：第一，六八年下放前在农机厂干了九年，工龄没接上；第二，您要求补发这些年的养老金差额；第三，您说当年的档案可能在县档案馆。我下周去查，查完了周五给您打电话。有没有落下的？",
    [], "Full summary checked with the visitor, plus a dated step.")
add("good", "pestering", "我下礼拜还来。",
    "来，我照样在这儿。不过我先说清楚，您下礼拜来，我说的还是今天这些话，不会变。您路上慢点。",
    [], "Consistent answer and courtesy.")
add("good", "unwell", "那个声音今天又响了……",
    "又响了呀，那您今天肯定不好受。昨晚睡了几个钟头？早上吃了点东西没有？",
    [], "Goes along with the feeling, attends to health.")
add("good", "veteran", "你们这回打算咋办？",
    "我把今天的结果给您说清楚：一，安置房的面积按协议是九十平，交房时量出来是八十七，差的三平按协议退差价，我这周内让镇上算出来给您；二，您要求换朝阳的，协议里没有这条，这个办不到。",
    [], "Entitled part committed, baseless part refused plainly.")
add("good", "choleric", "（冲进来）谁管事？叫你们领导出来！",
    "大哥，我就是今天值班接待的，姓马，有啥事冲我说。您坐下喘口气，这一路跑过来也累了。",
    [], "Introduces himself, takes ownership, lowers heat.")
add("good", "sanguine", "我们村来了二十多个人，都想说！",
    "大家来得多，说明这个事大家都关心。咱这屋坐不下，麻烦大家推五个代表进来，其他人在隔壁大厅歇着，有水有凳子，谈的结果代表出去给大家说。",
    [], "Group visit handled with representatives.")
add("good", "phlegmatic", "那个……合同……我签的时候……没看清……",
    "签的时候是谁拿给您的？当时有没有人给您念过一遍？",
    [], "Specific probing questions without judgment.")
add("good", "melancholic", "我男人走了以后，啥都得我一个人扛……",
    "一个人扛这么多年，真不容易。您今天能来，把话说出来，就已经很不简单了。家里现在最让您发愁的是哪一件？",
    [], "Empathy then a focusing question.")
add("good", "confused", "额们那搭说话你能听懂不？",
    "能听懂，我也是这搭长大的，你就照你平常的话说，尕事大事都说。",
    [], "Speaks the visitor's language (Gansu zhe da = here, ga = small).")
add("good", "resentful", "你们这些人，一个比一个会说！",
    "您骂两句我不往心里去，憋了这么多年，换我也有气。不过光有气解决不了事，咱们把事说细，我才好替您跑。",
    [], "Absorbs the jab, turns to facts.")
add("good", "sanguine", "那我今天就先回了？",
    "回吧，今天说的我都记在这张单子上了，单子给您一份。下周三之前我给您打电话，要是我没打，您直接打这个号码找我。",
    [], "Closing with a written record and a date.")
add("good", "phlegmatic", "……我就是……想把地界弄清楚……",
    "地界的事，我听明白了：您家和东边邻居那块地，中间原来有一道土埂，去年邻居翻地把埂平了，现在两家说的界线差了一米多。这事先找村调委会，拿着当年的承包合同和四至图一对就清楚了。我给村上打个电话，让他们这周去量。",
    [], "Restates, names the owner, commits to a call.")
add("good", "melancholic", "我娃在学校……不想去了……",
    "娃不想去学校，当妈的心里肯定揪着。娃说过是啥原因没有？是跟同学处不来，还是功课跟不上？",
    [], "Empathy and concrete questions.")
add("good", "unwell", "你信我不？你信我不？",
    "我听着呢，您说的每一句我都记下了。您说这些事的时候，我看您手都在抖，先把这杯热水捧着。",
    [], "Neither endorses nor corrects; attends to the person.")
add("good", "veteran", "我认识你们局长！",
    "认识局长也好，不认识也好，您这个事都是按一个标准办。您把那个补偿协议拿出来，咱们对条款。",
    [], "Calm, no special treatment, concrete next move.")
add("good", "choleric", "你们就会拖！拖！拖！",
    "拖了这么久，您有火我理解。这次我给您定个日子：下周五之前，书面答复寄到您家，寄不到您来找我。",
    [], "Acknowledges anger, sets a date.")


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(ROWS), out))
