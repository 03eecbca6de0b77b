package io.venn.normalize;

/** Why a value could not be normalized. A closed set so upload reports can count them. */
public enum Reason {
  EMPTY,
  NO_NAME_LEFT,
  UNPARSEABLE_DOMAIN,
  FREE_MAIL_DOMAIN,
  PLACEHOLDER_DOMAIN,
  /** A page on a social or hosting platform (facebook.com/acme, acme.wordpress.com), not the company's site. */
  SOCIAL_PROFILE_DOMAIN,
  UNKNOWN_COUNTRY,
  UNPARSEABLE_PHONE,
  INVALID_DUNS,
  INVALID_LEI,
  UNRECOGNISED_REGISTRATION
}
