/**
 * register.html: one self-contained page (no network: inline CSS and script, the timeline as inline
 * SVG, and a Content-Security-Policy that forbids every fetch). A timeline of due dates by topic, the
 * commitments in a table (each with its kind, and who does what to which deliverable) that sorts on
 * a header click, filters by topic, ministry and status, and the links. All text from the letters is
 * escaped; the script reads only data attributes and never builds markup from text.
 */
import { describeLinks, kamerstukText } from './describe.js';
import { escapeHtml as e } from './escape.js';
import { type Register, STATUSES } from './schema.js';
import { STATUS_COLOURS, timelineSvg } from './timeline-svg.js';

const STYLE = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:16px 24px;color:#1a202c;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:20px 0 8px}
.meta{color:#4a5568;margin:0 0 12px}
#filters{display:flex;gap:16px;align-items:center;flex-wrap:wrap;margin:8px 0 12px;padding:8px 12px;background:#f7fafc;border:1px solid #e2e8f0;border-radius:6px}
#filters label{font-weight:600}#filters select{margin-left:6px;font:inherit;max-width:22em}
#shown{color:#4a5568}
svg .grid{stroke:#e2e8f0}svg .row{stroke:#edf2f7}svg .asof{stroke:#1a202c;stroke-dasharray:4 3}
svg text{font:12px system-ui,"DejaVu Sans",sans-serif;fill:#2d3748}svg .dot{stroke:#fff;stroke-width:1.5}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e2e8f0;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#edf2f7;cursor:pointer;user-select:none;white-space:nowrap;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td{overflow-wrap:break-word}td.sentence{min-width:14em}td.nowrap{white-space:nowrap}td.letter{min-width:8em}td.links{font-size:12px;min-width:10em;overflow-wrap:anywhere}
.status{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:12px}
${STATUSES.map((s) => `.status-${s}{background:${STATUS_COLOURS[s]}}`).join('')}
.legend span{margin-right:12px}.legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px}
ul.links li{margin-bottom:6px}
.detail{color:#4a5568;font-size:12px;margin-top:2px}.detail b{font-weight:600}
`;

/** Sorting and filtering: reads data attributes only, never builds markup from the letters' text. */
const SCRIPT = `
(function(){
  var table=document.getElementById('register');var body=table.tBodies[0];
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,col){
    th.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',dir);
      var rows=Array.prototype.slice.call(body.rows);
      var key=function(r){var c=r.cells[col];return c.getAttribute('data-sort')||c.textContent;};
      rows.sort(function(a,b){var x=key(a),y=key(b);var n=x<y?-1:x>y?1:0;return dir==='ascending'?n:-n;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  var fTopic=document.getElementById('f-topic'),fMin=document.getElementById('f-ministry'),fStatus=document.getElementById('f-status');
  var shown=document.getElementById('shown');
  function keep(el){
    var t=fTopic.value,m=fMin.value,s=fStatus.value;
    if(t&&(' '+el.getAttribute('data-topics')+' ').indexOf(' '+t+' ')<0)return false;
    if(m&&el.getAttribute('data-ministry')!==m)return false;
    if(s&&el.getAttribute('data-status')!==s)return false;
    return true;
  }
  function apply(){
    var n=0;
    Array.prototype.forEach.call(body.rows,function(r){var k=keep(r);r.hidden=!k;if(k)n++;});
    Array.prototype.forEach.call(document.querySelectorAll('#timeline circle.dot'),function(c){c.style.display=keep(c)?'':'none';});
    shown.textContent=n+' of '+body.rows.length+' commitments shown';
  }
  [fTopic,fMin,fStatus].forEach(function(f){f.addEventListener('change',apply);});
  apply();
})();
`;

function options(values: readonly string[], label: string): string {
  return [
    `<option value="">all ${label}</option>`,
    ...values.map((v) => `<option value="${e(v)}">${e(v)}</option>`),
  ].join('');
}

/**
 * Under the sentence: who (the actor), does what (the action) and to what (the deliverable), as far
 * as the extractor found them; nothing when it found none.
 */
function detail(c: Register['commitments'][number]): string {
  const parts = [
    ['who', c.actor],
    ['does', c.action],
    ['what', c.deliverable],
  ].filter((p): p is [string, string] => !!p[1]);
  if (parts.length === 0) return '';
  return `<div class="detail">${parts.map(([k, v]) => `<b>${k}</b> ${e(v)}`).join(' · ')}</div>`;
}

/** A path's last part: the letter column names the file when the letter has no subject. */
const baseName = (path: string) => path.split(/[/\\]/).pop() ?? path;

export function registerHtml(register: Register): string {
  const letters = new Map(register.letters.map((l) => [l.id, l]));
  const topics = [...new Set(register.commitments.flatMap((c) => c.topics))].sort();
  const ministries = [
    ...new Set(register.letters.map((l) => l.ministry).filter((m): m is string => !!m)),
  ].sort();
  const statuses = STATUSES.filter((s) => (register.counts.status[s] ?? 0) > 0);
  const rows = register.commitments.map((c) => {
    const l = letters.get(c.letter);
    return (
      `<tr data-id="${e(c.id)}" data-topics="${e(c.topics.join(' '))}" data-ministry="${e(l?.ministry ?? '')}" data-status="${c.status}">` +
      `<td class="nowrap" data-sort="${e(l?.date ?? '9999')}">${e(l?.date ?? 'undated')}</td>` +
      `<td>${e(l?.ministry)}</td>` +
      `<td class="letter" title="${e(l?.path)}">${e(l?.subject ?? baseName(l?.path ?? ''))}</td>` +
      `<td class="nowrap">${e(kamerstukText(l?.kamerstuk ?? null))}</td>` +
      `<td>${e(c.topics.join(', '))}</td>` +
      `<td>${e(c.kind)}</td>` +
      `<td class="sentence">${e(c.text)}${detail(c)}</td>` +
      `<td class="nowrap" data-sort="${e(c.due.end ?? '9999')}">${e(c.due.end ?? c.when)}</td>` +
      `<td class="nowrap" data-sort="${STATUSES.indexOf(c.status)}"><span class="status status-${c.status}">${c.status}</span></td>` +
      `<td class="links">${e(describeLinks(register, c.links, c.id))}</td>` +
      '</tr>'
    );
  });
  const links = register.links.map(
    (l) =>
      `<li><b>${l.type}</b>${l.type === 'postponed' || l.type === 'advanced' ? ` (${e(l.oldDue)} → ${e(l.newDue)})` : ''}` +
      `${l.cites ? ' <i>(the later letter cites the earlier one)</i>' : ''}: ` +
      `${e(l.from.date ?? 'undated')} <code>${e(l.from.path)}</code> “${e(l.from.sentence)}” → ` +
      `${e(l.to.date ?? 'undated')} <code>${e(l.to.path)}</code> “${e(l.to.sentence)}”</li>`,
  );
  const legend = STATUSES.map((s) => `<span><i style="background:${STATUS_COLOURS[s]}"></i>${s}</span>`).join(
    '',
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Register of commitments (as of ${e(register.asOf)})</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Register of commitments</h1>
<p class="meta">As of ${e(register.asOf)}: ${register.letters.length} letters, ${register.commitments.length} commitments, ${register.links.length} links. Made by kamerbrief ${e(register.version)}.</p>
<div id="filters">
<label>Topic<select id="f-topic">${options(topics, 'topics')}</select></label>
<label>Ministry<select id="f-ministry">${options(ministries, 'ministries')}</select></label>
<label>Status<select id="f-status">${options(statuses, 'statuses')}</select></label>
<span id="shown"></span>
</div>
<h2>Due dates by topic</h2>
<p class="legend">${legend}</p>
<figure id="timeline">${timelineSvg(register)}</figure>
<h2>Commitments</h2>
<div class="scroll"><table id="register">
<thead><tr><th>Letter date</th><th>Ministry</th><th>Letter</th><th>Kamerstuk</th><th>Topics</th><th>Kind</th><th>Commitment</th><th>Due</th><th>Status</th><th>Links</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
<h2>Links</h2>
${links.length > 0 ? `<ul class="links">\n${links.join('\n')}\n</ul>` : '<p>No commitment is taken up by a later letter.</p>'}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
