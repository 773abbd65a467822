/**
 * A taxonomy export file that cannot be used. The message always names the file and the
 * problem, so that an operator can fix the export instead of guessing.
 */
export class TaxonomyFormatError extends Error {
  override readonly name = 'TaxonomyFormatError';
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string | string[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    const shown = list.slice(0, 5).join('; ');
    const more = list.length > 5 ? ` (and ${list.length - 5} more)` : '';
    super(`${file}: ${shown}${more}`);
    this.file = file;
    this.problems = list;
  }
}
