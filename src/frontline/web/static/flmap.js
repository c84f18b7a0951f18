// The Leaflet map: offline country and admin-1 outlines (Natural Earth), optional online tiles,
// event markers coloured by type and sized by fatalities, clustered when dense. Markers and
// clusters are buttons: Tab reaches them, Enter opens the event (or zooms into the cluster).
"use strict";

const FLMap = {
  async create(el, config) {
    // The offline outlines say nothing beyond zoom 9 (an event opened there would sit on a blank
    // map); online tiles do.
    const maxZoom = config.tiles_url ? 14 : 9;
    const map = L.map(el, { minZoom: 2, maxZoom, worldCopyJump: true }).setView([34.8, 38.5], 6);
    // Outlines in panes of their own, under the control layer and the events whatever the order
    // in which the layers control adds them back.
    map.createPane("countries").style.zIndex = 250;
    map.createPane("admin1").style.zIndex = 300;
    const [topo, admin1] = await Promise.all([
      fetch("/assets/world-atlas/countries-50m.json").then((r) => r.json()),
      fetch("/static/admin1.geojson").then((r) => r.json()),
    ]);
    const countries = topojson.feature(topo, topo.objects.countries);
    countries.features = countries.features.filter((f) => f.id !== FLMap.ANTARCTICA);
    countries.features.forEach((f) => FLMap.unwrap(f.geometry));
    const outlines = L.geoJSON(countries, {
      style: { color: "#6b6b6b", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 },
      interactive: false, pane: "countries",
    });
    const borders = L.geoJSON(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b), {
      style: { color: "#555", weight: 1.2 }, interactive: false, pane: "countries",
    });
    const m = { map, onAdmin1: null };
    const provinces = FLMap.admin1Layer(admin1, m);
    const offline = L.layerGroup([outlines, borders, provinces]).addTo(map);
    const bases = { "Country and admin-1 outlines (offline, Natural Earth)": offline };
    if (config.tiles_url) {
      bases["Online tiles"] = L.tileLayer(config.tiles_url, { maxZoom: 18, attribution: "tiles" });
    }
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Outlines: Natural Earth (public domain)");
    // Clusters in a neutral colour so that colour always means event type.
    const cluster = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      iconCreateFunction: (c) => {
        const n = c.getChildCount(), size = Math.round(26 + 6 * Math.log10(n));
        return L.divIcon({
          html: `<div class="cluster" style="width:${size}px;height:${size}px;line-height:${size}px">${n}</div>`,
          className: "", iconSize: [size, size],
        });
      },
    });
    cluster.addTo(map);
    const control = L.layerGroup().addTo(map);
    L.control.layers(bases, { Events: cluster, Control: control }).addTo(map);
    return Object.assign(m, { cluster, control });
  },
  // Governorates and provinces: name on hover; a click hands ACLED's admin1 name to m.onAdmin1.
  admin1Layer(geojson, m) {
    const plain = { color: "#8a8a8a", weight: 0.8, dashArray: "3 3", fill: true, fillOpacity: 0 };
    const layer = L.geoJSON(geojson, {
      pane: "admin1", style: plain,
      onEachFeature: (f, lyr) => {
        const p = f.properties;
        lyr.bindTooltip(`${FL.esc(p.admin1 || p.name)}<span class="muted">, ${FL.esc(p.country)}</span>`
          + (p.admin1 ? "<br><small>click: show only its events</small>" : ""), { sticky: true });
        lyr.on("mouseover", () => lyr.setStyle({ color: "#333", weight: 2, dashArray: null, fillOpacity: 0.06 }));
        lyr.on("mouseout", () => lyr.setStyle(plain));
        lyr.on("click", () => { if (p.admin1 && m.onAdmin1) m.onAdmin1(p.admin1, p.country); });
        lyr.on("add", () => { lyr.getElement().dataset.admin1 = p.admin1 || ""; });
      },
    });
    return layer;
  },
  ANTARCTICA: "010",  // ISO 3166 numeric: no events there, and its ring runs along the pole
  // Rings that cross the antimeridian jump from +180 to -180; Leaflet would draw a band across the
  // world. Make each ring's longitudes continuous instead (Leaflet draws beyond ±180 fine).
  unwrap(geometry) {
    if (!geometry) return;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const prev = ring[i - 1][0];
          while (ring[i][0] - prev > 180) ring[i][0] -= 360;
          while (ring[i][0] - prev < -180) ring[i][0] += 360;
        }
      }
    }
  },
  radius(fatalities) { return 5 + 2.2 * Math.sqrt(fatalities || 0); },
  showEvents(m, events, onClick, fit = true) {
    m.cluster.clearLayers();
    const markers = [];
    for (const e of events) {
      if (e.latitude == null || e.longitude == null) continue;
      const label = `${e.event_date || "undated"}, ${e.sub_event_type || e.event_type}, ${e.location || "?"}`
        + (e.fatalities ? `, ${e.fatalities} killed` : "");
      const mk = L.marker([e.latitude, e.longitude], {
        icon: FLMap.icon(e, false), keyboard: true, title: label, alt: label, riseOnHover: true,
      });
      mk.bindTooltip(`${FL.esc(e.event_date || "?")} · ${FL.esc(e.sub_event_type)} · ${FL.esc(e.location)}`);
      mk.on("click", () => onClick(e.event_id));
      mk.on("keypress", (ev) => { if (ev.originalEvent.key === "Enter") onClick(e.event_id); });
      mk.eventId = e.event_id;
      mk.event = e;
      markers.push(mk);
    }
    m.cluster.addLayers(markers);
    if (fit && markers.length) {
      m.map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 7 });
    }
  },
  // A circle (a keyboard-reachable div) coloured by event type, sized by fatalities.
  icon(e, chosen) {
    const d = Math.round(2 * FLMap.radius(e.fatalities));
    return L.divIcon({
      className: "ev-marker-icon",
      html: `<div class="ev-marker${chosen ? " chosen" : ""}" data-id="${FL.esc(e.event_id)}" style="background:${FL.colour(e.event_type)}"></div>`,
      iconSize: [d, d],
    });
  },
  // Show the chosen event: open its cluster, pan to it and outline it.
  focus(m, eventId) {
    let found = null;
    m.cluster.eachLayer((mk) => {
      const chosen = mk.eventId === eventId;
      if (chosen || mk.chosen) mk.setIcon(FLMap.icon(mk.event, chosen));
      mk.chosen = chosen;
      if (chosen) found = mk;
    });
    if (found) m.cluster.zoomToShowLayer(found, () => found.setZIndexOffset(1000));
  },
  legend(el) {
    el.innerHTML = "<h3 style='font-size:.9rem'>Event types</h3>" + Object.entries(FL.TYPE_COLOURS)
      .map(([t, c]) => `<div><span class="swatch" style="background:${c}"></span>${FL.esc(t)}</div>`)
      .join("") + "<p class='muted'>Circle size: fatalities.</p>";
  },
};
