/** What a mock endpoint answers, before it becomes a `Response`. */
export interface MockResponse {
  readonly status: number;
  /** A JSON-able body; the contract's encoder turns it into text. */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}
