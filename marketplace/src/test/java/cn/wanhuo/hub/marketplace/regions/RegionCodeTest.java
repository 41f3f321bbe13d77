package cn.wanhuo.hub.marketplace.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @Test
  void tellsProvincePrefectureAndCountyApart() {
    assertThat(RegionCode.of("340000").isProvince()).isTrue();
    assertThat(RegionCode.of("341000").isPrefecture()).isTrue();
    assertThat(RegionCode.of("341024").isCounty()).isTrue();
  }

  @Test
  void findsTheCountysPrefecture() {
    assertThat(RegionCode.of("341024").prefecture()).isEqualTo(RegionCode.of("341000"));
    assertThat(RegionCode.of("341000").prefecture()).isEqualTo(RegionCode.of("341000"));
  }

  @Test
  void placesACountyWithinItsPrefectureAndProvinceOnly() {
    var qimen = RegionCode.of("341024");
    assertThat(qimen.within(RegionCode.of("341000"))).isTrue();
    assertThat(qimen.within(RegionCode.of("340000"))).isTrue();
    assertThat(qimen.within(RegionCode.of("341500"))).isFalse();
    assertThat(qimen.within(RegionCode.of("341023"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "34100", "3410000", "34100a", "041000"})
  void rejectsMalformedCodes(String code) {
    assertThatThrownBy(() -> RegionCode.of(code)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("six digits");
  }
}
