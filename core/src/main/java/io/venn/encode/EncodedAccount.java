package io.venn.encode;

import java.util.Objects;

/**
 * An account as the matcher sees it: keyed tokens and a keyed Bloom filter, no plaintext. A token
 * of {@code 0} means the field was missing.
 *
 * @param ref an opaque reference the owner can map back to its record (a keyed token of the id in
 *     blind mode; the list index in broker mode)
 * @param population the population label (needed to count the matrix; chosen by the owner)
 * @param nameTokens keyed tokens of the normalized name's words, in name order
 * @param phoneticTokens keyed Double Metaphone codes of the same words, aligned with {@code nameTokens}
 * @param prefixTokens keyed first three letters of the same words, aligned with {@code nameTokens}, the
 *     low two bits saying what kind of word it is ({@link AccountEncoder#PREFIX_FLAGS}), so a
 *     truncated word ("Res.", "Intl") can meet the word it abbreviates ({@link
 *     AccountEncoder#abbreviates})
 * @param stemTokens keyed first five letters of the same words of five letters or more (0 for
 *     shorter ones), aligned with {@code nameTokens}: "Therapeu" meets "Therapeutics"
 * @param letterTokens keyed set of distinct letters of the same words (words of five letters or more;
 *     0 for shorter ones), aligned with {@code nameTokens}: a dropped repeated letter or two swapped
 *     letters ("Itelligence", "Microsfot") keep the set
 * @param nameFilter Bloom filter of the name's character bigrams, for Dice similarity: {@link
 *     NameFilter#BITS} bits then their count ({@link NameFilter#LENGTH} longs)
 * @param domain keyed registrable domain ("acme.co.uk"), or 0
 * @param domainLabel keyed name of the domain ({@link DomainLabels}): the brand in the high 48 bits;
 *     the low 16 bits 0, or, for a group's site with a group word glued to the brand
 *     ("legrandgroup"), bits of the whole label with the low bit set ({@link
 *     AccountEncoder#sameBrandGroupSite}); or 0
 * @param registration keyed registration id, its kind (DUNS, LEI, national number) in the low two
 *     bits ({@link AccountEncoder#registrationKind}), or 0
 * @param state keyed state or region, or 0
 * @param initials keyed first letters of a name of two words or more ("International Business
 *     Machines" -> "ibm"), then the same followed by the letters of its first one or two legal forms
 *     when initialisms spell them, from four letters ("Bharat Petroleum Corporation Limited": bp,
 *     bpcl), then with compound words' second parts ("Stadtwerke München": swm; {@link
 *     NameKeys#compoundInitials}), then the initialism the name states in brackets ("Mobile
 *     Telecommunication Company of Iran (MCI)": mci), in the same key space as {@code acronym}; empty
 *     for a name of one word
 * @param acronym keyed name when the whole name is one short word or single letters ("IBM", "G.E."),
 *     so it can meet the other name's {@code initials}; or, with the low bit set, a short first word
 *     followed only by descriptor words ("DBS Bank"; {@link AccountEncoder#isBeforeDescriptors}), or
 *     followed by other words and spelt with their initials ("FS Italiane" as "fsi"); or 0
 * @param skeleton keyed sound key of the name: a long name's phonetic key ({@link
 *     io.venn.normalize.CompanyName#phoneticKey()}), else its consonant skeleton ({@link
 *     io.venn.normalize.CompanyName#skeleton()}) beside its vowel key or abjad key ({@link
 *     io.venn.normalize.CompanyName#shortNameKey}), its kind and script in the low bits ({@link
 *     AccountEncoder#sameSound}, {@link AccountEncoder#sameVowels}; a phonetic key that only
 *     descriptor words make also carries its brand's sound, {@link AccountEncoder#sameBrandSound});
 *     romanizations that differ in vowels agree on the skeleton, a short name's transcription on the
 *     vowel key too; for a name in another script with no sound to key, its script bit alone; or 0
 *     (a Latin name without a key, or no name)
 * @param subsite keyed host below the registrable domain ("investor.acme.com"), or 0 when the website is
 *     the domain itself: two different subsites of one domain are two sites (pages on a hosting
 *     domain the suffix list does not know)
 * @param joined keyed first two words of the name run together, as one name word ("exxon mobil" as
 *     "exxonmobil"), so "Exxon Mobil" meets "ExxonMobil" and "Wal-Mart Stores" "Walmart"; 0 for a name
 *     of one word
 * @param siteNames the name as a website would name the company, keyed like a domain label's brand
 *     ({@link AccountEncoder#brandOfLabel}): its words run together ("nongfu spring": nongfuspring)
 *     its initials ("electric networks of armenia": ena), its words before descriptor words when only
 *     those follow ("hanmi pharmaceutical": hanmi) and the initialism it states in brackets ("(MCI)"),
 *     so a Latin name without a website can
 *     meet the website of the same company's record written in another script, and by its words run
 *     together, the first entry with its low bit set ({@link AccountEncoder#spellsSiteWhole}), a
 *     Latin record's website; empty when none (and always in blind mode)
 * @param sealed the owner's shared fields sealed for the partner (blind mode), or {@code null}
 * @throws IllegalArgumentException if the token arrays do not align, the filter is not {@link
 *     NameFilter#BITS} bits with their count, a name token is 0, a name of one word has a joined
 *     token, the sound key's kind is none Venn writes (or none, with more than the script bit), or
 *     there are more than {@value #MAX_SITE_NAMES} site names or one is 0: the signs of a corrupt or
 *     foreign encoded list
 */
public record EncodedAccount(
    String ref,
    String population,
    long[] nameTokens,
    long[] phoneticTokens,
    long[] prefixTokens,
    long[] stemTokens,
    long[] letterTokens,
    long[] nameFilter,
    long domain,
    long domainLabel,
    long country,
    long city,
    long phone,
    long registration,
    long state,
    long[] initials,
    long acronym,
    long skeleton,
    long subsite,
    long joined,
    long[] siteNames,
    byte[] sealed) {
  /** The initials, then with one and with two legal forms' letters, then with compound words' second letters, then the stated initialism. */
  static final int MAX_INITIALS = NameKeys.MAX_INITIALS;

  /** The name run together, its initials, its brand before descriptor words and its stated initialism ({@link #siteNames}). */
  static final int MAX_SITE_NAMES = 4;

  /** No tokens: an empty array, shared. */
  static final long[] NO_TOKENS = new long[0];

  /** An encoding without the state, the name keys (initials, acronym, skeleton, joined) and the subsite: all missing. */
  public EncodedAccount(String ref, String population, long[] nameTokens, long[] phoneticTokens, long[] prefixTokens,
      long[] stemTokens, long[] letterTokens, long[] nameFilter, long domain, long domainLabel, long country, long city,
      long phone, long registration, byte[] sealed) {
    this(ref, population, nameTokens, phoneticTokens, prefixTokens, stemTokens, letterTokens, nameFilter, domain,
        domainLabel, country, city, phone, registration, 0, NO_TOKENS, 0, 0, 0, 0, NO_TOKENS, sealed);
  }

  /** The same encoding under another population key (blind mode keys the label: {@link BlindProfile#population}). */
  public EncodedAccount withPopulation(String key) {
    return new EncodedAccount(ref, key, nameTokens, phoneticTokens, prefixTokens, stemTokens, letterTokens, nameFilter, domain,
        domainLabel, country, city, phone, registration, state, initials, acronym, skeleton, subsite, joined, siteNames, sealed);
  }

  public EncodedAccount {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(nameTokens, "nameTokens");
    Objects.requireNonNull(phoneticTokens, "phoneticTokens");
    Objects.requireNonNull(prefixTokens, "prefixTokens");
    Objects.requireNonNull(stemTokens, "stemTokens");
    Objects.requireNonNull(letterTokens, "letterTokens");
    Objects.requireNonNull(nameFilter, "nameFilter");
    Objects.requireNonNull(initials, "initials");
    Objects.requireNonNull(siteNames, "siteNames");
    if (siteNames.length > MAX_SITE_NAMES) {
      throw new IllegalArgumentException("a name spells at most " + MAX_SITE_NAMES + " website names, not " + siteNames.length);
    }
    for (long t : siteNames) {
      if (t == 0) {
        throw new IllegalArgumentException("a site-name token is never 0 (0 means missing)");
      }
    }
    if (initials.length > MAX_INITIALS) {
      throw new IllegalArgumentException("a name has at most " + MAX_INITIALS + " initials tokens, not " + initials.length);
    }
    for (long t : initials) {
      if (t == 0) {
        throw new IllegalArgumentException("an initials token is never 0 (0 means missing)");
      }
    }
    if (!NameFilter.isWellFormed(nameFilter)) {
      throw new IllegalArgumentException("nameFilter must be " + NameFilter.LENGTH + " longs (" + NameFilter.BITS
          + " bits and their count), was " + nameFilter.length + (nameFilter.length == NameFilter.LENGTH ? " with a wrong count" : ""));
    }
    for (long t : nameTokens) {
      if (t == 0) {
        throw new IllegalArgumentException("a name token is never 0 (0 means missing)");
      }
    }
    if (joined != 0 && nameTokens.length < 2) {
      throw new IllegalArgumentException("a name of " + nameTokens.length + " word(s) has no first two words to join");
    }
    if (!AccountEncoder.SoundKey.isKnownKind(skeleton)) {
      throw new IllegalArgumentException("the sound key's kind " + (skeleton & 7L) + " is none this venn writes");
    }
    if (!AccountEncoder.isWellFormedSoundKey(skeleton)) {
      throw new IllegalArgumentException("a sound key of kind none carries nothing but its script bit");
    }
    if (phoneticTokens.length != nameTokens.length
        || prefixTokens.length != nameTokens.length
        || stemTokens.length != nameTokens.length
        || letterTokens.length != nameTokens.length) {
      throw new IllegalArgumentException("phoneticTokens (" + phoneticTokens.length + "), prefixTokens ("
          + prefixTokens.length + "), stemTokens (" + stemTokens.length + ") and letterTokens ("
          + letterTokens.length + ") must align with nameTokens (" + nameTokens.length + ")");
    }
  }
}
