import type { ReactNode } from 'react';
import './Banner.css';

type BannerProps = {
  title: string;
  children?: ReactNode;
  /** `error` is announced at once to screen readers; `info` is read politely. */
  tone?: 'info' | 'error';
  action?: ReactNode;
};

/** A message that stands in for a screen's content: loading, not allowed, failed. */
export function Banner({ title, children, tone = 'info', action }: BannerProps) {
  return (
    <section className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2 className="banner__title">{title}</h2>
      {children && <p className="banner__body">{children}</p>}
      {action && <div className="banner__action">{action}</div>}
    </section>
  );
}
