// The layout checks of one page at one viewport size, measured inside the page in one pass
// (tests/layout.py runs it). With `page`, the page as it opened; with `deepLinks`, each of
// its items and headings as a link to it shows them. Returns one line per problem found:
//   - sideways scroll: the page is wider than the viewport;
//   - a word broken inside: its boxes sit on more than one line, and the break is not
//     after a hyphen, a soft hyphen or a slash;
//   - clipped text: a line of text reaches outside an ancestor that hides its overflow (but
//     where an ellipsis shows the cut);
//   - overlapping text: lines of two different texts cover each other;
//   - a deep-link target (an item or a heading with a link) that, once linked, has no
//     outline, or whose outline is cut by a scroll container, by the screen's edge or by
//     the sticky header.
// Hidden text is skipped: not rendered, transparent, visually hidden for screen readers
// (clipped to a box of a pixel or less) or outside the page (Material's closed drawer).
async ({ page: checkPage, deepLinks }) => {
  await document.fonts.ready;

  const TOLERANCE = 1; // px: sub-pixel rounding between boxes
  const BREAKS_AFTER = new Set(["-", "\u00ad", "\u2010", "\u2013", "\u2014", "/"]);
  // An address may also break after its slashes and before a dot, ?, #, & or = (bpokpo.render.breakable_url).
  const URL_BREAKS_AFTER = new Set([...BREAKS_AFTER, "_", ":"]);
  const URL_BREAKS_BEFORE = new Set([".", "?", "#", "&", "="]);
  const problems = [];
  const root = document.scrollingElement;
  const pageWidth = root.clientWidth;

  const describe = (element) => {
    const classes = [...element.classList].slice(0, 2).map((name) => "." + name).join("");
    return element.localName + (element.id ? "#" + element.id : "") + classes;
  };
  const where = (element) => {
    const parts = [];
    for (let node = element; node && parts.length < 3 && node !== document.body; node = node.parentElement) {
      parts.unshift(describe(node));
    }
    return parts.join(" > ");
  };
  const quote = (text) => JSON.stringify(text.length > 60 ? text.slice(0, 57) + "..." : text);

  // --- sideways scroll ------------------------------------------------------------------
  if (checkPage && root.scrollWidth > pageWidth + TOLERANCE) {
    const widest = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > pageWidth + TOLERANCE)
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > pageWidth + TOLERANCE))
      .slice(0, 3)
      .map(where);
    problems.push(`sideways scroll: the page is ${root.scrollWidth} px wide in a ${pageWidth} px viewport (${widest.join("; ")})`);
  }

  // --- the visible texts ------------------------------------------------------------------
  const SKIPPED = "script, style, noscript, template, textarea, title";
  const visuallyHidden = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.clipPath.startsWith("inset(50%") || style.clip === "rect(0px, 0px, 0px, 0px)") return true;
      const box = node.getBoundingClientRect();
      if (style.overflow !== "visible" && (box.width <= 1 || box.height <= 1)) return true;
    }
    return false;
  };
  const outsidePage = (box) =>
    box.right <= 0 || box.bottom <= -root.scrollTop || box.left >= root.scrollWidth;

  // A text whose box ends in an ellipsis (text-overflow, as in Material's header title) is cut
  // on purpose, and the reader sees the "…": what shows is the part inside that box.
  const ellipsisBox = (element) => {
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.textOverflow === "ellipsis" && style.overflowX !== "visible") {
        const box = node.getBoundingClientRect();
        return { left: box.left + node.clientLeft, right: box.left + node.clientLeft + node.clientWidth };
      }
    }
    return null;
  };
  const clampSideways = (box, shown) => {
    const left = Math.max(box.left, shown.left);
    const right = Math.min(box.right, shown.right);
    return { left, right, top: box.top, bottom: box.bottom, width: Math.max(0, right - left), height: box.height };
  };

  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = checkPage ? walker.nextNode() : null; node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    const element = node.parentElement;
    if (!element || element.closest(SKIPPED)) continue;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const shown = ellipsisBox(element);
    const lines = [...range.getClientRects()]
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => (shown ? clampSideways(box, shown) : box))
      .filter((box) => box.width > 0);
    if (!lines.length || lines.every(outsidePage) || visuallyHidden(element)) continue;
    texts.push({ node, element, lines });
  }

  // --- words broken inside ---------------------------------------------------------------
  const lineOf = (box) => Math.round(box.top + box.height / 2);
  const onOneLine = (boxes) => boxes.every((box) => Math.abs(lineOf(box) - lineOf(boxes[0])) < boxes[0].height / 2);
  const characterBox = (node, index) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    // The last box: at a soft hyphen's break the next letter's range also reports the hyphen.
    return [...range.getClientRects()].filter((box) => box.width > 0).pop();
  };
  const checkWords = ({ node, element }) => {
    for (const match of node.data.matchAll(/\S+/g)) {
      if (match[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
      if (boxes.length < 2 || onOneLine(boxes)) continue;
      const address = match[0].includes("://");
      const allowed = address ? URL_BREAKS_AFTER : BREAKS_AFTER;
      const allowedBefore = address ? URL_BREAKS_BEFORE : new Set();
      // Where the line changes: a break is fine only right after a hyphen, soft hyphen or slash
      // (a soft hyphen has no box of its own, so look at every character in between).
      let previous = null;
      for (let offset = 0; offset < match[0].length; offset++) {
        const box = characterBox(node, match.index + offset);
        if (!box) continue;
        const between = previous ? match[0].slice(previous.offset, offset) : "";
        const breakable = [...between].some((c) => allowed.has(c)) || allowedBefore.has(match[0][offset]);
        if (previous && Math.abs(lineOf(box) - lineOf(previous.box)) >= box.height / 2 && !breakable) {
          const shown = match[0].replace(/\u00ad/g, "");
          problems.push(
            `word broken inside: ${quote(shown)} between ${quote(match[0].slice(0, previous.offset + 1).replace(/\u00ad/g, ""))} ` +
              `and the rest, in ${where(element)}`
          );
          break;
        }
        previous = { box, offset };
      }
    }
  };
  texts.forEach(checkWords);

  // --- clipped text ----------------------------------------------------------------------
  const clipBoxes = new Map();
  const clippingAncestors = (element) => {
    const found = [];
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      if (!clipBoxes.has(node)) {
        const style = getComputedStyle(node);
        const hides = (value) => value === "hidden" || value === "clip";
        let box = null;
        if (hides(style.overflowX) || hides(style.overflowY)) {
          const outer = node.getBoundingClientRect();
          box = {
            left: hides(style.overflowX) ? outer.left + node.clientLeft : -Infinity,
            right: hides(style.overflowX) ? outer.left + node.clientLeft + node.clientWidth : Infinity,
            top: hides(style.overflowY) ? outer.top + node.clientTop : -Infinity,
            bottom: hides(style.overflowY) ? outer.top + node.clientTop + node.clientHeight : Infinity,
          };
        }
        clipBoxes.set(node, box);
      }
      if (clipBoxes.get(node)) found.push([node, clipBoxes.get(node)]);
    }
    return found;
  };
  for (const text of texts) {
    const clippers = clippingAncestors(text.element);
    // The page's own top and left edges cut what reaches beyond them: it cannot be scrolled to.
    clippers.push([document.documentElement, { left: -root.scrollLeft, right: Infinity, top: -root.scrollTop, bottom: Infinity }]);
    for (const line of text.lines) {
      const cut = clippers.find(
        ([, box]) =>
          line.left < box.left - TOLERANCE ||
          line.right > box.right + TOLERANCE ||
          line.top < box.top - TOLERANCE ||
          line.bottom > box.bottom + TOLERANCE
      );
      if (cut) {
        problems.push(`clipped text: ${quote(text.node.data.trim())} in ${where(text.element)} is cut by ${where(cut[0])}`);
        break;
      }
    }
  }

  // --- overlapping text ------------------------------------------------------------------
  const lines = texts.flatMap((text, owner) => text.lines.map((box) => ({ box, owner })));
  lines.sort((a, b) => a.box.top - b.box.top);
  const reported = new Set();
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    for (let j = i + 1; j < lines.length && lines[j].box.top < a.box.bottom - TOLERANCE; j++) {
      const b = lines[j];
      if (a.owner === b.owner) continue;
      const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (width <= TOLERANCE || height <= TOLERANCE) continue;
      const key = [a.owner, b.owner].sort().join(" ");
      if (reported.has(key)) continue;
      reported.add(key);
      const [first, second] = [texts[a.owner], texts[b.owner]];
      problems.push(
        `overlapping text: ${quote(first.node.data.trim())} (${where(first.element)}) and ` +
          `${quote(second.node.data.trim())} (${where(second.element)})`
      );
    }
  }

  // --- deep-link targets -------------------------------------------------------------------
  if (deepLinks) {
    const header = document.querySelector(".md-header");
    // Ids first: Material's instant navigation may render the page anew on a change of address.
    const ids = [...document.querySelectorAll(".md-content .bk-item[id], .md-content :is(h1, h2, h3, h4, h5, h6)[id]")]
      .filter((element) => element.checkVisibility() && !element.closest("svg"))
      .map((element) => element.id);
    const outlined = (element) => {
      for (let node = element; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) return [node, style];
      }
      return [null, null];
    };
    for (const id of ids) {
      // The site's own link handling (permalinks.js, on hashchange) marks the item and scrolls
      // to it. The address changes without a history entry: a real one would also make
      // Material's instant navigation render the page anew, costing time and measuring nothing.
      history.replaceState(history.state, "", "#" + encodeURIComponent(id));
      window.dispatchEvent(new HashChangeEvent("hashchange"));
      const target = document.getElementById(id);
      const [element, style] = outlined(target);
      if (!element) {
        problems.push(`deep link #${id}: the linked ${where(target)} has no outline`);
        continue;
      }
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = element.getBoundingClientRect();
      const outline = { left: box.left - reach, right: box.right + reach, top: box.top - reach, bottom: box.bottom + reach };
      // Cut by a container that hides overflow: outside its box. By one that scrolls: outside
      // what it scrolls over, which no scrolling brings into view (outlines add no scroll area).
      const cutBy = [];
      let scrolledSideways = false; // inside a container that scrolls sideways: the screen's edge is its concern
      for (let node = element.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
        const nodeStyle = getComputedStyle(node);
        const clips = (value) => value !== "visible";
        const scrolls = (value) => value === "auto" || value === "scroll";
        if (!clips(nodeStyle.overflowX) && !clips(nodeStyle.overflowY)) continue;
        scrolledSideways ||= scrolls(nodeStyle.overflowX);
        const outer = node.getBoundingClientRect();
        const left = outer.left + node.clientLeft - (scrolls(nodeStyle.overflowX) ? node.scrollLeft : 0);
        const top = outer.top + node.clientTop - (scrolls(nodeStyle.overflowY) ? node.scrollTop : 0);
        const width = scrolls(nodeStyle.overflowX) ? node.scrollWidth : node.clientWidth;
        const height = scrolls(nodeStyle.overflowY) ? node.scrollHeight : node.clientHeight;
        if (
          (clips(nodeStyle.overflowX) && (outline.left < left - TOLERANCE || outline.right > left + width + TOLERANCE)) ||
          (clips(nodeStyle.overflowY) && (outline.top < top - TOLERANCE || outline.bottom > top + height + TOLERANCE))
        ) {
          cutBy.push(where(node));
        }
      }
      if (!scrolledSideways && (outline.left < -TOLERANCE || outline.right > pageWidth + TOLERANCE)) {
        cutBy.push("the edge of the screen");
      }
      const headerBottom = header ? header.getBoundingClientRect().bottom : 0;
      if (outline.top < headerBottom - TOLERANCE) cutBy.push("the sticky header");
      if (cutBy.length) problems.push(`deep link #${id}: the outline of ${where(element)} is cut by ${cutBy.join(", ")}`);
      // The marker a linked item gets must not squeeze its words apart.
      const inside = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = inside.nextNode(); node; node = inside.nextNode()) {
        if (node.data.trim() && node.parentElement.checkVisibility()) checkWords({ node, element: node.parentElement });
      }
    }
  }
  return [...new Set(problems)];
};
