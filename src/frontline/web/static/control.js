// The control layer: for the chosen date, places coloured by who holds them, contested places
// marked, and a place's control history on click.
"use strict";

const FLControl = {
  PALETTE: ["#1b9e77", "#7570b3", "#d95f02", "#e7298a", "#66a61e", "#a6761d", "#1f78b4", "#b15928"],
  colours: {},
  colourOf(name) {
    if (!name) return "#999";
    if (!(name in FLControl.colours)) {
      const n = Object.keys(FLControl.colours).length;
      FLControl.colours[name] = FLControl.PALETTE[n % FLControl.PALETTE.length];
    }
    return FLControl.colours[name];
  },
  // Answers can come back out of order while the date moves: only the latest request draws.
  latest: 0,
  async show(m, date, legendEl, onPlace) {
    const request = ++FLControl.latest;
    const rows = await FL.api(`/api/control?at=${encodeURIComponent(date)}`);
    if (request !== FLControl.latest) return;
    m.control.clearLayers();
    const seen = new Set();
    for (const r of rows) {
      if (r.latitude == null) continue;
      const fill = r.contested ? "repeating-linear-gradient(45deg,#fff,#fff 3px,#c00 3px,#c00 6px)"
        : FLControl.colourOf(r.controller);
      const label = `${r.location}: ${r.contested ? "contested" : r.controller || "unknown"}`;
      const icon = L.divIcon({
        className: "",
        html: `<div class="control-marker" data-place="${FL.esc(r.location)}" data-controller="${FL.esc(r.contested ? "contested" : r.controller || "")}" style="width:16px;height:16px;background:${fill}" title="${FL.esc(label)}"></div>`,
        iconSize: [16, 16],
      });
      const mk = L.marker([r.latitude, r.longitude], { icon, keyboard: true, title: label, alt: label });
      mk.bindTooltip(`${FL.esc(label)}${r.since ? " since " + FL.esc(r.since) : ""}`);
      mk.on("click", () => onPlace(r.place_id || r.location, r.location));
      mk.addTo(m.control);
      if (!r.contested) seen.add(r.controller);
    }
    legendEl.innerHTML = rows.length
      ? [...seen].map((c) => `<div><span class="swatch" style="border-radius:2px;background:${FLControl.colourOf(c)}"></span>${FL.esc(c || "unknown")}</div>`).join("")
        + '<div><span class="swatch" style="border-radius:2px;background:repeating-linear-gradient(45deg,#fff,#fff 3px,#c00 3px,#c00 6px)"></span>contested</div>'
        + `<ul class="event-list control-list">${rows.map((r) => `<li><button type="button" data-place="${FL.esc(r.place_id || r.location)}" data-name="${FL.esc(r.location)}">${FL.esc(r.location)}: ${FL.esc(r.contested ? "contested" : r.controller || "unknown")}</button></li>`).join("")}</ul>`
      : "<p>No control known on this date.</p>";
    legendEl.querySelectorAll("button[data-place]").forEach((b) =>
      b.addEventListener("click", () => onPlace(b.dataset.place, b.dataset.name)));
    legendEl.dataset.date = date;  // which date the legend shows (tests and assistive tech wait on it)
  },
  async history(el, placeId, name) {
    el.innerHTML = `<p class="muted">Loading the history of ${FL.esc(name)}…</p>`;
    try {
      const h = await FL.api(`/api/places/${encodeURIComponent(placeId)}/control`);
      el.innerHTML = `<article class="card" aria-labelledby="h-title"><h2 id="h-title" style="font-size:1.05rem">Control of ${FL.esc(h.place)}</h2>
        <table class="history"><thead><tr><th>Date</th><th>Holder</th><th>Event</th><th>Sources</th></tr></thead><tbody>
        ${h.changes.map((c) => `<tr><td>${FL.esc(c.date || "?")}</td><td>${c.denied ? "<strong>denied</strong> " : ""}${FL.esc(c.controller || "")}</td>
          <td>${c.event_id ? `<button type="button" class="linklike ev-link" data-id="${FL.esc(c.event_id)}">${FL.esc(c.kind || "event")}</button>` : ""}</td>
          <td>${FL.esc(c.sources.join(", "))}</td></tr>`).join("")}
        </tbody></table></article>`;
      el.focus();
    } catch (err) {
      el.innerHTML = `<p class="error">${FL.esc(err.message)}</p>`;
    }
  },
};
