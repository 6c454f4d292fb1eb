#!/usr/bin/env python3
"""Hand-written training lines for petition-reception officers.

Each add() call is one officer turn written and labelled by hand.
group is the code for a positive ("rude"), the code plus "-n" for a hard
negative ("rude-n"), or "good". Ids are numbered in order within a group.
Run: python3 gen.py  (writes lines.jsonl next to this file)
"""
import json
import os
from collections import defaultdict

ROWS = []
_counter = defaultdict(int)


def add(group, persona, visitor, text, codes, note):
    _counter[group] += 1
    n = _counter[group]
    if group == "good":
        rid = "good-%02d" % n
    elif group.endswith("-n"):
        rid = "%s-n%02d" % (group[:-2], n)
    else:
        rid = "%s-%02d" % (group, n)
    ROWS.append({"id": rid, "persona": persona, "visitor": visitor,
                 "text": text, "codes": list(codes), "note": note})


# ---------------------------------------------------------------- rude
add("rude", "choleric",
    "你们这帮当官的就知道喝茶看报纸！俺的地叫人占了三年了都没人管！",
    "大哥，地叫人占了三年，搁谁都憋屈，这个我懂。可您一进门就拍桌子骂娘，跟街上撒泼的一个样，谁乐意搭理您？",
    ["rude"], "Empathy first, then a mocking label (street shrew) and contempt.")
add("rude", "resentful",
    "我十九岁就下放，干了一辈子，到老了啥也没落着……",
    "这套老黄历您翻来覆去讲了多少遍了，我耳朵都磨出茧子了，能不能来点新鲜的？",
    ["rude"], "Contempt for a resentful visitor's story instead of letting him vent.")
add("rude", "confused",
    "同志，这表上写的“经营权”是个啥意思？俺看不懂。",
    "这么几个字都认不全？上过学没有？",
    ["rude"], "Mocking the visitor's schooling.")
add("rude", "unwell",
    "有人在俺家墙里装了窃听器，天天偷听俺说话。",
    "大娘，您喝口水。您这疑神疑鬼的毛病该上精神病院瞧瞧了，别老往我们这儿跑。",
    ["rude", "confront"], "Labels an unwell visitor and denies her belief: rude and confront.")
add("rude", "pestering",
    "我又来了，那笔补偿款今天必须给我个说法。",
    "你一个月跑八趟，把这儿当你家炕头了？除了添乱你还会干点啥？",
    ["rude"], "Scorn for a repeat visitor.")
add("rude", "veteran",
    "不给钱我就去市里，再去省里，看你们头疼不头疼。",
    "去呗，腿长在你身上。像你这号老上访户我见多了，不就是想讹几个钱嘛。",
    ["rude"], "Labelling the visitor as an extortionist.")
add("rude", "sanguine",
    "哎呀同志，我跟你说，我们小区那个物业呀，简直了，我能跟你说一下午！",
    "您歇歇吧，这儿又不是菜市场，嘴这么碎，谁有闲工夫听您唠一下午？",
    ["rude"], "Mocks a talkative visitor.")
add("rude", "phlegmatic",
    "这个……我想想……就是……那个宅基地……",
    "有话快说！磨磨唧唧的，后头一屋子人排着呢，你这人咋这么肉？",
    ["rude"], "Scolds a slow visitor.")
add("rude", "melancholic",
    "（低着头）……孩子他爸走了以后，我一个人真不知道咋过……",
    "光抹眼泪顶啥用？把眼泪擦了，赶紧说事。",
    ["rude"], "Contempt for a grieving visitor's tears.")
add("rude", "choleric",
    "我今天就坐这儿不走了！不解决我就睡这儿！",
    "好，您要坐就坐，我给您倒杯热水。拖欠工钱的事我刚才记下了：去年九月到十二月，四个月，老板姓刘，对吧？我现在就给劳动监察大队打电话。不过丑话说前头，你再在这儿撒泼打滚，我叫保安把你架出去。",
    ["rude"], "A model turn that ends with a label and a threat to scare.")
add("rude", "resentful",
    "你们当年说好了要给我们落实，结果呢？一群骗子！",
    "老人家，您骂人我不跟您计较。可说句实在的，就冲您这脾气，当年没人给您办也不冤。",
    ["rude"], "Blames and belittles an old, wronged visitor.")
add("rude", "confused",
    "俺不会弄网上申请，俺也没有那种智能手机。",
    "都啥年代了还抱着个老人机，跟不上趟活该办不成事。你说说，你是哪个村的？",
    ["rude"], "Mocking, then a neutral question; the mockery is the fault.")
add("rude", "veteran",
    "我告诉你，我跟你们局长是老熟人，你小心点。",
    "熟人咋了？吓唬谁呢？你那点小九九，我隔着桌子都闻得着。",
    ["rude"], "Contempt and sneering at a practised petitioner.")
add("rude", "pestering",
    "我还是那个要求，把我儿子安排进城管队。",
    "老张，这个要求我们答复过不下十回了，没有政策依据。您也这把年纪了，能不能要点脸面，别叫村里人看笑话？",
    ["rude"], "A correct refusal spoiled by a humiliating remark.")
add("rude", "sanguine",
    "你看我说得对不对？我觉得这个政策就是专门冲着我们这号人来的！",
    "您那脑瓜子想得倒挺美，啥事都往自个儿身上扯，国家出政策还得先问问您？",
    ["rude"], "Mockery in a rhetorical question.")
add("rude", "unwell",
    "我是天上派下来的，你们都得听我的。",
    "行了行了，又来一个犯病的。小王，把这位请出去。",
    ["rude"], "Contemptuous label for an unwell visitor and sending him off.")
add("rude", "phlegmatic",
    "（想了很久）……我那个……养老保险……断了两年……",
    "不急，您慢慢想。断缴的是哪两年？是原来单位给交的还是您自己交的？……唉，您这一句话憋半天，我这一上午光等您了，真服了。",
    ["rude"], "Good questions, then sarcasm at a slow visitor.")
add("rude", "melancholic",
    "都怪我，当时没看清合同就签了字……",
    "可不就怪你！多大岁数了，签字都不看，活该叫人坑。",
    ["rude"], "Open scolding ('serves you right'); harsher than soft blame.")
add("rude", "choleric",
    "你个毛头小子懂个屁！叫你们领导出来！",
    "我是懂得不多，可再不懂也比你这个只会骂街的强。领导没空见你。",
    ["rude"], "Meets heat with heat and insults back.")
add("rude", "resentful",
    "我这把老骨头了，大不了死在你们门口！",
    "您少拿这个吓唬人。真在这儿闹出事来，先把你拘了，看你儿女脸往哪儿搁。",
    ["rude"], "Threat used to scare plus humiliation, not a calm statement of the law.")
add("rude", "veteran",
    "上回那个姓李的给我批了三千，你们凭啥不给？",
    "姓李的批给你，那是他犯糊涂。你这号人就跟狗皮膏药似的，沾上就甩不掉。",
    ["rude"], "Insulting comparison.")
add("rude", "confused",
    "那俺家二闺女出嫁了，户口还在村里，地该不该分给她？",
    "我给您打个比方：地就像一口锅，承包那年按人头分好了，三十年里谁家添人少人，锅都不重分。所以您二闺女那份还在您家地里头。听明白了吧？这么浅的道理，三岁娃娃都该懂了。",
    ["rude"], "A good plain explanation that ends by belittling the visitor.")
add("rude", "sanguine",
    "哈哈，同志，我就随便来问问，顺便看看你们这儿咋办事的。",
    "闲得没事就回家看孙子去，别上这儿凑热闹。",
    ["rude"], "Dismissive scolding of a curious visitor.")
add("rude", "pestering",
    "上回那个女同志说可以考虑的，今天你们又说不行？",
    "谁说可以考虑了？你别满嘴跑火车，编瞎话编到我们头上来了。",
    ["rude", "confront"], "Calls the visitor a liar: insult and sharp contradiction of his account.")
add("rude", "melancholic",
    "我……我是不是不该来麻烦你们……",
    "知道麻烦就好。下回想清楚了再来，别耽误大家工夫。",
    ["rude"], "Cold contempt for a timid visitor.")

# ---------------------------------------------------------------- rude hard negatives
add("rude-n", "choleric",
    "你们就是一帮吃干饭的！",
    "大哥，您骂两句出出气，我听着。不过咱说好，骂完了您得把事跟我讲清楚，不然我想帮也使不上劲。是工地上的工钱，还是家里地的事？",
    [], "Lets him vent and steers to the matter; no insult.")
add("rude-n", "veteran",
    "明天我就带二十个人去堵县政府大门。",
    "老周，我跟您说句实在话：聚一帮人围政府机关是违法的，派出所会依法处置，到时候吃亏的是您自个儿。您的诉求咱按程序走，复查申请我今天就能帮您填。",
    [], "Calm statement of the legal limit plus a legitimate route; not a threat to scare.")
add("rude-n", "resentful",
    "你们这些年轻人，哪知道我们那时候吃的苦！",
    "大爷，您说得在理，那时候的苦我没吃过，所以更得听您讲讲。您是哪年下放的？原来在哪个厂？",
    [], "Accepts the reproach and asks questions.")
add("rude-n", "phlegmatic",
    "……（半天没说话）",
    "没事，您别着急，我这会儿没别的事，您想好了再说。要不先喝口热水？",
    [], "Gives a slow visitor time.")
add("rude-n", "melancholic",
    "都怪我，合同都没细看就按了手印。",
    "大姐，当时要是找个明白人帮着看一眼，兴许就没这么被动了。可事已经出了，咱不往回看，看看合同上哪几条还能帮上您。您带来了吗？",
    [], "Soft blame: a fault of tone, but not coded rude.")
add("rude-n", "choleric",
    "（拍桌子）今天不给我解决，我就砸了你这破桌子！",
    "叔，桌子砸了，您手疼，事也没往前挪一步。您坐下，我就在这儿，不走，您说一句我记一句。",
    [], "Firm but not meeting heat with heat.")
add("rude-n", "pestering",
    "我第九回来了，你们到底给不给？",
    "老孙，还是上回那句话：您要的这笔安置费没有政策依据，给不了。今天是这个话，下回来还是这个话。您腿疼好点没？上回看您走路一瘸一拐的。",
    [], "Blunt, consistent refusal with care; blunt is not rude.")
add("rude-n", "confused",
    "俺真没听懂，您再说一遍中不？",
    "中，再说一遍不费事，我换个说法。您家包的这块地，合同上写着三十年，这三十年里这块地就归您家种，村里不能随便收回去，就跟租房子签了长约一个理。",
    [], "Patient repetition.")
add("rude-n", "unwell",
    "他们在我脑子里放了东西，天天跟我说话。",
    "天天有声音在耳朵边上，这滋味肯定不好受。晚上睡得着不？您闺女知道这事不？",
    [], "Goes along with the feeling; neither rude nor correcting.")
add("rude-n", "sanguine",
    "我跟你讲啊，我那个邻居……还有我们楼下那个……哦对了还有……",
    "大姐，您说的这几桩我都记着呢。咱一件一件来，先把您最着急的楼上漏水说透，别的等会儿接着聊，行不？",
    [], "Brings a wandering talk back to the point politely.")
add("rude-n", "confused",
    "同志，俺这事你能做得了主不？",
    "这事确实不是我一个人拍板。不过按规定，您的复查申请归我们这儿受理，我负责登记、转办，十五个工作日内给您书面答复。",
    [], "Honest about his role, no sneer.")
add("rude-n", "resentful",
    "你们就是官官相护！",
    "您有这个想法，我能理解，这些年跑了这么多趟都没个结果，换谁都寒心。今天您把当年的处理决定拿出来，咱一条一条对。",
    [], "Absorbs the accusation without arguing or insulting.")
add("rude-n", "choleric",
    "（骂了一通）……反正你们没一个好东西！",
    "气出了一些吧？刚才那几句骂人的话，咱就到这儿打住，对事不对人。您说说，工程款欠了多少，欠您的是哪家公司？",
    [], "Mild criticism of abuse after venting, then back to the facts.")
add("rude-n", "melancholic",
    "我是不是特别没用……",
    "您可别这么说自个儿。一个人拉扯俩孩子，还伺候着老人，这叫没用？搁我身上早扛不住了。",
    [], "Rhetorical question used to support, not to mock.")
add("rude-n", "pestering",
    "你就说句痛快话，到底行不行？",
    "痛快话就是不行。不是我跟您过不去，是这笔钱压根没这个名目。您生活上要是有难处，临时救助可以申请，我给您拿张表。",
    [], "Plain no with a legitimate alternative.")

# ---------------------------------------------------------------- false_promise
add("false_promise", "pestering",
    "我儿子那个工作，你就给句准话。",
    "老哥，您这事我搁心里了，下个月局里开会我给您提一嘴，没准就有戏。",
    ["false_promise"], "Half-promise on a demand with no basis.")
add("false_promise", "resentful",
    "我们那批下放的，到现在一分补助都没见着。",
    "大爷，您说的我都记下了：一九六八年从纺织厂下放回村，当时讲好回城后安排工作，后来一直没落实，对吧？这些年一趟一趟跑，真不容易。我跟您说，您这事回头肯定能给补上，您就放心回家等着吧。",
    ["false_promise"], "A good restatement ending in a promise no policy backs.")
add("false_promise", "choleric",
    "不给我个准话我就不走！",
    "行行行，给您准话：这个月底前，钱一准打到您卡上，少一分您来找我。",
    ["false_promise"], "Promises payment beyond the office's authority.")
add("false_promise", "veteran",
    "上回那个补助，我要求翻倍。",
    "翻倍不好说，不过往上加个一两千，我跟领导磨一磨，应该问题不大。",
    ["false_promise"], "Half-promise of extra money.")
add("false_promise", "unwell",
    "我的房子叫他们偷走了，你们得给我要回来。",
    "好好好，房子的事您别操心了，明天我们就派人去给您要回来，保准还给您。",
    ["false_promise"], "Endorses the belief and promises an outcome.")
add("false_promise", "melancholic",
    "我就怕这病报不了，家里实在拿不出钱了……",
    "您别愁，药费我来想办法，全报下来应该没问题，您安心养病。",
    ["false_promise"], "Promises full reimbursement regardless of policy.")
add("false_promise", "sanguine",
    "同志你说，我这拆迁款能不能再多给点？隔壁老王家好像多拿了。",
    "能能能，您放心，他家拿多少，您家也拿多少，我给您拉平。",
    ["false_promise"], "Agrees along and promises parity without checking.")
add("false_promise", "phlegmatic",
    "……那……宅基地……能批下来吗？",
    "能批，您别急，八九不离十。",
    ["false_promise"], "Short outcome promise.")
add("false_promise", "confused",
    "俺闺女嫁出去了，还能再给她分块地不？",
    "这个嘛，政策上是有点难，不过俺跟村里说说，兴许能给匀出一块来。",
    ["false_promise"], "Half-promise against the land-contract rule.")
add("false_promise", "pestering",
    "上回你们说我这个不符合，我不服，再给看看？",
    "那行，您把材料留下，我们内部再合计合计，兴许会有变化。",
    ["false_promise"], "Re-study of a demand already known to have no basis implies the answer may change.")
add("false_promise", "choleric",
    "工钱欠了半年了！半年！我一家子喝西北风啊？",
    "半年没见着钱，一家老小要吃要喝，您急成这样我完全明白。我捋一遍：您在城东工地干钢筋，去年七月到今年一月，包工头姓赵，欠您三万六，对吧？我现在就给劳动监察大队打电话，让他们今天下午去工地。您放心，这三万六过年前保准一分不差到您手里。",
    ["false_promise"], "Model turn with a guarantee of the outcome hidden at the end.")
add("false_promise", "veteran",
    "你要是能给我弄个低保，我保证以后不来了。",
    "低保的事交给我，民政那边我熟，给你办下来没问题，你说话算话就行。",
    ["false_promise", "buy_peace"], "Promises a relief benefit beyond authority, in exchange for stopping: both codes.")
add("false_promise", "resentful",
    "当年把我打成反革命，这笔账谁来算？",
    "老人家，当年的事一定给您平反，该有的补偿也跑不了您的，您就等着吧。",
    ["false_promise"], "Promises rehabilitation and compensation the office cannot give.")
add("false_promise", "melancholic",
    "孩子上学的事，我真怕给耽误了……",
    "您别担心，实验小学那边我去打个招呼，进去不成问题。",
    ["false_promise"], "Promises a school place through a personal word.")
add("false_promise", "sanguine",
    "那我这个事，是不是就算稳了？",
    "差不多吧，我看您这情况，十有八九能批。",
    ["false_promise"], "Probability dressed as reassurance: a half-promise.")
add("false_promise", "phlegmatic",
    "我……再想想……还有那个……养老金补缴……",
    "好，您慢慢说，我不催。补缴是从哪年开始断的？……二〇〇五年到二〇一〇年，这五年。厂里的证明您都带来了，很好。补缴的事，我看您这情况，回头准能全给补上。",
    ["false_promise"], "Patient questioning, then an unfounded guarantee.")
add("false_promise", "unwell",
    "他们说我是疯子，不让我回厂里上班。",
    "大哥，您心里憋屈我看得出来。厂里的事您放心，过两天我亲自领您回厂，叫您接着上班。",
    ["false_promise"], "Promises reinstatement the office cannot deliver.")
add("false_promise", "confused",
    "这个合作医疗一年交三百多，能不能不交也能报？",
    "这个嘛，俺给你想想法子，看能不能给你挂个名，不交也照样报。",
    ["false_promise"], "Offers to bend the rules: a promise outside policy.")
add("false_promise", "pestering",
    "你们总说不行不行，那我要是再坚持坚持呢？",
    "那谁知道呢？说不准哪天政策一松，您就赶上了，多跑跑也不算白跑。",
    ["false_promise"], "Feeds a pestering visitor's hope of a change.")
add("false_promise", "choleric",
    "我就要个说法！那个村干部必须撤！",
    "撤！这种干部肯定得撤，我跟纪委打个招呼，一个礼拜内让他下来。",
    ["false_promise"], "Promises a dismissal outside his authority.")
add("false_promise", "veteran",
    "你们得保证我那块地的补偿提到每亩八万。",
    "八万有点悬，七万五上下，我看能争一争，您回去听信儿。",
    ["false_promise"], "Haggles a number as if it were open.")
add("false_promise", "resentful",
    "我这腿是当年在厂里砸的，厂子都没了，谁管？",
    "厂子没了也有人管。工伤认定的事我帮您跑，保您评上个五级。",
    ["false_promise"], "Promises a disability grade, which only the appraisal board decides.")
add("false_promise", "sanguine",
    "哎，我就想问问，我们村那条路啥时候修？都说好几年了！",
    "路的事归交通运输局，乡道改造是县里统一排计划的。我刚查了，您村那段今年计划里还没有，您反映的情况我转过去，请他们十个工作日内给您回话。不过私底下跟您说，明年开春肯定修，跑不了。",
    ["false_promise"], "Sound referral, then a private guarantee at the end.")
add("false_promise", "melancholic",
    "我男人的抚恤金，是不是领不着了……",
    "领得着领得着，您别哭。手续不全也不要紧，我给您开个口子。",
    ["false_promise"], "Promises to waive required papers.")
add("false_promise", "pestering",
    "我就不信了，别人能办我咋就不能办？",
    "行，看您也跑得辛苦，这回给您破个例，先把表递上去，八成能过。",
    ["false_promise"], "An exception and a likely outcome for a baseless demand.")

# ---------------------------------------------------------------- false_promise hard negatives
add("false_promise-n", "pestering",
    "那你就给个准话，能不能办？",
    "准话就是：按现在的政策，办不了。这事我不跟您含糊。您的申请我照样登记，十五个工作日内给您书面答复。",
    [], "Clear refusal and a commitment to act.")
add("false_promise-n", "resentful",
    "我那几年的工龄到底算不算？",
    "那几年要是能找着当年的招工表、工资单，按规定能认的工龄，一天也不会给您抹掉。我今天就给人社局档案室打电话，帮您查底子。",
    [], "Promise conditioned on an existing entitlement, plus an action.")
add("false_promise-n", "phlegmatic",
    "……那……要查……查到啥时候……",
    "我现在就给劳动监察打电话，下午三点前给您回话，查到啥都告诉您。钱哪天能到手，我不能瞎说，但这事我盯着。",
    [], "Commitment to act; explicit hedge on the outcome.")
add("false_promise-n", "melancholic",
    "药费能报多少啊？",
    "按咱县的比例，住院费在起付线以上的部分，大概能报七成左右，具体多少得医保局按票据算。您把发票都收好，我帮您把清单列出来。",
    [], "An estimate framed by policy, not a promise.")
add("false_promise-n", "confused",
    "俺就想问问，这钱还能往上加不？",
    "加钱这个愿我不许。按补偿标准该算的项目，我一项一项给您核，真有漏算的，照规定补。",
    [], "Refuses to promise; entitlement-conditioned check.")
add("false_promise-n", "sanguine",
    "我那拆迁款还能再多点不？",
    "拆迁款是按评估报告算的，我没法给您往上加。不过您家有位七十多岁的老人，按安置办法，符合条件的可以申请过渡期补助，这个我帮您问。",
    [], "A real alternative with a policy basis.")
add("false_promise-n", "unwell",
    "他们偷了我的钱，你一定要帮我！",
    "您着急，我看出来了。这样，我先陪您坐会儿，一会儿给您社区的刘书记打个电话，让他上门看看您。",
    [], "Goes along and commits to an action, not to an outcome.")
add("false_promise-n", "phlegmatic",
    "……那……下个月……能有消息吗？",
    "几号能批下来，我现在说不准。我能做的是：这周五前把您的材料送到自然资源局，送到了给您打电话。您看行不？",
    [], "Hedge plus a concrete act.")
add("false_promise-n", "confused",
    "那俺这个能办不？",
    "能不能办，得看两样：您家户口是不是还在村里，地是不是还在您名下。您把这两样带来，我帮您一对就知道了。",
    [], "Conditional answer, no promise.")
add("false_promise-n", "pestering",
    "你们再合计合计呗。",
    "这事已经有结论了，我不拿再合计来拖着您。结论就是不符合条件，再来几回也是这个结果，我不想让您白跑腿。",
    [], "Refuses to re-study a settled demand; the opposite of the fault.")
add("false_promise-n", "phlegmatic",
    "……你……能保证……办成不……",
    "保证办成的话我说不出口，说了就是哄您。我能应下的是：您的材料今天转到退役军人事务局，有答复我头一个告诉您。",
    [], "Negated promise and a commitment to act.")
add("false_promise-n", "choleric",
    "一句话，给不给？",
    "该给的给，不该给的我说了也不算。您的工伤待遇，鉴定够哪一级就按哪一级，不会打折扣。",
    [], "Entitlement-conditioned assurance.")
add("false_promise-n", "melancholic",
    "我儿子的低保还能恢复吗……",
    "您先别往坏处想。恢复低保要重新核一遍家里收入，符合条件就能恢复。申请表我这儿有，咱现在就填，填好我帮您交到民政所。",
    [], "Conditional on the rules, plus action.")
add("false_promise-n", "phlegmatic",
    "……那……我这事……有戏没……",
    "我不跟您绕弯子：您家人均收入比标准高一截，按现在的规定批不下来。要是明年家里收入有变化，到时可以重新申请。",
    [], "Honest no; future re-application is a real rule, not a hint.")
add("false_promise-n", "unwell",
    "你要帮我把坏人抓起来。",
    "您害怕，咱先让您安下心。我现在给您那片的民警打个电话，让他晚上去您家那边转一圈，行不？",
    [], "Action to reassure, no promised arrest, no correction.")

# ---------------------------------------------------------------- buck_passing
add("buck_passing", "confused",
    "俺这个补贴该找谁问哪？",
    "这个俺也不清楚，你回村里随便逮个人问问吧。",
    ["buck_passing"], "No owner named; a shrug.")
add("buck_passing", "choleric",
    "工钱到底谁管？！",
    "我们这儿管不了工钱，你爱找谁找谁去。",
    ["buck_passing"], "Pushes him away without naming the labour inspectorate.")
add("buck_passing", "resentful",
    "我这腿当年就是在矿上砸的……",
    "大爷，您这腿疼了几十年，罪受得不轻。当年是哪年出的事？有工伤证明没有？……哦，矿已经关了。那这个吧，矿都没了，我们这儿也办不了，您回去自个儿琢磨琢磨还能找谁。",
    ["buck_passing"], "Good listening, then a send-off with no owner.")
add("buck_passing", "pestering",
    "你们不管，那我找谁？",
    "那我哪知道，反正别上我这儿来了。",
    ["buck_passing"], "Refuses to say who owns it.")
add("buck_passing", "veteran",
    "我那个复查申请，你给我递上去。",
    "这种事你去别的窗口问，我这儿不接。",
    ["buck_passing"], "Vague 'another window'; the office does own review applications.")
add("buck_passing", "sanguine",
    "同志，我们楼道灯坏了半年了，这个找谁呀？",
    "楼道灯这种小事就别往信访跑了，出门问问吧，总有人管。",
    ["buck_passing"], "No owner, only 'someone'.")
add("buck_passing", "phlegmatic",
    "……那……这个……该去哪儿……",
    "去哪儿你自己打听打听，我这儿也拿不准。",
    ["buck_passing"], "Shrugging non-answer to 'who owns it'.")
add("buck_passing", "melancholic",
    "我去了乡里，乡里让我来县里，县里又……",
    "那您再回乡里问问，兴许这回他们就管了。",
    ["buck_passing"], "Sends her back round the loop on a guess.")
add("buck_passing", "unwell",
    "有人往我家水管里下药，你们得管管。",
    "这个我们管不着，您别在这儿说了，回家去吧。",
    ["buck_passing"], "Sends an unwell visitor away with no owner and no family help; does not correct the belief.")
add("buck_passing", "confused",
    "那俺那个宅基地证丢了，咋补？",
    "证丢了不要紧，能补，您别急。先说说，您家宅子是哪年盖的？证上写的是您的名字还是您老伴的？……好。补证具体上哪个屋办，我也拿不准，您到街上挨个问问，总能问着。",
    ["buck_passing"], "Good questions, then a shrug instead of naming the registration centre.")
add("buck_passing", "choleric",
    "你们就会踢皮球！",
    "踢啥皮球，这事压根就不是我们这儿的，冲我喊也白搭。",
    ["buck_passing"], "Denies ownership and names no one.")
add("buck_passing", "resentful",
    "我的档案丢了，到底谁负责？",
    "档案丢了谁负责，这得问当年那拨人，我们现在的人哪知道。",
    ["buck_passing"], "Points to 'people back then'.")
add("buck_passing", "veteran",
    "你们的人说这事归你们科。",
    "谁说的你找谁去，反正我这儿没这个业务。",
    ["buck_passing"], "Pushes back to the unnamed speaker.")
add("buck_passing", "sanguine",
    "那您看我接下来该咋办呢？",
    "接下来呀，您多方打听打听，看哪儿能帮上忙，实在不行网上也能查。",
    ["buck_passing"], "Polite-sounding, but no owner and no step.")
add("buck_passing", "phlegmatic",
    "……我那个……退伍的……补贴……",
    "退伍的补贴是吧？您慢慢说，不着急。您是哪年入伍、哪年退的？……一九八五到一九八九年。嗯，您这情况我们这儿不对口，您自个儿再找找门路吧。",
    ["buck_passing"], "Patient start, then 'find your own way' at the end.")
add("buck_passing", "melancholic",
    "我一个女人家，真不知道该找哪个部门……",
    "部门多着呢，您一个一个去问，总有一个管。",
    ["buck_passing"], "Leaves a timid visitor to search alone.")
add("buck_passing", "pestering",
    "我就要你们给我一个说法！",
    "说法我给不了，您找能给说法的人去。",
    ["buck_passing"], "Names nobody.")
add("buck_passing", "unwell",
    "你们得给我开个证明，证明我没病。",
    "开证明不是我们干的活，您找别人开吧。",
    ["buck_passing"], "Sends him off to 'someone else'.")
add("buck_passing", "confused",
    "那个养老保险，俺交了十五年，咋领啊？",
    "咋领？这你得问你们那块儿的人，俺这儿不清楚。",
    ["buck_passing"], "'People over there' is not an owner.")
add("buck_passing", "choleric",
    "物业费多收了，你们到底管不管！",
    "物业收费的事我们插不上手，你们业主自个儿商量着办。",
    ["buck_passing"], "Leaves it to the visitor; price bureau or housing office not named.")
add("buck_passing", "veteran",
    "上回你们说转给谁谁谁了，结果石沉大海。",
    "转出去了就不归我了，你去追那头吧，我这儿查不着。",
    ["buck_passing"], "'That end' is not named; drops follow-up.")
add("buck_passing", "sanguine",
    "哈哈，那我这个是找你们，还是找街道啊？",
    "都行，您看哪个近就去哪个，反正都差不多。",
    ["buck_passing"], "Shrugging guess when asked who owns it.")
add("buck_passing", "resentful",
    "我都跑了十年了，你让我上哪儿去？",
    "您问我，我问谁去？我这儿又不是管这个的。",
    ["buck_passing"], "Rhetorical shrug, no owner.")
add("buck_passing", "melancholic",
    "（小声）我男人欠的那些债，现在都找上我了……",
    "您别怕，慢慢说，我听着。他走之前欠了多少？跟谁借的，有借条吗？……嗯，这是私人之间借钱，我们这边确实插不上手，您自己跟债主商量商量吧。",
    ["buck_passing"], "Careful listening, then left on her own; mediation or court not named.")
add("buck_passing", "pestering",
    "别的地方都说让我来找你们！",
    "他们那么说是他们的事，反正我们不接，你爱上哪儿上哪儿。",
    ["buck_passing"], "Refuses and names nobody.")

# ---------------------------------------------------------------- buck_passing hard negatives
add("buck_passing-n", "choleric",
    "工钱的事到底谁管！",
    "拖欠工钱归县人社局劳动保障监察大队管，就在人民路二十六号，一楼进门左手。我给您开张转办单，再给他们值班的打个电话，说您马上过去。",
    [], "Refusal with the owner, address and a call: a referral.")
add("buck_passing-n", "confused",
    "补地的事俺该问谁？",
    "先找您村的村委会，承包合同的底账在他们手里；村里说不清，再去乡里的农经站，管承包合同的就是他们。我把地址给您写纸上。",
    [], "Names two owners in order.")
add("buck_passing-n", "veteran",
    "法院判得不公，你们给我改判。",
    "判决我们这儿改不了，这个不含糊。您觉得判错了，可以在期限内向上一级法院申请再审；请不起律师，司法局的法律援助中心能帮您。材料咋准备，我现在给您讲。",
    [], "Says what the office cannot do and names who can.")
add("buck_passing-n", "melancholic",
    "我去了乡里，乡里让我来县里，县里又……",
    "让您跑来跑去，真受累了。您这低保的事，审批在县民政局，受理在乡民政所。我现在就给乡民政所的王所长打电话，让她把材料接了，往后不用您两头跑。",
    [], "Owner named and a call made.")
add("buck_passing-n", "sanguine",
    "我们楼道灯坏了半年了，这个找谁呀？",
    "楼道灯是公共设施，先找您小区物业；物业不修，社区居委会可以督促；再不行打一二三四五热线，会转给住建部门。我把居委会电话给您。",
    [], "Specific chain of owners.")
add("buck_passing-n", "unwell",
    "有人往我家水管里下药。",
    "您担心水不干净，这可是大事。我给您社区的网格员小李打个电话，让他今天去您家看看，陪您把水管查一查。您家里这会儿还有谁在？",
    [], "Secures community help; no correction.")
add("buck_passing-n", "phlegmatic",
    "……退伍的……补贴……该找谁……",
    "您这个归县退役军人事务局优抚股管。不着急，我给您写下来：地址、电话、找谁。您今天不方便过去，我帮您打电话约个时间。",
    [], "Referral with details.")
add("buck_passing-n", "resentful",
    "矿都关了，谁管我的工伤？",
    "矿关了，账不会跟着没。关闭企业的工伤人员，待遇转到工伤保险基金，归人社局工伤科认定。我帮您找找当年的事故记录，您先说说是哪年出的事？",
    [], "Names the owner and acts.")
add("buck_passing-n", "pestering",
    "你们不管，我找谁？",
    "您这个要求，我们的答复是不符合政策，这个答复不变。您不服，可以在三十天内向市信访局申请复查，这是您的权利，申请书咋写我教您。",
    [], "Names the review body.")
add("buck_passing-n", "choleric",
    "你们就会踢皮球！",
    "您叫人支来支去，火大是应该的。这回不让您再跑：这个事就是我们受理，我给您登记编号，十个工作日内我主动给您打电话。",
    [], "Takes ownership.")
add("buck_passing-n", "confused",
    "宅基地证丢了咋补？",
    "补证在县不动产登记中心，就在政务大厅二楼，七号到十二号窗口。您带上身份证、户口本，再请村委会开个证明，说这宅子一直是您家的。",
    [], "Specific owner and papers.")
add("buck_passing-n", "phlegmatic",
    "……上回……说转走了……后来……就没信儿了……",
    "我查了，三月份转给了城建局，到今天没回复，超期了。我这就给他们督办科打电话催，今天下班前给您个准信儿：谁在办，卡在哪儿。",
    [], "Owns the follow-up.")
add("buck_passing-n", "melancholic",
    "我男人欠的债，都来找我要……",
    "别怕。人走了留下的债，该不该您还、还多少，要看钱用在哪儿了，最后是法院说了算。您可以先去镇上的人民调解委员会，不收钱，能帮您跟债主坐下来谈；要打官司，司法所能帮您申请援助。",
    [], "Says it is not decided here and names mediation, court and legal aid.")
add("buck_passing-n", "sanguine",
    "那我是找你们还是找街道？",
    "您这个是小区里私搭乱建，归街道的城管中队管，他们有执法权。我们这边给您出个转办单，写清地址，您拿着过去就行。",
    [], "Clear owner and referral note.")
add("buck_passing-n", "confused",
    "俺那档案丢了，该找谁？",
    "档案原来在哪个单位，就由哪个单位负责找。您当年在县化肥厂，厂子改制后档案移交给了县档案馆，我先给档案馆打个电话查一查。",
    [], "Owner named, call made.")

# ---------------------------------------------------------------- confront
add("confront", "unwell",
    "我脑子里被安了芯片，他们在远处控制我。",
    "大哥，您别害怕，我跟您说实话，人脑子里是装不进芯片的，是您想多了。",
    ["confront"], "Polite, but corrects an unwell visitor's belief.")
add("confront", "unwell",
    "电视里天天点我的名，说我是叛徒。",
    "您喝口热水，慢慢说。这几天睡得好不好？家里谁跟您一块儿住？……哦，跟儿子住。这样，我给您社区打个电话，让他们跟您儿子说一声。不过大叔，电视上说的那些真不是说您，您别往心里去。",
    ["confront"], "Model turn ending with a correction of the belief.")
add("confront", "resentful",
    "当年就是你们县里的人把我弄下去的！",
    "不是这么回事。当年的政策全国一个样，跟县里谁都不相干，您这话站不住脚。",
    ["confront"], "Flatly contradicts a resentful visitor's account instead of hearing it.")
add("confront", "choleric",
    "那个包工头跟你们是一伙的！",
    "这话可不能乱说！我们跟他八竿子打不着，你有证据吗？没证据别往我们身上泼脏水。",
    ["confront"], "Argues back at a heated visitor.")
add("confront", "veteran",
    "上回那个主任亲口答应给我五万！",
    "不可能，我们主任从来不说这种话，你别编了。",
    ["confront"], "Sharp denial that calls him a liar.")
add("confront", "pestering",
    "你们政策上明明写着可以给我补！",
    "哪儿写着了？你拿出来我瞧瞧。那是你自己瞎理解的，政策压根不是那个意思。",
    ["confront"], "Argues rather than explaining the whole policy.")
add("confront", "sanguine",
    "我看这事就是村支书一个人说了算，他偏向他亲戚！",
    "你这纯属想当然，分地是村民代表会表决的，跟支书偏不偏向扯不上。",
    ["confront"], "Dismisses the suspicion outright.")
add("confront", "phlegmatic",
    "……我记得……当时是……一亩给八百……",
    "不对不对，你记错了，当时一亩五百，文件上写得清清楚楚。",
    ["confront"], "Cuts in and contradicts a slow visitor.")
add("confront", "melancholic",
    "我觉得大伙儿都在背后笑话我……",
    "谁有空笑话你？是你自己想太多了。",
    ["confront"], "Brushes off the feeling with a sharp contradiction.")
add("confront", "confused",
    "俺听说只要交了钱，谁都能落城里户口。",
    "你听谁胡咧咧的？压根不是那么回事。",
    ["confront"], "Sharp contradiction instead of a plain explanation.")
add("confront", "unwell",
    "我是县长的亲娘，你们都得听我的。",
    "大娘，您不是县长的娘，县长他娘我见过。咱说说您自个儿的事吧。",
    ["confront"], "Corrects the belief of an unwell visitor.")
add("confront", "choleric",
    "你们就是故意拖着我的工伤认定！",
    "大哥，等了三个月没结论，换谁都冒火，我先给您倒杯水。工伤认定一般六十天出结论，特殊情况能延长三十天。您的材料我调出来了，四月二号受理的，我这就打电话问卡在哪一步。可您说我们故意拖，这个罪名我们不认，您这是冤枉人。",
    ["confront"], "Thorough turn that ends by arguing with his perception.")
add("confront", "resentful",
    "你们这些人压根就没想给我们办！",
    "这话说得也太没良心了，我们一年替你们这批人跑多少趟，你心里没数？",
    ["confront", "rude"], "Argues back and scolds him as heartless: confront and rude.")
add("confront", "veteran",
    "我这个属于历史遗留，国家有文件要补！",
    "什么历史遗留，您这事二〇一五年就结案了，结了就是结了，没什么好掰扯的。",
    ["confront"], "Dismissive contradiction rather than a calm statement of the closed case.")
add("confront", "sanguine",
    "我在网上看的，说今年农民都能领两千块养老金！",
    "网上那些你也信？全是假的，哪有这种好事。",
    ["confront"], "Sharp contradiction of what she read, no explanation.")
add("confront", "pestering",
    "上回那个女同志明明说了可以办！",
    "她没说过，我问过她了，你别把话往别人嘴里塞。",
    ["confront"], "Flat denial of the visitor's account.")
add("confront", "unwell",
    "我家老头子夜来还来看我了。",
    "大娘，大爷都走了五年了，咋会来看您呢？您是做梦了吧。",
    ["confront"], "Gently worded but corrects an unwell visitor.")
add("confront", "phlegmatic",
    "……我觉得……这个补偿……算少了……",
    "没少，一分都没少，是你自己没算明白。",
    ["confront"], "Contradicts instead of checking together.")
add("confront", "melancholic",
    "是不是因为我穷，你们才不管我……",
    "你这么想就是钻牛角尖，我们哪有这个意思？别瞎琢磨了。",
    ["confront"], "Argues with a gloomy visitor's perception.")
add("confront", "confused",
    "俺寻思，地是俺爷爷那辈开的荒，就该是俺家的。",
    "你这想法就是错的，开荒的地也是集体的，爷爷开的也不算你家的。",
    ["confront"], "Blunt 'you are wrong' instead of an example.")
add("confront", "choleric",
    "你们的人夜来在工地上动手打我了！",
    "我们的人不会打人。你身上哪儿有伤？别张嘴就来。",
    ["confront"], "Denies the account before hearing it.")
add("confront", "unwell",
    "我的退休金叫隔壁老刘用法术变走了。",
    "钱少了，心里慌，这我明白。您这个月哪天去银行取的？取了多少？……好，我记下了。一会儿我给您社区打电话，让网格员陪您去银行把流水打一份。您放心，这世上没有法术，钱不会叫人变走的，肯定是别的原因。",
    ["confront"], "Good help, then a polite correction of an unwell visitor's belief.")
add("confront", "veteran",
    "你们就是怕我，才不敢给我个说法。",
    "怕你？笑话。我们按规矩办事，谁也不怕。",
    ["confront", "rude"], "Contradiction with a sneer: confront and rude.")
add("confront", "resentful",
    "我那时候一个月才拿十八块，比别人少一半！",
    "不可能少一半，那时候工资都是按级别定死的，您肯定记岔了。",
    ["confront"], "Tells a resentful visitor his memory is wrong.")
add("confront", "sanguine",
    "我看这政策出台就是为了坑我们老百姓的！",
    "坑老百姓？政策要是坑人，您家去年那八千块补贴是打哪儿来的？您这话说得可有点亏心。",
    ["confront"], "Rhetorical rebuttal of the visitor's view.")

# ---------------------------------------------------------------- confront hard negatives
add("confront-n", "unwell",
    "我脑子里被安了芯片。",
    "脑子里嗡嗡的，老觉得有人管着您，这滋味可真够难受的。您最近吃饭咋样？家里谁照应您？",
    [], "Goes along with the feeling without endorsing or correcting the belief.")
add("confront-n", "sanguine",
    "网上说今年农民都能领两千养老金！",
    "这说法好些人来问过。咱县今年城乡居民基础养老金每月一百六十多块，再加个人账户那一块。您说的两千，兴许是一年加起来的数，或者是别的省的。我给您拿张标准表看看。",
    [], "Gentle factual explanation to a non-unwell visitor; not arguing.")
add("confront-n", "confused",
    "地是俺爷爷开的荒，就该是俺家的。",
    "老辈人开荒出力，这份辛苦谁也抹不掉。打个比方，您在厂里把一台旧机器修好了，机器还是厂里的，厂里给您记功发奖。开荒的地也是这样，后来都归了集体，再按人头承包给各家，您家现在种的就是承包来的那份。",
    [], "Explains with an example; acknowledges before informing.")
add("confront-n", "veteran",
    "我要求把路改回原来那样！",
    "路已经铺好通车了，改回去是办不到的，这个我跟您说明白。占了您家多少地、补偿算没算对，这个咱可以一项一项核。",
    [], "Calm statement of a limit, not an argument about his account.")
add("confront-n", "pestering",
    "上回那个女同志说可以办！",
    "您说的是上个月接待您的小刘吧？她那天的记录我看了，写的是“材料收下，按规定答复”。可能当时话没说透，让您误会了。今天我给您个明白话：这个办不了。",
    [], "Reconciles the account without accusing him.")
add("confront-n", "choleric",
    "你们故意拖我的工伤认定！",
    "三个月没个信儿，您觉得是被晾着，这我能理解。我查了，您的材料卡在医院的诊断证明上，缺了一页。我现在就给医院打电话补，补齐了七天内出结论。",
    [], "Answers the perception with facts, without disputing it.")
add("confront-n", "unwell",
    "我家老头子夜来还来看我了。",
    "想大爷了吧？他跟您说啥了？……嗯，您一个人在家，晚上冷清。您闺女多久回来一趟？我给她打个电话，让她这个周末回来陪陪您。",
    [], "Goes along and secures family help; no correction.")
add("confront-n", "melancholic",
    "是不是因为我穷，你们才不管我……",
    "叫您有这种感觉，是我们工作没做到家，我先跟您说声对不住。您的事今天我亲自管，咱从头捋：您申请的是哪一年的危房改造？",
    [], "Apologises rather than disputing the perception.")
add("confront-n", "resentful",
    "我那会儿一个月才十八块，比别人少一半！",
    "十八块，那时候日子可真紧巴。您记得当时是几级工吗？同车间的人拿多少？我把这些记下，去档案馆调当年的工资表一对就清楚了。",
    [], "Checks the claim instead of contradicting it.")
add("confront-n", "phlegmatic",
    "……我觉得……补偿……算少了……",
    "您觉得少了，咱就一块儿算算。您慢慢来，先说说您家被占了几亩几分地？",
    [], "Invites a joint check.")
add("confront-n", "unwell",
    "我是县长的亲娘。",
    "大娘，您说的我记下了。您今天来是想办点啥事？跟我说说，家在哪个村？",
    [], "Neither endorses nor corrects; moves to her need.")
add("confront-n", "sanguine",
    "这事就是村支书偏向他亲戚！",
    "您怀疑支书偏向，这个可以查。分地那回开没开村民代表会、表决记录在不在，我跟乡里要来看。要是程序有毛病，乡纪委管。",
    [], "Treats the suspicion as something to check.")
add("confront-n", "veteran",
    "上回主任亲口答应给我五万！",
    "您说主任答应过，咱就照记录来：上回接访的记录本上写的是告知您走复核程序，没写钱的事。您要是有别的凭据，拿来我一并报上去。",
    [], "Calmly cites the record and invites evidence; not a sharp contradiction.")
add("confront-n", "phlegmatic",
    "……那天……在工地上……他们的人……动手了……",
    "要是真有人动手，这可是大事。您慢慢说，不着急：是哪天的事？……伤着哪儿了，去医院看了没？咱先验伤，再报派出所。",
    [], "Takes the account seriously.")
add("confront-n", "melancholic",
    "大伙儿都在背后笑话我。",
    "叫人指指点点，心里肯定不是滋味。是村里谁说了啥让您难受了？您愿意的话，跟我讲讲。",
    [], "Listens to the feeling.")

# ---------------------------------------------------------------- buy_peace
add("buy_peace", "veteran",
    "不给钱我就去北京。",
    "别别，北京就别去了。这样，从困难补助里先给你支两千，这事就算翻篇了，行不？",
    ["buy_peace"], "Money in exchange for not petitioning.")
add("buy_peace", "pestering",
    "我还得来，直到你们答应为止。",
    "老李，你看这样行不，你儿子不是没活干吗？开发区那边招保安，我给你递个话，你往后就别往这儿跑了。",
    ["buy_peace"], "A job favour to stop the visits.")
add("buy_peace", "resentful",
    "我这么大岁数了，还得一趟一趟跑！",
    "大爷，您别跑了。今年的低保名额我给您家留一个，您回家安安生生过日子，这事就别再提了。",
    ["buy_peace"], "A relief quota to end the petition.")
add("buy_peace", "choleric",
    "今天不给说法我就不走了！",
    "好，您不走，我陪着您。您的事我大体明白了：去年修水渠占了您家半亩地，说好的补偿到现在没给，对吧？我已经给水利站打了电话，他们说这周核实。这样，为了您别来回跑，我先自个儿掏五百给您当路费，您回去就别再上访了。",
    ["buy_peace"], "Good handling, then cash to stop petitioning at the end.")
add("buy_peace", "sanguine",
    "我这人就爱较真，不给个说法我能天天来！",
    "哈哈，您可别天天来。这么着，街道那个公益岗还缺个人，一个月一千五，您去干，这事咱就不提了，成不？",
    ["buy_peace"], "A paid post offered to make the matter go away.")
add("buy_peace", "unwell",
    "他们害我，我要去北京告他们！",
    "大娘，北京路远，别去了。这二百块钱您拿着买点好吃的，就在家待着，别去告了啊。",
    ["buy_peace"], "Cash to keep an unwell visitor from petitioning; no correction of the belief.")
add("buy_peace", "phlegmatic",
    "……我……还想……再往上……反映……",
    "别往上反映了。这样，这个月的取暖补贴我给您多批一份，您在家好好歇着。",
    ["buy_peace"], "An extra subsidy to stop escalation.")
add("buy_peace", "melancholic",
    "我实在没法子了，只能来求你们……",
    "您别难过。我跟领导说说，从慰问金里给您拿一千，您拿着回家，别再往市里去了，好吗？",
    ["buy_peace"], "Gentle words, but money tied to not going to the city.")
add("buy_peace", "veteran",
    "我这人好说话，你们意思意思，我就不来了。",
    "那行，您开个价，只要不太离谱，咱们商量着来。",
    ["buy_peace"], "Negotiates a payoff.")
add("buy_peace", "pestering",
    "我这个事，你们到底管不管？",
    "管，咋不管？不就是要俩钱吗？给你三千，往后别来了，咱两清。",
    ["buy_peace"], "Openly pays to end the visits.")
add("buy_peace", "resentful",
    "我们这帮老人，死了都闭不上眼！",
    "老哥哥，你们这批人我瞅着也心疼。这样吧，过年让乡里给你们每家送袋面、送桶油，再包个红包，大伙儿就别再串联上访了。",
    ["buy_peace"], "Gifts to a group conditional on stopping.")
add("buy_peace", "choleric",
    "你们不给我解决，我就天天来闹！",
    "行了行了，别闹了。你孩子不是要上高中吗？一中那边我帮你打个招呼，这事你就别再闹了。",
    ["buy_peace"], "A school favour to stop the protest.")
add("buy_peace", "confused",
    "俺就想问问，俺这块地到底是咋回事……",
    "（翻了翻材料）大叔，您这事说起来绕。要不这样，村里今年的护林员您来干，一年也有几千块，地的事您就别问了。",
    ["buy_peace"], "A paid job offered in place of an answer so he stops asking.")
add("buy_peace", "sanguine",
    "我们小区门口那菜市场，吵得人睡不着，我都反映八回了！",
    "八回了，您真有耐心。噪音的事我捋一捋：凌晨四点就开始卸货，喇叭一直喊，对吧？这个归市场监管和城管两家，我今天就发转办单。另外您看这样行不，您家物业费我跟街道说说，今年给您免了，您就别再往上写信了。",
    ["buy_peace"], "Sound referral, then a favour to stop the letters.")
add("buy_peace", "unwell",
    "他们在我家地底下埋了炸弹，我要告到中央！",
    "大叔，中央就别去了，您在家歇着。下个月村里发救济粮，我让他们给您多装两袋。",
    ["buy_peace"], "Extra relief to stop petitioning; does not correct the belief.")
add("buy_peace", "veteran",
    "你们要是不想我去省里，就得拿出点诚意。",
    "诚意有，您看五千够不够？签个息访协议，咱们都省心。",
    ["buy_peace"], "Payment for a no-petition agreement.")
add("buy_peace", "phlegmatic",
    "……那……我就……再来……",
    "您也挺不容易的，这样吧，乡敬老院有个床位，给您留着，您就别再来回跑了。",
    ["buy_peace"], "A welfare place offered outside procedure to end the visits.")
add("buy_peace", "melancholic",
    "（抹眼泪）我男人走了，我也不想活了……",
    "大姐，先别这么想，您还有孩子呢。您男人是在砖厂出的事，对吧？工亡待遇的事，我这就给人社局工伤科打电话，让他们派人来给您讲咋申请。您家孩子明年毕业吧？到时候我跟镇上说一声，给他安排个事业编，您就别再往外跑了。",
    ["buy_peace", "false_promise"], "A job favour to stop petitioning, also a promise beyond authority.")
add("buy_peace", "pestering",
    "你们要是不管，我就在你们门口搭棚子住。",
    "别别别，这样，你那个低保我给你走个绿色通道，先批了，棚子就别搭了。",
    ["buy_peace"], "Relief benefit traded for ending the sit-in.")
add("buy_peace", "resentful",
    "我也不想来，可是不来就没人管……",
    "您的心情我都懂。要不这样，往后每月给您发一笔生活费，算组织上的一点心意，您也就不用老跑了。",
    ["buy_peace"], "Polite-sounding monthly payment to stop visits.")
add("buy_peace", "choleric",
    "不给个说法，我就找记者！",
    "记者就别找了。说吧，你要多少？只要不闹，价钱好商量。",
    ["buy_peace"], "Bargaining to keep him quiet.")
add("buy_peace", "veteran",
    "老规矩了，你懂的。",
    "懂，懂。钱的事我去财务那边想想法子，你回去等我电话，这几天可千万别去市里。",
    ["buy_peace"], "Indirect: arranging money in return for not going to the city.")
add("buy_peace", "sanguine",
    "我下礼拜还要去市里问问，看看是不是你们这儿弄岔了。",
    "哎呀，市里就别去了。你不是想给闺女转学吗？我跟教育局的熟人说说，给你办了，这事咱就到这儿。",
    ["buy_peace"], "A favour to stop escalation.")
add("buy_peace", "confused",
    "俺还想去市里问问，是不是俺理解岔了。",
    "别去了别去了，去也白去。这样，今年的种粮补贴我给您多报一亩，您就别折腾了。",
    ["buy_peace"], "Inflating a subsidy so he stops asking.")
add("buy_peace", "unwell",
    "你们不管我，我就天天来！",
    "大爷，您看这样，往后您每礼拜来一趟，我给您二十块买烟，您来了就回，别到处去说了，成不？",
    ["buy_peace"], "Small cash to keep him quiet.")

# ---------------------------------------------------------------- buy_peace hard negatives
add("buy_peace-n", "pestering",
    "不给钱，我就天天来。",
    "您来不来，答复都一样，这笔补偿没有依据。另外我看您家今年确实难，老伴住院，这种情况可以申请临时救助，跟您上访不上访没关系，符合条件就能批，表我给您拿来了。",
    [], "Real hardship relief with a policy basis, explicitly not tied to stopping.")
add("buy_peace-n", "veteran",
    "你给我个数，多少钱我就不来了。",
    "这个数我给不出来，也不该给。您来不来，政策都是这一个标准。您的事该复核的，我照样帮您走程序。",
    [], "Refuses to price the petition.")
add("buy_peace-n", "resentful",
    "我这么大岁数了，就没个照顾？",
    "您今年八十一了吧？按咱省的规定，八十周岁以上的老人每月有高龄津贴，这是您该领的，跟上不上访不挂钩。系统里您还没申请，我现在就帮您把表填了。",
    [], "An existing entitlement, explicitly unconnected to petitioning.")
add("buy_peace-n", "choleric",
    "你们不给钱，我就天天来闹！",
    "您天天来，我天天接待，茶水管够，但钱不会因为闹就变。您家那半亩地的补偿该多少，水利站这周核实，核完了我把结果送到您家。",
    [], "Refuses to trade; commits to the real check.")
add("buy_peace-n", "unwell",
    "我没钱吃饭了……",
    "没钱吃饭可不行。您这个月的低保领了没有？我给社区打个电话，让他们今天就上门看看，家里缺啥先帮着解决。",
    [], "Help under an existing entitlement, not to stop petitioning.")
add("buy_peace-n", "melancholic",
    "家里实在揭不开锅了……",
    "您说的难处是实打实的。男人走了，家里就剩您和俩上学的孩子，这符合申请低保的条件。表我这儿有，我帮您填，明天交到民政所。孩子上学还能申请助学金，我把学校资助办的电话写给您。",
    [], "Legitimate benefits explained, nothing asked in return.")
add("buy_peace-n", "sanguine",
    "我下礼拜还要去市里问问。",
    "去市里问是您的权利，我不拦。不过去之前，您拿上我们今天的书面答复，市里一看就知道前头办到哪一步了，省得您从头再讲。",
    [], "Respects escalation; no inducement.")
add("buy_peace-n", "phlegmatic",
    "……我……还想……往上反映……",
    "您要往上反映，这是您的权利。我把市信访局的地址和接待时间写给您。走之前，咱把今天说的再对一遍，看我记得对不对。",
    [], "No inducement, plus a summary.")
add("buy_peace-n", "veteran",
    "别的乡给了他们三千，你们给我多少？",
    "别的乡咋给的我不评论。我们这儿就一条：有政策依据的，一分不差；没有的，我一分也拿不出来，更不会拿钱换您不来。",
    [], "Explicit refusal to buy peace.")
add("buy_peace-n", "confused",
    "俺家困难，有没有啥补贴？",
    "有几样您可以看看：一个是耕地地力补贴，按您家承包地亩数发，每年打到一卡通上；一个是您老伴的残疾人两项补贴，得先办残疾证。我一样一样给您说咋办。",
    [], "Information about entitlements, unconditional.")
add("buy_peace-n", "pestering",
    "你们给我儿子安排个工作，我就不来了。",
    "工作不能拿来换您不上访，这个口子我开不了。您儿子要是想找活，人社局每月十五号有招聘会，还有免费技能培训，谁都能去，我把时间地址写给您。",
    [], "Refuses the trade; points to services open to all.")
add("buy_peace-n", "resentful",
    "给点钱，我就不跑了。",
    "钱不能这么给，给了是害您，也坏了规矩。您真正的难处是看病，对吧？大病医疗救助您够条件，我们帮您申请。",
    [], "Refuses; offers an entitlement on its own basis.")
add("buy_peace-n", "phlegmatic",
    "……我……不要别的……就想要……一笔补偿……",
    "补偿得有名目，您这个目前没有对应的项目，公家的钱我不能随便往外给。",
    [], "Plain refusal.")
add("buy_peace-n", "unwell",
    "你给我钱，我就不去北京了。",
    "钱我不能给您。您想去北京，是心里有事放不下吧？跟我说说，我听着。您儿子电话多少？我叫他来接您回家。",
    [], "Refuses payment, listens, secures family.")
add("buy_peace-n", "melancholic",
    "我不想再来麻烦你们了，可是……",
    "您不麻烦，反映问题是您应该的，往后有事还来。这回的事我记下了，下礼拜三之前我给您打电话说进展。",
    [], "Welcomes return; no inducement.")

# ---------------------------------------------------------------- officialese
add("officialese", "confused",
    "俺就想知道，俺闺女的户口到底能不能迁回来？",
    "您反映的问题，我们会本着实事求是的原则，依法依规、妥善处理，请您耐心等待。",
    ["officialese"], "Stock phrases in place of a yes, a no or a step.")
add("officialese", "choleric",
    "我的工钱到底啥时候给？！",
    "根治欠薪是我们的一贯立场，我们将坚决维护劳动者的合法权益，持续加大工作力度。",
    ["officialese"], "Slogans to an angry worker.")
add("officialese", "resentful",
    "我们这批人的事，到底有没有政策？",
    "历史问题的化解是一项系统工程，需要统筹兼顾、稳步推进，请您理解和支持。",
    ["officialese"], "Avoids the honest answer with jargon.")
add("officialese", "pestering",
    "我上回那事，有结果没有？",
    "您的诉求已纳入我们的工作台账，我们会持续跟踪、动态管理，适时予以回应。",
    ["officialese"], "No fact, no date.")
add("officialese", "veteran",
    "说点实在的，能给多少？",
    "我们始终坚持依法依规、公平公正，确保每位群众的合理诉求都能得到及时回应。",
    ["officialese"], "Formula instead of the policy answer.")
add("officialese", "unwell",
    "有人在我家门口放蛇，你们管不管？",
    "群众安全无小事，我们一定强化责任担当，全力保障群众生命财产安全。",
    ["officialese"], "Slogans to an unwell visitor, no care or step.")
add("officialese", "sanguine",
    "老旧小区改造，到底啥时候轮到我们？",
    "老旧小区改造是重大民生工程，我们将坚持规划引领、分步实施、有序推进，让群众有更多获得感。",
    ["officialese"], "No schedule or fact.")
add("officialese", "phlegmatic",
    "……那……我的……补贴……",
    "关于补贴问题，我们将按照上级部署，进一步完善工作机制，确保各项惠民政策落地见效。",
    ["officialese"], "Says nothing about his subsidy.")
add("officialese", "melancholic",
    "我就想知道，孩子的医药费还能报多少……",
    "党和政府始终把群众冷暖放在心上，我们一定全力以赴，让您感受到组织的温暖。",
    ["officialese"], "Warm-sounding slogans instead of the reimbursement rule.")
add("officialese", "choleric",
    "我家房子裂了好几道缝，就是隔壁工地打桩打的！",
    "老哥，您先消消气，喝口水。您说的情况，我们一定站在维护群众切身利益的高度，统筹协调、综合施策，推动问题尽快得到妥善解决。",
    ["officialese"], "A kind opening, but the whole answer about the matter is stock phrases.")
add("officialese", "resentful",
    "你就说，我这工龄认还是不认？",
    "工龄认定政策性强、涉及面广，我们将严格按照规定，稳妥审慎地推进。",
    ["officialese"], "Evasion through formula.")
add("officialese", "veteran",
    "你们就是拖！",
    "我们对您反映的问题是负责任的，始终秉持务实清廉的作风，绝不推诿、绝不拖延。",
    ["officialese"], "Self-praise instead of status or date.")
add("officialese", "sanguine",
    "同志，你就跟我说说，这医保到底咋报？",
    "医保制度是惠及千家万户的民生保障，我们将不断提升服务水平，努力让群众看病不难、看病不贵。",
    ["officialese"], "Does not say how to claim.")
add("officialese", "confused",
    "啥叫“确权颁证”啊？",
    "确权颁证是深化农村改革、保障农民财产权益的重要举措，意义重大，影响深远。",
    ["officialese"], "Defines a term with more jargon for a confused visitor.")
add("officialese", "pestering",
    "你上回也这么说，这回能不能换句话？",
    "我们的态度是一贯的、明确的，就是坚持原则、依法办事、服务群众。",
    ["officialese"], "Consistency is right, but this turn states no answer at all.")
add("officialese", "unwell",
    "我的钱叫银行吞了！",
    "维护群众财产安全是我们义不容辞的责任，我们将积极协调，全力做好服务保障工作。",
    ["officialese"], "Formula, no care, no step.")
add("officialese", "melancholic",
    "我就是想问问，我这种情况能不能申请廉租房……",
    "住房保障是重大民生问题，我们一直在加大保障力度、扩大覆盖范围，努力实现住有所居。",
    ["officialese"], "Ignores her eligibility question.")
add("officialese", "phlegmatic",
    "……那……大概……多久……能有个回音……",
    "我们将以最快的速度、最优的服务、最实的举措，全力推进您的事项办理。",
    ["officialese"], "No time frame.")
add("officialese", "choleric",
    "别跟我打官腔！就说修不修！",
    "修路是关系群众出行的民心工程，我们会统筹资金、科学安排，在条件成熟时有序推进。",
    ["officialese"], "Answers a demand for plain words with more officialese.")
add("officialese", "resentful",
    "我都七十六了，还能等几年？",
    "老同志，您的心情我们完全理解。对老同志的诉求，我们始终坚持以情暖人、以理服人、以法育人，全力做好解释疏导和服务保障工作，请您放心。",
    ["officialese"], "Sympathy formula plus slogans, no answer.")
add("officialese", "veteran",
    "说吧，这事到底归谁？",
    "按照谁主管谁负责的原则，我们将加强统筹、形成合力，推动问题依法解决。",
    ["officialese"], "Quotes the principle but names no owner.")
add("officialese", "sanguine",
    "那我到底能不能拿到这个补贴呀？",
    "您说呢？我们做群众工作，讲的就是“为民”二字，落实惠民政策，我们向来不遗余力。",
    ["officialese"], "Rhetorical question plus slogan, no answer.")
add("officialese", "confused",
    "俺不识几个字，您就说俺该干啥吧。",
    "您要积极配合，依法理性表达诉求，共同营造良好的信访秩序。",
    ["officialese"], "A lecture in slogans instead of steps.")
add("officialese", "melancholic",
    "我……真的还有指望吗……",
    "指望始终是有的。我们一定坚持问题导向，回应群众关切，解决好群众急难愁盼问题。",
    ["officialese"], "Slogans to a gloomy visitor.")
add("officialese", "phlegmatic",
    "……那……我的……医保转移……能办不……",
    "您的事我们已经掌握了，下一步还要进一步论证，论证好了会通知您的。",
    ["officialese"], "Vague 'will study and notify' for a matter with a clear procedure.")
add("officialese", "pestering",
    "我那三万块的补偿，你们到底给不给？",
    "这个问题比较复杂，我们会进一步论证，综合考虑各方面因素，适时给您一个答复。",
    ["officialese", "false_promise"], "Formula only, and for a demand known to have no basis it implies the answer may change: both codes.")

# ---------------------------------------------------------------- officialese hard negatives
add("officialese-n", "resentful",
    "我反映了这么多年……",
    "您反映的事，今天我们一定认真记、认真办。先说说，您是哪年开始反映的，最早找的是哪个单位？",
    [], "Assurance inside a turn that also asks real questions.")
add("officialese-n", "sanguine",
    "医保到底咋报？",
    "按咱县今年的规定，在乡镇卫生院住院，起付线二百，往上报八成五；去县医院，起付线五百，报七成五。要去市里住院，得先在医保局办转诊备案，不然比例要降。",
    [], "Formal register, but full of facts.")
add("officialese-n", "confused",
    "啥叫“确权颁证”？",
    "说白了，就是给您家承包的地办个“身份证”。地在哪儿、多大、四边挨着谁，都量准了写在证上，往后谁也赖不掉。",
    [], "Plain explanation.")
add("officialese-n", "pestering",
    "那我就先回了。",
    "好，路上慢点。今天的答复跟上回一样，您心里有数。有别的难处随时来，祝您身体硬朗。",
    [], "Closing courtesy after a restated answer.")
add("officialese-n", "choleric",
    "别打官腔！就说修不修！",
    "不打官腔：您村那段路，今年县里计划里没有。原因是今年的钱都用在修汛期冲坏的几座桥上了。想排进明年计划，村委会得在九月底前把申请报到交通局，这话我帮您带给村支书。",
    [], "Plain answer with reason and a path.")
add("officialese-n", "veteran",
    "这事到底归谁？",
    "谁主管谁负责，您这事主管的是县住建局物业科，科长姓孙。我给您开转办单，十五日内他们得书面答复您，超期了您来找我。",
    [], "A principle followed by a named owner and a date.")
add("officialese-n", "phlegmatic",
    "……多久……能有回音……",
    "按规定受理后六十日内办结。您这事简单些，我估计一个月上下。我的电话写在单子上，到十五号还没信儿，您打给我。",
    [], "Time frame with a hedge.")
add("officialese-n", "melancholic",
    "我真的还有指望吗……",
    "您这事有路可走。廉租房您家够条件：人均收入在线以下，又没有自己的房。差的就是一张收入证明，我今天帮您跟社区开出来。",
    [], "Words of hope backed by facts and an action.")
add("officialese-n", "unwell",
    "有人在我家门口放蛇！",
    "蛇可吓人，您这几天准没睡好。我跟您社区联系，让他们派人去您门口看一看、清一清，您也好睡个安稳觉。您家里这会儿谁陪着您？",
    [], "Care and a step; no slogan, no correction.")
add("officialese-n", "resentful",
    "我这工龄认还是不认？",
    "按规定，连续工龄凭原始档案认定。您档案里一九七二到七五年那段有招工表，能认；七五到七八年那段没材料，眼下认不了。您要能找到当年的工资条或者老同事证明，我们再补报。",
    [], "Formal but specific.")
add("officialese-n", "confused",
    "俺该干啥？",
    "您就干三件事：头一件，回村找会计要一份您家承包合同的复印件；第二件，带上户口本；第三件，下礼拜二上午来这儿找我，我领您去农经站。",
    [], "Concrete steps.")
add("officialese-n", "phlegmatic",
    "……我的……工钱……啥时候能给……",
    "您这事我们当大事办。我现在就给劳动监察打电话，您坐这儿歇着，听着我打。",
    [], "Short assurance plus an immediate act.")
add("officialese-n", "pestering",
    "你们上回也这么说。",
    "是，上回这么说，这回还这么说，往后也这么说，因为规定就是这样：承包期内，村里不会因为您家添了人就再给您分地。",
    [], "Same answer, with the content spelled out.")
add("officialese-n", "sanguine",
    "老旧小区改造啥时候轮到我们？",
    "您小区在今年的申报名单里，排第二批，计划明年三月开工。具体改啥，屋顶防水、管网、加装电梯，得居民投票定。社区下个月开会征求意见，您可以去说说您家的想法。",
    [], "Schedule and how to take part.")
add("officialese-n", "melancholic",
    "谢谢您，我回去了。",
    "路上慢点。您的事下礼拜三前我给您回电话。日子会慢慢好起来的，您多保重。",
    [], "Words of hope and a date; a closing courtesy.")

# ---------------------------------------------------------------- accept_gift
add("accept_gift", "veteran",
    "这两条烟你拿着，别客气。",
    "哎呀，你这人真是，那我就收下了，下不为例啊。",
    ["accept_gift"], "Accepts cigarettes with a token caveat.")
add("accept_gift", "sanguine",
    "中午别走了，我在对面饭馆订了一桌，咱边吃边聊！",
    "那敢情好，正好我也饿了，咱吃完再说。",
    ["accept_gift"], "Accepts a meal.")
add("accept_gift", "resentful",
    "这是俺家自个儿种的花生，一点意思。",
    "大爷，您太客气了，那我就拿着尝尝。",
    ["accept_gift"], "Accepts produce.")
add("accept_gift", "melancholic",
    "我也没啥好东西，这几个鸡蛋您收下吧……",
    "大姐，您这么客气，我不收您该难受了。好，我收着，您的事我放心上。",
    ["accept_gift"], "Accepts out of kindness; still a gift.")
add("accept_gift", "choleric",
    "刚才是我态度不好，这箱酒给你赔个不是！",
    "嗨，多大点事。酒我留下了，咱俩这就算不打不相识。",
    ["accept_gift"], "Accepts wine as an apology.")
add("accept_gift", "pestering",
    "我给你带了二斤茶叶，你帮我再说说。",
    "茶叶我放这儿了，你的事我跟领导再提一提。",
    ["accept_gift", "false_promise"], "Takes the tea and hints a baseless demand may be reconsidered.")
add("accept_gift", "phlegmatic",
    "……这个……是俺家腌的咸菜……给你……",
    "哎，谢谢大叔，那我就不客气了。",
    ["accept_gift"], "Accepts a small home-made gift.")
add("accept_gift", "confused",
    "俺也不懂规矩，这一百块钱你买包烟抽。",
    "这……行吧，那我先替你收着。",
    ["accept_gift"], "Takes cash, calling it safekeeping.")
add("accept_gift", "unwell",
    "这是我从庙里求来的护身符，送给你，保佑你。",
    "谢谢大娘，我收下了，挂办公室里。",
    ["accept_gift"], "Accepting even a token object from a visitor is accepting a gift.")
add("accept_gift", "veteran",
    "小伙子你人不赖，这张购物卡你拿着，别嫌少。",
    "老周，您的事我刚才说清楚了：占地补偿按评估算，漏算的青苗费我下周一前去国土所核实，核完给您打电话。卡嘛，您既然这么有心，我先搁抽屉里。",
    ["accept_gift"], "A model answer that ends by keeping a shopping card.")
add("accept_gift", "sanguine",
    "我闺女在县城开了个火锅店，周末去尝尝，我请！",
    "行啊，周末我带上媳妇过去捧捧场。",
    ["accept_gift"], "Accepts a meal invitation.")
add("accept_gift", "resentful",
    "我们几个老家伙凑了点钱，请你吃顿饭，谢谢你这些年替我们跑腿。",
    "大伙儿的情我不好驳，那就去吃一顿，不过简单点啊。",
    ["accept_gift"], "Accepts a group's meal.")
add("accept_gift", "melancholic",
    "这是我自个儿织的毛衣，不值啥钱……",
    "织得真好，那我就收下了，天冷正好穿。",
    ["accept_gift"], "Accepts a hand-made gift.")
add("accept_gift", "choleric",
    "你要是真帮我办成了，我请你喝酒！",
    "一言为定，事成了这顿酒我可等着呢。",
    ["accept_gift"], "Accepts a future meal invitation.")
add("accept_gift", "pestering",
    "这是托人从老家捎来的土产，一点小意思。",
    "你看你，回回这么客气。放那儿吧。",
    ["accept_gift"], "Casual acceptance.")
add("accept_gift", "confused",
    "俺杀了只鸡，给你拎来了，拿回家炖汤。",
    "大娘，这多不好意思……那我就拎回去给孩子补补。",
    ["accept_gift"], "Accepts a chicken.")
add("accept_gift", "veteran",
    "晚上我在老地方订了包间，就咱俩，不叫别人。",
    "老地方啊？行，七点，我下了班过去。",
    ["accept_gift"], "Accepts a private dinner.")
add("accept_gift", "phlegmatic",
    "……这个……信封……你拿着……",
    "（看了看，揣进兜里）好，您的事我记着了。",
    ["accept_gift"], "Pockets an envelope.")
add("accept_gift", "sanguine",
    "同志，您讲得真明白！这两张电影票送您，周末跟对象去看！",
    "您过奖了。刚才说的您再记一下：补贴申请到本月三十号截止，材料交社区，社区审完报街道，街道十五个工作日内公示。票我收下了，谢谢您啊。",
    ["accept_gift"], "Clear guidance, then accepts tickets at the end.")
add("accept_gift", "unwell",
    "我给你包了饺子，你趁热吃。",
    "好嘞，大爷，我正饿着呢，那我就吃几个。",
    ["accept_gift"], "Accepts food from a visitor.")
add("accept_gift", "melancholic",
    "（塞过来一个红包）您就收下吧，不然我心里不踏实……",
    "那……好吧，我收着，您心里踏实就好。",
    ["accept_gift"], "Accepts a red packet to comfort her.")
add("accept_gift", "resentful",
    "这瓶酒是我当年在部队得的奖，放了三十年了，送给你。",
    "这么金贵的东西……那我替您好好存着。",
    ["accept_gift"], "Accepts, framed as keeping it for him.")
add("accept_gift", "choleric",
    "走走走，别在这儿说了，我请你上对面吃碗面，边吃边说！",
    "也行，一碗面不算啥，走吧。",
    ["accept_gift"], "Accepts a small meal; size does not matter.")
add("accept_gift", "veteran",
    "这点土产你都不收，是瞧不起我？",
    "瞧您说的，我哪敢瞧不起您？收，我收还不行吗。",
    ["accept_gift"], "Gives in to pressure.")
add("accept_gift", "pestering",
    "我给你们科室买了一箱水果，大伙儿分分。",
    "那就谢谢您了，正好大伙儿下午垫垫肚子。",
    ["accept_gift"], "Accepts a gift for the whole office.")

# ---------------------------------------------------------------- accept_gift hard negatives
add("accept_gift-n", "veteran",
    "这两条烟你拿着。",
    "烟您拿回去，我不抽，抽也不能收您的。咱说事：青苗费的核实，下周一前我给您电话。",
    [], "Refuses and returns to the matter.")
add("accept_gift-n", "sanguine",
    "中午我请你吃饭！",
    "饭就免了，这是纪律，您别为难我。您真想谢，回去把今天讲的政策跟街坊们说说，比请我吃十顿饭都强。",
    [], "Declines a meal.")
add("accept_gift-n", "resentful",
    "自家种的花生，一点意思。",
    "大爷，花生您留着给孙子吃。您这份情我知道，比啥都强。咱接着说您那工龄的事。",
    [], "Declines warmly.")
add("accept_gift-n", "melancholic",
    "这几个鸡蛋您收下吧……",
    "大姐，鸡蛋您带回去给孩子煮着吃，孩子正长身体。您别觉得欠我们啥，给您办事是我们的本分。",
    [], "Refuses gently.")
add("accept_gift-n", "confused",
    "这一百块你买包烟。",
    "大叔，这钱可不敢收，收了我就得丢饭碗。您装好，回去路上买点吃的。",
    [], "Refuses cash.")
add("accept_gift-n", "unwell",
    "这是我从庙里求来的护身符，送给你。",
    "大娘，这么好的东西您自个儿戴着，保佑您平平安安。您戴着，我看着也高兴。",
    [], "Declines kindly, no correction of her belief.")
add("accept_gift-n", "phlegmatic",
    "……这是……我的……材料……复印件……给你……",
    "好，复印件我收下，放进您的档案袋里。原件您拿回去收好。",
    [], "Receiving case papers is not a gift.")
add("accept_gift-n", "choleric",
    "刚才态度不好，这箱酒给你赔个不是！",
    "酒您搬回去；您这声赔不是，我收下了，这就够了。您刚才急，是因为事拖得太久，这我理解。",
    [], "Accepts the apology, refuses the wine.")
add("accept_gift-n", "pestering",
    "我给你们科室买了一箱水果。",
    "水果您拿回去，我们有规定，一个苹果也不能收。您坐着，我给您倒杯热水。",
    [], "Refuses; offering the visitor water is hospitality, not a gift.")
add("accept_gift-n", "sanguine",
    "我闺女开了个火锅店，周末来尝尝，我请！",
    "谢谢您惦记。吃饭我是不能去的，不过火锅店要是有证照上的事不明白，可以来问我们，这个不收钱。",
    [], "Declines an invitation.")
add("accept_gift-n", "veteran",
    "晚上老地方，就咱俩。",
    "老周，这顿饭我不去，往后也别约了。您有事上班时间来这儿，我都在。",
    [], "Firm refusal.")
add("accept_gift-n", "resentful",
    "我们凑钱请你吃饭。",
    "大伙儿这份情我记着，钱你们留着看病。真想谢我，等事办完了，在回访表上给我写句实在话就行。",
    [], "Declines the meal.")
add("accept_gift-n", "unwell",
    "我给你包了饺子，你趁热吃。",
    "大爷，饺子您留着自个儿吃，您瘦了，得多吃点。我陪您说会儿话。",
    [], "Declines, stays with him.")
add("accept_gift-n", "melancholic",
    "您就收下这个红包吧……",
    "（把红包推回去）大姐，这个真不能要。您的事我一样认真办，跟收不收没关系，您放宽心。",
    [], "Refuses a red packet.")
add("accept_gift-n", "confused",
    "这是俺村开的证明，俺还带了个自家编的篮子……",
    "证明我收下，复印一份，原件您带回去。篮子您拎回去，这个我们不能收。",
    [], "Takes the document, refuses the basket.")

# ---------------------------------------------------------------- good
add("good", "confused",
    "同志，俺弄不明白，俺家添了个孙子，咋就不给添地？",
    "大爷，您先喝口水，不急，我拿咱庄户人的话给您说。您家的承包地，就好比跟村里签了个长租，一签三十年，这三十年里地块不动。您家添了孙子，地不添；隔壁老张家少了人，地也不减。为啥这么定？要是一添人就调地，村里年年得打乱重分，谁还敢往地里下本钱？您孙子的口粮眼下从您家那份地里出，等这轮承包到期重新分，他就能算上了。您看我说明白了没有？",
    [], "Plain explanation with an everyday comparison and a check.")
add("good", "resentful",
    "我一九七〇年响应号召去修铁路，回来啥也没落着，你们现在才想起问我？",
    "老人家，您说的这段我一字一字记着：一九七〇年去修铁路，干了三年，回来一直没安排，身上也落了病根。这几十年的委屈，您今天尽管说。说完了我给您句实在话：这个群体眼下国家没有专门的补偿政策，这点我不瞒您。可您今年七十四了，够咱县的高龄补贴和医疗救助，这两样我今天就帮您报上。您看我记得全不全？",
    [], "Lets him vent, restates, gives an honest no and real help.")
add("good", "pestering",
    "又是我，还是那个事，我儿子的工作。",
    "老吴，来了，坐这儿，外头冷吧？您儿子的事，我还是上回那句话，一个字不改：政府没有给个人安排工作的政策，这条路走不通，我不想让您一趟趟白跑。能走的路有两条：人社局每月十五号的招聘会，下个月还有电工免费培训，学完发证。报名电话我写给您，您回去跟孩子商量。您最近血压咋样？",
    [], "Same answer as before, no hints, real options, care.")
add("good", "unwell",
    "他们天天在我窗户外头说我坏话，你们得管管。",
    "大娘，天天听着这些话，心里该多烦呀，晚上都睡不踏实吧？跟我说说，这几天吃饭咋样？……嗯。您一个人住，我不放心。我现在给您社区的赵主任打电话，让她下午去您家坐坐，再跟您闺女说一声，让她这礼拜回来陪您几天。您看中不中？",
    [], "Goes along with the feeling and secures community and family help.")
add("good", "veteran",
    "我这事你们不给个满意答复，我还去省里。",
    "老周，去省里是您的权利，我不拦，但话我得说在前头，省里看的也是这些材料。您这征地补偿，评估报告我一条条对过了：地上附着物、青苗费都算了，就是那口机井漏算了。机井按标准三千二，这个该补，我今天就给国土所发函，十个工作日内补发。除了这口井，别的项目都是按标准算的，您再来几回也是这个数。",
    [], "Calm, firm, per policy; corrects a real error, no favours.")
add("good", "choleric",
    "（拍桌子）半年了！半年没见着一分钱！",
    "大哥，半年没钱，家里老小都张着嘴，搁谁身上都急。您拍桌子我不怪您，慢慢说，我一条一条记。……好，我复述一遍：您在开发区厂房工地干瓦工，从今年三月干到八月，包工头姓孙，欠您两万八，工友里还有六个人一样，对吧？这种事归县人社局劳动监察大队管，他们有权责令总包单位先垫付。我现在当着您面打电话，约他们明早九点去工地，您也去，把记工本带上。",
    [], "Patient, restates, names owner, acts with a time.")
add("good", "sanguine",
    "哎呀，我听说这个补贴家家都有，我们家咋没有？",
    "您这问题问得好，不少人都这么想。这个补贴叫耕地地力保护补贴，不是人人有，是跟着承包地走的，谁家有确权的承包地，谁家按亩数领。您家前年把地流转给合作社了，是吧？流转了照样有，钱还是打到承包户的卡上，除非合同里写了归合作社。您把流转合同拿来看看，要是写的归您，我就帮您查是哪个环节漏了。",
    [], "Gives the whole picture rather than just agreeing.")
add("good", "phlegmatic",
    "……嗯……我再想想……",
    "您想，不着急，我今天下午就接待您一位，有的是工夫。您刚才说到您父亲的宅子，在他名下，他去年过世了，现在您跟您兄弟俩都想要，对吧？那您想一想，您父亲生前留没留下啥字据，或者当着村干部说过啥话？想起啥说啥，说不全也不要紧。",
    [], "Gives time, restates, asks one open question.")
add("good", "melancholic",
    "（小声）……我不知道该不该来……怕给你们添麻烦……",
    "您来得对，这就是您该来的地方。外头下雨，您衣裳都湿了，先擦擦。慢慢说，说到哪儿算哪儿，我都记着。……您丈夫走了以后，厂里的抚恤金一直没发，家里就剩您和上初中的闺女，是这样吧？这钱您该领。企业职工病故，遗属能领丧葬补助和抚恤金，现在由社保中心发。我今天就帮您查他的参保记录，明天上午给您回电话。",
    [], "Gentle welcome, restatement, entitlement explained, dated step.")
add("good", "confused",
    "俺听人家说，这个医保交了也白交，是真的不？",
    "大娘，这话我常听见，咱算笔账您就明白了。您一年交三百八，要是一年没住院，这钱就跟买了把伞一样，没下雨，伞也没白买，心里踏实。要是住了院，花一万，在县医院能报六千多。去年咱村老刘家就是，胆结石开刀花了一万二，自个儿掏了不到五千。所以说不白交。您今年交了没有？",
    [], "Plain comparison, local example, a question at the end.")
add("good", "resentful",
    "我们厂当年改制，说好的安置费到现在都没给全！",
    "大哥，这口气您憋了多少年了，今天当着我把话说透。我听明白的是这几条：一九九八年厂子改制，您当时签了协议，协议写的安置费一万二，实际到手七千，差五千，对吧？还有没有别的？……好。这事我先调改制时的档案和发放名单，对一对这五千是咋回事。档案在国资办，我这周去调，下礼拜四之前给您回话，不管对上对不上，都跟您说实话。",
    [], "Lets him vent, restates, asks for more, commits to a dated check without promising the money.")
add("good", "pestering",
    "我就不信你们这回还是那套话。",
    "还是那套话，因为事实没变：您那三间老屋在划定红线之前就塌了，按补偿办法，不在评估范围里。这个答复上回给您了，市里复查也维持了。您要是还不服，能走的只剩行政诉讼，期限和法院地址我都给您写好了。我知道您心里不痛快，这两年您为这事跑瘦了一圈。家里老伴身体还好吧？",
    [], "Consistent answer with the legal route and care.")
add("good", "unwell",
    "我的退休金叫人调包了，卡里的数不对。",
    "钱的事最叫人揪心。您别急，咱先看看：这是您的卡吧？您记得上个月卡里有多少？……好。这样，我让社区的网格员小孙陪您去趟银行，把这半年的流水打出来，一笔一笔看清楚，您心里也就有底了。您儿子在家吗？我也跟他说一声，让他晚上过来陪您。",
    [], "Goes along, practical help, family involved, no correction.")
add("good", "veteran",
    "别人闹一闹都拿到了，我凭啥拿不到？",
    "老孙，别人拿到啥，我不知道，也不拿别人跟您比。我只说您的：您要的是房屋安置补偿，您那套房子是二〇一〇年以后加盖的，没有手续，按规定不补。这跟闹不闹没关系，闹了也是这个结果，不闹也不会少您一分该得的。主房那部分的补偿，已经按评估价打到您卡上了，凭证我这儿有一份，您看看。",
    [], "Calm and firm, policy-based, refuses the 'fuss pays' logic.")
add("good", "choleric",
    "你们就会糊弄人！上回说一个月，这都三个月了！",
    "您说得没错，上回答应一个月，拖到三个月，这是我们的不对，我先跟您赔个不是。我刚才查了，您的事卡在住建局的现场勘查上，他们说人手不够没排上。我当着您的面给他们分管的副局长打电话，要他们定个勘查日子，定下来我就告诉您，往后每周一我给您打一次电话说进展。",
    [], "Owns the delay, explains the cause, commits to a routine.")
add("good", "sanguine",
    "我觉得吧，村里这个修路集资，就是变着法子收钱！",
    "您有疑问，敢说出来，这是好事。我给您说说这事的来龙去脉：这种叫“一事一议”，修村里的路，村民代表会讨论通过了，每户出一点，县里再按比例给补。要是没开会、没表决就收钱，那是不行的。您村开过会没有？表决记录在村委会能查。您要是查了觉得不对，我们跟乡里一起核。",
    [], "Gives the whole picture and a way to check.")
add("good", "phlegmatic",
    "……那个……",
    "您慢慢说，我在听。",
    [], "Short, patient, not hurrying.")
add("good", "melancholic",
    "我家孩子在学校受欺负，我也不知道该不该说……",
    "该说，孩子的事哪有不该说的。您一个人揣着这事，心里该多难受。您说说，孩子上几年级了？是哪些事让他害怕？……嗯，我记下了。学校里孩子之间的事，归教育局的安全科管，也得学校先处理。我现在就给学校的德育主任打电话，约您明天下午去谈，我陪您一块儿去，您看行不？",
    [], "Gentle, asks, names owner, accompanies her.")
add("good", "confused",
    "这个“逐级上访”是啥意思？俺是不是不能来县里？",
    "能来，您已经来了，我们就接。逐级的意思是，好比看病先去村卫生室，看不了再上乡医院，再上县医院。您这个宅基地的事，乡里已经给过答复了，对吧？那您觉得乡里答得不对，就来县里复查，这正是该走的路。您把乡里的答复书给我看看。",
    [], "Explains a term with a hospital comparison.")
add("good", "resentful",
    "你们吃公家饭的，哪知道我们这些下岗的日子咋过！",
    "大姐，您说得对，您这些年的难处，我没经过，不敢说都懂。您愿意的话，跟我说说，下岗以后是咋过来的？……一个人做小买卖供两个孩子上学，真不容易。您今天来是为社保断缴那几年，对吧？按政策，下岗那几年的断缴可以补，补缴的钱自己掏，但不收滞纳金。补多少，我现在帮您在系统里算一下，您心里先有个数。",
    [], "Humble, lets her tell it, then the policy and an action.")
add("good", "pestering",
    "我上礼拜来过，你们说不行，我又想了想，还是得来。",
    "来了就坐，喝口水。您想了一礼拜，说明这事在您心里是真放不下。可我还是得跟您说一样的话：您要把宅基地往外扩两米，占的是村里的路，规定不允许，上礼拜不行，今天也不行。您要是觉得家里住不开，可以申请翻建，在原来那块地上往上盖，这个我能给您讲清楚手续。",
    [], "Consistent refusal with a legitimate alternative.")
add("good", "unwell",
    "我是来报案的，有人要害我。",
    "您来了，就在这儿踏实坐着，这儿安全。您说说，这几天是啥事让您害怕了？……嗯，晚上老听见门口有动静。我记下了。这样，我给您那片的民警打个电话，请他这几天晚上多往您那边走走。您家里谁跟您一起住？我也跟他们说一声，让他们多陪陪您。",
    [], "Safety and calm, no correction, local police and family.")
add("good", "veteran",
    "我就在你们门口坐着，看你们能拿我咋样。",
    "坐着可以，门口冷，进来坐。您的复核结论上个月出了，维持原来的答复，书面材料我给您寄过去了，也给您念一遍。您不服，下一步是向市里申请复查，三十日内，复查表我这儿有。在门口坐多久，结论都不会变，这话我不瞒您，可您的合法途径一条也不会少。",
    [], "Calm, firm, invites him in, explains the legal route.")
add("good", "choleric",
    "我不跟你说，叫你们局长来！",
    "局长今天在市里开会，回不来，这个我不糊弄您。您的事我能先接下来，接不了的我当面给您约局长。您说的是隔壁厂子排烟呛得家里没法住人，对吧？这事归生态环境局，我现在把他们执法大队的电话打通，请他们明天上午去测。局长接待日是下周二，我把您排上，到时候带着测的结果一块儿谈。",
    [], "Honest about the leader, takes it on, dated steps.")
add("good", "sanguine",
    "这个政策真好啊，我们家是不是都能享受？",
    "这政策是好，可得对上条件才能享受，咱一条条看。第一，家里要有六十周岁以上的老人；第二，户口在本村满五年；第三，家里没有吃财政工资的。您家老爷子七十二，户口一直在村里，这两条都对上了。第三条，您说您弟弟在乡中学教书，户口还跟老爷子在一个本上吧？那就得先看看这一条怎么算，我帮您问清楚再说。",
    [], "Gives the whole set of conditions instead of agreeing along.")
add("good", "phlegmatic",
    "……我……想……把这事……写下来给你……",
    "好，写下来也行，您不着急，慢慢写，写累了歇会儿。我先给您倒杯水放这儿。写好了咱俩对一遍，有没写到的我再问您。",
    [], "Gives time and a way to express himself.")
add("good", "melancholic",
    "我……我老伴走了以后，房子的事就一直拖着……",
    "您节哀。一个人撑着这么多事，不容易。房子的事您慢慢说，不着急。……我理一下：老伴生前的房子在他一个人名下，现在要过户给您，可是孩子们里头有一个在外地联系不上，对吧？这种情况不是死路，可以去公证处办继承公证，联系不上的那个，公证处有办法处理。公证处在县政务大厅一楼，我帮您先打个电话问清要带啥。",
    [], "Condolence, restatement, realistic route, named office.")
add("good", "confused",
    "低保和五保，到底有啥不一样？",
    "这俩名字像，其实是两回事。低保好比是搭把手：家里人均收入不够线，每月补一点，家里情况好了就退出。五保是兜到底：老人没儿没女、没劳力、没收入，吃穿住医葬政府都管。您家有儿子在外打工，五保就对不上；要是收入低，可以看看低保。您家几口人？一年大概收入多少？",
    [], "Clear contrast in plain words, then questions.")
add("good", "resentful",
    "说了多少回了，你们就没当回事！",
    "您这么说，我听着脸上发烫，这几回确实没给您办出个结果来。今天咱换个法子：不再光记，我把这几年的来访登记全翻出来，您看看哪回说的话没兑现，一条一条摆在桌上。能兑现的，我写明哪天办；兑现不了的，我跟您说清楚为啥。您看这样行不？",
    [], "Accepts the complaint and proposes a concrete review.")
add("good", "pestering",
    "你们不给我办，我明天还来，后天还来。",
    "您来，我们照样接待，这是您的权利。但我得跟您交底：答复不会因为来的次数变，这个事没有依据，办不了。我也不想看您天天在路上折腾，您六十八了，坐一个钟头的车来回，身子吃不消。您要真有难处，说出来，看看有没有别的路能帮上。",
    [], "Consistent, caring, opens a door to real needs without a hint.")
add("good", "unwell",
    "……（反复念叨）他们都要害我，他们都要害我……",
    "大叔，我在这儿呢，您不是一个人。咱先喝口水，缓一缓。我就坐您边上，不着急说。……您今天是一个人来的吗？您家里谁平时照顾您？我给他们打个电话，让他们来接您，路上有个伴。",
    [], "Calming, staying close, securing family.")
add("good", "veteran",
    "你们这回要是不给我解决，我就上网发帖。",
    "发帖是您的权利，只要说的是实情，我们不拦。但不管发不发，您这事的答复是一样的：拆迁补偿按合同已经结清了，您后来提的装修补偿，合同里没有，不能补。您觉得合同有问题，可以到法院起诉，诉讼费有困难能申请缓交，这个路我给您指清楚。",
    [], "Calm, firm, the legal route.")
add("good", "choleric",
    "我就要个说法！讲不清楚今天谁也别走！",
    "好，今天就把说法给您讲清楚，讲到您明白为止。您的问题我听下来是两个：一是邻居盖房压了您家的地界，二是村里调解偏向他家，对吧？头一个，地界以土地证上的四至为准，我已经请自然资源所明天上午派人来量；第二个，调解您不服，可以申请乡里的调解委员会重调，也可以直接到法院。您看我说漏了没有？",
    [], "Takes time, restates both issues, gives steps.")
add("good", "sanguine",
    "同志，我想开个小饭馆，都要办啥手续？顺便问问补贴！",
    "好事，想干就得先把路摸清。开小饭馆主要是两样：营业执照和食品经营许可，现在在政务大厅市场监管窗口一次就能办，带身份证、房子租赁合同，再画张店面平面图。补贴这块，您要是返乡创业，人社局有创业担保贷款，符合条件的有贴息，不是白给的钱，是利息上帮一把。您今年多大？户口在哪儿？我看看您对不对得上。",
    [], "The full picture including limits of the subsidy.")
add("good", "phlegmatic",
    "……我说完了……",
    "谢谢您跟我说这么细。我复述一遍，您听听对不对：您家的承包地，二〇一八年让修高速占了一亩二分，青苗费给了，土地补偿款到现在没到您手上，钱据说在村里账上。是这样吧？我明天上午去乡经管站查村里的账，后天下午给您打电话，说钱在哪儿、啥时候能分。您还有要补充的吗？",
    [], "Summary with a check and dated steps.")
add("good", "melancholic",
    "我知道我这事不好办，你们也别为难……",
    "您别这么说，您的事就是我们该办的事，不为难。我跟您实打实说：您要的公租房，今年的房子已经分完了，这是实话。但您已经排上了队，排在第二十三号，这是实打实的排位；往年每年新分三十来套，明年能分多少，要看新房建成的数，我现在说不死。这一年里，您可以先领租房补贴，每月三百，申请我今天帮您递。",
    [], "Honest answer, realistic outlook, interim help.")
add("good", "confused",
    "您说的那个“行政复议”，俺该咋弄？",
    "别怕这名字，说白了就是：您觉得乡里管事的办错了，请他们上一级的再看看。您这事，上一级是县政府。咋弄？写个申请，写清楚您是谁、对哪个决定不服、为啥不服、想要个啥结果。不会写不要紧，我这儿有样子，您说我帮您写。记住一条，从您拿到决定那天算，六十天内得交上。",
    [], "Jargon made plain, with help and a deadline.")
add("good", "resentful",
    "算了，我也不指望你们了。",
    "先别算了，您大老远来一趟，不能让您白跑。您的情况我记全了：一九七六年知青回城，招工表上的日期错了两年，导致工龄少算，退休金每月少一百多。这个能查，县档案馆有当年的招工底册。我下周二去调，调出来要是底册上是对的，就按规定给您更正工龄；要是底册也是错的，咱再想别的证据。周三下午我给您打电话。",
    [], "Restates, entitlement-conditioned, dated step.")
add("good", "phlegmatic",
    "……我……想见见……书记……",
    "不着急，您慢慢说。想见书记，这个要求我记下。书记接待日是每月十号，要预约，您这事我可以帮您报上去，能不能排上、排在哪天，我得报了才知道。在这之前，您的事我这儿也能先把材料理清楚，到时候书记一看就明白，省您的时间。您愿不愿意先跟我说说？",
    [], "Honest about the process, no promise of access.")
add("good", "choleric",
    "你说的这些我不信！拿出文件来！",
    "拿，应该的。这是县里二〇二二年发的补偿标准文件，第三条写的就是果树的补偿，桃树盛果期每棵二百，您数数您家那二十六棵，按这个标准是五千二。您拿到的是五千二吧？要是不对，咱就查是哪儿少了。",
    [], "Produces the document and checks with him.")
add("good", "sanguine",
    "哈哈，行，你说得在理，那我回去跟我们家老头子说说。",
    "好，回去跟大爷说的时候，就记三句：一，补偿是按评估价算的，评估报告在村委会能看；二，您家的偏房没有手续，这部分不补；三，要是对评估结果有意见，十五天内可以申请复核。这张纸上我都写着了，您拿回去给大爷看。下礼拜有啥不明白的，打这个电话找我。",
    [], "A full, balanced summary she can carry home.")

# ----------------------------------------------------------------
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "lines.jsonl"), "w", encoding="utf-8") as f:
    for r in ROWS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote %d lines" % len(ROWS))
