// Share, copy the link, read aloud. Everything here is an extra: without this script the
// page still has e-mail and messaging links, and nothing is hidden that a reader needs.
(function () {
  "use strict";

  var box = document.getElementById("share");
  if (box) {
    var url = box.dataset.url;
    var native = box.querySelector(".share-native");
    var copy = box.querySelector(".share-copy");
    var status = box.querySelector(".share-status");

    if (navigator.share) {
      native.hidden = false;
      native.addEventListener("click", function () {
        navigator.share({ title: box.dataset.title, text: box.dataset.text, url: url }).catch(function () {});
      });
    }
    if (navigator.clipboard && window.isSecureContext) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = copy.dataset.copied;
        });
      });
    }
  }

  // Read aloud only where the device has a voice for the page's language.
  var button = document.querySelector(".read-aloud");
  var speech = window.speechSynthesis;
  if (!button || !speech) return;
  var lang = document.documentElement.lang;
  var start = button.textContent;

  function voiceFor(language) {
    return speech.getVoices().filter(function (voice) {
      return voice.lang.toLowerCase().split(/[-_]/)[0] === language;
    })[0];
  }

  function offer() {
    var voice = voiceFor(lang);
    if (!voice) return;
    button.hidden = false;
    button.onclick = function () {
      if (speech.speaking) {
        speech.cancel();
        button.textContent = start;
        return;
      }
      var article = document.querySelector("article");
      var utterance = new SpeechSynthesisUtterance(article ? article.innerText : document.body.innerText);
      utterance.lang = lang;
      utterance.voice = voice;
      utterance.onend = function () { button.textContent = start; };
      button.textContent = button.dataset.stop;
      speech.speak(utterance);
    };
  }

  offer();
  if (speech.addEventListener) speech.addEventListener("voiceschanged", offer);
})();
