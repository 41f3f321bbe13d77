package cn.wanhuo.hub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

  @Test
  void spellsChineseNamesInToneLessPinyin() {
    assertThat(Pinyin.syllables("黄山毛峰")).containsExactly("huang", "shan", "mao", "feng");
    assertThat(Pinyin.full("六安瓜片")).isEqualTo("luanguapian");
    assertThat(Pinyin.full("歙县")).isEqualTo("shexian");
    assertThat(Pinyin.initials("黄山毛峰")).isEqualTo("hsmf");
  }

  @Test
  void keepsLatinWordsAndDigits() {
    assertThat(Pinyin.syllables("徽墨 Hui ink 2026")).containsExactly("hui", "mo", "hui", "ink", "2026");
  }

  @Test
  void offersEveryRunOfSyllablesAndOfInitials() {
    assertThat(Pinyin.syllableRuns("黄山毛峰")).contains("maofeng", "huangshan", "shanmao", "huangshanmaofeng", "feng")
        .doesNotContain("huangmao");
    assertThat(Pinyin.initialRuns("黄山毛峰")).contains("hsmf", "mf", "hs").doesNotContain("h", "hm");
  }

  @Test
  void tellsChineseFromLatinText() {
    assertThat(Pinyin.hasChinese("祁门 Keemun")).isTrue();
    assertThat(Pinyin.hasChinese("maofeng")).isFalse();
  }
}
