/** Compiles ink with inkjs's compiler (build and test time only), reporting errors and warnings by file and line. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Problem } from './problem.ts';

export interface CompiledInk {
  json: string | null;
  problems: Problem[];
  /** Every file read, the main one first (for watching and for locating tags). */
  files: { path: string; source: string }[];
}

const MESSAGE = /^(?:ERROR|WARNING|RUNTIME ERROR|RUNTIME WARNING): (?:'([^']+)' )?line (\d+): ([\s\S]*)$/;

export function compileInk(mainPath: string, display: (path: string) => string): CompiledInk {
  const dir = dirname(mainPath);
  const files: { path: string; source: string }[] = [];
  const problems: Problem[] = [];
  const read = (path: string) => {
    const source = readFileSync(path, 'utf8');
    files.push({ path, source });
    return source;
  };
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(dir, name),
    LoadInkFileContents: (path: string) => read(path),
  };
  const onMessage = (message: string, type: number) => {
    if (type === 0) return; // TODO notes for the author, not problems
    const m = MESSAGE.exec(message.trim());
    const file = m?.[1] ? display(resolve(dir, m[1])) : display(mainPath);
    problems.push({
      file,
      line: m ? Number(m[2]) : undefined,
      message: `ink ${type === 1 ? 'warning' : 'error'}: ${m ? m[3] : message}`,
    });
  };
  let source: string;
  try {
    source = read(mainPath);
  } catch {
    return { json: null, problems: [{ file: display(mainPath), message: 'story file not found' }], files };
  }
  const options = new CompilerOptions(mainPath, [], false, onMessage, fileHandler);
  let json: string | null = null;
  try {
    const story = new Compiler(source, options).Compile();
    json = problems.length === 0 ? (story.ToJson() ?? null) : null;
  } catch (e) {
    // The compiler throws after reporting errors through onMessage; only add a message if it reported none.
    if (problems.length === 0)
      problems.push({ file: display(mainPath), message: `ink: ${(e as Error).message}` });
  }
  return { json: problems.length === 0 ? json : null, problems, files };
}
