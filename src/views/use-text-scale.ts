import { useEffect, useState } from 'react';

const readScale = () => Math.max(1, Number.parseFloat(getComputedStyle(document.documentElement).fontSize) / 16);

/** Chart text scale that follows the page's root font size (which grows with the viewport on large screens). */
export function useTextScale(): number {
  const [scale, setScale] = useState(readScale);
  useEffect(() => {
    const onResize = () => setScale(readScale());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
