package cn.wanhuo.hub.marketplace.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One uploaded product file and how far its import got: rows checked, rows written, and every row problem
 * (row, column, message) for the downloadable report.
 *
 * @param allOrNothing when true, a file with any bad row writes nothing; otherwise the valid rows are written
 * @param writtenRows rows written so far (created, updated or refused while writing), for progress while writing
 * @param updatedAt when the import last made progress; an unfinished import that stops making progress was cut off
 *     by a restart and is marked failed by {@link AbandonedImports}
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
    int writtenRows,
    int created,
    int updated,
    List<RowProblem> problems,
    @Nullable String failure,
    Instant startedAt,
    Instant updatedAt,
    @Nullable Instant finishedAt) {

  /** Where the import stands. */
  public enum State {
    CHECKING, WRITING, DONE, REJECTED, FAILED;

    public boolean finished() {
      return this == DONE || this == REJECTED || this == FAILED;
    }
  }

  /**
   * One cell (or row, when column is empty) that failed: a {@link CodedProblem} code and args for the user's language,
   * and the English message. Imports stored before codes existed read back as code {@code invalid} without args.
   */
  public record RowProblem(int row, String column, String code, Map<String, Object> args, String message) {

    public RowProblem {
      code = code == null ? CodedProblem.INVALID : code;
      args = args == null ? Map.of() : Map.copyOf(args);
    }

    static RowProblem of(int row, String column, CodedProblem problem) {
      return new RowProblem(row, column, problem.code(), problem.args(), problem.message());
    }
  }

  /** An import without its problem list, for listing a producer's recent imports. */
  public record Summary(String id, String producerId, Category category, String filename, boolean allOrNothing, State state,
      int totalRows, int checkedRows, int writtenRows, int created, int updated, int problemCount, @Nullable String failure,
      Instant startedAt, @Nullable Instant finishedAt) {}

  public ImportJob {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public Summary summary() {
    return new Summary(id, producerId, category, filename, allOrNothing, state, totalRows, checkedRows, writtenRows, created, updated,
        problems.size(), failure, startedAt, finishedAt);
  }

  /** This import after progress: the state, counts and problems given, stamped now and finished when the state is final. */
  ImportJob progressed(State next, int checked, int written, int createdRows, int updatedRows, List<RowProblem> allProblems,
      @Nullable String why, Instant now) {
    return new ImportJob(id, ownerUsername, producerId, category, filename, allOrNothing, next, totalRows, checked, written,
        createdRows, updatedRows, allProblems, why, startedAt, now, next.finished() ? now : null);
  }
}
