package cn.wanhuo.hub.promotions.campaigns.web;

import cn.wanhuo.hub.promotions.campaigns.CampaignCalendar;
import cn.wanhuo.hub.promotions.campaigns.CampaignPage;
import cn.wanhuo.hub.promotions.campaigns.CampaignPlan;
import cn.wanhuo.hub.promotions.campaigns.CampaignPlanning;
import cn.wanhuo.hub.promotions.campaigns.CampaignStatus;
import cn.wanhuo.hub.promotions.campaigns.CampaignType;
import cn.wanhuo.hub.promotions.campaigns.CampaignView;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.promotions.campaigns.OpenCampaigns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Organizers plan special sales and move them through their life; producers browse open ones")
class CampaignsController {

  /** Why an organizer cancels; kept in the audit trail. */
  record Cancellation(@NotBlank @Size(max = 500) String reason) {}

  private final CampaignPlanning planning;
  private final CampaignCalendar calendar;
  private final OpenCampaigns open;

  CampaignsController(CampaignPlanning planning, CampaignCalendar calendar, OpenCampaigns open) {
    this.planning = planning;
    this.calendar = calendar;
    this.open = open;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Creates a campaign as a draft (ORGANIZER or ADMIN); times are Asia/Shanghai yyyy-MM-ddTHH:mm")
  Mono<CampaignView> create(@Valid @RequestBody CampaignPlan plan) {
    return planning.create(plan);
  }

  @GetMapping
  @Operation(summary = "Campaigns, newest start first, filtered by status, type and channel")
  Mono<CampaignPage> list(@RequestParam(required = false) @Nullable CampaignStatus status,
      @RequestParam(required = false) @Nullable CampaignType type, @RequestParam(required = false) @Nullable Channel channel,
      @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return planning.list(status, type, channel, page, size);
  }

  @GetMapping("/calendar")
  @Operation(summary = "Campaigns overlapping a date range (at most 62 days), the tea harvest windows in it and conflicts")
  Mono<CampaignCalendar.Month> calendar(@RequestParam LocalDate from, @RequestParam LocalDate to,
      @RequestParam(required = false) @Nullable Channel channel) {
    return calendar.range(from, to, channel);
  }

  @GetMapping("/open")
  @Operation(summary = "Campaigns open for enrolment with the producer's eligible products and SKUs (the producer's owner only)")
  Mono<List<OpenCampaigns.OpenCampaign>> open(@RequestParam @NotBlank String producerId) {
    return open.forProducer(producerId);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One campaign; drafts only for organizers")
  Mono<CampaignView> one(@PathVariable String id) {
    return planning.get(id);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Changes a draft; send the version you loaded (409 if someone changed it meanwhile)")
  Mono<CampaignView> update(@PathVariable String id, @RequestParam long version, @Valid @RequestBody CampaignPlan plan) {
    return planning.update(id, version, plan);
  }

  @PostMapping("/{id}/open")
  @Operation(summary = "Opens a draft for enrolment")
  Mono<CampaignView> openForEnrolment(@PathVariable String id) {
    return planning.open(id);
  }

  @PostMapping("/{id}/close")
  @Operation(summary = "Closes enrolment")
  Mono<CampaignView> close(@PathVariable String id) {
    return planning.close(id);
  }

  @PostMapping("/{id}/reopen")
  @Operation(summary = "Opens enrolment again")
  Mono<CampaignView> reopen(@PathVariable String id) {
    return planning.reopen(id);
  }

  @PostMapping("/{id}/schedule")
  @Operation(summary = "Fixes the line-up; needs every enrolment decided and one approved. The scheduler starts it at its time")
  Mono<CampaignView> schedule(@PathVariable String id) {
    return planning.schedule(id);
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Cancels the campaign with a reason; a live one ends at once and its prices revert")
  Mono<CampaignView> cancel(@PathVariable String id, @Valid @RequestBody Cancellation cancellation) {
    return planning.cancel(id, cancellation.reason());
  }

  @PutMapping(path = "/{id}/banner", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Sets the banner (JPEG, PNG or WebP, at most 5 MB); public at /api/pavilion/images/{bannerFileId}")
  Mono<CampaignView> banner(@PathVariable String id, @RequestPart("file") Mono<FilePart> file) {
    return file.flatMap(upload -> planning.banner(id, upload));
  }
}
