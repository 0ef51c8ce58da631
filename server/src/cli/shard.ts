// `check --shard K/N`: the K-th of N disjoint parts of the files, so a CI matrix of N jobs checks a
// large repository between them. A file's part is a hash of its path relative to the current
// folder (with forward slashes), so it is the same on every machine, in every run and whatever the
// order or size of the other files; adding a file moves no other file to another part.
import { UsageError } from './errors';
import { cwdRelative } from './paths';

export interface Shard {
  /** 1-based, as written. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard must be K/N with 1 <= K <= N (e.g. 2/4), not "${value}"`);
  return { index, count };
}

/** FNV-1a (32 bits) of the UTF-8 bytes: small, fast and the same everywhere. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(file: string, shard: Shard, cwd = process.cwd()): boolean {
  return fnv1a(cwdRelative(file, cwd)) % shard.count === shard.index - 1;
}

/** Why a shard with no file is fine, for standard error. */
export function emptyShardNote(shard: Shard): string {
  return `shard ${shard.index}/${shard.count} has no files to check (the others have them all)`;
}
