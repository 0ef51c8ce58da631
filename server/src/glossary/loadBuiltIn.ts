// Loads the compiled glossary bundle: beside the bundled server in dist/, or from the repo's
// dist/ when running the compiled sources under out/ (tests).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GlossaryBundle } from '../core/glossaryTypes';
import { seedClaimIndex, type ClaimIndexSeed } from '../core/claims/claimIndex';
import { LEAN_FILE, readLean } from './leanGlossary';

export function loadBuiltInGlossary(): GlossaryBundle {
  const candidates = [
    path.join(__dirname, 'glossary.json'),
    path.resolve(__dirname, '../../../../dist/glossary.json'),
  ];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found)
    throw new Error(`glossary bundle not found (looked at ${candidates.join(', ')}): run npm run build`);
  // The lean copy the build wrote beside it, whose terms' reading text is read on first use.
  const bundle =
    readLean(path.join(path.dirname(found), LEAN_FILE), found) ??
    (JSON.parse(fs.readFileSync(found, 'utf8')) as GlossaryBundle);
  // The build's claim index seed beside it saves start-up most of the index's work; a missing,
  // unreadable or stale one (made from other language data: refused) only costs that time.
  try {
    const seed = JSON.parse(
      fs.readFileSync(path.join(path.dirname(found), SEED_FILE), 'utf8'),
    ) as ClaimIndexSeed;
    seedClaimIndex(bundle.language, seed);
  } catch {
    // computed at first use instead
  }
  return bundle;
}

/** Written by the build beside glossary.json (see scripts/build.mjs). */
export const SEED_FILE = 'claim-index-seed.json';
