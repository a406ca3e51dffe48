// The writing help under a text field: as the author pauses typing, the text goes to the server,
// which works the advice out (one formula, in C#, tested there) and sends back the panel's
// advice. Progressive enhancement: without script the panel shows advice on the saved text.

const pauseMs = 700;

/**
 * Keeps every element marked data-module="app-writing-help" up to date with its field.
 * @param {Document} document
 */
export function initWritingHelp(document) {
  for (const panel of document.querySelectorAll("[data-module='app-writing-help']")) {
    const field = document.getElementById(panel.dataset.for ?? "");
    const form = field?.closest("form");
    const token = form?.querySelector("input[name='__RequestVerificationToken']");
    if (!(field instanceof HTMLTextAreaElement) || !(token instanceof HTMLInputElement)) {
      continue;
    }

    const status = panel.querySelector(".app-writing-help__status");
    let timer = 0;
    let sent = field.value;
    /** @type {AbortController | null} */
    let inFlight = null;

    const update = async () => {
      if (field.value === sent) {
        return;
      }
      sent = field.value;
      inFlight?.abort();
      inFlight = new AbortController();
      const body = new FormData();
      body.append("text", field.value);
      body.append("field", panel.dataset.label ?? "");
      body.append("__RequestVerificationToken", token.value);
      try {
        const response = await fetch("/editorial/writing-help", { method: "POST", body, signal: inFlight.signal, credentials: "same-origin" });
        if (!response.ok) {
          return;
        }
        const fragment = new DOMParser().parseFromString(await response.text(), "text/html").querySelector(".app-writing-help__advice");
        const advice = panel.querySelector(".app-writing-help__advice");
        if (fragment && advice) {
          advice.replaceWith(document.importNode(fragment, true));
          if (status) {
            status.textContent = fragment.getAttribute("data-summary") ?? "";
          }
          panel.classList.add("app-writing-help--live");
        }
      } catch (error) {
        // A newer keystroke cancelled this request, or the network dropped: the panel keeps its last advice.
        if (!(error instanceof DOMException && error.name === "AbortError")) {
          panel.classList.remove("app-writing-help--live");
        }
      }
    };

    field.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, pauseMs);
    });
  }
}
