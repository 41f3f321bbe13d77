package cn.wanhuo.hub.shared.files;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** GridFS storage for uploads; the type is decided from the content, never from the file name. */
@Component
public class StoredFiles {

  private final ReactiveGridFsTemplate gridFs;

  StoredFiles(ReactiveGridFsTemplate gridFs) {
    this.gridFs = gridFs;
  }

  /** Stores the upload if it is one of the allowed kinds and no larger than {@code maxSize}; answers its id. */
  public Mono<String> store(FilePart upload, Set<FileKind> allowed, DataSize maxSize, String purpose) {
    return DataBufferUtils.join(upload.content(), (int) maxSize.toBytes())
        .onErrorMap(DataBufferLimitException.class, e -> new UnacceptableFile("The file is larger than " + maxSize.toMegabytes() + " MB."))
        .switchIfEmpty(Mono.error(() -> new UnacceptableFile("The file is empty.")))
        .flatMap(buffer -> {
          byte[] head = new byte[Math.min(16, buffer.readableByteCount())];
          buffer.toByteBuffer(0, ByteBuffer.wrap(head), 0, head.length);
          var kind = FileKind.sniff(head).filter(allowed::contains);
          if (kind.isEmpty()) {
            DataBufferUtils.release(buffer);
            return Mono.error(new UnacceptableFile("Only " + allowed + " files are accepted here."));
          }
          var metadata = new Document("purpose", purpose).append("_contentType", kind.get().mediaType().toString());
          return gridFs.store(Flux.just(buffer), upload.filename(), kind.get().mediaType().toString(), metadata).map(ObjectId::toHexString);
        });
  }

  /** The file, or empty when no file has this id. */
  public Mono<StoredFile> load(String id) {
    return ObjectId.isValid(id) ? load(Query.query(Criteria.where("_id").is(new ObjectId(id))), id) : Mono.empty();
  }

  /** The file if it was stored for this purpose, so an id of another kind of upload reveals nothing. */
  public Mono<StoredFile> load(String id, String purpose) {
    return ObjectId.isValid(id)
        ? load(Query.query(Criteria.where("_id").is(new ObjectId(id)).and("metadata.purpose").is(purpose)), id)
        : Mono.empty();
  }

  /** Whether a file with this id was stored for this purpose. */
  public Mono<Boolean> exists(String id, String purpose) {
    return ObjectId.isValid(id)
        ? gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id)).and("metadata.purpose").is(purpose))).hasElement()
        : Mono.just(false);
  }

  /** The file if it was stored for one of these purposes. */
  public Mono<StoredFile> load(String id, Collection<String> purposes) {
    return ObjectId.isValid(id)
        ? load(Query.query(Criteria.where("_id").is(new ObjectId(id)).and("metadata.purpose").in(purposes)), id)
        : Mono.empty();
  }

  /** Stores bytes made by the hub itself (demo pictures), checked like an upload. */
  public Mono<String> store(byte[] content, String filename, FileKind kind, String purpose) {
    if (FileKind.sniff(Arrays.copyOf(content, Math.min(16, content.length))).filter(kind::equals).isEmpty()) {
      return Mono.error(new IllegalArgumentException(filename + " is not a " + kind));
    }
    var metadata = new Document("purpose", purpose).append("_contentType", kind.mediaType().toString());
    return gridFs.store(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(content)), filename, kind.mediaType().toString(), metadata)
        .map(ObjectId::toHexString);
  }

  private Mono<StoredFile> load(Query query, String id) {
    return gridFs.findOne(query)
        .flatMap(file -> gridFs.getResource(file).map(resource -> new StoredFile(id, file.getFilename(), mediaType(file), file.getLength(), resource.getDownloadStream())));
  }

  private static MediaType mediaType(GridFSFile file) {
    var metadata = file.getMetadata();
    String type = metadata == null ? null : metadata.getString("_contentType");
    return type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type);
  }
}
