/**
 * Verifies citations against the guidance library in ../shared/guidance. Only the checker reads it; the app and
 * the build carry their own excerpts and never need it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation, Criterion } from '../../src/engine/content/types.ts';
import type { Problem } from './problem.ts';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The excerpt must appear in the text; " … " in the excerpt skips words, so pieces must appear in order. */
export function excerptMatches(excerpt: string, text: string): boolean {
  const haystack = normalise(text);
  let from = 0;
  for (const piece of excerpt
    .split('…')
    .map(normalise)
    .filter((p) => p.length > 0)) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** The passages an item of the notes puts in quotation marks (straight or curly). */
export function quotationsIn(item: string): string[] {
  return [...item.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => m[1] ?? m[2] ?? '');
}

export class GuidanceLibrary {
  private seeds = new Map<string, string[] | null>();
  private externalItems: Map<number, string> | null = null;

  constructor(readonly dir: string) {}

  static locate(projectRoot: string, explicit?: string): GuidanceLibrary | null {
    const dir = explicit ?? process.env.WAYPOINT_GUIDANCE ?? join(projectRoot, '..', 'shared', 'guidance');
    return existsSync(join(dir, 'seeds')) ? new GuidanceLibrary(dir) : null;
  }

  seedLines(name: string): string[] | null {
    if (!this.seeds.has(name)) {
      const path = join(this.dir, 'seeds', name);
      this.seeds.set(name, existsSync(path) ? readFileSync(path, 'utf8').split(/\r?\n/) : null);
    }
    return this.seeds.get(name) ?? null;
  }

  externalItem(n: number): string | undefined {
    if (!this.externalItems) {
      this.externalItems = new Map();
      const path = join(this.dir, 'notes', 'external-public-guidance.md');
      if (existsSync(path)) {
        let current: number | null = null;
        for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
          const start = /^(\d+)\.\s/.exec(line);
          if (start) current = Number(start[1]);
          else if (/^#{1,6}\s|^---/.test(line)) current = null;
          if (current !== null)
            this.externalItems.set(current, `${this.externalItems.get(current) ?? ''} ${line}`);
        }
      }
    }
    return this.externalItems.get(n);
  }

  /** Problems with one citation; `where` says which criterion and citation for the message. */
  check(c: Citation, where: string): string[] {
    if (c.kind === 'seed') {
      const lines = this.seedLines(c.seed);
      if (!lines) return [`${where}: seed ${c.seed} does not exist in guidance/seeds`];
      if (c.lines.from < 1 || c.lines.to > lines.length) {
        return [
          `${where}: lines ${c.lines.from}-${c.lines.to} do not exist in ${c.seed} (${lines.length} lines)`,
        ];
      }
      // A paraphrase is shown as one; only the source's own words are checked word for word.
      if (c.quote === 'paraphrase') return [];
      const text = lines.slice(c.lines.from - 1, c.lines.to).join(' ');
      return excerptMatches(c.excerpt, text)
        ? []
        : [
            `${where}: the verbatim excerpt does not match ${c.seed} L${c.lines.from}-${c.lines.to}: "${c.excerpt}" (mark it "quote: paraphrase" if it is one)`,
          ];
    }
    const item = this.externalItem(c.item);
    if (!item) return [`${where}: item ${c.item} does not exist in external-public-guidance.md`];
    const out: string[] = [];
    if (!item.includes(`[${c.authority}`)) {
      out.push(`${where}: item ${c.item} does not carry the authority [${c.authority}]`);
    }
    if (c.quote === 'verbatim') {
      // The notes paraphrase each item in their own words; only what they put in quotation marks is the source's.
      const quotes = quotationsIn(item);
      if (quotes.length === 0) {
        out.push(
          `${where}: item ${c.item} gives no quotation, only the notes' paraphrase; mark the citation "quote: paraphrase"`,
        );
      } else if (!quotes.some((q) => excerptMatches(c.excerpt, q))) {
        out.push(
          excerptMatches(c.excerpt, item)
            ? `${where}: item ${c.item} gives this text as the notes' paraphrase, not a quotation; mark it "quote: paraphrase" or quote the item's quotation`
            : `${where}: the verbatim excerpt matches no quotation of item ${c.item}: "${c.excerpt}"`,
        );
      }
    }
    const byAnalogy = /non-UN doctrine|by analogy/.test(item);
    if (byAnalogy && c.basis !== 'ANALOGY') {
      out.push(`${where}: item ${c.item} applies only by analogy; mark the citation "basis: ANALOGY"`);
    }
    return out;
  }
}

export function checkCitations(
  criteria: Criterion[],
  library: GuidanceLibrary,
  file: string,
  lineOf: (path: (string | number)[]) => number | undefined,
): Problem[] {
  return criteria.flatMap((criterion, i) =>
    criterion.citations.flatMap((c, j) =>
      library
        .check(c, `${criterion.id} citation ${j + 1}`)
        .map((message) => ({ file, line: lineOf(['criteria', i, 'citations', j]), message })),
    ),
  );
}
