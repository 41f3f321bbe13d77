package cn.wanhuo.hub.shared.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * mongo-java-server's in-memory backend with one change to how it plans a query. The library uses a unique index only
 * when the query names exactly the index's keys, so "this {@code _id} at this version" scans the whole collection,
 * where MongoDB looks the {@code _id} up and checks the version on the one document it finds. The hub's idempotent
 * writes are all of that kind (an order's mark cleared at the version read, ledger lines at their revision), and on
 * the embedded server each cost a scan: imports grew quadratic. Here a query that pins every key of a unique index
 * (equal to a value or {@code $in} a list) is answered from that index's documents, matched against the whole query.
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
  }

  private static final class Collection extends MemoryCollection {

    Collection(MongoDatabase database, String collectionName, CollectionOptions options, CursorRegistry cursorRegistry) {
      super(database, collectionName, options, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
        Document fieldSelector) {
      List<Index<Integer>> indexes = getIndexes();
      synchronized (indexes) {
        for (Index<Integer> index : indexes) {
          Document pinned = pinnedKeys(index, query);
          if (pinned != null && index.canHandle(pinned)) {
            return matchDocuments(query, index.getPositions(pinned), orderBy, numberToSkip, limit, batchSize,
                fieldSelector);
          }
        }
      }
      return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
