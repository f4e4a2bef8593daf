/**
 * The course descriptions an LMS imports: `imsmanifest.xml` for SCORM 1.2 (IMS Content Packaging 1.1.2 with
 * ADL's SCORM 1.2 extensions) and `cmi5.xml` for cmi5 (the CourseStructure schema). One SCO or AU per scenario,
 * each launching `index.html?scenario=<id>`. Pure: text in, text out.
 */
import { DEFAULT_XAPI_OPTIONS, xapiIris } from '../../src/engine/records/export/xapi.ts';

export interface PackagedScenario {
  id: string;
  title: string;
  summary: string;
  version: string;
  /** 0–100. */
  passMark: number;
}

export interface CourseInfo {
  title: string;
  description: string;
  version: string;
}

export type MoveOn = 'Passed' | 'CompletedAndPassed';
export const MOVE_ON: readonly MoveOn[] = ['Passed', 'CompletedAndPassed'];

export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The URL each SCO or AU launches, relative to the package root. */
export const launchUrl = (scenarioId: string) => `index.html?scenario=${encodeURIComponent(scenarioId)}`;

/** An XML ID (xs:ID): a letter first, then letters, digits, ".", "-" and "_". */
const xmlId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;

function checkScenarios(scenarios: readonly PackagedScenario[]) {
  if (scenarios.length === 0) throw new Error('there are no scenarios to package');
  const ids = new Set<string>();
  for (const s of scenarios) {
    if (ids.has(s.id)) throw new Error(`scenario "${s.id}" appears twice`);
    ids.add(s.id);
    if (!Number.isFinite(s.passMark) || s.passMark < 0 || s.passMark > 100) {
      throw new Error(`scenario "${s.id}" has pass mark ${s.passMark}; it must be 0–100`);
    }
  }
}

/**
 * SCORM 1.2: one organization, one item per scenario with its pass mark as `adlcp:masteryscore`, one SCO per
 * scenario, and the app's files as one shared asset the SCOs depend on.
 */
export function scormManifest(
  course: CourseInfo,
  scenarios: readonly PackagedScenario[],
  files: readonly string[],
) {
  checkScenarios(scenarios);
  const appFiles = [...files].sort();
  if (!appFiles.includes('index.html')) throw new Error('the app has no index.html');
  const items = scenarios.map(
    (
      s,
    ) => `      <item identifier="${xmlId('item', s.id)}" identifierref="${xmlId('sco', s.id)}" isvisible="true">
        <title>${xmlEscape(s.title)}</title>
        <adlcp:masteryscore>${s.passMark}</adlcp:masteryscore>
      </item>`,
  );
  const scos = scenarios.map(
    (
      s,
    ) => `    <resource identifier="${xmlId('sco', s.id)}" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(launchUrl(s.id))}">
      <file href="index.html"/>
      <dependency identifierref="waypoint-app"/>
    </resource>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="waypoint-${xmlEscape(course.version)}" version="${xmlEscape(course.version)}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="waypoint">
    <organization identifier="waypoint">
      <title>${xmlEscape(course.title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${scos.join('\n')}
    <resource identifier="waypoint-app" type="webcontent" adlcp:scormtype="asset">
${appFiles.map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * cmi5: one AU per scenario, `masteryScore` its pass mark as a fraction, moveOn as asked. Ids are IRIs under
 * the xAPI export's activity base, so the AU's publisher id is the scenario's activity id in exported statements.
 */
export function cmi5CourseStructure(
  course: CourseInfo,
  scenarios: readonly PackagedScenario[],
  moveOn: MoveOn,
) {
  checkScenarios(scenarios);
  if (!MOVE_ON.includes(moveOn))
    throw new Error(`moveOn must be one of ${MOVE_ON.join(', ')}, not "${moveOn}"`);
  const iri = xapiIris(DEFAULT_XAPI_OPTIONS.activityBase);
  const text = (tag: string, value: string) =>
    `<${tag}><langstring lang="en-US">${xmlEscape(value)}</langstring></${tag}>`;
  const aus = scenarios.map(
    (
      s,
    ) => `  <au id="${xmlEscape(iri.scenario(s.id))}" moveOn="${moveOn}" masteryScore="${s.passMark / 100}" launchMethod="AnyWindow">
    ${text('title', s.title)}
    ${text('description', s.summary)}
    <url>${xmlEscape(launchUrl(s.id))}</url>
  </au>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlEscape(`${iri.app}/course`)}">
    ${text('title', course.title)}
    ${text('description', course.description)}
  </course>
${aus.join('\n')}
</courseStructure>
`;
}
