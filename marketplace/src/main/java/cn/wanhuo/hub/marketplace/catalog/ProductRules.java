package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** What bean validation cannot say about product content: the category's attributes, barcodes, repeated SKU codes. */
final class ProductRules {

  private ProductRules() {}

  static List<FieldProblem> problemsWith(ProductContent content) {
    var problems = new ArrayList<FieldProblem>();
    CategoryAttributes.check(content.category(), content.attributes())
        .forEach(p -> problems.add(new FieldProblem(p.field(), p.message())));
    var codes = new HashSet<String>();
    for (int i = 0; i < content.skus().size(); i++) {
      Sku sku = content.skus().get(i);
      if (sku.barcode() != null && !Gtin.isValid(sku.barcode())) {
        problems.add(new FieldProblem("skus[" + i + "].barcode", "has a wrong GTIN check digit"));
      }
      if (!codes.add(sku.code())) {
        problems.add(new FieldProblem("skus[" + i + "].code", "repeats another SKU of this product"));
      }
    }
    var provenance = content.provenance();
    for (int i = 0; i < provenance.certificates().size(); i++) {
      var certificate = provenance.certificates().get(i);
      if (certificate.validTo() != null && certificate.validTo().isBefore(certificate.validFrom())) {
        problems.add(new FieldProblem("provenance.certificates[" + i + "].validTo", "must not be before validFrom"));
      }
    }
    var traceCodes = new HashSet<String>();
    for (int i = 0; i < provenance.batches().size(); i++) {
      if (!traceCodes.add(provenance.batches().get(i).traceCode())) {
        problems.add(new FieldProblem("provenance.batches[" + i + "].traceCode", "repeats another batch of this product"));
      }
    }
    return problems;
  }
}
