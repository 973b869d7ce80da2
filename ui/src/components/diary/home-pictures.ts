// The pictures the home screen shows (its quick add and diary links) and the toast's: apart from
// the rest (Picture.svelte) so that Home's initial JavaScript carries only these (issue 12 point
// 6). HomePicture.svelte draws them; Picture.svelte draws these and every other picture.
export const HOME_PATHS = {
  beer: 'M6 4h12l-1.5 16h-9z M6.4 8.5h11.2 M10 12v4 M14 12v4',
  cider: 'M12 7c-3-2-7-1-7 4 0 5 3 9 5 9 1 0 1.5-.5 2-.5s1 .5 2 .5c2 0 5-4 5-9 0-5-4-6-7-4z M12 7c0-2 1-3.5 3-4',
  wine: 'M7 3h10c0 5-2 8-5 8s-5-3-5-8z M12 11v9 M8 21h8 M7.4 6.5h9.2',
  spirits: 'M6 7h12l-2 13H8z M6.6 11.5h10.8',
  alcopop: 'M10 2h4v5c2 1 3 2.5 3 4.5V21H7v-9.5C7 9.5 8 8 10 7z M7 14h10',
  other: 'M4 4h16l-8 9z M12 13v7 M8 21h8 M16 1.5l-2.5 5',
  prescription: 'M8.5 15.5l7-7a3.5 3.5 0 0 1 5 5l-7 7a3.5 3.5 0 0 1-5-5z M12 12l3.5 3.5',
  urge: 'M2 17c3 0 4-9 7-9s4 9 7 9 3-4 6-4 M2 21h20',
  diary: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3z M5 17a3 3 0 0 1 3-3h11 M9 8h6',
  week: 'M5 20V11 M10 20V5 M15 20v-7 M20 20V9 M3 20h19',
  goal: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10 M12 11a1 1 0 1 0 0 2a1 1 0 1 0 0-2',
  audit: 'M8 3h8v3H8z M6 4.5H5V21h14V4.5h-1 M8 11l1.5 1.5L12 10 M14 11.5h3 M8 16l1.5 1.5L12 15 M14 16.5h3',
  export: 'M12 3v12 M7 10l5 5 5-5 M4 19h16',
  timer: 'M12 5a8 8 0 1 0 0 16a8 8 0 1 0 0-16 M12 9v4l3 2 M9 2h6',
  undo: 'M9 14L4 9l5-5 M4 9h10a6 6 0 0 1 0 12h-3',
  close: 'M6 6l12 12 M18 6L6 18',
} as const;
export type HomePictureName = keyof typeof HOME_PATHS;
