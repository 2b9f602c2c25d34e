// The decision guide (choose/): counts the checked answers per term, says where they point and
// why, and keeps the answers in the address (?<question>=<term id or none>) so that a copied
// link opens the same answers. Without JavaScript the page still lists every question, every
// answer and where it points. Every word shown comes from the page (data attributes, labels,
// links): nothing from the address is ever shown, and the result is built with DOM methods
// and textContent only. Runs again after each of Material's instant page changes (document$).
(function () {
  "use strict";

  var NO_TERM = "none";
  var TIE = "tie";

  function questions(form) {
    return Array.prototype.slice.call(form.querySelectorAll("fieldset[data-bk-question]"));
  }

  function radios(fieldset) {
    return Array.prototype.slice.call(fieldset.querySelectorAll('input[type="radio"]'));
  }

  function checked(fieldset) {
    return radios(fieldset).filter(function (radio) {
      return radio.checked;
    })[0];
  }

  // Answers from the address: a known question with one of its own values; all else is ignored.
  function applyAddress(form) {
    var params;
    try {
      params = new URLSearchParams(location.search);
    } catch (malformed) {
      return;
    }
    questions(form).forEach(function (fieldset) {
      var wanted = params.get(fieldset.id);
      radios(fieldset).forEach(function (radio) {
        radio.checked = wanted !== null && radio.value === wanted;
      });
    });
  }

  // The answers into the address, replacing the current entry: no new history entries.
  function writeAddress(form) {
    var url = new URL(location.href);
    url.search = "";
    questions(form).forEach(function (fieldset) {
      var radio = checked(fieldset);
      if (radio) url.searchParams.append(fieldset.id, radio.value);
    });
    if (url.href !== location.href) history.replaceState(history.state, "", url.href);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The checked answers grouped by where they point, in the order terms first appear on the page.
  function tally(form) {
    var groups = {};
    var order = [];
    var answered = 0;
    questions(form).forEach(function (fieldset) {
      radios(fieldset).forEach(function (radio) {
        if (radio.value !== NO_TERM && order.indexOf(radio.value) < 0) order.push(radio.value);
      });
      var radio = checked(fieldset);
      if (!radio) return;
      answered += 1;
      var label = form.querySelector('label[for="' + CSS.escape(radio.id) + '"]');
      (groups[radio.value] = groups[radio.value] || []).push({
        question: fieldset.getAttribute("data-bk-label") || "",
        row: fieldset.getAttribute("data-bk-row") || "",
        answer: label ? label.textContent : "",
        term: radio.getAttribute("data-bk-term") || "",
      });
    });
    return { groups: groups, order: order, answered: answered, total: questions(form).length };
  }

  function leaders(counts) {
    var most = 0;
    counts.order.forEach(function (term) {
      most = Math.max(most, (counts.groups[term] || []).length);
    });
    if (most === 0) return [];
    return counts.order.filter(function (term) {
      return (counts.groups[term] || []).length === most;
    });
  }

  function joined(names, and) {
    if (names.length < 2) return names.join("");
    return names.slice(0, -1).join(", ") + " " + and + " " + names[names.length - 1];
  }

  function side(heading, items) {
    var section = element("section", "bk-guide-result__side");
    section.appendChild(element("h3", "bk-guide-result__side-heading", heading + " (" + items.length + ")"));
    var list = element("ul");
    items.forEach(function (item) {
      var entry = element("li");
      var link = element("a", null, item.question);
      link.setAttribute("href", item.row);
      entry.appendChild(link);
      entry.appendChild(document.createTextNode(": " + item.answer));
      list.appendChild(entry);
    });
    section.appendChild(list);
    return section;
  }

  function render(form, result) {
    var counts = tally(form);
    var text = function (name) {
      return result.getAttribute("data-bk-" + name) || "";
    };
    var top = leaders(counts);
    var state = top.length === 1 ? top[0] : top.length > 1 ? TIE : NO_TERM;
    var nameOf = function (term) {
      return counts.groups[term][0].term;
    };
    var body = document.createDocumentFragment();
    var verdict = element("p", "bk-guide-result__verdict");
    if (counts.answered === 0) {
      verdict.textContent = text("empty");
    } else if (state === NO_TERM) {
      verdict.textContent = text("none");
    } else {
      var strong = element("strong", null, state === TIE ? joined(top.map(nameOf), text("and")) : nameOf(state));
      verdict.appendChild(document.createTextNode((state === TIE ? text("tie") : text("winner")) + " "));
      verdict.appendChild(strong);
      verdict.appendChild(document.createTextNode("."));
    }
    body.appendChild(verdict);
    if (counts.answered > 0) {
      body.appendChild(
        element("p", "bk-guide-result__count", text("answered") + ": " + counts.answered + " " + text("of") + " " + counts.total)
      );
      var sides = element("div", "bk-guide-result__sides");
      var ranked = counts.order
        .filter(function (term) {
          return counts.groups[term];
        })
        .sort(function (a, b) {
          return counts.groups[b].length - counts.groups[a].length;
        });
      ranked.forEach(function (term) {
        sides.appendChild(side(text("points-to") + " " + nameOf(term), counts.groups[term]));
      });
      if (counts.groups[NO_TERM]) sides.appendChild(side(text("neutral"), counts.groups[NO_TERM]));
      body.appendChild(sides);
    }
    result.setAttribute("data-result", state);
    result.replaceChildren(body);
  }

  function parts() {
    var form = document.querySelector("form[data-bk-guide]");
    var result = document.querySelector(".bk-guide-result");
    return form && result ? { form: form, result: result } : null;
  }

  function update() {
    var page = parts();
    if (!page) return;
    writeAddress(page.form);
    render(page.form, page.result);
  }

  function enhance() {
    var page = parts();
    if (!page) return;
    applyAddress(page.form);
    document.querySelectorAll("[data-bk-guide-manual]").forEach(function (hint) {
      hint.hidden = true;
    });
    document.querySelectorAll("[data-bk-guide-actions]").forEach(function (control) {
      control.hidden = false;
    });
    page.result.hidden = false;
    render(page.form, page.result);
  }

  // Listeners on document survive instant navigation: registered once.
  document.addEventListener("change", function (event) {
    if (event.target.closest && event.target.closest("form[data-bk-guide]")) update();
  });
  document.addEventListener("reset", function (event) {
    // The form resets its radios after this event: update once it has.
    if (event.target.matches && event.target.matches("form[data-bk-guide]")) window.setTimeout(update, 0);
  });

  window.bkOnEachPage(enhance);
})();
