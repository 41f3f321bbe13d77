package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.RowProblem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row problem said in the report's language. English is the stored message; Chinese is written from the code and
 * args, and a code without a Chinese text here (or an old import without codes) keeps the English message.
 * The web app has its own copy of these texts (frontend/src/features/products/importProblems.ts).
 */
final class ImportProblemTexts {

  private static final Map<String, String> ZH = Map.ofEntries(
      Map.entry("required", "必填"),
      Map.entry("too-long", "不能超过 {max} 个字符"),
      Map.entry("size", "长度须在 {min} 到 {max} 之间"),
      Map.entry("one-of", "须为以下之一：{allowed}"),
      Map.entry("number", "须为数字"),
      Map.entry("whole-number", "须为整数"),
      Map.entry("between", "须在 {min} 到 {max} 之间"),
      Map.entry("min", "不能小于 {value}"),
      Map.entry("max", "不能大于 {value}"),
      Map.entry("positive", "须大于 0"),
      Map.entry("not-negative", "不能小于 0"),
      Map.entry("pattern", "格式不正确"),
      Map.entry("unknown-attribute", "不是该品类的属性"),
      Map.entry("price", "须为以元为单位的价格，例如 128.00"),
      Map.entry("price-decimals", "小数不能超过两位（精确到分）"),
      Map.entry("gtin-check-digit", "条码校验位错误"),
      Map.entry("sku-repeated", "与本商品的另一规格编码重复"),
      Map.entry("under-review", "所属商品正在审核中，审核结束后再导入"));

  /** Patterns of the template's columns, said the way the producer writes the cell. */
  private static final Map<String, String> ZH_PATTERNS = Map.of(
      "sku_code", "须为 1–40 位字母、数字、下划线（_）、点（.）或连字符（-）",
      "barcode", "须为 8、12、13 或 14 位数字");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private ImportProblemTexts() {}

  static String say(RowProblem problem, ReportLanguage language) {
    if (language == ReportLanguage.EN) {
      return problem.message();
    }
    String template = problem.code().equals("pattern")
        ? ZH_PATTERNS.getOrDefault(problem.column(), ZH.get("pattern"))
        : ZH.get(problem.code());
    if (template == null) {
      return problem.message();
    }
    Matcher placeholder = PLACEHOLDER.matcher(template);
    var text = new StringBuilder();
    while (placeholder.find()) {
      Object arg = problem.args().get(placeholder.group(1));
      if (arg == null) {
        return problem.message();
      }
      placeholder.appendReplacement(text, Matcher.quoteReplacement(arg instanceof List<?> list
          ? String.join("、", list.stream().map(String::valueOf).toList()) : String.valueOf(arg)));
    }
    return placeholder.appendTail(text).toString();
  }
}
