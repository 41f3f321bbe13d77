package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.catalog.ImportJob.RowProblem;
import cn.wanhuo.hub.marketplace.catalog.ImportJob.State;
import cn.wanhuo.hub.marketplace.catalog.ImportRows.Checked;
import cn.wanhuo.hub.marketplace.catalog.ImportTable.Line;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerOnboarding;
import cn.wanhuo.hub.shared.files.UnacceptableFile;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bulk product import from CSV or XLSX: every row is checked first (progress is saved as it goes), then, unless the
 * producer asked for all-or-nothing and a row is bad, the valid rows are written, updating by SKU code.
 */
@Service
public class ProductImport {

  static final int MAX_BYTES = 10 * 1024 * 1024;
  static final int MAX_ROWS = 10_000;
  private static final int PROGRESS_EVERY = 250;
  private static final int RECENT = 20;
  private static final Logger log = LoggerFactory.getLogger(ProductImport.class);

  private final ImportJobs jobs;
  private final Products products;
  private final ProducerOnboarding producers;
  private final CurrentAccount currentAccount;
  private final Validator validator;
  private final Clock clock = Clock.systemUTC();

  ProductImport(ImportJobs jobs, Products products, ProducerOnboarding producers, CurrentAccount currentAccount, Validator validator) {
    this.jobs = jobs;
    this.products = products;
    this.producers = producers;
    this.currentAccount = currentAccount;
    this.validator = validator;
  }

  /** Reads the file, records the job and carries on in the background; poll {@link #job(String)} for progress. */
  public Mono<ImportJob> start(String producerId, Category category, boolean allOrNothing, FilePart file) {
    return producers.mine(producerId)
        .filter(Producer::isVerified)
        .switchIfEmpty(Mono.error(() -> new ProducerNotVerified(producerId)))
        .flatMap(producer -> lines(file).flatMap(lines -> {
          var now = clock.instant();
          var job = new ImportJob(new ObjectId().toHexString(), producer.ownerUsername(), producerId, category, file.filename(),
              allOrNothing, State.CHECKING, lines.size(), 0, 0, 0, 0, List.of(), null, now, now, null);
          return jobs.save(job).doOnNext(saved -> run(saved, producer, lines).subscribe());
        }));
  }

  /** The caller's latest imports, newest first, without their problem lists. */
  public Flux<ImportJob.Summary> recent() {
    return currentAccount.get().flatMapMany(owner -> jobs.findByOwnerUsernameOrderByStartedAtDesc(owner.username(), PageRequest.of(0, RECENT)))
        .map(ImportJob::summary);
  }

  public Mono<ImportJob> job(String id) {
    return currentAccount.get()
        .flatMap(owner -> jobs.findById(id).filter(job -> job.ownerUsername().equals(owner.username())))
        .switchIfEmpty(Mono.error(() -> new ProductNotFound("import " + id)));
  }

  private Mono<List<Line>> lines(FilePart file) {
    String name = file.filename().toLowerCase();
    if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
      return Mono.error(new UnacceptableFile("Upload a .csv or .xlsx file made from the template."));
    }
    return DataBufferUtils.join(file.content(), MAX_BYTES)
        .onErrorMap(DataBufferLimitException.class, e -> new UnacceptableFile("An import file may be at most 10 MB."))
        .switchIfEmpty(Mono.error(() -> new UnacceptableFile("The file is empty.")))
        .map(buffer -> {
          byte[] bytes = new byte[buffer.readableByteCount()];
          buffer.read(bytes);
          DataBufferUtils.release(buffer);
          return bytes;
        })
        .publishOn(Schedulers.boundedElastic())
        .map(bytes -> {
          try {
            return ImportTable.read(name, bytes);
          } catch (RuntimeException e) {
            throw new UnacceptableFile("The file could not be read as " + (name.endsWith(".xlsx") ? "XLSX" : "UTF-8 CSV") + ".");
          }
        })
        .flatMap(lines -> lines.size() > MAX_ROWS
            ? Mono.error(new UnacceptableFile("An import file may hold at most " + MAX_ROWS + " rows; split it."))
            : lines.isEmpty() ? Mono.error(new UnacceptableFile("The file has no data rows.")) : Mono.just(lines));
  }

  private Mono<ImportJob> run(ImportJob job, Producer producer, List<Line> lines) {
    return check(job, lines)
        .flatMap(checked -> write(job, producer, checked))
        .onErrorResume(e -> {
          log.error("Import {} failed", job.id(), e);
          return jobs.findById(job.id()).flatMap(latest -> save(latest, State.FAILED, latest.checkedRows(), latest.writtenRows(),
              latest.created(), latest.updated(), latest.problems(),
              "The import stopped unexpectedly after " + latest.writtenRows() + " written rows. Upload the file again: "
                  + "rows already written are updated by SKU code, not duplicated."));
        });
  }

  private Mono<List<Checked>> check(ImportJob job, List<Line> lines) {
    return Flux.fromIterable(lines)
        .publishOn(Schedulers.boundedElastic())
        .map(line -> ImportRows.check(line, job.category(), validator))
        .buffer(PROGRESS_EVERY)
        .concatMap(batch -> jobs.findById(job.id())
            .flatMap(latest -> save(latest, State.CHECKING, latest.checkedRows() + batch.size(), 0, 0, 0,
                concat(latest.problems(), batch.stream().flatMap(c -> c.problems().stream()).toList()), null))
            .thenReturn(batch))
        .collectList()
        .map(batches -> batches.stream().flatMap(List::stream).toList());
  }

  private Mono<ImportJob> write(ImportJob job, Producer producer, List<Checked> checked) {
    boolean anyBad = checked.stream().anyMatch(c -> c.content() == null);
    return jobs.findById(job.id()).flatMap(latest -> {
      if (anyBad && job.allOrNothing()) {
        return save(latest, State.REJECTED, latest.checkedRows(), 0, 0, 0, latest.problems(), null);
      }
      var valid = checked.stream().filter(c -> c.content() != null).toList();
      var written = new Written();
      return save(latest, State.WRITING, latest.checkedRows(), 0, 0, 0, latest.problems(), null)
          .then(products.findByProducerId(producer.id()).collectList())
          .flatMap(existing -> {
            Map<String, Product> bySku = new HashMap<>();
            existing.forEach(p -> p.content().skus().forEach(s -> bySku.put(s.code(), p)));
            return Flux.fromIterable(valid)
                .concatMap(row -> upsert(row, producer, bySku, written).thenReturn(row))
                .buffer(PROGRESS_EVERY)
                .concatMap(batch -> saveWritten(job.id(), State.WRITING, written))
                .then(Mono.defer(() -> saveWritten(job.id(), State.DONE, written)));
          });
    });
  }

  private Mono<ImportJob> saveWritten(String id, State state, Written written) {
    return jobs.findById(id).flatMap(latest -> save(latest, state, latest.checkedRows(), written.rows, written.created,
        written.updated, concat(latest.problems(), written.drainProblems()), null));
  }

  private Mono<Product> upsert(Checked row, Producer producer, Map<String, Product> bySku, Written written) {
    var content = row.content().sanitised();
    String code = content.skus().get(0).code();
    Product existing = bySku.get(code);
    written.rows++;
    Product next;
    if (existing == null) {
      next = Product.draft(producer.id(), producer.ownerUsername(), producer.region(), content, clock.instant());
    } else if (existing.status() == ProductStatus.SUBMITTED) {
      written.problems.add(RowProblem.of(row.line().number(), "sku_code", CodedProblem.underReview()));
      return Mono.empty();
    } else {
      next = existing.edited(content, producer.ownerUsername(), clock.instant());
    }
    return products.save(next).doOnNext(saved -> {
      bySku.put(code, saved);
      if (existing == null) {
        written.created++;
      } else {
        written.updated++;
      }
    });
  }

  /** Counts of the write phase; touched only from the one sequential (concatMap) pipeline of an import. */
  private static final class Written {
    int rows;
    int created;
    int updated;
    List<RowProblem> problems = new ArrayList<>();

    List<RowProblem> drainProblems() {
      var drained = problems;
      problems = new ArrayList<>();
      return drained;
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    var all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private Mono<ImportJob> save(ImportJob job, State state, int checked, int written, int created, int updated,
      List<RowProblem> problems, @Nullable String failure) {
    return jobs.save(job.progressed(state, checked, written, created, updated, problems, failure, clock.instant()));
  }

}
