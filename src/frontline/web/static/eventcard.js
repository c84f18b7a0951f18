// The event card: what, who, where, when, fatalities, precision codes, every source and claim,
// and the evidence sentences highlighted in each article's text.
"use strict";

const FLCard = {
  // ACLED's precision codes in words.
  TIME: { 1: "the day is known", 2: "within a week", 3: "within a month or vaguer" },
  GEO: { 1: "the place itself", 2: "near it or part of a region", 3: "a larger region" },
  async show(el, eventId) {
    el.innerHTML = `<p class="muted">Loading event ${FL.esc(eventId)}…</p>`;
    let e;
    try {
      e = await FL.api(`/api/events/${encodeURIComponent(eventId)}`);
    } catch (err) {
      el.innerHTML = `<p class="error">${FL.esc(err.message)}</p>`;
      return;
    }
    const actor = (name, id) => id
      ? `<a href="/actors/${encodeURIComponent(id)}">${FL.esc(name)}</a>` : FL.esc(name);
    const claims = e.claims.map((c) => `<tr><td>${FL.esc(c.claimant)}</td>
      <td>${c.claimant_is_party ? '<span class="badge party">party</span>' : "no"}</td>
      <td>${FL.esc(c.stance)} (${FL.esc(c.verb)})</td><td>${c.fatalities ?? "—"}</td></tr>`).join("");
    el.innerHTML = `<article class="card event-card" aria-labelledby="ev-title">
      <h2 id="ev-title" style="font-size:1.05rem"><span class="swatch" style="background:${FL.colour(e.event_type)}"></span>${FL.esc(e.sub_event_type || e.event_type)}</h2>
      <p class="muted">${FL.esc(e.event_type)} · ${FL.esc(e.disorder_type)} · <code>${FL.esc(e.event_id)}</code></p>
      ${e.party_claim_only ? '<p class="badge party">Only a party to the fighting claims this</p>' : ""}
      <dl class="kv">
        <dt>Who</dt><dd>${e.actor1 ? actor(e.actor1, e.actor1_id) : '<span class="muted">not named in the sources</span>'}${e.assoc_actor_1 ? ` <span class="muted">with ${FL.esc(e.assoc_actor_1)}</span>` : ""}${e.actor2 ? ` vs ${actor(e.actor2, e.actor2_id)}` : ""}${e.assoc_actor_2 ? ` <span class="muted">with ${FL.esc(e.assoc_actor_2)}</span>` : ""}</dd>
        <dt>Where</dt><dd>${FL.esc([...new Set([e.location, e.admin2, e.admin1, e.country].filter(Boolean))].join(", "))}</dd>
        <dt>When</dt><dd>${FL.esc(e.event_date || "unknown")}</dd>
        <dt>Fatalities</dt><dd>${e.fatalities}</dd>
        <dt>Precision</dt><dd>time ${e.time_precision} <span class="muted">(${FLCard.TIME[e.time_precision] || "?"})</span> · geo ${e.geo_precision} <span class="muted">(${FLCard.GEO[e.geo_precision] || "?"})</span></dd>
        <dt>Sources</dt><dd>${e.n_sources}</dd>
      </dl>
      <p>${FL.esc(e.notes)}</p>
      <h3>Claims</h3>
      ${claims ? `<table><thead><tr><th>Claimant</th><th>Party</th><th>Stance</th><th>Fatalities</th></tr></thead><tbody>${claims}</tbody></table>` : '<p class="muted">No claims recorded.</p>'}
      ${e.edits.length ? `<h3>Analysts' edits</h3><ul>${e.edits.map((x) => `<li>${FL.esc(x.at.slice(0, 10))} · ${FL.esc(x.who)} · ${FL.esc(x.action)}: ${FL.esc(x.why)}</li>`).join("")}</ul>` : ""}
      <h3>Sources and evidence</h3>
      <div class="sources"></div>
    </article>`;
    const box = el.querySelector(".sources");
    for (const [i, s] of e.sources.entries()) {
      const d = document.createElement("details");
      d.className = "source";
      d.open = i === 0;
      d.innerHTML = `<summary>${FL.esc(s.source || "unknown outlet")} · ${FL.esc(s.published || "")} · ${FL.esc(s.title || s.article_id)}</summary>
        <p class="muted source-values">As reported here: ${FL.esc(FLCard.values(s.values))}</p>
        <p><a href="/articles/${encodeURIComponent(s.article_id)}">Open the article with its mentions and coded events</a></p>
        <div class="article-text evidence-text muted">Loading article…</div>`;
      box.appendChild(d);
      FLCard.loadArticle(d.querySelector(".evidence-text"), s);
    }
    el.focus();
  },
  async loadArticle(div, source) {
    try {
      const a = await FL.api(`/api/articles/${encodeURIComponent(source.article_id)}`);
      div.classList.remove("muted");
      div.innerHTML = FL.highlight(a.text, FL.mergeSpans(source.evidence),
        (_, inner) => `<mark class="evidence">${inner}</mark>`);
      const first = div.querySelector("mark");  // scroll the article box only, not the card
      if (first) div.scrollTop = first.offsetTop - div.offsetTop - 24;
    } catch (err) {
      div.innerHTML = `<span class="error">${FL.esc(err.message)}</span>`;
    }
  },
  values(v) {  // what this source said, so disagreements between sources show
    const parts = [v.event_date, v.sub_event_type, v.actor1 && v.actor2 ? `${v.actor1} vs ${v.actor2}` : v.actor1,
      v.location, v.fatalities != null ? `${v.fatalities} fatalities` : null];
    return parts.filter(Boolean).join(" · ");
  },
};
