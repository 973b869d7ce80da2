// The screens that load when first opened (issue 12 point 6): the first paint needs only the
// home screen, so everything else is its own chunk, fetched (from the app or the hub — never the
// internet) the first time that screen is shown. `show()` in App.svelte waits for the chunk before
// switching, so focus, read-aloud on arrival and drafts find the new screen at once.
import type { Component } from 'svelte';
import type { View } from './view';

// Props differ per screen; App.svelte passes each its own (typed through `LoadedScreens`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader = () => Promise<{ default: Component<any> }>;

export const SCREENS = {
  locked: () => import('../components/privacy/LockScreen.svelte'),
  privacy: () => import('../components/privacy/Privacy.svelte'),
  'office-sign-in': () => import('../components/office/OfficeSignIn.svelte'),
  step: () => import('../components/StepReader.svelte'),
  complete: () => import('../components/Complete.svelte'),
  'my-plan': () => import('../components/MyPlan.svelte'),
  'diary-area': () => import('../components/diary/DiaryArea.svelte'),
  connect: () => import('../components/sync/ConnectHub.svelte'),
  sharing: () => import('../components/sync/Sharing.svelte'),
  'my-record': () => import('../components/register/MyRecord.svelte'),
  facilitator: () => import('../components/facilitator/Facilitator.svelte'),
  live: () => import('../components/live/LiveFollow.svelte'),
  presenter: () => import('../components/live/Presenter.svelte'),
} satisfies Partial<Record<View['name'], Loader>>;

export type LazyName = keyof typeof SCREENS;
/** The component of screen `K`, with its own props' types. */
export type ScreenComponent<K extends LazyName> = Awaited<ReturnType<(typeof SCREENS)[K]>>['default'];
/** The screens loaded so far. */
export type LoadedScreens = { [K in LazyName]?: ScreenComponent<K> };

/** The screen's component, loading its chunk the first time (the browser caches the module). */
export async function loadScreen<K extends LazyName>(name: K): Promise<ScreenComponent<K>> {
  return (await SCREENS[name]()).default as ScreenComponent<K>;
}

export function isLazy(name: string): name is LazyName {
  return Object.hasOwn(SCREENS, name);
}
