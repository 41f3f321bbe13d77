package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.Provenance.Batch;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public page behind a batch's trace code: what the batch is, where, when and by whom it was made, and which
 * of the product's certificates are valid today (expired ones are listed as expired, never as valid).
 */
public record TracePage(
    String traceCode,
    String productId,
    String productNameZh,
    @Nullable String productNameEn,
    Batch batch,
    Provenance.@Nullable GeographicalIndication geographicalIndication,
    List<CertificateStatus> certificates) {

  /** A certificate and whether it holds today. */
  public record CertificateStatus(Provenance.CertificateType type, String number, String issuer, boolean validToday) {}
}
