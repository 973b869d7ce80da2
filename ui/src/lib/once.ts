// Load-when-needed chunks (issue 12 point 6): each is fetched once, and a failed fetch is tried
// again by the next call instead of failing every call after it.

/** `load`, run at most once while it succeeds: every call shares its promise; a rejection is
 * passed on and forgotten, so the next call runs `load` again. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}
