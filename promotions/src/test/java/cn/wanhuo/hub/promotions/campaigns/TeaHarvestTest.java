package cn.wanhuo.hub.promotions.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Qingming and Guyu against the almanac, and the windows the calendar shades. */
class TeaHarvestTest {

  @ParameterizedTest(name = "{0}: Qingming {1}, Guyu {2}")
  @CsvSource({"2008, 2008-04-04, 2008-04-20", "2019, 2019-04-05, 2019-04-20", "2020, 2020-04-04, 2020-04-19",
      "2024, 2024-04-04, 2024-04-19", "2025, 2025-04-04, 2025-04-20", "2026, 2026-04-05, 2026-04-20", "2027, 2027-04-05, 2027-04-20"})
  void matchesTheAlmanac(int year, LocalDate qingming, LocalDate guyu) {
    assertThat(TeaHarvest.qingming(year)).isEqualTo(qingming);
    assertThat(TeaHarvest.guyu(year)).isEqualTo(guyu);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2027", "2028"})
  void windowsMeetAtQingmingAndEndTheDayBeforeGuyu(int year) {
    var windows = TeaHarvest.windows(year);
    assertThat(windows).extracting(TeaHarvest.Window::kind).containsExactly(TeaHarvest.Kind.PRE_QINGMING, TeaHarvest.Kind.PRE_GUYU);
    assertThat(windows.get(0).to().plusDays(1)).isEqualTo(windows.get(1).from()).isEqualTo(TeaHarvest.qingming(year));
    assertThat(windows.get(1).to().plusDays(1)).isEqualTo(TeaHarvest.guyu(year));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1999", "2100"})
  void refusesYearsTheFormulaDoesNotCover(int year) {
    assertThatThrownBy(() -> TeaHarvest.qingming(year)).isInstanceOf(IllegalArgumentException.class);
  }
}
