// Assembles same-sized PNG screenshots into one animated PNG (APNG), with no image tool to install:
// each frame's compressed image data is moved as it is into the animation's frame chunks.
// See https://wiki.mozilla.org/APNG_Specification.
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
}

function chunks(png: Buffer): Chunk[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const list: Chunk[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    list.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return list;
}

function encode(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** One frame: a PNG and how long it shows, in milliseconds. */
export interface Frame {
  png: Buffer;
  durationMs: number;
}

/** An APNG that loops forever through `frames`; every frame must have the first one's size and format. */
export function animatedPng(frames: Frame[]): Buffer {
  if (frames.length === 0) throw new Error('no frames');
  const parsed = frames.map((frame) => chunks(frame.png));
  const header = parsed[0].find((c) => c.type === 'IHDR')!.data;
  for (const [i, list] of parsed.entries()) {
    if (!list.find((c) => c.type === 'IHDR')!.data.equals(header)) {
      throw new Error(`frame ${i} differs in size or format from the first`);
    }
  }
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const out: Buffer[] = [SIGNATURE, encode('IHDR', header)];
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(frames.length, 0);
  actl.writeUInt32BE(0, 4); // loop forever
  out.push(encode('acTL', actl));
  let sequence = 0;
  frames.forEach((frame, i) => {
    const fctl = Buffer.alloc(26);
    fctl.writeUInt32BE(sequence++, 0);
    fctl.writeUInt32BE(width, 4);
    fctl.writeUInt32BE(height, 8);
    fctl.writeUInt32BE(0, 12); // x offset
    fctl.writeUInt32BE(0, 16); // y offset
    fctl.writeUInt16BE(Math.round(frame.durationMs / 10), 20); // delay in 1/100 s
    fctl.writeUInt16BE(100, 22);
    fctl.writeUInt8(0, 24); // dispose: none
    fctl.writeUInt8(0, 25); // blend: source
    out.push(encode('fcTL', fctl));
    const data = Buffer.concat(parsed[i].filter((c) => c.type === 'IDAT').map((c) => c.data));
    if (i === 0) {
      out.push(encode('IDAT', data));
    } else {
      const sequenceNumber = Buffer.alloc(4);
      sequenceNumber.writeUInt32BE(sequence++, 0);
      out.push(encode('fdAT', Buffer.concat([sequenceNumber, data])));
    }
  });
  out.push(encode('IEND', Buffer.alloc(0)));
  return Buffer.concat(out);
}

/** Re-compresses a PNG's image data at the highest level (screenshots come out fast, not small). */
export function recompress(png: Buffer): Buffer {
  const list = chunks(png);
  const data = inflateSync(Buffer.concat(list.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const out: Buffer[] = [SIGNATURE];
  let wroteData = false;
  for (const chunk of list) {
    if (chunk.type !== 'IDAT') out.push(encode(chunk.type, chunk.data));
    else if (!wroteData) {
      out.push(encode('IDAT', deflateSync(data, { level: 9 })));
      wroteData = true;
    }
  }
  return Buffer.concat(out);
}
