#!/usr/bin/env python3
"""Hand-written, hand-labelled single officer lines (held-out test set).

Every line below was written and labelled by hand. This script only numbers
them and writes lines.jsonl. Run: python3 gen.py
"""
import json
import os
from collections import OrderedDict

ROWS = []
COUNTERS = {}


def add(group, persona, visitor, text, codes, note):
    """group is a code (positive), a code + '-n' (hard negative) or 'good'."""
    COUNTERS[group] = COUNTERS.get(group, 0) + 1
    n = COUNTERS[group]
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


# ---------------------------------------------------------------- rude
add("rude", "choleric",
    "你们这帮吃干饭的，今天不给我说法我就不走了！",
    "嚷嚷啥？嗓门大就有理了？你再拍一下桌子就给我出去。",
    ["rude"], "Meets heat with heat: mocks the shouting and threatens to throw him out.")
add("rude", "confused",
    "同志，这个“增人不增地”俺咋就是听不明白，俺家添了孙子咋不给地？",
    "跟你说了三遍了还不懂，你这脑袋是榆木疙瘩做的？",
    ["rude"], "Mocks a confused visitor's understanding.")
add("rude", "resentful",
    "我当年下放到农场，一干就是十二年，回来啥都没了，你们谁管过我？",
    "大爷，您这些话我听了好几年了，倚老卖老也得有个头吧。",
    ["rude"], "Labels an old, aggrieved visitor as trading on his age; contempt dressed as politeness.")
add("rude", "pestering",
    "我又来了，我那个宅基地的事，你们今天必须给我划回来。",
    "又是你？三天两头往这跑，你家里没营生干啊？闲得慌就去地里转转。",
    ["rude"], "Mocks a repeat visitor instead of giving the same clear answer (Shanxi yingsheng, work).")
add("rude", "unwell",
    "有人天天在我家房顶上装了东西，夜里嗡嗡响，就是冲我来的。",
    "嗡嗡响的是你脑袋里，赶紧让你家里人带你去看看大夫吧。",
    ["rude", "confront"], "Mocks an unwell visitor and in the same breath denies the belief: both rude and confront.")
add("rude", "veteran",
    "我跑了十几年了，门儿清，你们不给钱，我明天就去省里。",
    "去呗，省里的门也不是给你一家开的。像你这号专门闹事的，到哪儿都一样。",
    ["rude"], "Labels the visitor a trouble-maker (kou maozi) and sneers; the no-money stance itself would be fine.")
add("rude", "sanguine",
    "哎呀同志，我跟你说，我们那个小区物业可黑了，我邻居还说……",
    "你先把嘴闭上，听我说。东一句西一句的，你们这种人就爱传闲话。",
    ["rude"], "Shuts a talkative visitor up and labels her a gossip.")
add("rude", "phlegmatic",
    "这个……我想想……就是……那块地……",
    "磨磨唧唧半天憋不出一句话，你这是做甚来了？我后边还排着十来个人呢。",
    ["rude"], "Mocks a slow speaker and hurries him (Shanxi zuo sha, what for).")
add("rude", "melancholic",
    "我男人走了以后，厂里的抚恤金到现在也没发下来……（哭）",
    "掉眼泪顶啥事？眼泪又换不来钱，材料拿出来我看。",
    ["rude"], "Scorns a grieving visitor's tears.")
add("rude", "choleric",
    "我告诉你，那个拆迁办的王主任就是个骗子，当初拍着胸脯说给我两套房！",
    "老哥，您先喝口水。这个事我听明白了：当初口头说给两套，后来协议上写的是一套加补偿款，您觉得被骗了。协议我这就调出来对一下，签字那天谁在场您也跟我说说。不过您再这么指着我鼻子骂，信不信我叫保安把你架出去。",
    ["rude"], "Model listening and a concrete step, then a scare threat in the last clause.")
add("rude", "confused",
    "这个表上写的“户籍所在地”是啥意思啊？我不认得几个字。",
    "这都看不懂？小学白念了吧。旁边那个年轻人，你给她念念。",
    ["rude"], "Contempt for the visitor's schooling.")
add("rude", "resentful",
    "你们当官的就是看不起我们老百姓！",
    "对，就看不起你，咋了？有本事你告去。",
    ["rude"], "Open contempt and provocation.")
add("rude", "pestering",
    "同志，我还是那件事，您看这回能不能……",
    "您呐，真是属狗皮膏药的，粘上就揭不下来了，您说我们拿您怎么办好呢？",
    ["rude"], "Polite-sounding but mocking label for a repeat visitor.")
add("rude", "veteran",
    "不给解决，我就在你们门口躺着。",
    "躺吧，地上凉，冻出病来可没人给你掏医药费。你这种老上访户我见多了，吓唬谁呢。",
    ["rude"], "Sneering and labelling rather than calmly stating the limit.")
add("rude", "sanguine",
    "哈哈，同志你说话真逗，那我这补贴是不是明天就能到？",
    "明天到不了，这个补贴是按季度发的，下一批是十月底。您的名字我刚才在系统里看到了，已经在名单上。就是您以后别听风就是雨的，跟个没头苍蝇似的到处乱撞，丢不丢人。",
    ["rude"], "Clear, correct answer, then a mocking put-down at the end.")
add("rude", "phlegmatic",
    "……（沉默好一会儿）我那个……工龄……",
    "你是哑巴啊？问一句答半句，要不你写下来得了。",
    ["rude"], "Insults a slow, quiet visitor.")
add("rude", "melancholic",
    "我也不知道该不该来……怕给你们添麻烦……",
    "知道添麻烦还来？你们这种人就是想得多，自己把自己愁死了怪谁？",
    ["rude"], "Rhetorical questions that blame and scorn a withdrawn visitor.")
add("rude", "unwell",
    "我是国务院派下来的特派员，你们要配合我工作。",
    "你嘟囔啥呢？唾沫星子都溅我本子上了，离远点儿说话！",
    ["rude"], "Contemptuous to an unwell visitor; does not address the belief, so not confront.")
add("rude", "choleric",
    "老子今天就砸了你这破办公室！",
    "你再横一个试试？",
    ["rude"], "Short provocation that meets heat with heat.")
add("rude", "veteran",
    "我这材料可是专门找律师写的，你们看着办吧。",
    "哟，您老还请律师了，真是大手笔。怎么，上访上出经验来了，都快成专业户了吧？",
    ["rude"], "Sarcastic mockery in a friendly tone.")

# ---------------------------------------------------------- rude negatives
add("rude-n", "resentful",
    "你们这帮人都一个德行！",
    "大哥，您骂我两句我受着，可您别拍桌子了，玻璃板碎了划着您手。咱坐下，您从头说。",
    [], "Absorbs the abuse and asks him to stop banging, out of care; no scolding.")
add("rude-n", "veteran",
    "明天我就带人把乡政府的大门围了。",
    "您要真带人去围大门，警察来了是要按治安管理处罚法办的，到时候吃亏的是您自己。您的事咱按程序走，复查申请我今天就能帮您递上去。",
    [], "States the legal consequence calmly and offers the legitimate route: not a scare threat.")
add("rude-n", "phlegmatic",
    "……我再想想……",
    "不急，您慢慢想，我这儿今天下午都空着，想起哪句说哪句。",
    [], "Gives a slow visitor time.")
add("rude-n", "confused",
    "这上面的字俺不认得几个。",
    "不认字不要紧，我念一句您听一句，哪儿不明白您就打断我。",
    [], "Mentions the reading difficulty without any contempt.")
add("rude-n", "melancholic",
    "我男人走了以后，厂里的抚恤金到现在也没发下来……（哭）",
    "哭出来也好，憋着更难受。纸巾给您，缓一缓，咱再说抚恤金的事。",
    [], "Same situation as a rude positive; accepts the tears.")
add("rude-n", "resentful",
    "你们都是一群王八蛋！",
    "大爷，您心里的火我明白，骂两句能出出气。不过骂人解不了您的难处，咱把事说清楚，您看行不行？",
    [], "Mild criticism of the abuse after venting, as the method allows; not rude.")
add("rude-n", "pestering",
    "我又来了，这回你们总该给我办了吧？",
    "婶子，您来了我还是这句话：宅基地按规划确实划不回来，跟上回说的一样。天冷，您先喝碗热水。",
    [], "Same firm answer with care; blunt but not rude.")
add("rude-n", "sanguine",
    "哎我跟你说，我们楼下那家的狗可凶了，还有那个物业……",
    "大姐，狗的事我也记上，咱先说您今天最着急的那桩：暖气不热，是吧？从哪天开始不热的？",
    [], "Brings a wandering talk back to the point without shutting her up.")
add("rude-n", "unwell",
    "我是国务院派下来的特派员，你们要配合我工作。",
    "哦，那您这一路可辛苦了。您坐，喝口水，今儿个是谁陪您过来的？",
    [], "Goes along and asks about family; no contempt, no correction.")
add("rude-n", "choleric",
    "老子今天就砸了你这破办公室！",
    "大哥，东西砸了，事还是没解决，还得另外担责任，这不值当。您这口气我接着，您冲我说。",
    [], "Calmly names the consequence and invites him to talk; not a threat.")
add("rude-n", "pestering",
    "不给钱我今天就不走了。",
    "钱，按政策没有这一项，我不能给，也不会给。您要在这儿坐着，我给您倒水，可答复还是这个。",
    [], "Flat, firm refusal; no mocking.")
add("rude-n", "phlegmatic",
    "……（半天不说话）",
    "您别看我嘴快，我这人耳朵慢，您说慢点我正好记得全乎。",
    [], "Self-deprecating humour that gives time; nothing aimed at the visitor.")

# -------------------------------------------------------- false_promise
add("false_promise", "pestering",
    "我那个厂子改制时候的补偿，你们到底给不给补？上回就说没有，我不信。",
    "这样吧，您先回去，我们内部再掂量掂量，兴许过阵子政策一松，还有门儿。",
    ["false_promise"], "Hint that a known-baseless demand may yet succeed.")
add("false_promise", "resentful",
    "我下放那些年的工龄到底算不算？",
    "您放心，您这十二年的工龄，我保证给您全算上，下个月就能补到卡上。",
    ["false_promise"], "Guarantees an outcome and a date that the office cannot decide.")
add("false_promise", "confused",
    "俺闺女出嫁了，她那份地能不能给俺孙子？",
    "大娘，这个按规定是“增人不增地”，村里一般不调。不过您别着急，我跟村里说说，让他们把那块地挪给您孙子，应该问题不大。",
    ["false_promise"], "Explains the rule correctly, then promises to get around it.")
add("false_promise", "unwell",
    "他们偷了我的存折，一百万，你们得给我追回来。",
    "好好好，一百万一分不少给您追回来，过两天就送到您家去。",
    ["false_promise"], "Going along turns into promising a concrete outcome; no correction, so not confront.")
add("false_promise", "veteran",
    "我这事拖了八年了，你给我个准话，能不能赔？",
    "老哥，你也别到处跑了，我给你透个底，今年年底前准能给你解决，这话我撂这儿。",
    ["false_promise"], "A private 'inside word' promising a settlement by year end.")
add("false_promise", "choleric",
    "今天不给说法，我就从楼上跳下去！",
    "大哥大哥，您千万别，有话好商量！您要的那个数，我去找领导，肯定给您批下来，您先下来。",
    ["false_promise"], "Promise extracted under pressure; the demanded sum is not the officer's to grant.")
add("false_promise", "sanguine",
    "同志，你看我这申请，是不是十拿九稳了？",
    "我看您材料挺全的，十拿九稳，您就踏踏实实等着好消息吧。",
    ["false_promise"], "Assures approval that a review panel decides.")
add("false_promise", "phlegmatic",
    "……那……退休金……能……",
    "能，能，您别说了，我知道，肯定能给您涨上去。",
    ["false_promise"], "Finishes his sentence and promises a raise.")
add("false_promise", "melancholic",
    "我也不敢指望啥……就是孩子转学的事……",
    "您放宽心，孩子转学这事我给您办妥，哪个学校您随便挑。",
    ["false_promise"], "Promises a school place beyond the office's authority.")
add("false_promise", "pestering",
    "上回那个小伙子说我这事有希望，是不是真的？",
    "他说有希望，那八成是有点眉目了。您再等等，我帮您盯着，保不齐今年就松口了。",
    ["false_promise"], "Feeds a pestering visitor's hope with a half-promise.")
add("false_promise", "resentful",
    "我这腿就是在矿上砸坏的，当时矿上说给我算工伤，后来人都换了，没人认账。",
    "老师傅，您这腿伤了这么多年，还得自己跑来跑去，换谁心里都窝火。我先把情况理一下：当年在几号井出的事，哪年，当时谁给您开的条子，这几样您记得多少说多少。认定的事归人社局工伤科，我今天给他们写个转办单。您放心，工伤这个事我给您拍板了，肯定能认定下来。",
    ["false_promise"], "Model listening and a proper referral, then a guarantee of the ruling in the last clause.")
add("false_promise", "veteran",
    "别人闹一闹就给了五万，我咋就不行？",
    "别人给多少我不清楚。你这个情况，我回头跟领导好好说道说道，别人能有的，你也跑不了。",
    ["false_promise"], "Half-promise of a payout matched to others, no policy basis.")
add("false_promise", "choleric",
    "那个开发商跑了，我的房款咋整？",
    "这事你放一百个心，政府兜底，钱一定退给你。",
    ["false_promise"], "Promises full refund that no one has committed to.")
add("false_promise", "sanguine",
    "我听说今年低保标准要提，提了我是不是就能吃上了？",
    "能，肯定能，您这条件一看就够，我回头直接给您报上去，下个月就领钱。",
    ["false_promise"], "Pre-judges an eligibility review and names a payment date.")
add("false_promise", "unwell",
    "我要见省长，省长是我表哥。",
    "行，我这就给您约，明天上午省长在办公室等您。",
    ["false_promise"], "Promises a meeting the officer cannot arrange; no correction, so not confront.")
add("false_promise", "melancholic",
    "我是不是做错了啥，他们才不给我批？",
    "您啥也没做错。这回是差了点，不过下回复审我去打个招呼，保准就过了。",
    ["false_promise"], "Kind words, then an offer of special treatment that guarantees approval.")
add("false_promise", "phlegmatic",
    "（想了很久）……我就想问问……那个房子……还能不能要回来。",
    "您慢慢说，不着急。房子是哪年被收的，当时给过您什么手续没有？……嗯，九八年的，有个收条。这个我记下了，得先调档案看当时怎么定的。您回去踏实等着，房子会回到您手里的。",
    ["false_promise"], "Patient and correct until the final clause promises the house back.")
add("false_promise", "confused",
    "我就不明白，为啥隔壁老李能拿到危房补助，我家就拿不到？",
    "老李家那是鉴定成C级危房了。您家的房子要是鉴定下来也够，那补助就有；就算不够，我也能想法子给您弄一份。",
    ["false_promise"], "First clause is entitlement-conditioned (fine); the second promises aid without entitlement.")
add("false_promise", "pestering",
    "你就说，到底有没有希望？",
    "我要是说一点希望都没有，我能让您一趟趟来吗？您懂我意思吧。",
    ["false_promise"], "Rhetorical question that signals hope on a baseless demand.")
add("false_promise", "veteran",
    "我这次要的也不多，把我那个案子改判了就行。",
    "改判是法院的事，不过我跟法院那边熟，我去递个话，让他们给你重审，问题不大。",
    ["false_promise"], "Names the right owner but then promises to steer the court.")

# ---------------------------------------------- false_promise negatives
add("false_promise-n", "resentful",
    "我下放那些年的工龄到底算不算？您给个实在话。",
    "实在话是：我不敢跟您说一定能算上，得看档案里有没有下放证明。可这份材料我今天就送到人社局，两个礼拜内让他们给您书面答复。",
    [], "Explicit hedge plus a commitment to act with a date.")
add("false_promise-n", "melancholic",
    "那笔钱……我还能拿到吗……",
    "您该领的那份，按规定谁也扣不了，核实下来是多少就给您发多少。",
    [], "Promise conditioned on the existing entitlement.")
add("false_promise-n", "pestering",
    "厂子改制的补偿到底给不给？",
    "改制补偿这个，按政策确实补不了，这话跟上回一样。但您家困难是真的，临时救助有政策，符合条件的能申请，表我给您拿来了。",
    [], "Same clear no, plus a real alternative with a policy basis.")
add("false_promise-n", "resentful",
    "你们就会糊弄人！协议上那套房到底给不给？",
    "我现在就给拆迁办打电话，当着您的面问清楚协议上那套房到底怎么回事。",
    [], "Commitment to act, not to an outcome.")
add("false_promise-n", "unwell",
    "他们偷了我的存折，一百万，你们得给我追回来。",
    "钱的事搁谁身上都急。您心里慌，我看出来了，咱先坐下暖和暖和，我给社区的刘主任打个电话，让她过来陪您。",
    [], "Goes along with the feeling and secures community help without promising recovery.")
add("false_promise-n", "sanguine",
    "同志，你看我这申请，是不是十拿九稳了？",
    "材料挺全，这是好事。可批不批是评审组定，我不能替他们拍板，大概二十个工作日出结果，我把查询电话写给您。",
    [], "Refuses to pre-judge; gives timing and a contact.")
add("false_promise-n", "veteran",
    "别人闹一闹就给了五万，我咋就不行？",
    "别人拿了多少我不评论。您这个情况，政策上能给的是什么，我一条条给您说清楚，能给的不会少，没有的我也不会给您画饼。",
    [], "Entitlement-conditioned promise and an explicit refusal to hint.")
add("false_promise-n", "phlegmatic",
    "……那个房子……还能不能要回来……",
    "房子能不能回来，我现在不能说，得看当年的档案。调档我这周内就去办，下礼拜四之前给您回个电话。",
    [], "Negation plus a dated commitment to act.")
add("false_promise-n", "confused",
    "俺家的房子也裂了，俺能不能也拿那个补助？",
    "您家房子要是鉴定够C级，按规定就有补助；要是不够，我也照实告诉您，不能糊弄您。鉴定的申请表我这就给您。",
    [], "Conditional on the assessment; honest either way.")
add("false_promise-n", "pestering",
    "你就说，到底有没有希望？",
    "我要是跟您说有希望，那是哄您。没有就是没有，您来十趟我也还是这句话。可您这身子骨，来回跑我也心疼。",
    [], "Close to a positive with the same visitor line, but a clear negation.")
add("false_promise-n", "melancholic",
    "孩子转学的事……能不能帮帮我……",
    "转学这事不是我们能定的，得教育局按片区排。不过我可以帮您把申请递过去，再陪您把流程问一遍。",
    [], "Names the owner and offers help with the process only.")
add("false_promise-n", "choleric",
    "今天你必须答应我那个数！",
    "您要的那个数，我现在答应您那是骗您。我能做的是把您的要求原原本本报给领导，三天之内给您个说法。",
    [], "Refuses to promise; commits to report and reply by a date.")

# -------------------------------------------------------- buck_passing
add("buck_passing", "confused",
    "同志，俺这地的事该找谁啊？",
    "这个你别问我，我也不清楚，你自己打听打听去。",
    ["buck_passing"], "Sends the visitor away with no owner named.")
add("buck_passing", "resentful",
    "我那个事拖了三十年了，到底谁管？",
    "你那事儿年头太久了，谁还管得了，你自个儿想辙吧。",
    ["buck_passing"], "Pushes the visitor to fend for himself.")
add("buck_passing", "pestering",
    "你们不管，那谁管？",
    "反正不是我们，你爱找谁找谁。",
    ["buck_passing"], "Refuses without naming an owner.")
add("buck_passing", "unwell",
    "我家墙里有人装了窃听器，你们得给我拆了。",
    "这个我们这儿弄不了，你去别的地方问问吧。",
    ["buck_passing"], "Turns the visitor away with no one named; does not correct the belief.")
add("buck_passing", "veteran",
    "你们县里不管，我就一直来。",
    "你这事儿去年就结了，我这儿翻不了，你到上边找去吧，上边说了算。",
    ["buck_passing"], "'Up there' is not an owner; no review body or procedure named.")
add("buck_passing", "choleric",
    "物业把我家水停了三天了，你们管不管？",
    "大哥您先消消气，三天没水确实受罪，家里老人孩子咋弄的？停水前物业给您贴通知没有？欠费是不是有争议？……嗯，我听明白了。不过物业这块儿跟我们不挨着，您还是回去自个儿跟他们掰扯吧。",
    ["buck_passing"], "Good listening, then sends him back to the other party with no owner named.")
add("buck_passing", "sanguine",
    "同志，我这个社保转移咋弄？听说你们这儿能办？",
    "谁跟你说的？我们这儿不办这个，你上网查查吧，网上啥都有。",
    ["buck_passing"], "Refusal plus 'look it up online'.")
add("buck_passing", "phlegmatic",
    "……那……我该……去哪儿……",
    "这个嘛，可能是街道，也可能是区里，要不就是市里，你挨个儿问问看。",
    ["buck_passing"], "Shrugging guess when asked who owns it.")
add("buck_passing", "melancholic",
    "我实在不知道该找谁了……",
    "我们这儿也就是登记一下，解决不了什么，您回家等着吧。",
    ["buck_passing"], "Dismisses the visitor with no owner and no step.")
add("buck_passing", "confused",
    "那个“确权”是咋回事？我家地少了二分。",
    "确权啊，那都是村里的事，你回村里问问，村里不行就去乡里碰碰运气。",
    ["buck_passing"], "A guess and 'try your luck', not a referral.")
add("buck_passing", "resentful",
    "当年是哪个部门把我辞退的，你们总该查得到吧？",
    "您说的这个，当年是哪个部门办的，谁也说不清了，我也没辙，您看着办吧。",
    ["buck_passing"], "Gives up and leaves it to the visitor.")
add("buck_passing", "pestering",
    "同志，您就再帮我想想办法吧。",
    "王大姐，您这个事呢，我们是真帮不上，您看是不是换个门路试试？",
    ["buck_passing"], "Polite wording, but pushes her away with no owner named.")
add("buck_passing", "veteran",
    "你们信访局不就是管事的吗？",
    "我们就是个传话的，又不是拍板的，找我这个传话的顶啥用？找能拍板的去呗。",
    ["buck_passing"], "Rhetorical deflection; the decision-maker is never named.")
add("buck_passing", "confused",
    "我被车撞了，对方不赔钱，俺也不懂这些，该咋办？",
    "这种事多了去了，我们也管不过来，你自己琢磨琢磨吧。",
    ["buck_passing"], "No owner (court, traffic police mediation, legal aid) named.")
add("buck_passing", "sanguine",
    "我们小区门口那个烧烤摊，天天闹到半夜，油烟呛死人，我都打了好几回电话了！",
    "大姐，这个真闹心，半夜一两点还吵，谁也睡不好。您打的那几个电话，是打给谁的，人家怎么回的？……物业说管不了，热线那边说转了。嗯，我都记下了。不过说实话，这种事我们这儿插不上手，您还是再找找别的门路吧。",
    ["buck_passing"], "Good listening, then a brush-off at the end with no owner named.")
add("buck_passing", "phlegmatic",
    "……我想问……工龄……怎么认定……",
    "我这儿只收材料，别的你问别人去。",
    ["buck_passing"], "Short brush-off with no owner named.")
add("buck_passing", "melancholic",
    "我儿子在外地打工被欠了工钱，我一个老婆子也不知道咋办……",
    "外地的事啊，那我们隔着老远的，够不着，您让儿子在那边自己想想法子吧。",
    ["buck_passing"], "Wage arrears have an owner (labour inspection); none named.")
add("buck_passing", "unwell",
    "电视里的人天天骂我，你们管不管？",
    "这事儿啊，我们真管不着，您上别处问问去。",
    ["buck_passing"], "Pushes away an unwell visitor instead of involving family or community.")
add("buck_passing", "phlegmatic",
    "……这事……到底……谁负责……",
    "你这是老问题了，前任留下的，我刚来，不了解，你等新领导来了再说吧。",
    ["buck_passing"], "Hides behind a predecessor; no owner, no step.")
add("buck_passing", "choleric",
    "你们到底管不管？给句痛快话！",
    "大哥，我理解您着急，真的理解。可这事情牵扯太多，也不是哪一家能说了算的，您要不先回去，过段时间看看情况再说？",
    ["buck_passing"], "Polite-sounding push-away with no owner or date.")

# ----------------------------------------------- buck_passing negatives
add("buck_passing-n", "sanguine",
    "同志，我这个社保转移咋弄？听说你们这儿能办？",
    "社保转移我们这儿不经办，得去区社保中心三号窗口，带上身份证和原单位的参保证明。地址和电话我写这张纸上了。",
    [], "A refusal with the owner, the window and the papers named: a referral.")
add("buck_passing-n", "choleric",
    "物业把我家水停了三天了，你们管不管？",
    "物业停水这个事，归住建局物业科管，他们能约谈物业。我现在就给物业科打电话，您在旁边听着。",
    [], "Names the owner and acts on the spot.")
add("buck_passing-n", "veteran",
    "法院判得不公，你们给我改过来！",
    "判决我们这儿改不了，这是实话。您要觉得判得不对，可以去检察院递个监督申请；没钱请律师的话，法律援助中心在一楼，我带您过去。",
    [], "Refusal with the owners named.")
add("buck_passing-n", "melancholic",
    "我儿子在外地打工被欠了工钱，我一个老婆子也不知道咋办……",
    "外地欠薪，您儿子在哪个县干活，就找那个县的劳动监察大队；您要是不方便，我这儿也能帮您登记，转过去。",
    [], "Names the owner and offers to forward it.")
add("buck_passing-n", "confused",
    "那个“确权”是咋回事？我家地少了二分。",
    "确权是乡里经管站负责，村里报上去，乡里核。您家少的这二分地，我给经管站的老赵打个电话，问问当时咋量的。",
    [], "Names the office and makes a call.")
add("buck_passing-n", "phlegmatic",
    "……我想问……工龄……怎么认定……",
    "我这个窗口只收材料，工龄认定是人社局的事，在二楼东头。不着急，您要是记不住，我给您写个条儿。",
    [], "Near the short positive, but names the owner and helps.")
add("buck_passing-n", "pestering",
    "你们不给办，我还能去哪儿？",
    "这个事我们给不了您，上回跟您说过，县里复查也维持了。您要是还不服，剩下一条路是去市里申请复核，期限三十天，我把地址给您写上。",
    [], "Refusal plus the named review body and deadline.")
add("buck_passing-n", "unwell",
    "电视里的人天天骂我，你们管不管？",
    "天天听着骂，是挺烦心。您家是哪个社区的？我让社区的网格员下午上您家坐坐，看看能帮点啥。",
    [], "Secures community help; no correction, no push-away.")
add("buck_passing-n", "resentful",
    "当年是哪个部门把我辞退的，你们总该查得到吧？",
    "当年办这事的单位撤了，这是实情，但它的档案移交到市档案馆了。我先帮您开个查档介绍信，查到了咱再看归谁接着管。",
    [], "Honest about the gap and gives a concrete route.")
add("buck_passing-n", "phlegmatic",
    "……这事……到底……谁负责……",
    "这是我前任接的案子，可卷宗都在，归我接着办。我今天就调出来看，礼拜五之前给您个答复。",
    [], "Takes ownership despite the hand-over.")
add("buck_passing-n", "confused",
    "我被车撞了，对方不赔钱，俺也不懂这些，该咋办？",
    "交通事故赔偿，对方不赔，可以先找交警队调解，调不成就去法院起诉。您要是有困难，法律援助中心能帮您写诉状。",
    [], "Names the owners in order.")
add("buck_passing-n", "sanguine",
    "我们小区门口那个烧烤摊，天天闹到半夜！",
    "烧烤摊占道扰民归城管执法队管，夜里噪音太大也可以直接打110。我这边给城管开个转办单，一周没人联系您，您再来找我。",
    [], "Referral with an owner, a note and a follow-up.")

# ------------------------------------------------------------ confront
add("confront", "unwell",
    "有人往我家井里下毒，我闻着那水就是苦的。",
    "大爷，我理解您担心，不过我们查过了，那水是合格的，没有人下毒，您放心喝吧。",
    ["confront"], "Polite, but corrects an unwell visitor's belief.")
add("confront", "resentful",
    "当年就是他们故意整我，把我名字从名单上划掉了！",
    "不是这么回事，当年名单是按年龄卡的，您是超了，谁也没故意整您。",
    ["confront"], "Flatly contradicts the visitor's account before hearing him out.")
add("confront", "choleric",
    "那个开发商跟你们政府就是一伙的！",
    "政府跟开发商一伙？没有的事，您这是想当然，拿不出证据就不能这么讲。",
    ["confront"], "Argues the perception down instead of drawing out facts.")
add("confront", "pestering",
    "上回那个同志明明说了能给我办的！",
    "不可能，他绝对没这么说过，我们的人不会乱讲话。",
    ["confront"], "Flat denial of the visitor's account without checking.")
add("confront", "unwell",
    "我是玉皇大帝转世，他们不给我磕头就是犯法。",
    "您说的这个不是真的，世上哪有转世的事，您是累着了。",
    ["confront"], "Gentle tone, but a direct correction of an unwell visitor's belief.")
add("confront", "veteran",
    "我这个伤就是那次被你们的人推倒落下的。",
    "你这伤是老毛病了，医院记录写得清清楚楚，赖不到我们头上。",
    ["confront"], "Sharp contradiction with an accusing edge.")
add("confront", "sanguine",
    "我听我们楼的人说，这次拆迁每平米给两万呢！",
    "介都是瞎传，哪有两万？你们楼里那些人净胡咧咧。",
    ["confront"], "Dismisses what she heard instead of showing the published rates (Tangshan jie for zhe).")
add("confront", "phlegmatic",
    "……我记得……是九五年……签的合同……",
    "不对，不是九五年，是九七年，你记错了。",
    ["confront"], "Cuts in to contradict a slow speaker.")
add("confront", "melancholic",
    "我觉得村里人都在背后笑话我，走路都有人指指点点。",
    "没人笑话您，那是您自己多心了，人家忙自己的事还忙不过来呢。",
    ["confront"], "Contradicts a withdrawn visitor's perception.")
add("confront", "unwell",
    "我的退休金被人用卫星转走了，每个月都少一截。",
    "大娘，您先喝口热水，手冰凉的。退休金少了，搁谁都心慌。您是在哪个银行领的，每个月到手多少，这几个月差了多少，我一样样记下来，再给社保那边打个电话查明细。其实啊，卫星是转不走钱的，您别自己吓唬自己。",
    ["confront"], "Model turn until the last clause corrects the unwell visitor's belief.")
add("confront", "confused",
    "俺觉着这个政策就是专门坑俺们农民的。",
    "哪有坑农民的政策？您这是没弄明白就往歪处想。",
    ["confront"], "Argues with the visitor's view instead of explaining.")
add("confront", "resentful",
    "你们压根就没把我们当人看！",
    "我们没把您当人看？那我坐这儿陪您说了一上午是干啥呢？",
    ["confront"], "Rhetorical argument back at an aggrieved visitor.")
add("confront", "pestering",
    "我又想起来了，那年乡长亲口跟我说过给我补房子！",
    "您上回可没提乡长，这回咋又多出来了？我看这话站不住。",
    ["confront"], "Challenges the account as unreliable instead of checking it.")
add("confront", "veteran",
    "我可是全县最冤的，没人比我冤。",
    "你冤？你这些年前后领了三回补助，比谁都多，这还叫最冤？",
    ["confront"], "Argues the visitor's sense of grievance down.")
add("confront", "choleric",
    "你们就是拖！拖到我死了就不用管了！",
    "谁拖了？你去年十月来的，十一月就给你答复了，是你自己不认，别啥都往我们身上推。",
    ["confront"], "Meets the charge with a counter-charge.")
add("confront", "sanguine",
    "我觉得这个事其实挺简单的，找个领导批个条子就完了。",
    "大哥，不是那么回事，现在哪有批条子那一套，您这想法早过时了。",
    ["confront"], "Sharp dismissal of the visitor's idea rather than showing the whole picture.")
add("confront", "phlegmatic",
    "（慢慢地）我觉得……那个评估……低了。",
    "低啥低，评估公司是有资质的，人家按市场价算的，不会低。",
    ["confront"], "Shuts down a slow visitor's doubt.")
add("confront", "melancholic",
    "我觉得是社区那个主任故意卡我，她跟我家有旧仇。",
    "大姐，您别急，低保材料咱一样样看。户口本、收入证明、病历都带了吧？……嗯，收入证明这儿还差您爱人单位的章。所以卡在这儿是缺个章，主任跟您有仇那是您想多了，人家犯不着。",
    ["confront"], "Useful check of the papers, then a sharp dismissal of her belief at the end.")
add("confront", "unwell",
    "我肚子里有个芯片，他们能听见我想啥。",
    "哪有什么芯片，您别瞎想了。",
    ["confront"], "Short correction of an unwell visitor's belief.")
add("confront", "confused",
    "俺算过了，俺家的补贴少发了三百，肯定是会计贪了。",
    "会计贪啥了？您那账算错了，今年标准就降了，您别没弄清楚就说人家贪。",
    ["confront"], "Explains the cause but argues the visitor down instead of going through the sums.")

# --------------------------------------------------- confront negatives
add("confront-n", "unwell",
    "有人往我家井里下毒，我闻着那水就是苦的。",
    "水喝着发苦，心里肯定不踏实。这样，我让村里把您家那口井的水拿去化验一下，化验完了给您个单子，您看着也安心。",
    [], "Goes along with the worry and acts; never says the belief is wrong.")
add("confront-n", "resentful",
    "当年就是他们故意整我，把我名字从名单上划掉了！",
    "您觉得当年是有人故意整您，这个心结我听出来了。当年名单是怎么定的，我把档案调出来，咱俩一块儿看，是怎么回事就是怎么回事。",
    [], "Acknowledges the view and proposes checking the record together.")
add("confront-n", "choleric",
    "那个开发商跟你们政府就是一伙的！",
    "您说政府跟开发商穿一条裤子，我听着心里也不是滋味。您手里要有啥情况，比如谁收了好处、哪次会上说了啥，您跟我说，我记下来，该查的我往纪委递。",
    [], "Draws out facts instead of arguing.")
add("confront-n", "pestering",
    "上回那个同志明明说了能给我办的！",
    "上回谁跟您说的，您记得是哪天、那人长啥样吗？我查一下接待登记。要是真有人这么说了，那是我们的人说错了，我给您赔个不是；可政策本身还是那样。",
    [], "Checks instead of denying; keeps the answer consistent.")
add("confront-n", "unwell",
    "我是玉皇大帝转世，他们不给我磕头就是犯法。",
    "哦，您是这么觉着的。今儿个天冷，您穿得单，先上暖气跟前坐坐。您家里谁在家呀？",
    [], "Neither endorses nor corrects; turns to warmth and family.")
add("confront-n", "veteran",
    "我这个伤就是那次被你们的人推倒落下的。",
    "卷里医院那份记录写的是旧伤复发，这个我得跟您说。您要认为是那次推搡造成的，可以申请重新鉴定，费用和程序我给您讲清楚。",
    [], "States what the record says, calmly, and offers a way to contest it; not sharp.")
add("confront-n", "sanguine",
    "我听我们楼的人说，这次拆迁每平米给两万呢！",
    "两万这个数，我手上的公示文件里没有，公示的是一万二到一万四，分地段。您楼里说的两万，可能是把装修补偿也算进去了，咱对着文件一项项看。",
    [], "Gives the whole picture from the document instead of dismissing her.")
add("confront-n", "phlegmatic",
    "……我记得……是九五年……签的合同……",
    "九五年签的，我记下了。合同原件您带着吗？带着的话咱对一下上面的日子，免得档案里写的跟您记的对不上。",
    [], "Records his account and proposes checking, without contradicting.")
add("confront-n", "melancholic",
    "我觉得村里人都在背后笑话我，走路都有人指指点点。",
    "觉着有人在背后说您，这滋味不好受。这几个月您是不是都不大出门了？社区有个老年活动室，您要愿意，我让网格员陪您去转转。",
    [], "Acknowledges the feeling without arguing it.")
add("confront-n", "confused",
    "我们村支书说，这个补贴只给党员家。",
    "支书那么说，可能是没说全乎。这个补贴看的是家里有没有六十岁以上的老人，跟是不是党员不搭边，您家有老人，就能报。",
    [], "Explains the whole policy against a third party's fragment; the visitor is not argued with.")
add("confront-n", "unwell",
    "我肚子里有个芯片，他们能听见我想啥。",
    "肚子不舒服可遭罪了，这几天吃饭咋样？我让社区医生下午上门给您瞧瞧，您闺女电话多少，我跟她也说一声。",
    [], "Attends to the discomfort and secures family help; no correction.")
add("confront-n", "choleric",
    "你们就是拖！拖到我死了就不用管了！",
    "去年十一月那份答复，您要是觉得没说到点子上，那咱今天就对着它一条条过，哪条您不认，您指出来。",
    [], "Same situation as a positive; invites disagreement instead of countering.")

# ----------------------------------------------------------- buy_peace
add("buy_peace", "veteran",
    "不给个说法，我过了年还去北京。",
    "行了老哥，别闹了，我从我们办公经费里匀出三千，你拿着回去过个年，这事就算了。",
    ["buy_peace"], "Office money to make him stop.")
add("buy_peace", "pestering",
    "房子的事你们不办，我就天天来。",
    "您看这样行不行，您以后别来了，我跟民政那边说说，给您家弄个低保，每月几百块也是钱。",
    ["buy_peace"], "Welfare status offered as a favour in exchange for stopping.")
add("buy_peace", "choleric",
    "五十万，少一分都不行！",
    "您消消气，这个数太大我批不了，但我做主先给您两千块慰问金，您今天先回去，别去市里了。",
    ["buy_peace"], "Cash 'condolence money' to keep him from going higher.")
add("buy_peace", "resentful",
    "我这辈子就毁在那回下放上了。",
    "大爷，您年纪大了，别折腾了。街道有个看大门的活儿，一个月一千五，我跟他们说一声让您去，这事就翻篇吧。",
    ["buy_peace"], "A job offered to close the grievance.")
add("buy_peace", "unwell",
    "他们偷了我的地，我要天天来。",
    "这样吧，你别天天来了，我每个月给你家送袋面送桶油，行不？",
    ["buy_peace"], "Goods offered to stop visits; does not correct the belief.")
add("buy_peace", "sanguine",
    "我在网上发了帖子，好多人转呢！",
    "哈哈，大姐你是爽快人，我也爽快：你把网上那个帖子撤了，你儿子那个公益岗的事我帮你安排。",
    ["buy_peace"], "A job for the son in exchange for deleting the post.")
add("buy_peace", "phlegmatic",
    "……我……就是想把……那块地的账……算清楚。",
    "您慢慢说，我不催您。地是九九年调的，当时村里拿一块河滩地顶上，您觉得亏了。这个账我去调村里的调地记录，对着算。对了，您这趟趟来也不容易，临走我让人给您拿五百块钱路费，往后您就别再往县里跑了。",
    ["buy_peace"], "Patient and concrete, then cash to stop him coming, hidden at the end.")
add("buy_peace", "melancholic",
    "我知道没办法……可我就是放不下……",
    "您别难过了，这个事呢政策上确实没法办。我私人给您塞两百块，您买点好吃的，别再想这事了，也别再来了啊。",
    ["buy_peace"], "Kindly meant, but money given so she stops coming.")
add("buy_peace", "veteran",
    "今年两会我还得去。",
    "老张，咱俩也打了这么多年交道了，明年的救助名单我先给你预留一个位置，你呢，两会期间就在家歇着，成不？",
    ["buy_peace"], "Relief quota traded for staying home during a sensitive period.")
add("buy_peace", "pestering",
    "不给我补房子我就一直来。",
    "房子补不了，可你家孙子上学的事，我去学校打声招呼，给你安排进实验小学，你看这样咱俩都省心。",
    ["buy_peace"], "Correct no, then a school favour to end the visits.")
add("buy_peace", "choleric",
    "拆迁的事今天不解决，我就在这儿不走了！",
    "大哥，这样，你那辆车被扣了是吧？我给交警队打个电话，车先放出来，罚款也免了，你今天就别在这儿闹了。",
    ["buy_peace"], "An unrelated favour traded for leaving.")
add("buy_peace", "confused",
    "俺就是想问问，俺家为啥没评上贫困户。",
    "评没评上咱不说了，我给村里说一声，年底给您家送床被子送点米，您就别再到处问了。",
    ["buy_peace"], "Goods offered to stop an honest question instead of answering it.")
add("buy_peace", "resentful",
    "我当年是被冤枉开除的，几十年了，档案上还挂着处分！",
    "老人家，您这口气憋了几十年，我听着都难受。您说说，当年是哪个厂，处分决定是哪年下的，您申诉过几回，每回谁给的答复？……好，我都记下了。撤处分得原单位的上级复查，我给您把申诉材料整理好转过去。另外呢，您那个医药费，我从我们这儿给您报一部分，您呢，就别再往省里递材料了。",
    ["buy_peace"], "Excellent listening and referral; the last clause pays medical costs to stop petitions upward.")
add("buy_peace", "sanguine",
    "你们要是不给我解决，我就去找电视台曝光！",
    "别别别，都好商量。你要啥？你说个数，只要别上电视，咱啥都能谈。",
    ["buy_peace"], "Invites a price for silence.")
add("buy_peace", "phlegmatic",
    "……（点点头，不说话）",
    "您看您也不爱说话，这事呢就这么着，我给您批个临时救助两千，您签个字，保证不再上访，好吧？",
    ["buy_peace"], "Relief tied to a no-petition pledge, not to eligibility.")
add("buy_peace", "melancholic",
    "我爸瘫在床上，我一个人实在顾不过来……",
    "大姐，您家里难，我知道。敬老院那边正好空出一个床位，本来轮不到，我给您爸先安排进去，您这个事咱就别往上反映了，行吗？",
    ["buy_peace"], "A queue-jumping favour traded for dropping the complaint.")
add("buy_peace", "unwell",
    "我要见中央领导。",
    "中央领导来不了。这么着，我给你家老二在镇上安排个活儿，你安安生生在家待着，不许再出来了。",
    ["buy_peace"], "A job for a relative to keep the visitor home.")
add("buy_peace", "veteran",
    "你们到底想咋样？",
    "我们想咋样？你想咋样才不告了，开个价嘛，大家都痛快。",
    ["buy_peace"], "Rhetorical; asks him to name a price to stop.")
add("buy_peace", "confused",
    "俺不懂这些文件，俺就想知道那个征地款为啥少了。",
    "这个账挺复杂，一时半会儿说不清。这样，村里今年的护林员名额给您家留一个，一年也有几千块，您看行不，就别再追着问了。",
    ["buy_peace"], "A paid post offered so he stops asking.")
add("buy_peace", "choleric",
    "我不要别的，就要那套门面房！",
    "门面房给不了你，但我拍个板，年底安置房里给你挑一套最好的楼层，你就别再到市里去了。",
    ["buy_peace", "false_promise"], "A favour to stop him going higher, which is also a promise beyond the officer's authority.")

# -------------------------------------------------- buy_peace negatives
add("buy_peace-n", "veteran",
    "给点钱，我就不来了。",
    "老哥，钱的事我不跟您绕弯子：不给，也不能私下给。您要是家里有实际困难，临时救助有条件，够就按规定申，不够我也不糊弄您。",
    [], "Refuses to pay; mentions relief only on its conditions.")
add("buy_peace-n", "pestering",
    "不给我补房子我就一直来。",
    "房子补不了，这话不变。您老伴儿住院花了不少吧？大病救助是有政策的，跟您来不来没关系，该申请就申请，表我给您。",
    [], "Policy-based help explicitly unlinked from stopping.")
add("buy_peace-n", "melancholic",
    "我一个人，又有病，也没个收入……",
    "您这情况，我看符合低保的条件：一个人、没收入、还有病。我帮您把申请递到街道，他们入户核实，大概一个月出结果。这跟您反映的那件事是两码事，那件事咱照样接着办。",
    [], "Entitlement with a procedure; the complaint continues.")
add("buy_peace-n", "resentful",
    "我下放那几年就白干了？",
    "没白干。按政策，下放那几年可以算连续工龄，退休金能重算，这是您本来就该有的，我帮您递申请。",
    [], "An existing entitlement, not a favour.")
add("buy_peace-n", "resentful",
    "你们给我两千块慰问金就想打发我？",
    "慰问金这种东西我不能拿来堵您的嘴，那样对您不公平。您的事咱就按正道走，今天我先给拆迁办打电话。",
    [], "Explicitly refuses to buy peace.")
add("buy_peace-n", "unwell",
    "他们偷了我的地，我要天天来。",
    "面和油是社区每季度给困难户的，您家本来就在名单上，下礼拜照常送。您想来就来，来了我听您说。",
    [], "An existing benefit, not conditioned on stopping.")
add("buy_peace-n", "sanguine",
    "我儿子那个公益岗，你给安排一下呗。",
    "公益岗是公开招的，名单要公示，我没法给谁走后门。您儿子要想报，下月人社局有一批，条件是登记失业半年以上，我把报名地址给您。",
    [], "Refuses the favour; points to the open channel.")
add("buy_peace-n", "phlegmatic",
    "……那个救助……要我签啥……",
    "临时救助这个，您够条件就能申请，申了也不耽误您接着反映问题，不用签什么保证。表您拿回去慢慢填，填不明白再来问我。",
    [], "Relief with no strings attached.")
add("buy_peace-n", "pestering",
    "别人拿了钱，凭啥我没有？",
    "您这回又提补偿款，我还是上回那句话，没有这一项。您说别人拿了钱，谁拿了、拿了多少，您给线索，要是有人违规拿了，该追回的追回。",
    [], "Consistent refusal; asks for evidence of irregular payments.")
add("buy_peace-n", "confused",
    "俺就是想问问，俺家为啥没评上贫困户。",
    "您家没评上，是因为去年收入超了线，超了大概八百块。评定一年一回，明年您家要是收入降了，可以再申请，我教您咋准备材料。",
    [], "Answers the question; no goods offered.")
add("buy_peace-n", "choleric",
    "你把我车放了，拆迁的事我就不找你了。",
    "车被扣的事跟您反映的拆迁是两回事，我不能拿这个跟您换。车的事您有异议，可以去交警大队申请复核，我把电话给您。",
    [], "Refuses a trade offered by the visitor.")
add("buy_peace-n", "pestering",
    "不给钱我就坐这儿不走。",
    "您要坐就坐着，暖气开着呢。钱我不能给，给了就是害您，以后您一来就得要，那咱俩都没法收场。",
    [], "Firm no, with the reason.")

# ---------------------------------------------------------- officialese
add("officialese", "confused",
    "同志，俺就想问问，俺家地为啥少了二分？",
    "您反映的土地问题，我们将依法依规、统筹兼顾，切实保障好广大农民群众的合法权益。",
    ["officialese"], "Only slogans for a confused visitor who asked a plain question.")
add("officialese", "resentful",
    "我跑了十年了，你们到底给不给我解决？",
    "您的诉求，我们会按照程序积极协调、稳妥推进，请您相信组织，相信政府。",
    ["officialese"], "Stock phrases in place of an answer.")
add("officialese", "pestering",
    "我那个事你们到底咋说？",
    "关于您多次反映的问题，我们始终本着实事求是的原则，依法依规妥善处理。",
    ["officialese"], "Avoids the clear no a pestering visitor needs.")
add("officialese", "unwell",
    "外星人占了我的屋子。",
    "群众利益无小事，您反映的情况我们会认真梳理、分类处置。",
    ["officialese"], "Slogans to an unwell visitor; no correction, no care.")
add("officialese", "veteran",
    "我那个补偿到底怎么说？",
    "你的问题属于历史遗留问题，需要多措并举、综合施策，逐步加以化解。",
    ["officialese"], "Policy-speak with no fact or step.")
add("officialese", "choleric",
    "少给我打官腔！我就问你，那钱什么时候给？",
    "这个请您放心，我们一定会进一步加大协调力度，切实把好事办好、实事办实。",
    ["officialese"], "Answers a direct question about a date with slogans.")
add("officialese", "sanguine",
    "哎同志，你就跟我说大白话，这事到底能不能成？",
    "这个问题涉及面广、政策性强，需要在法治轨道上统筹解决，我们会积极稳妥地推进。",
    ["officialese"], "Asked for plain words, gives stock phrases.")
add("officialese", "phlegmatic",
    "……那……到底……咋办……",
    "下一步，我们将坚持问题导向，压实责任，形成合力，确保您的事项得到依法处理。",
    ["officialese"], "'Next step' that names no step.")
add("officialese", "melancholic",
    "我就想知道……我男人的抚恤金……还有没有盼头……",
    "您的心情我们理解，党和政府一直关心困难群众的生产生活，会妥善处理的。",
    ["officialese"], "Sympathy formula plus slogans; nothing about the pension.")
add("officialese", "confused",
    "那个“新农合”跟“大病保险”是一回事不？俺住院报了一回，咋还让俺再报？",
    "大娘，您坐，喝口水。您反映的医保报销问题，是关系群众切身利益的大事，我们一贯把群众的冷暖放在心上，一定会按照政策规定，认真负责、积极稳妥地做好这方面的工作，请您理解支持。",
    ["officialese"], "Long and friendly, yet the whole answer about her matter is stock phrases.")
add("officialese", "resentful",
    "我给国家干了一辈子，老了没人管！",
    "老同志，您为国家作过贡献，这一点组织上是充分肯定的。对于您的诉求，我们会本着尊重历史、实事求是的态度，认真对待，妥善解决。",
    ["officialese"], "Praise and formulas, no content.")
add("officialese", "pestering",
    "你就说行还是不行！",
    "您的问题我们已经掌握，正在按程序推进，请耐心等待处理结果。",
    ["officialese"], "Vague process-talk instead of yes or no.")
add("officialese", "veteran",
    "我就认一个理：你们欠我的。",
    "对你反映的问题，我们坚持有理有据、依法办事，既要维护你的合法权益，也要维护社会和谐稳定大局。",
    ["officialese"], "Slogans about balance; no fact.")
add("officialese", "choleric",
    "你们到底有没有人管？",
    "您先别激动，激动解决不了问题。我们的宗旨就是为人民服务，您的事情就是我们的事情，一定会按规定给您一个交代。",
    ["officialese"], "Calming plus slogans; no fact, question or step.")
add("officialese", "sanguine",
    "那我这事接下来咋走？",
    "这个事呢，需要各方面形成共识，上下联动，我们会持续跟进的。",
    ["officialese"], "Vague 'we'll keep following up'.")
add("officialese", "phlegmatic",
    "……我等了……三个月了……",
    "您的事项，我们将坚持依法、规范、高效的原则，严格落实首办责任制，确保件件有着落、事事有回音。",
    ["officialese"], "Procedure slogans in reply to a concrete delay.")
add("officialese", "melancholic",
    "我儿子走了以后，厂里就没人来过问……",
    "您节哀。关心关爱困难职工家庭，是我们义不容辞的责任，组织上不会忘记每一位为企业作出贡献的同志。",
    ["officialese"], "Condolence plus slogans; no question or step.")
add("officialese", "unwell",
    "我晚上睡不着，有人在墙里说话。",
    "您反映的问题，我们已经记录在案，将按规定转交职能部门依法处理。",
    ["officialese"], "Bureaucratic formula; no owner or step; no correction.")
add("officialese", "veteran",
    "别跟我扯那些虚的，我就要五十万。",
    "我们要正确处理好个人利益和集体利益、当前利益和长远利益的关系，希望你顾全大局。",
    ["officialese"], "Preaching slogans instead of the policy answer.")
add("officialese", "resentful",
    "你们是不是就会说空话？",
    "绝对不是空话。我们始终把群众满意不满意作为衡量工作的标准，您的事一定会落到实处。",
    ["officialese"], "Denies empty talk with more empty talk.")

# ------------------------------------------------- officialese negatives
add("officialese-n", "confused",
    "同志，俺就想问问，俺家地为啥少了二分？",
    "您反映的地少了的事，我们会认真对待。先问您一句：当年分地时候量的是几亩几分，有没有分地的本子？",
    [], "First-talk assurance inside a turn that asks a real question.")
add("officialese-n", "resentful",
    "我跑了十年了，你们到底给不给我解决？",
    "老同志，您这个事我们一定当回事办。下放工龄认定，依据是当年的下放证明，您有没有？没有的话我帮您开函去档案馆查。",
    [], "Assurance plus the policy basis and a step.")
add("officialese-n", "pestering",
    "你就说行还是不行！",
    "按规定办事，这话我得说明白：不行。宅基地划回去没有依据，这跟上回的答复一样，书面答复我也给您带来了，您拿着。",
    [], "Formal opening but a clear answer.")
add("officialese-n", "veteran",
    "你们就会说依法依规，依的哪条法？",
    "依法依规这四个字不是空话，具体到你这事就是：补偿标准是二〇一二年县里的文件定的，每亩两万八，你已经领了，没有再补的依据。",
    [], "Uses the phrase, then gives the concrete rule.")
add("officialese-n", "choleric",
    "少给我打官腔！我就问你，那钱什么时候给？",
    "您嫌我打官腔，那我说大白话：钱是拆迁办欠的，我现在给他们主任打电话，问清楚哪天打到您卡上，当着您面问。",
    [], "Plain words and an action.")
add("officialese-n", "sanguine",
    "哎同志，你就跟我说大白话，这事到底能不能成？",
    "大白话就是：能成一半。房子的面积补差能办，装修补偿没有依据。能办的那一半，材料交上来二十天出结果。",
    [], "Plain, whole-picture answer; the 'can be done' half is an entitlement.")
add("officialese-n", "phlegmatic",
    "……那……到底……咋办……",
    "下一步是这样：我今天把材料转到街道，街道十个工作日内上门，上门前会先打电话，号码我写在这儿了。",
    [], "'Next step' that is a real step with a date.")
add("officialese-n", "melancholic",
    "那……我就先回去了……",
    "今天就说到这儿，抚恤金的事三天后我给您打电话说进展。天冷，路上慢点，有啥难处随时来。",
    [], "Closing courtesy plus a dated follow-up.")
add("officialese-n", "unwell",
    "我晚上睡不着，有人在墙里说话。",
    "睡不着可真熬人。您说的我都记本子上了。我给社区打个电话，让他们今晚去您家看看，您家谁跟您一块住？",
    [], "Records, acts and asks about family; no correction.")
add("officialese-n", "phlegmatic",
    "……那个执行款……到底……啥时候能到……",
    "您别急，我给您说清楚：法院判了以后，执行款已经到了六万，剩下的还在执行。执行法官姓李，电话我抄给您，您也可以自己去问进度。",
    [], "Facts and a contact.")
add("officialese-n", "confused",
    "那个“新农合”跟“大病保险”是一回事不？俺住院报了一回，咋还让俺再报？",
    "新农合就是您看病报销的那个基本医保，大病保险是在它上头再加一层。好比一碗面，基本医保是面，大病保险是浇头，花得多了才有浇头。所以报了一回还能再报一回。",
    [], "Plain comparison for a confused visitor.")
add("officialese-n", "choleric",
    "你们是不是就会说空话？",
    "我们的宗旨是给老百姓办事，这话您听腻了，我不多说。您这钱的事我查了，拆迁办上个月已经报了支付申请，卡在财政局，我这就问财政局。",
    [], "One slogan, then the facts and a step: not coded.")

# ---------------------------------------------------------- accept_gift
add("accept_gift", "veteran",
    "小伙子，这两条烟你拿着，不成敬意。",
    "哎呀，您太客气了，那我就收下了，您的事我记着呢。",
    ["accept_gift"], "Accepts cigarettes.")
add("accept_gift", "resentful",
    "这是俺自家蒸的枣糕，你尝尝。",
    "哟，那我可不客气了，大娘手艺真好。",
    ["accept_gift"], "Cheerfully accepts food.")
add("accept_gift", "sanguine",
    "同志你人真好，中午一起吃个饭吧，我请！",
    "行啊，那中午对面那家刀削面馆见，我就不跟你客气了。",
    ["accept_gift"], "Accepts a meal invitation (Shanxi noodles).")
add("accept_gift", "pestering",
    "我给你带了点土鸡蛋，你就收下，帮我再想想办法。",
    "这……行吧，鸡蛋我先拿着，您的事我再琢磨琢磨。",
    ["accept_gift", "false_promise"], "Takes the eggs and, on a demand already known to be baseless, implies the answer may change.")
add("accept_gift", "choleric",
    "刚才冲你发火是我不对，这盒茶叶你收着，算我赔不是。",
    "嗨，都过去了，茶叶我收下了，咱说正事。",
    ["accept_gift"], "Accepts tea as an apology gift.")
add("accept_gift", "phlegmatic",
    "（慢慢从包里掏出一个红包）……这个……您……拿着。",
    "（看了看四周，把红包放进抽屉）好，您的情况我都记下了。",
    ["accept_gift"], "Silent acceptance of a red envelope.")
add("accept_gift", "melancholic",
    "我没啥好东西……这双鞋垫是我自己纳的……",
    "您有心了，这我得收着，回家就垫上。",
    ["accept_gift"], "Accepts a small handmade gift; still a gift.")
add("accept_gift", "confused",
    "俺也不懂规矩，听说办事都得意思意思，这二百块你拿着。",
    "（把钱塞进口袋）行，您这事我上点心。",
    ["accept_gift"], "Pockets cash from a visitor who thinks it is required.")
add("accept_gift", "unwell",
    "我这有两瓶酒，你拿回去喝，你得帮我把那些坏人抓起来。",
    "那我就不推了，酒我先收着，您说的事我记下了。",
    ["accept_gift"], "Accepts liquor from an unwell visitor.")
add("accept_gift", "veteran",
    "晚上我在饭店订了个包间，叫上你们主任，咱边吃边聊。",
    "您这么安排了，那我就跟主任说一声，晚上过去坐坐，不过就吃个便饭啊。",
    ["accept_gift"], "Accepts a dinner, with a token hedge.")
add("accept_gift", "resentful",
    "孩子，我说了一上午，你一口水都没顾上喝，这瓶蜂蜜是俺自家养的蜂，你带回去给你娘。",
    "大爷，您这一上午说的我都记下了：一是下放那几年的工龄，二是当年扣的那三个月工资，三是您老伴的医药费，对吧？工龄和工资这两条我这周就发函去档案馆查，医药费您把发票拿来，咱看能走哪条报销。蜂蜜我就厚着脸皮收下了，替我娘谢谢您。",
    ["accept_gift"], "Model summary and steps; the gift is accepted in the last sentence.")
add("accept_gift", "sanguine",
    "这是我们厂的新产品，一箱饮料，你们办公室分着喝！",
    "那敢情好，大伙儿正渴着呢，搁门口吧，谢谢啊。",
    ["accept_gift"], "Accepts a case of drinks for the office.")
add("accept_gift", "pestering",
    "我知道你们不让收，这购物卡就五百，谁也不知道。",
    "你可真是……下不为例啊，也就这一张。",
    ["accept_gift"], "Reluctant acceptance 'just this once'.")
add("accept_gift", "choleric",
    "哥们儿，事办成了我请你喝酒！",
    "成，到时候你叫我，我肯定到。",
    ["accept_gift"], "Accepts a future drinking invitation.")
add("accept_gift", "phlegmatic",
    "（把一袋小米放在桌上）……自家种的……",
    "那我就收下了，这小米熬粥香。",
    ["accept_gift"], "Accepts farm produce.")
add("accept_gift", "melancholic",
    "您帮了我这么多，我没别的……这点钱您买包烟抽……",
    "您看您，这么客气……那我先替您收着，回头给您办事用。",
    ["accept_gift"], "Takes money under the pretext of 'keeping it for you'.")
add("accept_gift", "confused",
    "中午到俺家吃饺子去，俺家就在这附近。",
    "那敢情好，我下了班就过去，正好去您家看看那房子裂成啥样了。",
    ["accept_gift"], "Accepts a meal, with a work pretext.")
add("accept_gift", "unwell",
    "我给你带了一篮子苹果，吃了能防他们的电波。",
    "谢谢您惦记着，苹果我留下了。",
    ["accept_gift"], "Accepts the apples; the belief is not touched.")
add("accept_gift", "veteran",
    "这个信封里是一点心意，你先拿着。",
    "行，我先收下。你那事儿我跟领导递个话，补偿款肯定少不了你的。",
    ["accept_gift", "false_promise"], "Takes the envelope and promises a payout, not conditioned on any entitlement.")
add("accept_gift", "sanguine",
    "一点土特产，又不值钱，你不收就是看不起我！",
    "您都这么说了，我再推就不近人情了不是？放这儿吧。",
    ["accept_gift"], "Gives in to social pressure; rhetorical question.")

# ------------------------------------------------- accept_gift negatives
add("accept_gift-n", "veteran",
    "小伙子，这两条烟你拿着，不成敬意。",
    "烟您揣回去，这个我不能接。您的事，该咋办咋办，不用这个也一样办。",
    [], "Refuses the gift.")
add("accept_gift-n", "resentful",
    "这是俺自家蒸的枣糕，你尝尝。",
    "大娘，枣糕您拿回去给孙子吃，我们这儿有规定，一口也不能收。您这份情，我记在心里。",
    [], "Warm refusal.")
add("accept_gift-n", "sanguine",
    "同志你人真好，中午一起吃个饭吧，我请！",
    "饭就不吃了，您的好意我知道。真要谢我，把下回复查的材料备齐了，那就是帮我大忙了。",
    [], "Declines the meal.")
add("accept_gift-n", "pestering",
    "我给你带了点土鸡蛋，你就收下，帮我再想想办法。",
    "鸡蛋您原样提回去。收了鸡蛋您的事也不会变，不收也不会变，还是上回那个答复。",
    [], "Refuses the gift and keeps the answer consistent.")
add("accept_gift-n", "phlegmatic",
    "（慢慢从包里掏出一个红包）……这个……您……拿着。",
    "（把红包推回去）这个您收好，别放我桌上。您的材料我收下了，复印件给您一份。",
    [], "Accepts documents, pushes back the red envelope.")
add("accept_gift-n", "melancholic",
    "我没啥好东西……这双鞋垫是我自己纳的……",
    "鞋垫纳得真细，得费不少工夫吧。可我真不能要，您留着给您家老头垫，您的事我一样上心。",
    [], "Praises the gift but refuses it.")
add("accept_gift-n", "choleric",
    "刚才冲你发火是我不对，这盒茶叶你收着，算我赔不是。",
    "茶叶您带走，赔不是我收下了，茶叶不行。咱接着说您那个房子的事。",
    [], "'Accepts' the apology, not the tea.")
add("accept_gift-n", "confused",
    "俺也不懂规矩，听说办事都得意思意思，这二百块你拿着。",
    "钱您快收起来，俺们这儿办事不兴这个，一分钱不要。要是有人跟您要过钱，您跟我说，那是违纪。",
    [], "Refuses and explains.")
add("accept_gift-n", "unwell",
    "我这有两瓶酒，你拿回去喝，你得帮我把那些坏人抓起来。",
    "酒您拿回家，搁我这儿也没人喝。您说的那些事我记下了，我让社区跟您家里人一块儿来商量商量。",
    [], "Refuses the gift and brings in family and community; no correction.")
add("accept_gift-n", "sanguine",
    "这是我们厂的新产品，一箱饮料，你们办公室分着喝！",
    "饮料您拉回去，办公室不能收。您厂里要真有事反映，改天带着材料来，我们照样接待。",
    [], "Refuses the gift for the office.")
add("accept_gift-n", "choleric",
    "哥们儿，事办成了我请你喝酒！",
    "喝酒就免了，事办成了是您应得的，用不着谢谁。",
    [], "Declines a future invitation.")
add("accept_gift-n", "resentful",
    "你说了半天，渴了吧，喝口我带的水。",
    "我这儿有水，您那保温杯留着自己喝，路上还远。来，我也给您续点热的。",
    [], "Declines even a sip and offers water instead.")

# ---------------------------------------------------------------- good
add("good", "confused",
    "同志，俺头一回来这地方，不知道该咋说。",
    "大娘，别慌，您就当跟邻居唠嗑。您是哪个村的？今儿个咋过来的，坐班车还是孩子送的？",
    [], "Welcoming introduction with small talk.")
add("good", "resentful",
    "你们这些人，我见得多了，谁也没拿我当回事！",
    "大爷，这些年您心里憋屈，您接着说，我不打断您，说完了咱再一条一条捋。",
    [], "Lets a resentful visitor vent.")
add("good", "pestering",
    "我又来了。",
    "李叔，又见面了，身子骨咋样？上回那个事，答复还是那个答复，我不能改口。今天您要是有新情况，我听着。",
    [], "Care, same answer, open to new facts.")
add("good", "unwell",
    "他们半夜往我窗户上照光。",
    "半夜被光晃着，觉都睡不踏实，这滋味不好受。您平时跟谁一块儿住？我给您社区打个电话，让他们晚上过去陪陪您。",
    [], "Goes along with the feeling, seeks family and community help.")
add("good", "veteran",
    "这回你们得给我个准话。",
    "老周，您这案子的情况我都看了，我先说结论：补偿已经按标准发了，再加没有依据。您要不服，可以申请复核，三十天内交，我帮您写申请。",
    [], "Calm, firm, with the legitimate route.")
add("good", "choleric",
    "你们物业把水停了，我家里老人都没水喝！",
    "大哥，您这火我理解，换我家停了水也急。您先喝口水，咱一件一件说：哪天停的？物业说的啥理由？",
    [], "Calms, then asks clarifying questions.")
add("good", "sanguine",
    "还有还有，楼道灯也坏了，物业费还涨了！",
    "您说的这几件事我捋一下：一是暖气不热，二是物业费涨了，三是楼道灯坏了。您最想先解决的是暖气，对吧？还有漏的没有？",
    [], "Summary with a check.")
add("good", "phlegmatic",
    "……（低头想事）",
    "（等了一会儿）不着急，您想好了再说，我这儿不赶时间。",
    [], "Gives time.")
add("good", "melancholic",
    "都怪我……要是当时我多问一句……",
    "您说得够清楚了，这不是您的错。抚恤金这事，我今天就给厂里劳资科打电话，周五之前给您回话，您留个电话给我。",
    [], "No blame, a dated step.")
add("good", "confused",
    "这个“增人不增地”到底咋回事？",
    "打个比方：村里的地好比一口锅，锅就这么大，家家分了碗。您家添了人，锅里的饭没多，所以不能从别人碗里拨。可反过来，您家的地三十年里也不会被收走，这是保着您的。",
    [], "Plain comparison for a confused visitor.")
add("good", "resentful",
    "我的事就这些，你看着办吧。",
    "我复述一下您的要求，您看对不对：一是工龄认定，二是补发那三个月工资，三是给您恢复名誉。漏了啥您再补。",
    [], "Summary with a check.")
add("good", "pestering",
    "今年总该有说法了吧？",
    "婶子，我说句您不爱听的，这房子补不了，今年不行，明年也不行，谁来都是这个答复。可您一个人住，冬天的炭够不够烧？",
    [], "Same answer, care for the person (Shanxi tan for coal).")
add("good", "unwell",
    "（哆哆嗦嗦地站在门口）",
    "今儿个风大，您穿这么少，冻着了吧？来，先到暖气边上坐，我给您倒杯热水。",
    [], "Warm introduction for an unwell visitor.")
add("good", "veteran",
    "不给我办，我就去省里。",
    "去省里是您的权利，我拦不住，也不拦。可省里也会转回来，按这个答复办。您想清楚，我把书面答复再给您一份。",
    [], "Calm statement of the limit; no favours.")
add("good", "choleric",
    "我都说了三遍了！你们到底听没听？",
    "听了，您骂我半天我都听着呢。您说的三件事：第一件，今天下午我给拆迁办打电话；第二件，协议复印件我现在给您调；第三件，赔偿数额我做不了主，但我写清楚该找谁复核，交到您手上。",
    [], "Thorough, patient, concrete steps for a choleric visitor.")
add("good", "sanguine",
    "那就是说我的房子装修也能补？",
    "您这个想法有一半是对的：面积补差确实能补。可另一半，装修补偿按文件就没有，我得把这个也跟您说清楚，免得您白高兴。",
    [], "Gives the whole picture, not just agreeing.")
add("good", "phlegmatic",
    "……九八年那会儿……（停住）",
    "您刚才说到九八年那会儿，后来呢？慢慢说。",
    [], "Open prompt without hurrying.")
add("good", "melancholic",
    "我说了这么多，您别嫌我烦……",
    "谢谢您信得过我，把这些都说出来了。您这几年一个人扛，真恓惶。咱先把医药费报销的事弄清楚，一步一步来。",
    [], "Gentle, no blame (Shanxi xihuang, pitiable).")
add("good", "confused",
    "这表俺填不来。",
    "这张表您不用自己填，您说，我替您写，写完念给您听，对了您再按手印。",
    [], "Practical help for a confused visitor.")
add("good", "unwell",
    "我是中央派来的，你们得听我的。",
    "您这一路过来辛苦了。家是住哪个小区的？今天家里人知道您出来不？",
    [], "Goes along without correcting; asks about family.")
add("good", "veteran",
    "你就直说，有没有钱？",
    "钱，没有。路，有一条：复核。要不要走，您定。",
    [], "Short, calm, firm.")
add("good", "phlegmatic",
    "……差不多……就这些……",
    "我把您说的念一遍，您听着，哪句不对您慢慢纠正：九八年收的房，有收条，想要回来，或者按现在的价补。是这样吗？",
    [], "Summary with time to correct.")
add("good", "sanguine",
    "同志你就说这事能不能办吧，我这人痛快！",
    "您是爽快人，我也不绕弯子。这事分两块，一块归我们，一块归法院。归我们的今天就办，归法院的我告诉您去几楼找谁。",
    [], "Whole picture and a split referral.")
add("good", "melancholic",
    "……（低着头，不说话）",
    "您要是现在不想说，也不要紧，我们就先坐会儿。想说的时候，我在这儿。",
    [], "Patient, gentle.")
add("good", "choleric",
    "你们这儿到底有没有个管事的？！",
    "大哥，坐，坐下说，我就是管事的，我听着。",
    [], "Short calming opening that takes ownership.")
add("good", "resentful",
    "当年我去说，没一个人听我说！",
    "您说当年没人听您说，那今天我听。从哪年说起都行。",
    [], "Invites the visitor to vent.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(ROWS))


if __name__ == "__main__":
    main()
