/** The package descriptions (imsmanifest.xml, cmi5.xml) and the zip they go into. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../../tools/content/build-content.ts';
import { fileExploreCache } from '../../../tools/content/explore-cache.ts';
import { cmi5CourseStructure, launchUrl, scormManifest, xmlEscape } from '../../../tools/package/manifest.ts';
import type { PackagedScenario } from '../../../tools/package/manifest.ts';
import { appFiles, zipPackage } from '../../../tools/package/zip.ts';
import { ROOT } from '../../helpers/fixtures.ts';

const course = { title: 'Waypoint & co', description: 'Scenario training', version: '0.3.1' };
const scenarios: PackagedScenario[] = [
  {
    id: 'survivor-contact',
    title: 'First contact with a survivor',
    summary: 'A woman tells you…',
    version: '1.0.0',
    passMark: 80,
  },
  {
    id: 'sea-reporting',
    title: 'SEA "reporting" <1>',
    summary: "The girl's mother",
    version: '1.2.0',
    passMark: 75,
  },
];
const files = ['index.html', 'assets/index-abc.js', 'assets/index-abc.css', 'favicon.svg'];

/** A small well-formedness check: every tag is well formed (quoted attributes), tags balance and nest, and the
 * text between them has no stray "<", ">" or unknown entity. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  for (const [tag] of body.matchAll(/<[^>]*>/g)) {
    const m = /^<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag);
    if (!m) return false;
    const [, close, name, , selfClosing] = m;
    if (close) {
      if (selfClosing || stack.pop() !== name) return false;
    } else if (!selfClosing) stack.push(name!);
  }
  const text = body.replace(/<[^>]*>/g, '');
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)|[<>]/.test(text);
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('imsmanifest.xml (SCORM 1.2)', () => {
  const xml = scormManifest(course, scenarios, files);

  it('is well-formed SCORM 1.2 content packaging', () => {
    for (const broken of ['<a><b></a></b>', '<a>x & y</a>', '<a x=1/>', '<a>'])
      expect(wellFormed(broken)).toBe(false);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toMatch(/<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
    expect(xml).toContain('<title>Waypoint &amp; co</title>');
  });

  it('has one item and one SCO per scenario, launching index.html?scenario=<id> with its pass mark', () => {
    expect(count(xml, /<item /g)).toBe(2);
    expect(count(xml, /adlcp:scormtype="sco"/g)).toBe(2);
    expect(xml).toMatch(
      /<item identifier="item-survivor-contact" identifierref="sco-survivor-contact" isvisible="true">\s*<title>First contact with a survivor<\/title>\s*<adlcp:masteryscore>80<\/adlcp:masteryscore>/,
    );
    expect(xml).toContain('<title>SEA &quot;reporting&quot; &lt;1&gt;</title>');
    expect(xml).toContain('<adlcp:masteryscore>75</adlcp:masteryscore>');
    expect(xml).toContain(
      '<resource identifier="sco-sea-reporting" type="webcontent" adlcp:scormtype="sco" href="index.html?scenario=sea-reporting">',
    );
  });

  it('lists every file of the app in the shared asset the SCOs depend on', () => {
    expect(count(xml, /<dependency identifierref="waypoint-app"\/>/g)).toBe(2);
    const asset = xml.slice(xml.indexOf('identifier="waypoint-app"'));
    for (const f of files) expect(asset).toContain(`<file href="${f}"/>`);
  });

  it('refuses what an LMS could not import', () => {
    expect(() => scormManifest(course, [], files)).toThrow(/no scenarios/);
    expect(() => scormManifest(course, [scenarios[0]!, scenarios[0]!], files)).toThrow(/twice/);
    expect(() => scormManifest(course, [{ ...scenarios[0]!, passMark: 120 }], files)).toThrow(/0–100/);
    expect(() => scormManifest(course, scenarios, ['app.js'])).toThrow(/index\.html/);
  });
});

describe('cmi5.xml', () => {
  const xml = cmi5CourseStructure(course, scenarios, 'CompletedAndPassed');

  it('is a well-formed course structure with one AU per scenario', () => {
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain(
      '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    );
    expect(xml).toContain('<course id="https://waypoint.example/xapi/course">');
    expect(count(xml, /<au /g)).toBe(2);
  });

  it('gives each AU its IRI, masteryScore = pass mark / 100, moveOn, and its launch URL', () => {
    expect(xml).toMatch(
      /<au id="https:\/\/waypoint\.example\/xapi\/scenarios\/survivor-contact" moveOn="CompletedAndPassed" masteryScore="0\.8" launchMethod="AnyWindow">\s*<title><langstring lang="en-US">First contact with a survivor<\/langstring><\/title>\s*<description><langstring lang="en-US">A woman tells you…<\/langstring><\/description>\s*<url>index\.html\?scenario=survivor-contact<\/url>\s*<\/au>/,
    );
    expect(xml).toContain('masteryScore="0.75"');
    expect(cmi5CourseStructure(course, scenarios, 'Passed')).toContain('moveOn="Passed"');
    expect(() => cmi5CourseStructure(course, scenarios, 'Completed' as never)).toThrow(/moveOn/);
  });

  it('escapes text for XML', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(launchUrl('a.b-c')).toBe('index.html?scenario=a.b-c');
  });
});

describe('the package zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-package-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the descriptor at the root beside the app, without source maps, reproducibly', () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {}');
    writeFileSync(join(dir, 'assets', 'app.js.map'), '{}');
    const listed = appFiles(dir);
    expect(listed).toEqual(['assets/app.js', 'index.html']);
    const zip = zipPackage(dir, listed, { 'imsmanifest.xml': '<manifest/>' });
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['assets/app.js', 'imsmanifest.xml', 'index.html']);
    expect(strFromU8(entries['imsmanifest.xml']!)).toBe('<manifest/>');
    expect(zipPackage(dir, listed, { 'imsmanifest.xml': '<manifest/>' })).toEqual(zip);
    expect(() => zipPackage(dir, listed, { 'index.html': 'x' })).toThrow(/both generated/);
  });
});

describe('packages of the real content', () => {
  it('have one SCO and one AU for every core-course scenario, with its pass mark', () => {
    const content = buildContent({
      scenariosDir: resolve(ROOT, 'scenarios'),
      root: ROOT,
      checkCitations: false,
      exploreCache: fileExploreCache(resolve(ROOT, 'node_modules', '.cache', 'waypoint-explore')),
    });
    expect(content.problems).toEqual([]);
    const courseScenarios = content.scenarios.filter((s) => s.kind === 'course');
    const packaged = courseScenarios.map((s) => ({ ...s, passMark: s.rubric.passMark }));
    const manifest = scormManifest(course, packaged, ['index.html']);
    const structure = cmi5CourseStructure(course, packaged, 'Passed');
    expect(wellFormed(manifest) && wellFormed(structure)).toBe(true);
    for (const s of courseScenarios) {
      expect(manifest).toContain(`href="index.html?scenario=${s.id}"`);
      expect(manifest).toMatch(
        new RegExp(`identifierref="sco-${s.id}"[^]*?<adlcp:masteryscore>${s.rubric.passMark}<`),
      );
      expect(structure).toContain(`masteryScore="${s.rubric.passMark / 100}"`);
      expect(structure).toContain(`<url>index.html?scenario=${s.id}</url>`);
    }
    expect(count(manifest, /adlcp:scormtype="sco"/g)).toBe(courseScenarios.length);
    expect(count(structure, /<au /g)).toBe(courseScenarios.length);
  }, 600_000);
});
