import { useEffect, useState } from 'react';
import type { ThemeName } from '../editor/themes.ts';

const query = '(prefers-color-scheme: dark)';

/** The OS's light or dark preference, following changes while the studio is open. */
export function useColorScheme(): ThemeName {
  const [scheme, setScheme] = useState<ThemeName>(() => (window.matchMedia(query).matches ? 'dark' : 'light'));
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setScheme(media.matches ? 'dark' : 'light');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return scheme;
}
