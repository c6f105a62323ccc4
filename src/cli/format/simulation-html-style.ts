/**
 * The style sheet of the HTML simulation report: system fonts, light and dark colours
 * (prefers-color-scheme; print always uses the light ones), plot line colours and dashes by class
 * (dashes too, so lines stay apart in grey print and for colour-blind readers), and print rules.
 */
export const SIMULATION_HTML_STYLE = `
:root {
  color-scheme: light dark;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --rule: #d1d9e0; --grid: #e8ebef;
  --offered: #0969da; --succeeded: #1a7f37; --throttled: #cf222e; --capacity: #8250df; --consumed: #9a6700; --burst: #1b7c83; --marker: #bc4c00;
  --d0: #0969da; --d1: #cf222e; --d2: #1a7f37; --d3: #8250df; --d4: #9a6700; --d5: #1b7c83;
  --bad: #cf222e; --good: #1a7f37;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --rule: #3d444d; --grid: #262c36;
    --offered: #4493f8; --succeeded: #3fb950; --throttled: #f85149; --capacity: #ab7df8; --consumed: #d29922; --burst: #39c5cf; --marker: #f0883e;
    --d0: #4493f8; --d1: #f85149; --d2: #3fb950; --d3: #ab7df8; --d4: #d29922; --d5: #39c5cf;
    --bad: #f85149; --good: #3fb950;
  }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 66rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; }
a { color: var(--offered); }
.meta, figcaption, .note, footer { color: var(--muted); }
nav ol { margin: .5rem 0; padding-left: 1.25rem; columns: 2 14rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .25rem; }
thead th { border-bottom: 2px solid var(--rule); vertical-align: bottom; }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
.ratio-bad { color: var(--bad); }
.ratio-good { color: var(--good); }
.verdict { padding: .5rem .75rem; background: var(--panel); border-left: 4px solid var(--good); }
.verdict.bad { border-left-color: var(--bad); }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
figcaption { font-size: .85rem; max-width: 45rem; }
.plot { display: block; width: 100%; max-width: 720px; height: auto; }
.plot text { fill: var(--muted); }
.plot .grid { stroke: var(--grid); stroke-width: 1; }
.plot .grid-time { stroke-dasharray: 2 4; }
.plot .axis { stroke: var(--muted); stroke-width: 1; }
.plot .marker { stroke: var(--marker); stroke-width: 1.5; stroke-dasharray: 3 3; }
.plot .marker-label { fill: var(--marker); }
.line { fill: none; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
.dot { stroke-width: 2; fill: none; }
.line-offered { stroke: var(--offered); stroke-dasharray: 7 4; }
.line-succeeded { stroke: var(--succeeded); stroke-width: 3.5; }
.line-throttled { stroke: var(--throttled); }
.line-capacity { stroke: var(--capacity); stroke-width: 3; }
.line-consumed { stroke: var(--consumed); stroke-dasharray: 7 4; }
.line-burst { stroke: var(--burst); }
.line-design-0 { stroke: var(--d0); }
.line-design-1 { stroke: var(--d1); stroke-dasharray: 7 4; }
.line-design-2 { stroke: var(--d2); stroke-dasharray: 2 3; }
.line-design-3 { stroke: var(--d3); stroke-dasharray: 10 3 2 3; }
.line-design-4 { stroke: var(--d4); stroke-width: 3.5; }
.line-design-5 { stroke: var(--d5); stroke-dasharray: 12 6; }
footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--rule); font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: .2rem .4rem; }
  section.design { break-before: page; }
  h2, h3 { break-after: avoid; }
  table, figure, .verdict { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .verdict { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
