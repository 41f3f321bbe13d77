package cn.wanhuo.hub.marketplace.catalog;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One uploaded product file and how far its import got: rows checked, rows written, and every row problem
 * (row, column, message) for the downloadable report.
 *
 * @param allOrNothing when true, a file with any bad row writes nothing; otherwise the valid rows are written
 */
@Document("productImports")
public record ImportJob(
    @Id String id,
    String ownerUsername,
    String producerId,
    Category category,
    String filename,
    boolean allOrNothing,
    State state,
    int totalRows,
    int checkedRows,
    int created,
    int updated,
    List<RowProblem> problems,
    @Nullable String failure,
    Instant startedAt,
    @Nullable Instant finishedAt) {

  /** Where the import stands. */
  public enum State { CHECKING, WRITING, DONE, REJECTED, FAILED }

  /** One cell (or row, when column is empty) that failed. */
  public record RowProblem(int row, String column, String message) {}

  public ImportJob {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
