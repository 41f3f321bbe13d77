package cn.wanhuo.hub.marketplace.pavilion.web;

import cn.wanhuo.hub.marketplace.pavilion.ProductIndex;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexMaintenance;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexMaintenance.RebuildStatus;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexMaintenance.ReconcileReport;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexer;
import cn.wanhuo.hub.marketplace.pavilion.SynonymGroup;
import cn.wanhuo.hub.marketplace.pavilion.Synonyms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/admin")
@Tag(name = "Search administration", description = "The pavilion index (status, zero-downtime rebuild, reconcile) and the synonym table")
class SearchAdminController {

  /** The words of a synonym group. */
  record SynonymTerms(@NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 40) String> terms) {}

  /** Where the index stands. */
  record IndexStatus(String alias, long backlog, RebuildStatus rebuild) {}

  private final ProductIndex index;
  private final ProductIndexer indexer;
  private final ProductIndexMaintenance maintenance;
  private final Synonyms synonyms;

  SearchAdminController(ProductIndex index, ProductIndexer indexer, ProductIndexMaintenance maintenance, Synonyms synonyms) {
    this.index = index;
    this.indexer = indexer;
    this.maintenance = maintenance;
    this.synonyms = synonyms;
  }

  @GetMapping("/search/status")
  @Operation(summary = "The alias, how many products wait for indexing, and the last or running rebuild")
  Mono<IndexStatus> status() {
    return indexer.backlog().map(backlog -> new IndexStatus(index.alias(), backlog, maintenance.rebuildStatus()));
  }

  @PostMapping("/search/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Rebuilds the index from MongoDB into a new index and swaps the alias; searches continue meanwhile")
  RebuildStatus rebuild() {
    return maintenance.startRebuild();
  }

  @PostMapping("/search/reconcile")
  @Operation(summary = "Finds and repairs missing, stale and extra documents now")
  Mono<ReconcileReport> reconcile() {
    return maintenance.reconcileNow();
  }

  @GetMapping("/synonyms")
  @Operation(summary = "The synonym groups expanded at query time")
  Flux<SynonymGroup> synonyms() {
    return synonyms.all();
  }

  @PostMapping("/synonyms")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<SynonymGroup> create(@Valid @RequestBody SynonymTerms body) {
    return synonyms.create(body.terms());
  }

  @PutMapping("/synonyms/{id}")
  Mono<SynonymGroup> update(@PathVariable String id, @RequestParam long version, @Valid @RequestBody SynonymTerms body) {
    return synonyms.update(id, version, body.terms());
  }

  @DeleteMapping("/synonyms/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> delete(@PathVariable String id) {
    return synonyms.delete(id);
  }
}
