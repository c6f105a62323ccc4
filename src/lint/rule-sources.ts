/**
 * AWS pages the lint rules cite that the calculators' SOURCES (limits.ts) do not already name;
 * each rule's `source` is one of the two lists, so a page is written once.
 */
const DG = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/';
const API = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/';
const CFN_TABLE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html';

/** Rule source pages by topic. */
export const RULE_SOURCES = {
  createTableAttributeDefinitions: `${API}API_CreateTable.html#DDB-CreateTable-request-AttributeDefinitions`,
  projection: `${API}API_Projection.html`,
  streamSpecification: `${API}API_StreamSpecification.html`,
  ttl: `${DG}time-to-live-ttl-before-you-start.html`,
  queryKeyCondition: `${DG}Query.KeyConditionExpressions.html`,
  gsiOnlineOperations: `${DG}GSI.OnlineOps.html`,
  pointInTimeRecovery: `${DG}Point-in-time-recovery.html`,
  deletionProtection: `${DG}WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection`,
  namingRules: `${DG}HowItWorks.NamingRulesDataTypes.html#HowItWorks.NamingRules`,
  cfnKeySchema: `${CFN_TABLE}#cfn-dynamodb-table-keyschema`,
  cfnLocalSecondaryIndexes: `${CFN_TABLE}#cfn-dynamodb-table-localsecondaryindexes`,
  partitionKeyDesign: `${DG}bp-partition-key-design.html`,
  itemCollections: `${DG}LSI.html#LSI.ItemCollections.SizeLimit`,
  scanBestPractices: `${DG}bp-query-scan.html`,
} as const;
