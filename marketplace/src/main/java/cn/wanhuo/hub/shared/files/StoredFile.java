package cn.wanhuo.hub.shared.files;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

/** A file read back from storage, ready to stream. */
public record StoredFile(String id, String filename, MediaType mediaType, long length, Flux<DataBuffer> content) {}
