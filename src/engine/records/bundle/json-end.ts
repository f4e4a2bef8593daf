/**
 * Whether a text that fails to parse as JSON was cut short (a copy or download that stopped) rather than being
 * something else: it starts like JSON and ends inside a string or with brackets still open.
 */
export function endsEarly(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < start.length; i++) {
    const c = start[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}
