import { isDefaulted } from '../../../src/model/spec/model-node.js';
import { attributeTypes, importFixture, importFixtureText, index, noteLines, table, where } from './import-helpers.js';

const CFN = 'fixtures/cloudformation';

describe('CloudFormation: a provisioned table with a GSI and auto scaling (YAML, short-form tags)', () => {
  const imported = importFixture(`${CFN}/orders-autoscaling.yaml`);
  const m = imported.model;
  const t = table(m, 'orders-prod');
  const byCustomer = index(t, 'ByCustomer');

  it('reads the table with its parameter defaults', () => {
    expect(imported.format).toBe('cloudformation');
    expect(m.origin).toBe('cloudformation');
    expect(m.tables).toHaveLength(1);
    expect(t).toMatchObject({ billing: 'provisioned', tableClass: 'standard', pointInTimeRecovery: true, deletionProtection: true, itemCount: undefined, stream: undefined, replicas: [] });
    expect({ read: t.capacity?.read, write: t.capacity?.write }).toEqual({ read: 50, write: 25 });
    expect([t.partitionKey.name, t.partitionKey.type, t.sortKey]).toEqual(['orderId', 'S', undefined]);
    expect(attributeTypes(t)).toEqual({ declared: { orderId: 'S', customerId: 'S', createdAt: 'N' }, undeclared: {} });
    expect({ attribute: t.ttl?.attribute, enabled: t.ttl?.enabled }).toEqual({ attribute: 'expiresAt', enabled: true });
    expect(t.maxThroughput).toBeUndefined();
  });

  it('reads the index: keys, include projection and capacity', () => {
    expect(t.indexes.map((x) => x.name)).toEqual(['ByCustomer']);
    expect(byCustomer).toMatchObject({ type: 'global', projection: 'include', include: ['status', 'total'] });
    expect([byCustomer.partitionKey.name, byCustomer.partitionKey.type, byCustomer.sortKey?.name, byCustomer.sortKey?.type]).toEqual(['customerId', 'S', 'createdAt', 'N']);
    expect({ read: byCustomer.capacity?.read, write: byCustomer.capacity?.write }).toEqual({ read: 20, write: 25 });
  });

  it('attaches the scalable targets and target-tracking policies to the table and the index', () => {
    const policy = (p: { min: number; max: number; target: { toString(): string } } | undefined): unknown => p && [p.min, p.max, p.target.toString()];
    expect(policy(t.autoscaling?.read)).toEqual([50, 2000, '7/10']);
    expect(policy(t.autoscaling?.write)).toEqual([25, 1000, '7/10']);
    expect(policy(byCustomer.autoscaling?.write)).toEqual([25, 1000, '3/5']);
    expect(byCustomer.autoscaling?.read).toBeUndefined();
  });

  it('locates every node in the template, at the exact line and column', () => {
    expect(t.path).toBe('/Resources/OrdersTable');
    expect(where(m, t)).toBe('25:5');
    // A tagged value is located at its tag (`!Sub "orders-…"` at `!Sub`).
    expect(where(m, t, 'name')).toBe('29:18');
    expect(where(m, t, 'billing')).toBe('30:20');
    expect(t.partitionKey.path).toBe('/Resources/OrdersTable/Properties/KeySchema/0/AttributeName');
    expect(where(m, t.partitionKey)).toBe('39:26');
    expect(where(m, t.partitionKey, 'type')).toBe('33:26');
    expect(t.attributes.map((a) => where(m, a))).toEqual(['32:11', '34:11', '36:11']);
    expect(where(m, t.capacity!, 'read')).toBe('42:28');
    expect(where(m, byCustomer)).toBe('45:11');
    expect(where(m, byCustomer, 'name')).toBe('45:22');
    expect(where(m, byCustomer.sortKey!)).toBe('49:30');
    expect(where(m, byCustomer, 'projection')).toBe('52:29');
    expect(where(m, byCustomer, 'include')).toBe('53:31');
    expect(where(m, byCustomer.capacity!, 'write')).toBe('56:33');
    expect(where(m, t.ttl!, 'attribute')).toBe('58:24');
    expect(where(m, t, 'pointInTimeRecovery')).toBe('61:37');
    // The branch of !If that applies.
    expect(where(m, t, 'deletionProtection')).toBe('62:47');
    expect(where(m, t.autoscaling!.read!)).toBe('72:5');
    expect(where(m, t.autoscaling!.read!, 'min')).toBe('77:20');
    expect(where(m, t.autoscaling!.read!, 'target')).toBe('86:22');
    expect(where(m, byCustomer.autoscaling!.write!, 'target')).toBe('122:22');
  });

  it('says which values came from parameter defaults and conditions', () => {
    expect(noteLines(imported)).toEqual([
      '29:18 OrdersTable.TableName: !Sub orders-${Environment} is taken as "orders-prod": parameter Environment = prod (its Default)',
      '42:28 OrdersTable.ProvisionedThroughput.ReadCapacityUnits: !Ref TableReadCapacity is taken as 50: parameter TableReadCapacity = 50 (its Default)',
      '43:29 OrdersTable.ProvisionedThroughput.WriteCapacityUnits: !Ref TableWriteCapacity is taken as 25: parameter TableWriteCapacity = 25 (its Default)',
      '62:34 OrdersTable.DeletionProtectionEnabled: !If [IsProd, true, false] is taken as true: parameter Environment = prod (its Default); condition IsProd is true',
    ]);
  });
});

describe('SAM: AWS::Serverless::SimpleTable with its defaults', () => {
  const imported = importFixture(`${CFN}/sam-app.yaml`);
  const m = imported.model;

  it('reads the declared key, and SAM\'s String "id" key when none is given; both on demand', () => {
    expect(m.tables.map((t) => t.name)).toEqual(['links-dev', 'ClicksTable']);
    const links = table(m, 'links-dev');
    expect(links).toMatchObject({ billing: 'on-demand', pointInTimeRecovery: true, deletionProtection: false, indexes: [], sortKey: undefined, capacity: undefined });
    expect([links.partitionKey.name, links.partitionKey.type]).toEqual(['code', 'S']);
    expect(attributeTypes(links)).toEqual({ declared: { code: 'S' }, undeclared: {} });
    const clicks = table(m, 'ClicksTable');
    expect(clicks).toMatchObject({ billing: 'on-demand', pointInTimeRecovery: false });
    expect([clicks.partitionKey.name, clicks.partitionKey.type]).toEqual(['id', 'S']);
    expect(isDefaulted(clicks, 'pointInTimeRecovery')).toBe(true);
  });

  it('locates the key at PrimaryKey and the defaults at the resource', () => {
    const links = table(m, 'links-dev');
    expect(where(m, links.partitionKey)).toBe('23:15');
    expect(where(m, links.partitionKey, 'type')).toBe('24:15');
    expect(where(m, links, 'billing')).toBe('19:5');
    const clicks = table(m, 'ClicksTable');
    expect(where(m, clicks)).toBe('34:5');
    expect(where(m, clicks, 'name')).toBe('34:5');
    expect(where(m, clicks.partitionKey)).toBe('34:5');
  });

  it('names a table without TableName after its logical ID, with a note', () => {
    expect(noteLines(imported)).toEqual([
      '21:18 LinksTable.TableName: !Sub links-${Stage} is taken as "links-dev": parameter Stage = dev (its Default)',
      '34:5 ClicksTable: no TableName: CloudFormation names the table when it creates it; the spec names it ClicksTable, after its logical ID',
    ]);
  });

  it('bills a SimpleTable with ProvisionedThroughput as provisioned', () => {
    const text = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      PrimaryKey: { Name: n, Type: Number }\n      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 }\n';
    const t = importFixtureText(text).tables[0]!;
    expect([t.billing, t.capacity?.read, t.capacity?.write, t.partitionKey.name, t.partitionKey.type]).toEqual(['provisioned', 5, 2, 'n', 'N']);
  });
});

describe('a multi-table stack: orders and customers with LSIs and streams', () => {
  const imported = importFixture(`${CFN}/multi-table.yaml`);
  const m = imported.model;
  const orders = table(m, 'shop-dev-orders');
  const customers = table(m, 'shop-dev-customers');

  it('imports one model with both tables, in template order', () => {
    expect(m.tables.map((t) => t.name)).toEqual(['shop-dev-orders', 'shop-dev-customers']);
  });

  it('reads the orders table: on demand, two local indexes, a stream of both images', () => {
    expect(orders).toMatchObject({ billing: 'on-demand', capacity: undefined, pointInTimeRecovery: true, deletionProtection: true });
    expect([orders.partitionKey.name, orders.sortKey?.name]).toEqual(['customerId', 'orderId']);
    expect(orders.stream?.viewType).toBe('NEW_AND_OLD_IMAGES');
    expect(orders.indexes.map((x) => [x.name, x.type, x.partitionKey.name, x.sortKey?.name, x.projection])).toEqual([
      ['ByDate', 'local', 'customerId', 'orderDate', 'all'],
      ['ByStatus', 'local', 'customerId', 'status', 'keys-only'],
    ]);
  });

  it('reads the customers table with capacity from a mapping and a local index with an include projection', () => {
    expect(customers).toMatchObject({ billing: 'provisioned' });
    expect([customers.capacity?.read, customers.capacity?.write]).toEqual([5, 5]);
    expect(customers.stream?.viewType).toBe('NEW_IMAGE');
    expect(customers.indexes.map((x) => [x.name, x.type, x.sortKey?.name, x.projection, x.include])).toEqual([['ByEmail', 'local', 'email', 'include', ['name', 'plan']]]);
  });

  it('locates flow-style nodes', () => {
    expect(where(m, orders, 'name')).toBe('29:18');
    expect(where(m, orders.sortKey!)).toBe('38:28');
    expect(where(m, orders.sortKey!, 'type')).toBe('33:52');
    expect(where(m, index(orders, 'ByStatus').sortKey!)).toBe('49:32');
    expect(where(m, orders.stream!, 'viewType')).toBe('53:25');
    expect(where(m, customers.capacity!, 'read')).toBe('71:28');
  });
});

describe('AWS::DynamoDB::GlobalTable: replicas and per-replica settings', () => {
  const imported = importFixture(`${CFN}/global-table.yaml`);
  const m = imported.model;
  const t = table(m, 'game-sessions');
  const byServer = index(t, 'ByServer');

  it('lists every replica region, the stack region taken as us-east-1, with their table classes', () => {
    expect(t.replicas.map((r) => [r.region, r.tableClass])).toEqual([
      ['us-east-1', 'standard'],
      ['eu-west-1', 'standard'],
      ['ap-southeast-2', 'standard-ia'],
    ]);
    expect(t.tableClass).toBe('standard');
  });

  it('reads write auto scaling once for the table and the index, and reads from the first replica', () => {
    expect(t.billing).toBe('provisioned');
    expect([t.autoscaling?.write?.min, t.autoscaling?.write?.max, t.autoscaling?.write?.target.toString()]).toEqual([50, 4000, '13/20']);
    expect([t.autoscaling?.read?.min, t.autoscaling?.read?.max, t.autoscaling?.read?.target.toString()]).toEqual([100, 8000, '7/10']);
    // The table starts from SeedCapacity for writes, MinCapacity for auto scaled reads.
    expect([t.capacity?.read, t.capacity?.write]).toEqual([100, 100]);
    expect([byServer.capacity?.read, byServer.capacity?.write]).toEqual([40, 10]);
    expect([byServer.autoscaling?.write?.min, byServer.autoscaling?.write?.max, byServer.autoscaling?.read]).toEqual([10, 500, undefined]);
  });

  it('turns point-in-time recovery and deletion protection on when every replica does', () => {
    expect([t.pointInTimeRecovery, t.deletionProtection]).toEqual([true, true]);
    expect({ attribute: t.ttl?.attribute, enabled: t.ttl?.enabled }).toEqual({ attribute: 'expiresAt', enabled: true });
    expect(t.stream?.viewType).toBe('NEW_AND_OLD_IMAGES');
  });

  it('locates replica settings', () => {
    expect(where(m, t.replicas[1]!, 'region')).toBe('79:19');
    expect(where(m, t.autoscaling!.write!, 'target')).toBe('48:26');
    expect(where(m, t.capacity!, 'write')).toBe('44:25');
    expect(where(m, byServer.autoscaling!.write!, 'min')).toBe('38:28');
  });

  it('notes the assumed region and the replicas whose settings the spec cannot hold', () => {
    expect(noteLines(imported)).toEqual([
      '54:24 Sessions.TimeToLiveSpecification.AttributeName: !Ref SessionTtlAttribute is taken as "expiresAt": parameter SessionTtlAttribute = expiresAt (its Default)',
      "61:19 Sessions.Replicas[0].Region: the stack's region is known only when the stack is deployed; the replica is taken to be in us-east-1, the region of ddb-plan's prices",
      "85:13 Sessions.Replicas[1].ReadProvisionedThroughputSettings: replicas differ in read settings; the spec holds one value per table, the first replica's",
      "98:15 Sessions.Replicas[2].GlobalSecondaryIndexes[0]: replicas differ in the read settings of the index ByServer; the spec holds one value per table, the first replica's",
    ]);
  });

  it('turns point-in-time recovery off when one replica leaves it off, located at that replica', () => {
    const text = `Resources:
  G:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      Replicas:
        - Region: us-east-1
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
        - Region: eu-west-1
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false }
`;
    const model = importFixtureText(text);
    const g = model.tables[0]!;
    expect([g.pointInTimeRecovery, g.billing, g.replicas.map((r) => r.region)]).toEqual([false, 'on-demand', ['us-east-1', 'eu-west-1']]);
    expect(where(model, g, 'pointInTimeRecovery')).toBe('12:75');
  });
});

describe('a JSON template', () => {
  const imported = importFixture(`${CFN}/inventory.json`);
  const m = imported.model;
  const t = table(m, 'inventory');

  it('reads an on-demand table with maximum throughput, a GSI, TTL and the Standard-IA class', () => {
    expect(t).toMatchObject({ billing: 'on-demand', tableClass: 'standard-ia', pointInTimeRecovery: true, deletionProtection: true });
    // MaxWriteRequestUnits -1 means no maximum.
    expect([t.maxThroughput?.read, t.maxThroughput?.write]).toEqual([3000, undefined]);
    const gsi = index(t, 'ByWarehouseRestock');
    expect([gsi.projection, gsi.include, gsi.maxThroughput?.read, gsi.maxThroughput?.write]).toEqual(['include', ['quantity'], 500, 1000]);
    expect({ attribute: t.ttl?.attribute, enabled: t.ttl?.enabled }).toEqual({ attribute: 'reservationExpiresAt', enabled: true });
  });

  it('locates nodes at their JSON positions', () => {
    expect(where(m, t)).toBe('12:23');
    expect(where(m, t, 'name')).toBe('16:22');
    expect(where(m, t.partitionKey)).toBe('28:30');
    expect(where(m, t.sortKey!, 'type')).toBe('24:62');
    expect(where(m, t.maxThroughput!, 'read')).toBe('19:34');
    expect(where(m, index(t, 'ByWarehouseRestock'))).toBe('32:11');
    expect(where(m, t, 'tableClass')).toBe('45:23');
  });
});

describe('bad templates: each has exactly one defect, kept in the model for lint', () => {
  type Defect = 'missing-definition' | 'unused-definition' | 'lsi-without-sort-key' | 'more-than-5-lsis' | 'more-than-20-gsis' | 'capacity-on-demand' | 'stream-without-view-type' | 'ttl-not-number' | 'invalid-name' | 'pitr-off' | 'deletion-protection-off';
  const NAME = /^[A-Za-z0-9_.-]{3,255}$/;

  /** Lists the design defects of a model that lint rules of issue 3 report (a check of the fixtures, not the rules). */
  function defects(file: string): Defect[] {
    const found = new Set<Defect>();
    for (const t of importFixture(file).model.tables) {
      const keys = [t.partitionKey, t.sortKey, ...t.indexes.flatMap((x) => [x.partitionKey, x.sortKey])].filter((k) => k !== undefined);
      if (keys.some((k) => k.type === undefined)) found.add('missing-definition');
      if (t.attributes.some((a) => a.declared && !keys.some((k) => k.name === a.name))) found.add('unused-definition');
      const locals = t.indexes.filter((x) => x.type === 'local');
      if (locals.length > 0 && t.sortKey === undefined) found.add('lsi-without-sort-key');
      if (locals.length > 5) found.add('more-than-5-lsis');
      if (t.indexes.length - locals.length > 20) found.add('more-than-20-gsis');
      if (t.billing === 'on-demand' && (t.capacity !== undefined || t.indexes.some((x) => x.capacity !== undefined))) found.add('capacity-on-demand');
      if (t.stream !== undefined && t.stream.viewType === undefined) found.add('stream-without-view-type');
      if (t.ttl !== undefined && t.attributes.some((a) => a.name === t.ttl?.attribute && a.declared && a.type !== 'N')) found.add('ttl-not-number');
      if (![t.name, ...t.indexes.map((x) => x.name)].every((n) => NAME.test(n))) found.add('invalid-name');
      if (!t.pointInTimeRecovery) found.add('pitr-off');
      if (!t.deletionProtection) found.add('deletion-protection-off');
    }
    return [...found];
  }

  it.each([
    ['bad-attribute-definition-missing.yaml', 'missing-definition'],
    ['bad-unused-attribute-definition.yaml', 'unused-definition'],
    ['bad-lsi-without-sort-key.yaml', 'lsi-without-sort-key'],
    ['bad-six-lsis.yaml', 'more-than-5-lsis'],
    ['bad-21-gsis.yaml', 'more-than-20-gsis'],
    ['bad-pay-per-request-with-provisioned-throughput.yaml', 'capacity-on-demand'],
    ['bad-stream-without-view-type.yaml', 'stream-without-view-type'],
    ['bad-ttl-on-string-attribute.yaml', 'ttl-not-number'],
    ['bad-invalid-table-name.yaml', 'invalid-name'],
    ['bad-invalid-index-name.yaml', 'invalid-name'],
  ])('%s has one defect: %s', (file, defect) => {
    expect(defects(`${CFN}/${file}`)).toEqual([defect]);
  });

  it('the good templates have none but what their design says (SAM cannot protect a SimpleTable from deletion)', () => {
    expect(defects(`${CFN}/orders-autoscaling.yaml`)).toEqual([]);
    expect(defects(`${CFN}/multi-table.yaml`)).toEqual([]);
    expect(defects(`${CFN}/global-table.yaml`)).toEqual([]);
    expect(defects(`${CFN}/inventory.json`)).toEqual([]);
    expect(defects(`${CFN}/sam-app.yaml`)).toEqual(['deletion-protection-off', 'pitr-off']);
  });

  it('locates each defect where a finding should point', () => {
    const at = (file: string): { m: ReturnType<typeof importFixture>['model']; t: ReturnType<typeof table> } => {
      const m = importFixture(`${CFN}/${file}`).model;
      return { m, t: m.tables[0]! };
    };
    const missing = at('bad-attribute-definition-missing.yaml');
    const status = missing.t.indexes[0]!.partitionKey;
    expect([status.name, status.type, where(missing.m, status), where(missing.m, status, 'type')]).toEqual(['status', undefined, '21:30', '21:30']);
    expect(attributeTypes(missing.t)).toEqual({ declared: { ticketId: 'S' }, undeclared: { status: undefined } });
    const unused = at('bad-unused-attribute-definition.yaml');
    const email = unused.t.attributes.find((a) => a.name === 'email')!;
    expect([email.declared, where(unused.m, email), where(unused.m, email, 'name')]).toEqual([true, '15:11', '15:26']);
    const lsi = at('bad-lsi-without-sort-key.yaml');
    expect([lsi.t.sortKey, where(lsi.m, lsi.t.indexes[0]!)]).toEqual([undefined, '21:11']);
    const six = at('bad-six-lsis.yaml');
    expect([six.t.indexes.length, where(six.m, six.t.indexes[5]!, 'name')]).toEqual([6, '75:22']);
    const ppr = at('bad-pay-per-request-with-provisioned-throughput.yaml');
    expect([ppr.t.capacity?.read, where(ppr.m, ppr.t.capacity!), where(ppr.m, ppr.t, 'billing')]).toEqual([10, '18:9', '16:20']);
    const stream = at('bad-stream-without-view-type.yaml');
    expect([stream.t.stream?.viewType, where(stream.m, stream.t.stream!), where(stream.m, stream.t.stream!, 'viewType')]).toEqual([undefined, '19:9', '19:9']);
    const ttl = at('bad-ttl-on-string-attribute.yaml');
    expect([ttl.t.ttl?.attribute, where(ttl.m, ttl.t.ttl!, 'attribute'), where(ttl.m, ttl.t.attributes[2]!, 'type')]).toEqual(['expiresAt', '32:24', '18:26']);
    const name = at('bad-invalid-table-name.yaml');
    expect([name.t.name, where(name.m, name.t, 'name')]).toEqual(['product reviews', '9:18']);
    const gsis = at('bad-21-gsis.yaml');
    expect([gsis.t.indexes.length, where(gsis.m, gsis.t.indexes[20]!, 'name')]).toEqual([21, '182:22']);
  });
});
