/**
 * /api/docs: a self-contained page (no CDN, works offline) that reads /api/v1/openapi.json and renders
 * every operation with its parameters and response schema, plus a form to try it against this server.
 */
export function docsPage(specUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>skillpulse API</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:1rem 1.5rem;color:#1b1f24}
h1{margin:.2rem 0}code,pre{font:13px ui-monospace,monospace}pre{background:#f5f6f8;padding:.6rem;overflow:auto;max-height:24rem}
details{border:1px solid #d8dde3;border-radius:6px;margin:.5rem 0;padding:.3rem .7rem}
summary{cursor:pointer}.m{display:inline-block;min-width:3.6rem;font-weight:700}.get{color:#0b6bcb}.post{color:#1a7f37}
table{border-collapse:collapse;margin:.4rem 0}td,th{border-bottom:1px solid #eee;padding:.2rem .5rem;text-align:left;vertical-align:top}
input,textarea{font:13px ui-monospace,monospace;width:16rem}textarea{width:100%;height:5rem}button{margin:.4rem 0}
.status{font-weight:700}
</style></head><body>
<h1>skillpulse API</h1><p id="info">Loading <a href="${specUrl}">${specUrl}</a> ...</p><div id="ops"></div>
<script type="module">
const spec = await (await fetch(${JSON.stringify(specUrl)})).json();
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (ch) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'})[ch]);
const deref = (s) => (s && s.$ref ? spec.components.schemas[s.$ref.split('/').pop()] : s);
function show(schema, depth = 0) {
  schema = deref(schema) || {};
  if (depth > 4) return esc(schema.type || 'object');
  if (schema.type === 'array') return 'array of ' + show(schema.items, depth + 1);
  if (schema.properties) return '<table>' + Object.entries(schema.properties).map(([k, v]) =>
    '<tr><td><code>' + esc(k) + '</code></td><td>' + show(v, depth + 1) + (deref(v)?.description ? '<br><small>' + esc(deref(v).description) + '</small>' : '') + '</td></tr>').join('') + '</table>';
  if (schema.enum) return esc(schema.enum.join(' | '));
  if (schema.anyOf || schema.oneOf) return (schema.anyOf || schema.oneOf).map((s) => show(s, depth + 1)).join(' or ');
  return esc(Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type || 'any');
}
document.getElementById('info').innerHTML = esc(spec.info.description || '') + ' Version ' + esc(spec.info.version) + '. <a href="${specUrl}">OpenAPI document</a>.';
const ops = document.getElementById('ops');
for (const [path, item] of Object.entries(spec.paths)) for (const [method, op] of Object.entries(item)) {
  const params = op.parameters || [];
  const body = op.requestBody?.content?.['application/json']?.schema;
  const d = document.createElement('details');
  d.innerHTML = '<summary><span class="m ' + method + '">' + method.toUpperCase() + '</span> <code>' + esc(path) + '</code> ' + esc(op.summary || '') + '</summary>' +
    (params.length ? '<h4>Parameters</h4><table>' + params.map((p) => '<tr><td><code>' + esc(p.name) + '</code> (' + esc(p.in) + (p.required ? ', required' : '') + ')</td><td>' + show(p.schema) + '<br><small>' + esc(p.description || p.schema?.description || '') + '</small></td><td><input data-in="' + esc(p.in) + '" name="' + esc(p.name) + '" placeholder="' + esc(p.schema?.example ?? p.schema?.default ?? '') + '"></td></tr>').join('') + '</table>' : '') +
    (body ? '<h4>Body</h4>' + show(body) + '<textarea name="__body">' + esc(JSON.stringify({}, null, 1)) + '</textarea>' : '') +
    '<h4>Response</h4>' + show(op.responses?.['200']?.content?.['application/json']?.schema) +
    '<br><button>Send</button> <span class="status"></span><pre hidden></pre>';
  d.querySelector('button').onclick = async () => {
    let url = path; const qs = new URLSearchParams();
    for (const input of d.querySelectorAll('input')) { if (!input.value) continue;
      if (input.dataset.in === 'path') url = url.replace('{' + input.name + '}', encodeURIComponent(input.value)); else qs.set(input.name, input.value); }
    const init = { method: method.toUpperCase(), headers: {} };
    const ta = d.querySelector('textarea'); if (ta) { init.body = ta.value; init.headers['content-type'] = 'application/json'; }
    const full = (spec.servers?.[0]?.url || '') + url + (qs.size ? '?' + qs : '');
    const res = await fetch(full, init); const text = await res.text();
    d.querySelector('.status').textContent = res.status + ' ' + full;
    const pre = d.querySelector('pre'); pre.hidden = false;
    try { pre.textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { pre.textContent = text; }
  };
  ops.append(d);
}
</script></body></html>`;
}

export const placeholderPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>skillpulse</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style></head>
<body><h1>skillpulse</h1>
<p>The dashboard is not built. Build it with <code>npm run build:dashboard</code> (or run <code>skillpulse serve</code>, which builds it when it can).</p>
<p>The API is up: <a href="/api/v1/health">/api/v1/health</a>, documentation at <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;
