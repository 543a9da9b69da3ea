/**
 * What makes a claim concrete: a number with a unit, or a named mechanism.
 */

import { pattern } from '../text/phrases';

/**
 * A number written in English words with a unit ("thirty-one percent", "twelve days", "three
 * times"). A lone "one" is left out: "one day" is more often an idiom than a duration.
 */
export const WORD_NUMBER = '(?<![A-Za-z\\u00C0-\\u024F-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one|two|three|five|ten)\\s+(?:hundred|thousand))\\s+(?:percent|per\\s+cent|percentage\\s+points?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|times)(?![A-Za-z\\u00C0-\\u024F])';

const WORD_NUMBER_RE = new RegExp(WORD_NUMBER, 'i');
/** The units WORD_NUMBER needs: a plain scan for them rules most text out before the word pattern runs. */
const WORD_UNIT = /percent|per cent|second|minute|hour|day|week|month|year|times/i;
/**
 * A number in English words with a unit. Kept out of the digit patterns' alternations: its
 * leading lookbehind would make the engine try every position of every sentence.
 */
export const hasWordNumber = (text: string): boolean => WORD_UNIT.test(text) && WORD_NUMBER_RE.test(text);

/** A proportion in Chinese numerals: 三成 (30%), 两倍 (2×), 五个百分点, 百分之三十, 一半. */
const CHINESE_PROPORTION = '[一二三四五六七八九十两]+\\s?(?:成|倍|个百分点)(?![一二三四五六七八九十])|百分之[零一二三四五六七八九十百]+|一半';

/**
 * A number with a unit (ms, s, %, QPS, req/s, TPS, users, ¥/$, 万, 分钟 …) or an RTO/RPO value.
 * A number is only tried from the first digit of a run, so long digit runs stay linear.
 */
export const QUANTITY = pattern([
  '(?:[¥$€£￥]|HK\\$|US\\$|RMB|CNY)\\s?\\d',
  '\\b(?:RTO|RPO)\\s*(?:[:=<≤]|of|is|under|below)?\\s*\\d',
  '[<>≤≥]=?\\s*\\d',
  '(?<![0-9])\\d(?:[\\d,.]*\\d)?\\s?(?:%|‰|×|倍|万|亿|千|毫秒|秒|分钟|小时|天|周|个月|年|条|次|人|元|笔|单|台|个|家|位|份|张|盒|件|级)',
  '(?<![0-9])\\d(?:[\\d,.]*\\d)?\\s?(?:thousand|million|billion|mn|x|k|m|b|bn|ms|μs|us|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|qps|tps|rps|req(?:uest)?s?/s|ops/s|writes/s|reads/s|events/s|msgs?/s|messages/s|/s|/min|/day|per (?:second|minute|hour|day|week|month)|users?|people|customers?|buyers?|sellers?|merchants?|patients?|orders?|transactions?|requests?|calls?|rooms?|items?|skus?|parcels?|shards?|partitions?|replicas?|nodes?|servers?|instances?|gb|tb|mb|kb|pb|points?|pp|bps|nines)(?![A-Za-z\\u00C0-\\u024F])',
  '\\b(?:p|P)(?:50|75|90|95|99|999)\\b\\s*[<≤]',
  // Proportions in Chinese numerals: 三成 (30%), 两倍, 五个百分点, 百分之三十.
  CHINESE_PROPORTION,
].join('|'), 'iu');

/**
 * A number that measures something: a standalone number ("> 5 claims", "from 1.1 to 2.4"), not
 * digits inside a name (88VIP, P0, Class II) nor a festival date (11.11, 双11, 618).
 * Chinese numerals count with a unit (三次, 两小时). Proportions in words count too ("by a third").
 */
export const ANY_NUMBER = pattern([
  '(?<![\\p{L}\\p{N}.])(?!(?:11\\.11|12\\.12|6\\.18|618)(?![\\p{N}]))[0-9０-９]+(?:[.,][0-9]+)*(?![\\p{Script=Latin}\\p{N}]|[.,][0-9])',
  '[¥$€£￥]\\s?\\d', '[<>≤≥]=?\\s*\\d',
  // Not the ordinal-like 上一个 / 下一个 / 这一次 (the previous, the next, this one).
  '(?<![上下这那某每同任第])[一二三四五六七八九十百千万两半]+\\s?(?:次|个|条|分钟|小时|天|周|笔|倍|成|分之)',
  '(?<![A-Za-z\\u00C0-\\u024F])(?:by\\s+(?:half|a\\s+third|a\\s+quarter|two\\s+thirds)|double[sd]?|halve[sd]?|triple[sd]?)(?![A-Za-z\\u00C0-\\u024F-])',
].join('|'), 'iu');

/**
 * A metric target, not just any number: a percentage, money, a change ("from 3% to 3.5%",
 * "by 20%", "+12%", "2x", "40 → 15"), a level to reach ("to 40", "达到 99%"), or a duration.
 * "for the 3 million patients" counts people; it is no target.
 */
export const TARGET = pattern([
  '\\d\\s?(?:%|‰|pp|bps|个百分点|倍)', '[¥$€£￥]\\s?\\d', '(?:HK|US)\\$\\s?\\d', '\\d\\s?(?:元|万元|亿元)',
  '(?<![A-Za-z\\u00C0-\\u024F])from\\s+[^.;。；]{0,40}?\\d[^.;。；]{0,40}?(?<![A-Za-z\\u00C0-\\u024F])to(?![A-Za-z\\u00C0-\\u024F])',
  '(?<![A-Za-z\\u00C0-\\u024F])(?:by|to|of|at|above|below|under|over|reach(?:es|ing)?|within|than)\\s+(?:about\\s+|roughly\\s+|at\\s+least\\s+)?[¥$]?\\d',
  '[+\\-−]\\s?\\d', '\\d(?:\\.\\d+)?\\s?[x×](?![A-Za-z\\u00C0-\\u024F])', '→|->', '从[^。；]{0,30}?\\d', '(?:到|至|达到|超过|低于|高于|不低于|不超过)\\s?\\d',
  '\\d\\s?(?:ms|s|sec|seconds?|mins?|minutes?|h|hours?|days?|weeks?|毫秒|秒|分钟|小时|天|周)(?![A-Za-z\\u00C0-\\u024F])',
  '(?<![A-Za-z\\u00C0-\\u024F])(?:by\\s+(?:half|a\\s+third|a\\s+quarter|two\\s+thirds)|doubles?|doubled|halves|halve[sd]?|triples?|tripled)(?![A-Za-z\\u00C0-\\u024F-])', '翻倍|减半|翻番',
  CHINESE_PROPORTION,
].join('|'), 'iu');

/** Named mechanisms: for vague-term (scale, availability, security …) and unnamed-mechanism (guarantees). */
export const MECHANISMS: readonly string[] = [
  // traceability
  'barcode', 'barcodes', 'barcode scan', 'RFID', '条码', '追溯码',
  // scale and availability
  'shard', 'shards', 'sharded', 'sharding', 'partition', 'partitions', 'partitioned', 'partitioning', 'replica', 'replicas',
  'replicated', 'replication', 'read replica', 'cache', 'cached', 'caching', 'TTL', 'CDN', 'load balancer', 'load balancing',
  'autoscaling', 'auto scaling', 'horizontal scaling', 'scale out', 'scales out', 'multi-AZ', 'multi-zone', 'multi-region',
  'active-active', 'active-standby', 'hot standby', 'failover', 'fails over', 'circuit breaker', 'rate limit', 'rate limiter',
  'rate limiting', 'token bucket', 'backpressure', 'bulkhead', 'consistent hashing', 'Paxos', 'Raft', 'quorum',
  'message queue', 'async queue', 'batching', 'batched', 'precomputed', 'pre-computed', 'in-memory', 'index on', 'indexed',
  // correctness guarantees
  'idempotency key', 'idempotency keys', 'idempotent key', 'dedup key', 'dedupe key', 'deduplication key', 'de-duplication',
  'deduplication', 'unique key', 'unique constraint', 'unique index', 'request ID', 'two-phase commit', '2PC', 'TCC',
  'try-confirm-cancel', 'saga', 'compensating transaction', 'compensating transactions', 'compensation', 'outbox',
  'transactional message', 'transactional messages', 'distributed lock', 'optimistic lock', 'optimistic locking',
  'version number', 'compare-and-set', 'CAS', 'reconciliation', 'reconciliation job', 'retry with backoff', 'exponential backoff',
  // audit, trace, tamper
  'append-only', 'append only', 'event log', 'audit log', 'audit trail', 'WAL', 'write-ahead log', 'binlog', 'hash chain',
  'hash-chained', 'hash chaining', 'SHA-256', 'checksum', 'checksums', 'signed receipt', 'signed receipts', 'digital signature',
  'signature', 'signatures', 'signed', 'Merkle', 'WORM', 'trace ID', 'trace IDs', 'trace context', 'W3C trace context',
  'traceparent', 'distributed tracing', 'OpenTelemetry', 'SkyWalking', 'EagleEye', 'ARMS tracing',
  // rollback
  'versioned snapshot', 'versioned snapshots', 'snapshot', 'snapshots', 'previous version', 'previous model version',
  'versioned', 'blue-green', 'canary', 'canary release', 'feature flag', 'feature flags', 'kill switch', 'model registry',
  // privacy and security
  'KMS', 'envelope encryption', 'encryption', 'encrypted', 'encrypt', 'AES', 'AES-256', 'TLS', 'mTLS', 'HTTPS', 'tokenization',
  'tokenisation', 'tokenized', 'tokenised', 'tokenize', 'tokenise', 'token map', 'consent record', 'consent records',
  'consent ledger', 'k-anonymity', 'differential privacy', 'data masking', 'masked', 'masking', 'pseudonymised',
  'pseudonymized', 'pseudonymisation', 'pseudonymization', 'anonymised', 'anonymized', 'salted hash', 'hashed', 'RBAC',
  'ABAC', 'access control', 'least privilege', 'allowlist', 'whitelist', 'row-level security', 'HSM', 'data residency',
  'PII access ticket', 'purpose limitation',
  // models (machine learning made concrete)
  'GBDT', 'XGBoost', 'LightGBM', 'logistic regression', 'random forest', 'gradient boosted', 'gradient-boosted trees',
  'neural network', 'transformer', 'BERT', 'two-tower', 'collaborative filtering', 'graph neural network', 'GNN',
  'isolation forest', 'decision tree', 'decision trees',
  // Chinese
  '分片', '分库分表', '分区', '副本', '多副本', '主备', '主从', '读写分离', '缓存', '限流', '熔断', '令牌桶', '一致性哈希',
  '幂等键', '去重键', '唯一键', '唯一索引', '两阶段提交', '补偿事务', '事务消息', '分布式锁', '乐观锁', '版本号', '对账',
  '指数退避', '只追加', '追加写', '哈希链', '签名', '电子签名', '快照', '上一版', '灰度', '蓝绿', '功能开关', '链路追踪',
  'TraceId', '审计日志', '加密', '信封加密', '脱敏', '令牌化', '去标识化', '匿名化', '授权记录', '同意记录', '访问控制',
  '权限控制', '最小权限', '异地多活', '多活', '同城双活', '容灾', '负载均衡', '弹性伸缩', '消息队列',
];
