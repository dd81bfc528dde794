import type { ReactNode } from 'react';

type NoticeProps = {
  title: string;
  children?: ReactNode;
  /** `error` is announced at once to screen readers; `info` is read politely. */
  tone?: 'info' | 'error';
  action?: ReactNode;
};

/** A message that stands in for a screen's content: loading, not allowed, failed. */
export function Notice({ title, children, tone = 'info', action }: NoticeProps) {
  return (
    <section className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2 className="notice__title">{title}</h2>
      {children && <p className="notice__body">{children}</p>}
      {action && <div className="notice__action">{action}</div>}
    </section>
  );
}
