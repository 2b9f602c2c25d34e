// The colour scheme switch in the header (overrides/partials/palette.html): follow the system,
// light, dark, in turn, remembered across pages. It keeps Material's stored choice
// (__md_get/__md_set "__palette"), which Material's inline script applies before each page's
// first paint. Unlike Material's palette component, it changes the page's colours only when they
// differ from what the page already shows, so a page that starts in the right colours is not
// restyled, and it reads the colours for the browser's own bar when the page is idle.
(function () {
  "use strict";

  var FORM = "form[data-bk-palette]";
  var FOLLOW_SYSTEM = "(prefers-color-scheme)";
  var COLOURS = ["scheme", "primary", "accent"]; // the attributes Material's styles read
  var systemIsLight = window.matchMedia("(prefers-color-scheme: light)");
  var current = -1;

  function options() {
    var form = document.querySelector(FORM);
    return form ? Array.prototype.slice.call(form.querySelectorAll('input[name="__palette"]')) : [];
  }

  function stored() {
    try {
      return typeof window.__md_get === "function" ? window.__md_get("__palette") : null;
    } catch (unreadable) {
      return null;
    }
  }

  // The reader's stored choice, or else the first scheme whose media query matches (Material's rule).
  function startingIndex(all) {
    var palette = stored();
    var index = -1;
    if (palette && typeof palette.index === "number") {
      index = palette.index;
    } else {
      index = all.findIndex(function (option) {
        return window.matchMedia(option.getAttribute("data-md-color-media")).matches;
      });
    }
    return Math.max(0, Math.min(index, all.length - 1));
  }

  // The colours a choice stands for; "follow the system" takes those of the system's scheme.
  function colourOf(option, all) {
    var source = option;
    if (option.getAttribute("data-md-color-media") === FOLLOW_SYSTEM) {
      var wanted = systemIsLight.matches ? "(prefers-color-scheme: light)" : "(prefers-color-scheme: dark)";
      source =
        all.filter(function (other) {
          return other.getAttribute("data-md-color-media") === wanted;
        })[0] || option;
    }
    var colour = { media: option.getAttribute("data-md-color-media") };
    COLOURS.forEach(function (key) {
      colour[key] = source.getAttribute("data-md-color-" + key);
    });
    return colour;
  }

  // The colours the browser shows around the page (the bar on a phone), as Material sets them.
  function browserColours() {
    var header = document.querySelector(".md-header");
    if (!header) return;
    var style = window.getComputedStyle(header);
    var channels = (style.backgroundColor.match(/\d+/g) || []).slice(0, 3);
    meta("theme-color").content =
      "#" +
      channels
        .map(function (value) {
          return (+value).toString(16).padStart(2, "0");
        })
        .join("");
    meta("color-scheme").content = style.colorScheme;
  }

  function meta(name) {
    var element = document.head.querySelector('meta[name="' + name + '"]');
    if (!element) {
      element = document.createElement("meta");
      element.name = name;
      document.head.appendChild(element);
    }
    return element;
  }

  function choose(index, remember) {
    var all = options();
    if (!all.length) return;
    current = index;
    var colour = colourOf(all[index], all);
    var body = document.body;
    body.setAttribute("data-md-color-media", colour.media); // no style reads it
    var changed = COLOURS.filter(function (key) {
      return body.getAttribute("data-md-color-" + key) !== colour[key];
    });
    if (changed.length) {
      // Material's styles turn colour transitions off while this attribute is there.
      body.setAttribute("data-md-color-switching", "");
      changed.forEach(function (key) {
        body.setAttribute("data-md-color-" + key, colour[key]);
      });
      window.setTimeout(function () {
        body.removeAttribute("data-md-color-switching");
      }, 0);
      window.requestAnimationFrame(browserColours);
    }
    all.forEach(function (option, position) {
      option.checked = position === index;
      var label = option.nextElementSibling;
      if (label && label.tagName === "LABEL") label.hidden = position !== index;
    });
    if (remember && typeof window.__md_set === "function") {
      window.__md_set("__palette", { index: index, color: colour });
    }
  }

  // Registered once on the document: they outlive instant navigation.
  document.addEventListener("change", function (event) {
    if (!event.target.closest || !event.target.closest(FORM)) return;
    var index = options().indexOf(event.target);
    if (index >= 0) choose(index, true);
  });
  // Enter on the focused switch moves to the next scheme, as in Material.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !event.target.closest || !event.target.closest(FORM)) return;
    var all = options();
    var next = all[(current + 1) % all.length];
    if (!next) return;
    next.click();
    next.focus();
  });
  systemIsLight.addEventListener("change", function () {
    if (current >= 0) choose(current, false);
  });

  window.bkOnEachPage(function () {
    var all = options();
    if (!all.length) return;
    choose(startingIndex(all), true);
  });
  var idle = window.requestIdleCallback || window.setTimeout;
  window.addEventListener("load", function () {
    idle(browserColours);
  });
})();
