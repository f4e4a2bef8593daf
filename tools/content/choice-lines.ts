/**
 * Finds where a choice is written in ink source, from the text the player sees and the ink path it sits at, so a
 * problem with a choice is reported at its file and line. Compiled ink keeps no line numbers.
 */
export interface SourceFile {
  file: string;
  source: string;
}

export interface ChoiceLine {
  file: string;
  line: number;
}

interface Written {
  file: string;
  line: number;
  /** The choice's text with inline logic ({…}) as wildcards. */
  pattern: RegExp;
  knot: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** The text a choice line shows: inside its brackets (or the whole line), before its tags, logic as wildcards. */
function choicePattern(line: string): RegExp | null {
  const body = line.replace(/^\s*([*+]\s*)+(\([\w-]+\)\s*)?(\{[^}]*\}\s*)*/, '');
  const open = body.indexOf('[');
  const close = body.indexOf(']', open + 1);
  const shown = open >= 0 && close > open ? body.slice(open + 1, close) : body;
  const text = collapse(shown.split(/(?<!\\)#/)[0] ?? '');
  if (text.length === 0) return null;
  const parts = text.split(/\{[^}]*\}/).map((p) => escape(collapse(p)));
  return new RegExp(`^${parts.join('.*?')}$`);
}

export function choiceLocator(
  files: readonly SourceFile[],
): (where: string, text: string) => ChoiceLine | undefined {
  const written: Written[] = [];
  const knots = new Map<string, ChoiceLine>();
  for (const { file, source } of files) {
    let knot = '';
    source.split(/\r?\n/).forEach((raw, i) => {
      const heading = /^\s*={2,}\s*(function\s+)?([\w]+)/.exec(raw);
      if (heading?.[2]) {
        knot = heading[2];
        if (!knots.has(knot)) knots.set(knot, { file, line: i + 1 });
        return;
      }
      if (!/^\s*[*+]/.test(raw)) return;
      const pattern = choicePattern(raw.replace(/\/\/.*$/, ''));
      if (pattern) written.push({ file, line: i + 1, pattern, knot });
    });
  }
  return (where, text) => {
    const knot = where.split('.')[0] ?? '';
    const shown = collapse(text);
    const matches = written.filter((w) => w.pattern.test(shown));
    const hit = matches.find((w) => w.knot === knot) ?? matches[0];
    return hit ? { file: hit.file, line: hit.line } : knots.get(knot);
  };
}
