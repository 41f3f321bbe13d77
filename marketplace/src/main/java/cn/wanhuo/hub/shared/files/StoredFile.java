package cn.wanhuo.hub.shared.files;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;

/** A file read back from storage, ready to stream. */
public record StoredFile(String id, String filename, MediaType mediaType, long length, Flux<DataBuffer> content) {

  /** The answer for a private document (a licence, a certificate scan): shown inline, never stored by caches. */
  public ResponseEntity<Flux<DataBuffer>> privateInline() {
    return ResponseEntity.ok()
        .contentType(mediaType)
        .contentLength(length)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
        .body(content);
  }
}
