import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/i18n';

/** Each language named in itself (and marked with its lang), as NL Design System advises. */
const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('shell.languageNav')}>
      <ul className="ksp-lang-switch">
        {LANGUAGES.map((language) => {
          const current = i18n.resolvedLanguage === language;
          return (
            <li key={language}>
              <button
                type="button"
                lang={language}
                aria-pressed={current}
                onClick={() => {
                  if (!current) void i18n.changeLanguage(language);
                }}
              >
                {NAMES[language]}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
