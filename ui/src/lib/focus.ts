// Move focus when a screen changes: wait until Svelte has drawn the change, then focus the first
// match inside `root` (a new step's heading, the first field in error, an alert), so a screen
// reader says what changed and a keyboard user is where the change is.
import { tick } from 'svelte';

export async function focusAfterDraw(
  root: ParentNode | null | undefined,
  selector: string,
  options?: FocusOptions,
): Promise<void> {
  await tick();
  root?.querySelector<HTMLElement>(selector)?.focus(options);
}
