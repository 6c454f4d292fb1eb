#!/usr/bin/env python3
"""Hand-written training lines (officer turns from inside receptions).

Every line below was written and labelled by hand.  Run `python3 gen.py`
to write lines.jsonl.  `group` is the id prefix: "<code>" for a positive,
"<code>-n" for a hard negative, "good" for an ordinary good line.
SECTION only records which contrast pair a line belongs to (for the README
counts); it is not written to lines.jsonl.
"""
import json
import os
from collections import OrderedDict

ROWS = []
_COUNTERS = {}
SECTION = ""
SECTIONS = {}


def section(name):
    global SECTION
    SECTION = name


def add(group, persona, visitor, text, codes, note):
    n = _COUNTERS.get(group, 0) + 1
    _COUNTERS[group] = n
    if group == "good":
        rid = "good-%02d" % n
    elif group.endswith("-n"):
        rid = "%s-n%02d" % (group[:-2], n)
    else:
        rid = "%s-%02d" % (group, n)
    row = OrderedDict()
    row["id"] = rid
    row["persona"] = persona
    row["visitor"] = visitor
    row["text"] = text
    row["codes"] = list(codes)
    row["note"] = note
    ROWS.append(row)
    SECTIONS[rid] = SECTION


# ---------------------------------------------------------------------------
# 1. Confront with an unwell visitor (positives)
# ---------------------------------------------------------------------------
section("1 unwell: confront vs practical care")
C = ["confront"]
add("confront", "unwell", "他们在我屋头墙壁里头埋了监听器，我讲啥子他们都晓得。",
    "嬢嬢，墙里头哪里埋得进东西嘛，那是老房子的电线。",
    C, "Plain correction of the delusion (says it is only wiring).")
add("confront", "unwell", "我儿子没死，是被他们藏起来了，我昨晚上还听到他喊我。",
    "大姐，您先喝口水。您儿子的事我们都晓得，唉，人走了三年了，您听到的那个声音是太想他了。",
    C, "Warm opening, then tells her the son is dead and the voice is grief: a correction of the belief.")
add("confront", "unwell", "我脑壳里头被装了芯片，是镇医院那回打针装进去的。",
    "打针打不进芯片的，针头那么细，您想嘛，咋个装得进去？",
    C, "Corrects the belief by reasoning and a rhetorical question.")
add("confront", "unwell", "隔壁天天往我井里头放药，我喝了水就脑壳昏。",
    "上个月防疫站来取过您屋头的水，化验单在这儿，水是合格的，莫得药。",
    C, "Points at a lab report to prove the belief wrong; with an unwell visitor that is confront.")
add("confront", "unwell", "电视里头播音员天天在说我的事，点我的名。",
    "真的点了您的名字吗？会不会是您听岔了，电视上说的是别个？",
    C, "Doubting question that invites her to drop the belief.")
add("confront", "unwell", "我是乾隆皇帝的第九代孙，这片山都是我家的。",
    "老人家，您今天跑这么远来，辛苦了，我们一起把这件事理一理。不过这山是集体的林地，登记册上写得清清楚楚，跟哪个皇帝都扯不上。",
    C, "Kind start, then a flat correction of the royal-descent belief at the end.")
add("confront", "unwell", "村主任派了人晚上在我窗子外面照手电，要害我。",
    "我问过村里了，那几天晚上是巡逻队在走，不是冲您来的。",
    C, "Uses facts to tell him nobody is after him: correction of the persecution belief.")
add("confront", "unwell", "国家欠我八百万，毛主席亲口答应过的。",
    "这个钱嘛，账上是查不到的，没得这笔钱。您还是把心放宽些。",
    C, "States the debt does not exist; soft ending does not undo the correction.")
add("confront", "unwell", "我老婆被人换了，现在屋头那个是假的。",
    "大哥，我听您讲了半天，晓得您心头慌。可屋头那个就是您老婆嘛，她今天还打电话来问您吃饭没有。",
    C, "Acknowledges fear, then contradicts the impostor belief with a fact.")
add("confront", "unwell", "他们用电磁波打我，我浑身都痛。",
    "您痛是真的，我们请医生看看。但是电磁波那个说法不成立，世上没有专门打一个人的机器。",
    C, "Good care for the pain, then an explicit correction of the belief.")
add("confront", "unwell", "你们这个办公室也被他们收买了，我晓得的。",
    "哪个收买得了我们嘛，我们是拿工资的，你莫乱想。",
    C, "Disputes the belief and calls it idle imagining.")
add("confront", "unwell", "我存在银行的十万块钱，是被他们用卫星转走了。",
    "卫星转不了钱的大爷，银行流水上写的是您自己去年在柜台取的，签的字都在。",
    C, "Corrects the belief with the bank record.")
add("confront", "unwell", "我每天晚上听到地底下有人挖洞，要从我床底下钻上来。",
    "您家底下是石头，挖不动的。那个声音应该是楼下的抽水机。",
    C, "Offers the 'real' explanation in place of the belief: correction.")
add("confront", "unwell", "那个厂的烟囱是专门对着我家冒烟的，要把我熏死。",
    "烟囱又不会转方向，风往哪边吹烟就往哪边走，全村都闻得到，不是单冲着您一家。",
    C, "Argues the targeting belief away by reasoning.")
add("confront", "unwell", "我是中央派下来的特派员，你们都要听我的。",
    "特派员是要有文件的，您手头没有文件，那就不是特派员嘛。",
    C, "Logical refutation of the grandiose belief.")
add("confront", "unwell", "我屋头的鸡是被外国间谍毒死的。",
    "兽医站说是鸡瘟，那一片好几家的鸡都死了，跟间谍没得关系。",
    C, "Points at the vet's finding to deny the belief.")
add("confront", "unwell", "医院说我有病，是他们串通好了害我。",
    "医生没害您，他们开药是为了您好，您那个病按时吃药是会好转的。",
    C, "Tells him he is ill and the doctors are not plotting: corrects the belief, however kindly.")
add("confront", "unwell", "我感觉有人跟踪我，一路跟到你们这儿来了。",
    "我刚才到门口看了，外头就是排队办事的人，没人跟您。",
    C, "Checks and reports that nobody followed her: a factual correction.")
add("confront", "unwell", "我那个地契是皇上赐的，金子做的印。",
    "您这张纸是九几年的收据，上头盖的是供销社的章，不是啥子地契。",
    C, "Tells him the treasured paper is a receipt.")
add("confront", "unwell", "隔壁王家的狗是派来监视我的。",
    "狗哪懂得监视嘛，它就是看家的，见人就叫。",
    C, "Short, plain dismissal of the belief.")
add("confront", "unwell", "昨天半夜有人进屋把我的东西全部挪了位置。",
    "门锁是好的，窗子也关起的，那人咋个进来的呢？您是不是睡前自己挪过又忘记了？",
    C, "Doubting questions that steer her to admit nobody came in.")
add("confront", "unwell", "我女儿给我打电话，声音不对，是别人假冒的。",
    "电话里头声音本来就会变一点嘛，就是您女儿，号码都对得上。",
    C, "Corrects the impostor belief with the phone number.")
add("confront", "unwell", "我的退休金被他们用法术吸走了。",
    "老人家，您卡上的钱我帮您查了，每个月十五号到账，一分没少，没人吸得走。",
    C, "Practical check is fine, but the last clause tells him the belief is false.")
add("confront", "unwell", "我是被冤枉关进精神病院的，我根本没病。",
    "您住院那阵确实是病了，家里人也是担心您才送去的。",
    C, "Insists she was ill: correction of her belief about herself.")
add("confront", "unwell", "他们在我饭里下了药，我吃了就想睡觉。",
    "大娘，您一个人跑来，路上累不累？这杯热水您先捧着。您说吃了饭就想睡，这个我记下了，等下请社区的张医生去您屋头看一下。至于下药，您那个是降压药的反应，不是哪个下的药。",
    C, "Model care throughout, with the correction hidden in the last sentence.")
add("confront", "unwell", "我家房子底下埋着金子，政府想抢。",
    "政府抢您金子做啥子？您那个宅基地下面就是黄泥巴，修房子的时候都挖过了。",
    C, "Rhetorical question plus a fact to deny the belief.")
add("confront", "unwell", "我每天都听到死了的老伴跟我说话，她说她在县政府被关着。",
    "大爷，您想她想得紧，这个我懂。可是人走了就是走了，县政府哪会关她嘛。",
    C, "Empathy first, then a direct correction.")
add("confront", "unwell", "我的身份被人偷了，现在外面有另一个我在冒充。",
    "身份证号是唯一的，不可能有两个您。",
    C, "Short logical refutation.")
add("confront", "unwell", "你们门口那个摄像头是拍我的。",
    "那个摄像头装了好几年了，进出的人都拍，您想多了哈。",
    C, "Explains it away and says she is overthinking.")
add("confront", "unwell", "我手机被他们控制了，自己会打电话出去。",
    "（看了看手机）这是您自己按到快捷拨号了，不是被控制了。",
    C, "Tells him the control belief is wrong, with a technical reason.")
add("confront", "unwell", "镇长是我失散多年的亲弟弟，你们帮我找他。",
    "阿姨，我很理解您想找亲人的心情。不过我们核对过了，镇长家是外省的，跟您家没有亲戚关系，可能是您记混了。",
    C, "Polite wording but still a correction of the belief.")
add("confront", "unwell", "我在梦里头拿到了中央的批文，批我三套房子。",
    "梦里头看到的东西当不得真的，我们这里也查不到这个批文。",
    C, "Tells him the dream is not real and the document does not exist.")
add("confront", "unwell", "自来水里头有人加了东西，颜色都发黄了。",
    "发黄是水管生锈了，整栋楼都一样，不是有人加了东西。",
    C, "Useful fact, but used to deny the belief.")
add("confront", "unwell", "我亲眼看到村支书半夜在我田里埋炸药。",
    "半夜黑黢黢的，您咋个看得清是村支书呢？",
    C, "Doubting question that challenges what he saw.")
add("confront", "unwell", "我这个病是他们用仪器传给我的。",
    "病是传不过来的，我们还是去医院把病看好。",
    C, "Corrects the belief before the (good) advice.")
add("confront", "unwell", "我上访三十年，北京早就批了，是你们把文件藏起来了。",
    "我们这里没有藏任何文件，档案室我都翻过了，北京没有下过这样的文件。",
    C, "Denies the hidden-document belief with a search result.")
add("confront", "unwell", "楼上的人在用鼓风机往我家吹毒气。",
    "楼上住的是个八十岁的老太婆，她哪里有鼓风机哦。",
    C, "Mild, homely, but it refutes the belief.")
add("confront", "unwell", "我吃的药是他们换成毒药的。",
    "这个药是正规药房开的，盒子上有批号，不是毒药，您要坚持吃。",
    C, "Tells her the poison belief is wrong.")
add("confront", "unwell", "我看到天上有飞碟跟着我，是你们政府放的。",
    "那是无人机在打药，农技站这几天在弄。",
    C, "Replaces the belief with the real explanation: correction.")
add("confront", "unwell", "有人在我脑子里说话。",
    "没人在说，是您累了。",
    C, "Four-word correction of the voices.")
add("confront", "unwell", "我才是这个县真正的县长，他们篡位了。",
    "县长是选出来的，名单都公示了的，您不在上面。",
    C, "Refutes the grandiose belief with the public list.")
add("confront", "unwell", "邮递员把我的信都拆了给公安看。",
    "邮递员一天送几百封信，哪有时间拆您的嘛。",
    C, "Argues the belief away with a rhetorical point.")
add("confront", "unwell", "我去年死过一次，是你们救活的，所以你们要养我。",
    "人死了是救不活的，您去年是住院了，不是死了。",
    C, "Plain correction.")
add("confront", "unwell", "我屋头的菜被人下了咒，种啥子死啥子。",
    "大叔，您种了一辈子地，菜死了心疼，这个我明白。不过今年干旱，好多家的菜都没长好，不是下咒的事。",
    C, "Warm acknowledgement, then 'it is not a curse'.")
add("confront", "unwell", "他们每天派不同的人穿不同的衣服跟着我，换着来。",
    "街上的人本来就多，天天都是不同的人，不是专门派来跟您的。",
    C, "Explains the pattern away: correction of the persecution belief.")
add("confront", "unwell", "我是玉皇大帝转世，你们都得给我磕头。",
    "（摇头）又来了，你是玉皇大帝我就是孙悟空，莫在这里闹了。",
    ["confront", "rude"], "Mocking retort that also denies the belief: rude and confront.")

# ---------------------------------------------------------------------------
# 1. Unwell visitor: practical care that leaves the belief alone (hard negatives)
# ---------------------------------------------------------------------------
N = []
add("confront-n", "unwell", "他们在我墙里埋了监听器，我在屋头话都不敢说。",
    "嬢嬢，您这几天睡得着不？心里怕是肯定的。我请社区的刘姐今天下午去您屋头陪您坐一坐，您看要得不？",
    N, "Acknowledges fear and arranges company; says nothing about whether the device exists.")
add("confront-n", "unwell", "我的户口本被隔壁偷了，他们要冒充我去领钱。",
    "户口本不见了莫慌，派出所可以补办，补了以后旧的就作废了，哪个拿着也用不成。我把户籍窗口的地址写给您。",
    N, "Practical reassurance about a real document; the theft belief is neither endorsed nor denied.")
add("confront-n", "unwell", "电费单子上多了好多钱，是他们偷我的电去搞监视。",
    "电费多了这个事我们来帮您看。您把单子给我，我跟供电所打个电话，让他们核一下这几个月的读数，星期四前给您回话。",
    N, "Takes up the real bill with a date; leaves the surveillance idea alone.")
add("confront-n", "unwell", "我儿子是被他们藏起来了，你们帮我把他找回来。",
    "大姐，您想儿子想得心头痛，我看得出来。您今天是一个人来的吗？屋头还有哪个在照顾您？",
    N, "Acknowledges the grief and asks a caring question; no correction, no promise.")
add("confront-n", "unwell", "我脑壳里头装了芯片，一天到晚嗡嗡响。",
    "脑壳一直响，难受得很吧？晚上睡得着不？我们请卫生院的医生去您屋头看一下，先帮您把头痛缓一缓，您看要得不？",
    N, "Cares for the symptom without saying there is no chip.")
add("confront-n", "unwell", "你们马上派人去把隔壁那家抓起来，他们在害我。",
    "抓人这个事我们这里做不到，我们没得这个权。您说的情况我一五一十记下来了，我给片区民警打个电话，请他今天去您那一片走一趟。",
    N, "Firm limit on the demand; the belief itself is left untouched.")
add("confront-n", "unwell", "我每天晚上听到有人在地底下挖洞。",
    "听到那个声音，一个人在屋头肯定吓人。您屋头还有哪个？要不要我们跟您女儿说一声，让她这几天回来陪您住？",
    N, "Acknowledges fear and secures family help.")
add("confront-n", "unwell", "国家欠我八百万，今天你们必须给个说法。",
    "您讲的这个事，我一笔一笔都记在本子上了。钱的事我这里给不了答复，我也不哄您。今天先说说您眼下的生活，米和油还有没有？",
    N, "Honest limit about the money without disputing the claim; turns to real needs.")
add("confront-n", "unwell", "电视里的播音员天天点我的名。",
    "那听起来好让人心烦。您这几天还看电视不？要是看了心里不安逸，我们先把电视关了，出去走走，跟邻居摆摆龙门阵。",
    N, "Acknowledges distress, practical suggestion; no verdict on the belief.")
add("confront-n", "unwell", "我是乾隆的后人，这山是我家的。",
    "老人家，您家的来历您记得这么清楚，不容易。山林的事我帮您写成一张单子，请村里的王书记抽个空陪您坐下来细说，您看要得不？",
    N, "Goes along with his telling, secures community help, promises nothing.")
add("confront-n", "unwell", "我的退休金被他们用法术吸走了。",
    "退休金的事我帮您查一下。卡带起来没有？我们一起到隔壁银行看看这几个月的到账，要得不？",
    N, "Practical check of a real matter; does not say the belief is false (contrast with confront-23).")
add("confront-n", "unwell", "有人跟踪我，一路跟到你们这儿来了。",
    "您在我们这里是安全的，门口有值班的同志，您就坐这里歇一下，走的时候我送您上车。",
    N, "Reassures about safety without claiming nobody followed her (contrast with confront-18).")
add("confront-n", "unwell", "医院开的那个药是毒药，我不吃。",
    "药吃了不舒服，是要跟医生讲。您还记得是哪个医生开的不？我帮您约他下周二复诊，让他听您说说吃了哪里不安逸。",
    N, "Takes the complaint seriously and arranges a doctor; no correction.")
add("confront-n", "unwell", "我老婆被人换了，屋头那个是假的。",
    "大哥，这种感觉肯定叫人心慌得很。您最近是一个人在外头住吗？我想跟您家里人联系一下，让他们晓得您今天来了，电话号码您记得不？",
    N, "Acknowledges the feeling and contacts family; belief left alone.")
add("confront-n", "unwell", "村主任派人晚上在窗子外面照手电，要害我。",
    "晚上有人在窗子外头晃，换哪个都怕。我跟村里说一声，这几天巡逻的时候多到您那边走两趟，您晚上把门闩好。",
    N, "Practical safety step; does not dispute or confirm who is behind it.")
add("confront-n", "unwell", "我家房子底下有金子，政府要来抢我的房子。",
    "您的房子是您的，宅基地证上写的是您的名字，哪个都拿不走。证还在不在屋头？",
    N, "Reassures on the real matter (ownership); silent on the gold.")
add("confront-n", "unwell", "他们用电磁波打我，我浑身都痛。",
    "浑身痛是遭罪。痛得最凶是哪个时候？我们先请社区医生来给您量个血压，看开点啥子药让您好过一点。",
    N, "Cares for the pain only (contrast with confront-10, which adds a correction).")
add("confront-n", "unwell", "你们这里也被他们收买了吧？",
    "您有这个担心，我不怪您。信不过我们也不要紧，您说的话我当着您的面写下来，写完念给您听，您看对不对。",
    N, "Accepts the distrust and offers transparency instead of denial (contrast with confront-11).")
add("confront-n", "unwell", "我亲眼看到支书半夜在我田里埋炸药。",
    "这个听起来吓人。我现在给派出所值班室打个电话，把您说的原话转给他们，您在这里坐着等我回话。",
    N, "Passes the report on as told; neither doubts nor endorses it.")
add("confront-n", "unwell", "水龙头的水被人加了东西，黄得很。",
    "水发黄确实不能喝。我这就给自来水公司打电话，让他们派人去您那栋楼看看管子，这两天您先喝我们这里送的桶装水。",
    N, "Handles the real water problem without telling her it is rust (contrast with confront-33).")
add("confront-n", "unwell", "那个厂的烟囱专门对着我家冒烟。",
    "烟呛人这个事要管。我把您的名字加到环保站这次的走访名单上，他们下礼拜三去你们村测空气。",
    N, "Acts on the smoke; does not argue about targeting.")
add("confront-n", "unwell", "我是中央派下来的特派员。",
    "好，您的话我都记下了。您今天从哪里过来的？走了多远？饿不饿，我们食堂还有稀饭。",
    N, "Neither endorses nor corrects; turns to welfare.")
add("confront-n", "unwell", "我死去的老伴被关在县政府，你们放她出来。",
    "大爷，您跟老伴感情深，一天都放不下她。您这段时间一个人在家，吃饭哪个管？我想请您侄儿这几天多过来看您。",
    N, "Acknowledges the bond and arranges family care; no correction (contrast with confront-27).")
add("confront-n", "unwell", "你们今天不给我八百万我就不走了。",
    "钱的事今天我给不了您，这个我直接告诉您。您想在这里歇一会儿可以，五点半我们下班，到时候我请社区的车送您回去。",
    N, "Firm limit on the demand, belief left alone, safe return arranged.")
add("confront-n", "unwell", "我手机被控制了，半夜自己打电话出去。",
    "手机老是乱打出去，确实烦人。我帮您把设置弄一下，再加个锁，您看要得不？",
    N, "Practical help with the phone without naming another cause (contrast with confront-30).")
add("confront-n", "unwell", "我是被冤枉关进精神病院的。",
    "那段日子您吃了苦头，我听得出来您心头委屈。现在屋头哪个跟您住？",
    N, "Acknowledges the grievance; does not say she was ill.")
add("confront-n", "unwell", "我的身份被偷了，外面有人冒充我办事。",
    "您担心有人拿您的名字去办事，这个可以防一下：带上户口本去派出所，把身份证挂失补一张新的，旧的就用不成了。",
    N, "Practical document step; no statement that the fear is unfounded.")
add("confront-n", "unwell", "你们门口那个摄像头是专门拍我的。",
    "看到摄像头对着自己，心里是不舒服。您要是坐这里不自在，我们换到里面那间小屋去说，那里清静。",
    N, "Acknowledges discomfort, moves the talk; no correction.")
add("confront-n", "unwell", "邮递员把我的信都拆了。",
    "信的事您不放心，以后要紧的信您可以拿到我们这里，我当面给您登记、封好、寄挂号，有回执的。",
    N, "Practical safeguard; belief neither disputed nor confirmed.")
add("confront-n", "unwell", "我去年死过一次，你们要管我一辈子。",
    "养老的事我们来说说。您今年七十几了？一个人住？村里给您办了高龄补贴没有，我帮您查一下。",
    N, "Steers to real entitlements without correcting.")
add("confront-n", "unwell", "我屋头的菜被人下了咒。",
    "种了一季的菜全死了，换哪个都心疼。农技站的人这几天正好在村里，我请他们到您地里看一下土，看明年咋个种。",
    N, "Practical help with the crop; no 'it is not a curse' (contrast with confront-44).")
add("confront-n", "unwell", "天天有人换着人跟着我。",
    "这样提心吊胆过日子，太累了。您出门的时候有没有人陪？我们跟社区网格员说好，您要去买菜就打他电话，他陪您去。",
    N, "Acknowledges the fear and arranges company.")
add("confront-n", "unwell", "我女儿打电话声音不对，是别人冒充的。",
    "您心头不踏实，那我们想个办法：我用办公室的座机当着您的面拨给您女儿，您跟她说两句，要得不？",
    N, "Offers a practical step and lets her judge; no verbal correction.")
add("confront-n", "unwell", "我要见县长，只有县长晓得我的真实身份。",
    "县长今天不在这里，我不哄您。您想跟县长说的话，我一字不改写下来，按程序交上去，有回复了我打电话告诉您家里。",
    N, "Honest limit plus an action; belief left alone.")
add("confront-n", "unwell", "你们也不信我，都说我是疯子。",
    "我没有说您是疯子，我在认真听您讲。您慢慢讲，讲到哪里我记到哪里。",
    N, "Speaks about the officer's own stance, not about the belief; no judgement.")
add("confront-n", "unwell", "药房的药是他们换成毒药的。",
    "药的事我们不乱来。下回拿药，我请社区的李护士陪您一起去药房，当着您的面拆新的，您看要得不？",
    N, "Goes along with the worry by arranging company; no correction (contrast with confront-38).")
add("confront-n", "unwell", "我不在家的时候有人住进了我的房子。",
    "房子的事要弄清楚，我请村干部今天下午陪您回去看一下门锁，有哪里坏了就帮您换新的。",
    N, "Practical check; no verdict.")
add("confront-n", "unwell", "天上有飞碟一直跟着我。",
    "您抬头看到那个东西在头顶上转，心头发慌是难免的。您今天坐哪路车来的？等会儿我送您到车站。",
    N, "Acknowledges fear without explaining it away (contrast with confront-39).")
add("confront-n", "unwell", "这张地契是皇上赐的，你们给我登记。",
    "这张纸您保存了这么多年，一看就是宝贝。我给您复印一份留在我们这里登记，原件您自己收好，莫弄丢了。",
    N, "Registers the paper as a paper; does not call it a receipt (contrast with confront-19).")
add("confront-n", "unwell", "全村人都串通好了要害我，我都不敢回去了。",
    "大娘，您先歇口气，茶是热的。您说不敢回去，那今天晚上住哪里是头一件大事。您女儿在城里是不是？我现在给她打个电话，让她来接您去她那里住几天。村里的事我都写在本子上了，等您心头安稳些我们再慢慢说。",
    N, "Long, warm turn: safety and family first, belief recorded but not judged.")
add("confront-n", "unwell", "有人在我脑子里说话。",
    "那个声音说些啥子？吵得您睡不着吧。",
    N, "Caring question about the experience; no correction (contrast with confront-40).")
add("confront-n", "unwell", "我儿子还活着，你们把他还给我。",
    "您一说起儿子眼泪就下来了。今天我们不急，您想说他就说他，我在这里听。",
    N, "Acknowledges grief only.")
add("confront-n", "unwell", "你把镇长叫来，他是我亲弟弟，他必须认我。",
    "镇长我叫不来，这个我实话实说。您今天有啥子难处，吃的住的，您跟我讲。",
    N, "Firm limit about what the officer can do; kinship belief left alone.")
add("confront-n", "unwell", "楼上往我家吹毒气，我一进屋就头昏。",
    "屋里头有怪味闻着头昏，这个要当回事。我请社区的人今天去您家把窗子打开透透气，再看看燃气管漏没漏，安全第一。",
    N, "Safety check on a real risk; does not tell her the neighbour is innocent.")
add("confront-n", "unwell", "我晓得你们都在背后笑我。",
    "您觉得被人笑，心里肯定憋屈。在我这里您说啥子我都当正经事听，一个字都不漏。",
    N, "Acknowledges the feeling without denying it.")
add("confront-n", "unwell", "我上访三十年，北京早批了，你们把文件藏了。",
    "三十年，这么长的路您一步一步走过来，不容易。文件的事我拿不出您要的东西，但您今天来了，我把这回说的每一条都登记好，您签个字，留一份给您带回去。",
    N, "Honest limit plus a record; does not argue about the file (contrast with confront-36).")
add("confront-n", "unwell", "医生说我有病，我没病！",
    "看不看医生，我们今天先不说这个。您今天来是想说房子的事，对吧？我们就说房子。",
    N, "Sets the illness question aside instead of arguing it.")

# ---------------------------------------------------------------------------
# 2. Arguing back with other visitors (positives)
# ---------------------------------------------------------------------------
section("2 others: arguing back vs gentle reassurance")
add("confront", "resentful", "你们这些年从来没人管过我们这些下放的！",
    "哪个说没管？零八年那回补助你不是领了的吗？你自己签的字，现在又说没管。",
    C, "Disputes the visitor's account in an arguing tone instead of letting him vent.")
add("confront", "choleric", "你们那个窗口的人故意刁难我，让我跑了五趟！",
    "五趟？系统里记的就两次，你莫夸大。",
    C, "Contradicts the account and accuses him of exaggerating.")
add("confront", "melancholic", "我觉得你们根本就看不起我们这种人。",
    "看不起？我们对哪个都一样，你这是自己多心了。",
    C, "Disputes her feeling and blames her for it.")
add("confront", "veteran", "上回那个主任亲口答应给我解决的。",
    "不可能，主任从来没说过这句话，你不要拿这个来压我们。",
    C, "Flat denial of the visitor's account in an arguing tone.")
add("confront", "resentful", "我那个工龄少算了八年，明摆着是欺负老实人。",
    "欺负啥子？算工龄是按档案来的，档案上就是这么写的，你再说也改不了。",
    C, "Argues against his sense of injustice instead of hearing it.")
add("confront", "choleric", "你们就是官官相护！",
    "官官相护？你拿证据出来嘛，没证据就莫乱讲。",
    C, "Meets the accusation with a challenge: arguing back.")
add("confront", "sanguine", "我邻居说只要来闹一下，钱马上就下来了。",
    "你邻居那话不对，闹跟给钱是两码事，哪个跟你讲闹一下就下来的？",
    C, "Sharp contradiction with a rhetorical question rather than explaining the policy.")
add("confront", "phlegmatic", "我……觉得那个赔偿……算少了。",
    "没少，一分都没少，算法是对的。",
    C, "Flatly contradicts a slow visitor's concern without looking into it.")
add("confront", "resentful", "我在厂里干了二十六年，最后一纸通知就把我打发了。",
    "二十六年，一辈子的好时光都给厂里了，您心里有气我理解。您那份通知还在不在？我想看看上面写的是哪个条款。不过话说回来，当年也不是只打发你一个，全厂几百人都一样，你也莫老觉得是专门整你。",
    C, "Good listening turn that ends by disputing his feeling in an arguing tone.")
add("confront", "veteran", "别人闹都拿到了三万，凭啥子我就不给？",
    "哪个拿到三万了？你说个名字出来，我当场查，查不到就莫再讲这个话。",
    C, "Challenges the account combatively instead of explaining the rule.")
add("confront", "choleric", "我在这里等了两个钟头都没人理！",
    "两个钟头？你九点四十才取的号，现在十点一刻，哪来的两个钟头？",
    C, "Uses the ticket time to argue him down (contrast with the gentle version among the negatives).")
add("confront", "melancholic", "我这辈子就是命苦，做啥子都不顺。",
    "命苦？比你难的人多得是，你这还算好的了。",
    C, "Disputes her feeling by comparison; argues instead of comforting.")
add("confront", "resentful", "你们就是想拖到我们这些老家伙死光。",
    "这话说得太过了，哪个盼你们死嘛？我们天天在办，你说这种话有意思吗？",
    C, "Argues back with rhetorical questions.")
add("confront", "veteran", "这个政策我研究了十年，比你们都懂，补偿就该按九八年的标准算。",
    "你懂？你要是懂就不会拿九八年的标准来说事，那个文件早就废了，你那套说法根本站不住。",
    ["confront", "rude"], "Sarcastic 'you understand?' is contempt; the rest argues him down.")
add("confront", "sanguine", "哈哈，我觉得这个事简单得很，你们签个字就完了嘛。",
    "简单？你想得太简单了，这个事哪有那么容易，里头的程序你根本不懂。",
    C, "Disputes the view dismissively instead of giving the whole picture.")
add("confront", "choleric", "你们上回就是这个态度，把我气得住了医院！",
    "上回是你自己拍桌子在先，我们哪个态度不好了？",
    C, "Argues over who was at fault.")
add("confront", "resentful", "村里分地的时候把我家那块好田给了支书的亲戚。",
    "那块田是抓阄抓的，全村人都在场，你现在又说是给亲戚，这样讲不公道。",
    C, "Contradicts and reproaches instead of checking the record with him.")
add("confront", "phlegmatic", "我……想了好久……觉得村里……量错了面积。",
    "量错？不会错的，人家用的是仪器。",
    C, "Dismisses the concern without asking anything.")
add("confront", "veteran", "我这个是历史遗留问题，你们必须解决。",
    "你这个不叫历史遗留，是你自己当年不签字拖下来的，两码事。",
    C, "Argues with his framing and blames him.")
add("confront", "melancholic", "我怕我来反映了，村里会给我穿小鞋。",
    "哪里会嘛，你就是想得太多，自己吓自己。",
    C, "Dismisses her fear as imagined.")
add("confront", "pestering", "上回你明明说可以办的。",
    "我哪里说过可以办？我说的是办不了，你莫把话往你那边扯。",
    C, "Arguing over what was said, with an accusation of twisting words.")
add("confront", "choleric", "你们这些当官的就晓得喝茶看报纸！",
    "大哥，您的火气我看到了，有啥子事您直接说，我在这里听。喝茶看报纸那个话不对哈，我们一上午接了二十几个人，水都没喝一口。",
    C, "Good start, then defends the office by contradicting him: arguing back.")
add("confront", "confused", "我听人家说家里添了人就要给我们加地。",
    "哪个跟你说的？没这个事，你听错了，不加地。",
    C, "A confused visitor needs a gentle explanation; this is a sharp contradiction.")
add("confront", "resentful", "你们这些年轻娃儿晓得啥子，我们那个时候吃了多少苦！",
    "苦哪个没吃过？我们也不容易，你莫老拿那个年代说事。",
    C, "Argues with his feeling instead of listening.")
add("confront", "sanguine", "我觉得我们小区那个物业完全不管事。",
    "也不是完全不管嘛，人家每天都在扫地，你这个说法不客观。",
    C, "Mild wording but it disputes the visitor's account instead of asking for examples.")
add("confront", "veteran", "我上访是合法的，你们凭啥子记我的名字？",
    "哪个说记名字是整你？登记是规定，你每回来都问一遍，自己不晓得？",
    C, "Explains the rule, but in an arguing, needling tone.")

# ---------------------------------------------------------------------------
# 2. Gentle reassurance / fact put right / respectful disagreement (hard negatives)
# ---------------------------------------------------------------------------
add("confront-n", "melancholic", "都怪我，当年签字的时候没看清楚。",
    "大姐，这个真不怪您。那份协议写得那么绕，当时也没人给您念一遍，换哪个都看不清楚。我们现在来看看还有啥子能补救的。",
    N, "Telling a self-blaming visitor it is not her fault is reassurance, not confront.")
add("confront-n", "melancholic", "我是不是很没用，这么点事都办不好。",
    "您莫这样说自己。这个手续本来就复杂，跑了几趟没办成，是我们没给您讲清楚。这回我一样一样给您写在纸上。",
    N, "Gentle reassurance against self-blame.")
add("confront-n", "resentful", "我那个申请交上去三年了都没人理。",
    "我刚在系统里查了，您是前年十月交的，到现在一年多，时间是拖得太久了，这一点该给您个说法。现在卡在复核这一步，今天下班前我打电话去问。",
    N, "Puts the date right gently while agreeing the delay is too long.")
add("confront-n", "choleric", "我在这里等了两个钟头都没人理！",
    "取号单上是九点四十，让您等了半个多钟头，是我们人手没安排好，对不住。您现在说，我专门听您的。",
    N, "Same fact as confront-57, but stated gently with an apology; no dispute.")
add("confront-n", "veteran", "你们凭啥子记我的名字？",
    "来的每个人都要登记，这个不是针对您，是为了您反映的事有据可查，以后查进度也方便。",
    N, "Explains the rule calmly.")
add("confront-n", "resentful", "这个补偿标准就是欺负人，太低了！",
    "标准低，这个话我听好多人讲过，我也晓得您心里不服。标准是市里统一定的，我们这里改不了，但您的意见我原原本本写进去，月底汇总的时候报上去。",
    N, "Respectful disagreement about policy with an action.")
add("confront-n", "veteran", "别人闹都拿到了三万，凭啥子我就不给？",
    "别人拿了多少，我这里没法跟您对，每户情况不一样。您这户我可以跟您一条一条算，该有多少就是多少，闹不闹都是这个数。",
    N, "Calm rule explanation without disputing his claim about others.")
add("confront-n", "confused", "我听人家说家里添了人就要给我们加地。",
    "这个说法只说对了一半。我打个比方：承包地就像分好的饭碗，三十年不动，家里添了娃儿，碗不会多一个；家里少了人，碗也不会被收走。",
    N, "Gently corrects a misunderstanding with a comparison; the visitor is not unwell.")
add("confront-n", "melancholic", "我怕我来反映了，村里会给我穿小鞋。",
    "您怕被穿小鞋，这个担心我明白。您反映的事我们会保密，不会跟村里说是哪个来的。要是真有人为难您，您直接打这个电话找我。",
    N, "Acknowledges the fear and answers it practically (contrast with confront-66).")
add("confront-n", "choleric", "你们就是官官相护！",
    "您有这个想法，肯定是前面受了不少气。您把哪件事、哪个人跟我说清楚，我一条一条记，能查的我去查，查的结果告诉您。",
    N, "Takes the anger in and asks for specifics; no arguing.")
add("confront-n", "resentful", "我在厂里干了二十六年，一纸通知就把我打发了。",
    "二十六年，换哪个都咽不下这口气。您先把当年的事从头跟我讲讲，通知是哪一年哪个月发的？",
    N, "Lets him vent and asks a question.")
add("confront-n", "pestering", "上回你明明说可以办的。",
    "大爷，上回我说的是：这个补助按规定您够不上，今天还是这句话，我不会变。屋头日子要是紧，临时救助可以申请，这个我帮您填。",
    N, "Restates the same answer calmly without quarrelling over words (contrast with confront-67).")
add("confront-n", "sanguine", "哈哈，这个事简单得很，你们签个字就完了嘛。",
    "您是个爽快人，我也跟您把全盘说清楚：签字只是第一步，后面还要公示七天、镇里审核，前后大概一个月，哪一步要您配合我都给您标出来。",
    N, "Gives the whole picture instead of disputing the view.")
add("confront-n", "phlegmatic", "我……觉得……量错了面积。",
    "您慢慢说，不急。您觉得是哪一块量错了？当时是哪个来量的，您记得不？",
    N, "Patient question instead of a verdict.")
add("confront-n", "veteran", "这个历史遗留问题你们必须解决。",
    "您说的那段历史我晓得。按现在的政策，这种情况当年的协议就已经结了，我不能给您另外开口子。您要是认为协议本身有问题，可以走复查，材料我告诉您要哪些。",
    N, "Firm, calm statement of the rule with a legitimate route; no quarrel.")
add("confront-n", "melancholic", "我这辈子就是命苦。",
    "听您讲了这一路，您是真的熬过来不少难处。命苦不苦我们不说，眼下这件事，我们一起想法子把它办顺。",
    N, "Neither disputes nor feeds the feeling; moves to the task.")
add("confront-n", "resentful", "你们这些年轻娃儿晓得啥子，我们那个时候吃了多少苦！",
    "您说得对，那个年代的苦我们没吃过，所以更要听您讲。您当年是在哪个厂？下放到哪里？",
    N, "Accepts the point and invites the story.")
add("confront-n", "choleric", "你们这些当官的就晓得喝茶看报纸！",
    "大哥，您心头有火，我先听您把火发出来。您今天来是为哪件事？您说，我记。",
    N, "Does not defend the office; lets him vent (contrast with confront-68).")
add("confront-n", "veteran", "这个政策本身就不合理。",
    "您觉得不合理，这个看法我尊重，也可以按程序提意见。不过在没改之前，我们只能按现在的规定办，这一点我要跟您说清楚。",
    N, "Respectful disagreement about a policy.")
add("confront-n", "resentful", "村里分地的时候把我家那块好田给了支书的亲戚。",
    "这个事要弄清楚。我手上的记录是那年抓阄分的，可能跟您晓得的不一样。您说的我也记下来，请镇经管站把当年的抓阄记录调出来，您和村里当面对一下。",
    N, "States the record gently and proposes a face-to-face check; no dispute of the person.")
add("confront-n", "melancholic", "我觉得你们根本就看不起我们这种人。",
    "让您有这种感觉，说明我们哪里做得不好。您能跟我说说是哪件事让您这样想的吗？",
    N, "Takes the feeling seriously and asks (contrast with confront-49).")
add("confront-n", "pestering", "你就给我个准话，到底能不能办？",
    "准话就是：不能办。原因是您那个房子不在征收范围里头，这个我上回、上上回都是这么说的，以后也是这么说。",
    N, "Clear, consistent refusal with the reason; firm but not arguing.")
add("confront-n", "sanguine", "我觉得我们小区那个物业完全不管事。",
    "物业哪些事没管？您举两个例子，比如垃圾、电梯还是停车，我好跟街道物业科对着说。",
    N, "Asks for specifics instead of disputing (contrast with confront-71).")
add("confront-n", "choleric", "你们上回那个态度，把我气得住了医院！",
    "上回让您受了气，还住了院，我代表我们这里跟您说声对不起。您身体现在好些没有？今天我们慢慢说，不急。",
    N, "Apologises and asks after his health instead of arguing blame.")
add("confront-n", "veteran", "上回那个主任亲口答应给我解决的。",
    "主任那次说的话我没在场，我这就查一下那次的接待记录。记录上要是写了，我们就照着办；要是没写，我们再按规定来说。",
    N, "Neither denies nor accepts; checks the record.")
add("confront-n", "resentful", "你们就是想拖到我们这些老家伙死光。",
    "您这么说，是等得太久了，心都凉了。我不跟您讲大道理，先把您这件事办到哪一步查清楚，下周三之前给您回电话。",
    N, "Reads the feeling behind the words and acts; no rebuttal.")
add("confront-n", "confused", "我以为医保卡里的钱是可以取出来用的。",
    "好多人都这样以为。其实卡里那个钱是专门看病买药用的，就像食堂的饭票，只能在食堂用，不能换成现钱。",
    N, "Gentle correction of a fact for a confused visitor, with an everyday comparison.")
add("confront-n", "melancholic", "我儿子出事，都怪我没看好他。",
    "您莫把这个担子全压在自己身上。娃儿那么大了，哪个当妈的能一天二十四个钟头跟着？今天您来，是想问赔偿那边走到哪一步了，对吧？",
    N, "Lifts the self-blame gently and checks the purpose of the visit.")
add("confront-n", "choleric", "你再不给我解决，我就把你这桌子掀了！",
    "您有火冲我发，我听着。桌子掀了对您的事一点好处都莫得，还要惹麻烦。您坐下，我们把事情说完。",
    N, "Calm limit without meeting heat with heat.")
add("confront-n", "veteran", "这个政策我研究了十年，比你们都懂。",
    "您研究得多，这个我看得出来。九八年那个文件后来被新的替换了，我把新文件打印一份给您，您对照着看，哪里不明白我们一条一条说。",
    N, "Puts the fact right respectfully, without disputing the person (contrast with confront-60).")

# ---------------------------------------------------------------------------
# 3. Buying peace (positives)
# ---------------------------------------------------------------------------
section("3 buying peace vs entitlements")
B = ["buy_peace"]
add("buy_peace", "veteran", "我这个事不解决，下个月我就去北京。",
    "莫去莫去，这样，村里今年的低保名额给你留一个，你就安安心心在屋头，莫再跑了。",
    B, "A relief place offered so that he stops petitioning.")
add("buy_peace", "pestering", "我还要来，天天来。",
    "你看这样要不要得，我从工会那里给你申请两千块慰问金，你拿了就莫再来了。",
    B, "Money offered on condition he stops coming.")
add("buy_peace", "veteran", "我这个腰是当年修水库落下的，你们不管我就不走。",
    "老辈子，您辛苦了。这样，您先回去，过年镇里慰问的米和油我让他们给您多送一份，这个事您也就莫再跑了，好不好？",
    B, "Polite-sounding favour traded for dropping the matter.")
add("buy_peace", "choleric", "今天不给个说法我就坐在这里！",
    "好好好，你莫吼了，我先拿五百块给你，你回去买点东西，这事今天就到这里。",
    B, "Cash to make him leave.")
add("buy_peace", "resentful", "我下放那些年，补助一分都没拿到。",
    "您讲的这段经历我都记下了，下放人员的补助是有文件的，我先帮您查档案，看您在不在名单里，下个礼拜给您回话。您这么大年纪，莫再往县上跑了，到时候就算查不到，我也想法子从别的地方给您弄点钱。",
    B, "Model entitlement check, then money outside any rule offered so he stops going to the county.")
add("buy_peace", "pestering", "我儿子还没工作，你们得管。",
    "这样，镇上环卫所正在招人，我去跟他们说一声，让你儿子先进去，你这边的事就算了结了，要得不？",
    B, "A job favour traded for closing the petition.")
add("buy_peace", "veteran", "我那房子拆迁赔少了。",
    "拆迁的标准是定死了的，不过你要是签个息访保证书，我们另外再补你三千块的困难补助。",
    B, "Extra money conditioned on a promise to stop petitioning.")
add("buy_peace", "sanguine", "哈哈，我就是来问问，能不能多给点嘛。",
    "你这个人爽快，那我也爽快：看在你跑了这几趟的份上，下个月的救助款给你也报一份，你就莫再来了嘛。",
    B, "Relief money offered for the trips made, not for need, so that he stops.")
add("buy_peace", "choleric", "我要告到省里去！",
    "莫告莫告，告上去对大家都不好。你说个数，只要不太离谱，我们商量。",
    B, "Invites a cash figure to stop a complaint going up.")
add("buy_peace", "resentful", "我在厂里伤了手，到现在没人认账。",
    "您这个事拖了这么久确实不对。我先给您办张临时生活补贴卡，每月打三百，您就先莫去市里反映了，等我们的消息。",
    B, "A monthly payment offered to keep him from going to the city.")
add("buy_peace", "veteran", "我孙女今年考学，你们看着办。",
    "孙女读书的事我晓得了，中学那边我认得人，可以帮她安排个好点的班，你那个上访的事就莫再提了哈。",
    B, "School favour traded for dropping the petition.")
add("buy_peace", "pestering", "我就是要那个宅基地。",
    "宅基地批不了。不过嘛，你要是以后不来了，明年修路的那几个临时工的活，我给你留一个。",
    B, "Clear refusal, then a job offered for not coming back.")
add("buy_peace", "unwell", "国家欠我的钱你们必须给。",
    "好嘛好嘛，我这里有两百块，您拿去买点吃的，回去了就莫再来了。",
    B, "Cash to send an unwell visitor away (no correction, so not confront).")
add("buy_peace", "veteran", "我这个事你们到底解决还是不解决？",
    "解决，肯定解决。我们商量好了，给您家评个困难户，每年有一笔补贴，条件是您签个字，以后这个事就不再提了。",
    B, "A benefit granted on condition of silence.")
add("buy_peace", "choleric", "你们不给我办，我就天天来门口坐着。",
    "你莫天天来嘛。这样，我跟民政说一下，把你的临时救助先批下来，你拿了钱就回去好好过日子。",
    B, "Relief pushed through without any eligibility check so he stops sitting at the door.")
add("buy_peace", "resentful", "我在这里等了一上午了。",
    "让您久等了。这五十块钱您拿着打个车回去，今天这事就先这样。",
    B, "Small money, same act: paid to leave with the matter unheard.")
add("buy_peace", "veteran", "你们不给钱，我就到县政府大门口去躺着。",
    "何必嘛，你躺那里我们都难看。你先回去，年底评先进户的时候我把你家报上去，奖金也有一千多。",
    B, "An award offered to stop a protest.")
add("buy_peace", "pestering", "我不走，不给解决就不走。",
    "我看您也是不容易。这样，我私人给您拿三百块，不是政府的钱，您收着，以后就莫为这件事来了。",
    B, "Private money is still buying peace.")
add("buy_peace", "sanguine", "我是来帮我们组上十几户反映的。",
    "你们组的事嘛，你回去帮我们做做工作，让大家莫闹，你家那个危房改造我优先给你排进去。",
    B, "A favour to the representative so the group stops.")
add("buy_peace", "veteran", "我晓得你们有维稳的钱。",
    "（压低声音）这个话莫在外头说。你这回就先回去，过两天村里会有人给你送点东西过来。",
    B, "Hinted side payment to make him go home.")
add("buy_peace", "choleric", "我要见书记！",
    "书记今天在县里开会，您要见他，我帮您登记下周的领导接待日，您把事情先跟我说，我记清楚了交上去。您看这样行不行：您先回去，我让村里把您家今年的种粮补贴多算两亩，这口气就顺了嘛。",
    B, "Good handling of the meeting request, then an inflated subsidy offered to calm him.")
add("buy_peace", "melancholic", "我一个人带着娃儿，实在是过不下去了才来的。",
    "您莫哭了。您看这样，我跟社区说，给您娃儿落实个助学名额，条件是您就莫再往上头写信了。",
    B, "Help made conditional on stopping letters: buying peace, even for a needy visitor.")
add("buy_peace", "veteran", "我上回去北京，你们派人来接我，还不是给了钱。",
    "上回是上回。这回你要是答应不去，我也可以跟领导说一下，给你比照上回的数。",
    B, "Offers the same payment again for not going.")
add("buy_peace", "pestering", "我要恢复我的民办教师身份。",
    "身份恢复不了。但你看，村小缺个看门的，一个月一千五，你去干，这事就不提了，行不行？",
    B, "A job in exchange for dropping the demand.")
add("buy_peace", "veteran", "你给个准话，我儿子那个低保能不能批？",
    "能批，我保证这个月就批下来，你只要答应以后莫再去县里闹了。",
    ["buy_peace", "false_promise"], "Guarantees an approval that is not the officer's to give, in exchange for stopping: both codes.")
add("buy_peace", "resentful", "我们几个老工人商量好了，明天一起去市里。",
    "莫去莫去，人多了影响不好。这样，你们几个每人先领一桶油一袋米回去，算是我们的一点意思，去市里的事就算了。",
    B, "Goods handed out to stop a group visit.")

# ---------------------------------------------------------------------------
# 3. Talking about entitlements (hard negatives)
# ---------------------------------------------------------------------------
add("buy_peace-n", "melancholic", "我男人走了，我一个人带两个娃儿，不晓得咋个过。",
    "您这种情况可以看看低保。我问几句：家里现在几口人？您有没有在打工，一个月大概挣多少？房子是自己的还是租的？",
    N, "Checks eligibility for a benefit; nothing is traded for silence.")
add("buy_peace-n", "confused", "低保是个啥子东西嘛？",
    "低保就是家里收入太低、日子过不下去的，政府每个月补一点，补到一条最低的线上。比如说线是每人每月六百多，您家一个人一个月只挣四百，差的两百多就由政府补。",
    N, "Explains the benefit with a worked example.")
add("buy_peace-n", "veteran", "我要补偿！",
    "您说的补偿，按规定是征地补偿，标准是每亩多少、青苗多少，这些都有公示。您那块地的面积我们现在就对一下，算出来多少就是多少。",
    N, "Names what is owed by rule.")
add("buy_peace-n", "pestering", "你给我批个临时救助嘛。",
    "临时救助是给遇到急事、一下子过不去的人家的，比如生大病、遭了火灾。您要申请，拿户口本、身份证、医院的单据，到村委会填表，村里评议，镇民政办审，一般半个月出结果。够条件就批，不够就不批，跟来多少回没有关系。",
    N, "How to apply, and explicitly decoupled from petitioning.")
add("buy_peace-n", "resentful", "我当年是下放的，听说现在有补贴？",
    "有的，下放人员有一项生活补助，但要在当年的名单里。您把当年的下放证明或者单位的介绍信带来，我们跟人社局的档案对一下，对上了就按月发。",
    N, "Entitlement-conditioned explanation.")
add("buy_peace-n", "unwell", "我一个人住，吃饭都成问题。",
    "吃饭成问题，这是头等大事。您办过低保没有？我看您的情况可以申请，我今天就把表给您填了，让社区帮您送上去，再请社区这几天每天给您送一顿饭。",
    N, "Help for a real need through the normal channel, not in exchange for anything.")
add("buy_peace-n", "choleric", "我屋头被水淹了，你们管不管？",
    "管。您这个属于受灾，可以申请受灾救助。您把损失的东西先拍照，粮食、家具、房子哪里坏了都拍下来，村里今天下午就来登记，登记完报到镇上。",
    N, "Relief explained with steps.")
add("buy_peace-n", "veteran", "你们到底给不给钱嘛？",
    "给不给，要看您够不够哪一项的条件。我说实话，按您家现在的收入，低保是够不上的。但您老伴的残疾补贴好像还没办，这个是她该得的，我告诉您要带啥子。",
    N, "Refuses what is not owed and names what is owed by rule.")
add("buy_peace-n", "pestering", "只要你们给我点钱，我以后就不来了。",
    "您这个条件我答应不了，钱不是拿来换您不来的。您家要是真有困难，够哪项救助就申请哪项，我帮您看；您要来，门也一直开着。",
    N, "Explicitly refuses the trade; points to rule-based help.")
add("buy_peace-n", "sanguine", "听说种粮有补贴，咋个我没拿到？",
    "种粮补贴是按承包地面积发的，打到一卡通里。您把一卡通带来没有？我们查一下这两年的到账，要是漏了，找镇财政所补登。",
    N, "Checks a subsidy the visitor may be owed.")
add("buy_peace-n", "resentful", "我工伤的赔偿到现在都没拿到。",
    "工伤的赔偿是该您的，按规定由单位或者工伤保险基金出。您的工伤认定书拿到没有？有了认定书，下一步做伤残鉴定，鉴定出等级就能算出一次性补助金是多少。",
    N, "Names what is owed and how to get it.")
add("buy_peace-n", "melancholic", "我不想麻烦你们，就是想问问我这种能不能领点啥子。",
    "您问这个一点都不麻烦，这本来就是您可以问的。您今年多大了？有没有残疾证？家里还有哪些人？我一样一样帮您对。",
    N, "Eligibility questions, warmly put.")
add("buy_peace-n", "veteran", "上回你们给了老张两千，我也要。",
    "老张那笔是医疗救助，他住院花了好几万，是按单据报的。您要是有住院的单据，也可以按同样的规矩申请；没有单据，就没有这一项。",
    N, "Explains the rule behind another's payment; no side deal.")
add("buy_peace-n", "choleric", "凭啥子他家有低保我家没有？",
    "低保是一户一户算收入的。他家的情况我不能告诉您，但您家的我可以跟您算：您家四口人，去年打工收入大概多少？我们对着标准看差多少。",
    N, "Eligibility check for his own household.")
add("buy_peace-n", "unwell", "政府欠我的钱要还给我。",
    "您每个月的残疾人生活补贴到了没有？这个是您该拿的，我帮您查一下卡。",
    N, "Turns to a real entitlement without correcting or paying off.")
add("buy_peace-n", "phlegmatic", "我……想问……那个……高龄补贴……",
    "您慢慢说，我等您。高龄补贴是满八十岁就可以领的，您今年多少岁了？",
    N, "Explains the benefit and checks age; patient.")
add("buy_peace-n", "pestering", "你们不给我补偿，我就一直来。",
    "您来不来，补偿都是这个数，不会因为来得多就多，也不会因为不来就少。该您的四万二已经算好了，您签字就能去领。",
    N, "States the owed amount and decouples it from petitioning.")
add("buy_peace-n", "veteran", "我当过兵，你们要照顾我。",
    "退役军人有优抚政策，您是哪年入伍、哪年退的？参没参过战？这个决定您能享受哪一档的补助，我帮您到退役军人服务站查一下档案。",
    N, "Eligibility questions about a real benefit.")
add("buy_peace-n", "resentful", "我们这些老民办教师，就这样算了？",
    "不会就这样算了，您这批人有一项教龄补助，按教了几年来算，一年多少钱有标准。您有当年的任教证明吗？没有的话学校的花名册也行。",
    N, "A real allowance with a policy basis, and what to bring.")
add("buy_peace-n", "sanguine", "我家娃儿考上大学了，有没有啥子补助？",
    "恭喜恭喜！有的，家庭困难的可以申请生源地助学贷款，还有民政的一次性助学金。您家是低保户或者建档立卡户不？是的话就符合助学金的条件，申请表我拿给您。",
    N, "Explains aid conditioned on status.")
add("buy_peace-n", "melancholic", "我病了，医药费实在出不起。",
    "医药费这块，您住院的钱医保报了以后，剩下自付的如果太多，可以申请大病救助。您把住院发票和结算单带来，我们帮您算一下能报多少。",
    N, "Relief route explained.")
add("buy_peace-n", "choleric", "我要的不是救助，是赔偿！",
    "好，我们不说救助，就说赔偿。赔偿要有人负责：是哪个单位哪件事让您受了损失？先把这个弄清楚，才晓得该找哪个赔。",
    N, "Clarifies the basis of compensation.")
add("buy_peace-n", "veteran", "你们不就是想拿点钱打发我吗？",
    "不是。钱我拿不出来，也不会拿钱来打发您。您的事按政策该怎么办就怎么办，能办的我们办，办不了的我跟您说为啥子。",
    N, "Explicit refusal to buy peace.")
add("buy_peace-n", "unwell", "我没有钱买药了。",
    "药断了不行。您有没有慢性病门诊卡？有的话拿药能报一大半。我现在给社区打电话，请他们帮您去卫生院把药先拿回来。",
    N, "Practical help through the benefit the visitor has; nothing traded.")
add("buy_peace-n", "pestering", "我不要别的，就要给我儿子安排工作。",
    "安排工作我们做不到，这个话我直接说。您儿子要是想找活，人社局每个月有招聘会，还有免费的技能培训，我把时间地点写给您。",
    N, "Refuses the favour, points to public services open to all.")
add("buy_peace-n", "resentful", "拆迁的时候少量了我家十个平方。",
    "面积要是量少了，补偿就要跟着改，这是您该得的。我们请测绘的人重新量一次，您和村里都在场，量出来多少就按多少算。",
    N, "Owed by rule, conditioned on the measurement.")
add("buy_peace-n", "phlegmatic", "听说……有个……危房改造……",
    "对，有这个。是给住房不安全的困难户的，要先请人来鉴定房子是几级危房。您家的房子是啥时候修的？墙有没有裂？",
    N, "Explains the programme and asks eligibility questions.")
add("buy_peace-n", "sanguine", "我兄弟说他们那边每户发了两千，我们这边也该有吧？",
    "两千是哪一项，您晓得不？可能是他们那边遭了灾发的受灾补助。我们这边要是有同样的情况，也有；没有，就没有这一项，不是每户都发的。",
    N, "Explains why a payment exists elsewhere; rule-based.")
add("buy_peace-n", "choleric", "我就问你，我这个残疾能领多少？",
    "要看残疾证上是几级。重度的有护理补贴，家里困难的还有生活补贴。您把残疾证给我看一下，我给您算准。",
    N, "Names the benefits by rule and checks the certificate.")
add("buy_peace-n", "veteran", "你们要是给我报个低保，我就不去市里了。",
    "低保不能拿来做交换，您去不去市里，它都是按收入算的。您要是想申请，我现在就跟您把收入一项一项过一遍，够就报，不够我也跟您说清楚。",
    N, "Rejects the trade the visitor proposes; offers an eligibility check.")
add("buy_peace-n", "melancholic", "我不好意思说……家里实在揭不开锅了。",
    "这有啥子不好意思的。揭不开锅就是急事，临时救助就是管这个的。今天先从村里的应急米油里给您带点回去，表我帮您填，明天村里上门核实。",
    N, "Emergency relief for real need through the normal route, not in exchange for anything.")
add("buy_peace-n", "resentful", "我在矿上干了二十年，得了尘肺，没人管。",
    "尘肺是职业病，有专门的待遇。您做过职业病诊断没有？诊断下来，工伤保险要出医疗费和伤残补助。我把职业病诊断要带的材料写给您。",
    N, "Names the entitlement and the route.")
add("buy_peace-n", "pestering", "你们就是不给我低保，我就要！",
    "低保我今天还是那句话：按您家的收入，够不上。您家里情况要是有变化，比如有人生病、没了收入，您来告诉我，我们重新算。",
    N, "Consistent refusal based on eligibility.")
add("buy_peace-n", "unwell", "他们把我的补贴都偷走了。",
    "补贴的事我们来查。您记得是哪一项补贴吗？卡带了没有？我们去隔壁信用社打个流水，看每个月到了没有。",
    N, "Checks a real entitlement; neither corrects nor pays off.")
add("buy_peace-n", "veteran", "我就是要你们给个说法，给钱也行。",
    "说法我给您：您那块地当年的补偿是按标准发了的，签字的单子在这里。钱我不会另外给，因为没有这一项；您要觉得标准有问题，可以申请行政复议，申请书咋个写我可以告诉您。",
    N, "Names what was paid by rule, refuses extra money, gives the legal route.")

# ---------------------------------------------------------------------------
# 4. Buck-passing (positives)
# ---------------------------------------------------------------------------
section("4 buck-passing vs referral")
K = ["buck_passing"]
add("buck_passing", "confused", "我这个社保断了好几年，要咋个补？",
    "社保的事嘛，你找社保局，我们这里搞不清楚。",
    K, "Names an office only to be rid of her: no window, no papers, no help.")
add("buck_passing", "resentful", "我房子漏雨，开发商不管。",
    "开发商不管你找开发商嘛，找我们做啥子？",
    K, "Pushes the visitor away with a rhetorical question.")
add("buck_passing", "choleric", "你们到底管不管？",
    "管不了，你去别处问问，我也不晓得该哪个管。",
    K, "Shrugging refusal without an owner.")
add("buck_passing", "sanguine", "我那个营业执照的事，街道让我来这里。",
    "街道让你来？那你回去跟街道说，他们弄不清楚就莫乱指路，我们这边办不了。",
    K, "Sends the visitor back where she came from: circle.")
add("buck_passing", "veteran", "我的事卡了两年了。",
    "都是住建局那边拖的，我们早就转过去了，你要怪就去怪他们。",
    K, "Blames another office and offers nothing.")
add("buck_passing", "pestering", "今天你必须给我个答复。",
    "答复我给不了，这个事只有靠你自己去跑了，我这边帮不上。",
    K, "Leaves the visitor to fend for himself.")
add("buck_passing", "melancholic", "我不晓得这个事该找哪个……",
    "这个嘛，您可以到外面去打听打听，大家都晓得的，问一下就清楚了。",
    K, "Polite wording, but sends her off to ask strangers.")
add("buck_passing", "phlegmatic", "我……想问问……娃儿的户口……",
    "户口的事不在这里办，你出门往左，随便找个人问问就晓得了。",
    K, "No owner named, no help.")
add("buck_passing", "confused", "派出所说要先开村里的证明，村里说要先有派出所的材料。",
    "那你就两边再跑一下嘛，哪边先给你开就先拿哪边的，我们这里也没法子。",
    K, "Leaves the visitor in the circle.")
add("buck_passing", "resentful", "我那个养老金算错了，少了好几百。",
    "您先坐，这大热天跑过来辛苦了。您说养老金少了几百，是从哪个月开始少的？嗯，去年七月。这个事吧，我们也弄不清楚是哪里算的，你回去自己打电话问问看。",
    K, "Warm, good questions, then sends him home to sort it out himself.")
add("buck_passing", "choleric", "我要找你们领导！",
    "领导今天不在。你这个事去街道问嘛，我们这边接不了。",
    K, "Office named only to get rid of him.")
add("buck_passing", "veteran", "法院判了，我不服。",
    "法院判的你找法院，跟我们说了也是白说。",
    K, "Names the court only to push him away (contrast with the referral among the negatives).")
add("buck_passing", "unwell", "我要找管电磁波的部门。",
    "这种事我们接不了，你找别个去。",
    K, "Pushes an unwell visitor away; no correction, so not confront.")
add("buck_passing", "sanguine", "我们小区的停车位被人占了。",
    "这种小事就莫来信访办了嘛，物业、交警、城管，你随便找哪个都行。",
    K, "A scatter of offices to be rid of him.")
add("buck_passing", "resentful", "我的补偿款少了一半。",
    "钱是镇上算的，他们算错了我们也没办法，哪个算错了找哪个。",
    K, "Blames the township and offers no help.")
add("buck_passing", "phlegmatic", "我这个……医保报销……",
    "报销的事等你想清楚了去医保局问，我们这里不懂医保。",
    K, "Sends off a slow visitor without hearing her.")
add("buck_passing", "pestering", "你们就给我转个单子嘛。",
    "转过去也没用，转了也是石沉大海，你还是别处问问吧。",
    K, "Refuses even to forward the matter.")
add("buck_passing", "choleric", "劳动监察说这个归你们管！",
    "他们一天到晚往我们这里推，你回去跟他们说，就是归他们。",
    K, "Bounces him back and blames the other office.")
add("buck_passing", "confused", "我想问问老房子过户要咋个弄。",
    "过户嘛，网上都查得到，你回去叫你娃儿在手机上查一下。",
    K, "No owner, no steps: sent away.")
add("buck_passing", "veteran", "我反映的村干部的事，你们到底查不查？",
    "您反映的我都理解，村干部的事呢，说实话我们插不上手，您看是不是找找别的路子。",
    K, "Polite-sounding, but no owner and no step.")
add("buck_passing", "melancholic", "我去了三个地方，都说不归他们管。",
    "那确实难办，这个事可能真的没人管，你也莫太执着了。",
    K, "Gives up on her behalf; no owner.")
add("buck_passing", "unwell", "我要告那个害我的医院。",
    "告医院？那不是我们的事，你去问律师嘛。",
    K, "Sends him off without any help.")
add("buck_passing", "sanguine", "我就想问问，开无犯罪证明去哪里？",
    "这个你问我，我问哪个嘛？这种证明到处有人开，你自己去找。",
    K, "Mocking shrug; no owner.")
add("buck_passing", "resentful", "镇上说要你们签字才能办。",
    "镇上说啥子就是啥子嘛，我们签不签都一样，你还是回镇上去磨他们。",
    K, "Sends him back round the circle.")
add("buck_passing", "choleric", "我儿子在厂里受伤，老板跑了！",
    "老板跑了，娃儿受了伤，换哪个都着急。娃儿现在在哪个医院？伤得重不重？（听完）这种老板跑路的事，我们信访这里真的管不了，你们还是自己去找找人吧。",
    K, "Caring listening turn that ends by pushing him away with no owner.")
add("buck_passing", "pestering", "你帮我问一下嘛。",
    "我问了也是白问，这种事你亲自去跑还快些。",
    K, "Declines a simple call and sends him off.")
add("buck_passing", "melancholic", "我问了村里，村里让我来问你们。",
    "村里让你来你就来？你回去问村里嘛，他们晓得的比我们多。",
    K, "Sends her back to the village: a circle.")

# ---------------------------------------------------------------------------
# 4. Referrals with owner, papers, calls (hard negatives)
# ---------------------------------------------------------------------------
add("buck_passing-n", "confused", "我这个社保断了好几年，要咋个补？",
    "补缴社保是社保局管，二楼的征缴窗口。您带上身份证和原来的参保卡，以前在哪个单位交过，最好把单位名字记下来。窗口电话我写在这张纸上。",
    N, "Referral with owner, window and papers.")
add("buck_passing-n", "veteran", "法院判了，我不服。",
    "法院的判决我们这里改不了，这个我先讲明白。您不服有路可走：可以向上一级法院申请再审，或者找检察院申请监督。您家里困难的话，一楼法律援助中心可以免费帮您写材料，我现在带您下去。",
    N, "Not ours, explained, with routes and an escort.")
add("buck_passing-n", "resentful", "我那个养老金算错了，少了好几百。",
    "养老金是社保局核发的，我们这里看不到明细。我现在就给他们业务科打个电话，把您的名字和身份证号报过去，让他们查从哪个月开始少的，查清楚了回您电话。您留个号码。",
    N, "Calls the owner on the visitor's behalf.")
add("buck_passing-n", "choleric", "劳动监察说这个归你们管！",
    "他们让您白跑一趟，是我们两边没衔接好，对不住。拖欠工资确实是劳动监察大队的事，我这就给他们值班的打电话，说清楚您是我们这边转回去的，您明天上午九点直接去找李队长，他会接。",
    N, "Owns the confusion and fixes the hand-over with a named contact.")
add("buck_passing-n", "sanguine", "我们小区的停车位被人占了。",
    "小区里头的车位是物业在管，您先找物业；物业不处理，就打街道物业科的电话，号码我写给您。要是占的是小区外面的马路，那归交警，打一二二。",
    N, "Clear owners for each case.")
add("buck_passing-n", "phlegmatic", "我……想问问……娃儿的户口……",
    "娃儿上户口是在派出所户籍窗口办。要带出生证明、您两口子的身份证、户口本、结婚证。您慢慢记，我写在纸上给您。",
    N, "Owner and papers.")
add("buck_passing-n", "confused", "派出所说要先开村里的证明，村里说要先有派出所的材料。",
    "这样转圈圈确实恼火。我现在给村里打个电话，问清楚到底哪边先开，先开的那边我请他们今天就给您开出来，您不用再来回跑了。",
    N, "Breaks the circle with a call.")
add("buck_passing-n", "unwell", "我要告那个害我的医院。",
    "您对医院不满意，这个可以反映。医院的事归卫健局医政科，我帮您把您说的写成一页纸，盖上我们的章转过去，您不用再自己跑。",
    N, "Written referral to the named owner; belief not judged.")
add("buck_passing-n", "melancholic", "我去了三个地方，都说不归他们管。",
    "让您跑了三个地方，真是辛苦了。您这个事其实是人社局的，我现在就给他们打电话约好，写个转办单，您拿着直接去三楼找张科长，不用再排队。",
    N, "Owner named, call made, note written.")
add("buck_passing-n", "pestering", "你们就给我转个单子嘛。",
    "单子我可以转，转给国土所，他们十五个工作日内要回复。不过我也跟您说清楚，转过去他们咋个答复是按规定来，我不会给您许啥子。",
    N, "Forwards to the owner with a time limit; honest about the outcome.")
add("buck_passing-n", "veteran", "我反映的村干部的事，你们到底查不查？",
    "村干部违纪的事归镇纪委管。您把具体的事、时间、有没有证人写清楚，我帮您转到纪委，转的时候给您一个回执，您凭回执查进度。",
    N, "Owner named and forwarding done.")
add("buck_passing-n", "choleric", "我儿子在厂里受伤，老板跑了！",
    "老板跑了，工钱和医药费还是有路子的：先到劳动监察大队报案，他们能查老板的下落和账户；工伤要做工伤认定，社保局受理。两个地方的地址电话我写给您，先去劳动监察，带上娃儿的工牌和聊天记录。",
    N, "Two owners, an order and papers (contrast with buck_passing-25).")
add("buck_passing-n", "sanguine", "我就想问问，开无犯罪证明去哪里？",
    "户籍所在地派出所开，带身份证就行。有的地方网上也能申请，我帮您在手机上找一下派出所的公众号。",
    N, "Owner and how.")
add("buck_passing-n", "resentful", "镇上说要你们签字才能办。",
    "我们这里签不了这个字，不是推您：这项审批在镇上，我们信访办没有这个章。我给镇上经办的刘主任打个电话，问清楚他们为啥子要我们签字，说清楚了您再去，免得白跑。",
    N, "Explains why it is not ours and makes the call.")
add("buck_passing-n", "confused", "我想问问老房子过户要咋个弄。",
    "过户在不动产登记中心办，县政务大厅一楼。要带房产证、双方身份证、户口本；要是父母过世了继承的，还要先去公证处办继承公证。我按顺序给您写下来。",
    N, "Owner, place, papers, order.")
add("buck_passing-n", "unwell", "我要找管电磁波的部门。",
    "您说的这个事我记在本子上了。您今天身体哪里不安逸？我先请卫生院的医生给您看一下。",
    N, "Not a push-away: records it and cares for the person; no correction.")
add("buck_passing-n", "phlegmatic", "我这个……医保报销……",
    "医保报销是医保局管。您不着急，先告诉我是在哪家医院看的，住没住院？门诊的话在医院结算窗口就能报，住院的出院时一起结；已经出院没报的，带发票去医保局二楼。",
    N, "Owner and steps, with patience.")
add("buck_passing-n", "veteran", "我的补偿款少了一半。",
    "补偿款是镇征收办算的，我这里不能替他们改数，但可以帮您弄清楚。您把协议给我，我对一下面积和单价；有疑问的地方写在转办单上交给征收办，他们十日内答复您。",
    N, "Not ours to change, but helps and forwards with a deadline.")
add("buck_passing-n", "choleric", "你们不管我就不走！",
    "不是不管，是这件事我们办不出结果，但能帮您找到办得了的地方：这是住建局质量监督站的事，我刚给他们打了电话，明天上午他们派人去您那个小区看房子。",
    N, "Explains the limit and arranges the owner's visit.")
add("buck_passing-n", "resentful", "我房子漏雨，开发商不管。",
    "房子在保修期里，开发商有维修的责任。您先把漏雨的地方拍照，写个书面维修要求交给开发商，留个底；他们再不理，就拿着这些去住建局房产科投诉，地址我写给您。",
    N, "Steps and owner (contrast with buck_passing-02).")
add("buck_passing-n", "melancholic", "我不晓得这个事该找哪个……",
    "没关系，您说说是啥子事，我来帮您找是哪个管。",
    N, "Short offer to find the owner.")
add("buck_passing-n", "pestering", "你帮我问一下嘛。",
    "要得，我现在就问。（拨电话）问到了，国土所说您的材料少一张四邻签字，补了就能受理。",
    N, "Makes the call.")
add("buck_passing-n", "sanguine", "我那个营业执照的事，街道让我来这里。",
    "街道也是好心，不过执照是市场监管局发的，在政务中心三楼。带身份证和经营场所的租房合同，当场就能办。我也跟街道说一声，以后这种事直接指到三楼去。",
    N, "Owner and papers, and fixes the wrong pointer.")
add("buck_passing-n", "confused", "我不认得字，你们说的那个局我找不到。",
    "不认得字不要紧。出门往右，走到红绿灯那里，有个蓝色牌子的楼就是。我写一张纸条，您拿给门口的保安看，他会带您去。",
    N, "Practical help to reach the owner.")
add("buck_passing-n", "veteran", "你们信访办就是管上访的，凭啥子不管？",
    "信访办是帮您把事情送到管它的人手上，不是啥子都由我们来定。您这个是劳动仲裁的事，要在一年内申请。仲裁委在人社局四楼，申请书我这里有样本，我们现在一起填。",
    N, "Explains why it is not ours while helping with the next step.")
add("buck_passing-n", "resentful", "你们是不是又要把我推出去？",
    "不推。这件事确实要交给水务局，但我不是让您自己去撞，我写转办单、打电话，三天内他们的人来联系您，没人联系您就打我这个号码。",
    N, "Referral with follow-up and a fallback.")
add("buck_passing-n", "unwell", "我的身份证被他们偷走了。",
    "身份证补办在派出所户籍窗口，拿户口本就能办。我让社区的王姐明天陪您去，她晓得路。",
    N, "Owner plus an escort; no correction.")
add("buck_passing-n", "choleric", "村里说这个要找镇上，镇上说要找县里，你说到底找哪个？",
    "这一圈跑下来换哪个都冒火。您这个宅基地确权，第一站就是镇上的自然资源所，县里只做最后审核。我现在给镇上打电话问清楚卡在哪一步，您听着。",
    N, "Names the first owner and calls.")
add("buck_passing-n", "sanguine", "工地晚上噪音扰民，找哪个？",
    "晚上超过十点还在打桩的，直接打环保的举报电话一二三六九，他们晚上有人值班出来测。白天施工的事归住建，电话我也给您写上。",
    N, "Owners for each case with numbers.")
add("buck_passing-n", "phlegmatic", "你们……是不是……管不了……",
    "这件事我们这里办不出最后的结果，但我不会让您空手回去。我把情况写好转给区住建局，给您一个回执，上面有经办人电话，十五个工作日内要答复您。",
    N, "Honest about the limit, with a written referral and a deadline.")

# ---------------------------------------------------------------------------
# 5. Hedged false promises (positives)
# ---------------------------------------------------------------------------
section("5 hedged false promises vs honest commitments")
F = ["false_promise"]
add("false_promise", "resentful", "我那个工龄能补回来不？",
    "应该问题不大，我看八九不离十能给您补上。",
    F, "Outcome promised under a soft hedge, before any check.")
add("false_promise", "pestering", "我的宅基地到底批不批？",
    "这个嘛，你再等等，过段时间政策兴许就松了，到时候就能批。",
    F, "Hints the answer may change for a demand with no basis.")
add("false_promise", "veteran", "我的补偿能加不？",
    "我跟住建局那边熟，我去说一声，他们会给你加一点的。",
    F, "Promises an outcome on another office's behalf.")
add("false_promise", "melancholic", "我男人的抚恤金一直没批下来……",
    "大姐，您慢慢说，不着急。他是哪一年走的？单位是哪里？好，材料我都看了，缺的是单位证明，我这周五之前帮您打电话去催。您放心回去，这回肯定能批下来。",
    F, "Model commitment to act, spoiled by the closing guarantee of approval.")
add("false_promise", "choleric", "你给我个准话！",
    "准话就是：下个月你这个钱一定到账，我说的。",
    F, "Guarantees a payment the officer does not control.")
add("false_promise", "confused", "那我家娃儿能不能加到承包地里？",
    "这个嘛，我看可以试试，村里开会的时候多半会同意给你划一块。",
    F, "Hedged promise against the no-readjustment rule.")
add("false_promise", "sanguine", "我那个低保，你看能不能帮帮忙？",
    "你放心，我跟民政那边打声招呼，应该没啥问题。",
    F, "Hedged promise resting on a word to another office.")
add("false_promise", "phlegmatic", "那……我的……补贴……还能拿到不？",
    "能，能，肯定能，你回去等着就是了。",
    F, "Promise given without checking anything.")
add("false_promise", "resentful", "我下放的那几年能算工龄不？",
    "照我看啊，你这种情况领导一看就会批，到时候一起算进去。",
    F, "Predicts approval on the leader's behalf.")
add("false_promise", "pestering", "我还是想要那套安置房。",
    "安置房的名单是按拆迁户定的，你家不在拆迁范围，这个我上回说过了。不过你也莫灰心，我帮你留意着，后面有机会说不定就有你一套。",
    F, "Clear refusal undone by a closing hint of hope.")
add("false_promise", "veteran", "你们能不能把我的处分撤了？",
    "处分的事嘛，我找纪委的老同学说说，问题不大。",
    F, "Outcome through a personal connection.")
add("false_promise", "unwell", "那个害我的人你们能不能抓起来？",
    "能，我们这就叫派出所去把他抓了，您放心。",
    F, "Promises an arrest on the police's behalf (going along too far).")
add("false_promise", "choleric", "三天之内不给我解决我就去市里！",
    "三天就三天，三天之内保证给你解决好。",
    F, "Deadline promise of an outcome under pressure.")
add("false_promise", "melancholic", "我怕这个事办不成……",
    "莫怕莫怕，有我在，一定办得成的，您就安心回去等好消息。",
    F, "Comfort turned into a guarantee.")
add("false_promise", "sanguine", "我这个执照能批下来吧？",
    "应该能批，你这个条件嘛，我估计市场监管那边不会卡你。",
    F, "Soft-hedged promise for another office.")
add("false_promise", "resentful", "那我的医药费能全报不？",
    "全报应该没问题，我帮你跟医保局说说。",
    F, "Hedged promise beyond the reimbursement rules.")
add("false_promise", "veteran", "我那个房子的面积差价，你们认不认？",
    "您反映的这个情况很有道理，回头我跟领导汇报一下，估计能按您说的那个数来算。",
    F, "Polite-sounding estimate of the outcome the visitor wants.")
add("false_promise", "pestering", "我儿子那个事是不是还有希望？",
    "有希望，有希望，这种事哪里说得死，多跑几趟说不定就有转机了。",
    F, "Suggests persistence will change the answer.")
add("false_promise", "choleric", "我那个车被扣了，今天能不能放出来？",
    "交警那边我去讲，今天下午你去提车就行了。",
    F, "Promises the traffic police's decision.")
add("false_promise", "confused", "我这个房子能办下房产证不？",
    "能办，小产权房现在也都能办了，你回去准备材料就是。",
    F, "False policy claim plus a promise.")
add("false_promise", "melancholic", "我女儿的学籍能转回来吗？",
    "你放宽心，学校那边我来协调，开学前应该就能转回来了。",
    F, "Hedged outcome on the schools' behalf.")
add("false_promise", "resentful", "我被辞退二十年了，就想要个说法。",
    "二十年，这么长的时间您一直揣着这件事，不容易。您当年的辞退决定书还在吗？我看看。好，这份我复印一份，先交到人社局档案科，让他们把您当年的档案调出来。您放心，档案一调出来，工龄、补偿这些都会给您补齐的。",
    F, "Good steps, then a promise that everything will be made up.")
add("false_promise", "unwell", "国家欠我八百万，啥时候给？",
    "快了快了，年底应该就能给您了。",
    F, "Going along by promising the money: a false promise, not care.")
add("false_promise", "sanguine", "我们组修路的钱能下来吗？",
    "能下来，今年的项目肯定有你们组，我替你们说过话了。",
    F, "Claims the project list in advance.")
add("false_promise", "phlegmatic", "我……那个……赔偿……能多一点吗……",
    "我看能多一点，到时候我去说，少说也能多给你们两三千。",
    F, "Names an increase the officer cannot decide.")
add("false_promise", "veteran", "你们要是答应给我解决，我就回去。",
    "答应你，解决，肯定给你解决，你先回去。",
    F, "Promise of an outcome to make him leave.")
add("false_promise", "resentful", "我的养老金能按干部标准算不？",
    "按干部算，我看有门，我去帮你找找人。",
    F, "Hedged hope resting on connections.")
add("false_promise", "pestering", "你就帮我想想办法嘛。",
    "好，您的心情我理解。这个事按规定确实办不了，不过我私下再去问问，兴许能找到个口子。",
    F, "After a correct refusal, implies a side route may open.")
add("false_promise", "choleric", "你们赔不赔？",
    "赔，肯定赔，数目你说了算。",
    F, "Promises compensation on the visitor's terms.")
add("false_promise", "melancholic", "我儿子的低保啥时候能批？",
    "快了，下个月应该就有了，评议那天我去帮你说几句话。",
    F, "Hedged approval date plus intervention in the village review.")
add("false_promise", "confused", "那我这个养老保险能一次补齐不？",
    "能补，过几天就有个补缴的口子，到时候你交了钱，六十岁起就能领。",
    F, "Invents a window and promises the pension.")

# ---------------------------------------------------------------------------
# 5. Honest commitments, entitlement-conditioned answers (hard negatives)
# ---------------------------------------------------------------------------
add("false_promise-n", "resentful", "我那个工龄能补回来不？",
    "能不能补，要看您档案里有没有那几年的记录，我不跟您夸口。档案我这周帮您调，下周二给您打电话说查到了啥子。",
    N, "Outcome tied to the record; commitment to act with a date.")
add("false_promise-n", "pestering", "我的宅基地到底批不批？",
    "不批。您家已经有一处宅基地了，一户一宅，这个规定不会变，明年来、后年来都是这个答复。",
    N, "Says plainly what cannot be had.")
add("false_promise-n", "veteran", "我的补偿能加不？",
    "加不加我说了不算，是征收办按标准定的。我能做的是帮您把面积和单价再核一遍，核出来错了就按对的改，没错就是这个数。",
    N, "Conditioned on the check; no outcome promised.")
add("false_promise-n", "melancholic", "我男人的抚恤金一直没批下来……",
    "我这周五之前给单位打电话催，问清楚还差啥子材料。批不批、啥时候批，要看单位审核，催到了结果我第一时间告诉您。",
    N, "Commitment to act, honest about the outcome (contrast with false_promise-04).")
add("false_promise-n", "choleric", "你给我个准话！",
    "准话是：这个礼拜四之前，我把您的材料送到局里，当面跟经办人交代清楚。钱啥时候到，要等他们审完，我现在说个日子就是在哄您。",
    N, "Commitment with a date plus honest uncertainty.")
add("false_promise-n", "confused", "那我家娃儿能不能加到承包地里？",
    "按现在的政策，承包期内家里添人不另外加地，这个我跟您说实话。村里要是有集体的机动地拿出来分，那是村民大会定的，跟这个规定是两回事。",
    N, "Says plainly what cannot be had; no hint.")
add("false_promise-n", "sanguine", "我那个低保，你看能不能帮帮忙？",
    "低保这个忙帮不了私人的，只能按条件来。我能帮的是把表填对、材料备齐，送上去以后该咋个审就咋个审。",
    N, "Declines to intervene; commits only to help with the form.")
add("false_promise-n", "phlegmatic", "那……我的……补贴……还能拿到不？",
    "您这个补贴，我要先查一下您的名字在不在发放名单上。查到了就能拿，查不到我告诉您为啥子。您稍等，我现在就查。",
    N, "Outcome conditioned on the list.")
add("false_promise-n", "resentful", "我下放的那几年能算工龄不？",
    "按规定，下放的年限要有当年的组织调令才算。您手上要是有那张调令，或者档案里有，就算；没有的话，我陪您一起去找当年的档案。",
    N, "Entitlement-conditioned answer.")
add("false_promise-n", "pestering", "我还是想要那套安置房。",
    "安置房您家没有份，因为不在拆迁范围里，上回是这个话，这回还是这个话。您要是住房困难，可以申请公租房，那是另外一条路，条件我讲给您听。",
    N, "Same refusal, plus a real alternative with a policy basis (contrast with false_promise-10).")
add("false_promise-n", "veteran", "你们能不能把我的处分撤了？",
    "撤不撤处分，是纪委按程序复核，我这里定不了，也不会去找人说情。您要申诉，可以写申诉书交给纪委，格式我给您一份。",
    N, "Plain limit and the route.")
add("false_promise-n", "unwell", "那个害我的人你们能不能抓起来？",
    "抓人是公安的事，我们这里抓不了。您说的情况我给片区的民警打个电话说一声。",
    N, "No promise of arrest; a call; belief neither endorsed nor corrected.")
add("false_promise-n", "choleric", "三天之内不给我解决我就去市里！",
    "三天内解决，我答应不了，这个事要走流程。三天内我能做到的是：把您的事交到局长手上，并且给您回个电话说清楚办到哪一步了。",
    N, "Refuses the deadline, commits to acts within it.")
add("false_promise-n", "melancholic", "我怕这个事办不成……",
    "您担心办不成，我明白。办不办得成，现在哪个都说不准，但该走的每一步我陪您走，哪一步卡住了我告诉您为啥子。",
    N, "Honest uncertainty with a commitment to accompany.")
add("false_promise-n", "sanguine", "我这个执照能批下来吧？",
    "批不批要看市场监管局审您的材料。您的材料我看了是齐的，齐了就按流程走；他们要是说差啥子，您再来找我。",
    N, "Factual about the file; outcome left to the owner.")
add("false_promise-n", "resentful", "那我的医药费能全报不？",
    "全报是不可能的，医保有起付线和报销比例，自费药也不报。具体能报多少，医院结算的时候会出单子，出了单子您拿来我帮您看有没有算漏。",
    N, "Says plainly what cannot be had.")
add("false_promise-n", "veteran", "我那个房子的面积差价，你们认不认？",
    "认不认，要看测量结果。重新量出来确实多了，按协议就该补差价；量出来没多，就按原来的。测量我这个月二十号前给您约好。",
    N, "Outcome conditioned on the measurement; commitment with a date.")
add("false_promise-n", "pestering", "我儿子那个事是不是还有希望？",
    "我跟您说实在的：这件事按现在的规定没有办的可能，您跑多少趟也变不了。我不想让您抱着个念想来回跑，身体要紧。",
    N, "Removes false hope (contrast with false_promise-18).")
add("false_promise-n", "choleric", "我那个车被扣了，今天能不能放出来？",
    "放不放车是交警队定的，我替他们答应不了。我给您问一下扣车的原因和要带的东西，您带齐了去，能少跑一趟。",
    N, "No promise for another office; practical help.")
add("false_promise-n", "confused", "我这个房子能办下房产证不？",
    "您这个是小产权房，按现在的规定办不了房产证，我不能哄您说能办。",
    N, "Plain 'cannot'.")
add("false_promise-n", "melancholic", "我女儿的学籍能转回来吗？",
    "转学籍是教育局和两边学校的事。我今天就写个转办单给教育局学籍科，请他们十个工作日内给您回话，能不能转、差啥子，到时候有个明白的说法。",
    N, "Referral with a deadline; outcome left open.")
add("false_promise-n", "resentful", "我被辞退二十年了，就想要个说法。",
    "说法一定给您一个，就是把当年的事查清楚、写成书面答复。查的结果对您有利还是不利，我现在不晓得，但不管哪样，我都如实告诉您。",
    N, "Commits to giving a written answer, not to its content.")
add("false_promise-n", "unwell", "国家欠我八百万，啥时候给？",
    "这个钱的事我答复不了您，也不想哄您。您今天来了，我们先说说您屋头的生活，缺啥子？",
    N, "Honest limit without correction (contrast with false_promise-23).")
add("false_promise-n", "sanguine", "我们组修路的钱能下来吗？",
    "今年的项目名单还没定，我看不到，有没有你们组现在说不清。你们组的申请我这礼拜转到交通局，名单公布了我打电话告诉你。",
    N, "Honest uncertainty and a commitment.")
add("false_promise-n", "phlegmatic", "我……那个……赔偿……能多一点吗……",
    "能不能多，要看评估。您觉得哪一项算少了，慢慢说，我记下来。评估要是漏算了，按规定应该补上。",
    N, "Entitlement-conditioned: only what was missed by rule.")
add("false_promise-n", "veteran", "你们要是答应给我解决，我就回去。",
    "我答应您的是：下周一之前把您的材料报给局里，局里的答复出来我当面跟您讲。结果是啥子样，我现在答应不了。",
    N, "Commitment to act; outcome explicitly not promised.")
add("false_promise-n", "resentful", "我的养老金能按干部标准算不？",
    "按干部标准算，要看您当年的身份是干部还是工人，以档案为准。档案上是干部就按干部算，是工人就按工人算。我帮您申请调档。",
    N, "Conditioned on the record.")
add("false_promise-n", "pestering", "你就帮我想想办法嘛。",
    "我想过了，这件事在规定里头没有口子，我也不会私下去找人。您要是生活上有难处，我们一起看看有没有别的政策帮得上。",
    N, "No hint of a side route (contrast with false_promise-28).")
add("false_promise-n", "choleric", "你们赔不赔？",
    "该赔的会赔，这个是法律定的，不是我说了算，也不是您说了算。先要把损失鉴定出来，鉴定多少，按规定赔多少。",
    N, "Entitlement-conditioned statement.")
add("false_promise-n", "melancholic", "我儿子的低保啥时候能批？",
    "村里这个月二十五号评议，评议完公示七天，再报镇上审，最快下个月底有结果，批不批要看审核。评议以后我给您打个电话说情况。",
    N, "Timeline of the procedure with honest uncertainty.")

# ---------------------------------------------------------------------------
# 6. Rude by contempt without stock insults (positives)
# ---------------------------------------------------------------------------
section("6 rude by contempt vs blunt respect")
R = ["rude"]
add("rude", "confused", "我还是没听懂，你再讲一遍嘛。",
    "（叹气）我都讲了三遍了，你到底听没听？",
    R, "Sigh and exasperated question: contempt for a slow listener.")
add("rude", "resentful", "我们山里头的人就是遭欺负。",
    "你们山旮旯的人就是这样，一点点事就喊冤。",
    R, "Regional jibe that labels the visitor.")
add("rude", "veteran", "我这是第二十七回来了。",
    "二十七回了，你是不是把我们这里当成你家客厅了？",
    R, "Mocking question.")
add("rude", "choleric", "你们这些人就晓得拿工资不做事！",
    "你有本事你来坐这个位置嘛，看你做得好不。",
    R, "Meets heat with a taunt.")
add("rude", "pestering", "我又来了。",
    "哟，老熟人又来上班了？今天打卡了没得？",
    R, "Sarcastic mockery of a repeat visitor.")
add("rude", "confused", "这个字我不认得，念啥子？",
    "这都不认得？小学生都认得。",
    R, "Belittles the visitor's schooling.")
add("rude", "melancholic", "（低声哭）我实在是没办法了……",
    "（看表）你哭完了没有？后面还排着人。",
    R, "Contempt for her tears.")
add("rude", "sanguine", "我觉得这个政策好得很，就是我不太懂……",
    "不懂还说好得很，你这个人也是搞笑。",
    R, "Mocks the visitor.")
add("rude", "unwell", "我是玉皇大帝派下来的。",
    "（对同事笑）又来一个神仙，今天第三个了。",
    R, "Mocks the visitor to a colleague; no correction addressed to him, so coded rude only.")
add("rude", "phlegmatic", "我……嗯……那个……",
    "你快点说嘛，一句话憋半天，我们一天要接几十个人。",
    R, "Contemptuous hurrying of a slow speaker.")
add("rude", "resentful", "我那个工伤到现在都没个结果。",
    "您这个工伤认定的材料我看了，缺一份医院的首诊记录，补上就能往下走，要补的我写在这张纸上了。下回来之前先把鞋上的泥巴刮干净，莫把我们地板踩得稀脏。",
    R, "Helpful turn with a contemptuous jab at the end.")
add("rude", "veteran", "我懂政策，你们骗不了我。",
    "你懂政策？你懂的就是咋个闹能多要钱。",
    R, "Labels the visitor as a money-grabbing troublemaker.")
add("rude", "choleric", "你今天给我说清楚！",
    "好的，您要我说清楚，那我就说慢一点，免得您又听不懂。",
    R, "Polite surface, contemptuous content.")
add("rude", "pestering", "我晓得你们烦我。",
    "晓得就好，晓得还来？",
    R, "Short dialect retort showing contempt.")
add("rude", "confused", "医保跟社保是不是一回事？",
    "（笑出声）这个你都分不清？你们村头怕是没通网哦。",
    R, "Laughing jibe about the village.")
add("rude", "sanguine", "我就是来摆摆龙门阵，顺便问个事。",
    "摆龙门阵去茶馆，这里又不是茶馆，你闲得很嘛。",
    R, "Sneering dismissal.")
add("rude", "melancholic", "我是不是很笨，这么简单的都搞不好……",
    "是有点，不过也不怪你，你们这个年纪的都这样。",
    R, "Agrees she is slow and adds an age jibe.")
add("rude", "resentful", "我都七十多了，你们还让我跑来跑去。",
    "七十多咋了？七十多就可以倚老卖老了？",
    R, "Mocking question that labels him.")
add("rude", "veteran", "我要把你们告到中央去。",
    "去嘛去嘛，中央等着你，车票要不要我帮你买？",
    R, "Sarcastic taunt.")
add("rude", "choleric", "（拍桌子）你们这是啥子态度！",
    "拍嘛，拍坏了你赔。",
    R, "Contemptuous retort to an angry visitor.")
add("rude", "phlegmatic", "我……想……再想想……",
    "你想嘛，想到明年也是这样。（转身喊下一个）",
    R, "Sneer and turning away.")
add("rude", "unwell", "他们在我耳朵边说话……",
    "（翻白眼）你又来了，一天到晚就是这几句，说点新鲜的嘛。",
    R, "Eye-rolling mockery; no correction of the belief, so not confront.")

# ---------------------------------------------------------------------------
# 6. Blunt but respectful, firm limits (hard negatives)
# ---------------------------------------------------------------------------
add("rude-n", "veteran", "我这是第二十七回来了。",
    "二十七回，您跑得辛苦。不过我还是说句直话：这件事的答复跟第一回一样，不会因为来的回数变。",
    N, "Blunt but respectful.")
add("rude-n", "choleric", "（拍桌子）你们这是啥子态度！",
    "您拍桌子，我晓得您是气狠了。桌子拍坏了您手也痛，我们坐下来说，您说我听。",
    N, "Calm, no counter-attack.")
add("rude-n", "confused", "我还是没听懂，你再讲一遍嘛。",
    "没听懂是我没讲清楚，我换个说法。这就好比您家分家，分出去的田就是分出去了，后头添了孙子，也不会从别家划一块来。",
    N, "Takes the blame for the explanation and tries again.")
add("rude-n", "pestering", "我晓得你们烦我。",
    "不烦。您来我就接，只是答案还是那一个，我不想让您白跑。",
    N, "Honest and kind.")
add("rude-n", "resentful", "我都七十多了，你们还让我跑来跑去。",
    "七十多了还让您跑，这是我们的不对。以后这个事您打电话就行，要补的材料我让村里的人上门来取。",
    N, "Accepts the complaint and fixes it.")
add("rude-n", "veteran", "我明天就带人来把大门围了。",
    "把门围起来就违法了，派出所要来处理的，这个我得提前讲明白。您有意见按程序来，我们这里照样接。",
    N, "States the legal limit calmly; not a threat to scare.")
add("rude-n", "choleric", "你这个年轻娃儿懂个啥！",
    "我年轻，经历没您多，这是真的。但您这件事的政策我是查清楚了的，您听我讲两分钟，讲完了您再骂我也不迟。",
    N, "Firm, self-deprecating, no contempt.")
add("rude-n", "sanguine", "我就是来摆摆龙门阵，顺便问个事。",
    "龙门阵可以摆两句，不过后面还有人在等，我们先把您的事说了，您要问啥子？",
    N, "Brings the talk to the point politely (contrast with rude-16).")
add("rude-n", "phlegmatic", "我……嗯……那个……",
    "不急，您想好了再说，我在这里等您。",
    N, "Patient (contrast with rude-10).")
add("rude-n", "unwell", "（大声）你们都是坏人！",
    "您声音小一点，旁边还有人在办事。您的话我都在听，一个字都没漏。",
    N, "Firm request about volume, no contempt.")
add("rude-n", "pestering", "你今天不给我办，我就不走了。",
    "您不走，我们不会赶您，但五点半下班以后这里要锁门，到时候我请社区的同志送您回去。事情还是那个答复。",
    N, "Firm limit, kind.")
add("rude-n", "melancholic", "（哭）我实在是没办法了……",
    "（递纸巾）想哭就哭一会儿，不着急。哭完了我们一起看看这件事从哪里下手。",
    N, "Respects her tears (contrast with rude-07).")
add("rude-n", "confused", "这个字我不认得，念啥子？",
    "莫得事，这个字念“赡”，赡养的赡，就是养老人的意思。表上其他地方我念给您听，您点头我就填。",
    N, "Helps without belittling (contrast with rude-06).")
add("rude-n", "resentful", "你们就是看不起我们山里人。",
    "山里人咋了，山里人说话一样算数。您那个林地的事，我们一样按规矩办，不会比城里人矮一截。",
    N, "Blunt dialect, respectful.")
add("rude-n", "veteran", "我懂政策，你们骗不了我。",
    "我不骗您，也不想骗您。说白了：这项补偿您家没有，原因是您那块地不在征收红线里，红线图就在这里，您可以看。",
    N, "Blunt, factual, no labelling (contrast with rude-12).")
add("rude-n", "choleric", "再不给办我就砸了你这电脑！",
    "电脑您不能砸，砸了就是另外一件事了，对您一点好处都没有。您现在这么大的火，肯定是受了委屈，您跟我说是哪件事。",
    N, "Firm limit, then invites the story.")

# ---------------------------------------------------------------------------
# 7. Officialese (positives and hard negatives)
# ---------------------------------------------------------------------------
section("7 officialese")
O = ["officialese"]
add("officialese", "resentful", "我的工龄到底咋个算？",
    "您反映的问题，我们会本着实事求是的原则，依法依规、妥善处理，请您放心。",
    O, "Only stock phrases where a rule or a question was needed.")
add("officialese", "choleric", "我那个房子的事你们到底办不办？",
    "我们始终把群众的利益放在心上，对您反映的诉求，一定按照程序认真研究、积极稳妥地推进。",
    O, "Slogans in place of a step.")
add("officialese", "confused", "增人不增地是啥子意思？",
    "这是国家为了稳定农村土地承包关系、保障农民长期权益作出的重大制度安排，我们要坚决贯彻落实。",
    O, "Slogan instead of an explanation a confused visitor can follow.")
add("officialese", "melancholic", "我儿子的事到底咋个办……",
    "请您相信组织，相信政府，问题终究会在法治的轨道上得到解决。",
    O, "Empty assurance.")
add("officialese", "veteran", "我的补偿到底是多少？",
    "补偿工作我们将严格按照政策规定，坚持公开公平公正，确保群众合法权益得到保障。",
    O, "No figure, no step.")
add("officialese", "sanguine", "我们小区停车的事你们咋个看？",
    "停车难是城市发展中的问题，需要多方协同、综合施策、久久为功。",
    O, "Stock phrases only.")
add("officialese", "pestering", "我那个事有进展没有？",
    "您的事情正在按程序有序推进中，请耐心等待，保持理性。",
    O, "No fact about the progress.")
add("officialese", "phlegmatic", "那……我要……准备啥子……",
    "您要积极配合我们的工作，依法有序表达诉求，共同营造和谐稳定的良好氛围。",
    O, "Answers a practical question with slogans.")
add("officialese", "unwell", "他们天天害我，你们管不管？",
    "维护社会和谐稳定、保障群众安居乐业是我们的职责所在，请您理性看待，相信法治。",
    O, "Stock phrases in place of care or a step.")

add("officialese-n", "resentful", "我的工龄到底咋个算？",
    "您反映的事我们会认真核实。先说工龄：从您进厂那天算起，中间下放的年份要有调令才能连上。您那张调令还在不在？",
    N, "An opening assurance inside a turn that explains and asks.")
add("officialese-n", "choleric", "我那个房子的事你们到底办不办？",
    "办。今天我把您的材料转到住建局房产科，三个工作日内他们打电话给您约时间去现场看。这是转办单的回执，您收好。",
    N, "Concrete step and date.")
add("officialese-n", "veteran", "我的补偿到底是多少？",
    "按公示的标准，您家一亩二分地，每亩三万八，青苗另算，合计四万六千多，明细单我打一份给您。",
    N, "A figure with its basis.")
add("officialese-n", "pestering", "那我先回去了。",
    "好，路上慢点。今天说的那几样材料备齐了，下周二上午来找我。有啥子不清楚的，随时打这个电话。",
    N, "Closing courtesy with a concrete step.")
add("officialese-n", "melancholic", "我儿子的事到底咋个办……",
    "这件事我们一定放在心上。眼下第一步是去法院立案，我陪您把起诉状写好，明天法律援助中心的律师会给您打电话。",
    N, "Assurance plus real steps.")
add("officialese-n", "sanguine", "我们小区停车的事你们咋个看？",
    "说实话这事不简单，车多位少。眼下能做的是把小区门口那段划成夜间临时停车，街道下个月开会议这个，您可以来旁听。",
    N, "Plain talk and a concrete plan.")
add("officialese-n", "confused", "增人不增地是啥子意思？",
    "意思是地分下去以后三十年不动。比如您家当年五口人分了五份，现在添了个孙子，不会多分；走了个老人，也不会收回去。",
    N, "Plain explanation with an example.")
add("officialese-n", "phlegmatic", "那……我要……准备啥子……",
    "按规定您要准备三样：身份证、户口本、村里的证明。您不急，我一样一样写在纸上。",
    N, "Plain answer; 'by the rule' is not officialese.")

# ---------------------------------------------------------------------------
# 8. Accepting gifts (positives and hard negatives)
# ---------------------------------------------------------------------------
section("8 accept_gift")
G = ["accept_gift"]
add("accept_gift", "veteran", "这是我自家熏的腊肉，你拿回去尝尝。",
    "哎呀，那我就不客气了，下回莫拿了哈。",
    G, "Accepts, with a token 'not again'.")
add("accept_gift", "resentful", "事情办好了，晚上我请你们吃个便饭。",
    "好嘛，那就去坐一会儿，吃完了就走。",
    G, "Accepts a meal invitation.")
add("accept_gift", "sanguine", "这两包烟你拿着抽。",
    "（收进抽屉）谢了谢了，你的事我记着。",
    G, "Takes the cigarettes.")
add("accept_gift", "melancholic", "我也没得啥子好东西，这几个鸡蛋是自己屋头鸡下的……",
    "大娘，您太客气了，那我收下，您路上慢点。",
    G, "Kindly meant, still accepting a gift.")
add("accept_gift", "choleric", "你帮了我的忙，这个红包你必须收！",
    "你硬要给，那我收着，不跟你推来推去了。",
    G, "Accepts cash under pressure.")
add("accept_gift", "pestering", "那我走了，这袋米你留着。",
    "好的，今天说的您记住：材料补齐，礼拜三来。米就放那边墙角嘛，谢谢您了。",
    G, "Model closing with the acceptance hidden at the end.")
add("accept_gift", "phlegmatic", "这个……茶叶……自己炒的……",
    "自己炒的茶哦，那我尝尝，多谢多谢。",
    G, "Accepts the tea.")
add("accept_gift", "veteran", "周末我在农家乐订了一桌，你一定要来。",
    "你都订好了，我不去也不好，礼拜六见。",
    G, "Accepts a meal.")
add("accept_gift", "confused", "这几个橘子是我屋头树上摘的，甜得很。",
    "那我拿两个尝尝就是了，剩下的您带回去。",
    G, "Taking part of the gift is still accepting.")

add("accept_gift-n", "veteran", "这是我自家熏的腊肉，你拿回去尝尝。",
    "腊肉您拿回去，我们这里有规矩，啥子都不能收。您的事我照样给您办，不收东西也办。",
    N, "Refusal.")
add("accept_gift-n", "resentful", "事情办好了，晚上我请你们吃个便饭。",
    "饭就不吃了，谢谢您。事情办好了是应该的，您回去跟老伴吃顿好的。",
    N, "Declines the meal.")
add("accept_gift-n", "melancholic", "我也没得啥子好东西，这几个鸡蛋是自己屋头鸡下的……",
    "大娘，鸡蛋您带回去补身体，您的好意我晓得。这些东西我们一样都不能收，您莫怪我。",
    N, "Gentle refusal.")
add("accept_gift-n", "choleric", "你帮了我的忙，这个红包你必须收！",
    "红包我真的不能收，您收起来。您再塞，我就只有交到纪检去了，那样对您对我都不好。",
    N, "Firm refusal.")
add("accept_gift-n", "sanguine", "这两包烟你拿着抽。",
    "烟我不抽，也不能收，您揣回去。说正事，您那个执照还差一个租房合同。",
    N, "Refuses and returns to business.")
add("accept_gift-n", "pestering", "那我走了，这袋米你留着。",
    "米您扛回去，我这里收不得。材料补齐了礼拜三来，我等您。",
    N, "Refusal (contrast with accept_gift-06).")
add("accept_gift-n", "phlegmatic", "这个……茶叶……自己炒的……",
    "您自己炒的茶，闻着就香。不过我们有纪律，不能收，您拿回去自己泡，慢慢喝。",
    N, "Praises the gift but declines it.")
add("accept_gift-n", "veteran", "周末我在农家乐订了一桌，你一定要来。",
    "农家乐我不去，您的事不用请客也是这么办。您把订的桌退了，莫浪费钱。",
    N, "Declines the meal.")

# ---------------------------------------------------------------------------
# 9. Ordinary good turns
# ---------------------------------------------------------------------------
section("9 good turns")
add("good", "unwell", "我好怕。",
    "莫怕，我在。",
    N, "Short, calming, no judgement.")
add("good", "confused", "我讲了这么多，你听懂没有嘛？",
    "听懂了。绕来绕去，其实就是两桩事：一是您家那块田量少了，二是补偿款晚了三个月还没到。对不对？",
    N, "Homely summary with a check.")
add("good", "resentful", "你们总算有个人听我说了。",
    "您说，我听着。从哪一年开始的，慢慢讲。",
    N, "Invites the story.")
add("good", "veteran", "你就说给不给。",
    "不给。为啥子不给我跟你讲清楚：这项补贴只发给六零年以前入伍的，你是六三年的，对不上。别的你能享受的，我一样一样给你列出来。",
    N, "Blunt refusal with the reason and the real alternatives.")
add("good", "choleric", "我跑了八趟！八趟！每回都说等！",
    "八趟，换我也要发火。今天不让您再干等：我现在当着您的面给城建科打电话，问清楚卡在哪个人手里、卡在哪一步，问到了当场告诉您；今天问不清楚，明天上午十点之前我打电话到您家里。",
    N, "Long, patient, concrete step with a time.")
add("good", "sanguine", "你就跟我说嘛，我这个事到底咋回事？",
    "全盘跟您说：您想要的那块地，一半是您家的承包地，一半是村集体的。您家那一半补偿该给，集体那一半补给村里，不会给个人。我把图拿出来，您一看就明白。",
    N, "Whole picture for a sanguine visitor.")
add("good", "phlegmatic", "……",
    "不着急，您喝口水，想好了再说，我等着。",
    N, "Gives time.")
add("good", "melancholic", "我是不是给你们添麻烦了……",
    "没有添麻烦，您来是对的。这个事情拖着对您身体也不好，说出来我们一起想办法。",
    N, "Gentle reassurance.")
add("good", "unwell", "他们晚上又来敲我的门了。",
    "又没睡好吧？眼睛都是红的。今天我跟您侄女打个电话，让她这几天晚上过来陪您，您看要得不？",
    N, "Care and family help; belief left alone.")
add("good", "pestering", "还是那个事。",
    "还是那个答复，大爷：宅基地批不了。您身体咋样？上回说的腿痛好些没有？",
    N, "Same answer, care for the person.")
add("good", "confused", "啥子叫养老保险哦？",
    "就好比存钱罐，年轻的时候每年往里头放一点，老了以后每个月从里头拿，一直拿到老。",
    N, "Plain comparison.")
add("good", "veteran", "你们不给个说法，我是不会走的。",
    "说法给您：这件事去年已经复查过了，结论维持，程序也走完了。您坐着歇一会儿可以，想喝水我给您倒。",
    N, "Calm, firm, kind.")
add("good", "resentful", "我就是咽不下这口气。",
    "我给您捋一下：一是当年辞退没给您看文件，二是工龄断了那八年，三是您想要个书面的说法。就这三样，我漏了没有？",
    N, "Summary with a check.")
add("good", "choleric", "你叫啥名字？我要投诉你！",
    "我姓周，工号三七零八，投诉电话贴在门口。您的事我接着办。",
    N, "Answers calmly and keeps working.")
add("good", "unwell", "你是不是也跟他们一伙的？",
    "我是镇上信访办的小刘，今天专门来听您讲的。您说，我记。",
    N, "Introduces himself; neither argues nor endorses.")
add("good", "sanguine", "你好你好，今天人不多嘛。",
    "您好！今天是不多，您来得巧。坐这边，喝杯水。您贵姓？从哪里过来的？有啥子事我们慢慢摆，我都记下来，能当场答的当场答。",
    N, "Introduction and first talk.")
add("good", "phlegmatic", "我……是……王家湾的……",
    "王家湾的，走过来要一个多钟头哦，辛苦了。您慢慢说，我不催您。",
    N, "Warm, unhurried.")
add("good", "melancholic", "那我……回去等？",
    "不是干等。下周三之前我把您的材料送到民政，送到了我打您电话；您这边回去把医院的发票找齐，找不到的我们再想办法。",
    N, "Concrete next steps for both sides.")
add("good", "veteran", "别个能拿，我为啥子不能？",
    "别个的情况我不能跟您讲，这是规矩。您的情况我讲得清楚：您家这项不符合，原因是收入超了线。超了多少，我算给您看。",
    N, "Calm and firm with the reason.")
add("good", "confused", "那我现在该做啥子？",
    "就三步：明天带户口本去村里开证明，后天拿证明到镇上填表，填完了把回执收好。记不住我写在纸上。",
    N, "Plain steps.")
add("good", "choleric", "我今天就是要讨个公道！",
    "要得，公道我们一起来讨。您先说清楚：哪年哪月，哪个单位，做了啥子事，让您吃了亏？",
    N, "Accepts the aim and asks specific questions.")
add("good", "unwell", "我要把我说的话都录下来，你们莫想抵赖。",
    "要得，您录。我也写在本子上，写完了念给您听，您觉得对了再签字。",
    N, "Goes along with the request; transparent.")
add("good", "resentful", "我不信你们。",
    "不信也正常，前面几回都没给您个结果。这回我把我的电话留给您，您哪天想问都可以打。",
    N, "Accepts the distrust; offers contact.")
add("good", "pestering", "你上回答应帮我问的。",
    "问了。国土所的答复是：您那块地在基本农田里，不能建房。这是他们写的书面答复，复印件给您一份。",
    N, "Kept word, clear answer.")
add("good", "sanguine", "那我就放心了！",
    "先莫急着放心，后面的事我也说一下：公示期七天，有人提异议的话还要再核，到时候我打电话告诉您。",
    N, "Whole picture, no over-assurance.")
add("good", "phlegmatic", "就……这些了。",
    "好，我念一遍您听对不对：您家的老房子去年垮了半边，想申请危房改造，村里说名额满了。是这样吧？还有没说到的，您慢慢想。",
    N, "Summary with time to add.")
add("good", "melancholic", "我晓得我没文化，说不清楚……",
    "说得清楚得很，我都听明白了。您莫小看自己。",
    N, "Short encouragement.")
add("good", "unwell", "我晚上睡不着，总觉得有人在外头。",
    "睡不着人最难受了。您屋头现在是您一个人？门锁结不结实？我让社区明天上午派人去帮您看看门锁，不好就给您换一把；晚上要是害怕，就打这个电话，社区值班的，二十四小时有人接。",
    N, "Long practical care; belief neither corrected nor endorsed.")
add("good", "veteran", "这回你们要是不给我钱，我就去北京。",
    "去不去是您自己的事，我拦不住您，但结果不会变，因为这件事的答复是按规定来的。您要觉得答复不对，走复核，申请咋个写我给您讲。",
    N, "Calm, firm, gives the lawful route.")
add("good", "confused", "章在哪里盖？",
    "镇政府一楼，党政办，右手第二间。",
    N, "Short plain answer.")
add("good", "choleric", "我说了半天，你到底记住没有？",
    "记住了，我给您说一遍：拢共三件，一是工钱拖了四个月，二是老板不接电话，三是您想晓得去哪里告。对吧？第三件我现在就告诉您。",
    N, "Homely summary then presentation.")
add("good", "resentful", "我那个时候才十八岁，就去修铁路……",
    "十八岁，还是个娃儿。那几年您在哪段铁路上？住的是工棚还是老乡家？",
    N, "Listens and asks.")
add("good", "sanguine", "嘿，我又来啦！",
    "欢迎欢迎，今天气色好嘛。这回是啥子事？上回那个营业执照办下来没有？",
    N, "Warm welcome and follow-up.")
add("good", "unwell", "你们会不会把我送到医院去？",
    "今天不会，您是来反映事情的，我们就说事情。您想走的时候，我送您到门口。",
    N, "Reassurance within the officer's own authority.")
add("good", "pestering", "我明天还来。",
    "来嘛，我还在。答复还是那一个。",
    N, "Short, consistent, kind.")
add("good", "melancholic", "我……不想活了……",
    "您说这个话，我很担心您。您现在是一个人住吗？我想马上联系您女儿，再请社区的人陪您回去，好不好？",
    N, "Takes the risk seriously, secures family help.")
add("good", "veteran", "你们这些人，我见多了。",
    "见多了好，那您晓得我们这里说话算不算数。今天说的每一句我都写进记录，您签字，下回来一对就清楚。",
    N, "Blunt and correct.")
add("good", "confused", "我那个社保交了十二年，还差三年，咋个办嘛？",
    "差三年不要紧，有两条路：一是接着交满十五年再领；二是到了年龄把差的一次补上。哪条划得来要看您手头的钱，两种各要交多少我帮您算出来，您回去跟屋头商量。",
    N, "Plain options and help.")
add("good", "unwell", "你给我作证，你听到没有，外头有人喊我名字。",
    "我在这里，您莫怕。外头有啥子动静我们一起听，您先喝口热水。",
    N, "Neither confirms nor denies; calming.")
add("good", "sanguine", "那你就帮我理一理嘛。",
    "要得。理下来是三句话：路是县里修的，占您家的地有补偿，补偿到不到位看测量。测量下周四，您那天在家就是。",
    N, "Homely summary with a date.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(ROWS))


if __name__ == "__main__":
    main()
