#!/usr/bin/env python3
"""Generate lines.jsonl for the held-out single-line set (lines-fresh2).

Every line below was written and labelled by hand. Edit an entry and rerun:
    python3 testdata/lines-fresh2/gen.py
Ids are assigned in order within each group: <code>-NN (positive),
<code>-nNN (hard negative), good-NN.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (group, persona, visitor, text, codes, note)
# group: a code name (positive), "<code>-n" (hard negative) or "good".
E = []


def add(group, persona, visitor, text, codes, note):
    E.append((group, persona, visitor, text, list(codes), note))


# ---------------------------------------------------------------- rude
R = "rude"
add(R, "confused", "同志，这个‘增人不增地’到底是啥意思？俺家添了个孙子，咋就不给分地呢？",
    "这都讲第三遍了，你咋就是听不进去？跟你说话真费劲。", [R],
    "Contempt for a confused visitor's slowness.")
add(R, "resentful", "我一九七五年被下放到农场，干了整整八年，回城以后工龄一天都没给我算，找了街道又找人社，来回跑了十几年，人家都说档案丢了，我都七十多了，身体一天比一天差，你们今天到底给不给个说法？",
    "老爷子，岁数大也不能倚老卖老，在这儿拍桌子给谁看呢？", [R],
    "Curt reply to a long grievance that labels and mocks the old man.")
add(R, "pestering", "我又来了，上回说的那五万块补偿到底啥时候给？",
    "你天天往这儿跑，闲得没事干是吧？再来我让保安把你架出去。", [R],
    "Mockery plus a threat to scare him off.")
add(R, "unwell", "有人在我家墙里装了窃听器，一到晚上就嗡嗡响，我一宿一宿睡不着。",
    "又来了，你这套说辞我听得耳朵都起茧子了，能不能别烦我们了？", [R],
    "Open contempt; does not address the belief itself, so no confront.")
add(R, "veteran", "我告诉你，这回不给我解决，我就去省里，去北京，看你们谁兜得住。",
    "老上访户了，吓唬谁呢？你这种人我见多了，去哪儿都一样。", [R],
    "Labels the visitor (你这种人, 老上访户) with contempt.")
add(R, "choleric", "你们这帮当官的就知道喝茶看报纸！我工钱拖了半年，你管不管？",
    "嗓门大就有理了？你再嚷嚷一句试试，我现在就叫派出所来人。", [R],
    "Meets heat with heat and threatens police to scare.")
add(R, "sanguine", "哎呀同志，我跟你说，我邻居家那棵大杨树把我家房顶都压坏了，瓦片掉了一地，下雨天屋里直漏，我跟他说了八回他都不听，还说树是他爷爷栽的，你说气人不气人，哈哈，我今天就是来讨个说法的。",
    "行了行了，说重点，别搁这儿说单口相声。", [R],
    "Mocks the visitor's way of talking.")
add(R, "phlegmatic", "……我想想……那个……暖气……",
    "你能不能快点？后头还排着一堆人呢，磨磨唧唧的。", [R],
    "Scolds a slow visitor with a contemptuous label.")
add(R, "melancholic", "我儿子转学的事一直没着落，我也不知道该找谁，是不是我太没用了……",
    "哭哭啼啼的能顶啥用？当妈的自己立不起来，孩子能有啥出息。", [R],
    "Scorns a low-spirited mother and blames her.")
add(R, "confused", "俺不识几个字，这医保报销单子上写的啥，俺看不懂。",
    "恁这一大把年纪了，连个单子都看不明白，早干啥去了？", [R],
    "Henan speech; mocks the visitor's illiteracy.")
add(R, "resentful", "拆迁那年我家三间房只赔了八万，隔壁老王家一样的房子拿了二十万，凭什么？",
    "大爷，您消消气。不过说句实在话，您这人就是眼红，看见人家多拿俩钱心里就不舒坦。", [R],
    "Polite opening, then labels the visitor as envious.")
add(R, "pestering", "上回那个领导答应我的，你们得认账。",
    "哪个领导答应你了？你自己编的话，自己信不信？", [R, "confront"],
    "Rhetorical accusation of lying: contempt and a sharp denial of his account.")
add(R, "unwell", "我是玉皇大帝派下来的，你们得给我分一套房。",
    "（笑出声）哎哟，玉皇大帝还管分房呢？大伙儿快来看看。", [R, "confront"],
    "Ridicules an unwell visitor; the mockery also disputes the belief.")
add(R, "veteran", "你们的政策我背得比你熟，照顾一下我这个老同志不行吗？",
    "老同志，您先喝口水。您这个安置补偿是按二〇一九年的标准结清的，协议上有您的签字，复印件我也给您带来了。您要是觉得哪一项算错了，可以书面申请复核。就是别学那些专靠闹腾吃饭的，丢人。", [R],
    "Model policy answer, but ends by labelling him as one who lives off making trouble.")
add(R, "choleric", "你瞅啥瞅？我跟你说，今天不给我整明白，我就不走了！",
    "瞅你咋的？爱走不走，在这儿撒泼没人惯着你。", [R],
    "Northeastern; answers heat with heat and scorn.")
add(R, "sanguine", "我觉得吧，这个低保就应该人人有份，你说是不是这个理？",
    "你这脑子就装这点东西？低保是给困难户的，不是发福利。", [R],
    "Insults the visitor's intelligence before stating the policy.")
add(R, "phlegmatic", "我……想问一下，我爸那个工伤认定……要准备哪些材料……",
    "一句话要说半天，你这样的到社会上干啥都吃亏。材料清单墙上贴着，自己看。", [R],
    "Belittles a slow speaker and brushes him off.")
add(R, "melancholic", "我老伴走了以后，抚恤金一直没批下来，我这日子真不知道咋过……",
    "天底下没了老伴的多了，都像你这样天天愁眉苦脸，日子还过不过了？", [R],
    "Rhetorical scolding of a grieving widow.")
add(R, "choleric", "我认识你们局长，你信不信我一个电话……",
    "你打呀，打给谁都行。你这号人，仗着认识俩人就在这儿耍横，没出息。", [R],
    "Labels and belittles the visitor.")
add(R, "choleric", "我就是要告，告到底，我这辈子就跟你们耗上了。",
    "你耗吧，耗到你孙子考公务员政审过不去，你就知道厉害了。", [R],
    "Threat against the family to scare him.")

R = "rude-n"
add(R, "choleric", "你们就是一帮吃干饭的！我告诉你，今天不给钱我就砸了这儿！",
    "大哥，您心里的火我能理解，拖欠工钱搁谁身上都急。不过砸东西、骂人解决不了问题，还可能惹上治安处罚，对您没好处。咱坐下来，您把包工头叫啥、欠了几个月、多少钱跟我说说。", [],
    "Calm statement of consequences plus a question; not rude.")
add(R, "veteran", "明天我就带二十个人来围你们大门。",
    "您有意见可以按正常渠道来，我们一样接待。组织人员围堵机关、拦截车辆是违法的，公安机关会依法处置，这个我得提前跟您说清楚。", [],
    "Calmly states the legal consequence; not a scare tactic.")
add(R, "resentful", "当年村里把我家的地收走，我连个条子都没拿到。",
    "当年要是手里有张收地的凭据，现在核对起来能快不少。没有也不要紧，咱们去找当年的村干部和会计账本。", [],
    "Soft regret, not blame; moves to a remedy.")
add(R, "pestering", "我不管，上回你们说了会考虑，今天就得给我办。",
    "大姐，上次给您的答复和今天一样：您家这套房已经按协议补偿到位，额外的五万元没有政策依据，不能给。这个答复不会因为来的次数变。您最近血压咋样？", [],
    "Firm and repeated answer with care; not rude.")
add(R, "confused", "我听了半天还是没懂，你再说一遍行不？",
    "行，没问题，是我刚才说得太绕了。打个比方：这地就像一张饭桌，座位定了三十年，家里添了人不加座，走了人也不撤座，等到期了再重新排。这么说清楚点没？", [],
    "Patient re-explanation when asked to repeat.")
add(R, "unwell", "他们用电波控制我的脑子，你们管不管？",
    "您说的这些我都记下了，听着就叫人心里不踏实。您这几天吃饭睡觉咋样？家里现在谁陪着您呢？", [],
    "Warm, goes along, asks about care; neither rude nor confront.")
add(R, "sanguine", "哈哈，我就随便问问，反正你们也办不成啥事。",
    "您这话说得直，我不恼。那咱说点实在的：您问的取暖补贴，是给低保户和特困户的，您家要是在这两类里头，每年能领一笔。您家现在是啥情况？", [],
    "Takes the jab in good humour and gives facts.")
add(R, "phlegmatic", "……（沉默了很久）",
    "不着急，您慢慢想，我这儿时间够。想起哪一点就说哪一点。", [],
    "Gives a slow visitor time.")
add(R, "melancholic", "都怪我当初没看清合同就签了字，现在啥都晚了。",
    "不能全怪您，那合同条款写得弯弯绕绕，一般人看不出门道。咱现在看看还有哪些路能走。", [],
    "Removes blame; not rude.")
add(R, "choleric", "（骂了十来分钟后）……我就是气不过！",
    "您把心里话都倒出来了，我听明白了。刚才有几句话骂得确实重了点，往后咱对事不对人。您说的三个问题，我一个一个回您。", [],
    "Mild criticism of abuse after venting, as the method prescribes.")
add(R, "veteran", "你一个小年轻懂什么，叫你们主任出来。",
    "主任今天在市里开会。我是这儿的接待员，您的事我负责登记和跟进。您要是坚持见主任，我帮您约下周二的领导接待日。", [],
    "Calm, factual, offers the proper channel.")
add(R, "resentful", "你们这些人，哪个管过我们老百姓的死活嘛！",
    "孃孃，你这口气我晓得憋了好多年了，你慢慢说，我听到起。", [],
    "Sichuan speech; lets her vent.")

# ---------------------------------------------------------------- false_promise
F = "false_promise"
add(F, "pestering", "我儿子大学毕业没工作，你们政府得给安排个编制。",
    "您儿子这事我记下了，明年招考我跟人事那边说说，给他留个名额，问题不大。", [F],
    "Promises a civil-service place, far beyond authority and policy.")
add(F, "unwell", "电视台把我家的房子过户给别人了，你们得给我弄回来。",
    "您放心，这房子我们下礼拜就给您过户回来，房本我亲自给您送上门。", [F],
    "Goes along but promises a concrete outcome; no correction of the belief.")
add(F, "veteran", "当年修水库占了我家的地，一亩得补我三万，少一分我都不走。",
    "行，三万一亩我记下了，回头我跟领导汇报，就按您说的数办，问题不大。", [F],
    "Accepts the visitor's own figure as the outcome.")
add(F, "choleric", "我这工资拖了八个月了！老板电话不接，工地大门锁着，我媳妇等着钱看病，孩子下学期学费也没着落，我在城里租的房子房东天天催，再没钱我们一家就得睡大街了！你今天必须给我一句准话！",
    "大哥您别急，这钱月底之前一定到您手上，我拿我这身衣服担保。", [F],
    "Guarantees payment by a date the office does not control.")
add(F, "sanguine", "我听说今年拆迁补偿标准要涨，我家能按新标准算吧？",
    "应该能，你家那片早晚也得按新标准走，我看差不了。", [F],
    "Hedged promise of a better standard with no basis.")
add(F, "phlegmatic", "……我那个……养老金……少了一百多……能补吗……",
    "能补能补，您别操心，下个月连本带息一块儿打到您卡上。", [F],
    "Promises back pay with interest before any check.")
add(F, "melancholic", "我闺女的学校离家太远了，能不能转到家门口那个学校……",
    "这事您就别发愁了，我回头跟教育局说一声，开学前准给您转过去。", [F],
    "Guarantees a school transfer owned by another body.")
add(F, "confused", "同志，我家那块地说是要征，地里那几座坟咋办？能多给点不？",
    "能多给，坟另算，一座少说给你两万，你就放心吧。", [F],
    "Names a payout figure with no basis.")
add(F, "resentful", "我被单位辞退了二十年，一分钱补偿都没拿到，这口气我咽不下去！",
    "老师傅，您这二十年憋屈了，我听着都难受。您把当年的辞退通知、工资条先留个复印件给我，我今天就去人社局调您的档案，下周三之前给您回电话。您放心，这回肯定能给您补上。", [F],
    "Model turn until the last sentence guarantees the outcome.")
add(F, "pestering", "你就给我个准话，这房子还有没有希望多赔？",
    "这个嘛……也不是一点门儿都没有，您别往外说，过阵子我看看能不能给您想个法子。", [F],
    "A hint of hope to a pestering visitor about a demand without basis.")
add(F, "unwell", "我是市长的亲闺女，你们得给我发工资。",
    "好好好，工资的事我给您记着，下个月就给您开一份。", [F],
    "Goes along, but promises wages; no correction.")
add(F, "veteran", "你们要是不给我解决低保，我就天天来。",
    "别天天跑了，您这低保我给您批了，下周就能下来。", [F, "buy_peace"],
    "Promises approval without eligibility, explicitly so that he stops coming.")
add(F, "choleric", "这暖气才十二度，冻得我家老太太直哆嗦，你们到底管不管！",
    "大哥，咱不整那没用的，明天一早暖气准保热乎，我说话算话。", [F],
    "Northeastern; guarantees a result that depends on the heating company.")
add(F, "sanguine", "我家孩子差两分没进重点高中，能不能走个特招？",
    "特招名额每年都有剩的，我帮你递个条子，进去应该没啥问题。", [F],
    "Implies a back-door admission.")
add(F, "phlegmatic", "我等了三年了……那个宅基地证……",
    "您再耐心等等，年底之前肯定给您发下来。", [F],
    "Guarantees a certificate by a date, with no basis.")
add(F, "melancholic", "医保报销比例那么低，我这病怕是看不起了……",
    "您别灰心，我跟医保局熟，给您这病按九成报，回头我打个电话就成。", [F],
    "Promises a reimbursement rate beyond policy through connections.")
add(F, "confused", "我那个娃娃的学籍咋个弄丢了嘛？开学还读得成书不？",
    "莫着急，读得成读得成，学籍的事我给你摆平，开学保证你娃坐到教室头。", [F],
    "Sichuan; guarantees an outcome owned by the education bureau.")
add(F, "resentful", "法院判我输了，那判决就是错的，你们给我改过来！",
    "判决确实有问题，我把材料转给法院院长，让他们改判，您等消息。", [F],
    "Promises a retrial result; beyond the office's authority.")
add(F, "pestering", "上面不是说有特殊困难可以照顾吗？我这就是特殊困难。",
    "行，您这个情况我往上报一报，多半能给您开个绿灯。", [F],
    "Hedged promise (多半) to a pestering visitor.")
add(F, "veteran", "别人闹一闹都拿到了，我凭什么拿不到？",
    "谁说您拿不到了？您那份跟他们一样，我心里有数，回头给您补齐。", [F],
    "Rhetorical question that promises the same payout.")

F = "false_promise-n"
add(F, "pestering", "你就说一句，能不能多赔？",
    "这个我不能跟您许：按协议，补偿已经结清，再多赔没有依据。您要是家里确实遇上难处，可以去街道申请临时救助，那是另一回事，跟拆迁补偿不挂钩。", [],
    "Explicit non-promise plus statutory relief not tied to the claim.")
add(F, "resentful", "我那几年的工龄到底能不能认？",
    "我不敢跟您把话说满。只要档案里能找到当年的招工记录，这几年就该算进去；找不到，咱再一起想别的证明办法。", [],
    "Hedged and conditioned on the record.")
add(F, "choleric", "拖欠的工资你们到底管不管？",
    "管。我现在就给劳动监察大队打电话，把您的情况转过去，三个工作日内他们会联系您，我这边也盯着。", [],
    "Commitment to act with a time; no promise of the money.")
add(F, "pestering", "我要一次性补偿五十万，不然没完。",
    "五十万没有任何政策依据，今天不会答应，以后也不会。您这件事，按规定能给的，上次已经全给了。", [],
    "Firm refusal; no hint.")
add(F, "confused", "我七十岁了，是不是每个月都有高龄补贴？",
    "咱这儿是满八十周岁才有高龄津贴，您还差几年。不过您家要是困难，可以看看够不够低保条件，这个我帮您问。", [],
    "States the rule; offers a check of statutory relief.")
add(F, "unwell", "他们偷了我的房子，你们得帮我要回来。",
    "房子的事我都记下了，您心里着急我知道。我先给社区打个电话，让王主任今天下午去家里看看您，好不好？", [],
    "Goes along and arranges a visit; promises no outcome.")
add(F, "sanguine", "暖气费能不能减免啊？我听说有这个政策。",
    "有这个政策，不过有条件：低保户、特困户可以申请减免。您家要是符合，拿着证到供热公司营业厅办，符合条件的就能减。", [],
    "Benefit conditioned on eligibility.")
add(F, "phlegmatic", "……那我……下回啥时候来问结果……",
    "您不用再跑。这个月二十号之前，我们把书面答复寄到您家。您留的这个地址没错吧？", [],
    "A dated commitment to answer, not to an outcome.")
add(F, "melancholic", "我这个病，医保到底报不报？",
    "我没法现在就跟您说一定报，这得看您用的药在不在目录里。您把单子给我，我帮您一项一项对，对完咱心里就有底了。", [],
    "Hedged; promises only to check.")
add(F, "resentful", "判决不公，我要翻案！",
    "判决我们这儿改不了，这是法律定的。您还在期限内，可以向中级法院申请再审，我把要带的材料给您列出来，再帮您联系法律援助中心。", [],
    "Legal limit and concrete help; no promise of a result.")
add(F, "pestering", "我不走了，你们不给个说法我就睡这儿。",
    "说法上回就给了，今天还是那句：您要的安置房面积超出标准，不能加。您要坐着我们也不赶您，可晚上凉，身体要紧。", [],
    "Same answer as last time; no hint.")
add(F, "veteran", "这回能给我多少？",
    "‘多少’这两个字，我从来没跟您说过，今天也不会说。您的补偿按评估报告走，报告上写多少就是多少。", [],
    "Refuses to name any figure.")

# ---------------------------------------------------------------- buck_passing
B = "buck_passing"
add(B, "confused", "我这个新农合报销，到底去哪儿办啊？",
    "这个你去问问别人吧，我这儿也不清楚。", [B],
    "Sends the visitor away with no owner named.")
add(B, "resentful", "我下岗那年的安置费被厂里扣了，你们得给我查。",
    "厂子都没了，这事谁也管不了，您找找当年的老领导吧。", [B],
    "Shrug; no owning office named.")
add(B, "pestering", "又来了，上回说的转到哪儿了？",
    "转下面了，下面咋处理我们不知道，你去下面问。", [B],
    "'下面' with no office named.")
add(B, "unwell", "邻居每天晚上往我家放毒气，我都写了十几封信了。",
    "这个我们处理不了，你另外找地方反映吧。", [B],
    "Pushes an unwell visitor away; no owner, no family or community help.")
add(B, "pestering", "我这事你们县里办不了，就给我往上报。",
    "县里是办不了，你爱往哪儿找就往哪儿找，我们拦不住。", [B],
    "Abandons the matter without naming anyone.")
add(B, "choleric", "楼下烧烤摊天天冒烟到半夜，我来了八回了，你们还推！",
    "大哥，这真不是我们这儿的事，您找管事的去。", [B],
    "'管事的' is not an owner.")
add(B, "sanguine", "我想问问学区划片，今年咋又变了？",
    "这个划片啊，年年变，谁也说不准，你多打听打听吧。", [B],
    "Shrugging guess instead of naming the education bureau.")
add(B, "phlegmatic", "……那……我该去找谁……",
    "找谁都行，反正我们这儿办不了。", [B],
    "Refuses and names no one when asked who.")
add(B, "melancholic", "我老伴的工伤认定一直没结果，我也不知道还能找谁了……",
    "这个我们也插不上手，您回去跟他单位再磨一磨吧。", [B],
    "Sends her back to the employer; the office that decides injury status is not named.")
add(B, "confused", "俺村里把俺的地划给别人了，俺该找谁说理？",
    "恁回去找村里人打听打听，看谁管这摊子事。", [B],
    "Henan; vague 'ask around' when asked who owns it.")
add(B, "resentful", "我父亲当年修铁路牺牲了，烈士身份到现在都没认定，我跑了十几年了。",
    "老人家，您为这事跑了十几年，真不容易。您父亲当年在哪个工程队、哪年出的事、有没有当时的证明人，这些我都记下了。不过烈士认定这块我们够不着，您还是另找门路吧。", [B],
    "Good listening, then hidden buck-passing: the veterans affairs bureau is not named.")
add(B, "pestering", "你们不管，那我找谁去？",
    "你问我，我问谁去？反正不归我们。", [B],
    "Rhetorical shrug when asked for the owner.")
add(B, "unwell", "我家房顶上有人装了天线，专门照我，你们去拆了。",
    "拆天线这事跟我们不沾边，你往别处反映吧。", [B],
    "No owner, no care arranged; does not correct the belief.")
add(B, "veteran", "我的事到底谁负责？你给我报个名字。",
    "按照属地管理原则，由相关职能部门依职责处理。", [B, "officialese"],
    "Asked for a name, gives only a stock formula with an unnamed 'department'.")
add(B, "choleric", "暖气不热我找供热公司，供热公司说管网归你们管让我找你们，我来了你们又说该找供热公司，我一个六十多的人，这个冬天光坐公交来回就跑了七八趟，家里才十一度，我到底找谁？！",
    "我们这边也没辙，小区物业、供热公司、街道，您挨个问问，总有一个管。", [B],
    "Ping-pong: a list to try, no owner and no action.")
add(B, "sanguine", "我家门口那根电线杆歪了好几个月了，你们能跟谁说一声不？",
    "哎，这种小事，您打打热线试试，看谁接。", [B],
    "Vague redirection without the owner (the power supply office).")
add(B, "phlegmatic", "……嗯……我闺女的助学金……今年没批……",
    "您慢慢说，不着急。助学金没批，搁谁都着急。不过这块儿不在我们这边，您回头去别处打听打听，看哪儿能办。", [B],
    "Kind tone, but pushes away with no owner.")
add(B, "melancholic", "我儿子在外地打工被车撞了，对方不赔钱，我都不知道咋办……",
    "外地的事咱这儿够不着，让您儿子就在那边找人处理吧。", [B],
    "No referral to police, insurer or legal aid.")
add(B, "sanguine", "法院判了我赢，可对方就是不给钱，你们能不能催一催？",
    "法院判的事就别找我们了，我们跟法院不是一家，你该找谁找谁。", [B],
    "Does not name the court's enforcement procedure.")
add(B, "confused", "你们信访局不就是管这个的吗？",
    "我们要是啥都管，还要那么多部门干啥？你这事去别的部门碰碰运气。", [B],
    "Rhetorical brush-off; 'another department' unnamed.")

B = "buck_passing-n"
add(B, "sanguine", "楼下烧烤摊油烟太大，你们管不管？",
    "占道经营和油烟扰民归城管执法大队，大队在建设路十六号，电话我写给您。我这边也给他们发个转办单，您三天后没动静就打这个电话找我。", [],
    "Names the owner and follows up.")
add(B, "confused", "我这医保卡在外地看病报不了，找谁啊？",
    "异地就医要先备案，去区医保局一楼窗口办，带上身份证、医保卡和住院发票。您要是不会弄，我给您写张纸条，到了把纸条递给窗口就行。", [],
    "Specific referral with what to bring.")
add(B, "confused", "法院判错了，你们信访局不能给我改一改吗？",
    "生效判决我们没有权力改。您要是不服，可以向市中级法院申请再审，或者到市检察院的控告申诉部门申请监督。这两个地方的地址我给您写下来。", [],
    "Legal limit plus named owners.")
add(B, "choleric", "我孩子在学校被打了，学校不管！",
    "孩子受了伤，您着急是应该的。学校安全这块归区教育局安全科，我现在就给他们打电话，您在这儿等我一下。", [],
    "Named owner and an immediate call.")
add(B, "melancholic", "我闺女的助学金……今年没批，是不是我们家哪里做错了……",
    "不一定是您家哪里做错了。助学金是学校学生资助中心评的，我把中心电话给您，也帮您问问今年名单是怎么定的，您别往自己身上揽。", [],
    "Names the owner and offers to ask.")
add(B, "resentful", "我那个烈士认定，到底谁管？",
    "烈士褒扬归县退役军人事务局，具体是优抚股办。我先把您的材料登记好，开张转办单，今天下午送过去，一周内打电话问进度告诉您。", [],
    "Named owner with a dated follow-up.")
add(B, "pestering", "你们不给办，我就去市里。",
    "去市里是您的权利。不过按属地原则，市信访局还是会转回区征收办，答复是一样的。区征收办主任的办公电话我给您写上。", [],
    "Explains routing and names the owner.")
add(B, "unwell", "有人在我家水管里下药，你们得管。",
    "您担心的这些我都记下了。我这就给咱社区打电话，让社区的刘姐和您家里人一块儿过来陪陪您，好吗？", [],
    "Arranges community and family help; not a brush-off, no correction.")
add(B, "phlegmatic", "……我家门口那根电线杆……歪着……",
    "电线杆是供电公司的，归城东供电所维护。您别急着走，我现在就拨他们的报修电话，您在旁边听着。", [],
    "Names the owner and calls on the spot.")
add(B, "sanguine", "那学区划片，你们这儿能改吗？",
    "划片我们改不了，是区教育局基础教育科每年定的，会在网上公示。您有意见的话，公示期内可以向基础教育科书面提出来。", [],
    "Refusal with the owner named.")
add(B, "veteran", "你们这儿办不了，那我还找你干啥？",
    "您这件事分两块：补偿标准归区征收办，我现在给您开转办单；您说的干部作风问题归区纪委监委，我帮您登记，一并转过去。两块都有人管。", [],
    "Splits the matter and names both owners.")
add(B, "choleric", "市场监管局把我的店封了，凭啥？",
    "查封是区市场监管局的决定。您不服，可以六十天内向区政府申请行政复议，或者六个月内直接起诉。我先帮您打电话问清楚封店的理由。", [],
    "Names the remedies and acts.")

# ---------------------------------------------------------------- confront
C = "confront"
add(C, "unwell", "电视里的播音员天天念我的名字，他们在给我传话。",
    "阿姨，电视里说的不是您，那是在播新闻，跟您没关系，您别往心里去。", [C],
    "Kind, but corrects an unwell visitor's belief.")
add(C, "unwell", "我脑子里有个芯片，是医院给装的。",
    "您这是多虑了，医院不会往人脑子里装东西的，您放宽心。", [C],
    "Gentle correction of the belief; still confront for unwell.")
add(C, "unwell", "我家房子被人用法术换走了，现在住的不是我家。",
    "大爷，您先坐，喝口热水。您说住得不踏实，我记下了。最近家里谁照顾您啊？您儿子在本地吗？我一会儿给社区王主任打电话，让她陪您回去看看。其实房子还是您那套房子，哪有什么法术，您就是最近太累了。", [C],
    "Model care, then the belief is corrected at the end.")
add(C, "unwell", "我是省委书记的亲妹妹，你们得听我的。",
    "阿姨，书记家里人哪会自己来排队呢？咱先说说您今天遇上啥事了。", [C],
    "Rhetorical question that disputes the identity belief.")
add(C, "unwell", "俺屋里那个钟一到半夜就跟俺说话，叫俺去北京告状。",
    "钟哪会说话嘞，那是恁睡迷糊了，听岔了。", [C],
    "Henan; flat correction of the belief.")
add(C, "unwell", "我的退休金被外星人截走了，你们得去追回来。",
    "大姐，我刚查了，您的退休金每个月都按时到账，卡里钱都在，没被谁截走。", [C],
    "A record check, but used to correct an unwell visitor's belief.")
add(C, "resentful", "当年是公社书记亲口答应我的，回城就给安排工作！",
    "不可能，那会儿公社书记哪有权力答应这个，您肯定记错了。", [C],
    "Flatly denies the visitor's account.")
add(C, "pestering", "你们上回明明说了给我加面积，现在又不认账。",
    "谁说过？我们从来没这么说过，您这是张冠李戴。", [C],
    "Sharp denial instead of checking the record.")
add(C, "phlegmatic", "……我家的地……一直是我在种……村里凭啥收回去……",
    "你家的地十年前就自己转给别人了，现在又来要，这说不过去吧？", [C],
    "Argues with the visitor's account.")
add(C, "choleric", "那包工头就是你们领导的亲戚，你们合起伙来坑我！",
    "你这是血口喷人！我们领导跟那包工头八竿子打不着，你少在这儿乱讲。", [C, "rude"],
    "Heated denial plus scolding.")
add(C, "sanguine", "我觉得我家拆迁款少了，隔壁比我多两万，肯定有人做手脚。",
    "哪有人做手脚？是你自己算错了，人家面积比你大。", [C],
    "Contradicts instead of checking both appraisals.")
add(C, "phlegmatic", "……我记得……那年是交了三年的……养老保险……",
    "不对，你那是两年，不是三年，别记混了。", [C],
    "Sharp correction of a slow visitor, no check offered.")
add(C, "melancholic", "邻居都在背后笑话我，说我儿子是个废物……",
    "人家哪有工夫笑话你，是你自己心思太重了。", [C],
    "Denies her perception and blames her.")
add(C, "confused", "我听村里人说，土地证一到期，地就要被收回去了。",
    "谁跟你说的？纯属瞎传，压根儿不是那么回事，你别信。", [C],
    "Sharp rather than gentle; compare confront-n04.")
add(C, "resentful", "我那个工伤是在厂里干活受的，他们非说是下班路上，摆明了欺负人。",
    "师傅，我理解您的心情，但说实话，您这个说法站不住，厂里的记录比您的记性靠谱。", [C],
    "Polite framing, but dismisses his account.")
add(C, "melancholic", "法官……是不是收了对方的钱……不然咋会判我输……",
    "法官收钱这话可不能乱说，判决是按证据判的，不是谁给钱谁赢。", [C],
    "Argues against the belief instead of pointing to a complaint channel.")
add(C, "choleric", "那暖气片摸着冰凉，你们还说达标了，糊弄鬼呢！",
    "咋就冰凉了？人家上门测过，十八度，你那纯属瞎说。", [C],
    "Accuses the visitor of making it up.")
add(C, "sanguine", "我跟你讲啊，我们小区本来划给实验小学的，后来开发商一闹就改了，这里面肯定有猫腻。",
    "您说的情况我记下了：原来的划片、改片的时间、您听到的说法。我去教育局调今年的划片文件，下周给您回话。不过有猫腻这种话您就别信了，绝对不可能。", [C],
    "Good summary and step, then a flat denial at the end.")
add(C, "phlegmatic", "……我觉得……那个评估……少算了我一间厢房……",
    "没少算，评估公司不会出这种错，你再想想是不是记错了。", [C],
    "Denies before checking.")
add(C, "melancholic", "我觉得村干部就是故意针对我们家，每回分东西都把我们落下。",
    "你咋老觉得别人针对你？人家村干部一碗水端得平平的，是你自己多心。", [C],
    "Rhetorical dismissal of her perception.")

C = "confront-n"
add(C, "unwell", "电视里的人天天在说我，我一晚上都睡不着。",
    "一晚上睡不着，那可太遭罪了。您跟谁住一块儿？我让社区小张今天去家里看看您，陪您说说话。", [],
    "Goes along with the feeling; no correction.")
add(C, "unwell", "他们用电波控制我，我头疼得厉害。",
    "头疼得厉害可不能拖着。咱让家里人陪您去医院看看头疼，好不好？您闺女电话多少，我给她打一个。", [],
    "Addresses the headache, not the belief.")
add(C, "pestering", "上回你们说给我加面积的！",
    "我把上回的接谈记录调出来了，上面写的是‘按协议面积补偿，不予增加’，您当时签了字。您看看，是不是记岔了？要是您手里有别的书面答复，拿给我看看。", [],
    "Neutral check against the record, inviting evidence.")
add(C, "confused", "土地证到期了，地是不是就要收回去？",
    "不会收的，您放心。土地证上写的是承包期，好比租房合同到期，国家的政策是到期再延长三十年，地还是您家种。", [],
    "Gentle clarification for a confused visitor.")
add(C, "resentful", "我在厂里干了十五年，他们说我只有十二年工龄。",
    "差这三年，我得搞清楚。档案里写的是一九八八年进厂，您记得是八五年，那中间这三年您在哪儿干的？有没有工资条，或者老同事能证明？有了这些就能去补。", [],
    "Neutral record check that invites evidence.")
add(C, "veteran", "你们就把我的地还给我，原样还回来！",
    "那块地上已经修了高速，原样还回去做不到，这是实情。咱能谈的是补偿算得对不对，您把当年的协议带来，我跟您一项一项核。", [],
    "Calmly states a physical limit.")
add(C, "choleric", "你们测温都是糊弄人的！",
    "您信不过测温，这个能理解。这样，咱约个时间，我和供热公司的人一块儿上您家，当着您的面测，测几个屋都行。", [],
    "Offers a joint check instead of arguing.")
add(C, "melancholic", "是不是因为我没文化，他们才不搭理我……",
    "您这么想，心里一定挺委屈的。您跟我说说，上回去窗口问，他们是咋回您的？", [],
    "Acknowledges the feeling and asks.")
add(C, "sanguine", "隔壁比我多拿两万，肯定有人做手脚。",
    "差两万，换谁都犯嘀咕。我把两家的评估表调出来对一对，看是面积、装修还是附属物不一样，对完了告诉您差在哪儿。", [],
    "Neutral check of the record.")
add(C, "phlegmatic", "……我记得……交了三年……",
    "好，三年。我这边系统里查到的是两年，咱一块儿看看，是不是有一年在别的地方交的？您家里还有当年的缴费收据吗？", [],
    "States the record neutrally and asks for evidence.")
add(C, "unwell", "我是玉皇大帝派来的。",
    "（点点头）嗯，您说，我听着。今天来是遇上啥难处了？", [],
    "Goes along without endorsing or correcting.")
add(C, "veteran", "判决我不认，你们信访局得管！",
    "法院的生效判决，信访渠道依法不予受理，这是《信访工作条例》定的。您还有申请再审和检察监督两条路，我给您说说怎么走。", [],
    "Calm legal limit with the alternatives.")

# ---------------------------------------------------------------- buy_peace
P = "buy_peace"
add(P, "veteran", "你们不给我补钱，我就去北京。",
    "别去了别去了，这样，我私下给你拿三千块，这事咱就算完了，行不？", [P],
    "Cash to end the petition.")
add(P, "pestering", "我还会来的，一直来到你们给钱为止。",
    "老李，商量个事：年底慰问的米面油给你多送两份，你这阵子就别往这儿跑了。", [P],
    "Goods in exchange for not coming.")
add(P, "resentful", "我下放那八年，你们得给我补偿！",
    "政策上是没有，可您年纪大了，我们从救助款里给您挤五千，您签个息访承诺书，往后就不提了。", [P],
    "Relief money tied to a written promise to stop.")
add(P, "choleric", "今天不给个说法，我就不走了！",
    "行行行，您先消消气，我给您找个临时工的活儿，一个月两千五，您往后别再闹了。", [P],
    "A job offered so that he stops.")
add(P, "unwell", "有人要害我，我要住到你们这儿来。",
    "这样吧，我们每个月给您发点生活费，您在家好好待着，别再来这儿了。", [P],
    "Money to keep an unwell visitor away; no correction of the belief.")
add(P, "sanguine", "同志，你看我这事也不大，能不能通融通融？",
    "行，看你人爽快，补偿标准我给你往上多算一档，你回去也别跟人说，这事就结了。", [P, "false_promise"],
    "Extra compensation beyond policy in exchange for closing the matter.")
add(P, "phlegmatic", "……我……还是想问……那个补助……",
    "您也别问了，我给您申请个临时救助，一千块，拿了咱这事就画句号。", [P],
    "Relief tied to ending the matter.")
add(P, "melancholic", "我也不想老来麻烦你们，可实在是没办法……",
    "大姐，知道您难。这样，社区公益岗我给您留一个，扫扫街一个月一千八，您安心上班，信访这事就先放一放吧。", [P],
    "A job offered with the petition to be dropped.")
add(P, "confused", "我就是想问问，这补偿款为啥少了？",
    "您别琢磨了，我私人给您添五百，就当补上了，回去吧。", [P],
    "Pays instead of explaining.")
add(P, "veteran", "我这事都二十年了，你们看着办。",
    "老哥，您这事前后几次的答复我都看了，补偿按当年文件已经结清，这个结论不会变。您身体不好，大老远来一趟不容易。这样，过年前我让街道给您送两千块慰问金，您就别再往上跑了。", [P],
    "Firm answer, then a payment hidden at the end tied to stopping.")
add(P, "pestering", "你们要是不给个说法，下个月开两会的时候我还来。",
    "开会那几天您就在家歇着，街道会派人给您送点东西，再捎点过节费。", [P],
    "Indirect: goods and money for staying home at a sensitive time.")
add(P, "choleric", "你们不给我解决，我就去市政府门口坐起！",
    "莫去莫去，哥子，我喊街道给你屋头送两袋米一桶油，再拿点过年钱，你就莫再去闹了嘛。", [P],
    "Sichuan; goods and money to stop a sit-in.")
add(P, "sanguine", "嘿嘿，我知道你们也为难，要不这样，你们给我点好处，我就不往上捅了。",
    "好说好说，你儿子不是想进环卫所吗？我去说一声，你这边也就别往上捅了。", [P],
    "A job favour traded for silence.")
add(P, "phlegmatic", "……那我……明天……再来……",
    "明天就不用来了。这袋东西您拿回去，里头有个信封，咱们这事到此为止。", [P],
    "Indirect payment to end the visits.")
add(P, "melancholic", "我真的不知道还能找谁了……",
    "别哭了，这五百块是我们几个凑的，您先拿着，往后有事打电话就行，别再往这儿跑了。", [P],
    "Kind money, but tied to not coming back.")
add(P, "unwell", "我要见市长，市长欠我一百万。",
    "市长这会儿不在。您看这样，这两百块您拿着买点吃的，今天先回家，往后也别来了，好吧？", [P],
    "Money to send an unwell visitor away for good; no correction.")
add(P, "resentful", "俺当年修路受的那些罪，你们得给个交代！七几年俺们一队人去山里修路，吃不饱穿不暖，回来就被扣了帽子，俺兄弟就死在工地上，这么多年谁来问过一声？今天你们要不给个交代，俺就不走了！",
    "大爷，交代俺们给不了，可俺们从村里困难户名额里给您挪一个，每年一千五，您拿着就别再上访了，中不？", [P],
    "Henan; a diverted relief quota tied to stopping.")
add(P, "veteran", "别人闹一闹都拿了钱，我为啥不能？",
    "你说个数，三五千的我这儿能做主，拿了往后就别闹了。", [P],
    "Invites a price for silence.")
add(P, "confused", "那我家那个低保到底能不能办下来？",
    "大娘，低保要看家里收入，您儿子每个月工资四千多，按规定够不上。不过您放心，逢年过节我让村里给您送点米面，您就别再到处找了啊。", [P],
    "Clear policy, then goods tied to stopping at the end.")
add(P, "pestering", "我不要别的，就要那套房。",
    "房子肯定不行。要不这样，我跟物业说说，您那两年的物业费给您免了，您别再来了，咱们两清。", [P],
    "A favour offered to close the matter.")

P = "buy_peace-n"
add(P, "melancholic", "家里就我一个人，药费都快掏不起了……",
    "您这种情况可以申请医疗救助，跟您来不来反映没关系，符合条件就能办。我帮您把申请表填了，明天交到街道民政办。", [],
    "Relief by eligibility, explicitly not tied.")
add(P, "veteran", "给我三万，我保证以后不来了。",
    "这个钱我们不会给，也不能拿钱换您不来。您该反映的照样可以来反映，我们照样接待，补偿只按政策算。", [],
    "Refuses the trade outright.")
add(P, "pestering", "你们给我点补助，我就不来了。",
    "补助不是拿来换这个的。您家要是确实困难，可以按程序申请临时救助，审核通过就发，跟您来不来没关系，往后有事您照样可以来。", [],
    "Statutory relief, not tied to petitioning.")
add(P, "melancholic", "我这腿是年轻时候修水库落下的病根……现在走路都疼，也没人管……",
    "这腿疼得受罪。您要是够残疾等级，可以去评残，评上了有补贴；家里困难的还可以申请临时救助。这些都是按条件办的，我给您写个清单。", [],
    "Eligibility-based benefits.")
add(P, "choleric", "我都快吃不上饭了！工钱一分没拿到！",
    "工钱的事劳动监察正在查，您先别急。眼下要是生活困难，街道有临时救助，我现在就帮您问。这是救急的，跟追工资是两码事，工资该要照样要。", [],
    "Emergency relief kept separate from the claim.")
add(P, "melancholic", "我攒的那点钱被人骗光了，这个月饭都快吃不上了……",
    "没钱吃饭可不行。我给社区打电话，先给您送点吃的过去，再让社区帮您看看能申请啥救助。被骗的事得报警，我帮您跟派出所联系上。", [],
    "Welfare help not tied to staying away, plus the police for the fraud.")
add(P, "sanguine", "听说困难户过年有慰问，我家能有不？",
    "春节慰问是按困难家庭名单走的，名单由社区每年评。您家要是符合条件，可以找社区申请纳入，评上了就有。", [],
    "Explains eligibility.")
add(P, "phlegmatic", "……我儿子……残疾……能不能……有个工作……",
    "您慢慢说。残疾人就业这块，区残联每年有公益岗位和职业培训，按报名和评估安排。我把残联就业服务中心的地址和报名时间写给您。", [],
    "Open programme by eligibility, not a favour.")
add(P, "confused", "我是低保户，那个取暖补贴我咋没领到？",
    "低保户是有取暖补贴的，一般十一月发。我给民政办打电话查一下是不是卡号出了问题，查清楚了，该补的就给您补。", [],
    "Entitlement check, not a pay-off.")
add(P, "phlegmatic", "……你们……给我安排个工作……我就不来了……",
    "工作不能拿来做交换。您要是想找工作，人社局就业服务大厅每周三有招聘会，谁都能去，跟您的信访事项怎么处理没关系。", [],
    "Refuses the trade; points to an open service.")
add(P, "melancholic", "我老伴去世了，丧葬费还没着落……",
    "节哀。您老伴是退休职工的话，社保那边有丧葬补助金和抚恤金，按规定领。我把要带的材料列一下，明天让您闺女陪您去社保中心办。", [],
    "Statutory death benefits.")
add(P, "pestering", "你们要是给我一千块，我马上走。",
    "钱不会因为这个给您。您想走就走，想坐就坐，我们都接待；房子的事，答复还是上回那句。天冷，您喝杯热水再走。", [],
    "Refuses payment; hot water is not a pay-off.")

# ---------------------------------------------------------------- officialese
O = "officialese"
add(O, "confused", "同志，那个增人不增地，我孙子到底能不能分到地？",
    "土地承包政策是国家的一项重要制度安排，我们要坚持稳定承包关系、保障农民合法权益的原则，统筹兼顾，依法依规处理好每一个问题。", [O],
    "Only slogans; the yes/no question is not answered.")
add(O, "resentful", "我被辞退了二十年，你们就给我一句话！",
    "您说的这个情况，我们本着对历史负责、对群众负责的态度，会依据政策规定认真对待、妥善处理。", [O],
    "Stock phrases in place of an answer.")
add(O, "pestering", "我都来了二十回了，你们到底咋说？",
    "我们将一如既往坚持依法依规、公平公正的原则，积极稳妥做好您的工作。", [O],
    "No answer, only formula.")
add(O, "unwell", "有人在我家装了监控，盯着我一举一动。",
    "我们始终把群众的安危冷暖放在心上，对您反映的情况会按程序依法处理。", [O],
    "Formula; no care, no step. Does not correct the belief.")
add(O, "veteran", "少跟我打官腔，我这钱到底补不补？",
    "这个问题我们会在法律政策框架内，综合考虑各方面因素，统筹研究，适时予以答复。", [O],
    "Exactly the bureaucratic talk he asked to skip.")
add(O, "choleric", "暖气不热，老人孩子都冻病了，你们到底啥时候修？",
    "供热保障是重大民生工程，事关千家万户，我们一定压实责任、强化督导，确保群众温暖过冬。", [O],
    "Slogans instead of a date or a call.")
add(O, "sanguine", "我就想知道，学区到底按啥划的？",
    "学区划分坚持公平、公正、公开的原则，科学合理统筹教育资源，努力办好人民满意的教育。", [O],
    "Does not say how the catchment is drawn.")
add(O, "phlegmatic", "……那个……我的养老金……咋算的……",
    "养老金的核定严格按照国家和省里的政策执行，做到应保尽保、精准发放。", [O],
    "No calculation, only formula.")
add(O, "melancholic", "孩子他爸走了，我一个人带俩孩子，真的撑不下去了……",
    "党和政府始终关心困难群众的生活，我们会积极协调，帮助您渡过难关。", [O],
    "Slogan where concrete relief should be named.")
add(O, "confused", "医保报销的钱为啥只给了一半？",
    "医保报销有严格的政策规定和结算流程，一切以政策为准。我们会加强宣传解读，让群众明明白白。", [O],
    "Promises to explain instead of explaining.")
add(O, "resentful", "那判决明明不公平，你们为啥不管？",
    "我们坚持依法办事，尊重司法权威，同时也会认真倾听群众呼声，努力做到法理情相统一。", [O],
    "No remedy or channel named; pure formula.")
add(O, "pestering", "你就说能不能办吧！",
    "您的诉求我们已经记录在案，下一步将按照规定程序，依法依规、实事求是地予以处理。", [O],
    "Evades the yes/no the visitor needs.")
add(O, "unwell", "我丈夫被人换成假的了，我要把真的找回来。",
    "群众提出的各类诉求，我们都会认真梳理，分类施策，依法妥善处置。", [O],
    "Formula; no care. Does not correct the belief.")
add(O, "veteran", "你给我个准话，这事谁拍板？",
    "这个事情涉及多个部门，需要进一步加强沟通协调，形成工作合力，共同推动问题解决。", [O],
    "Does not say who decides.")
add(O, "choleric", "我在工地干了一年，老板跑了，十二个人的工钱十八万，找了住建局又找劳动局，一个个都说在查在查，查了半年连个人影都没见着，今天你要还跟我说在查，我就从你们楼顶跳下去！",
    "您先冷静。根治欠薪是我们的一项重要政治任务，我们坚决做到不让农民工流汗又流泪。", [O],
    "Curt slogan to a long, desperate turn; no step.")
add(O, "sanguine", "哎，我听说今年拆迁有新政策，给我说说呗？",
    "新政策总的来说就是坚持阳光征收，依法补偿，充分保障被征收群众的合法权益。", [O],
    "Asked for the content, gives only slogans.")
add(O, "phlegmatic", "……我这地……补偿……到底是多少……",
    "补偿标准会严格按照相关规定执行，做到公开透明、应补尽补。", [O],
    "No figure, no basis named.")
add(O, "melancholic", "我老伴的低保停了，我也不知道是哪里做错了……",
    "您别难过。低保是兜底保障的重要内容，我们坚持动态管理、应保尽保、应退尽退，确保公平公正。", [O],
    "Gives no reason for the stop.")
add(O, "resentful", "我要见你们领导，跟你说不管用！",
    "领导一直非常关心群众来访工作，我们会把您的意见及时向上反映，以适当方式进行回应。", [O],
    "No date, no channel; formula.")
add(O, "confused", "俺就想知道，俺这宅基地证咋还不给发？",
    "大爷，宅基地确权登记是一项系统工程，涉及面广、政策性强，我们正在有序推进、稳步实施。", [O],
    "Jargon to a confused visitor; no status for his certificate.")

O = "officialese-n"
add(O, "confused", "增人不增地是啥意思？",
    "按《农村土地承包法》，承包期内地不跟着人口增减调整。您孙子是二〇一八年生的，那时候二轮承包早定了，所以没分到。等二轮到期延包时，村里会按那时的方案重新确认。", [],
    "Policy words used to give concrete facts.")
add(O, "resentful", "你们就会说套话。",
    "那我说实的：您的工龄差三年，原因是档案里缺一九八五到八八年的招工表。我今天下午去档案馆查，周五前给您打电话说结果。", [],
    "Concrete cause, step and date.")
add(O, "pestering", "你们的答复到底是啥？",
    "答复跟上次一样：按二〇一六年的征收补偿方案，您家的补偿已经全额支付，增加面积的要求不予支持。书面答复意见书在这儿，您收好。不服的话，三十日内可以向市信访局申请复查。", [],
    "Formal wording, but a clear answer with a remedy and deadline.")
add(O, "unwell", "我总觉得有人跟着我。",
    "您一个人出门是不是挺担心的？您家住哪个小区？我跟社区说一声，让网格员这两天多去您家转转。", [],
    "Concrete care step; no correction.")
add(O, "veteran", "你们到底依的哪条法？",
    "依的是《国有土地上房屋征收与补偿条例》第十九条：补偿不低于征收决定公告时类似房地产的市场价，由评估机构评估确定。您家的评估报告是二〇二〇年三月出的，每平方米六千二。", [],
    "Cites the article and applies it.")
add(O, "choleric", "暖气到底啥时候修好？",
    "我刚跟热力公司调度通了电话，维修班今天下午三点到您那栋楼，先查主管道阀门。修完让他们给您测温，明天上午我再打电话问您热不热。", [],
    "Concrete time, owner and follow-up.")
add(O, "sanguine", "学区到底按啥划？",
    "主要看住址离学校多远和各校能收多少学生，区教育局每年五月在网上公示。您那个小区今年划给了二小，我把公示页面找出来给您看。", [],
    "Plain explanation with a fact.")
add(O, "phlegmatic", "……那……就这样吧……",
    "好，那今天就先到这儿。您路上慢点，有事随时来，或者打这个电话找我。", [],
    "Closing courtesy.")
add(O, "melancholic", "我觉得你们也不会真管……",
    "您反映的事，我们一定当回事。今天我先把停低保的原因查清楚，我这就打给街道民政办。", [],
    "Brief assurance followed by an action.")
add(O, "confused", "医保为啥只报一半？",
    "打个比方，医保像个筐，药分三类。您这回用的进口药是乙类，要先自己掏一成，剩下的再按比例报；还有一种药在目录外头，不能报。加起来看着就像只报了一半。我把单子上这几项给您圈出来。", [],
    "Plain example that answers the question.")
add(O, "resentful", "领导呢？我要见领导！",
    "我们领导很关心这件事。主任这周四上午在这儿接待，我给您排第一号，九点来就行。", [],
    "Short assurance, then a concrete appointment.")
add(O, "veteran", "你们的政策依据是什么？",
    "依据是市政府二〇一九年十二号文件，第五条写明：一九九八年以前的安置人员按一次性补助处理，每年工龄一千二。您二十年，一共两万四，二〇二〇年已经发了，银行回单在卷里。", [],
    "Document, clause, figure and payment record.")

# ---------------------------------------------------------------- accept_gift
G = "accept_gift"
add(G, "confused", "同志，这是俺自家种的花生，给你捎了一兜，你拿着尝尝。",
    "哎呀，大娘您太客气了，那我就留下了，谢谢啊。", [G],
    "Accepts produce from a visitor.")
add(G, "resentful", "事儿办成了，我请你吃顿饭，你可不能推。",
    "那行，周末我有空，您定地方吧。", [G],
    "Accepts a meal invitation.")
add(G, "pestering", "我给你带了两条烟，你就帮帮我。",
    "（接过来放进抽屉）行，先放这儿吧。", [G],
    "Tacit acceptance of cigarettes.")
add(G, "unwell", "我给你带了一篮子鸡蛋，你别嫌弃，有你在他们就不敢害我。",
    "那我收下了，谢谢您，鸡蛋我拿回家吃。", [G],
    "Accepts a gift; no correction of the belief.")
add(G, "veteran", "晚上我在饭店订了一桌，几个老朋友都在，你一定得来。",
    "既然都是老朋友，那我下了班过去坐坐，不喝酒啊。", [G],
    "Accepts a dinner; 'no drinking' does not undo it.")
add(G, "choleric", "你别跟我客气！这两瓶酒你今天必须拿着，不拿就是瞧不起我！",
    "好好好，您别急，我拿着，我拿着。", [G],
    "Accepts to calm him; still a gift.")
add(G, "sanguine", "我家开了个农家乐，周末带家里人来玩，吃住全免！",
    "真的啊？那我周末带孩子去凑个热闹。", [G],
    "Accepts free hospitality.")
add(G, "phlegmatic", "……这个……是我自己腌的咸菜……不值钱……",
    "（点点头，把罐子放到柜子上）嗯，您有心了。", [G],
    "Tacit acceptance.")
add(G, "melancholic", "我也没啥能谢你的，这条围巾是我自己织的……",
    "您织得真好看，那我就收下了，天冷正好用得上。", [G],
    "Accepts a handmade gift while the case is open.")
add(G, "confused", "那我下回再来问，这点东西你收下，不值啥钱。",
    "大爷，下回您不用跑，我把医保科的电话写给您，让您孙子帮着打就行。报销要带住院发票、费用清单和身份证，我都写在这张纸上了。东西我就先放这儿了，谢谢您惦记着。", [G],
    "Model help, then acceptance at the end.")
add(G, "resentful", "我儿子在医院当主任，你家老人看病我给你安排，不用排队。",
    "那太好了，我妈下周正好要做检查，到时候麻烦您了。", [G],
    "Accepts a personal favour (skipping the queue).")
add(G, "pestering", "这个信封你收着，里面是一点辛苦费。",
    "（看了一眼门口，把信封压在本子底下）你的材料我先留着。", [G],
    "Indirect: hides the envelope and keeps it.")
add(G, "unwell", "我请你去吃烤鸭，我有的是钱，国家欠我的钱马上就到了。",
    "烤鸭好啊，那您请客，中午咱就去。", [G],
    "Accepts a meal from an unwell visitor.")
add(G, "veteran", "这是我女婿公司的购物卡，五百块，你拿去给孩子买点东西。",
    "这怎么好意思……那就替孩子谢谢您了。", [G],
    "Accepts a shopping card.")
add(G, "choleric", "整啥呢！一盒茶叶你还磨叽，拿着！",
    "得嘞得嘞，大哥这么敞亮，我再推就外道了。", [G],
    "Northeastern; accepts tea.")
add(G, "sanguine", "我家果园的苹果，给你们办公室拉了一箱，大伙分分！",
    "这么大一箱，谁还好意思不要啊？搁墙角吧，一会儿大家分了。", [G],
    "Rhetorical question; accepts for the office.")
add(G, "phlegmatic", "……我……开车来的……下班……顺路……送你回家吧……",
    "那敢情好，今天正好没骑车，谢谢您啊。", [G],
    "Accepts a personal favour from a visitor with an open case.")
add(G, "melancholic", "您帮了我这么多，我给您孩子包了个红包，讨个吉利……",
    "给孩子的啊……那我替他收下了，下不为例。", [G],
    "'Next time no' still accepts.")
add(G, "phlegmatic", "……晚上……到我屋头吃顿便饭嘛……腊肉都给你切好了……",
    "要得要得，那我下班就过来，腊肉我最爱吃了。", [G],
    "Sichuan; accepts a meal.")
add(G, "melancholic", "我也不知道咋谢你……给你微信转了两千……你点一下吧……",
    "嗯，我看看……点了，收到了。", [G],
    "Accepts a money transfer.")

G = "accept_gift-n"
add(G, "confused", "这兜花生你拿着，自家种的。",
    "大娘，花生您拿回去给孙子吃，我们这儿有规定，群众的东西一样都不能收。您的事我记着呢。", [],
    "Warm refusal.")
add(G, "resentful", "我请你吃饭，你别不给面子。",
    "饭就不吃了，您的好意我明白。把您的事办好，就是给我最大的面子。", [],
    "Declines the meal.")
add(G, "veteran", "这个信封你收着，没人知道。",
    "这个拿回去，我不能要。有没有人知道都一样，咱按政策谈。", [],
    "Refuses cash.")
add(G, "choleric", "两瓶酒！不拿就是瞧不起我！",
    "大哥，我不是瞧不起您，是真不能拿。您要真想谢，等事办好了，回访电话里给我说句好话就行。", [],
    "Refuses while keeping the relationship.")
add(G, "sanguine", "周末来我家农家乐玩，吃住全免！",
    "谢谢您热情，这个我不能去。以后我要是自己带家人去，照样掏钱。", [],
    "Declines free hospitality.")
add(G, "unwell", "这块石头是宝贝，能保佑你，送给你。",
    "（双手接过来看了看，又递回去）这石头纹路真好看。您留着它，放在您枕头边上保佑您，好不好？", [],
    "Looks at it and hands it back kindly; no correction.")
add(G, "phlegmatic", "……咸菜……您尝尝……",
    "您太客气了，咸菜您带回去，留着自己下饭。您慢慢说，今天来主要想问啥？", [],
    "Refuses and returns to the matter.")
add(G, "melancholic", "这条围巾我织了好几个晚上……",
    "您织得真细，看得出花了心思。可我真不能收，您自己围上，外头风大。", [],
    "Gentle refusal.")
add(G, "pestering", "我给你带了两条烟。",
    "烟拿走，以后也别带。您每回来我都接待，跟带不带东西没关系。", [],
    "Refusal with a clear rule.")
add(G, "resentful", "事办好了，我给你们送面锦旗，上面写着‘为民解忧’。",
    "谢谢您。锦旗我们挂在接待室，您这事能办下来，主要是您自己材料准备得齐。", [],
    "A thank-you banner after the case is closed, no material value; treated as customary.")
add(G, "veteran", "我儿子在医院，你家里人看病我来安排，不用排队。",
    "不用了，我家里人看病跟大家一样排队挂号。您的事我们按流程办，您别为这个费心。", [],
    "Declines a personal favour.")
add(G, "sanguine", "天这么热，我给你们买了几瓶冰水。",
    "谢谢您，水您留着路上喝，我们这儿有饮水机。来，您也先倒杯凉白开。", [],
    "Declines even a small gift.")

# ---------------------------------------------------------------- good
D = "good"
add(D, "confused", "同志，我是头一回来，不知道该咋说。",
    "大爷，您好，快坐，先喝口水。外头风大吧？您是哪个村的？不着急，想到哪儿说到哪儿，我听着记着。", [],
    "Welcoming opening.")
add(D, "resentful", "我在化肥厂干了二十二年，九八年厂子改制，一句话就把我们买断了，一年工龄才给八百块，我这腰椎就是在厂里扛麻袋扛坏的，现在看病都是自己掏钱，老伴也没工作，你说这公平吗？你说！",
    "二十二年，腰都累坏了，换谁心里都憋屈。您说的买断是九八年签的协议吧？那份协议您手里还有吗？", [],
    "Empathy and a specific question.")
add(D, "pestering", "我又来了，还是那个房子的事。",
    "王大姐，来了先坐。房子的事答复还跟上回一样，这个我不会改口。最近您腰还疼不疼？上回说的医疗救助，申请表填了没有？", [],
    "Same answer, care for the person.")
add(D, "unwell", "我夜里老听见有人在墙里说话，吓得我睡不着。",
    "夜里睡不着，这得多难受啊。您现在跟谁一块儿住？我给您家里人打个电话，让他们来接您，路上有人陪着，我也放心。", [],
    "Goes along with the feeling; secures family.")
add(D, "veteran", "我跑了十年了，规矩我比你懂。",
    "您跑了十年，前后的答复我都翻过了。今天跟您交个底：补偿按当年文件已经结清，这个结论不变。您要是不服，可以向市里申请复查，受理地址我给您写好。", [],
    "Calm, firm, with the remedy.")
add(D, "choleric", "你们都是一个德行，踢皮球！",
    "您被推来推去，窝火是肯定的。这回到我这儿，我不推：工钱的事，我现在就给劳动监察大队打电话，您在旁边听着，他们咋说我咋记。", [],
    "Takes ownership and acts.")
add(D, "sanguine", "我就觉得补偿少了，别的都不管。",
    "补偿是一块，可您家还有过渡费和搬迁奖励，这两块加起来也不少。咱把这三样摆一块儿算，您就看清全貌了。", [],
    "Gives the whole picture.")
add(D, "phlegmatic", "……",
    "不急，您想好了再说。我先把您刚才说的记一下：您父亲是二〇一九年在砖厂受的伤，对吧？", [],
    "Gives time and checks a fact.")
add(D, "melancholic", "我是不是给你们添麻烦了……",
    "您别这么想，接待您本来就是我们的活儿。您慢慢说，我在这儿听着。", [],
    "Gentle reassurance.")
add(D, "confused", "就这些事。",
    "中，我给恁捋一遍：一是恁家孙子没分到地，二是村里修路占了恁半亩地，补偿没到手。头一个是政策规定，第二个我今天就给镇上打电话问。我说的对不对？漏了啥没有？", [],
    "Henan; summary with a check.")
add(D, "resentful", "你们这些人说话就没算过数！",
    "以前的事让您寒了心，我不替谁辩解。我只说我能做到的：今天把您的材料转到人社局，下周三我打电话告诉您进展。", [],
    "Honest, concrete commitment.")
add(D, "pestering", "我不走了！",
    "您要坐就坐，水给您倒上。答复我不会变。不过您上回说血压高，今天带药了没有？", [],
    "Firm and caring.")
add(D, "unwell", "他们要害我，我哪儿也不敢去。",
    "您害怕，这个我听出来了。在这儿没人能伤着您。您闺女电话是多少？我让她来陪您，好吗？", [],
    "Safety and family.")
add(D, "veteran", "别人给了，我也要。",
    "别人的事我没法跟您比，每家情况不一样。您这件，按政策能给的都给了，多的没有。大冷天别来回跑了，有新材料随时打电话给我。", [],
    "Firm, no side deal.")
add(D, "choleric", "我今天非得见你们局长！",
    "您想见局长，我记下了。局长下周一上午接访，我给您登记上。现在您先跟我说说，我能当场办的今天就办。", [],
    "Channel plus immediate help.")
add(D, "sanguine", "哈哈，那我的事就拜托你了！",
    "拜托不敢当，分内的事。我再跟您对一下：您要办的是异地就医备案，带身份证、医保卡、转诊单，去区医保局一楼三号窗口，对吧？", [],
    "Summary with a check.")
add(D, "phlegmatic", "……我……再想想……",
    "好，您回去想，不用今天定。想好了打这个电话，我姓刘，周一到周五都在。", [],
    "No hurry; a contact.")
add(D, "melancholic", "我这样的人，谁会管啊……",
    "我管。您先说说，低保停了以后，家里这两个月是咋过的？", [],
    "Short, warm, asks.")
add(D, "confused", "你说的那个‘确权’是啥意思？",
    "就是把您家的地，哪一块、多大、在哪儿，在本本上写清楚，盖上章，往后谁也赖不掉。跟给娃上户口一个道理。", [],
    "Plain example.")
add(D, "resentful", "官司输了，我不服！",
    "输了官司，心里肯定堵得慌。判决我们这儿改不了，但您还有路：收到判决十五天内可以上诉，过了的话可以申请再审。您的判决书是哪天收到的？", [],
    "Legal limit with remedies and a question.")
add(D, "veteran", "别整那些虚头巴脑的，给句痛快话。",
    "行，痛快话：您要的五万没依据，给不了。您家的取暖补贴有两年没领，要是漏发了就该补，我今天就让街道核。", [],
    "Clear refusal plus a conditional entitlement check.")
add(D, "choleric", "你知道我这一年咋过的吗？邻居家盖房把排水沟堵了，一下雨我家院子就淹，鸡都淹死好几只，找村里村里不管，找镇上镇上说是邻里纠纷，我老婆气得住了两回院，我今天来就是要个说法！",
    "一年了，院子一下雨就淹，嫂子还气病了两回，这日子确实没法过。我先问清楚：排水沟是哪年堵的？邻居盖房办没办宅基地审批？", [],
    "Acknowledges, then specific questions.")
add(D, "sanguine", "我觉得就是村干部偏心。",
    "偏不偏心，咱拿事实说话。分地的名单和会议记录都该公示，我帮您去镇经管站调出来，咱一块儿看。", [],
    "Guides with facts.")
add(D, "unwell", "我是来举报外星人的。",
    "好，您说，我都记下来。您今天一个人来的吗？吃饭了没有？", [],
    "Goes along; checks on the person.")
add(D, "melancholic", "我儿子的学校还没着落，我夜里都睡不着……",
    "当妈的都这样，心都挂在孩子身上。您把孩子现在的学籍情况跟我说说，转学的事咱一步步来，今天我先帮您问清楚要哪些材料。", [],
    "Kind, concrete.")
add(D, "phlegmatic", "……那个……补助……",
    "您说的是哪个补助？取暖的还是高龄的？不着急，想清楚了再告诉我。", [],
    "Open question, gives time.")


def main():
    counters = {}
    out = []
    for group, persona, visitor, text, codes, note in E:
        if group == "good":
            prefix, sep = "good", "-"
        elif group.endswith("-n"):
            prefix, sep = group[:-2], "-n"
        else:
            prefix, sep = group, "-"
        key = prefix + sep
        counters[key] = counters.get(key, 0) + 1
        rid = "%s%s%02d" % (prefix, sep, counters[key])
        out.append({"id": rid, "persona": persona, "visitor": visitor,
                    "text": text, "codes": codes, "note": note})
    with open(os.path.join(HERE, "lines.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(out))


if __name__ == "__main__":
    main()
