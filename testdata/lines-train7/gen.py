#!/usr/bin/env python3
"""Hand-written training lines (single officer turns) for petition reception.

Every line below was written and labelled by hand. Run `python3 gen.py` to
write lines.jsonl next to this file.
"""
import json
import os

ROWS = []
_COUNT = {}
CODES = ["rude", "false_promise", "buck_passing", "confront",
         "buy_peace", "officialese", "accept_gift"]


def add(group, persona, visitor, text, codes, note):
    """group: a code (positive), '<code>-n' (hard negative) or 'good'."""
    _COUNT[group] = _COUNT.get(group, 0) + 1
    n = _COUNT[group]
    if group == "good":
        rid = "good-%02d" % n
    elif group.endswith("-n"):
        rid = "%s-n%02d" % (group[:-2], n)
    else:
        rid = "%s-%02d" % (group, n)
    ROWS.append({"id": rid, "persona": persona, "visitor": visitor,
                 "text": text, "codes": list(codes), "note": note})


C = "confront"
CN = "confront-n"

# ---------------------------------------------------------------------------
# 1. confront: unwell visitors, positives (any correction of the belief)
# ---------------------------------------------------------------------------
add(C, "unwell", "俺家隔壁那个老刘，天天晚上拿个机器往俺家墙上照，照得俺脑瓜子嗡嗡响。",
    "大爷，脑袋嗡嗡响，这滋味我听着都揪心。可老刘家那就是个电视机顶盒，隔着一堵墙能照着谁呀？您这是不是血压又上来了？",
    ["confront"], "Empathy first, then tells him the neighbour's box cannot do it and blames blood pressure: corrects the belief of an unwell visitor.")
add(C, "unwell", "俺存折上的钱一天比一天少，是他们拿手机隔空给俺吸走的。",
    "大娘，钱少了可是大事，咱得弄明白。您先喝口水。手机隔空是吸不走钱的，八成是您取了没记住，咱拿着存折上银行打个流水，一笔一笔对。",
    ["confront"], "A helpful step (bank statement) carries a plain correction (phones cannot take money; you forgot).")
add(C, "unwell", "电视里那个主持人天天点俺的名，骂俺是特务。",
    "那主持人坐在北京念稿子呢，他哪知道您是谁呀？全国几亿人看着，咋会单挑您一个骂？",
    ["confront"], "Rhetorical questions that argue the belief away.")
add(C, "unwell", "有人在俺家自来水里下药，俺一喝就迷糊。",
    "自来水是全楼一根管子下来的，真要下了药，一栋楼的人都得迷糊。就您一个人迷糊，那就不是水的事儿了。您这两天药按时吃了没有？",
    ["confront"], "A 'logical' explanation that disproves the poisoning belief; the caring question at the end does not undo it.")
add(C, "unwell", "我脑子里被人装了芯片，一到晚上他们就用芯片给我下命令。",
    "您说脑子里有芯片，那您做过脑袋上的手术没有？没开过刀，这东西是打哪儿进去的？您自个儿琢磨琢磨。",
    ["confront"], "Reasons with the delusion to make the visitor see it cannot be true.")
add(C, "unwell", "村支书天天派人跟着我，我走到哪他们跟到哪。",
    "您说有人跟着，那您能说出是谁不？长啥样，穿啥衣裳？要是说不上来，那可能就是碰巧跟您走一条道的。",
    ["confront"], "Asks for proof in a doubting tone and offers the 'coincidence' reading: disputes the belief.")
add(C, "unwell", "俺男人没死，是让医院给藏起来了，火化的那个不是他。",
    "大娘，大叔走了三年了，死亡证明上写得清清楚楚。您心里放不下，俺明白，可人是真没了。",
    ["confront"], "Gentle and sad, but a direct correction of the belief; with an unwell visitor this is confront.")
add(C, "unwell", "楼上天天半夜敲地板，那是给我发密码，说要害我。",
    "楼上那家有个三岁的小孩，半夜翻身蹬腿也咚咚响，不是啥密码。您晚上一般几点睡？",
    ["confront"], "Offers an everyday explanation that replaces the belief, then a good question.")
add(C, "unwell", "国家欠我三个亿，当年我发明的东西被人偷去了。",
    "三个亿可不是小数，国家要欠谁这么多钱，那得有合同、有判决。您手里啥凭据也没有，这笔账咋能算到国家头上呢？",
    ["confront"], "Argues with the delusional claim by demanding documents it cannot have.")
add(C, "unwell", "我一打电话就有杂音，肯定是公安在监听我。",
    "杂音那是信号不好，咱这一片打电话谁都断断续续的，我的手机也这样。",
    ["confront"], "Plain everyday correction without any stock phrase.")
add(C, "unwell", "楼下那几个老太太天天凑一块儿嘀咕，说的都是我。",
    "那几个大娘天天在楼下凑堆，东家长西家短说谁的都有，不一定是说您，您别往自个儿身上揽。",
    ["confront"], "Soft wording ('not necessarily you') still disputes the belief of an unwell visitor.")
add(C, "unwell", "我身上有辐射，是村头那个信号塔给我打的，你看我胳膊上这些斑。",
    "这斑我看着像老年斑，俺家老爷子身上也有，跟信号塔扯不上。要不咱找个皮肤科大夫瞅瞅？",
    ["confront"], "Re-explains the spots and denies the link before offering a doctor.")
add(C, "unwell", "有人半夜进我家把东西挪了地方，门锁着他们也能进。",
    "门锁得好好的，又没撬过的印儿，人是咋进去的？会不会是您自个儿挪了，一转身忘了？",
    ["confront"], "Doubting questions that point to the visitor's own forgetfulness.")
add(C, "unwell", "我是毛主席的亲孙女，他们不让我认祖归宗。",
    "大姐，这话咱在这屋里说说就算了，户口本上您爹妈的名字都写着呢，这个身份对不上。",
    ["confront"], "Polite but corrects the identity belief with the household register.")
add(C, "unwell", "我家那个冰箱会说话，它跟我说隔壁要烧我家房子。",
    "冰箱嗡嗡响那是压缩机在转，它就是个铁皮柜子，哪会说人话呀？",
    ["confront"], "Explains the noise away and denies the talking fridge.")
add(C, "unwell", "俺那块地是让外星人给圈走了，夜里地里老有亮光。",
    "大爷，地里那亮光是人家夜里浇地开的拖拉机灯，这时节常有的事。您那块地现在到底是谁在种？",
    ["confront"], "Replaces the belief with a mundane explanation; the follow-up question is good but the turn still corrects.")
add(C, "unwell", "单位领导给我下了蛊，我才被开除的。",
    "您被辞退的那份决定我看了，上头写的是连着旷工两个月，跟下蛊没关系。您那阵子为啥没去上班？",
    ["confront"], "Uses the file to correct the belief about a curse.")
add(C, "unwell", "我天天吃的药都让我儿媳妇换成毒药了。",
    "您儿媳妇天天给您拿药，药盒上都印着名儿呢，她图啥害您呀？这些药是大夫开的，吃了对您好。",
    ["confront"], "Rhetorical question plus reassurance that the pills are fine: disputes the poisoning belief.")
add(C, "unwell", "我家墙里头住着人，我天天听见他们在里面说话。",
    "您家那墙才多厚，一块砖的事儿，里头哪塞得下人？是不是隔壁说话传过来了？",
    ["confront"], "Physical reasoning against the belief, with an alternative explanation.")
add(C, "unwell", "我怀疑我老伴在饭里下毒，我都三天不敢吃饭了。",
    "三天没吃饭可不行，身子骨扛不住。再说了，您老伴跟您过了四十年，她要想害您，还用等到今天？",
    ["confront"], "Starts with proper concern, then argues the belief with a rhetorical question.")
add(C, "unwell", "天上那颗卫星一直跟着我，我走到哪它照到哪。",
    "卫星在天上一个多钟头就绕一圈，它管的是天气、电视信号，跟不了一个人。您放心吧。",
    ["confront"], "A factual lecture that the satellite cannot follow him, ended with reassurance.")
add(C, "unwell", "你们信访局也是他们一伙的，我一进门你们就换眼神。",
    "俺们这几个人今天头一回见您，连您叫啥都刚知道，咋会跟谁是一伙的？您是看差了。",
    ["confront"], "Disputes the unwell visitor's perception of the staff ('you saw wrong').")
add(C, "unwell", "我手机里的照片叫人给删了，是公安局远程操作的。",
    "公安局可没那工夫远程删谁的照片。您是不是手机存满了，它自个儿清理了？来，我帮您看看设置。",
    ["confront"], "Denies the police involvement and substitutes a technical explanation.")
add(C, "unwell", "我看见我死去的娘在院子里站着，她叫我来告状。",
    "老人家走了好些年了，院子里站着的那个不可能是她，您是太想她了。",
    ["confront"], "Warm reading ('you miss her') wrapped around a flat correction.")
add(C, "unwell", "我的房子本来是我的，他们使了法术把房本上的名字改了。",
    "房本上的名字是去年您亲自签字过户给您儿子的，登记中心留着您的签字和手印，不是啥法术改的。",
    ["confront"], "Corrects the belief with the registration record.")
add(C, "unwell", "街上电线杆子上的摄像头，都是冲着我装的。",
    "那些摄像头是交警拍路口的，一条街好几个呢，拍的是过往的车，哪是冲您一个人？",
    ["confront"], "Explains the cameras and denies they target her.")
add(C, "unwell", "俺脑子里老有人说话，是邻居往俺脑子里送的话。",
    "邻居哪有那本事往人脑子里送话？那声音是您脑子自个儿生出来的，大夫上回不是跟您说过嘛。",
    ["confront"], "Blunt correction, invoking the doctor's diagnosis against the belief.")
add(C, "unwell", "我身上老觉得有虫子在爬，是他们往我身上放的虫子。",
    "我看您胳膊上干干净净的，啥也没有哇。您要是觉得痒，咱上医院看看皮肤。",
    ["confront"], "Contradicts what the visitor perceives ('there is nothing there').")
add(C, "unwell", "隔壁拿电钻往我家墙上打洞，要偷看我。",
    "大姐，我知道您害怕，这种滋味谁也受不了，您能来跟我说，我挺感谢您信得过我。不过昨天社区的小刘去您家看过了，墙上一个眼儿都没找着，您就安心吧，没人偷看。",
    ["confront"], "A long, warm turn whose second half tells her the holes do not exist: correction hidden after empathy.")
add(C, "unwell", "是我们厂长派人把我老婆拐跑了。",
    "您爱人是回娘家住了，我们刚跟她通过电话，她说就是想歇一阵子，没人拐她。",
    ["confront"], "Uses a phone call to correct the abduction belief.")
add(C, "unwell", "我的退休金叫市长给贪了，他亲口跟我说的，在梦里说的。",
    "梦里的事哪能当真呢？您的退休金每个月十五号到账，我刚查了，一分没少。",
    ["confront"], "Dismisses the dream as unreal; the pension check that follows is good but the turn corrects.")
add(C, "unwell", "那个饭店的油烟是毒气，专门冲着我家排。",
    "油烟呛人是真的，这个能管。可要说是专门冲着您家放毒，那不至于，人家开饭店是为挣钱。",
    ["confront"], "Accepts the smoke, corrects the 'poison aimed at me' part: partial correction is still confront.")
add(C, "unwell", "楼道里有黑衣人，别人看不见，就我能看见。",
    "您说楼道里有黑衣人，那物业的监控咋一个也没拍着？真有人的话，监控又不瞎。",
    ["confront"], "Logical disproof using the CCTV.")
add(C, "unwell", "俺是冤枉的，俺根本没病，是他们硬把俺送进医院的。",
    "您在医院住了俩月，出院单上写着诊断呢，大夫不会平白无故收人住院的。",
    ["confront"], "Disputes the visitor's belief that she is not ill.")
add(C, "unwell", "每天早上七点，有人拿激光打我的后脑勺。",
    "七点整？比闹钟还准呢。激光打人得有个机器吧，您见过那机器没有？没见过，咋知道是激光呢？",
    ["confront", "rude"], "Mocking irony ('more punctual than an alarm clock') plus doubting demands for proof: both rude and confront.")
add(C, "unwell", "我家的鸡是叫人用意念给弄死的。",
    "意念这东西弄不死鸡。这阵子村里闹鸡瘟，好几家的鸡都死了，您家的多半也是这个。",
    ["confront"], "Flatly denies the belief and substitutes bird flu.")
add(C, "unwell", "我闺女不是我亲生的，是当年医院给调了包，她今年都四十了。",
    "大娘，您闺女跟您长得一个模子刻出来的，眉眼都一样，哪能是调包的？",
    ["confront"], "Everyday evidence used against the belief.")
add(C, "unwell", "村里那个大喇叭天天广播我家的隐私。",
    "村里大喇叭一天就响两回，念的是交水费、打疫苗，从来没念过您的名。",
    ["confront"], "States as fact that the broadcasts never mention her.")
add(C, "unwell", "楼下超市那个老板在监视我，我每回去他都冲我笑。",
    "开超市的见谁都笑，人家那是招呼生意，对谁都一个样。",
    ["confront"], "Short, plain, everyday correction.")
add(C, "unwell", "我跟你说实话，我这病是他们拿机器给我弄出来的，我本来好好的。",
    "我理解您不愿意认这个病，谁也不想得病。可这病跟机器没关系，是身子里头的事，就跟感冒一样，吃药能管住。",
    ["confront"], "Understanding first, then a calm explanation that the machine belief is wrong.")
add(C, "unwell", "我的钱就藏在你们信访局地下室里，我亲眼看见的。",
    "俺们这楼没有地下室，一楼就到底了。您要是不放心，我领您下去转一圈，您亲眼看看。",
    ["confront"], "Denies the basement and offers to prove it: arguing with the belief.")
add(C, "unwell", "你们登记用的那支笔有毒，我一碰手就麻了。",
    "这就是一支普通的圆珠笔，我天天拿着写字，手也没麻过。您是不是坐久了，血脉不通？",
    ["confront"], "Uses the officer's own experience to contradict the visitor's perception.")
add(C, "unwell", "俺家那孩子是让人下了咒，才考不上学的。",
    "考不上学那是分数的事，下咒这个说法咱可不能信，孩子听了心里更有负担。",
    ["confront"], "Tells the visitor not to believe the curse: correction.")
add(C, "unwell", "我天天做同一个梦，梦见有人要害我，这是预兆，你们得派人保护我。",
    "梦都是白天想多了才做的，不是啥预兆。您要是心里慌，我给社区打电话，让网格员常去您家看看。",
    ["confront"], "Good safety step at the end, but first denies that the dream is an omen.")
add(C, "unwell", "这不是我家，我家不在这个小区，是他们把我骗到这儿来的。",
    "大爷，这就是您家，您在这儿住了十来年了，钥匙还在您兜里揣着呢。",
    ["confront"], "Kindly meant, but contradicts the confused belief directly.")
add(C, "unwell", "我今天来，就是要告那个往我家送辐射的人，你给我记上。",
    "行，我给您记，您说我写。……嗯，他每天几点送？用啥送？您又没瞅见机器，凭啥说是他呢？光凭感觉可定不了人家的事。",
    ["confront"], "Starts by recording, then slides into doubting cross-examination that disputes the belief.")
add(C, "unwell", "他们在我家门口撒了白粉，想毒死我。",
    "那白的我听社区说了，是物业撒的石灰，防潮防虫的，各家门口都有，不是冲您的。您家里这几天有人陪着没有？",
    ["confront"], "Explains the powder away before asking a caring question.")

# ---------------------------------------------------------------------------
# 1b. confront: other personas, positives (arguing back)
# ---------------------------------------------------------------------------
add(C, "resentful", "当年就是你们厂把我硬撵回家的，一分钱都没给我！",
    "不对吧，档案里有一张八百块安置费的领条，签字的就是您本人，咋能说一分没给？",
    ["confront"], "Argues the visitor's account down with the file instead of hearing it out.")
add(C, "choleric", "你们这些人就知道坐办公室喝茶，啥事也不干！",
    "这话可不在理，我从早上八点接待到现在，连口水都没喝上。",
    ["confront"], "Defends himself by contradicting the accusation: meeting heat with heat.")
add(C, "pestering", "上回那个科长明明答应给我办低保了！",
    "哪个科长答应的？记录我翻出来了，上回写的是“不符合条件”，是您自己记岔了。",
    ["confront"], "Flatly tells the visitor his memory is wrong.")
add(C, "veteran", "政策上写着呢，征了地就得给安排工作，政策我比你懂。",
    "您说的那一条咱省文件里压根儿没有，您拿的是外省的条文，别往咱这儿硬套了，套不上。",
    ["confront"], "Contradicts and tells him off ('stop forcing it') rather than explaining calmly.")
add(C, "sanguine", "我听村里人都说了，拆迁每平米能给八千呢！",
    "八千？那是瞎传的，村里人说话您也信？评估报告上白纸黑字，三千二。",
    ["confront"], "Dismisses what the visitor heard with a scoffing question.")
add(C, "melancholic", "都怪我，那天我要是不签那个字，也不会弄成这样……",
    "您这么想就是钻牛角尖了，签字跟这个结果没多大关系，您偏往自己身上揽，这有啥用？",
    ["confront"], "Sharply contradicts the melancholic visitor's feeling and adds a jab.")
add(C, "phlegmatic", "嗯……我记得……那年是九五年……分的房。",
    "不是九五年，是九七年，档案上写着呢，您记错了。",
    ["confront"], "Cuts in and flatly corrects a slow visitor's account.")
add(C, "confused", "增人不增地，那俺家添了孙子咋就不给地了，这不是欺负人吗？",
    "这可不是欺负人，您这么说不对，全国都是这个规矩，又不是专冲您一家。",
    ["confront"], "Argues back ('you are wrong to say that') instead of explaining with an example.")
add(C, "choleric", "你们就是官官相护！那个村主任就是你们的亲戚！",
    "没有的事！我跟那村主任面都没见过，您可别乱扣帽子。",
    ["confront"], "Heated denial and counter-accusation.")
add(C, "resentful", "我在厂里干了三十年，说辞就给辞了，一点情面不讲。",
    "说辞就辞，那也不是。当时厂里开了三回职工大会，文件也发到了车间，是您自个儿没去听。",
    ["confront"], "Disputes the account and shifts the blame to the visitor.")
add(C, "veteran", "上回我闹到市里，人家当场就给了我两千，你们凭啥不给？",
    "市里给过你两千？我咋没听说。你拿出条子来，拿不出来就别在这儿编。",
    ["confront", "rude"], "Calls the visitor a liar: contradicts his account and scolds him.")
add(C, "sanguine", "我在网上看的，说信访局能直接判案子。",
    "网上那都是瞎说的，您还真信啊？信访局哪能判案子。",
    ["confront"], "Belittles the visitor's belief instead of explaining the roles.")
add(C, "pestering", "那块宅基地就是我家的，我爷爷那辈就在那儿住。",
    "您爷爷住过也不算数。您说是您家的，证呢？没证就别老说是您家的。",
    ["confront"], "Argues the claim down and tells him to stop saying it.")
add(C, "melancholic", "他们肯定都在背后笑话我，我这辈子算是完了。",
    "谁有空笑话您啊，人家都忙自个儿的事，您是想多了。",
    ["confront"], "Dismisses the melancholic visitor's perception outright.")
add(C, "confused", "俺听说这个医保交了钱就能全报，咋就给报了一半？",
    "谁说能全报的？没那回事，您是听岔了。",
    ["confront"], "Short flat contradiction of what the visitor heard.")

# ---------------------------------------------------------------------------
# 2. confront hard negatives: unwell visitors (care, no judgement of belief)
# ---------------------------------------------------------------------------
add(CN, "unwell", "隔壁天天拿机器照我，照得我头疼。",
    "头疼好几天了？晚上能睡着觉不？这阵子的药，是您自个儿拿还是家里人给您拿？",
    [], "Caring questions about pain, sleep and medicine; the belief is neither confirmed nor disputed.")
add(CN, "unwell", "有人往我家水里下药。",
    "您一喝水就迷糊，这滋味不好受。您家里现在谁跟您一块儿住？我想给他打个电话，让他这几天陪着您。",
    [], "Acknowledges the feeling and arranges a family member.")
add(CN, "unwell", "电视里天天有人骂我。",
    "天天听着这些，您心里肯定烦得慌。听着难受，咱就先把电视关了，找个人说说话。您闺女多长时间来看您一回？",
    [], "Turns off the distress without judging whether the voices are real; asks about family.")
add(CN, "unwell", "我脑子里有芯片，他们天天给我下命令。",
    "您说的这个，我记到本子上了。您上回去医院是啥时候？那个大夫姓啥？我帮您问问能不能约个号。",
    [], "Records without judging and steers to the doctor.")
add(CN, "unwell", "有人跟踪我，我走到哪他们跟到哪。",
    "老觉着有人跟着，一个人走路心里该多慌啊。以后出门能不能叫上老伴一块儿？我也跟社区说一声，让网格员多往您家走走。",
    [], "Acknowledges the fear and arranges company and a community worker.")
add(CN, "unwell", "俺男人没死，是让医院给藏起来了。",
    "您想大叔想得紧，这些年一个人过不容易。您今天是自个儿来的？家里还有谁能过来接您？",
    [], "Neither confirms nor corrects; turns to who can take her home.")
add(CN, "unwell", "我能跟你说会儿话不？没人信我。",
    "能，您说，我听着呢。不着急，想到哪儿说到哪儿。",
    [], "Short, listens; does not say whether she is believed.")
add(CN, "unwell", "楼上天天半夜敲地板，给我发密码。",
    "半夜老有动静，换谁也睡不踏实。您这几天一宿能睡几个钟头？要不让社区去跟楼上那家说说，晚上动静小点儿。",
    [], "Takes the noise seriously as a sleep problem without disputing the 'code'.")
add(CN, "unwell", "国家欠我三个亿，你们得给我。",
    "您今天把这事跟我说了，我一样一样都写下了。您平时一个人过，吃饭咋解决的？低保是不是按月领着？",
    [], "Records and steers to daily living without arguing about the claim.")
add(CN, "unwell", "公安在监听我的电话，一打就有杂音。",
    "打电话老有杂音，听着闹心。您要是心里不踏实，有事就直接来找我，这是我们的座机号，上班时间都有人接。",
    [], "Acknowledges the annoyance and gives a safe contact.")
add(CN, "unwell", "我要你们现在就派人去把隔壁抓起来！",
    "抓人这个事，我们这儿做不了，我不能答应您。我能做的是今天就给您社区打电话，让他们上门看看，再联系您儿子过来。您看中不？",
    [], "A firm limit that does not dispute the belief, plus concrete help.")
add(CN, "unwell", "信号塔辐射我，你看我胳膊上这些斑。",
    "这些斑长了多长时间了？疼不疼、痒不痒？您要是愿意，我让社区卫生站的大夫明天上门给您看看。",
    [], "Asks about the symptom and arranges a doctor; no verdict on the cause.")
add(CN, "unwell", "有人半夜进我家挪东西。",
    "您能跟我说说，头一回发现东西挪了是啥时候？都挪了些啥？",
    [], "Neutral request to describe what happened, not a doubting demand for proof.")
add(CN, "unwell", "我是毛主席的亲孙女，他们不让我认祖归宗。",
    "您今天来，是想让我们帮您办点啥？您说，我给您记下来。",
    [], "Steers to what the visitor wants done, without engaging the identity claim.")
add(CN, "unwell", "我家冰箱跟我说话，说隔壁要烧我家房子。",
    "听到这些话，您害怕不？晚上屋里有人陪着没有？",
    [], "Caring question about fear and safety.")
add(CN, "unwell", "单位领导给我下了蛊，我才被开除的。",
    "被辞退这些年，您心里一直憋着这口气。当年的辞退决定您手里还有没有？拿来我先看看，咱把这件事一样一样捋捋。",
    [], "Acknowledges the grievance and steers to the real paperwork; the curse is left alone.")
add(CN, "unwell", "我吃的药都叫儿媳妇换成毒药了。",
    "您这几天是不是都没敢吃药？这事挺要紧的。我想请社区医生和您儿媳一块儿过来，当着您的面把药一样一样对一对，您看行不？",
    [], "Takes the fear seriously and proposes a joint check with the doctor; nothing is disputed.")
add(CN, "unwell", "我家墙里住着人，天天说话。",
    "天天听着有人说话，一个人在家肯定瘆得慌。这几天要不要先上闺女家住两天？我帮您给她打个电话。",
    [], "Safety and family, no judgement of the voices.")
add(CN, "unwell", "我老伴在饭里下毒，我三天没敢吃饭了。",
    "三天没吃饭，身子可顶不住。您这会儿饿不饿？我这儿有面包，还有热水，您先垫垫。家里除了老伴，还有孩子在跟前不？",
    [], "Feeds the visitor and asks about family; compare confront positive that argues 'she would have done it long ago'.")
add(CN, "unwell", "天上的卫星一直跟着我。",
    "那您这一路过来可累坏了吧，先喝口热水。您是哪个村的？家里谁照应着您？",
    [], "Goes along with the visitor's state and asks who looks after him.")
add(CN, "unwell", "你们信访局也是他们一伙的，我一进门你们就换眼神。",
    "您有这个担心，我能理解。我姓王，在这儿上班六年了。您今天说的每一句话我都记在这个本子上，您看着我写。",
    [], "Builds trust by transparency instead of denying the visitor's perception.")
add(CN, "unwell", "我手机里的照片，叫公安局远程给删了。",
    "照片丢了您心疼，里头有老伴的照片吧？要不咱叫您孙子帮着看看手机，能找回来的咱就找回来。",
    [], "Addresses the loss and a practical step; no ruling on who deleted them.")
add(CN, "unwell", "我看见我死去的娘在院子里站着。",
    "您跟老娘感情深。您这几天晚上睡得咋样？是一个人住还是跟儿子住？",
    [], "Acknowledges the bond and asks about sleep and living situation.")
add(CN, "unwell", "他们使法术把我房本上的名字改了。",
    "这房子的事对您来说是头等大事。我帮您把房产登记的材料调出来，下礼拜二您叫儿子陪着，咱们三个一块儿看，中不中？",
    [], "Steers to the records with a family member, without declaring the belief false.")
add(CN, "unwell", "电线杆子上的摄像头都冲着我。",
    "老觉着被人盯着，出门都不自在。您平常出门都上哪儿去？买菜遛弯的时候有人给您作伴没有？",
    [], "Acknowledges the feeling and asks about company.")
add(CN, "unwell", "邻居往俺脑子里送话。",
    "那些声音一般啥时候最厉害，白天还是夜里？这个事您跟大夫提过没有？",
    [], "Asks about the experience and the doctor; no verdict.")
add(CN, "unwell", "我身上有虫子爬，是他们放的。",
    "痒得睡不着，那可太遭罪了。我给您社区医院打个电话，让他们今天下午给您瞅瞅，先开点止痒的药，把罪受过去。",
    [], "Treats the suffering; does not deny what she feels.")
add(CN, "unwell", "隔壁拿电钻往我家打洞偷看我。",
    "您害怕好些日子了吧。这样，我让社区明天派人去您家看看门窗牢不牢靠，再给您装个门铃，您心里也踏实点儿。",
    [], "Safety step framed around her fear; unlike the positive, no 'no holes were found'.")
add(CN, "unwell", "厂长派人把我老婆拐跑了。",
    "老婆不在家，您一个人过得咋样？吃饭有人管没有？您要是想让她回来，我们可以帮您联系她娘家，问问她的意思。",
    [], "Cares for daily life and offers contact, without saying she was not abducted.")
add(CN, "unwell", "我的退休金叫市长给贪了。",
    "退休金是您过日子的钱，这个得弄清楚。您带着银行卡了吗？我陪您去楼下银行打个明细，一笔一笔看，中不中？",
    [], "Steers to a concrete check and leaves the mayor belief alone.")
add(CN, "unwell", "那个饭店的油烟是毒气，专冲我家排。",
    "油烟呛人这个事，环保所能管。我今天就把您家地址报给区环保所，让他们这礼拜上门看看排烟管子。您住几号楼？",
    [], "Acts on the real nuisance without disputing 'poison'; compare the positive that says 'it is not aimed at you'.")
add(CN, "unwell", "楼道里有黑衣人，就我能看见。",
    "您看见他们的时候，是白天还是晚上？那会儿您身边有人没有？",
    [], "Neutral questions about circumstances, not a demand for proof.")
add(CN, "unwell", "俺根本没病，是他们硬把俺送医院的。",
    "住院那俩月，您受委屈了。现在出来了，您最想办的是哪件事？咱先说最要紧的。",
    [], "Acknowledges the hurt without arguing about the diagnosis.")
add(CN, "unwell", "每天早上七点，有人拿激光打我后脑勺。",
    "后脑勺疼得厉害不？疼起来您一般咋办？家里有没有人能陪您上医院拍个片子？",
    [], "Caring questions and a family escort to the doctor.")
add(CN, "unwell", "我家的鸡是叫人用意念弄死的。",
    "一下子死了这么多鸡，心疼死了。死了几只？您想让我们帮您做点啥？",
    [], "Acknowledges the loss and asks what help is wanted.")
add(CN, "unwell", "我闺女不是我亲生的，是医院调了包。",
    "这事在您心里搁了好多年了。您闺女现在跟您走得近不近？她知道您今天上这儿来不？",
    [], "Asks about the relationship and family contact.")
add(CN, "unwell", "村里大喇叭天天广播我家的隐私。",
    "这事让您在村里抬不起头，我明白。我记下来，回头跟你们村委会说一声，大喇叭播东西的时候注意着点，别让您心里膈应。",
    [], "Goes along with her feeling and makes a harmless request to the village; does not endorse or correct.")
add(CN, "unwell", "楼下超市老板在监视我。",
    "那您这阵子还去他家买东西吗？去着不舒坦，咱就换一家，楼东头不也有一家嘛。",
    [], "Practical accommodation without disputing the belief.")
add(CN, "unwell", "我这病是他们拿机器弄出来的，我本来好好的。",
    "不管是咋得上的，这阵子难受是真的。您现在吃的药，吃了以后觉得好点没有？下回复诊是哪天？",
    [], "Sets the cause aside without ruling on it and asks about medicine and follow-up.")
add(CN, "unwell", "我的钱藏在你们信访局地下室，我亲眼看见的。",
    "为这笔钱您跑了不少路吧。钱的事我给您登记上，您说的数目和日子我都写清楚。您今天身上带钱了没有，回去的车钱够不够？",
    [], "Records the claim and checks she can get home; no denial.")
add(CN, "unwell", "你们那支笔有毒，我一碰手就麻了。",
    "手麻了？我看看……您先别写了，我替您写，您说我记。要不要叫个大夫来看看手？",
    [], "Accommodates and offers care without contradicting her perception.")
add(CN, "unwell", "我天天梦见有人害我，你们得派人保护我。",
    "天天做这样的梦，醒了心还扑腾扑腾跳吧。专门派人保护，我们这儿没有这个安排，这个我得跟您说实话。我能做的是让网格员每天上您家看一眼，再把您闺女的电话登上，您看行不？",
    [], "Firm, honest limit about protection that does not dispute the fear or the dream.")
add(CN, "unwell", "这不是我家，他们把我骗到这儿来的。",
    "大爷，您心里慌，咱先不急。您记得老家是哪儿的不？跟我说说，我听着。我给您儿子打个电话，让他过来陪您。",
    [], "Calms, listens and calls family without telling him he is wrong.")
add(CN, "unwell", "你们今天不给我个说法，我就从这楼上跳下去！",
    "您先别这么想，您这条命比啥都金贵。我就在这儿陪着您，哪儿也不去。您家里人电话多少？我现在就叫他们过来。",
    [], "Safety first: stays with the visitor and calls family.")
add(CN, "unwell", "别告诉我儿子我来了，他要送我回医院。",
    "您不想回医院，这个心思我听见了。可您一个人在外头，我不放心，得让家里人知道您在哪儿。我先给他打电话，说您在这儿挺好的，让他来接您。回不回医院，咱们一块儿跟他商量。",
    [], "A firm limit (family must be told) that respects the visitor and disputes nothing.")
add(CN, "unwell", "那个人我认识，他就是来害我的，你们把他赶出去！",
    "行，我请那位大哥去隔壁屋办事，咱俩在这屋说，门我关上。您现在觉得踏实点了吗？",
    [], "Accommodates for the visitor's sense of safety without judging the other man.")
add(CN, "unwell", "我说的这些，你到底信不信？",
    "我信您这些天是真真切切地难受、真真切切地害怕，也信您过得不容易。您接着跟我说，后来呢？",
    [], "Affirms the experience and feelings, not the belief, and keeps listening.")
add(CN, "unwell", "我要见市长，就见市长，别人不好使。",
    "想见市长，是觉得这事得有个大官管才放心，我明白。市长接待日得提前登记排号，我现在就给您填上。今天是我接待您，您先跟我说说，我一字不落记下来往上报。",
    [], "Firm procedural limit with a real step; the belief is not disputed.")
add(CN, "unwell", "俺这几天又听见那个声音了，说俺是坏人。",
    "又听见了？那可真够受的。这几天药是不是停了？您要是愿意，我现在给您闺女打个电话，让她今天带您去看看王大夫。",
    [], "Asks about stopping medication and arranges family and doctor; the voices are not argued with.")
add(CN, "unwell", "他们要害我，我都不敢回家了。",
    "不敢回家，那今晚您打算在哪儿落脚？有没有亲戚家能去住两天？实在没地方，我联系救助站，先给您找个安全的地方住下。",
    [], "Safety planning without contesting the threat.")
add(CN, "unwell", "你们都不信我，没一个人信我！",
    "您受的这些罪，我都听着呢，一句也没落下。您今天说的我都记在这儿了，明天我让社区的刘姐去家里看您，她是管您那片儿的，您认得她吧？",
    [], "Acknowledges without judging and arranges the community worker.")

add(CN, "unwell", "你说，是不是真有人故意害我？",
    "这个我现在没法跟您下结论，也不瞎说。我能做的是把您说的一条一条记下来，今天就让社区上门看看您家里，您闺女那边我也打个电话。",
    [], "Declines to rule either way and acts; neither endorses nor corrects the belief.")
add(CN, "unwell", "他们又在我家门口撒白粉了，想毒死我。",
    "门口有白粉，您瞅着心里发毛。您拍照片了没有？没拍也不要紧，我让物业今天就去看看，给您扫干净。",
    [], "A neutral question about a photo with 'it does not matter if not', then action; compare the positive that explains the powder away.")
add(CN, "unwell", "我不吃药，那药里头有东西。",
    "药不想吃，咱不硬逼您。这事我得跟您的大夫说一声，看能不能换个您放心的吃法，您看中不？",
    [], "Respects the refusal and involves the doctor without arguing about the pills.")
add(CN, "unwell", "那个人又在窗户外头看我！",
    "这会儿也在看吗？来，您坐我这边，背冲着窗户，我把窗帘拉上。",
    [], "Accommodates to make the visitor feel safe; no denial.")
add(CN, "unwell", "你们给我开个证明，证明我没病。",
    "有没有病的证明，我们这儿开不了，得医院开，我不能糊弄您。您要是想再找个大夫看看，我帮您问问医院哪天有专家门诊，让您儿子陪着去。",
    [], "A firm limit on what the office can issue, without saying whether she is ill.")
add(CN, "unwell", "俺闺女也不信俺，你们也不信俺。",
    "家里人不信您，您心里更孤单了。今天您说的我一句没落，都在这儿。我想跟您闺女通个电话，把您这些天的难处跟她说说，您同意不？",
    [], "Acknowledges loneliness and asks consent to involve family.")

# ---------------------------------------------------------------------------
# 2b. confront hard negatives: other personas (calm rule, no arguing)
# ---------------------------------------------------------------------------
add(CN, "resentful", "当年厂里一分钱没给就把我撵回家了！",
    "您受的这份委屈我听明白了。档案调出来了，里头有一张八百块安置费的领条，签的是您的名字。您回忆回忆，当年是不是领过这么一笔？要是没领过，咱就去查是谁代签的。",
    [], "Shows the record calmly and leaves room for the visitor's account; not an argument.")
add(CN, "choleric", "你们就知道喝茶，啥事不干！",
    "您等了这么半天，有火气我理解，让您久等了，对不住。您的事是哪一件，现在就跟我说，我从头到尾听着。",
    [], "Apologises instead of defending; compare the positive that disputes the accusation.")
add(CN, "pestering", "上回那个科长答应给我办低保了！",
    "上回的接待记录我调出来了，写的是家里收入超了标准，暂时不符合。要是科长当时跟您说过别的，您告诉我是哪天，我去问他本人。今天我给您的答复跟记录一样：按现在的收入，低保办不了。",
    [], "Calmly sets the record against the memory and offers to check; no 'you remembered wrong'.")
add(CN, "veteran", "征了地就得安排工作，政策我比你懂。",
    "您研究政策是下了功夫的。咱省现在的办法是征地给社保和补偿款，没有安排工作这一项。您手里那份是哪儿的文件？拿给我，我对照着给您讲讲差在哪儿。",
    [], "Explains the rule calmly and invites the document.")
add(CN, "sanguine", "拆迁每平米能给八千！",
    "八千这个数我也听人传过。咱这个片区的评估报告上写的是每平米三千二，报告在这儿，您看这一栏。要是觉得评估不公道，十天里可以申请复估，表我给您。",
    [], "Calm facts and a remedy; no scoffing.")
add(CN, "melancholic", "都怪我，那天要是不签那个字就好了……",
    "这事不能全算在您一个人头上。那会儿大伙儿都签了，谁也没想到后头会出这岔子。您这些日子是不是老睡不好？",
    [], "Gentle reassurance for a non-unwell visitor, not a sharp contradiction; judged not confront.")
add(CN, "phlegmatic", "嗯……我记得……那年是九五年……分的房。",
    "九五年，好。我这边档案上记的是九七年，两个年份差着两年。您慢慢想，不着急，当时还有啥事能帮您对上这个年份？",
    [], "Waits, notes both years and asks; compare the positive 'you remembered wrong'.")
add(CN, "confused", "添了孙子咋就不给地，这不是欺负人吗？",
    "您觉得不公平，这心思我懂。打个比方，这就跟分好的饼一样，三十年不重新切：您家添了人不多给，人家走了人也不往回收。全村都一个样，不是单冲您家。",
    [], "Explains the rule with an everyday comparison instead of saying the visitor is wrong.")
add(CN, "choleric", "官官相护！那个村主任就是你们的亲戚！",
    "您怀疑有人护着他，那我更得把这事摆到明面上。我跟他没有亲戚关系，您要是信不过我，可以要求换个同事来接待，这是您的权利。您先说说，他到底干了啥？",
    [], "States his own position calmly, offers recusal and asks for the facts.")
add(CN, "sanguine", "信访局能直接判案子吧？",
    "好多人都这么想。判案子是法院的事，我们这儿管的是把您的事登上、转给该管的地方，再盯着人家答复。您这个要是已经判了想再审，得去中院立案庭递申请。",
    [], "Explains roles plainly without belittling the belief.")
add(CN, "veteran", "市里给了我两千，你们凭啥不给？",
    "市里给没给、为啥给，我不清楚，也不去评它。我这儿只能按规定办：您这个事不在补偿范围里，钱我这儿出不了。",
    [], "Does not dispute the account; states the rule firmly.")
add(CN, "pestering", "那块宅基地就是我家的，我爷爷就在那儿住。",
    "您爷爷那辈在那儿住过，这个我记上。宅基地归谁，得看当年的登记和村里的分配记录。家里有没有老的宅基地证，或者村里开过的证明？有的话，咱拿着去镇国土所查底档。",
    [], "Records the claim and explains what decides it.")
add(CN, "melancholic", "他们肯定都在背后笑话我。",
    "叫人议论的滋味不好受。是谁说了啥，您愿意跟我讲讲吗？",
    [], "Acknowledges and asks, instead of dismissing the perception.")

# ---------------------------------------------------------------------------
# 3. rude by sarcasm or contempt
# ---------------------------------------------------------------------------
R = "rude"
RN = "rude-n"
add(R, "confused", "俺就是不明白，这个表为啥要填两遍？",
    "填两遍都不明白？上头的字比斗还大，您这眼睛是摆着看的呀？",
    ["rude"], "Mocking question about the visitor's eyes.")
add(R, "melancholic", "（哭）我实在是没办法了……",
    "哎哟，又来了，这眼泪说来就来，跟拧开了水龙头似的。行了行了，说事吧。",
    ["rude"], "Mocks the crying with a belittling comparison.")
add(R, "veteran", "你们不给解决，我明天还来。",
    "来呗，反正您老也没别的营生，这儿比家里暖和，就当上班打卡了。",
    ["rude"], "Irony and contempt for the visitor's petitioning.")
add(R, "choleric", "你们都是吃干饭的！",
    "对对对，就您能耐，全市就您一个明白人，您咋不来坐我这个位子呢？",
    ["rude"], "Sarcastic agreement that meets heat with contempt.")
add(R, "pestering", "我又来了，还是那个低保的事。",
    "（叹了口长气）唉——又是您。今年第几回了？您那几句话我都能替您背下来了，要不您上台说段快板？",
    ["rude"], "Written-out sigh and mockery of a repeat visitor.")
add(R, "confused", "啥叫“承包经营权”？俺听不懂。",
    "这都听不懂？小学三年级的孩子都明白，您这岁数算是白长了。",
    ["rude"], "Belittling comparison with a child.")
add(R, "resentful", "我当年为厂里流过血的！",
    "流过血的人多了去了，都跟您似的天天上这儿诉苦，那厂子早叫你们哭塌了。",
    ["rude"], "Contempt for the visitor's sacrifice.")
add(R, "sanguine", "我这人直，说话不过脑子，你别介意哈。",
    "看出来了，是挺不过脑子的。",
    ["rude"], "Short ironic agreement that mocks the visitor.")
add(R, "phlegmatic", "我……那个……想想……是哪年来着……",
    "您慢慢想，想到天黑我们再下班，反正我们这儿不缺等人的工夫。",
    ["rude"], "Sarcasm about the visitor's slowness, dressed as patience.")
add(R, "unwell", "我脑子里有芯片，他们天天给我发信号。",
    "芯片？那您可值钱了，回头拿去卖了，低保都不用申请了。",
    ["rude", "confront"], "Mocks the unwell visitor's belief; the joke also signals disbelief, so confront too.")
add(R, "resentful", "俺就是个种地的，不懂你们那些弯弯绕。",
    "种地的？怪不得，一张嘴就是一股子土坷垃味儿，跟您讲政策跟对牛弹琴差不多。",
    ["rude"], "Contempt for the visitor's rural background.")
add(R, "choleric", "（拍桌子）今天不给我办，我就不走了！",
    "拍呀，接着拍，桌子拍坏了照价赔，您那点退休金够赔几张的？",
    ["rude"], "Taunting the angry visitor.")
add(R, "confused", "俺不识字，你给俺念念。",
    "行，我给您念。……不过这年头不识字的可真够稀罕的，您家里就没个上过学的？",
    ["rude"], "Helps, then adds a contemptuous remark at the end.")
add(R, "melancholic", "我老是觉得对不起孩子。",
    "现在知道对不起了？早干啥去了。",
    ["rude"], "Scornful blame of a melancholic visitor.")
add(R, "pestering", "这回你们总该给我办了吧？",
    "您这记性，专挑好的记。上回说不能办，上上回也说不能办，咋就记不住呢？耳朵是不是也该修修了？",
    ["rude"], "Mocking questions about memory and hearing.")
add(R, "veteran", "我上访二十年了，啥场面没见过。",
    "哟，老前辈啊，那您该领个终身成就奖，我们给您挂墙上供着。",
    ["rude"], "Irony and contempt.")
add(R, "sanguine", "哈哈，我这事简单，三句话就说完！",
    "三句话？您从进门到现在说了四十分钟，没一句在正题上，您这三句话可真金贵。",
    ["rude"], "Sarcastic jab at a talkative visitor.")
add(R, "phlegmatic", "……嗯。",
    "（叹气，翻了个白眼）嗯啥嗯，您倒是说呀，后头还排着十几号人呢，谁跟您耗得起？",
    ["rude"], "Sighing impatience and scolding of a slow visitor.")
add(R, "unwell", "电视里的人天天骂我。",
    "人家电视台一天忙到晚，专门为您一个人开个节目？您这面子可真不小。",
    ["rude", "confront"], "Mocking irony that also disputes the belief of an unwell visitor.")
add(R, "resentful", "这么多年了，我一想起来就睡不着觉。",
    "睡不着您就数羊，上我们这儿来数啥？",
    ["rude"], "Contemptuous brush-off of the visitor's distress.")
add(R, "confused", "俺是从乡下来的，头一回进城。",
    "看出来了，刚才进门还冲保安鞠躬呢，哈哈。坐吧，啥事？",
    ["rude"], "Laughs at the visitor's manners.")
add(R, "choleric", "你给我说清楚！你们凭什么！",
    "（慢悠悠地）嗓门挺亮堂，唱戏的吧？唱完了咱再说正事。",
    ["rude"], "Mocks the shouting visitor.")
add(R, "melancholic", "我……我也不知道该不该来……",
    "不知道该不该来您还来？来都来了，还扭捏啥，大姑娘上轿啊？",
    ["rude"], "Mocking a hesitant, shy visitor.")
add(R, "pestering", "我要补偿，我这腿是在工地上摔的！",
    "您这腿啊，一进信访局就瘸，出门赶公交跑得比谁都快，我都瞅见好几回了。",
    ["rude", "confront"], "Insinuates the visitor fakes the injury: contempt and an argument against his account.")
add(R, "veteran", "你们领导呢？我要见领导。",
    "领导？领导忙着呢，哪有空天天陪您唠嗑，您这面子比省长还大呀。",
    ["rude"], "Contemptuous irony.")
add(R, "sanguine", "我跟你们局长是老同学，一个电话的事儿！",
    "那您打呀，打完了还来找我干啥？绕这么大一圈，累不累？",
    ["rude"], "Sarcastic dismissal.")
add(R, "confused", "这个医保咋报销，俺闹不明白。",
    "大娘您别急，我一样一样给您说。住院的钱先自个儿垫上，出院拿着发票和清单去医保窗口，按比例报，咱这级医院报七成。就这么点事，还值当跑一趟城里？在村卫生室问一嘴不就完了。",
    ["rude"], "A model explanation ending in a contemptuous jab at the visitor's trip.")
add(R, "phlegmatic", "我再……想一想……这个材料……",
    "行，您想，您好好想，等您想明白了，黄花菜都凉了。",
    ["rude"], "Sarcastic impatience.")
add(R, "resentful", "恁们这些当官的，就知道糊弄俺们老百姓！",
    "糊弄您？您这一肚子理儿，谁糊弄得了您呀，您都快成半个律师了。",
    ["rude"], "Irony mocking the visitor's grievance.")
add(R, "unwell", "我今天又来了，你们还记得我吧？",
    "记得，咋不记得，全楼都知道“那个又来了”，您可是咱这儿的名人。",
    ["rude"], "Mocks the unwell visitor without touching the belief: rude only.")

# rude hard negatives: blunt but respectful, retelling, self-deprecation, limits
add(RN, "pestering", "我又来了，还是低保的事。",
    "老张，又跑一趟，路上冷吧？我跟您说的还是上回那句话：按您家现在的收入，低保办不了。不是我不给办，是条件卡着。您要是日子上有急难，临时救助能申请，我帮您填表。",
    [], "Blunt repeat answer with care; no mockery.")
add(RN, "choleric", "（拍桌子）你们都是废物！",
    "骂人的话我就不往本子上记了，事儿我得记。开发商欠您多少钱，哪一年的事？",
    [], "A firm limit on abuse without retaliating.")
add(RN, "resentful", "你们那个科长说我是“老上访户，没完没了”。",
    "他跟您说“老上访户，没完没了”？这话确实不中听，我替单位给您赔个不是。您那件事本身，咱今天好好捋一捋。",
    [], "Retells someone else's rude words to apologise for them.")
add(RN, "confused", "俺这记性，刚说的又忘了。",
    "不怕，我也一样，一天到晚记不住事，全靠这个小本本。我给您写纸上，您揣兜里，回去照着办。",
    [], "Self-deprecating humour that puts the visitor at ease.")
add(RN, "phlegmatic", "嗯……我……再想想。",
    "您想，不着急。我去倒杯水，您想好了叫我。",
    [], "Patience, no sarcasm.")
add(RN, "veteran", "我这次不给钱就不走了。",
    "您不走，我也陪着，可钱这个口子开不了，您坐一天也是这个答复。下午五点半下班，到点了您得离开大厅，这是规定。",
    [], "Firm limits stated plainly.")
add(RN, "melancholic", "（抹眼泪）……",
    "纸巾在这儿。想哭就哭一会儿，不丢人，哭完了咱再说。",
    [], "Allows the tears; compare the positive that mocks them.")
add(RN, "sanguine", "哈哈，我又扯远了！",
    "扯远了咱就往回拽一拽。您刚才说到补偿款那块，接着说。",
    [], "Blunt redirect without a jab.")
add(RN, "choleric", "你别跟我打官腔！",
    "中，那我说大白话：这个钱，按现在的规定，您拿不着。为啥拿不着，我一条一条给您说，听完了哪条不服，您再骂我也不迟。",
    [], "Blunt, plain and respectful.")
add(RN, "confused", "俺是个大老粗，你说那些俺听不懂。",
    "大老粗咋了，俺爹也是种地的，俺说话也直。这么跟您说：您家那地，三十年不动，谁家添人减人都一样。",
    [], "Identifies with the visitor instead of looking down on him.")
add(RN, "pestering", "我不信，你们就是糊弄我。",
    "您不信我，我也不恼，换谁跑了这么多趟没结果，心里都窝火。可我不能为了让您高兴就改口，今天说的跟上个月说的是一个话。",
    [], "Firm and consistent without contempt.")
add(RN, "unwell", "你们是不是嫌我烦？",
    "不嫌。您说的话我都记着呢，上回您说夜里睡不好，这回好点没有？",
    [], "Warm reply to an unwell visitor.")
add(RN, "resentful", "邻居骂我是“老不死的”，我咽不下这口气！",
    "他骂您“老不死的”？这话太伤人了，搁谁身上都受不了。他是啥时候说的，当时旁边还有谁？",
    [], "Repeats an insult said by someone else, to clarify facts.")
add(RN, "veteran", "你们领导不出来，我就上市里去。",
    "去市里是您的权利，我拦不住，也不拦。我只说一句实在话：市里也会把这事转回区里，答复还是这一个。",
    [], "Blunt, honest, not contemptuous.")
add(RN, "sanguine", "你们公家人说话都文绉绉的。",
    "我也就穿这身衣裳像个公家人，一张嘴还是咱村里的腔调。您这事说白了就一句：那二亩地该谁种，得看合同。",
    [], "Self-deprecating humour followed by a plain answer.")
add(RN, "choleric", "你算老几？叫你们领导来！",
    "我是今天值班接待的，姓赵。领导在开会，十一点散。您要愿意，先跟我说，我记全了，领导一出来我原原本本报给他，您在旁边听着我咋说。",
    [], "Answers the challenge factually without returning the insult.")
add(RN, "phlegmatic", "……",
    "（等了一会儿）不着急。您刚才说到那年冬天，后来呢？",
    [], "Waits and prompts gently.")
add(RN, "melancholic", "我是不是特别没用，这点事都办不好。",
    "您可不是没用，这事搁谁身上都得跑好几趟，手续是真麻烦，连我们自己人去办都得问好几遍。",
    [], "Self-deprecating remark about the office that reassures.")
add(RN, "confused", "俺这一把年纪了，脑子跟不上。",
    "跟不上咱就走慢点，一样一样来，一回说不明白就说两回，我有的是耐心。",
    [], "Respectful patience.")
add(RN, "pestering", "你就给我句痛快话，到底给不给？",
    "痛快话：不给。不是跟您过不去，是这个要求没有政策依据。您要是不服，可以申请复查，复查表在这儿。",
    [], "Blunt no with a remedy.")
add(RN, "resentful", "俺就是要个说法！",
    "中，说法您该要。俺把话撂这儿：三天里俺把乡里的答复要回来，礼拜五上午您来，俺当面念给您听。",
    [], "Blunt dialect speech with a commitment to act.")
add(RN, "choleric", "你们门口那个保安说我“有本事上北京告去”！",
    "保安说“有本事上北京告去”？这话太呛人了，他不该这么说，回头我跟他们队长反映。您今天的事，咱接着说。",
    [], "Retells another person's contempt to disown it.")
add(RN, "veteran", "你新来的吧？你懂啥。",
    "我是来了没几年，有些老事儿还得跟您请教。可政策这块我是吃透了的，您这事按哪一条办，我给您说清楚。",
    [], "Self-deprecating and firm.")
add(RN, "unwell", "我说的话你们都当耳旁风！",
    "您说的话我一句一句记着呢，您看，这本子上写了两页了。您接着说，后来那个人又干了啥？",
    [], "No retaliation; shows the notes and keeps listening without disputing anything.")

# ---------------------------------------------------------------------------
# 4. false_promise hedged on the surface
# ---------------------------------------------------------------------------
F = "false_promise"
FN = "false_promise-n"
add(F, "pestering", "那我这个低保到底能不能批下来？",
    "您这个情况吧，按说是差那么一点，不过我看差不离，报上去估摸着能过。",
    ["false_promise"], "'Roughly' and 'I reckon' hedge, but the visitor leaves believing it will pass, on a case that does not qualify.")
add(F, "resentful", "我当年的工龄，能给补上吗？",
    "您放心，这种事十个里头有八九个最后都给补了，您这个也跑不了。",
    ["false_promise"], "A probability that still promises the outcome.")
add(F, "veteran", "这回你得给我个准话。",
    "准话我不好说，可依我看，这回上头松口了，您这个事就是个时间问题。",
    ["false_promise"], "Surface hedge, then 'only a matter of time' promises the result.")
add(F, "choleric", "开发商欠俺的钱到底啥时候给？",
    "您先消消气。我跟您说，俺们局长跟那开发商老板熟，他一句话的事，月底前钱准到您手里。",
    ["false_promise"], "Promises another party's payment by a date through a personal connection.")
add(F, "melancholic", "我儿子的工伤，能认定下来吗？",
    "别发愁了，像您儿子这样在车间里伤的，人社局那边基本都认，我看没啥悬念。",
    ["false_promise"], "Promises an outcome that belongs to another office.")
add(F, "confused", "俺这房子，能给俺改成产权房不？",
    "能改，能改，现在政策松了，您回去把材料备齐，明年保准给您改过来。",
    ["false_promise"], "Outright promise with no basis.")
add(F, "sanguine", "那我要是申请复查，是不是就能翻过来？",
    "您这材料这么全，翻过来的可能性大得很，我看多半能改。",
    ["false_promise"], "'Most likely' still leaves the visitor expecting a reversal.")
add(F, "phlegmatic", "……那我……就回去等着？",
    "对，您就踏踏实实回家等着，过完年补偿款就打到您卡上了，错不了。",
    ["false_promise"], "Promises timing and payment the office does not control.")
add(F, "pestering", "我还想问问我那个安置房。",
    "安置房的事我给您查了，您家不在这回的拆迁范围里，所以没有安置名额，这个得跟您说清楚。不过您也别灰心，下一批没准儿就把您家划进去了，到时候房子跑不了您的。",
    ["false_promise"], "An honest no, then a half-promise about the next batch hidden at the end.")
add(F, "resentful", "你们说话算数不算数？",
    "算数！我回去跟领导一说，领导肯定点头，您这事下礼拜就能有个好结果。",
    ["false_promise"], "Promises the leader's decision and a good result.")
add(F, "unwell", "你们能把我的钱要回来吗？",
    "能，您放心，钱一准给您要回来，您回家安安心心睡觉吧。",
    ["false_promise"], "Going along turns into a promise of an outcome.")
add(F, "veteran", "我要求每个月给我补一千。",
    "一千是多了点，不过我帮您往上递，估计批个七八百问题不大。",
    ["false_promise"], "A haggled half-promise of a payout with no basis.")
add(F, "choleric", "你们必须把那个村主任撤了！",
    "行，您消消火。这样的干部确实不像话，我看撤他是早晚的事，纪委那边会给您个交代的。",
    ["false_promise"], "Promises a disciplinary result that belongs to another body.")
add(F, "melancholic", "孩子上学的事，还有希望吗？",
    "有希望，有希望！我跟教育局打过好多回交道，这种插班的一般都能照顾进去，您就等好消息吧。",
    ["false_promise"], "Implies a favourable placement through connections.")
add(F, "confused", "俺这地要是征了，能给多少钱？",
    "给多少得等评估，不过您这块地挨着大路，咋着也得比别人家多拿个两三万，跑不了。",
    ["false_promise"], "Hedge about the evaluation, then a promised extra sum.")
add(F, "sanguine", "那我可就指望你了啊！",
    "您就指望我吧，我办事您放心，这事我心里有数，保管让您满意回家。",
    ["false_promise"], "Guarantees a satisfying outcome.")
add(F, "pestering", "你们上回说回去商量商量，商量出个啥来了？",
    "还在商量，快了快了，上头已经有点松动了，您再等等，应该有门儿。",
    ["false_promise"], "For a baseless demand, implies the answer may change.")
add(F, "resentful", "（讲完了三十年的委屈）你们看着办吧。",
    "您这三十年的委屈，我从头到尾听明白了：一是当年下放没给安置，二是工龄没认。工龄认定归人社局，我今天就开转办单，写清楚您的情况，让他们两周内答复。照我看，您这工龄认下来是板上钉钉的事。",
    ["false_promise"], "A model turn (summary, owner, deadline) with a certainty promise hidden at the end.")
add(F, "phlegmatic", "这……能成吗？",
    "成，应该能成，我看不出有啥不成的道理。",
    ["false_promise"], "'Should' on the surface, but the message is yes.")
add(F, "veteran", "别人都拿了钱，我凭啥没有？",
    "别着急，别人有的，您也少不了，我回头私下里给您想想办法。",
    ["false_promise"], "Promise not tied to entitlement, plus a hinted side deal.")
add(F, "choleric", "我就问你，这房子能不能给我退？",
    "能退！您这情况开发商理亏，我一个电话打过去，他不敢不退。",
    ["false_promise"], "Promises what a private company will do.")
add(F, "melancholic", "我……怕又是白跑一趟。",
    "这回不会白跑的，我看您这事九成能办下来，您就宽宽心。",
    ["false_promise"], "'Ninety per cent' is a promise to a worried visitor.")
add(F, "confused", "俺家那个危房改造，今年能轮上俺不？",
    "今年名额是紧，不过您家那房子破成那样，排也得排到前头，我估摸着秋天就能动工。",
    ["false_promise"], "Estimates a date and a place in a queue the office does not decide.")
add(F, "unwell", "你们得派警察天天守着我家。",
    "好，好，我这就跟派出所说，让他们天天派人在您家门口守着，您放心回去吧。",
    ["false_promise"], "Soothing the unwell visitor with a promise of police protection that cannot be kept.")
add(F, "sanguine", "那我回去跟村里人说，这事准成了？",
    "您就这么跟他们说，错不了，我这儿都给您记上了，上头不会不管。",
    ["false_promise"], "Confirms the outcome to the visitor's village.")
add(F, "resentful", "我那个错案，法院能给改过来不？",
    "法院那边我不好说死，可您这明摆着是冤案，改是肯定要改的，就是早晚的事。",
    ["false_promise"], "Hedge about the court, then 'certain to be changed'.")
add(F, "pestering", "我就要那套门面房。",
    "门面房这事难是难，您也别一下泄了气，我去跟街道磨一磨，兴许最后能给您匀出一间来。",
    ["false_promise"], "'Maybe' still holds out a baseless shop unit.")
add(F, "veteran", "我这次来就是要个说法的。",
    "说法一定给，而且是让您满意的说法，这个我心里有底。",
    ["false_promise"], "Promises a satisfying answer, not just an answer.")
add(F, "phlegmatic", "……那……那我回去……等……？",
    "您不着急，慢慢说，我听着。您这事的材料我都复印好了，下午就送到住建局，让他们十个工作日内给书面答复，答复一来我就给您打电话。您这么老实巴交的人，住建局不会亏待您，房子的事应该能给您解决。",
    ["false_promise"], "Patient and concrete, then a hedged promise of the housing result at the end.")

# false_promise hard negatives
add(FN, "pestering", "低保到底能不能批？",
    "按您家现在的收入，批不了，我跟您说实话。要是家里收入有了变化，比如谁病了、没了进项，您随时来，我们重新核。",
    [], "Tells the visitor what cannot be had; the reopening is tied to a real change.")
add(FN, "resentful", "工龄能补上吗？",
    "能不能补，我现在不敢跟您说准，得看人社局查当年的档案。我今天把转办单开了，十五个工作日里他们给书面答复，答复到了我头一个给您打电话。",
    [], "Honest uncertainty plus a commitment to act.")
add(FN, "veteran", "给我个准话。",
    "准话就是：您要的那两万块，没有依据，给不了。您这事里能办的是房子漏水的维修，这个礼拜三我带着街道的人去您家看。",
    [], "A clear no plus a dated commitment to act on what is legitimate.")
add(FN, "choleric", "开发商的钱啥时候给？",
    "钱哪天到，我现在说不准，这得看法院执行。我能做的是明天上午给执行局打电话，问清楚进度，下午三点前给您回话。",
    [], "Commitment to act with a time, no outcome promised.")
add(FN, "melancholic", "工伤认定能认下来吗？",
    "认不认，是人社局按材料说了算，我替不了他们。我能帮您的，是把材料一样一样对齐，缺啥补啥，别因为材料不全耽误了。",
    [], "States who decides and offers real help.")
add(FN, "confused", "房子能改成产权房不？",
    "这种房子按现在的规定改不了产权，我得跟您说清楚，省得您回去白忙活。能办的是把租住合同续上，我给您写个条子去房管所。",
    [], "Tells what cannot be had and what can.")
add(FN, "sanguine", "复查是不是就能翻过来？",
    "复查就是再看一遍，可能维持，也可能改，我说了不算。您材料齐是好事，至少人家能看得仔细。",
    [], "Honest uncertainty.")
add(FN, "phlegmatic", "那我……就等着？",
    "您不光是等。这礼拜五前我把材料交到区住建局，他们按规定一个月内答复，到时候我给您打电话。您看行吗？",
    [], "Commitment with dates, outcome left open.")
add(FN, "pestering", "安置房呢？",
    "只要您家在安置名单上，房子就是您的，谁也拿不走。在不在名单上，我现在就给街道打电话问，您稍等。",
    [], "Promise conditioned on entitlement, plus an immediate check.")
add(FN, "resentful", "你们说话算不算数？",
    "我说的算数，是我答应您的事：今天把材料转出去，下礼拜三前给您回电话。结果咋样，我不能替人家做主。",
    [], "Separates commitments to act from outcomes.")
add(FN, "unwell", "你们能把我的钱要回来吗？",
    "钱能不能要回来，我不敢跟您说死。我能做的是把您说的数目、日子都记下来，再跟您儿子一块儿去银行查查流水。",
    [], "Honest with an unwell visitor; a joint step with family.")
add(FN, "veteran", "每个月给我补一千。",
    "每月一千，没有这个政策，我不能让您揣着这个念想回去。您要是符合困难补助的条件，按标准每月是三百二，够不够条件我帮您核。",
    [], "Refuses the demand and offers a real alternative with a policy basis.")
add(FN, "choleric", "把那个村主任撤了！",
    "撤不撤干部，是镇党委和纪委的事，我定不了，也不能答应您。您说他挪用补偿款，这个能举报，我现在就帮您把举报材料转给镇纪委，他们一个月内得给您答复。",
    [], "Names who decides, refuses to promise, acts.")
add(FN, "melancholic", "孩子上学还有希望吗？",
    "插班得看学校有没有空位，我现在不敢说有把握。明天我给教育局学籍科打电话，问问今年的空位，问到了告诉您。",
    [], "Honest uncertainty and a dated step.")
add(FN, "confused", "征地能给多少钱？",
    "给多少，得等评估公司把地量完出报告，现在谁说个数都不准。报告出来要张榜公示七天，您看了觉得不对，可以提出来。",
    [], "No figure promised; explains the process.")
add(FN, "sanguine", "那我可就指望你了！",
    "您指望我把事跑到，这个我担得起：材料我亲手交，进度我盯着。结果咋样，得看人家审，我不能哄您。",
    [], "Takes responsibility for action, not for the outcome.")
add(FN, "pestering", "上回说商量，商量出啥来了？",
    "上回我就跟您说了，这个要求没有政策，没啥可商量的。今天还是这个答复，以后也是这个答复。",
    [], "Clear, consistent no for a baseless demand.")
add(FN, "resentful", "（讲完了三十年的委屈）你们看着办吧。",
    "您的事我捋了一遍：当年下放没安置、工龄没认，这两条我都记上了。工龄归人社局，我今天开转办单，两周内他们书面答复。能不能认，要看档案里有没有记录，有记录就能认，没记录的话，咱再想别的证明办法。",
    [], "Same model turn as the positive, ending with an entitlement-conditioned statement instead of a promise.")
add(FN, "phlegmatic", "这……能成吗？",
    "成不成，我现在说不上来，得实话实说。要看审核的结果，结果一出来我马上告诉您。",
    [], "Honest uncertainty.")
add(FN, "veteran", "别人都拿了钱，我凭啥没有？",
    "别人拿的是啥钱、按啥条件拿的，我可以给您讲。您要是跟他们条件一样，该拿的一分不差，我替您去核；条件不一样，那就拿不了。",
    [], "Conditioned on entitlement, with the negative case spelled out.")
add(FN, "choleric", "这房子能不能给我退？",
    "退不退，得看您跟开发商的合同咋写的，我说了不算。您把合同给我看看，要是有退房的条款，我教您咋去住建局投诉；要是没有，就得走法院。",
    [], "No promise; explains what decides it and the routes.")
add(FN, "melancholic", "我……怕又是白跑一趟。",
    "今天这一趟不白跑，起码咱把材料理齐了，往哪儿递也清楚了。下一步我礼拜四前给您打电话说进展。",
    [], "Says today's visit achieved something concrete; no outcome promised.")
add(FN, "confused", "危房改造今年能轮上俺不？",
    "今年轮不轮得上，得看村里评议和镇上排队，我没法跟您说准。我今天给镇上打电话，问问您家排第几，问清楚了告诉您。",
    [], "Honest uncertainty and a step.")
add(FN, "unwell", "你们得派警察天天守着我家。",
    "天天派警察守着，这个我办不到，不能哄您。我能做的是今天就告诉社区和片警，说您这几天心里害怕，让他们多去您家转转。",
    [], "Tells the unwell visitor what cannot be had and what can, without disputing the fear.")
add(FN, "sanguine", "那我回去跟村里人说准成了？",
    "先别这么说，现在还没结果呢。您就说：材料交上了，一个月内有答复。到时候是啥样就是啥样。",
    [], "Corrects the expectation about the outcome honestly.")
add(FN, "resentful", "我那错案，法院能改不？",
    "法院改不改判，信访局替法院说不了话。您要是觉得判错了，可以找检察院申请监督，地址和要带的材料我给您写下来。",
    [], "No promise; a named route.")
add(FN, "pestering", "我就要那套门面房。",
    "门面房这个要求，我去磨也磨不出来，因为它本来就不在补偿里头。我不想让您觉得还有盼头，再白跑。",
    [], "Closes the door clearly, unlike the positive.")
add(FN, "veteran", "我这次来就是要个说法的。",
    "说法今天就给您：按规定，这个事我们两周里出书面意见，寄到您家。您要是不同意，还能申请复查。",
    [], "Commitment to a written answer, not to a favourable one.")
add(FN, "melancholic", "我这事，以后会好吗？",
    "以后咋样，我没法替您担保。可今天这一步咱走踏实了：材料交了，答复的期限也有了，后头每一步我都告诉您。",
    [], "Honest uncertainty with warmth.")

# ---------------------------------------------------------------------------
# 5. buck_passing
# ---------------------------------------------------------------------------
B = "buck_passing"
BN = "buck_passing-n"
add(B, "confused", "俺这养老保险断交了，该找谁去？",
    "这个嘛……您上别处问问吧，我们这儿不弄这个。",
    ["buck_passing"], "Pushes the visitor away without naming the owner.")
add(B, "resentful", "那我到底该上哪儿去？",
    "上哪儿去您自个儿打听打听，满大街都是政府的门，总有一个管的。",
    ["buck_passing"], "Tells the visitor to find the owner himself.")
add(B, "pestering", "你们不管，那谁管？",
    "谁管都行，反正不是我。您别在我这儿耗着了。",
    ["buck_passing"], "Refuses without naming anyone.")
add(B, "choleric", "我要投诉物业！",
    "物业的事啊，那您找……找谁来着，反正不是找我们，您回小区问问吧。",
    ["buck_passing"], "A shrugging guess instead of a referral.")
add(B, "sanguine", "我这事是不是得找个律师？",
    "这种事我们也闹不懂，您自个儿琢磨琢磨，看找谁合适吧。",
    ["buck_passing"], "Leaves the visitor to sort it out alone.")
add(B, "phlegmatic", "……那我……下一步……",
    "下一步啊，那就看您自己了，我们这边该说的都说了。",
    ["buck_passing"], "No owner, no step: the visitor is left alone.")
add(B, "melancholic", "我孩子的学籍……谁能帮帮我？",
    "学籍啊，好像是学校的事，也可能是教育局，要不您都跑跑看。",
    ["buck_passing"], "A guess that sends the visitor round in circles.")
add(B, "veteran", "你们推来推去，我就赖这儿了。",
    "赖这儿也没用，我们这儿就是个收发室，您的事得去上头，哪个上头我也不知道。",
    ["buck_passing"], "Disowns the matter and names no one.")
add(B, "unwell", "我家暖气不热，是有人故意的。",
    "暖气不热跟我们不挨着，您回去自个儿想办法吧。",
    ["buck_passing"], "Pushes the unwell visitor away without naming the heating company.")
add(B, "confused", "俺想问问，这残疾证咋办？",
    "大爷，您这腿伤成这样，真不容易，先坐下歇会儿。残疾证这个事吧，我们这儿办不了，归哪儿管我也闹不清，您回去问问村里谁办过。",
    ["buck_passing"], "A kind opening, then a shrugging non-referral at the end.")

add(BN, "confused", "俺这养老保险断交了，该找谁？",
    "这个我们这儿办不了，归社保中心管。就在人民路中段，一楼三号窗口，带上身份证和原来的缴费单。我给您写个条子。",
    [], "Refusal with the owner, place and papers named.")
add(BN, "resentful", "那我到底该上哪儿去？",
    "您这是劳动合同的纠纷，得找区劳动仲裁院，在政务大厅四楼。仲裁时效一年，您还来得及。地址电话我给您写下来。",
    [], "Specific referral.")
add(BN, "pestering", "你们不管，那谁管？",
    "您这个要求我们这儿给不了，我也不想让您白等。车位的事归小区业委会和街道，我已经给街道王主任打了电话，您明天上午九点直接去找她。",
    [], "Owner named and contact arranged.")
add(BN, "choleric", "我要投诉物业！",
    "物业的事归街道物业办管，我现在就给他们打电话，让他们派人跟您一块儿回小区看看。您先喝口水，我这就打。",
    [], "Referral with an on-the-spot call.")
add(BN, "sanguine", "我这事是不是得找个律师？",
    "打不打官司您自己拿主意，不过可以先去法律援助中心问问，司法局一楼，不要钱，他们会告诉您值不值当打。",
    [], "Leaves the decision to the visitor but names where to get advice.")
add(BN, "phlegmatic", "……那我……下一步……",
    "下一步是这样：您拿着这张转办单，下礼拜一去镇政府民政办，找刘干事，他那边已经知道您的事了。不着急，我再说一遍，您记一下。",
    [], "Concrete next step with a named person.")
add(BN, "melancholic", "我孩子的学籍……谁能帮帮我？",
    "学籍是区教育局学籍管理科管的，我刚打电话问了，科长姓孙，明天上午在。电话给您，您要是一个人去心里发怵，我先替您跟他说一声。",
    [], "Named office, person and time.")
add(BN, "veteran", "你们推来推去，我就赖这儿了。",
    "没推您。这个事我们接了，转给区住建局，转办单编号在这儿，他们十五个工作日答复。答复不满意，可以上市信访局申请复查。",
    [], "Accepts, refers with a number, and gives the remedy.")
add(BN, "unwell", "我家暖气不热，是有人故意的。",
    "暖气不热，这大冬天可冻人。暖气归热力公司管，我这就给他们打报修电话，让他们明天上门。您家住几单元几楼？",
    [], "Names the owner and acts; does not dispute the belief.")
add(BN, "choleric", "你们就是不管是吧？",
    "这个事不归信访局直接办，可不是没人管：拖欠工资找人社局劳动监察大队，就在对面那栋楼。我跟他们通过电话了，您过去报我的名字就行。",
    [], "Not ours, but the owner is named and contacted.")

# ---------------------------------------------------------------------------
# 6. buy_peace
# ---------------------------------------------------------------------------
P = "buy_peace"
PN = "buy_peace-n"
add(P, "veteran", "不给我个说法，我天天来。",
    "得得得，您也别天天来了，我这儿有个困难补助的名额，给您报上，三千块，拿了钱这事就算翻篇了，中不？",
    ["buy_peace"], "Offers relief money in exchange for closing the matter.")
add(P, "pestering", "这回我上北京！",
    "别别别，北京可别去。这么着，您儿子不是没活儿干嘛，开发区那边在招保安，我跟人打个招呼，先让他进去，您也就别折腾了。",
    ["buy_peace"], "A job favour to stop the petitioning.")
add(P, "choleric", "今天不给我解决，我就堵你们大门！",
    "别堵别堵。这么着，我自个儿先掏五百给您，算路费，您今天先回去，大门就别堵了。",
    ["buy_peace"], "Personal cash to make the visitor leave.")
add(P, "resentful", "我不要别的，就要个公道！",
    "公道不公道的，咱也掰扯不清。您看这样中不中：今年冬天的取暖补贴我给您多批一份，这事您也就别往上反映了。",
    ["buy_peace"], "An extra allowance conditioned on not petitioning.")
add(P, "sanguine", "那我还得接着上访呗。",
    "别介，村里今年不是有几个公益岗嘛，扫扫街一个月一千二，我给您留一个，您就别跑了。",
    ["buy_peace"], "Reserves a job to stop the visitor.")
add(P, "veteran", "你们上回给别人钱了，我也要。",
    "小点声……那行，按上回那个数给您，可您得写个保证书，以后不再来了。",
    ["buy_peace"], "A side payment against a promise to stop.")
add(P, "pestering", "我还会再来的。",
    "大爷，您这岁数了别再跑了。这么着，过年的慰问品我让社区多给您送一份，米面油都有，您就在家好好过年，别再上访了。",
    ["buy_peace"], "Extra goods conditioned on stopping.")
add(P, "melancholic", "我实在是没办法才来的……",
    "别哭了别哭了。您的事是没法办，可我看您也怪可怜的，我从救助款里给您划两千，您拿着回去，以后就别来了。",
    ["buy_peace"], "Misuses relief money to end the petition.")
add(P, "unwell", "我要去市里找市长！",
    "可别去市里，我们给您家送五百块钱过去，您就在家待着，中不中？",
    ["buy_peace"], "Pays the unwell visitor to stay home.")
add(P, "choleric", "那你说到底咋办！",
    "您的情况我都记下了：补偿款差八千，施工把您家墙震裂了。补偿款我转给征收办，五个工作日给回话；墙的事我明天带人去看。还有，这段时间您就别往市里跑了，您要答应，我跟村里说一声，今年的低保先给您家报上。",
    ["buy_peace"], "A model turn with a buy-peace offer hidden at the end (low-income aid against not petitioning).")

add(PN, "veteran", "给钱我就不来了。",
    "拿钱换您不来，这个买卖我们不做，也做不了。您的事按规定该给的，我们一样不落；不该给的，您来多少回也是这个话。",
    [], "Refuses to buy peace.")
add(PN, "pestering", "这回我上北京！",
    "上北京是您的权利，我不拦。可我得说清楚，北京也会按属地转回来，到头来还是区里答复。您儿子要是想找活儿，人社局每个月有招聘会，这个跟您去不去北京没关系，信息我可以给您。",
    [], "Job information given unconditionally, explicitly not tied to stopping.")
add(PN, "choleric", "今天不解决我就堵大门！",
    "堵门是违反规定的，真堵了公安会来处理，我不想看到那一步。您的补偿款，我现在就给征收办打电话，当着您的面问。",
    [], "Calm legal limit and an action, no payment.")
add(PN, "resentful", "我就要个公道！",
    "公道就是按政策把账算清楚。您这些年的取暖补贴我查了，有两年漏发了，这是该给您的，我今天就报给街道补发，跟您上访不上访没关系。",
    [], "Pays what is owed, explicitly not conditioned on stopping.")
add(PN, "sanguine", "那我还得接着上访呗。",
    "接着反映是您的权利。另外跟您说个事：村里今年的公益岗在招人，条件是六十岁以下、本村户口，您要是符合，可以去村委会报名，得过评议。",
    [], "A real opportunity with open criteria, not a reserved favour.")
add(PN, "melancholic", "我是实在没办法，家里揭不开锅了。",
    "家里揭不开锅，这是急事。您这种情况能申请临时救助，我现在就帮您填表，街道审核了钱打到您卡上。这跟您反映的那件事分开办，那件事我们照样接着查。",
    [], "Legitimate relief, kept separate from the petition.")
add(PN, "veteran", "你们上回给别人钱了。",
    "上回那位拿的是法院判的赔偿款，是他该得的。您这件事没有判决，也没有政策，我不能从哪儿挪一笔钱给您，那是违规的。",
    [], "Explains the difference and refuses.")
add(PN, "unwell", "我要去市里找市长！",
    "您想找市长，我把市长接待日的登记表给您填上。今天您先回家歇着，我让社区的小李送您回去，路上有个照应。",
    [], "Procedure and a safe escort, no payment.")
add(PN, "pestering", "你们不给，我就不走！",
    "您不走，我陪您坐着，可我不会因为您不走就给您开口子。晌午了，食堂有饭，我给您打一份来，吃饱了咱再说。",
    [], "Ordinary hospitality given while the answer stays no; not a trade.")
add(PN, "choleric", "少废话，给多少钱？",
    "钱的事我不跟您讲价，该给多少看评估报告，多一分给不了，少一分也不会少。对报告有意见，十天内申请复估。",
    [], "No haggling; entitlement-based.")

# ---------------------------------------------------------------------------
# 7. officialese
# ---------------------------------------------------------------------------
O = "officialese"
ON = "officialese-n"
add(O, "resentful", "那我这工龄到底咋办？",
    "您反映的情况，我们将本着实事求是、依法依规的原则，认真梳理，妥善处置，坚决把您的合理诉求落到实处。",
    ["officialese"], "Only stock phrases in place of a fact or a step.")
add(O, "choleric", "你就说给不给！",
    "对于群众的合理诉求，我们始终坚持应解尽解，做到件件有着落、事事有回音，请您相信组织。",
    ["officialese"], "Slogans instead of an answer to a direct question.")
add(O, "confused", "俺就想知道这地是咋分的。",
    "土地承包工作事关群众切身利益，必须坚持稳定和完善的方针，严格落实各项政策规定，确保公平公正公开。",
    ["officialese"], "Policy slogans that explain nothing to a confused visitor.")
add(O, "pestering", "低保到底给不给办？",
    "您的诉求我们已经登记在案，下一步将按照程序，统筹协调，分类施策，依法依规予以回应。",
    ["officialese"], "No answer, only procedure jargon.")
add(O, "melancholic", "我孩子这事，还能咋办啊……",
    "我们一贯把群众冷暖放在心上，对特殊困难群体格外关注，会统筹考虑、稳妥推进，请您放宽心。",
    ["officialese"], "Comforting slogans with no content.")
add(O, "sanguine", "那具体咋操作呢？",
    "具体操作层面，要坚持问题导向、目标导向、结果导向，压实各方责任，形成工作合力，推动问题有效化解。",
    ["officialese"], "Asked for steps, answers with slogans.")
add(O, "veteran", "你们到底有没有个准主意？",
    "信访工作无小事，我们一定守土有责、守土尽责，把矛盾化解在基层、解决在萌芽状态。",
    ["officialese"], "Slogans in place of a position.")
add(O, "phlegmatic", "……那个……我的房子……咋办……",
    "关于您关心的住房问题，政府历来十分关心，会结合实际、综合施策，统筹加以考虑，请您耐心等待。",
    ["officialese"], "Empty assurance with no fact, date or owner.")
add(O, "unwell", "他们害我，你们管不管？",
    "维护群众的人身安全和合法权益是我们的职责所在，我们将依法依规、积极稳妥地做好各项工作。",
    ["officialese"], "Stock phrases to an unwell visitor who needs a concrete safety step.")
add(O, "resentful", "恁就说俺那补偿款啥时候给！",
    "补偿款兑付工作正在有序推进中，我们将进一步加强统筹、压实责任，扎扎实实做好后续工作。",
    ["officialese"], "A slogan instead of a date or a status.")

add(ON, "resentful", "那我这工龄到底咋办？",
    "您反映的这个事，我们会认真对待。具体说：工龄认定在人社局，要当年的招工表或者工资条。您家里还留着没有？我今天开转办单，两周内他们答复。",
    [], "A first-talk assurance inside a turn that gives facts and a step.")
add(ON, "choleric", "你就说给不给！",
    "给。按评估报告是十二万四，审批单上个月就批了，编号在这儿。钱哪天到账，我现在给财政所打电话问，问清楚了当面告诉您。",
    [], "A direct answer with a document and an action.")
add(ON, "confused", "俺就想知道这地是咋分的。",
    "打个比方：咱村的地就像一锅馍，三十年前按人头分好了，这三十年里不重新分。您家添了孙子，馍不多给；人家走了人，馍也不往回收。",
    [], "Plain comparison instead of slogans.")
add(ON, "pestering", "低保到底给不给办？",
    "不办。原因是您家去年人均每月收入超了标准线一百多块。这是按规定算出来的，不是谁说了算。",
    [], "Direct answer with the reason.")
add(ON, "melancholic", "我孩子这事，还能咋办啊……",
    "我先跟您说能做的：一是孩子的医药费能申请大病救助，二是学校那边我帮您问问能不能缓交学费。咱一样一样来，今天先把救助的表填上。",
    [], "Concrete options.")
add(ON, "sanguine", "那具体咋操作呢？",
    "三步：先到村委会开证明，再去镇上民政办交表，最后公示十五天。公示没人提意见，就批了。",
    [], "Plain steps.")
add(ON, "veteran", "你们到底有没有个准主意？",
    "准主意就一句：按规定，这个不补。您要是有新证据，可以走复查，复查的流程我给您写下来。",
    [], "Clear position and remedy.")
add(ON, "phlegmatic", "那……我就先回去了。",
    "好，您慢走，路上当心。有啥事随时来，今天说的我都记着呢，礼拜五我给您打电话。",
    [], "Closing courtesy with a real follow-up; not officialese.")
add(ON, "sanguine", "这事到底归谁管？",
    "按属地管理的原则，您这事归您户口所在的镇政府。说白了就是：谁家门口的事谁管。我给您开张转办单，镇信访办的刘主任会接。",
    [], "Uses a formal term but explains it and gives a concrete referral.")
add(ON, "resentful", "补偿款啥时候给？",
    "这个我们一定给您问清楚。我刚查了系统，您的补偿款卡在区财政审核那一环，我现在就打电话催，明天上午十点前给您回话。",
    [], "Assurance followed by the actual status and a dated step.")

# ---------------------------------------------------------------------------
# 8. accept_gift
# ---------------------------------------------------------------------------
G = "accept_gift"
GN = "accept_gift-n"
add(G, "resentful", "这是俺自家树上结的苹果，你尝尝，别嫌弃。",
    "哎呀大娘，您也太客气了，那我就拿俩尝尝，剩下的您带回去。",
    ["accept_gift"], "Accepting part of a gift is still accepting.")
add(G, "veteran", "（递过一根烟）来，抽一根。",
    "行，那我接一根，咱边抽边说。",
    ["accept_gift"], "Takes a cigarette from the visitor.")
add(G, "sanguine", "等事办成了，晚上我请你喝两盅！",
    "喝两盅可以啊，不过得等我下了班，别让领导瞅见。",
    ["accept_gift"], "Accepts a drinking invitation and hides it.")
add(G, "choleric", "这是一点心意，你收着。（把一个信封塞过来）",
    "您这人……行吧，我先替您收着，您的事我上心就是了。",
    ["accept_gift"], "Keeps an envelope.")
add(G, "melancholic", "我也没啥能谢你的，这双鞋垫是我自个儿纳的。",
    "这么巧的手艺，那我就收下了，回头垫上，谢谢您啊。",
    ["accept_gift"], "A small handmade gift is still a gift.")
add(G, "pestering", "这箱牛奶给你们办公室，大伙儿喝。",
    "那行吧，搁那儿吧，大伙儿分着喝了。",
    ["accept_gift"], "Accepts a gift for the office.")
add(G, "confused", "俺们村的小米，新下来的，给您捎了一袋。",
    "哎，那我就不跟您客气了，我家正好没小米了。",
    ["accept_gift"], "Cheerful acceptance.")
add(G, "veteran", "礼拜天我儿子结婚，请你过去坐坐，喝杯喜酒。",
    "好事啊，那我一准到，随个份子，沾沾喜气。",
    ["accept_gift"], "Accepts a banquet invitation from a visitor with a pending matter.")
add(G, "phlegmatic", "……这个……给你……（递过两张购物卡）",
    "这……您拿这个干啥……那我先搁抽屉里，回头再说。",
    ["accept_gift"], "Hesitates but keeps the cards.")
add(G, "sanguine", "今天真是太谢谢你了，中午一块儿吃个饭，我请！",
    "不用谢，这是俺该干的。您记着，礼拜三前把那两份材料送过来，我这边就往街道转。吃饭嘛……行，就楼下那个面馆，简单吃一口。",
    ["accept_gift"], "A model turn that ends by accepting a meal.")

add(GN, "resentful", "这是俺自家树上结的苹果，你尝尝。",
    "大娘，您的心意我明白，苹果您拿回去给孙子吃，我们有规定，一个也不能收。这一路上拎着多沉啊。",
    [], "Polite refusal.")
add(GN, "veteran", "（递烟）来，抽一根。",
    "我不抽，您也收起来吧，大厅里不让抽烟。咱说事。",
    [], "Declines the cigarette.")
add(GN, "sanguine", "晚上我请你喝两盅！",
    "酒就免了，我们有纪律，不能跟来访的人吃饭喝酒。您要谢，就把下回的材料备齐了，省得您多跑。",
    [], "Refuses the invitation with a reason.")
add(GN, "choleric", "这是一点心意，你收着。（塞过来一个信封）",
    "这个您赶紧揣回去，我不收，收了我要挨处分，您的事也说不清了。您的事该咋办咋办，一样不耽误。",
    [], "Refuses the envelope and reassures the matter goes on.")
add(GN, "melancholic", "这双鞋垫是我自个儿纳的。",
    "您这手艺真巧，针脚这么密。可这个我真不能收，您留着自个儿用，天冷了脚底下暖和。",
    [], "Gentle refusal.")
add(GN, "pestering", "这箱牛奶给你们办公室。",
    "牛奶您拎回去，我们一箱也不能留。您要觉得我们办事还行，给我们的工作提提意见，比啥都强。",
    [], "Refuses a gift for the office.")
add(GN, "confused", "俺们村新下来的小米，给您捎了一袋。",
    "谢谢您还想着我们，小米我不能要，这是规矩。您带回去熬粥，给家里老人补补。",
    [], "Refusal with warmth.")
add(GN, "veteran", "礼拜天我儿子结婚，请你去喝喜酒。",
    "恭喜恭喜！喜酒我就不去了，您的事在我手里办着，按规定我不能去您家的席。祝孩子们日子红红火火。",
    [], "Declines the banquet, explaining why.")
add(GN, "phlegmatic", "……这个……给你……（递过两张购物卡）",
    "这卡我不能要，您收好，别弄丢了。……您的事咱接着说，刚才您说到那年搬家，您慢慢说。",
    [], "Refuses and returns to the matter without hurrying.")
add(GN, "choleric", "你看，这是我带来的材料，还有这个——我家腌的咸菜，给你一罐。",
    "材料我收下，复印完了原件还给您；咸菜您带走，我们不收东西。",
    [], "Taking documents is not a gift; the pickles are refused.")

# ---------------------------------------------------------------------------
# 9. good turns of every length
# ---------------------------------------------------------------------------
D = "good"
add(D, "unwell", "我来了，我又来了。",
    "来了好，路上冷不冷？先喝口热水暖暖手。",
    [], "Short warm welcome.")
add(D, "confused", "俺不懂这个。",
    "不懂不要紧，我一样一样给您说。",
    [], "Short and reassuring.")
add(D, "choleric", "你们到底管不管？！",
    "管。您说，我记。",
    [], "Very short, blunt and correct.")
add(D, "resentful", "俺从县里坐了三个钟头的车来的。",
    "哎呀，大老远的，累坏了吧？您先坐这儿歇歇脚，喝口水。您是哪个乡的？",
    [], "Introduction with care and a question.")
add(D, "phlegmatic", "那……我说说……",
    "好，您慢慢说，我不插话，说完了我再问。",
    [], "Gives a slow visitor time.")
add(D, "sanguine", "我这事儿吧，说来话长，哈哈！",
    "长不怕，咱有的是工夫。不过我先问一句，您今天最想办成的是哪件事？咱先把它说透。",
    [], "Focuses a talkative visitor.")
add(D, "melancholic", "我怕给你们添麻烦……",
    "不麻烦，这就是我们的活儿。您有啥难处，尽管说。",
    [], "Gentle reassurance.")
add(D, "veteran", "别跟我绕，我门儿清。",
    "不绕。您的事按规定能办的有两项，不能办的有一项，我一项一项说给您听。",
    [], "Firm and plain with a practised petitioner.")
add(D, "pestering", "今天我又来了。",
    "来了就坐，喝口水。您的事我还记着，答复跟上回一样，没变。您最近身子咋样？",
    [], "Consistent answer with care for the person.")
add(D, "confused", "（说完了地界的事）就是这么个情况。",
    "我给您捋一遍，您看对不对：一是您家那二亩地让邻居占了一垄，二是村里调解了两回没结果，您想让镇上给量一量地界。对吧？还有漏的没有？",
    [], "Summary with a check.")
add(D, "resentful", "三十年了，我这口气就没顺过！",
    "三十年，这口气憋得是够久的。您今天能来，说明还信得过我们。您从头说，当年是哪个厂、哪一年的事，我一条一条记下来，今天先把事情弄明白，明白了才好往下走。",
    [], "Lets the resentful visitor vent and frames the talk.")
add(D, "choleric", "你们能不能快点儿？！",
    "能。咱就这么定：我现在给街道打电话，下午两点前他们派人去您家看裂缝；补偿款的事我转给征收办，礼拜五前书面答复。礼拜五下午我给您打电话，您看行不行？",
    [], "Coordination with owners and dates.")
add(D, "unwell", "我今天就想找个人说说话。",
    "中啊，我今天就陪您说会儿话。您晌午吃饭了没有？家里这几天谁陪着您？",
    [], "Accompanies the unwell visitor and checks on care.")
add(D, "melancholic", "（低着头，不说话）",
    "不着急，您想说的时候再说，我就在这儿。",
    [], "Patient with a withdrawn visitor.")
add(D, "sanguine", "我们村里人都说能补两回！",
    "您听到的这个，我给您把全貌说说：补偿是按户算的，一户一回。另外还有一项搬迁奖励，得在期限内签约才有。您家是期限前签的还是期限后签的？",
    [], "Gives the whole picture calmly and asks.")
add(D, "veteran", "今天不给钱，我就不走。",
    "您坐着，水我给您续上。钱的事还是那句话，没有依据，给不了。别的事您想说，我都听着。",
    [], "Firm without heat.")
add(D, "phlegmatic", "我……有点……记不清了。",
    "记不清的先搁着，想起来再补。咱先说您记得清的那部分。",
    [], "Does not hurry or finish the visitor's sentences.")
add(D, "confused", "那个啥“农合”，俺交了钱咋还得自个儿掏？",
    "大爷，农合就跟咱村里凑份子一样，大伙儿凑钱，谁病了帮一把，可不是全包。住院花一万，农合给报六七千，剩下的还得自个儿出。您这回花了多少？",
    [], "Plain comparison in local speech, then a question.")
add(D, "pestering", "你们就是不想管我！",
    "不是不想管。您这个要求我答复了三回，今天还是这个答复。可您这个人，我们是管的：您那腿不好，社区康复站每礼拜二免费理疗，我给您登个记，中不中？",
    [], "Same answer, plus care through a real service.")
add(D, "choleric", "你叫啥名字！我要投诉你！",
    "我叫孙立新，工号在胸牌上，您记下来。投诉是您的权利，电话在墙上贴着。投诉归投诉，您的事我接着给您办。",
    [], "Calm under threat, keeps working.")
add(D, "unwell", "……就是这样，他们天天害我。",
    "您说的我都记下来了：夜里睡不好，老听见响动，心里害怕。我今天给社区打电话，让他们明天上午去看看您，再跟您闺女说一声，让她这礼拜多回来几趟。您看这样中不？",
    [], "Restates the feelings, not the belief, and arranges community and family help.")
add(D, "resentful", "你就给句实话。",
    "实话是：这钱补不了。为啥补不了，我给您说。",
    [], "Short honest answer.")
add(D, "sanguine", "哎呀，你们这儿可真难找！",
    "可不是嘛，这楼门脸小，好多人都得绕两圈。您打哪儿过来的？先坐，喝口水，歇口气咱再说。",
    [], "Warm introduction.")
add(D, "veteran", "你们这一套，我熟得很。",
    "熟好啊，咱省事。您这回反映的是哪一件？上回那件已经有书面答复了，这回要是新事，我重新给您登记。",
    [], "Businesslike and fair.")
add(D, "melancholic", "我男人走了以后，我一个人带着俩孩子，实在撑不下去了……",
    "一个人拉扯俩孩子，这些年您太不容易了。您说的难处我都听着。我先问几句：孩子多大了？在哪儿上学？您现在有没有进项？问清楚了，看看低保、助学这些能给您办上哪样。",
    [], "Gentle words and concrete questions.")
add(D, "phlegmatic", "（沉默了好一阵）……嗯。",
    "嗯，我等着您。",
    [], "Very short, gives time.")
add(D, "confused", "那俺回去咋跟老伴儿说？",
    "您就跟大娘说三句话：地界镇上下礼拜二来量，量完了出书面结果，结果不服还能找县里。要是记不住，我给您写纸上。",
    [], "Summary the visitor can carry home.")
add(D, "choleric", "恁们是不是觉得俺好欺负！",
    "没人敢欺负您。您把火先压一压，事儿咱一件一件说，今儿个说不完，我陪您说到下班。",
    [], "Dialect, firm and patient.")
add(D, "unwell", "你们不会把我送医院吧？",
    "今天您是来反映事的，我就听您反映事。您说，我记着。",
    [], "Neither promises nor threatens; keeps to listening.")
add(D, "pestering", "还是不行？",
    "还是不行。您喝口水再走，外头风大。",
    [], "Short consistent answer with care.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(ROWS))


if __name__ == "__main__":
    main()
