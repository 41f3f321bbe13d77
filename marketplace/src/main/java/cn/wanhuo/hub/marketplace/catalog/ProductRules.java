package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** What bean validation cannot say about product content: the category's attributes, barcodes, repeated SKU codes. */
final class ProductRules {

  /** One field that breaks a rule, named by its API path, with the coded reason (for the import report). */
  record Broken(String field, CodedProblem problem) {}

  private ProductRules() {}

  static List<FieldProblem> problemsWith(ProductContent content) {
    return broken(content).stream().map(b -> new FieldProblem(b.field(), b.problem().message())).toList();
  }

  static List<Broken> broken(ProductContent content) {
    var problems = new ArrayList<Broken>();
    CategoryAttributes.check(content.category(), content.attributes())
        .forEach(p -> problems.add(new Broken(p.field(), p.problem())));
    var codes = new HashSet<String>();
    for (int i = 0; i < content.skus().size(); i++) {
      Sku sku = content.skus().get(i);
      if (sku.barcode() != null && !Gtin.isValid(sku.barcode())) {
        problems.add(new Broken("skus[" + i + "].barcode", CodedProblem.gtinCheckDigit()));
      }
      if (!codes.add(sku.code())) {
        problems.add(new Broken("skus[" + i + "].code", CodedProblem.skuRepeated()));
      }
    }
    var provenance = content.provenance();
    for (int i = 0; i < provenance.certificates().size(); i++) {
      var certificate = provenance.certificates().get(i);
      if (certificate.validTo() != null && certificate.validTo().isBefore(certificate.validFrom())) {
        problems.add(new Broken("provenance.certificates[" + i + "].validTo", CodedProblem.invalid("must not be before validFrom")));
      }
    }
    var traceCodes = new HashSet<String>();
    for (int i = 0; i < provenance.batches().size(); i++) {
      if (!traceCodes.add(provenance.batches().get(i).traceCode())) {
        problems.add(new Broken("provenance.batches[" + i + "].traceCode", CodedProblem.invalid("repeats another batch of this product")));
      }
    }
    return problems;
  }
}
