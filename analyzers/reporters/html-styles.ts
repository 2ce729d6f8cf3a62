/** The HTML report's stylesheet, inlined so the page needs no network and works from a file. */
export const htmlStyles = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--red:#cf222e;--red-bg:#ffebe9;
--green:#1a7f37;--green-bg:#dafbe1;--blue:#0969da;--blue-bg:#ddf4ff;--amber:#9a6700;--amber-bg:#fff8c5}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC",
"Microsoft YaHei",sans-serif;color:var(--fg);background:#fff}
header{background:#24292f;color:#fff;padding:24px 40px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#c9d1d9}
main{max-width:1180px;margin:0 auto;padding:24px 40px 64px}
h2{font-size:18px;margin:36px 0 8px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:20px 0 8px}
.note{color:var(--muted);margin:0 0 12px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-top:8px}
.card{flex:1 1 160px;border:1px solid var(--line);border-radius:8px;padding:12px 16px;background:var(--bg)}
.card b{display:block;font-size:26px}
.card.bad b{color:var(--red)}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600}
table.matrix td{text-align:center;white-space:nowrap}
table.matrix td.cat,table.matrix th:first-child{text-align:left}
.pill{display:inline-block;min-width:26px;padding:1px 8px;margin:1px;border-radius:999px;font-weight:600}
.unprotected{background:var(--red-bg);color:var(--red)}
.consented{background:var(--green-bg);color:var(--green)}
.lawful-basis{background:var(--blue-bg);color:var(--blue)}
.empty{color:#b0b8c1}
.sens{font-size:12px;padding:0 6px;border-radius:4px;margin-left:6px}
.sens.sensitive{background:var(--amber-bg);color:var(--amber)}
.sens.general{background:var(--bg);color:var(--muted)}
.flow{border:1px solid var(--line);border-left:4px solid var(--red);border-radius:6px;padding:10px 14px;margin:10px 0}
.flow .msg{margin:0 0 8px;white-space:pre-line}
ol.path{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;align-items:center;gap:4px}
ol.path li{background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:2px 8px}
ol.path li+li::before{content:"→";margin:0 8px 0 -2px;color:var(--muted)}
ol.path li.src{border-color:var(--amber)}ol.path li.snk{border-color:var(--red)}
code,.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.loc{color:var(--muted)}
.meta{color:var(--muted);font-size:13px;margin-top:6px}
details{margin:6px 0}summary{cursor:pointer}
ul.locs{margin:4px 0 0;padding-left:20px}
`;
