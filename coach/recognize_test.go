package coach

import (
	"slices"
	"testing"
)

func TestRecognize(t *testing.T) {
	r := NewTurnRecognizer()
	tests := []struct {
		line    string
		want    []string // moves or faults that must be found
		notWant []string // moves or faults that must not be found
		office  string
		date    string
	}{
		{line: "大爷您好,外面冷吧?快请坐,喝口热水。", want: []string{MoveGreeting, MoveSeat, MoveSmallTalk}, notWant: []string{MoveSpecificQ}},
		{line: "您怎么称呼?家住哪个村?", want: []string{MoveAskIdentity}, notWant: []string{MoveSpecificQ}},
		{line: "您别着急,慢慢说,我都给您记下来。", want: []string{MoveReassure, MoveEncourage, MoveRecord}},
		{line: "您说的这个情况,是哪一年的事?当时签合同了吗?", want: []string{MoveSpecificQ}},
		{line: "到底是怎么回事,您从头说说?", want: []string{MoveOpenQuestion}},
		{line: "我理解您,换了谁心里都憋屈。", want: []string{MoveEmpathy}, notWant: []string{MoveRestate}},
		{line: "我不能保证一定给您办成,但会认真核实。", want: []string{MoveAssure}, notWant: []string{FaultFalsePromise, FaultHalfPromise}},
		{line: "放心,这事我保证给你办下来。", want: []string{FaultFalsePromise}},
		{line: "说不定能给你办,回头我想想办法。", want: []string{FaultFalsePromise}, notWant: []string{FaultHalfPromise}},
		{line: "这个嘛,回头我再想想办法。", want: []string{FaultHalfPromise}, notWant: []string{FaultFalsePromise}},
		{line: "我要是今天跟您说有门,那是骗您。", notWant: []string{FaultHalfPromise, FaultFalsePromise}},
		{line: "能办的一定给你办,不能办的我也跟你说清楚。", notWant: []string{FaultFalsePromise}},
		{line: "也许可以走个困难补助,我告诉您怎么申请。", notWant: []string{FaultHalfPromise, FaultFalsePromise}},
		{line: "谁家闹了就给钱,这种事我这里没有。", notWant: []string{FaultBuyPeace}},
		{line: "这五百块你先拿着,别在这儿闹了。", want: []string{FaultBuyPeace}},
		{line: "没交那能怪谁?你自己不交,现在来要钱?", want: []string{FaultRude}},
		{line: "我不是说您亏了就活该,我是帮您看清楚。", notWant: []string{FaultRude}},
		{line: "您在哪个小区?物业公司叫什么?", notWant: []string{FaultRude}},
		{line: "校车线路是教育局定的,不是我们这儿定的。", notWant: []string{FaultBuckPassing}},
		{line: "我们也不清楚,反正不是我们这儿,你上别处问问。", want: []string{FaultBuckPassing}},
		{line: "感谢您对我们工作的关心和支持!我们一定高度重视,把您反映的问题作为一项重要工作来抓。", want: []string{FaultOfficialese}},
		{line: "大爷,这个确实不是地契,您再仔细看看。", want: []string{FaultConfront}},
		{line: "这个要看政策允不允许,我不给您瞎说。", notWant: []string{FaultConfront}},
		{line: "这不归我们管,你去找有关部门吧。", want: []string{FaultBuckPassing}, notWant: []string{MoveReferral}},
		{line: "我不能跟您打包票说一定能批下来,但材料我今天就报上去。", notWant: []string{FaultFalsePromise, FaultHalfPromise}},
		{line: "孩子上学的事,我去问问县教育局,看能不能让他先借读。", notWant: []string{FaultHalfPromise, FaultFalsePromise}},
		{line: "我帮你问问领导,看能不能给你特殊照顾。", want: []string{FaultHalfPromise}},
		{line: "照你这么说,下雨淹了地,是不是也得政府赔?", want: []string{FaultRude}},
		{line: "回去做做家里人的工作,别再往县里跑了。", notWant: []string{FaultBuyPeace}},
		{line: "厂里缺个保安,我跟厂长打个招呼给你留一个,补偿的事你就先别催了。", want: []string{FaultBuyPeace}},
		{line: "讲了三遍了还听不懂?", want: []string{FaultRude}},
		{line: "有啥不明白的随时来问我。", notWant: []string{FaultRude}},
		{line: "你该上哪问就上哪问去。", want: []string{FaultBuckPassing}},
		{line: "我们这儿实在管不了,回去吧。", want: []string{FaultBuckPassing}},
		{line: "合同到期还接着干,这本身就算事实上的劳动关系。", notWant: []string{FaultConfront}},
		{line: "这块地本来就不是你的,是集体的。", want: []string{FaultConfront}},
		{line: "我跟社保局的人挺熟,回头打个招呼,估计钱能给你补上。", want: []string{FaultFalsePromise}},
		{line: "这个我们没法给您办,但是这事归县人社局管,我给您开个转办单。", want: []string{MoveReferral}, notWant: []string{FaultBuckPassing}, office: "县人社局"},
		{line: "我们下周三之前给您电话答复。", want: []string{MoveCommitDate}, date: "下周三"},
		{line: "15个工作日内给您书面答复。", want: []string{MoveCommitDate}, date: "15个工作日内"},
		// A date told as history is no commitment, even in a line that answers.
		{line: "我归纳一下:前年七月线路施工,把您家的树砍了,到现在一直没给您答复。", want: []string{MoveRestate}, notWant: []string{MoveCommitDate}},
		{line: "去年三月您来反映过,下周三之前我给您电话答复。", want: []string{MoveCommitDate}},
		{line: "蒋伯,我再跟您讲一遍,您看对不对:前年秋天,你们组坡地上立了一座铁塔,您家没领到补偿。", want: []string{MoveRestate, MoveCheckRestate}},
		{line: "我归纳一下,您主要是两件事:一是工资,二是医药费,对不对?", want: []string{MoveRestate, MoveCheckRestate}, notWant: []string{MoveSpecificQ}},
		{line: "您反映的一是拖欠工资,二是工伤医药费没报,我说得对吗?", want: []string{MoveRestate, MoveCheckRestate}},
		{line: "你烦不烦啊,说重点!", want: []string{FaultRude, FaultRush}},
		{line: "政策规定增人不增地、减人不减地,就好比分家,分过了就不再重分。", want: []string{MoveExplainPolicy, MoveExample}},
		{line: "我们高度重视,会按有关规定认真落实。", want: []string{FaultOfficialese}, notWant: []string{MoveExplainPolicy}},
		{line: "按政策,六十年代精简下放的人员不在落实政策的范围里。", want: []string{MoveExplainPolicy, MoveFirmNo}},
		{line: "那我就收下了,谢谢你的烟。", want: []string{FaultAcceptGift}},
		{line: "心意领了,烟您拿回去,我们有规定不能收。", want: []string{MoveRefuseGift}, notWant: []string{FaultAcceptGift}},
		{line: "给你点钱,只要你不上访就行。", want: []string{FaultBuyPeace}},
		{line: "你说的不对,根本没有人跟踪你,那是你想多了。", want: []string{FaultConfront}, notWant: []string{MoveEncourage}},
		{line: "还不是因为你自己当初没签合同。", want: []string{FaultBlame}},
		{line: "嗯,明白了,您接着说。", want: []string{MoveAcknowledge, MoveEncourage}},
		{line: "您保重身体,有事随时来找我。", want: []string{MoveHope}},
		{line: "实在对不起,让您久等了。", want: []string{MoveApology}},
		{line: "人来得多,大家先推选三五个代表,其他人先到休息室坐。", want: []string{MoveAskReps}},
		// Wider families of faults, and their look-alikes that are not faults.
		{line: "这么简单的道理都不懂,你们村开会的时候你干啥去了?", want: []string{FaultRude}},
		{line: "嗓门大就有理了?再拍桌子我就叫保安来。", want: []string{FaultRude}},
		{line: "您这么大岁数了,身体要紧,别再一趟趟往这儿跑。", notWant: []string{FaultRude, FaultBuyPeace}},
		{line: "按手印之前也不找人看看,吃了亏才想起来找政府?", want: []string{FaultRude}},
		{line: "是证上的面积还是您自己量的?", notWant: []string{FaultRude, FaultBlame}},
		{line: "不能因为路面有裂缝就说钱被贪了,您这样说是没有根据的。", want: []string{FaultConfront}},
		{line: "地底下咕噜响,多半是下雨以后地下水在流,这是自然现象。", want: []string{FaultCorrect}},
		{line: "这个难受是真真的,这个我信,不是您的错。", notWant: []string{FaultCorrect, FaultConfront}},
		{line: "这事跟我们这儿不沾边,你上别处问去。", want: []string{FaultBuckPassing}},
		{line: "补助是按名单发的,跟你上访不上访不沾边。", notWant: []string{FaultBuckPassing}},
		{line: "够条件的照样有,不能因为你要去省里就给你多加一份。", notWant: []string{FaultBuyPeace}},
		{line: "明天上午材料摆出来,咱们一块儿对一对,回去别跟村里吵。", notWant: []string{FaultBuyPeace}},
		{line: "我先把政策讲一遍,您听着哪里不对,随时打断我。", notWant: []string{FaultConfront}},
		{line: "表上写着个人原因,可不等于事实就是个人原因。", notWant: []string{FaultConfront}},
		{line: "不能说是你自己不愿意干了,是单位先欠的工资。", notWant: []string{FaultBlame}},
		{line: "您家老头子住院那阵,医保报了多少?", notWant: []string{FaultRude}},
		{line: "你这老头子怎么油盐不进。", want: []string{FaultRude}},
		{line: "社区调解不管用,您再找派出所,我给您写个条。", notWant: []string{FaultRude}},
		{line: "再闹我就叫派出所来。", want: []string{FaultRude}},
		{line: "我这就打电话问清楚,省得您在家瞎猜。", notWant: []string{FaultConfront}},
		{line: "你这纯粹是瞎猜。", want: []string{FaultConfront}},
		{line: "我不会今天跟您说能批、过两天又变卦。", notWant: []string{FaultHalfPromise, FaultFalsePromise}},
		{line: "您要是觉得面积量错了,可以申请重新测量。", notWant: []string{FaultConfront}},
		{line: "也不是半点商量都没有,我再往上递一递。", want: []string{FaultHalfPromise}},
		{line: "你说没签就没签?字可是你按的。", want: []string{FaultConfront}},
		{line: "闯了红灯还好意思来告状?", want: []string{FaultRude}},
		{line: "您回去自个儿琢磨吧。", want: []string{FaultBuckPassing}},
		{line: "您自己上楼找过他们吗?", notWant: []string{FaultBuckPassing}},
		{line: "我也不清楚归谁,我这就帮您打个电话问问。", notWant: []string{FaultBuckPassing}},
		{line: "校长跟我是老同学,我打个招呼,你孙子那份给免了,没问题。", want: []string{FaultFalsePromise}},
		{line: "我现在给窗口的丁老师打个招呼,你明天去她就知道了。", notWant: []string{FaultFalsePromise, FaultBuyPeace}},
		{line: "镇上所里我有熟人,应该能给你办下来。", want: []string{FaultFalsePromise}},
		{line: "今年我再给你报一个临时救助,两千块,你拿了钱就安生点,别再往县上跑了。", want: []string{FaultBuyPeace}},
		{line: "环卫所招临时工,我跟所长说一声给你儿子留一个。", want: []string{FaultBuyPeace}},
		{line: "你要我们直接给你儿子安排公家工作,这个办不了;你儿子想找工作,可以走就业服务中心。", notWant: []string{FaultBuyPeace}},
		{line: "你的意思我复述一遍:你要再加四千五和辛苦费。对吧?", notWant: []string{FaultBuyPeace}},
		{line: "砖厂去年私下给你钱,那是你们之间的事,政府不认。", notWant: []string{FaultBuyPeace}},
		{line: "年底有几个救助指标,我给你留一个,再加三千。", want: []string{FaultBuyPeace}},
		{line: "来就来呗还拿啥东西,搁那儿吧。", want: []string{FaultAcceptGift}},
		{line: "行啊,那我可就不客气了,到时候你喊我。", want: []string{FaultAcceptGift}},
		{line: "您的事情我们放在心上,会按程序统筹考虑。", want: []string{FaultOfficialese}},
		{line: "嗯,您讲的这些我都登记好了,会转给相关单位的。", want: []string{FaultOfficialese}},
		{line: "您别着急,我们会认真听、认真记,按政策公平处理。", notWant: []string{FaultOfficialese}},
		{line: "收费标准是按照建筑面积乘以单价,具体单价以物价部门批复文件为准,文件是公开的,您可以查阅。", notWant: []string{FaultOfficialese}},
		{line: "您反映的问题我们高度重视,下周三前给您电话答复。", notWant: []string{FaultOfficialese}},
		{line: "酒您搬回去;您这声赔不是,我收下了,这就够了。", notWant: []string{FaultAcceptGift}},
		{line: "那我就收下了,谢谢。", want: []string{FaultAcceptGift}},
		{line: "您冇做得不对。该问的您来问了,这就是对的。", notWant: []string{FaultConfront}},
		{line: "被保安请出去,当着那么多人,多难堪,换谁都受不了。", notWant: []string{FaultRude}},
		{line: "网点的主任我也先跟他讲一声,让他们好好接待你,不要再叫保安。", notWant: []string{FaultRude}},
		{line: "你再闹,我叫保安了。", want: []string{FaultRude}},
		{line: "你要五万补偿,这个我还是答复你没有依据。", notWant: []string{FaultConfront}},
		{line: "陈叔,住我一定去住,钱照付。", notWant: []string{FaultAcceptGift}},
		{line: "你开起了我自己掏钱来吃,给你捧个场。祝你生意红火。", notWant: []string{FaultBuyPeace, FaultAcceptGift}},
		{line: "我自己掏两千块钱给你,你别再来了。", want: []string{FaultBuyPeace}},
		{line: "一户一块,您家那时候是一户,分了一块,再给您名下批第二块,政策冇得这个口子。", notWant: []string{FaultBuyPeace}},
		{line: "借的那五万本身,就像王嬢嬢借给您的那五万块,到时候还是要还给人家的。", notWant: []string{FaultBuyPeace}},
		{line: "给你两千块,拿着,别再来了。", want: []string{FaultBuyPeace}},
		{line: "我给村上打个招呼。我给您儿子打个电话,让他这两天别跑远车,带您去县医院看看。", notWant: []string{FaultBuyPeace}},
		{line: "镇上我熟,我去打个招呼,你以后别往县里跑了。", want: []string{FaultBuyPeace}},
		{line: "那种时候谁都是先救人,顾不上这个。", notWant: []string{FaultBuckPassing}},
		{line: "一笔一笔看,看清楚了你心头就踏实。", notWant: []string{FaultConfront}},
		{line: "汉话说不好不要紧,咱俩凑着说,今天保准让您弄明白了再走。", notWant: []string{FaultFalsePromise}},
		{line: "哪个举报的,分局是保密的,我也不晓得。", notWant: []string{FaultBuckPassing}},
		{line: "大爷,两年没人扫,这不太可能吧?", want: []string{FaultConfront}},
		{line: "阿姨,您这张纸其实就是一张收条,不是房产证。", want: []string{FaultCorrect}},
		{line: "我不跟你讲一定能恢复,要看重新算下来够不够条件。", notWant: []string{FaultFalsePromise}},
		{line: "你看清楚了,这上面写的是你的名字。", want: []string{FaultConfront}},
		{line: "你跑了三个地方,个个都让你去找下一个,这个我认。", notWant: []string{FaultRude}},
		// A bare "下一个" hurries the visitor out; of 86 labelled lines with
		// it, trainers coded 14 rude (each with other scorn in the line), 31
		// buck-passing and left 41 alone, so it is no rude cue by itself.
		{line: "别哭了,下一个!", want: []string{FaultRush}, notWant: []string{FaultRude}},
		{line: "讲三遍了还听不懂,我看你是不想懂。下一个。", want: []string{FaultRude}},
		{line: "你讲七八月修的,要是你记错了,偏房其实公告前就有了,那情况就不一样。", notWant: []string{FaultConfront, FaultCorrect}},
		{line: "你讲的是两样:媳妇的公益岗,和安置点的门面,对吧?换的是你签字、不再上访。", notWant: []string{FaultBuyPeace}},
		{line: "我们这儿忙得很,顾不上你这点事。", want: []string{FaultBuckPassing}},
		{line: "行了,让保安送你出去。", want: []string{FaultRude}},
		{line: "你这么说就不对了。", want: []string{FaultConfront}},
		{line: "理我跟您讲了好几年,一直是这一个。", notWant: []string{FaultOfficialese}},
		{line: "我们始终把群众利益放在首位。", want: []string{FaultOfficialese}},
		{line: "我们的人不会打人。你身上哪儿有伤?别张嘴就来。", want: []string{FaultConfront}},
		{line: "你这么想,我们哪有这个意思?", want: []string{FaultConfront}},
		{line: "大爷都走了五年了,您是做梦了吧。", want: []string{FaultCorrect}},
		{line: "您听听我说得对不对:孩子爸妈都是中国籍,孩子下个月回来,您想给孩子落在她爸那个户口本上。", want: []string{MoveRestate, MoveCheckRestate}},
		{line: "我说得对不对?", want: []string{MoveCheckRestate}, notWant: []string{MoveRestate}},
		{line: "你去搬迁办问问吧,看他们咋说。", want: []string{MoveReferral}, notWant: []string{FaultBuckPassing}, office: "搬迁办"},
		{line: "能批,您别急,八九不离十。", want: []string{FaultFalsePromise}},
		{line: "该有的补偿一定跑不了您的,您就等着吧。", want: []string{FaultFalsePromise}},
		{line: "工伤认定的事我帮您跑,保您评上个五级。", want: []string{FaultFalsePromise}},
		{line: "药费全报下来应该没问题,您安心养病。", want: []string{FaultFalsePromise}},
		{line: "能不能报下来,要看医保的目录,我不敢说没问题。", notWant: []string{FaultFalsePromise}},
		// Session 10: talk about money that is no offer, and the words
		// that still are one.
		{line: "拆之前,有人给您下过通知没有?给您那两千块,是啥名义给的?", want: []string{MoveSpecificQ}, notWant: []string{FaultBuyPeace}},
		{line: "大爷,您儿子出了事,老板私了给了十二万,您觉得给少了,是这个意思吧?", want: []string{MoveRestate}, notWant: []string{FaultBuyPeace}},
		{line: "那我先给您儿子打个电话,让他来接您。", notWant: []string{FaultBuyPeace}},
		{line: "镇民政办明天上午把临时救助的表备好。王师傅,腰不好,别老这么来回跑,有事打个电话也行。", notWant: []string{FaultBuyPeace}},
		{line: "那是那时候的事,跟今天说的补助不沾边,你别往远处扯。", notWant: []string{FaultBuyPeace}},
		{line: "咱俩私了吧,给你两千块,以后别来了。", want: []string{FaultBuyPeace}},
		{line: "镇上招人,我先给你儿子打个招呼,你这事就别再提了。", want: []string{FaultBuyPeace}},
		// Session 11: refusals, explanations and one's own money that
		// are no promise or offer.
		{line: "评不评得上要乡里核,我不能替乡里说一定能评上,不过您的情况可以报。", notWant: []string{FaultFalsePromise}},
		{line: "你别往心里去,厂子停产是厂子的事,工作没找着多半是岗位不合适,不是你的错。", notWant: []string{FaultBuyPeace, FaultBlame}},
		{line: "等您家灶改好了,我自己掏钱去尝尝您的腊肉。", notWant: []string{FaultBuyPeace}},
		{line: "十个工作日之内我给您书面答复。您这腿脚别一趟趟跑了,有消息我打电话给您。", notWant: []string{FaultBuyPeace}},
		{line: "判决书上写的是房子归您弟弟,给您折了五万块钱。", notWant: []string{FaultBuyPeace}},
		{line: "这事不是你的错,是他们没通知到。", notWant: []string{FaultBlame}},
		{line: "别再来了,给你两千块钱回去吧。", want: []string{FaultBuyPeace}},
		{line: "复印件交给我,三天内网格员给您送到家。", want: []string{MoveReferral}, office: "网格员"},
		// Subsidies explained, a journey spared and a promise declined
		// (talks-fresh48, after its measurement).
		{line: "礼拜四我到您家里去,补助的事当面说。有事先打电话,别再颠着腰跑了。", notWant: []string{FaultBuyPeace}},
		{line: "名单封了,以后不再往里头添新户。像你家这样看病花得多,就能报成监测户,临时救助也能享受。", notWant: []string{FaultBuyPeace}},
		{line: "暖棚可以申请补助,您说不闹,那就不提了。", notWant: []string{FaultBuyPeace}},
		{line: "我不敢在这儿给您拍板说一定能恢复,要等复核。", notWant: []string{FaultFalsePromise}},
		{line: "补助给你两千,别再往县里跑了。", want: []string{FaultBuyPeace}},
		{line: "您不着急,说快说慢都行,您想从哪儿说起?", notWant: []string{FaultRush}},
		{line: "快说,后面还有人等着。", want: []string{FaultRush}},
		{line: "我给您理一下:您要再补五万,里头包括误工费。我的答复:补偿按标准执行,不补差价。", notWant: []string{FaultBuyPeace}},
		{line: "恢复养鱼,不行;再补八万,没依据,补偿已经按标准到位了。", notWant: []string{FaultBuyPeace}},
		{line: "这样,再给您补两千块,您别再来了。", want: []string{FaultBuyPeace}},
		// talks-fresh47..50, after their measurement: slogans that crowd out
		// a policy, a visitor corrected, and a promise of what no one owes.
		{line: "我们始终把群众的利益摆在第一位,工程是严格按照规划高标准推进的。", want: []string{FaultOfficialese}, notWant: []string{MoveExplainPolicy}},
		{line: "我们严格按照上级的规定执行,依法保障大家的合法权益。", want: []string{FaultOfficialese}},
		{line: "党和政府一直关心老职工,待遇逐年提高,你要看到国家的进步,要有信心。", want: []string{FaultOfficialese}},
		{line: "大爷,这话可不能乱说,补偿是县上按标准定的。", want: []string{FaultConfront}},
		{line: "你说我们踢皮球,这个说法不客观,各单位都是按规定办,不存在踢皮球。", want: []string{FaultConfront}},
		{line: "利息本钱都给你免了,你安心回去。", want: []string{FaultFalsePromise}},
		{line: "按规定,您这个情况的利息可以申请减免,我把表给您。", notWant: []string{FaultFalsePromise, FaultOfficialese}},
		{line: "我把今天说的归一下:您问的是羊怎么合法养,路有三条。是这些吧?", want: []string{MoveRestate}},
		// Threats of the law, contempt and jibes; stock phrases piled up.
		{line: "你再胡说,我们就告你诽谤。", want: []string{FaultRude}},
		{line: "你去发帖吧,造谣是要负法律责任的。", want: []string{FaultRude}},
		{line: "他说你造谣,造谣是要负法律责任的,这个得有证据。", notWant: []string{FaultRude}},
		{line: "这点常识都没有,出了事才想起来找政府。", want: []string{FaultRude}},
		{line: "你是不是该吃药了?", want: []string{FaultRude}},
		{line: "你别在我这儿嚷嚷,去找物业。", want: []string{FaultRude}},
		{line: "随便投诉,我就是这态度。", want: []string{FaultRude}},
		{line: "名字在牌子上,随便投。", want: []string{FaultRude}},
		{line: "我叫什么跟你有什么关系?", want: []string{FaultRude}},
		{line: "你敢去省里闹试试!", want: []string{FaultRude}},
		{line: "大家要互谅互让,共建和谐美好的小区。", want: []string{FaultOfficialese}},
		{line: "您对我的服务不满意,可以打监督电话投诉。", notWant: []string{FaultRude}},
		{line: "你再在这儿闹,我只能叫保安了。", want: []string{FaultRude}},
		{line: "别讲这些神神叨叨的,我们这儿只办实事。", want: []string{FaultRude}},
		// Session 13: found on talks-fresh60/63/64/65 after they were measured.
		{line: "不接我们就上门送通知。您放心,这回我给您打保票,下个月开始每个月三百块。", want: []string{FaultFalsePromise}},
		{line: "我不敢给您打保票,材料今天就报上去。", notWant: []string{FaultFalsePromise}},
		{line: "这样,张老师,我做主,单间费给您全免了。", want: []string{FaultFalsePromise}},
		{line: "科里都是我原来的同事,我一句话的事。您回家等着,退款过两天就到卡上。", want: []string{FaultFalsePromise}},
		{line: "这事不是我能做主的,得局里开会定。", notWant: []string{FaultFalsePromise}},
		{line: "按了铃没人来是吧?这个我得说一句,绝对没有这种事,夜班两个小时巡一次房。", want: []string{FaultConfront}},
		{line: "记录是有法律效力的,我们不会乱写,您看到的不一定准。", want: []string{FaultConfront}},
		{line: "谁逼他了?你有证据吗?", want: []string{FaultConfront}},
		// Words that trainers, across 3,400 labelled turns, never coded as the
		// fault they once cued.
		{line: "档案不是随便给个人看的,要走程序申请。", notWant: []string{FaultOfficialese}},
		{line: "七千二……这个数太大了,我做不了主。", notWant: []string{FaultBuckPassing}},
		{line: "那会儿要是接着交上,现在也不至于断这么多年。", notWant: []string{FaultConfront}},
		{line: "存在老农保账户里,按当年的利率一年一年往上滚。", notWant: []string{FaultRude}},
		{line: "有气您就冲我撒,我听着,不打断您。", notWant: []string{FaultRude}},
		{line: "滚出去!别在这儿闹。", want: []string{FaultRude}},
		{line: "那是人家院子里的灯。你这个情况,该去医院看看脑壳了。", want: []string{FaultRude}},
		{line: "你嘴巴放干净点。谁拿你当牲口了?", want: []string{FaultRude}},
		{line: "你死在这儿也解决不了问题。要告你告包工头去。", want: []string{FaultBuckPassing}},
		// A guarantor and his letter are no guarantee ("保证人换成你").
		{line: "我现在就跟监狱说好,保证人换成你,保证书我这儿有样子。", notWant: []string{FaultFalsePromise}},
		{line: "不是我一句话的事,就是镇长来也得按条件办。", notWant: []string{FaultFalsePromise}},
		{line: "有证在手,这官司打起来,地肯定是你的。", want: []string{FaultFalsePromise}},
		{line: "我让他们给你重新量,量出来肯定对你有利。", want: []string{FaultFalsePromise}},
		{line: "这个责任肯定是你的,合同上写着呢。", notWant: []string{FaultFalsePromise}},
		{line: "三百块饲料钱是吧。就为三百块,跑这么远?", want: []string{FaultRude}},
		{line: "您不是就为了三百块跑这么远的,是为了讨个说法。", notWant: []string{FaultRude}},
		{line: "是亲戚不等于偏向,你这个就是主观猜的。", want: []string{FaultConfront}},
		{line: "你这样讲就是不讲道理了。", want: []string{FaultConfront}},
		{line: "他们这么做确实不讲道理,我们去找他们。", notWant: []string{FaultConfront}},
		{line: "征信上这笔现在还挂着逾期,您说还清了不算数。", want: []string{FaultConfront}},
		{line: "你说出纳贪污,拿不出任何证据,这就是无中生有。", want: []string{FaultConfront}},
		{line: "您放心吧,判都判了,这钱啊,过年前准能到您卡上。", want: []string{FaultFalsePromise}},
		{line: "我们严格落实渔业各项政策,保障每一户的合法权益。", want: []string{FaultOfficialese}},
		{line: "我们始终坚持依法行政,维护良好的信访秩序。", want: []string{FaultOfficialese}},
		{line: "补助按人头算,每人三千,公开公平公正,名单贴在村部。", notWant: []string{FaultOfficialese}},
		{line: "大姐,你先别嚷嚷,慢慢说,是哪个案子?", notWant: []string{FaultRude}},
		{line: "你少血口喷人!", want: []string{FaultConfront}},
		{line: "那我就先收着,下回可别这么破费了啊。", want: []string{FaultAcceptGift}},
		{line: "您先收着,东西拿回去。", notWant: []string{FaultAcceptGift}},
		{line: "孩子的事我跟校长打声招呼,您就别往上跑了。", want: []string{FaultBuyPeace}},
		{line: "超市的事你找超市去,我们这边管不过来。", want: []string{FaultBuckPassing}},
		{line: "您这官司肯定赢,医院跑不掉。", want: []string{FaultFalsePromise}},
		{line: "这项补贴体现了对老职工的关心关爱,各地都在积极探索,逐步提高标准。", want: []string{FaultOfficialese}},
		{line: "我们一贯坚持依法依规、公平公正的原则,积极协调各方。", want: []string{FaultOfficialese}},
		// "统筹" as a slogan verb, not the medical-insurance pool.
		{line: "这个钱进了统筹基金,是大家共同使用的,用来报住院和门诊的费用。", notWant: []string{FaultOfficialese}},
		{line: "我们会统筹协调,统筹解决,请您放心。", want: []string{FaultOfficialese}},
		// A charge named only to be disowned.
		{line: "我不是说您记错了,当年厂长嘴上可能真这么说过,可纸面上没有。", notWant: []string{FaultConfront}},
		{line: "现在还不能这么说,也不能说您错了,得把证明摆上去让他们重新核。", notWant: []string{FaultConfront}},
		{line: "我说你记错了就是记错了。", want: []string{FaultConfront}},
		// A sanction or a pledge that belongs to someone else.
		{line: "您放心,这个陈老师我们肯定要处分,这几样我现在就替局里应下您。", want: []string{FaultFalsePromise}},
		{line: "查实了要处分的,按规定走,结果十个工作日内书面告诉您。", notWant: []string{FaultFalsePromise}},
		{line: "这个我没法替局里答应您,我能做的是今天把材料递上去。", notWant: []string{FaultFalsePromise}},
		// A pledge that the visitor will understand is the office's own step.
		{line: "这个不难,我给您说清楚,保证您今天走的时候心里明明白白。", notWant: []string{FaultFalsePromise}},
		{line: "保证您明明白白拿到钱。", want: []string{FaultFalsePromise}},
		{line: "您的诉求已纳入工作台账,我们会持续跟踪、动态管理,适时予以回应。", want: []string{FaultOfficialese}},
		// Session 14: sums that are no offer, found on talks-fresh60/68/69.
		{line: "前年三十五千伏线路架过去,压坏了两亩烟叶。以后别再为这个跑了,清单我送到村里。", notWant: []string{FaultBuyPeace}},
		{line: "您要求月底前全额拿回十五万,这个我记下了。这段时间您先别往北京跑。", notWant: []string{FaultBuyPeace}},
		{line: "现在没有国家补贴了,合同拿不准就拿来给我看。", notWant: []string{FaultBuyPeace}},
		{line: "当年只领了三百块,比邻居少,这个我去查。您以后别再来闹了。", notWant: []string{FaultBuyPeace}},
		{line: "补贴标准我写给您,您要不要先回去跟家里商量?", notWant: []string{FaultBuyPeace}},
		{line: "再给您三百块,您以后别往县里跑了。", want: []string{FaultBuyPeace}},
		{line: "没事给你两千块,以后别来了。", want: []string{FaultBuyPeace}}, // "没事" says nothing is gone
		{line: "通融这种事我这儿没有,该交多少我给您算清楚。", notWant: []string{FaultHalfPromise, FaultFalsePromise}},
		// Session 14: pledges of one's own steps, and promises declined,
		// found on talks-fresh70 and -73 after they were measured.
		{line: "我能保证的是明天去现场、把数据告诉您;罚不罚,要看测出来的结果。", notWant: []string{FaultFalsePromise}},
		{line: "我能保证的是您的钱一分不少拿回来。", want: []string{FaultFalsePromise}},
		{line: "实话说,我不敢把话说满,说一定能批下来。", notWant: []string{FaultFalsePromise, FaultHalfPromise}},
		{line: "实话说,一定能批下来。", want: []string{FaultFalsePromise}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			rec := r.Recognize(tt.line)
			checkKeys(t, rec, tt.want, tt.notWant)
			if tt.office != "" && rec.Office != tt.office {
				t.Errorf("office %q, want %q", rec.Office, tt.office)
			}
			if tt.date != "" && rec.Date != tt.date {
				t.Errorf("date %q, want %q", rec.Date, tt.date)
			}
		})
	}
}

// checkKeys reports moves or faults that are missing from rec or wrongly in it.
func checkKeys(t *testing.T, rec Recognition, want, notWant []string) {
	t.Helper()
	got := append(append([]string{}, rec.Moves...), rec.Faults...)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s; got %v", w, got)
		}
	}
	for _, w := range notWant {
		if slices.Contains(got, w) {
			t.Errorf("unexpected %s; got %v", w, got)
		}
	}
}

func TestRecognizeInContext(t *testing.T) {
	r := NewTurnRecognizer()
	tests := []struct {
		name     string
		visitor  string // the line the trainee answers
		line     string
		reaction string // the visitor's next line
		want     []string
		notWant  []string
	}{
		{name: "yes to a meal", visitor: "礼拜天来家吃顿饭吧,我杀只鸡。", line: "那行,就这一回,我过去坐坐。", want: []string{FaultAcceptGift}},
		{name: "no to a meal", visitor: "礼拜天来家吃顿饭吧。", line: "好意我心领了,饭就不吃了。", notWant: []string{FaultAcceptGift}},
		{name: "yes to something else", visitor: "我把材料带来了。", line: "行,到时候我看看。", notWant: []string{FaultAcceptGift}},
		{name: "yes without taking", visitor: "我给您带了点鸡蛋。", line: "好,您先说说情况。", notWant: []string{FaultAcceptGift}},
		{name: "a copy taken is no gift", visitor: "……复印件,我带来了。", line: "好,我收下了,给您打个收条。", notWant: []string{FaultAcceptGift}},
		{name: "smoke is no cigarette", visitor: "我就烧了点秸秆,冒了点烟,就罚我三百!", line: "嗯,罚款通知您收到了吧?", notWant: []string{FaultAcceptGift}},
		{name: "cigarettes are", visitor: "这两条烟您收着。", line: "那我收下了。", want: []string{FaultAcceptGift}},
		{name: "hedge taken as promise", line: "我回头跟领导汇报,争取把你们也列进去,按新标准补差价。", reaction: "真的?能补?", want: []string{FaultFalsePromise}},
		{name: "hedge not taken", line: "我回头跟领导汇报,争取把你们也列进去,按新标准补差价。", reaction: "那我回去等着。", notWant: []string{FaultFalsePromise}},
		{name: "keeping one's word is no accepted invitation", visitor: "礼拜四……行,我在家等着。你可得来。", line: "我一定到。礼拜四早上九点半我先给您打个电话。", notWant: []string{FaultAcceptGift}},
		{name: "an invitation accepted", visitor: "到时候来家里吃饭!", line: "好,我一定到。", want: []string{FaultAcceptGift}},
		{name: "good news is no promise", line: "有楼房也可以申请低保,条件是人均收入低于标准。", reaction: "真的?", notWant: []string{FaultFalsePromise}},
		{name: "a hope grounded in the law is no promise", line: "我跟你讲一个可能不用等两年的办法:像这样出的事,有部门出证明,法律上就不用等两年,可以直接向法院申请。", reaction: "……真的?", notWant: []string{FaultFalsePromise}},
		{name: "curt question taken as rude", line: "有证吗?没证你嚷嚷啥。", reaction: "你这是什么态度!", want: []string{FaultRude}},
		{name: "polite question not rude", line: "您有证吗?我帮您查查。", reaction: "你这是什么态度!", notWant: []string{FaultRude}},
		{name: "shrug taken as pushing away", line: "这个不清楚,你问问别人。", reaction: "那我找谁去?", want: []string{FaultBuckPassing}},
		{name: "named owner is no shrug", line: "这个归县人社局管,您去三楼找劳动监察大队。", reaction: "那我找谁去?", notWant: []string{FaultBuckPassing}},
		{name: "a plain correction heard as disbelief", line: "暖气那是封闭的管子,水又不往外冒,咋能下药呢?", reaction: "你不信我?那水是绿的!", want: []string{FaultCorrect}},
		{name: "a denial heard as taking sides", line: "系统是省里统一的,村委会改不了的。", reaction: "你也跟他们一伙的!", want: []string{FaultCorrect}},
		{name: "an old deed ruled out", line: "大爹,我得跟你讲清楚:这张纸是土司时候的东西,现在不算林权凭证了,这张纸办不了证。", reaction: "你也是跟他们一伙的!这是我家的山!", want: []string{FaultCorrect}},
		{name: "a kind line met with the same words", line: "您身体不舒服是真的,这个要去看医生。您有子女在身边吗?", reaction: "你们都不信我。", notWant: []string{FaultCorrect}},
		{name: "disbelief of others is no reaction to the line", line: "您女儿知道您这一年都睡不着吗?", reaction: "她也不信我,叫我去看医生。", notWant: []string{FaultCorrect}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := r.RecognizeReply(tt.visitor, tt.line)
			rec = r.Corroborate(rec, tt.line, tt.reaction)
			checkKeys(t, rec, tt.want, tt.notWant)
		})
	}
}

func TestStageOf(t *testing.T) {
	tests := []struct {
		moves []string
		want  Stage
	}{
		{[]string{MoveGreeting, MoveSeat}, StageIntroduction},
		{[]string{MoveGreeting, MoveOpenQuestion, MoveEncourage}, StageListening},
		{[]string{MoveRestate, MoveCheckRestate}, StageSummary},
		{[]string{MoveCommitDate, MoveHope}, StageCoordination},
		{[]string{MoveApology}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := StageOf(tt.moves); got != tt.want {
			t.Errorf("StageOf(%v) = %q, want %q", tt.moves, got, tt.want)
		}
	}
}

func TestTrackerSkipped(t *testing.T) {
	tr := NewTracker()
	tr.Observe(1, []string{MoveGreeting})
	tr.Observe(3, []string{MoveOpenQuestion})
	tr.Observe(5, []string{MoveCommitDate})
	got := tr.Skipped()
	want := []Stage{StageFirstTalk, StagePresentation, StageSummary}
	if !slices.Equal(got, want) {
		t.Fatalf("skipped %v, want %v", got, want)
	}
	if tr.Current() != StageCoordination {
		t.Fatalf("current %s", tr.Current())
	}
}

// BenchmarkRecognize measures recognising one long trainee line.
func BenchmarkRecognize(b *testing.B) {
	r := NewTurnRecognizer()
	line := "大爷您好,外面冷吧?快请坐,喝口热水。我把您的事说一遍,您看有没有漏的:您家的地重新量过以后少了三分,补贴也少了,您想知道为什么,能不能按原来的面积发,对不对?这个我不能跟您打包票,但我今天就给农经站打电话问清楚,下周三前给您回话。"
	for b.Loop() {
		r.Recognize(line)
	}
}

// BenchmarkScore measures scoring a ten-turn talk with a shared recogniser.
func BenchmarkScore(b *testing.B) {
	in := ScoreInput{Persona: PersonaResentful, Turns: transcriptOf(goodTalk), recognizer: NewTurnRecognizer()}
	for b.Loop() {
		Score(in)
	}
}

// BenchmarkNewTurnRecognizer measures building the tables and reading the
// embedded models, which a program does once (see Coach.Recognizer).
func BenchmarkNewTurnRecognizer(b *testing.B) {
	for b.Loop() {
		NewTurnRecognizer()
	}
}

// BenchmarkNewRuleRecognizer measures building the rule tables alone, as
// recalling an earlier visit's answer does for each past session.
func BenchmarkNewRuleRecognizer(b *testing.B) {
	for b.Loop() {
		NewRuleRecognizer()
	}
}
