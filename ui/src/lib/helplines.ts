// The national numbers the app offers to call. Each has a voiced message (`id`) that says the
// same number. Checked on 2 December 2026 against the numbers the services publish (999;
// NHS 111; Drinkline, the national alcohol helpline, 0300 123 1110; FRANK, the national drugs
// helpline, 0300 123 6600): this machine has no network, so check them again before a release.
// Wales's own DAN 24/7 line is not listed until its number is checked the same way.

export interface Helpline {
  /** Voiced message naming the service and its number. */
  id: string;
  /** Digits for the `tel:` link. */
  dial: string;
}

export const HELPLINES: Helpline[] = [
  { id: 'help-999', dial: '999' },
  { id: 'help-111', dial: '111' },
  { id: 'help-drinkline', dial: '03001231110' },
  { id: 'help-frank', dial: '03001236600' },
];

/** The number a person sees in a helpline's words, as dialled: "0300 123 1110" → "03001231110". */
export function numberIn(text: string): string | null {
  const m = /(\d[\d ]*\d)\s*\.?$/.exec(text.trim());
  return m ? m[1].replace(/ /g, '') : null;
}
