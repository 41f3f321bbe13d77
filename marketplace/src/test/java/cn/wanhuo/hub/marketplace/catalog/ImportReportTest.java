package cn.wanhuo.hub.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.RowProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The downloadable problem report in Chinese or English, and how its language is chosen. */
class ImportReportTest {

  static final List<RowProblem> PROBLEMS = List.of(
      RowProblem.of(4, "grade", CodedProblem.oneOf(List.of("SUPER", "FIRST"))),
      RowProblem.of(5, "price_yuan", CodedProblem.priceDecimals()),
      RowProblem.of(6, "barcode", new CodedProblem("pattern", Map.of("regexp", "\\d{8}"), "8, 12, 13 or 14 digits")),
      RowProblem.of(7, "name_zh", new CodedProblem("too-long", Map.of("max", 60), "size must be between 0 and 60")),
      new RowProblem(8, "spec", null, null, "stored before codes, says \"why\""));

  static String report(ReportLanguage language) {
    return new String(ImportFiles.report(PROBLEMS, language), StandardCharsets.UTF_8);
  }

  @Test
  void writesChineseFromTheCodesAndKeepsTheMessageOfUncodedProblems() {
    assertThat(report(ReportLanguage.ZH)).isEqualTo("""
        \uFEFF行号,列,问题
        4,grade,须为以下之一：SUPER、FIRST
        5,price_yuan,小数不能超过两位（精确到分）
        6,barcode,须为 8、12、13 或 14 位数字
        7,name_zh,不能超过 60 个字符
        8,spec,"stored before codes, says ""why\"\"\"
        """);
  }

  @Test
  void writesEnglishFromTheMessages() {
    assertThat(report(ReportLanguage.EN)).isEqualTo("""
        \uFEFFrow,column,message
        4,grade,"must be one of [SUPER, FIRST]"
        5,price_yuan,has more than two decimals (fen)
        6,barcode,"8, 12, 13 or 14 digits"
        7,name_zh,size must be between 0 and 60
        8,spec,"stored before codes, says ""why\"\"\"
        """);
  }

  @Test
  void choosesTheLanguageByParameterThenHeaderThenChinese() {
    assertThat(ReportLanguage.of("en", "zh-CN")).isEqualTo(ReportLanguage.EN);
    assertThat(ReportLanguage.of("zh", "en")).isEqualTo(ReportLanguage.ZH);
    assertThat(ReportLanguage.of("zh-CN", null)).isEqualTo(ReportLanguage.ZH);
    assertThat(ReportLanguage.of(null, "fr-FR,en-GB;q=0.8,zh;q=0.5")).isEqualTo(ReportLanguage.EN);
    assertThat(ReportLanguage.of(null, "fr")).isEqualTo(ReportLanguage.ZH);
    assertThat(ReportLanguage.of(null, "not a ;; header")).isEqualTo(ReportLanguage.ZH);
    assertThat(ReportLanguage.of(null, null)).isEqualTo(ReportLanguage.ZH);
    assertThatThrownBy(() -> ReportLanguage.of("fr", null)).isInstanceOf(UnknownReportLanguage.class);
  }
}
