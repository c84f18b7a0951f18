// Articles: /articles lists the stored articles; /articles/{id} shows one with its mentions
// highlighted (as on "Code an article") and the events coded from it, each with its evidence.
"use strict";

// A page at a time (the API pages articles as it pages events); "Show more" follows `next`.
// `/articles?limit=N` sets the page size (1 to 1,000).
const ARTICLE_PAGE = Math.min(1000, Math.max(1, Number(new URLSearchParams(location.search).get("limit")) || 200));

async function listArticles() {
  listFeeds().catch(() => {});
  document.getElementById("list-view").hidden = false;
  const body = document.querySelector("#article-table tbody");
  const more = document.getElementById("more-articles");
  const filter = document.getElementById("a-filter");
  const row = (a) => `<tr data-search="${FL.esc([a.title, a.source, a.article_id].join(" ").toLowerCase())}">
    <td>${FL.esc(a.published || "—")}</td><td>${FL.esc(a.source || "—")}</td>
    <td><a href="/articles/${encodeURIComponent(a.article_id)}">${FL.esc(a.title || a.article_id)}</a></td>
    <td class="muted">${FL.esc((a.ingested_at || "").slice(0, 10))}</td></tr>`;
  const applyFilter = () => {
    const q = filter.value.trim().toLowerCase();
    for (const tr of body.querySelectorAll("tr[data-search]")) tr.hidden = !tr.dataset.search.includes(q);
  };
  let shown = 0;
  let next = `/api/articles?limit=${ARTICLE_PAGE}`;
  const loadPage = async () => {
    more.disabled = true;
    const page = await FL.api(next);
    body.insertAdjacentHTML("beforeend", page.items.map(row).join(""));
    shown += page.items.length;
    next = page.next;
    document.getElementById("count").textContent = page.total > shown ? `(${shown} of ${page.total})` : `(${page.total})`;
    more.hidden = !next;
    more.disabled = false;
    if (!page.total) {
      body.innerHTML = '<tr><td colspan="4" class="muted">No article stored yet: ingest some (see /docs).</td></tr>';
    }
    applyFilter();
  };
  more.addEventListener("click", loadPage);
  filter.addEventListener("input", applyFilter);
  await loadPage();
}

async function showArticle(id) {
  document.getElementById("one-view").hidden = false;
  const textEl = document.getElementById("article");
  const status = document.getElementById("status");
  let a;
  try {
    a = await FL.api(`/api/articles/${encodeURIComponent(id)}`);
  } catch (err) {
    textEl.innerHTML = `<span class="error">${FL.esc(err.message)}</span>`;
    return;
  }
  document.title = `${a.title || a.article_id} · frontline`;
  document.getElementById("art-h").textContent = a.title || a.article_id;
  const link = a.url ? ` · <a href="${FL.esc(a.url)}" rel="noreferrer">original</a>` : "";
  document.getElementById("art-meta").innerHTML = `${FL.esc(a.source || "unknown outlet")} · ${FL.esc(a.published || "no date")} · <code>${FL.esc(a.article_id)}</code> · version ${a.version}${link}`;
  textEl.textContent = a.text;
  const events = document.getElementById("events");
  document.getElementById("ev-count").textContent = `(${a.events.length})`;
  events.innerHTML = a.events.length ? a.events.map(FLCoded.card).join("")
    : '<p class="muted">No event was coded from this article.</p>';
  let highlights = [];
  const showMentions = () => FLCoded.mentions(textEl, a.text, highlights);
  events.addEventListener("click", (ev) => {
    const b = ev.target.closest(".show-evidence");
    if (b) FLCoded.toggle(b, textEl, a.text, a.events, showMentions);
  });
  status.textContent = "Finding the mentions…";
  try {
    highlights = await FL.api(`/api/articles/${encodeURIComponent(id)}/mentions`);
    if (!document.querySelector('.show-evidence[aria-pressed="true"]')) showMentions();
    status.textContent = `${highlights.length} mention(s).`;
  } catch (err) {
    status.innerHTML = `<span class="error">${FL.esc(err.message)}</span>`;
  }
}

// Feeds that `frontline watch` follows: each one's last poll, status and counts (hidden if none).
async function listFeeds() {
  const body = await FL.api("/api/feeds");
  if (!body.feeds.length) return;
  document.getElementById("feeds-view").hidden = false;
  document.getElementById("feeds-count").textContent = `(${body.feeds.length})`;
  document.getElementById("feeds-skipped").textContent =
    `${body.skipped_articles} article(s) kept as skipped: not about conflict, protest or political violence.`;
  const status = (f) => f.status === "error"
    ? `<span class="error">error</span>: ${FL.esc(f.error || "")}`
    : FL.esc(f.status === "not_modified" ? "not modified" : f.status);
  document.querySelector("#feed-table tbody").innerHTML = body.feeds.map((f) => `<tr>
    <td><a href="${FL.esc(f.url)}" rel="noreferrer">${FL.esc(f.title || f.url)}</a></td>
    <td class="feed-status">${status(f)}</td>
    <td class="muted">${FL.esc((f.polled_at || "—").slice(0, 16).replace("T", " "))}</td>
    <td>${f.last_new}</td><td>${f.ingested}</td><td>${f.skipped}</td>
    <td>${f.failed}${f.failing_items ? ` (${f.failing_items} to retry)` : ""}</td></tr>`).join("");
}

const match = location.pathname.match(/^\/articles\/(.+)$/);
if (match) showArticle(decodeURIComponent(match[1]));
else listArticles();
