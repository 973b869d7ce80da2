// The one saver for every step kind (choose, checklist, quiz, rate, reflect, plan): each step
// component says what its answer is and when it changed; sending it and turning a refusal into
// words the person can read happens here, once.
import type { Answer, AnswerSaved } from '../../lib/api-types';
import { call, toApiError } from '../../lib/transport';
import { i18n } from '../../lib/state.svelte';

export type Saved = { saved: AnswerSaved; error: null } | { saved: null; error: string };

/** Save `answer` for the step `to` names (its own session and step id). */
export async function saveAnswer(to: { session_id: string; step_id: string }, answer: Answer): Promise<Saved> {
  try {
    const saved = await call('answer_step', {
      locale: i18n.strings.locale,
      session_id: to.session_id,
      step_id: to.step_id,
      answer,
    });
    return { saved, error: null };
  } catch (e) {
    return { saved: null, error: toApiError(e).message };
  }
}
