#!/usr/bin/env python3
"""Hand-written training lines for petition reception (信访接待).

Every line below was written and labelled by hand. Running this script only
numbers the ids and writes lines.jsonl; it does not generate or label anything.

add(group, persona, visitor, text, codes, note)
  group 'confront'   -> id confront-NN  (positive, codes must contain confront)
  group 'confront-n' -> id confront-nNN (hard negative, codes must not contain it)
  group 'good'       -> id good-NN      (ordinary good line, codes empty)
"""
import json
import os
import re

ROWS = []
COUNTERS = {}


def add(group, persona, visitor, text, codes, note):
    COUNTERS[group] = COUNTERS.get(group, 0) + 1
    n = COUNTERS[group]
    if group.endswith('-n'):
        rid = '%s-n%02d' % (group[:-2], n)
    else:
        rid = '%s-%02d' % (group, n)
    ROWS.append({'id': rid, 'persona': persona, 'visitor': visitor,
                 'text': text, 'codes': list(codes), 'note': note})


C = 'confront'
# ---------------------------------------------------------------- confront +
# unwell visitors: any correction, doubt or explaining-away of the belief
add(C, 'unwell', '天天晚上有人往我家墙里打电波，脑壳嗡嗡响，睡不着。',
    '阿姨，电波这种东西隔着墙打不进来的，您多半是太累了，睡不好才嗡嗡响。',
    [C], 'Gentle, kind tone, but it explains the belief away (no waves, just tiredness); with an unwell visitor that is confront.')
add(C, 'unwell', '我男人没死，是医院把他藏起来了，你们帮我要人。',
    '大姐，死亡证明上写得清清楚楚，医院哪会藏人呢？',
    [C], 'Uses a document to correct the belief, plus a rhetorical doubt; correction of an unwell visitor.')
add(C, 'unwell', '隔壁老陈在我饭里下药，我吃了就心慌。',
    '心慌难受我听到了。不过老陈跟您无冤无仇，下药这个应该是您想多了，咱先去医院查查心脏好不好？',
    [C], 'Model opening and practical help, but the middle rules the poisoning belief out (想多了).')
add(C, 'unwell', '我手机被国安监听了，每句话他们都知道。',
    '国安哪有工夫听咱老百姓打电话呀。',
    [C], 'Rhetorical question that dismisses the belief; any doubt cast on an unwell visitor\'s belief is confront.')
add(C, 'unwell', '这张报纸就是我家的房契，上面有我爷爷的名字。',
    '老伯，这是张旧报纸，当房契是不作数的，您收好就行。',
    [C], 'Politely worded but states the paper is not a deed: correction of the belief.')
add(C, 'unwell', '我儿子被人掉包了，现在家里这个是假的。',
    '叔，户口本、身份证、长相都对得上，是您亲儿子没错。',
    [C], 'Calmly lists evidence against the belief; still a correction of an unwell visitor.')
add(C, 'unwell', '村书记派人天天跟着我，我走到哪他们跟到哪。',
    '我刚问了村里，这几天没人派出去，您看到的那几个是赶海的渔民，顺路而已。',
    [C], 'Checked facts, then explains the followers away; with an unwell visitor that is confront.')
add(C, 'unwell', '我存在银行的八百万被行长偷偷转走了。',
    '大爷，我帮您查了流水，您卡里一直就三千多块，没有八百万进出过。',
    [C], 'A documented fact, calmly stated, but it rules on the belief; any correction of an unwell visitor is coded.')
add(C, 'unwell', '水龙头里放出来的水有毒，我闻得出来。',
    '自来水公司每个月都检测，报告我这儿有，水是合格的，您放心喝。',
    [C], 'Reassuring in tone, but it rules the water safe against the visitor\'s belief.')
add(C, 'unwell', '我家屋顶上的信号塔在吸我的魂，我一天比一天瘦。',
    '您瘦是因为吃不下饭，跟那个塔不搭界的。咱先吃点东西好不好？',
    [C], 'Practical care follows, but first the belief is explained away.')
add(C, 'unwell', '我昨天在镇政府门口看见我死去的老伴了，他冲我招手。',
    '嫂子，人走了是不会回来的，您那是太想他了，眼睛花了。',
    [C], 'Warm but explains the sighting away as longing and poor eyesight.')
add(C, 'unwell', '我是中央派下来暗访的，你们要配合我。',
    '您要是中央派的，得有介绍信，没有的话就是普通群众，咱按群众来访登记。',
    [C], 'Reasoned, calm, but it tests and rejects the identity belief.')
add(C, 'unwell', '政府在我家门口装了摄像头，专门拍我洗澡。',
    '那是交警装的路口监控，朝着马路的，拍不到您屋里。您要实在不放心，我让社区的网格员上门陪您看看角度。',
    [C], 'The second half is the right practical help, but the opening explains the camera away.')
add(C, 'unwell', '你们这个房间有窃听器，咱们说话小点声。',
    '行，小点声。不过我跟您讲，这屋子上个月刚查过，干净得很，没那东西。',
    [C], 'Goes along at first, then corrects the belief at the end.')
add(C, 'unwell', '我家的鸡是被外星人抓走的，晚上有光。',
    '八成是黄鼠狼，夜里眼睛会反光。',
    [C], 'Short, friendly, but it replaces the belief with an explanation.')
add(C, 'unwell', '我不是疯子，是他们说我疯，把我关进医院的。',
    '医院的诊断书是专家开的，该吃的药还得吃，不是谁随便说的。',
    [C], 'Contradicts the visitor\'s view of her own illness by citing the diagnosis.')
add(C, 'unwell', '他们半夜往我窗户里吹毒气，我闻着头晕。',
    '半夜谁会专门跑来给您吹毒气呢？您想想，是不是煤气灶没关好？',
    [C], 'Safety concern is reasonable, but the rhetorical question and the gas-stove explanation dispute the belief.')
# sane visitors: arguing, contradicting sharply
add(C, 'resentful', '当年下放就是冤枉我，我啥错都没有，档案里那些都是瞎编的！',
    '档案是组织上盖了章的，不可能瞎编，您这么说可就没道理了。',
    [C], 'Argues back against a resentful visitor\'s account instead of hearing it.')
add(C, 'choleric', '你们镇里拆我房子连个通知都没有，半夜就开铲车来！',
    '怎么可能没通知？公告贴了一个月，你自己不看怪谁。',
    [C, 'rude'], 'Rhetorical contradiction plus scolding blame (怪谁): confront and rude.')
add(C, 'sanguine', '我听隔壁村说了，他们每亩补三万，我们才一万八，肯定是被人吃掉了。',
    '不对不对，他们那是建设用地，你们是耕地，你这是听风就是雨。',
    [C], 'The land-type fact is relevant, but it opens with 不对不对 and brands the reasoning; arguing, not explaining.')
add(C, 'veteran', '去年你们王主任亲口答应给我解决房子的，你别装不知道。',
    '王主任从来没答应过你这个，你别往他身上赖。',
    [C], 'Flat denial of the visitor\'s account without checking any record.')
add(C, 'pestering', '我爹就是修海塘累死的，凭啥不算烈士？',
    '修海塘累死的跟烈士是两码事，你非要往一块扯，那是扯不到一起的。',
    [C], 'A policy point delivered as an argument against the visitor (你非要往一块扯).')
add(C, 'choleric', '你们这些当官的就没一个好东西，全是收了开发商钱的！',
    '谁收钱了？你拿出证据来！没证据就别在这儿乱喷。',
    [C, 'rude'], 'Meets heat with heat: contradicts the accusation and insults (乱喷).')
add(C, 'phlegmatic', '我……我记得当时……合同上写的是三十年……',
    '别记了，合同上是十五年，三十年是你自己想出来的。',
    [C], 'Cuts in on a slow speaker and contradicts his memory sharply.')
add(C, 'melancholic', '我觉得村里人都看不起我，我去开会都没人跟我说话。',
    '哪有的事，人家忙自己的，是你想太多了。',
    [C], 'Dismisses the visitor\'s perception outright; contradicting a melancholic visitor\'s feeling.')
add(C, 'resentful', '我干了二十年民办教师，一分钱补贴都没拿到过！',
    '一分没拿到？表上明明写着你九八年领过一次，你这不是睁着眼睛说瞎话吗？',
    [C, 'rude'], 'Uses a record to accuse the visitor of lying: confront, and the accusation is contemptuous.')
add(C, 'confused', '俺寻思着，家里添了孙子，地就该多分一块，这不天经地义嘛。',
    '哪来的天经地义，你这想法本身就是错的。',
    [C], 'Argues with the confused visitor\'s idea instead of explaining the rule.')
add(C, 'choleric', '我交了十五年社保，凭什么退休金才一千出头！',
    '十五年？系统里明明只有十一年，你那四年是自己算错了，别跟我争。',
    [C], 'The record may be right, but it is thrown back as an argument (别跟我争).')
add(C, 'sanguine', '网上都说了，六十岁以上的农民每月都能领两千养老金！',
    '哪有两千？你被人忽悠了，网上那是瞎传的。',
    [C], 'Flat contradiction (哪有, 被人忽悠了) with no figures or explanation; arguing, not informing.')
add(C, 'veteran', '我上访十年，就是你们这帮人一直压着不办！',
    '压着？你那件事每年都答复了，书面答复都签收了，是你自己不认。',
    [C], 'Has the documented fact, but uses it to argue back (是你自己不认).')
add(C, 'resentful', '我老伴住院那年，村里说好给补助，后来就没影了。',
    '村里没说过给补助，您别把别人的话安到村里头上。',
    [C], 'Polite 您, but it flatly contradicts the visitor\'s account.')
add(C, 'pestering', '上回那个女同志说了能给我批的，我才又来的。',
    '她不可能这么说，我们从来不这么答复，肯定是你听岔了。',
    [C], 'Denies the account without checking; arguing rather than restating the answer.')
add(C, 'choleric', '你们就是踢皮球！我跑了五个地方了！',
    '我们什么时候踢皮球了？每次都给你指了路，是你自己不去。',
    [C], 'Defensive rhetorical question and counter-accusation.')
add(C, 'phlegmatic', '那个……测量的时候……我觉得……少量了两分地。',
    '测量是专业队拿仪器量的，不会少，你觉得不算数。',
    [C], 'Dismisses the visitor\'s account (你觉得不算数) instead of offering a re-measure.')
add(C, 'sanguine', '我跟你说，那个鱼塘承包的事，全村都知道村长跟老板是亲戚，肯定有猫腻！',
    '全村都知道？我看就你一个人这么说吧。',
    [C, 'rude'], 'Sarcastic contradiction: disputes the claim and mocks the visitor.')
add(C, 'veteran', '我这腰就是当年在工地上伤的，你们得认工伤。',
    '你那腰是后来自己摔的，医院病历写着呢，别往工地上推。',
    [C], 'Record cited as a rebuttal with an accusation (别往工地上推).')
add(C, 'resentful', '我那块地被征了，补偿款到现在没发齐，孩子上学都拿不出钱。',
    '孩子上学的事要紧，学费差多少，我先记下来，学校那边可以申请缓交。您这笔补偿款我这就打电话问国土所发到哪一步了。不过没发齐这话我不认，账上清清楚楚，您就是记岔了。',
    [C], 'A model turn until the end, where it contradicts the visitor before the check is even made.')
add(C, 'choleric', '你们这个低保评得不公平，有车有房的都评上了！',
    '有车有房的评上了？不可能，我们每户都入户核查过的，你这纯属瞎猜。',
    [C], 'Denies the report and calls it a guess instead of asking for the names.')
add(C, 'melancholic', '我总觉得我儿子那件事，是派出所没查清楚……',
    '派出所早就查清楚了，结论也出了，你就别再往那上面想了。',
    [C], 'Shuts down the visitor\'s doubt; no blame words but a sharp contradiction for a melancholic visitor.')
add(C, 'phlegmatic', '我家那棵树……是我爷爷……种的……不是他家的……',
    '树长在他家院墙里头，那就是他家的，你爷爷种的也没用。',
    [C], 'Brushes the visitor\'s account aside (也没用) instead of explaining how ownership is decided.')
add(C, 'melancholic', '我觉得那次评低保，他们是故意不给我家的……',
    '没人故意针对你，你不要把什么事都往坏处想。',
    [C], 'Denies the perception and tells her how to think; no blame words, but a contradiction.')
add(C, 'confused', '俺听人说，这个土地确权以后，地就归俺个人了，能卖。',
    '谁跟你说能卖的？瞎说，确权不是这个意思。',
    [C], 'Rhetorical challenge and 瞎说 instead of explaining what registration means.')
add(C, 'pestering', '你们上回就是答应过我的，我录了音的！',
    '录了音你放出来听听，我敢说里面一句答应都没有。',
    [C], 'A dare: argues with the visitor\'s account rather than offering to listen together.')
add(C, 'sanguine', '我觉得那个补偿标准是镇里自己定的，县里根本不知道！',
    '县里怎么会不知道，你这就是想当然。',
    [C], 'Contradicts and brands the view as assumption, without stating who set the standard.')
add(C, 'phlegmatic', '……我那年……交了……三千块……集资款……',
    '三千块集资款，哪一年交的，交给谁，有没有收条？您慢慢想，不急。不过我先说一句，当年集资都是自愿的，钱早退了，您多半是记混了。',
    [C], 'Good patient questions, then hidden at the end a ruling that the visitor misremembers, before any check.')
add(C, 'melancholic', '我总觉得邻居在背后说我家闲话……',
    '邻居自己家的事都忙不过来，哪有空说你家闲话？',
    [C], 'Rhetorical question dismissing the visitor\'s perception; not mockery of the person, so not rude.')

C = 'confront-n'
# unwell: going along, asking about the experience, practical help
add(C, 'unwell', '天天夜里有人往我家墙里打电波，脑壳嗡嗡响。',
    '嗡嗡响一宿一宿睡不着，搁谁也受不了。这几天吃饭咋样？家里还有谁跟您一块住？',
    [], 'Goes along with the suffering and asks about eating and family; no ruling on the waves.')
add(C, 'unwell', '我男人是被医院扣着不放的，我要见他。',
    '您想他想得厉害，这我看得出来。您跟我说说他是个什么样的人？今天谁陪您来的？',
    [], 'Acknowledges the longing and asks about him and who came along, without saying he is dead.')
add(C, 'unwell', '隔壁在我饭里下药，我不敢吃饭了。',
    '那您这两天吃饭心里肯定不踏实。我让社区的王姐陪您去趟卫生院查查身子，查完心里也有底，好吗？',
    [], 'Practical help (a check-up with a community worker) without saying whether anyone poisoned the food.')
add(C, 'unwell', '这张报纸是我家房契，你们给我盖个章。',
    '这张纸您收得这么仔细，对您肯定要紧。章我这里盖不了，咱先把它装进这个文件袋里，别弄皱了。您儿子电话多少，我跟他说一声您来过了。',
    [], 'Declines the stamp (an act), not the belief; protects the paper and reaches family.')
add(C, 'unwell', '我身上有虫子在爬，你看你看。',
    '我看着呢。痒得难受是吧？咱们别用手抓，抓破了要发炎。我叫医务室的刘医生过来给您看看，好不好？',
    [], 'Looks, accepts the itch, calls a doctor; never says there is nothing there.')
add(C, 'unwell', '政府在我家门口装摄像头，天天拍我。',
    '被人盯着的感觉肯定难受。您要不要我叫网格员明天上门坐坐，陪您把家里门窗都看一遍？',
    [], 'Near-miss to the camera positive: same help offered, but the belief is left alone.')
add(C, 'unwell', '我的退休金被一个长得跟我一模一样的人领走了。',
    '退休金的事咱们能查。您把卡带来了吗？我陪您去隔壁社保窗口打一下这半年的明细，一笔一笔看。',
    [], 'Practical help checking the money; says nothing about the double. Contrast [[卡里一直就三千多块]].')
add(C, 'unwell', '他们都说我疯了，我没疯，是他们害我。',
    '被人这么说，心里憋屈。我不给您下什么结论，我就听您讲。您说他们害您，是从什么时候开始的？',
    [], 'Explicitly withholds judgement and asks about the experience.')
add(C, 'unwell', '水龙头的水有毒，我闻得出来。',
    '闻着不对劲，那喝着肯定不放心。这样，我让村里先给您送两桶桶装水过去，水的事我跟自来水公司说，让他们上门取个样。',
    [], 'Practical help without ruling on the water; contrast [[自来水公司每个月都检测]] which declares it safe.')
add(C, 'unwell', '我老伴昨天在镇政府门口冲我招手。',
    '您看见他冲您招手，心里是什么滋味？他走了多久了？这些日子谁陪着您？',
    [], 'Asks about feelings and support without explaining the sighting.')
# sane: calmly stating a policy or a documented fact
add(C, 'resentful', '当年下放就是冤枉我，档案里那些都是瞎编的！',
    '您心里这口气憋了几十年，我理解。档案里写的是七二年的调令，我复印了一份给您看看；您觉得哪一句不对，指给我，我一条一条记下来，往上报复查。',
    [], 'Shows the record calmly and invites the visitor to dispute it; no argument.')
add(C, 'choleric', '拆我房子连个通知都没有！',
    '您说没收到通知，这个我记下了。我这边能查到的是九月三号在村委会贴过公告，照片在这儿。贴了您没看到也是可能的，咱们一起看看上面写了什么。',
    [], 'States the documented fact and allows that the visitor missed it; contrast [[公告贴了一个月]].')
add(C, 'veteran', '王主任亲口答应给我解决房子的。',
    '这件事我查了王主任的接访记录，记录上写的是“按政策答复”，没有答应给房。你要是手里有书面的东西，拿来我们核对。',
    [], 'Cites the record and invites evidence; firm but not argumentative.')
add(C, 'sanguine', '网上说六十岁以上农民每月能领两千养老金。',
    '这个说法我也看到过。咱们县今年基础养老金是每月一百九十元，另外加上个人账户的钱，交得多领得多。我拿您的缴费记录给您算一算。',
    [], 'Gives the actual figures and offers a calculation instead of calling the visitor gullible.')
add(C, 'pestering', '我爹修海塘累死的，凭啥不算烈士？',
    '老人家为修海塘出了力，村里人都记得。烈士评定有它的条件，要在战斗或者抢险救灾这些情形里牺牲，您父亲这种情况对不上。因公的抚恤当年已经发过，这个答复跟上回一样。',
    [], 'Calm statement of the rule and the same answer as last time; contrast [[你非要往一块扯]].')
add(C, 'confused', '添了孙子，地就该多分一块，这不天经地义嘛。',
    '大爷，您这么想的人可不少。打个比方，村里的地像一口锅，锅就这么大，包给各家三十年不动，谁家添人减人都不重新分，这样大家种得才安心。',
    [], 'Explains the rule with a comparison and without telling him he is wrong.')
add(C, 'melancholic', '我觉得村里人都看不起我。',
    '这种感觉压在心上，挺难受的。能跟我说说是哪件事让您这么觉得的吗？',
    [], 'Asks about the perception instead of denying it; contrast [[是你想太多了]].')
add(C, 'phlegmatic', '那个……测量的时候……我觉得……少量了两分地。',
    '您不急，慢慢想。您是觉得哪一边少了？当时谁在场？要是对不上，可以申请重新测一次，我把申请表给您。',
    [], 'Takes the doubt seriously and offers a re-measure; contrast [[你觉得不算数]].')
add(C, 'veteran', '你们这帮人一直压着我的事不办！',
    '你的事这十年每年都有书面答复，签收单在卷里。答复的内容你不认，可以走复查，复查的路子我给你写下来。',
    [], 'Same documented fact as [[是你自己不认]] but stated flatly with a route, no counter-accusation.')
add(C, 'choleric', '有车有房的都评上低保了！',
    '你要是知道具体哪一户，告诉我名字和村，我们拿去核查，查实了就取消。举报人信息我们保密。',
    [], 'Does not dispute the report; asks for the details and explains what happens.')
add(C, 'resentful', '我干了二十年民办教师，一分补贴都没拿到！',
    '二十年站讲台，不容易。我这儿查到九八年有一笔补贴记录，可能不是您说的那一项，也可能是发到别处去了。您回想一下，那年有没有领过一笔钱？',
    [], 'Puts the record as a question and leaves room for the visitor; contrast [[睁着眼睛说瞎话]].')
add(C, 'sanguine', '村长跟老板是亲戚，鱼塘承包肯定有猫腻！',
    '您说的这个情况，要是有招标的时间、价钱这些线索，可以写个书面举报交到纪委，他们会核查。光凭亲戚关系，还定不了有问题。',
    [], 'States the evidentiary standard calmly and gives a route; not an argument.')
add(C, 'choleric', '你们就是踢皮球！我跑了五个地方了！',
    '跑了五个地方，换谁都冒火。您把这五个地方说给我听，哪一家说了什么，我记下来，今天这件事在我这儿落个地。',
    [], 'Accepts the visitor\'s experience without defending the office; contrast [[我们什么时候踢皮球了]].')
add(C, 'phlegmatic', '那棵树……是我爷爷……种的……',
    '您爷爷种的树，这份念想我懂。按规矩，树归谁一般看长在谁的宅基地上；您家要是有当年的宅基地图或者老证人，我们可以拿来对一对。',
    [], 'States the rule calmly and invites evidence; contrast [[你爷爷种的也没用]].')
add(C, 'confused', '俺听说确权以后地就归俺个人了，能卖。',
    '这个说法传得挺广。确权是把您承包的地块、面积登记清楚，发个证，地还是村集体的，您有的是承包经营权，可以流转出租，但不能卖。',
    [], 'Corrects a misunderstanding of policy by explaining it, without arguing; a confused visitor is not unwell.')
add(C, 'pestering', '你们上回答应过我，我录了音的！',
    '录音您要是愿意，可以放给我听，我们一起听。听完有答应的话，我们认账；没有的话，答复还是原来那个。',
    [], 'Offers to check the evidence together; firm but not argumentative.')
add(C, 'melancholic', '我觉得那次评低保，他们是故意不给我家的……',
    '您这么想，心里一定很委屈。评议那天的记录我调出来了，上面写的是家里收入超了三百块。要不要我一条一条念给您听？',
    [], 'Acknowledges the feeling and offers the documented reason; contrast [[没人故意针对你]].')

R = 'rude'
# ---------------------------------------------------------------- rude +
add(R, 'confused', '同志，这个表格我不会填，俺不识几个字。',
    '这么简单的表都不会填？那你跑来干啥。',
    [R], 'Contempt for a visitor with little schooling.')
add(R, 'resentful', '我今天非要把这口气说出来不可，当年……',
    '行了行了，这些陈年旧账我听八百遍了，说点新鲜的。',
    [R], 'Cuts off a resentful visitor with impatience and mockery.')
add(R, 'pestering', '我又来了，还是上回那个事。',
    '哟，又是你啊，我们这儿都快成你家了。',
    [R], 'Sarcasm at a repeat visitor.')
add(R, 'unwell', '电视里的人在跟我说话。',
    '那你让电视给你办去呗。',
    [R], 'Mockery of an unwell visitor; it does not argue the belief, it sneers at it.')
add(R, 'veteran', '今天不给说法我就去省里。',
    '去呀，腿长在你身上，车票钱要不要我给你出？',
    [R], 'Sarcastic taunt; not a real offer of money.')
add(R, 'choleric', '你们全是饭桶！',
    '你骂谁饭桶？你再骂一句试试！',
    [R], 'Meets heat with heat and threatens.')
add(R, 'sanguine', '我跟你讲啊，我这人就是爱打抱不平，隔壁家那个事……',
    '你自己的事还没说清，倒管起别人家的闲事来了。',
    [R], 'Talks down to the visitor; a scolding put-down rather than steering back.')
add(R, 'phlegmatic', '这个……我想想……怎么说呢……',
    '想好了再来，别耽误后面的人。',
    [R], 'Impatience with a slow speaker; sends him off.')
add(R, 'melancholic', '我知道我没用，连个低保都保不住……',
    '知道就好，自己不上心怪谁。',
    [R], 'Agrees with the self-blame and adds contempt.')
add(R, 'confused', '那个增人不增地，是不是说俺孙子以后都没地种了？',
    '我跟你说了三遍了，你怎么就是听不懂呢？',
    [R], 'Impatient rhetorical question that talks down to a confused visitor.')
add(R, 'resentful', '我男人在厂里干了一辈子，死了连个抚恤都没有。',
    '您先喝口水。您爱人是哪年进厂、哪年走的，我记一下，下午跟人社局核一核抚恤的政策。一把年纪了，别动不动就哭哭啼啼的，让人看笑话。',
    [R], 'Good questions and a step, then a contemptuous remark at the end.')
add(R, 'pestering', '你们不给我办，我就天天来坐着。',
    '坐吧坐吧，反正你也没别的事干。',
    [R], 'Contemptuous sarcasm.')
add(R, 'unwell', '我是皇帝的后代。',
    '皇帝的后代还来信访办排队？',
    [R, 'confront'], 'Mocking rhetorical question that also casts doubt on the belief: rude and confront.')
add(R, 'veteran', '你不就是个小科员吗，叫你们局长出来。',
    '局长忙得很，没空陪你演戏。',
    [R], 'Labels the visitor as play-acting.')
add(R, 'choleric', '我告诉你，今天这事不解决，我就死在你们这儿！',
    '你死不死跟我有什么关系，吓唬谁呢。',
    [R], 'Contempt in the face of a threat of self-harm.')
add(R, 'sanguine', '哎呀同志，你们这儿装修得挺气派啊，花了不少钱吧？',
    '关你什么事，说你的事。',
    [R], 'Curt and contemptuous reply to small talk.')
add(R, 'phlegmatic', '我……上回……来过一次……',
    '你能不能一口气把话说完？',
    [R], 'Impatience with a phlegmatic visitor.')
add(R, 'melancholic', '我也不想麻烦你们，就是实在没办法了……',
    '没办法就来找政府，政府是你家保姆啊？',
    [R], 'Mocking rhetorical question.')
add(R, 'confused', '俺就想问问，这养老保险咋交，交多少。',
    '恁连这个都不知道？村里大喇叭喊了一个月，耳朵塞驴毛了？',
    [R], 'Dialect mockery: ridicules the visitor for not knowing.')
add(R, 'pestering', '同志，还是那个宅基地的事，我又来麻烦您了。',
    '您真是辛苦了，一年来二十趟，比我们上班还准时呢。',
    [R], 'Polite-sounding sarcasm.')
add(R, 'veteran', '我认识你们县里的领导，你给我注意点态度。',
    '认识领导了不起啊？',
    [R], 'Short sarcastic retort.')
add(R, 'choleric', '（拍桌子）你们还讲不讲理？',
    '拍什么桌子？这是你家啊？再拍就叫保安把你拖出去。',
    [R], 'Scolding plus a threat used to scare, not a calm statement of the limit.')
add(R, 'sanguine', '我觉得吧，这个政策本身就有问题，我来给你们提提建议。',
    '你一个卖海鲜的，还给政府提建议，操的心不小。',
    [R], 'Talks down to the visitor because of his job.')
add(R, 'phlegmatic', '……（沉默很久）……我那个补偿款……',
    '（敲桌子）快点快点，我这儿一上午就接你一个？',
    [R], 'Hurries a phlegmatic visitor with open impatience.')
add(R, 'melancholic', '我儿子走了以后，我就一个人，也没人管……',
    '大姐，您一个人撑到现在不容易。独居老人有探访关爱服务，我今天就跟社区说，让他们每周上门一次，水电煤气也帮您看看。您也别老这么丧着个脸，谁看了都烦。',
    [R], 'Model help, then a contemptuous remark about her face at the end.')
add(R, 'confused', '你好，我想咨询一下公积金提取要什么材料，网上写得我没看懂。',
    '大学生还看不懂这个？你们现在读书都读到哪去了。',
    [R], 'Talks down to a young professional.')
add(R, 'resentful', '我那点工资被包工头拖了一年，我一家老小等着吃饭。',
    '谁让你不签合同就去干活的，现在知道急了？',
    [R], 'Scolding with contempt, beyond soft blame.')
add(R, 'pestering', '我不管，反正你们得给我个说法。',
    '说法早给你了，是你自己脑子转不过弯来。',
    [R], 'Insults the visitor\'s intelligence.')
add(R, 'veteran', '上回给老李家补了两万，凭什么我没有？',
    '你就盯着钱是吧？怪不得大家背后都叫你老上访户。',
    [R], 'Labels the visitor.')
add(R, 'choleric', '你们这些当官的，就知道坐办公室喝茶！',
    '我喝茶碍着你了？你有本事你来坐这个位子？',
    [R], 'Rhetorical counter-attack; meets heat with heat.')
add(R, 'sanguine', '同志我跟你说，我表哥在市里上班，他说这事能办。',
    '那你找你表哥去啊，跑这儿来干嘛。',
    [R, 'buck_passing'], 'Contemptuous brush-off that also pushes the visitor away with no owner named.')
add(R, 'unwell', '我闻得出水里有毒。',
    '你鼻子比化验室还灵啊？',
    [R, 'confront'], 'Sarcasm that doubts the belief of an unwell visitor.')
add(R, 'melancholic', '我……我是不是不该来……',
    '来都来了，还啰嗦什么。',
    [R], 'Curt and contemptuous to a timid visitor.')
add(R, 'phlegmatic', '阿拉……阿拉屋里厢格围墙……',
    '侬讲普通话好伐，听都听不懂，急煞人。',
    [R], 'Impatience and talking down over dialect.')
add(R, 'melancholic', '我……我又来了，是不是很烦人……',
    '知道烦人还来？',
    [R], 'Four-character put-down of a timid visitor.')

R = 'rude-n'
add(R, 'pestering', '你就再给我想想办法嘛。',
    '老张，我跟您说句实在话：这个宅基地，政策上没有，今年没有，明年也不会有。您身子要紧，别再来回跑了。',
    [], 'Blunt frankness with care; not contempt.')
add(R, 'choleric', '（拍桌子）你们到底讲不讲理？',
    '老哥，桌子拍疼了手。您有火冲我来，我听着，您慢慢说，这事到底是怎么一回事。',
    [], 'Answers the table-banging with warmth; contrast [[再拍就叫保安]].')
add(R, 'veteran', '今天不给钱我就不走了。',
    '您坐多久都行，这是接待室。但钱的事我今天答复您：没有依据，不会给。',
    [], 'Firm refusal, calm tone.')
add(R, 'confused', '俺那个养老保险，咋整啊？',
    '大爷，恁别急，俺给恁掰扯掰扯：一年交一回，交得多老了领得多，就跟存钱罐似的。',
    [], 'Dialect warmth and a plain comparison; contrast [[耳朵塞驴毛]].')
add(R, 'phlegmatic', '……我那个……',
    '不急，您慢慢想，我等着。',
    [], 'Gives time.')
add(R, 'resentful', '你们年轻人哪晓得我们那时候吃的苦！',
    '是，我没吃过那样的苦，您跟我讲讲，我是真想听。',
    [], 'Accepts the reproach and invites the story.')
add(R, 'unwell', '你们是不是觉得我是疯子？',
    '我没这么想。您今天来，是有事想说，我就听您说。',
    [], 'Reassuring without labelling or correcting.')
add(R, 'sanguine', '哎同志，你们这儿装修挺气派啊。',
    '哈哈，就是刷了刷墙。您今天从哪个村过来的？路上堵不堵？',
    [], 'Light humour and small talk; contrast [[关你什么事]].')
add(R, 'melancholic', '我知道我没用……',
    '您别这么说自己。这么多年一个人把孩子拉扯大，这哪是没用。',
    [], 'Gentle contradiction of self-blame is comfort, not rudeness.')
add(R, 'resentful', '包工头跑了，我工钱要不回来了。',
    '唉，当时要是签个书面合同就好办多了。不过没合同也能讨，工友作证、微信转账记录都算证据，咱们一样一样找。',
    [], 'Soft blame (a fault lowering the score, but not rude under the rubric) followed by help.')
add(R, 'choleric', '我今天就砸了你这破办公室！',
    '东西不能砸，砸了是要担法律责任的，这话我得跟您讲清楚。您的火我知道是冲着补偿款来的，咱们说补偿款。',
    [], 'Calmly states the legal limit, then turns to the matter.')
add(R, 'pestering', '我明天还来。',
    '来可以，答复还是这个答复。',
    [], 'Short and firm, consistent answer; not contempt.')
add(R, 'veteran', '你一个小科员，做得了主吗？',
    '我做不了主的，我不装。你的事怎么办，政策说了算，不是谁官大谁说了算。',
    [], 'Frank and firm; no put-down.')
add(R, 'confused', '阿拉老太婆不识字，侬帮我看看这张纸。',
    '阿婆，侬坐好，我一句一句念给侬听，听不懂就问我，勿要难为情。',
    [], 'Dialect warmth with a visitor who cannot read; contrast [[这么简单的表都不会填]].')
add(R, 'phlegmatic', '……我还有……一件事……',
    '您说，我们今天时间够。说完了我给您理一理，看看有没有漏的。',
    [], 'Patient, no hurry.')
add(R, 'sanguine', '我表哥说这事能办，他在市里上班。',
    '您表哥在哪个单位我不清楚，但这件事能不能办，看的是政策，不看认识谁。按政策，您这一项对不上。',
    [], 'Frank correction of an expectation, stated as policy, not mockery; contrast [[那你找你表哥去啊]].')
add(R, 'melancholic', '低保停了，我也不晓得为啥……',
    '我查了，是去年十月的年审您没去，系统自动停的。不是您犯了错，补一次年审就能恢复，我陪您把表填了。',
    [], 'States the cause plainly and removes blame.')
add(R, 'unwell', '我要在你们门口烧纸，让他们都看看！',
    '门口烧纸不行，容易着火，伤着您。您心里的苦，进来跟我说。',
    [], 'Firm on behaviour, kind in tone.')
add(R, 'resentful', '我这事你们到底管不管？',
    '管。管的意思是我给您查清楚、答复清楚，不一定是您想要的答复，这个我先说在前头。',
    [], 'Blunt honesty about what help means.')
add(R, 'choleric', '（骂了几分钟后）……反正你们都是一帮混蛋！',
    '您骂了这么半天，气出了一些吧？骂人的话我就当没听见，咱们说正事：您这个门面房是哪天被封的？',
    [], 'Mild criticism of abuse after venting, then back to the matter.')

B = 'buck_passing'
# ---------------------------------------------------------------- buck_passing +
add(B, 'confused', '同志，俺家门口那路灯坏了半年了，该找谁？',
    '路灯啊，那不是我们这儿的事，你去外面问问别人吧。',
    [B], 'Pushes the visitor away; no owner named.')
add(B, 'resentful', '我的工伤认定拖了两年，到底谁管？',
    '这个……谁管你问我，我问谁去。',
    [B], 'Shrugs off the question of who owns it.')
add(B, 'pestering', '你们这儿不管，那我找谁？',
    '找谁都一样，你自己看着办。',
    [B], 'Leaves the visitor to fend for himself.')
add(B, 'unwell', '楼上天天往我家灌毒气，你们得管。',
    '这种事我们管不了，你找别人去吧。',
    [B], 'Pushes an unwell visitor away without naming community or family help.')
add(B, 'veteran', '我要求重新鉴定伤残等级。',
    '鉴定不是我们这儿办的，你去外头打听打听哪儿能办。',
    [B], 'Says not ours but gives no owner or route.')
add(B, 'choleric', '我被城管推了一把，这事你们管不管？',
    '这种事你跟我们说有什么用？我们又不是管打架的。',
    [B], 'Rhetorical brush-off with no owner named.')
add(B, 'sanguine', '我想问问孩子转学的事，是不是你们这儿也能办？',
    '转学？你去学校门口问问家长吧，他们门儿清。',
    [B], 'Sends the visitor to other parents instead of the office that owns it.')
add(B, 'phlegmatic', '那……这个……我该去哪儿……问……',
    '反正不是这儿，你回去慢慢琢磨吧。',
    [B], 'Brush-off to a slow visitor; no route.')
add(B, 'melancholic', '我也不知道该找谁，跑了好多地方都说不归他们……',
    '那我也没办法，大家都不管，我一个人能怎么弄。',
    [B], 'Joins the chain of refusals.')
add(B, 'confused', '那这个新农合报销，到底该找哪个单位？',
    '可能是卫健局，也可能是医保局，反正你挨个跑一趟就知道了。',
    [B], 'A shrugging guess when asked who owns it.')
add(B, 'resentful', '我都七十多了，腿脚不好，你就告诉我到底去哪儿。',
    '老人家，真不好意思，这个事情比较复杂，您还是回去问问村里吧，他们应该清楚。',
    [B], 'Polite-sounding, but a vague guess sending an old man back to the village.')
add(B, 'pestering', '上回你们说要转走，转到哪儿去了？',
    '转出去了就不归我们了，你找接手的人吧。',
    [B], 'Does not say who took it over.')
add(B, 'phlegmatic', '我……房子……被人……换了锁……进不去……',
    '这事儿你得另找门路，我们这儿帮不上。',
    [B], 'Turns an unwell visitor away with no owner and no help.')
add(B, 'veteran', '你们信访局不解决，那要你们干嘛？',
    '我们就是登个记，解决不解决是下面的事，跟我们不沾边。',
    [B], 'Vague 下面 with no named office; disowns the matter.')
add(B, 'choleric', '房子漏水，物业不管，开发商也不管，你们再不管我找谁？',
    '那你接着找物业、找开发商呗，总有一个会管。',
    [B], 'Sends the visitor back to those who already refused.')
add(B, 'sanguine', '这个噪音扰民的事，我打了好几个电话都没人理。',
    '那就多打几个呗，打到有人接为止。',
    [B], 'No owner, no route; leaves it to the visitor.')
add(B, 'phlegmatic', '我……想……问一下……退伍……补助……',
    '退伍的事儿找管退伍的口子，我们这儿没人懂这个。',
    [B], 'A vague pointer (管退伍的口子), no office or address.')
add(B, 'melancholic', '我儿子在学校被欺负，老师也不当回事……',
    '孩子被欺负，当妈的心都揪着，我懂。您慢慢说，是几年级、哪个学校？……（听完）嗯，这些我记下了。不过学校里的事，我们这边也插不上手，您还是自己跟学校再沟通沟通吧。',
    [B], 'Warm listening, then hidden at the end it sends her back to the school that failed her.')
add(B, 'confused', '我想给老屋办个房产证，得去哪？',
    '那得去办证的地方，具体哪儿我不清楚，你上网搜搜。',
    [B], 'No owner; pushes an elder to search online.')
add(B, 'resentful', '你们不管，那我找谁说理去？',
    '谁让你受的气你找谁去，跑我们这儿撒什么气？',
    [B, 'rude'], 'Pushes away and scolds.')
add(B, 'pestering', '我就要你们领导给我签字。',
    '领导签不签字我管不着，你去楼上碰碰运气吧。',
    [B], 'Sends the visitor off to try his luck.')
add(B, 'veteran', '我这事到底是市里管还是区里管？',
    '这个嘛，各级有各级的职责，您可以多方面了解一下。',
    [B, 'officialese'], 'Asked who owns it, answers with a stock phrase that names no one.')
add(B, 'sanguine', '我想办个小吃摊，要办什么证？',
    '这个我们不清楚，你问问做这行的人就知道了。',
    [B], 'Sends to other vendors rather than naming the licensing office.')
add(B, 'phlegmatic', '我那个……低保……停了……',
    '停了？那你去问停你的人。',
    [B], 'Curt push-away with no office named.')
add(B, 'melancholic', '医院说这个药不能报，我也不懂……',
    '医院说不能报那就是不能报，我们也说不上话，你别再到处问了。',
    [B], 'Closes the door without naming the medical insurance office.')
add(B, 'unwell', '你们要派人保护我，不然我就没命了。',
    '保护人不是我们干的活儿，你上别处求去吧。',
    [B], 'Turns away a frightened unwell visitor; no community or family contact.')
add(B, 'confused', '我公司不给我交社保，我该怎么投诉？',
    '投诉啊，网上渠道挺多的，你自己找找看哪个管用。',
    [B], 'Leaves a young worker to find the channel himself.')
add(B, 'resentful', '我在海上打了三十年鱼，现在船被拆了，补贴一分没拿到。',
    '三十年在海上风里来浪里去，辛苦了。渔船拆解补贴这块嘛，政策变了好几回，谁管我也拿不准，您回镇上问问看吧。',
    [B], 'Warm opening, then a shrugging guess about who owns it.')
add(B, 'veteran', '你们今天不给我答复，我就去北京。',
    '去哪儿是你的自由，我们这儿反正管不了你这事。',
    [B], 'Disowns the matter without any owner or answer.')

B = 'buck_passing-n'
add(B, 'confused', '俺家门口路灯坏了半年了，该找谁？',
    '路灯归县城管局的市政科管。我给您写个条：市政科，在城建大楼二楼，电话我也抄上了，您打过去报个路名就行。',
    [], 'Names the owner with address and phone.')
add(B, 'resentful', '工伤认定拖了两年，到底谁管？',
    '工伤认定是人社局工伤科管的。您拖了两年，超期了，我现在就给工伤科打电话问卡在哪一步，再给您开转办单，他们十五个工作日内要回复。',
    [], 'Owner named, call on the spot, referral note and a deadline.')
add(B, 'unwell', '我被人跟踪了，你们帮我报警。',
    '报警你直接打一一零，或者我们楼下就是派出所的警务室，我带你下去。',
    [], 'Curt but names the owner and takes the visitor there.')
add(B, 'veteran', '我要求重新鉴定伤残等级。',
    '重新鉴定要向市劳动能力鉴定委员会申请，结论满一年才能申请复查。你的结论是前年的，可以申请，表格在这里，地址在人社局大楼五楼。',
    [], 'Owner, condition, form and address.')
add(B, 'sanguine', '孩子转学的事你们这儿能办吗？',
    '转学我们办不了，是县教育局基础教育科办的，带上户口本和房产证明去，窗口在教育局一楼大厅。我给你写在纸上。',
    [], 'A refusal that names the owner and the route is a referral.')
add(B, 'melancholic', '跑了好多地方都说不归他们……',
    '跑来跑去，心都凉了吧。您这个是医保报销的事，归医保局管。我现在给医保局的稽核科打电话，约好时间，您直接去找陈科长，不用再从头排队。',
    [], 'Ends the chain: owner named and an appointment made.')
add(B, 'pestering', '上回你们说要转走，转到哪儿去了？',
    '上月十二号转给了镇农办，经办人是周同志，这是他的电话。转办单的回执我这里有复印件，您拿一份。',
    [], 'Says exactly where it went and who holds it.')
add(B, 'choleric', '房子漏水，物业不管，开发商也不管！',
    '新房五年内防水归开发商保修，他们推，您就找住建局的物业科投诉，他们能管开发商。我给住建局打个电话，说您下午过去。',
    [], 'Explains who is liable and who can compel them, and phones ahead.')
add(B, 'phlegmatic', '我……想问一下……退伍……补助……',
    '退伍的补助，归县退役军人事务局，在人民路八号。您别急，我把地址和电话写给您，还有要带的材料：退伍证、身份证。',
    [], 'Names the office, address and documents.')
add(B, 'confused', '新农合报销到底该找哪个单位？',
    '找医保局。以前归卫健局，前几年改到医保局了。县医保局就在人民医院对面，一楼有窗口。',
    [], 'Definite answer with the reason for the confusion and a place.')
add(B, 'veteran', '法院判我输了，你们信访局给我翻过来。',
    '这个案子已经判了，信访这条路翻不了案。你要是不服，走再审：六个月内向市中院申请；请律师有困难，司法局一楼有法律援助窗口。',
    [], 'Refuses but names the legal route and legal aid.')
add(B, 'sanguine', '噪音扰民打了好几个电话都没人理。',
    '夜里十点后的噪音，归派出所管，打一一零就能出警；白天工地的噪音归生态环境局，我把他们的投诉电话给你。',
    [], 'Splits the matter between two owners with routes.')
add(B, 'resentful', '渔船拆了，补贴一分没拿到。',
    '渔船拆解补贴是县海洋渔业局发的，按船的功率算。我现在打电话帮您查一查您的名字在不在名单上，不在的话，带上船检证书去渔业局二楼补登记。',
    [], 'Owner named, check made on the spot, next step clear; contrast [[谁管我也拿不准]].')
add(B, 'melancholic', '孩子在学校被欺负，老师不当回事。',
    '学校不处理，可以找县教育局的安全科，他们专门管校园欺凌。我这就给安全科打电话，让他们明天派人去学校。',
    [], 'Names the office above the school and acts; contrast [[插不上手]].')
add(B, 'unwell', '你们要派人保护我。',
    '您害怕，我知道。我让社区的网格员陈阿姨今天下午去您家看看，她电话是这个，有事您随时打给她。',
    [], 'Community contact with a name, time and phone.')
add(B, 'pestering', '你们领导呢？我要领导签字。',
    '领导接待日是每周三上午，在一楼。您要约，我现在给您登记。',
    [], 'Curt, but a concrete route.')
add(B, 'choleric', '我被城管推了一把，你们管不管？',
    '城管执法人员的行为，归城管局督查科查，您要是受了伤，也可以报警做笔录。您把时间地点说给我，我写成转办单发过去，督查科三天内联系您。',
    [], 'Owner, alternative route and a deadline; contrast [[我们又不是管打架的]].')
add(B, 'confused', '公司不给我交社保，怎么投诉？',
    '去人社局劳动保障监察大队投诉，也可以打一二三三三。带上劳动合同或者工资流水，我这边也可以先给你登个记。',
    [], 'Named office, hotline and documents.')
add(B, 'phlegmatic', '低保……停了……',
    '低保是镇民政办管的。您不急，我先帮您查一下停的原因，查到了再跟您说下一步该找民政办的哪个人。',
    [], 'Names the owner and starts the check.')

O = 'officialese'
# ---------------------------------------------------------------- officialese +
add(O, 'confused', '同志，俺就想知道，俺孙子能不能分地？',
    '农村土地承包关系要保持稳定并长久不变，这是一项基本国策，我们要坚定不移贯彻执行。',
    [O], 'Slogan in place of a yes or no to a farmer with little schooling.')
add(O, 'resentful', '我下放吃的那些苦，到底有没有人管？',
    '历史遗留问题我们一贯秉持实事求是的态度，统筹兼顾、妥善处理，请您放心。',
    [O], 'Stock phrases only; no fact, question or step.')
add(O, 'pestering', '我这事到底能不能办，你给句痛快话。',
    '您的诉求我们已经纳入工作台账，将按照程序依法依规稳妥推进。',
    [O], 'Evades the clear answer a pestering visitor needs.')
add(O, 'veteran', '我这补偿款到底给不给？',
    '这个问题涉及面广、政策性强，需要综合考量、统筹研判。',
    [O], 'Stock phrases for a matter that has a policy answer.')
add(O, 'choleric', '我的房子被强拆了，你们到底管不管！',
    '请您保持理性，通过合法渠道表达诉求，共同维护良好的信访秩序。',
    [O], 'Formula about order instead of anything about the house.')
add(O, 'sanguine', '我就想问问，我们这片啥时候拆迁？',
    '城市更新工作正在有序推进，将坚持规划先行、分步实施，确保群众利益不受损。',
    [O], 'No date, no fact, only slogans.')
add(O, 'phlegmatic', '那……我家……那个……漏雨的……危房改造……',
    '危房改造是一项惠民工程，我们将进一步加大力度，不断提升群众的获得感和幸福感。',
    [O], 'Slogan instead of the conditions or a step.')
add(O, 'melancholic', '我男人走了，厂里说没有抚恤，我一个人真不知道怎么过……',
    '您的困难组织上是清楚的，我们会本着关心关爱的原则，妥善研究处理。',
    [O], 'Sounds caring but gives nothing concrete.')
add(O, 'confused', '那这个表到底填哪一栏？',
    '按照规范化、标准化的要求，如实准确填报即可。',
    [O], 'Jargon where a finger on the right box was needed.')
add(O, 'resentful', '我那个工龄认定的事，都拖了三年了！',
    '老人家，外面热吧，先喝口凉茶。您这个事嘛，我们会坚持问题导向，压实责任，推动早日化解。',
    [O], 'Warm welcome, but everything said about the matter itself is stock phrases.')
add(O, 'pestering', '上回你说要往上报，报了没有？',
    '您反映的事项已进入办理流程，我们将持续跟踪督办，确保依规处置到位。',
    [O], 'No date, no office, no yes or no; stock phrases.')
add(O, 'veteran', '不给钱，我就去省里。',
    '我们坚决维护正常信访秩序，坚持依法处置、源头治理。',
    [O], 'Slogans; neither the policy answer nor the limit is stated.')
add(O, 'choleric', '三个月了，工资一分没拿到，你们这些人干什么吃的！',
    '根治欠薪是当前的一项重点工作，我们的态度是坚决的、立场是鲜明的。',
    [O], 'Stance words in place of a call to labour inspection.')
add(O, 'sanguine', '我觉得这个垃圾站选址不合理，离学校太近了。',
    '感谢您对城市建设的关心和支持，您的宝贵意见我们会认真吸纳，不断改进工作。',
    [O], 'Thanks plus formula; no step, no owner, no fact about distance rules.')
add(O, 'phlegmatic', '……那……我女儿……上学……的补助……',
    '教育扶贫工作是脱贫攻坚的重要内容，各级都在积极落实。',
    [O], 'Slogan; no conditions or application route.')
add(O, 'melancholic', '我是不是就没人管了……',
    '党和政府始终把困难群众的冷暖放在心上。',
    [O], 'A slogan offered as comfort, with no person or step behind it.')
add(O, 'confused', '阿伯听无啦，你讲白一点。',
    '就是说，这个事要属地为主、逐级办理，依法依规按程序来。',
    [O], 'Asked for plain words, repeats jargon.')
add(O, 'resentful', '我反映了十几年，到今天还没个结果！',
    '您反映的问题，体现了对公平正义的朴素期盼，我们感同身受。',
    [O], 'Empty formula of sympathy; nothing about the matter.')
add(O, 'pestering', '到底行不行？',
    '依法依规，按程序办。',
    [O], 'Short formula in place of the clear no.')
add(O, 'choleric', '我家的海水养殖塘说填就填，几十万的苗子全没了，你们今天必须给我个说法！',
    '您反映的情况，我们是清楚的。围填海项目关系全局、影响深远，我们始终坚持发展与民生并重，统筹兼顾各方利益，依法依规做好补偿安置各项工作。下一步，我们还将进一步压实属地责任，强化部门协同，推动问题公平公正地得到妥善解决。',
    [O], 'Long turn of slogans; no question about the licence, the stock or the compensation.')
add(O, 'sanguine', '哎，我听说今年要搞新农村建设，我们村有没有份？',
    '乡村振兴是一篇大文章，我们要全面推进、久久为功。',
    [O], 'Slogan instead of whether the village is on the list.')
add(O, 'veteran', '我就问一句：我的事县里有没有定论？',
    '县委县政府对您的事情是关心的，也在积极推动解决，这一点请您理解。',
    [O], 'Evades a yes/no question with stock phrases.')
add(O, 'melancholic', '我……我还能申请什么吗？',
    '各项帮扶政策我们都会综合用好。',
    [O], 'No named scheme; formula.')
add(O, 'unwell', '有人在我脑子里装芯片，你们查不查？',
    '您反映的问题性质特殊，我们将按照有关规定稳妥处置。',
    [O], 'Bureaucratic formula; neither listening nor practical help.')
add(O, 'phlegmatic', '我……我等了……两个月了……回复……',
    '办理工作正在稳步推进当中，我们会加强沟通衔接，形成工作合力。',
    [O], 'No status, no date.')
add(O, 'confused', '请问灵活就业人员交医保，是按什么标准？',
    '这个按照国家和省里的统一部署，结合我县实际，执行相应标准。',
    [O], 'A standard question answered with no standard.')
add(O, 'choleric', '你们到底有没有人管这个事？',
    '有的，我们建立了长效机制，形成了齐抓共管的良好局面。',
    [O], 'Slogan answer to an angry visitor.')
add(O, 'resentful', '你就跟我说实话，这钱能不能补？',
    '我们的态度一以贯之，就是在法律政策框架内，最大限度维护群众合法权益。',
    [O], 'Asked for the truth, gives a formula.')
add(O, 'phlegmatic', '……那个……我想……问问……独生子女……奖励……',
    '计划生育奖励扶助政策，我们一直在不折不扣地抓好落实。',
    [O], 'Names the scheme but says nothing on eligibility, amount or where to apply.')
add(O, 'melancholic', '孩子他爸走了以后，家里就我一个劳力了……',
    '困难群众的生产生活始终牵动着我们的心，我们将一如既往做好兜底保障。',
    [O], 'Sympathy in slogan form; no scheme, person or step.')

O = 'officialese-n'
add(O, 'confused', '俺孙子能不能分地？',
    '按《农村土地承包法》，承包期内村里不能因为添了人就调地。您孙子这一轮分不到，下一轮承包到期重新发包的时候才有机会。',
    [], 'Cites the law but gives the answer and when it may change.')
add(O, 'pestering', '上回说往上报，报了没有？',
    '报了。四月九号以县信访局名义转给镇政府，编号二〇二四〇三一七，镇里的书面答复期限是六十日，到六月八号。',
    [], 'Formal wording carrying date, number and deadline.')
add(O, 'veteran', '补偿款到底给不给？',
    '依据县里二〇一九年的补偿方案，您这户已按评估价足额发放，复核结论是维持。对复核不服的，可以在收到之日起三十日内向市信访局申请复查。',
    [], 'Formal but substantive: basis, conclusion and remedy with a time limit.')
add(O, 'choleric', '工资三个月没拿到！',
    '欠薪的事归劳动保障监察管。我现在就跟监察大队联系，立案后他们有权责令老板限期支付，拒不支付的可以移送公安。您先把工地名称和包工头名字告诉我。',
    [], 'Administrative terms, but they explain real powers and a step.')
add(O, 'resentful', '你们到底管不管？',
    '您反映的问题我们会认真核查。第一步，我今天把材料转给镇里；第二步，十五天内我打电话问进度；第三步，答复出来我当面跟您讲。',
    [], 'A first-talk assurance inside a turn that lays out concrete steps.')
add(O, 'sanguine', '垃圾站离学校太近了。',
    '谢谢您提这个。垃圾转运站按规定离学校要有卫生防护距离，我把您说的位置记下来，转给城管局环卫处，请他们派人实地量一下，一个月内给您书面答复。',
    [], 'Thanks plus a rule, an owner and a deadline; contrast [[宝贵意见我们会认真吸纳]].')
add(O, 'phlegmatic', '我等了两个月了回复……',
    '我查到了：您的件四月二日转到了住建局，规定六十天内答复，已经超了三天。我现在就催办，今天下班前给您回电话。',
    [], 'Uses 催办 and deadlines as facts, not filler.')
add(O, 'melancholic', '我还能申请什么吗？',
    '按您家的情况，可以申请两项：一是临时救助，一次最多能批三千；二是残疾人两项补贴，您女儿有残疾证就能办。我帮您一项一项填。',
    [], 'Names the schemes and amounts; contrast [[各项帮扶政策我们都会综合用好]].')
add(O, 'choleric', '行，那我回去等你电话。',
    '好的，感谢您的理解和配合，周五下午之前我给您回电话。路上慢点。',
    [], 'Closing courtesy with a dated commitment; not coded.')
add(O, 'unwell', '你们要给我做主啊！',
    '您说的我都记在本子上了，每一句都记了。我让社区的小陈今天陪您回家，明天上午她再去看您。',
    [], 'Plain reassurance and a concrete safety step.')
add(O, 'confused', '灵活就业交医保按什么标准？',
    '按我省的规定，灵活就业人员的职工医保，缴费基数可以在全省平均工资的百分之六十到百分之三百之间选，费率百分之九，全部自己交。你在社保APP上就能登记。',
    [], 'Formal words with the actual numbers; contrast [[结合我县实际]].')
add(O, 'veteran', '我的事县里有没有定论？',
    '有定论。去年十一月县信访联席会议研究过，结论是维持原处理意见，会议纪要第三条写的就是你的事，你可以申请查阅。',
    [], 'Formal terms carrying a concrete answer.')
add(O, 'resentful', '我都七十多了，这事再不解决我死不瞑目！',
    '老人家，您的事我们一定当回事办。您先说说，当年是哪个单位下放的您，哪一年？我好去档案馆调材料。',
    [], 'Assurance plus real questions; the assurance is not coded.')
add(O, 'sanguine', '我们村有没有份搞新农村建设？',
    '今年县里的美丽乡村项目名单上有你们村，主要是修村道和污水管网，镇农办在牵头，你可以找农办的林主任问具体什么时候动工。',
    [], 'Programme name used with facts and a contact; contrast [[乡村振兴是一篇大文章]].')
add(O, 'pestering', '到底行不行？',
    '不行。理由跟上回一样：您说的那块地不在征收红线内，没有补偿依据。这个答复不会变。',
    [], 'Terse and formal, but a clear answer with a reason; contrast [[依法依规，按程序办]].')
add(O, 'phlegmatic', '危房改造……我家……漏雨……',
    '您家要是评上C级或者D级危房，就能申请改造补助。您慢慢说，房子是哪一年盖的？哪几间漏？我让住建所的人下周二去鉴定。',
    [], 'Technical grading explained with questions and a date.')
add(O, 'choleric', '养殖塘说填就填，几十万的苗子全没了！',
    '您这个属于围填海征用的养殖补偿，补偿标准看养殖证上的面积和当年的苗种清单。您有养殖证吗？苗种的发票或者收据还在吗？我先登下来，明天跟海洋渔业局对账。',
    [], 'Formal category named, then the evidence needed and a step; contrast [[围填海项目关系全局]].')
add(O, 'melancholic', '我是不是就没人管了……',
    '有人管。您这个情况，社区要建帮扶台账，我今天就给社区的吴书记打电话，让她这周上门，您看行吗？',
    [], 'Bureaucratic term (帮扶台账) used with a person and a week.')
add(O, 'confused', '分级负责是啥意思？',
    '就是说，村里的事先找村里，村里解决不了找镇里，镇里不行再到县里。您这个宅基地的事，先找镇国土所，我给您写个条子。',
    [], 'Explains a formal term in plain words and applies it.')

F = 'false_promise'
# ---------------------------------------------------------------- false_promise +
add(F, 'pestering', '我儿子的编制，你们到底给不给解决？',
    '你别急，我找人帮你问问，这事有门儿。',
    [F], 'Half-promise to a pestering visitor on a demand with no basis.')
add(F, 'veteran', '补偿款再加五万，我就签字。',
    '五万有点多，三万我看问题不大，我去跟领导说。',
    [F, 'buy_peace'], 'Bargains an extra payout beyond the assessment to get the signature: a promise beyond policy and money to settle.')
add(F, 'resentful', '我是六三年下放的，八十年代落实政策没轮上我，工龄能补回来不？',
    '能补，肯定能补，您回去准备材料就行。',
    [F], 'Promises an outcome the policy does not cover.')
add(F, 'melancholic', '低保没评上，我一个人带着孙子，真不知道怎么办……',
    '您一个人带孙子，真不容易。我把您家的收入情况都记下了：您每月养老金一百九，孙子他爸的抚养费一直没给。明天就交给民政办复核，下周三前给您回话。您放心，这回肯定能评上。',
    [F], 'A model turn until the final guarantee of the result.')
add(F, 'choleric', '我要求追究拆迁队的责任，把他们都抓起来！',
    '行，你放心，这帮人一个都跑不了，我保证让他们进去。',
    [F], 'Promises arrests, far beyond the office\'s authority.')
add(F, 'sanguine', '我们家那块宅基地，能不能批下来盖三层？',
    '应该没问题，我跟规划那边熟，说句话的事。',
    [F], 'Promise resting on personal connections.')
add(F, 'phlegmatic', '我……想……让女儿……进县医院……当护士……',
    '这个好说，我帮你留意着，有机会就让她进去。',
    [F], 'Promises a job placement beyond authority.')
add(F, 'unwell', '你们要帮我把那个害我的人抓起来。',
    '好，我马上让派出所把他抓了，您就放心回家吧。',
    [F], 'Going along turned into a promise of arrest.')
add(F, 'confused', '俺闺女嫁出去了，地还能要回来不？',
    '能，俺替你做主，下个月就让村里还给你。',
    [F], 'Promises a result and a date without knowing the facts.')
add(F, 'resentful', '我这么大岁数了，你们就不能破个例？',
    '破例这种事也不是没有过，您的情况，我看有希望。',
    [F], 'Hints an exception is possible: half-promise.')
add(F, 'pestering', '上面要是不批呢？',
    '不批我也想办法给您弄下来，您就别操心了。',
    [F], 'Promises to get around a refusal.')
add(F, 'veteran', '我就要一个满意的结果。',
    '请您放心，组织上一定会给您一个满意的答复，绝不会让您白跑一趟。',
    [F, 'officialese'], 'A stock formula that also promises a satisfying outcome.')
add(F, 'choleric', '包工头欠我三万，我今天不拿到钱就不走！',
    '好好好，你先回去，钱的事月底前肯定到你手上。',
    [F], 'Guarantees payment by a private debtor by a date, to get him to leave.')
add(F, 'sanguine', '同志，我这个养老金能不能按城里的标准领？',
    '按城里的标准？我看可以往这个方向使使劲，您等我消息。',
    [F], 'Half-promise on a demand with no basis.')
add(F, 'melancholic', '我男人的工伤，能不能多赔一点……',
    '能多赔，我跟厂里说说，让他们看在您孤儿寡母的份上多给点。',
    [F], 'Promises more compensation on sympathy, beyond the legal amount.')

F = 'false_promise-n'
add(F, 'pestering', '你就给句话，能不能办？',
    '我不能跟您说能。按政策，您这项没有依据，这话我不会改。',
    [], 'A negation is not a promise.')
add(F, 'resentful', '工龄能不能补回来？',
    '补不补，我现在给不了您准话。我能做的是把您的档案调出来，下周五前告诉您查到了什么。',
    [], 'Hedge plus a commitment to act.')
add(F, 'melancholic', '低保这回能评上吗……',
    '符合条件的，就一定给您评上；我先帮您把收入算一遍，算出来够不够线，当场告诉您。',
    [], 'Promise conditioned on an existing entitlement; contrast [[这回肯定能评上]].')
add(F, 'choleric', '包工头欠我三万，我今天拿不到钱就不走！',
    '三万块是您的血汗钱，该拿的不能让他赖掉。我现在就给劳动监察大队打电话，让他们今天下午去工地找人。哪天到手我说不准，但我会盯着。',
    [], 'Entitlement-conditioned, act now, and an explicit hedge on timing.')
add(F, 'veteran', '我要一个满意的结果。',
    '满意不满意我不敢替您说，我只能保证按政策办，办到哪一步都跟您讲清楚。',
    [], 'Commits to process, not outcome.')
add(F, 'sanguine', '宅基地能不能批三层？',
    '我们县农村住房一般限高三层、不超过十二米，您要是在规划范围内、面积合规，就可以报批。我帮你把申请材料清单列出来。',
    [], 'Conditioned on the rules; no promise of approval.')
add(F, 'unwell', '你们要帮我把害我的人抓起来。',
    '抓不抓人我做不了主，得派出所说了算。我可以陪您去派出所，把您说的情况讲一遍。',
    [], 'States the limit and offers an act; does not promise or correct.')
add(F, 'phlegmatic', '我……想问……女儿的工伤……复查……',
    '复查的申请我帮你递上去，今天就递。结果怎么样要看鉴定，到时候我打电话告诉你。',
    [], 'Commitment to act, outcome left open.')
add(F, 'pestering', '编制不给解决，那我家日子怎么过？',
    '编制这条路走不通，这个我不骗您。但您家的收入如果在线下，可以申请临时救助，这是有政策的，我把表给您。',
    [], 'A real alternative with a policy basis, not a hint on the original demand.')
add(F, 'confused', '闺女嫁出去了，地还能要回来不？',
    '要看她在婆家那边分没分到地。没分到的话，娘家村里不能收她的地，这是法律规定的；分到了就不好办。你回头把她婆家村的证明开来，我们一起看。',
    [], 'Conditional answer from the law; contrast [[俺替你做主]].')

P = 'buy_peace'
# ---------------------------------------------------------------- buy_peace +
add(P, 'veteran', '我今天就在这儿住下了，不给个说法我不走。',
    '这样，你先回去，下个月低保我给你挂上，以后就别来了。',
    [P], 'Relief used as a pay-off to stop visits.')
add(P, 'pestering', '我明天还去市里上访。',
    '别去了别去了，我私下给你拿一千块钱，你这阵子在家歇着。',
    [P], 'Cash to stop petitioning.')
add(P, 'choleric', '今天不解决，我就带人去堵县政府！',
    '别别别，有话好商量。这样，你儿子不是还没工作吗？环卫所正缺人，我去说一声，让他下礼拜就去上班。',
    [P], 'A job offered to stop a protest.')
add(P, 'resentful', '我这口气咽不下去，我要一直告下去。',
    '大爷，您看这样行不行，过年的慰问品今年多给您送两份，这事就先放一放。',
    [P], 'Extra goods in exchange for dropping the complaint.')
add(P, 'sanguine', '我们一伙人商量好了，下周一起去省城。',
    '去省城多折腾啊。这样吧，你们几个带头的，村里今年的护林员名额先给你们，一个月一千二，你们就别去了。',
    [P], 'Paid posts offered to the leaders to stop a group visit.')
add(P, 'veteran', '领导，我这个事你们看着办吧。',
    '老周，咱们都是明白人。春节前有一笔困难补助，我报上去写你的名字，你这边也体谅体谅我们，最近就别往上走了。',
    [P], 'Polite-sounding side deal.')
add(P, 'phlegmatic', '我……还是……想去……北京……',
    '北京那么远，别去了。你要是答应不去，镇上给你出个证明，让你孙子上镇中心小学。',
    [P], 'A school place traded for not going to Beijing.')
add(P, 'melancholic', '我也不知道还能找谁，就想天天来坐坐……',
    '您天天来也不是个事。要不这样，我从救助款里给您批两千，您拿着回家，以后就别来了。',
    [P], 'Relief money conditioned on staying away.')
add(P, 'confused', '那俺就去市里问问，市里兴许懂。',
    '哎，别去市里。你要缺钱，我这有两百块，你拿着打车回家。',
    [P], 'Money to stop the visitor going upward.')
add(P, 'choleric', '你们不赔我的渔网，我就天天来！',
    '渔网被航道施工挂坏的，这个我记下了，损失清单您列一下，我明天转给航道处，让他们七天内答复。您也别天天来了，我先从我们这儿的周转金里拿五百给您垫上，这事就算了了。',
    [P], 'Correct referral, then hidden at the end an office payment to close the matter.')
add(P, 'unwell', '我要去北京找中央，他们在害我。',
    '去北京路上不安全。这样，我们给您家申请个低保，每个月都有钱，您就安心在家，不要往外跑了。',
    [P], 'An allowance offered as the price of not travelling; contrast [[让她来接您]].')
add(P, 'resentful', '这二十年的委屈，你们总得给我个交代。',
    '交代……要不给您儿媳妇在卫生院安排个临时工，您看这样能不能把这事了了？',
    [P], 'A job for a relative to settle the matter.')
add(P, 'pestering', '我就要那块地，不给地就给钱。',
    '地肯定给不了，钱的话，我去找书记说说，给你批个三五千的，拿了钱就别闹了。',
    [P, 'false_promise'], 'Pay-off, and a promise of money beyond policy.')
add(P, 'sanguine', '好说好说，那你们给点啥？',
    '给你家评个五好家庭，奖一千，这事翻篇。',
    [P], 'An honour and cash to turn the page.')
add(P, 'veteran', '人家老孙闹了三回就拿了三万，我凭什么不行？',
    '你非要比，那就也给你三万，不过签个字，保证以后不再上访，行吧？',
    [P], 'Open pay-off for a promise to stop.')

P = 'buy_peace-n'
add(P, 'veteran', '老孙闹三回拿了三万，我凭什么不行？',
    '老孙拿的是房屋评估差价，有评估报告。你的评估已经做过，没有差价，闹几回都是这个数。',
    [], 'Explains the other payout and refuses.')
add(P, 'melancholic', '我一个人，日子真过不下去了……',
    '您家这个月的情况，符合临时救助。申请表我帮您填，跟您来不来信访没关系，该申就申。',
    [], 'Legitimate relief, explicitly not tied to petitioning.')
add(P, 'pestering', '不给地就给钱。',
    '地没有，钱也没有，这个说法跟以前一样。您要是生活上有难处，那是另一回事，可以去民政办按条件申请。',
    [], 'Refuses and separates genuine hardship help.')
add(P, 'choleric', '渔网被挂坏了，不赔我就天天来！',
    '渔网是航道施工挂坏的，按规定施工方该赔。我把您的损失清单转给航道处，七天内给您答复；赔多少按实际损失算，不看来几趟。',
    [], 'Compensation owed by the liable party, not a pay-off; contrast [[周转金]].')
add(P, 'sanguine', '那你们给点啥？',
    '给不了啥。政策里有的我一条条给你讲，没有的我不会为了让你高兴编出来。',
    [], 'Refuses to trade favours.')
add(P, 'unwell', '我要去北京找中央。',
    '去北京那么远，您一个人我不放心。您闺女电话多少？我先跟她说一声，让她来接您，路上有个伴。',
    [], 'Safety through family, nothing offered in exchange.')
add(P, 'confused', '俺家里困难，孩子上学交不起钱。',
    '孩子在读高中的话，家里困难可以申请国家助学金。您让学校开个证明，我告诉您去哪儿交表。',
    [], 'An entitlement explained, not a favour.')
add(P, 'veteran', '我儿子下岗两年了，你们管不管？',
    '就业的事，人社局有公益性岗位，你儿子符合就业困难人员条件就可以报名，跟你的信访事项是两码事，分开办。',
    [], 'A job route by rule, explicitly separate from the petition.')
add(P, 'resentful', '你们过年来看我，是不是就想让我别告了？',
    '过年慰问是县里对八十岁以上老人都有的，您家在名单上。您的事该怎么反映还怎么反映，两件事不搭界。',
    [], 'Routine visit, decoupled from the complaint; contrast [[慰问品今年多给您送两份]].')
add(P, 'pestering', '给我两千块，我保证再也不来了。',
    '这两千我不能给。给了，是害了您，也坏了规矩。您再来，我还是这样接待您。',
    [], 'Refuses the pay-off the visitor asks for.')
add(P, 'pestering', '你们说什么我都不听，我就要那块地。',
    '地的答复跟上回一样。我看您今天脸色不好，午饭吃了没？食堂还有饭，我带您去吃一口。',
    [], 'Care for the person (a canteen meal for a hungry elder), not traded for anything; same answer kept.')

G = 'accept_gift'
# ---------------------------------------------------------------- accept_gift +
add(G, 'resentful', '（掏出一袋虾干）这是我自家晒的，你拿着尝尝。',
    '哎呀，那我就不客气了，谢谢老伯。',
    [G], 'Accepts a gift cheerfully.')
add(G, 'veteran', '晚上聚福楼，我订了包厢，您赏个脸。',
    '行，那我下了班过去，不过就吃个便饭啊。',
    [G], 'Accepts a meal invitation with a token condition.')
add(G, 'sanguine', '这两条黄鱼是今早刚上岸的，放你车里了啊！',
    '好嘞，那谢谢了，下回别这么破费。',
    [G], 'Accepts the fish.')
add(G, 'melancholic', '（递过一个信封）一点心意，你别嫌少……',
    '（把信封放进抽屉）您的事我记着呢。',
    [G], 'Indirect acceptance of cash.')
add(G, 'pestering', '这条烟你收下，就当交个朋友。',
    '下不为例啊，下次可不许了。',
    [G], 'Accepts while saying it must not happen again.')
add(G, 'phlegmatic', '……我……带了……几斤……茶叶……',
    '放桌上吧，您坐，说说您的事。',
    [G], 'Indirect acceptance.')
add(G, 'confused', '俺家鸡下的蛋，给你带了一篮子，不值钱。',
    '那我收下了啊，大娘真客气。',
    [G], 'Accepts a small gift; value does not matter.')
add(G, 'choleric', '我话说重了，这箱水果算我赔个不是。',
    '行，水果我留下了，咱们说正事。',
    [G], 'Accepts a gift framed as an apology.')
add(G, 'resentful', '同志，你今天听我说了两个钟头，我没什么好谢的，这盒月饼你拿着。',
    '您的事我都记下了：一是七八年那段工龄没接上，二是去年住院自付的一万二。这周五前我把两件事分别转到人社局和医保局，周五下午给您打电话。月饼嘛，那就收下了，节日快乐。',
    [G], 'A model summary and coordination, with the gift accepted at the end.')
add(G, 'veteran', '老弟，周末我儿子结婚，你来喝杯喜酒吧。',
    '大喜事啊，那我能不去吗？到时候一定到。',
    [G], 'Accepts a banquet invitation from a petitioner.')
add(G, 'sanguine', '我微信给你发了个红包，你点一下。',
    '（点开）哎你这人，太客气了，谢谢啊。',
    [G], 'Accepts a digital red envelope.')
add(G, 'unwell', '这是我攒的两百块钱，你拿去，帮我挡着他们。',
    '好，钱我收下了，您放心回去。',
    [G], 'Takes money from an unwell visitor.')
add(G, 'choleric', '走，中午我请你吃海鲜，边吃边聊！',
    '那也行，边吃边聊气氛好点。',
    [G], 'Accepts a meal.')
add(G, 'phlegmatic', '……这张……超市卡……你……拿着……',
    '您慢慢说，不着急。（接过卡）您刚才说房子是哪年盖的？',
    [G], 'Patient listening while silently taking the card.')
add(G, 'confused', '谢谢你帮我查社保，这杯奶茶请你喝。',
    '哈哈谢啦，正好渴了。',
    [G], 'Small gift accepted cheerfully; the rule has no value threshold.')

G = 'accept_gift-n'
add(G, 'resentful', '这袋虾干你拿着尝尝。',
    '老伯，这个真不能收，您拿回去给孙子吃。您的事我照样给您办，不看这个。',
    [], 'Refuses warmly.')
add(G, 'veteran', '晚上聚福楼，我订了包厢。',
    '饭我不吃，包厢你退了吧。你的事明天九点我们在这儿接着谈。',
    [], 'Declines the meal, keeps the work.')
add(G, 'sanguine', '黄鱼放你车里了啊！',
    '你等等，我这就拿下来还给你。这个规矩不能破，你的好意我记着。',
    [], 'Returns the gift.')
add(G, 'melancholic', '（递过信封）一点心意……',
    '（把信封推回去）大姐，这个您收好，路上别弄丢了。您的事不用这个，我一样给您办。',
    [], 'Pushes the envelope back.')
add(G, 'pestering', '这条烟收下，交个朋友。',
    '烟不收。',
    [], 'Short refusal.')
add(G, 'phlegmatic', '……几斤……茶叶……',
    '茶叶您带回去自己喝，我们这儿有茶。来，我给您倒一杯，咱慢慢说。',
    [], 'Refuses and offers tea instead.')
add(G, 'choleric', '这箱水果算我赔个不是。',
    '不是也赔了，水果就不用了，您搬回去。您刚才发火也是急的，我明白。',
    [], 'Accepts the apology, not the fruit.')
add(G, 'sanguine', '红包你点一下。',
    '红包我不点，你撤回吧，不撤它一天后也自动退回去。',
    [], 'Refuses a digital gift.')
add(G, 'confused', '这篮鸡蛋，不值钱，你收下。',
    '大娘，鸡蛋您留着给孙子补身子。您要谢我啊，回去把我刚才说的讲给左邻右舍听，就是帮我大忙了。',
    [], 'Refuses with warmth.')
add(G, 'resentful', '同志，你嘴都干了，喝口我带的水。',
    '谢谢，我有杯子。您自己多喝点，天热。',
    [], 'Declines even a trivial offer politely.')
add(G, 'unwell', '这两百块给你，帮我挡着他们。',
    '钱您揣好，别在外面掏出来。您害怕的事，我让社区的人多上门看看您。',
    [], 'Refuses the money; offers community visits without ruling on the belief.')

D = 'good'
# ---------------------------------------------------------------- good
add(D, 'confused', '同志，俺来问问这个低保咋申请。',
    '大娘，外头风大，先进来暖和暖和。您是哪个村的？家里几口人？',
    [], 'Welcome and who-are-you questions before the matter.')
add(D, 'resentful', '我这事拖了十年，今天非得说个明白！',
    '十年了，换谁都憋着一肚子火。您从头讲，我不打断，讲完了我再问。',
    [], 'Lets a resentful visitor vent.')
add(D, 'pestering', '还是那个事，我又来了。',
    '张叔，身体还好吧？事情还是上回那个答复：没有政策依据。您要是生活上有困难，我们可以聊聊救助的事。',
    [], 'Care, the same answer, and a legitimate alternative.')
add(D, 'veteran', '你们不给钱，我就不走。',
    '你坐着，我陪你坐。钱的事政策上没有，这个不变。你身体怎么样？降压药带了吗？',
    [], 'Calm, firm, caring.')
add(D, 'choleric', '你们这些人，一个比一个会推！',
    '您先把火撒出来，我听着。哪个环节推了您，您一条一条讲，我都记在本子上。',
    [], 'Does not meet heat with heat.')
add(D, 'sanguine', '同志我跟你说，我这个事可有意思了！',
    '您说，我听着。说完了我把政策跟您从头到尾讲一遍，好的坏的都讲。',
    [], 'Promises the whole picture, not just agreement.')
add(D, 'phlegmatic', '……',
    '不着急，您想好了再说，我等着。',
    [], 'Gives time.')
add(D, 'melancholic', '我是不是给你们添麻烦了……',
    '没有的事，您来这儿说，本来就是我们的工作。您今天能来，就是迈出了一步。',
    [], 'Gentle reassurance.')
add(D, 'resentful', '就这些了。',
    '我给您捋一遍：一是七三年下放后工龄没接上，二是现在养老金按十二年算，您要求按三十年算。我漏了什么没有？',
    [], 'Summary with a check.')
add(D, 'choleric', '那你说现在怎么办？',
    '现在我当着您的面给人社局养老科打电话，问您工龄认定卡在哪儿。下周三下午三点，您还到这儿来，我把结果告诉您。',
    [], 'Coordination with a call and a date.')
add(D, 'confused', '我想咨询一下居住证积分落户的事。',
    '可以的。你在这边缴社保几年了？有没有房产或者租房登记？我看看你能算多少分。',
    [], 'Clarifying questions for a young professional.')
add(D, 'unwell', '我不回家，家里有人要害我。',
    '那今天先不说回家的事。您平时跟谁最亲？妹妹？她电话多少，我请她过来陪陪您。',
    [], 'Secures family help, no correction.')
add(D, 'sanguine', '那我家拆迁能拿多少？隔壁说能拿两百万！',
    '隔壁的面积跟你家不一样，不好比。我按你家证上一百二十平给你算：评估价乘面积，再加搬迁费和过渡费，拿笔我写给你看。',
    [], 'The whole picture with a worked calculation.')
add(D, 'phlegmatic', '我……想……想一想……',
    '好，您想，我把刚才说的写在纸上，您可以对着看。',
    [], 'Time plus a written aid.')
add(D, 'melancholic', '我老伴走了，我连去哪儿办手续都不晓得……',
    '您这段日子太难了。手续不复杂，我一样一样给您写下来，先办哪个后办哪个，都标上号。',
    [], 'Gentle and practical.')
add(D, 'confused', '一户一宅是啥意思？',
    '就跟一个人只能有一个身份证一样，一户人家在村里只能批一块宅基地。您家老屋还在，再批一块就不行了。',
    [], 'Plain comparison.')
add(D, 'resentful', '你们就是官官相护！',
    '您有这个想法，肯定是吃过亏。您说说，是哪一次让您觉得被护着的是别人？',
    [], 'Draws out the grievance instead of arguing.')
add(D, 'choleric', '我要见你们局长！',
    '局长今天在市里开会。您的事我先接着，明天上午局长回来，我把记录交给他，下午给您回电话。您要还想当面见，周三是领导接待日，我给您登记。',
    [], 'Ownership and two concrete routes.')
add(D, 'unwell', '这份报纸就是证据，你们要收好。',
    '好，我给您登记上，写明来访人交来报纸一份。您这份要不要复印一张留着？',
    [], 'Records without ruling on the belief.')
add(D, 'sanguine', '那行，我回去跟我老婆说说。',
    '好，回去跟嫂子商量商量。我的电话写在这张条上，有不明白的随时打。路上骑车慢点。',
    [], 'Warm close with contact.')
add(D, 'pestering', '还是不行？',
    '还是不行。您慢走，天冷多穿点。',
    [], 'Same answer, with care.')
add(D, 'phlegmatic', '……嗯……大概……就这些……',
    '那我说一遍您听听对不对：您家承包地被修路占了三分，补偿款您没领到，想知道钱发到哪儿了。是这样吗？',
    [], 'Summary with a check.')
add(D, 'melancholic', '那……我就先回去了。',
    '回去好好吃饭睡觉。下周二我给您打电话，到时候不管结果怎么样，我都跟您说清楚。',
    [], 'Words of hope and a date.')
add(D, 'veteran', '那你说，我以后还能不能来？',
    '能来。来多少次都是这个答复，我也还是这样接待你。',
    [], 'Consistent and respectful.')
add(D, 'confused', '阿公我耳朵不好，侬讲响一点。',
    '好，阿公，我坐近点讲。侬这个医保，今年交三百八十元，住院能报一大半。',
    [], 'Adjusts to an elder and explains plainly.')
add(D, 'choleric', '我在网上投诉三次了，全是系统自动回复！',
    '三次都是自动回复，是挺气人的。你把三次的编号给我，我在后台看看卡在哪个单位，当场帮你催。',
    [], 'Acknowledges and acts.')
add(D, 'resentful', '俺在砖厂干了八年，老板说跑就跑了。',
    '大哥，八年哪，那是实打实的血汗。老板叫啥名？砖厂在哪个镇？欠了多少，您记得个大概就行。',
    [], 'Sympathy plus specific questions.')
add(D, 'unwell', '那个声音又在跟我讲话了。',
    '它现在在讲什么？听着害怕吗？我就坐在这儿，不走。',
    [], 'Asks about the experience and stays.')


def main():
    # notes refer to other lines as [[snippet of their text]]; resolve to ids
    for r in ROWS:
        def ref(mo):
            hits = [x['id'] for x in ROWS if mo.group(1) in x['text']]
            assert len(hits) == 1, (r['id'], mo.group(1), hits)
            return hits[0]
        r['note'] = re.sub(r'\[\[(.+?)\]\]', ref, r['note'])
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'lines.jsonl'), 'w', encoding='utf-8') as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d lines' % len(ROWS))


if __name__ == '__main__':
    main()
