/**
 * Finds the tags written in ink source, with file and line, and parses them with the engine's tag grammar, so
 * a bad tag is reported where the author wrote it.
 */
import { parseTag } from '../../src/engine/tags/grammar.ts';
import type { TagEvent } from '../../src/engine/tags/grammar.ts';

export interface SourceTag {
  file: string;
  line: number;
  raw: string;
  /** The tag sits inside a choice's brackets, or after choice text that has none. */
  onChoice: boolean;
  parsed: ReturnType<typeof parseTag>;
}

function stripComment(line: string): string {
  const i = line.indexOf('//');
  return i < 0 ? line : line.slice(0, i);
}

export function scanTags(file: string, source: string): SourceTag[] {
  const tags: SourceTag[] = [];
  let inBlockComment = false;
  source.split(/\r?\n/).forEach((rawLine, i) => {
    let line = rawLine;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    const start = line.indexOf('/*');
    if (start >= 0) {
      inBlockComment = !line.includes('*/', start);
      line = line.slice(0, start);
    }
    line = stripComment(line);
    const isChoice = /^\s*[*+]/.test(line);
    const closeBracket = line.indexOf(']');
    // Split on unescaped '#'; a tag runs to the next '#', a closing ']' or the end of the line.
    const re = /(?<!\\)#([^#\]]*)/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const raw = (m[1] ?? '').trim();
      if (raw.length === 0) continue;
      const onChoice = isChoice && (closeBracket < 0 || m.index < closeBracket);
      tags.push({ file, line: i + 1, raw, onChoice, parsed: parseTag(raw) });
    }
  });
  return tags;
}

export type { TagEvent };
