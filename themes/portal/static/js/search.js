/* 站内搜索：在浏览器中查询构建时生成的索引（/search/，见 SearchIndexWriter.java），不需要服务器。
 * 中文按相邻两字（二元组）索引，拉丁字母和数字按词；文号、索引号另有精确键。索引按键的散列分片，
 * 只下载查询用到的分片；结果的标题、摘要所在的数据块只在显示时下载。 */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch || !"".normalize) {
    return;
  }
  var BASE = "/search/";
  var PAGE = 20;
  var input = document.getElementById("sq");
  var selCol = document.getElementById("s-col");
  var selYear = document.getElementById("s-year");
  var selTopic = document.getElementById("s-topic");
  var status = document.getElementById("search-status");
  var section = document.getElementById("search-results");
  var heading = document.getElementById("results-heading");
  var list = document.getElementById("results");
  var more = document.getElementById("search-more");
  var cache = {};
  var current = null;
  var shown = 0;

  function load(name) {
    if (!cache[name]) {
      cache[name] = fetch(BASE + name, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) {
          throw new Error(name + " " + r.status);
        }
        return r.json();
      });
    }
    return cache[name];
  }

  function normalise(s) {
    return s.normalize("NFKC").toLowerCase();
  }
  function cjk(c) {
    return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
  }
  function word(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }
  // The same tokens as SearchIndexWriter.tokens: bigrams of Chinese runs (a lone character as itself), words.
  function tokens(text) {
    var s = normalise(text), out = [], i = 0, n = s.length, j, k;
    while (i < n) {
      var c = s.charCodeAt(i);
      j = i;
      if (cjk(c)) {
        while (j < n && cjk(s.charCodeAt(j))) j++;
        if (j - i === 1) out.push(s.substring(i, j));
        for (k = i; k + 2 <= j; k++) out.push(s.substring(k, k + 2));
      } else if (word(c)) {
        while (j < n && word(s.charCodeAt(j))) j++;
        out.push(s.substring(i, j));
      } else {
        j++;
      }
      i = j;
    }
    return out.filter(function (t, x) { return out.indexOf(t) === x; });
  }
  function exact(s) {
    return normalise(s).replace(/\s+/g, "").replace(/[\[(【〔{<《]/g, "〔").replace(/[\])】〕}>》]/g, "〕");
  }
  function shard(key, n) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return (h >>> 0) % n;
  }
  function postings(meta, shards, key) {
    var list = shards[shard(key, meta.shards)][key];
    if (!list) return [];
    var out = new Array(list.length), id = 0;
    for (var i = 0; i < list.length; i++) {
      id += list[i];
      out[i] = id;
    }
    return out;
  }
  function union(a, b) {
    var seen = {}, out = [];
    a.concat(b).forEach(function (x) { if (!seen[x]) { seen[x] = true; out.push(x); } });
    return out;
  }
  function intersect(a, b) {
    var inB = {};
    b.forEach(function (x) { inB[x] = true; });
    return a.filter(function (x) { return inB[x]; });
  }

  function query(q, filters) {
    return load("meta.json").then(function (meta) {
      var toks = tokens(q);
      var ex = "=" + exact(q);
      var keys = [ex];
      toks.forEach(function (t) { keys.push(t, "t" + t); });
      var needed = {};
      keys.forEach(function (k) { needed[shard(k, meta.shards)] = true; });
      var names = Object.keys(needed);
      return Promise.all(names.map(function (n) { return load("index-" + n + ".json"); })).then(function (loaded) {
        var shards = {};
        names.forEach(function (n, i) { shards[n] = loaded[i]; });
        var exactIds = postings(meta, shards, ex);
        var hits = null, inTitle = null;
        toks.forEach(function (t) {
          var title = postings(meta, shards, "t" + t);
          var any = union(postings(meta, shards, t), title);
          hits = hits === null ? any : intersect(hits, any);
          inTitle = inTitle === null ? title : intersect(inTitle, title);
        });
        var score = {};
        (hits || []).forEach(function (id) { score[id] = 1; });
        (inTitle || []).forEach(function (id) { score[id] = 100; });
        exactIds.forEach(function (id) { score[id] = 1000; });
        var ids = Object.keys(score).map(Number).filter(function (id) {
          var f = meta.f[id];
          return (filters.col === "" || f[0] === +filters.col) && (filters.year === "" || f[1] === +filters.year)
            && (filters.topic === "" || f[2] === +filters.topic);
        });
        ids.sort(function (a, b) {
          return score[b] - score[a] || meta.f[b][3] - meta.f[a][3] || a - b;
        });
        return { meta: meta, ids: ids, q: q };
      });
    });
  }

  // The query's words as they may appear in the text: the whole query, its space-separated parts, and for
  // Chinese parts longer than the text holds them, their bigrams.
  function needles(q) {
    var parts = q.split(/\s+/).filter(Boolean);
    var out = parts.slice();
    parts.forEach(function (p) { tokens(p).forEach(function (t) { if (out.indexOf(t) < 0) out.push(t); }); });
    return out.filter(function (n) { return n.length > 0; }).sort(function (a, b) { return b.length - a.length; });
  }

  // Appends text to el with every occurrence of a needle in <mark>; built from text nodes, never as HTML.
  function highlight(el, text, ns) {
    var low = normalise(text);
    if (low.length !== text.length) low = text.toLowerCase();
    var i = 0;
    while (i < text.length) {
      var best = -1, len = 0;
      ns.forEach(function (n) {
        var at = low.indexOf(normalise(n), i);
        if (at >= 0 && (best < 0 || at < best || (at === best && n.length > len))) {
          best = at;
          len = n.length;
        }
      });
      if (best < 0) break;
      if (best > i) el.appendChild(document.createTextNode(text.substring(i, best)));
      var m = document.createElement("mark");
      m.textContent = text.substring(best, best + len);
      el.appendChild(m);
      i = best + len;
    }
    if (i < text.length) el.appendChild(document.createTextNode(text.substring(i)));
  }

  function snippet(text, ns) {
    var low = normalise(text);
    if (low.length !== text.length) low = text.toLowerCase();
    var at = -1;
    for (var k = 0; k < ns.length && at < 0; k++) at = low.indexOf(normalise(ns[k]));
    var start = Math.max(0, at - 30);
    var s = text.substring(start, start + 110);
    return (start > 0 ? "……" : "") + s + (start + 110 < text.length ? "……" : "");
  }

  function showMore() {
    var r = current, meta = r.meta;
    var batch = r.ids.slice(shown, shown + PAGE);
    var chunks = {};
    batch.forEach(function (id) { chunks[Math.floor(id / meta.chunk)] = true; });
    var names = Object.keys(chunks);
    return Promise.all(names.map(function (c) { return load("docs-" + c + ".json"); })).then(function (loaded) {
      if (current !== r) return;
      var docs = {};
      names.forEach(function (c, i) { docs[c] = loaded[i]; });
      var ns = needles(r.q);
      batch.forEach(function (id) {
        var d = docs[Math.floor(id / meta.chunk)][id % meta.chunk];
        var f = meta.f[id];
        var li = document.createElement("li");
        var h = document.createElement("h3");
        var a = document.createElement("a");
        a.href = d[0];
        highlight(a, d[1], ns);
        h.appendChild(a);
        li.appendChild(h);
        var info = [];
        if (meta.columns[f[0]]) info.push(meta.columns[f[0]]);
        if (d[2]) info.push(d[2]);
        if (d[3]) info.push("文号：" + d[3]);
        if (d[4]) info.push("索引号：" + d[4]);
        if (info.length) {
          var p = document.createElement("p");
          p.className = "search-meta";
          highlight(p, info.join("　"), ns.concat(d[3] && exact(d[3]) === exact(r.q) ? [d[3]] : [])
            .concat(d[4] && exact(d[4]) === exact(r.q) ? [d[4]] : []));
          li.appendChild(p);
        }
        if (d[5]) {
          var s = document.createElement("p");
          s.className = "search-snippet";
          highlight(s, snippet(d[5], ns), ns);
          li.appendChild(s);
        }
        list.appendChild(li);
      });
      shown += batch.length;
      more.hidden = shown >= r.ids.length;
    });
  }

  function filters() {
    return { col: selCol.value, year: selYear.value, topic: selTopic.value };
  }

  function run() {
    var q = input.value.trim();
    list.textContent = "";
    shown = 0;
    current = null;
    if (!q) {
      section.hidden = true;
      status.textContent = "请输入要搜索的关键词。";
      return Promise.resolve();
    }
    status.textContent = "正在搜索……";
    var started = Date.now();
    return query(q, filters()).then(function (r) {
      current = r;
      heading.textContent = "“" + q + "”的搜索结果：共 " + r.ids.length + " 条";
      section.hidden = false;
      return showMore().then(function () {
        status.textContent = r.ids.length ? "找到 " + r.ids.length + " 条结果（用时 " + (Date.now() - started) + " 毫秒）。"
          : "没有找到与“" + q + "”相关的信息。请换一个词，或减少筛选条件。";
        form.setAttribute("data-ms", String(Date.now() - started));
      });
    }).catch(function () {
      status.textContent = "搜索索引加载失败，请稍后再试，或通过栏目浏览。";
    });
  }

  function option(sel, value, label) {
    var o = document.createElement("option");
    o.value = String(value);
    o.textContent = label;
    sel.appendChild(o);
  }

  var params = new URLSearchParams(window.location.search);
  form.hidden = false;
  input.value = params.get("q") || "";
  load("meta.json").then(function (meta) {
    var years = {};
    meta.f.forEach(function (f) { if (f[1]) years[f[1]] = true; });
    meta.columns.forEach(function (c, i) { if (c) option(selCol, i, c); });
    Object.keys(years).map(Number).sort(function (a, b) { return b - a; }).forEach(function (y) { option(selYear, y, y + "年"); });
    meta.topics.forEach(function (t, i) { if (t) option(selTopic, i, t); });
    selCol.value = params.get("col") || "";
    selYear.value = params.get("year") || "";
    selTopic.value = params.get("topic") || "";
    if (input.value) run();
  }).catch(function () {
    status.textContent = "搜索索引加载失败，请稍后再试，或通过栏目浏览。";
  });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var p = new URLSearchParams();
    p.set("q", input.value.trim());
    var f = filters();
    if (f.col) p.set("col", f.col);
    if (f.year) p.set("year", f.year);
    if (f.topic) p.set("topic", f.topic);
    history.replaceState(null, "", "?" + p.toString());
    run();
  });
  [selCol, selYear, selTopic].forEach(function (s) {
    s.addEventListener("change", function () { if (input.value.trim()) run(); });
  });
  more.addEventListener("click", function () { showMore(); });
})();
