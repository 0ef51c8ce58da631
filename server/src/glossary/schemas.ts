// The JSON schemas every glossary is validated by, built in or a team's.
import termSchema from '../../../glossary/schema/term.schema.json';
import ruleSchema from '../../../glossary/schema/rule.schema.json';
import languageSchema from '../../../glossary/schema/language.schema.json';

export const SCHEMAS = { term: termSchema, rule: ruleSchema, language: languageSchema };
