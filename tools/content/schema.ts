/** Schemas for the authored YAML files, with messages an author can act on. */
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/,
    'use lowercase letters, digits, "-" and "." (e.g. crsv.consent)',
  );
const text = z.string().trim().min(1, 'must not be empty');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like "#6b4226"');

const basis = z.enum(['MUST', 'SHOULD', 'EVIDENCE', 'ANALOGY']);
const lineRange = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(String(v).trim());
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'write lines as "120-124" or "120"' });
    return z.NEVER;
  }
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (to < from) {
    ctx.addIssue({ code: 'custom', message: 'the line range runs backwards' });
    return z.NEVER;
  }
  return { from, to };
});

/** Whether the excerpt is the source's own words (checked against it) or a paraphrase (shown as one). */
const quote = z.enum(['verbatim', 'paraphrase'], {
  error: 'say whether the excerpt is "verbatim" (the source\'s own words) or a "paraphrase"',
});

const seedCitation = z
  .strictObject({
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]+\.txt$/, 'name a file of guidance/seeds, e.g. 001_75fa4b130f47a839.txt'),
    lines: lineRange,
    title: text,
    section: text,
    basis,
    quote,
    excerpt: text,
  })
  .transform((c) => ({ kind: 'seed' as const, ...c }));

const externalCitation = z
  .strictObject({
    external: z.number().int().positive(),
    authority: text,
    title: text,
    section: text,
    basis,
    quote,
    excerpt: text,
  })
  .transform(({ external, ...c }) => ({ kind: 'external' as const, item: external, ...c }));

/** A seed or an external citation, told apart by its keys so that an error names the field at fault. */
const citation = z.unknown().transform((value, ctx) => {
  const external = typeof value === 'object' && value !== null && 'external' in value;
  const parsed = (external ? externalCitation : seedCitation).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

const levelDescriptor = z.strictObject({ descriptor: text, feedback: text });

export const catalogueSchema = z.strictObject({
  areas: z.array(z.strictObject({ id, title: text })).default([]),
  criteria: z
    .array(
      z.strictObject({
        id,
        area: id,
        title: text,
        statement: text,
        why: text,
        critical: z.boolean(),
        levels: z.tuple([levelDescriptor, levelDescriptor, levelDescriptor, levelDescriptor], {
          error: 'give exactly four levels, from 0 (harmful) to 3 (exemplary)',
        }),
        citations: z.array(citation).min(1, 'cite at least one source'),
      }),
    )
    .default([]),
});

const look = z.strictObject({
  skin: colour,
  clothing: colour,
  headwear: colour.optional(),
  uniform: z.boolean().optional(),
  child: z.boolean().optional(),
});

export const scenarioSchema = z.strictObject({
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0'),
  title: text,
  summary: text,
  role: text,
  minutes: z.number().int().positive(),
  contentNote: text,
  support: text,
  story: z.string().regex(/\.ink$/, 'name the .ink file'),
  cast: z.record(id, z.strictObject({ name: text, look: look.optional() })).refine((c) => 'narrator' in c, {
    message: 'the cast needs a "narrator"',
  }),
  endings: z.record(id, z.strictObject({ title: text, summary: text })),
  rubric: z.strictObject({
    passMark: z.number().min(0).max(100),
    criteria: z.array(z.strictObject({ id, weight: z.number().positive() })).min(1),
  }),
});

export type CatalogueFile = z.infer<typeof catalogueSchema>;
export type ScenarioFile = z.infer<typeof scenarioSchema>;

/** Parses YAML and validates it; problems carry the line of the offending value. */
export function parseYaml<T>(
  file: string,
  source: string,
  schema: z.ZodType<T>,
): { value: T; lineOf: (path: (string | number)[]) => number | undefined } | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        return { file, line: lineOf(path), message: `${path.join('.') || '(top)'}: ${issue.message}` };
      }),
    };
  }
  return { value: result.data, lineOf };
}

/** A criteria file's translation: scenarios/criteria/<lang>/<file>.yaml. */
export const catalogueTranslationSchema = z.strictObject({
  areas: z.record(id, text).default({}),
  criteria: z
    .record(
      id,
      z.strictObject({
        title: text,
        statement: text,
        why: text,
        levels: z.tuple([levelDescriptor, levelDescriptor, levelDescriptor, levelDescriptor], {
          error: 'give exactly four levels, from 0 (harmful) to 3 (exemplary)',
        }),
        citations: z.array(z.strictObject({ title: text, section: text })),
      }),
    )
    .default({}),
});

/** A scenario's translation: scenarios/<id>/scenario.<lang>.yaml (the story is story.<lang>.ink). */
export const scenarioTranslationSchema = z.strictObject({
  title: text,
  summary: text,
  role: text,
  contentNote: text,
  support: text,
  cast: z.record(id, text),
  endings: z.record(id, z.strictObject({ title: text, summary: text })),
});

export const languagesSchema = z.strictObject({
  source: z.literal('en'),
  required: z.array(z.string().regex(/^[a-z]{2}$/, 'use a two-letter language code')).default([]),
});

/**
 * A scenario's discussion prompts for trainers: scenarios/<id>/discussion.yaml (English) and
 * discussion.<lang>.yaml, each mapping a decision point (where its choices are written: knot, knot.stitch,
 * knot.g-0 …) to one to three prompts.
 */
export const discussionSchema = z.record(
  z.string().regex(/^[A-Za-z_][\w-]*(\.[\w-]+)*$/, 'name a decision point as knot, knot.stitch or knot.g-0'),
  z
    .array(z.strictObject({ ask: text, listenFor: text }))
    .min(1, 'give at least one prompt')
    .max(3, 'give at most three prompts'),
  { error: 'map each decision point (e.g. "dawn:") to a list of prompts, each with "ask" and "listenFor"' },
);

export type DiscussionFile = z.infer<typeof discussionSchema>;
