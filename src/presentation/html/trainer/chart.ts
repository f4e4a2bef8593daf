/**
 * A horizontal bar chart in SVG, built with DOM calls (no library): one bar per row, value 0..max. Decorative
 * duplicates of a table that carries the same figures, so it is hidden from assistive technology.
 */
import { formatMean } from '../../i18n/t.ts';

const SVG = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function barChart(
  rows: { label: string; value: number | null; weak: boolean }[],
  max: number,
): SVGElement {
  const rowHeight = 28;
  const labelWidth = 300;
  const barWidth = 360;
  const svg = el('svg', {
    viewBox: `0 0 ${labelWidth + barWidth + 60} ${rows.length * rowHeight + 10}`,
    class: 'bar-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  rows.forEach((row, i) => {
    const y = 5 + i * rowHeight;
    const label = el('text', { x: labelWidth - 8, y: y + 18, 'text-anchor': 'end', class: 'bar-label' });
    label.textContent = row.label.length > 42 ? `${row.label.slice(0, 41)}…` : row.label;
    const track = el('rect', {
      x: labelWidth,
      y: y + 4,
      width: barWidth,
      height: 18,
      class: 'bar-track',
      rx: 3,
    });
    const width = row.value === null ? 0 : (barWidth * row.value) / max;
    const bar = el('rect', {
      x: labelWidth,
      y: y + 4,
      width,
      height: 18,
      class: row.weak ? 'bar weak' : 'bar',
      rx: 3,
    });
    const value = el('text', { x: labelWidth + barWidth + 8, y: y + 18, class: 'bar-value' });
    value.textContent = row.value === null ? '–' : formatMean(row.value);
    svg.append(label, track, bar, value);
  });
  return svg;
}
