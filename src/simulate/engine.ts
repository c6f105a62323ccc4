import { EventHeap } from './heap.js';
import { INFINITY } from './intrinsics.js';

/** Events between two progress reports: often enough for a smooth bar, rarely enough to cost nothing. */
export const PROGRESS_EVERY_EVENTS = 65_536;

/** Receives the events the engine pops, in time order; `nowMs` is the engine's clock at that event. */
export interface EventHandler {
  /** A request-lane event: an arrival or an attempt (first try or retry). */
  onRequest(kind: number, arg: number, nowMs: number): void;
  /** A control-lane event: a phase change, a tick, a scaling step, a split. */
  onControl(kind: number, arg: number, nowMs: number): void;
}

/**
 * The simulation core, after SimPy's: it owns only the clock and two event heaps, and knows nothing
 * of DynamoDB. The request lane carries every request and retry; the control lane carries the rare
 * events (phase changes, ticks, auto scaling, splits). At equal times a control event runs first,
 * so a capacity change or a new phase at second t applies to the requests of second t.
 */
export class Engine {
  /** Simulated time in milliseconds since the start of the scenario. */
  nowMs = 0;
  /** The request lane: arrivals, attempts and retries (many). */
  readonly requests = new EventHeap(1024);
  /** The control lane: phases, ticks, UpdateTable completions (few). */
  readonly control = new EventHeap(64);
  /** Events processed so far, both lanes. */
  processed = 0;

  /** Schedules a request-lane event; times in the past are refused, as they would break causality. */
  scheduleRequest(timeMs: number, kind: number, arg: number): void {
    if (!(timeMs >= this.nowMs)) throw new RangeError(`event at ${timeMs} ms is before now (${this.nowMs} ms)`);
    this.requests.push(timeMs, kind, arg);
  }

  /** Schedules a control-lane event. */
  scheduleControl(timeMs: number, kind: number, arg: number): void {
    if (!(timeMs >= this.nowMs)) throw new RangeError(`event at ${timeMs} ms is before now (${this.nowMs} ms)`);
    this.control.push(timeMs, kind, arg);
  }

  /**
   * Runs events in (time, sequence) order until both heaps are empty. Control events later than
   * `untilMs` (milliseconds) are not run; request events always are, so that retries still in
   * flight at the end are followed to their outcome. Calls `onBatch` with the clock every
   * PROGRESS_EVERY_EVENTS events so a caller can report progress.
   */
  run(handler: EventHandler, untilMs: number, onBatch?: (nowMs: number) => void): void {
    const { requests, control } = this;
    for (;;) {
      const tc = control.peekTimeMs();
      const tr = requests.peekTimeMs();
      if (tc <= tr && tc <= untilMs) {
        control.pop();
        this.nowMs = control.poppedTimeMs;
        handler.onControl(control.poppedKind, control.poppedArg, this.nowMs);
      } else if (tr < INFINITY) {
        requests.pop();
        this.nowMs = requests.poppedTimeMs;
        handler.onRequest(requests.poppedKind, requests.poppedArg, this.nowMs);
      } else {
        return;
      }
      if (++this.processed % PROGRESS_EVERY_EVENTS === 0 && onBatch) onBatch(this.nowMs);
    }
  }
}
