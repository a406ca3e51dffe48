// Suggestions as you type in the header search box. Progressive enhancement: without this script
// (or without the vendor library) the plain form posts to /search exactly as before.

const suggestionsUrl = "/api/search/suggestions?q=";
const minimumLength = 2;
// Long enough to skip most keystrokes of a fast typist, short enough to feel immediate.
const debounceMilliseconds = 120;

/**
 * Replaces the header's search input with an accessible-autocomplete combobox that keeps its id,
 * name and label. Does nothing when the page has no header search or the library did not load.
 * @param {Document} document
 */
export function initSearchAutocomplete(document) {
  const accessibleAutocomplete = globalThis.accessibleAutocomplete;
  const input = document.getElementById("site-search");
  const form = input?.form;
  if (typeof accessibleAutocomplete !== "function" || !(input instanceof HTMLInputElement) || !form) {
    return;
  }

  const container = document.createElement("div");
  container.className = "app-search-autocomplete";
  input.replaceWith(container);

  accessibleAutocomplete({
    element: container,
    id: input.id,
    name: input.name,
    defaultValue: input.value,
    minLength: minimumLength,
    source: debouncedSuggestions(),
    templates: { inputValue: titleOf, suggestion: suggestion => escapeHtml(titleOf(suggestion)) },
    onConfirm: suggestion => choose(suggestion, form, container),
    // Leaving the box must not replace what was typed with a highlighted suggestion.
    confirmOnBlur: false,
    // "No results" would be wrong here: full-text search often finds what titles do not.
    showNoOptionsFound: false,
    // Overlaid, so the open menu does not push the Search button down.
    displayMenu: "overlay",
    inputClasses: "govuk-input",
    tAssistiveHint: () => "When suggestions are available, use the up and down arrows to review them and Enter to choose one. Or press Enter to search for what you typed.",
  });

  const combobox = container.querySelector("input[role='combobox']");
  if (combobox instanceof HTMLInputElement && input.maxLength > 0) {
    // The server refuses longer searches; the library has no option for this.
    combobox.maxLength = input.maxLength;
  }

  // The library swallows Enter while its menu is open even when nothing is highlighted; people
  // expect Enter in a search box to search for what they typed, so submit the form ourselves.
  // Capture phase: this must run before the library's own handler on its wrapper.
  container.addEventListener("keydown", event => {
    if (event.key === "Enter" && event.target === combobox && !event.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      form.requestSubmit();
    }
  }, { capture: true });
}

/**
 * A title suggestion goes to its page; a synonym (no url) is searched for. So is the plain string
 * the library offers on a results page, where it starts with the search as its only option.
 */
function choose(suggestion, form, container) {
  if (!suggestion) {
    return;
  }

  const destination = typeof suggestion === "string" ? null : sameSiteUrl(suggestion.url);
  if (destination) {
    window.location.assign(destination);
    return;
  }

  const combobox = container.querySelector("input[role='combobox']");
  if (combobox instanceof HTMLInputElement) {
    // The library sets its own value only after this callback returns; the form reads it now.
    combobox.value = titleOf(suggestion);
  }
  form.requestSubmit();
}

/** Only a path on this site is followed: the endpoint is ours, but a url is never trusted blindly. */
function sameSiteUrl(url) {
  if (typeof url !== "string" || url.length === 0) {
    return null;
  }

  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.origin === window.location.origin ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The library calls source on every keystroke; this waits for a pause, cancels the request a newer
 * keystroke made stale, and answers nothing at all on errors (the plain search still works).
 */
function debouncedSuggestions() {
  let timer = 0;
  let inFlight = null;
  return (query, populateResults) => {
    window.clearTimeout(timer);
    inFlight?.abort();
    inFlight = null;
    timer = window.setTimeout(async () => {
      const request = new AbortController();
      inFlight = request;
      try {
        const response = await fetch(suggestionsUrl + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          signal: request.signal,
        });
        if (!response.ok) {
          return;
        }

        const suggestions = await response.json();
        if (!request.signal.aborted && Array.isArray(suggestions)) {
          populateResults(suggestions.filter(s => s && typeof s.title === "string"));
        }
      } catch {
        // Offline, aborted or not JSON: suggestions are a nicety, so say nothing.
      } finally {
        if (inFlight === request) {
          inFlight = null;
        }
      }
    }, debounceMilliseconds);
  };
}

// The library starts with the box's value as a plain string option, then holds our objects.
function titleOf(suggestion) {
  if (suggestion == null) {
    return "";
  }

  return typeof suggestion === "string" ? suggestion : suggestion.title;
}

// The library renders suggestion templates as HTML; titles are text and must stay text.
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}
