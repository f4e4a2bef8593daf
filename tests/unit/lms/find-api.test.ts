/** Finding the SCORM 1.2 API the standard way: this window, its parents, then the opener and its parents. */
import { describe, expect, it } from 'vitest';
import { findScorm12Api } from '../../../src/lms/scorm12/find-api.ts';
import type { FrameLike } from '../../../src/lms/scorm12/find-api.ts';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
  LMSGetDiagnostic: () => '',
});

interface Win extends FrameLike {
  API?: unknown;
  parent: Win | null;
  top: Win | null;
  opener: Win | null;
}

/** A chain of frames, innermost first; the outermost is its own parent, as a top window is. */
function frames(depth: number, extra: Partial<Win> = {}): Win[] {
  const chain: Win[] = Array.from({ length: depth }, () => ({ parent: null, top: null, opener: null }));
  chain.forEach((w, i) => (w.parent = chain[i + 1] ?? w));
  const top = chain.at(-1)!;
  for (const w of chain) w.top = top;
  Object.assign(top, extra);
  return chain;
}

/** A frame of another origin: reading anything on it throws, as browsers do. */
function foreign(parent: Win): Win {
  return new Proxy({} as Win, {
    get: (_, key) => {
      if (key === 'parent') return parent;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

describe('finding the SCORM 1.2 API', () => {
  it('finds it on the window itself and on a parent several levels up', () => {
    const [own] = frames(1);
    own!.API = api();
    expect(findScorm12Api(own!)).toBe(own!.API);
    const chain = frames(5);
    chain[3]!.API = api();
    expect(findScorm12Api(chain[0]!)).toBe(chain[3]!.API);
  });

  it("finds it through the opener (and the opener's parents) when no parent has it", () => {
    const lmsWindow = frames(2);
    lmsWindow[1]!.API = api();
    const [popup] = frames(1, { opener: lmsWindow[0]! });
    expect(findScorm12Api(popup!)).toBe(lmsWindow[1]!.API);
  });

  it("finds it through the top window's opener for content in frames of a popup", () => {
    const lmsWindow = frames(1);
    lmsWindow[0]!.API = api();
    const popup = frames(3, { opener: lmsWindow[0]! });
    expect(findScorm12Api(popup[0]!)).toBe(lmsWindow[0]!.API);
  });

  it('skips frames of another origin instead of failing', () => {
    const outer = frames(1)[0]!;
    outer.API = api();
    const middle = foreign(outer);
    const inner: Win = { parent: middle, top: outer, opener: null };
    expect(findScorm12Api(inner)).toBe(outer.API);
  });

  it("gives up beyond seven levels, as ADL's wrapper does, and ignores objects that are not the API", () => {
    const deep = frames(10);
    deep[9]!.API = api();
    expect(findScorm12Api(deep[0]!)).toBeNull();
    const [own] = frames(1);
    own!.API = { LMSInitialize: () => 'true' }; // a SCORM 2004 or half-made object
    expect(findScorm12Api(own!)).toBeNull();
  });

  it('finds nothing for an app opened on its own', () => {
    expect(findScorm12Api(frames(1)[0]!)).toBeNull();
  });
});
