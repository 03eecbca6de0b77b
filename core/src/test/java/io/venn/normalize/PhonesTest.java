package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonesTest {

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      (650) 253-0000              | US | +16502530000
      650.253.0000 x123           | US | +16502530000
      +1 650-253-0000             | -  | +16502530000
      +1 (650) 253-0000 ext. 12   | -  | +16502530000
      tel:+1-650-253-0000         | -  | +16502530000
      020 7946 0958               | GB | +442079460958
      +44 (0)20 7946 0958         | -  | +442079460958
      030 1234567                 | DE | +49301234567
      +49 (0)89 1234567           | DE | +49891234567
      0049 89 1234567             | DE | +49891234567
      01 42 68 53 00              | FR | +33142685300
      +33 1 42 68 53 00           | US | +33142685300
      (021) 2358 8000             | ID | +622123588000
      03-3213-1111                | JP | +81332131111
      (02) 9374 4000              | AU | +61293744000
      +91 22 2278 5000            | -  | +912222785000
      8 (495) 719-30-01           | RU | +74957193001
      """)
  void e164_validNumbers(String raw, String region, String expected) {
    assertThat(Phones.e164(raw, region)).isEqualTo(Normalized.ok(expected));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      650 253 0000      | -
      12345             | US
      555-1234          | US
      n/a               | US
      +1 000 000 0000   | -
      """)
  void e164_unparseableOrInvalid(String raw, String region) {
    assertThat(Phones.e164(raw, region).reason()).isEqualTo(Reason.UNPARSEABLE_PHONE);
  }
}
