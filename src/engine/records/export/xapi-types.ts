/** The part of the xAPI 1.0.3 statement model that Waypoint emits. */

/** Language map, e.g. `{ 'en-US': 'attempted' }`. */
export type LanguageMap = Record<string, string>;

export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

/**
 * An identified group: a classroom session's group, with its members (the trainees ticked as present) when known.
 */
export interface XapiGroup {
  objectType: 'Group';
  name?: string;
  account: { homePage: string; name: string };
  member?: XapiAgent[];
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: { name?: LanguageMap; description?: LanguageMap; type?: string };
}

export interface XapiResult {
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  duration?: string;
  response?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  registration: string;
  revision?: string;
  platform?: string;
  language?: string;
  contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent | XapiGroup;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context: XapiContext;
  timestamp: string;
}
