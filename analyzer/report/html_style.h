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
.matrix-box { overflow: auto; max-height: calc(100vh - 4rem); border: 1px solid var(--line); }
table.matrix { font-size: 12.5px; border-collapse: separate; border-spacing: 0; }
table.matrix th, table.matrix td { border-width: 0 1px 1px 0; }
table.matrix thead th { position: sticky; top: 0; z-index: 2; min-width: 7rem; }
table.matrix tbody th { position: sticky; left: 0; z-index: 1; background: #f7f8fa; min-width: 10rem; max-width: 14rem; }
table.matrix thead th:first-child { left: 0; z-index: 3; }
table.matrix tr.gap > th { background: var(--gap); }
.matrix-print { display: none; }
details.unplaced { margin: .6rem 0; } table.unplaced { font-size: 13px; }
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
.graph-box { overflow-x: auto; }
svg.graph { display: block; max-width: 100%; height: auto; background: #fcfcfd; border: 1px solid var(--line); }
svg.graph text { font-family: "Liberation Sans", Arial, sans-serif; }
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
table.overview { font-size: 13.5px; width: 100%; } table.overview th.family { text-align: center; min-width: 2.2rem; }
table.overview td.error { background: #fce8e6; color: #a50e0e; font-weight: 700; } table.overview td.warning { background: #fef7e0; }
tr.unreadable td { background: #f1f3f4; color: var(--muted); }
.verdict { display: inline-block; white-space: nowrap; border-radius: .6rem; padding: 0 .5rem; font-weight: 700; font-size: 12px; border: 1px solid; }
.verdict.passes { background: #e6f4ea; border-color: #188038; color: #0d652d; }
.verdict.needs-changes { background: #fce8e6; border-color: var(--conflict); color: #a50e0e; }
.verdict.unreadable { background: #f1f3f4; border-color: var(--muted); color: var(--ink); }
p.back { font-size: 13px; } p.document-head { margin: .3rem 0; }
footer { margin-top: 3rem; color: var(--muted); font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .scroll { overflow: visible; }
  .matrix-box { display: none; }
  .matrix-print { display: block; columns: 2; column-gap: 8mm; font-size: 9.5pt; }
  .matrix-print section.matter { break-inside: avoid; border-top: 1px solid var(--line); padding: 1.5mm 0; }
  .matrix-print h4 { margin: 0 0 1mm; font-size: 10pt; } .matrix-print section.gap h4 { background: var(--gap); }
  .matrix-print .cell { margin: .5mm 0 .5mm 3mm; } .matrix-print .cell ul { display: inline; padding: 0; }
  .matrix-print .cell li { display: inline; } .matrix-print .cell li + li::before { content: " · "; }
  .matrix-print .cell > b::after { content: ": "; }
  .matrix-print .cell.overlap { background: #fde9d4; } .matrix-print .cell.conflict { border-left: 3px solid var(--conflict); padding-left: 1.5mm; }
  details.unplaced > table { display: table; }
  section.document { break-before: page; } p.back { display: none; }
  /* A heading never ends a page: it claims 30 mm below it, so that it moves
     to the next page with what follows when less is left. */
  h2, h3 { break-after: avoid; break-inside: avoid; }
  h2::after, h3::after { content: ""; display: block; height: 30mm; margin-bottom: -30mm; }
  .graph-keep { break-inside: avoid; }
  table.overview { font-size: 9pt; } a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; } tr, article.finding, svg.graph { break-inside: avoid; }
  details > summary { list-style: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

}  // namespace rasoat::report::html
