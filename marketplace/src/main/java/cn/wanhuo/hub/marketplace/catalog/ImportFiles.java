package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.RowProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;

/** The downloadable files around an import: a template per category (CSV or XLSX) and the row problem report. */
public final class ImportFiles {

  private static final String BOM = "\uFEFF";

  private ImportFiles() {}

  /** A CSV template: the header and one example row, with a BOM so spreadsheet programs read it as UTF-8. */
  public static byte[] csvTemplate(Category category) {
    var columns = ImportColumns.of(category);
    return (BOM + String.join(",", columns) + "\n" + example(category).stream().map(ImportFiles::quote).collect(Collectors.joining(",")) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The same template as an XLSX workbook. Writing it is blocking work: call it off the event loop. */
  public static byte[] xlsxTemplate(Category category) {
    var columns = ImportColumns.of(category);
    var example = example(category);
    var out = new ByteArrayOutputStream();
    try {
      var workbook = new Workbook(out, "WanhuoHub", "1.0");
      var sheet = workbook.newWorksheet(category.name());
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c));
        sheet.value(1, c, example.get(c));
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every problem of an import as CSV in the language given: row, column (the template's header), message. */
  public static byte[] report(List<RowProblem> problems, ReportLanguage language) {
    var csv = new StringBuilder(BOM).append(language == ReportLanguage.ZH ? "行号,列,问题\n" : "row,column,message\n");
    problems.forEach(p -> csv.append(p.row()).append(',').append(quote(p.column())).append(',')
        .append(quote(ImportProblemTexts.say(p, language))).append('\n'));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> example(Category category) {
    var values = new java.util.ArrayList<>(List.of("SKU-001", "250g 礼盒", "128.00", "100", "", "400", "示例商品", "Sample product",
        "<p>商品介绍</p>", ""));
    category.attributes().forEach(spec -> values.add(switch (spec) {
      case AttributeSpec.Choice choice -> choice.options().get(0);
      case AttributeSpec.Number number -> number.min().max(java.math.BigDecimal.ONE).toPlainString();
      case AttributeSpec.Text text -> spec.name().equals("originCounty") ? "341024" : "示例";
    }));
    return values;
  }

  private static String quote(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
