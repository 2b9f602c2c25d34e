// Per-item permalinks: the copy-link controls, links written with a former id, and the
// highlight of the item a link points at. Runs again after each of Material's instant
// page changes (document$), so it keeps working without full page loads.
(function () {
  "use strict";

  var TARGETED = "bk-targeted";

  // The item an id stands for: itself, or, for a former id's marker, the item around it.
  function itemFor(element) {
    if (element.classList.contains("bk-alias")) {
      return element.closest(".bk-item") || element.parentElement;
    }
    return element;
  }

  function openCollapsedAncestors(element) {
    for (var details = element.closest("details"); details; details = details.parentElement.closest("details")) {
      details.open = true;
    }
  }

  function fragmentId() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (malformed) {
      return "";
    }
  }

  // Marks and scrolls to the linked item. :target alone is not enough: instant navigation
  // and a former id's redirect change the address without changing :target.
  function showLinkedItem() {
    document.querySelectorAll("." + TARGETED).forEach(function (element) {
      element.classList.remove(TARGETED);
    });
    var id = fragmentId();
    var element = id && document.getElementById(id);
    if (!element) return;
    var item = itemFor(element);
    if (item !== element && item.id) {
      // A former id: show the current one, so that a copied address is the lasting link.
      history.replaceState(history.state, "", "#" + item.id);
    }
    openCollapsedAncestors(item);
    item.classList.add(TARGETED);
    item.scrollIntoView({ block: "start" });
  }

  function absoluteLink(anchor) {
    var url = new URL(location.href);
    url.hash = anchor;
    return url.href;
  }

  // Fallback for pages served without a secure context, where navigator.clipboard is absent.
  function copyWithSelection(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (refused) {
      copied = false;
    }
    field.remove();
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return copyWithSelection(text);
      });
    }
    return copyWithSelection(text);
  }

  var statusTimer = 0;

  function announce(button, message) {
    var status = document.querySelector(".bk-copy-status");
    if (!status) return;
    // Emptied first, so that the same message is announced again on a second copy.
    status.textContent = "";
    window.clearTimeout(statusTimer);
    window.setTimeout(function () {
      status.textContent = message;
      statusTimer = window.setTimeout(function () {
        status.textContent = "";
      }, 4000);
    }, 50);
    button.classList.add("bk-copy-link--done");
    window.setTimeout(function () {
      button.classList.remove("bk-copy-link--done");
    }, 2000);
  }

  function onCopyClick(event) {
    var button = event.target.closest && event.target.closest(".bk-copy-link");
    if (!button) return;
    var anchor = button.getAttribute("data-bk-anchor");
    var link = absoluteLink(anchor);
    var status = document.querySelector(".bk-copy-status");
    // The address bar shows the link too, also when the clipboard is refused.
    history.replaceState(history.state, "", "#" + anchor);
    copyText(link).then(
      function () {
        announce(button, status ? status.getAttribute("data-bk-copied") : "");
      },
      function () {
        announce(button, status ? status.getAttribute("data-bk-failed") : "");
      }
    );
  }

  // The skip link moves the keyboard focus to the page's title, so that the next Tab goes on
  // into the content. Instant navigation would take the click, or a change of location.hash,
  // as a page change and replace the content, focus included, so the link is followed here,
  // before it sees the click, and the address changes through the history alone.
  function onSkipClick(event) {
    var skip = event.target.closest && event.target.closest("a.md-skip");
    if (!skip) return;
    var target = document.getElementById(decodeURIComponent(skip.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    if (location.hash !== skip.hash) history.pushState(history.state, "", skip.hash);
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }

  function enhancePage() {
    document.querySelectorAll(".bk-copy-link[hidden]").forEach(function (button) {
      button.hidden = false;
    });
    showLinkedItem();
  }

  // Listeners on document and window survive instant navigation: registered once.
  document.addEventListener("click", onCopyClick);
  document.addEventListener("click", onSkipClick, true);  // capture: before instant navigation
  window.addEventListener("hashchange", showLinkedItem);

  window.bkOnEachPage(enhancePage);
})();
