package cn.wanhuo.hub.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

  @ParameterizedTest
  @ValueSource(strings = {"6901234567892", "4006381333931", "96385074", "036000291452", "10614141000415"})
  void acceptsBarcodesWithTheirCheckDigit(String code) {
    assertThat(Gtin.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"6901234567893", "4006381333932", "96385075", "123", "690123456789A", "690123456789012345"})
  void rejectsWrongCheckDigitsAndShapes(String code) {
    assertThat(Gtin.isValid(code)).isFalse();
  }
}
