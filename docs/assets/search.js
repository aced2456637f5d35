// Search in this edition only. Loaded on the search page alone; the index (one script
// per edition, so it also works from an offline copy) is fetched when the reader starts
// a search, not before. Results are written with textContent: no text becomes markup.
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var lang = document.documentElement.lang;
  var offline = location.protocol === "file:";
  var index = null;
  var pending = null;

  form.hidden = false;
  document.getElementById("search-no-script").hidden = true;

  // One form for every spelling a reader may type: no case, no accents or vowel marks,
  // one Arabic-script letter where Arabic and Persian keyboards differ.
  function normalize(text) {
    return text.toLocaleLowerCase(lang).normalize("NFD").replace(/\p{M}/gu, "")
      .replace(/[\u064A\u0649]/g, "\u06CC").replace(/\u0643/g, "\u06A9").replace(/\u0629/g, "\u0647");
  }

  function load(then) {
    if (index) return then();
    pending = then;
    if (document.getElementById("search-index")) return;
    status.textContent = form.dataset.loading;
    var script = document.createElement("script");
    script.id = "search-index";
    script.src = form.dataset.index;
    script.onload = function () {
      index = (window.healthsiteSearchIndex || []).map(function (row) {
        return { title: row[0], heading: row[1], url: row[2], text: row[3],
                 key: [normalize(row[0]), normalize(row[1]), normalize(row[3])] };
      });
      if (pending) pending();
    };
    document.head.appendChild(script);
  }

  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var found = entry.key[0].indexOf(words[i]) >= 0 ? 10 : 0;
      if (entry.key[1].indexOf(words[i]) >= 0) found += 5;
      if (entry.key[2].indexOf(words[i]) >= 0) found += 1;
      if (!found) return 0;
      total += found;
    }
    return total;
  }

  function snippet(entry, word) {
    var at = Math.max(0, entry.key[2].indexOf(word));
    var start = Math.max(0, at - 60);
    return (start ? "…" : "") + entry.text.slice(start, start + 180) + (start + 180 < entry.text.length ? "…" : "");
  }

  function href(url) {
    // From the file system a folder link shows a file list: name the page itself.
    var link = "../" + url;
    return offline ? link.replace(/\/(#|$)/, "/index.html$1") : link;
  }

  function search() {
    var query = input.value.trim();
    var words = normalize(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    results.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var found = index.map(function (entry) { return { entry: entry, score: score(entry, words) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score; });
    status.textContent = found.length ? form.dataset.found.replace("{count}", found.length) : form.dataset.none;
    // The count is of every match; a phone screen shows the best twenty.
    found.slice(0, 20).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = href(hit.entry.url);
      link.textContent = hit.entry.heading ? hit.entry.title + " · " + hit.entry.heading : hit.entry.title;
      var text = document.createElement("p");
      text.textContent = snippet(hit.entry, words[0]);
      item.appendChild(link);
      item.appendChild(text);
      results.appendChild(item);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(search);
    if (!offline) history.replaceState(null, "", "?q=" + encodeURIComponent(input.value.trim()));
  });
  input.addEventListener("focus", function () { load(function () {}); }, { once: true });

  var shared = new URLSearchParams(location.search).get("q");
  if (shared) {
    input.value = shared;
    load(search);
  }
})();
