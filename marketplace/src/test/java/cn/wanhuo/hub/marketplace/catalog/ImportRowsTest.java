package cn.wanhuo.hub.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.RowProblem;
import cn.wanhuo.hub.marketplace.catalog.ImportTable.Line;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of problem an import row can have comes with its code and args beside the English message. */
class ImportRowsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  static Map<String, String> goodTea() {
    var cells = new LinkedHashMap<String, String>();
    cells.putAll(Map.of("sku_code", "QM-1", "spec", "250g", "price_yuan", "128.00", "stock", "10", "barcode", "6901234567892",
        "weight_grams", "400", "name_zh", "祁门红茶", "name_en", "", "description_zh", "<p>祁门香</p>", "description_en", ""));
    cells.putAll(Map.of("variety", "祁门红茶", "grade", "SUPER", "harvest", "SPRING", "harvestYear", "2026", "originCounty", "341024",
        "netWeightGrams", "250"));
    return cells;
  }

  static List<RowProblem> problemsOf(String column, String cell) {
    var cells = goodTea();
    cells.put(column, cell);
    return ImportRows.check(new Line(2, cells), Category.TEA, validator).problems();
  }

  static List<Arguments> badCells() {
    return List.of(
        Arguments.of("price_yuan", "abc", "price", Map.of()),
        Arguments.of("price_yuan", "12.345", "price-decimals", Map.of()),
        Arguments.of("stock", "1.5", "whole-number", Map.of()),
        Arguments.of("harvestYear", "soon", "number", Map.of()),
        Arguments.of("harvestYear", "2026.5", "whole-number", Map.of()),
        Arguments.of("grade", "BEST", "one-of", Map.of("allowed", List.of("SUPER", "FIRST", "SECOND", "THIRD"))),
        Arguments.of("variety", "", "required", Map.of("category", "TEA")),
        Arguments.of("variety", "茶".repeat(41), "too-long", Map.of("max", 40)),
        Arguments.of("netWeightGrams", "0", "between", Map.of("min", "1", "max", "50000")),
        Arguments.of("name_zh", " ", "required", Map.of()),
        Arguments.of("name_zh", "名".repeat(61), "too-long", Map.of("max", 60)),
        Arguments.of("price_yuan", "0", "positive", Map.of()),
        Arguments.of("price_yuan", "1000000.01", "max", Map.of("value", "1000000.00")),
        Arguments.of("stock", "-1", "not-negative", Map.of()),
        Arguments.of("stock", "10000001", "max", Map.of("value", 10_000_000L)),
        Arguments.of("sku_code", "bad code!", "pattern", Map.of("regexp", "[A-Za-z0-9_.-]{1,40}")),
        Arguments.of("barcode", "6901234567891", "gtin-check-digit", Map.of()));
  }

  @Test
  void aGoodRowHasNoProblems() {
    var checked = ImportRows.check(new Line(2, goodTea()), Category.TEA, validator);
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.content()).isNotNull();
  }

  @ParameterizedTest(name = "{0}={1} → {2}")
  @MethodSource("badCells")
  void codesEachKindOfProblem(String column, String cell, String code, Map<String, Object> args) {
    assertThat(problemsOf(column, cell)).singleElement().satisfies(problem -> {
      assertThat(problem.row()).isEqualTo(2);
      assertThat(problem.column()).isEqualTo(column);
      assertThat(problem.code()).isEqualTo(code);
      assertThat(problem.args()).isEqualTo(args);
      assertThat(problem.message()).isNotBlank();
    });
  }

  @Test
  void keepsTheEnglishMessages() {
    assertThat(problemsOf("grade", "BEST")).extracting(RowProblem::message).containsExactly("must be one of [SUPER, FIRST, SECOND, THIRD]");
    assertThat(problemsOf("price_yuan", "12.345")).extracting(RowProblem::message).containsExactly("has more than two decimals (fen)");
    assertThat(problemsOf("name_zh", "")).extracting(RowProblem::message).containsExactly("must not be blank");
    assertThat(problemsOf("price_yuan", "1000000.01")).extracting(RowProblem::message).containsExactly("must be at most 1000000.00 yuan");
  }

  /** A constraint without a code of its own. */
  record Contact(@Email String email) {}

  @Test
  void anUnmappedConstraintIsInvalidWithItsEnglishMessage() {
    var violation = validator.validate(new Contact("not an address")).iterator().next();
    assertThat(ConstraintCodes.of(violation)).isEqualTo(new CodedProblem("invalid", Map.of(), violation.getMessage()));
  }

  @Test
  void aStoredProblemWithoutCodeReadsAsInvalid() {
    var old = new RowProblem(4, "grade", null, null, "must be one of [SUPER]");
    assertThat(old.code()).isEqualTo("invalid");
    assertThat(old.args()).isEmpty();
  }
}
