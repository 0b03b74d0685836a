/* chipgate atlas: the matrix filters and sorting, and the plane. Every value from the data is put into the page
   as text (textContent, option.text), never as markup. */
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('atlas-data').textContent);
  var t0 = performance.now();

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  var legendByCode = {};
  DATA.legend.forEach(function (l) { legendByCode[l.code] = l; });
  function ready(extra) {
    window.atlas = Object.assign({ ready: true, readyAt: performance.now(), scriptMs: performance.now() - t0, data: DATA }, extra || {});
    document.documentElement.setAttribute('data-ready', 'true');
  }

  /* ---------------------------------------------------------------- matrix */
  function index() {
    var table = document.getElementById('matrix');
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var byId = {};
    DATA.parts.forEach(function (p) { byId[p.id] = p; });
    var f = {
      text: document.getElementById('f-text'), vendor: document.getElementById('f-vendor'), kind: document.getElementById('f-kind'),
      dc: document.getElementById('f-dc'), outcome: document.getElementById('f-outcome'), regime: document.getElementById('f-regime'),
      status: document.getElementById('f-status')
    };
    var count = document.getElementById('count');
    var statusOf = {};
    DATA.regimes.forEach(function (r) { statusOf[r.id] = r.status; });
    function shownRegime(id) {
      var s = f.status.value;
      if (!s) { return true; }
      if (s === 'IN_FORCE') { return statusOf[id] === 'IN_FORCE'; }
      return statusOf[id] === 'IN_FORCE' || statusOf[id] === 'NOT_ENFORCED';
    }
    function apply() {
      Array.prototype.forEach.call(table.querySelectorAll('[data-regime]'), function (c) {
        c.hidden = !shownRegime(c.getAttribute('data-regime'));
      });
      var q = f.text.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (tr) {
        var p = byId[tr.getAttribute('data-part')];
        var ok = true;
        if (q) { ok = (p.id + ' ' + p.name + ' ' + p.vendor).toLowerCase().indexOf(q) >= 0; }
        if (ok && f.vendor.value) { ok = p.vendor === f.vendor.value; }
        if (ok && f.kind.value) { ok = p.kind === f.kind.value; }
        if (ok && f.dc.value) { ok = (p.datacenter === true ? 'yes' : p.datacenter === false ? 'no' : 'unknown') === f.dc.value; }
        if (ok && f.outcome.value) {
          var want = f.outcome.value;
          if (f.regime.value) {
            ok = p.outcomes[f.regime.value] === want;
          } else {
            ok = Object.keys(p.outcomes).some(function (r) { return shownRegime(r) && p.outcomes[r] === want; });
          }
        }
        tr.hidden = !ok;
        if (ok) { shown++; }
      });
      count.textContent = shown + ' of ' + rows.length + ' parts shown';
    }
    Object.keys(f).forEach(function (k) { f[k].addEventListener(k === 'text' ? 'input' : 'change', apply); });
    /* sorting: click a header; numbers by value (blank last), text by locale */
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.addEventListener('click', function (ev) {
        if (ev.target.tagName === 'A') { return; }
        var asc = !th.classList.contains('sorted-asc');
        Array.prototype.forEach.call(heads, function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
        th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
        var num = th.getAttribute('data-type') === 'num';
        var key = function (tr) {
          var td = tr.cells[col];
          var v = td.hasAttribute('data-v') ? td.getAttribute('data-v') : td.textContent;
          return num ? (v === '' ? null : parseFloat(v)) : v.toLowerCase();
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (x === null || y === null) { return x === y ? 0 : x === null ? 1 : -1; }
          var c = num ? x - y : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (tr) { tbody.appendChild(tr); });
      });
    });
    apply();
    ready({ apply: apply });
  }

  /* ---------------------------------------------------------------- plane */
  var COLOURS = { 'o-a': '#d62728', 'o-b': '#ff7f0e', 'o-c': '#9467bd', 'o-lic': '#c9a227', 'o-free': '#2ca02c', 'o-na': '#a0a0a0', 'o-ind': '#6d6d6d' };
  var FILL = { 'o-a': 'rgba(214,39,40,0.13)', 'o-b': 'rgba(255,127,14,0.16)', 'o-c': 'rgba(148,103,189,0.15)', 'o-lic': 'rgba(231,186,82,0.18)', 'o-free': 'rgba(44,160,44,0.06)', 'o-na': 'rgba(160,160,160,0.08)', 'o-ind': 'rgba(120,120,120,0.12)' };
  var LOG = Math.log10;
  function ticks125(lo, hi) {
    var out = [];
    for (var e = Math.floor(LOG(lo)); e <= Math.ceil(LOG(hi)); e++) {
      [1, 2, 5].forEach(function (m) { var v = m * Math.pow(10, e); if (v >= lo * 0.9999 && v <= hi * 1.0001) { out.push(v); } });
    }
    return out;
  }
  var PLANE_NAMES = { io: 'TPP × I/O', dram: 'TPP × total DRAM bandwidth', density: 'TPP × density' };
  var Y_NAMES = { io: 'I/O', dram: 'DRAM bandwidth', density: 'density' };
  /* the default axis ranges (those the regions are computed over), widened to 1–2–5 values that hold every point */
  var RANGES = { io: [20, 10000], dram: [20, 50000], density: [0.2, 200] };
  function atOrBelow(v) { var p = Math.pow(10, Math.floor(LOG(v))); return [5, 2, 1].map(function (m) { return m * p; }).filter(function (x) { return x <= v; })[0] || p; }
  function atOrAbove(v) { var p = Math.pow(10, Math.floor(LOG(v))); return [1, 2, 5, 10].map(function (m) { return m * p; }).filter(function (x) { return x >= v; })[0]; }
  function fmt(v) { return v >= 1000 ? v.toLocaleString('en-US') : String(+v.toPrecision(3)); }

  var LABEL_FONT = '10px sans-serif';
  /* Places point labels without overlaps, as the chipgate chart does (LabelLayout.java): each label tries positions
     around its point, nearest first, and takes the first inside the plot that meets no placed label and no marker. */
  function layoutLabels(items, area, fixed) {
    var MARKER = 5, GAP = 2, RADII = [3, 10, 18, 28, 40, 55, 72, 92, 115, 140], NO_LEADER = 10;
    function hits(p, q) { return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h; }
    var markers = items.map(function (i) { return { x: i.x - MARKER, y: i.y - MARKER, w: 2 * MARKER, h: 2 * MARKER }; });
    var crowd = function (i) { return items.filter(function (o) { return Math.hypot(o.x - i.x, o.y - i.y) < 60; }).length; };
    var order = items.map(function (i) { return { i: i, c: crowd(i) }; }).sort(function (p, q) { return q.c - p.c || p.i.x - q.i.x; });
    var taken = (fixed || []).slice(), out = [];
    function candidates(i, r) {
      var w = i.w, h = i.h, m = MARKER + r;
      return [[i.x - w / 2, i.y - m - h], [i.x - w / 2, i.y + m], [i.x + m, i.y - h / 2], [i.x - m - w, i.y - h / 2],
              [i.x + m * 0.7, i.y - m * 0.7 - h], [i.x - m * 0.7 - w, i.y - m * 0.7 - h], [i.x + m * 0.7, i.y + m * 0.7], [i.x - m * 0.7 - w, i.y + m * 0.7]]
        .map(function (c) { return { x: c[0], y: c[1], w: w, h: h }; });
    }
    function fits(b) {
      if (b.x < area.x || b.y < area.y || b.x + b.w > area.x + area.w || b.y + b.h > area.y + area.h) { return false; }
      var padded = { x: b.x - GAP, y: b.y - GAP, w: b.w + 2 * GAP, h: b.h + 2 * GAP };
      return !taken.some(function (t) { return hits(t, padded); }) && !markers.some(function (m) { return hits(m, b); });
    }
    order.forEach(function (o) {
      var chosen = null, radius = RADII[0];
      for (var k = 0; k < RADII.length && !chosen; k++) {
        var cs = candidates(o.i, RADII[k]);
        for (var c = 0; c < cs.length; c++) { if (fits(cs[c])) { chosen = cs[c]; radius = RADII[k]; break; } }
      }
      if (!chosen) { chosen = candidates(o.i, RADII[0])[0]; }
      taken.push(chosen);
      out.push({ item: o.i, box: chosen, leader: radius > NO_LEADER });
    });
    return out;
  }

  function plane() {
    var chartEl = document.getElementById('plane');
    var chart = echarts.init(chartEl, null, { renderer: 'canvas' });
    var sel = document.getElementById('p-regime');
    var dcSel = document.getElementById('p-dc');
    var dateIn = document.getElementById('p-date');
    var dateText = document.getElementById('p-date-text');
    var statusEl = document.getElementById('p-status');
    var planeRegimes = DATA.regimes.filter(function (r) { return r.plane; });
    planeRegimes.forEach(function (r) {
      var o = el('option', { value: r.id }, r.id + ' — ' + PLANE_NAMES[r.plane]);
      sel.appendChild(o);
    });
    var preferred = planeRegimes.filter(function (r) { return r.status === 'IN_FORCE' && r.id.indexOf('3a090') === 0; });
    if (!preferred.length) { preferred = planeRegimes.filter(function (r) { return r.status === 'IN_FORCE'; }); }
    sel.value = (preferred.length ? preferred[preferred.length - 1] : planeRegimes[planeRegimes.length - 1]).id;
    /* ?regime=ID&dc=nonDatacenter&labels=1&date=YYYY-MM-DD: a plane chosen by its address, e.g. to print it as a figure */
    var params = new URLSearchParams(window.location.search);
    var labelsBox = document.getElementById('p-labels');
    if (params.has('regime') && planeRegimes.some(function (r) { return r.id === params.get('regime'); })) { sel.value = params.get('regime'); }
    if (params.get('dc') === 'nonDatacenter') { dcSel.value = 'nonDatacenter'; }
    if (params.get('labels') === '1' || params.get('labels') === 'true') { labelsBox.checked = true; }
    /* with the names on the points the plane is a figure of a fixed size, the same on screen and on paper (A4 landscape) */
    function figure() { document.body.classList.toggle('figure', labelsBox.checked); chart.resize(); }
    figure();
    var dates = DATA.dates;
    dateIn.max = String(dates.length - 1);
    dateIn.value = String(dates.indexOf(params.has('date') && dates.indexOf(params.get('date')) >= 0 ? params.get('date') : DATA.meta.date));
    var legendEl = document.getElementById('p-legend');
    DATA.legend.forEach(function (l) {
      var s = el('span', { 'class': l.cls, title: l.text }, l.abbr === l.code ? l.code : l.abbr + ' = ' + l.code);
      legendEl.appendChild(s);
    });

    function outcomeOn(p, rid, date) {
      if (date === DATA.meta.date) { return { code: p.outcomes[rid], written: true }; }
      for (var i = 0; i < p.history.length; i++) {
        var h = p.history[i];
        if (h.from <= date && (h.to === null || date < h.to)) {
          if (h.outcomes[rid] !== undefined) { return { code: h.outcomes[rid], written: true }; }
        }
      }
      return { code: p.outcomes[rid], written: false };
    }
    function statusOn(r, date) {
      if (date < r.effective) { return 'NOT_YET'; }
      if (r.supersededOn && date >= r.supersededOn) { return 'SUPERSEDED'; }
      if (r.notEnforcedFrom && date >= r.notEnforcedFrom) { return 'NOT_ENFORCED'; }
      return 'IN_FORCE';
    }
    function yOf(p, kind) { return kind === 'io' ? p.io : kind === 'dram' ? p.memoryBandwidth : p.performanceDensity; }

    function draw() {
      var r = DATA.regimes.filter(function (x) { return x.id === sel.value; })[0];
      var date = dates[+dateIn.value];
      dateText.textContent = date;
      var st = statusOn(r, date);
      statusEl.textContent = st === 'IN_FORCE' ? '' : r.id + ' is ' + st + ' on ' + date + ': the points show the rule as written.';
      var io = r.plane === 'io';
      var xr0 = [300, 200000], yr0 = RANGES[r.plane], xr = xr0.slice(), yr = yr0.slice();
      DATA.parts.forEach(function (p) {
        var y = yOf(p, r.plane);
        if (p.kind !== 'ACCELERATOR' || p.tpp.value === null || y.value === null || p.tpp.value <= 0 || y.value <= 0) { return; }
        xr = [Math.min(xr[0], atOrBelow(p.tpp.value / 1.15)), Math.max(xr[1], atOrAbove(p.tpp.value * 1.15))];
        yr = [Math.min(yr[0], atOrBelow(y.value / 1.15)), Math.max(yr[1], atOrAbove(y.value * 1.15))];
      });
      document.getElementById('p-note').textContent = r.plane === 'dram'
        ? 'Regions: the outcome for a part whose density makes it 3A090.a or .b wherever its TPP allows; a point is coloured by its own determination (a part that is not 3A090.a/.b is NOT_APPLICABLE wherever it lies).' : '';
      /* the outermost rectangles reach the axes' ends: no line lies beyond the default ranges */
      var regions = r.regions[dcSel.value].map(function (g) {
        return { x0: g.x0 <= xr0[0] ? xr[0] : g.x0, x1: g.x1 >= xr0[1] ? xr[1] : g.x1, y0: g.y0 <= yr0[0] ? yr[0] : g.y0, y1: g.y1 >= yr0[1] ? yr[1] : g.y1,
                 outcome: g.outcome, cls: g.cls };
      });
      /* one label per outcome, in its largest rectangle (log area) */
      var largest = {};
      regions.forEach(function (g, i) {
        var size = (LOG(g.x1) - LOG(g.x0)) * (LOG(g.y1) - LOG(g.y0));
        if (!largest[g.outcome] || size > largest[g.outcome].size) { largest[g.outcome] = { i: i, size: size }; }
      });
      var areas = regions.map(function (g, i) { return { g: g, i: i }; }).filter(function (x) { return x.g.cls !== 'o-na'; }).map(function (x) {
        var g = x.g;
        var labelled = largest[g.outcome].i === x.i;
        return [{ coord: [LOG(g.x0), LOG(g.y0)], itemStyle: { color: FILL[g.cls] || 'rgba(0,0,0,0.05)', borderColor: 'rgba(0,0,0,0.12)', borderWidth: 0.5 },
                  label: { show: labelled, position: 'insideTopRight', formatter: (legendByCode[g.outcome] || {}).abbr || g.outcome, color: COLOURS[g.cls], fontSize: 12, fontWeight: 'bold' } },
                { coord: [LOG(g.x1), LOG(g.y1)] }];
      });
      var groups = { dc: [], nondc: [], unknown: [] };
      var boxes = [];
      var unplotted = [];
      DATA.parts.forEach(function (p) {
        if (p.kind !== 'ACCELERATOR') { return; }
        var y = yOf(p, r.plane);
        if (p.tpp.value === null || y.value === null || p.tpp.value <= 0 || y.value <= 0) {
          var miss = [].concat(p.tpp.value === null ? p.tpp.missing : [], y.value === null ? y.missing : []);
          unplotted.push({ p: p, why: (p.tpp.value === null ? 'TPP ' + p.tpp.text : '') + (y.value === null ? (p.tpp.value === null ? '; ' : '') + Y_NAMES[r.plane] + ' ' + y.text : '') + (miss.length ? ' (missing: ' + miss.join('; ') + ')' : '') });
          return;
        }
        var o = outcomeOn(p, r.id, date);
        var cls = (legendByCode[o.code] || {}).cls || 'o-ind';
        var item = { value: [LOG(p.tpp.value), LOG(y.value)], id: p.id, name: p.name, short: p.short, page: p.page, outcome: o.code,
                     tppText: p.tpp.text, yText: y.text, vendor: p.vendor,
                     estimated: p.tpp.estimated || y.estimated,
                     itemStyle: { color: COLOURS[cls], borderColor: '#222', opacity: o.written ? 0.95 : 0.45,
                                  borderWidth: p.tpp.estimated || y.estimated ? 1.6 : 0.6, borderType: p.tpp.estimated || y.estimated ? 'dashed' : 'solid' } };
        (p.datacenter === true ? groups.dc : p.datacenter === false ? groups.nondc : groups.unknown).push(item);
        if (p.tpp.low !== undefined || y.low !== undefined) {
          boxes.push({ value: [LOG(p.tpp.low !== undefined ? p.tpp.low : p.tpp.value), LOG(y.low !== undefined ? y.low : y.value),
                               LOG(p.tpp.high !== undefined ? p.tpp.high : p.tpp.value), LOG(y.high !== undefined ? y.high : y.value)],
                       name: p.name, colour: COLOURS[cls] });
        }
      });
      var list = document.getElementById('unplotted-list');
      list.textContent = '';
      unplotted.forEach(function (u) {
        var li = el('li');
        li.appendChild(el('a', { href: u.p.page }, u.p.name));
        li.appendChild(document.createTextNode(' — ' + u.why));
        list.appendChild(li);
      });
      var xt = ticks125(xr[0], xr[1]), yt = ticks125(yr[0], yr[1]);
      var grid = { type: 'scatter', name: 'grid', silent: true, data: [], symbolSize: 0, z: 1,
        markLine: { silent: true, symbol: 'none', animation: false, lineStyle: { color: '#e3e3e3', type: 'solid', width: 1 },
          data: xt.map(function (v) { return { xAxis: LOG(v), label: { formatter: fmt(v), position: 'start', color: '#555' } }; })
            .concat(yt.map(function (v) { return { yAxis: LOG(v), label: { formatter: fmt(v), position: 'start', color: '#555' } }; })) },
        markArea: { silent: true, animation: false, data: areas } };
      var staticLabels = labelsBox.checked;
      function scatter(name, symbol, data) {
        return { type: 'scatter', name: name, symbol: symbol, symbolSize: 11, data: data, z: 5, cursor: 'pointer', itemStyle: { color: '#777' },
                 /* names on the points, placed clear of each other, for a plane that prints as a figure */
                 emphasis: { scale: 1.6, label: { show: true, formatter: function (q) { return q.data.name; }, position: 'top', color: '#111' } } };
      }
      var boxSeries = { type: 'custom', name: 'estimate intervals', silent: true, z: 3, data: boxes, itemStyle: { color: '#999' },
        renderItem: function (params, api) {
          var a = api.coord([api.value(0), api.value(1)]), b = api.coord([api.value(2), api.value(3)]);
          var c = boxes[params.dataIndex].colour;
          return { type: 'rect', shape: { x: Math.min(a[0], b[0]), y: Math.min(a[1], b[1]), width: Math.max(2, Math.abs(b[0] - a[0])), height: Math.max(2, Math.abs(b[1] - a[1])) },
                   style: { fill: 'rgba(0,0,0,0.03)', stroke: c, lineWidth: 1.2, lineDash: [3, 2] } };
        } };
      chart.setOption({
        animation: false,
        title: { text: r.id + ': ' + (io ? 'TPP × aggregate bidirectional I/O' : r.plane === 'dram' ? 'TPP × total DRAM bandwidth' : 'TPP × performance density') + ', ' + date
                 + ' · catalog ' + DATA.meta.catalogVersion, left: 8, top: 4, textStyle: { fontSize: 14 } },
        legend: { top: 28, right: 10, data: ['designed/marketed for datacenters', 'not for datacenters', 'designation unknown', 'estimate intervals'] },
        grid: { left: 70, right: 24, top: 58, bottom: 56 },
        tooltip: { trigger: 'item', formatter: function (q) {
          if (!q.data || !q.data.id) { return ''; }
          return '<b>' + esc(q.data.name) + '</b> (' + esc(q.data.vendor) + ')<br>TPP ' + esc(q.data.tppText) + ' · ' + (io ? 'I/O ' : 'PD ') + esc(q.data.yText) + '<br>' + esc(r.id) + ': ' + esc(q.data.outcome) + (q.data.estimated ? '<br><i>position rests on an estimate</i>' : '');
        } },
        xAxis: { type: 'value', min: LOG(xr[0]), max: LOG(xr[1]), name: 'TPP (total processing performance), log scale', nameLocation: 'middle', nameGap: 30,
                 axisLabel: { show: false }, splitLine: { show: false }, axisTick: { show: false } },
        yAxis: { type: 'value', min: LOG(yr[0]), max: LOG(yr[1]), name: io ? 'I/O GB/s, log scale' : r.plane === 'dram' ? 'total DRAM bandwidth GB/s, log scale' : 'performance density, log scale', nameLocation: 'middle', nameGap: 48,
                 axisLabel: { show: false }, splitLine: { show: false }, axisTick: { show: false } },
        series: [grid, boxSeries, scatter('designed/marketed for datacenters', 'circle', groups.dc), scatter('not for datacenters', 'triangle', groups.nondc),
                 scatter('designation unknown', 'diamond', groups.unknown)]
      }, true);
      window.atlas.plotted = groups.dc.concat(groups.nondc, groups.unknown).map(function (d) { return d.id; });
      window.atlas.ranges = { x: xr, y: yr };
      /* static labels: every point's short name, placed clear of the others (the chipgate chart's layout), leader lines where moved */
      var graphic = [];
      window.atlas.labels = [];
      if (staticLabels) {
        var a = chart.convertToPixel({ seriesIndex: 2 }, [LOG(xr[0]), LOG(yr[1])]), b = chart.convertToPixel({ seriesIndex: 2 }, [LOG(xr[1]), LOG(yr[0])]);
        var area = { x: a[0], y: a[1], w: b[0] - a[0], h: b[1] - a[1] };
        var ctx = document.createElement('canvas').getContext('2d');
        ctx.font = LABEL_FONT;
        var items = [];
        [2, 3, 4].forEach(function (si) {
          chart.getOption().series[si].data.forEach(function (d) {
            var px = chart.convertToPixel({ seriesIndex: si }, d.value);
            items.push({ id: d.id, text: d.short, x: px[0], y: px[1], w: Math.ceil(ctx.measureText(d.short).width), h: 12 });
          });
        });
        /* the regions' own labels (bold, at each labelled rectangle's top right) are kept clear too */
        var fixed = [];
        ctx.font = 'bold 12px sans-serif';
        areas.forEach(function (pair) {
          var lab = pair[0].label;
          if (!lab.show) { return; }
          var tr = chart.convertToPixel({ seriesIndex: 0 }, pair[1].coord), w = Math.ceil(ctx.measureText(lab.formatter).width);
          fixed.push({ x: tr[0] - w - 7, y: tr[1] + 3, w: w + 4, h: 17 });
        });
        ctx.font = LABEL_FONT;
        layoutLabels(items, area, fixed).forEach(function (l) {
          graphic.push({ type: 'text', silent: true, z: 10, x: l.box.x, y: l.box.y,
                         style: { text: l.item.text, font: LABEL_FONT, fill: '#1d1d1f', textVerticalAlign: 'top' } });
          if (l.leader) {
            var ax = Math.max(l.box.x, Math.min(l.item.x, l.box.x + l.box.w)), ay = Math.max(l.box.y, Math.min(l.item.y, l.box.y + l.box.h));
            graphic.push({ type: 'line', silent: true, z: 9, shape: { x1: l.item.x, y1: l.item.y, x2: ax, y2: ay }, style: { stroke: '#888', lineWidth: 0.6 } });
          }
          window.atlas.labels.push({ id: l.item.id, text: l.item.text, x: l.item.x, y: l.item.y, box: l.box, leader: l.leader });
        });
        window.atlas.labelArea = area;
      }
      chart.setOption({ graphic: { elements: graphic } }, { replaceMerge: ['graphic'] });
    }
    chart.on('click', function (q) { if (q.data && q.data.page) { window.location.href = q.data.page; } });
    [sel, dcSel].forEach(function (s) { s.addEventListener('change', draw); });
    labelsBox.addEventListener('change', function () { figure(); draw(); });
    /* a new size (a window resized, the page printed) lays the names on the points out again for it */
    function redraw() { chart.resize(); draw(); }
    window.addEventListener('beforeprint', redraw);
    window.addEventListener('afterprint', redraw);
    dateIn.addEventListener('input', draw);
    window.addEventListener('resize', function () { chart.resize(); if (labelsBox.checked) { draw(); } });
    window.atlas = { chart: chart };
    draw();
    ready({
      chart: chart, draw: draw, plotted: window.atlas.plotted, ranges: window.atlas.ranges, labels: window.atlas.labels, labelArea: window.atlas.labelArea,
      /* where a part's point is on the screen, for tests and for people driving the page from the console */
      pointOf: function (id) {
        var opt = chart.getOption(), found = null;
        opt.series.forEach(function (s, si) { (s.data || []).forEach(function (d) { if (d && d.id === id) { found = chart.convertToPixel({ seriesIndex: si }, d.value); } }); });
        if (!found) { return null; }
        var rect = chartEl.getBoundingClientRect();
        return { x: rect.left + found[0], y: rect.top + found[1] };
      }
    });
  }


  /* ---------------------------------------------------------------- calculator */
  /* Exact decimals as scaled integers: {n: BigInt, s: scale} is n × 10^-s. No binary floating point touches a value. */
  var TEN = BigInt(10), ZERO = BigInt(0), TWO = BigInt(2), FIVE = BigInt(5);
  function pow10(k) { var r = BigInt(1); for (var i = 0; i < k; i++) { r *= TEN; } return r; }
  function norm(d) { if (d.n === ZERO) { return { n: ZERO, s: 0 }; } while (d.s > 0 && d.n % TEN === ZERO) { d = { n: d.n / TEN, s: d.s - 1 }; } if (d.s < 0) { d = { n: d.n * pow10(-d.s), s: 0 }; } return d; }
  /* "100.862", "1e3", "2.5E-1" → a decimal; null when the text is not a plain non-negative decimal */
  function dec(text) {
    var m = /^\s*(\d{1,40})(?:\.(\d{0,40}))?(?:[eE]([+-]?\d{1,2}))?\s*$/.exec(String(text));
    if (!m) { return null; }
    var frac = m[2] || '';
    return norm({ n: BigInt(m[1] + frac), s: frac.length - (m[3] ? parseInt(m[3], 10) : 0) });
  }
  function cmp(a, b) {
    var s = Math.max(a.s, b.s), x = a.n * pow10(s - a.s), y = b.n * pow10(s - b.s);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  function mul(a, b) { return norm({ n: a.n * b.n, s: a.s + b.s }); }
  function plain(d) {
    var t = d.n.toString();
    if (d.s === 0) { return t; }
    while (t.length <= d.s) { t = '0' + t; }
    return t.slice(0, t.length - d.s) + '.' + t.slice(t.length - d.s);
  }
  function gcd(a, b) { while (b !== ZERO) { var t = a % b; a = b; b = t; } return a; }
  /* a ratio N/D (both positive BigInt) to 12 significant digits, rounded half-even as Java's MathContext(12, HALF_EVEN) */
  function sig12(N, D) {
    var e = N.toString().length - D.toString().length;            /* 10^e ≤ N/D < 10^(e+2) */
    if (e >= 0 ? N < D * pow10(e) : N * pow10(-e) < D) { e--; }    /* now 10^e ≤ N/D < 10^(e+1) */
    var scale = 11 - e, num = N, den = D;
    if (scale >= 0) { num = N * pow10(scale); } else { den = D * pow10(-scale); }
    var q = num / den, r = num % den;
    if (TWO * r > den || (TWO * r === den && q % TWO !== ZERO)) { q += BigInt(1); }
    return norm({ n: q, s: scale });
  }
  /* the decimal places of 1/D when it terminates (D has no prime factor but 2 and 5), else null */
  function decimalPlaces(D) {
    var twos = 0, fives = 0;
    while (D % TWO === ZERO) { D /= TWO; twos++; }
    while (D % FIVE === ZERO) { D /= FIVE; fives++; }
    return D === BigInt(1) ? Math.max(twos, fives) : null;
  }

  function calculator() {
    var C = DATA.calculator;
    var tppCuts = C.tppCuts.map(dec), pdCuts = C.pdCuts.map(dec);
    var f = { tops: document.getElementById('c-tops'), bits: document.getElementById('c-bits'), sparse: document.getElementById('c-sparse'),
              area: document.getElementById('c-area'), dc: document.getElementById('c-dc') };
    var out = { tpp: document.getElementById('c-tpp'), tppHow: document.getElementById('c-tpp-how'), pd: document.getElementById('c-pd'),
                pdHow: document.getElementById('c-pd-how'), error: document.getElementById('c-error') };
    var tbody = document.getElementById('c-regimes').tBodies[0];
    document.getElementById('c-tpp-lines').textContent = C.tppCuts.join(', ');
    document.getElementById('c-pd-lines').textContent = C.pdCuts.join(', ');
    var q = new URLSearchParams(window.location.search);
    if (q.has('tops')) { f.tops.value = q.get('tops'); }
    if (q.has('bits')) { f.bits.value = q.get('bits'); }
    if (q.has('area')) { f.area.value = q.get('area'); }
    if (q.has('sparse')) { f.sparse.checked = q.get('sparse') === '1' || q.get('sparse') === 'true'; }
    if (q.has('datacenter')) { f.dc.checked = !(q.get('datacenter') === '0' || q.get('datacenter') === 'false'); }

    function bad(field, value, expected) { return field + ': invalid value \u2018' + value + '\u2019: expected ' + expected; }
    function compute() {
      var errors = [];
      var tops = dec(f.tops.value);
      if (tops === null || tops.n === ZERO || cmp(tops, dec(C.limits.topsMax)) > 0) {
        errors.push(bad('rate', f.tops.value, 'a decimal above 0 and at most ' + C.limits.topsMax + ' TOPS'));
      }
      var bits = /^\s*\d{1,3}\s*$/.test(f.bits.value) ? parseInt(f.bits.value, 10) : NaN;
      if (!(bits >= C.limits.bitsMin && bits <= C.limits.bitsMax)) {
        errors.push(bad('bit length', f.bits.value, 'a whole number from ' + C.limits.bitsMin + ' to ' + C.limits.bitsMax));
      }
      var area = null;
      if (f.area.value.trim() !== '') {
        area = dec(f.area.value);
        if (area === null || cmp(area, dec(C.limits.areaMin)) < 0 || cmp(area, dec(C.limits.areaMax)) > 0) {
          errors.push(bad('die area', f.area.value, 'an area from ' + C.limits.areaMin + ' to ' + C.limits.areaMax + ' mm\u00b2, or nothing'));
          area = undefined;
        }
      }
      out.error.textContent = errors.join('; ');
      tbody.textContent = '';
      if (errors.length) {
        out.tpp.textContent = ''; out.tppHow.textContent = ''; out.pd.textContent = ''; out.pdHow.textContent = '';
        return { error: errors.join('; ') };
      }
      var sparse = f.sparse.checked, datacenter = f.dc.checked;
      /* TPP = TOPS × bit length; a sparse rate is halved (× 5 ÷ 10, exactly) */
      var tpp = mul(tops, { n: BigInt(bits), s: 0 });
      if (sparse) { tpp = norm({ n: tpp.n * FIVE, s: tpp.s + 1 }); }
      out.tpp.textContent = plain(tpp);
      out.tppHow.textContent = '= ' + plain(tops) + (sparse ? ' (sparse) \u00f7 2' : '') + ' \u00d7 ' + bits;
      var pdText = null, ti = tppCuts.length * 2, pi = pdCuts.length * 2 + 1;
      for (var k = 0; k < tppCuts.length; k++) { var c = cmp(tpp, tppCuts[k]); if (c <= 0) { ti = 2 * k + (c === 0 ? 1 : 0); break; } }
      if (area) {
        /* PD = TPP ÷ area as the ratio N/D; its cell by cross-multiplication: PD ≥ line ⇔ TPP ≥ line × area */
        pi = pdCuts.length * 2;
        for (var j = 0; j < pdCuts.length; j++) { var d = cmp(tpp, mul(pdCuts[j], area)); if (d <= 0) { pi = 2 * j + (d === 0 ? 1 : 0); break; } }
        var N = tpp.n * pow10(area.s), D = area.n * pow10(tpp.s), g = gcd(N, D);
        N /= g; D /= g;
        var shown = sig12(N, D), places = decimalPlaces(D);
        if (places !== null) {
          var exactDec = norm({ n: N * pow10(places) / D, s: places });
          out.pdHow.textContent = '= ' + plain(tpp) + ' \u00f7 ' + plain(area) + (cmp(exactDec, shown) === 0 ? ', exactly' : '; exactly ' + plain(exactDec));
        } else {
          out.pdHow.textContent = '= ' + plain(tpp) + ' \u00f7 ' + plain(area) + ' to 12 significant digits; exactly ' + N.toString() + '/' + D.toString();
        }
        pdText = plain(shown);
        out.pd.textContent = pdText;
      } else {
        out.pd.textContent = 'unknown';
        out.pdHow.textContent = '(give the die area)';
      }
      var answers = {};
      C.regimes.forEach(function (r) {
        var id = r[datacenter ? 'datacenter' : 'nonDatacenter'][ti][pi];
        var a = id >= 0 ? C.answers[id] : { code: 'UNREACHABLE', cls: 'o-ind', text: '', missing: 'no decimal input lands in this cell' };
        answers[r.id] = a.code;
        var tr = el('tr', { 'data-regime': r.id });
        var first = el('td'); first.appendChild(el('b', null, r.id)); first.appendChild(el('br')); first.appendChild(el('span', { 'class': 'small' }, r.title + ' (' + r.citation + ')'));
        tr.appendChild(first);
        tr.appendChild(el('td', null, r.status));
        tr.appendChild(el('td', { 'class': 'cell ' + a.cls, title: a.text, 'data-code': a.code }, a.code));
        tr.appendChild(el('td', { 'class': 'small' }, a.missing));
        tbody.appendChild(tr);
      });
      return { tpp: plain(tpp), pd: pdText, tppCell: ti, pdCell: pi, outcomes: answers };
    }
    [f.tops, f.bits, f.area].forEach(function (i) { i.addEventListener('input', compute); });
    [f.sparse, f.dc].forEach(function (i) { i.addEventListener('change', compute); });
    var first = compute();
    ready({ compute: compute, result: first });
  }

  if (document.getElementById('matrix')) { index(); }
  else if (document.getElementById('plane')) { plane(); }
  else if (document.getElementById('calc')) { calculator(); }
  else { ready(); }
}());
