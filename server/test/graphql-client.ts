import { parse, print } from 'graphql';

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
