// What the CLI bundle gets for linkify-it. markdown-it builds a LinkifyIt in its constructor
// (compiling its web-address patterns, about 10 ms of every start), but the analysis turns the
// linkify rules off and masks bare web addresses itself, so nothing ever calls it. Any call fails
// loudly rather than finding no links.
export default class NoLinkify {
  constructor() {}
}
for (const method of [
  'add',
  'set',
  'test',
  'pretest',
  'testSchemaAt',
  'match',
  'matchAtStart',
  'tlds',
  'normalize',
  'onCompile',
]) {
  Object.defineProperty(NoLinkify.prototype, method, {
    value() {
      throw new Error(`linkify-it's ${method} was called, but the CLI bundle leaves linkify-it out`);
    },
  });
}
