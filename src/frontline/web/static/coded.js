// What the "code an article" and article pages share: an article's text with its mentions or one
// event's evidence highlighted, and the card of one coded event with a button that shows its evidence.
"use strict";

const FLCoded = {
  mentions(el, text, highlights) {
    el.innerHTML = FL.highlight(text, highlights,
      (s, inner) => `<mark class="${s.label}" title="${FL.esc(s.detail)}">${inner}<span class="tag">${s.label}</span></mark>`);
  },
  evidence(el, text, event) {
    el.innerHTML = FL.highlight(text, FL.mergeSpans(event.evidence || []),
      (_, inner) => `<mark class="evidence">${inner}</mark>`);
    el.querySelector("mark")?.scrollIntoView({ block: "nearest" });
  },
  // Toggle: pressing an event's button shows its evidence, pressing it again the mentions.
  toggle(button, el, text, events, showMentions) {
    const pressed = button.getAttribute("aria-pressed") === "true";
    document.querySelectorAll(".show-evidence").forEach((b) => b.setAttribute("aria-pressed", "false"));
    if (pressed) { showMentions(); return; }
    button.setAttribute("aria-pressed", "true");
    FLCoded.evidence(el, text, events[Number(button.dataset.index)]);
  },
  card(e, i) {
    const claims = (e.claims || []).map((c) =>
      `<li>${FL.esc(c.claimant)} ${c.claimant_is_party ? '<span class="badge party">party</span>' : ""}
       <span class="badge">${FL.esc(c.stance)}</span>${c.fatalities != null ? ` ${c.fatalities} killed` : ""}</li>`).join("");
    const fused = e.fused_event_id
      ? `<p><a href="/?event=${encodeURIComponent(e.fused_event_id)}">Open the event on the map</a></p>` : "";
    return `<article class="card event-card" aria-label="Event ${i + 1}">
      <h3><span class="swatch" style="background:${FL.colour(e.event_type)}"></span>${FL.esc(e.sub_event_type || e.event_type)}${e.background ? ' <span class="badge">background</span>' : ""}</h3>
      <dl class="kv">
        <dt>Who</dt><dd>${FL.esc(e.actor1)}${e.actor2 ? " vs " + FL.esc(e.actor2) : ""}</dd>
        <dt>Where</dt><dd>${FL.esc([e.location, e.admin1, e.country].filter(Boolean).join(", "))} <span class="muted">(geo ${e.geo_precision})</span></dd>
        <dt>When</dt><dd>${FL.esc(e.event_date || "unknown")} <span class="muted">(time ${e.time_precision})</span></dd>
        <dt>Fatalities</dt><dd>${e.fatalities}</dd>
      </dl>
      ${claims ? `<ul>${claims}</ul>` : ""}
      <p class="muted">${FL.esc(e.notes)}</p>
      ${fused}
      <button type="button" class="secondary show-evidence" data-index="${i}" aria-pressed="false">Show its evidence in the article</button>
    </article>`;
  },
};
