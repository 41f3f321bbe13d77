package cn.wanhuo.hub.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.marketplace.catalog.CategoryAttributes.Problem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryAttributesTest {

  static Map<String, Object> maofeng() {
    return new HashMap<>(Map.of("variety", "黄山毛峰", "grade", "SUPER", "harvest", "PRE_QINGMING", "harvestYear", 2026,
        "originCounty", "341004", "netWeightGrams", 250));
  }

  @Test
  void acceptsACompleteTea() {
    assertThat(CategoryAttributes.check(Category.TEA, maofeng())).isEmpty();
  }

  @Test
  void asksForEveryRequiredAttribute() {
    var attributes = maofeng();
    attributes.remove("grade");
    attributes.remove("originCounty");
    assertThat(CategoryAttributes.check(Category.TEA, attributes))
        .containsExactly(new Problem("attributes.grade", new CodedProblem("required", Map.of("category", "TEA"), "is required for TEA")));
  }

  @Test
  void refusesValuesOutsideTheChoicesAndRanges() {
    var attributes = maofeng();
    attributes.put("grade", "特级");
    attributes.put("netWeightGrams", 0);
    attributes.put("harvestYear", 2026.5);
    assertThat(CategoryAttributes.check(Category.TEA, attributes)).extracting(Problem::field)
        .containsExactlyInAnyOrder("attributes.grade", "attributes.netWeightGrams", "attributes.harvestYear");
  }

  @Test
  void refusesAttributesTheCategoryDoesNotHave() {
    var attributes = maofeng();
    attributes.put("momme", 19);
    assertThat(CategoryAttributes.check(Category.TEA, attributes))
        .containsExactly(new Problem("attributes.momme", new CodedProblem("unknown-attribute", Map.of("category", "TEA"), "is not an attribute of TEA")));
  }

  @Test
  void checksLiquorStrengthAndAroma() {
    Map<String, Object> gujing = Map.of("abv", 52, "volumeMl", 500, "aromaType", "STRONG");
    assertThat(CategoryAttributes.check(Category.LIQUOR, gujing)).isEmpty();
    assertThat(CategoryAttributes.check(Category.LIQUOR, Map.of("abv", 80, "volumeMl", 500, "aromaType", "STRONG")))
        .extracting(Problem::message).containsExactly("must be between 0.5 and 75");
  }

  @Test
  void mapsEverySeedCategory() {
    for (String seed : new String[] {"tea", "silk", "home_textiles", "cultural", "crafts", "agricultural", "food", "liquor", "herbal", "tourism"}) {
      assertThat(Category.ofSeed(seed)).isNotNull();
    }
    assertThat(Category.ofSeed("cultural")).isEqualTo(Category.CULTURAL_GOODS);
  }
}
