import 'i18next';
import type nl from './nl.json';

// Translation keys are checked by the compiler against the Dutch file (the source language);
// translations.spec.ts checks that the English file has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
    returnNull: false;
  }
}
