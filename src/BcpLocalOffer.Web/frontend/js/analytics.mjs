// Cookieless click counting. Page views are counted by the server (so visitors without
// JavaScript count too); this only reports which links people follow: to other pages here, to
// other sites and downloads, with the data-analytics-context of the block a link sits in (such as
// a "You said – We did" entry). Nothing is stored in the browser and no identifier is sent.
const endpoint = "/api/events";
const downloadPattern = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|rtf|txt|zip)$/i;

function trackingRefused() {
  return navigator.doNotTrack === "1" || window.doNotTrack === "1" || navigator.globalPrivacyControl === true;
}

function describe(link) {
  let url;
  try {
    url = new URL(link.href, window.location.href);
  } catch {
    return null;
  }

  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return null; // mailto:, tel: and the like
  }

  if (url.origin !== window.location.origin) {
    return { kind: "outbound", target: url.origin + url.pathname };
  }

  if (url.pathname === window.location.pathname && url.hash) {
    return null; // a jump within the page, such as the skip link
  }

  const download = link.hasAttribute("download") || url.pathname.startsWith("/media/") || downloadPattern.test(url.pathname);
  return { kind: download ? "download" : "internal", target: url.pathname };
}

function report(event) {
  if (event.defaultPrevented || (event.type === "auxclick" && event.button !== 1)) {
    return;
  }

  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  const described = link && describe(link);
  if (!described) {
    return;
  }

  const contextElement = link.closest("[data-analytics-context]");
  const body = { kind: described.kind, path: window.location.pathname, target: described.target };
  if (contextElement) {
    body.context = contextElement.getAttribute("data-analytics-context");
  }

  // A string body is sent as text/plain: a simple request, which the beacon delivers even as the page unloads.
  navigator.sendBeacon(endpoint, JSON.stringify(body));
}

export function initAnalytics(root) {
  if (trackingRefused() || typeof navigator.sendBeacon !== "function") {
    return;
  }

  root.addEventListener("click", report);
  root.addEventListener("auxclick", report);
}

initAnalytics(document);
