// Search over the index built at build time (search/index.js sets window.DOSSIER_SEARCH).
// No fetch(): the index is a script, so search works from file:// in the offline bundle too.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var index = window.DOSSIER_SEARCH || [];
  if (!form || !input || !list) return;

  // Mirrors TextFolding.Fold in the build: case, diacritics, quotes and dashes, Arabic letter forms.
  var map = {
    "\u2018": "'", "\u2019": "'", "\u02BC": "'", "\u02BB": "'", "`": "'", "\u00B4": "'",
    "\u201C": "\"", "\u201D": "\"",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u0131": "i", "\u00F8": "o", "\u0111": "d", "\u0142": "l", "\u00DF": "s",
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064A", "\u06CC": "\u064A",
    "\u0629": "\u0647", "\u06A9": "\u0643", "\u0640": ""
  };
  function fold(text) {
    var decomposed = text.normalize("NFD").replace(/[\p{Mn}\p{Me}\p{Cf}]/gu, "");
    var out = "";
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed[i];
      out += Object.prototype.hasOwnProperty.call(map, c) ? map[c] : c;
    }
    return out.toLowerCase().replace(/\s+/g, " ").trim();
  }

  var labels = { person: "Person", organization: "Organization", place: "Place", event: "Event",
    source: "Source", article: "Article", claim: "Claim" };

  // Names and aliases first, then text; every word of the query must match somewhere.
  // A whole name scores highest, then a name that starts with the query or has a word that does;
  // among equals, people, organizations and places come before events, articles, sources and claims.
  var typeBonus = { person: 6, organization: 5, place: 5, event: 3, article: 2, source: 1, claim: 0 };
  function score(entry, words, whole) {
    var names = entry.k.split("|");
    var total = 0;
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      var inName = entry.k.indexOf(word) >= 0;
      if (!inName && entry.x.indexOf(word) < 0) return 0;
      total += inName ? 10 : 1;
    }
    var best = 0;
    for (var n = 0; n < names.length; n++) {
      var name = names[n];
      if (name === whole) best = Math.max(best, 100);
      else if (name.indexOf(whole) === 0) best = Math.max(best, 60);
      else if (name.indexOf(" " + whole) >= 0 || name.indexOf("-" + whole) >= 0) best = Math.max(best, 40);
    }
    return total + best + (typeBonus[entry.t] || 0);
  }

  // Where this page sits relative to the site root, so result links work on any base path and from file://.
  var root = (document.documentElement.getAttribute("data-root") || "");
  var offline = location.protocol === "file:";

  function render(query) {
    var whole = fold(query);
    list.textContent = "";
    if (!whole) { status.textContent = ""; return; }
    var words = whole.split(" ");
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], words, whole);
      if (s > 0) hits.push({ entry: index[i], score: s });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.entry.n.localeCompare(b.entry.n); });
    status.textContent = hits.length === 0 ? "No results for \u201C" + query + "\u201D."
      : hits.length + (hits.length === 1 ? " result" : " results") + " for \u201C" + query + "\u201D.";
    hits.slice(0, 50).forEach(function (hit) {
      var li = document.createElement("li");
      var type = document.createElement("span");
      type.className = "result-type";
      type.textContent = labels[hit.entry.t] || hit.entry.t;
      var a = document.createElement("a");
      a.href = root + hit.entry.u + (offline ? "index.html" : "");
      a.textContent = hit.entry.n;
      li.appendChild(type);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      if (hit.entry.s) {
        var p = document.createElement("p");
        p.className = "note";
        p.textContent = hit.entry.s;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(location.search);
  if (params.get("q")) { input.value = params.get("q"); render(input.value); }
  input.addEventListener("input", function () { render(input.value); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    render(input.value);
    if (history.replaceState && !offline) history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
  });
})();
