import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Message } from '../../lib/message-key.ts';

/**
 * A notice handed over by the page that navigated here (`navigate(to, { state: { notice } })`),
 * e.g. "Siffrorna för 2019-H1 är sparade." It is set after the first render, so the page's live
 * region exists before the sentence appears in it and screen readers announce it; the history
 * entry forgets it, so reloading or going back does not repeat it.
 */
export function useArrivalNotice(): Message | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<Message | null>(null);
  const handed = (location.state as { notice?: Message } | null)?.notice;
  useEffect(() => {
    if (!handed) return;
    setNotice(handed);
    navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [handed, navigate, location.pathname, location.search]);
  return notice;
}
