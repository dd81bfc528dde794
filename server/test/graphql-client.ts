import { parse, print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
  /** SQL statements the server ran for this request (x-sql-statements). */
  statements: number;
  headers: Headers;
}

/** A browser-like API client: it keeps the session cookie between requests. */
export class Agent {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return {
      status: response.status,
      ...body,
      statements: Number(response.headers.get('x-sql-statements') ?? Number.NaN),
      headers: response.headers,
    };
  }

  /** Like request, but fails the test on any error. */
  async ok<T = any>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<T> {
    const response = await this.request<T>(query, variables, operationName);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }
}

export const demoPassword = 'rongrian-demo';

export async function signedIn(baseUrl: string, username: string): Promise<Agent> {
  const agent = new Agent(baseUrl);
  await agent.ok(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    input: { username, password: demoPassword },
  });
  return agent;
}

/** The error code of the first error, for compact assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** Normalises a document for comparison (whitespace-insensitive). */
export const normalise = (document: string) => print(parse(document));

/** A graphql-ws client that sends the session cookie with its upgrade request, as a browser does. */
export function webSocketClient(baseUrl: string, cookie: string | null) {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols: string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
    retryAttempts: 0,
  });
}

export interface Subscription<T = any> {
  /** Results received so far. */
  results: { data?: T | null; errors?: readonly any[] }[];
  /** Resolves once the server acknowledged the subscription (the socket is open and subscribed). */
  ready: Promise<void>;
  /** Waits until `count` results arrived, or fails after `ms`. */
  waitFor(count: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** Subscribes over WebSocket and collects what arrives. */
export function subscribe<T = any>(baseUrl: string, cookie: string | null, query: string): Subscription<T> {
  const client = webSocketClient(baseUrl, cookie);
  const results: Subscription<T>['results'] = [];
  let opened!: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  client.on('connected', () => setTimeout(opened, 50));
  client.subscribe<T>(
    { query },
    { next: (result) => void results.push(result), error: (error) => void results.push({ errors: [error] }), complete: () => undefined },
  );
  return {
    results,
    ready,
    async waitFor(count, ms = 10_000) {
      const until = Date.now() + ms;
      while (results.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} results, got ${results.length}: ${JSON.stringify(results)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => client.dispose() as Promise<void>,
  };
}
