// A formatting toolbar above each rich-text (Markdown) textarea. Progressive enhancement: the
// buttons only type Markdown into the textarea, which works, and is explained, without them.

/** @typedef {{ id: string, label: string, shortcut?: string, apply: (textarea: HTMLTextAreaElement) => void }} ToolbarAction */

/** @type {ToolbarAction[]} */
const actions = [
  { id: "heading", label: "Heading", apply: textarea => toggleLinePrefix(textarea, () => "## ", /^#{1,6} /) },
  { id: "bold", label: "Bold", shortcut: "b", apply: textarea => toggleWrap(textarea, "**", "bold text") },
  { id: "link", label: "Link", shortcut: "k", apply: insertLink },
  { id: "bullets", label: "Bulleted list", apply: textarea => toggleLinePrefix(textarea, () => "- ", /^[-*+] /) },
  { id: "numbers", label: "Numbered list", apply: textarea => toggleLinePrefix(textarea, index => `${index + 1}. `, /^\d+\. /) },
  { id: "table", label: "Table", apply: insertTable },
];

/**
 * Adds a toolbar to every element marked data-module="app-markdown-editor".
 * @param {Document} document
 */
export function initMarkdownToolbars(document) {
  for (const editor of document.querySelectorAll("[data-module='app-markdown-editor']")) {
    const textarea = editor.querySelector("textarea");
    if (!(textarea instanceof HTMLTextAreaElement) || editor.querySelector(".app-markdown-toolbar")) {
      continue;
    }

    const toolbar = document.createElement("div");
    toolbar.className = "app-markdown-toolbar";
    toolbar.setAttribute("role", "group");
    // "Formatting", not "Formatting for <field>": the field keeps the only accessible name with its label in it.
    toolbar.setAttribute("aria-label", "Formatting");
    for (const action of actions) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "govuk-button govuk-button--secondary app-markdown-toolbar__button";
      button.dataset.action = action.id;
      button.textContent = action.label;
      if (action.shortcut) {
        button.setAttribute("aria-keyshortcuts", `Control+${action.shortcut.toUpperCase()}`);
        button.title = `${action.label} (Ctrl+${action.shortcut.toUpperCase()})`;
      }
      button.addEventListener("click", () => action.apply(textarea));
      toolbar.append(button);
    }
    textarea.before(toolbar);

    textarea.addEventListener("keydown", event => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) {
        return;
      }
      const action = actions.find(a => a.shortcut === event.key.toLowerCase());
      if (action) {
        event.preventDefault();
        action.apply(textarea);
      }
    });
  }
}

/**
 * Replaces the selection with text, keeping the browser's undo history where it can, then
 * selects [selectFrom, selectTo) of the inserted text so the editor can type over it.
 */
function replaceSelection(textarea, text, selectFrom = text.length, selectTo = selectFrom, start = textarea.selectionStart, end = textarea.selectionEnd) {
  textarea.focus();
  textarea.setSelectionRange(start, end);
  let inserted = false;
  try {
    // Deprecated but still the only way to keep Ctrl+Z working after a scripted change.
    inserted = text.length > 0 && document.execCommand("insertText", false, text);
  } catch {
    inserted = false;
  }
  if (!inserted || textarea.value.slice(start, start + text.length) !== text) {
    textarea.setRangeText(text, start, end, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
  textarea.setSelectionRange(start + selectFrom, start + selectTo);
}

function toggleWrap(textarea, marker, placeholder) {
  const { value } = textarea;
  let start = textarea.selectionStart;
  let end = textarea.selectionEnd;
  // A double-clicked word often brings its trailing space; keep spaces outside the markers.
  while (end > start && /\s/.test(value[end - 1])) end--;
  while (start < end && /\s/.test(value[start])) start++;

  const before = value.slice(start - marker.length, start);
  const after = value.slice(end, end + marker.length);
  if (before === marker && after === marker) {
    const inner = value.slice(start, end);
    replaceSelection(textarea, inner, 0, inner.length, start - marker.length, end + marker.length);
    return;
  }

  const selected = value.slice(start, end);
  const inner = selected.length > 0 ? selected : placeholder;
  replaceSelection(textarea, marker + inner + marker, marker.length, marker.length + inner.length, start, end);
}

function insertLink(textarea) {
  const selected = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd).trim();
  const text = selected.length > 0 ? selected : "link text";
  const address = "https://";
  const markdown = `[${text}](${address})`;
  // The address is selected, ready to be typed over.
  replaceSelection(textarea, markdown, text.length + 3, text.length + 3 + address.length);
}

/** Adds the prefix to every selected line, or takes it off when every line already has one. */
function toggleLinePrefix(textarea, prefixFor, existing) {
  const { value } = textarea;
  const start = value.lastIndexOf("\n", textarea.selectionStart - 1) + 1;
  let end = value.indexOf("\n", Math.max(textarea.selectionEnd - (textarea.selectionEnd > textarea.selectionStart ? 1 : 0), start));
  if (end === -1) end = value.length;

  const lines = value.slice(start, end).split("\n");
  const allPrefixed = lines.every(line => line.trim() === "" || existing.test(line));
  let index = 0;
  const changed = lines.map(line => {
    if (line.trim() === "") return line;
    const bare = line.replace(existing, "");
    return allPrefixed ? bare : prefixFor(index++) + bare;
  }).join("\n");

  // A list or heading needs a blank line before it when it follows a paragraph.
  const needsGap = !allPrefixed && start > 0 && value.slice(0, start) !== "" && !/\n\s*\n$/.test(value.slice(0, start)) && !existing.test(lineBefore(value, start));
  const text = (needsGap ? "\n" : "") + changed;
  const selectFrom = needsGap ? 1 : 0;
  replaceSelection(textarea, text, selectFrom, text.length, start, end);
}

function lineBefore(value, lineStart) {
  const previousEnd = lineStart - 1;
  const previousStart = value.lastIndexOf("\n", previousEnd - 1) + 1;
  return value.slice(previousStart, previousEnd);
}

function insertTable(textarea) {
  const { value } = textarea;
  const start = textarea.selectionStart;
  const end = textarea.selectionEnd;
  const table = "| Heading | Heading |\n| --- | --- |\n| Cell | Cell |";
  const textBefore = value.slice(0, start);
  const textAfter = value.slice(end);
  const lead = textBefore === "" || textBefore.endsWith("\n\n") ? "" : textBefore.endsWith("\n") ? "\n" : "\n\n";
  const trail = textAfter === "" || textAfter.startsWith("\n\n") ? "" : textAfter.startsWith("\n") ? "\n" : "\n\n";
  // The first heading cell is selected, ready to be typed over.
  replaceSelection(textarea, lead + table + trail, lead.length + 2, lead.length + 2 + "Heading".length, start, end);
}
