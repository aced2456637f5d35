// An edition's service worker, registered only when the reader presses "Save on this phone"
// (assets/save.js). healthsite.offline.worker writes EDITION above this text: the cache's name,
// the offline page, and every stored file with its fingerprint, addresses relative to this
// script, which sits at the top of the edition and so controls the edition and nothing else.
//
// Every file is stored under its address and fingerprint ("no-papers/?v=1a2b3c4d5e6f"). When a
// stored file changes, the build writes a new script; the browser finds it on the next visit
// with a connection and installs it, and it fetches only the files whose fingerprint changed,
// then takes over and drops the old ones. So the saved edition updates itself, and an update
// costs what changed, not the whole edition.
"use strict";

var stored = {}; // address without query or fragment -> key in the cache
Object.keys(EDITION.files).forEach(function (path) {
  var address = new URL(path, self.location).href;
  stored[address] = address + "?v=" + EDITION.files[path];
});
var offlinePage = new URL(EDITION.offline, self.location).href;

function fromCache(address) {
  return caches.match(stored[address], { cacheName: EDITION.cache });
}

function keep(cache, address) {
  return cache.match(stored[address]).then(function (kept) {
    if (kept) return undefined;
    return fetch(address, { cache: "no-cache" }).then(function (response) {
      if (!response.ok) throw new Error(address + ": " + response.status);
      // A page that the server reached by a redirect cannot answer a navigation: keep its content only.
      if (response.redirected) {
        return response.blob().then(function (body) {
          return cache.put(stored[address], new Response(body, { headers: response.headers }));
        });
      }
      return cache.put(stored[address], response);
    });
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(EDITION.cache).then(function (cache) {
    return Promise.all(Object.keys(stored).map(function (address) { return keep(cache, address); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  var current = Object.keys(stored).map(function (address) { return stored[address]; });
  event.waitUntil(caches.open(EDITION.cache).then(function (cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.filter(function (request) { return current.indexOf(request.url) < 0; })
        .map(function (request) { return cache.delete(request); }));
    });
  }).then(function () { return self.clients.claim(); }));
});

// Without a connection, a page this edition has not stored (a leaflet, a page added since)
// leads to the offline page: in the reader's language, with the emergency numbers. It is a
// redirect, so that the page's own relative links (styles, home) work from its own address.
function network(request) {
  return fetch(request).catch(function (error) {
    if (request.mode !== "navigate") throw error;
    return fromCache(offlinePage).then(function (page) {
      if (!page) throw error;
      return Response.redirect(offlinePage, 302);
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  url.search = "";
  url.hash = "";
  var address = url.href;
  if (stored[address]) {
    event.respondWith(fromCache(address).then(function (found) { return found || network(request); }));
  } else if (request.mode === "navigate" && stored[address + "/"]) {
    // "/ar/no-papers" is the page "/ar/no-papers/": go there, as a web server would.
    var folder = new URL(request.url);
    folder.pathname += "/";
    event.respondWith(Response.redirect(folder.href, 302));
  } else if (request.mode === "navigate") {
    event.respondWith(network(request));
  }
});
