/**
 * CSV of each insight view, written with the exports' own CSV writer (records/export/csv.ts: byte order mark,
 * CRLF, every cell guarded against formula injection), so a choice's text from a story or a cohort name typed
 * by a trainee is never run by a spreadsheet. Shares are fractions to three decimals; headers are English column
 * names, like the other exports.
 */
import type { Citation } from '../content/types.ts';
import { csvFile } from '../records/export/csv.ts';
import type { CriterionView } from './criteria.ts';
import type { DecisionPointsView } from './decision-points.ts';
import type { DiscriminationView } from './discrimination.ts';
import type { TeachItem } from './teach-tomorrow.ts';

const fraction = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 1000);
const yesNo = (v: boolean): string => (v ? 'yes' : 'no');

/** Where a citation is, as the debrief's reference line says it (without the interface's words). */
export function citationSource(c: Citation): string {
  return c.kind === 'seed'
    ? `${c.seed}, lines ${c.lines.from}-${c.lines.to}`
    : `external-public-guidance.md, item ${c.item} [${c.authority}]`;
}

export function decisionPointsCsv(view: DecisionPointsView): string {
  const header = [
    'scenario_id',
    'content_version',
    'decision',
    'point_key',
    'reached',
    'mistake_share',
    'choice_where',
    'choice_text',
    'taken',
    'share',
    'level',
    'levels_by_criterion',
    'critical_errors',
    'mistake',
  ];
  const rows = view.points.flatMap((p) =>
    p.choices.map((c) => [
      view.scenarioId,
      view.version,
      p.number,
      p.key,
      p.reached,
      fraction(p.mistakeShare),
      c.where,
      c.text,
      c.taken,
      fraction(c.share),
      c.level,
      c.levels.map((l) => `${l.criterion}:${l.level}`).join(' '),
      c.critical.map((k) => k.criterion).join(' '),
      yesNo(c.mistake),
    ]),
  );
  return csvFile(header, rows);
}

export function criteriaCsv(views: readonly CriterionView[]): string {
  const levels = (prefix: string) => [0, 1, 2, 3].map((l) => `${prefix}_level_${l}`);
  const header = [
    'criterion_id',
    'title',
    'critical',
    ...levels('attempts'),
    'attempts_not_observed',
    'attempts_mean_level',
    'trainees',
    ...levels('first'),
    ...levels('latest'),
    'trainees_repeated',
    'improved',
    'same',
    'declined',
  ];
  const rows = views.map((v) => [
    v.criterion,
    v.title,
    yesNo(v.critical),
    ...v.attempts.levels,
    v.attempts.notObserved,
    fraction(v.attempts.mean),
    v.trainees,
    ...v.first,
    ...v.latest,
    v.repeated.trainees,
    v.repeated.improved,
    v.repeated.same,
    v.repeated.declined,
  ]);
  return csvFile(header, rows);
}

export function discriminationCsv(view: DiscriminationView): string {
  const header = [
    'scenario_id',
    'decision',
    'point_key',
    'passers',
    'passers_best',
    'passers_share',
    'others',
    'others_best',
    'others_share',
    'discrimination',
    'margin95',
    'too_few',
  ];
  const rows = view.rows.map((r) => [
    view.scenarioId,
    r.number,
    r.key,
    r.passers.n,
    r.passers.best,
    fraction(r.passers.share),
    r.others.n,
    r.others.best,
    fraction(r.others.share),
    fraction(r.discrimination),
    fraction(r.margin95),
    yesNo(r.tooFew),
  ]);
  return csvFile(header, rows);
}

export function teachTomorrowCsv(items: readonly TeachItem[]): string {
  const header = [
    'rank',
    'scenario_id',
    'decision',
    'point_key',
    'reached',
    'mistake_share',
    'mistake_text',
    'mistake_taken',
    'criterion_id',
    'criterion_title',
    'reference_title',
    'reference_section',
    'reference_source',
    'reference_basis',
    'few',
  ];
  const rows = items.map((t, i) => [
    i + 1,
    t.scenarioId,
    t.point.number,
    t.point.key,
    t.point.reached,
    fraction(t.point.mistakeShare),
    t.mistake.text,
    t.mistake.taken,
    t.criterion.id,
    t.criterion.title,
    t.reference?.words.title ?? null,
    t.reference?.words.section ?? null,
    t.reference ? citationSource(t.reference.citation) : null,
    t.reference?.citation.basis ?? null,
    yesNo(t.few),
  ]);
  return csvFile(header, rows);
}
