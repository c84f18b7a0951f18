// The map page: filters -> GET /api/events -> map, list and timeline; the timeline's brush
// narrows map and list; event card and control layer in the side panels.
"use strict";

const MAX_EVENTS = 5000;  // what one page of the API gives; more asks for narrower filters

(async function main() {
  const form = document.getElementById("filters");
  const detail = document.getElementById("detail");
  const status = document.getElementById("status");
  const list = document.getElementById("event-list");
  const typeSel = document.getElementById("f-type");
  for (const t of Object.keys(FL.TYPE_COLOURS)) typeSel.add(new Option(t, t));
  FLMap.legend(document.getElementById("type-legend"));

  const config = await FL.api("/api/config");
  const m = await FLMap.create(document.getElementById("map"), config);
  m.onAdmin1 = (admin1, country) => {  // a click on a governorate's outline filters by it
    form.elements.admin1.value = admin1;
    form.elements.country.value = country;
    load();
  };
  let loaded = [];
  let brush = [null, null];

  const openEvent = (id) => {
    FLMap.focus(m, id);
    FLCard.show(detail, id);
  };
  const openPlace = (id, name) => FLControl.history(detail, id, name);
  detail.addEventListener("click", (ev) => {
    const b = ev.target.closest(".ev-link");
    if (b) openEvent(b.dataset.id);
  });

  function visible() {
    const [from, to] = brush;
    return loaded.filter((e) => !from || (e.event_date && e.event_date >= from && e.event_date <= to));
  }

  function render(fit) {
    const shown = visible();
    FLMap.showEvents(m, shown, openEvent, fit);
    document.getElementById("count").textContent = `(${shown.length} of ${loaded.length})`;
    list.innerHTML = shown.slice(0, 500).map((e) => `<li><button type="button" data-id="${FL.esc(e.event_id)}">
      <span class="swatch" style="background:${FL.colour(e.event_type)}"></span>${FL.esc(e.event_date || "?")} · ${FL.esc(e.sub_event_type)} · ${FL.esc(e.location)}
      <span class="muted">${FL.esc(e.actor1)}${e.actor2 ? " vs " + FL.esc(e.actor2) : ""}${e.fatalities ? ` · ${e.fatalities} killed` : ""}</span></button></li>`).join("");
  }
  list.addEventListener("click", (ev) => {
    const b = ev.target.closest("button[data-id]");
    if (b) openEvent(b.dataset.id);
  });

  const timeline = FLTimeline.create(document.getElementById("timeline"), (from, to) => {
    brush = [from, to];
    render(false);
    document.getElementById("brush-status").textContent = from
      ? `Timeline selection: ${from} to ${to} (Escape on the timeline clears it).` : "";
  });

  function params() {
    const p = new URLSearchParams();
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "checkbox") p.set(el.name, el.checked ? "true" : "false");
      else if (el.value) p.set(el.name, el.value.trim());
    }
    if (!p.get("actor")) p.delete("lineage");
    return p;
  }

  let knownTotal = null; // events matching the filters at the last load

  async function load(fit = true) {
    const p = params();
    history.replaceState(null, "", p.toString() ? `/?${p}` : "/");
    p.set("limit", String(MAX_EVENTS));
    p.set("sort", "-event_date");
    status.textContent = "Loading events…";
    try {
      const page = await FL.api(`/api/events?${p}`);
      // Newest first from the API (so a cut keeps the latest); oldest first in the list, undated last.
      const dated = page.items.filter((e) => e.event_date).reverse();
      loaded = dated.concat(page.items.filter((e) => !e.event_date));
      brush = [null, null];
      timeline.brush = null;
      FLTimeline.set(timeline, loaded);
      render(fit);
      knownTotal = page.total;
      status.textContent = page.total > loaded.length
        ? `${page.total} events match; the ${loaded.length} newest are shown: narrow the filters.`
        : `${page.total} event(s) match.`;
      setupControlSlider();
    } catch (err) {
      status.innerHTML = `<span class="error">${FL.esc(err.message)}</span>`;
    }
  }

  // Control layer: a date input and a slider over the days the events span.
  const cShow = document.getElementById("c-show");
  const cDate = document.getElementById("c-date");
  const cSlider = document.getElementById("c-slider");
  const cLegend = document.getElementById("c-legend");
  let days = [];
  function setupControlSlider() {
    const dates = loaded.map((e) => e.event_date).filter(Boolean).sort();
    if (!dates.length) return;
    const lo = Date.parse(dates[0]) - 30 * DAY, hi = Date.parse(dates[dates.length - 1]) + 30 * DAY;
    days = [];
    for (let d = lo; d <= hi; d += DAY) days.push(FLTimeline.iso(d));
    cSlider.max = String(days.length - 1);
    if (!cDate.value) cDate.value = days[days.length - 1];
    cSlider.value = String(Math.max(0, days.indexOf(cDate.value)));
  }
  async function refreshControl() {
    if (!cShow.checked || !cDate.value) {
      FLControl.latest++;  // a request still on its way must not draw the hidden layer
      m.control.clearLayers(); cLegend.textContent = ""; delete cLegend.dataset.date; return;
    }
    try {
      await FLControl.show(m, cDate.value, cLegend, openPlace);
    } catch (err) {
      cLegend.innerHTML = `<span class="error">${FL.esc(err.message)}</span>`;
    }
  }
  cShow.addEventListener("change", refreshControl);
  cDate.addEventListener("change", () => {
    const i = days.indexOf(cDate.value);
    if (i >= 0) cSlider.value = String(i);
    refreshControl();
  });
  cSlider.addEventListener("input", () => { cDate.value = days[Number(cSlider.value)] || cDate.value; });
  cSlider.addEventListener("change", refreshControl);

  // Actor suggestions from the knowledge base.
  const actorList = document.getElementById("actor-list");
  document.getElementById("f-actor").addEventListener("input", async (ev) => {
    const q = ev.target.value.trim();
    if (q.length < 2) return;
    const found = await FL.api(`/api/actors?q=${encodeURIComponent(q)}&limit=10`).catch(() => []);
    actorList.innerHTML = found.map((a) => `<option value="${FL.esc(a.id)}">${FL.esc(a.name)}</option>`).join("");
  });

  // Suggestions for country, admin1 and source from what the store holds.
  const fill = (id, values) => {
    document.getElementById(id).innerHTML = [...new Set(values.filter(Boolean))].sort()
      .map((v) => `<option value="${FL.esc(v)}"></option>`).join("");
  };
  FL.api("/api/places").then((places) => {
    fill("country-list", places.map((p) => p.country));
    fill("admin1-list", places.map((p) => p.admin1));
  }).catch(() => {});
  // (outlets of the latest 1,000 articles: suggestions only, any outlet can be typed)
  FL.api("/api/articles?limit=1000").then((page) => fill("source-list", page.items.map((a) => a.source)))
    .catch(() => {});

  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  form.addEventListener("reset", () => setTimeout(load, 0));
  const initial = new URLSearchParams(location.search);
  for (const [k, v] of initial) {
    const el = form.elements[k];
    if (!el) continue;
    if (el.type === "checkbox") el.checked = v === "true";
    else el.value = v;
  }
  await load();
  if (initial.get("event")) openEvent(initial.get("event"));

  // New events as they arrive (`frontline watch` ingesting): poll the count matching the filters
  // every POLL_S seconds (`/?poll=N` sets it); when it grows, refresh the map where it stands.
  const POLL_S = Math.max(1, Number(initial.get("poll")) || 60);
  const notice = document.getElementById("new-events");
  form.addEventListener("submit", () => { notice.hidden = true; });
  setInterval(async () => {
    if (knownTotal === null || document.hidden) return;
    const p = params();
    p.set("limit", "1");
    const page = await FL.api(`/api/events?${p}`).catch(() => null);
    if (!page || page.total <= knownTotal) return;
    const added = page.total - knownTotal;
    await load(false);
    const at = new Date().toTimeString().slice(0, 5);
    notice.textContent = `${added} new event${added === 1 ? "" : "s"} (map refreshed at ${at}).`;
    notice.hidden = false;
  }, POLL_S * 1000);
})();
