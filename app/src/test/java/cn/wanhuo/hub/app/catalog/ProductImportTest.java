package cn.wanhuo.hub.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.marketplace.catalog.ImportJob;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** Bulk import: templates, a row-by-row report, all-or-nothing or valid rows only, updates by SKU code, XLSX. */
@HubTest
class ProductImportTest {

  static final String HEADER = "sku_code,spec,price_yuan,stock,barcode,weight_grams,name_zh,name_en,description_zh,description_en,"
      + "variety,grade,harvest,harvestYear,originCounty,netWeightGrams";

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

  @Autowired WebTestClient web;
  @Autowired ReactiveMongoTemplate mongo;

  @Test
  void offersTemplatesWithTheCategoryAttributes() {
    var owner = Fixtures.producerAccount(web);
    String csv = new String(owner.get("/api/products/imports/template?category=TEA").expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF" + HEADER);
    byte[] xlsx = owner.get("/api/products/imports/template?category=LIQUOR&format=xlsx").expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody();
    assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
  }

  @Test
  void writesNothingFromAFileWithABadRowWhenAskedForAllOrNothing() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var job = importFile(owner, producer, true, "teas.csv", csv(true).getBytes(StandardCharsets.UTF_8));
    assertThat(job.get("state")).isEqualTo("REJECTED");
    assertThat(problems(job)).extracting(p -> p.get("row") + ":" + p.get("column")).contains("4:grade", "4:price_yuan");
    owner.get("/api/products/mine").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
  }

  @Test
  void writesTheValidRowsAndUpdatesThemOnTheNextUpload() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    byte[] file = csv(true).getBytes(StandardCharsets.UTF_8);

    var first = importFile(owner, producer, false, "teas.csv", file);
    assertThat(first).containsEntry("state", "DONE").containsEntry("created", 2).containsEntry("updated", 0);
    assertThat(report(owner, first, "")).contains("行号,列,问题").contains("4,grade,");

    var second = importFile(owner, producer, false, "teas.csv", file);
    assertThat(second).containsEntry("created", 0).containsEntry("updated", 2).containsEntry("writtenRows", 2);
    owner.get("/api/products/mine").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);

    owner.get("/api/products/imports").expectStatus().isOk().expectBody()
        .jsonPath("$[*].id").isEqualTo(List.of(second.get("id"), first.get("id")))
        .jsonPath("$[1].problemCount").isEqualTo(2)
        .jsonPath("$[1].problems").doesNotExist();
    Fixtures.producerAccount(web).get("/api/products/imports").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    Fixtures.producerAccount(web).get("/api/products/imports/" + first.get("id")).expectStatus().isNotFound();
  }

  @Test
  void codesEveryProblemBesideItsEnglishMessage() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var job = importFile(owner, producer, true, "teas.csv", csv(true).getBytes(StandardCharsets.UTF_8));
    assertThat(problems(job)).containsExactlyInAnyOrder(
        Map.of("row", 4, "column", "price_yuan", "code", "price-decimals", "args", Map.of(), "message", "has more than two decimals (fen)"),
        Map.of("row", 4, "column", "grade", "code", "one-of", "args", Map.of("allowed", List.of("SUPER", "FIRST", "SECOND", "THIRD")),
            "message", "must be one of [SUPER, FIRST, SECOND, THIRD]"));
  }

  @Test
  void writesTheReportInTheLanguageAskedForElseChinese() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var job = importFile(owner, producer, true, "teas.csv", csv(true).getBytes(StandardCharsets.UTF_8));
    String english = "\uFEFFrow,column,message\n4,price_yuan,has more than two decimals (fen)\n"
        + "4,grade,\"must be one of [SUPER, FIRST, SECOND, THIRD]\"\n";
    String chinese = "\uFEFF行号,列,问题\n4,price_yuan,小数不能超过两位（精确到分）\n4,grade,须为以下之一：SUPER、FIRST、SECOND、THIRD\n";

    assertThat(report(owner, job, "")).isEqualTo(chinese);
    assertThat(report(owner, job, "?lang=en")).isEqualTo(english);
    assertThat(report(owner, job, "?lang=zh")).isEqualTo(chinese);
    assertThat(new String(owner.getIn("/api/products/imports/" + job.get("id") + "/report", "en-GB,en;q=0.9,zh;q=0.5").expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8)).isEqualTo(english);
    owner.get("/api/products/imports/" + job.get("id") + "/report?lang=fr").expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[0].field").isEqualTo("lang");
  }

  @Test
  void showsAnImportStoredBeforeProblemCodesWithItsEnglishMessages() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var job = importFile(owner, producer, true, "teas.csv", csv(true).getBytes(StandardCharsets.UTF_8));
    var uncoded = new Document("row", 4).append("column", "grade").append("message", "must be one of [SUPER, FIRST, SECOND, THIRD]");
    mongo.updateFirst(Query.query(Criteria.where("_id").is(job.get("id"))), new Update().set("problems", List.of(uncoded)), ImportJob.class)
        .as(StepVerifier::create).expectNextMatches(result -> result.getModifiedCount() == 1).verifyComplete();

    assertThat(problems(owner.get("/api/products/imports/" + job.get("id")).expectStatus().isOk().expectBody(MAP).returnResult()
        .getResponseBody())).containsExactly(
            Map.of("row", 4, "column", "grade", "code", "invalid", "args", Map.of(), "message", "must be one of [SUPER, FIRST, SECOND, THIRD]"));
    assertThat(report(owner, job, "?lang=zh")).isEqualTo("\uFEFF行号,列,问题\n4,grade,\"must be one of [SUPER, FIRST, SECOND, THIRD]\"\n");
  }

  @Test
  void codesARowWhoseProductIsUnderReview() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    byte[] file = csv(false).getBytes(StandardCharsets.UTF_8);
    importFile(owner, producer, false, "teas.csv", file);
    String first = owner.get("/api/products/mine").expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()
        .transform(json -> JsonPath.<List<String>>read(json, "$[?(@.content.skus[0].code =~ /.*-1/)].id").get(0));
    owner.post("/api/products/" + first + "/submit", Map.of()).expectStatus().isOk();

    var again = importFile(owner, producer, false, "teas.csv", file);
    assertThat(problems(again)).extracting(p -> p.get("row") + ":" + p.get("column") + ":" + p.get("code"))
        .containsExactly("2:sku_code:under-review");
  }

  @Test
  void importsAThousandRowXlsxFile() throws IOException {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var job = importFile(owner, producer, true, "teas.xlsx", xlsx(1000));
    assertThat(job).containsEntry("state", "DONE").containsEntry("totalRows", 1000).containsEntry("checkedRows", 1000)
        .containsEntry("created", 1000);
  }

  @Test
  void refusesFilesThatAreNotCsvOrXlsx() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    owner.postFile("/api/products/imports?producerId=" + producer + "&category=TEA", "teas.pdf", "%PDF".getBytes())
        .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("/problems/unacceptable-file");
  }

  private Map<String, Object> importFile(Browserless owner, String producer, boolean allOrNothing, String name, byte[] content) {
    @SuppressWarnings("unchecked")
    Map<String, Object> started = owner.postFile("/api/products/imports?producerId=" + producer + "&category=TEA&allOrNothing=" + allOrNothing,
        name, content).expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
    @SuppressWarnings("unchecked")
    Map<String, Object>[] latest = new Map[1];
    Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      latest[0] = owner.get("/api/products/imports/" + started.get("id")).expectStatus().isOk()
          .expectBody(Map.class).returnResult().getResponseBody();
      return List.of("DONE", "REJECTED", "FAILED").contains(latest[0].get("state"));
    });
    return latest[0];
  }

  private static String report(Browserless owner, Map<String, Object> job, String query) {
    return new String(owner.get("/api/products/imports/" + job.get("id") + "/report" + query).expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> problems(Map<String, Object> job) {
    return (List<Map<String, Object>>) job.get("problems");
  }

  private static String csv(boolean withBadRow) {
    String prefix = "IM-" + Browserless.uniqueName("");
    var csv = new StringBuilder(HEADER).append('\n');
    csv.append(prefix).append("-1,250g 礼盒,128.00,100,6901234567892,400,祁门红茶 特级,Keemun,<p>祁门香</p>,,祁门红茶,SUPER,SPRING,2026,341024,250\n");
    csv.append(prefix).append("-2,\"100g, 罐装\",58.5,30,,,祁门红茶 一级,,<p>一级</p>,,祁门红茶,FIRST,SPRING,2026,,100\n");
    if (withBadRow) {
      csv.append(prefix).append("-3,250g,12.345,10,,,祁门红茶,,<p>x</p>,,祁门红茶,BEST,SPRING,2026,,250\n");
    }
    return csv.toString();
  }

  private static byte[] xlsx(int rows) throws IOException {
    var out = new ByteArrayOutputStream();
    var workbook = new Workbook(out, "test", "1.0");
    var sheet = workbook.newWorksheet("TEA");
    String[] header = HEADER.split(",");
    for (int c = 0; c < header.length; c++) {
      sheet.value(0, c, header[c]);
    }
    String prefix = "X-" + Browserless.uniqueName("");
    for (int r = 1; r <= rows; r++) {
      Object[] row = {prefix + "-" + r, "250g", 99.9, 50, "", 300, "黄山毛峰 " + r, "Maofeng " + r, "<p>毛峰</p>", "",
          "黄山毛峰", "FIRST", "PRE_QINGMING", 2026, "341004", 250};
      for (int c = 0; c < row.length; c++) {
        if (row[c] instanceof Number n) {
          sheet.value(r, c, n);
        } else {
          sheet.value(r, c, (String) row[c]);
        }
      }
    }
    workbook.finish();
    return out.toByteArray();
  }
}
