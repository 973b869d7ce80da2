// The icons of the first screen (the header, Home, the error screen and every "Hear this"): apart
// from the rest (Icon.svelte) so that the initial JavaScript carries only these (issue 12 point 6).
// HomeIcon.svelte draws them; Icon.svelte draws these and every other icon.
export const HOME_ICON_PATHS = {
  speaker: 'M4 9h4l5-4v14l-5-4H4z M16 8.5a5 5 0 0 1 0 7 M18.5 6a8.5 8.5 0 0 1 0 12',
  home: 'M3.5 11L12 4l8.5 7 M6 9.5V20h4.5v-5.5h3V20H18V9.5',
  language: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M3 12h18 M12 3c-3 3.2-3 14.8 0 18 M12 3c3 3.2 3 14.8 0 18',
  alert: 'M12 3L2 20h20z M12 9.5v5 M12 17v.5',
  retry: 'M20 12a8 8 0 1 1-2.5-5.8 M20 4v5h-5',
  plan: 'M6 3h12v18H6z M9 8h6 M9 12h6 M9 16h4',
  lock: 'M6 11h12v10H6z M8.5 11V8a3.5 3.5 0 0 1 7 0v3 M12 15v2.5',
  // An eye struck through: "Hide now".
  hide: 'M2.5 12s3.5-6 9.5-6 9.5 6 9.5 6-3.5 6-9.5 6-9.5-6-9.5-6z M12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z M4 20L20 4',
} as const;
export type HomeIconName = keyof typeof HOME_ICON_PATHS;
