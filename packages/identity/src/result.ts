/** A parse result: either a value or an error a person can act on. */
export type ParseResult<T, Code extends string> =
  | { ok: true; value: T }
  | { ok: false; error: { code: Code; message: string } };
