// "Copy" buttons for snippets such as a media file's Markdown. Without script the button stays
// hidden and the snippet is plain text to select and copy by hand.

/** @param {Document} document */
export function initCopyButtons(document) {
  for (const button of document.querySelectorAll("[data-module='app-copy-button']")) {
    const target = document.getElementById(button.getAttribute("data-copy-target") ?? "");
    if (!(button instanceof HTMLButtonElement) || !target) {
      continue;
    }

    const status = button.nextElementSibling?.getAttribute("role") === "status" ? button.nextElementSibling : null;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = target.textContent ?? "";
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        // No clipboard access (an insecure address, or permission refused): select it instead.
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      if (status) {
        status.textContent = copied ? "Copied. Paste it into the page’s text." : "Selected. Press Ctrl+C to copy it.";
      }
    });
  }
}
