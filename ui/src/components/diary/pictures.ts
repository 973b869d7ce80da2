// Which picture goes with which choice.
import type { PictureName } from './Picture.svelte';

export const DRUG_PICTURE: Record<string, PictureName> = {
  cannabis: 'cannabis',
  cocaine: 'cocaine',
  crack: 'crack',
  heroin: 'heroin',
  nps_spice: 'nps_spice',
  prescription: 'prescription',
  other: 'question',
};

export const ROUTE_PICTURE: Record<string, PictureName> = {
  smoked: 'smoked',
  snorted: 'up',
  swallowed: 'prescription',
  injected: 'injected',
  other: 'question',
};

export const TRIGGER_PICTURE: Record<string, PictureName> = {
  people: 'people',
  places: 'place',
  feelings: 'feelings',
  times: 'clock',
  own_words: 'words',
};

export const COPING_PICTURE: Record<string, PictureName> = {
  urge_surfing: 'urge',
  distract: 'distract',
  call_someone: 'phone',
  leave_the_place: 'door',
  breathe: 'breathe',
  eat_or_drink_water: 'water',
  think_it_through: 'think',
};
