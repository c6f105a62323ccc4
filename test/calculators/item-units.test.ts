import fc from 'fast-check';
import { bytesToSaveUnit, itemUnits, itemUnitsValue, trimSaving } from '../../src/calculators/item-units.js';
import { itemReadUnits } from '../../src/calculators/read-units.js';
import { readBlocks, writeBlocks } from '../../src/calculators/units.js';
import { itemWriteUnits } from '../../src/calculators/write-units.js';

describe('itemUnits (DYNAMODB-RULES.md §2, §3)', () => {
  it('prices a 1,030-byte item at 2 WCU and says to trim 6 bytes', () => {
    const r = itemUnits(1030);
    expect(r.value).toEqual({
      wcu: 2,
      wcuTransactional: 4,
      rcu: { strong: 1, eventual: 0.5, transactional: 2 },
      trimToSaveWcu: 6,
      trimToSaveRcu: null,
      nearWriteBoundary: true,
      nearReadBoundary: false,
    });
    expect(r.steps.map((s) => `${s.what}: ${s.how ?? ''} = ${s.result}`)).toEqual([
      'Write blocks of 1 KB for the item: ceil(1,030 B ÷ 1,024 B) = 2 blocks',
      'Write units: 2 × 1 WCU = 2 WCU',
      'Write units (transactional): 2 × 2 WCU = 4 WCU',
      'Read blocks of 4 KB: ceil(1,030 B ÷ 4,096 B) = 1 block',
      'Read units for one item (strongly consistent): 1 × 1 RCU = 1 RCU',
      'Read units for one item (eventually consistent): 1 × 0.5 RCU = 0.5 RCU',
      'Read units for one item (transactional): 1 × 2 RCU = 2 RCU',
      'Bytes to trim to save a write unit: 1,030 B − 1,024 B (1 × 1,024 B) = 6 B',
    ]);
  });

  it.each([
    // bytes, wcu, rcu strong, trim wcu, trim rcu, near write, near read
    [0, 1, 1, null, null, false, false],
    [1024, 1, 1, null, null, false, false],
    [1025, 2, 1, 1, null, true, false],
    [1126, 2, 1, 102, null, true, false],
    [1127, 2, 1, 103, null, false, false],
    [2048, 2, 1, 1024, null, false, false],
    [4096, 4, 1, 1024, null, false, false],
    [4100, 5, 2, 4, 4, true, true],
    [4505, 5, 2, 409, 409, false, true],
    [4506, 5, 2, 410, 410, false, false],
    [409_600, 400, 100, 1024, 4096, false, false],
  ])('%i B: %i WCU, %i RCU strong, trim %p / %p', (bytes, wcu, strong, trimW, trimR, nearW, nearR) => {
    const v = itemUnits(bytes).value;
    expect([v.wcu, v.rcu.strong, v.trimToSaveWcu, v.trimToSaveRcu, v.nearWriteBoundary, v.nearReadBoundary]).toEqual([wcu, strong, trimW, trimR, nearW, nearR]);
    expect(v.rcu.eventual).toBe(strong / 2);
    expect(v.rcu.transactional).toBe(strong * 2);
    expect(v.wcuTransactional).toBe(wcu * 2);
  });

  it.each([
    // bytes, block, trim, boundary, WCU after, RCU strong after, RCU eventual after
    [1030, 1024, 6, 1024, 1, 1, 0.5],
    [4100, 1024, 4, 4096, 4, 1, 0.5],
    [4100, 4096, 4, 4096, 4, 1, 0.5],
    [8192, 4096, 4096, 4096, 4, 1, 0.5],
    [12_300, 4096, 12, 12_288, 12, 3, 1.5],
  ])('trimming %i B to its %i B boundary: %i B off, %i B left, %i WCU, %i / %d RCU', (bytes, block, trim, boundary, wcu, strong, eventual) => {
    const saving = trimSaving(bytes, block);
    expect(saving && { trimBytes: saving.trimBytes, boundaryBytes: saving.boundaryBytes, wcu: saving.unitsAfter.wcu, rcu: saving.unitsAfter.rcu }).toEqual({
      trimBytes: trim,
      boundaryBytes: boundary,
      wcu,
      rcu: { strong, eventual, transactional: strong * 2 },
    });
  });

  it('has no trim saving for an item that fits one block', () => {
    expect([trimSaving(1024, 1024), trimSaving(0, 1024), trimSaving(4096, 4096)]).toEqual([null, null, null]);
  });

  it('trims exactly the bytes that save one block, never fewer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 409_600 }), fc.constantFrom(1024, 4096), (bytes, block) => {
        const trim = bytesToSaveUnit(bytes, block);
        const blocks = block === 1024 ? writeBlocks : readBlocks;
        if (trim === null) return blocks(bytes) === 1;
        return blocks(bytes - trim) === blocks(bytes) - 1 && blocks(bytes - trim + 1) === blocks(bytes);
      }),
    );
  });
});

describe('itemUnitsValue', () => {
  it('gives the same units as the calculators that explain them, for every size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * 409_600 }), (bytes) => {
        const v = itemUnitsValue(bytes);
        const explained = [itemWriteUnits(bytes), itemWriteUnits(bytes, 'transactional'), itemReadUnits(bytes, 'strong'), itemReadUnits(bytes, 'eventual'), itemReadUnits(bytes, 'transactional')];
        expect([v.wcu, v.wcuTransactional, v.rcu.strong, v.rcu.eventual, v.rcu.transactional]).toEqual(explained.map((c) => c.value.toNumber()));
        expect(itemUnits(bytes).value).toEqual(v);
      }),
    );
  });
});
