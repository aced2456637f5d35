// "Save on this phone" (healthsite.pages.save). The box is hidden in the page and shown only
// where a service worker can run: served over HTTPS (or from this computer), not from an
// offline copy opened as files. Nothing is stored until the reader presses the button: only
// then is the edition's worker (sw.js, at the top of the edition) registered, and it stores
// the edition's pages, search index and the files they use.
(function () {
  "use strict";

  var box = document.getElementById("save-edition");
  if (!box || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  var button = box.querySelector("button");
  var status = box.querySelector(".save-status");
  var worker = new URL(box.dataset.worker, location.href).href;

  function say(key) {
    status.textContent = box.dataset[key];
  }

  function saved() {
    button.hidden = true;
    say("saved");
  }

  // Resolves once the worker has stored everything and controls the edition.
  function active(registration) {
    return new Promise(function (resolve, reject) {
      var candidate = registration.installing || registration.waiting || registration.active;
      function check() {
        if (candidate.state === "activated") resolve();
        else if (candidate.state === "redundant") reject(new Error("not saved"));
      }
      candidate.addEventListener("statechange", check);
      check();
    });
  }

  navigator.serviceWorker.getRegistration(location.href).then(function (registration) {
    if (registration && registration.active) saved();
    box.hidden = false;
  }, function () {});  // a browser that refuses workers here: the box stays hidden

  button.addEventListener("click", function () {
    button.disabled = true;
    say("saving");
    // Ask the browser not to clear the saved pages when the phone runs short of space.
    if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () {});
    navigator.serviceWorker.register(worker).then(active).then(saved, function () {
      button.disabled = false;
      say("failed");
    });
  });
})();
