/** Non-Alibaba cloud products and the Alibaba equivalents the guides expect (stack-mismatch). */

export interface StackEntry {
  /** How candidates write the product. */
  names: string[];
  /** Alibaba equivalents: naming one in the same sentence clears the finding. */
  equivalents: string[];
  /** The replacement the quick fix offers. */
  suggest: string;
}

export const STACK: readonly StackEntry[] = [
  { names: ['Kafka', 'Apache Kafka', 'Amazon MSK', 'MSK'], equivalents: ['RocketMQ', 'ApsaraMQ'], suggest: 'RocketMQ' },
  { names: ['Kubernetes', 'k8s', 'EKS', 'Amazon EKS', 'GKE', 'AKS'], equivalents: ['ACK', 'ASK', 'Container Service for Kubernetes', 'SAE', 'EDAS', '容器服务'], suggest: 'ACK' },
  { names: ['DynamoDB', 'Amazon DynamoDB'], equivalents: ['Tablestore', 'PolarDB', 'Lindorm', 'OTS'], suggest: 'Tablestore' },
  { names: ['AWS Lambda', 'Amazon Lambda', 'Lambda function', 'Lambda functions'], equivalents: ['Function Compute', '函数计算'], suggest: 'Function Compute' },
  { names: ['SQS', 'Amazon SQS', 'AWS SQS'], equivalents: ['RocketMQ', 'MNS', 'Simple Message Queue', 'ApsaraMQ'], suggest: 'RocketMQ' },
  { names: ['SNS', 'Amazon SNS', 'AWS SNS'], equivalents: ['MNS', 'EventBridge', 'RocketMQ'], suggest: 'MNS' },
  { names: ['Kinesis', 'Amazon Kinesis', 'AWS Kinesis'], equivalents: ['DataHub', 'RocketMQ', 'Realtime Compute'], suggest: 'DataHub' },
  { names: ['Aurora', 'Amazon Aurora', 'AWS Aurora'], equivalents: ['PolarDB'], suggest: 'PolarDB' },
  { names: ['Redshift', 'Amazon Redshift'], equivalents: ['Hologres', 'MaxCompute', 'AnalyticDB'], suggest: 'Hologres' },
  { names: ['AWS API Gateway', 'Amazon API Gateway', 'API Gateway on AWS'], equivalents: ['Alibaba Cloud API Gateway', '阿里云 API 网关'], suggest: 'Alibaba Cloud API Gateway' },
  { names: ['S3', 'Amazon S3', 'AWS S3'], equivalents: ['OSS'], suggest: 'OSS' },
  { names: ['ElastiCache', 'Amazon ElastiCache'], equivalents: ['Tair', 'ApsaraDB for Redis'], suggest: 'Tair' },
  { names: ['CloudWatch', 'Amazon CloudWatch'], equivalents: ['CloudMonitor', 'ARMS', 'SLS'], suggest: 'CloudMonitor' },
  { names: ['BigQuery', 'Google BigQuery'], equivalents: ['MaxCompute', 'Hologres'], suggest: 'MaxCompute' },
  { names: ['Cloud Spanner', 'Spanner'], equivalents: ['PolarDB-X', 'OceanBase'], suggest: 'OceanBase' },
  { names: ['Google Cloud Functions', 'Cloud Functions', 'Azure Functions'], equivalents: ['Function Compute'], suggest: 'Function Compute' },
  { names: ['Pub/Sub', 'Google Pub/Sub', 'Cloud Pub/Sub'], equivalents: ['RocketMQ', 'MNS'], suggest: 'RocketMQ' },
  { names: ['EC2', 'Amazon EC2'], equivalents: ['ECS'], suggest: 'ECS' },
  { names: ['Cosmos DB', 'Azure Cosmos DB'], equivalents: ['Tablestore', 'PolarDB', 'Lindorm'], suggest: 'Tablestore' },
  { names: ['Snowflake'], equivalents: ['MaxCompute', 'Hologres'], suggest: 'MaxCompute' },
];

/** Alibaba products whose names contain a non-Alibaba name: never flagged. */
export const ALIBABA_NAMES: readonly string[] = [
  'ApsaraMQ for Kafka', 'Message Queue for Apache Kafka', 'Container Service for Kubernetes', 'ACK (Container Service for Kubernetes)',
  '消息队列 Kafka 版', '容器服务 Kubernetes 版', 'Alibaba Cloud API Gateway',
];
