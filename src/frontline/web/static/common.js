// Helpers shared by the pages: API calls, escaping, colours by event type.
"use strict";

const FL = {
  async api(path, options = {}) {
    const res = await fetch(path, options);
    const body = res.headers.get("content-type")?.includes("json") ? await res.json() : null;
    if (!res.ok) {
      const msg = body?.message || (body?.detail && JSON.stringify(body.detail)) || res.statusText;
      throw new Error(`${res.status}: ${msg}${body?.hint ? " — " + body.hint : ""}`);
    }
    return body;
  },
  esc(s) {
    return String(s ?? "").replace(/[&<>"']/g, (c) => ({
      "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
    })[c]);
  },
  // ACLED's six event types, colour-blind-safe palette (Okabe–Ito).
  TYPE_COLOURS: {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#E69F00",
    "Violence against civilians": "#CC79A7",
    "Protests": "#0072B2",
    "Riots": "#56B4E9",
    "Strategic developments": "#009E73",
  },
  colour(type) { return FL.TYPE_COLOURS[type] || "#777"; },
  // Overlapping or touching spans become one (evidence spans of one event often overlap).
  mergeSpans(spans) {
    const out = [];
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      const last = out[out.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else out.push({ start: s.start, end: s.end });
    }
    return out;
  },
  // Text with [start, end) spans wrapped in <mark>; spans must not overlap.
  highlight(text, spans, render) {
    let out = "", at = 0;
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      if (s.start < at) continue;
      out += FL.esc(text.slice(at, s.start)) + render(s, FL.esc(text.slice(s.start, s.end)));
      at = s.end;
    }
    return out + FL.esc(text.slice(at));
  },
};
