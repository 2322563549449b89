import {
  isHttpUrl,
  isLanguageCode,
  MAX_BIO_LENGTH,
  MAX_HEADLINE_LENGTH,
  MAX_LANGUAGES,
  MAX_LINK_LABEL_LENGTH,
  MAX_LINKS,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normaliseLanguages,
  normaliseTags,
  textLength,
  type ProfileVisibility,
} from '@oip/domain';
import { FieldErrors } from '../../common/errors/field-errors';
import type { ProfileInput } from './dto/profile.inputs';
import type { ProfileLink } from './entities/person-profile.entity';

/** The fields an update sets: only those given in the input. */
export interface ProfileChanges {
  headline?: string;
  bio?: string;
  expertise?: string[];
  languages?: string[];
  links?: ProfileLink[];
  visibility?: ProfileVisibility;
}

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/** Checks every given field and returns normalised values, or fails with a code per field. */
export function validateProfile(input: ProfileInput): ProfileChanges {
  const errors = new FieldErrors();
  const changes: ProfileChanges = {};

  if (given(input.headline)) {
    // one line: newlines and runs of spaces become one space
    changes.headline = input.headline.replace(/\s+/g, ' ').trim();
    errors.check('headline', textLength(changes.headline) <= MAX_HEADLINE_LENGTH, 'TEXT_TOO_LONG');
  }
  if (given(input.bio)) {
    changes.bio = input.bio.replace(/\r\n?/g, '\n').trim();
    errors.check('bio', textLength(changes.bio) <= MAX_BIO_LENGTH, 'TEXT_TOO_LONG');
  }
  if (given(input.expertise)) {
    changes.expertise = normaliseTags(input.expertise);
    errors.check(
      'expertise',
      changes.expertise.length <= MAX_TAGS &&
        changes.expertise.every((tag) => textLength(tag) <= MAX_TAG_LENGTH),
      'TAGS_INVALID',
    );
  }
  if (given(input.languages)) {
    changes.languages = normaliseLanguages(input.languages);
    errors.check(
      'languages',
      changes.languages.length <= MAX_LANGUAGES && changes.languages.every(isLanguageCode),
      'LANGUAGE_INVALID',
    );
  }
  if (given(input.links)) {
    errors.check('links', input.links.length <= MAX_LINKS, 'LINK_INVALID');
    changes.links = input.links.map((link, index) => {
      const url = link.url.trim();
      const label = link.label?.replace(/\s+/g, ' ').trim() || null;
      errors.check(
        `links.${index}`,
        isHttpUrl(url) && (label === null || textLength(label) <= MAX_LINK_LABEL_LENGTH),
        'LINK_INVALID',
      );
      return { url, label };
    });
  }
  if (given(input.visibility)) changes.visibility = input.visibility;

  errors.throwIfAny();
  return changes;
}
