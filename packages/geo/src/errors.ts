/** A geography CSV file that cannot be used; the message names the file, the line and the problem. */
export class GeoFormatError extends Error {
  override readonly name = 'GeoFormatError';
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, problem: string, line?: number) {
    super(`${file}${line === undefined ? '' : `, line ${line}`}: ${problem}`);
    this.file = file;
    this.line = line;
  }
}
