import { useEffect, useRef, type RefObject } from 'react';

/** The latest `value`, for an effect that calls it later without starting again each time it changes. */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  return latest;
}
