// The actor page: names over time, aliases, lineage, coalitions, and its events (with its
// lineage) on the map and timeline.
"use strict";

(async function main() {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const box = document.getElementById("actor");
  const detail = document.getElementById("detail");
  const list = document.getElementById("event-list");
  let a;
  try {
    a = await FL.api(`/api/actors/${encodeURIComponent(id)}`);
  } catch (err) {
    box.innerHTML = `<p class="error">${FL.esc(err.message)}</p>`;
    return;
  }
  document.title = `${a.name} · frontline`;
  const period = (s, e) => `${FL.esc(s || "…")} – ${FL.esc(e || "…")}`;
  const link = (x) => `<a href="/actors/${encodeURIComponent(x.id)}">${FL.esc(x.name)}</a>`;
  box.innerHTML = `<h2>${FL.esc(a.name)}</h2>
    <p class="muted">${FL.esc(a.kind)} · inter ${a.inter} · ${FL.esc(a.country || "—")} · <code>${FL.esc(a.id)}</code></p>
    <h3>Names over time</h3>
    <table><thead><tr><th>Name</th><th>Period</th></tr></thead><tbody>
      ${a.names.map((n) => `<tr><td>${FL.esc(n.name)}</td><td>${period(n.start, n.end)}</td></tr>`).join("")}</tbody></table>
    <h3>Lineage</h3><ol>${a.lineage.map((x) => `<li>${x.id === a.id ? `<strong>${FL.esc(x.name)}</strong>` : link(x)}</li>`).join("")}</ol>
    <h3>Coalitions</h3>${a.coalitions.length ? `<ul>${a.coalitions.map((c) => `<li><a href="/actors/${encodeURIComponent(c.id)}">${FL.esc(c.name)}</a> <span class="muted">${period(c.start, c.end)}</span></li>`).join("")}</ul>` : '<p class="muted">None known.</p>'}
    ${a.members.length ? `<h3>Members</h3><ul>${a.members.map((x) => `<li>${link(x)}</li>`).join("")}</ul>` : ""}
    <h3>Aliases</h3><p>${a.aliases.map(FL.esc).join(" · ") || "—"}</p>
    <h3>Sources</h3><ul>${a.sources.map((s) => `<li>${FL.esc(s)}</li>`).join("")}</ul>
    <p><a href="/?actor=${encodeURIComponent(a.id)}&lineage=true">Open its events on the main map</a></p>`;

  const config = await FL.api("/api/config");
  const m = await FLMap.create(document.getElementById("map"), config);
  let page = { items: [] };
  let brush = [null, null];
  const openEvent = (eid) => {
    FLMap.focus(m, eid);
    FLCard.show(detail, eid);
  };
  function render(fit) {
    const [from, to] = brush;
    const shown = page.items.filter((e) => !from || (e.event_date && e.event_date >= from && e.event_date <= to));
    FLMap.showEvents(m, shown, openEvent, fit);
    document.getElementById("count").textContent = `(${shown.length})`;
    list.innerHTML = shown.map((e) => `<li><button type="button" data-id="${FL.esc(e.event_id)}"><span class="swatch" style="background:${FL.colour(e.event_type)}"></span>${FL.esc(e.event_date || "?")} · ${FL.esc(e.sub_event_type)} · ${FL.esc(e.location)}</button></li>`).join("");
  }
  list.addEventListener("click", (ev) => {
    const b = ev.target.closest("button[data-id]");
    if (b) openEvent(b.dataset.id);
  });
  const t = FLTimeline.create(document.getElementById("timeline"), (from, to) => { brush = [from, to]; render(false); });
  const lineage = document.getElementById("with-lineage");
  async function load() {
    page = await FL.api(`/api/actors/${encodeURIComponent(a.id)}/events?lineage=${lineage.checked}&limit=5000&sort=event_date`);
    brush = [null, null];
    t.brush = null;
    FLTimeline.set(t, page.items);
    render(true);
  }
  lineage.addEventListener("change", load);
  await load();
})();
