export type Params = Record<string, string>;

function decodeSegments(pathname: string): string[] | null {
  try {
    return pathname.split('/').map(decodeURIComponent);
  } catch {
    return null; // malformed percent-encoding: no route matches
  }
}

/**
 * Matches `/deltagare/:id` against `/deltagare/42`; returns the params or null. The browser
 * percent-encodes paths (`/uppf%C3%B6ljning`), so segments are compared decoded.
 */
export function matchPath(pattern: string, pathname: string): Params | null {
  const normalise = (p: string) => p.replace(/\/+$/, '') || '/';
  const patternParts = normalise(pattern).split('/');
  const pathParts = decodeSegments(normalise(pathname));
  if (!pathParts || patternParts.length !== pathParts.length) return null;
  const params: Params = {};
  for (let i = 0; i < patternParts.length; i++) {
    const expected = patternParts[i]!;
    const actual = pathParts[i]!;
    if (expected.startsWith(':')) {
      if (actual === '') return null;
      params[expected.slice(1)] = actual;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}
