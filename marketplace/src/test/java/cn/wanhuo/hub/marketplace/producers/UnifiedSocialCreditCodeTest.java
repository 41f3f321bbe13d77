package cn.wanhuo.hub.marketplace.producers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "9144030071526726XG", "91110000802100433B", "91340000704920454F"})
  void acceptsCodesWithTheirGb32100CheckCharacter(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y44", "9144030071526726XF", "91340000704920454", "913400007049204540F",
      "91340000704920454f", "9134000070492O454F", "", "ABCDEFGHJKLMNPQRTU"})
  void rejectsWrongCheckCharactersLengthsAndLetters(String code) {
    assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> new UnifiedSocialCreditCode(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y4:3", "91340000704920454:F", "9144030071526726X:G"})
  void computesTheCheckCharacterOfTheFirstSeventeen(String example) {
    String[] parts = example.split(":");
    assertThat(UnifiedSocialCreditCode.checkCharacter(parts[0])).isEqualTo(parts[1].charAt(0));
  }
}
