import { useEffect } from 'react';
import type { IdleNews } from '@shared/schemas/idle-deadline';
import { call } from '../api/client';
import { useLatest } from '../app/use-latest';

/**
 * While `listening`, waits on main's idle deadline and hands each piece of news to `onNews`: a warning (then it waits
 * for the next), or the session's end. If the wait fails the page hears nothing more, and main still ends the
 * session at its deadline.
 */
export function useIdleNews(listening: boolean, onNews: (news: IdleNews) => void): void {
  // The latest handler, so news is read against what the screen shows when it comes.
  const handler = useLatest(onNews);
  useEffect(() => {
    if (!listening) return;
    let current = true;
    const wait = () => {
      call('waitForIdleNews').then(
        (news) => {
          if (!current) return;
          handler.current(news);
          if (news.state === 'warning') wait();
        },
        () => undefined,
      );
    };
    wait();
    return () => {
      current = false;
    };
  }, [listening, handler]);
}
