/*
 * drone-pipeline build page: renders the pipelines of a build from drone/state, polls while it runs, and
 * shows a step's log, or a whole pipeline's, beside them (each step's tailed by byte offset in bounded chunks,
 * lazy for big logs, at most KEEP bytes in the page so a flood of output cannot stall it, ANSI colours through
 * drone-ansi.js, each line's time on demand). Plain DOM + fetch; settings come from data-* attributes.
 */
(function () {
  'use strict';
  var root = document.getElementById('drone-pipelines');
  if (!root) {
    return;
  }
  var d = root.dataset;
  var list = root.querySelector('.drone-pipelines-list');
  var header = root.querySelector('.drone-log-header');
  var tools = root.querySelector('.drone-log-tools');
  var pre = root.querySelector('.drone-log');
  var earlier = document.createElement('div');
  earlier.className = 'drone-log-earlier';
  pre.parentNode.insertBefore(earlier, pre);
  var TAIL = parseInt(d.tailBytes, 10) || 65536;
  var CHUNK = TAIL * 4;
  var KEEP = TAIL * 64;
  var shown = 0;
  var timestamps = window.localStorage && window.localStorage.getItem('drone-timestamps') === 'true';
  var state = null;
  var selected = null;
  var session = 0;
  var sections = {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function url(base, params) {
    return base + '?' + new URLSearchParams(params).toString();
  }

  function icon(status) {
    var i = el('span', 'drone-icon drone-status-' + status);
    i.title = status;
    return i;
  }

  function findStep(pipeline, step) {
    var p = state && state.pipelines.filter(function (x) { return x.name === pipeline; })[0];
    return p && (step === undefined ? p : p.steps.filter(function (x) { return x.name === step; })[0]);
  }

  /* A chain (each step after at most one other, nobody waited on twice) is a list; anything else a graph. */
  function isGraph(steps) {
    var used = {};
    return steps.some(function (s) {
      var repeated = s.dependsOn.some(function (dep) { var seen = used[dep]; used[dep] = true; return seen; });
      return s.dependsOn.length > 1 || repeated;
    });
  }

  function columns(steps) {
    var depth = {};
    var names = steps.map(function (s) { return s.name; });
    steps.forEach(function (s) {
      var deps = s.dependsOn.filter(function (n) { return names.indexOf(n) >= 0; });
      depth[s.name] = deps.length ? 1 + Math.max.apply(null, deps.map(function (n) { return depth[n] || 0; })) : 0;
    });
    var cols = [];
    steps.forEach(function (s) { (cols[depth[s.name]] = cols[depth[s.name]] || []).push(s); });
    return cols.filter(Boolean);
  }

  function renderStep(p, s, graph) {
    var b = el('button', 'drone-step drone-status-' + s.status);
    b.type = 'button';
    b.dataset.pipeline = p.name;
    b.dataset.step = s.name;
    b.dataset.status = s.status;
    b.appendChild(icon(s.status));
    var body = b.appendChild(el('span', 'drone-step-body'));
    body.appendChild(el('span', 'drone-step-name', s.name));
    var meta = [s.status];
    if (s.duration) { meta.push(s.duration); }
    if (s.finished && s.status !== 'skipped') { meta.push(d.textExitCode + ' ' + s.exitCode); }
    body.appendChild(el('span', 'drone-step-meta', meta.join(' \u00b7 ')));
    if (s.reason) { body.appendChild(el('span', 'drone-step-reason', s.reason)); }
    var figures = [];
    if (s.memory) { figures.push(d.textMemory + ' ' + s.memory); }
    if (s.read) { figures.push(d.textRead + ' ' + s.read); }
    if (s.written) { figures.push(d.textWritten + ' ' + s.written); }
    if (s.pull) { figures.push(d.textPull + ' ' + s.pull); }
    if (figures.length) { body.appendChild(el('span', 'drone-step-figures', figures.join(' \u00b7 '))); }
    if (graph && s.dependsOn.length) { body.appendChild(el('span', 'drone-step-needs', '\u2190 ' + s.dependsOn.join(', '))); }
    b.addEventListener('click', function () { select({ pipeline: p.name, step: s.name }); });
    return b;
  }

  function renderPipeline(p) {
    var card = el('section', 'drone-pipeline drone-status-' + p.status);
    card.dataset.pipeline = p.name;
    card.dataset.status = p.status;
    var head = card.appendChild(el('div', 'drone-pipeline-head'));
    head.appendChild(icon(p.status));
    head.appendChild(el('span', 'drone-pipeline-name', p.name));
    head.appendChild(el('span', 'drone-muted', p.status + (p.node ? ' ' + d.textOn + ' ' + p.node : '') +
      (p.duration ? ' \u00b7 ' + p.duration : '')));
    var whole = head.appendChild(el('button', 'drone-button drone-whole-log', d.textWholePipeline));
    whole.type = 'button';
    whole.addEventListener('click', function () { select({ pipeline: p.name }); });
    if (p.reason) { card.appendChild(el('div', 'drone-pipeline-reason', p.reason)); }
    var io = [];
    if (p.read) { io.push(d.textRead + ' ' + p.read); }
    if (p.written) { io.push(d.textWritten + ' ' + p.written); }
    if (io.length) { card.appendChild(el('div', 'drone-pipeline-io', io.join(' \u00b7 '))); }
    p.caches.forEach(function (c) {
      card.appendChild(el('div', 'drone-cache drone-cache-' + c.outcome, d.textCache + ' ' + c.volume + ': ' +
        c.outcome + ' \u00b7 ' + c.key + (c.restoredFrom ? ' \u2190 ' + c.restoredFrom : '') +
        (c.saved ? ' \u00b7 ' + c.size : ' \u00b7 ' + d.textNotSaved)));
    });
    var services = p.steps.filter(function (s) { return s.kind === 'service'; });
    var steps = p.steps.filter(function (s) { return s.kind !== 'service'; });
    if (services.length) {
      card.appendChild(el('div', 'drone-group-title', d.textServices));
      var row = card.appendChild(el('div', 'drone-steps'));
      services.forEach(function (s) { row.appendChild(renderStep(p, s, false)); });
    }
    if (isGraph(steps)) {
      var graph = card.appendChild(el('div', 'drone-graph'));
      columns(steps).forEach(function (col) {
        var c = graph.appendChild(el('div', 'drone-graph-column'));
        col.forEach(function (s) { c.appendChild(renderStep(p, s, true)); });
      });
    } else {
      var listed = card.appendChild(el('div', 'drone-steps'));
      steps.forEach(function (s) { listed.appendChild(renderStep(p, s, false)); });
    }
    return card;
  }

  function render() {
    list.textContent = '';
    state.pipelines.forEach(function (p) { list.appendChild(renderPipeline(p)); });
    list.querySelectorAll('.drone-step').forEach(function (b) {
      var on = selected && b.dataset.pipeline === selected.pipeline && b.dataset.step === selected.step;
      b.classList.toggle('drone-selected', !!on);
    });
    renderHeader();
  }

  function renderHeader() {
    header.textContent = '';
    tools.textContent = '';
    if (!selected) {
      header.appendChild(el('span', 'drone-hint', d.textSelectStep));
      return;
    }
    var item = findStep(selected.pipeline, selected.step);
    if (!item) { return; }
    header.appendChild(icon(item.status));
    header.appendChild(el('span', 'drone-log-title', selected.pipeline + (selected.step ? ' / ' + selected.step : '')));
    header.appendChild(el('span', 'drone-muted', item.status));
    var raw = selected.step ? url(d.logUrl, { pipeline: selected.pipeline, step: selected.step })
      : url(d.pipelineLogUrl, { pipeline: selected.pipeline });
    var a = tools.appendChild(el('a', 'drone-button drone-raw-log', d.textRaw));
    a.href = raw;
    if (selected.step) {
      var t = tools.appendChild(el('button', 'drone-button drone-timestamps', d.textTimestamps));
      t.type = 'button';
      t.setAttribute('aria-pressed', String(timestamps));
      t.addEventListener('click', toggleTimestamps);
    }
    if (selected.step && d.canRedact === 'true' && item.finished) {
      var r = tools.appendChild(el('button', 'drone-button drone-button-danger drone-redact', d.textRedact));
      r.type = 'button';
      r.addEventListener('click', redact);
    }
  }

  function toggleTimestamps() {
    timestamps = !timestamps;
    if (window.localStorage) { window.localStorage.setItem('drone-timestamps', String(timestamps)); }
    select(selected);
  }

  /* A step's log request: a byte range, with each line's time since the step started when they are on. */
  function logUrl(pipeline, step, start, end) {
    var params = { pipeline: pipeline, step: step, start: start, end: end };
    if (timestamps) { params.timestamps = 'true'; }
    return url(d.logUrl, params);
  }

  /*
   * Appends a chunk of output to `into` (the pane, or a step's section of the whole-pipeline view) and drops the
   * oldest chunks beyond KEEP bytes: the raw log has them all.
   */
  function show(bytes, writer, into) {
    var chunk = el('span', 'drone-log-chunk');
    chunk.dataset.bytes = bytes.length;
    chunk.appendChild(writer.write(bytes));
    into.appendChild(chunk);
    shown += bytes.length;
    var oldest = pre.querySelector('.drone-log-chunk');
    while (shown > KEEP && oldest && oldest !== chunk) {
      shown -= parseInt(oldest.dataset.bytes, 10) || 0;
      oldest.parentNode.removeChild(oldest);
      oldest = pre.querySelector('.drone-log-chunk');
      if (!earlier.querySelector('.drone-log-trimmed')) {
        earlier.textContent = '';
        earlier.appendChild(el('span', 'drone-hint drone-log-trimmed', d.textTrimmed));
      }
    }
  }

  function select(sel) {
    selected = sel;
    session++;
    shown = 0;
    pre.textContent = '';
    earlier.textContent = '';
    location.hash = encodeURIComponent(sel.pipeline) + (sel.step ? '/' + encodeURIComponent(sel.step) : '');
    render();
    if (sel.step) {
      var s = findStep(sel.pipeline, sel.step);
      var start = Math.max(0, s.logSize - TAIL);
      if (start > 0) { offerEarlier(start, session); }
      tail(sel.pipeline, sel.step, start, new window.DroneAnsiWriter(), session, pre);
    } else {
      sections = {};
      followPipeline();
    }
  }

  function atBottom() {
    return pre.scrollHeight - pre.scrollTop - pre.clientHeight < 30;
  }

  /* Follows a step's log in chunks of at most CHUNK bytes: at once while it is behind, every second at its end. */
  function tail(pipeline, step, offset, writer, my, into) {
    fetch(logUrl(pipeline, step, offset, offset + CHUNK), { credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        var next = parseInt(r.headers.get('X-Text-Size'), 10);
        var more = r.headers.get('X-More-Data') === 'true';
        return r.arrayBuffer().then(function (buf) {
          if (my !== session) { return; }
          var stick = atBottom();
          show(new Uint8Array(buf), writer, into);
          if (stick) { pre.scrollTop = pre.scrollHeight; }
          var behind = next - offset >= CHUNK;
          if (more || behind) { setTimeout(function () { tail(pipeline, step, next, writer, my, into); }, behind ? 50 : 1000); }
        });
      })
      .catch(function () { if (my === session) { setTimeout(function () { tail(pipeline, step, offset, writer, my, into); }, 3000); } });
  }

  function offerEarlier(start, my) {
    var b = earlier.appendChild(el('button', 'drone-button drone-load-earlier', d.textLoadEarlier));
    b.type = 'button';
    b.addEventListener('click', function () {
      var from = Math.max(0, start - TAIL);
      fetch(logUrl(selected.pipeline, selected.step, from, start), { credentials: 'same-origin' })
        .then(function (r) { return r.arrayBuffer(); })
        .then(function (buf) {
          if (my !== session) { return; }
          pre.insertBefore(new window.DroneAnsiWriter().write(new Uint8Array(buf)), pre.firstChild);
          earlier.textContent = '';
          if (from > 0) { offerEarlier(from, my); }
        });
    });
  }

  /*
   * The whole-pipeline view: a section per entry in pipeline order, under a `----- name (status) -----` line kept
   * current from the state, each following its step's log by byte offset like the step view, from the time the
   * step has started (its last TAIL bytes at most; the raw log has the whole pipeline).
   */
  function followPipeline() {
    var p = findStep(selected.pipeline);
    if (!p) { return; }
    p.steps.forEach(function (s) {
      var section = sections[s.name];
      if (!section) {
        section = sections[s.name] = { head: pre.appendChild(el('span', 'drone-log-section-head')) };
        section.body = pre.appendChild(el('span', 'drone-log-section'));
        section.body.dataset.step = s.name;
      }
      section.head.textContent = '----- ' + s.name + ' (' + s.status + ') -----\n';
      if (!section.followed && s.status !== 'pending' && s.status !== 'waiting') {
        section.followed = true;
        var start = Math.max(0, s.logSize - TAIL);
        if (start > 0) { section.body.appendChild(el('span', 'drone-hint', d.textTrimmed + '\n')); }
        tail(p.name, s.name, start, new window.DroneAnsiWriter(), session, section.body);
      }
    });
  }

  function redact() {
    if (!window.confirm(d.textRedactConfirm)) { return; }
    var headers = {};
    if (d.crumbField && d.crumb) { headers[d.crumbField] = d.crumb; }
    var sel = selected;
    fetch(url(d.redactUrl, { pipeline: sel.pipeline, step: sel.step }),
      { method: 'POST', headers: headers, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) { throw new Error(r.status + ' ' + r.statusText); }
        return fetchState(true).then(function () { select(sel); });
      })
      .catch(function (e) { tools.appendChild(el('span', 'drone-step-reason', String(e.message))); });
  }

  // A finished build's state is cacheable; after a redaction it changed, so it is asked for again.
  function fetchState(reload) {
    return fetch(d.stateUrl, { credentials: 'same-origin', cache: reload ? 'reload' : 'default',
      headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (s) { state = s; });
  }

  function fromHash() {
    var parts;
    try {
      parts = location.hash.replace(/^#/, '').split('/').map(decodeURIComponent);
    } catch (e) {
      return false;
    }
    if (parts[0] && findStep(parts[0], parts[1])) {
      select(parts[1] ? { pipeline: parts[0], step: parts[1] } : { pipeline: parts[0] });
      return true;
    }
    return false;
  }

  function poll(first) {
    fetchState().then(function () {
      if (!(first && fromHash())) {
        render();
        if (selected && !selected.step) { followPipeline(); }
      }
      var open = state.pipelines.some(function (p) { return !p.finished; });
      if (state.building || open) { setTimeout(function () { poll(false); }, 1000); }
    }).catch(function () { setTimeout(function () { poll(first); }, 3000); });
  }

  poll(true);
}());
