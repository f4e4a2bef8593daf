/** The Vite plugin turns content into a module, and fails the build, naming file and line, on broken content. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { waypointContent } from '../../tools/content/vite-plugin.ts';
import { VALID_FIXTURE } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'waypoint-plugin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function load(
  scenariosDir: string,
  module = 'virtual:waypoint-content',
): { code: string; watched: string[] } {
  const plugin = waypointContent({ root: work, scenariosDir });
  const watched: string[] = [];
  const ctx = {
    addWatchFile: (f: string) => watched.push(f),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const resolveId = plugin.resolveId as unknown as (id: string) => string | undefined;
  const loadModule = (name: string) => {
    const id = resolveId(name);
    if (!id) throw new Error(`the plugin did not resolve ${name}`);
    return (plugin.load as unknown as (this: typeof ctx, id: string) => string).call(ctx, id);
  };
  // The content module always loads first: it is the one that imports the story modules.
  const content = loadModule('virtual:waypoint-content');
  const code = module === 'virtual:waypoint-content' ? content : loadModule(module);
  return { code, watched };
}

describe('waypoint-content Vite plugin', () => {
  it('emits the compiled scenarios and the criteria they use, and watches every source file', () => {
    const { code, watched } = load(VALID_FIXTURE);
    expect(code).toContain('export const scenarios = [{"id":"two-choices"');
    expect(code).toContain('"test.consent"');
    const catalogue = load(VALID_FIXTURE, 'virtual:waypoint-catalogue').code;
    expect(catalogue).toMatch(/^export default \{"areas":/);
    expect(catalogue).toContain('"citations"');
    expect(code).not.toContain('"citations"');
    expect(watched.some((f) => f.endsWith('ending.ink'))).toBe(true);
    expect(watched.some((f) => f.endsWith('criteria/test.yaml'))).toBe(true);
  });

  it("leaves the stories out of the content module and serves each scenario's stories as a module of its own", () => {
    const { code } = load(VALID_FIXTURE);
    expect(code).not.toContain('inkVersion');
    expect(code).not.toContain('"story"');
    expect(code).toContain(
      `case "two-choices": return (await import("virtual:waypoint-story:two-choices")).default;`,
    );
    const story = load(VALID_FIXTURE, 'virtual:waypoint-story:two-choices').code;
    const stories = JSON.parse(story.replace(/^export default /, '').replace(/;$/, '')) as Record<
      string,
      string
    >;
    expect(Object.keys(stories).sort()).toEqual(['en', 'fr']);
    expect(stories.en).toContain('inkVersion');
    expect(stories.fr).toContain('Un collègue demande qui elle est.');
  });

  it("keeps trainers' discussion prompts out of the content module and serves them per scenario on demand", () => {
    const { code } = load(VALID_FIXTURE);
    expect(code).not.toContain('listenFor');
    expect(code).toContain(
      `case "two-choices": return (await import("virtual:waypoint-discussion:two-choices")).default;`,
    );
    const module = load(VALID_FIXTURE, 'virtual:waypoint-discussion:two-choices').code;
    const points = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as {
      at: string;
      prompts: Record<string, { ask: string }[]>;
    }[];
    expect(points.map((p) => p.at)).toEqual(['water_point', 'colleague']);
    expect(points[1]?.prompts.fr?.[0]?.ask).toBe('Qui peut connaître son nom, et qui en décide ?');
  });

  it('fails the build with the file and line of an ink compile error', () => {
    const dir = join(work, 'broken');
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    const story = join(dir, 'two-choices', 'story.ink');
    writeFileSync(story, readFileSync(story, 'utf8').replace('- -> colleague', '- -> nowhere'));
    expect(() => load(dir)).toThrow(/two-choices\/story\.ink:14: ink error: .*nowhere/);
  });
});
