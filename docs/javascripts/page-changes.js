// Runs a page's set-up once the page is there, and again after each of Material's instant page
// changes, which replace the content without loading a page. The site's scripts run before
// Material's bundle (overrides/main.html), so they cannot subscribe to its document$ when they
// load: they register here, and this subscribes at DOMContentLoaded, when the bundle has run.
// Without the bundle (it failed to load), each set-up runs once, on the page as loaded.
(function () {
  "use strict";

  // A deferred script runs while document.readyState is already "interactive" and before
  // DOMContentLoaded, so the state alone cannot tell whether that event is still to come.
  function contentLoaded() {
    var navigation = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
    return navigation ? navigation.domContentLoadedEventStart > 0 : document.readyState === "complete";
  }

  window.bkOnEachPage = function (setUp) {
    function start() {
      if (window.document$ && typeof window.document$.subscribe === "function") {
        window.document$.subscribe(setUp);
      } else {
        setUp();
      }
    }
    if (contentLoaded()) {
      start();
    } else {
      document.addEventListener("DOMContentLoaded", start);
    }
  };
})();
