// The Leaflet map: offline country outlines from world-atlas (Natural Earth), optional online
// tiles, event markers coloured by type and sized by fatalities, clustered when dense.
"use strict";

const FLMap = {
  async create(el, config) {
    const map = L.map(el, { minZoom: 2, maxZoom: 14, worldCopyJump: true }).setView([34.8, 38.5], 6);
    const topo = await fetch("/assets/world-atlas/countries-50m.json").then((r) => r.json());
    const countries = topojson.feature(topo, topo.objects.countries);
    countries.features = countries.features.filter((f) => f.id !== FLMap.ANTARCTICA);
    countries.features.forEach((f) => FLMap.unwrap(f.geometry));
    const outlines = L.geoJSON(countries, {
      style: { color: "#6b6b6b", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 },
      interactive: false,
    });
    const borders = L.geoJSON(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b), {
      style: { color: "#555", weight: 1.2 }, interactive: false,
    });
    const offline = L.layerGroup([outlines, borders]).addTo(map);
    const bases = { "Country outlines (offline, Natural Earth)": offline };
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
    return { map, cluster, control };
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
      const mk = L.circleMarker([e.latitude, e.longitude], {
        radius: FLMap.radius(e.fatalities), color: "#222", weight: 1,
        fillColor: FL.colour(e.event_type), fillOpacity: 0.85,
      });
      mk.bindTooltip(`${FL.esc(e.event_date || "?")} · ${FL.esc(e.sub_event_type)} · ${FL.esc(e.location)}`);
      mk.on("click", () => onClick(e.event_id));
      mk.eventId = e.event_id;
      markers.push(mk);
    }
    m.cluster.addLayers(markers);
    if (fit && markers.length) {
      m.map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 7 });
    }
  },
  // Show the chosen event: open its cluster, pan to it and outline it.
  focus(m, eventId) {
    let found = null;
    m.cluster.eachLayer((mk) => {
      const chosen = mk.eventId === eventId;
      mk.setStyle({ weight: chosen ? 4 : 1, color: chosen ? "#000" : "#222" });
      if (chosen) found = mk;
    });
    if (found) m.cluster.zoomToShowLayer(found, () => found.bringToFront());
  },
  legend(el) {
    el.innerHTML = "<h3 style='font-size:.9rem'>Event types</h3>" + Object.entries(FL.TYPE_COLOURS)
      .map(([t, c]) => `<div><span class="swatch" style="background:${c}"></span>${FL.esc(t)}</div>`)
      .join("") + "<p class='muted'>Circle size: fatalities.</p>";
  },
};
