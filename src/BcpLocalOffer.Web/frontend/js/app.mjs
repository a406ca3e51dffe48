// Progressive enhancement only: every page works without this script.
import { initAll } from "./vendor/govuk-frontend.min.js";
import { initSearchAutocomplete } from "./search-autocomplete.mjs";
import { initMarkdownToolbars } from "./markdown-toolbar.mjs";
import { initCopyButtons } from "./copy-button.mjs";

// GOV.UK Frontend expects these classes from an inline script; our CSP forbids inline script.
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("govuk-frontend-supported");
}
initAll();
initSearchAutocomplete(document);
initMarkdownToolbars(document);
initCopyButtons(document);
