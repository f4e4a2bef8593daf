/**
 * The map of an attempt's path (engine/trainer/path-map.ts), shown twice over: a list that says everything
 * (decision by decision, the choice taken and the others, each with its level in words and its critical errors,
 * then the ending), which is what keyboard and screen-reader users get, and an SVG drawing of the same, hidden
 * from assistive technology. The drawing runs left to right along the path: a numbered stop per decision, the
 * choice taken on the line and the choices not taken below it, each card edged in its level's colour and naming
 * the level, then the ending. It keeps its size and scrolls sideways in its own frame, so it fits a phone without
 * making the page wider.
 */
import type { Catalogue, Scenario } from '../../engine/content/types.ts';
import { attemptOf } from '../../engine/records/session-attempt.ts';
import type { SessionContext } from '../../engine/session/machine.ts';
import { lowestLevel, pathMap } from '../../engine/trainer/path-map.ts';
import type { PathChoice, PathMap } from '../../engine/trainer/path-map.ts';
import { levelName, lv, t } from '../i18n/t.ts';
import { h } from './dom.ts';

type HeadingLevel = 2 | 3;

/** "Harmful (Listen without judgement); Competent (Consent before sharing)", or "not scored". */
function levelsText(choice: PathChoice): string {
  if (choice.levels.length === 0) return t('pathMapNotScored');
  return choice.levels.map((l) => `${levelName(l.level)} (${l.title})`).join('; ');
}

/** The CSS class of a choice's colour: its lowest level, or none. */
const levelClass = (choice: PathChoice): string => `pm-l${lowestLevel(choice) ?? 'n'}`;

function choiceItem(choice: PathChoice, chosen: boolean): HTMLElement {
  return h(
    'li',
    { class: `path-map-choice ${levelClass(choice)}${chosen ? ' chosen' : ''}` },
    h('span', { class: 'path-map-swatch', 'aria-hidden': 'true' }),
    h('span', { class: 'path-map-label' }, lv(chosen ? t('pathMapChosen') : t('pathMapNotChosen'), '')),
    h('span', { class: 'path-map-text' }, choice.text),
    ' — ',
    h('span', { class: 'path-map-level' }, levelsText(choice)),
    ...choice.critical.map((c) =>
      h('span', { class: 'path-map-critical' }, ' — ', lv(t('pathMapCritical'), c.title)),
    ),
  );
}

/** Replays the attempt as practice from a decision (1-based): "what if I had…". */
export type WhatIf = (from: number) => void;

/** The accessible version: an ordered list of the decision points, then the ending. */
function pathList(map: PathMap, level: HeadingLevel, whatIf?: WhatIf): HTMLElement[] {
  const pointHeading = level === 2 ? 'h3' : 'h4';
  const list = h(
    'ol',
    { class: 'path-map-list' },
    ...map.points.map((p) =>
      h(
        'li',
        { class: 'path-map-point' },
        h(pointHeading, {}, t('pathMapDecision', { n: p.seq })),
        h(
          'ul',
          { class: 'path-map-choices' },
          choiceItem(p.chosen, true),
          ...p.others.map((o) => choiceItem(o, false)),
        ),
        whatIf && p.others.length > 0 ? whatIfButton(p.seq, whatIf) : null,
      ),
    ),
  );
  const end = map.problem
    ? h('p', { class: 'path-map-end problem' }, t('trainerReviewMismatch', { ...map.problem }))
    : map.ending
      ? h(
          'p',
          { class: 'path-map-end' },
          h('strong', {}, lv(t('pathMapEnding'), map.ending.title)),
          map.ending.summary ? ` — ${map.ending.summary}` : '',
        )
      : h('p', { class: 'path-map-end' }, t('pathMapUnfinished'));
  return [list, end];
}

function whatIfButton(seq: number, whatIf: WhatIf): HTMLElement {
  const button = h('button', { type: 'button', class: 'what-if' }, t('whatIfButton', { n: seq }));
  button.addEventListener('click', () => whatIf(seq), { once: true });
  return button;
}

// ---- The drawing --------------------------------------------------------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number> = {}, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Sizes of the drawing, in CSS pixels (it is drawn at this size and scrolls; it never shrinks its text). */
const CARD_W = 212;
const CARD_H = 86;
const GAP_Y = 14;
const STOP_R = 14;
const TO_CARD = 26; // from a stop's centre to its card
const COLUMN = TO_CARD + CARD_W + 34;
const START_X = 70;
const END_W = 196;
const PAD = 12;
/** Lines of a card's text: a longer text ends in "…" (the list has it whole, and so does the card's tooltip). */
const LINES = 3;
const TEXT_PX = 13;
const TEXT_W = CARD_W - 16 - 12;

/** Text widths in the page's font (a canvas measures them), or an estimate where there is no canvas. */
function textMeasure(): (text: string, px: number, bold?: boolean) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  return (text, px, bold = false) => {
    if (!ctx) return text.length * px * 0.56;
    ctx.font = `${bold ? 700 : 400} ${px}px ${family}`;
    return ctx.measureText(text).width;
  };
}

/** Greedy word wrap into at most `lines` lines that `fits`; the last line of a longer text is cut with "…". */
export function wrapText(text: string, fits: (line: string) => boolean, lines: number): string[] {
  const cut = (word: string) => {
    let w = word;
    while (w.length > 1 && !fits(`${w}…`)) w = w.slice(0, -1);
    return w === word ? word : `${w}…`;
  };
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const piece = fits(word) ? word : cut(word);
    const next = line ? `${line} ${piece}` : piece;
    if (fits(next)) line = next;
    else {
      out.push(line);
      line = piece;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  let last = kept[lines - 1] ?? '';
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[lines - 1] = `${last.replace(/[\s,;:.—-]+$/, '')}…`;
  return kept;
}

type Measure = ReturnType<typeof textMeasure>;

function card(
  choice: PathChoice,
  x: number,
  y: number,
  chosen: boolean,
  seq: number,
  measure: Measure,
): SVGElement {
  const critical = choice.critical.length > 0;
  const g = el('g', {
    class: `path-map-node ${levelClass(choice)}${chosen ? ' chosen' : ''}${critical ? ' critical' : ''}`,
    'data-seq': seq,
  });
  // The whole text on hover (the drawing is hidden from screen readers, which have the list).
  g.append(el('title', {}, `${choice.text} — ${levelsText(choice)}`));
  g.append(el('rect', { class: 'pm-card', x, y, width: CARD_W, height: CARD_H, rx: 7 }));
  g.append(el('rect', { class: 'pm-strip', x, y, width: 8, height: CARD_H, rx: 3 }));
  const low = lowestLevel(choice);
  g.append(
    el(
      'text',
      { class: 'pm-level', x: x + 16, y: y + 19 },
      low === null ? t('pathMapNotScored') : levelName(low),
    ),
  );
  if (critical) {
    g.append(
      el(
        'text',
        { class: 'pm-critical', x: x + CARD_W - 10, y: y + 19, 'text-anchor': 'end' },
        t('pathMapCriticalMark'),
      ),
    );
  }
  wrapText(choice.text, (line) => measure(line, TEXT_PX) <= TEXT_W, LINES).forEach((line, i) => {
    g.append(el('text', { class: 'pm-text', x: x + 16, y: y + 39 + i * 16 }, line));
  });
  return g;
}

export function pathDrawing(map: PathMap): SVGElement {
  const measure = textMeasure();
  const rows = 1 + Math.max(0, ...map.points.map((p) => p.others.length));
  const width = START_X + map.points.length * COLUMN + END_W + PAD;
  const height = PAD + CARD_H + (rows - 1) * (CARD_H + GAP_Y) + PAD;
  const lineY = PAD + CARD_H / 2;
  const svg = el('svg', {
    class: 'path-map-drawing',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // Drawn in pixels at the default text size, and scaled with the page's text size (the settings' larger text).
  svg.style.width = `${width / 16}rem`;
  svg.style.height = `${height / 16}rem`;
  const endX = START_X + map.points.length * COLUMN;
  // The path itself, behind everything: from the start through every stop to the end.
  svg.append(el('line', { class: 'pm-path', x1: PAD + 8, y1: lineY, x2: endX, y2: lineY }));
  svg.append(el('circle', { class: 'pm-start', cx: PAD + 8, cy: lineY, r: 7 }));
  svg.append(el('text', { class: 'pm-caption', x: PAD, y: lineY - 16 }, t('pathMapStart')));

  map.points.forEach((p, i) => {
    const stopX = START_X + i * COLUMN;
    const cardX = stopX + TO_CARD;
    // Branches to the choices not taken: down from the stop, then across to each card.
    if (p.others.length > 0) {
      const lastY = lineY + p.others.length * (CARD_H + GAP_Y);
      svg.append(el('line', { class: 'pm-branch', x1: stopX, y1: lineY, x2: stopX, y2: lastY }));
      p.others.forEach((_, k) => {
        const y = lineY + (k + 1) * (CARD_H + GAP_Y);
        svg.append(el('line', { class: 'pm-branch', x1: stopX, y1: y, x2: cardX, y2: y }));
      });
    }
    svg.append(el('circle', { class: 'pm-stop', cx: stopX, cy: lineY, r: STOP_R }));
    svg.append(
      el('text', { class: 'pm-stop-number', x: stopX, y: lineY + 5, 'text-anchor': 'middle' }, `${p.seq}`),
    );
    svg.append(card(p.chosen, cardX, PAD, true, p.seq, measure));
    p.others.forEach((o, k) => {
      svg.append(card(o, cardX, PAD + (k + 1) * (CARD_H + GAP_Y), false, p.seq, measure));
    });
  });

  // The end of the path: the ending reached, or why there is none.
  const ended = map.problem === null && map.ending !== null;
  const end = el('g', { class: `path-map-ending${ended ? '' : ' none'}` });
  end.append(el('rect', { class: 'pm-end', x: endX, y: PAD, width: END_W - PAD, height: CARD_H, rx: 7 }));
  const caption = map.problem ? t('pathMapStops') : map.ending ? t('pathMapEnding') : t('pathMapNoEnding');
  end.append(el('text', { class: 'pm-end-caption', x: endX + 14, y: PAD + 22 }, caption));
  if (map.ending && !map.problem) {
    const fits = (line: string) => measure(line, 15, true) <= END_W - PAD - 28;
    wrapText(map.ending.title, fits, 2).forEach((line, i) => {
      end.append(el('text', { class: 'pm-end-title', x: endX + 14, y: PAD + 46 + i * 19 }, line));
    });
  }
  svg.append(end);
  return svg;
}

// ---- The section --------------------------------------------------------------------------------------------

export interface PathMapOptions {
  /** Level of the section's heading (the decisions' headings are one below). */
  headingLevel?: HeadingLevel;
}

/** Ids for the sections' headings, one per section drawn. */
let sections = 0;

function sectionShell(level: HeadingLevel): { section: HTMLElement; heading: HTMLElement } {
  const id = `path-map-heading-${(sections += 1)}`;
  const heading = h(level === 2 ? 'h2' : 'h3', { id }, t('pathMapHeading'));
  return { section: h('section', { class: 'path-map', 'aria-labelledby': id }), heading };
}

function fill(
  section: HTMLElement,
  heading: HTMLElement,
  map: PathMap,
  level: HeadingLevel,
  whatIf?: WhatIf,
): void {
  const offered = map.problem === null ? whatIf : undefined;
  section.replaceChildren(
    heading,
    h('p', { class: 'path-map-intro' }, t('pathMapIntro')),
    ...(offered ? [h('p', { class: 'hint' }, t('whatIfHint'))] : []),
    h(
      'figure',
      { class: 'path-map-figure' },
      h(
        'div',
        // Scrolls sideways on its own, so it takes keyboard focus (arrow keys scroll it); named for that stop.
        { class: 'path-map-scroll', tabindex: 0, role: 'region', 'aria-label': t('pathMapDrawing') },
        pathDrawing(map),
      ),
      h('figcaption', { class: 'path-map-legend', 'aria-hidden': 'true' }, t('pathMapLegend')),
    ),
    ...pathList(map, level, offered),
  );
}

/** The map of a path: heading, the drawing and the list that says the same. Words in the page's language. */
export function pathMapView(map: PathMap, options: PathMapOptions = {}): HTMLElement {
  const level = options.headingLevel ?? 2;
  const { section, heading } = sectionShell(level);
  fill(section, heading, map, level);
  return section;
}

/**
 * The map for the debrief of the attempt the session has just finished. The debrief has the scenario's
 * information; its stories (which the replay needs) come from `playable`, already fetched for play, so the map
 * is filled in at once; until then the section says it is drawing.
 */
export function pathMapSection(
  context: SessionContext,
  playable: () => Promise<Scenario>,
  catalogue: Catalogue,
  /** Offered on each decision when the trainee may replay from it as practice. */
  whatIf?: WhatIf,
): HTMLElement {
  const { section, heading } = sectionShell(2);
  section.replaceChildren(heading, h('p', {}, t('pathMapLoading')));
  section.setAttribute('aria-busy', 'true');
  const failed = () => section.replaceChildren(heading, h('p', {}, t('pathMapFailed')));
  playable().then(
    (scenario) => {
      section.removeAttribute('aria-busy');
      const attempt = attemptOf(context, scenario, '', 'completed');
      if (!attempt) return failed();
      fill(
        section,
        heading,
        pathMap(attempt, scenario, catalogue, context.profile, context.language),
        2,
        whatIf,
      );
    },
    () => {
      section.removeAttribute('aria-busy');
      failed();
    },
  );
  return section;
}
