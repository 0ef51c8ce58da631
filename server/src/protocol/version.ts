// The product version, from the extension manifest (inlined by the bundler).
import { version } from '../../../package.json';

export const VERSION: string = version;
