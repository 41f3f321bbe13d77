package cn.wanhuo.hub.marketplace.producers.web;

import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerOnboarding;
import cn.wanhuo.hub.marketplace.producers.ProducerProfile;
import cn.wanhuo.hub.shared.files.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/producers")
@Tag(name = "Producers", description = "A producer account registers its producer, uploads the business licence and follows its verification")
class ProducersController {

  private final ProducerOnboarding onboarding;

  ProducersController(ProducerOnboarding onboarding) {
    this.onboarding = onboarding;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registers a producer for the calling PRODUCER account; 409 if the credit code is registered already")
  Mono<Producer> register(@Valid @RequestBody ProducerProfile profile) {
    return onboarding.register(profile);
  }

  @GetMapping("/mine")
  @Operation(summary = "The calling account's producers with their verification status and any rejection reason")
  Flux<Producer> mine() {
    return onboarding.mine();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One of the calling account's producers")
  Mono<Producer> one(@PathVariable String id) {
    return onboarding.mine(id);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Changes the profile; send the version you loaded (409 if someone changed it meanwhile)")
  Mono<Producer> update(@PathVariable String id, @RequestParam long version, @Valid @RequestBody ProducerProfile profile) {
    return onboarding.update(id, version, profile);
  }

  @PutMapping(path = "/{id}/licence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Uploads the business licence scan (PDF, JPEG or PNG, at most 5 MB) and submits the producer for review")
  Mono<Producer> uploadLicence(@PathVariable String id, @RequestPart("file") Mono<FilePart> file) {
    return file.flatMap(scan -> onboarding.uploadLicence(id, scan));
  }

  @PutMapping(path = "/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Sets the producer's logo (JPEG, PNG or WebP, at most 2 MB); public at /api/pavilion/images/{logoFileId}")
  Mono<Producer> uploadLogo(@PathVariable String id, @RequestPart("file") Mono<FilePart> file) {
    return file.flatMap(logo -> onboarding.uploadLogo(id, logo));
  }

  @GetMapping("/{id}/licence")
  @Operation(summary = "The licence scan, for the producer itself and reviewers covering its region")
  Mono<ResponseEntity<Flux<DataBuffer>>> licence(@PathVariable String id) {
    return onboarding.licence(id).map(StoredFile::privateInline);
  }
}
