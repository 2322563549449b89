import type { SsoErrorReason } from '@oip/domain';

/** A single sign-on that worked at the provider but that we refuse (see SSO_ERRORS). */
export class SsoRefusal extends Error {
  override readonly name = 'SsoRefusal';

  constructor(
    readonly reason: Exclude<SsoErrorReason, 'internal_error'>,
    message: string,
  ) {
    super(message);
  }
}
