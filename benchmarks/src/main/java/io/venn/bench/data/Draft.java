package io.venn.bench.data;

/** A record being generated: starts as the company's reference values, then variations edit it. */
final class Draft {
  String name;
  String website;
  String country;
  String city;
  /** The company's registrable-ish host ("aalberts.com"), kept for website variations. */
  final String host;

  Draft(Company c) {
    this.name = c.name();
    this.website = c.website();
    this.country = c.country();
    this.city = c.city();
    this.host = Websites.host(c.website());
  }
}
