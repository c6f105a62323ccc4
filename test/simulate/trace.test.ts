import { InputError } from '../../src/errors.js';
import { MAX_TRACE_PROBLEMS, parseTrace } from '../../src/simulate/trace.js';
import { aRawScenario, design, parseRaw, problemsOf, run } from './helpers.js';

function traceProblems(text: string, file = 'requests.csv'): string[] {
  try {
    parseTrace(text, file);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.location.file}:${p.location.line ?? ''}:${p.location.column ?? ''}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('trace files', () => {
  it('reads CSV with its columns in any order, extra columns, quoted keys and durations as times', () => {
    const t = parseTrace('key,bytes,operation,time,note\n"a,b",100,write,0.5,x\nc,4096,GetItem,1500ms,\n"a,b",2048,PutItem,2,"say ""hi"""\n', 'r.csv');
    expect(t.count).toBe(3);
    expect([...t.timesMs]).toEqual([500, 1500, 2000]);
    expect(t.keys).toEqual(['a,b', 'c']);
    expect([...t.keyIds]).toEqual([0, 1, 0]);
    expect([...t.bytes]).toEqual([100, 4096, 2048]);
  });

  it('reads JSON Lines', () => {
    const t = parseTrace('{"time": 0, "operation": "write", "key": "k1", "bytes": 10}\n\n{"time": "2s", "operation": "read", "key": 7, "bytes": 4096, "extra": true}\n', 'r.jsonl');
    expect(t.count).toBe(2);
    expect([...t.timesMs]).toEqual([0, 2000]);
    expect(t.keys).toEqual(['k1', '7']);
  });

  it('reports an unsorted line at its time', () => {
    expect(traceProblems('time,operation,key,bytes\n1,write,a,10\n2,write,a,10\n1.5,write,a,10\n')).toEqual([
      'requests.csv:4:1: time 1.5 s is earlier than the line before (2 s); a trace must be sorted by time',
    ]);
  });

  it('reports every malformed line with the column of the bad field', () => {
    const text = 'time,operation,key,bytes\nsoon,write,a,10\n1,Scan,a,10\n2,write,,10\n3,write,a,1.5\n4,write,a\n5,write,"a,10\n6,write,a,500000\n';
    expect(traceProblems(text)).toEqual([
      'requests.csv:2:1: invalid time "soon": expected seconds from the start (12.5) or a duration (1500ms)',
      'requests.csv:3:3: unknown operation "Scan"; expected one of read, write, GetItem, Query, TransactGetItems, PutItem, UpdateItem, DeleteItem, TransactWriteItems',
      'requests.csv:4:9: the key is empty; a partition-key value has at least one byte',
      'requests.csv:5:11: invalid bytes "1.5": expected a whole number of bytes',
      'requests.csv:6:10: expected 4 columns, found 3 (missing bytes)',
      'requests.csv:7:9: unterminated quoted field: no closing "',
      'requests.csv:8:11: bytes 500000 is above the 400 KB item limit (409600)',
    ]);
  });

  it('reports bad JSON Lines at the bad value', () => {
    expect(traceProblems('{"time": 0, "operation": "write", "key": "a", "bytes": 1}\n{"time": 1, "operation": "write", "key": "a", "bytes": "big"}\n{"time": 2, "operation": "write"\n[1, 2]\n', 'r.jsonl')).toEqual([
      'r.jsonl:2:56: "bytes" must be a number',
      'r.jsonl:3:33: invalid JSON',
      'r.jsonl:4:1: expected a JSON object {"time", "operation", "key", "bytes"} on each line',
    ]);
  });

  it('needs a header naming the four columns, and at least one request', () => {
    expect(traceProblems('when,operation,key,bytes\n1,write,a,1\n')).toEqual(['requests.csv:1:1: the header must name the columns time, operation, key, bytes; missing time']);
    expect(traceProblems('time,operation,key,bytes\n')).toEqual(['requests.csv:1:1: the trace has no requests']);
  });

  it(`stops listing after ${MAX_TRACE_PROBLEMS} problems and says how many more`, () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${i},bad,a,1`);
    const problems = traceProblems(`time,operation,key,bytes\n${lines.join('\n')}\n`);
    expect(problems).toHaveLength(MAX_TRACE_PROBLEMS + 1);
    expect(problems[MAX_TRACE_PROBLEMS]).toBe('requests.csv::: … and 10 more problems in this trace');
  });
});

describe('trace workloads in a scenario', () => {
  const raw = (extra: Record<string, unknown> = {}): Record<string, unknown> =>
    aRawScenario({ duration: undefined, workload: [{ name: 'replay', trace: 'requests.csv', ...extra }] });

  it('replays the trace as given, and runs until its last request when the scenario has no duration', () => {
    const lines = ['time,operation,key,bytes'];
    for (let i = 0; i < 3000; i++) lines.push(`${(i / 1000).toFixed(3)},write,hot,1024`);
    const s = parseRaw(raw(), { 'requests.csv': `${lines.join('\n')}\n` });
    expect(s.durationMs).toBe(3000);
    const d = design(run(s));
    expect(d.offered).toBe(3000);
    // One key at 1,000 writes/s of 1 WCU: exactly at its partition's ceiling, never above it.
    expect(d.succeeded).toBe(3000);
    expect(d.timeline.map((x) => x.offered)).toEqual([1000, 1000, 1000]);
  });

  it('positions trace problems in the trace file, and refuses generator fields on a trace entry', () => {
    expect(problemsOf(raw(), { 'requests.csv': 'time,operation,key,bytes\n2,write,a,1\n1,write,a,1\n' })).toEqual([
      'requests.csv:3:1: time 1 s is earlier than the line before (2 s); a trace must be sorted by time',
    ]);
    expect(problemsOf(raw({ rate: 10 }), { 'requests.csv': 'time,operation,key,bytes\n1,write,a,1\n' })).toEqual([
      '17:7: rate does not apply to a trace: the trace gives each request\'s time, operation, key and bytes',
    ]);
    expect(problemsOf(raw())).toEqual(['16:16: trace file requests.csv: not read']);
  });
});
