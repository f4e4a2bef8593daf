/**
 * The debrief's summary, before the criteria in detail: the level per criterion as a list with a small drawing
 * beside each level (the drawing is decoration: the level is always said in words), and the moments that mattered
 * (src/engine/scoring/moments.ts), each with what the trainee chose, what good practice is (the criterion's
 * exemplary level, in the catalogue's words) and where the guidance says so. Every criterion named here links to
 * its details further down.
 */
import type { Criterion } from '../../../engine/content/types.ts';
import { criterionText } from '../../../engine/content/localize.ts';
import type { Decision } from '../../../engine/scoring/decision.ts';
import type { Moment } from '../../../engine/scoring/moments.ts';
import type { CriterionResult } from '../../../engine/scoring/score.ts';
import type { Level } from '../../../engine/tags/vocabulary.ts';
import { citationSource } from '../citation-view.ts';
import { h } from '../dom.ts';
import { levelName, lv, t, tn } from '../../i18n/t.ts';

/** The id of a criterion's details on the debrief (the target of the summary's links). */
export const detailsId = (criterion: string) => `criterion-${criterion}`;

/** Opens a criterion's details, scrolls them into view and moves focus to their summary. */
export function openDetails(id: string): boolean {
  const details = document.getElementById(id);
  if (!(details instanceof HTMLDetailsElement)) return false;
  details.open = true;
  details.scrollIntoView({ block: 'start' });
  details.querySelector('summary')?.focus({ preventScroll: true });
  return true;
}

function detailsLink(criterion: string, text: string): HTMLAnchorElement {
  const link = h('a', { href: `#${detailsId(criterion)}` }, text);
  // Handled here rather than left to the browser: a link to the fragment already in the address does nothing,
  // and a closed <details> would be scrolled to but stay closed, with the focus left behind.
  link.addEventListener('click', (e) => {
    if (openDetails(detailsId(criterion))) e.preventDefault();
  });
  return link;
}

/** Three pips, as many filled as the level; hidden from assistive technology, which reads the level's name. */
function levelPicture(level: Level | null): HTMLElement {
  return h(
    'span',
    { class: `level-picture level-${level ?? 'none'}`, 'aria-hidden': 'true' },
    ...[1, 2, 3].map((i) => h('span', { class: level !== null && level >= i ? 'pip filled' : 'pip' })),
  );
}

export function levelsList(
  criteria: readonly Criterion[],
  results: ReadonlyMap<string, CriterionResult>,
  language: string,
): HTMLElement {
  const items = criteria.flatMap((c) => {
    const r = results.get(c.id);
    if (!r) return [];
    const critical = r.criticalAt.length > 0;
    return [
      h(
        'li',
        { class: critical ? 'critical-error' : undefined },
        levelPicture(r.level),
        h(
          'span',
          {},
          h('span', { class: 'level-name' }, levelName(r.level)),
          critical ? h('span', { class: 'critical-mark' }, ` (${t('summaryCriticalError')})`) : null,
          ' · ',
          detailsLink(c.id, criterionText(c, language).title),
        ),
      ),
    ];
  });
  return h(
    'section',
    { class: 'summary-levels', 'aria-labelledby': 'summary-levels-heading' },
    h('h2', { id: 'summary-levels-heading' }, t('summaryLevelsHeading')),
    h('ul', { class: 'level-list', 'aria-labelledby': 'summary-levels-heading' }, ...items),
  );
}

/**
 * Where the guidance says so, worded as the sources in the details word it: the criterion's first source with its
 * basis, the others counted; the file and lines are in the details, a link away. Never its excerpt, so never a
 * quotation.
 */
function guidance(criterion: Criterion, language: string): string | null {
  const first = criterion.citations[0];
  if (!first) return null;
  const words = criterionText(criterion, language).citations[0];
  const reference = citationSource(first, words);
  const more = criterion.citations.length - 1;
  return more > 0 ? `${reference} ${tn('momentMoreSources', more)}` : reference;
}

export function momentsView(
  moments: readonly Moment[],
  decisions: readonly Decision[],
  criteria: readonly Criterion[],
  language: string,
): HTMLElement {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  /** Criterion → the decision whose moment already gave its good practice and guidance. */
  const told = new Map<string, number>();
  const items = moments.flatMap((m) => {
    const criterion = byId.get(m.criterion);
    const decision = decisions.find((d) => d.seq === m.seq);
    if (!criterion || !decision) return [];
    const text = criterionText(criterion, language);
    const where = guidance(criterion, language);
    // A critical error says so; the level is in the criterion's details.
    const meta = [t('momentDecision', { n: m.seq }), m.critical ? t('momentCritical') : levelName(m.level)];
    const before = told.get(criterion.id);
    if (before === undefined) told.set(criterion.id, m.seq);
    return [
      h(
        'li',
        { class: `moment${m.critical ? ' critical' : ''} level-${m.level ?? 'none'}` },
        h('h3', {}, detailsLink(criterion.id, text.title)),
        h(
          'p',
          { class: 'moment-choice' },
          h('span', { class: 'moment-meta' }, `${meta.join(' · ')}. `),
          lv(t('momentYouChose'), decision.choiceText),
        ),
        // The same criterion twice: its good practice and guidance are said once.
        before !== undefined
          ? h('p', { class: 'moment-practice' }, t('momentSameCriterion', { n: before }))
          : h('p', { class: 'moment-practice' }, lv(t('goodPractice'), text.levels[3].descriptor)),
        before === undefined && where
          ? h('p', { class: 'moment-guidance' }, lv(t('momentGuidance'), where))
          : null,
      ),
    ];
  });
  return h(
    'section',
    { class: 'moments', 'aria-labelledby': 'moments-heading' },
    h('h2', { id: 'moments-heading' }, t('momentsHeading')),
    items.length > 0 ? h('ol', { class: 'moment-list' }, ...items) : h('p', {}, t('momentsNone')),
  );
}
