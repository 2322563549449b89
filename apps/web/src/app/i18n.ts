import {
  DEFAULT_LOCALE,
  ERROR_MESSAGES,
  isLocale,
  LOCALES,
  SSO_ERRORS,
  type Locale,
} from '@oip/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { it } from './locales/it';

export const LANGUAGE_STORAGE_KEY = 'oip.language';

/** Error messages come from @oip/domain, keyed by the API's stable error codes. */
function errorMessages(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ERROR_MESSAGES).map(([code, text]) => [code, text[locale]]),
  );
}

/** Reasons of a failed single sign-on (the API redirects to /sign-in?sso_error=<reason>). */
function ssoErrorMessages(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SSO_ERRORS).map(([reason, text]) => [reason, text[locale]]),
  );
}

function rememberedLanguage(): Locale {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked: fall back to Italian
  }
}

/** Italian unless the user chose otherwise on this browser; the choice is remembered. */
export function createI18n(language: Locale = rememberedLanguage()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources: {
      it: {
        translation: { ...it, errors: errorMessages('it'), ssoErrors: ssoErrorMessages('it') },
      },
      en: {
        translation: { ...en, errors: errorMessages('en'), ssoErrors: ssoErrorMessages('en') },
      },
    },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  });
  document.documentElement.lang = instance.language;
  return instance;
}

export function currentLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
