// html-validate's configuration for the built site (tests/site/test_html_validate.py runs it
// over site/sv, site/en and the root page). A JavaScript file rather than .htmlvalidate.json
// so that each rule turned off can say why here.
module.exports = {
  root: true,
  extends: ["html-validate:standard"],
  rules: {
    // Material's base.html puts autocomplete="off" on its hidden drawer and search checkboxes
    // so that Firefox does not restore them checked (a drawer left open) on back/forward;
    // the page has no other input that autocomplete could apply to.
    "valid-autocomplete": "off",
  },
};
