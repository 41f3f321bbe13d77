package cn.wanhuo.hub.shared.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * mongo-java-server's in-memory backend with one change to how it plans a query. The library uses a unique index only
 * when the query names exactly the index's keys, so "this {@code _id} at this version" scans the whole collection,
 * where MongoDB looks the {@code _id} up and checks the version on the one document it finds. The hub's idempotent
 * writes are all of that kind (an order's mark cleared at the version read, ledger lines at their revision), and on
 * the embedded server each cost a scan: imports grew quadratic. Here a query that pins every key of a unique index
 * (equal to a value or {@code $in} a list) is answered from that index's documents, matched against the whole query.
 *
 * <p>The library also ignores every index that is not unique, so "what this campaign's SKUs sold" summed the whole
 * ledger for each batch of orders. Here those indexes are kept ({@link SecondaryIndex}), and a query or an
 * aggregation's leading {@code $match} that pins an index's leading keys reads only the documents the most selective
 * such index names. A query with a limit that sorts by the key after the pinned ones walks that index in order and
 * stops when it has enough, as MongoDB does, instead of matching and sorting every document the prefix names.
 */
final class NarrowingMemoryBackend extends MemoryBackend {

  @Override
  public MemoryDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName, getCursorRegistry());
  }

  private static final class Database extends MemoryDatabase {

    Database(String databaseName, CursorRegistry cursorRegistry) {
      super(databaseName, cursorRegistry);
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
      return new Collection(this, collectionName, options, cursorRegistry);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
        boolean sparse) {
      return new SecondaryIndex(indexName, keys, sparse);
    }

    /** An aggregation whose first stage is a {@code $match} starts from what that match's best index names. */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
        Oplog oplog) {
      if (!command.equalsIgnoreCase("aggregate") || !(query.get(command) instanceof String collectionName)
          || !(resolveCollection(collectionName, false) instanceof Collection collection)) {
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
      }
      List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
      if (pipeline.isEmpty() || pipeline.getFirst().size() != 1 || !(pipeline.getFirst().get("$match") instanceof Document match)) {
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
      }
      collection.scanOnly.set(match);
      try {
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
      } finally {
        collection.scanOnly.remove();
      }
    }
  }

  private static final class Collection extends MemoryCollection {

    /** The match an aggregation on this thread is about to apply to a scan of this collection, taken by that scan. */
    private final ThreadLocal<Document> scanOnly = new ThreadLocal<>();

    Collection(MongoDatabase database, String collectionName, CollectionOptions options, CursorRegistry cursorRegistry) {
      super(database, collectionName, options, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
        Document fieldSelector) {
      List<Index<Integer>> indexes = getIndexes();
      synchronized (indexes) {
        for (Index<Integer> index : indexes) {
          Document pinned = index.isUnique() ? pinnedKeys(index, query) : null;
          if (pinned != null && index.canHandle(pinned)) {
            return matchDocuments(query, index.getPositions(pinned), orderBy, numberToSkip, limit, batchSize,
                fieldSelector);
          }
        }
      }
      Iterable<Integer> inOrder = limit > 0 ? inOrder(query, orderBy) : null;
      if (inOrder != null) {
        // Already in the asked order: no sort, and the walk stops once enough documents matched.
        Stream<Document> documents = StreamSupport.stream(inOrder.spliterator(), false).map(this::getDocument);
        return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, null, fieldSelector);
      }
      SecondaryIndex narrowest = narrowest(query, orderBy);
      if (narrowest != null) {
        return matchDocuments(query, narrowest.getPositions(query), orderBy, numberToSkip, limit, batchSize, fieldSelector);
      }
      return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The scan an aggregation starts from: only the documents its leading {@code $match} can match when an index
     * narrows them (the match stage then runs on those as it would on all), else every document. Taken once, so a
     * later stage reading this collection again ({@code $lookup}) sees all of it.
     */
    @Override
    public Stream<Document> queryAllAsStream() {
      Document match = scanOnly.get();
      scanOnly.remove();
      if (match != null && narrowest(match, null) != null) {
        return handleQueryAsStream(match);
      }
      return super.queryAllAsStream();
    }

    /** The documents a secondary index can give in the order asked for, or null when none can. */
    private @Nullable Iterable<Integer> inOrder(Document query, @Nullable Document orderBy) {
      List<Index<Integer>> indexes = getIndexes();
      synchronized (indexes) {
        for (Index<Integer> index : indexes) {
          Iterable<Integer> positions = index instanceof SecondaryIndex secondary ? secondary.inOrder(query, orderBy) : null;
          if (positions != null) {
            return positions;
          }
        }
      }
      return null;
    }

    /** The secondary index naming the fewest documents for the query, or null when none pins a leading key. */
    private @Nullable SecondaryIndex narrowest(Document query, @Nullable Document orderBy) {
      if (orderBy != null && orderBy.containsKey("$natural")) {
        return null;
      }
      SecondaryIndex best = null;
      long fewest = Long.MAX_VALUE;
      List<Index<Integer>> indexes = getIndexes();
      synchronized (indexes) {
        for (Index<Integer> index : indexes) {
          long candidates = index instanceof SecondaryIndex secondary ? secondary.candidates(query) : -1;
          if (candidates >= 0 && candidates < fewest) {
            best = (SecondaryIndex) index;
            fewest = candidates;
          }
        }
      }
      return best;
    }

    /** The part of a query that names the index's keys and more, or null when it does not name them all. */
    private static @Nullable Document pinnedKeys(Index<Integer> index, Document query) {
      List<String> keys = index.getKeys().stream().map(key -> key.getKey()).toList();
      if (keys.size() >= query.size() || !query.keySet().containsAll(keys)) {
        return null;
      }
      var pinned = new Document();
      keys.forEach(key -> pinned.put(key, query.get(key)));
      return pinned;
    }
  }
}
