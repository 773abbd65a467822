/** A Kolada file (definitions JSON or values CSV) that cannot be used; names the file and the problem. */
export class KoladaFormatError extends Error {
  override readonly name = 'KoladaFormatError';
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string | string[], line?: number) {
    const list = Array.isArray(problems) ? problems : [problems];
    const more = list.length > 5 ? ` (and ${list.length - 5} more)` : '';
    super(`${file}${line === undefined ? '' : `, line ${line}`}: ${list.slice(0, 5).join('; ')}${more}`);
    this.file = file;
    this.problems = list;
  }
}

/** The Kolada API answered with an error status or a body that is not in the documented format. */
export class KoladaApiError extends Error {
  override readonly name = 'KoladaApiError';
  readonly url: string;
  readonly status: number | undefined;

  constructor(url: string, problem: string, status?: number) {
    super(`Kolada API ${url}: ${problem}`);
    this.url = url;
    this.status = status;
  }
}
