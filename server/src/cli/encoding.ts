// Files are read as UTF-8. One in another encoding (Latin-1, say) decodes with each invalid byte as
// U+FFFD, and --fix would write those back: such a file is found here, with where its first bad byte is.
import { isUtf8 } from 'node:buffer';

export interface Decoded {
  /** The text, with any byte order mark (the caller decides what to do with it). */
  text: string;
  /** When the bytes are not valid UTF-8: the first invalid byte and where, e.g. "byte 0xE9 on line 1, byte offset 3". */
  invalid?: string;
}

export function decodeUtf8(raw: Buffer): Decoded {
  const text = raw.toString('utf8');
  return isUtf8(raw) ? { text } : { text, invalid: firstInvalidByte(raw, text) };
}

/**
 * Walks the decoded text alongside the bytes: the first U+FFFD that the bytes do not spell (EF BF BD)
 * stands for the first invalid byte.
 */
function firstInvalidByte(raw: Buffer, text: string): string {
  let offset = 0;
  let line = 1;
  for (const character of text) {
    if (
      character === '\uFFFD' &&
      !(raw[offset] === 0xef && raw[offset + 1] === 0xbf && raw[offset + 2] === 0xbd)
    )
      break;
    if (character === '\n') line++;
    offset += Buffer.byteLength(character, 'utf8');
  }
  if (offset >= raw.length) return 'an invalid byte';
  const byte = raw[offset].toString(16).toUpperCase().padStart(2, '0');
  return `byte 0x${byte} on line ${line}, byte offset ${offset}`;
}
