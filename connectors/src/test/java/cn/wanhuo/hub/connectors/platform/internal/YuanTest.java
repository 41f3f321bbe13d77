package cn.wanhuo.hub.connectors.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YuanTest {

  @ParameterizedTest
  @CsvSource({"9800, 98.00", "1, 0.01", "0, 0.00", "10, 0.10", "123456789, 1234567.89", "9223372036854775807, 92233720368547758.07"})
  void writesFenAsYuanWithExactlyTwoDecimals(long fen, String yuan) {
    assertThat(Yuan.fromFen(fen)).isEqualTo(yuan);
  }

  @ParameterizedTest
  @CsvSource({"98.00, 9800", "98, 9800", "98.5, 9850", "0.01, 1", "' 196.00 ', 19600", "12345678.90, 1234567890"})
  void readsYuanAsFenExactly(String yuan, long fen) {
    assertThat(Yuan.toFen(yuan)).isEqualTo(fen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.999", "0.001", "abc", ""})
  void refusesWhatIsNotAPriceInYuan(String yuan) {
    assertThatThrownBy(() -> Yuan.toFen(yuan)).isInstanceOfAny(ArithmeticException.class, NumberFormatException.class);
  }

  @ParameterizedTest
  @CsvSource({"98.00, 2, 19600", "0.01, 3, 3", "1234567.89, 10, 1234567890"})
  void multipliesAUnitPriceByTheQuantityInFen(String unit, long quantity, long fen) {
    assertThat(Yuan.toFen(unit, quantity)).isEqualTo(fen);
  }
}
