#!/usr/bin/env python3
"""Generate lines.jsonl for the training set of single officer lines.

Every line below was written and labelled by hand. Edit an entry and rerun:

    python3 testdata/lines-train/gen.py && python3 testdata/lines-train/validate.py

Each entry is (group, persona, visitor, text, codes, note).
group is "<code>" for a positive, "<code>-n" for a hard negative, or "good".
Ids are numbered in file order inside each group: confront-01, confront-n01,
good-01 ... so append new lines at the end of a group to keep ids stable.
"""
import json
import os

E = []


def L(group, persona, visitor, text, codes, note):
    E.append((group, persona, visitor, text, codes, note))


# ---------------------------------------------------------------- confront +
C = "confront"
L(C, "choleric", "你们街道去年明明答应给我家换房，现在装什么不认账！",
  "谁答应过你？街道从来没说过给你换房，这个账你别往我们头上算。",
  [C], "Flatly denies the visitor's account without checking or inviting evidence.")
L(C, "resentful", "我那会儿在厂里干了二十年，档案上就写了十二年，肯定是你们给改了。",
  "档案不会有人去改的，十二年就是十二年，您记错了。",
  [C], "Contradicts the visitor's memory outright instead of asking what proves the other eight years.")
L(C, "unwell", "我脑子里装了个东西，晚上一直有人给我发信号。",
  "大爷，这个真没有，人脑子里装不进东西的，是您太累了睡不好。",
  [C], "Kind, but corrects an unwell visitor's belief; the rubric codes any correction.")
L(C, "unwell", "隔壁那家天天往我家墙里灌毒气，我闻得出来。",
  "阿姨您别急，我们去看过了，墙里没有毒气，那是下水道的味儿。",
  [C], "Tells an unwell visitor the belief is wrong, even if gently.")
L(C, "choleric", "补偿款就是被村干部贪了，全村人都知道！",
  "全村人都知道？那你拿出证据来啊，没证据就别在这儿乱说。",
  [C], "Challenges a choleric visitor head-on; the demand for proof is a retort, not an invitation.")
L(C, "sanguine", "我听人说现在六十岁以上的都能领三千块养老金，我咋才领两百？",
  "谁跟您说的三千？根本不可能，您那是听岔了，别到处传。",
  [C], "Sharp denial plus a rebuke instead of explaining where the figure comes from.")
L(C, "veteran", "上回你们刘主任亲口说了，这次来就给我解决。",
  "刘主任不可能说这话，我们主任说话有分寸，你这是自己编的。",
  [C], "Calls the visitor's account a fabrication without checking the record.")
L(C, "melancholic", "我觉得大家都在背后笑话我，连你们这儿的人看我的眼神都不对。",
  "没人笑话您，您这是自己想出来的，我们看谁都一样。",
  [C], "Denies a withdrawn visitor's perception flatly; kindly meant but it argues with how she feels.")
L(C, "resentful", "当年下放的时候说好了，回城就恢复工龄，后来谁也不认了。",
  "老人家，您说的这个“说好了”，当年的文件里一个字都没有，我这儿翻过了，不是您说的那样。",
  [C], "Uses the record to shut the account down rather than to ask who said it and where.")
L(C, "choleric", "你们就是官官相护，我看透了！",
  "这个说法我不认，我们护着谁了？你得讲理，不能张嘴就来。",
  [C], "Argues back at an angry visitor about who is right, meeting heat with heat.")
L(C, "pestering", "我又来了，上次那个小王说了，再来一次就能批。",
  "小王哪能这么说，你每次来都换一个说法，上次明明是你自己理解错了。",
  [C], "Disputes the visitor's version and blames him instead of restating the same answer.")
L(C, "unwell", "我是省长的亲闺女，他们把我调包了。",
  "大姐，您父母的名字我们户籍上都查得到，您不是省长家的，这个咱得认清。",
  [C], "Uses the household register to correct an unwell visitor's belief.")
L(C, "unwell", "他们在我家电视里装了摄像头，我说话他们都听得见。",
  "您先喝口水，慢慢说，这几个月睡得怎么样？家里还有谁跟您一块住？其实呀，电视里装摄像头这种事是不会有的，您放心好了。",
  [C], "Model opening, then a soft correction of the belief at the end; coded for an unwell visitor.")
L(C, "choleric", "你们那儿的人就是收了开发商的钱！",
  "你嘎哈血口喷人？谁收钱了？你这么说话可不行，压根没影的事。",
  [C, "rude"], "Northeastern retort: accuses the visitor of slander (rude) and flatly denies (confront).")
L(C, "resentful", "我那地就是被他们多量了三分，我自己拿尺子量过的。",
  "您那尺子量得不准，国土所是仪器测的，肯定是您量错了。",
  [C], "Declares the visitor wrong instead of offering a joint re-measurement.")
L(C, "sanguine", "我看电视上说拆迁户都能分两套房，我们家也该两套吧！",
  "电视上哪说过这话？你看的那个是外地的，跟咱这儿不搭界，你别拿来比。",
  [C], "Shuts the comparison down sharply instead of giving the whole picture.")
L(C, "phlegmatic", "……我记得，合同是零三年签的。",
  "不对，是零五年，你记岔了。",
  [C], "Curt contradiction of a slow visitor's memory, no check or invitation.")
L(C, "melancholic", "我儿子出事那天，厂里根本没人管，拖了三个钟头才送医院。",
  "三个钟头不至于，记录上二十分钟救护车就到了，您那时候太慌了记不清。",
  [C], "Overrides a grieving mother's account with the record and tells her she misremembers.")
L(C, "veteran", "我上访十几年了，你们的套路我门儿清，政策我比你熟。",
  "你熟？你要真熟就不会一趟趟跑了，政策上哪条写着给你补二十万？你说出来啊。",
  [C, "rude"], "Mocks the visitor (rude) and argues over who knows the policy better (confront).")
L(C, "choleric", "是你们的人先推的我，我胳膊到现在还青着！",
  "监控我们看了，没人推你，是你自己往前冲摔的，别什么都赖别人。",
  [C], "Contradicts the visitor's account sharply and blames him; no joint look at the footage.")
L(C, "unwell", "我那个存折里的钱，银行每晚都派人来偷走一点。",
  "大妈，银行不会派人上门的，钱少了是您取了忘记了，咱把存折拿去柜台打一下就清楚了。",
  [C], "Tells an unwell visitor her belief is mistaken; helpful offer does not undo the correction.")
L(C, "unwell", "我是被外星人选中的人，他们让我来通知你们地震要来了。",
  "好好，您先坐。不过外星人这个嘛，世上是没有的，地震局也没发通知，您别信这个。",
  [C], "Seats the visitor, then corrects the delusion.")
L(C, "unwell", "我每天吃的饭都被下了药，所以我才头疼。",
  "您头疼是真难受，我信。可饭里下药应该不会，您家里人做饭都是一起吃的嘛。",
  [C], "Goes along with the pain, then argues against the belief; the second half is coded.")
L(C, "resentful", "我找了八回，你们一次都没给我答复过！",
  "八回？我们这儿登记的是三回，每回都有书面答复，您签过字的，别夸大。",
  [C], "Uses the register to rebut a resentful visitor and tells him not to exaggerate.")
L(C, "pestering", "我那个房子本来就该拆，你们就是故意漏了我家。",
  "没有谁故意漏你家，红线本来就没划到你那儿，是你自己理解错了，这个你得认。",
  [C], "Argues the visitor must admit he is wrong rather than restating the answer calmly.")
L(C, "sanguine", "我们小区那条路就是你们挪用了修路钱，我朋友在财政局都说了。",
  "你那朋友的话不能信，财政的钱一分没挪，你别听风就是雨。",
  [C], "Flat denial and a jab at the source; no facts offered, no evidence invited.")
L(C, "phlegmatic", "我……我觉得……那块宅基地……是我爷爷留下的。",
  "不对不对，那块地从来就没归过你家，你别往这上面想了。",
  [C], "Cuts a slow visitor off mid-thought to contradict him.")
L(C, "choleric", "我今天就坐这儿不走了，你们不给个说法我就睡这儿！",
  "老哥，您先消消气，这么热的天跑过来不容易，我给您倒杯凉茶。您说的补偿标准的事我都记着呢，一会儿我把文件拿来一条一条给您对。不过您刚才说村主任拿了回扣，这个我可以明确告诉您，纯属瞎猜，人家清清白白的。",
  [C], "Patient model turn that ends by flatly dismissing the visitor's allegation.")
L(C, "veteran", "政策我都背下来了，第十八条写着可以给生活补助。",
  "第十八条不是这么写的，你那是背串了，意思完全拧了。",
  [C], "Tells the visitor he has it wrong instead of reading the article with him.")
L(C, "melancholic", "我男人走了以后，村里人都躲着我，分东西也不叫我。",
  "村里人不会躲您的，分东西是按户名单来的，您别老往坏处想。",
  [C], "Denies a gloomy visitor's experience and adds mild blame.")
L(C, "unwell", "我是这块地的真正主人，县长是我任命的。",
  "哈哈，县长可不是您任命的，这个咱就别讲了。",
  [C, "rude"], "Laughs at (rude) and corrects (confront) an unwell visitor's belief.")
L(C, "resentful", "那年我当民办教师一干就是十五年，工资一个月才十几块！",
  "十几块？那时候民办教师有补助的，加起来三十多块，您不能光说一半。",
  [C], "Disputes the visitor's grievance instead of letting him vent first.")
L(C, "confused", "养老保险我交了十年，咋就不能领？人家说交够十年就行。",
  "跟你说了三遍了是十五年，你偏不信，非说十年，这有啥好争的？",
  [C], "Argues with a confused visitor rather than explaining plainly.")
L(C, "choleric", "你们这就是欺负老实人！",
  "欺负你？我们哪一条欺负你了？你倒是说说，是你自己不按规定办手续。",
  [C], "Rhetorical rebuttal and blame; an argument about who is right.")
L(C, "sanguine", "我跟你说，这事我最清楚，隔壁老张家就拿了双倍补偿，我亲眼看见的。",
  "你亲眼看见什么了？人家老张家是两户，分两份，你那是看岔了，跟双倍不搭边。",
  [C], "Fact is right but put as a rebuttal of what the visitor saw.")
L(C, "pestering", "你们上回答应我了，要给我孙子安排上学。",
  "谁答应你了？我们从来没答应过，你别每次来都编一个新说法。",
  [C], "Flat denial plus an accusation of making things up.")
L(C, "unwell", "我老伴每天晚上都回来看我，坐在床边跟我说话。",
  "大娘，大爷已经走了三年了，回不来的，您是太想他了。",
  [C], "Tender, but corrects an unwell visitor's belief about her late husband.")
L(C, "unwell", "我的工资被人用卫星转走了，每个月转一次。",
  "工资卡我们帮您查了，每笔钱都是您自己取的，没有卫星转账这回事。",
  [C], "Uses the bank record to refute an unwell visitor's belief.")
L(C, "veteran", "我那个事，中央都批示了，你们还敢不办？",
  "中央批示？我在这儿干了十年，就没见过给你的批示，别拿这个唬人。",
  [C], "Scoffs at the claim instead of asking to see the document.")
L(C, "phlegmatic", "那……那个钱……我记得是给了一半。",
  "给了一半？账上是全给了，你再想想，肯定是你自己记错了。",
  [C], "Insists the visitor is wrong; no room for a second payment or a receipt.")
L(C, "melancholic", "上次来，你们那个同志对我很凶，我回去哭了好几天。",
  "我们同志不会凶人的，是您太敏感了，人家说话本来就那样。",
  [C], "Denies the visitor's experience and blames her sensitivity.")
L(C, "resentful", "我这腰就是当年修水库累坏的，这是工伤！",
  "几十年了谁说得清，您这腰是年纪大了落下的，跟修水库扯不上。",
  [C], "Pronounces on the cause of the injury against the visitor's account.")
L(C, "choleric", "你们就知道踢皮球！我跑了五个部门！",
  "五个部门？你也就去了两个，还有三个是你自己没去，别往大了说。",
  [C], "Rebuts an angry visitor's count and accuses him of exaggerating.")
L(C, "sanguine", "我觉得这个政策本身就不公平，凭啥城里人拿得比我们多？",
  "这个你就想偏了，一点也不是不公平，你这看法站不住，咱别争了。",
  [C], "Dismisses the visitor's view as wrong with no explanation of the policy.")
L(C, "veteran", "我去北京一趟，你们县里就得派人接我，这不说明你们心虚吗？",
  "心虚？我们有啥好心虚的？你去北京是你的事，跟我们心不心虚有半点关系吗？",
  [C], "Rhetorical counter-argument: a contest over who is right.")
L(C, "unwell", "我能感觉到地底下有人在挖隧道，要挖到我家底下来。",
  "您听到的声音可能是楼下装修，地底下是不会有人挖隧道的。",
  [C], "Offers an explanation that denies the belief; coded for an unwell visitor.")
L(C, "unwell", "他们都要害我，你是唯一能帮我的人。",
  "您来找我就对了，先在这儿坐着歇一会儿，这儿安全。您儿子电话是多少？我让他来接您回家，路上有个伴。其实呀，也没有谁要害您，是您心里太紧张了。",
  [C], "Good handling spoiled by a soft correction of the belief at the end.")
L(C, "resentful", "俺那地是被村里硬收走的，一分钱没给！",
  "咋能说一分没给？账上明明白白八百块，恁家老大签的字，这个恁可赖不掉。",
  [C], "Henan speech; rebuts the visitor with the ledger instead of asking about the signature.")
L(C, "choleric", "我告诉你，今天这事不解决我就去跳楼！",
  "你别拿这个吓人，你才不会跳，上回也这么说。",
  [C, "rude"], "Scorns a self-harm threat (rude) and tells the visitor he does not mean it (confront).")
L(C, "phlegmatic", "我是想问……我们家那个房子……面积好像少算了……",
  "没少算，测绘都是专业的，你就别想了。",
  [C], "Cuts the visitor off with a denial before hearing why he thinks so.")
L(C, "sanguine", "哎呀我跟你们书记是老同学，他肯定向着我。",
  "书记可不会向着谁，这话您说出去，人家要笑话的。",
  [C], "Contradicts the visitor's belief with a sting rather than explaining the rules.")

# ---------------------------------------------------------------- confront -
C = "confront-n"
L(C, "resentful", "我那会儿在厂里干了二十年，档案上就写了十二年，肯定是你们给改了。",
  "您说干了二十年，档案上记的是十二年，中间这八年是在哪个车间、跟谁一起干的？有工友能作证，或者有老工资条，咱就拿去申请更正。",
  [], "Neutral check against the record that invites evidence.")
L(C, "phlegmatic", "……我记得，合同是零三年签的。",
  "不着急，您慢慢想。我这儿登记的是零五年，可能是我们这边录错了，您家里的合同原件方便的话下回带来，咱俩对一对。",
  [], "States what the record says and allows that the record may be wrong.")
L(C, "confused", "我听人说现在六十岁以上的都能领三千块养老金，我咋才领两百？",
  "您听到的这个三千，多半是城里上班的人的退休金，他们是按工资交了几十年的。咱农村的是城乡居民养老，好比存钱罐，存多少、存几年，取出来就是多少，所以数不一样。",
  [], "Gentle clarification of a confused visitor's misreading, with an everyday comparison.")
L(C, "confused", "低保是不是一辈子都能领？",
  "低保有点像下雨天借把伞，家里难的时候给，日子好起来了就收回去给别人用，所以每年要核一次，不是一辈子都领。",
  [], "Plain clarification of the policy, not an argument.")
L(C, "unwell", "隔壁那家天天往我家墙里灌毒气，我闻得出来。",
  "闻着难受，晚上肯定睡不踏实吧？我让社区的张主任明天上您家去看看，顺便陪您说说话，行不行？",
  [], "Goes along with the feeling, neither endorsing nor denying the belief.")
L(C, "unwell", "我脑子里装了个东西，晚上一直有人给我发信号。",
  "这种感觉一定很折腾人，您最近吃饭香不香？我给您闺女打个电话，让她陪您去医院看看睡眠，好不好？",
  [], "Attends to sleep and family help without correcting the belief.")
L(C, "unwell", "我是省长的亲闺女，他们把我调包了。",
  "哦，是这样。那您今天过来，最想让我们帮您办点什么事？",
  [], "Listens and moves on to what she wants; no correction.")
L(C, "veteran", "上回你们刘主任亲口说了，这次来就给我解决。",
  "上次的接待记录我调出来了，写的是按政策答复、不符合补偿条件。要是刘主任另外跟您说过什么，您有没有留下字条或者录音？有的话我去跟他当面核实。",
  [], "Record check that invites evidence and offers to verify.")
L(C, "choleric", "补偿款就是被村干部贪了，全村人都知道！",
  "这个情况很严重，您说的我记下来了。您是从哪儿知道的？有没有看到账目或者别人的证明？有线索我们可以转给纪委去查。",
  [], "Takes the allegation seriously and asks for evidence without disputing it.")
L(C, "pestering", "你们上回答应我了，要给我孙子安排上学。",
  "我把上次的登记本拿给您看，上回写的是“按片区入学，由教育局答复”，没有说安排。您要是记得谁说过别的，告诉我是哪位，我问问他。",
  [], "Shows the record and invites the visitor to name who said otherwise.")
L(C, "veteran", "我要你们把法院判决撤了！",
  "法院的判决，我们信访部门没有权力撤销，这是法律定的。您要是不服，可以在判决生效后六个月内向原审法院或者上一级法院申请再审。",
  [], "Calmly states a legal limit and the route that exists.")
L(C, "resentful", "把我那块地还回来，我要原样还回来！",
  "那块地上已经修了公路，原样退回去做不到了。能谈的是补偿有没有按标准给足，这个我们一项项帮您核。",
  [], "States a physical limit and turns to what can be checked.")
L(C, "choleric", "我就是要堵县政府大门，看你们敢把我怎么样！",
  "您有气可以冲我说，我听着。堵大门这个事我得提醒您，妨碍机关办公是要被公安依法处理的，我不想看您为这个吃亏。",
  [], "Calm statement of the legal consequence, not an argument.")
L(C, "melancholic", "上次来，你们那个同志对我很凶，我回去哭了好几天。",
  "让您受委屈了，我替他跟您说声对不起。那天是哪位接待的您还记得吗？我回头跟他说说。",
  [], "Accepts the visitor's experience and apologises.")
L(C, "sanguine", "我跟你说，这事我最清楚，隔壁老张家就拿了双倍补偿，我亲眼看见的。",
  "老张家那份我查了，他家户口本上是两户，所以按两户算了两份。您家是一户，标准是一样的。您要是觉得哪儿算得不对，把您家的分户材料带来，我们再核一遍。",
  [], "Explains the record and invites the visitor's own papers.")
L(C, "resentful", "我找了八回，你们一次都没给我答复过！",
  "跑了八回，真是辛苦。我这边登记上只找到三次的记录，另外几次是去了镇上还是别的部门？您说说，我把这几次也补进来一起查。",
  [], "Neutral record check that asks where the other visits went.")
L(C, "unwell", "我的工资被人用卫星转走了，每个月转一次。",
  "钱的事是挺揪心的。这样，我陪您去银行柜台把流水打出来，一笔一笔看看，您儿子也一起来，好吧？",
  [], "Offers practical help with family, without stating the belief is false.")
L(C, "unwell", "我老伴每天晚上都回来看我，坐在床边跟我说话。",
  "您跟大爷感情真好，这么多年了还天天惦着。晚上一个人在家吧？我让社区的网格员常去您那儿坐坐，给您做个伴。",
  [], "Responds to the loneliness, neither endorsing nor denying.")
L(C, "confused", "我闺女嫁到城里了，户口还在村里，分红凭啥没她的？",
  "这个我先跟您解释一下，分红是村集体按章程定的，有的村户口在就分，有的村还要看人在不在村里住、在别处享没享受过。您家这个情况，我帮您问问村委会的章程是怎么写的，再看合不合规定。",
  [], "Gentle clarification of how the rule works, plus a step.")
L(C, "phlegmatic", "那……那个钱……我记得是给了一半。",
  "嗯，您慢慢说，不急。账上显示是一次付清的，您记得的一半，是不是分了两回到账？您回去看看存折，咱再对一对。",
  [], "Shares the record and explores how both could be true.")
L(C, "resentful", "我这腰就是当年修水库累坏的，这是工伤！",
  "腰疼这么多年，遭罪了。按规定认工伤要有当年的用工记录和医疗记录，时间太久了，我们一起想想哪儿还能找到材料，比如水利站的老名册。",
  [], "States the evidentiary requirement without disputing the cause.")
L(C, "veteran", "政策我都背下来了，第十八条写着可以给生活补助。",
  "第十八条我给您拿过来了，您看，原文写的是“因公致残人员”的生活补助，前面还有一条限定条件。您的情况对不对得上，咱俩一起看。",
  [], "Reads the text with the visitor instead of telling him he is wrong.")
L(C, "choleric", "是你们的人先推的我，我胳膊到现在还青着！",
  "这事要弄清楚。当时是几点、在哪个门口？大厅有监控，我现在就跟您一起去调出来看，真有人动手，我们绝不护短。",
  [], "Offers a joint check of the footage; no prejudgement.")
L(C, "melancholic", "我男人走了以后，村里人都躲着我，分东西也不叫我。",
  "一个人撑着家，心里肯定憋屈。分东西没叫您这事，是哪一回？我问问村里名单上有没有漏了您家。",
  [], "Takes the account seriously and checks the list.")
L(C, "confused", "养老保险我交了十年，咋就不能领？人家说交够十年就行。",
  "您说的“交够了”没错，就是这个“够”是有数的，要满十五年。您交了十年，还差五年，好比买东西差了几块钱，补上了就能拿走。差的这几年可以补缴，我给您讲讲咋补。",
  [], "Gentle clarification of a confused visitor's misreading.")
L(C, "veteran", "我要你们县长亲自来见我，不来我就不走。",
  "县长接待有固定的日子，每月十五号，要先登记排期。今天是我接待您，您的事我能记下来、能转，但叫县长现在过来，我办不到。",
  [], "States a procedural limit calmly.")
L(C, "pestering", "我那个房子本来就该拆，你们就是故意漏了我家。",
  "这个事上回我跟您讲的是红线图，今天还是那句话，图上您家不在征收范围里。图我给您复印一份，您拿回去慢慢看，哪儿看不明白随时来问。",
  [], "Same clear answer as last time, with the document; not an argument.")
L(C, "sanguine", "我觉得这个政策本身就不公平，凭啥城里人拿得比我们多？",
  "您觉得不公平，这个想法我理解，好多人一开始都这么想。我把这个政策为啥这么定给您说说全貌，听完您再看看，要还有意见，可以写成建议，我们往上报。",
  [], "Acknowledges the view and offers the whole picture.")
L(C, "unwell", "我能感觉到地底下有人在挖隧道，要挖到我家底下来。",
  "那个动静让您一晚上都不安生，是吧？我记下来了，让社区的人明天去您家听听看。今晚要是害怕，是不是先去女儿家住两天？",
  [], "Goes along with the fear without endorsing or denying it.")
L(C, "resentful", "当年下放的时候说好了，回城就恢复工龄，后来谁也不认了。",
  "这个“说好了”，当年是哪位领导、在什么场合说的？有没有会议记录或者通知？我这边翻到的文件里没找到这一条，您那儿要有，咱们就有了说道。",
  [], "Says what the file lacks but invites the visitor's evidence.")

# ---------------------------------------------------------- false_promise +
F = "false_promise"
L(F, "pestering", "我就要那两万块，这次能不能给？",
  "行吧，你回去等着，这回一定给你办下来。",
  [F], "Outright promise of a payment the visitor has no basis for.")
L(F, "veteran", "这回补偿标准要是不提高，我还去省里。",
  "别去省里了，标准的事我心里有数，下个月文件一出来，肯定往上提。",
  [F], "Promises a policy change the office does not control.")
L(F, "resentful", "我下放那些年的工龄，到底能不能补？",
  "能补，肯定能补，您这情况我见多了，回去等消息就行。",
  [F], "Assures an outcome before anything has been checked.")
L(F, "melancholic", "我一个人带孩子，真的撑不下去了。",
  "您先别哭，这么多年一个人扛着，太不容易了。孩子今年几年级？学费是哪一块压得最重？您说的我都记下来了。这个事交给我，您回去安心睡觉，保准给您弄好。",
  [F], "Warm listening, then a blanket guarantee at the end.")
L(F, "choleric", "工程款拖了半年，我今天必须拿到钱！",
  "好好好，您别嚷，钱今天下午就能到您账上，我拍板了。",
  [F], "Promises same-day payment that depends on the employer, not the office.")
L(F, "sanguine", "我那个门面房被封了，啥时候能开？",
  "你那事好说，我跟市场监管那边熟，打个电话明天就给你解封。",
  [F], "Promises another agency's decision through personal connections.")
L(F, "confused", "我家老头的残疾证能不能评个一级？",
  "能，一级没问题，您就放心吧，评残那边我给说好话。",
  [F], "Promises a disability grade that only a medical assessment can decide.")
L(F, "phlegmatic", "那……我孙子上学的事……",
  "上学的事你不用管了，学校我给你挑好的，九月份直接去报到。",
  [F], "Promises a school place beyond the office's authority.")
L(F, "unwell", "我要你们把我被偷的房产证还给我，他们拿去改名了。",
  "好的好的，房产证我们这周就给您找回来，名字也给您改回来。",
  [F], "Going along is right, but promising a concrete outcome is a false promise.")
L(F, "pestering", "上次说的那个补贴，到底还有没有戏？",
  "也不是一点戏没有，我看看下回开会能不能给你加进去。",
  [F], "Hedged hint to a pestering visitor about a demand with no basis.")
L(F, "veteran", "别人都给了，凭啥不给我？",
  "你别急，你这情况我往上报一报，领导那边估计会松口的。",
  [F], "Implies the answer may change in the visitor's favour.")
L(F, "resentful", "我那房子拆了就赔了八万，太少了！",
  "我看您这情况挺特殊，按说能多赔点，回头我跟他们说说，应该能再加一些。",
  [F], "Hedged promise of extra compensation with no stated basis.")
L(F, "choleric", "你们到底管不管？",
  "管！这事今天就算我的了，您把心放肚子里，这个月底前一准有结果，是您想要的那种。",
  [F], "Promises not just a reply but the visitor's desired outcome.")
L(F, "melancholic", "低保没批下来，我是不是就没指望了？",
  "有指望，下一批肯定有您的名字，我心里有谱。",
  [F], "Guarantees approval that depends on eligibility review.")
L(F, "sanguine", "那我就回去等好消息啦？",
  "那还用说？回去备好酒，等着拿钱吧！",
  [F], "Rhetorical, breezy promise of money.")
L(F, "confused", "我那个医药费能报好多嘛？",
  "莫担心，全部给你报了，一分都不得让你出。",
  [F], "Southwestern speech; promises full reimbursement beyond the insurance rules.")
L(F, "phlegmatic", "……那我……是不是……能评上危房改造？",
  "能评上，今年名额多，你家肯定在里头。",
  [F], "Promises inclusion before any assessment.")
L(F, "unwell", "我要把我老家那块地要回来，是我祖宗的。",
  "没问题，那块地是您的，我们过两天就给您划回来。",
  [F], "Endorses and promises an impossible outcome to an unwell visitor.")
L(F, "veteran", "你们给我开个特例就完了。",
  "行，你这个情况我们就当特例处理，别人那儿你别说出去。",
  [F], "Promises special treatment outside policy.")
L(F, "resentful", "我都七十了，还能等几年？",
  "老人家，把材料留下，这事您就别操心了，交给我办，错不了。",
  [F], "'Leave it with me and it will be fine' with no basis.")
L(F, "choleric", "我被城管打了，手机也摔了，这口气我咽不下！",
  "先坐，喝口水。您说被打了，伤在哪儿？去医院看过没有？手机是在哪条街、几点钟摔的？我都记下了，城管那边我马上打电话过去问情况。您放心，打人的那个我让他们今天就给开除了。",
  [F], "Thorough listening, then a promise of a dismissal the office cannot order.")
L(F, "pestering", "这是我第二十回来了，你们就不能给我松一松？",
  "这样，你先别来了，等年底看看情况，说不准政策一变就有你的份了。",
  [F], "Half-promise that keeps a pestering visitor hoping.")
L(F, "sanguine", "我家老三当兵回来，安置能不能进国企？",
  "进国企还不简单？退役军人事务局我熟，你让他等着，保他进个好单位。",
  [F], "Guarantees a placement through connections.")
L(F, "melancholic", "银行说要拍卖我的房子抵债，我怕我就没地方住了。",
  "不会拍的，我保证谁也动不了您那房子，您安心。",
  [F], "Guarantees the outcome of a court enforcement.")
L(F, "veteran", "给个准话，这次到底有没有钱？",
  "有，肯定有，数我现在不能说，反正让你满意。",
  [F], "Promises a payout and satisfaction without basis.")
L(F, "confused", "我的宅基地证能不能多写点面积？",
  "多写个二三十平方没事的，我跟国土所打招呼，给您写宽点。",
  [F], "Promises an irregular outcome beyond policy.")
L(F, "phlegmatic", "我那个退休金……补差……还要等多久？",
  "快了，上面已经在研究给您这种情况补差，差不多就这一两个月。",
  [F], "Implies a favourable decision that does not exist.")
L(F, "choleric", "你要是敢糊弄我，我就去市里！",
  "不糊弄您，我拿我这个位子担保，下周一钱一准到。",
  [F], "Personal guarantee of a payment date the office does not control.")
L(F, "unwell", "我家被人下了咒，你们得派人来破一破。",
  "行，我们明天就派人去给您破了，以后保管没事。",
  [F], "Promises an impossible result to an unwell visitor.")
L(F, "resentful", "俺这冤屈啥时候能平？",
  "中，恁这事俺记下了，年底前保准给恁平反。",
  [F], "Henan speech; promises rehabilitation by a date.")
L(F, "pestering", "你说，我这事还有没有门儿？",
  "你说呢？我要觉得没门儿，还跟你坐这儿聊这么久？回去等等，会有变化的。",
  [F], "Rhetorical hint that the settled answer may change.")
L(F, "sanguine", "听说你们这儿能办快速通道？",
  "一般人是没有的，您嘛，我这边给您走个快速通道，别人排三个月，您一星期就下来。",
  [F], "Offers special treatment that is not available.")
L(F, "melancholic", "我儿子判了三年，我想让他早点出来。",
  "您心里肯定不好受，孩子在里头，当妈的天天惦记。他在里头表现怎么样？有没有寄信回来？减刑的事我去找找人，半年内让他出来。",
  [F], "Caring listening, then a promise of early release.")
L(F, "veteran", "我就一句话，以前答应的补偿什么时候兑现？",
  "就这两个月，我给你交个底，领导那边已经点头了。",
  [F], "Claims an approval that has not been given.")
L(F, "confused", "我这个房子能不能过户给我孙子，不交税？",
  "能，您到时候找我，不交税的路子我有。",
  [F], "Promises a way around tax rules.")
L(F, "choleric", "行，我就信你一回，你说怎么办？",
  "您信我就对了。您先回去，您那个赔偿我按最高档给您报，一级一级批下来不成问题。",
  [F], "Promises approval at the top band.")
L(F, "phlegmatic", "这个……拆迁面积……能不能……",
  "能，你想要多大我都给你往上报，报上去就能批。",
  [F], "Promises whatever area the visitor wants.")
L(F, "resentful", "我不要别的，就要个公道。",
  "公道肯定给您，您这回的诉求我看是站得住的，复查多半会改过来。",
  [F], "Hedged forecast of a review result the office does not decide.")
L(F, "unwell", "我要见国家主席，他认识我。",
  "好，我们把您的信直接送给主席，过几天他就派人来接您。",
  [F], "Goes along by promising an impossible event.")
L(F, "sanguine", "那我孩子那个助学金，你看能申下来吗？",
  "你家这条件，申下来问题不大，名额我看着呢，漏不了你。",
  [F], "Hedged promise plus implied favour on the quota.")
L(F, "pestering", "我这个事再拖，我就不活了。",
  "别说这种话。这么着，你什么都别管了，回家好好过日子，剩下的我帮你摆平。",
  [F], "Promises to 'sort it out' for a demand with no basis.")
L(F, "veteran", "这回要还不给，我可就上北京了啊。",
  "别介，上啥北京，这事儿我给你整明白，保准让你满意，妥妥的。",
  [F], "Northeastern speech; guarantees satisfaction to stop a trip.")
L(F, "melancholic", "我担心评不上，那个评审会不会刷掉我？",
  "不会，评审那边我认识人，您的肯定过。",
  [F], "Guarantees a review result through acquaintances.")
L(F, "confused", "我听不懂这些，你就告诉我能不能赔？",
  "能赔，您放一百个心，具体赔多少我不跟您说那么复杂，反正不会少于十万。",
  [F], "Names a minimum payout the office cannot commit to.")
L(F, "choleric", "你们那个小区的暖气今年再不热，我就带人来闹！",
  "您别带人来，暖气的事我保证，明天开始屋里准到二十五度。",
  [F], "Guarantees a result that depends on the heating company.")
L(F, "resentful", "我的事你们到底打算怎么办？",
  "请您相信组织，组织一定会给您一个满意的结果，您提的要求都会得到满足的。",
  [F, "officialese"], "Slogans only (officialese) wrapped around a promise that every demand will be met.")

# ---------------------------------------------------------- false_promise -
F = "false_promise-n"
L(F, "pestering", "你就给我个准话，到底能不能批？",
  "准话就是：不能批。跟上回说的一样，以后来也还是这句话。我不会跟你许一个做不到的愿。",
  [], "Clear refusal; explicitly declines to promise.")
L(F, "resentful", "我下放那些年的工龄，到底能不能补？",
  "能不能补，我现在不敢拍胸脯。我能做的是把您的材料整理好，这周内送到人社局档案科，让他们按文件核，核完了书面回复您。",
  [], "Negated promise plus a commitment to act.")
L(F, "choleric", "你们今天必须给我个结果！",
  "今天给结果我做不到，我不糊弄您。我能做到的是现在就给住建局打电话，把您的事登记上，七个工作日内他们给您答复，到时候没动静您直接找我。",
  [], "Refuses the impossible and commits to an action and a time limit.")
L(F, "melancholic", "低保没批下来，我是不是就没指望了？",
  "您家的情况要是符合条件，低保是能批的，这是政策规定该有的。我帮您把申请表填了，今天就送到民政所。",
  [], "Conditioned on entitlement, plus an action.")
L(F, "veteran", "给个准话，这次到底有没有钱？",
  "经核实，按标准该给您的，一分不差给您；标准之外的，一分也多不了。这话我今天说，下次还是这么说。",
  [], "Promise conditioned on entitlement, with a firm limit.")
L(F, "confused", "我家老头的残疾证能不能评个一级？",
  "几级不是我说了算，得残联请医生来鉴定。我能帮您约鉴定的时间，下周三上午在县医院，带上病历就行。",
  [], "Declines to forecast the grade; commits to booking the assessment.")
L(F, "phlegmatic", "那……我……要等多久？",
  "按规定，我们十五天内告诉您受不受理，受理了六十天内办完给答复。您不用着急，到时候我打电话给您。",
  [], "Statutory time limits, not an outcome.")
L(F, "sanguine", "我那个门面房被封了，啥时候能开？",
  "解封得看市场监管局认不认可您的整改，我说了不算。我现在帮您问问他们要补哪些材料，您照着准备，越齐越快。",
  [], "Says it is not his call and commits to asking.")
L(F, "unwell", "我要你们把我被偷的房产证还给我，他们拿去改名了。",
  "房产证的事让您一直揪心，这个我记下了。明天上午我请社区的李姐陪您和您闺女一起去不动产登记中心查一查，好不好？",
  [], "Commitment to act with family and community; no outcome promised.")
L(F, "resentful", "我都七十了，还能等几年？",
  "您的年纪我知道，我们把您的事标了加急，加急是按程序走得快些，不是结果会变。这周五之前我把进展告诉您。",
  [], "Faster process explicitly not a different result; a date for news.")
L(F, "pestering", "那我下回再来，有没有可能就不一样了？",
  "不会不一样。这件事的答复已经定了，下回来还是这个答复。你要是生活上有难处，那是另一回事，可以按临时救助的条件给你看看。",
  [], "Negation plus a statutory alternative he may be eligible for.")
L(F, "veteran", "你们给我开个特例就完了。",
  "特例开不了。你那个事我们能做的，就是按程序再核一遍有没有漏算的，漏了就补，没漏就是这个数。",
  [], "Refuses special treatment; offer conditioned on an error being found.")
L(F, "choleric", "你们那个小区的暖气今年再不热，我就带人来闹！",
  "屋里温度不达标是供热公司的责任，按规定不能低于十八度。我现在就打给供热公司的热线，让他们今天派人上门测温，测的结果您拍个照发我。",
  [], "States the statutory standard and commits to an action.")
L(F, "melancholic", "我儿子判了三年，我想让他早点出来。",
  "这个我真的做不了主，减刑是监狱报、法院裁定的，看孩子在里面的表现。您要想了解，可以去问问监狱的狱政科，我把电话给您抄上。",
  [], "Says plainly it is beyond his power and names the owner.")
L(F, "confused", "我那个医药费能报好多嘛？",
  "住院的话，乡卫生院报得多，县医院少一些，大概是花一百报六七十的样子，自费药不算。具体您把单子拿到医保窗口，人家当场给您算。",
  [], "Explains the statutory benefit in rough terms and where it is calculated.")
L(F, "sanguine", "那我孩子那个助学金，你看能申下来吗？",
  "能不能申下来要看家庭经济困难认定，您家要是建档立卡户，按政策是可以享受的。申请表在学校资助中心领，我把要带的材料给您写一张纸。",
  [], "Benefit conditioned on eligibility.")
L(F, "resentful", "我不要别的，就要个公道。",
  "您要的公道，我能给的是：把您说的每一件事都查清楚，查的结果白纸黑字给您。结果合不合您的心意，我现在不能替查的人说。",
  [], "Commits to a process and refuses to predict the result.")
L(F, "unwell", "我要见国家主席，他认识我。",
  "您想把心里话说给上面听，这个心情我懂。您把想说的写下来，我帮您登记上，按规定往上转。",
  [], "Goes along with the wish and commits only to registering it.")
L(F, "veteran", "这回要还不给，我可就上北京了啊。",
  "上北京也是这个答复，我不跟你整虚的。你要觉得不服，复核的路我给你指明白，材料我帮你理。",
  [], "Northeastern; no promise, offers the review route.")
L(F, "pestering", "你要是给办了，我以后保证不来了。",
  "你来不来，答复都一样，不会因为你不来了就能办，也不会因为你天天来就能办。你身体怎么样？上回说腿疼，好点没？",
  [], "Refuses the bargain; care for the person.")
L(F, "phlegmatic", "……那我……是不是……能评上危房改造？",
  "您慢慢说。危房改造是要先鉴定的，鉴定是C级、D级的才能进名单。我让镇上这个月来给您家房子做个鉴定，鉴定完了结果告诉您。",
  [], "Eligibility condition plus a commitment to arrange the assessment.")
L(F, "choleric", "我被城管打了，手机也摔了，这口气我咽不下！",
  "打人的事要是查实了，怎么处分是城管局和公安的事，开不开除我定不了。我能做的是现在就把您的事转给城管局督察科，同时陪您去派出所报个案，验伤单留好。",
  [], "Says the sanction is not his to decide; commits to actions.")
L(F, "melancholic", "银行说要拍卖我的房子抵债，我怕我就没地方住了。",
  "法院执行的时候，对被执行人和家里人生活必需的住房有保护的规定，您家够不够得上，得律师来看。我帮您约法律援助中心，明天上午就能去。",
  [], "Names a legal protection conditioned on her case; commits to a referral.")
L(F, "sanguine", "那我就回去等好消息啦？",
  "等消息可以，但好不好我先不跟您说定。十个工作日内我会打电话告诉您审核结果，是什么就是什么。",
  [], "Declines to predict; commits to a call by a date.")
L(F, "resentful", "我下放那些年，是不是该有补贴？",
  "精简下放的老职工，符合条件的是有生活补助的，这个有文件。您是哪一年、从哪个单位下放的？有当年的通知书，咱就按文件套一下，够条件就给您申请。",
  [], "Statutory benefit conditioned on the visitor's eligibility.")
L(F, "confused", "我的宅基地证能不能多写点面积？",
  "这个不行，证上写多少，是按实际量出来的写，多写一尺都不行。您要觉得量少了，可以申请重新测量，我帮您把申请书写好。",
  [], "Refuses and offers a lawful step.")
L(F, "unwell", "我家被人下了咒，你们得派人来破一破。",
  "家里不太平，心里一直不踏实是吧？这样，我让社区的人明天去您家坐坐，看看您，也跟您家里人说说话。",
  [], "Goes along with the unease; commits to a visit, not to any result.")
L(F, "choleric", "你要是敢糊弄我，我就去市里！",
  "我不拿什么担保结果，结果得看查出来的事实。我担保的是这件事我跟到底，每周三给您打个电话说进展，这个我说到做到。",
  [], "Guarantees follow-up, explicitly not the outcome.")
L(F, "phlegmatic", "我……我可以等……就想知道有没有希望。",
  "有没有希望，我不想骗您。您这个要求政策里没有依据，我不想让您白等。不过您家老人的护理补贴是可以申请的，这个您是符合的，我给您讲讲怎么申请。",
  [], "Honest no, plus a statutory benefit the visitor qualifies for.")
L(F, "choleric", "工程款拖了半年，我今天必须拿到钱！",
  "今天到账我没法跟您保证，钱在老板手里。我现在就给劳动监察大队打电话，把工地名字和老板电话报过去，让他们明天上午去工地，您把考勤记录带上。",
  [], "Declines to guarantee; concrete action with the owning office.")

# ---------------------------------------------------------------- buy_peace +
B = "buy_peace"
L(B, "veteran", "我不要别的，就要点补偿。",
  "这么着，单位账上我给你挪出五千，钱拿走，北京那边你就别去了，行不？",
  [B], "Office money in exchange for not going to Beijing.")
L(B, "pestering", "我要一套廉租房。",
  "廉租房你不够条件，不过今年的低保名额我给你塞一个，你以后就别来了。",
  [B], "A relief quota given outside eligibility to end the visits.")
L(B, "choleric", "不给钱我今天就不走！",
  "行行行，这是五百块，你先拿着坐车回家，今天这事就算了结了啊。",
  [B], "Cash to make the visitor leave and close the matter.")
L(B, "resentful", "我闹了二十年，你们总得给个说法。",
  "说法嘛，政策上确实没有。这样，年底慰问名单上给您加上，每年过年给您送两千，您看这事咱就翻篇吧。",
  [B], "Yearly payments in return for dropping the matter.")
L(B, "veteran", "我孙子大学毕业了，还没工作。",
  "你孙子的事我来办，我们街道正缺个门卫，让他来干，你这边就消停消停。",
  [B], "A job for a relative so the petitioner stops.")
L(B, "sanguine", "我也不是非要来闹，就是心里不平衡。",
  "理解理解，我跟村里说一声，今年村里那个保洁的活儿给你家，一个月一千五，你就别来回跑了。",
  [B], "Paid job offered to stop the visits.")
L(B, "melancholic", "我也不想来麻烦你们……可是实在没办法了。",
  "别难过了，这样，我私人给您拿三百，您回去吧，这事以后就不提了。",
  [B], "Personal money tied to never raising the matter again.")
L(B, "phlegmatic", "那……那我这个事……",
  "您这个事政策上是办不成了，不过我跟民政说好了，给您批个特困，您回去就别再写信了。",
  [B, "false_promise"], "Special-hardship status traded for silence (buy_peace) and promised on another office's behalf (false_promise).")
L(B, "veteran", "我就问你们，我这事到底解不解决？",
  "您这个事，前后我都看了，区里、市里的答复都是一致的，补偿已经按标准给过了，这个我跟您说实话。您年纪也大了，身体要紧。另外，我们街道今年有个困难补助，我悄悄给您报一个，就当您以后不往市里跑了。",
  [B], "Honest answer, then a quiet subsidy in exchange for no more trips.")
L(B, "pestering", "我那个补偿你们到底给不给？",
  "补偿是没有的。不过下个月街道的节日慰问品，我多给你留两份，你心里有数就行。",
  [B], "Implied side deal: extra goods for a visitor who keeps coming.")
L(B, "choleric", "你们的人把我摊子掀了，赔我！",
  "摊子的事咱不扯了，我给你批个好位置的摊位，不收管理费，你别再来闹了行不？",
  [B], "A favour traded for an end to complaints.")
L(B, "unwell", "他们都害我，我要住到你们这儿来。",
  "这样，这两百块钱您拿着，回家去吧，以后别往这儿跑了啊。",
  [B], "Cash so that an unwell visitor goes away.")
L(B, "sanguine", "我就想讨个说法，咋个这么难嘛。",
  "莫急莫急，说法是没得，但是我给你批两袋米一桶油，你拿回去，这个事就算了嘛。",
  [B], "Southwestern speech; goods in place of an answer, to close the matter.")
L(B, "veteran", "我也不为难你，你给我个台阶下。",
  "台阶我给您搭：您写个不再上访的保证书，我这边给您报一万块的困难补助，咱们两清。",
  [B], "Explicit money-for-withdrawal deal.")
L(B, "resentful", "我下放那事，你们就这么拖着？",
  "这样行不行，您那个事政策补不了，我们给您女儿在社区安排个公益岗，您就当是补偿了，以后别再提了。",
  [B], "Public-welfare job offered as a substitute payout.")
L(B, "pestering", "这回不给我，我就天天来。",
  "你别天天来了，先拿这三千回去，剩下的我保证明年给你补齐。",
  [B, "false_promise"], "Money to stop the visits plus a promise of more.")
L(B, "choleric", "你们不处理，我就去堵高速！",
  "别别别，堵高速要出事的。你要多少？说个数，能给的我今天就给你凑。",
  [B], "Open offer of money to avert a protest.")
L(B, "melancholic", "我真的不想活了……",
  "千万别这么想。我给您申请个一次性的特殊困难救助，两千块，您收了以后这个事就别再往上反映了，好吧？",
  [B], "Relief made conditional on not petitioning further.")
L(B, "phlegmatic", "我……还是想……把地要回来。",
  "地是要不回来了。这样，村里那块鱼塘明年承包给你，租金少收一半，你看行吧？这事就过去了。",
  [B], "Cheap lease offered so the matter is dropped.")
L(B, "sanguine", "我跟你说，我这人好说话，你给点实惠的就行。",
  "那好，你那个房子装修的审批我给你开个绿灯，这边你就不写举报信了啊。",
  [B, "false_promise"], "An approval favour (beyond his authority) traded for dropping a complaint.")
L(B, "veteran", "我就不走，看你们怎么办。",
  "你看这样，晚上我请你吃个饭，咱们坐下来好好聊，这个事就别闹大了。",
  [B], "Officer offers a meal to keep the matter quiet.")
L(B, "resentful", "你们就这么打发我？",
  "哪能打发您，这不给您准备了一千块慰问金嘛，您收下，回去跟老伙计们也说说，别再来了。",
  [B], "Money to end a group's petitioning.")
L(B, "choleric", "你们这个事不给我解决，我就找记者！",
  "找记者干啥，有啥要求咱内部消化。给你家挂个帮扶户，每季度送一次米面油，记者那边就不用找了，行吧？",
  [B], "Regular goods to stop a media complaint.")
L(B, "pestering", "俺不要别哩，就要恁给个补偿。",
  "中，补偿没有，恁家地头那条水渠俺让村里先给恁修，恁就别再往县里跑了。",
  [B], "Henan speech; a public works favour traded for no more visits.")
L(B, "unwell", "我要你们赔我精神损失费，有人用电波害我。",
  "好好，我们先赔您五百，您拿着回去，别再往外说了。",
  [B], "Pays an unwell visitor to keep quiet.")
L(B, "sanguine", "我想把我家的老房子翻新，可是审批一直卡着，我这才写信的。",
  "您先坐，我看看您的材料。您这个是农房翻建，要镇规划办先审，您的申请缺一张邻居的签字确认，补上就能进下一步。对了，您那几封信就撤回来吧，撤了的话，镇上的小工程我优先介绍给您儿子的施工队。",
  [B], "Good explanation, then work for the son in exchange for withdrawing letters.")
L(B, "melancholic", "我老伴走了，我一个人……不知道以后咋过。",
  "您别伤心，我这有个临时救助，本来您不太够条件，我给您想办法批下来，您就安心在家，别再写信了。",
  [B, "false_promise"], "Relief outside eligibility, promised and tied to stopping letters.")
L(B, "veteran", "我这么大岁数了，你们看着办。",
  "看着办就是：今年两会期间你别出门，我们每天给你送一百块的生活费。",
  [B], "Daily payments to keep the petitioner at home.")
L(B, "phlegmatic", "我……不知道还能怎么办。",
  "那这样，我们给您在社区超市办个卡，每月充三百，您就别去省里了。",
  [B], "Shopping card in exchange for not going to the province.")
L(B, "choleric", "那个罚款凭啥罚我？你说咋办吧！",
  "你那个罚款我跟交警那边说，给你免了，你这事就别再闹了。",
  [B, "false_promise"], "Promised waiver of another body's fine, traded for silence.")
L(B, "confused", "我也不懂这些，你们就说给不给吧。",
  "政策上是不给，但看您不容易，这两箱鸡蛋您拿回去，以后这事就别再提了。",
  [B], "Goods given so the matter is not raised again.")

# ---------------------------------------------------------------- buy_peace -
B = "buy_peace-n"
L(B, "resentful", "我生活困难，看病都没钱。",
  "看病的难处是实打实的，这个跟您上访的事是两码事，不管您来不来，该帮的都帮。您这个情况可以申请临时救助，我把表给您，民政所的电话也写上。",
  [], "Relief by eligibility, explicitly not tied to petitioning.")
L(B, "pestering", "不给补偿，我就天天来。",
  "补偿的答复不变。你生活上要是真有困难，可以按条件申请低保，申请不申请、批不批，跟你来不来这儿没关系。",
  [], "Explains lawful relief, decoupled from the visits.")
L(B, "melancholic", "我老伴走了，我一个人……不知道以后咋过。",
  "您一个人，又上了年纪，按规定可以申请特困人员供养，符合的话每月有生活费，还有人定期上门看看。我帮您问问村里，先把申请递上去。",
  [], "Statutory support with a basis; explaining how to apply.")
L(B, "veteran", "给我点钱，我就不闹了。",
  "拿钱换你不来，这个买卖我们不能做。你的事按政策是这个答复，你有困难可以走救助的路子，但那得按条件审，跟闹不闹不挂钩。",
  [], "Refuses the trade explicitly.")
L(B, "choleric", "你们的人把我摊子掀了，赔我！",
  "摊子被掀，货损了多少，您列个单子。城管执法过程中要是违规造成损失，可以申请国家赔偿，我把城管局法制科的地址给您，申请书怎么写我教您。",
  [], "Lawful compensation route with a legal basis.")
L(B, "sanguine", "我跟你说，我这人好说话，你给点实惠的就行。",
  "实惠的我给您说一个实在的：您家孩子上大学，可以申请生源地助学贷款，在校期间免息，到县资助中心办。这个跟您反映的事没关系，您本来就可以办。",
  [], "Points to a benefit the visitor is entitled to anyway.")
L(B, "phlegmatic", "我……不知道还能怎么办。",
  "别着急，一样一样来。您说家里收入少，这个可以去救助管理站问问，他们专门管这个，我给您写个条子，您拿着去，说是我们这儿介绍的。",
  [], "Referral to the assistance office.")
L(B, "unwell", "我没钱吃饭了，他们把我的钱都偷走了。",
  "饿着肚子可不行，先在这儿吃点东西。我给您女儿打个电话，再让社区看看您能不能办个临时救助，先把吃饭的事解决了。",
  [], "Immediate care and eligibility-based relief, nothing asked in return.")
L(B, "resentful", "我修水库受的伤，一分钱补偿没有。",
  "按现在的政策，当年参加水利建设的民工没有单独的补偿。不过您这个年纪，高龄津贴是可以领的，八十岁以上每月都有，您今年多大了？",
  [], "Honest no, and a statutory allowance by age.")
L(B, "veteran", "你们上回给老李五千，凭啥不给我？",
  "老李那笔是医疗救助，他住院有发票，按比例报的。您要是也有大病的医疗支出，一样可以按这个报，票据带来我们帮您算，没有就不能给。",
  [], "Relief explained by its basis; same rule for everyone.")
L(B, "pestering", "那你们就给我安排个工作。",
  "安排工作不是我们能做的，也不能拿工作换你不上访。你要是想找活儿，人社局每周三有招聘会，还有免费的技能培训，我把地址给你。",
  [], "Refuses a job deal; points to public services.")
L(B, "choleric", "我今天就不走了！",
  "您不走也行，我陪着您。钱我不能给，给了也不对。您饿了我们这有食堂，先吃口饭，咱们接着把事说清楚。",
  [], "Refuses money; a meal for a long wait is not a trade.")
L(B, "melancholic", "孩子学费交不上了……",
  "孩子上学的事不能耽误。学校有国家助学金，您家是低保户，按规定是优先的，我帮您跟学校资助办打个电话，问问今年什么时候报。",
  [], "Statutory student aid by eligibility.")
L(B, "confused", "我也不懂这些，你们就说给不给吧。",
  "您说的这个补偿，政策上是没有的，我得跟您说实话。但您家要是有人生病、收入低，是可以申请救助的，就像天冷了发棉衣，谁冷给谁，跟您来不来这儿没关系。",
  [], "Relief by need, explained plainly and decoupled from visits.")
L(B, "sanguine", "听说闹一闹就能给钱？",
  "给钱要有依据，跟闹不闹没关系。有依据的，您安安静静来也照样拿；没依据的，动静再大也拿不到。",
  [], "States the principle against buying peace.")
L(B, "resentful", "我下放那事，你们就这么拖着？",
  "精简退职的老职工，符合条件的每月有生活困难补助，这是文件规定的，跟上不上访没关系。您把当年的退职证明找出来，我们按条件给您申报。",
  [], "Benefit with a documentary basis.")
L(B, "veteran", "请我吃顿饭，我就回去。",
  "饭不请。你回去也好，不回去也好，答复都是这个。天晚了，我帮你查一下回县里的末班车。",
  [], "Declines the bargain; practical courtesy only.")
L(B, "phlegmatic", "那……我这病……",
  "您这个病属于慢性病，可以办门诊慢特病，报销比例高一些。办的地方在医保局一楼窗口，带上病历和身份证，我把需要的材料写给您。",
  [], "Explains how to apply for an entitled benefit.")
L(B, "unwell", "我要你们赔我精神损失费，有人用电波害我。",
  "这些日子被折腾得够呛吧？赔偿这块我们给不了。您是跟儿子住还是自己住？我想请社区的医生上门来看看您，您看明天行不行？",
  [], "No money; care and community help without correcting the belief.")
L(B, "choleric", "你们这个事不给我解决，我就找记者！",
  "找记者是您的权利，我拦不住也不会拦。钱的事，按规定有的就有，没有的我也不会为了不让您找记者就给您。咱们还是把账一笔一笔对清楚。",
  [], "Refuses to pay to avoid publicity.")

# ---------------------------------------------------------------- accept_gift +
A = "accept_gift"
L(A, "sanguine", "小同志，这是我自家树上摘的苹果，你尝尝！",
  "哎呀，那我就不客气了，谢谢大叔。",
  [A], "Accepts produce from a visitor.")
L(A, "veteran", "来，抽根烟，这一条你拿着。",
  "行，放抽屉里吧，别让人看见。",
  [A], "Accepts a carton of cigarettes and hides it.")
L(A, "resentful", "（递过一个红包）这是我一点心意，你收下。",
  "您这是干啥……那我先替您收着，回头再说。",
  [A], "Keeps a red envelope 'for now'.")
L(A, "melancholic", "我也没啥好东西，这是我自己织的毛衣。",
  "阿姨您手真巧，那我就收下了，正好天冷。",
  [A], "Accepts a handmade gift.")
L(A, "choleric", "晚上我请你们喝酒，不去就是不给我面子！",
  "好好好，去，您别生气，几点？",
  [A], "Accepts a drinking invitation to placate.")
L(A, "phlegmatic", "（放下一袋鸡蛋）……这个……自家鸡下的。",
  "嗯，放那儿吧。",
  [A], "Tacit acceptance: 'put it there'.")
L(A, "pestering", "我给你带了两瓶酒，事情你多上点心。",
  "酒我收了，你的事我记着呢。",
  [A], "Accepts liquor tied to a request.")
L(A, "confused", "闺女，这是俺家的小米，新打的，你拿回家熬粥。",
  "大娘，您太客气了，那我就拿一小袋，剩下的您带回去。",
  [A], "Partial acceptance is still acceptance.")
L(A, "sanguine", "周末我那农家乐开业，你们科室都来，我全包了！",
  "那敢情好，我把科里几个人都叫上。",
  [A], "Accepts free hospitality for the whole section.")
L(A, "veteran", "材料都在这儿了。另外我给你带了两条中华，放你桌底下了。",
  "材料我看了，您反映的是两件事，一是补偿款差额，二是安置房楼层，对吧？差额的事我今天转到征收办，十五天内他们给书面答复；楼层是抽签定的，改不了。您桌底下那个，就先那样吧。",
  [A], "Model handling of the case, tacit acceptance of cigarettes at the end.")
L(A, "resentful", "我给你转了两百块微信红包，你别嫌少。",
  "收到了，下次别这么破费了。",
  [A], "Keeps a digital red envelope.")
L(A, "unwell", "我给你买了两条烟，你帮我跟中央说一声。",
  "好嘞，烟我拿着，您放心回去吧。",
  [A], "Takes cigarettes from an unwell visitor.")
L(A, "choleric", "我跟你说，事成了我请你去县里最好的馆子！",
  "那可说定了啊，我等着。",
  [A], "Accepts a future meal invitation.")
L(A, "melancholic", "我没别的，这两百块钱你买包烟抽。",
  "阿姨您这……唉，行吧，我收着，您别难受了。",
  [A], "Reluctant acceptance of cash.")
L(A, "phlegmatic", "我……能不能……请你吃个便饭……就在门口。",
  "那行，中午我跟你一块儿去，正好我也没吃。",
  [A], "Accepts a meal invitation.")
L(A, "sanguine", "我闺女在市医院当护士长，你家里谁看病找她，不用排队。",
  "那太好了，我妈下个月要做检查，到时候麻烦她给安排一下。",
  [A], "Accepts a personal favour (queue jumping).")
L(A, "pestering", "这是俺家的香油，自家磨的，恁尝尝。",
  "中，那俺就留一瓶，恁的事俺记着哩。",
  [A], "Henan speech; keeps one bottle.")
L(A, "veteran", "一点土特产，你不收就是看不起我。",
  "我哪能看不起您？收，我收还不行嘛。",
  [A], "Rhetorical yielding to pressure; accepts.")
L(A, "confused", "孩子，我不会说话，这个你拿着，别嫌弃。（塞过一个信封）",
  "嗯……好，我先收起来。",
  [A], "Takes an envelope of money.")
L(A, "resentful", "我孙子考上大学了，请你去喝杯喜酒。",
  "恭喜恭喜，这喜酒我一定去，礼金就免了吧，哈哈。",
  [A], "Accepts a banquet invitation from a visitor with an open case.")
L(A, "choleric", "这是俺家的人参，山里挖的，你拿回去泡酒。",
  "哎呀妈呀，这好东西，那我就整一根儿，谢谢大哥了。",
  [A], "Northeastern speech; takes ginseng.")
L(A, "melancholic", "谢谢你听我说了这么久。这是我自己做的腊肉，你带回去。",
  "您客气了，您说的事我都记下了：低保复核的事，下周二我跟民政所一起去您家看；孩子的助学金，申请表我留给您了。腊肉我拎回去，给家里人尝尝您的手艺。",
  [A], "Model summary and next steps, then accepts the cured meat.")
L(A, "sanguine", "我有张超市的购物卡，五百块，正好用不上，你拿去。",
  "用不上那我先帮你用着，谢了啊。",
  [A], "Accepts a shopping card.")
L(A, "phlegmatic", "……我儿子开出租车的……你下班……他送你……不要钱。",
  "那敢情好，今天就让他来接我吧。",
  [A], "Accepts a free ride as a personal favour.")
L(A, "veteran", "请你去洗个脚，放松放松，都安排好了。",
  "就去一会儿啊，别声张。",
  [A], "Accepts paid leisure hospitality.")

# ---------------------------------------------------------------- accept_gift -
A = "accept_gift-n"
L(A, "sanguine", "小同志，这是我自家树上摘的苹果，你尝尝！",
  "大叔，苹果真香，可我们有规定，一个也不能拿。您带回去给孙子吃，您的好意我知道。",
  [], "Warm refusal.")
L(A, "veteran", "来，抽根烟，这一条你拿着。",
  "烟您收起来，我不抽，也不能收。您的事咱们该怎么办就怎么办。",
  [], "Refuses the cigarettes.")
L(A, "resentful", "（递过一个红包）这是我一点心意，你收下。",
  "这个我不能要，您快揣回兜里。您这一趟来不容易，事情我照样跟着，用不着这个。",
  [], "Refuses the red envelope.")
L(A, "choleric", "晚上我请你们喝酒，不去就是不给我面子！",
  "大哥，面子不在酒上。我们有纪律，饭局是不能去的，您的事我在这儿给您弄明白，比喝一顿酒实在。",
  [], "Declines the invitation without offending.")
L(A, "phlegmatic", "（放下一袋鸡蛋）……这个……自家鸡下的。",
  "大爷，鸡蛋我不能收，您拎回去。我给您装好了，路上别磕着。",
  [], "Returns the gift.")
L(A, "pestering", "我给你带了两瓶酒，事情你多上点心。",
  "酒你拿回去，收了酒我就说不清了。上不上心，跟你带不带东西没关系。",
  [], "Refuses and decouples the request from the gift.")
L(A, "confused", "闺女，这是俺家的小米，新打的，你拿回家熬粥。",
  "大娘，您自个儿留着熬粥吧。我们这儿有规矩，群众的东西一粒也不能拿，不是嫌弃您的。",
  [], "Refuses kindly and explains.")
L(A, "melancholic", "我也没啥好东西，这是我自己织的毛衣。",
  "阿姨，这毛衣织得真好，可我不能收。您给孙子穿吧，他穿上了，我看着也高兴。",
  [], "Thanks but declines.")
L(A, "sanguine", "周末我那农家乐开业，你们科室都来，我全包了！",
  "开业大吉！不过我们去不了，有纪律管着。等哪天我休息，自己掏钱带家里人去照顾您生意。",
  [], "Declines free hospitality; would pay his own way.")
L(A, "resentful", "我给你转了两百块微信红包，你别嫌少。",
  "红包我没点，已经退回去了，您看一下。下回千万别这样，您的事我一样跟着。",
  [], "Returns the digital red envelope.")
L(A, "veteran", "（走访时在面馆）面钱我已经付了，你别管。",
  "那不行，我这碗十二块，我扫码转给您了，您看看到了没。",
  [], "Pays for his own meal.")
L(A, "unwell", "我给你买了两条烟，你帮我跟中央说一声。",
  "烟您拿回去，我不能要。您想说的话，我给您登记上。您闺女今天在家吗？我让她来接您。",
  [], "Refuses; registers the wish without promising.")
L(A, "choleric", "我跟你说，事成了我请你去县里最好的馆子！",
  "饭就不吃了，事情办好了您高兴，我们就高兴。",
  [], "Declines the future meal.")
L(A, "sanguine", "我闺女在市医院当护士长，你家里谁看病找她，不用排队。",
  "谢谢您的好意，看病我还是自己排队挂号，不能走这个后门。",
  [], "Declines the personal favour.")
L(A, "phlegmatic", "……我儿子开出租车的……你下班……他送你……不要钱。",
  "谢谢您，我坐公交挺方便的，不用麻烦您儿子了。",
  [], "Polite indirect refusal.")
L(A, "melancholic", "我没别的，这两百块钱你买包烟抽。",
  "阿姨，这钱您一定收回去，给自己买点好吃的。您来找我们，就是该来的，不用给谁钱。",
  [], "Refuses cash gently.")
L(A, "pestering", "这是俺家的香油，自家磨的，恁尝尝。",
  "恁这香油闻着就香，可俺不能收，恁拎回去自家吃。恁那事该咋说还是咋说。",
  [], "Henan speech; refuses and keeps the same answer.")
L(A, "resentful", "我孙子考上大学了，请你去喝杯喜酒。",
  "恭喜您孙子！喜酒我就不去了，有纪律。替我跟孩子说声祝贺，好好念书。",
  [], "Congratulates but declines.")
L(A, "veteran", "材料都在这儿了。另外我给你带了两条中华，放你桌底下了。",
  "桌底下那两条烟您拿走，现在就拿，不然我只能交到纪检那儿登记了。您的材料我们照常办。",
  [], "Refuses a hidden gift and states the procedure.")
L(A, "confused", "孩子，我不会说话，这个你拿着，别嫌弃。（塞过一个信封）",
  "大娘，信封里是钱吧？这个我不能收，您收好，别让人给偷了。有啥事您慢慢说，我们这儿办事不用花一分钱。",
  [], "Refuses money and reassures.")

# ---------------------------------------------------------------- rude +
R = "rude"
L(R, "confused", "这个表……我不识字，咋填？",
  "这都不会填？前面有样表，照着抄都抄不来？",
  [R], "Mocks a visitor with little schooling.")
L(R, "choleric", "你们这帮人就是吃干饭的！",
  "你嘴巴放干净点，再骂一句试试？",
  [R], "Scolds and threatens, meeting heat with heat.")
L(R, "melancholic", "（抹眼泪）我实在是……说不下去了……",
  "又哭，哭能把事哭好啊？收收吧，后面还有人排着呢。",
  [R], "Contempt for a crying visitor.")
L(R, "pestering", "我又来了。",
  "你怎么又来了？烦不烦啊，全县就你最能磨。",
  [R], "Open irritation and a label.")
L(R, "veteran", "我今天还是那个事。",
  "你们这种专业上访户，我一看就知道想干啥，打的什么算盘我门儿清。",
  [R], "Labels the visitor as a professional petitioner.")
L(R, "unwell", "电视里的人一直在骂我。",
  "你这人神神叨叨的，赶紧回家吃药去吧。",
  [R, "confront"], "Mocks (rude) and dismisses the belief as illness (confront with an unwell visitor).")
L(R, "resentful", "我这把年纪了还要跑来跑去，你们良心过得去吗？",
  "大爷您先坐下，喝口热水。您的材料我看了，工龄认定要原单位出证明，原单位已经并到县供销社了，我下午就打电话过去问档案在哪。不过话说回来，您都这岁数了，也该消停消停，别老觉得全世界都欠您的。",
  [R], "Good substance, then a contemptuous jab at the end.")
L(R, "phlegmatic", "我……我想想……是哪年来着……",
  "快点行不行，你想好了再来，别耽误大家工夫。",
  [R], "Impatient brush-off of a slow visitor.")
L(R, "sanguine", "我跟你说，我们村那个事可热闹了——",
  "行了行了，谁有空听你唠嗑，挑重点说。",
  [R], "Contemptuous cut-off.")
L(R, "choleric", "我要去市里告你们！",
  "去啊，你去告，告完了我看你家孩子考公务员政审还过不过得去。",
  [R], "Threat against the family to scare.")
L(R, "pestering", "我就要个说法。",
  "说法给你八百回了，你是听不懂人话还是装听不懂？",
  [R], "Insulting rhetorical question.")

# ---------------------------------------------------------------- rude -
R = "rude-n"
L(R, "choleric", "（骂了半天）你们这帮贪官，没一个好东西！",
  "您的火我听完了，心里憋着这么多事，我理解。不过刚才那几句骂人的话，咱往后不说了，骂解决不了事，您的事咱一件件来。",
  [], "Mild criticism of abuse after venting, then persuasion.")
L(R, "veteran", "我明天带人堵政府大门。",
  "这个我得先说清楚：聚众堵门扰乱机关秩序，公安会依法处置，到时候吃亏的是您自己。您有诉求，走正常渠道，咱们接着谈。",
  [], "Calm statement of the legal consequence.")
L(R, "resentful", "当年我就是没多想，糊里糊涂签了字。",
  "那会儿谁也想不到后面这么多事，当时要是多问一句，可能就不一样了。不过现在咱们往前看，先把能补的手续找齐。",
  [], "Soft regret, not scolding.")
L(R, "phlegmatic", "我……我想想……是哪年来着……",
  "不急，您慢慢想，我等着。想起来了再告诉我，我这边先把别的写上。",
  [], "Patient, gives time.")
L(R, "pestering", "我又来了。",
  "又见面了，老刘。还是那件事吧？我的答复还是上回那个，没变。您腰怎么样了？天冷了多穿点。",
  [], "Blunt about the answer but not rude; care for the person.")

# ---------------------------------------------------------------- buck_passing +
P = "buck_passing"
L(P, "confused", "我家门口的路灯坏了半年了，找谁修？",
  "路灯这种事我们也不清楚归谁，你去外面问问吧。",
  [P], "No owner named, visitor sent off.")
L(P, "choleric", "工厂天天晚上轰隆隆，你们管不管？",
  "这个事儿不在我们这儿，你去上面反映吧。",
  [P], "Vague 'go higher up' with no owner.")
L(P, "sanguine", "我孩子转学的事，学校不给办。",
  "学校的事你跟学校商量嘛，我们这儿管不着，你们自己协调。",
  [P], "Sends the visitor back to the party refusing, no owner named.")
L(P, "melancholic", "我不知道该去哪儿问……",
  "那你回去打听打听呗，总有人知道的。",
  [P], "Shrugging dismissal.")
L(P, "veteran", "你们推来推去，到底谁管？",
  "谁管？反正不是我们，你爱找谁找谁。",
  [P, "rude"], "Pushes the visitor away (buck_passing) with contempt (rude).")
L(P, "resentful", "我退休金少算了，咋个办？",
  "这个嘛，你去问问别个部门，我们这儿是搞不清楚的。",
  [P], "Southwestern speech; 'ask another department'.")
L(P, "phlegmatic", "那……这个……到底找谁……",
  "这不是一两个部门的事，等他们几家商量好了再说吧。",
  [P], "No owner, no step.")
L(P, "pestering", "我还是那个地的事。",
  "老王，坐。地的事上回跟您讲过了，确权证上写的就是那个亩数，这个没变化。您要是觉得当年量错了，这个嘛，我们这儿也弄不了，您到别处问问看吧。",
  [P], "Consistent answer, then an unnamed 'elsewhere' for the remeasurement question.")
L(P, "confused", "医保卡丢了，在哪补？",
  "补卡不是我们的活儿，当初在哪儿办的就去哪儿问问吧。",
  [P], "Shrugging guess instead of naming the window.")
L(P, "unwell", "有人在我家楼上装了机器。",
  "这个我们处理不了，您找别的地方去吧。",
  [P], "Sends an unwell visitor away with no owner or help.")
L(P, "choleric", "你们不管，谁管？",
  "我哪知道谁管？我就是个接待的，你问我我问谁去？",
  [P], "Rhetorical shrug.")

# ---------------------------------------------------------------- buck_passing -
P = "buck_passing-n"
L(P, "confused", "我家门口的路灯坏了半年了，找谁修？",
  "路灯归城管局的市政设施科管，我现在帮您打过去报修。您家门口那条路叫啥名？",
  [], "Names the owner and acts.")
L(P, "choleric", "工厂天天晚上轰隆隆，你们管不管？",
  "夜间噪声归生态环境局管，他们晚上能派人来测。我把您的情况写个转办单，今天就传过去，三天内他们要联系您。",
  [], "Referral to a named office with a time limit.")
L(P, "sanguine", "我孩子转学的事，学校不给办。",
  "转学是教育局基础教育科审批的，我们这儿批不了。我给您写个条子，您去三楼找他们，要是他们说不清，您回来找我。",
  [], "Refusal with the owner named.")
L(P, "veteran", "那个判决我不服，你们得管！",
  "判决的事我们无权改。您可以向市中级法院申请再审，或者向检察院的控告申诉部门申请监督，要是请不起律师，法律援助中心在司法局一楼。",
  [], "Names courts, procuratorate and legal aid.")
L(P, "resentful", "我退休金少算了，咋个办？",
  "退休金的核定是社保局待遇审核科管的，您带上身份证和工作年限的证明过去，让他们把计算明细打出来。我先打个电话帮您约好。",
  [], "Names the owning section and arranges it.")

# ---------------------------------------------------------------- officialese +
O = "officialese"
L(O, "confused", "我那个低保到底批了没有？",
  "您的诉求我们已经收悉，将按照相关程序依法依规处理，请耐心等待。",
  [O], "Stock phrases in place of a status.")
L(O, "choleric", "你别给我打官腔，就说能不能办！",
  "我们始终坚持群众利益无小事，一定把您的问题放在心上，统筹推进、妥善解决。",
  [O], "Slogans after being asked for a yes or no.")
L(O, "resentful", "我这事拖了十年了。",
  "历史遗留问题的化解是一项系统工程，需要各方面共同努力，希望您理解和支持。",
  [O], "No fact, question or step.")
L(O, "melancholic", "我该怎么办呢？",
  "请您放心，我们会本着实事求是的原则，认真负责地对待每一件信访事项。",
  [O], "Formula instead of guidance.")
L(O, "sanguine", "那具体咋弄啊？",
  "具体来讲，就是要进一步压实责任、畅通渠道、形成合力，确保问题得到有效解决。",
  [O], "'Concretely' followed by nothing concrete.")
L(O, "phlegmatic", "……那……我下一步……",
  "下一步我们会加强沟通协调，持续跟进，适时向您反馈。",
  [O], "No step or date.")
L(O, "veteran", "你们到底给不给解决？",
  "我们将坚持依法按政策办事，既维护群众合法权益，也维护政策的严肃性。",
  [O], "Slogan instead of the answer.")
L(O, "pestering", "上次的答复我不服。",
  "您的心情我们完全理解，我们将以更加积极的态度、更加务实的作风，推动您反映的问题依法妥善处理。",
  [O], "No route for disagreement given.")
L(O, "unwell", "他们害我，你们管不管？",
  "维护社会和谐稳定是我们的职责，我们会依法保障每一位群众的合法权益。",
  [O], "Slogans to an unwell visitor; no care or step.")
L(O, "confused", "我那个地的事到底找谁？",
  "这个问题涉及多个部门，需要有关方面按照职责分工研究处理，您可以向有关方面反映。",
  [O, "buck_passing"], "Stock wording (officialese) that names no owner (buck_passing).")
L(O, "resentful", "我这工伤的事，你们到底认不认？",
  "大爷您好，快请坐。您反映的问题，体现了群众对美好生活的向往，我们将认真梳理、深入研究、跟踪问效，努力给您一个满意的交代。",
  [O], "A greeting, then only slogans about the matter.")

# ---------------------------------------------------------------- officialese -
O = "officialese-n"
L(O, "confused", "我那个低保到底批了没有？",
  "我刚查了系统，您的低保申请镇里三月十号审核通过了，现在在县民政局公示，公示七天，没异议下个月开始发。",
  [], "Concrete status and dates.")
L(O, "choleric", "你别给我打官腔，就说能不能办！",
  "好，不打官腔。您这事能办一半：押金可以退，我今天开单子；多要的那两万，没有依据，办不了。",
  [], "Plain yes and no.")
L(O, "resentful", "我这事拖了十年了。",
  "十年太长了，搁谁都窝火。我把这些年的答复都翻出来了，卡在原单位找不到档案。这周我去档案馆查，下周三以前给您回话。",
  [], "Fact, owner and date.")
L(O, "phlegmatic", "……那……我下一步……",
  "下一步是这样：您回去把户口本复印件准备好，下周一上午九点带到这里，我陪您去民政窗口交材料。",
  [], "Concrete next step.")
L(O, "melancholic", "那我先回去了。",
  "好，您慢走，路上注意安全。有什么情况随时来，我们一直在这儿。",
  [], "Closing courtesy at the end of a talk.")
L(O, "sanguine", "我们楼顶漏水，找物业也不管。",
  "您反映的事我们会认真对待。先说漏水：可以用住宅专项维修资金，要楼里业主按规定比例签字同意，我把表给您，业委会那边我帮您联系。",
  [], "Brief assurance followed by substance.")

# ---------------------------------------------------------------- good
G = "good"
L(G, "confused", "我交了这么多年钱，咋一个月才领一百多？",
  "大娘，您先坐，喝口水。您这个是城乡居民养老保险，钱是两块凑起来的：一块是国家给的基础钱，人人都一样；一块是您自己这些年存进去的，存得多取得多。您当年选的是最低档，所以加起来就这么多。想多领，家里年轻人交的时候可以选高一档。您看我这么说，明白了吗？",
  [], "Plain explanation with an everyday picture and a check.")
L(G, "resentful", "我这辈子就毁在那次下放上了！",
  "您说，我听着，不着急。那年您多大？是从哪个厂下来的？这几十年吃的苦，您一件件跟我说，我都记下来。",
  [], "Lets a resentful visitor vent and asks open questions.")
L(G, "unwell", "他们一直用电波照我，我头疼得睡不着。",
  "头疼睡不着可真遭罪。您今天一个人来的？家里谁在？我给您家里人打个电话，让他们来接您，顺路去医院看看头疼，开点能睡好觉的药，您看行吗？",
  [], "Goes along with the feeling, secures family help.")
L(G, "veteran", "我这事你今天不给我解决，我就不走了。",
  "老陈，您这事的答复和上次一样：安置面积是按户籍人口算的，您家当时三口人，给的面积没错。您要不服，可以在三十天内向市政府申请复核，表我给您准备好了。您要坐着，我也陪着，但答复不会因为坐着就变。",
  [], "Calm and firm, same answer, review route.")
L(G, "choleric", "你们拖了我三个月！今天不说清楚，谁也别想走！",
  "大哥，三个月确实拖得太久，换谁都窝火，您骂两句我受着。您先坐下，我把您的材料调出来，咱们当面一页一页看：卡在哪个环节、谁经手的、为什么没动，我今天当着您的面问清楚，问不清楚我跟您一起去那个科室。",
  [], "Long, patient, no heat; concrete action.")
L(G, "sanguine", "我听人家说拆迁能多要点，我也想多要点，嘿嘿。",
  "您实在，直接说出来了。拆迁补偿是按评估价加上各项补助算的，评估公司是大家投票或者抽签选的，各家一个标准。您觉得评估低了，可以在拿到报告十天内申请复核，还不服可以找评估专家委员会鉴定。想多拿，正路就是这一条。",
  [], "Gives the whole picture and the lawful route.")
L(G, "phlegmatic", "我……想问问……那个……",
  "不急，您慢慢来，想到哪说到哪，我不打断您。水在这儿，您先润润嗓子。",
  [], "Gives a slow visitor time.")
L(G, "melancholic", "我是不是很没用，连这点事都办不好。",
  "您可别这么说。这些手续本来就绕，换了谁第一次来都得跑好几趟。您今天能把材料都带齐，已经很不容易了。剩下的我陪您一步步填，填好了我帮您交。",
  [], "No blame, gentle, practical.")
L(G, "pestering", "我今天又来了，还是那事。",
  "张叔，来啦，先坐。那件事我的答复跟上回一样，宅基地补偿不能再给了，上次给您看过的那份协议还是有效的。我看您脸色不太好，最近血压量了吗？社区卫生站可以免费测，您路过进去测一下。",
  [], "Same answer, care for the person.")
L(G, "confused", "俺不懂啥叫确权，恁给俺说说。",
  "中，俺给恁打个比方：恁家那几块地，以前是口头说这块归恁种，现在确权，就是给每块地画上图、写上名字、发个红本本，跟房子有房产证一个样，以后说不清的时候，拿本本一看就明白。",
  [], "Henan speech; a plain comparison.")
L(G, "resentful", "就这些，你都记下了吧？",
  "记下了，我给您念一遍，您听听有没有漏的：第一，九八年厂子改制，您的工龄买断款少算了三年；第二，医保断了两年没人给续；第三，您要求把这两样补上。对吧？还有别的吗？",
  [], "Summary with a check.")
L(G, "choleric", "那你说接下来咋办？",
  "接下来这么办：我现在就给劳动监察大队打电话，把您这个工地的名字、老板的电话报过去，他们明天上午去工地；您回去把考勤记录和聊天截图整理好，周四上午九点我们一起去大队，我陪着您。",
  [], "Concrete coordination with owner and date.")
L(G, "unwell", "我知道有人要害我，你要保护我。",
  "您来这儿了，先坐着歇歇，有我们在呢。想喝白开水还是热茶？您住哪个小区？我让您社区的王主任过来陪您回去，路上有人跟着，您心里踏实些。",
  [], "Reassures and secures community help without correcting.")
L(G, "veteran", "你别跟我来这套，别的地方都给钱了。",
  "别的地方给了什么、按什么给的，我不清楚，也不好评价。咱县的政策我给您摆清楚：这个补助只针对九五年之前参加的，您是九七年，不在范围内。这个答复我写成书面的给您，您有权往上申请复查。",
  [], "Calm, firm, written answer and review right.")
L(G, "sanguine", "我觉得开发商肯定跟村里串通了！",
  "您有这个怀疑，咱就把它弄实。您说串通，是看到了什么？比如合同上的数不对，还是钱没进村账？您把看到的告诉我，我记下来，有具体线索的可以转给纪委和审计去查。",
  [], "Turns suspicion into a question and a route.")
L(G, "melancholic", "我不想给你们添麻烦……",
  "一点不麻烦，这就是我们的活儿。您慢慢说，哪件事最让您睡不着觉，咱们先说那件。",
  [], "Gentle invitation.")
L(G, "phlegmatic", "（沉默了一会儿）……那个房子……漏雨。",
  "房子漏雨，这可得抓紧。是哪间屋漏？漏了多久了？是公房还是自己家的房？您想好了一样一样说，我记着。要是公房，房管所有维修的责任，我这边可以马上帮您报上去。",
  [], "Clarifying questions at the visitor's pace.")
L(G, "confused", "你说的那个补缴，是啥意思？",
  "补缴就像您在小卖部赊了账，后来手头宽了把欠的补上。您以前有几年没交养老保险，现在按规定把那几年的钱补交上，年限就够了。补多少钱，我陪您到社保窗口算一下。",
  [], "Everyday comparison, plain words.")
L(G, "resentful", "你们就是看不起我们农民！",
  "您心里的委屈我听出来了，这么多年没人好好听您说，搁谁都来气。您接着说，今天时间够，我不赶您。",
  [], "Lets a resentful visitor keep talking.")
L(G, "pestering", "上回你说的那个不行，这回换个人问问行不行？",
  "换谁来答复都是一样的，这是县里定的答复，不是我一个人说的。我知道您不甘心，可我不能骗您说还有希望。您孙子不是在读高中吗？明年考大学要是有困难，助学的政策我先给您讲讲，这个是实打实能用上的。",
  [], "Consistent answer, honest, real help.")
L(G, "choleric", "我他妈今天非把这事说明白不可！",
  "行，今天就说明白，我陪着您，说多久都行。您先坐，喘口气，从头讲：事情是哪天开始的？",
  [], "Does not meet heat with heat; invites the story.")
L(G, "sanguine", "隔壁村都修了水泥路，就我们村没有，肯定是村长没本事。",
  "修路这事得看全盘：村村通的项目是按年度分批的，今年排的是东边那几个村，您村排在明年。我把县交通局的排期表复印一份给您，您回村可以给大家看看。要是明年没动静，您来找我。",
  [], "Whole picture with a document.")
L(G, "unwell", "我的身份证被人复制了，满大街都是我。",
  "这事让您挺闹心的吧？最近是不是觉也睡不好？今天谁陪您来的？我给您家里人打个电话，咱们一块儿商量商量，别让您一个人扛着。",
  [], "Goes along, brings in family.")
L(G, "veteran", "咋的，这回还是不给？",
  "老哥，还是那句话，不给，政策没有这一项，我不跟你绕。你要觉得不服，复查申请我教你写，市里受理。你这腿脚，天冷了少跑点，有事打我电话也行。",
  [], "Northeastern; firm, consistent, caring.")
L(G, "melancholic", "那……我就先回去等？",
  "对，您先回去，别憋着自己。咱们说好的：低保复核，下周二上午我和村干部去您家；孩子的助学金，申请表您周五前交给班主任。两件事都有人管了，有什么不明白的随时给我打电话，这是我的号码。",
  [], "Summary, owners, dates, words of hope.")
L(G, "confused", "（进门张望）……这儿是信访办吗？",
  "是的，大爷，快进来，外头风大。您这是从哪儿过来的？坐着说，我给您倒杯热水。",
  [], "Warm introduction.")
L(G, "phlegmatic", "我……我得回去……问问我儿子……",
  "好，这事是得跟家里商量。您不用今天定，回去跟儿子说好了，下回来或者打个电话都行。我把刚才说的几条给您写在纸上，省得记混了。",
  [], "Gives time, writes it down.")
L(G, "sanguine", "哟，今儿人不多嘛！",
  "是啊，赶上您运气好。您贵姓？哪个村的？今天来是想问点啥，您慢慢讲，我这边都记下来，能当场答的当场答，答不了的我告诉您该找谁、啥时候有回音。",
  [], "Introduction and first talk.")
L(G, "resentful", "那我这工龄到底能不能算？",
  "我跟您说实话：按现在的文件，您那三年是临时工，不算连续工龄，算不进去。这个结果您听着肯定难受，我也不绕弯子。不过您那三年要是有正式招工的手续，比如招工表、转正通知，就能重新认定，我帮您去档案馆查查有没有。",
  [], "Honest answer, with the one lawful opening.")
L(G, "choleric", "你们这些人就会说好听的！",
  "您说得对，光说好听的没用，得看做了啥。那我就不说好听的了：您那个补偿差额，我上周已经让街道把测量报告找出来了，差的那八平方是阳台，按规定阳台按一半面积算，所以差了四平方的钱，单子在这儿，您过过目。哪一项您看着不对，咱们当场对。",
  [], "Facts instead of assurances, patient.")
L(G, "unwell", "我家里人都被换了，不是原来的人。",
  "这种感觉一定让您心里很不安。您今天想在这儿坐会儿就坐会儿，我陪着您。您平时最信得过谁？社区的医生还是哪个老邻居？我请他过来一块儿陪陪您。",
  [], "Neither endorses nor denies; finds a trusted person.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counters = {}
    out = []
    for group, persona, visitor, text, codes, note in E:
        n = counters.get(group, 0) + 1
        counters[group] = n
        if group.endswith("-n"):
            rid = "%s-n%02d" % (group[:-2], n)
        else:
            rid = "%s-%02d" % (group, n)
        obj = {"id": rid, "persona": persona, "visitor": visitor,
               "text": text, "codes": list(codes), "note": note}
        out.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d lines" % len(out))


if __name__ == "__main__":
    main()
