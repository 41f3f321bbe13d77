package cn.wanhuo.hub.shared.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the components of two records of the same type that differ: the "what changed" of an edit. */
public final class FieldChanges {

  private FieldChanges() {}

  public static <R extends Record> List<String> between(R before, R after) {
    var changed = new ArrayList<String>();
    for (RecordComponent component : before.getClass().getRecordComponents()) {
      if (!Objects.equals(value(component, before), value(component, after))) {
        changed.add(component.getName());
      }
    }
    return changed;
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component.getName(), e);
    }
  }
}
