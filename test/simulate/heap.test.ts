import fc from 'fast-check';
import { Engine } from '../../src/simulate/engine.js';
import { EventHeap } from '../../src/simulate/heap.js';

describe('event heap', () => {
  it('pops by time, and by insertion order at equal times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const heap = new EventHeap(2);
        times.forEach((t, i) => heap.push(t, 0, i));
        const popped: Array<[number, number]> = [];
        while (heap.pop()) popped.push([heap.poppedTimeMs, heap.poppedArg]);
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(popped).toEqual(expected);
      }),
    );
  });

  it('reports Infinity as the time of an empty heap', () => {
    const heap = new EventHeap();
    expect(heap.peekTimeMs()).toBe(Infinity);
    expect(heap.pop()).toBe(false);
  });
});

describe('engine', () => {
  it('runs control events before request events at the same time, and stops control events after the end', () => {
    const engine = new Engine();
    const seen: string[] = [];
    engine.scheduleRequest(1000, 1, 0);
    engine.scheduleControl(1000, 7, 0);
    engine.scheduleControl(500, 8, 0);
    engine.scheduleControl(3000, 9, 0);
    engine.scheduleRequest(2500, 2, 0);
    engine.run(
      {
        onRequest: (kind, _arg, now) => seen.push(`request ${kind} at ${now}`),
        onControl: (kind, _arg, now) => seen.push(`control ${kind} at ${now}`),
      },
      2000,
    );
    expect(seen).toEqual(['control 8 at 500', 'control 7 at 1000', 'request 1 at 1000', 'request 2 at 2500']);
  });

  it('refuses to schedule into the past', () => {
    const engine = new Engine();
    engine.scheduleRequest(10, 1, 0);
    const errors: unknown[] = [];
    const tryPast = (): void => {
      try {
        engine.scheduleRequest(5, 1, 0);
      } catch (e) {
        errors.push(e);
      }
    };
    engine.run({ onRequest: tryPast, onControl: () => undefined }, 100);
    // The handler ran once, at 10 ms, and its event at 5 ms was refused, not run.
    expect(errors).toEqual([expect.any(RangeError)]);
    expect(engine.nowMs).toBe(10);
    expect(engine.processed).toBe(1);
  });
});
