// The server's message reader: a large message is parsed on a worker thread, and only messages about
// other documents may be delivered before it.
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { workerParser } from '../../server/src/transport/jsonWorker';
import { OffThreadReader, type ParseElsewhere } from '../../server/src/transport/offThreadReader';

const LARGE = 2000; // bytes; the server's threshold is megabytes, the rules are the same

function frame(message: unknown): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message));
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
}

const open = (uri: string, text: string) => ({
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
});
const change = (uri: string, text: string) => ({
  jsonrpc: '2.0',
  method: 'textDocument/didChange',
  params: { textDocument: { uri, version: 2 }, contentChanges: [{ text }] },
});
const hover = (id: number, uri: string) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/hover',
  params: { textDocument: { uri }, position: { line: 0, character: 1 } },
});
const configuration = {
  jsonrpc: '2.0',
  method: 'workspace/didChangeConfiguration',
  params: { settings: {} },
};
const long = 'Foreclosure may not end the debt. 🏠\r\n'.repeat(100);

/** A parser the test finishes by hand, to fix when a large message is ready. */
function heldParser() {
  const held: Array<{ uri: string; finish: () => void }> = [];
  const parse: ParseElsewhere = (body) =>
    new Promise((resolve) => {
      const message = JSON.parse(Buffer.from(body).toString('utf8')) as Message & {
        params: { textDocument: { uri: string } };
      };
      held.push({ uri: message.params.textDocument.uri, finish: () => resolve(message) });
    });
  const finish = (uri: string) => held.find((h) => h.uri === uri)!.finish();
  return { parse, finish, held };
}

function reading(parse: ParseElsewhere | undefined) {
  const input = new PassThrough();
  const reader = new OffThreadReader(input, parse, LARGE);
  const delivered: Message[] = [];
  const errors: string[] = [];
  reader.listen((message) => delivered.push(message));
  reader.onError((error) => errors.push(error.message));
  const send = (...messages: unknown[]) => input.write(Buffer.concat(messages.map(frame)));
  return { reader, delivered, errors, send };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 30));

const summary = (messages: Message[]) =>
  messages.map((m) => {
    const { method, id, params } = m as unknown as {
      method: string;
      id?: number;
      params?: { textDocument?: { uri: string } };
    };
    return [method, id ?? params?.textDocument?.uri].join(' ');
  });

describe('the server reads large messages off its main thread', () => {
  it('delivers a large message whole: text with emoji and CRLF unchanged', async () => {
    const { delivered, send, reader } = reading(workerParser());
    const message = open('file:///long.md', long);
    send(message, hover(1, 'file:///long.md'));
    await until(() => delivered.length === 2, 'both messages');
    assert.deepEqual(delivered[0], message);
    assert.deepEqual(summary(delivered), ['textDocument/didOpen file:///long.md', 'textDocument/hover 1']);
    reader.dispose();
  });

  it('lets requests on other documents pass a large message being parsed, and nothing else', async () => {
    const { parse, finish, held } = heldParser();
    const { delivered, send } = reading(parse);
    send(
      open('file:///long.md', long),
      hover(1, 'file:///other.md'),
      change('file:///long.md', 'A short text now.'),
      hover(2, 'file:///other.md'),
    );
    await until(() => held.length === 1 && delivered.length === 1, 'the hover on the other document');
    await settled();
    assert.deepEqual(summary(delivered), ['textDocument/hover 1']); // the change to long.md waits

    finish('file:///long.md');
    await until(() => delivered.length === 4, 'every message');
    assert.deepEqual(summary(delivered), [
      'textDocument/hover 1',
      'textDocument/didOpen file:///long.md',
      'textDocument/didChange file:///long.md',
      'textDocument/hover 2', // kept behind the change it arrived after
    ]);
  });

  it('keeps messages that are not about one document behind, and what follows them too', async () => {
    const { parse, finish, held } = heldParser();
    const { delivered, send } = reading(parse);
    send(open('file:///long.md', long), configuration, hover(1, 'file:///other.md'));
    await until(() => held.length === 1, 'the parse');
    await settled();
    assert.deepEqual(delivered, []);
    finish('file:///long.md');
    await until(() => delivered.length === 3, 'every message');
    assert.deepEqual(summary(delivered), [
      'textDocument/didOpen file:///long.md',
      'workspace/didChangeConfiguration ',
      'textDocument/hover 1',
    ]);
  });

  it('delivers two large messages in their order, whichever is parsed first', async () => {
    const { parse, finish, held } = heldParser();
    const { delivered, send } = reading(parse);
    send(
      open('file:///a.md', long),
      open('file:///b.md', long),
      hover(2, 'file:///c.md'),
      hover(1, 'file:///b.md'),
    );
    await until(() => held.length === 2 && delivered.length === 1, 'the hover on c.md');
    finish('file:///b.md');
    await settled();
    assert.deepEqual(summary(delivered), ['textDocument/hover 2']);
    finish('file:///a.md');
    await until(() => delivered.length === 4, 'every message');
    assert.deepEqual(summary(delivered), [
      'textDocument/hover 2',
      'textDocument/didOpen file:///a.md',
      'textDocument/didOpen file:///b.md',
      'textDocument/hover 1',
    ]);
  });

  it('lets nothing pass a large message whose document its first bytes do not name', async () => {
    const { parse, finish, held } = heldParser();
    const { delivered, send } = reading(parse);
    const reordered = {
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: { contentChanges: [{ text: long }], textDocument: { uri: 'file:///long.md', version: 2 } },
    };
    send(reordered, hover(1, 'file:///other.md'));
    await until(() => held.length === 1, 'the parse');
    await settled();
    assert.deepEqual(delivered, []);
    finish('file:///long.md');
    await until(() => delivered.length === 2, 'both messages');
    assert.deepEqual(summary(delivered), ['textDocument/didChange file:///long.md', 'textDocument/hover 1']);
  });

  it('reports a large message that is not JSON, with its size, and reads on', async () => {
    const { delivered, errors, send, reader } = reading(workerParser());
    const broken = JSON.stringify(open('file:///long.md', long)).slice(0, -2);
    send(broken, hover(1, 'file:///other.md'));
    await until(() => delivered.length === 1 && errors.length === 1, 'the error and the message after it');
    assert.match(
      errors[0],
      new RegExp(`^A message of ${Buffer.byteLength(broken)} bytes could not be read as JSON: `),
    );
    assert.deepEqual(summary(delivered), ['textDocument/hover 1']);
    reader.dispose();
  });

  it('reports JSON that is no message, even behind a large one, and reads on', async () => {
    const { parse, finish, held } = heldParser();
    const { delivered, errors, send } = reading(parse);
    send(open('file:///long.md', long), 'null', '42', hover(1, 'file:///other.md'));
    await until(() => held.length === 1, 'the parse');
    finish('file:///long.md');
    await until(() => delivered.length === 2, 'the messages around them');
    assert.deepEqual(summary(delivered), ['textDocument/didOpen file:///long.md', 'textDocument/hover 1']);
    assert.deepEqual(errors, ['Not a JSON-RPC message: null', 'Not a JSON-RPC message: 42']);
  });

  it('parses on its own thread when the worker file is missing, and loses nothing', async () => {
    const { delivered, send, reader } = reading(workerParser('/nonexistent/jsonWorkerThread.js'));
    const message = open('file:///long.md', long);
    send(message, hover(1, 'file:///other.md'));
    await until(() => delivered.length === 2, 'both messages');
    assert.deepEqual(
      delivered.find((m) => 'method' in m && m.method === 'textDocument/didOpen'),
      message,
    );
    reader.dispose();
  });

  it('hands a long didOpen text over as pieces that join to the text sent', async () => {
    const { delivered, send, reader } = reading(workerParser(undefined, 100));
    const text = 'Foreclosure may not end the debt. 🏠\r\n'.repeat(80_000) + 'Último párrafo 💬';
    const message = open('file:///long.md', text);
    send(message);
    await until(() => delivered.length === 1, 'the didOpen');
    const { textDocument } = (delivered[0] as typeof message).params as unknown as {
      textDocument: { text: string[]; uri: string };
    };
    assert.ok(Array.isArray(textDocument.text) && textDocument.text.length > 1, 'pieces');
    assert.equal(textDocument.text.join(''), text);
    assert.equal(textDocument.uri, 'file:///long.md');
    reader.dispose();
  });

  it('hands a long whole-document change over as pieces too, and leaves ranged changes as they are', async () => {
    const { delivered, send, reader } = reading(workerParser(undefined, 100));
    const text = 'Ünderwriting 🏠 notes.\r\n'.repeat(60_000);
    const ranged = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      text: long,
    };
    const message = {
      ...change('file:///long.md', text),
      params: { textDocument: { uri: 'file:///long.md', version: 2 }, contentChanges: [ranged, { text }] },
    };
    send(message);
    await until(() => delivered.length === 1, 'the didChange');
    const [first, second] = (delivered[0] as typeof message).params.contentChanges as unknown as [
      typeof ranged,
      { text: string[] },
    ];
    assert.deepEqual(first, ranged, 'a ranged change stays one string');
    assert.ok(Array.isArray(second.text) && second.text.length > 1, 'pieces');
    assert.equal(second.text.join(''), text);
    reader.dispose();
  });

  it('keeps a text with a lone surrogate as one string, unchanged (UTF-8 could not carry it)', async () => {
    const { delivered, send, reader } = reading(workerParser(undefined, 100));
    const message = open('file:///odd.md', long + '\ud800 end');
    send(message);
    await until(() => delivered.length === 1, 'the didOpen');
    assert.deepEqual(delivered[0], message);
    reader.dispose();
  });
});
