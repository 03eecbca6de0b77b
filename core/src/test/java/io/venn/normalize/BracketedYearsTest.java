package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BracketedYearsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The Kowloon Motor Bus Company (1933) Limited | The Kowloon Motor Bus Company Limited
      九龍巴士（一九三三）有限公司                    | 九龍巴士有限公司
      Acme (2004)                                  | Acme
      Acme (123) Ltd                               | Acme (123) Ltd
      Acme (ABCD) Ltd                              | Acme (ABCD) Ltd
      Acme 1933 Ltd                                | Acme 1933 Ltd
      (1933)                                       | (1933)
      Acme(1933)Ltd                                | Acme Ltd
      Sime Darby(1910)Berhad                       | Sime Darby Berhad
      Acme （１９３３） Ltd                           | Acme Ltd
      Acme (0800) Ltd                              | Acme (0800) Ltd
      """)
  void without_bracketedYears(String name, String expected) {
    assertThat(BracketedYears.without(name)).isEqualTo(expected);
  }
}
