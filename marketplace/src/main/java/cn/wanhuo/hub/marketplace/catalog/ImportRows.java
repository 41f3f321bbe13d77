package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.RowProblem;
import cn.wanhuo.hub.marketplace.catalog.ImportTable.Line;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns one import line into product content, or into the problems that stop it, named by column. */
final class ImportRows {

  /** A line's content when it is valid; otherwise its problems. */
  record Checked(Line line, @Nullable ProductContent content, List<RowProblem> problems) {}

  private ImportRows() {}

  static Checked check(Line line, Category category, Validator validator) {
    var problems = new ArrayList<RowProblem>();
    Map<String, String> cells = line.cells();
    long priceFen = money(cells.get("price_yuan"), line.number(), problems);
    Integer stock = whole(cells.get("stock"), "stock", line.number(), problems);
    Integer weight = blank(cells.get("weight_grams")) ? null : whole(cells.get("weight_grams"), "weight_grams", line.number(), problems);
    var attributes = new HashMap<String, Object>();
    for (AttributeSpec spec : category.attributes()) {
      String cell = cells.get(spec.name());
      if (!blank(cell)) {
        attributes.put(spec.name(), spec instanceof AttributeSpec.Number ? number(cell, spec.name(), line.number(), problems) : cell);
      }
    }
    if (!problems.isEmpty()) {
      // Still name every attribute problem of the row, so one round of fixes suffices.
      var reported = problems.stream().map(RowProblem::column).collect(java.util.stream.Collectors.toSet());
      CategoryAttributes.check(category, attributes).stream()
          .map(p -> new RowProblem(line.number(), ImportColumns.columnOf(p.field()), p.message()))
          .filter(p -> !reported.contains(p.column()))
          .forEach(problems::add);
      return new Checked(line, null, problems);
    }
    var sku = new Sku(text(cells.get("sku_code")), text(cells.get("spec")), priceFen, stock == null ? 0 : stock,
        blank(cells.get("barcode")) ? null : cells.get("barcode"), weight);
    var content = new ProductContent(category, text(cells.get("name_zh")), optional(cells.get("name_en")), text(cells.get("description_zh")),
        optional(cells.get("description_en")), attributes, List.of(sku), null);
    validator.validate(content).forEach(v -> problems.add(new RowProblem(line.number(), ImportColumns.columnOf(v.getPropertyPath().toString()), v.getMessage())));
    ProductRules.problemsWith(content).forEach(p -> problems.add(new RowProblem(line.number(), ImportColumns.columnOf(p.field()), p.message())));
    return new Checked(line, problems.isEmpty() ? content : null, problems);
  }

  private static long money(String cell, int row, List<RowProblem> problems) {
    try {
      BigDecimal yuan = new BigDecimal(text(cell));
      if (yuan.scale() > 2) {
        problems.add(new RowProblem(row, "price_yuan", "has more than two decimals (fen)"));
        return 0;
      }
      return yuan.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(new RowProblem(row, "price_yuan", "must be a price in yuan such as 128.00"));
      return 0;
    }
  }

  private static @Nullable Integer whole(String cell, String column, int row, List<RowProblem> problems) {
    try {
      return new BigDecimal(text(cell)).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(new RowProblem(row, column, "must be a whole number"));
      return null;
    }
  }

  private static @Nullable Object number(String cell, String column, int row, List<RowProblem> problems) {
    try {
      var value = new BigDecimal(cell.trim());
      return value.stripTrailingZeros().scale() <= 0 ? (Object) value.intValueExact() : value.doubleValue();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(new RowProblem(row, column, "must be a number"));
      return null;
    }
  }

  private static boolean blank(@Nullable String cell) {
    return cell == null || cell.isBlank();
  }

  private static String text(@Nullable String cell) {
    return cell == null ? "" : cell.trim();
  }

  private static @Nullable String optional(@Nullable String cell) {
    return blank(cell) ? null : cell.trim();
  }
}
