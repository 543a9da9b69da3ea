/**
 * Vague quality claims and buzzwords (vague-term), with the question an interviewer asks.
 * Plain phrases: spaces and hyphens inside a phrase also match "realtime", "real-time", "real time".
 */

export interface VagueEntry {
  phrases: string[];
  /** What the interviewer asks: the message tail. */
  ask: string;
}

export const VAGUE: readonly VagueEntry[] = [
  { phrases: ['scalable', 'scales well', 'scale well', 'scaling well', 'highly scalable', 'scalability', '可扩展', '扩展性', '可伸缩'],
    ask: 'to what load? Give the peak (QPS, users, data size) and how it scales (sharding key, partitions)' },
  { phrases: ['highly available', 'high availability', 'high-availability', '高可用'],
    ask: 'state an RTO/RPO or availability target and the failure domain it survives' },
  { phrases: ['secure', 'securely', '安全'],
    ask: 'against which threat? Name the control (encryption, tokenization, access control)' },
  { phrases: ['fast', 'quickly', 'blazing fast', 'lightning fast', '快速'],
    ask: 'how fast? Give a latency or time target with a unit' },
  { phrases: ['real-time', 'near real-time', '实时'],
    ask: 'how fresh? Give the end-to-end delay (e.g. "< 5 s") and the pipeline that delivers it' },
  { phrases: ['low latency', 'low-latency', '低延迟', '低时延'],
    ask: 'what latency? Give a p99 target in ms' },
  { phrases: ['high performance', 'high-performance', 'performant', '高性能'],
    ask: 'what performance? Give a throughput or latency number' },
  { phrases: ['high concurrency', 'highly concurrent', 'high throughput', '高并发', '高吞吐'],
    ask: 'how much? Give the peak QPS/TPS you size for' },
  { phrases: ['robust', 'reliable', 'reliably', 'resilient', 'fault tolerant', 'fault-tolerant', 'rock-solid', 'rock solid', 'bulletproof',
    'bullet-proof', 'battle-tested', '稳定', '可靠', '鲁棒'],
    ask: 'against which failure? Name the failure mode and the mechanism or target that handles it' },
  { phrases: ['efficient', 'efficiently', '高效'],
    ask: 'efficient by what measure? Give the cost, time or throughput number' },
  { phrases: ['seamless', 'seamlessly', '无缝'],
    ask: 'what does the user no longer have to do? Name the step removed or the metric it moves' },
  { phrases: ['cloud-native', 'cloud native', '云原生'],
    ask: 'which managed services, and what does that buy you (scaling, failover, cost)?' },
  { phrases: ['microservices', 'microservice architecture', '微服务'],
    ask: 'which services, split along which boundary, and why that split?' },
  { phrases: ['AI-powered', 'AI-driven', 'AI powered', 'AI-based', '人工智能'],
    ask: 'which model does what, judged by which accuracy number?' },
  { phrases: ['machine learning', 'machine-learning', '机器学习'],
    ask: 'which model type, trained on what, at what precision/recall?' },
  { phrases: ['best practices', 'best practice', '最佳实践'],
    ask: 'which practice, concretely?' },
  { phrases: ['industry standard', 'industry-standard', 'industry standards', '行业标准'],
    ask: 'which standard, by name?' },
  { phrases: ['world-class', 'cutting-edge', 'state-of-the-art', 'enterprise-grade', 'future-proof'],
    ask: 'compared with what? Give the number that backs it' },
];

/**
 * Names, not claims: product names, categories, laws and teams that contain a vague word.
 * A vague match inside one of these is not flagged.
 */
export const NOT_CLAIMS: readonly string[] = [
  'fast-moving consumer goods', 'fast moving consumer goods', 'fast path', 'fast lane', 'fast track', 'fast-track',
  'Realtime Compute', 'Realtime Compute for Apache Flink', 'Machine Learning Platform for AI', 'Machine Learning Platform',
  'Secure Sockets Layer', 'Secure Shell', 'secure enclave',
  // "secure" the verb (to obtain): "secure a quota raise", "secure sign-off"
  'secure a', 'secure an', 'secure the', 'secure their', 'secure our', 'secure approval', 'secure budget', 'secure funding',
  'secure sign-off', 'secure buy-in', 'secure capacity', 'secure quota', 'secured a', 'secured the', 'securing a', 'securing the',
  '快速消费品', '快消品', '实时计算', '实时计算 Flink', '机器学习平台', '机器学习 PAI',
  '安全团队', '安全部', '安全组', '安全中心', '安全工程师', '安全专家', '安全负责人', '安全审计', '安全生产',
  '安全法', '数据安全法', '网络安全法', '信息安全部', '用药安全', '食品安全', '药品安全', '医疗安全', '安全库存', '安全阀',
  '稳定币',
];
