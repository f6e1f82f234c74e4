/**
 * Server-rendered SVG charts: no chart library and no CDN (the network is closed), nothing for
 * the browser to run, and colours from the stylesheet (classes, not inline styles, which the
 * Content-Security-Policy refuses). Each chart comes with its numbers as a table for screen
 * readers and for copying into a report.
 */
import { html, type SafeHtml } from './html.js';

export interface Series {
  label: string;
  values: readonly number[];
}

const WIDTH = 760;
const HEIGHT = 240;
const PAD = { top: 12, right: 12, bottom: 28, left: 40 };

/** A round number at or above `max` for the top of the axis. */
function niceMax(max: number): number {
  if (max <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** A stacked bar per day, one colour per series (classes series-0 … series-7). */
export function stackedBarChart(options: {
  id: string;
  title: string;
  days: readonly string[];
  series: readonly Series[];
}): SafeHtml {
  const { days, series } = options;
  const totals = days.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(1, Math.min(28, slot * 0.7));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const labelEvery = Math.ceil(days.length / 8);
  const ticks = [0, top / 2, top];
  const total = totals.reduce((a, b) => a + b, 0);

  const bars = days.map((day, i) => {
    let base = 0;
    const x = PAD.left + i * slot + (slot - barW) / 2;
    return series.map((s, si) => {
      const v = s.values[i] ?? 0;
      if (v === 0) return '';
      const y1 = y(base + v);
      const h = y(base) - y1;
      base += v;
      return html`<rect
        class="series-${si % 8}"
        x="${x.toFixed(1)}"
        y="${y1.toFixed(1)}"
        width="${barW.toFixed(1)}"
        height="${Math.max(0.5, h).toFixed(1)}"
        ><title>${day} · ${s.label}: ${v}</title></rect
      >`;
    });
  });

  return html`<figure class="chart" aria-labelledby="${options.id}-caption">
    <figcaption id="${options.id}-caption">${options.title}</figcaption>
    <svg
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-labelledby="${options.id}-caption ${options.id}-desc"
      preserveAspectRatio="xMidYMid meet"
    >
      <desc id="${options.id}-desc">
        ${total} in all over ${days.length} days; the table below lists every number.
      </desc>
      ${ticks.map(
        (t) =>
          html`<g class="tick">
            <line
              x1="${PAD.left}"
              x2="${WIDTH - PAD.right}"
              y1="${y(t).toFixed(1)}"
              y2="${y(t).toFixed(1)}"
            />
            <text x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end"
              >${Number.isInteger(t) ? t : t.toFixed(1)}</text
            >
          </g>`,
      )}
      ${bars}
      ${days.map((day, i) =>
        i % labelEvery === 0
          ? html`<text
              class="x-label"
              x="${(PAD.left + i * slot + slot / 2).toFixed(1)}"
              y="${HEIGHT - 8}"
              text-anchor="middle"
              >${day.slice(5)}</text
            >`
          : '',
      )}
    </svg>
    <ul class="legend">
      ${series.map(
        (s, si) =>
          html`<li>
            <span class="swatch series-${si % 8}" aria-hidden="true"></span>${s.label}
            <span class="muted">${s.values.reduce((a, b) => a + b, 0)}</span>
          </li>`,
      )}
    </ul>
    <details>
      <summary>Numbers</summary>
      <div class="table-wrap">
        <table class="numbers">
          <thead>
            <tr>
              <th scope="col">Day</th>
              ${series.map((s) => html`<th scope="col">${s.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${days.map(
              (day, i) =>
                html`<tr>
                  <th scope="row">${day}</th>
                  ${series.map((s) => html`<td>${s.values[i] ?? 0}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </figure>`;
}
