// "Code an article": POST /api/code, show highlighted mentions and events; save via /api/ingest.
"use strict";

let lastInput = null;
let lastOutput = null;

function showMentions() {
  FLCoded.mentions(document.getElementById("article"), lastOutput.text, lastOutput.highlights);
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
      ? out.events.map(FLCoded.card).join("") : '<p class="muted">The coder found no event.</p>';
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
  if (b) FLCoded.toggle(b, document.getElementById("article"), lastOutput.text, lastOutput.events, showMentions);
});
document.getElementById("save-form").addEventListener("submit", saveIt);
document.getElementById("token").value = sessionStorage.getItem("frontline-token") || "";
