package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InternetDomainName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      https://www.shop.acme.co.uk/x               | acme.co.uk
      info@acme.de                                | acme.de
      ACME.COM:8080                               | acme.com
      http://acme.com?x                           | acme.com
      acme.com.                                   | acme.com
      www.acme.com/                               | acme.com
      https://WWW.Apple.com/de/iphone/            | apple.com
      mailto:Jane.Doe@Acme.COM                    | acme.com
      http://user:pw@acme.com:80/a                | acme.com
      //cdn.acme.com.au/logo.png                  | acme.com.au
      acme.co.jp                                  | acme.co.jp
      investor.bca.co.id                          | bca.co.id
      www.telkom.co.id                            | telkom.co.id
      www.siemens-healthineers.com                | siemens-healthineers.com
      münchen.de                                  | xn--mnchen-3ya.de
      https://www.bücher.de/                      | xn--bcher-kva.de
      acme.github.io                              | acme.github.io
      https://acme.blogspot.com/2020/01/post.html | acme.blogspot.com
      acme.myshopify.com                          | acme.myshopify.com
      https://www.sbi.bank.in/web/personal        | sbi.bank.in
      pnb.bank.in                                 | pnb.bank.in
      www.hdfc.bank.in                            | hdfc.bank.in
      shop.acme.wixsite.com/home                  | acme.wixsite.com
      acme.wordpress.com                          | acme.wordpress.com
      https://www.mosaicpottery.squarespace.com/s | mosaicpottery.squarespace.com
      squarespace.com                             | squarespace.com
      www.wordpress.com                           | wordpress.com
      acme-bakery.jimdosite.com                   | acme-bakery.jimdosite.com
      www.acme.com, www.acme.de                   | acme.com
      acme.com; acme.de                           | acme.com
      http://www.aalberts.com                     | aalberts.com
      facebook.com                                | facebook.com
      https://www.linkedin.com                    | linkedin.com
      http//www.acme.com                          | acme.com
      https:/acme.com/about                       | acme.com
      http:acme.com                               | acme.com
      HTTPS//ACME.COM                             | acme.com
      http.com                                    | http.com
      https-tools.com                             | https-tools.com
      acme.com/go?to=https://other.org            | acme.com
      ://acme.com                                 | acme.com
      """)
  void registrable_realValues(String raw, String expected) {
    assertThat(Domains.registrable(raw)).isEqualTo(Normalized.ok(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      john.smith@gmail.com                      | FREE_MAIL_DOMAIN
      GoogleMail.com                            | FREE_MAIL_DOMAIN
      someone@yahoo.co.uk                       | FREE_MAIL_DOMAIN
      yahoo.fr                                  | FREE_MAIL_DOMAIN
      x@hotmail.de                              | FREE_MAIL_DOMAIN
      outlook.com                               | FREE_MAIL_DOMAIN
      ivan@mail.ru                              | FREE_MAIL_DOMAIN
      12345@qq.com                              | FREE_MAIL_DOMAIN
      wang@163.com                              | FREE_MAIL_DOMAIN
      max@web.de                                | FREE_MAIL_DOMAIN
      max@gmx.net                               | FREE_MAIL_DOMAIN
      example.com                               | PLACEHOLDER_DOMAIN
      http://www.example.org/                   | PLACEHOLDER_DOMAIN
      test@example.net                          | PLACEHOLDER_DOMAIN
      test.com                                  | PLACEHOLDER_DOMAIN
      N/A                                       | PLACEHOLDER_DOMAIN
      none                                      | PLACEHOLDER_DOMAIN
      localhost                                 | PLACEHOLDER_DOMAIN
      http://localhost:8080/app                 | PLACEHOLDER_DOMAIN
      acme.test                                 | PLACEHOLDER_DOMAIN
      www.domain.com                            | PLACEHOLDER_DOMAIN
      https://www.facebook.com/acme             | SOCIAL_PROFILE_DOMAIN
      www.linkedin.com/company/acme             | SOCIAL_PROFILE_DOMAIN
      wordpress.com/acme                        | SOCIAL_PROFILE_DOMAIN
      acme.files.wordpress.com/2020/logo.png    | SOCIAL_PROFILE_DOMAIN
      static1.squarespace.com/static/x.jpg      | SOCIAL_PROFILE_DOMAIN
      en.wordpress.com                          | SOCIAL_PROFILE_DOMAIN
      jimdofree.com/acme                        | SOCIAL_PROFILE_DOMAIN
      https://twitter.com/acme                  | SOCIAL_PROFILE_DOMAIN
      sites.google.com/view/acme                | SOCIAL_PROFILE_DOMAIN
      acme                                      | UNPARSEABLE_DOMAIN
      Acme Inc                                  | UNPARSEABLE_DOMAIN
      http://192.168.0.1/                       | UNPARSEABLE_DOMAIN
      co.uk                                     | UNPARSEABLE_DOMAIN
      github.io                                 | UNPARSEABLE_DOMAIN
      acme..com                                 | UNPARSEABLE_DOMAIN
      '   '                                     | EMPTY
      """)
  void registrable_rejected(String raw, Reason reason) {
    Normalized outcome = Domains.registrable(raw);

    assertThat(outcome.reason()).isEqualTo(reason);
    assertThat(outcome.raw()).isEqualTo(raw);
  }

  /** A free-mail provider's domain is the website of the provider itself, not of anyone else. */
  @ParameterizedTest(name = "{0} for {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      https://www.naver.com | Naver Corporation     | naver.com
      rogers.com            | Rogers Communications | FREE_MAIL_DOMAIN
      mail.com              | Royal Mail Group      | FREE_MAIL_DOMAIN
      live.com              | Live Nation           | FREE_MAIL_DOMAIN
      naver.com             | Line Naver Corp       | FREE_MAIL_DOMAIN
      www.zoho.com          | Zoho Corporation      | zoho.com
      virginmedia.com       | Virgin Media Ltd      | virginmedia.com
      yahoo.co.jp           | Yahoo Japan Corp      | yahoo.co.jp
      rogers.com            | Acme Plumbing         | FREE_MAIL_DOMAIN
      info@gmail.com        | Google LLC            | FREE_MAIL_DOMAIN
      """)
  void registrable_freeMailProvidersOwnSite_kept(String raw, String name, String expected) {
    Normalized outcome = Domains.registrable(raw, CompanyNames.parse(name, null));
    assertThat(outcome.isOk() ? outcome.value() : outcome.reason().name()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      acme.co.uk        | acme
      acme.com          | acme
      acme.github.io    | acme
      xn--mnchen-3ya.de | xn--mnchen-3ya
      sbi.bank.in       | sbi
      acme.com.au       | acme
      acme.myshopify.com | acme
      """)
  void label_dropsPublicSuffix(String registrable, String expected) {
    assertThat(Domains.label(registrable)).isEqualTo(expected);
  }

  /** The lean suffix look-up answers as Guava's InternetDomainName does, valid host or not. */
  @Property(tries = 20000)
  void topPrivateDomain_anyHost_sameAsGuava(@ForAll("hosts") String host) {
    assertThat(Domains.topPrivateDomain(host)).isEqualTo(guavaTopPrivateDomain(host));
  }

  @Provide
  Arbitrary<String> hosts() {
    // Real suffixes and their pieces (ICANN, private section, wildcards, exceptions) mixed with
    // random and malformed labels, so every branch of both look-ups is taken.
    Arbitrary<String> known = Arbitraries.of(
        "com", "uk", "co", "jp", "in", "bank", "io", "github", "blogspot", "de", "au", "com.au", "co.uk",
        "kawasaki", "city", "ck", "www", "nhs", "bd", "mm", "er", "fk", "kobe", "myshopify", "appspot",
        "xn--p1ai", "xn--mnchen-3ya", "us", "k12", "ca", "gov", "ac", "or", "ne", "id", "web", "br", "cn");
    Arbitrary<String> random = Arbitraries.strings().withChars("abz09-_.").ofMinLength(0).ofMaxLength(8);
    Arbitrary<String> odd = Arbitraries.of("", "-a", "a-", "_x", "1", "123", "a b", "a!b", "x".repeat(64), "x".repeat(63));
    Arbitrary<String> label = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, known), net.jqwik.api.Tuple.of(3, random), net.jqwik.api.Tuple.of(1, odd));
    return label.list().ofMinSize(1).ofMaxSize(6)
        .map(parts -> String.join(".", parts))
        .flatMap(h -> Arbitraries.of(h, h + ".", h.repeat(40), (h + ".").repeat(30))); // and too long
  }

  private static String guavaTopPrivateDomain(String host) {
    try {
      InternetDomainName name = InternetDomainName.from(host);
      return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
