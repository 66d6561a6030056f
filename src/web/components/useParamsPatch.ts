import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ParamsPatch = Record<string, string | number | null | undefined>;

/**
 * The address's query parameters and a setter that changes some of them (an
 * empty value removes one), as a new history entry: the back button returns
 * to the previous unit or period. Pages that keep their view in the address use it.
 */
export function useParamsPatch() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (patch: ParamsPatch) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === null || v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        return next;
      }),
    [setParams],
  );
  return { params, set };
}
