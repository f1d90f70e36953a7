"""The HTML report's stylesheet (inlined into the page; no external resource, no script)."""

from __future__ import annotations

CSS = """
:root{--err:#b71c1c;--warn:#8a5300;--info:#1565c0;--ok:#2e7d32;--review:#6a1b9a;--line:#d0d0d0}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#222;
 overflow-wrap:break-word}
h1,h2,h3{margin:1.2em 0 .4em;line-height:1.25}h1{margin-top:0}
a{color:#0b4f9c}
.muted{color:#666}
.badge{display:inline-block;border-radius:4px;padding:0 .45em;font-size:.85em;font-weight:600;color:#fff;
 background:#666;white-space:nowrap;vertical-align:baseline}
.sev-error{background:var(--err)}.sev-warning{background:var(--warn)}.sev-info{background:var(--info)}
.sev-ok{background:var(--ok)}
.badge.verdict-candidate{background:#fff;color:var(--review);border:1px dashed var(--review)}
.review{display:inline-block;font-size:.8em;font-weight:600;color:var(--review);
 border:1px dashed var(--review);border-radius:4px;padding:0 .45em;white-space:nowrap}
/* summary box */
.overview{border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;background:#f6f8fa}
.overview .summary{font-size:1.15em;font-weight:bold;margin:0 0 .3rem}
.count{display:inline-block;border-radius:6px;padding:.1em .6em;margin-inline-end:.4em;color:#fff}
.count.zero{background:#e0e0e0;color:#444}
.report-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 1rem}
.report-head h2{margin-bottom:0}
.refstrip{display:flex;flex-wrap:wrap;gap:.3rem;margin:.5rem 0;padding:0;list-style:none;align-items:center}
.refstrip a{text-decoration:none}
.chip{display:inline-block;border-radius:4px;padding:0 .45em;font-size:.9em;border:1px solid var(--line);
 background:#fff;color:#222}
.chip.st-error{border-color:var(--err);background:#fdecea;color:var(--err);font-weight:600}
.chip.st-warning{border-color:var(--warn);background:#fff4e0;color:var(--warn);font-weight:600}
.chip.st-info{border-color:var(--info);color:var(--info)}
.chip.st-ok{border-color:#a5d6a7;color:var(--ok)}
.findings{list-style:none;padding:0;margin:.4rem 0}
.findings li{padding:.25rem .5rem;border-inline-start:4px solid var(--line);margin:.2rem 0;background:#fff}
.findings li.f-error{border-color:var(--err)}.findings li.f-warning{border-color:var(--warn)}
.findings li.f-info{border-color:var(--info)}
.findings code{font-size:.9em}
.findings .goto{white-space:nowrap;font-weight:600}
/* reference cards */
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,26rem),1fr));gap:.8rem}
.card,.claim{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;background:#fafafa;
 border-inline-start-width:5px;min-width:0}
.card.st-error,.claim.st-error{border-inline-start-color:var(--err)}
.card.st-warning,.claim.st-warning{border-inline-start-color:var(--warn)}
.card.st-info{border-inline-start-color:var(--info)}.card.st-ok,.claim.st-ok{border-inline-start-color:var(--ok)}
.claim.st-review{border-inline-start-color:var(--review)}
.card:target,.claim:target{outline:3px solid #ffb300}
.card p{margin:.35rem 0}
.card-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}
.num{font-weight:bold;font-size:1.1em}
.title{font-weight:600}
.url,.redirects,.archive,.findings{overflow-wrap:anywhere}
.url a,.redirects a{word-break:normal}
.src{font-size:.85em;white-space:nowrap}
.redirects{margin:.3rem 0;padding-inline-start:1.6rem;font-size:.92em}
.archive{background:#e8f0fe;border:1px solid #c6d7f5;border-radius:4px;padding:.3rem .5rem}
.archive a{font-weight:600}
table.meta{border-collapse:collapse;font-size:.9em;width:100%;table-layout:fixed;margin-top:.4rem}
table.meta td,table.meta th{padding:.15rem .4rem;text-align:start;vertical-align:top;
 border-top:1px solid #e4e4e4}
table.meta tr:first-child th{border-top:0;color:#666;font-weight:600}
bdi.date{white-space:nowrap}
table.meta th:first-child{width:3.6rem;color:#666;font-weight:600}
/* claims */
.claim{margin:.8rem 0;background:#fff}
.claim-head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
.core{margin:.4rem 0}
.quotes{margin:.3rem 0}
.result{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;margin:.6rem 0 .3rem;padding-top:.5rem;
 border-top:1px dashed #ddd}
.result>div{min-width:0}
.result.needs-review .evidence blockquote{border-inline-start-style:dashed;
 border-inline-start-color:var(--review)}
.side-label{font-size:.9em;color:#555;min-height:1.6em}
blockquote{margin:.3rem 0;padding:.3rem .6rem;border-inline-start:3px solid #bbb;background:#f7f7f7}
del{background:#fdd;color:#900;text-decoration:line-through}
ins{background:#d9f2d9;color:#064;text-decoration:underline;text-decoration-thickness:2px;
 text-underline-offset:2px}
.differences{margin:.2rem 0;font-size:.92em}
.note{font-size:.92em}
@media (max-width:40rem){
 body{margin:.8rem auto;padding:0 .6rem;font-size:14px}
 .result{grid-template-columns:1fr}
}
@media print{
 @page{margin:1.5cm}
 body{max-width:none;margin:0;padding:0;font-size:10pt;color:#000}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a{color:#000}
 .cards{display:block}
 .card,.claim,.findings li,.result{break-inside:avoid;page-break-inside:avoid}
 .card{margin:0 0 .5rem}
 .card:target,.claim:target{outline:0}
 h2,h3{break-after:avoid;page-break-after:avoid}
}
""".strip()
