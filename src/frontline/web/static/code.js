// "Code an article": POST /api/code, show highlighted mentions and events; save via /api/ingest.
"use strict";

let lastInput = null;
let lastOutput = null;

function showMentions() {
  document.getElementById("article").innerHTML = FL.highlight(lastOutput.text, lastOutput.highlights,
    (s, inner) => `<mark class="${s.label}" title="${FL.esc(s.detail)}">${inner}<span class="tag">${s.label}</span></mark>`);
}

function toggleEvidence(button) {
  const pressed = button.getAttribute("aria-pressed") === "true";
  document.querySelectorAll(".show-evidence").forEach((b) => b.setAttribute("aria-pressed", "false"));
  if (pressed) { showMentions(); return; }
  button.setAttribute("aria-pressed", "true");
  const e = lastOutput.events[Number(button.dataset.index)];
  document.getElementById("article").innerHTML = FL.highlight(lastOutput.text,
    FL.mergeSpans(e.evidence), (_, inner) => `<mark class="evidence">${inner}</mark>`);
  document.querySelector("#article mark")?.scrollIntoView({ block: "nearest" });
}


function eventCard(e, i) {
  const claims = (e.claims || []).map((c) =>
    `<li>${FL.esc(c.claimant)} ${c.claimant_is_party ? '<span class="badge party">party</span>' : ""}
     <span class="badge">${FL.esc(c.stance)}</span>${c.fatalities != null ? ` ${c.fatalities} killed` : ""}</li>`).join("");
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
    <button type="button" class="secondary show-evidence" data-index="${i}" aria-pressed="false">Show its evidence in the article</button>
  </article>`;
}

async function codeIt(ev) {
  ev.preventDefault();
  const f = ev.target;
  const status = document.getElementById("status");
  const body = {
    content: f.content.value, format: f.format.value,
    published: f.published.value || null, source: f.source.value || null,
  };
  status.textContent = "Coding…";
  document.getElementById("code-btn").disabled = true;
  try {
    const out = await FL.api("/api/code", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    lastInput = body;
    lastOutput = out;
    showMentions();
    const events = document.getElementById("events");
    events.innerHTML = out.events.length
      ? out.events.map(eventCard).join("") : '<p class="muted">The coder found no event.</p>';
    document.getElementById("save-form").hidden = out.events.length === 0;
    status.textContent = `${out.events.length} event(s), ${out.highlights.length} mention(s).`;
  } catch (err) {
    status.innerHTML = `<span class="error">${FL.esc(err.message)}</span>`;
  } finally {
    document.getElementById("code-btn").disabled = false;
  }
}

async function saveIt(ev) {
  ev.preventDefault();
  const status = document.getElementById("save-status");
  const token = document.getElementById("token").value;
  sessionStorage.setItem("frontline-token", token);
  try {
    const out = await FL.api("/api/ingest", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ articles: [lastInput] }),
    });
    status.textContent = `Saved: ${out.articles} article(s), ${out.events} event(s).`;
  } catch (err) {
    status.innerHTML = `<span class="error">${FL.esc(err.message)}</span>`;
  }
}

document.getElementById("code-form").addEventListener("submit", codeIt);
document.getElementById("events").addEventListener("click", (ev) => {
  const b = ev.target.closest(".show-evidence");
  if (b) toggleEvidence(b);
});
document.getElementById("save-form").addEventListener("submit", saveIt);
document.getElementById("token").value = sessionStorage.getItem("frontline-token") || "";
