/**
 * Stage 2, normalize: raw account fields to canonical values or a counted reason why not.
 * {@link io.venn.normalize.AccountNormalizer} is the front door; one small class per field kind
 * (company names and legal forms, domains, countries, phones, registration ids), all pure and thread-safe.
 */
package io.venn.normalize;
