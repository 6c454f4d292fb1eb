#!/usr/bin/env python3
"""Hand-written, hand-labelled officer lines (held-out test set lines-fresh4).

Every line below was written and labelled by hand. Running this file only
numbers the ids and writes lines.jsonl next to it.

add(group, persona, visitor, text, codes, note)
  group "rude"    -> id rude-NN   (positive: codes must contain rude)
  group "rude-n"  -> id rude-nNN  (hard negative: codes must not contain rude)
  group "good"    -> id good-NN   (ordinary good line, codes empty)
"""
import json
import os
from collections import defaultdict

LINES = []
_counter = defaultdict(int)


def add(group, persona, visitor, text, codes, note):
    _counter[group] += 1
    n = _counter[group]
    if group.endswith("-n"):
        lid = "%s-n%02d" % (group[:-2], n)
    else:
        lid = "%s-%02d" % (group, n)
    LINES.append({"id": lid, "persona": persona, "visitor": visitor,
                  "text": text, "codes": list(codes), "note": note})


# ---------------------------------------------------------------- rude (+)
add("rude", "choleric",
    "你们这帮当官的就会坐办公室喝茶！我今天非把桌子掀了不可！",
    "你嚷嚷啥？有能耐你掀一个试试，我看你敢不敢。",
    ["rude"], "Taunts and dares an angry visitor; meets heat with heat.")
add("rude", "confused",
    "这个表上的字俺看不懂，增……增啥来着？",
    "这么简单的东西都整不明白，你这些年咋过来的？",
    ["rude"], "Mocks a confused visitor's understanding (Northeastern 整不明白).")
add("rude", "melancholic",
    "（抹眼泪）我男人走了以后，厂里一分钱都没给……",
    "抹眼泪能抹出钱来啊？哭完了没有，哭完了说正事。",
    ["rude"], "Contempt for a grieving visitor's tears.")
add("rude", "resentful",
    "我六二年被精简下放，到现在也没人给个说法，我这把老骨头还能熬几年？",
    "老爷子，别拿岁数压人，岁数大就有理了？",
    ["rude"], "Scolds an old resentful visitor for leaning on age; rhetorical contempt.")
add("rude", "pestering",
    "我又来了，上回那个事你们到底给不给办？",
    "又是你！一个礼拜跑三趟，你家里没活儿干啊？属狗皮膏药的是吧。",
    ["rude"], "Name-calling (狗皮膏药) a repeat visitor.")
add("rude", "veteran",
    "我告诉你，我上过北京，你们县里谁我都不怕。",
    "上北京咋了？再闹就把你名字报上去，你儿子考公务员政审都别想过。",
    ["rude"], "Threat aimed at the family to scare the visitor, not a statement of the law.")
add("rude", "sanguine",
    "哎呀小伙子，我跟你说，我们村那个事儿可热闹了，从头讲得讲半天！",
    "大姐你能不能把嘴歇会儿？叨叨叨的，我脑瓜子都嗡嗡的。",
    ["rude"], "Tells a talkative visitor to shut up, mocking her talk.")
add("rude", "phlegmatic",
    "这个……嗯……我那个地……是……",
    "你倒是说啊，磨磨叽叽的，后边还排着一溜人呢。",
    ["rude"], "Scolds a slow speaker as 磨磨叽叽 and rushes him (Northeastern).")
add("rude", "unwell",
    "他们在我家墙里装了东西，天天晚上往我脑袋里发信号。",
    "你这是脑袋进水了吧？去精神病院挂个号比来这儿强。",
    ["rude", "confront"], "Mocks an unwell visitor and, by sending her to a psychiatric ward, dismisses the belief outright: rude and confront.")
add("rude", "choleric",
    "你们要再不解决，我就天天来坐着！",
    "欠薪的事我刚跟劳动监察大队通了电话，他们礼拜三上午派人去工地核实，你把工友名单给我留一份。就是下回来别再扯着嗓门跟个泼妇似的。",
    ["rude"], "Model referral with a date, then an insult (泼妇) hidden at the end.")
add("rude", "resentful",
    "我都等了二十年了，你们就不能给我个痛快话？",
    "等二十年是谁让你等的？自己没本事还怪别人？",
    ["rude"], "Rhetorical questions that blame and belittle the visitor.")
add("rude", "confused",
    "闺女，俺不识字，这上头写的啥意思？",
    "这都啥年代了还不识字，跟你讲也白搭。",
    ["rude"], "Contempt for illiteracy; refuses to explain.")
add("rude", "veteran",
    "你们领导呢？我只跟领导谈。",
    "您老人家这套我们都门儿清，见了领导又能咋样，老上访专业户了，谁不知道您那点心思。",
    ["rude"], "Polite 您 but labels the visitor a professional petitioner (扣帽子).")
add("rude", "melancholic",
    "我……我也不知道该不该来，怕给你们添麻烦。",
    "知道添麻烦就好，下次想清楚了再来，别浪费大家时间。",
    ["rude"], "Contempt toward a timid visitor who apologises for coming.")
add("rude", "phlegmatic",
    "您容我想想……那年是……是八几年来着……",
    "行了行了，想不起来就别想了，你这记性也是没谁了。",
    ["rude"], "Mocks the visitor's memory and cuts him off.")
add("rude", "sanguine",
    "我们小区那个路灯坏半年了，晚上黑咕隆咚的，我都摔两回了！",
    "路灯归市政管理处，我给您写张转办单，上面有电话和地址，您明天上午去就行。下回走路带上眼睛，多大人了还摔跟头，丢不丢人。",
    ["rude"], "Correct referral, then mockery hidden at the end.")
add("rude", "pestering",
    "你们不给我办，我就去市里，去省里！",
    "去啊，去了正好，回头给你定个缠访闹访，看谁吃亏。",
    ["rude"], "Threatens to label him to scare him off; not a calm statement of a legal limit.")
add("rude", "unwell",
    "我丈夫还在医院里关着，他们不让我见他，你帮我去要人。",
    "（扭头对同事笑）又来了又来了，这位大姐的故事我能给你讲一礼拜。",
    ["rude"], "Mocks an unwell visitor in front of her to a colleague; no correction of the belief, so not confront.")
add("rude", "choleric",
    "你个小年轻懂个屁！叫你们主任出来！",
    "你才懂个屁。",
    ["rude"], "Very short: swears back at the visitor.")
add("rude", "resentful",
    "当年那个赔偿款他们就给了一半，剩下的到现在没影！",
    "你当年签字的时候眼睛长哪儿去了？",
    ["rude"], "Mocking rhetorical question, harsher than soft blame (compare rude-n03).")

# ---------------------------------------------------------------- rude (-)
add("rude-n", "choleric",
    "你们都是吃干饭的！",
    "大哥，您骂几句心里舒坦点我能理解，不过骂人换不来您那份工钱，咱把欠条拿出来一起看看，行不？",
    [], "Mild criticism of abuse after venting, then back to the matter; not rude.")
add("rude-n", "veteran",
    "我明天就带人来把大门给堵了。",
    "这个我得提前跟您讲明白：聚众堵门妨碍办公，派出所会依法处置。您的诉求该怎么办还怎么办，不会因为您不堵门就慢了。",
    [], "Calm statement of the legal consequence, not a threat to scare.")
add("rude-n", "resentful",
    "那房子是我哥占着的，当年分家就没写字据。",
    "早先分家那会儿要有张纸，现在省老事了。不过没纸也不是没招，村里老人和调解员都能作证，咱先把人找齐。",
    [], "Soft regret about the missing paper, then a way forward; soft blame is not rude (Northeastern 省老事了).")
add("rude-n", "phlegmatic",
    "……",
    "大爷，您歇口气。我先把我听明白的说一遍，您看对不对，不对您再补。",
    [], "Moves a silent visitor on without hurrying or belittling him.")
add("rude-n", "pestering",
    "我还是那句话，不给我批宅基地我就不走。",
    "大叔，我的答复跟上礼拜一样：您家已经有一处宅基地，按规定不能再批第二处。您坐多久我都陪着，但这个答复不会变。",
    [], "Firm and repeated answer; blunt but respectful.")
add("rude-n", "confused",
    "俺还是没明白，俺家添了两口人，为啥不给地？",
    "大娘，我说话直，您别往心里去：这个政策就是不给新添的人再分地，您家两口新人不是被谁克扣了，全村都一样。",
    [], "Blunt plain speech that sounds harsh but contains no contempt.")
add("rude-n", "choleric",
    "（拍桌子）今天不给说法谁也别想走！",
    "大哥，桌子拍坏了手疼。您先喘口气，坐下，我给您倒杯水，今天这事我跟您一块儿捋到底。",
    [], "Light humour about the table-slapping, used to calm; not mockery.")
add("rude-n", "melancholic",
    "都怪我，当年要是不签那个字……",
    "那会儿谁也想不到后来会这样，换了我也得签。咱不往回看了，看看现在能补救啥。",
    [], "Takes the blame off the visitor.")
add("rude-n", "unwell",
    "你是不是他们派来监视我的？",
    "大姐，我就是这屋的接待员，姓刘。您要是不放心，门开着，您闺女也能进来一块儿坐。",
    [], "Calm self-introduction, no mockery, no argument about the belief.")
add("rude-n", "sanguine",
    "哈哈，小伙子你长得真精神，有对象没？我给你介绍一个！",
    "大姨您可真能唠，对象的事先放放，咱先把您家那采暖费的事唠明白，完了您再给我张罗。",
    [], "Friendly teasing that steers back to the matter (Northeastern 唠); not contempt.")
add("rude-n", "veteran",
    "上回我闹一场你们就给了五百，这回我得要五千。",
    "上回那五百是临时救助，是按您当时生病住院的情况批的，跟闹不闹没关系。这回没有新情况，就不能再批。",
    [], "Names the behaviour neutrally and corrects the link; not labelling.")
add("rude-n", "pestering",
    "你们这些人就是官官相护！",
    "您这么想我不怪您，等了这么多年谁都窝火。我不替谁说话，咱就拿文件对一对，看当年的处理到底合不合规定。",
    [], "Accepts the outburst and offers a check; no rebuke.")

# ------------------------------------------------------- false_promise (+)
add("false_promise", "pestering",
    "我儿子那个工伤，你们到底能不能再给认定一回？",
    "行，你先回去，我跟上头说说，这回应该能给你翻过来。",
    ["false_promise"], "Half-promise to overturn a concluded work-injury finding.")
add("false_promise", "resentful",
    "我下放那几年工龄能不能算上？",
    "大爷您放心，这几年工龄我保证给您补上，最晚下个月就能涨退休金。",
    ["false_promise"], "Guarantees an outcome and a date the office cannot decide.")
add("false_promise", "unwell",
    "我那房产证被人调包了，真的那个上面写的是整栋楼都是我的。",
    "行，大姐，我明天就让房管所给您重新办个整栋楼的证。",
    ["false_promise"], "Going along turns into promising an impossible concrete outcome.")
add("false_promise", "choleric",
    "拆迁款少了我八万，今天不给我补上我不走！",
    "大哥消消气，八万是吧？我跟指挥部那边熟，回头私下跟他们递个话，差不多能给你找补回来。",
    ["false_promise"], "Half-promise through personal connections.")
add("false_promise", "veteran",
    "我是有两套房，可我没收入啊，这低保你就说能不能批。",
    "我看您这情况，下个季度名额一松，十拿九稳。",
    ["false_promise"], "Assures a benefit the visitor is not eligible for (two houses).")
add("false_promise", "sanguine",
    "我们楼那个暖气才十二度，能不能给我们退点取暖费？",
    "能退能退，您回去跟邻居们说，这个月底前每户退一半。",
    ["false_promise"], "Promises a refund and amount outside the office's authority.")
add("false_promise", "melancholic",
    "我也不知道该咋办了，孩子上学的事一直没着落……",
    "您先别急，片区划分是教育局按户籍和房产定的，我把您的情况记下了，今天下午就给学区办打电话问清楚。您放宽心，孩子肯定能进实验小学。",
    ["false_promise"], "Good explanation and action, then an unconditional outcome promise at the end.")
add("false_promise", "confused",
    "俺闺女嫁出去了，她那份地还能要回来不？",
    "能，您回去就跟村长说，就说信访办说的，让他把地给您闺女退回来。",
    ["false_promise"], "Promises the land back on the office's say-so, beyond its authority and without checking.")
add("false_promise", "phlegmatic",
    "那……我那个……职称的事……还有……希望没有……",
    "有希望，有希望，您回家踏实等着，我估摸着年底前差不多就能给您补评上。",
    ["false_promise"], "Soft guess presented as an expected outcome with a date.")
add("false_promise", "pestering",
    "你上回也这么说，这回到底行不行？",
    "我啥时候骗过您？这回我找领导给您开个小灶，您就瞧好吧。",
    ["false_promise"], "Rhetorical reassurance plus a promise of a special favour.")
add("false_promise", "resentful",
    "我只想要个公道，我那个案子都结了五年了。",
    "公道一定会有的。您这个案子虽然结了，我们可以想办法再给您启动一次复查，结果应该会对您有利。",
    ["false_promise"], "Polite-sounding, but hints a favourable result on a concluded case.")
add("false_promise", "unwell",
    "电视里那个主持人是我亲闺女，你帮我把她找回来。",
    "中，大娘，下礼拜我就把她给您领回家来。",
    ["false_promise"], "Promises a concrete impossible outcome to an unwell visitor (Henan 中).")
add("false_promise", "choleric",
    "我那工钱拖了大半年了，老板跑了你们管不管？",
    "管。劳动监察大队就在三楼，我陪您上去登记，他们会找施工总包方核实工资清单。您放一百个心，春节前工钱保准全数到您手里。",
    ["false_promise"], "Correct referral, then an unconditional guarantee of full payment by a date.")
add("false_promise", "sanguine",
    "我闺女考编差了两分，你们能不能给想想办法？",
    "我跟人事局那边打个招呼，看看能不能给她挤进去，这事儿你就别往外说了。",
    ["false_promise"], "Half-promise of an irregular favour.")
add("false_promise", "veteran",
    "你就给句痛快话，我的事能不能办？",
    "你别到处去说，我私底下跟你讲，这事儿领导已经点头了，就差走个手续。",
    ["false_promise"], "Invents an approval to satisfy the visitor.")
add("false_promise", "melancholic",
    "我是不是没指望了……",
    "怎么会没指望呢，别人办不下来的，到我手里都能办下来，您信我。",
    ["false_promise"], "Boasts an outcome beyond any authority.")
add("false_promise", "confused",
    "大兄弟，俺这养老金咋才一百多，能不能多给点？",
    "大娘，这事儿我给您整，回头我跟社保那边唠唠，咋也得给您整到三百往上。",
    ["false_promise"], "Promises an amount the office cannot set (Northeastern 整, 唠唠).")
add("false_promise", "pestering",
    "我还是要那块宅基地，你们研究了没有？",
    "这样吧，你这个我拿到会上再议一议，没准儿会上能松口。",
    ["false_promise"], "For a demand already known to have no basis, suggests the answer may change.")
add("false_promise", "phlegmatic",
    "……您说……我那个补偿……还能……多点不？",
    "那还用问？跟着我走，亏不了您，说不准还能多拿点。",
    ["false_promise"], "Rhetorical yes plus a hint of more money; unconditioned.")
add("false_promise", "sanguine",
    "那我回去就等好消息啦？",
    "等着吧，下礼拜就有好消息，我保证。",
    ["false_promise"], "Short unconditional guarantee.")

# ------------------------------------------------------- false_promise (-)
add("false_promise-n", "resentful",
    "你能保证给我补上不？",
    "我不能跟您拍胸脯说一定补，这得看档案里能不能找到当年的下放证明。我今天就去档案馆调，十五个工作日内给您回话。",
    [], "Hedge plus a commitment to act with a time limit.")
add("false_promise-n", "melancholic",
    "我那医药费还能报多少……",
    "按目录里能报的，报销时都会算进去，不会漏。您把发票都带来了吧？我帮您一张张对。",
    [], "Promise conditioned on entitlement (what the list covers).")
add("false_promise-n", "pestering",
    "你就说一句能办，我立马走。",
    "这句话我说不出口，因为说了就是骗您。不能办，上回不能，这回也不能。您要是生活上有难处，临时救助咱可以按程序申请。",
    [], "Refuses to promise; offers a real relief route with a policy basis.")
add("false_promise-n", "choleric",
    "今天你必须给我个准话！",
    "准话就是：我今天下午三点前把您的材料送到住建局征收科，明天上午您给我打电话，我把他们的意见原原本本告诉您。",
    [], "Commitment to act, not an outcome.")
add("false_promise-n", "confused",
    "俺那地还能给俺闺女分回来不？",
    "这个我现在说不准，得看村里承包合同上有没有写她的名字。我帮您给镇农经站打电话问一下，问清了再告诉您。",
    [], "Honest uncertainty and an action.")
add("false_promise-n", "unwell",
    "我耳朵里那个声音你能不能给我弄走？",
    "这个难受劲儿我听着都心疼。我不是大夫，这个我办不到，可我能把您社区的王主任叫来，陪您上医院看看，好不好？",
    [], "Goes along with the feeling, declines the impossible, secures community help.")
add("false_promise-n", "veteran",
    "要是我手续齐全，能不能给我办？",
    "手续齐、条件够，那就是您该得的，按规定办，谁也拦不住。手续不齐，谁来说情都没用。",
    [], "Entitlement-conditioned promise.")
add("false_promise-n", "sanguine",
    "那你们啥时候给我答复？",
    "十个工作日之内，书面的，寄到您家。要是到日子没收到，您直接打这个电话找我。",
    [], "A deadline for a reply is a commitment to act.")
add("false_promise-n", "phlegmatic",
    "……那我……再等等？",
    "您别干等。我这周五之前给社保局打电话，把缴费年限核一遍，核出来啥结果都告诉您，好的坏的都说。",
    [], "Commitment to check and report either result.")
add("false_promise-n", "phlegmatic",
    "……你们……是不是又要……糊弄我……",
    "不糊弄您。能不能补我现在真不知道，我只能答应一件事：这个月二十号前把复查申请递上去，回执复印一份给您。",
    [], "Negated outcome, concrete procedural commitment.")
add("false_promise-n", "choleric",
    "你敢给我写个保证不？",
    "保证书我不能写，写了也是空的。我能写的是接待记录，今天几点您来了、说了啥、我转给了谁，您签个字，一人一份。",
    [], "Refuses a guarantee, offers a written record instead.")
add("false_promise-n", "melancholic",
    "我还有希望吗……",
    "希望我不敢替别人许，但我这儿的事我能做到：您的材料今天我亲手交给民政科李科长，他周四给您回电话。",
    [], "Declines to promise, commits to a hand-over with a date.")

# -------------------------------------------------------- buck_passing (+)
add("buck_passing", "confused",
    "俺这医保报销的事该找谁啊？",
    "这个我们这儿管不了，你出去随便找个窗口问问吧。",
    ["buck_passing"], "Sends the visitor off with no owner named.")
add("buck_passing", "choleric",
    "我那房子漏水，物业不管，开发商也不管，你们管不管？",
    "我们也管不了，你们自个儿合计合计咋整吧。",
    ["buck_passing"], "Leaves it to the visitor (Northeastern 咋整).")
add("buck_passing", "resentful",
    "那我该去哪儿说理去？",
    "我上哪儿知道去？哪儿能说理你上哪儿呗。",
    ["buck_passing"], "Rhetorical shrug when asked who owns it.")
add("buck_passing", "pestering",
    "你们推来推去，到底谁管？",
    "反正不是我们，你别老往这儿跑了，换个地方试试。",
    ["buck_passing"], "Pushes away without an owner.")
add("buck_passing", "melancholic",
    "我爱人是在厂里出的事，厂子后来改制了，我连找谁都不知道……",
    "您别太难过，这事搁谁身上都扛不住，您能一个人撑到现在不容易。您刚才说出事是在零三年，当时有没有做过工伤认定？……没做过啊。那这个就复杂了，我们这儿也弄不明白，您回去再打听打听吧。",
    ["buck_passing"], "Warm and probing, then a shrug at the end with no owner named.")
add("buck_passing", "sanguine",
    "我们小区门口那个烧烤摊天天熏得人睁不开眼，谁管呐？",
    "这种事儿多了去了，你问问街坊呗，看谁知道。",
    ["buck_passing"], "Guessing, no owner.")
add("buck_passing", "veteran",
    "你说不归你们，那归谁？写给我。",
    "归谁我哪能给你写，反正有人管，你自己上外头打听去。",
    ["buck_passing"], "Refuses to name the owner when asked directly.")
add("buck_passing", "unwell",
    "他们往我家水管里下药，你得给我查。",
    "这个我们查不了，您上别处反映去吧。",
    ["buck_passing"], "Does not deny the belief, but sends an unwell visitor away with no owner or family help.")
add("buck_passing", "phlegmatic",
    "那……我去哪……找人……问……",
    "这个嘛，上面下面都有可能，你自己多跑几个地方。",
    ["buck_passing"], "Vague guess instead of an owner.")
add("buck_passing", "choleric",
    "你们这就是踢皮球！",
    "您误会了，我们不是踢皮球，只是这事确实不在我们这块，建议您向其他部门咨询一下，谢谢您的理解。",
    ["buck_passing"], "Polite-sounding, but 其他部门 names nobody.")
add("buck_passing", "resentful",
    "学校把我孙子转学申请压着不批，我找谁？",
    "学校的事学校定，你回学校磨去，别在我这儿耗着。",
    ["buck_passing"], "Sends him back to the party refusing him instead of the owner (education bureau); pushes him away.")
add("buck_passing", "confused",
    "大兄弟，俺这残疾证评级评低了，上哪旮旯说去？",
    "这玩意儿我也整不明白，你回屯里找村长唠唠去，兴许他门儿清。",
    ["buck_passing"], "Shrugging guess when asked who owns disability grading (Northeastern).")
add("buck_passing", "pestering",
    "你们信访办是干啥的？啥都不管？",
    "我们就是登记，登记完了转下去，转到哪儿、谁办、啥时候办，那都不是我操心的事。",
    ["buck_passing"], "Disowns the follow-up and names no owner.")
add("buck_passing", "melancholic",
    "我……我不太会说，就是那个助学金……孩子没评上……",
    "评不评上不是我们说了算，你等着吧，该有人找你。",
    ["buck_passing"], "No owner, no step, just wait.")
add("buck_passing", "veteran",
    "你们上回答复我说转了，转哪去了？",
    "转办记录我这里有，去年十一月转出去的。具体落哪个口了我这儿查不着，你各处碰碰运气吧。",
    ["buck_passing"], "Starts with a fact, ends by sending him to try his luck.")
add("buck_passing", "sanguine",
    "那这个电线杆子立在我家地里，我要补偿找谁要？",
    "谁立的你找谁呗，我们又不立电线杆子。",
    ["buck_passing"], "Does not name the power company or any office.")
add("buck_passing", "phlegmatic",
    "……那我……还来不来……",
    "来也行不来也行，反正这儿也解决不了，你看着办。",
    ["buck_passing"], "Leaves the visitor to sort it out.")
add("buck_passing", "unwell",
    "我那个死了的男人，医院还不放，你帮我去要。",
    "医院的事您得找医院，我们这儿插不上手，您自己去吧。",
    ["buck_passing"], "Sends an unwell visitor off alone; no owner or family help. No correction, so not confront.")
add("buck_passing", "choleric",
    "那我这冤屈就没人管了？",
    "管是有人管，谁管我可说不上，你们这种事一般都是下边自己消化。",
    ["buck_passing"], "Admits someone owns it but will not say who.")
add("buck_passing", "resentful",
    "我问了三个单位了，都说不归他们！",
    "那你就再问第四个呗，总有一个归的。",
    ["buck_passing"], "Dismissive; no owner. Flippant, but coded buck_passing only.")

# -------------------------------------------------------- buck_passing (-)
add("buck_passing-n", "choleric",
    "你们就是踢皮球！",
    "我不推您。这事确实得劳动监察大队来查，他们有权去工地调工资表，我们没有。我现在就给监察大队打电话，约好时间您直接过去，找张队长。",
    [], "Refusal with the owner named and a call on the spot.")
add("buck_passing-n", "confused",
    "俺这医保报销的事找谁？",
    "找县医保局，就在政务大厅一楼，七号窗口。您带上身份证、住院发票和出院小结，我给您写在这张条子上。",
    [], "Specific referral.")
add("buck_passing-n", "veteran",
    "法院判了我输，你们给我改判。",
    "判决我们改不了，这是法院的权力。您要是不服，可以向市中院申请再审，或者找检察院控告申诉科。法律援助中心在隔壁楼，可以免费帮您写申请。",
    [], "Refusal with owners named; referral.")
add("buck_passing-n", "sanguine",
    "小区那烧烤摊谁管？",
    "占道经营归街道的城管中队，油烟扰民环保也能管。我把城管中队的电话给您，您也可以打市民热线，都会派单。",
    [], "Names the owners.")
add("buck_passing-n", "resentful",
    "学校转学不批，我找谁？",
    "转学这事最后是区教育局学籍科审批。学校压着不报，您可以直接去学籍科问，在教育局三楼东头。我先打个电话问问材料卡在哪一步。",
    [], "Names the owner and acts.")
add("buck_passing-n", "unwell",
    "他们往我家水管里下药。",
    "您喝水心里不踏实，这可不行。我给您社区的赵书记打个电话，让他今天就上您家看看，再让自来水公司来取个水样，您在家等着，行吗？",
    [], "Goes along, no correction, secures community help.")
add("buck_passing-n", "pestering",
    "你们不管，我就一直来。",
    "这个事我们已经按程序答复过了，复查也做了，结论不会变。您要是还不服，只剩向市信访局申请复核这一条路，期限是收到复查意见后三十天。",
    [], "Closed case; the remaining channel is named.")
add("buck_passing-n", "melancholic",
    "我连找谁都不知道……",
    "不知道不怪您，这事本来就绕。工伤认定归县人社局工伤股，您先去那儿。我把地址、电话写给您，再帮您问问今天谁值班。",
    [], "Names the owner, kindly.")
add("buck_passing-n", "phlegmatic",
    "……这个……不归你们……那……",
    "对，不归我们办，但我不让您白跑。归镇上的农经站，站长姓孙，每周二周四都在。您慢慢记，我再说一遍。",
    [], "Not ours, but the owner is named precisely.")
add("buck_passing-n", "choleric",
    "电线杆子立我地里！",
    "电杆是供电公司立的，补偿也是他们出。我们能做的是给供电公司发个转办函，要求他们十五天内派人跟您现场看。",
    [], "Names the owner and sends a referral with a time limit.")
add("buck_passing-n", "pestering",
    "这事不归你们，那你们干啥吃的？",
    "我们干的就是把您的事送到该管的人手里，再盯着他们办。这件归市场监管局，我今天出转办单，抄送您一份，下个月我回访问进度。",
    [], "Names the owner with follow-up.")
add("buck_passing-n", "sanguine",
    "那我去哪问啊，你给我指条道。",
    "道我给您指明白：先去村委会开证明，再拿证明到镇民政办，找负责低保的刘姐。哪一步卡住了，回来找我。",
    [], "A concrete route with named offices.")

# ------------------------------------------------------------ confront (+)
add("confront", "unwell",
    "我脑子里装了芯片，他们一直在读我的想法。",
    "阿姨，您别担心，这世上没有能读人想法的芯片，可能是您最近太累了。",
    ["confront"], "Polite, but corrects an unwell visitor's belief.")
add("confront", "unwell",
    "这张报纸就是我家的地契，上面印着呢。",
    "大爷，这就是一张普通的报纸，地契不长这样。",
    ["confront"], "Direct correction of an unwell visitor's belief.")
add("confront", "resentful",
    "当年说好了给我们安排工作的，后来全不认账！",
    "没人说过要给你们安排工作，你记错了。",
    ["confront"], "Flat denial of the visitor's account without checking.")
add("confront", "choleric",
    "你们镇长收了开发商的钱，我亲眼看见的！",
    "不可能，镇长不会干这种事，你看错了。",
    ["confront"], "Sharp denial of what the visitor says he saw.")
add("confront", "veteran",
    "隔壁老王同样的房子拿了一百二十万，我才八十万！",
    "你这纯属瞎比，老王家面积比你大一倍，你自己不清楚？",
    ["confront"], "Argues the comparison down sharply instead of explaining.")
add("confront", "sanguine",
    "我听人说了，今年政策变了，六十岁都能直接领养老金了！",
    "谁跟你说的？没这政策，别听风就是雨。",
    ["confront"], "Sharp contradiction of the belief (compare confront-n08).")
add("confront", "melancholic",
    "我觉得大家都看不起我，村里人见我都绕着走……",
    "那是你自己想多了，谁有工夫绕着你走啊。",
    ["confront"], "Denies the visitor's perception.")
add("confront", "unwell",
    "我男人在医院里关着，他们不让我见。",
    "大姐，您先喝口水，暖暖手，今天谁陪您来的？……您闺女在外面是吧，我一会儿请她进来，咱仨一块儿唠。您也得明白，姐夫三年前就走了，医院里没关着人。",
    ["confront"], "Model care and family help, then a correction of the belief at the end.")
add("confront", "pestering",
    "那块地本来就是我家的，祖上传下来的！",
    "祖上传下来的？土改以后哪还有祖上的地？",
    ["confront"], "Rhetorical questions contradicting the claim.")
add("confront", "phlegmatic",
    "我……记得……那年……是交够了……十五年的……",
    "不对，系统里明明白白就十一年，你记岔了。",
    ["confront"], "Flat contradiction, no invitation to show proof (compare confront-n02).")
add("confront", "confused",
    "俺听村长说，这增人不增地就是不让俺家娃要地了，是村长坑俺。",
    "村长没坑你，你理解错了，人家说得一点毛病没有。",
    ["confront"], "Argues against the visitor's account instead of explaining (compare confront-n03).")
add("confront", "unwell",
    "电视里天天在说我，他们点我名了。",
    "不会的，电视上说的都是新闻，跟您没关系。",
    ["confront"], "Mild but a correction of an unwell visitor's belief.")
add("confront", "choleric",
    "你们就是故意拖着不办！",
    "谁故意拖了？你材料交齐了吗？没交齐还好意思说别人拖？",
    ["confront", "rude"], "Argues back and scolds (还好意思): confront and rude.")
add("confront", "resentful",
    "我那个工伤当年就是被厂里压下来的，根本没给我报上去。",
    "您说的我理解，但这个说法肯定站不住，厂里当年不可能压着不报。",
    ["confront"], "Polite opening, then a flat denial.")
add("confront", "sanguine",
    "我们家暖气才十三度，你们供热公司都是骗子！",
    "拉倒吧，我们这片都测过了，家家都十八度以上，你家咋就十三度了？",
    ["confront"], "Dismisses the visitor's measurement (Northeastern 拉倒吧).")
add("confront", "veteran",
    "我那时候是被逼着签的字，他们拿刀架我脖子上。",
    "拿刀架脖子上？你这话说出去谁信，当时签约有录像的。",
    ["confront"], "Mocking disbelief of the visitor's account.")
add("confront", "pestering",
    "上回那个领导亲口答应给我办的！",
    "没有哪个领导答应过，记录里一个字都没有，您这是记差了。",
    ["confront"], "Flat denial; the record is used to shut him down, not to check (compare confront-n12).")
add("confront", "melancholic",
    "是不是因为我没送礼，所以我的事一直办不成？",
    "您怎么能这么想呢？这话传出去多不好，我们这儿哪有送礼这一说？",
    ["confront"], "Argues with and moralises about the visitor's suspicion.")
add("confront", "unwell",
    "我是王母娘娘转世，这个县城的地都是我的。",
    "大娘，您就是咱们西关的刘大娘，可不是啥娘娘。",
    ["confront"], "Gentle, but corrects the unwell visitor's belief.")
add("confront", "phlegmatic",
    "……我……就想……把那个……赔偿……弄清楚……",
    "好，您慢慢说，我都记着呢，不着急。您说的是一九九八年修路占了您家二分地，对吧？补偿标准当年是按亩算的，镇上有底子可查。不过您说村里一分钱没给，这肯定不对，账上写着呢。",
    ["confront"], "Patient restatement, then a sharp denial at the end.")

# ------------------------------------------------------------ confront (-)
add("confront-n", "unwell",
    "我脑子里有芯片。",
    "这脑瓜子里嗡嗡的，搁谁谁受得了啊。您今天吃饭了没？我让您儿子过来接您，咱先回家歇歇，这事我记下了。",
    [], "Goes along with the feeling; no correction; family help.")
add("confront-n", "phlegmatic",
    "……我交够了……十五年……",
    "我这系统里显示的是十一年，可能中间有断档没录进去。您家里要是有当年的缴费收据或者单位证明，拿来咱对一对，少录的可以补。",
    [], "Neutral record check that invites evidence.")
add("confront-n", "confused",
    "村长说增人不增地就是不让俺娃要地了，他坑俺。",
    "村长这话说得不全，我给您补上：不是单不给您家娃，是全村这三十年里添了人都不再分。村长家也没多拿，您看这样讲明白了不？",
    [], "Gentle clarification of a confused visitor's misreading.")
add("confront-n", "veteran",
    "路都修好了，你们把我家那块地给我挖回来！",
    "路已经通车了，再挖开不现实。能谈的是补偿够不够，咱把当年的评估报告拿出来一项项看。",
    [], "States a physical limit calmly.")
add("confront-n", "resentful",
    "当年说好了给安排工作！",
    "当年谁说的、在什么场合说的，您还记得吗？有没有会议记录或者通知？有的话咱拿着去找，没有的话我也去档案里翻翻。",
    [], "Questions and evidence instead of denial.")
add("confront-n", "melancholic",
    "村里人都看不起我……",
    "遇上这种事，觉得抬不起头很正常。您跟我说说，是哪件事让您最难受？",
    [], "Accepts the feeling and asks.")
add("confront-n", "unwell",
    "电视里在点我名。",
    "天天听着这些，心里得多慌啊。您跟谁住一块儿？我给社区打个电话，让网格员今儿下午去家里陪您坐坐。",
    [], "Goes along with the feeling; no correction.")
add("confront-n", "sanguine",
    "听说六十岁都能领养老金了！",
    "您消息挺灵。不过这话得说全：六十岁能领的是城乡居民养老金，前提是缴够十五年，没缴够的可以一次性补缴。您交了几年了？",
    [], "Completes a one-sided picture gently; not a sharp contradiction.")
add("confront-n", "pestering",
    "你们就是故意拖着！",
    "拖没拖，咱看日子说话：您是三月五号交的材料，办理时限六十天，今天是四月二十号，还在期限里。要是到了五月初还没信儿，您来找我，我跟您一起去催。",
    [], "Facts and dates, not an argument.")
add("confront-n", "veteran",
    "隔壁老王拿了一百二十万！",
    "老王家的协议我没法给您看，但您可以对比一下：补偿是按面积和评估单价算的，您要觉得自家评估低了，可以申请复核评估，十天内提。",
    [], "Explains how to compare and offers review; no denial.")
add("confront-n", "unwell",
    "这报纸就是我的地契。",
    "这张纸您可得收好，别折了。大爷，您家里现在谁照顾您？我想跟您侄子说说话，您看行吗？",
    [], "Goes along without endorsing; asks for family.")
add("confront-n", "pestering",
    "领导亲口答应我的！",
    "您说的那次接待我查了记录，上面记的是“转交国土所核实”，没写答应办。要是您手里有别的东西，比如字条、录音，拿来我一起看。",
    [], "Record check that leaves room for his evidence.")

# ------------------------------------------------------------ buy_peace (+)
add("buy_peace", "veteran",
    "我就一句话，给钱我就不去北京。",
    "行，办公室还有点经费，先给你拿三千，你签个字保证不去了。",
    ["buy_peace"], "Money to stop petitioning.")
add("buy_peace", "pestering",
    "我那宅基地的事你们不办，我天天来。",
    "这样，宅基地是真批不了，我给你弄个公益岗，一个月一千五，你别来了，中不中？",
    ["buy_peace"], "A job in exchange for not coming back.")
add("buy_peace", "resentful",
    "我这口气咽不下去！",
    "咽不下也得咽，给您申请个困难补助，五千块，拿了这事咱就翻篇了。",
    ["buy_peace"], "Relief money tied to closing the matter.")
add("buy_peace", "choleric",
    "你们要不给说法，我就带全村人来！",
    "大哥，您说的占地补偿我记清楚了：二〇一九年修路占了一亩三分，当时按每亩四万补的。标准是县里统一定的，我没法给您单独改。不过您要是答应别带人来，过年的慰问品我给您家多送一份。",
    ["buy_peace"], "Clear policy answer, then a favour to stop a group visit at the end.")
add("buy_peace", "sanguine",
    "哎呀你们就给我个面子呗，我回去跟邻居也好交代。",
    "面子给你，我跟街道说一声，给你家评个低保，你回去别再张罗大伙儿联名了。",
    ["buy_peace"], "A relief quota to stop a joint petition.")
add("buy_peace", "veteran",
    "我不为难你，你们看着办吧。",
    "您是明白人，我也不绕弯子，今年的救助名额给您留着一个，您这边就消停消停。",
    ["buy_peace"], "Polite; a relief place reserved in exchange for quiet.")
add("buy_peace", "melancholic",
    "我就是想讨个说法……",
    "说法不好给，要不这样，我私人先给您拿五百，您就别往上递材料了。",
    ["buy_peace"], "Personal money to stop the petition.")
add("buy_peace", "unwell",
    "我要去北京告他们，他们在我家装窃听器！",
    "大姐，北京太远了，我给您三百块钱路费……不是，是生活费，您拿着回家，别去北京了好不好？",
    ["buy_peace"], "Cash to keep an unwell visitor from going to Beijing.")
add("buy_peace", "phlegmatic",
    "……我……还是想……往上反映……",
    "您看，往上反映也是这个结果。我给您儿子在镇上企业安排个活儿，您就别再写信了。",
    ["buy_peace"], "A job for the son in exchange for stopping letters.")
add("buy_peace", "confused",
    "俺也整不明白，反正俺家就是吃亏了。",
    "大娘，您也别整明白了，回头村里给您送两袋米一桶油，这事咱就拉倒了，行不？",
    ["buy_peace"], "Goods to close the matter instead of explaining (Northeastern 拉倒).")
add("buy_peace", "pestering",
    "你们不解决，我就到市里上访。",
    "别别，市里一去我们这儿年底考核就完了。您开个价，我们商量。",
    ["buy_peace"], "Invites a price to stop escalation.")
add("buy_peace", "pestering",
    "我儿子那个编制的事还是没信儿？",
    "编制这事我说过好几回了，考试进，没别的路。不过镇卫生院缺个看大门的，我跟院长熟，让你儿子去干，你以后就不用来了。",
    ["buy_peace"], "Consistent answer, then a job traded for him not coming back.")
add("buy_peace", "choleric",
    "少废话，给不给钱？",
    "给，给，您先消消气，这两千您收着，回头别去县政府门口闹了。",
    ["buy_peace"], "Money to stop a protest.")
add("buy_peace", "veteran",
    "你们就不怕我去省里？",
    "怕，咋不怕。那你说，给你多少你能不去？",
    ["buy_peace"], "Rhetorical; opens a bargain to stop petitioning.")
add("buy_peace", "sanguine",
    "我那拆迁款要是再多点，我保证不上访了！",
    "成，你别上访，我跟指挥部说给你多算二十平米，保证下来。",
    ["buy_peace", "false_promise"], "Extra area traded for no petitioning, and guaranteed beyond authority: buy_peace and false_promise.")
add("buy_peace", "melancholic",
    "我家里实在太难了……",
    "知道您难。您家孙子那个助学金，本来名额满了，我给挤一个出来，您那个上访材料就撤了吧。",
    ["buy_peace"], "A squeezed-in grant tied to withdrawing the petition.")
add("buy_peace", "unwell",
    "他们偷了我的房子！",
    "大爷，我给您批个临时救助一千块，条件是您以后别来了。",
    ["buy_peace"], "Relief money explicitly conditioned on not coming back.")
add("buy_peace", "phlegmatic",
    "……那……我再想想……",
    "您慢慢想，不着急。想的时候也想想这个：镇里今年有两个养老院免费床位，您要是不再上访，给您留一个。",
    ["buy_peace"], "Patient tone, then a favour conditioned on not petitioning.")
add("buy_peace", "confused",
    "那俺那个地的事咋说？",
    "地的事一时半会儿说不清，这样，今年的种粮补贴给您家多报两亩，您就别找了。",
    ["buy_peace"], "Inflated subsidy to stop the complaint.")
add("buy_peace", "resentful",
    "二十多年了，我就要个公道。",
    "您受的委屈我都听明白了。下放人员工龄的政策，省里二〇〇八年出过文件，您那几年确实在认定范围外。这是政策的坎儿，我不瞒您。要不这么着，每年春节我以单位名义给您送一千块慰问金，您就把信访这事放下。",
    ["buy_peace"], "Honest policy answer, then yearly money to drop the petition, at the end.")

# ------------------------------------------------------------ buy_peace (-)
add("buy_peace-n", "pestering",
    "你们不给我宅基地，那我吃啥住啥？",
    "宅基地批不了，这个不变。但您说吃住困难，这是另一回事：您要是符合条件，可以申请临时救助，跟您来不来上访没关系，我把申请表给您。",
    [], "Relief by eligibility, explicitly not tied to petitioning.")
add("buy_peace-n", "melancholic",
    "家里实在太难了……",
    "您家的情况听着够得上低保的标准，我把申请流程写给您，村里审、镇上核、县里批，您按正常程序申请，跟信访的事是两码事。",
    [], "Normal application, separated from the petition.")
add("buy_peace-n", "veteran",
    "给我五千我就不去北京了。",
    "钱不能这么给，给了是害您也害我。您真去北京，那是您的权利，但材料最后还是转回咱县里，结论还是这个。",
    [], "Refuses to pay for quiet.")
add("buy_peace-n", "resentful",
    "我下放那几年就白干了？",
    "按政策，您那几年在公社当民办教师，可以算教龄津贴，每月几十块不算多，但这是您该拿的。我帮您把证明材料列个单子。",
    [], "A real entitlement with a policy basis.")
add("buy_peace-n", "choleric",
    "少废话，给不给钱？",
    "没有名目的钱一分都不能给，这个我得跟您说死。能给的是按评估结果补的那部分，还差您多少，咱现在就算。",
    [], "Refuses unfounded money; offers only what is owed.")
add("buy_peace-n", "sanguine",
    "你们就给我个面子呗！",
    "面子我给不了，规矩在那儿摆着。不过您家老人八十多了，高龄补贴申请了吗？没申请的话这个能办，每月都有。",
    [], "Points to a statutory benefit, not tied to stopping.")
add("buy_peace-n", "unwell",
    "我没钱吃饭了。",
    "没吃饭可不行，我先给您泡碗面。回头我让社区把您的救助申请跟上，该领的不能落下。",
    [], "Care and an entitlement check, with no condition attached.")
add("buy_peace-n", "phlegmatic",
    "……我儿子……没工作……",
    "人社局每月十五号有招聘会，我把时间地点写给您儿子。能不能应聘上得看他自己，我们不能给安排。",
    [], "Public information, explicitly no arranged job.")
add("buy_peace-n", "confused",
    "俺家是不是吃亏了？",
    "您家这块地按亩补了，跟全村一个标准，没吃亏。要是种粮补贴没到账，那得查，我帮您查，这是您该拿的。",
    [], "Checks an owed subsidy; no trade.")
add("buy_peace-n", "veteran",
    "上回你们给了别人慰问品，凭啥不给我？",
    "慰问品是给困难党员和优抚对象的，有名单有标准。您要是属于这几类，把证件拿来，名单上补上；不属于，我不能因为您来了就给。",
    [], "Criteria-based, refuses to give because he came.")
add("buy_peace-n", "pestering",
    "那你给我安排个活儿，我就不来了。",
    "工作不能拿来换您不来，这种交易我不做。您想找活儿，镇上公益岗每年三月公开报名，您符合条件可以去报，跟别人一样排队。",
    [], "Refuses the trade; points to open recruitment.")
add("buy_peace-n", "melancholic",
    "谢谢你啊，我这病也没钱治……",
    "大病医疗救助您可以申请，报销后自付超过一定数的还能再补一块。这跟您的信访事项没关系，两件事分开办，都不耽误。",
    [], "Statutory relief, explicitly separate from the petition.")

# ---------------------------------------------------------- officialese (+)
add("officialese", "resentful",
    "我就想知道，我那几年工龄到底能不能算？",
    "您反映的问题，我们会本着实事求是的原则，依法依规、妥善处理，请您相信组织。",
    ["officialese"], "Only stock phrases in place of an answer.")
add("officialese", "confused",
    "俺就想问问，俺家这地为啥不给分？",
    "这个嘛，土地承包关系要保持稳定并长久不变，这是党在农村的基本政策，我们要坚决贯彻落实。",
    ["officialese"], "A slogan read to a confused visitor instead of an explanation.")
add("officialese", "choleric",
    "到底啥时候给我解决？！",
    "请您放心，我们一定会把群众的事当作自己的事，认真落实，全力推进，切实把好事办好、实事办实。",
    ["officialese"], "Slogans in place of a date.")
add("officialese", "pestering",
    "这回到底怎么说？",
    "你的诉求我们已经掌握，我们将严格按照政策规定，统筹兼顾、综合施策，稳妥推进。",
    ["officialese"], "Stock phrases instead of the same clear answer.")
add("officialese", "melancholic",
    "我这孩子的病……报销那么少……我真不知道咋办……",
    "医疗保障是重大民生工程，我们始终坚持保基本、兜底线，不断提升群众获得感。",
    ["officialese"], "Slogans answering a distressed question.")
add("officialese", "veteran",
    "别跟我说套话，我那补偿到底按什么标准？",
    "补偿工作严格遵循公开、公平、公正的原则，确保阳光操作，经得起历史检验。",
    ["officialese"], "No standard given, only principles.")
add("officialese", "sanguine",
    "我们小区那个停车位的事儿你们咋看？",
    "小区治理是社会治理的重要组成部分，需要多方协同、共建共治共享。",
    ["officialese"], "Slogans only.")
add("officialese", "phlegmatic",
    "……那……具体……我该怎么办……",
    "具体来说，就是要进一步畅通诉求渠道，完善工作机制，形成工作合力。",
    ["officialese"], "Claims to be specific but is only stock phrases.")
add("officialese", "unwell",
    "他们天天在我门口放电，我睡不着觉。",
    "维护群众的生命财产安全是我们义不容辞的责任，我们会加强排查，确保社会大局稳定。",
    ["officialese"], "Slogans to an unwell visitor; no care, no family help. No correction, so not confront.")
add("officialese", "resentful",
    "我跟你说了半天，你倒是给句话啊。",
    "大爷，您说的情况我都记下了。总之，我们会站在讲政治、顾大局的高度，依法依规、积极稳妥地推动问题解决。",
    ["officialese"], "One line of acknowledgement, then nothing but stock phrases.")
add("officialese", "choleric",
    "你们到底管不管？",
    "您说我们能不管吗？群众利益无小事，我们一定会全力以赴、攻坚克难！",
    ["officialese"], "Rhetorical question plus slogans; no fact or step.")
add("officialese", "confused",
    "大兄弟，这养老金咋算的你给俺唠唠。",
    "养老保险坚持全覆盖、保基本、多层次、可持续的方针，您只要积极参保，就能共享发展成果。",
    ["officialese"], "Slogans to a confused visitor who asked how it is calculated.")
add("officialese", "phlegmatic",
    "……我那低保……审得咋样了……",
    "正在按程序稳步推进中，一有进展会第一时间反馈。",
    ["officialese"], "Stock phrases where a stage and a statutory time limit exist.")
add("officialese", "veteran",
    "那我要的那笔钱呢？",
    "对于历史遗留问题，我们坚持尊重历史、正视现实、统筹解决，请你正确对待。",
    ["officialese"], "Slogans instead of a yes or no.")
add("officialese", "sanguine",
    "那我回去咋跟邻居们说呀？",
    "你就跟大家说，政府始终把群众冷暖放在心上，发展为了人民，发展依靠人民。",
    ["officialese"], "Gives slogans as the message to take home.")
add("officialese", "melancholic",
    "我是不是做错了什么……",
    "信访是群众的合法权利，我们坚持依法、及时、就地解决问题，保障群众的正当诉求。",
    ["officialese"], "Stock answer to a personal worry.")
add("officialese", "unwell",
    "我男人还在医院里关着……",
    "关于您反映的情况，我们将认真梳理，分类施策，依法依规妥善处置。",
    ["officialese"], "Stock phrases; no correction, so not confront.")
add("officialese", "phlegmatic",
    "……那我……下回……什么时候来……",
    "我们将持续跟踪问效，确保事事有回音、件件有着落。",
    ["officialese"], "Slogan instead of a date.")
add("officialese", "choleric",
    "欠我那八万块钱到底谁给！",
    "农民工工资支付事关社会和谐稳定，我们始终保持高压态势，坚决做到应发尽发。",
    ["officialese"], "Campaign slogans, no owner or step.")
add("officialese", "resentful",
    "我问的是我那个案子为什么不给复查！",
    "感谢您对我们工作的信任和支持。您的诉求我们已经收悉，下一步将结合实际，积极协调，妥善回应您的合理关切。",
    ["officialese"], "Courtesy opening, then only stock phrases; the question 'why' is not answered.")

# ---------------------------------------------------------- officialese (-)
add("officialese-n", "resentful",
    "我那几年工龄能不能算？",
    "您反映的事我们一定认真对待。按省里的文件，六一到六三年精简下放的，要有原单位的下放证明才能接续工龄。您手里有这个证明吗？",
    [], "Brief assurance followed by substance and a question.")
add("officialese-n", "confused",
    "为啥不给俺家新添的娃分地？",
    "说白了，地是一轮一分，这一轮里谁家添人减人都不动。您家娃赶上的是这一轮中间，等这一轮承包到期，村里重新调整时再说。",
    [], "Policy in plain words.")
add("officialese-n", "veteran",
    "别说套话，补偿标准是啥？",
    "标准是县政府二〇一八年第五号文件：砖混房每平方米两千一，附属物另算。您家评估是一百零二平，我们一项项对。",
    [], "Policy language with concrete figures.")
add("officialese-n", "phlegmatic",
    "……低保……审得咋样了……",
    "您的材料三月十号交到镇上，镇里入户调查已经做完，现在在县民政局审核，按规定三十个工作日内出结果，也就是五月中旬前，到时我打电话告诉您。",
    [], "Procedural words, but with stage, time limit and a call.")
add("officialese-n", "choleric",
    "到底啥时候解决？",
    "我不跟您说虚的：今天下午我把材料送到征收办，他们下周一前给书面意见，周二上午您来，我当面给您念。",
    [], "Concrete steps and dates.")
add("officialese-n", "sanguine",
    "那行，我回去等你电话哈！",
    "好嘞，您慢点走，天冷路滑，感谢您对我们工作的理解，有事随时来。",
    [], "Closing courtesy after the matter was handled.")
add("officialese-n", "melancholic",
    "我是不是做错了什么……",
    "您没做错啥。来反映问题是您的权利，这不丢人。我们先把您儿子的报销单子理一理，看看哪几张还能报。",
    [], "Mentions the right to petition, then a concrete step.")
add("officialese-n", "pestering",
    "这回到底咋说？",
    "还是上回那句话：您要的那块地在基本农田里，不能批宅基地，谁来也批不了。这个答复我写在本子上了，您拿回去看。",
    [], "Clear and consistent answer.")
add("officialese-n", "unwell",
    "他们天天在我门口放电。",
    "天天睡不好觉，人哪能扛得住。我今天就给您那儿的社区打电话，让网格员晚上去您家门口看看，再叫您闺女陪您住两天。",
    [], "Care and concrete help; no correction.")
add("officialese-n", "veteran",
    "你们这套依法依规我听腻了。",
    "那我说白话：依法依规在您这件事上就三条，第一，已复议维持；第二，诉讼期过了；第三，能走的只剩向市政府申请监督。就这三条。",
    [], "Uses the phrase, then gives three concrete facts.")
add("officialese-n", "resentful",
    "你们到底重视不重视？",
    "重视不重视不靠嘴说。我把您的事列进本月督办件了，编号在这张回执上，月底前主管科长要给您书面回复。",
    [], "Answers 'do you care' with a concrete action and date.")
add("officialese-n", "confused",
    "俺那八万块工钱该谁给呀？",
    "钱该总包方给。分包老板跑了，按规定总包单位要先垫付。我现在给劳动监察大队打电话，让他们通知总包方这礼拜内来对账。",
    [], "Owner, rule and a step.")

# --------------------------------------------------------- accept_gift (+)
add("accept_gift", "veteran",
    "（往桌上放两条烟）小意思，你留着抽。",
    "哎呀您太客气了，那我就先收着了。",
    ["accept_gift"], "Accepts cigarettes.")
add("accept_gift", "sanguine",
    "事儿办完了，晚上我请你们科室吃顿饭！",
    "行啊，那我跟科长说一声，晚上见。",
    ["accept_gift"], "Accepts a meal invitation.")
add("accept_gift", "melancholic",
    "我自己家种的一点小米，您别嫌弃……",
    "那我拿着了，您也不容易，这份心我收下了。",
    ["accept_gift"], "Accepts produce warmly.")
add("accept_gift", "resentful",
    "（临走塞过来一个信封）这里面是点茶叶钱。",
    "您的事我记清楚了：养老金少算了三年，您要的是把那三年补回来。我下周二前给您打电话，说清楚社保局怎么答复。这信封……行吧，那我先放抽屉里。",
    ["accept_gift"], "Good next step, then keeps the envelope at the end.")
add("accept_gift", "pestering",
    "你就收下这盒月饼，下回我来你多照顾照顾。",
    "月饼就月饼吧，过节嘛，放下吧。",
    ["accept_gift"], "Accepts a gift tied to favour.")
add("accept_gift", "choleric",
    "今天骂了你，不好意思，这箱酒给你赔罪！",
    "哈哈，大哥敞亮，那这酒我替同事们收下了。",
    ["accept_gift"], "Accepts liquor on behalf of the office.")
add("accept_gift", "confused",
    "大兄弟，俺给你捎了两只小笨鸡，自家养的，贼香！",
    "哎呀大娘，您这整的，那行，我拎回去炖上，谢谢您了哈。",
    ["accept_gift"], "Accepts chickens (Northeastern).")
add("accept_gift", "phlegmatic",
    "……这是……我自己写的……一幅字……还有……一盒茶……",
    "字我挂办公室，茶也一块儿拿着了，谢谢您。",
    ["accept_gift"], "Accepts both gifts.")
add("accept_gift", "unwell",
    "这个金镯子给你，你帮我把坏人抓起来。",
    "那行，镯子我替您保管，您放心。",
    ["accept_gift"], "Takes a valuable from an unwell visitor under the name of 'keeping it'.")
add("accept_gift", "veteran",
    "晚上去我那小馆子坐坐？不花钱，就当交个朋友。",
    "交朋友可以，就是别张扬，咱晚上七点见。",
    ["accept_gift"], "Accepts free hospitality, asking to keep it quiet.")
add("accept_gift", "sanguine",
    "这购物卡是超市送的，我用不着，你拿去给孩子买点吃的。",
    "那多不好意思……那我给孩子买点奶粉，谢谢您啦。",
    ["accept_gift"], "Token reluctance, then accepts a shopping card.")
add("accept_gift", "resentful",
    "我儿子在医院当主任，您家里谁看病我帮您挂专家号。",
    "那敢情好，我妈下礼拜正要去看腰，到时候找您。",
    ["accept_gift"], "Accepts a personal favour from a visitor with an open matter.")
add("accept_gift", "melancholic",
    "（把一袋苹果悄悄放在椅子底下）……",
    "（看了一眼，没出声）嗯，您的事我心里有数了，您先回吧。",
    ["accept_gift"], "Tacit acceptance: sees the gift and lets it stay.")
add("accept_gift", "choleric",
    "别推了！这两瓶茅台你不收就是看不起我！",
    "得得得，收收收，您别嚷了。",
    ["accept_gift"], "Gives in and accepts.")
add("accept_gift", "pestering",
    "这点土特产你都不收？",
    "我能不收吗？不收您又得跟我急，放那儿吧。",
    ["accept_gift"], "Rhetorical question, then accepts.")
add("accept_gift", "phlegmatic",
    "……中午了……一起……吃个饭……我请……",
    "那就楼下面馆吧，简单吃点，您请就您请。",
    ["accept_gift"], "Accepts a meal paid by the visitor.")
add("accept_gift", "confused",
    "闺女，这二百块钱你拿着买瓶水喝，俺不懂这些，全靠你了。",
    "大姨，那我先收着，您的事我给您盯着。",
    ["accept_gift"], "Accepts cash.")
add("accept_gift", "unwell",
    "我给你带了我腌的咸菜，你尝尝。",
    "好嘞，那我就不客气了，留着中午下饭。",
    ["accept_gift"], "Accepts a small food gift; still a gift from a visitor.")
add("accept_gift", "sanguine",
    "你人真好！下礼拜我女儿结婚，你一定来喝喜酒！",
    "先祝贺您！您反映的供暖问题我记全了：三楼东户，室温十四度，报修两回没人来。我明天上午给热力公司客服科打电话，周五前回您话。喜酒那天我一定到，红包就免了哈。",
    ["accept_gift"], "Model referral, then accepts the banquet invitation at the end.")
add("accept_gift", "confused",
    "俺侄子开车的，以后你上下班他顺路接送你。",
    "那敢情好，早上八点在小区门口就行。",
    ["accept_gift"], "Accepts a standing personal favour.")

# --------------------------------------------------------- accept_gift (-)
add("accept_gift-n", "veteran",
    "（放下两条烟）小意思。",
    "烟您拿回去，这个我不能要。您的事我照样办，不会因为这个快一天也不会慢一天。",
    [], "Refuses.")
add("accept_gift-n", "melancholic",
    "自家种的小米，您别嫌弃……",
    "大姐，您这份情我记着，米您一定带回去，孩子正长身体呢。有啥事您打我电话就行。",
    [], "Warm refusal.")
add("accept_gift-n", "sanguine",
    "晚上请你们科室吃饭！",
    "饭就不吃了，我们有规定。您要是真想谢，回头在回访电话里给我们打个分就行。",
    [], "Refuses the meal.")
add("accept_gift-n", "choleric",
    "这箱酒给你赔罪！",
    "赔啥罪，您着急我理解。酒您搬回去，不然我还得跑一趟给您送回家，您忍心让我跑腿儿不？",
    [], "Refusal with humour and a rhetorical question.")
add("accept_gift-n", "confused",
    "俺给你捎了两只小笨鸡！",
    "大娘，鸡您拎回去给大爷炖汤，我要收了得挨处分。您的事我照办，放心回吧。",
    [], "Refuses (Northeastern 小笨鸡 in the offer).")
add("accept_gift-n", "unwell",
    "这金镯子给你。",
    "镯子这么金贵，您可得戴好。我不能要，我让您闺女过来帮您收着。",
    [], "Refuses and involves family.")
add("accept_gift-n", "resentful",
    "我儿子帮您挂专家号。",
    "谢谢您惦记，真不用，我们家看病该排队排队。您儿子那边先别为我操心。",
    [], "Refuses a favour.")
add("accept_gift-n", "pestering",
    "这点土特产你都不收？",
    "不收。我不收是规矩，不是跟您见外。您那事的答复还是上次那样，收不收东西都不会变。",
    [], "Refuses and keeps the answer unchanged.")
add("accept_gift-n", "phlegmatic",
    "……中午……一起吃个饭……",
    "饭就不吃了，谢谢您。我陪您在这儿再坐会儿，您慢慢说，不着急。",
    [], "Refuses the meal, gives time.")
add("accept_gift-n", "sanguine",
    "这是我们村刚印的宣传册，送你一本！",
    "好呀，宣传册我留一本看看，回头还能了解您村里的情况。",
    [], "A free village brochure has no value; not treated as a gift.")
add("accept_gift-n", "confused",
    "俺侄子顺路接送你上下班。",
    "不用不用，我骑电动车挺方便。您侄子忙他的，咱们办事归办事。",
    [], "Refuses the favour.")
add("accept_gift-n", "melancholic",
    "（塞过来一个信封）……",
    "大姐，这个您收好，装回兜里。我当没看见，咱接着说您家那低保的事。",
    [], "Gives the envelope back and returns to the matter.")

# ---------------------------------------------------------------- good
add("good", "confused",
    "闺女，这是信访办不？",
    "是的大娘，外头冷吧？快进屋坐，我给您倒杯热水。您从哪个村来的？",
    [], "Warm introduction.")
add("good", "resentful",
    "我这辈子就毁在那次下放上了！",
    "您说，我听着，从头说，不着急。那年您多大？在哪个单位？",
    [], "Lets him vent and asks.")
add("good", "pestering",
    "我又来了。",
    "大叔来啦，今儿脚还疼不？您坐。那个事我的答复跟上回一样，不变；今天咱唠唠您最近吃住咋样。",
    [], "Care for the person and the same answer.")
add("good", "unwell",
    "他们又往我家放电了。",
    "哎呀，那可遭罪了。今天谁陪您来的？我让社区的小周过来，陪您回去看看。",
    [], "Goes along; community help.")
add("good", "veteran",
    "我知道规矩，你就说能给多少。",
    "按规定能给的，就是评估报告上的数，一百零二平，每平两千一。多的我给不了，也没人能给。",
    [], "Calm and firm on policy.")
add("good", "choleric",
    "（吼）你们到底管不管！",
    "管。您先坐下喝口水，嗓子都喊哑了。从头跟我说，我一条一条记，今天不说完咱不散。",
    [], "Calms, commits to a full hearing.")
add("good", "sanguine",
    "哈哈，我这人就是爱说，说多了你别烦啊！",
    "不烦，您说得热闹我听得明白。不过有两件事得给您说全了：暖气费涨价是市里统一调的，困难户可以申请减免。",
    [], "Gives the whole picture.")
add("good", "phlegmatic",
    "……嗯……",
    "不急，您想好了再说，我等着。",
    [], "Gives time.")
add("good", "melancholic",
    "我是不是给你们添麻烦了……",
    "不麻烦，这就是我们的活儿。您慢慢讲，讲到哪儿算哪儿。",
    [], "Gentle reassurance.")
add("good", "confused",
    "俺说完了，就这些。",
    "我给您捋一遍：一是您家新添的孙子没分到地；二是您闺女出嫁后那份地村里收回去了。就这两件，对吧？漏了啥您再说。",
    [], "Summary with a check.")
add("good", "resentful",
    "那你说咋办？",
    "我今天下午就给县人社局退管科打电话，查您当年的档案。下周三上午十点前我给您回电话，不管查到啥都告诉您。",
    [], "Concrete next step with a date.")
add("good", "pestering",
    "你们不给我办，我就不走了。",
    "您坐多久都行，中午我给您打份饭。但答复还是那个答复，不会因为您坐着就变。",
    [], "Care plus a consistent answer.")
add("good", "unwell",
    "我男人还在医院，我得去接他。",
    "您想他了，这我明白。咱先歇会儿，我给您侄女打个电话，让她来陪您，好不好？",
    [], "Goes along with the feeling; family help.")
add("good", "veteran",
    "上回别人闹了就给钱了。",
    "别人咋样我不评论，您这件就按您这件的规矩办。该补的差额，核实后照补；不该补的，来多少趟也是这个话。",
    [], "Firm; entitlement-conditioned.")
add("good", "choleric",
    "我那工钱拖了一年，老板电话不接，人也找不着！",
    "一年了，换谁都急。您把欠条和干活的记录给我看看……嗯，工地是城东那个小区对吧？这个归劳动监察大队，我现在就打电话，约他们明天上午跟您见面，我把您的电话留给他们。",
    [], "Long, patient, referral with a call.")
add("good", "sanguine",
    "反正就是这么个事儿！",
    "我重复一下您看对不对：您是想问暖气费为啥涨了，又想知道您家能不能减免。涨价是全市统一的，减免您得去街道申请，带上低保证。对吧？",
    [], "Summary with the answer and a check.")
add("good", "phlegmatic",
    "……那……我回去……想想……",
    "行，您回去好好想，想好了再来，或者打这个电话找我，姓王。这事不会因为您想几天就耽误。",
    [], "Gives time; contact left.")
add("good", "melancholic",
    "我这人没用，啥都办不成。",
    "可别这么说，您一个人把孩子拉扯大，这可不是没用。报销的事咱一起弄，今天先把单子理出来。",
    [], "Comfort without blame, then a step. Disagrees with self-blame kindly; not confront.")
add("good", "unwell",
    "（站在门口不进来）……",
    "大娘，外头风大，进来坐会儿吧，暖和暖和。我姓孙，您叫我小孙就行。",
    [], "Gentle introduction.")
add("good", "veteran",
    "咋的，又要跟我讲政策？",
    "大哥，政策我不念了，就说一句大白话：这事儿县里已经复查过了，结论不变；您要不服，还能往市里申请复核，我把地址给您写上。",
    [], "Plain and firm, remaining channel named (Northeastern 咋的).")
add("good", "confused",
    "那为啥邻居家补得多？",
    "打个比方，两家买肉，一家买了三斤一家买了五斤，钱就不一样。邻居家房子大、院子大，量的多，单价跟您家是一样的。",
    [], "Plain comparison.")
add("good", "resentful",
    "你们都一样，都是糊弄人的。",
    "您被糊弄过，不信我也正常。今天我说的每句话都记在本子上，您签字，下回谁来接待都得认这个。",
    [], "Accepts distrust, offers a signed record.")
add("good", "choleric",
    "你少给我来这套！",
    "行，我不绕。您要的是差价，我现在就把评估单拿来，咱俩当面一项一项算。",
    [], "Direct, no heat.")
add("good", "sanguine",
    "你们这儿人真好！",
    "您过奖了。咱还差一件事：您刚才说的宅基地确权，这个归自然资源所管，我把他们的电话写给您。",
    [], "Does not just agree along; specific referral.")
add("good", "phlegmatic",
    "……对……就是……这样……",
    "那我就记成这样：九八年修路占了您家二分地，补偿款您没见着，您想查查钱去哪了。下周五前我从镇财政所调账，查到了告诉您。",
    [], "Summary and a dated step.")
add("good", "melancholic",
    "那……我就等您电话？",
    "对，周四下午四点前我一定打过去。要是那天您没接着，我周五再打。您路上慢点。",
    [], "Commitment to act, closing courtesy.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.jsonl"), "w", encoding="utf-8") as f:
        for rec in LINES:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d lines" % len(LINES))


if __name__ == "__main__":
    main()
