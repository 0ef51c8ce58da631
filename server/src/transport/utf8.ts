// UTF-8 bytes to text in the form V8 keeps smallest. TextDecoder's output, once through JSON.parse,
// gave two bytes a character even to ASCII text (a 10 MB document held as 20 MB, and so was all
// text cut from it); Buffer's decoding keeps Latin-1 text at one byte a character.
import { StringDecoder } from 'node:string_decoder';

/** As TextDecoder decodes: invalid sequences as U+FFFD, a leading byte-order mark dropped. */
export function utf8Text(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes bytes that come a part at a time; a character cut between two parts is completed by the next. */
export function utf8Parts(): { write(part: Uint8Array): string; end(): string } {
  const decoder = new StringDecoder('utf8');
  return {
    write: (part) => decoder.write(Buffer.from(part.buffer, part.byteOffset, part.byteLength)),
    end: () => decoder.end(),
  };
}
