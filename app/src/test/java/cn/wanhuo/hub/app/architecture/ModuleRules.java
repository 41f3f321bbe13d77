package cn.wanhuo.hub.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;

/**
 * The hub's structure as rules over a base package, so the same rules check the real code and the
 * deliberately broken fixtures that prove they can fail.
 *
 * <p>Modules depend one way: connectors → promotions → marketplace. Inside a module each feature is the
 * package {@code base.module.feature}; its sub-packages ({@code web}, {@code internal}, …) are its own business,
 * so another feature may use only the feature's top-level package.
 */
final class ModuleRules {

  static final List<String> MODULES_IN_ORDER = List.of("marketplace", "promotions", "connectors");

  private ModuleRules() {}

  /** A module may not use a module that depends on it, nor the application assembly. */
  static ArchRule modulesDependOneWay(String base) {
    return ArchRuleDefinition.classes().that().resideInAPackage(base + "..").should(new ArchCondition<>("depend only downwards between modules") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        int own = moduleRank(base, item.getPackageName());
        if (own < 0) {
          return;
        }
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          int rank = moduleRank(base, target);
          boolean upward = rank > own || target.equals(base + ".app") || target.startsWith(base + ".app.");
          if (upward) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    });
  }

  /** No class may reach into a sub-package of another feature. */
  static ArchRule featuresKeepTheirInternals(String base) {
    return ArchRuleDefinition.classes().that().resideInAPackage(base + "..").should(new ArchCondition<>("use other features only through their top-level package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String ownFeature = feature(base, item.getPackageName());
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          String targetFeature = feature(base, target);
          if (targetFeature != null && !targetFeature.equals(ownFeature) && !target.equals(targetFeature)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    });
  }

  /** The shared kernel may not depend on any feature. */
  static ArchRule sharedKernelStandsAlone(String base) {
    return noClasses().that().resideInAPackage(base + ".shared..")
        .should().dependOnClassesThat(DescribedPredicate.describe("belong to a feature or the assembly",
            (JavaClass c) -> feature(base, c.getPackageName()) != null || c.getPackageName().startsWith(base + ".app")));
  }

  private static int moduleRank(String base, String packageName) {
    for (int i = 0; i < MODULES_IN_ORDER.size(); i++) {
      String module = base + "." + MODULES_IN_ORDER.get(i);
      if (packageName.equals(module) || packageName.startsWith(module + ".")) {
        return i;
      }
    }
    return -1;
  }

  /** {@code base.module.feature} for a package inside a feature, else null. */
  private static String feature(String base, String packageName) {
    if (moduleRank(base, packageName) < 0) {
      return null;
    }
    String[] parts = packageName.substring(base.length() + 1).split("\\.");
    return parts.length < 2 ? null : base + "." + parts[0] + "." + parts[1];
  }
}
