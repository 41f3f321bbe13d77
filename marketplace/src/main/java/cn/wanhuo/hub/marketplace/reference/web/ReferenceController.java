package cn.wanhuo.hub.marketplace.reference.web;

import cn.wanhuo.hub.marketplace.reference.Specialties;
import cn.wanhuo.hub.marketplace.reference.Specialty;
import cn.wanhuo.hub.marketplace.reference.TimeHonouredBrand;
import cn.wanhuo.hub.marketplace.reference.TimeHonouredBrands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@RestController
@RequestMapping("/api/reference")
@Tag(name = "Reference data", description = "Sourced Anhui specialties and time-honoured brands, with their confirmation status")
class ReferenceController {

  private final Specialties specialties;
  private final TimeHonouredBrands brands;

  ReferenceController(Specialties specialties, TimeHonouredBrands brands) {
    this.specialties = specialties;
    this.brands = brands;
  }

  @GetMapping("/specialties")
  @Operation(summary = "Anhui specialty products; only rows with certifiedGeographicalIndication may be shown as GI")
  Flux<Specialty> specialties() {
    return specialties.findAll(Sort.by("prefectureCode", "_id"));
  }

  @GetMapping("/time-honoured-brands")
  @Operation(summary = "Anhui 中华老字号 candidates; only titleConfirmed rows may be shown as holding the title")
  Flux<TimeHonouredBrand> timeHonouredBrands() {
    return brands.findAll(Sort.by("cityCode", "_id"));
  }
}
