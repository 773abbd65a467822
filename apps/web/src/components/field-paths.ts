// Where a server error goes in a form. The API answers a refused request with 400 and
// `errors: [{ path, message }]`, where `path` is the JSON path of the value in the request body:
// `email`, `contact.email`, `steps.2.dueDate`, `profile.languages.0.code`, `employment.startDate`.
// A form names its fields by the same paths, without the wrapper the request puts around them
// (`profile.` for the matching profile, `contact.` for the contact details), so the field for a
// path is the longest tail of the path that names a field. What a form shows differently (a list
// of checkboxes for `licences`, one text area for `educations`) is mapped by the form itself.

/** A path as segments: `profile.languages.0.code` and `/profile/languages/0/code` alike. */
export function pathSegments(path: string): string[] {
  return path.split(/[./]/).filter(Boolean);
}

/**
 * The field that shows the error for `path`, or null when the form has none: first what the form
 * maps itself (`resolve`), then the longest tail of the path that is a field name, then the same
 * for the enclosing value (`educations.0.title` → `educations`, one text area for the list).
 */
export function fieldForPath(
  path: string,
  fieldNames: ReadonlySet<string>,
  resolve?: (path: string) => string | null | undefined,
): string | null {
  const segments = pathSegments(path);
  for (let end = segments.length; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      // A tail that starts with a row index (`0.code`) names nothing on its own.
      if (/^\d+$/.test(segments[start] ?? '')) continue;
      const candidate = segments.slice(start, end).join('.');
      const resolved = resolve?.(candidate);
      if (resolved && fieldNames.has(resolved)) return resolved;
      if (fieldNames.has(candidate)) return candidate;
    }
  }
  return null;
}

export interface PlacedErrors {
  /** Field name → the first message for it. */
  fields: Record<string, string>;
  /** Errors no field of the form shows, in the server's order. */
  unplaced: Array<{ path: string; message: string }>;
}

/** Sorts the server's field errors into those a field shows and those it cannot. */
export function placeErrors(
  errors: ReadonlyArray<{ path: string; message: string }>,
  fieldNames: ReadonlySet<string>,
  resolve?: (path: string) => string | null | undefined,
): PlacedErrors {
  const fields: Record<string, string> = {};
  const unplaced: PlacedErrors['unplaced'] = [];
  for (const error of errors) {
    const name = fieldForPath(error.path, fieldNames, resolve);
    if (name === null) unplaced.push(error);
    else fields[name] ??= error.message;
  }
  return { fields, unplaced };
}
