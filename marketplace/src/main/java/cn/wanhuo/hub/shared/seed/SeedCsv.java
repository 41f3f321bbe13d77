package cn.wanhuo.hub.shared.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Reads an RFC 4180 CSV with a header row from the classpath (the files under {@code seed/}). */
public final class SeedCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private SeedCsv() {}

  /** Maps every data row, reading off the event loop; a malformed file fails loudly since seed data ships with the build. */
  public static <T> Mono<List<T>> read(String classpathLocation, Function<CSVRecord, T> mapper) {
    return Mono.fromCallable(() -> readNow(classpathLocation, mapper)).subscribeOn(Schedulers.boundedElastic());
  }

  private static <T> List<T> readNow(String classpathLocation, Function<CSVRecord, T> mapper) {
    var resource = new ClassPathResource(classpathLocation);
    try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
        var parser = FORMAT.parse(reader)) {
      return parser.stream().map(mapper).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read seed file " + classpathLocation, e);
    }
  }

  /** The cell, or {@code null} when blank. */
  public static String optional(CSVRecord row, String column) {
    String value = row.get(column);
    return value == null || value.isBlank() ? null : value;
  }
}
