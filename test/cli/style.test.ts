import { chooseStyle } from '../../src/cli/format/style.js';
import { runCli } from '../helpers/run-cli.js';

type Env = Readonly<Record<string, string>>;

describe('chooseStyle', () => {
  it.each<[string, { noColor?: boolean; isTTY: boolean; env?: Env }, 0 | 1 | 2 | 3]>([
    ['a terminal', { isTTY: true }, 1],
    ['a true-colour terminal', { isTTY: true, env: { COLORTERM: 'truecolor' } }, 3],
    ['a pipe', { isTTY: false }, 0],
    ['a pipe with FORCE_COLOR=1', { isTTY: false, env: { FORCE_COLOR: '1' } }, 1],
    ['a pipe with FORCE_COLOR=true', { isTTY: false, env: { FORCE_COLOR: 'true' } }, 1],
    ['a pipe with FORCE_COLOR=3', { isTTY: false, env: { FORCE_COLOR: '3' } }, 3],
    ['a pipe with FORCE_COLOR empty', { isTTY: false, env: { FORCE_COLOR: '' } }, 0],
    ['a terminal with FORCE_COLOR=0', { isTTY: true, env: { FORCE_COLOR: '0' } }, 0],
    ['a terminal with FORCE_COLOR=false', { isTTY: true, env: { FORCE_COLOR: 'false' } }, 0],
    ['a terminal with NO_COLOR', { isTTY: true, env: { NO_COLOR: '1' } }, 0],
    ['a terminal with NO_COLOR empty', { isTTY: true, env: { NO_COLOR: '' } }, 1],
    ['NO_COLOR and FORCE_COLOR', { isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, 0],
    ['--no-color on a terminal', { isTTY: true, noColor: true }, 0],
    ['--no-color and FORCE_COLOR', { isTTY: false, noColor: true, env: { FORCE_COLOR: '1' } }, 0],
    ['a TERM=dumb terminal', { isTTY: true, env: { TERM: 'dumb' } }, 0],
    ['a TERM=dumb terminal with FORCE_COLOR=1', { isTTY: true, env: { TERM: 'dumb', FORCE_COLOR: '1' } }, 1],
  ])('%s: chalk level %i, and colours exactly when the level is above 0', (_name, input, level) => {
    const style = chooseStyle({ noColor: input.noColor ?? false, isTTY: input.isTTY, env: input.env ?? {} });
    expect(style.color.level).toBe(level);
    expect(style.colorEnabled).toBe(level > 0);
    expect(style.color.red('x')).toBe(level > 0 ? '\u001b[31mx\u001b[39m' : 'x');
  });

  it('keeps colorEnabled in step with the chalk level', () => {
    const style = chooseStyle({ noColor: false, isTTY: true, env: {} });
    style.color.level = 0;
    expect(style.colorEnabled).toBe(false);
  });

  it('takes the width of the terminal, 100 columns when unknown', () => {
    expect(chooseStyle({ noColor: false, isTTY: true, env: {}, columns: 132 }).width).toBe(132);
    expect(chooseStyle({ noColor: false, isTTY: false, env: {} }).width).toBe(100);
    // A pty of unknown size (script, some CI runners) reports 0 columns.
    expect(chooseStyle({ noColor: false, isTTY: true, env: {}, columns: 0 }).width).toBe(100);
  });
});

describe('colour on the command line', () => {
  const argv = ['partitions', '--rcu', '3000'];
  const bold = '\u001b[1m1\u001b[22m';

  it.each<[string, string[], { isTTY: boolean; env?: Env }, boolean]>([
    ['a terminal', [], { isTTY: true }, true],
    ['a pipe', [], { isTTY: false }, false],
    ['a pipe with FORCE_COLOR=1', [], { isTTY: false, env: { FORCE_COLOR: '1' } }, true],
    ['a terminal with NO_COLOR=1', [], { isTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a terminal with FORCE_COLOR=0', [], { isTTY: true, env: { FORCE_COLOR: '0' } }, false],
    ['--no-color on a terminal with FORCE_COLOR=1', ['--no-color'], { isTTY: true, env: { FORCE_COLOR: '1' } }, false],
  ])('%s %j: coloured %p', async (_name, flags, options, coloured) => {
    const run = await runCli([...argv, ...flags], options);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout.includes(bold)).toBe(coloured);
    expect(run.stdout.includes('\u001b[')).toBe(coloured);
  });
});
