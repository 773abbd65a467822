import iconv from 'iconv-lite';

// Bytes of a text file as units really have them: UTF-8 with or without a byte-order mark (most
// tools), UTF-16 with a BOM ("Unicode text" from Excel), else Windows-1252 (Excel's "CSV" on a
// Swedish Windows). UTF-8 is checked strictly with TextDecoder; Windows-1252 is decoded with
// iconv-lite, because Node's TextDecoder reads that label as Latin-1 (0x96 became U+0096, not –).

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file that cannot be read as text; `message` is Swedish and names the file, never its content. */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a decoded text file never holds these
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/u;

/**
 * The text of a file, NFC-normalised, without its byte-order mark, and the encoding it was in.
 * Throws TextFileError when the bytes are neither UTF-8/16 nor Windows-1252 text (a binary file,
 * UTF-16 without BOM).
 */
export function decodeText(bytes: Uint8Array, file = 'filen'): { text: string; encoding: TextEncodingName } {
  let encoding: TextEncodingName;
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = iconv.decode(Buffer.from(bytes), 'windows-1252');
      encoding = 'windows-1252';
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (NOT_TEXT.test(text))
    throw new TextFileError(
      `${file} går inte att läsa som text (väntade UTF-8, UTF-16 med byteordningsmärke eller Windows-1252). Spara filen som "CSV UTF-8" och försök igen.`,
    );
  return { text: text.normalize('NFC'), encoding };
}
