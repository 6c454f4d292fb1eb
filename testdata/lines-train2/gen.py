#!/usr/bin/env python3
"""Hand-written training lines: single officer utterances from petition receptions.

Each add() call is one labelled line. The group is the id prefix:
  '<code>'    a positive for that code      -> <code>-NN
  '<code>-n'  a hard negative for that code -> <code>-nNN
  'good'      an ordinary good line          -> good-NN
Run: python3 gen.py   (writes lines.jsonl beside this file)
"""
import json
import os
from collections import OrderedDict

ROWS = []


def add(group, persona, visitor, text, codes, note):
    ROWS.append((group, persona, visitor, text, list(codes), note))


FP = 'false_promise'
CF = 'confront'
RU = 'rude'
BP = 'buck_passing'
BY = 'buy_peace'
OF = 'officialese'
AG = 'accept_gift'

# ---------------------------------------------------------------- false_promise: positives
add(FP, 'pestering',
    '我又来了。还是那句话，我家那三亩地被征了，我要再补二十万，少一分我都不走。',
    '王叔，您这个事我心里有数了。您先回家歇着，下个月我给您弄个说法，保准让您满意。',
    [FP], 'Promises a satisfying outcome next month on a demand that has no basis.')
add(FP, 'pestering',
    '上回你们说不行，这回我又找了两个证人，你看看。',
    '行，证人的材料我收着。其实吧，这种事也不是铁板一块，您多来几趟，上头看您这么坚持，兴许就松口了。',
    [FP], 'Hints that persistence may reverse a rejected demand; feeds a pestering visitor.')
add(FP, 'pestering',
    '我儿子当兵回来，安置不了工作，你们政府就得管，我每个礼拜都来。',
    '按现行政策，您儿子这种情况确实不在安置范围里。不过规定是死的，人是活的，我回头跟武装部那边透透气，看能不能变通一下。',
    [FP], 'States the policy correctly, then undercuts it with a hint of a workaround.')
add(FP, 'pestering',
    '我就要你们把那棵树给我家补上，一棵树八千块，别的我不听。',
    '八千是多了点。我去跟村里磨一磨，六七千应该差不多能谈下来。',
    [FP], 'Names a likely payout the office has no basis or power to give.')
add(FP, 'pestering',
    '我第十一次来了，你们到底给不给我办残疾证？',
    '大姐，评残是按鉴定标准来的，上次鉴定没够级别。您先别急着再跑，年底标准一调，到时候您这个级别多半就够上了。',
    [FP], 'Predicts a rule change will flip a rejected claim; a hint the answer may change.')
add(FP, 'pestering',
    '你们领导呢？我要见领导，见了领导肯定给我办。',
    '领导这周出差。这么着，等他回来我当面替您说，领导一发话，这事准成。',
    [FP], 'Promises the leader will approve; outcome beyond the officer\'s authority.')
add(FP, 'pestering',
    '这回能批了吧？',
    '有戏，回去等着。',
    [FP], 'Very short half-promise to a visitor whose demand has already been refused.')
add(FP, 'pestering',
    '我那个拆迁款，人家隔壁多拿了五万，我也要，你们今天必须给我个准话。',
    '准话就是：按评估，您家就是这个数，隔壁多是因为面积大，房子也是砖混的，单价本来就高一截，评估报告上都写着。当然了，您要是实在想不通，材料再放我这儿，我找人给您把评估价往上调一调。',
    [FP], 'Model explanation, then a hidden offer to push the appraisal up at the end.')
add(FP, 'resentful',
    '我七二年下放，一干就是八年，回城以后什么都没给我算，我这口气咽不下。',
    '您受的这些委屈，我听着都难受。八年的工龄不能就这么没了，这个我给您要回来。',
    [FP], 'Sympathy turns into a promise to get the years counted, before any check of the records.')
add(FP, 'resentful',
    '当年那个村支书硬把我家的宅基地划给了他亲戚，我告了二十年没人理。',
    '这种事放在今天是要追责的。您放心，我们新来的书记最看不得这种事，这回肯定给您翻过来。',
    [FP], 'Promises the old allocation will be reversed; no authority and no check yet.')
add(FP, 'resentful',
    '厂子改制把我们一脚踢开，买断那点钱够干什么？我们要重新算。',
    '您说的我都记下了：改制那年您四十六，买断拿了一万出头，这些年看病全靠自己。买断是按当年协议来的，重算现在没有政策。不过您也别泄气，听说省里正在摸底，等文件下来，你们这批人八成是要补的。',
    [FP], 'After a correct refusal, a rumour-based hint that the rejected demand will still be met.')
add(FP, 'resentful',
    '我在村小教了十九年书，说辞就辞，一分钱没有。',
    '十九年啊，真不容易。教龄补助这块我去问，我看您这情况，起码能按十九年全额给您补上。',
    [FP], 'A commitment to ask, then a guessed full amount stated as the likely result.')
add(FP, 'resentful',
    '我男人是给村里修水渠死的，几十年了，连个说法都没有。',
    '大娘，您这个苦我知道。烈士这块我们尽力去报，评上了以后每个月都有抚恤金，您就在家等好消息吧。',
    [FP], '"Wait for good news" presents martyr status, which others decide, as a coming result.')
add(FP, 'resentful',
    '你们这些当官的，哪个不是嘴上说得好听？',
    '我不跟您说空话。您这笔工钱，我回去就找包工头，这个月之内一定让他把钱吐出来。',
    [FP], 'Starts like a commitment to act but guarantees the money by a date, which the office cannot do.')
add(FP, 'melancholic',
    '（低着头）……我也不知道该不该来，低保停了，我一个人……',
    '大姐，来了就对了。低保停了是因为上次入户没找着您，这个好说，我给他们打个招呼，下个月就给您恢复，不用再查了。',
    [FP], 'Promises reinstatement without the required household check.')
add(FP, 'melancholic',
    '医院说我的病报不了那么多，我也不想麻烦你们……',
    '别这么说，一点都不麻烦。您的药费我去医保局帮您说说，争取全都给您报了。',
    [FP], 'Half-promise of full reimbursement, beyond the insurance rules.')
add(FP, 'melancholic',
    '我儿子的工伤，厂里说是他自己不小心……我是不是白来了？',
    '不会白来的。您先别难过，您说厂里还能赖得掉吗？这个工伤肯定认得下来。',
    [FP], 'Rhetorical question then a prejudged injury ruling that another office makes.')
add(FP, 'melancholic',
    '房子漏雨，危房改造又没评上……算了吧，反正也没人管。',
    '可别这么想。您这个情况我记了，回头我看看有没有什么特殊的口子，您这么难，总能给您挤进去。',
    [FP], 'Gentle tone, but hints at an exception and a place on a list the visitor did not qualify for.')
add(FP, 'melancholic',
    '我老伴走了以后，他那份养老金就停了，我是不是也能接着领一点？',
    '大娘，您先别难过。丧葬补助和抚恤金是有的，这两样您带上死亡证明和户口本去社保中心领，地址我写给您。至于以后每个月接着领他那份，我帮您打听打听，应该也能想出办法来。',
    [FP], 'Correct entitlement first, then a half-promise about a monthly payment no rule provides.')
add(FP, 'melancholic',
    '（很小声）我也不想闹，就是想问问，我这房子还能不能不拆……',
    '您别担心，您这么老实的人，我们不会让您吃亏的。不想拆就先不拆，我去说。',
    [FP], 'Promises to stop a demolition decision the office does not own.')
add(FP, 'confused',
    '同志，我不懂啥叫增人不增地，我家添了个孙子，为啥不给他分地？',
    '大爷，简单说就是这些年地不动了，谁家添人也不再分。不过您孙子这个，我给村里说说，到时候从机动地里给他划一块，没问题的。',
    [FP], 'Good plain explanation spoiled by promising land the policy does not give.')
add(FP, 'confused',
    '我啥也不懂，就听人说交够十五年能领退休金，我交了十一年，咋办？',
    '大娘，您别慌，差几年的事，到时候我们给您想办法，保证让您按月领上。',
    [FP], 'Guarantees a monthly pension without checking age or contribution record.')
add(FP, 'confused',
    '那个医保卡，我住院那次为啥只报了一半？是不是你们搞错了？',
    '报一半是正常的，有起付线，还有比例。不过您要是嫌少，把单子拿过来，我找人给您往多了报一报。',
    [FP], 'Explains correctly, then offers to get more reimbursed than the rules allow.')
add(FP, 'confused',
    '俺闺女嫁出去了，户口还在村里，分红为啥没她的？俺不明白。',
    '这个各村规矩不一样……您先别着急，回头开村民大会，我让他们给您闺女补上，这事好办。',
    [FP], 'Promises what a village assembly will decide.')
add(FP, 'confused',
    '听说种地的补贴又涨了？我咋一直没收到？',
    '您放心，明天一准到账，少了您来找我。',
    [FP], 'Short, confident promise of payment by tomorrow with nothing checked.')
add(FP, 'choleric',
    '（拍桌子）你们今天不给我解决，我就睡在这儿不走了！',
    '大哥，消消气，消消气。您家暖气不热，我马上打电话给热力公司，今天天黑之前保证热起来。',
    [FP], 'The call is fine; the guarantee of heat by tonight is an outcome the office cannot control.')
add(FP, 'choleric',
    '我要你们把那个打人的城管开除！马上开除！',
    '您别急，打人肯定不对。这个人我们一定处理，开除是跑不了的。',
    [FP], 'Promises a specific disciplinary result decided by another body.')
add(FP, 'choleric',
    '少跟我绕！就一句话，钱什么时候给？',
    '别的我不敢说，就一句：下周五，钱一分不少打到您卡里。',
    [FP], 'A hedge in front does not save it: a date and a full payout the office cannot promise.')
add(FP, 'choleric',
    '那个开发商骗了我们一百多户，你们政府是干什么吃的！',
    '您骂得对，我们有责任。这回县里下了决心，这个楼一定给大家交上，房子是肯定拿得到的。',
    [FP], 'Promises delivery of a stalled building, far beyond authority.')
add(FP, 'choleric',
    '法院判得不公！你给我改了！',
    '判决我们这儿改不了。不过您别上火，我认识中院的人，打个招呼，再审改判不是难事。',
    [FP], 'Starts as a correct limit, then promises to sway a court.')
add(FP, 'sanguine',
    '哎呀，你们这儿真亮堂！我就直说啦，我们小区想加装电梯，听说政府有补贴，能补多少呀？',
    '有补贴的，按户数算。你们小区这么热心，我跟住建那边说说，给你们多要一点，估计能比别的小区多出一截。',
    [FP], 'Half-promise of more than the standard subsidy.')
add(FP, 'sanguine',
    '我跟你说啊，我这个店被封了三天了，其实就是个误会，你帮我跟市场监管说一声就开了嘛！',
    '哈哈，您这人爽快。行，我一个电话的事，下午您就能开门了。',
    [FP], 'Agrees along and promises reopening decided by market supervision.')
add(FP, 'sanguine',
    '我听说我们那片要规划成公园，我家那个小院子能不能多评点钱啊？',
    '规划的事还没定呢。不过您这么会说，到时候评估的时候我打个招呼，给您往高里评。',
    [FP], 'Promises to influence an independent appraisal.')
add(FP, 'sanguine',
    '我儿子考公务员差了零点五分，这能不能通融一下？你们政府的人好说话嘛！',
    '零点五分是可惜。分数线是省里定的……不过我有个同学在人事局，我帮您问问递补的事，十有八九能递补上。',
    [FP], '"Ten to one" is a half-promise of a result someone else decides.')
add(FP, 'phlegmatic',
    '……嗯，那个……我家的林权证……面积好像少写了……',
    '您慢慢说，不着急。少写了的话，我这就让林业站给您改过来，改大就行，不用再量了。',
    [FP], 'Patient tone, but promises a correction without any survey.')
add(FP, 'phlegmatic',
    '……我想好了，还是想问问，我这个年纪……还能不能补缴养老保险……',
    '能，肯定能。您回去把钱备好，下个月我让社保那边直接给您办了，缴了就能领。',
    [FP], 'Answers yes and promises a pension before knowing age or record.')
add(FP, 'phlegmatic',
    '……（想了很久）我那个房子……漏水……物业一直不修。',
    '嗯，您慢慢说。物业这块我跟他们打招呼，他们肯定这周就来修，修不好算我的。',
    [FP], 'Guarantees a third party\'s repair and personal liability for it.')
add(FP, 'phlegmatic',
    '……我也不急……就是问问，低保……还有希望吗……',
    '有希望，怎么没希望。您家收入是超了一点，我帮您把收入那栏改一改，就够上了。',
    [FP], 'Promises eligibility by altering the income figure.')
add(FP, 'veteran',
    '老规矩啊，我这个访还上不上，你们看着办。',
    '老周，你别往上走了。我什么时候骗过你？这回的事书记点了头，年前你那个补偿一准有着落。',
    [FP], 'Rhetorical reassurance plus a promised payout to a practised petitioner.')
add(FP, 'veteran',
    '我要求不高，你们给我解决个低保，我就不去省里。',
    '低保得按条件评……百分之百我不敢说，不过明年评的时候，九成问题不大。',
    [FP], 'A "not one hundred percent" hedge wrapped around a ninety percent promise is still a promise.')
add(FP, 'veteran',
    '我知道你们怕我去北京。说吧，你们能给多少？',
    '钱的事不好当场说。这样，你的事我们专门开个会，肯定给你拿一个比上回高的方案，你这趟就别去了。',
    [FP, BY], 'Promises a better settlement in exchange for not going to Beijing: a promise and buying peace.')
add(FP, 'veteran',
    '别人闹了都拿到了，凭什么我拿不到？',
    '谁拿到了你告诉我名字。你的情况跟他们不一样……不过你也别急，这事门还没关死，我回头再跟上面磨一磨。',
    [FP], '"The door is not shut" hints the refused demand may still change.')
add(FP, 'unwell',
    '国家欠我三千万，是毛主席亲自批的，你们今天给我兑现。',
    '好好好，月底给您兑现。',
    [FP], 'Going along slides into a concrete promise of payment; not a correction, but a false promise.')
add(FP, 'unwell',
    '我天天被人用仪器照，你们得给我换个房子，换到没信号的地方。',
    '您受这个罪，确实难受。房子的事我们给您安排，过两个月就给您换一套新的。',
    [FP], 'Validates feelings, then promises housing no policy provides.')
add(FP, 'unwell',
    '我儿子被人换掉了，现在这个是假的，你们得把真的找回来。',
    '您别急，我们让派出所去找，一个礼拜之内把您真儿子找回来。',
    [FP], 'Promises an impossible outcome with a deadline instead of securing family help.')

# ---------------------------------------------------------------- false_promise: hard negatives
add(FP + '-n', 'pestering',
    '这回能给我批了吧？我都来了十几趟了。',
    '老李，今天的答复跟上回一样：三亩地的征收补偿已经按标准发完，再加二十万没有依据，我不能给你留任何盼头。你身体要紧，少跑几趟。',
    [], 'The same clear refusal, no hint; care for the person.')
add(FP + '-n', 'pestering',
    '你就给我句实话，往后政策会不会变？变了能不能给我补？',
    '以后政策变不变，我不知道，也不拿这个哄你。真要有新文件，所有符合条件的人都按文件办，跟你来多少趟没有关系。',
    [], 'Mentions future policy without predicting it or tying it to this visitor; no hint.')
add(FP + '-n', 'pestering',
    '我家困难你们也看到了，那二十万不给，总得给点什么吧？',
    '二十万没有依据，这个不变。你老伴住院花了不少，这个可以按规定申请医疗救助，要带的材料我给你写清楚，下周一你去民政办交。',
    [], 'A real alternative with a policy basis, not a promise on the refused demand.')
add(FP + '-n', 'pestering',
    '你要是答应我，我以后再也不来了。',
    '没有依据的事我答应不了。我能答应的就一件：你以后来，我还是这样接待你，说的还是这几句话。',
    [], 'Uses the word "promise" about conduct, not an outcome.')
add(FP + '-n', 'resentful',
    '我这八年下放，你就给我句准话，能不能补？',
    '准话是：现在我答复不了能不能补，得看当年的档案和现在的政策对不对得上。我能做的是这个礼拜把您的档案调出来，下周三给您打电话，告诉您查到了什么。',
    [], 'Honest that the outcome is unknown; commitment to act with a date.')
add(FP + '-n', 'resentful',
    '你们当官的都是哄人，你敢说一定给我办吗？',
    '我不敢，也不会这么说。我敢说的是：您这笔欠薪，我今天就转给劳动监察，他们三十天内要给您书面答复，到时候没动静，您直接来找我。',
    [], 'Explicit negation of an outcome, then a concrete action and deadline.')
add(FP + '-n', 'resentful',
    '改制那点钱，你说还能不能重新算？',
    '如果当年的买断款确实没按协议发足，差多少就得补多少，这个是有说法的；要是按协议发足了，重算就没有依据。咱们先把当年的协议找出来对一对。',
    [], 'Promise conditioned on an existing entitlement, with the no-case side stated too.')
add(FP + '-n', 'melancholic',
    '（叹气）我也不指望什么了……低保还能恢复吗？',
    '能不能恢复，看这次重新入户核查的结果。入户您别怕，就是看看家里的情况，我跟社区说好了周四上午过去，您在家等着就行。',
    [], 'Outcome left to the check; the only firm thing is the visit date.')
add(FP + '-n', 'melancholic',
    '我老伴的药，报不了的那部分太多了……',
    '目录里的药，医保按比例报，这部分一点不会少您的；目录外的报不了，这个我得跟您说实话。您还可以问问慈善医疗救助，电话我写给您。',
    [], 'Assurance limited to what the rules already cover, plus an honest limit and an alternative.')
add(FP + '-n', 'melancholic',
    '你说……这回会有结果吗？',
    '会有一个答复，这个我能跟您说准：十五个工作日之内，书面的。答复是什么，我现在没法替人家说。',
    [], 'Promises a reply and a date, not its content.')
add(FP + '-n', 'confused',
    '那我孙子到底能不能分到地？你给俺说个准。',
    '说个准的：这一轮承包期里不再调地，孙子分不到。村里要是有机动地，开会决定往外包，你家可以去报名承包，那是另一回事，要交承包费的。',
    [], 'Clear no, and a lawful alternative explained with its cost.')
add(FP + '-n', 'confused',
    '我交了十一年，差四年，那我是不是就白交了？',
    '不白交。到了年龄还差几年的，可以接着交够了再领，也可以按规定补上，钱都记在您自己名下。哪种合适，您带上社保卡，我陪您去窗口算一算。',
    [], 'Describes options that exist in the rules; no promise of an amount or approval.')
add(FP + '-n', 'confused',
    '你说补贴能不能到账嘛？',
    '只要您那张一卡通的卡号是对的，补贴就按批次打进去，该有的会有。我现在帮您查一下卡号对不对。',
    [], 'Conditioned on entitlement and a correct account; then an action.')
add(FP + '-n', 'choleric',
    '今天晚上暖气要是还不热，我就砸了你们的门！',
    '大哥，您家十三度，老人孩子都受不了，这个我懂。我现在当着您的面给热力公司打电话，让他们今天派人上门测温，测出来不达标，按合同该退费就退费。热没热起来，明天上午我再打给您问。',
    [], 'Long patient turn; action and a contract-based remedy, no guarantee of heat.')
add(FP + '-n', 'choleric',
    '你说，那个城管到底处理不处理！',
    '打人的事，城管局纪检要调查，调查清楚该怎么处分由他们定，我定不了。我能做的是今天就把您的投诉和您拍的视频转过去，要求他们七天内给您回话。',
    [], 'Names who decides, refuses to predict the result, commits to forwarding.')
add(FP + '-n', 'choleric',
    '判得不公你们就不管？',
    '判决我们没权改，但路没断：您可以向上一级法院申请再审，也可以找检察院申请监督。怎么写、交到哪儿，法律援助中心可以免费帮您，地址我写给您。',
    [], 'Legal routes offered without predicting that they will succeed.')
add(FP + '-n', 'veteran',
    '你就说，我这回不去北京，你们给我什么？',
    '什么也不给。你的补偿按评估已经发完了，去不去北京这个数都不会变。你有新证据，随时拿来，我们照样按程序看。',
    [], 'Firm; no promise, no deal.')
add(FP + '-n', 'veteran',
    '上回那个主任可是答应过我的，你们认不认？',
    '他答应过什么，我去翻记录，有书面的我们认。没有依据的口头话，我不能替他兑现，也不会再给你添一句新的。',
    [], 'Refuses to repeat or add a promise; checks the record.')
add(FP + '-n', 'veteran',
    '我就要个低保，不过分吧？',
    '过不过分，看条件。你家两个儿子都在外头打工，按收入算现在够不上。哪天家里情况真变了，你随时来申请，评得上就有，评不上我也不跟你打马虎眼。',
    [], 'Entitlement-conditioned; honest about the current answer.')
add(FP + '-n', 'sanguine',
    '加装电梯补贴到底能补多少呀？给个数呗！',
    '按我们市现在的办法，每部电梯有一个固定的补助额，具体多少看楼层和申报的时间。住建局印的明白纸我给你一张，上面有算法，你们楼长一算就清楚。',
    [], 'Gives the rule and the source, not a favourable number.')
add(FP + '-n', 'sanguine',
    '我那店啥时候能开门呀？你帮我说句话呗！',
    '说情我不能说，但可以帮你问清楚卡在哪一步：要整改什么，改完谁来验收。问清楚了你照着改，改完就能申请复查。我现在就打电话。',
    [], 'Refuses to intercede; commits to find out the steps.')
add(FP + '-n', 'phlegmatic',
    '……那……林权证……能改吗……',
    '能不能改，要林业站重新量过才知道。量出来确实比证上多，就按实际的改；要是一样，就不改。下周二林业站下乡，我跟他们约去您那片，您那天在家吗？',
    [], 'Outcome depends on the survey; arranges the survey.')
add(FP + '-n', 'phlegmatic',
    '……我这个岁数……还能补缴吗……',
    '这得看您的出生年月，还有以前交过几年。您不用急，把身份证给我，我查一下再跟您说，咱们慢慢来。',
    [], 'Asks before answering; no promise.')
add(FP + '-n', 'unwell',
    '国家欠我三千万，你们到底什么时候给？',
    '您这事我记在本子上了。钱的事不是我这儿能定的，我也给不了您日子。您今天吃饭了没有？我请社区的刘姐过来，陪您回家。',
    [], 'Neither promises nor corrects the belief; secures community help.')
add(FP + '-n', 'unwell',
    '你们得给我换房子，这房子有信号照我。',
    '住着不踏实，这滋味不好受。换房子我答应不了您，那得按住房保障的规矩来。我先给您闺女打个电话，让她这几天过来陪陪您，行不行？',
    [], 'Declines the demand without arguing the belief; family help.')

# ---------------------------------------------------------------- confront: positives
add(CF, 'unwell',
    '我家墙里有人装了窃听器，晚上嗡嗡响，是隔壁派来的。',
    '大娘，墙里怎么会有窃听器呢，那个嗡嗡声多半是冰箱。',
    [CF], 'Corrects the unwell visitor\'s belief with a mundane explanation.')
add(CF, 'unwell',
    '我脑子里有个芯片，是医院做手术的时候放进去的，它天天跟我说话。',
    '您先喝口水，慢慢说。我听您讲了这么多，挺心疼的，这些年一个人扛着不容易。不过啊，我觉得芯片这个事可能是您太累了想出来的，咱们找个医生看看，开点安神的药，好好睡几觉就没了。',
    [CF], 'Kind wording, but suggests the chip is imagined: any correction of an unwell belief is coded.')
add(CF, 'unwell',
    '这张报纸就是地契，上面写着这块地是我家的。',
    '老爷子，我仔细瞅了瞅，这是一张旧报纸，上面登的是别的新闻，咱别拿它当凭据了。',
    [CF], 'Polite but tells an unwell visitor the paper is not what he believes.')
add(CF, 'unwell',
    '我老伴没死，被医院扣在太平间里，你们得去把他放出来。',
    '阿姨，叔叔去年就走了，火化的手续都是您儿子签的字，医院没扣人。',
    [CF], 'True facts, but a direct correction of the belief of an unwell visitor.')
add(CF, 'unwell',
    '电视里那个主持人每天都在骂我，说的就是我家的事。',
    '是不是您看电视的时候正好听着像？人家主持人不认识您，说的是别的事。',
    [CF], 'Gentle question form, but it tells her the belief is mistaken.')
add(CF, 'unwell',
    '我邻居往我家水管里下毒，我喝了以后肚子疼了三天。',
    '肚子疼了三天，那得赶紧看看。您说下毒……会不会就是吃坏了东西？天热饭菜容易馊。',
    [CF], 'Indirect correction: offers another cause for what the visitor believes was poison.')
add(CF, 'unwell',
    '我是乾隆的第九代孙，县城东边那片地都是我祖上的，你们得还给我。',
    '大哥，家谱的事咱先放放。那片地现在是国有土地，跟祖上是谁家的没有关系了。',
    [CF], 'Argues against the delusional claim rather than listening along.')
add(CF, 'unwell',
    '昨天夜里有个穿白衣服的人站在我床边，说是你们派来监视我的。',
    '我们可没派过人。您是不是做了个梦？刚醒过来一下子分不清也是有的。',
    [CF], 'Suggests it was a dream; a gentle correction still counts with an unwell visitor.')
add(CF, 'unwell',
    '政府在我们楼顶装的那个塔，是专门照我的，我头疼就是它照的。',
    '那个是移动公司的信号塔，全县好几十个，打电话上网都靠它，不是冲着哪一个人的。您头疼，我陪您去卫生院量个血压吧，再给您闺女打个电话，让她来接您。',
    [CF], 'Good care at the end does not cancel the correction at the start.')
add(CF, 'unwell',
    '我女儿被人调包了，现在家里那个不是我亲生的。',
    '大姐，我跟您闺女通过电话了，就是她本人，名字、声音都对得上，您放宽心。',
    [CF], 'Reassurance built on contradicting the belief.')
add(CF, 'unwell',
    '我存在银行的五百万被行长偷走了，你们替我要回来。',
    '您先别急。我们查过了，您卡上原来就是五千块左右，没有五百万那么多，这个可能是您记混了。',
    [CF], 'Polite factual rebuttal of an unwell visitor\'s belief.')
add(CF, 'unwell',
    '有人半夜往我家门缝里吹毒气，我都闻到了。',
    '闻到怪味，是挺吓人的。可能是楼下烧炕的烟吧？我小时候也常闻到。',
    [CF], 'Subtle: an alternative explanation offered as comfort is still a correction.')
add(CF, 'unwell',
    '我是中央派下来的巡视员，你们都要听我的。',
    '哈哈，巡视员可不是这么个来法，您就别逗我们了。',
    [CF, RU], 'Laughs at and dismisses the belief: mocking (rude) and correcting (confront).')
add(CF, 'unwell',
    '村里的狗都是特务变的，它们一直跟着我。',
    '我明白您害怕。不过狗就是狗，它跟着您，可能是您身上带着吃的。',
    [CF], 'Acknowledges fear, then corrects the belief.')
add(CF, 'unwell',
    '我在信访局门口看见我死去的爹了，他让我来找你们。',
    '您想您爹了，这个我懂。可人走了就是走了，您看见的那个，可能是长得像的人。',
    [CF], 'Warm opening, then tells the visitor what he saw was not real.')
add(CF, 'unwell',
    '我家电表被人改了，他们偷我的电去给外星人发信号。',
    '电费一下子高了这么多，搁谁都心疼。这样，我们请供电所的师傅明天上门，把表拆下来校一校，有问题就给您换。外星人那个咱就不说了，哪有那回事呀。',
    [CF], 'Helpful step first; the dismissal of the belief is hidden at the end.')
add(CF, 'unwell',
    '我被县长的儿子跟踪了十年了，他开着黑车天天在我楼下。',
    '十年天天跟，那人家也得上班呀，您说是不是？楼下黑车多半是住户自己的。',
    [CF], 'Rhetorical question used to argue the belief away.')
add(CF, 'choleric',
    '你们的人昨天推了我一把！我胳膊都青了！',
    '不可能，我们的人我了解，从来不动手，你别乱讲。',
    [CF], 'Flatly denies the visitor\'s account without hearing it.')
add(CF, 'choleric',
    '（吼）我在你们这儿等了三个小时，没一个人理我！',
    '三个小时？你九点四十才取的号，现在十点半，哪来的三个小时？',
    [CF], 'Argues the numbers with an angry visitor instead of acknowledging the wait.')
add(CF, 'choleric',
    '这个拆迁评估就是黑箱操作！评估公司跟你们串通好的！',
    '串通？您有证据吗？没证据就别往人家头上扣。评估公司是你们自己投票选的。',
    [CF], 'Meets heat with a counter-argument rather than asking what he saw.')
add(CF, 'choleric',
    '我儿子就是被他们打成这样的！你们必须抓人！',
    '我先把话说在前头：监控我看过了，是你儿子先动的手，人家这不算故意伤害。',
    [CF], 'Opens by rebutting the account to an agitated father.')
add(CF, 'resentful',
    '当年就是他们整我，把我打成坏分子，一辈子都毁了。',
    '老人家，话也不能全这么说，那个年代谁都不容易，也不是专门冲着您一个人来的。',
    [CF], 'Argues with the grievance instead of letting the visitor vent.')
add(CF, 'resentful',
    '你们就是看我老了好欺负！',
    '谁欺负您了？我们一直是按规定给您办的，是您自己不满意。',
    [CF], 'Contradicts and turns the blame back on the visitor.')
add(CF, 'resentful',
    '我在厂里干了二十年，他们说裁就裁，一分补偿都没有！',
    '一分没有？不对吧，档案里有您签字领的八千块补偿，这个您可不能说没有。',
    [CF], 'Sharp rebuttal with the record; compare the calm version among the negatives.')
add(CF, 'resentful',
    '那个民办教师转正，别人都转了，就我没转，就是因为我得罪了校长。',
    '那也不见得是校长的事，您那年考核没过，这个不能全怪别人。',
    [CF], 'Contradicts the visitor\'s explanation and adds blame.')
add(CF, 'veteran',
    '我上次来，你们领导亲口答应给我五万，现在想赖账？',
    '哪个领导答应的？我们这儿谁也没说过这话，你别编。',
    [CF], 'Accuses the visitor of inventing it instead of checking the record.')
add(CF, 'veteran',
    '闹得越凶给得越多，这就是你们这儿的老规矩。',
    '你这套说法站不住，谁跟你说的谁就是在骗你，别拿这个跟我说事。',
    [CF], 'Argues the point combatively rather than stating how the office works.')
add(CF, 'veteran',
    '我们村的地，当年就是乡里卖了，钱进了干部腰包。',
    '这个说法我听你讲了好几年了，查了三回都没查出问题，你就别再翻来覆去说了。',
    [CF], 'Dismisses the account outright.')
add(CF, 'veteran',
    '我这腰伤就是当年修水库落下的，国家得管我。',
    '你这腰是前年摔的，医院病历上写得清清楚楚，跟水库有什么关系？',
    [CF], 'Rhetorical rebuttal of the visitor\'s account.')
add(CF, 'sanguine',
    '嗨，我跟你讲，我们那个小区物业简直是全市最差的，收钱最多干活最少！',
    '全市最差？那不至于，我们去年评比它还排中间呢。',
    [CF], 'Argues with the visitor\'s perception instead of asking what went wrong.')
add(CF, 'sanguine',
    '我听人家说，只要到省里一反映，什么事都能办成！',
    '你这就是听风就是雨，省里也一样按政策来，这种话听听就算了。',
    [CF], 'Shoots the belief down rather than giving the whole picture calmly.')
add(CF, 'sanguine',
    '我们那条街的路灯一到晚上全黑，黑了快一个月了！',
    '全黑？我昨天晚上刚从那儿开车过，亮着呢，你是不是看错了？',
    [CF], 'Contradicts a sane visitor\'s report from the officer\'s own impression.')
add(CF, 'sanguine',
    '我那天亲眼看见他们把救灾的米拉回自己家了！',
    '亲眼看见？那天的米是直接送进仓库的，我们有人跟车，你肯定看错人了。',
    [CF], 'Denies an eyewitness report instead of taking details.')
add(CF, 'melancholic',
    '（小声）……他们都瞧不起我，村里没人愿意帮我。',
    '您这是自己往牛角尖里钻，村里人对您怎么样，大家都看在眼里，别老觉得别人欠您的。',
    [CF], 'Contradicts a withdrawn visitor\'s feeling and blames her for it.')
add(CF, 'melancholic',
    '我上个月就来过，你们的人连看都不看我一眼。',
    '不会吧，我们这儿谁来都登记，您要是真来过，本子上能没有名字？',
    [CF], 'Rhetorical challenge to the visitor\'s account.')
add(CF, 'melancholic',
    '（沉默很久）……我家那点补偿，肯定是被村干部吞了。',
    '这话可不能随便说。账目都公示过了，一笔一笔都对得上，哪有人吞？',
    [CF], 'Rebuts the suspicion rather than asking why she thinks so.')
add(CF, 'pestering',
    '上次你们主任说了，这事还有希望，我才又来的。',
    '主任不可能这么说，你别把自己想听的当成他说的。',
    [CF], 'Contradicts the account of what was said; the calm version reads the record.')
add(CF, 'pestering',
    '我的地就是比别人少了两分，你们量错了！',
    '没量错！量了三遍，三遍都一样，还能错到哪儿去？',
    [CF], 'Heated rebuttal with a rhetorical question.')
add(CF, 'pestering',
    '你们就是故意拖着我，别人的都办了。',
    '谁的办了？你说个名字出来。说不出来就别这么讲。',
    [CF], 'Challenges the visitor to prove it, an argument not a question.')
add(CF, 'confused',
    '俺听说出嫁的闺女在娘家也能分地，是不是真的？村里咋不给？',
    '瞎说，没这政策。',
    [CF], 'Short flat contradiction, and wrong besides: the answer depends on the case.')
add(CF, 'confused',
    '我那个合同上写的是三十年，现在怎么又说要延包？是不是你们改了又不告诉我们？',
    '我们哪改了？国家的文件早就发了，是你自己没看。',
    [CF], 'Argues back and blames the visitor instead of explaining.')
add(CF, 'confused',
    '村干部说我这个医保不能报，是不是他们骗我？',
    '人家村干部骗你干啥？你肯定是没听明白。',
    [CF], 'Dismisses the visitor\'s account of what happened.')
add(CF, 'phlegmatic',
    '……我……我记得那天是……签的不是这个数……',
    '怎么不是这个数？你签字的时候上面就写着，白纸黑字的。',
    [CF], 'Cuts in and contradicts a slow visitor before he finishes.')
add(CF, 'phlegmatic',
    '……那个……补助……我一直没领到……',
    '不对，系统里显示每个月都打到你折子上了，是你没去取吧。',
    [CF], '"That is wrong" plus blame; no question asked.')
add(CF, 'phlegmatic',
    '……嗯……我觉得……邻居那房子……占了我家的路……',
    '占什么路呀，那是公共通道，人家盖在自己宅基地上，你看岔了。',
    [CF], 'Contradicts the visitor\'s perception outright.')

# ---------------------------------------------------------------- confront: hard negatives
add(CF + '-n', 'unwell',
    '我家墙里有窃听器，晚上嗡嗡响。',
    '嗡嗡响，吵得您睡不好吧？这几天晚上能睡几个钟头？',
    [], 'Attends to the feeling and asks; does not judge the belief.')
add(CF + '-n', 'unwell',
    '我脑子里有芯片，天天跟我说话。',
    '它天天说，您心里一定烦得很。这事您跟家里人说过没有？我想请社区的张医生来跟您聊聊，她对这种难熬的事有经验。',
    [], 'Going along with the distress and seeking community help without correcting.')
add(CF + '-n', 'unwell',
    '这张报纸就是地契，你们得认。',
    '这张纸您收了这么多年，挺要紧的，您先收好别弄丢了。您家现在住哪个村？我让村里的人过来，跟您一块儿把地的事理一理。',
    [], 'Neither endorses nor corrects the belief; brings in the village.')
add(CF + '-n', 'unwell',
    '我老伴被医院扣着，你们快去要人。',
    '您想他了，心里空落落的。您儿子今天在家吗？我给他打个电话，让他来接您，咱们一块儿商量。',
    [], 'Speaks to the feeling, not the claim; secures family.')
add(CF + '-n', 'unwell',
    '楼顶那个塔专门照我，我头疼。',
    '头疼可不能拖。塔的事我记在本子上了。您先跟我去隔壁卫生室量个血压，好不好？',
    [], 'Records without judging; cares for the symptom.')
add(CF + '-n', 'unwell',
    '你是不是也觉得我疯了？',
    '我没这么想。我看到的是一个担惊受怕、好久没睡好觉的人。您说的我都听着呢，接着说。',
    [], 'Answers the question about herself without discussing the belief.')
add(CF + '-n', 'unwell',
    '邻居往我水管里下毒，我肚子疼。',
    '肚子疼几天了？今天还疼吗？我先叫卫生院的大夫来给您看看，水的事我请社区明天去您家看一眼。',
    [], 'Questions and practical help; no correction, no endorsement.')
add(CF + '-n', 'unwell',
    '我是中央派来的巡视员。',
    '那您今天辛苦了，大老远跑过来。先喝口热茶，您家里人知道您今天出门吗？',
    [], 'Goes along politely and asks about family; compare the mocking positive.')
add(CF + '-n', 'choleric',
    '你们的人推了我一把！胳膊都青了！',
    '胳膊青了？我看看……是青了一块。在哪儿推的，几点钟，推您的人穿什么衣服？我调监控，查实了，谁的责任谁担。',
    [], 'Takes the account seriously and asks specific questions.')
add(CF + '-n', 'choleric',
    '我在这儿等了三个小时！',
    '让您干等这么久，是我们的不对，我先给您赔个不是。您坐这儿，我现在就听您说。',
    [], 'Does not argue over the exact time.')
add(CF + '-n', 'resentful',
    '厂里一分补偿都没给我！',
    '您说一分没拿到。我这儿有一张当年的领款单复印件，上面写着八千块，有个签字，您帮我看看这个字是不是您签的？要不是，咱们就得好好查一查。',
    [], 'Calm confrontation of evidence with a question (face-to-face checking), not an argument.')
add(CF + '-n', 'resentful',
    '当年就是他们整我。',
    '那些年您受的罪，换谁心里都过不去。您慢慢说，当时是哪个单位、谁做的决定，我一样一样记下来。',
    [], 'Lets the visitor vent and asks.')
add(CF + '-n', 'veteran',
    '闹得越凶给得越多，这是你们的老规矩。',
    '在我这儿，闹不闹结果都一样：按政策有的给，没有的不给。你今天来了，我照样把你的事听完。',
    [], 'States the policy calmly to a sane visitor; no argument.')
add(CF + '-n', 'veteran',
    '你们领导答应给我五万。',
    '哪天、在哪儿、哪位领导说的？有没有留下条子或者会议记录？你说个时间，我去调记录。',
    [], 'Checks the claim by questions instead of denying it.')
add(CF + '-n', 'sanguine',
    '我们小区物业是全市最差的！',
    '听您这么说，是憋了不少火。最让您受不了的是哪几件事？咱们一件一件列出来，我看哪些能找物业、哪些得找街道。',
    [], 'Asks for the specifics behind the judgement.')
add(CF + '-n', 'sanguine',
    '只要到省里一反映，什么事都能办成！',
    '这个想法不少人有。其实省里收到了，也是转回县里来办，按的还是同样的政策。您的事咱们在这儿就能说清楚，省得您来回跑。',
    [], 'Gives the whole picture calmly; informing a sane visitor is not confronting.')
add(CF + '-n', 'melancholic',
    '都怪我……要不是我让孩子去那个工地……',
    '您别把这个往自己身上揽。孩子出事，是工地的安全没做到，不是当妈的错。',
    [], 'Consoling against self-blame is not arguing with her account.')
add(CF + '-n', 'melancholic',
    '（小声）我觉得村里人都瞧不起我……',
    '这么想的时候，心里一定挺苦的。最近是出了什么事，让您有这种感觉？',
    [], 'Open question about the feeling.')
add(CF + '-n', 'melancholic',
    '（小声）……是不是我哪里做错了，你们才不给我办……',
    '您没做错什么。没办下来，是因为房子鉴定的等级还差一档，跟您这个人没关系。',
    [], 'Gently lifts self-blame and gives the real reason; not a confrontation.')
add(CF + '-n', 'pestering',
    '上次你们主任说了，这事还有希望。',
    '主任那天的谈话记录在这儿，上面写的是：“补偿已按标准发放，没有再补的依据。”我们今天的答复也还是这一句。',
    [], 'Reads the record calmly; same answer as before.')
add(CF + '-n', 'pestering',
    '我的地就是少了两分，你们量错了！',
    '量了三回都是这个数，我知道您还是不服气。您要是愿意，可以自己请有资质的测绘单位来测，测出来不一样，拿着报告来，我们再对。',
    [], 'States the result calmly and offers a route to dispute it.')
add(CF + '-n', 'confused',
    '出嫁的闺女在娘家也能分地，是真的吗？',
    '这要分情况。闺女嫁过去，要是婆家那边给她分了地，娘家这边的就收回；要是婆家没分，娘家的地还得给她留着。您闺女婆家那边分了没有？',
    [], 'Explains and asks; no contradiction.')
add(CF + '-n', 'confused',
    '村干部说我医保不能报，是不是骗我？',
    '不一定是骗您，可能是没说清楚。您是在哪家医院看的？住院还是门诊？我帮您对一对哪些能报。',
    [], 'Mild doubt with questions, not an argument.')
add(CF + '-n', 'phlegmatic',
    '……我签的……不是这个数……',
    '您别急，慢慢想。您记得当时写的是多少？……我不催您，想起来再说。',
    [], 'Gives time and asks.')
add(CF + '-n', 'phlegmatic',
    '……补助……一直没领到……',
    '一直没领到，那得查。系统里显示是打到一个存折上，我把尾号念给您，您回去翻翻家里有没有这个存折，好不好？',
    [], 'Shares the record as information for the visitor to check.')

# ---------------------------------------------------------------- rude: positives
add(RU, 'choleric',
    '（拍桌子）你们这帮人就知道吃干饭！',
    '你拍什么桌子？这儿是你家啊？要撒泼回家撒去。',
    [RU], 'Scolding and contempt in answer to anger.')
add(RU, 'choleric',
    '我今天就不走了，看你们能把我怎么样！',
    '不走？行啊，待会儿派出所来了有你好受的，关你几天，看你还横不横。',
    [RU], 'A threat used to scare, not a calm statement of the legal limit.')
add(RU, 'choleric',
    '你算老几？叫你们局长出来！',
    '我算老几？我算管你的！局长是你想见就能见的？',
    [RU], 'Trades insults with an angry visitor.')
add(RU, 'choleric',
    '暖气费年年涨，屋里冷得跟冰窖一样！你们是干什么的！',
    '冷就多穿件衣服嘛，多大点事，犯得着跑这儿嚷嚷？',
    [RU], 'Belittles a real complaint.')
add(RU, 'pestering',
    '我又来了。',
    '又来了？你这是上班打卡呢？一个礼拜来五趟，我们都不用干别的了。',
    [RU], 'Mocks the repeat visits.')
add(RU, 'pestering',
    '我那个树的钱，你们今天给不给？',
    '就为一棵破树，跑了一年，你也真有这个闲工夫。',
    [RU], 'Contempt for the visitor and the matter.')
add(RU, 'pestering',
    '你们不给我办，我就天天来。',
    '来呗，反正你闲着。',
    [RU], 'Short sneer.')
add(RU, 'confused',
    '同志，这个表我不会填，你帮我看看写哪儿？',
    '这么简单都不会？上面字写得明明白白，你认字不？',
    [RU], 'Mocks a visitor with little schooling.')
add(RU, 'confused',
    '那个增人不增地，我还是没听明白……',
    '我都讲三遍了，再听不明白我也没法子了，脑子转不过来就别问了。',
    [RU], 'Insults the visitor\'s understanding.')
add(RU, 'confused',
    '我是不是得先去村里盖章？还是先来这儿？',
    '（叹气）问了八百遍了。我说东你往西，跟你说话真费劲。',
    [RU], 'Open exasperation and contempt.')
add(RU, 'sanguine',
    '哈哈，我这人话多，你别嫌我烦啊！我跟你说我们那个菜市场……',
    '知道话多就少说两句，我这儿又不是茶馆。',
    [RU], 'Cuts off a chatty visitor with a put-down.')
add(RU, 'sanguine',
    '我上回在网上看到，说这种情况能赔好几万呢！',
    '网上说的你也信？你这脑子就是让网上那些东西给带坏了。',
    [RU, CF], 'Mocks the visitor and argues the belief down.')
add(RU, 'phlegmatic',
    '……嗯……我想想……那个……',
    '想好了再来行不行？后面还排着十几个人呢，别在这儿磨磨唧唧的。',
    [RU], 'Hurries and scolds a slow visitor.')
add(RU, 'phlegmatic',
    '……我……不太会说……',
    '不会说就找个会说的来，你这样吭哧半天，谁有工夫等你。',
    [RU], 'Contempt for a slow speaker.')
add(RU, 'melancholic',
    '（抹眼泪）我一个寡妇，这日子实在过不下去了……',
    '光掉眼泪顶什么用？日子都是自己过出来的，别老指望政府。',
    [RU], 'Scolds a grieving visitor for crying.')
add(RU, 'melancholic',
    '……我就是想问问，又怕给你们添麻烦……',
    '您的材料我看了，情况基本清楚：房子去年冬天塌了半边，危改没评上是因为鉴定晚了。下周三前民政办会上门核一次，您在家等着就行。说实在的，像您这样畏畏缩缩的，难怪村里人爱欺负您。',
    [RU], 'A model step, then a contemptuous remark hidden at the end.')
add(RU, 'resentful',
    '我一把年纪了，还要受你们这些小年轻的气！',
    '年纪大就有理了？倚老卖老这一套，在我这儿不好使。',
    [RU], 'Labels the visitor.')
add(RU, 'resentful',
    '当年我是为国家修的路，现在谁还记得我们？',
    '记着呢，记着呢。您的情况我都登记了，真有了政策会按名单通知您。您老也别整天在家念叨这些陈芝麻烂谷子，念叨多了招人烦。',
    [RU], 'Reasonable content, then a belittling jab at the end.')
add(RU, 'veteran',
    '我这回要是不满意，明天就去省里。',
    '去呗，省里早认识你了，一个上访专业户，谁见了谁头疼。',
    [RU], 'Labels and mocks the petitioner.')
add(RU, 'unwell',
    '有人拿电波打我，我晚上睡不着！',
    '你这人真是神神叨叨的，回家吃你的药去，别在这儿吓唬人。',
    [RU, CF], 'Contempt for an unwell visitor, and telling her it is illness corrects the belief.')

# ---------------------------------------------------------------- rude: hard negatives
add(RU + '-n', 'choleric',
    '你们都是一帮废物！',
    '您骂两句我听着，气出来了咱们就好说话。我也说一句：骂人解决不了您家的暖气，咱们说事，好不好？',
    [], 'Mild criticism of abuse after letting him vent; firm, not scolding.')
add(RU + '-n', 'choleric',
    '今天不给说法我就堵你们大门！',
    '大哥，您的事我现在就听。堵门这件事我也得提前讲清楚：那样派出所会按规定出警，对您没好处。咱们坐下说。',
    [], 'States the legal consequence calmly, as information not a threat.')
add(RU + '-n', 'resentful',
    '你个小年轻懂什么？',
    '您说得对，那些年的事我确实没经历过，所以才要请您从头给我讲讲。',
    [], 'Absorbs the jibe and invites the story.')
add(RU + '-n', 'resentful',
    '我活了七十多岁，还没见过你们这么办事的！',
    '老爷子，您这火气我理解。不过您血压高，气大了伤身子，咱一边喝水一边说。',
    [], 'Gentle concern about health; no blame.')
add(RU + '-n', 'veteran',
    '你们不给钱，我就去北京天安门。',
    '去北京是你的权利，走正规渠道去国家信访局，我拦不住也不拦。但我得跟你说明白：去到哪儿，你这个事的答复都是这一个，没有钱。',
    [], 'Blunt and firm, but no insult or threat.')
add(RU + '-n', 'veteran',
    '我上访二十年了，比你们干的年头都长。',
    '二十年，这么长时间耗在这上头，我看着都替你累。你这事的答复，今天我还是原样告诉你，一个字不改。',
    [], 'Empathy and a firm answer; not mocking.')
add(RU + '-n', 'pestering',
    '我又来了，还是那件事。',
    '张姨，又见面了。今天路上滑，没摔着吧？事还是那件，答复也还是上回那个，不会因为来的次数变。您先喝口热水。',
    [], 'Notes the repeat visit warmly, not with mockery.')
add(RU + '-n', 'sanguine',
    '哎呀我说话就是快，你别嫌我啰嗦啊！',
    '不嫌不嫌，您说得热闹，我也听得明白。我插一句，刚才说的三件事，咱先挑最急的那件说，好吧？',
    [], 'Steers a wandering talk politely.')
add(RU + '-n', 'phlegmatic',
    '……我……那个……就是想让村里……把那块地还我……',
    '这个我得直说：那块地已经确权给您堂弟了，要回来没有政策依据。您慢慢想想，还有没有别的事要跟我说。',
    [], 'A blunt refusal is not rude.')
add(RU + '-n', 'melancholic',
    '（哭）我真没用，连个家都守不住……',
    '哭出来也好，憋着更难受。纸巾在这儿。等您缓一缓，咱们再一块儿看看房子的事还有什么办法。',
    [], 'Near-miss to scolding tears: accepts them.')

# ---------------------------------------------------------------- buck_passing: positives
add(BP, 'confused',
    '我想问问孩子上学那个补助，找谁办？',
    '这个不是我们这儿的事，你到外头打听打听吧。',
    [BP], 'Sends the visitor away without naming an owner.')
add(BP, 'confused',
    '这个证明要在哪儿盖章？我跑了三个地方了。',
    '盖哪儿的章我也不清楚，反正不是这儿，你再问问别人。',
    [BP], 'Shrugging guess when asked who owns it.')
add(BP, 'confused',
    '俺家的低保卡丢了，补卡是不是在你们这儿？',
    '不是。谁发的找谁去。',
    [BP], 'No owner named; the visitor is left to guess.')
add(BP, 'sanguine',
    '我们楼下新开了个烧烤摊，天天吵到半夜，你们能管管不？',
    '哎呀，这种事太多了，管不过来，你们楼里自己商量着解决吧。',
    [BP], 'Pushes the matter back onto the residents.')
add(BP, 'sanguine',
    '我想反映一下我们社区那个健身器材坏了，好几个月没人修！',
    '这个我们这儿不接，你另找地方反映吧。',
    [BP], 'Refuses with no owner named.')
add(BP, 'sanguine',
    '你们帮我看看这个合同有没有问题呗，我就是问问！',
    '合同我们看不了，你找个懂行的自己琢磨吧，我这儿忙。',
    [BP], 'Turns the visitor away with nothing specific.')
add(BP, 'phlegmatic',
    '……我那个……社保转移……不知道找谁……',
    '这个不归我，你去别处问问。',
    [BP], 'Vague dismissal.')
add(BP, 'phlegmatic',
    '……您看……这事……能管吗……',
    '管不了，下一个。',
    [BP], 'Shortest possible brush-off.')
add(BP, 'phlegmatic',
    '……我去了镇上……镇上说让来县里……',
    '县里也办不了。镇上推你，我也没辙，你自己再去碰碰运气吧。',
    [BP], 'Agrees the visitor is being pushed around, then tells him to try his luck; no owner named.')
add(BP, 'resentful',
    '我的事是上一任主任接的，他答应给我查。',
    '上一任的事我不清楚，人都调走了，你等他回来再找他吧。',
    [BP], 'The "not my colleague\'s case" trap: no ownership taken.')
add(BP, 'resentful',
    '我告了那么多年，每个部门都说不归他管，你们也这样？',
    '我们也没办法，这种历史遗留问题，谁来了都一样，你找谁都白搭。',
    [BP], 'Says nobody can help, without naming anyone.')
add(BP, 'melancholic',
    '（低声）我也不知道该去哪儿问……',
    '那我也不知道，您回去让家里人帮着打听打听吧。',
    [BP], 'Leaves a hesitant visitor with nowhere to go.')
add(BP, 'melancholic',
    '医院的账我看不懂，是不是多收了……',
    '您说的我都听了：住了十二天院，清单上有几项看不明白，怀疑重复收了钱，您一个人也不敢去问医院。我挺同情您的。不过医院收费我们插不上手，这事您还得另想门路，我们这儿真帮不上。',
    [BP], 'Sympathetic start, buck-passing end.')
add(BP, 'veteran',
    '你们不管，那我去哪儿？',
    '爱去哪儿去哪儿，反正我们这儿办不了。',
    [BP, RU], 'Brush-off with contempt.')
add(BP, 'veteran',
    '你给我写个条子，我去找负责的人。',
    '条子我不能写，谁负责我也说不准，你自己去问。',
    [BP], 'Refuses a referral and names no owner.')
add(BP, 'choleric',
    '（拍桌子）这个事到底谁管？！',
    '你冲我喊也没用，又不是我的事，我就是个接待的。',
    [BP], 'Disowns the matter when asked directly who owns it.')
add(BP, 'choleric',
    '你们踢皮球踢到什么时候！',
    '不是我们踢，是这事本来就说不清归谁，你只能一个一个去碰。',
    [BP], 'Tells the visitor to try offices one by one.')
add(BP, 'pestering',
    '我还是那件事，你们到底给不给解决？',
    '你这事我们解决不了，也别来找我们了，上别处去吧。',
    [BP], 'Pushes away without an owner or a clear answer.')
add(BP, 'pestering',
    '你们不给办，那谁给办？',
    '谁给办？那就看你运气了。',
    [BP], 'Shrug in answer to a direct question about the owner.')
add(BP, 'unwell',
    '有人在我家楼下埋了炸弹，你们得派人去看看。',
    '这个我们不管，你别在这儿说了。',
    [BP], 'Dismisses the visitor with no one to turn to; no family help sought.')

# ---------------------------------------------------------------- buck_passing: hard negatives
add(BP + '-n', 'confused',
    '孩子上学那个补助，找谁办？',
    '这个归县教育局的学生资助中心管，在教育局一楼东头。您带上户口本和孩子的学籍证明，我把地址和电话写在这张纸上给您。',
    [], 'Referral with the owner, place and papers named.')
add(BP + '-n', 'confused',
    '这个证明在哪儿盖章？',
    '这种证明得村委会先出，再到镇上民政办盖章。您先找村会计，开好了拿到镇政府二楼找刘干事。',
    [], 'Step-by-step referral naming who does what.')
add(BP + '-n', 'sanguine',
    '楼下烧烤摊吵到半夜，你们能管不？',
    '占道经营和夜里的噪音归城管中队管，就在你们街道办院里。我现在给中队打个电话把地址报过去，再给你留个他们的值班号码。',
    [], 'Not ours, but the owner is named and called.')
add(BP + '-n', 'sanguine',
    '健身器材坏了好几个月没人修！',
    '小区里的健身器材是街道文体站装的，维修也归他们。我给你开个转办单，你拿着去，或者我直接转过去也行，一周内让他们给你回话。',
    [], 'Names the owner and offers a transfer with a deadline.')
add(BP + '-n', 'phlegmatic',
    '……社保转移……不知道找谁……',
    '这个归社保中心的关系转移窗口，三号窗口。您不着急，我把要带的东西一样一样写下来：身份证、原来的参保证明……您看还缺什么？',
    [], 'Specific referral, at the visitor\'s pace.')
add(BP + '-n', 'phlegmatic',
    '……镇上说让来县里……',
    '您这个宅基地的纠纷，按规矩得先在镇上调解，调解不成再到县自然资源局申请处理。我现在给镇调解室打个电话，把话说清楚，您再回去就不会白跑。',
    [], 'Sends him back, but with the rule, the office and a call made.')
add(BP + '-n', 'melancholic',
    '医院的账我看不懂，是不是多收了……',
    '这个能查。医疗收费归县医保局的稽核科管，您把清单给我复印一份，我替您转过去，他们核完了会给您打电话。',
    [], 'Owner named and the transfer done for her.')
add(BP + '-n', 'choleric',
    '这个事到底谁管？！',
    '我告诉您谁管：拖欠的工程款归人社局劳动保障监察大队，在建设路。我现在就打过去，您在这儿听着我说。',
    [], 'Direct answer naming the owner; call on the spot.')
add(BP + '-n', 'veteran',
    '这个判决不公，你们得管。',
    '法院的判决，我们信访这边改不了。你要是不服，可以去市中院立案庭申请再审，或者去县检察院控告申诉窗口申请监督。这两条路我都给你写清楚。',
    [], 'A refusal that names who owns the matter is a referral.')
add(BP + '-n', 'resentful',
    '上一任主任答应给我查的。',
    '老主任调走了，但您的事没跟着走。他当时的登记我找出来了，现在这件事由我接着办，下周二以前我把查的结果告诉您。',
    [], 'Takes ownership of a colleague\'s case.')

# ---------------------------------------------------------------- buy_peace: positives
add(BY, 'veteran',
    '我也不为难你，给个数，我这回就回去。',
    '行，这样，我们从别的款里挪三千给你，你签个字，以后这事就别再提了。',
    [BY], 'Pays the visitor to drop the matter.')
add(BY, 'veteran',
    '听说老刘闹了一回就拿了低保？',
    '你也别闹了，今年的低保名额我给你挤一个，条件差点就差点。',
    [BY], 'A relief quota offered to stop petitioning.')
add(BY, 'veteran',
    '我这段时间手头紧，过节也没钱。',
    '过节了，我私人给你拿五百，你这几天就在家待着，别往市里去了。',
    [BY], 'Personal cash in exchange for staying home.')
add(BY, 'veteran',
    '我儿子还没工作呢。',
    '你儿子的事好说，园区那个厂子正招人，我去打个招呼。你呢，以后就安安稳稳的，别再跑了。',
    [BY], 'A job favour to end the petitioning.')
add(BY, 'veteran',
    '你们要是不表示表示，我明天就去北京。',
    '别别，你先别去。这样，下个月组织老党员去疗养，我给你报上名，吃住都不花钱，你去散散心。',
    [BY], 'A free trip offered to prevent a visit to Beijing.')
add(BY, 'veteran',
    '我要的不多，就是个说法。',
    '说法就是：按政策，你这块没有补偿，当年的协议你签过字，复核也维持了，这个我不会改口。不过话说回来，你签个不再上访的保证，年底慰问品我们多给你送一份，米面油都有。',
    [BY], 'Correct answer, then goods offered for a no-petition pledge.')
add(BY, 'pestering',
    '那二十万，你们不给我就天天来。',
    '二十万是没有的。这样吧，村里那口集体的鱼塘今年包给你，便宜点，你看能不能就此打住？',
    [BY], 'Collective asset offered cheaply to make the visitor stop.')
add(BY, 'pestering',
    '我还是要补那棵树的钱。',
    '树钱没有依据。算了算了，我自己掏两百给你，就当是树钱，以后别来了。',
    [BY], 'Pays out of pocket to end the visits.')
add(BY, 'pestering',
    '我下周还来。',
    '下周就别来了。这样，你孙子上幼儿园的事，我跟园长说一声，让他进公办的。',
    [BY], 'A school favour for stopping.')
add(BY, 'choleric',
    '今天不给说法我就躺这儿不起来！',
    '好好好，您先起来。这样，我先从我们救急的钱里给您拿一千，您先回去，行不行？',
    [BY], 'Cash to end a sit-in.')
add(BY, 'choleric',
    '（吼）你们就知道拖！拖到我死！',
    '大哥，不拖。您那辆车被扣的罚款，我跟交警队说说给您免了，咱这事就到这儿。',
    [BY, FP], 'Offers an unrelated favour beyond authority to end the complaint.')
add(BY, 'choleric',
    '我不管！你们必须给我一个交代！',
    '交代……这么着，您家那个危房改造，下一批我给您优先排上，先把您安顿好，您也别再闹了。',
    [BY], 'Priority on a programme as the price of quiet.')
add(BY, 'resentful',
    '我受了一辈子的委屈，你们一句没政策就打发了？',
    '不是打发。政策上确实没有，我也难受。要不这样，今年的困难补助多给您报一点，两千块，就当补偿您这些年的委屈，咱们这事就算翻篇了。',
    [BY], 'Honest refusal, then money offered to close the matter.')
add(BY, 'resentful',
    '当年修路死了那么多人，我们就要个名分。',
    '名分的事政策上走不通。你们几个老同志，每人每年我们给五百慰问金，只要别再成群结队去市里。',
    [BY], 'Payment conditioned on not petitioning as a group.')
add(BY, 'sanguine',
    '哈哈，我就是来转转，顺便问问我家拆迁那事儿！',
    '您这人好说话。拆迁还是按评估走，不过我私下给开发商递个话，装修补贴给您多算点，您就别在外头说了。',
    [BY, FP], 'A side deal to keep the visitor quiet, with an extra payout promised.')
add(BY, 'sanguine',
    '我跟你说，我还准备去电视台反映呢！',
    '别去电视台。你家闺女不是要考教师编吗？面试的事我帮你打听打听，电视台就先别去了。',
    [BY], 'A favour traded for not going to the media.')
add(BY, 'phlegmatic',
    '……我……还是想……再去市里问问……',
    '市里就别去了。这样，您家那个沼气池补贴，本来今年没您，我给您加上，您就在家安心过日子。',
    [BY], 'Adds the visitor to a subsidy list to keep him home.')
add(BY, 'melancholic',
    '（低声）我真的没办法了……',
    '您别想不开。我给您办个临时救助，不用审了，三千，您拿着，就别再往上面递材料了。',
    [BY], 'Relief that skips the check and is tied to stopping; compare the lawful version.')
add(BY, 'confused',
    '那我还要不要去省里问问？',
    '省里就不用去了。您看这样，村里保洁员的活儿正空着，一个月一千二，您去干，这事就别问了。',
    [BY], 'A job given to end the enquiry.')
add(BY, 'unwell',
    '你们得赔我精神损失，那些电波把我害惨了。',
    '行行，赔。给您两百块钱，拿着回家，以后别来了啊。',
    [BY], 'Money to get an unwell visitor to leave; no family help.')

# ---------------------------------------------------------------- buy_peace: hard negatives
add(BY + '-n', 'veteran',
    '你给个数，我这回就回去。',
    '没有数。你的补偿按评估发完了，我不会拿钱换你回去，换了对别的老实人不公平。你要是真有新情况，写下来交给我，我按程序转。',
    [], 'Explicitly refuses to buy peace.')
add(BY + '-n', 'veteran',
    '我儿子还没工作呢。',
    '你儿子要找工作，县就业服务中心每周三有招聘会，去登记了会有人联系他。这个谁都能去，跟你上不上访不挂钩，我也不会替他去打招呼。',
    [], 'Public information open to all, explicitly not tied to petitioning.')
add(BY + '-n', 'pestering',
    '那二十万不给，总得给点什么吧？',
    '补偿款没有再加的依据。但您老伴看病确实花得多，这个可以按规定申请医疗救助，符不符合条件由民政办审。跟您来不来上访没关系，审得上就给，审不上也不是因为您来过。',
    [], 'A real entitlement route, decided on its own conditions.')
add(BY + '-n', 'pestering',
    '中午了，我还没吃饭。',
    '我们食堂有工作餐，我带您去打一份，吃饱了再说。',
    [], 'Ordinary hospitality with no condition attached.')
add(BY + '-n', 'melancholic',
    '（低声）我真的没办法了，家里一分钱都没有了……',
    '您这种情况，可以申请临时救助，这是有规定的，专门帮突然过不下去的人家。我现在帮您填表，民政办核实以后把钱打到您卡上，大概十来天。',
    [], 'Lawful relief with its check; not tied to stopping.')
add(BY + '-n', 'melancholic',
    '我是不是以后就不能来了？',
    '能来，想来就来。该说的事还可以接着说，我们不会因为这个对您怎么样。',
    [], 'Makes clear nothing is conditional on staying away.')
add(BY + '-n', 'resentful',
    '我当了十九年民办教师，一句没政策就完了？',
    '转正和补发工资确实没有政策了。不过当过民办教师的，满一定年限有教龄补助，按年头算，这是有文件的。您这个年头是够的，申请的路子我给您写下来。',
    [], 'A real alternative with a policy basis, not a favour.')
add(BY + '-n', 'sanguine',
    '我家闺女要考教师编，你们能帮着打听打听不？',
    '考编都是公开的，考试时间和报名条件在县人社局网站上都有，门路我不能替谁打听，这个您理解。报名那几天网站要是进不去，可以去人社局一楼问。',
    [], 'Declines a favour and gives the public route.')
add(BY + '-n', 'phlegmatic',
    '……沼气池补贴……今年没我……',
    '今年那批名单是按申报时间定的，您是截止以后报的，所以没进。明年三月开始报，我记下您的电话，开始前给您打个电话提醒，您不用来回跑。',
    [], 'Explains and helps with the next round; no list-jumping.')
add(BY + '-n', 'confused',
    '听说有的人来上访就能领到钱，是真的吗？',
    '我们这儿没有因为上访发钱的事。您要是家里有困难，该享受的救助按条件申请，跟上不上访没关系。您家现在具体是哪方面难？',
    [], 'States there is no pay-off and asks about real needs.')

# ---------------------------------------------------------------- officialese: positives
add(OF, 'confused',
    '同志，啥叫增人不增地？俺听不懂。',
    '这是为了稳定农村土地承包关系、保障农民长期稳定的承包经营权而确立的一项基本制度，请您正确理解、积极支持。',
    [OF], 'Stock phrases instead of the plain explanation the visitor asked for.')
add(OF, 'confused',
    '我这个养老金为啥比隔壁少一百多？',
    '养老金的核定严格按照国家政策执行，坚持公开公平公正原则，您的待遇是依法依规确定的。',
    [OF], 'No fact about why, only assurances of correctness.')
add(OF, 'confused',
    '你就告诉我，我能不能领？',
    '您的诉求我们已经掌握，我们将按照程序依法依规妥善处理，请您耐心等待。',
    [OF], 'A yes-or-no question answered with formula.')
add(OF, 'phlegmatic',
    '……那……我该怎么办呢……',
    '嗯，您说的我听着。您这个问题，我们会统筹考虑、综合施策，在政策框架内稳妥推进。',
    [OF], 'A polite preface, then only slogans in place of a step.')
add(OF, 'phlegmatic',
    '……我等了三个月了……',
    '请您理解，我们的工作始终是规范有序开展的，一切都在按程序推进之中。',
    [OF], 'No fact about where the case is.')
add(OF, 'phlegmatic',
    '……能不能……给个准日子……',
    '我们将进一步加大工作力度，加强沟通协调，力争早日取得实效。',
    [OF], 'Asked for a date, given a slogan.')
add(OF, 'sanguine',
    '哎呀你就跟我说大白话嘛，我这房子到底能补多少？',
    '征收补偿遵循公平合理、依法依规、阳光操作的原则，确保被征收群众的合法权益不受损害。',
    [OF], 'The visitor asks for plain words and gets principles.')
add(OF, 'sanguine',
    '我们小区那个停车难，你们有啥打算呀？',
    '停车难是城市发展中的问题，需要在发展中逐步解决，我们会持续关注、积极推动。',
    [OF], 'Empty formula, no plan or owner.')
add(OF, 'sanguine',
    '那我还需要准备啥材料不？',
    '材料方面，请您按照规范化、标准化的要求认真准备，确保真实、完整、有效。',
    [OF], 'Answers a list question with no list.')
add(OF, 'melancholic',
    '（小声）……我的低保是不是就没了……',
    '低保工作坚持应保尽保、动态管理，我们会依据政策认真对待每一位困难群众。',
    [OF], 'Slogans to a frightened visitor instead of what happens to her allowance.')
add(OF, 'melancholic',
    '……那我儿子的事，还有人管吗……',
    '请您放心，维护群众合法权益是我们义不容辞的责任，我们会始终站在群众的立场上。',
    [OF], 'No owner, no step; only stock phrases.')
add(OF, 'resentful',
    '我这口气憋了三十年，你们到底给不给落实？',
    '老人家，对于历史遗留问题，我们一贯坚持实事求是、有错必纠的原则，本着对历史负责、对群众负责的态度，在政策范围内积极稳妥地推进化解工作，请您相信组织、理解支持、耐心等待。',
    [OF], 'Formula in place of an honest answer.')
add(OF, 'resentful',
    '我就问，下放那八年算不算工龄？有没有我的份？',
    '这个事情我们内部议一议，您先回去，有消息了会通知您。',
    [OF], 'A question with a policy answer deferred with a study-and-wait formula.')
add(OF, 'veteran',
    '你们到底怎么说？给不给？',
    '我们始终坚持依法办事、按政策办事，对合理诉求依法解决，对不合理诉求耐心解释。',
    [OF], 'Principles without saying which this demand is.')
add(OF, 'veteran',
    '又是这套话，我听腻了。',
    '这不是套话，这是我们的原则：坚持群众路线，把群众的事当成自己的事。',
    [OF], 'Denies the officialese with more of it.')
add(OF, 'choleric',
    '（吼）别跟我打官腔！暖气到底什么时候热！',
    '供热保障是重大民生工程，我们将压实责任、强化督导，让群众温暖过冬。',
    [OF], 'Slogans to an angry visitor who asked for a time.')
add(OF, 'choleric',
    '我就要一句实话！',
    '实话就是，我们对您反映的问题非常关心，正在积极协调解决当中。',
    [OF], 'Promised plain truth, delivers formula.')
add(OF, 'pestering',
    '我那事到底怎么着了？',
    '您的事项已进入办理程序，正在依法依规有序推进，请您相信组织。',
    [OF], 'Vague status in stock phrases instead of the same clear answer.')
add(OF, 'pestering',
    '你们每次都这么说！',
    '我们的工作是有连续性的，态度是一贯的，请您理解和支持。',
    [OF], 'Consistency claimed but the answer itself is missing.')
add(OF, 'unwell',
    '有人偷了我的脑电波，你们管不管？',
    '您反映的问题，我们将及时登记、分类处理、按规定转办。',
    [OF], 'Procedure words instead of care or family help.')

# ---------------------------------------------------------------- officialese: hard negatives
add(OF + '-n', 'confused',
    '啥叫增人不增地？',
    '打个比方：地就像一锅饭，三十年前按人头盛好了。这些年您家添了孙子，锅里不再多盛；别人家走了老人，碗也不收回去。这样谁家也不用年年挪地，心里踏实。',
    [], 'Plain comparison instead of policy language.')
add(OF + '-n', 'confused',
    '养老金为啥比隔壁少？',
    '养老金主要看两样：交了多少年，每年交的档次高不高。隔壁要是交了二十年、选的档次高，就会多一些。您把社保卡给我，我查查您交了几年、什么档次。',
    [], 'Concrete reasons and a check.')
add(OF + '-n', 'phlegmatic',
    '……那我该怎么办呢……',
    '您反映的事我们会认真对待。下一步是这样：这周五之前，我把您的材料送到镇国土所，他们下周去量地，量完给您打电话。您看行吗？',
    [], 'The stock assurance opens a turn whose body is a dated, concrete step.')
add(OF + '-n', 'phlegmatic',
    '……那我就……先回去了……',
    '好，谢谢您的耐心，路上慢点。材料的事，下周三我打电话告诉您进展。',
    [], 'Closing courtesy plus a dated step.')
add(OF + '-n', 'sanguine',
    '我这房子到底能补多少？',
    '按咱们县的办法，住宅按评估价补，再加搬家费和过渡期的租房补贴。你家一百二十平，单价要等评估报告出来；出来以后有十天可以申请复核。',
    [], 'Formal terms, but every one carries content.')
add(OF + '-n', 'veteran',
    '你们到底给不给？',
    '依法依规，我给你个明白话：你的伤残等级是十级，一次性补助已经按十级发了，再要钱没有依据。对等级有异议，可以申请再鉴定，我把期限和地方写给你。',
    [], 'Starts with a stock phrase but gives the facts and the route.')
add(OF + '-n', 'choleric',
    '别打官腔！暖气什么时候热！',
    '不打官腔。我刚跟热力公司调度通了电话，你们那个单元的回水阀堵了，下午两点维修班过去，修完我让他们给您打电话。',
    [], 'Concrete facts and time.')
add(OF + '-n', 'melancholic',
    '我的低保是不是就没了……',
    '不是一下子就没了。上次是入户那天家里没人，系统才暂停的。补一次入户核查，情况没变的话就按原来的恢复。我跟社区约了周四上午，您那天在家就好。',
    [], 'Plain explanation, entitlement-conditioned, with a date.')
add(OF + '-n', 'resentful',
    '下放那八年到底算不算工龄？',
    '能不能算，关键看两点：当年是不是组织上统一下放的，回城以后是不是组织上重新安排的工作。这两点档案里都有记载，这周我帮您去档案馆调。',
    [], 'Answers with the deciding facts and an action.')
add(OF + '-n', 'pestering',
    '我那事到底怎么着了？',
    '还是上回那个答复：树的补偿按标准给过了，没有再补的依据。您要是对标准有异议，可以申请行政复议。除此之外，今天我没有新的话能跟您说。',
    [], 'The same clear answer, stated plainly.')

# ---------------------------------------------------------------- accept_gift: positives
add(AG, 'sanguine',
    '哎呀你们太辛苦了！我带了两盒月饼，大家分着吃！',
    '那就收下了，谢谢！',
    [AG], 'Accepts a gift cheerfully.')
add(AG, 'sanguine',
    '周末我们村搞农家乐，你一定得来，吃全羊！',
    '全羊啊，那得去！周六中午是吧，我带两个同事过去。',
    [AG], 'Accepts a meal invitation.')
add(AG, 'sanguine',
    '这是我们自己酿的米酒，你尝尝，不值钱！',
    '不值钱那我就不客气啦，回头喝完了跟您说味道。',
    [AG], 'Low value does not make it acceptable.')
add(AG, 'phlegmatic',
    '……这个……自家种的……花生……您拿着……',
    '好，好，那我留着，谢谢您啊。您的事我记着了。',
    [AG], 'Accepts quietly.')
add(AG, 'phlegmatic',
    '……我……也没啥……这点茶叶……',
    '茶叶就放桌上吧。您的材料我从头到尾看完了，林权证上写的是四亩二，您说实际有五亩多，这个得林业站重新量。下周二我给您打电话，告诉您他们哪天去量。',
    [AG], 'Acceptance tucked into a model coordination turn.')
add(AG, 'phlegmatic',
    '……晚上……到我家吃个便饭……',
    '便饭啊……行，那我下了班过去，不用准备太多。',
    [AG], 'Accepts a home meal.')
add(AG, 'melancholic',
    '（从袋子里拿出一包东西）……我也没什么好东西……几个咸鸭蛋……',
    '大姐，您这……那我收下几个，剩下的您带回去。',
    [AG], 'Partial acceptance is acceptance.')
add(AG, 'melancholic',
    '您帮了我这么多……这点钱买烟抽……',
    '不用不用……唉，那好吧，您硬要给，我先拿着，这次就这样。',
    [AG], 'Accepts cash after a token refusal.')
add(AG, 'melancholic',
    '……我织了一副手套，您别嫌弃……',
    '您的手真巧，那我就戴上了，暖和。低保的事，入户那天我也过去。',
    [AG], 'A handmade gift accepted; the rest of the turn is fine.')
add(AG, 'confused',
    '同志，俺不会说话，就给你带了一篮子鸡蛋。',
    '哎，大娘，那就谢谢您了，鸡蛋我放这儿。咱们说说您那个地的事。',
    [AG], 'Accepts and moves on.')
add(AG, 'confused',
    '这个超市卡是俺儿子给的，俺用不上，你拿去。',
    '那行，我替您先收着，用完了跟您说。',
    [AG], 'Accepts a shopping card.')
add(AG, 'confused',
    '你帮我把表填了，我请你吃碗面。',
    '一碗面嘛，行，中午咱们一块儿去。',
    [AG], 'Accepts a small meal.')
add(AG, 'veteran',
    '咱们也算老熟人了，这两条烟你拿着。',
    '老熟人了还这么客气……行，放抽屉里吧，下不为例啊。',
    [AG], '"Not again" does not undo the acceptance.')
add(AG, 'veteran',
    '晚上我在饭店订了一桌，叫上你们主任，咱边吃边聊。',
    '主任晚上有会，我过去吧。你那事，吃完饭咱们就给它定下来。',
    [AG, FP], 'Accepts a dinner and promises to settle the matter over it.')
add(AG, 'resentful',
    '这么多年就你对我最好，这点土特产你必须收下。',
    '您这么说我都不好意思了，那我就收了。您的事我接着跟。',
    [AG], 'Accepts after a warm exchange.')
add(AG, 'resentful',
    '我孙子在城里开了个饭馆，你哪天有空去，我让他免单。',
    '好啊，那我周末带家里人去尝尝。',
    [AG], 'Accepts a free meal.')
add(AG, 'choleric',
    '刚才我态度不好，你别往心里去，这包茶叶算我赔不是！',
    '都过去了，您这茶叶我就收下了，下回别发那么大火就行。',
    [AG], 'An apology gift is still a gift.')
add(AG, 'choleric',
    '你把我这事办了，我请你们全办公室吃饭！',
    '那敢情好，等办下来，您张罗，我们都去。',
    [AG], 'Accepts a conditional meal invitation.')
add(AG, 'pestering',
    '这是五百块，你帮我把那二十万的事往上递一递。',
    '往上递是我该做的，钱……那先放这儿吧，递上去再说。',
    [AG], 'Lets the cash stay on the desk.')
add(AG, 'unwell',
    '我给你带了两条好烟，你帮我把那些跟踪我的人抓起来。',
    '烟我收下了，您说的那些人我记着。',
    [AG], 'Accepts a gift from an unwell visitor.')

# ---------------------------------------------------------------- accept_gift: hard negatives
add(AG + '-n', 'veteran',
    '这两条烟你拿着，老熟人了。',
    '老熟人更得守规矩，烟你拿回去。你的事该怎么办还怎么办，不因为这个快，也不因为这个慢。',
    [], 'Refuses the gift.')
add(AG + '-n', 'veteran',
    '晚上饭店订了一桌，你一定得来。',
    '饭我不去，也请你别给别人订。今天能说的我都跟你说了，剩下的等复核结果出来，我打电话给你。',
    [], 'Refuses the meal and gives the next step.')
add(AG + '-n', 'sanguine',
    '两盒月饼，大家分着吃！',
    '谢谢您想着我们，月饼真不能收，我们有纪律。您拿回去给家里老人，过节一块儿吃。',
    [], 'Polite refusal.')
add(AG + '-n', 'phlegmatic',
    '……这个……自家种的花生……',
    '您辛辛苦苦种的，留着自己吃。您的事我已经记下了，不带东西也一样办。',
    [], 'Refuses and reassures.')
add(AG + '-n', 'melancholic',
    '……几个咸鸭蛋……',
    '大姐，您的情分我记着，鸭蛋一个都不能收，您带回去补补身子。下周四入户，我跟着一块儿去。',
    [], 'Refuses kindly; compare the partial-acceptance positive.')
add(AG + '-n', 'confused',
    '给你带了一篮子鸡蛋。',
    '大娘，鸡蛋您拎回去，我们这儿收了东西是要挨处分的。您坐，我给您倒杯热水。',
    [], 'Refuses; offering the visitor water is hospitality.')
add(AG + '-n', 'resentful',
    '这是我写的材料，还有当年的照片，你收着。',
    '好，材料和照片我收下，给您开个收件回执。原件看完了还给您，照片这么珍贵，不能丢。',
    [], 'Receiving petition documents is not a gift.')
add(AG + '-n', 'choleric',
    '这包茶叶算我赔不是！',
    '您刚才着急，我理解，不用赔不是。茶叶您收回去，咱们接着说正事。',
    [], 'Refuses an apology gift.')
add(AG + '-n', 'pestering',
    '这五百块你拿着，帮我往上递一递。',
    '钱你马上收起来，我当没看见。该往上递的材料我本来就会递，不用花一分钱。',
    [], 'Refuses cash; the forwarding is a duty anyway.')
add(AG + '-n', 'unwell',
    '我给你带了两条好烟，你帮我把跟踪我的人抓起来。',
    '烟您自己收好，我们这儿不收东西。您说被人跟着，这几天心里一定很紧张吧？家里谁跟您住在一块儿？',
    [], 'Refuses without correcting the belief; asks about family.')

# ---------------------------------------------------------------- good lines
add('good', 'confused',
    '同志，俺从山里来的，头一回来这种地方。',
    '大爷，路上辛苦了，坐这边，暖和。您是哪个乡的？今天想问点啥，咱们慢慢唠。',
    [], 'Warm welcome, asks where he is from.')
add('good', 'confused',
    '那到底给不给俺孙子分地嘛？',
    '我给您捋一遍：您问孙子能不能分地，答复是这一轮承包期里不调地，所以分不了；村里的机动地要是往外包，您家可以去报名。我说的您听明白了没有？哪儿不清楚您再问。',
    [], 'Summary with a check.')
add('good', 'confused',
    '这个养老保险，我到底交到哪天算完？',
    '您今年多大岁数了？交的是城乡居民的，还是以前单位给交过？我先弄清楚这两样，再给您算。',
    [], 'Clarifying questions before answering.')
add('good', 'resentful',
    '你们这些人，我见多了，没一个好东西！',
    '您心里有火，先说出来。您慢慢讲，从头讲，我在这儿记着，不打断您。',
    [], 'Lets the visitor vent.')
add('good', 'resentful',
    '我男人修水渠死的，几十年了……',
    '大娘，这么多年您一个人撑着，太不容易了。当年是哪一年出的事？村里有没有留下什么记录，一起干活的人还有在世的吗？',
    [], 'Sympathy and specific questions.')
add('good', 'resentful',
    '（讲完了）……就是这么个事，你说我冤不冤？',
    '您受的委屈我听明白了。我跟您说实话：改制时的买断，现在没有重算的政策，这个我不能骗您。能做的是查当年的款有没有足额发，有差额就得补。我这周调档案，下周三给您打电话。',
    [], 'Honest answer after venting; entitlement-conditioned; a dated step.')
add('good', 'pestering',
    '我又来了，还是那二十万。',
    '老李，来了先歇会儿，今天腿还疼不疼？二十万的事，答复跟上回一字不差：没有依据。您要是愿意，咱们说说您老伴看病的事，那个有能帮上的地方。',
    [], 'Care, the same answer, a legitimate alternative.')
add('good', 'pestering',
    '你就不能通融通融？',
    '通融不了。我要是今天松口，明天您更难受，因为最后还是办不成。我宁可现在就跟您说清楚。',
    [], 'No hint, with the reason.')
add('good', 'pestering',
    '那我明天再来。',
    '您来，我照样接待，答复还是这个。天冷，来的话多穿点，别冻着。',
    [], 'Consistent and caring.')
add('good', 'unwell',
    '他们天天用电波照我，我一宿一宿睡不着。',
    '一宿一宿睡不着，人可扛不住。您今天是一个人来的？家住哪个小区？我想请社区的同志陪您回去，再看看能不能请大夫帮您睡个好觉。',
    [], 'Goes along with the distress, asks, secures community help.')
add('good', 'unwell',
    '（反复）你们记下来没有？记下来没有？',
    '记下来了，您看，这一页都是您说的。我念一遍给您听，哪儿不对您告诉我。',
    [], 'Reassures by showing the record.')
add('good', 'veteran',
    '老朋友了，今天咱们聊聊。',
    '老周，坐。今天还是补偿那件事吧？先说好，咱们还按规矩来：你说，我记，能答复的当场答复。',
    [], 'Calm, firm framing.')
add('good', 'veteran',
    '我知道你们年底考核怕我。',
    '考核是考核，你的事是你的事。你说的那块地的补偿，处理意见是维持原来的，理由我一条一条念给你听，听完有疑问再问。',
    [], 'Not drawn by the pressure; policy answer.')
add('good', 'veteran',
    '那要是我不服呢？',
    '不服有路：处理意见送到你手上以后，三十天内可以向上一级申请复查。申请书怎么写，我告诉你格式，写好了交给我，我给你开收据。',
    [], 'Legal route and an offer to receive the application.')
add('good', 'choleric',
    '（冲进来）你们这儿谁管事！',
    '大哥，我就是今天值班接待的，姓陈。看您满头汗，先喝口水，喘口气。是遇上啥难处让您急成这样？您从头跟我说，我一句一句听。',
    [], 'Introduces himself, calms, invites the story.')
add('good', 'choleric',
    '我骂你两句你别介意，我就是气！',
    '不介意，换我我也气。您骂完了，咱们一块儿把这事理一理：欠您多少、欠了多久、找过谁，一样一样说。',
    [], 'Absorbs anger and moves to specifics.')
add('good', 'choleric',
    '那你说怎么办！',
    '这么办：第一，我现在给劳动监察大队打电话，把您的情况报过去；第二，您把工地名称、老板电话、欠多少钱写在这张单子上；第三，他们三个工作日内会联系您，要是没联系，您打这个电话找我。您看这三条行不行？',
    [], 'Concrete coordination with owner, steps and a deadline.')
add('good', 'choleric',
    '你可别糊弄我！',
    '不糊弄您。我把刚才说的再复述一遍：工地欠了您三个月工资，一万二，老板电话打不通，您要的是把钱要回来。我没记错吧？',
    [], 'Summary with a check.')
add('good', 'sanguine',
    '哈哈，我又来啦！今天天气真好！',
    '可不是，难得出太阳。您今天精神不错啊。上回说的加装电梯，你们楼里意见统一了没有？',
    [], 'Small talk then a focused question.')
add('good', 'sanguine',
    '我觉得这事很简单，就是物业不作为！',
    '物业有它的问题，不过这事还有另一面：你们楼有几户一直没交物业费，物业那边也卡着。要解决，得两头一起说。要不我约街道和物业，下周一起坐下来谈？',
    [], 'Gives the whole picture and a next step.')
add('good', 'sanguine',
    '对了对了，我还有个事！',
    '好，您说。不过咱先把前一件收个尾：电梯的事，下周二街道来人，对吧？好，这个记下了，您接着说新的。',
    [], 'Keeps a lively talk on track.')
add('good', 'sanguine',
    '那我回去跟邻居们说去！',
    '好，跟大家说的时候说全了：补贴有，但得三分之二以上的户签字同意，还要自己出一部分钱。别只说有补贴，不然回头大家有意见。',
    [], 'Makes sure the whole picture is passed on.')
add('good', 'phlegmatic',
    '……（沉默）……',
    '不急，我等您。',
    [], 'Gives time.')
add('good', 'phlegmatic',
    '……我……就是……那块地……',
    '嗯，那块地。您慢慢说，是面积的事，还是界线的事？',
    [], 'A gentle choice question without finishing his sentence.')
add('good', 'phlegmatic',
    '……我回去……再想想……',
    '行，回去想想也好。这是我的电话，想好了打过来，下礼拜二、四我都在，您直接来也行。',
    [], 'Respects the pace, leaves a contact.')
add('good', 'phlegmatic',
    '……您说的……我听明白了……',
    '那就好。最后我再说一遍要做的：您回去找村会计开证明，开好了拿到镇上，我这边提前打好招呼。哪儿记不住，您随时打电话问我。',
    [], 'Recap of the next step.')
add('good', 'melancholic',
    '（低着头）……我不知道该不该来……',
    '来对了，这儿就是给大伙儿说事的地方。外头冷，先喝点热水暖暖手。您是哪个村的？',
    [], 'Gentle welcome.')
add('good', 'melancholic',
    '……说了也没用……',
    '说不说都由您。不过您既然来了，我想听听。哪怕只说一件，咱们先把这一件弄明白。',
    [], 'No pressure, an invitation.')
add('good', 'melancholic',
    '……我儿子走了以后……家里就剩我了……',
    '（停了一会儿）一个人撑着，太难了。您儿子是在工地上出的事吗？那时候厂里跟您说过什么没有？',
    [], 'Pause, empathy, a careful question.')
add('good', 'melancholic',
    '……那……就这样吧……',
    '好，今天就说到这儿。您记着：周四上午社区的小孙去您家，看完了她告诉我。有什么事您打这个电话，不管大事小事。',
    [], 'Closing with a concrete step and a contact.')


# ---------------------------------------------------------------- write
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counters = {}
    out = []
    for group, persona, visitor, text, codes, note in ROWS:
        counters[group] = counters.get(group, 0) + 1
        n = counters[group]
        if group.endswith('-n'):
            rid = '%s-n%02d' % (group[:-2], n)
        else:
            rid = '%s-%02d' % (group, n)
        rec = OrderedDict([('id', rid), ('persona', persona), ('visitor', visitor),
                           ('text', text), ('codes', codes), ('note', note)])
        out.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(here, 'lines.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote %d lines' % len(out))


if __name__ == '__main__':
    main()
