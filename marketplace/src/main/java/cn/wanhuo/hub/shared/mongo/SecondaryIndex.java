package cn.wanhuo.hub.shared.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A non-unique index for the embedded server, which otherwise ignores every index that is not unique. It finds the
 * documents whose leading keys hold given values (equal to one, or {@code $in} a list), as a MongoDB B-tree finds a
 * prefix; the caller still matches each document against the whole query, so an index can only make a query cheaper,
 * never change its answer. Documents are kept by {@code _id} with their position, so removing one needs no search.
 */
final class SecondaryIndex extends Index<Integer> {

  /** Lookups one query may make (the product of its {@code $in} lists); more, and fewer keys are used. */
  private static final int MAX_LOOKUPS = 1_024;

  /** For each prefix length (1 … all keys): documents by the values of those keys, as {@code _id} → position. */
  private final List<Map<KeyValue, Map<Object, Integer>>> byPrefix = new ArrayList<>();
  private long documents;

  SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    keys.forEach(key -> byPrefix.add(new HashMap<>()));
  }

  /** How many documents the lookups would give at most, or -1 when the query pins no leading key. */
  synchronized long candidates(Document query) {
    var lookups = lookups(query);
    if (lookups.isEmpty()) {
      return -1;
    }
    var entries = byPrefix.get(lookups.getFirst().size() - 1);
    return lookups.stream().mapToLong(key -> entries.getOrDefault(key, Map.of()).size()).sum();
  }

  @Override
  public synchronized boolean canHandle(Document query) {
    return !lookups(query).isEmpty();
  }

  /** The positions of the documents whose leading keys hold the pinned values, in position (natural) order. */
  @Override
  public synchronized Iterable<Integer> getPositions(Document query) {
    var lookups = lookups(query);
    var entries = byPrefix.get(lookups.getFirst().size() - 1);
    return lookups.stream().flatMap(key -> entries.getOrDefault(key, Map.of()).values().stream())
        .mapToInt(Integer::intValue).sorted().distinct().boxed().toList();
  }

  @Override
  public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
    getKeyValues(document); // refuses parallel arrays, as MongoDB does
  }

  @Override
  public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
    Object id = document.get("_id");
    for (KeyValue values : getKeyValues(document)) {
      for (int length = 1; length <= values.size(); length++) {
        byPrefix.get(length - 1).computeIfAbsent(prefix(values, length), key -> new HashMap<>()).put(id, position);
      }
    }
    documents++;
  }

  @Override
  public synchronized @Nullable Integer remove(Document document) {
    Object id = document.get("_id");
    Integer position = null;
    for (KeyValue values : getKeyValues(document)) {
      for (int length = 1; length <= values.size(); length++) {
        var entries = byPrefix.get(length - 1);
        var key = prefix(values, length);
        var holders = entries.get(key);
        if (holders != null) {
          Integer removed = holders.remove(id);
          position = removed != null ? removed : position;
          if (holders.isEmpty()) {
            entries.remove(key);
          }
        }
      }
    }
    if (position != null) {
      documents--;
    }
    return position;
  }

  @Override
  public synchronized void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
    getKeyValues(newDocument);
  }

  @Override
  public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
      MongoCollection<Integer> collection) {
    if (!getKeyValues(oldDocument).equals(getKeyValues(newDocument))) {
      remove(oldDocument);
      add(newDocument, position, collection);
    }
  }

  /** The _id index knows every document's position; this one is never asked first. */
  @Override
  public @Nullable Integer getPosition(Document document) {
    return null;
  }

  @Override
  public synchronized long getCount() {
    return documents;
  }

  @Override
  public synchronized boolean isEmpty() {
    return documents == 0;
  }

  @Override
  public synchronized long getDataSize() {
    return documents;
  }

  @Override
  public boolean isUnique() {
    return false;
  }

  @Override
  public synchronized void drop() {
    byPrefix.forEach(Map::clear);
    documents = 0;
  }

  /**
   * The keys to look up: every combination of the values the query pins for the longest run of leading keys whose
   * combinations stay within {@link #MAX_LOOKUPS}; empty when it pins not even the first key.
   */
  private List<KeyValue> lookups(Document query) {
    List<List<Object>> combinations = List.of(List.of());
    for (IndexKey key : getKeys()) {
      List<Object> values = pinnedValues(query.get(key.getKey()));
      if (values == null || (long) combinations.size() * values.size() > MAX_LOOKUPS) {
        break;
      }
      var longer = new ArrayList<List<Object>>();
      for (List<Object> combination : combinations) {
        for (Object value : values) {
          var next = new ArrayList<>(combination);
          next.add(value);
          longer.add(next);
        }
      }
      combinations = longer;
    }
    if (combinations.getFirst().isEmpty()) {
      return List.of();
    }
    return combinations.stream().map(KeyValue::new).toList();
  }

  /** The values a condition pins one key to, or null for anything else (ranges, regular expressions, null, arrays). */
  private static @Nullable List<Object> pinnedValues(@Nullable Object condition) {
    if (isPlain(condition)) {
      return List.of(normalized(condition));
    }
    if (condition instanceof Document operator && operator.size() == 1) {
      Object equal = operator.get("$eq");
      if (isPlain(equal)) {
        return List.of(normalized(equal));
      }
      if (operator.get("$in") instanceof Collection<?> values && !values.isEmpty() && values.stream().allMatch(SecondaryIndex::isPlain)) {
        return values.stream().map(SecondaryIndex::normalized).distinct().toList();
      }
    }
    return null;
  }

  private static boolean isPlain(@Nullable Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof ObjectId
        || value instanceof UUID || value instanceof Instant;
  }

  /** A number as the library keys it: a double unless the double would lose the value, and no negative zero. */
  private static Object normalized(Object value) {
    if (value instanceof Number number) {
      if (number instanceof Long whole && (long) (double) whole != whole) {
        return whole;
      }
      double real = number.doubleValue();
      return real == -0.0 ? 0.0 : real;
    }
    return value;
  }

  private static KeyValue prefix(KeyValue values, int length) {
    return length == values.size() ? values : new KeyValue(values.stream().limit(length).toList());
  }
}
