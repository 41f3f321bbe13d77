package cn.wanhuo.hub.marketplace.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a product's attributes against its category: every required one present, each value acceptable, no strangers. */
public final class CategoryAttributes {

  /** One attribute that fails, named as the API field {@code attributes.<name>}. */
  public record Problem(String field, CodedProblem problem) {

    public String message() {
      return problem.message();
    }
  }

  private CategoryAttributes() {}

  public static List<Problem> check(Category category, Map<String, Object> attributes) {
    var problems = new ArrayList<Problem>();
    Set<String> known = category.attributes().stream().map(AttributeSpec::name).collect(Collectors.toSet());
    attributes.keySet().stream().filter(name -> !known.contains(name)).sorted()
        .forEach(name -> problems.add(new Problem("attributes." + name, CodedProblem.unknownAttribute(category))));
    for (AttributeSpec spec : category.attributes()) {
      Object value = attributes.get(spec.name());
      if (value == null) {
        if (spec.required()) {
          problems.add(new Problem("attributes." + spec.name(), CodedProblem.requiredFor(category)));
        }
        continue;
      }
      spec.problemWith(value).ifPresent(problem -> problems.add(new Problem("attributes." + spec.name(), problem)));
    }
    return problems;
  }
}
