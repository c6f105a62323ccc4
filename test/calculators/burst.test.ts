import { burstCapacity } from '../../src/calculators/burst.js';
import { Fraction } from '../../src/calculators/fraction.js';
import { InputError } from '../../src/errors.js';

describe('burstCapacity (§4)', () => {
  it('banks 45,000 units from 150 RCU idle for 300 s, which last 900 s at a demand of 200 RCU', () => {
    const r = burstCapacity({ provisionedPerSecond: Fraction.of(150), usedPerSecond: Fraction.ZERO, idleSeconds: 300, demandPerSecond: Fraction.of(200), unit: 'RCU' });
    expect(r.value.bankedUnits.toString()).toBe('45000');
    expect(r.value.seconds?.toString()).toBe('900');
    expect(r.steps.filter((s) => !s.assumption).map((s) => `${s.how} = ${s.result}`)).toEqual([
      '(150 − 0) RCU/s × min(300 s, 300 s) = 45,000 RCU',
      '45,000 RCU ÷ (200 − 150) RCU/s = 900 s',
    ]);
  });

  it('counts at most the last 300 seconds and only unused capacity', () => {
    const r = burstCapacity({ provisionedPerSecond: Fraction.of(150), usedPerSecond: Fraction.of(50), idleSeconds: 3600, demandPerSecond: Fraction.of(250), unit: 'RCU' });
    expect(r.value.bankedUnits.toString()).toBe('30000');
    expect(r.value.seconds?.toString()).toBe('300');
  });

  it('draws nothing when the demand fits the provisioned rate', () => {
    expect(burstCapacity({ provisionedPerSecond: Fraction.of(150), usedPerSecond: Fraction.ZERO, idleSeconds: 60, demandPerSecond: Fraction.of(150), unit: 'WCU' }).value.seconds).toBeNull();
  });

  it('refuses a use above the provisioned rate and a negative idle time', () => {
    expect(() => burstCapacity({ provisionedPerSecond: Fraction.of(1), usedPerSecond: Fraction.of(2), idleSeconds: 1, demandPerSecond: Fraction.of(3), unit: 'RCU' })).toThrow(InputError);
    expect(() => burstCapacity({ provisionedPerSecond: Fraction.of(1), usedPerSecond: Fraction.ZERO, idleSeconds: -1, demandPerSecond: Fraction.of(3), unit: 'RCU' })).toThrow(InputError);
  });
});
