package cn.wanhuo.hub.shared.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A non-unique index for the embedded server, which otherwise ignores every index that is not unique. It finds the
 * documents whose leading keys hold given values (equal to one, or {@code $in} a list), as a MongoDB B-tree finds a
 * prefix; the caller still matches each document against the whole query, so an index can only make a query cheaper,
 * never change its answer. Documents are kept by {@code _id} with their position, so removing one needs no search.
 *
 * <p>Below a prefix shorter than all keys, documents are kept in the order of the next key (then {@code _id}), as in a
 * B-tree: "the first due listing of this status, by due time" walks from the start and stops at the first document
 * that matches, instead of matching and sorting every listing of that status.
 */
final class SecondaryIndex extends Index<Integer> {

  /** Lookups one query may make (the product of its {@code $in} lists); more, and fewer keys are used. */
  private static final int MAX_LOOKUPS = 1_024;

  /** Orders the documents under a prefix by the next key's value as MongoDB sorts values, then by {@code _id}. */
  private static final Comparator<Ranked> RANKED = Comparator.comparing(Ranked::value, ValueComparator.asc())
      .thenComparing(Ranked::id, ValueComparator.asc());

  /**
   * For each prefix length (1 … all keys): documents by the values of those keys, as {@code _id} → position; below a
   * prefix shorter than all keys, as (next key's value, {@code _id}) → position in that order.
   */
  private final List<Map<KeyValue, Map<Object, Integer>>> byPrefix = new ArrayList<>();
  private long documents;
  /** Whether some document had an array under a key: its sort order is no longer the order kept here. */
  private boolean multikey;

  SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    keys.forEach(key -> byPrefix.add(new HashMap<>()));
  }

  /** A document's place under a prefix: the value of the key after the prefix, and its {@code _id}. */
  private record Ranked(@Nullable Object value, Object id) {}

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

  /**
   * The positions of the documents under the single prefix the query pins, in the order {@code orderBy} asks for when
   * it sorts by exactly the key after that prefix; null when this index cannot give that order. Read lazily: the
   * caller must hold the collection's lock (as every query and write of the embedded server does) while it reads.
   */
  synchronized @Nullable Iterable<Integer> inOrder(Document query, @Nullable Document orderBy) {
    if (orderBy == null || orderBy.size() != 1 || multikey || isSparse()) {
      return null;
    }
    var lookups = lookups(query);
    if (lookups.size() != 1 || lookups.getFirst().size() >= getKeys().size()) {
      return null;
    }
    int prefix = lookups.getFirst().size();
    String sortKey = orderBy.keySet().iterator().next();
    if (!getKeys().get(prefix).getKey().equals(sortKey) || !(orderBy.get(sortKey) instanceof Number direction)) {
      return null;
    }
    var entries = byPrefix.get(prefix - 1).get(lookups.getFirst());
    if (entries == null) {
      return List.of();
    }
    var ranked = (NavigableMap<Object, Integer>) entries;
    return direction.intValue() < 0 ? ranked.descendingMap().values() : ranked.values();
  }

  @Override
  public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
    getKeyValues(document); // refuses parallel arrays, as MongoDB does
  }

  @Override
  public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
    Object id = document.get("_id");
    var keyValues = getKeyValues(document);
    multikey |= keyValues.size() != 1 || keyValues.stream().anyMatch(values -> values.stream().anyMatch(Collection.class::isInstance));
    for (KeyValue values : keyValues) {
      for (int length = 1; length <= values.size(); length++) {
        byPrefix.get(length - 1).computeIfAbsent(prefix(values, length), key -> entries(key, values)).put(under(values, length, id), position);
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
          Integer removed = holders.remove(under(values, length, id));
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
    multikey = false;
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

  /** The map of the documents under a prefix: ordered by the next key, unless the prefix is all keys. */
  private static Map<Object, Integer> entries(KeyValue prefix, KeyValue values) {
    return prefix.size() < values.size() ? new TreeMap<>((a, b) -> RANKED.compare((Ranked) a, (Ranked) b)) : new HashMap<>();
  }

  /** How a document is keyed under its prefix of this length. */
  private static Object under(KeyValue values, int length, Object id) {
    return length < values.size() ? new Ranked(values.get(length), id) : id;
  }

  private static KeyValue prefix(KeyValue values, int length) {
    return length == values.size() ? values : new KeyValue(values.stream().limit(length).toList());
  }
}
