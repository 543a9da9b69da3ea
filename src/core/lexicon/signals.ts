/**
 * Signal patterns for the sentence-level rules: deferrals, owner-needing statements,
 * threshold-needing statements, goals, guarantees, SLAs and business consequences.
 * These are internal patterns (user config only ever adds plain phrases).
 */

import { pattern } from '../text/phrases';

// Latin word start / end: only Latin letters and digits count, so "用Kafka做" still has boundaries.
const B = '(?<![A-Za-z0-9\\u00C0-\\u024F])';
const E = '(?![A-Za-z0-9\\u00C0-\\u024F])';
const re = (src: string, flags = 'iu'): RegExp => pattern(src, flags);

// Shared by the owner and threshold patterns (one definition each, so the two rules cannot drift).
/** A rollback, not a negated one ("no rollback", "rollback is no longer possible", 无法回滚). */
const ROLLBACK_WORD = `${B}(?:roll(?:s|ed|ing)?[\\s-]?back|rollbacks?)${E}(?<!${B}(?:no|cannot|can't|can\\s+not|unable\\s+to|impossible\\s+to)\\s+(?:roll(?:s|ed|ing)?[\\s-]?back|rollbacks?))(?!\\s+(?:is|are|becomes?)\\s+(?:not|no\\s+longer|impossible))`;
const ROLLBACK_ZH = '回滚(?<!(?:无法|不能|没法|不可)回滚)';
/** 回退到 a version is a rollback; 回退到 another warehouse or route is a fallback (no trigger needed). */
const ROLLBACK_BACK_ZH = '回退(?!到(?![^，。；]{0,6}?(?:上一|上个|旧|之前|老|原|版本|[vV]\\d)))';
/** 升级到 a person or team escalates; 升级到 v3 / 新版本 upgrades. */
const ESCALATE_TO_ZH = '升级到(?![^，。；]{0,4}?(?:[vV]\\d|版本|新版|协议|最新))';
const ESCALATE_NOW_ZH = '(?:第一时间|及时|立即|马上|尽快)(?:升级|上报)';

// ---- deferred-decision -------------------------------------------------------------------
/** Always a deferral (no trigger can rescue a bare TBD). */
export const DEFER_ALWAYS = re(`${B}(?:TBD|TBC)${E}|待定|待讨论|待商议|待商定|未定`, 'gu');
/** Deferrals that a measurable trigger in the same sentence turns into a plan. */
export const DEFER_SOFT = re([
  `${B}(?:optimi[sz]e|improve|revisit|decide|figure|consider|look(?:\\s+into|\\s+at)?|add|handle|tune|align|discuss|think\\s+about|deal\\s+with|sort\\s+out|address|fix|define|finali[sz]e|refine|evaluate|tier|tiering|plan|design|build|do|support|introduce|explore|investigate|clarify|settle|confirm|expand|extend|roll\\s+out|launch|scale|migrate|onboard)${E}[^.;。；!?！？]{0,60}?${B}later(?:\\s+on)?${E}`,
  `${B}(?:we(?:'ll|\\s+will)|I(?:'ll|\\s+will)|will|to)\\s+figure\\s+(?:it|this|that|them|these|those|things)?\\s*out${E}`,
  `${B}figure\\s+out${E}[^.;。；]{0,60}?${B}later${E}`,
  `${B}(?:to\\s+be|will\\s+be|yet\\s+to\\s+be|be)\\s+(?:decided|determined|discussed|confirmed|defined|agreed|finali[sz]ed)${E}`,
  `${B}(?:if|as|when)\\s+(?:needed|necessary|required)${E}`,
  `${B}in\\s+the\\s+future${E}`, `${B}down\\s+the\\s+(?:road|line)${E}`, `${B}at\\s+some\\s+point${E}`, `${B}we'?ll\\s+see${E}`,
  `${B}sort(?:s|ed|ing)?\\s+(?:it|this|that|them|these|those|things)\\s+out${E}`,
  `${B}(?:can|could|will|may|might)\\s+come\\s+later${E}`, `${B}if\\s+(?:we|you|they)\\s+(?:find\\s+(?:we|you|they)\\s+)?(?:need|want)\\s+(?:it|them|one|that)${E}`,
  `${B}(?:undecided|not\\s+yet\\s+decided|not\\s+decided\\s+yet)${E}`,
  `${B}(?:park(?:ed|ing)?(?:\\s+(?:it|this|that|them))?|(?:put\\s+)?on\\s+hold)\\s+for\\s+(?:now|later)${E}`,
  '以后再', '以后可以', '(?:后续|之后|后面)还?可以',  '(?<![A-Za-z])later\\s*再', '之后再', '后续再', '后面再', '回头再', '再考虑', '再优化', '再调整', '再决定', '再定', '再说', '再看',
  '视情况而定', '看情况', '有需要再', '需要时再', '需要的话再', '必要时再', '如有需要', '到时候再', '未来可以', '将来可以', '以后考虑',
  '二期再', '二期(?:考虑|支持|实现|上线|做)', '下一期再', '后期再', '暂不考虑', '暂时不考虑', '暂不支持', '先不做', '等[^。；，]{1,20}?再(?:评估|看|定|决定|考虑|调整|说)',
  `${B}(?:can|could|will|may|might)\\s+be\\s+(?:[a-z]+ed|done|built|rebuilt)\\s+later(?:\\s+on)?${E}`,
].join('|'), 'giu');
/** A measurable trigger: a condition word followed by a number (or a placeholder comparison). */
export const TRIGGER = re(`${B}(?:when|once|if|after|until|as\\s+soon\\s+as|whenever|trigger)${E}[^.;。；]{0,80}?(?:\\d|<[^<>]+>\\s*[<>≤≥])|(?:当|一旦|如果|若|超过|达到|高于|低于|大于|小于)[^。；]{0,40}?\\d`, 'iu');

// ---- missing-owner -----------------------------------------------------------------------
/** Statements that need an accountable owner: rollbacks, fallbacks, escalations, freezes, incidents. */
export const NEEDS_OWNER = re([
  ROLLBACK_WORD,
  `${B}fall(?:s|ing)?[\\s-]?back${E}`, `${B}fallbacks?${E}`, `${B}fail(?:s|ed|ing)?[\\s-](?:open|closed?)${E}`,
  `${B}escalat(?:e|es|ed|ing|ion|ions)${E}`,
  `${B}freez(?:e|es|ing)${E}(?<!${B}(?:false|wrong(?:ly)?|wrongful(?:ly)?|mistaken(?:ly)?)[\\s-]freez(?:e|es|ing))(?![\\s-]+(?:rates?|volumes?|counts?|ratios?|numbers?|volume|metrics?|dashboards?))`,
  `${B}frozen${E}(?<!${B}(?:wrong(?:ly)?|wrongful(?:ly)?|mistaken(?:ly)?|falsely)\\s+frozen)(?!\\s+(?:merchants?|accounts?|users?|sellers?|buyers?)\\s+(?:rates?|counts?|ratio)${E})`,
  // An incident being handled, not one cited as background ("that incident cost ¥2.6M").
  `${B}(?:during|in|for|on|after|if|when|once|open|opens|declare[sd]?|raise[sd]?|handl(?:e|es|ing)|manag(?:e|es|ing)|any|an)\\s+(?:an?\\s+|the\\s+)?(?:P[0-4]\\s+|major\\s+|sev[\\s-]?\\d\\s+|payment\\s+|data\\s+)?incidents?${E}|${B}incidents?\\s+(?:response|commander|manager|channel|review|bridge|process|handling|runbook)${E}`,
  `${B}war[\\s-]?room${E}`, `${B}mitigat(?:e|es|ed|ing|ion)${E}`,
  `${B}(?:if|when|whenever|once)${E}[^,.;。；]{0,60}?${B}(?:fails?|failed|failing|is\\s+down|are\\s+down|goes\\s+down|go\\s+down|times?\\s+out|timed\\s+out|is\\s+unavailable|are\\s+unavailable|becomes?\\s+unavailable|is\\s+unreachable|unreachable|rejects?|rejected|crash(?:es|ed)?|breaks?|outage)${E}`,
  ROLLBACK_ZH, '回退', '降级', '兜底', '冻结', ESCALATE_TO_ZH, '升级给', '上报给',
  // An incident being handled, not the word in a goal or in history ("不再出现以故障为由的降价", "去年 3 次故障").
  '(?:事故|故障)(?=时|后|期间|发生|处理|恢复|响应|升级)|(?:发生|出现|遇到|遇上)(?:事故|故障)(?![^，。；]{0,6}?(?:为由|的次数))',
  '(?:失败|宕机|不可用|挂了|挂掉|出错|断连)(?:时|的话)(?!间)', '超时时(?!间)', '(?:保障|应急|作战)(?:小组|室|群)', '应急', '中断', '资损(?!率)',
  '(?:出现|发生|发现)[^，。；]{0,8}?(?:事件|问题|异常)(?![^，。；]{0,6}?(?:告警|报警))',
  '自动(?:重试|重新|补偿|切换|切回|回切|回退|降级|转人工|转为|改为|补发|恢复)', '自动[^，。；]{0,8}?(?:摘掉|摘除|剔除|下线|移除|踢出)',
  `${B}auto-(?:extended|cancell?ed|renewed|released|refunded|reassigned|rerouted|retried|disabled|suspended|paused)${E}`, ESCALATE_NOW_ZH, '升级处理',
  '(?:如果|若|一旦|当)[^，。；]{0,30}?(?:失败|宕机|不可用|超时|挂了|挂掉|拒绝|异常|出错)',
].join('|'), 'iu');

// ---- missing-threshold -------------------------------------------------------------------
/** Monitoring, alerting, paging and escalation statements. */
export const NEEDS_THRESHOLD = re([
  // monitoring as something the team does (not "remote monitoring", the product, nor a list of purposes)
  `${B}(?:will|we'?ll|I'?ll|to|and|then|continuously|closely|actively|we|they|should|must)\\s+monitor${E}`,
  `${B}monitor(?:s|ed)?\\s+(?:the|it|this|that|them|its|our|all|key|every|each|for|on|via|with|[A-Z]{2,})${E}`,
  `${B}(?:be|is|are|being)\\s+monitored${E}`,
  `${B}(?:add|adding|set\\s+up|setting\\s+up|build|have|need|put\\s+in|with|basic|proper|more)\\s+(?:\\w+\\s+)?monitoring${E}`,
  `${B}monitoring\\s+(?:and|&|\\+)\\s+alert`,
  `${B}alerting${E}(?!\\s+(?:rules?|polic(?:y|ies)|config))`, `(?<!(?:${B}(?:a|an|push|SMS|email|in-app|app|the)\\s+))${B}alert(?:s|ed)?\\s+(?:the|on|if|when|us|me|someone|our|whoever|them)${E}`,
  `${B}(?:add|set\\s+up|configure|trigger|fire|raise|send)\\s+(?:an?\\s+|the\\s+)?alerts?${E}`,
  `${B}(?:add|set\\s+up|build|configure|put\\s+in)\\s+(?:some\\s+|the\\s+)?(?:dashboards?|metrics|graphs|logging)\\s+(?:and|&|\\+)\\s+(?:some\\s+)?alert(?:s|ing)?${E}`,
  `${B}keep(?:s|ing)?\\s+(?:an?\\s+)?(?:close\\s+)?(?:eye|eyes|tabs)\\s+on${E}`,
  `${B}(?:set\\s+up|build|add|have|plus)\\s+(?:a\\s+|some\\s+|the\\s+)?dashboards?${E}(?!\\s+(?:for|to)\\s+(?:merchants?|sellers?|buyers?|users?|customers?|patients?|doctors?)${E})`,
  `^\\s*dashboards?\\s+(?:for|on|of|in|tracking|showing)${E}`,
  `${B}watch(?:es|ing)?\\s+[^.;。；]{0,40}?${B}on\\s+(?:a|the|our)\\s+dashboards?${E}`, `${B}watch(?:es|ing)?\\s+(?:the|a|our)\\s+(?:[\\w-]+\\s+){0,2}?dashboards?${E}`,
  `${B}alert(?:s|ed)?\\s+(?!(?:rules?|polic(?:y|ies)|config)${E})[^.;。；]{1,40}?\\s(?:if|when|once|whenever)${E}`,
  '(?:持续|密切|重点)关注', '通知[^，。；]{0,15}?(?:团队|负责人|值班|on-?call|同学)(?:[^，。；]{0,6}?(?:处理|介入|跟进))?',
  `${B}pag(?:e|es|ed)\\s+(?:the|an?|on-?call|someone|whoever|us|me|SRE)${E}`, `${B}pag(?:e|es|ed)\\s*(?=\\p{Script=Han})`, `${B}paging${E}(?!\\s+(?:rules?|polic(?:y|ies)|config))`,
  `${B}escalat(?:e|es|ed|ing|ion)${E}`,
  '监控', '告警', '报警', '观察数据', '观察指标', '观察效果', ESCALATE_TO_ZH, '升级给', '上报给', ESCALATE_NOW_ZH, '升级处理',
  '(?:有问题|出问题|出现问题|异常)[^，。；]{0,12}?(?:升级|上报)',
].join('|'), 'iu');
/** Rollback statements: they need a measurable trigger when they are conditional or an instruction. */
export const ROLLBACK = re([ROLLBACK_WORD, ROLLBACK_ZH, ROLLBACK_BACK_ZH].join('|'), 'iu');
export const CONDITIONAL = re(`${B}(?:if|when|whenever|once|unless|after)${E}|如果|若|一旦|时|之后|有问题|出问题|出现问题`, 'iu');
/** A rollback mentioned only as a capability ("we can roll back"): unnamed-mechanism's business. */
export const ROLLBACK_CAPABILITY = re(`${B}(?:can|could|able\\s+to|possible\\s+to|easy\\s+to|easily)\\s+(?:be\\s+)?roll(?:ed)?[\\s-]?back${E}|${B}(?:supports?|allows?|enables?)\\s+(?:a\\s+|easy\\s+|quick\\s+)?rollbacks?${E}|${B}rollbacks?\\s+(?:is|are)\\s+(?:supported|possible|available|easy)${E}|${B}rollbacks?\\s+(?:of|for)\\s+[^.;。；]{1,60}?\\s(?:is|are)\\s+(?:fully\\s+|always\\s+)?(?:supported|possible|available|easy)${E}|(?:可以|可|能|支持)(?:随时|一键|快速|直接)?回滚`, 'iu');
/** Count conditions that make a trigger measurable without a digit: "any mismatch", "任何". */
export const COUNT_CONDITION = re(`${B}any${E}(?!\\s+(?:problems?|issues?|trouble|troubles|concerns?|thing|things|way|time|case|degradation)${E})\\s+[\\p{L}]|${B}every\\s+single${E}|任何|任一|一旦出现`, 'iu');

// ---- unquantified-impact -----------------------------------------------------------------
export const GOAL_VERB = re([
  `${B}(?:improv(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|grow(?:s|ing)?|enhanc(?:e|es|ed|ing)|maximi[sz](?:e|es|ing)|minimi[sz](?:e|es|ing)|cut(?:s|ting)?|lower(?:s|ing)?|driv(?:e|es|ing)|strengthen(?:s|ing)?|build(?:s|ing)?|deliver(?:s|ing)?|provid(?:e|es|ing))${E}`,
  '提升', '提高', '降低', '减少', '增加', '改善', '增强', '增长', '优化', '带来', '减轻', '让更多', '吸引更多',
  `${B}(?:get|attract|bring|win)\\s+more${E}`, `${B}more\\s+(?:users|people|buyers|sellers|merchants|patients|customers|orders|members)${E}`,
].join('|'), 'iu');
export const BUSINESS_OBJECT = re([
  `${B}(?:conversion|conversions|GMV|revenue|sales|retention|engagement|satisfaction|experience|trust|NPS|CTR|adoption|usage|loyalty|workload|efficiency|safety|loss|losses|churn|growth|DAU|MAU|complaints?|abandonment|productivity|happiness|convenience|stickiness|repurchase|take[\\s-]?rate|margin|profit|profits)${E}`,
  '体验', '转化', '信任', '满意度', '留存', '活跃', '损失', '效率', '收入', '营收', '投诉', '复购', '销量', '成交', '黏性', '粘性', '负担', '工作量', '安全', '口碑',
].join('|'), 'iu');
/** An explicit goal statement: with a goal verb it is an impact claim whatever its object. */
export const GOAL_CUE = re(`${B}(?:goal|goals|aim|aims|objective|objectives|mission|we\\s+(?:also\\s+)?want\\s+(?:[\\w-]+\\s+){0,4}?to|we\\s+hope\\s+to|intended\\s+to|this\\s+will|this\\s+should|should\\s+help)${E}|目标|希望|旨在|目的是|为了`, 'iu');
/** A felt quality ("feel seamless"): an impact claim when stated as a goal ("we want top-up to feel seamless"). */
export const FEEL_QUALITY = re(`${B}(?:feel|feels|be|become|seem)\\s+(?:more\\s+|truly\\s+|completely\\s+)?(?:seamless|effortless|instant|easy|easier|simple|simpler|smooth|natural|delightful)${E}`, 'iu');
export const MAKE_BETTER = re(`${B}make[s]?\\s+[^.;。；]{0,50}?${B}(?:easier|better|happier|simpler|smoother|faster|more\\s+(?:convenient|engaging|reliable|efficient|satisfied|loyal))${E}|${B}build\\s+trust${E}|`
  + `${B}(?:live|lead)\\s+(?:healthier|better|longer|happier)\\s+lives${E}|${B}win\\s+back\\s+(?:some\\s+|the\\s+|their\\s+|our\\s+)?(?:goodwill|trust|users|customers|merchants|loyalty)${E}|`
  + `${B}(?:feel|feels|be|become|seem)\\s+(?:a\\s+(?:good|great)\\s+deal\\s+|much\\s+|a\\s+lot\\s+|far\\s+)?(?:friendlier|happier|healthier|nicer|smoother|safer|better|more\\s+(?:confident|comfortable|secure|satisfied|engaged|loyal|willing))${E}|`
  + `${B}make[s]?\\s+(?:buyers|users|customers|merchants|sellers|people|shoppers|patients|members)\\s+(?:love|enjoy|trust|like)${E}|`
  + `${B}want\\s+(?:buyers|users|viewers|customers|merchants|sellers|people|shoppers|patients|members)\\s+to\\s+(?:trust|love|enjoy|come\\s+back|return|stay)${E}|让[^。；]{0,20}?更(?:好|方便|便捷|满意|放心|安心|简单|容易|顺畅|流畅|高效|省心|舒心|愉快|顺利)`, 'iu');

// ---- unnamed-mechanism -------------------------------------------------------------------
export const GUARANTEE = re([
  `${B}(?:always|strongly|eventually|fully)\\s+(?:(?:stays?|remains?|is|are|be|kept)\\s+)?consistent${E}(?!\\s+hash)`,
  `${B}(?:stays?|remains?|kept|keeps?)\\s+(?:fully\\s+)?consistent${E}(?!\\s+hash)`,
  `${B}consistent${E}(?!\\s+(?:hash|with(?!\\s+(?:each\\s+other|one\\s+another)${E})))`, `${B}consistency${E}`,
  `${B}exactly[\\s-]once${E}`,
  // "idempotent by grant_id", "idempotent on the request id" names its key: the mechanism itself.
  `${B}idempoten(?:t|cy|ce)${E}(?!\\s+(?:by|on|via|using|keyed\\s+(?:on|by))\\s+(?:the\\s+|a\\s+|its\\s+)?(?:[A-Za-z0-9]+_[A-Za-z0-9_]+|[A-Za-z-]+\\s+(?:id|ID|key|token|number)s?${E}))`,
  `${B}traceab(?:le|ility)${E}`, `${B}(?:fully\\s+)?traced\\s+end[\\s-]to[\\s-]end${E}`,
  `${B}auditab(?:le|ility)${E}`,
  // A tamper-evident bag or seal is a physical mechanism, not a claim.
  `${B}tamper[\\s-]?(?:proof|evident|resistant)${E}(?!\\s+(?:bags?|seals?|packaging|packages?|tape|stickers?|labels?|envelopes?|box|boxes|containers?|pouch(?:es)?|locks?)${E})`,
  `${B}(?:kept|keep|keeps|stays?|remains?)\\s+(?:fully\\s+|completely\\s+|strictly\\s+|always\\s+)?(?:private|confidential)${E}`,
  `${B}(?:data|privacy|PII|information|records?|identifiers?|IDs|details|credentials|(?:card|phone|ID)\\s+numbers)\\s+(?:is|are|will\\s+be|stays?|remains?)\\s+(?:fully\\s+|always\\s+|completely\\s+)?(?:protected|safe|safeguarded|private)${E}`,
  `${B}protect(?:s|ed|ing)?\\s+(?:the\\s+)?(?:user|users'?|buyer|buyers'?|patient|patients'?|customer|customers'?|personal)?\\s*(?:privacy|data|PII|information)${E}`,
  `${B}(?:fully\\s+)?compliant${E}`, `${B}compl(?:y|ies)\\s+with${E}`, `${B}ensur(?:e|es|ing)\\s+compliance${E}`,
  `${B}(?:stored|kept|held|transmitted)\\s+securely${E}`, '安全(?:地)?(?:存储|保存|传输)',
  `${B}no\\s+data\\s+loss${E}`, `${B}never\\s+los(?:e|es)\\s+(?:data|messages|events)${E}`,
  '(?<!一致性)一致性(?!哈希)', '(?:保证|确保)[^，。；]{0,20}?一致(?!性哈希)', '始终(?:保持)?一致', '强一致', '最终一致', '恰好一次', '不重不漏', '幂等(?!键)', '可追溯', '全链路可追踪', '可审计',
  '防篡改', '不可篡改', '保护隐私', '隐私保护', '保护.{0,6}(?:数据|隐私|信息)', '(?:数据|信息|隐私)[^，。；]{0,4}?(?:(?:不会|不|绝不|不被|不会被)(?:泄露|外泄|泄漏)|受到保护|得到保护)',
  '符合(?:《[^》]{1,40}》)?.{0,12}(?:法规|规定|要求|标准|法律|监管|办法)', '确保合规', '完全合规', '不丢数据', '数据不丢',
].join('|'), 'giu');

// ---- sla-without-kpi ---------------------------------------------------------------------
const TIME_UNIT = '(?:ms|milliseconds?|s|secs?|seconds?|毫秒|秒)';
const TARGET_CMP = '(?:<=?|≤|under|below|within|less\\s+than|at\\s+most|no\\s+more\\s+than|不超过|低于|小于|以内|内|控制在|保持在|压到|压在)';
/** Availability and latency targets (p99 < 100 ms, 99.99%, RTO 30 min). Thresholds (">", "exceeds") are not targets. */
export const SLA_TARGET = re([
  `${B}(?:p|P)(?:50|75|90|95|99|999)${E}[^.;。；]{0,30}?${TARGET_CMP}\\s*\\d[\\d,.]*\\s*${TIME_UNIT}${E}`,
  `${B}(?:latency|response(?:\\s+time)?|responds?|load(?:s|ing)?|opens?|renders?|delay|RT)${E}[^.;。；]{0,30}?${TARGET_CMP}\\s*\\d[\\d,.]*\\s*${TIME_UNIT}${E}`,
  `${TARGET_CMP}\\s*\\d[\\d,.]*\\s*${TIME_UNIT}\\s+(?:of\\s+)?(?:delay|latency|lag)${E}`,
  `${B}\\d{2,3}(?:\\.\\d+)?\\s?%\\s*(?:availability|uptime|SLA|可用性|可用率)`,
  `${B}(?:availability|uptime|SLA|SLO)${E}[^.;。；]{0,20}?\\d{2,3}(?:\\.\\d+)?\\s?%`,
  `(?:可用性|可用率)[^。；]{0,10}?\\d{2,3}(?:\\.\\d+)?\\s?%`,
  `${B}(?:RTO|RPO)${E}\\s*(?:[:=<≤]|of|is|under|below|within)?\\s*\\d`,
  `${B}(?:three|four|five)\\s+nines${E}`,
  // (Not a threshold: "响应超过 50 ms 时降级" is a trigger.)
  `(?:延迟|时延|耗时|响应(?:时间)?|RT)(?![^。；，]{0,15}?(?:超过|超出|高于|大于|>))[^。；，]{0,15}?${TARGET_CMP}?\\s*\\d[\\d,.]*\\s*(?:ms|毫秒|秒|s)(?:以内|内)?`,
].join('|'), 'giu');
/** A business consequence or user outcome in the same sentence. */
export const BUSINESS_CONSEQUENCE = re([
  `${B}(?:because|since|so\\s+that|otherwise|or\\s+else|in\\s+order\\s+to)${E}`,
  // "…, so the page renders before the buyer scrolls": a consequence clause (not "so far", "so-called")
  `(?:[,，;；]|${B}and)\\s*so\\s+(?!far${E}|called${E})[\\p{L}\\p{Script=Han}]`,
  `${B}so\\s+(?:[\\p{L}\\p{N}'-]+\\s*){0,3}?(?:can|can't|cannot|could|won't|don't|doesn't|never|will|stay|stays|keep|keeps|get|gets|see|sees|do\\s+not|are\\s+not|is\\s+not)${E}`,
  `${B}(?:each|every)\\s+(?:extra|additional|\\+)`, `${B}costs?\\s+(?:about\\s+|roughly\\s+|us\\s+)?[¥$\\d]`,
  `${B}(?:conversion|GMV|revenue|churn|abandon\\w*|complaints?|drop[\\s-]?off|bounce|retention|sales|forfeit\\w*|penalt(?:y|ies)|contacts|tickets|CSAT|NPS)${E}`,
  '咨询', '转化', '流失', '投诉', '成交', '因为', '否则', '以免', '从而', '导致', '以便', '才能', '营收', '收入', '损失', '体验',
].join('|'), 'iu');
