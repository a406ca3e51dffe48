// Progressive enhancement only: every page works without this script.
import { initAll } from "./vendor/govuk-frontend.min.js";
import { initSearchAutocomplete } from "./search-autocomplete.mjs";
import { initMarkdownToolbars } from "./markdown-toolbar.mjs";
import { initCopyButtons } from "./copy-button.mjs";
import { initWritingHelp } from "./writing-help.mjs";

// The page was marked script-enabled by the template's inline snippet (Site/FrontendSupportScript.cs).
initAll();
initSearchAutocomplete(document);
initMarkdownToolbars(document);
initCopyButtons(document);
initWritingHelp(document);

// Folded sections that belong open on a wider screen (the search filters): open them there.
if (window.matchMedia("(min-width: 40.0625em)").matches) {
  for (const details of document.querySelectorAll("details[data-open-from-tablet]")) {
    details.open = true;
  }
}
