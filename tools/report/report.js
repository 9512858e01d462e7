// Casus report: renders the embedded data (documents with their marked-up
// text, the claim set, the graph) and wires selection, filters and paging.
// No network access; everything is in this file.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('casus-data').textContent);
  var PAGE = 20;  // documents per page in the document view
  var page = 0;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === 'text') e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }

  function showView(name) {
    document.querySelectorAll('nav button').forEach(function (b) {
      b.setAttribute('aria-selected', b.dataset.view === name ? 'true' : 'false');
    });
    document.querySelectorAll('section.view').forEach(function (s) {
      s.classList.toggle('active', s.id === 'view-' + name);
    });
  }
  document.querySelectorAll('nav button').forEach(function (b) {
    b.addEventListener('click', function () { showView(b.dataset.view); });
  });

  // Document view. Each document's text arrives as escaped HTML from the
  // generator; documents are attached a page at a time.
  var docsBox = document.getElementById('docs');
  function renderPage() {
    docsBox.innerHTML = '';
    var from = page * PAGE, to = Math.min(data.docs.length, from + PAGE);
    for (var i = from; i < to; i++) {
      var d = data.docs[i];
      var art = el('article', {'class': 'doc', id: 'doc-' + i});
      art.appendChild(el('h2', {text: d.id + (d.error ? '  (failed: ' + d.error + ')' : '')}));
      var body = el('div', {'class': 'doctext'});
      body.innerHTML = d.html;  // generated and escaped by casus
      art.appendChild(body);
      var list = el('ol', {'class': 'claims'});
      d.claims.forEach(function (c) {
        var li = el('li', {'class': 'claim', tabindex: '0', 'data-claim': c.n,
                           'data-id': c.id});
        li.innerHTML = c.html;
        li.addEventListener('click', function () { selectClaim(c.n); });
        li.addEventListener('keydown', function (ev) {
          if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); selectClaim(c.n); }
        });
        list.appendChild(li);
      });
      art.appendChild(list);
      if (d.errors) {
        var ul = el('ul', {'class': 'errors'});
        ul.innerHTML = d.errors;
        art.appendChild(ul);
      }
      docsBox.appendChild(art);
    }
    document.getElementById('pageinfo').textContent =
        'documents ' + (data.docs.length ? from + 1 : 0) + '-' + to + ' of ' + data.docs.length;
  }
  document.getElementById('prev').addEventListener('click', function () {
    if (page > 0) { page--; renderPage(); }
  });
  document.getElementById('next').addEventListener('click', function () {
    if ((page + 1) * PAGE < data.docs.length) { page++; renderPage(); }
  });

  // Selecting a claim (claim number n over the whole corpus).
  function selectClaim(n) {
    var docIndex = data.claimDoc[n];
    if (docIndex === undefined) return;
    var want = Math.floor(docIndex / PAGE);
    if (want !== page) { page = want; renderPage(); }
    showView('docs');
    document.querySelectorAll('.selected').forEach(function (x) { x.classList.remove('selected'); });
    var first = null;
    document.querySelectorAll('.cp').forEach(function (s) {
      if ((' ' + s.dataset.c + ' ').indexOf(' ' + n + ' ') >= 0) {
        s.classList.add('selected');
        if (!first) first = s;
      }
    });
    var li = document.querySelector('li.claim[data-claim="' + n + '"]');
    if (li) li.classList.add('selected');
    if (first && first.scrollIntoView) first.scrollIntoView({block: 'center'});
  }

  // Claim set view.
  var tbody = document.getElementById('claimrows');
  data.claimset.forEach(function (r, i) {
    var tr = el('tr', {'class': 'row', tabindex: '0', 'data-key': r.id,
                       'data-rel': r.relation, 'data-mod': r.modalities.join(' '),
                       'data-norms': r.cause + ' ' + r.effect});
    [r.cause_text + '  [' + r.cause + ']', r.relation, r.effect_text + '  [' + r.effect + ']',
     String(r.mentions), String(r.documents), String(r.sources),
     r.asserted + ' / ' + (r.hedged + r.hypothesis) + ' / ' + r.negated].forEach(function (t) {
      tr.appendChild(el('td', {text: t}));
    });
    var ev = el('tr', {'class': 'evidence hidden', 'data-key': r.id});
    var td = el('td', {colspan: '7'});
    td.innerHTML = r.evidence;  // escaped by casus; links into the document view
    ev.appendChild(td);
    function toggle() { ev.classList.toggle('hidden'); }
    tr.addEventListener('click', toggle);
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') toggle(); });
    tbody.appendChild(tr);
    tbody.appendChild(ev);
  });
  tbody.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[data-claim]');
    if (a) { e.preventDefault(); selectClaim(Number(a.dataset.claim)); }
  });
  var filterState = {edge: null};
  function applyFilters() {
    var q = document.getElementById('search').value.toLowerCase();
    var rel = document.getElementById('frel').value;
    var mod = document.getElementById('fmod').value;
    var ent = document.getElementById('fent').value.toLowerCase();
    var shown = 0;
    tbody.querySelectorAll('tr.row').forEach(function (tr) {
      var ok = (!q || tr.textContent.toLowerCase().indexOf(q) >= 0) &&
               (!rel || tr.dataset.rel === rel) &&
               (!mod || tr.dataset.mod.indexOf(mod) >= 0) &&
               (!ent || tr.dataset.norms.toLowerCase().indexOf(ent) >= 0) &&
               (!filterState.edge || tr.dataset.key === filterState.edge);
      tr.classList.toggle('hidden', !ok);
      if (!ok) tr.nextSibling.classList.add('hidden');
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown + ' of ' + data.claimset.length + ' claims';
  }
  ['search', 'frel', 'fmod', 'fent'].forEach(function (id) {
    document.getElementById(id).addEventListener('input', applyFilters);
  });
  document.getElementById('clearedge').addEventListener('click', function () {
    filterState.edge = null;
    document.querySelectorAll('#graph g.edge.selected').forEach(function (g) { g.classList.remove('selected'); });
    applyFilters();
  });

  // Graph: clicking an edge filters the claim table to that claim.
  document.querySelectorAll('#graph g.edge').forEach(function (g) {
    g.setAttribute('tabindex', '0');
    function pick() {
      document.querySelectorAll('#graph g.edge.selected').forEach(function (x) { x.classList.remove('selected'); });
      g.classList.add('selected');
      filterState.edge = g.id;
      applyFilters();
      showView('claims');
    }
    g.addEventListener('click', pick);
    g.addEventListener('keydown', function (e) { if (e.key === 'Enter') pick(); });
  });

  // Graph: a minimum-support control hides weaker edges and the nodes
  // left without one (edges carry class "support_N"; titles are "nA->nB").
  (function () {
    var slider = document.getElementById('minsupport');
    if (!slider) return;
    var edges = Array.prototype.slice.call(document.querySelectorAll('#graph g.edge'));
    var max = 1;
    edges.forEach(function (g) {
      var m = /support_(\d+)/.exec(g.getAttribute('class') || '');
      g.dataset.support = m ? m[1] : '1';
      max = Math.max(max, Number(g.dataset.support));
    });
    slider.max = String(Math.max(2, Math.min(max, 50)));
    function apply() {
      var min = Number(slider.value);
      document.getElementById('minsupportval').textContent = String(min);
      var used = {};
      var shown = 0;
      edges.forEach(function (g) {
        var on = Number(g.dataset.support) >= min;
        g.style.display = on ? '' : 'none';
        if (!on) return;
        shown++;
        var t = g.querySelector('title');
        (t ? t.textContent : '').split('->').forEach(function (n) { used[n.trim()] = true; });
      });
      document.querySelectorAll('#graph g.node').forEach(function (g) {
        var t = g.querySelector('title');
        g.style.display = t && used[t.textContent.trim()] ? '' : 'none';
      });
      document.getElementById('graphshown').textContent = shown + ' of ' + edges.length + ' edges';
    }
    slider.addEventListener('input', apply);
    // #min=N starts the control at N (links and screenshots use it).
    var start = /min=(\d+)/.exec(location.hash);
    if (start) {
      slider.value = start[1];
    } else {
      // Start where at most 120 edges show, so a large corpus opens legible.
      var n = 1;
      var count = function (k) {
        return edges.filter(function (g) { return Number(g.dataset.support) >= k; }).length;
      };
      while (n < Number(slider.max) && count(n) > 120) n++;
      slider.value = String(n);
    }
    apply();
  })();

  renderPage();
  applyFilters();
  // #claim=N selects a claim on load (links and tests use it).
  var m = /claim=(\d+)/.exec(location.hash);
  if (m) selectClaim(Number(m[1]));
  // #view=graph (or docs, claims) opens that view.
  var v = /view=(docs|claims|graph)/.exec(location.hash);
  if (v) showView(v[1]);
  document.body.setAttribute('data-ready', 'true');
  document.body.setAttribute('data-load-ms', String(Math.round(performance.now())));
})();
