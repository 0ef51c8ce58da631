// A service over several glossaries (one per project of the workspace, on disk or in the browser)
// answers for each document with that document's own language service.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from './core/languageService';

/**
 * `routed`, with every method it does not define sent to the service of the document passed first:
 * a new core feature that takes a document (definitions, references…) needs no change here.
 */
export function routedByDocument<T extends object>(
  routed: object,
  serviceOf: (document: TextDocument) => LanguageService,
): T {
  return new Proxy(routed, {
    get(target, name, receiver) {
      if (name in target) return Reflect.get(target, name, receiver);
      return (document: TextDocument, ...rest: unknown[]) => {
        const service = serviceOf(document) as unknown as Record<
          string | symbol,
          (...args: unknown[]) => unknown
        >;
        return service[name](document, ...rest);
      };
    },
  }) as T;
}
