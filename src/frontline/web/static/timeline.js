// Timeline: a histogram of events over time with a brush (mouse drag, or keyboard: arrows move
// the selection, Shift+arrows widen it, Escape clears). The brush calls onBrush(from, to).
"use strict";

const DAY = 86400000;

const FLTimeline = {
  create(el, onBrush) {
    const svgNS = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(svgNS, "svg");
    svg.setAttribute("tabindex", "0");
    svg.setAttribute("role", "slider");
    svg.setAttribute("aria-label", "Event timeline; drag or use arrow keys to choose a period");
    el.appendChild(svg);
    const t = { svg, el, onBrush, bins: [], brush: null, lo: 0, hi: 1, binDays: 1 };
    const x = (ms) => 40 + ((ms - t.lo) / (t.hi - t.lo)) * (el.clientWidth - 80);
    const inv = (px) => t.lo + ((px - 40) / (el.clientWidth - 80)) * (t.hi - t.lo);
    t.x = x;
    let dragFrom = null;
    svg.addEventListener("mousedown", (ev) => { dragFrom = inv(ev.offsetX); });
    svg.addEventListener("mousemove", (ev) => {
      if (dragFrom == null) return;
      const at = inv(ev.offsetX);
      t.brush = [Math.min(dragFrom, at), Math.max(dragFrom, at)];
      FLTimeline.draw(t);
    });
    window.addEventListener("mouseup", () => {
      if (dragFrom == null) return;
      dragFrom = null;
      if (t.brush && t.brush[1] - t.brush[0] < DAY / 2) t.brush = null;
      FLTimeline.emit(t);
    });
    svg.addEventListener("keydown", (ev) => {
      const step = t.binDays * DAY;
      if (ev.key === "Escape") { t.brush = null; FLTimeline.emit(t); return; }
      if (!["ArrowLeft", "ArrowRight"].includes(ev.key)) return;
      ev.preventDefault();
      const dir = ev.key === "ArrowRight" ? 1 : -1;
      if (!t.brush) t.brush = [t.lo, t.lo + step];
      else if (ev.shiftKey) t.brush = [t.brush[0], Math.max(t.brush[0] + step, t.brush[1] + dir * step)];
      else t.brush = [t.brush[0] + dir * step, t.brush[1] + dir * step];
      FLTimeline.emit(t);
    });
    new ResizeObserver(() => FLTimeline.draw(t)).observe(el);
    return t;
  },
  iso(ms) { return new Date(ms).toISOString().slice(0, 10); },
  emit(t) {
    FLTimeline.draw(t);
    if (t.brush) {
      t.onBrush(FLTimeline.iso(t.brush[0]), FLTimeline.iso(t.brush[1]));
    } else {
      t.onBrush(null, null);
    }
  },
  set(t, events) {
    const days = events.filter((e) => e.event_date).map((e) => Date.parse(e.event_date));
    if (!days.length) { t.bins = []; FLTimeline.draw(t); return; }
    let lo = Math.min(...days), hi = Math.max(...days);
    const span = (hi - lo) / DAY;
    t.binDays = span > 730 ? 30 : span > 120 ? 7 : 1;
    lo -= t.binDays * DAY; hi += 2 * t.binDays * DAY;
    t.lo = lo; t.hi = hi;
    const n = Math.ceil((hi - lo) / (t.binDays * DAY));
    t.bins = Array.from({ length: n }, (_, i) => ({ start: lo + i * t.binDays * DAY, count: 0 }));
    for (const d of days) t.bins[Math.floor((d - lo) / (t.binDays * DAY))].count += 1;
    FLTimeline.draw(t);
  },
  draw(t) {
    const w = t.el.clientWidth, h = t.el.clientHeight;
    const max = Math.max(1, ...t.bins.map((b) => b.count));
    const bw = Math.max(1, t.x(t.lo + t.binDays * DAY) - t.x(t.lo) - 1);
    let s = `<rect x="0" y="0" width="${w}" height="${h}" fill="#fff"/>`;
    for (const b of t.bins) {
      const bh = (b.count / max) * (h - 30);
      if (b.count) s += `<rect class="bar" x="${t.x(b.start)}" y="${h - 20 - bh}" width="${bw}" height="${bh}" fill="#4a6f93"><title>${FLTimeline.iso(b.start)}: ${b.count}</title></rect>`;
    }
    if (t.bins.length) {
      const ticks = 6;
      for (let i = 0; i <= ticks; i++) {
        const ms = t.lo + ((t.hi - t.lo) * i) / ticks;
        s += `<text x="${t.x(ms)}" y="${h - 5}" font-size="11" text-anchor="middle" fill="#555">${FLTimeline.iso(ms)}</text>`;
      }
    } else {
      s += `<text x="${w / 2}" y="${h / 2}" text-anchor="middle" fill="#777">No dated events</text>`;
    }
    t.svg.setAttribute("aria-valuemin", String(t.lo));
    t.svg.setAttribute("aria-valuemax", String(t.hi));
    t.svg.setAttribute("aria-valuenow", String(t.brush ? t.brush[0] : t.lo));
    if (t.brush) {
      const a = t.x(t.brush[0]), b = t.x(t.brush[1]);
      s += `<rect class="brush" x="${a}" y="2" width="${Math.max(2, b - a)}" height="${h - 24}" fill="#f5a62333" stroke="#c77d00"/>`;
      t.svg.setAttribute("aria-valuetext", `${FLTimeline.iso(t.brush[0])} to ${FLTimeline.iso(t.brush[1])}`);
    } else {
      t.svg.setAttribute("aria-valuetext", "all dates");
    }
    t.svg.innerHTML = s;
  },
};
