package cn.wanhuo.hub.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModuleStructureTest {

  static final JavaClasses HUB = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("cn.wanhuo.hub");
  static final JavaClasses BROKEN = new ClassFileImporter().importPackages("cn.wanhuo.hub.app.architecture.fixture");
  static final String FIXTURE = "cn.wanhuo.hub.app.architecture.fixture";

  @Test
  void importsEveryModule() {
    assertThat(HUB.containPackage("cn.wanhuo.hub.marketplace.regions")).isTrue();
    assertThat(HUB.containPackage("cn.wanhuo.hub.app.security")).isTrue();
  }

  @Test
  void modulesDependOnlyDownwards() {
    ModuleRules.modulesDependOneWay("cn.wanhuo.hub").check(HUB);
  }

  @Test
  void featuresAreUsedOnlyThroughTheirTopLevelPackage() {
    ModuleRules.featuresKeepTheirInternals("cn.wanhuo.hub").check(HUB);
  }

  @Test
  void sharedKernelDependsOnNoFeature() {
    ModuleRules.sharedKernelStandsAlone("cn.wanhuo.hub").check(HUB);
  }

  @Test
  void catchesAMarketplaceClassUsingPromotions() {
    var result = ModuleRules.modulesDependOneWay(FIXTURE).evaluate(BROKEN);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("UsesCampaigns").contains("CampaignRules");
  }

  @Test
  void catchesAReachIntoAnotherFeaturesInternals() {
    var result = ModuleRules.featuresKeepTheirInternals(FIXTURE).evaluate(BROKEN);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("ReachesIntoCatalog").contains("SecretPricing");
  }
}
