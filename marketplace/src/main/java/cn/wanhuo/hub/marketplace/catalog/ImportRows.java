package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.RowProblem;
import cn.wanhuo.hub.marketplace.catalog.ImportTable.Line;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Turns one import line into product content, or into the coded problems that stop it, named by column. */
final class ImportRows {

  /** A line's content when it is valid; otherwise its problems. */
  record Checked(Line line, @Nullable ProductContent content, List<RowProblem> problems) {}

  private static final String PRICE = "price_yuan";

  private ImportRows() {}

  static Checked check(Line line, Category category, Validator validator) {
    var problems = new ArrayList<RowProblem>();
    Map<String, String> cells = line.cells();
    long priceFen = money(cells.get(PRICE), line.number(), problems);
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
      var reported = problems.stream().map(RowProblem::column).collect(Collectors.toSet());
      CategoryAttributes.check(category, attributes).stream()
          .map(p -> RowProblem.of(line.number(), ImportColumns.columnOf(p.field()), p.problem()))
          .filter(p -> !reported.contains(p.column()))
          .forEach(problems::add);
      return new Checked(line, null, problems);
    }
    var sku = new Sku(text(cells.get("sku_code")), text(cells.get("spec")), priceFen, stock == null ? 0 : stock,
        blank(cells.get("barcode")) ? null : cells.get("barcode"), weight);
    var content = new ProductContent(category, text(cells.get("name_zh")), optional(cells.get("name_en")), text(cells.get("description_zh")),
        optional(cells.get("description_en")), attributes, List.of(sku), null);
    validator.validate(content).forEach(v -> {
      String column = ImportColumns.columnOf(v.getPropertyPath().toString());
      problems.add(RowProblem.of(line.number(), column, inColumnUnits(column, ConstraintCodes.of(v))));
    });
    ProductRules.broken(content).forEach(b -> problems.add(RowProblem.of(line.number(), ImportColumns.columnOf(b.field()), b.problem())));
    return new Checked(line, problems.isEmpty() ? content : null, problems);
  }

  /** The content holds the price in fen, the file in yuan: a bound on the price is said in yuan, as the cell is written. */
  private static CodedProblem inColumnUnits(String column, CodedProblem problem) {
    if (!column.equals(PRICE) || !(problem.args().get("value") instanceof Number fen)) {
      return problem;
    }
    String yuan = BigDecimal.valueOf(fen.longValue(), 2).toPlainString();
    return new CodedProblem(problem.code(), Map.of("value", yuan), problem.code().equals("max") ? "must be at most " + yuan + " yuan" : problem.message());
  }

  private static long money(String cell, int row, List<RowProblem> problems) {
    try {
      BigDecimal yuan = new BigDecimal(text(cell));
      if (yuan.scale() > 2) {
        problems.add(RowProblem.of(row, PRICE, CodedProblem.priceDecimals()));
        return 0;
      }
      return yuan.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(RowProblem.of(row, PRICE, CodedProblem.price()));
      return 0;
    }
  }

  private static @Nullable Integer whole(String cell, String column, int row, List<RowProblem> problems) {
    try {
      return new BigDecimal(text(cell)).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(RowProblem.of(row, column, CodedProblem.wholeNumber()));
      return null;
    }
  }

  private static @Nullable Object number(String cell, String column, int row, List<RowProblem> problems) {
    try {
      var value = new BigDecimal(cell.trim());
      return value.stripTrailingZeros().scale() <= 0 ? (Object) value.intValueExact() : value.doubleValue();
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(RowProblem.of(row, column, CodedProblem.number()));
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
