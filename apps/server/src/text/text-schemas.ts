import { z } from 'zod';
import {
  controlCharacterIn,
  controlCharacterMessage,
  hasLineBreak,
  normalizeInputText,
  trimInputText,
} from './input-text.ts';

export interface TextOptions {
  /** Line breaks allowed (notes, descriptions); a name or a title is one line. Default false. */
  multiline?: boolean;
}

/**
 * A text field as it enters: NFC, whitespace and invisible characters trimmed, no control
 * characters, one line unless `multiline`. Chain `.min(1, …)`/`.max(n)` on it (it stays a string schema).
 */
export function inputString(options: TextOptions = {}) {
  return z
    .string()
    .overwrite((s) => trimInputText(normalizeInputText(s)))
    .superRefine((s, ctx) => {
      const ch = controlCharacterIn(s);
      if (ch) ctx.addIssue({ code: 'custom', message: controlCharacterMessage(ch) });
      else if (!options.multiline && hasLineBreak(s))
        ctx.addIssue({ code: 'custom', message: 'Texten ska stå på en rad (utan radbrytningar).' });
    });
}
