import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import { sessionsInForce } from './session.service.js';

/** What a WebSocket must offer to be closed when its session ends (ws's WebSocket does). */
export interface SessionSocket {
  /** 1 while open (WebSocket.OPEN). */
  readonly readyState: number;
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** A session as this process's WebSockets know it. */
export interface LiveSession {
  readonly tokenHash: string;
  /** Its absolute end (SESSION_TTL_HOURS after sign-in). */
  readonly expiresAt: Date;
  /** Set once it is known to have ended: signed out, expired, left idle, or its user disabled. */
  ended: boolean;
}

/** Whether nothing is known to have ended the session: events may still be pushed to its sockets. */
export function inForce(session: LiveSession): boolean {
  return !session.ended && session.expiresAt.getTime() > Date.now();
}

interface Entry {
  session: LiveSession;
  sockets: Set<SessionSocket>;
  timer: NodeJS.Timeout | undefined;
}

/** setTimeout holds at most 2^31 − 1 ms (24.8 days); a session may last 30. */
const longestTimer = 2 ** 31 - 1;

/**
 * The sessions of this process's WebSockets, to close the sockets (4403, as sign-out does) when
 * their session ends however it ends:
 * - signed out, or the user disabled, in any process: `end`, from the NOTIFY (live-events/live-event-hub.ts);
 * - its absolute end: a timer per session, at `expiresAt`;
 * - left idle (SESSION_IDLE_MINUTES without a request; an open socket is not use), or ended in a
 *   way no NOTIFY told (a deleted row, a notification lost while the listener reconnected): every
 *   `checkSeconds` one statement checks all of this process's sessions again.
 * Until its socket is closed, the hub asks `inForce` before pushing anything to a subscriber.
 */
export class LiveSessions {
  private readonly entries = new Map<string, Entry>();
  private checker: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly options: { idleMinutes: number; checkSeconds: number },
    private readonly logger: Logger,
  ) {}

  /** Tracks a socket opened with a session: it is closed when the session ends. */
  open(tokenHash: string, expiresAt: Date, socket: SessionSocket): LiveSession {
    // Closed while it was being authenticated: nothing to track (its 'close' has been and gone).
    if (socket.readyState !== 1) return { tokenHash, expiresAt, ended: true };
    let entry = this.entries.get(tokenHash);
    if (!entry) {
      entry = { session: { tokenHash, expiresAt, ended: false }, sockets: new Set(), timer: undefined };
      this.entries.set(tokenHash, entry);
      this.armExpiry(entry);
      this.checker ??= setInterval(() => void this.check(), this.options.checkSeconds * 1_000).unref();
    }
    const { sockets } = entry;
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.entries.get(tokenHash)?.sockets === sockets) this.forget(tokenHash);
    });
    return entry.session;
  }

  /** The session of a socket opened with this token hash, while one is open. */
  get(tokenHash: string): LiveSession | undefined {
    return this.entries.get(tokenHash)?.session;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The session ended: its sockets are closed (4403) and get nothing more. */
  end(tokenHash: string): void {
    const entry = this.entries.get(tokenHash);
    if (!entry) return;
    entry.session.ended = true;
    this.forget(tokenHash);
    for (const socket of entry.sockets) socket.close(4403, 'Session ended');
  }

  /** Checks every session again, in one statement, and ends those no longer in force. */
  check(): Promise<void> {
    this.checking ??= (async () => {
      try {
        const hashes = [...this.entries.keys()];
        const live = await sessionsInForce(this.em.fork(), hashes, this.options.idleMinutes);
        for (const hash of hashes) if (!live.has(hash)) this.end(hash);
      } catch (error) {
        this.logger.error({ err: error }, 'checking the WebSockets’ sessions failed');
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  /** Stops the timers (the sockets themselves are closed by the server's shutdown). */
  close(): void {
    for (const hash of [...this.entries.keys()]) this.forget(hash);
  }

  private armExpiry(entry: Entry): void {
    const left = entry.session.expiresAt.getTime() - Date.now();
    entry.timer = setTimeout(
      () => (left > longestTimer ? this.armExpiry(entry) : this.end(entry.session.tokenHash)),
      Math.max(0, Math.min(left, longestTimer)),
    );
    entry.timer.unref();
  }

  private forget(tokenHash: string): void {
    const entry = this.entries.get(tokenHash);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(tokenHash);
    if (this.entries.size === 0) {
      clearInterval(this.checker);
      this.checker = undefined;
    }
  }
}
