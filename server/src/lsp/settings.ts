// The editor's `mortgageLens` settings section, read in one place: it is untrusted input (any JSON
// a client sends), so each value is checked and a malformed one is left out or falls back to its
// default. The language service gets `service`; the editor features (editorFeatures.ts) the rest.
import { HOVER_SECTIONS, type HoverSection } from '../core/terms/hover';
import type { Settings } from '../core/languageService';
import { DEFAULT_MAX_FILE_SIZE } from '../protocol/constants';

/** What the editor features apply. */
export interface EditorSettings {
  /** Completion of glossary terms (`completion.enable`), off by default. */
  completion: boolean;
  /** The largest file checked, in UTF-8 bytes (`maxFileSize`). */
  maxFileSize: number;
}

export interface LspSettings extends EditorSettings {
  /** Per-rule severities and hover sections, for LanguageService.configure. */
  service: Settings;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function lspSettings(section: unknown): LspSettings {
  const s = (section ?? {}) as {
    rules?: unknown;
    hover?: { sections?: unknown };
    completion?: { enable?: unknown };
    maxFileSize?: unknown;
  };
  return {
    service: { ...rulesFrom(s.rules), ...hoverSectionsFrom(s.hover?.sections) },
    completion: s.completion?.enable === true,
    maxFileSize:
      typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULT_MAX_FILE_SIZE,
  };
}

/** Well-formed rule entries only; no `rules` at all when the setting is not an object. */
function rulesFrom(rules: unknown): Pick<Settings, 'rules'> {
  if (!rules || typeof rules !== 'object') return {};
  const entries = Object.entries(rules as Record<string, unknown>).filter(
    (entry): entry is [string, NonNullable<Settings['rules']>[string]] =>
      typeof entry[1] === 'string' && SEVERITIES.has(entry[1]),
  );
  return { rules: Object.fromEntries(entries) };
}

/** Known section names only; undefined (the default) when the setting is not a list. */
function hoverSectionsFrom(value: unknown): Pick<Settings, 'hoverSections'> {
  if (!Array.isArray(value)) return {};
  return {
    hoverSections: value.filter((s): s is HoverSection => HOVER_SECTIONS.includes(s as HoverSection)),
  };
}
