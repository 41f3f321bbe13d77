package cn.wanhuo.hub.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

  record Tea(String name, int grams, List<String> grades) {}

  @Test
  void namesExactlyTheComponentsThatDiffer() {
    var before = new Tea("黄山毛峰", 250, List.of("特级"));
    var after = new Tea("黄山毛峰", 500, List.of("特级", "一级"));
    assertThat(FieldChanges.between(before, after)).containsExactly("grams", "grades");
  }

  @Test
  void findsNothingBetweenEqualRecords() {
    assertThat(FieldChanges.between(new Tea("六安瓜片", 250, List.of()), new Tea("六安瓜片", 250, List.of()))).isEmpty();
  }
}
