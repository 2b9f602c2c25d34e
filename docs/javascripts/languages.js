// The language switch keeps the reader's page and #fragment. Each link's address is worked out
// from where this page is served, not from the site's configured address, so it holds in a
// local preview, on another port or below another path. Material's instant navigation swaps
// the page without redrawing the header, so the links are brought up to date on every page
// change, on every change of the fragment, and just before they are used.
(function () {
  "use strict";

  // This language's root: the folder above javascripts/, where this script is served from.
  var script = document.currentScript;
  if (!script || !script.src) return;
  var root = new URL("../", script.src).href;

  // Where the reader is, relative to this language's root: "comparison/#complexity".
  function placeInLanguage() {
    var here = location.href;
    return here.indexOf(root) === 0 ? here.slice(root.length) : "";
  }

  function updateLinks() {
    var place = placeInLanguage();
    document.querySelectorAll(".bk-languages__link[data-bk-language-root]").forEach(function (link) {
      var otherRoot = new URL(link.getAttribute("data-bk-language-root"), root);
      link.href = new URL(place, otherRoot).href;
    });
  }

  function onUse(event) {
    if (event.target.closest && event.target.closest(".bk-languages__link")) updateLinks();
  }

  // Registered once: document and window outlive instant navigation. Capture runs before the
  // click is handled, so the browser follows the address as it is at that moment.
  ["click", "auxclick", "contextmenu", "focusin", "pointerover"].forEach(function (type) {
    document.addEventListener(type, onUse, true);
  });
  window.addEventListener("hashchange", updateLinks);

  window.bkOnEachPage(updateLinks);
})();
