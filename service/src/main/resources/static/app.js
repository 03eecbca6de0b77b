'use strict';
// The analyst page. Partner data is untrusted: it is only ever inserted with textContent, never innerHTML.
// The API key lives in sessionStorage (this tab only) and travels in the Authorization header, never in a URL.

const $ = id => document.getElementById(id);
const FIELDS = ['id', 'name', 'domain', 'country', 'city', 'state', 'phone', 'registration'];
const LEVELS = [['HIDDEN', 'Hidden'], ['COUNTS', 'Counts'], ['OVERLAPS', 'Overlaps']];
const POLL_MS = 1000;
const PAGE = 25;
const LOAD_CAP = 10000;

const state = { me: null, lists: [], partnerships: [], current: null, jobs: [], job: null, poll: null, cell: null };

// ---------- small DOM helpers ----------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}
function fill(node, ...children) { node.textContent = ''; children.flat().forEach(c => c && node.appendChild(c)); return node; }
function fmt(n) { return Number(n).toLocaleString('en-US'); }
function when(iso) { return iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : ''; }
function plural(n, one, many) { return fmt(n) + ' ' + (n === 1 ? one : (many || one + 's')); }
function say(text) { $('status').textContent = text || ''; }
function showError(e) { const box = $('error'); box.textContent = e ? (e.message || String(e)) : ''; box.hidden = !e; }
async function guard(fn) { showError(null); try { return await fn(); } catch (e) { showError(e); } }

// ---------- API ----------
function key() { return sessionStorage.getItem('vennKey') || ''; }

async function api(method, path, body, accept) {
  const headers = { Authorization: 'Bearer ' + key(), Accept: accept || 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) {
    const err = new Error(await problem(res));
    err.status = res.status;
    err.retryAfter = Number(res.headers.get('Retry-After')) || 0;
    throw err;
  }
  if (res.status === 204) return null;
  if (accept === 'text/csv') return res;
  return res.headers.get('X-Total-Count') !== null ? { rows: await res.json(), total: Number(res.headers.get('X-Total-Count')) } : res.json();
}

async function problem(res) {
  if (res.status === 401) return 'That API key is not valid (it may have been rotated). Sign in with a current key.';
  try { const p = await res.json(); return p.detail || p.title || res.status + ' ' + res.statusText; } catch (e) { return res.status + ' ' + res.statusText; }
}

// ---------- sign in / out ----------
$('signin').addEventListener('submit', ev => { ev.preventDefault(); signIn($('key').value.trim()); });
$('signout').addEventListener('click', signOut);

async function signIn(k) {
  if (!k) { showError(new Error('Paste your API key first.')); return; }
  sessionStorage.setItem('vennKey', k);
  const ok = await guard(async () => {
    state.me = await api('GET', '/api/v1/organizations/me');
    $('key').value = '';
    $('org-name').textContent = state.me.name;
    $('org-id').textContent = state.me.id;
    $('signin').hidden = true; $('who').hidden = false; $('app').hidden = false; $('welcome').hidden = true;
    await Promise.all([loadLists(), loadPartnerships()]);
    selectTab(state.lists.length === 0 ? 'lists' : 'partnerships'); // a newcomer starts with an upload
    return true;
  });
  if (!ok) sessionStorage.removeItem('vennKey');
}

function signOut() {
  sessionStorage.removeItem('vennKey');
  stopPolling();
  Object.assign(state, { me: null, lists: [], partnerships: [], current: null, jobs: [], job: null, cell: null });
  ['lists', 'partnerships', 'partnership', 'audit', 'upload-report'].forEach(id => fill($(id)));
  $('signin').hidden = false; $('who').hidden = true; $('app').hidden = true; $('welcome').hidden = false;
  showError(null); say('Signed out.');
  $('key').focus();
}

// ---------- tabs ----------
document.querySelectorAll('[role=tab]').forEach(tab => tab.addEventListener('click', () => selectTab(tab.id.slice(4))));
document.querySelector('.tabs').addEventListener('keydown', ev => {
  if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
  const tabs = [...document.querySelectorAll('[role=tab]')];
  const i = tabs.indexOf(document.activeElement);
  const next = tabs[(i + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
  next.focus(); selectTab(next.id.slice(4));
});

function selectTab(name) {
  document.querySelectorAll('[role=tab]').forEach(t => {
    const on = t.id === 'tab-' + name;
    t.setAttribute('aria-selected', on); t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  });
  if (name === 'audit') guard(loadAudit);
  if (name === 'lists') guard(loadLists);
}

// ---------- lists ----------
async function loadLists() {
  state.lists = await api('GET', '/api/v1/lists');
  const box = $('lists');
  if (state.lists.length === 0) { fill(box, el('p', { class: 'empty', text: 'No lists yet. Upload a CSV export of your accounts above.' })); return; }
  fill(box, el('table', { class: 'grid', id: 'lists-table' },
    el('thead', {}, el('tr', {}, ['Name', 'Accounts', 'Rejected rows', 'Populations', 'Uploaded', ''].map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, state.lists.map(l => el('tr', {},
      el('td', { text: l.name }),
      el('td', { class: 'num', text: fmt(l.accepted) }),
      el('td', { class: 'num', text: fmt(l.rejectedCount) }),
      el('td', {}, populationChips(l.populations)),
      el('td', { text: when(l.createdAt) }),
      el('td', {}, el('button', { class: 'danger small', 'aria-label': 'Delete list ' + l.name, onclick: () => deleteList(l), text: 'Delete' })))))));
}

function populationChips(pops) {
  return el('span', { class: 'chips' }, Object.entries(pops || {}).map(([p, n]) => el('span', { class: 'chip', text: p + ' · ' + fmt(n) })));
}

async function deleteList(l) {
  if (!confirm('Delete "' + l.name + '"? Its records and the jobs computed from it are deleted; partnerships using it are left without a list.')) return;
  await guard(async () => { await api('DELETE', '/api/v1/lists/' + encodeURIComponent(l.id)); say('Deleted ' + l.name + '.'); await loadLists(); });
}

const drop = $('drop');
$('file').addEventListener('change', ev => { if (ev.target.files[0]) upload(ev.target.files[0]); ev.target.value = ''; });
['dragenter', 'dragover'].forEach(t => drop.addEventListener(t, ev => { ev.preventDefault(); drop.classList.add('over'); }));
['dragleave', 'drop'].forEach(t => drop.addEventListener(t, ev => { ev.preventDefault(); drop.classList.remove('over'); }));
drop.addEventListener('drop', ev => { const f = ev.dataTransfer.files[0]; if (f) upload(f); });

/** XHR, not fetch: only XHR reports upload progress. */
function upload(file) {
  showError(null);
  const bar = $('upload-bar'), text = $('upload-text');
  $('upload-progress').hidden = false; bar.value = 0; text.textContent = 'Uploading ' + file.name + '…';
  fill($('upload-report'));
  const form = new FormData(); form.append('file', file, file.name);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/v1/lists');
  xhr.setRequestHeader('Authorization', 'Bearer ' + key());
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.upload.onprogress = ev => {
    if (!ev.lengthComputable) return;
    const pct = Math.round(100 * ev.loaded / ev.total);
    bar.value = pct; text.textContent = 'Uploading ' + file.name + ': ' + pct + '%' + (pct === 100 ? ' — reading and checking rows…' : '');
  };
  xhr.onerror = () => { $('upload-progress').hidden = true; showError(new Error('The upload failed: the connection was lost.')); };
  xhr.onload = () => {
    $('upload-progress').hidden = true;
    let body = null; try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
    if (xhr.status !== 201) { showError(new Error((body && body.detail) || ('Upload failed: ' + xhr.status))); return; }
    report(body); guard(loadLists);
  };
  xhr.send(form);
}

function report(l) {
  const rejected = l.rejected || [];
  fill($('upload-report'), el('div', { class: 'card report', id: 'report' },
    el('h3', { text: 'Stored "' + l.name + '"' }),
    el('p', {}, el('strong', { text: plural(l.accepted, 'account') }), ' accepted of ' + plural(l.rows, 'row') + '; ',
      el('strong', { text: fmt(l.rejectedCount) }), ' rejected.'),
    el('p', {}, 'Populations found: ', populationChips(l.populations)),
    rejected.length === 0 ? null : el('details', { open: rejected.length <= 10 },
      el('summary', { text: 'Rejected rows' + (l.rejectedCount > rejected.length ? ' (first ' + fmt(rejected.length) + ')' : '') }),
      el('table', { class: 'grid compact' },
        el('thead', {}, el('tr', {}, ['Line', 'Field', 'Reason'].map(h => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, rejected.map(r => el('tr', {}, el('td', { class: 'num', text: r.line }), el('td', { text: r.field || '' }), el('td', { text: r.reason }))))))));
  say('Uploaded ' + l.name + ': ' + plural(l.accepted, 'account') + ' accepted, ' + fmt(l.rejectedCount) + ' rejected.');
}

// ---------- partnerships ----------
$('invite').addEventListener('submit', ev => {
  ev.preventDefault();
  guard(async () => {
    const id = $('invite-id').value.trim();
    if (!id) throw new Error("Enter your partner's organization id (they see it at the top of their page).");
    const p = await api('POST', '/api/v1/partnerships', { partnerId: id });
    $('invite-id').value = '';
    say('Invited ' + (p.partner.name || p.partner.id) + '. They must accept before you can match.');
    await loadPartnerships(); openPartnership(p.id);
  });
});

async function loadPartnerships() {
  state.partnerships = await api('GET', '/api/v1/partnerships');
  const box = $('partnerships');
  if (state.partnerships.length === 0) {
    fill(box, el('div', { class: 'empty' },
      el('p', { text: 'No partnerships yet.' }),
      el('p', {}, 'To start one, ask your partner for their organization id and invite them above, or give them yours: ', el('code', { text: state.me.id }), '.'),
      el('p', { text: 'Then each side uploads an account list (Account lists tab), chooses it here and decides what to share.' })));
    fill($('partnership'));
    return;
  }
  fill(box, el('ul', { class: 'plist' }, state.partnerships.map(p => el('li', {},
    el('button', { class: 'pitem' + (state.current && state.current.id === p.id ? ' on' : ''), 'aria-current': state.current && state.current.id === p.id ? 'true' : null, onclick: () => guard(() => openPartnership(p.id)) },
      el('span', { class: 'pname', text: p.partner.name || p.partner.id }),
      el('span', { class: 'badge ' + p.status.toLowerCase(), text: statusWords(p) }))))));
  if (!state.current && state.partnerships.length) await openPartnership(state.partnerships[0].id);
}

function statusWords(p) {
  if (p.status === 'PENDING') return p.role === 'INVITED' ? 'invites you' : 'invited';
  return p.status.toLowerCase();
}

async function openPartnership(id) {
  stopPolling();
  const p = await api('GET', '/api/v1/partnerships/' + encodeURIComponent(id));
  state.current = p; state.cell = null;
  document.querySelectorAll('.pitem').forEach(b => b.classList.remove('on'));
  const partner = p.partner.name || p.partner.id;
  const box = fill($('partnership'), el('div', { class: 'phead' },
    el('h2', { id: 'partner-title', text: partner }),
    el('span', { class: 'badge ' + p.status.toLowerCase(), text: statusWords(p) }),
    el('span', { class: 'muted', text: (p.role === 'INVITER' ? 'You invited them' : 'They invited you') + ' · ' + when(p.createdAt) }),
    el('span', { class: 'spacer' }),
    p.status === 'PENDING' && p.role === 'INVITED' ? el('button', { class: 'primary', id: 'accept', onclick: () => guard(() => act(p, 'accept', 'Accepted the partnership.')), text: 'Accept' }) : null,
    p.status !== 'ENDED' ? el('button', { class: 'danger', id: 'end', onclick: () => endPartnership(p), text: p.status === 'PENDING' ? 'Withdraw' : 'End partnership' }) : null));
  if (p.status === 'ENDED') {
    box.appendChild(el('p', { class: 'empty', text: 'This partnership ended ' + when(p.endedAt) + '. Its results are no longer served to either side.' }));
    return loadPartnerships();
  }
  if (p.status === 'PENDING') {
    box.appendChild(el('p', { class: 'empty', text: p.role === 'INVITED' ? partner + ' invited you to compare account lists. Accept to continue; nothing is matched before you choose a list.' : 'Waiting for ' + partner + ' to accept your invitation.' }));
  }
  // Results first (they are what people come back for), then what shapes them.
  box.appendChild(listChooser(p));
  box.appendChild(el('div', { id: 'jobs-box' }));
  box.appendChild(el('div', { id: 'matrix-box' }));
  box.appendChild(el('div', { id: 'cell-box' }));
  box.appendChild(sharingEditor(p));
  await loadPartnerships();
  if (p.status === 'ACTIVE') await loadJobs(true);
}

async function act(p, action, message) {
  await api('POST', '/api/v1/partnerships/' + encodeURIComponent(p.id) + '/' + action);
  say(message); await openPartnership(p.id);
}

function endPartnership(p) {
  if (!confirm('End the partnership with ' + (p.partner.name || p.partner.id) + '? Matching stops and neither side can see past results any more.')) return;
  guard(() => act(p, 'end', 'The partnership has ended.'));
}

function listChooser(p) {
  const select = el('select', { id: 'my-list' },
    el('option', { value: '', text: state.lists.length ? '— choose one of your lists —' : '— upload a list first —' }),
    state.lists.map(l => el('option', { value: l.id, selected: l.id === p.myListId, text: l.name + ' (' + plural(l.accepted, 'account') + ')' })));
  select.addEventListener('change', () => guard(async () => {
    if (!select.value) return;
    await api('PUT', '/api/v1/partnerships/' + encodeURIComponent(p.id) + '/list', { listId: select.value });
    say('This partnership now matches your list "' + select.selectedOptions[0].text + '".');
    await openPartnership(p.id);
  }));
  return el('div', { class: 'card' },
    el('h3', { text: 'Your list for this partnership' }),
    el('div', { class: 'row' }, el('label', { for: 'my-list', class: 'sr', text: 'Your list' }), select,
      el('span', { class: 'muted', text: p.partnerHasList ? 'Your partner has chosen a list.' : 'Your partner has not chosen a list yet.' })));
}

// ---------- sharing ----------
function myPopulations(p) {
  const list = state.lists.find(l => l.id === p.myListId);
  const pops = new Set(list ? Object.keys(list.populations) : []);
  Object.keys(p.mySharing.populations || {}).forEach(x => pops.add(x));
  return [...pops];
}

function sharingEditor(p) {
  const partner = p.partner.name || 'your partner';
  const pops = myPopulations(p);
  const draft = { default: clonePolicy(p.mySharing.default), populations: {} };
  pops.forEach(x => { draft.populations[x] = clonePolicy((p.mySharing.populations || {})[x] || p.mySharing.default); });
  const summary = el('ul', { class: 'summary', id: 'sharing-summary' });
  const rows = pops.map(x => policyRow(x, draft.populations[x], refresh));
  rows.push(policyRow(null, draft.default, refresh));
  function refresh() { fill(summary, sharingSummary(partner, pops, draft)); }
  refresh();
  const save = el('button', { class: 'primary', id: 'save-sharing', text: 'Save sharing' });
  save.addEventListener('click', () => guard(async () => {
    const body = { default: wire(draft.default), populations: {} };
    pops.forEach(x => { body.populations[x] = wire(draft.populations[x]); });
    await api('PUT', '/api/v1/partnerships/' + encodeURIComponent(p.id) + '/sharing', body);
    say('Sharing saved. It applies to every view ' + partner + ' opens from now on, past jobs included.');
  }));
  return el('div', { class: 'card' },
    el('h3', { text: 'What you share with ' + partner }),
    pops.length ? null : el('p', { class: 'muted', text: 'Choose your list to set sharing per population; until then the rule for other populations applies.' }),
    el('div', { class: 'policies' }, rows),
    el('h4', { text: partner + ' will see:' }), summary,
    el('div', { class: 'row' }, save));
}

function clonePolicy(d) { return { level: d.level, fields: [...(d.fields || [])] }; }
function wire(d) { return d.level === 'OVERLAPS' ? { level: d.level, fields: d.fields } : { level: d.level }; }

function policyRow(pop, policy, onChange) {
  const name = pop === null ? 'Other populations' : pop;
  const group = 'lvl-' + (pop === null ? '_default' : pop).replace(/[^A-Za-z0-9]/g, '_');
  const fieldsBox = el('div', { class: 'fields' });
  const extra = el('input', { class: 'extra', placeholder: 'other columns, e.g. owner, industry', 'aria-label': 'Other shared columns of ' + name,
    value: policy.fields.filter(f => !FIELDS.includes(f)).join(', ') });
  function drawFields() {
    fieldsBox.hidden = policy.level !== 'OVERLAPS';
    fill(fieldsBox, FIELDS.map(f => {
      const box = el('input', { type: 'checkbox', checked: policy.fields.includes(f), 'data-field': f });
      box.addEventListener('change', () => { policy.fields = box.checked ? [...policy.fields, f] : policy.fields.filter(x => x !== f); onChange(); });
      return el('label', { class: 'check' }, box, f);
    }), extra);
  }
  extra.addEventListener('input', () => {
    const others = extra.value.split(',').map(s => s.trim()).filter(Boolean);
    policy.fields = [...policy.fields.filter(f => FIELDS.includes(f)), ...others]; onChange();
  });
  const radios = LEVELS.map(([level, label]) => {
    const r = el('input', { type: 'radio', name: group, value: level, checked: policy.level === level });
    r.addEventListener('change', () => {
      policy.level = level;
      if (level === 'OVERLAPS' && policy.fields.length === 0) policy.fields = ['name', 'domain'];
      drawFields(); onChange();
    });
    return el('label', { class: 'seg' }, r, el('span', { text: label }));
  });
  drawFields();
  return el('fieldset', { class: 'policy', 'data-population': pop === null ? '' : pop },
    el('legend', { text: name }), el('div', { class: 'segs' }, radios), fieldsBox);
}

function sharingSummary(partner, pops, draft) {
  const line = (name, d) => {
    if (d.level === 'HIDDEN') return el('li', {}, el('strong', { text: name }), ': nothing — not even that it exists.');
    if (d.level === 'COUNTS') return el('li', {}, el('strong', { text: name }), ': how many of its accounts overlap theirs, never which ones; small counts show as "< k".');
    return el('li', {}, el('strong', { text: name }), ': the overlapping accounts only, with ' + (d.fields.length ? d.fields.join(', ') : 'no field yet — pick at least one') + '.');
  };
  return [...pops.map(x => line(x, draft.populations[x])), line(pops.length ? 'Any other population' : 'Every population', draft.default),
    el('li', { class: 'muted', text: 'Accounts that do not overlap are never shown to ' + partner + '.' })];
}

// ---------- jobs ----------
async function loadJobs(openLatest) {
  const p = state.current;
  state.jobs = await api('GET', '/api/v1/partnerships/' + encodeURIComponent(p.id) + '/jobs');
  const running = state.jobs.find(j => j.status === 'QUEUED' || j.status === 'RUNNING');
  const box = $('jobs-box');
  if (!box) return;
  const start = el('button', { class: 'primary', id: 'start-job', disabled: !!running, text: running ? 'Matching…' : 'Start a match' });
  start.addEventListener('click', () => guard(async () => {
    const j = await api('POST', '/api/v1/partnerships/' + encodeURIComponent(p.id) + '/jobs');
    say('Match started.'); state.job = j.id; await loadJobs(false);
  }));
  fill(box, el('div', { class: 'card' },
    el('div', { class: 'row' }, el('h3', { text: 'Matches' }), el('span', { class: 'spacer' }), start),
    state.jobs.length === 0 ? el('p', { class: 'empty', text: 'No match yet. When both sides have chosen a list, start one.' })
      : el('table', { class: 'grid compact', id: 'jobs' },
        el('thead', {}, el('tr', {}, ['Started', 'Status', 'Progress', 'Matches', ''].map(h => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, state.jobs.slice(0, 8).map(jobRow)))));
  if (running) { state.job = running.id; startPolling(); } else { stopPolling(); }
  const latest = state.jobs.find(j => j.status === 'SUCCEEDED');
  if (openLatest && latest && !running) await openJob(latest.id);
  else if (!running && state.job && state.jobs.find(j => j.id === state.job && j.status === 'SUCCEEDED') && !$('heatmap')) await openJob(state.job);
}

function jobRow(j) {
  const pct = Math.round(j.progress * 100);
  const live = j.status === 'QUEUED' || j.status === 'RUNNING';
  return el('tr', { class: state.job === j.id ? 'on' : null, 'data-job': j.id },
    el('td', { text: when(j.createdAt) }),
    el('td', {}, el('span', { class: 'badge ' + j.status.toLowerCase(), text: j.status.toLowerCase() }), j.error ? el('div', { class: 'muted', text: j.error }) : null),
    el('td', {}, el('div', { class: 'meter', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct, 'aria-label': 'Job progress' },
      el('span', { style: 'width:' + pct + '%' })), el('span', { class: 'pct job-progress', text: pct + '%' + (live && j.stage ? ' · ' + j.stage : '') })),
    el('td', { class: 'num', text: j.matches === null || j.matches === undefined ? '' : fmt(j.matches) }),
    el('td', {}, j.status === 'SUCCEEDED' ? el('button', { class: 'small', onclick: () => guard(() => openJob(j.id)), text: state.job === j.id ? 'Showing' : 'Show' }) : null));
}

function startPolling() {
  if (state.poll) return;
  state.poll = setInterval(() => guard(async () => {
    const j = await api('GET', '/api/v1/jobs/' + encodeURIComponent(state.job));
    const row = document.querySelector('tr[data-job="' + CSS.escape(j.id) + '"]');
    if (row) row.replaceWith(jobRow(j));
    if (j.status !== 'QUEUED' && j.status !== 'RUNNING') {
      stopPolling();
      say(j.status === 'SUCCEEDED' ? 'Match finished: ' + plural(j.matches, 'match', 'matches') + '.' : 'The match failed: ' + (j.error || ''));
      await loadJobs(false);
      if (j.status === 'SUCCEEDED') await openJob(j.id);
    }
  }), POLL_MS);
}
function stopPolling() { if (state.poll) { clearInterval(state.poll); state.poll = null; } }

// ---------- matrix ----------
function partnerLevel(pop) {
  const s = state.current.partnerSharing;
  return ((s.populations || {})[pop] || s.default).level;
}

async function openJob(jobId) {
  state.job = jobId; state.cell = null;
  const m = await api('GET', '/api/v1/jobs/' + encodeURIComponent(jobId) + '/matrix');
  document.querySelectorAll('#jobs tr[data-job]').forEach(tr => tr.classList.toggle('on', tr.dataset.job === jobId));
  fill($('cell-box'));
  drawMatrix(m);
}

function drawMatrix(m) {
  const partner = state.current.partner.name || 'Partner';
  const value = (r, c) => m.cells.find(x => x.mine === r && x.theirs === c);
  const max = Math.max(1, ...m.cells.map(x => x.overlaps || 0));
  const rowTotal = r => m.columns.reduce((s, c) => s + (value(r, c).overlaps || 0), 0);
  const colTotal = c => m.rows.reduce((s, r) => s + (value(r, c).overlaps || 0), 0);
  const anyHidden = m.cells.some(x => x.overlaps === null);
  const head = el('tr', {}, el('th', { class: 'corner', scope: 'col' }, el('span', { text: 'Yours ↓' }), el('span', { text: partner + ' →' })),
    m.columns.map(c => {
      const records = partnerLevel(c) === 'OVERLAPS';
      return el('th', { scope: 'col', class: records ? 'col-records' : 'col-counts', 'data-column': c },
        el('span', { class: 'colname', text: c }), el('span', { class: 'kind', text: records ? 'records shared' : 'counts only' }));
    }), el('th', { scope: 'col', class: 'total', text: 'Total' }));
  const body = m.rows.map(r => el('tr', {}, el('th', { scope: 'row', text: r }), m.columns.map(c => {
    const x = value(r, c);
    const records = partnerLevel(c) === 'OVERLAPS';
    const td = el('td', { class: 'cell' + (records ? ' records' : ' counts'), 'data-mine': r, 'data-theirs': c });
    if (x.overlaps === null) {
      td.classList.add('small');
      td.appendChild(el('span', { title: 'Fewer than ' + x.display.replace('< ', '') + ' overlaps (possibly none): hidden so a tiny list cannot probe single accounts', text: x.display }));
      return td;
    }
    const a = x.overlaps / max;
    td.style.setProperty('--heat', (0.06 + 0.84 * Math.sqrt(a)).toFixed(3));
    if (a > 0.55) td.classList.add('dark');
    if (records && x.overlaps > 0) {
      td.appendChild(el('button', { class: 'cellbtn', 'aria-label': 'Open ' + fmt(x.overlaps) + ' shared accounts: your ' + r + ' and ' + partner + "'s " + c,
        onclick: () => guard(() => openCell(r, c, x.overlaps)), text: fmt(x.overlaps) }));
    } else {
      td.appendChild(el('span', { text: fmt(x.overlaps) }));
    }
    return td;
  }), el('td', { class: 'total num', text: fmt(rowTotal(r)) })));
  const foot = el('tr', { class: 'totals' }, el('th', { scope: 'row', text: 'Total' }), m.columns.map(c => el('td', { class: 'total num', text: fmt(colTotal(c)) })),
    el('td', { class: 'total num grand', text: fmt(m.rows.reduce((s, r) => s + rowTotal(r), 0)) }));
  fill($('matrix-box'), el('div', { class: 'card' },
    el('div', { class: 'row' }, el('h3', { text: 'Overlap matrix' }), el('span', { class: 'muted', text: 'each cell counts companies in both lists' })),
    el('div', { class: 'scroll' }, el('table', { class: 'heatmap', id: 'heatmap' },
      el('caption', { class: 'sr', text: 'Your populations by ' + partner + "'s populations" }),
      el('thead', {}, head), el('tbody', {}, body), el('tfoot', {}, foot))),
    el('p', { class: 'legend' },
      el('span', { class: 'key records' }), ' records shared: click a count to see the accounts   ',
      el('span', { class: 'key counts' }), ' counts only   ',
      anyHidden ? el('span', { class: 'key small' }) : null, anyHidden ? ' "< k": fewer than k (possibly none); totals leave these out' : null)));
}

// ---------- drill-down ----------
async function openCell(mine, theirs, count) {
  const box = $('cell-box');
  fill(box, el('div', { class: 'card', text: 'Loading ' + fmt(count) + ' accounts…' }));
  const base = '/api/v1/jobs/' + encodeURIComponent(state.job) + '/overlaps?mine=' + encodeURIComponent(mine) + '&theirs=' + encodeURIComponent(theirs);
  let rows = [], total = 0;
  for (let page = 0; ; page++) {
    const r = await api('GET', base + '&size=1000&page=' + page);
    total = r.total; rows = rows.concat(r.rows);
    if (r.rows.length < 1000 || rows.length >= total || rows.length >= LOAD_CAP) break;
  }
  state.cell = { mine, theirs, base, rows, total, query: '', sort: 'score', desc: true, page: 0, evidence: {}, flagged: new Set() };
  drawCell();
}

function cellRows() {
  const c = state.cell, q = c.query.toLowerCase();
  let rows = q ? c.rows.filter(r => JSON.stringify([r.mine, r.theirs]).toLowerCase().includes(q)) : c.rows.slice();
  const key = r => c.sort === 'score' ? r.score : c.sort.startsWith('mine.') ? (r.mine[c.sort.slice(5)] || '') : (r.theirs[c.sort.slice(7)] || '');
  rows.sort((a, b) => { const x = key(a), y = key(b); const o = x < y ? -1 : x > y ? 1 : 0; return c.desc ? -o : o; });
  return rows;
}

function drawCell() {
  const c = state.cell, partner = state.current.partner.name || 'Partner';
  const all = cellRows();
  const pages = Math.max(1, Math.ceil(all.length / PAGE));
  c.page = Math.min(c.page, pages - 1);
  const shown = all.slice(c.page * PAGE, c.page * PAGE + PAGE);
  const theirKeys = [...new Set(c.rows.flatMap(r => Object.keys(r.theirs)))];
  const search = el('input', { type: 'search', id: 'cell-search', placeholder: 'Search these accounts', value: c.query, 'aria-label': 'Search these accounts' });
  search.addEventListener('input', () => {
    c.query = search.value; c.page = 0; drawCell();
    const again = $('cell-search'); again.focus(); again.setSelectionRange(again.value.length, again.value.length); // keep typing where it was
  });
  const sortBtn = (label, k) => el('button', { class: 'sort' + (c.sort === k ? ' on' : ''), 'aria-sort': c.sort === k ? (c.desc ? 'descending' : 'ascending') : null,
    onclick: () => { c.desc = c.sort === k ? !c.desc : k === 'score'; c.sort = k; drawCell(); }, text: label + (c.sort === k ? (c.desc ? ' ▼' : ' ▲') : '') });
  const table = el('table', { class: 'grid drill', id: 'cell-table' },
    el('caption', { id: 'cell-caption' }, 'Your ', el('strong', { text: c.mine }), ' × ' + partner + "'s ", el('strong', { text: c.theirs }), ' — ' + plural(c.total, 'shared account')),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, sortBtn('Your account', 'mine.name')),
      el('th', { scope: 'col' }, sortBtn(partner + "'s account", theirKeys.includes('name') ? 'theirs.name' : 'theirs.' + (theirKeys[0] || 'name'))),
      el('th', { scope: 'col' }, sortBtn('Score', 'score')),
      el('th', { scope: 'col', text: 'Evidence (shared fields)' }),
      el('th', { scope: 'col' }, el('span', { class: 'sr', text: 'Feedback' })))),
    el('tbody', {}, shown.map(r => el('tr', { 'data-id': r.mine.id },
      el('td', {}, recordBlock(r.mine, ['name', 'domain', 'id'])),
      el('td', {}, recordBlock(r.theirs, theirKeys)),
      el('td', { class: 'num score', text: r.score.toFixed(3) }),
      el('td', { class: 'evidence' }, evidenceBlock(c.evidence[r.mine.id])),
      el('td', {}, flagButton(r))))));
  const exportBtn = el('button', { id: 'export-csv', onclick: () => guard(exportCsv), text: 'Export CSV' });
  fill($('cell-box'), el('div', { class: 'card' },
    el('div', { class: 'row' }, el('h3', { text: 'Shared accounts' }), el('span', { class: 'spacer' }), search, exportBtn),
    c.rows.length < c.total ? el('p', { class: 'muted', text: 'Showing the first ' + fmt(c.rows.length) + ' of ' + fmt(c.total) + ' here; the CSV export has them all.' }) : null,
    el('div', { class: 'scroll' }, table),
    el('div', { class: 'row pager' },
      el('button', { disabled: c.page === 0, onclick: () => { c.page--; drawCell(); }, text: '← Previous' }),
      el('span', { id: 'cell-page', text: 'Page ' + (c.page + 1) + ' of ' + pages + ' · ' + plural(all.length, 'account') + (c.query ? ' match "' + c.query + '"' : '') }),
      el('button', { disabled: c.page >= pages - 1, onclick: () => { c.page++; drawCell(); }, text: 'Next →' }))));
  loadEvidence(shown);
}

function recordBlock(rec, keys) {
  const main = rec.name || rec.domain || rec.id || '';
  const rest = keys.filter(k => k !== 'name' && rec[k]);
  return el('div', { class: 'rec' }, el('div', { class: 'rname', text: main }),
    rest.length ? el('div', { class: 'rmeta' }, rest.map(k => el('span', {}, el('span', { class: 'k', text: k + ' ' }), rec[k]))) : null);
}

function evidenceBlock(reasons) {
  if (reasons === undefined) return el('span', { class: 'muted', text: '…' });
  if (reasons.length === 0) return el('span', { class: 'muted', text: 'no shared field to explain' });
  return el('ul', { class: 'reasons' }, reasons.map(x => el('li', { class: x.weight > 0 ? 'for' : x.weight < 0 ? 'against' : '' },
    el('span', { class: 'k', text: x.field }), ' ' + x.label + ' ', el('span', { class: 'w', text: (x.weight > 0 ? '+' : '') + x.weight.toFixed(2) }))));
}

// Evidence is worked out one request at a time on the server (it reads both lists): a busy answer
// (503) is retried after its Retry-After, a few times, with the cells saying so meanwhile.
const EVIDENCE_TRIES = 3;

async function loadEvidence(rows, attempt = 1) {
  const c = state.cell;
  const missing = rows.map(r => r.mine.id).filter(id => id && !(id in c.evidence));
  if (!missing.length) return;
  const cells = () => Array.from(document.querySelectorAll('#cell-table tbody tr')).filter(tr => missing.includes(tr.dataset.id));
  let ev;
  try {
    ev = await api('GET', '/api/v1/jobs/' + encodeURIComponent(state.job) + '/evidence?' + missing.map(id => 'mine=' + encodeURIComponent(id)).join('&'));
  } catch (e) {
    if (state.cell !== c) return;
    if (e.status === 503 && attempt < EVIDENCE_TRIES) {
      const wait = Math.max(1, e.retryAfter || 10);
      cells().forEach(tr => fill(tr.querySelector('.evidence'), el('span', { class: 'muted', text: 'server busy; trying again in ' + wait + ' s' })));
      setTimeout(() => { if (state.cell === c) loadEvidence(rows, attempt + 1); }, wait * 1000);
    } else {
      showError(e);
    }
    return;
  }
  if (!ev || state.cell !== c) return;
  missing.forEach(id => { c.evidence[id] = ev[id] || []; });
  document.querySelectorAll('#cell-table tbody tr').forEach(tr => {
    if (missing.includes(tr.dataset.id)) fill(tr.querySelector('.evidence'), evidenceBlock(c.evidence[tr.dataset.id]));
  });
}

function flagButton(r) {
  const c = state.cell;
  if (c.flagged.has(r.mine.id)) return el('span', { class: 'flagged', text: 'Flagged: removed from the next run' });
  return el('button', { class: 'small flag', 'aria-label': 'Not a match: ' + (r.mine.name || r.mine.id), text: 'Not a match',
    onclick: () => guard(async () => {
      const mineIsLeft = state.current.role === 'INVITER';
      const body = mineIsLeft ? { leftId: r.mine.id, verdict: 'not_a_match' } : { rightId: r.mine.id, verdict: 'not_a_match' };
      await api('POST', '/api/v1/jobs/' + encodeURIComponent(state.job) + '/feedback', body);
      c.flagged.add(r.mine.id);
      say('Flagged as not a match. The next match of this partnership leaves this pair out, for both sides.');
      drawCell();
    }) });
}

/** Fetched with the key in a header, then saved from a blob: the key never appears in a link. */
async function exportCsv() {
  const c = state.cell;
  const res = await api('GET', c.base, undefined, 'text/csv');
  const blob = await res.blob();
  const a = el('a', { href: URL.createObjectURL(blob), download: ('overlaps-' + c.mine + '-' + c.theirs + '.csv').replace(/[^A-Za-z0-9._-]+/g, '_') });
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  say('Exported ' + plural(c.total, 'shared account') + ' as CSV.');
}

// ---------- audit ----------
const ACTIONS = {
  LIST_UPLOADED: 'uploaded a list', LIST_DELETED: 'deleted a list', PARTNERSHIP_INVITED: 'sent an invitation',
  PARTNERSHIP_ACCEPTED: 'accepted the partnership', PARTNERSHIP_ENDED: 'ended the partnership', SHARING_CHANGED: 'changed what it shares',
  PARTNERSHIP_LIST_SET: 'chose a list for the partnership', ORGANIZATION_CREATED: 'signed up', JOB_REQUESTED: 'started a match', JOB_SUCCEEDED: 'match finished', JOB_FAILED: 'match failed',
  MATRIX_VIEWED: 'viewed the overlap matrix', OVERLAPS_VIEWED: 'viewed shared accounts', OVERLAPS_EXPORTED: 'exported shared accounts',
  FEEDBACK_GIVEN: 'flagged a match', API_KEY_ROTATED: 'rotated its API key'
};

async function loadAudit() {
  const events = await api('GET', '/api/v1/audit?limit=200');
  const box = $('audit');
  if (!events.length) { fill(box, el('p', { class: 'empty', text: 'Nothing has happened yet.' })); return; }
  fill(box, el('table', { class: 'grid', id: 'audit-table' },
    el('thead', {}, el('tr', {}, ['When', 'Who', 'What', 'Details'].map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, events.map(e => el('tr', { class: e.organizationId === state.me.id ? 'mine' : 'theirs' },
      el('td', { text: when(e.at) }),
      el('td', {}, el('span', { class: 'who-tag', text: e.organizationId === state.me.id ? 'You' : (e.organizationName || e.organizationId) })),
      el('td', { text: ACTIONS[e.action] || e.action.toLowerCase().replace(/_/g, ' ') }),
      el('td', { class: 'muted', text: e.detail || '' }))))));
}

// ---------- start ----------
if (key()) signIn(key());
