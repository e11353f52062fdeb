import { useEffect, useState } from 'react';

/**
 * A value that follows another once it stopped changing for `ms` (typing, then a pause). Give a
 * primitive (or a stable object): a new object on every render would restart the wait each time.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
