/**
 * Deterministic generator of realistic answers for the benchmark (seeded PRNG): front matter,
 * headings, paragraphs, lists, risk and state tables, vague and concrete sentences, about 5%
 * Chinese. The same seed and size always give the same document.
 */

export const SIZES = {
  S: { words: 2_000 },
  M: { words: 20_000 },
  L: { words: 200_000 },
  XL: { bytes: 5 * 1024 * 1024 },
} as const;
export type SizeName = keyof typeof SIZES;

/** mulberry32: small, fast, good enough for picking sentences. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['order service', 'payment gateway', 'refund pipeline', 'merchant portal', 'risk engine', 'inventory store',
  'search index', 'notification fan-out', 'settlement job', 'prescription service', 'dispute desk', 'coupon service'];
const VAGUE = ['scalable', 'highly available', 'secure', 'fast', 'robust', 'reliable', 'efficient', 'seamless', 'real-time',
  'low latency', 'cloud-native', 'performant', 'resilient'];
const ROLES = ['on-call SRE', 'payments tech lead', 'DBA team', 'risk ops', 'compliance officer', 'merchant support lead', 'I'];
const METRICS = ['conversion', 'GMV', 'refund time', 'dispute rate', 'repeat purchase rate', 'checkout success rate'];

function vagueSentence(r: () => number, pick: <T>(a: readonly T[]) => T): string {
  const s = pick(SERVICES), v = pick(VAGUE);
  return pick([
    `The ${s} will be ${v} and easy to operate.`,
    `We make the ${s} ${v} so merchants trust it.`,
    `We will optimize the ${s} later if needed.`,
    `Roll back the ${s} if errors spike.`,
    `This should improve ${pick(METRICS)} for small merchants.`,
    `The ${s} guarantees exactly-once delivery and full auditability.`,
    `We could use Kafka and DynamoDB for the ${s}.`,
    `Alert the team if latency of the ${s} is high.`,
    `The owner of the ${s} migration is TBD.`,
  ]) + (r() < 0.1 ? ' It is a best practice.' : '');
}

function concreteSentence(r: () => number, pick: <T>(a: readonly T[]) => T): string {
  const s = pick(SERVICES), n = 1 + Math.floor(r() * 900);
  return pick([
    `The ${s} handles ${n * 10} QPS at peak and scales by sharding on order_id.`,
    `Page the ${pick(ROLES)} if p99 of the ${s} exceeds ${n} ms for 5 minutes.`,
    `Lift ${pick(METRICS)} from ${n % 9 + 1}% to ${(n % 9) + 1.5}% within two quarters.`,
    `The ${s} keeps p99 under ${n} ms because each extra 100 ms costs 1% conversion.`,
    `Writes go through an idempotency key and an append-only ledger with hash chaining.`,
    `The ${pick(ROLES)} owns the rollback, triggered when the error rate passes ${n % 5 + 1}% for 3 minutes.`,
    `RocketMQ carries ${n} thousand events per second between the ${s} and settlement.`,
    `Each merchant sees the decision within ${n % 60 + 1} s of filing.`,
  ]);
}

const CHINESE = [
  '系统需要支撑高并发，峰值 5 万 QPS，按商户号分片。',
  '退款链路必须高可用。',
  '风控团队负责规则上线前的灰度验证。',
  '以后再优化对账任务的性能。',
  '这个方案能提升用户体验。',
  '我们用幂等键保证重复回调不会重复入账。',
  '值班工程师在 p99 超过 300 毫秒持续 5 分钟时介入。',
];

/** One answer section (~600-900 words). */
function section(r: () => number, index: number): string {
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const sentence = (): string => {
    const x = r();
    if (x < 0.05) return pick(CHINESE);
    return x < 0.45 ? vagueSentence(r, pick) : concreteSentence(r, pick);
  };
  const paragraph = (): string => Array.from({ length: 3 + Math.floor(r() * 4) }, sentence).join(' ');
  const list = (): string => Array.from({ length: 3 + Math.floor(r() * 4) }, () => `${r() < 0.2 ? '  ' : ''}- ${sentence()}`).join('\n');
  const out: string[] = [];
  out.push(`## ${pick(['Impact', 'Constraints', 'Design', 'Trade-offs', 'Rollout', '设计', '约束'])} ${index}`);
  out.push(paragraph(), paragraph());
  out.push(`### ${pick(['Data flow', 'Failure modes', 'Capacity', 'Parties', '状态'])}`);
  out.push(list());
  out.push(paragraph());
  if (r() < 0.5) {
    const rows = Array.from({ length: 4 + Math.floor(r() * 4) }, () =>
      `| ${pick(['DB failover', 'Duplicate callback', 'Fraud spike', 'Bank outage', '对账失败'])} in ${pick(SERVICES)} | ${pick(['High', 'Medium', 'Low'])} | ${r() < 0.3 ? 'TBD' : pick(ROLES)} | ${r() < 0.5 ? concreteSentence(r, pick) : vagueSentence(r, pick)} |`);
    out.push(['| Risk | Likelihood | Owner | Mitigation |', '|---|---|---|---|', ...rows].join('\n'));
  } else {
    const rows = Array.from({ length: 4 + Math.floor(r() * 3) }, () =>
      `| ${pick(['CREATED', 'PAID', 'FROZEN', 'REFUNDED', 'DISPUTED'])} | ${pick(['PAID', 'SETTLED', 'CLOSED'])} | ${pick(['callback', 'timeout after 30 min', 'manual review'])} | ${pick(ROLES)} |`);
    out.push(['| State | Next | Trigger | Owner |', '|---|---|---|---|', ...rows].join('\n'));
  }
  out.push(paragraph());
  if (r() < 0.2) out.push('```sql\nSELECT order_id, status FROM orders WHERE merchant_id = ? -- scalable?\n```');
  if (r() < 0.1) out.push('> The interviewer asked: make it scalable and secure.');
  return out.join('\n\n');
}

const countWords = (s: string): number => (s.match(/[A-Za-z0-9'’-]+|[\u4e00-\u9fff]/g) ?? []).length;

/** A document of the given size, deterministic for a seed. */
export function generate(size: SizeName, seed = 20261122): string {
  const r = prng(seed);
  const head = `---\nprofile: ${['alibaba-pm', 'ant-pm', 'alibaba-tpm', 'alihealth-pm'][seed % 4]}\nprompt: "Design a dispute resolution system for Alipay merchant chargebacks"\n---\n\n# Merchant chargeback disputes\n\n`;
  const parts = [head];
  const target = SIZES[size];
  let words = 0, bytes = head.length;
  for (let i = 1; 'words' in target ? words < target.words : bytes < target.bytes; i++) {
    const s = section(r, i);
    parts.push(s, '\n\n');
    words += countWords(s);
    bytes += Buffer.byteLength(s) + 2;
  }
  return parts.join('');
}
