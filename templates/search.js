// Client-side search over search.json. Progressive enhancement: the form
// submits ?q= to this page, and without JavaScript the page says so.
(function () {
  "use strict";
  var results = document.getElementById("results");
  var input = document.getElementById("q");
  if (!results || !input || !window.fetch) { return; }
  var root = results.getAttribute("data-root") || "";
  var index = null;

  function fold(s) {
    return (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function load() {
    if (index) { return Promise.resolve(index); }
    return fetch(results.getAttribute("data-index"))
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        index = (data.events || []).map(function (e) {
          e.k = fold([e.t, e.s, e.o, e.d].join(" "));
          return e;
        });
        return index;
      });
  }

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text) { n.textContent = text; }
    return n;
  }

  function show(query, events) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!terms.length) { return; }
    var hits = events.filter(function (e) {
      return terms.every(function (t) { return e.k.indexOf(t) >= 0; });
    });
    results.appendChild(el("p", "meta", hits.length + (hits.length === 1 ? " event" : " events") + " found."));
    hits.slice(0, 100).forEach(function (e) {
      var card = el("article", "card");
      var h = el("h2");
      var a = el("a", "", e.t);
      a.href = root + e.u;
      h.appendChild(a);
      card.appendChild(h);
      card.appendChild(el("p", "meta", [e.d || "Date unknown", e.o].filter(Boolean).join(" · ")));
      if (e.s) { card.appendChild(el("p", "summary", e.s)); }
      results.appendChild(card);
    });
  }

  function run() {
    var q = input.value;
    load().then(function (events) { show(q, events); })
      .catch(function () { results.textContent = "The search index could not be loaded."; });
  }

  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); run(); }
  input.form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    run();
  });
  input.addEventListener("input", run);
})();
