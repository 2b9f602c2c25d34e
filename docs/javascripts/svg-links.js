// Lets Material's instant navigation handle the infographic's links, which are SVG <a>
// elements. Material treats every [href] element as an HTML link: it reassigns `el.href`
// to make relative addresses absolute, and on a click reads `el.href` as a string and skips
// links whose `el.target` is set. On an SVG <a>, `href` and `target` are read-only
// SVGAnimatedString objects, so the first throws and the click is never taken over. Here
// both read as strings and `href` can be assigned, as on an HTML link. This runs before
// Material's bundle (overrides/main.html, block scripts).
(function () {
  "use strict";
  if (typeof SVGAElement === "undefined") return;
  Object.defineProperty(SVGAElement.prototype, "href", {
    configurable: true,
    get: function () {
      var raw = this.getAttribute("href") || "";
      try {
        return new URL(raw, this.baseURI).href;
      } catch (error) {
        return raw;
      }
    },
    set: function (value) {
      this.setAttribute("href", String(value));
    },
  });
  Object.defineProperty(SVGAElement.prototype, "target", {
    configurable: true,
    get: function () {
      return this.getAttribute("target") || "";
    },
  });
})();
