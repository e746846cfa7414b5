#pragma once

// The report's stylesheet, inline in the page: screen and print.
namespace rasoat::report::html {

inline constexpr const char* kStyle = R"css(
:root { --overlap: #f6b26b; --conflict: #cc0000; --gap: #ffe599; --ink: #1b1b1b; --muted: #5f6368; --line: #c9ccd1; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1400px; padding: 1.5rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); margin-top: 2.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.8rem; } h4 { margin: .2rem 0 .5rem; font-size: 1rem; }
p.lead { color: var(--muted); max-width: 60rem; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
table.matrix { font-size: 12.5px; }
table.matrix thead th { position: sticky; top: 0; min-width: 7rem; }
table.matrix tbody th { background: #f7f8fa; min-width: 10rem; }
table.matrix td { min-width: 9rem; }
table.matrix ul { margin: 0; padding-left: 1rem; } table.matrix li { margin: .1rem 0; }
.power { font-weight: 600; } .cond { color: var(--muted); } .ref { text-decoration: underline dotted; }
td.overlap { background: #fde9d4; box-shadow: inset 0 0 0 2px var(--overlap); }
td.conflict { box-shadow: inset 0 0 0 3px var(--conflict); }
td.overlap.conflict { box-shadow: inset 0 0 0 3px var(--conflict), inset 0 0 0 6px var(--overlap); }
tr.gap > th { background: var(--gap); }
.badge { display: inline-block; border-radius: .6rem; padding: 0 .45rem; font-size: 11px; font-weight: 700; margin-left: .25rem; border: 1px solid; }
.badge.overlap { background: var(--overlap); border-color: #b45f06; }
.badge.conflict { background: var(--conflict); color: #fff; border-color: var(--conflict); }
.badge.gap { background: var(--gap); border-color: #bf9000; }
.badge.error { background: #fce8e6; border-color: var(--conflict); color: #a50e0e; }
.badge.warning { background: #fef7e0; border-color: #e37400; color: #8a4b00; }
.badge.info { background: #e8f0fe; border-color: #1a73e8; color: #174ea6; }
.swatch { display: inline-block; width: 1.1em; height: .9em; vertical-align: middle; margin: 0 .25rem 0 .6rem; border: 1px solid var(--muted); }
.swatch.overlap { background: #fde9d4; box-shadow: inset 0 0 0 2px var(--overlap); }
.swatch.conflict { box-shadow: inset 0 0 0 3px var(--conflict); } .swatch.gap { background: var(--gap); }
svg.graph { background: #fcfcfd; border: 1px solid var(--line); }
svg.graph .node rect { fill: #e8f0fe; stroke: #1a73e8; } svg.graph .node.upper rect { fill: #f1f3f4; stroke: #5f6368; stroke-dasharray: 4 2; }
svg.graph .node text { text-anchor: middle; font-size: 13px; font-weight: 600; }
svg.graph .edge path { fill: none; stroke-width: 1.6; }
svg.graph .edge.delegation path { stroke: #1a73e8; } svg.graph .edge.reporting path { stroke: #188038; stroke-dasharray: 6 4; }
svg.graph .edge.flagged path { stroke: var(--conflict); stroke-width: 2.6; }
svg.graph .edge text { font-size: 11px; text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
svg.graph .arrow.delegation path { fill: #1a73e8; } svg.graph .arrow.reporting path { fill: #188038; } svg.graph .arrow.flagged path { fill: var(--conflict); }
table.edges { font-size: 13px; margin-top: .6rem; } table.edges tr.flagged td { color: #a50e0e; font-weight: 600; }
article.finding { border: 1px solid var(--line); border-left: 5px solid var(--muted); padding: .6rem .9rem; margin: 1rem 0; break-inside: avoid; }
article.finding.error { border-left-color: var(--conflict); } article.finding.warning { border-left-color: #e37400; } article.finding.info { border-left-color: #1a73e8; }
.where, .note { color: var(--muted); font-size: 13px; }
.side { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .8rem; }
.side section { background: #f7f8fa; padding: .4rem .7rem; border-radius: 4px; }
.side h5 { margin: .2rem 0; font-size: 13px; }
blockquote { margin: .3rem 0; padding-left: .7rem; border-left: 3px solid var(--line); white-space: pre-wrap; }
dl.detail { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: .6rem 0 0; } dl.detail dt { font-weight: 700; } dl.detail dd { margin: 0; }
table.clauses td:nth-child(3) { white-space: pre-wrap; }
footer { margin-top: 3rem; color: var(--muted); font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .scroll { overflow: visible; }
  table.matrix { font-size: 7.5pt; width: 100%; } table.matrix thead th { position: static; min-width: 0; }
  table.matrix td, table.matrix tbody th { min-width: 0; }
  section.document { break-before: page; } h2, h3 { break-after: avoid; }
  thead { display: table-header-group; } tr, article.finding, svg.graph { break-inside: avoid; }
  details > summary { list-style: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

}  // namespace rasoat::report::html
