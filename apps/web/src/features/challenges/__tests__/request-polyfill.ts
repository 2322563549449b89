// jsdom has no Request, and react-router's data router builds one for every navigation (even
// without loaders, as here). This minimal stand-in lets tests navigate (setSearchParams, back).
if (typeof globalThis.Request === 'undefined') {
  class RequestStandIn {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal | undefined;
    constructor(input: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(input);
      this.method = init.method ?? 'GET';
      this.signal = init.signal;
    }
  }
  Object.assign(globalThis, { Request: RequestStandIn });
}
export {};
