// Every command the VS Code client registers; package.json contributes those of the palette and
// menus. The server names DISABLE_RULE_COMMAND in quick fixes, for a client that lists it in
// initializationOptions.clientCommands.

export const SHOW_GLOSSARY_COMMAND = 'mortgageLens.showGlossary';
export const EXPLAIN_TERM_COMMAND = 'mortgageLens.explainTerm';
export const INSERT_APPENDIX_COMMAND = 'mortgageLens.insertAppendix';
export const FIX_ALL_COMMAND = 'mortgageLens.fixAll';
export const RESTART_SERVER_COMMAND = 'mortgageLens.restartServer';
export const SHOW_OUTPUT_COMMAND = 'mortgageLens.showOutput';
/** Opens a glossary entry: an id, or a Terms view node (`{ id }`). */
export const OPEN_ENTRY_COMMAND = 'mortgageLens.openEntry';
/** Selects a term's mentions: (uri, ranges). */
export const REVEAL_MENTIONS_COMMAND = 'mortgageLens.revealMentions';
/** Switches a rule off in the workspace settings: (rule id). */
export const DISABLE_RULE_COMMAND = 'mortgageLens.disableRule';
