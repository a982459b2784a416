// The search page's script: Pagefind's index and search code, loaded from
// this site's own pagefind/ folder (never another host) and only on this
// page. Results show the headline, the issue's date and the key point that
// matches the words typed (else Pagefind's excerpt of the full text).
// Labels come from the page (i18n/), so this file holds no prose.
(function () {
  "use strict";
  var root = document.getElementById("search");
  var form = document.getElementById("search-form");
  if (!root || !form) return;
  var d = root.dataset;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var facets = document.getElementById("search-filters");
  var order = JSON.parse(d.filters || "[]"), labels = {};
  order.forEach(function (f) { labels[f.key] = f.label; });
  var PAGE = 10;
  var loading = null;
  var selected = {}; // filter -> value
  var seq = 0, timer = 0, results = [], shown = 0, terms = [];
  var more = el("button", "more-results", d.more);
  more.type = "button";
  more.hidden = true;
  list.after(more);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // A function as replacement: "$&" in a query is text, not a pattern.
  function fmt(s, n, q) {
    return s.replace("%d", n).replace("%s", function () { return q; });
  }

  // The reader learns at once when this copy of the site has no index.
  function unavailable() {
    form.hidden = true;
    status.textContent = "";
    list.replaceChildren();
    facets.replaceChildren();
    more.hidden = true;
    document.getElementById("search-unavailable").hidden = false;
  }

  // The index is split into shards (see generator/search): the first is
  // loaded, the others merged into it. A site with no manifest has no
  // index; one with no shards has no story yet. It is asked for afresh
  // each time: after a build the shards it names are new.
  var manifest = fetch(d.bundle + "shards.json", { cache: "no-cache" }).then(function (r) {
    if (!r.ok) throw new Error("no search index");
    return r.json();
  });
  manifest.catch(unavailable);

  function load() {
    if (!loading) {
      loading = manifest.then(function (m) {
        if (!m.shards.length) return null;
        var first = d.bundle + m.shards[0].dir;
        return import(first + "pagefind.js").then(function (pf) {
          return pf.options({ bundlePath: first, baseUrl: d.base })
            .then(function () {
              return Promise.all(m.shards.slice(1).map(function (s) {
                return pf.mergeIndex(d.bundle + s.dir, { baseUrl: d.base });
              }));
            })
            .then(function () { return pf; });
        });
      });
      loading.catch(unavailable);
    }
    return loading;
  }

  function words(q) {
    return Array.from(new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)));
  }

  function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // A word matches where one of the typed words starts it: "Putin" finds
  // "Putin's", "Russia" finds "Russian".
  function pattern(ws) {
    return new RegExp("(?<![\\p{L}\\p{N}])(?:" + ws.map(escapeRe).join("|") + ")", "giu");
  }

  // The key point that holds the most of the typed words; none when no
  // key point holds any.
  function bestPoint(meta) {
    var best = "", score = 0;
    for (var i = 1; meta["kp" + i]; i++) {
      var kp = meta["kp" + i], s = 0;
      for (var j = 0; j < terms.length; j++) {
        if (pattern([terms[j]]).test(kp)) s++;
      }
      if (s > score) { best = kp; score = s; }
    }
    return best;
  }

  // Text with the typed words marked, built as nodes: metadata is the
  // article's plain text and never becomes markup.
  function marked(into, text) {
    var re = pattern(terms), last = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === "") { re.lastIndex++; continue; }
      into.append(text.slice(last, m.index), el("mark", "", m[0]));
      last = m.index + m[0].length;
    }
    into.append(text.slice(last));
  }

  // Pagefind's excerpt is escaped text with <mark> elements; only those
  // two kinds of node are carried over.
  function excerpt(into, html) {
    var t = document.createElement("template");
    t.innerHTML = html;
    t.content.childNodes.forEach(function (n) {
      into.append(n.nodeName === "MARK" ? el("mark", "", n.textContent) : n.textContent);
    });
  }

  function item(r) {
    var li = el("li", "result");
    var h = el("h2");
    var a = el("a", "", r.meta.title || r.url);
    a.href = r.url;
    h.append(a);
    li.append(h);
    if (r.meta.date) {
      var t = el("time", "", r.meta.issue || r.meta.date);
      t.dateTime = r.meta.date;
      var k = el("p", "kicker");
      k.append(t);
      li.append(k);
    }
    var kp = bestPoint(r.meta), p = el("p", "hit");
    if (kp) {
      marked(p, kp);
    } else {
      p.append(el("span", "in-text", d.intext), " ");
      excerpt(p, r.excerpt || "");
    }
    li.append(p);
    return li;
  }

  function showMore(focus) {
    var batch = results.slice(shown, shown + PAGE), mine = seq;
    shown += batch.length;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (data) {
      if (mine !== seq) return;
      var first = null;
      data.forEach(function (r) {
        var li = item(r);
        first = first || li;
        list.append(li);
      });
      more.hidden = shown >= results.length;
      if (focus && first) first.querySelector("a").focus();
    });
  }

  function facet(key, counts, total) {
    var vals = Object.keys(counts).filter(function (v) {
      return v === selected[key] || (counts[v] > 0 && counts[v] < total);
    });
    if (!vals.length) return null;
    vals.sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b); });
    vals = vals.slice(0, 6);
    if (selected[key] && vals.indexOf(selected[key]) < 0) vals.push(selected[key]);
    var fs = el("fieldset", "facet");
    fs.append(el("legend", "", labels[key] || key));
    vals.forEach(function (v) {
      var b = el("button", "", v + " (" + (counts[v] || 0) + ")");
      b.type = "button";
      b.dataset.f = key + "\n" + v;
      b.setAttribute("aria-pressed", String(selected[key] === v));
      b.addEventListener("click", function () {
        if (selected[key] === v) delete selected[key]; else selected[key] = v;
        search(input.value, b.dataset.f);
      });
      fs.append(b);
    });
    return fs;
  }

  function showFacets(res) {
    facets.replaceChildren();
    var sets = [];
    order.forEach(function (o) {
      var key = o.key;
      var f = res.filters && res.filters[key] && facet(key, res.filters[key], res.results.length);
      if (f) sets.push(f);
    });
    if (!sets.length) return;
    var h = el("h2", "", d.narrow);
    facets.append(h);
    sets.forEach(function (f) { facets.append(f); });
  }

  // Filter counts come with a search only once Pagefind has loaded its
  // filter index, which grows with the archive: it is loaded after the
  // first results are on screen, and the narrowing choices follow.
  var filtersLoaded = null;
  function facetsLater(q, mine) {
    if (filtersLoaded === true) return;
    filtersLoaded = filtersLoaded || loading.then(function (pf) { return pf && pf.filters(); });
    filtersLoaded.then(function () {
      filtersLoaded = true;
      if (mine !== seq) return;
      return loading.then(function (pf) { return pf.search(q, { filters: current() }); }).then(function (res) {
        if (mine === seq) showFacets(res);
      });
    }, function () { /* no filters: no narrowing */ });
  }

  function current() {
    var filters = {};
    Object.keys(selected).forEach(function (k) { filters[k] = selected[k]; });
    return filters;
  }

  function remember(q) {
    var u = new URL(location.href);
    u.search = "";
    if (q) u.searchParams.set("q", q);
    Object.keys(selected).forEach(function (k) { u.searchParams.set(k, selected[k]); });
    history.replaceState(null, "", u);
  }

  // refocus names the filter button clicked: it is drawn anew with the
  // results, and focus must not fall to the top of the page.
  function search(q, refocus) {
    var mine = ++seq;
    q = q.trim();
    remember(q);
    if (!q) {
      status.textContent = "";
      list.replaceChildren();
      facets.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = d.loading;
    load().then(function (pf) {
      return pf ? pf.search(q, { filters: current() }) : { results: [] };
    }).then(function (res) {
      if (mine !== seq || !res) return;
      results = res.results;
      shown = 0;
      terms = words(q);
      var n = results.length;
      status.textContent = fmt(n === 0 ? d.none : n === 1 ? d.single : d.plural, n, q);
      list.replaceChildren();
      showFacets(res);
      facetsLater(q, mine);
      if (refocus) {
        var again = Array.from(facets.querySelectorAll("button")).find(function (b) { return b.dataset.f === refocus; });
        (again || input).focus();
      }
      return showMore(false);
    }, function () { /* unavailable() has told the reader */ });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    if (loading) loading.then(function (pf) { if (pf) pf.preload(input.value.trim()); }, function () {});
    timer = setTimeout(function () { search(input.value); }, 250);
  });
  input.addEventListener("focus", function () { load(); }, { once: true });
  more.addEventListener("click", function () { showMore(true); });

  var params = new URLSearchParams(location.search);
  order.forEach(function (f) { if (params.get(f.key)) selected[f.key] = params.get(f.key); });
  if (params.get("q")) {
    input.value = params.get("q");
    search(input.value);
  }
})();
