package cn.wanhuo.hub.app.sales;

import static cn.wanhuo.hub.app.sales.SalesFixtures.campaignWithApprovedTea;
import static cn.wanhuo.hub.app.sales.SalesFixtures.later;
import static cn.wanhuo.hub.app.sales.SalesFixtures.line;
import static cn.wanhuo.hub.app.sales.SalesFixtures.orderId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.sales.SalesFixtures.Sold;
import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.promotions.sales.SaleLineState;
import cn.wanhuo.hub.promotions.sales.SalesLedger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** Ledger lines exported as CSV and XLSX read back to what was recorded, headed in the language asked for. */
@HubTest
class SalesExportTest {

  @Autowired WebTestClient web;
  @Autowired SalesLedger ledger;

  private Sold twoLines() {
    var sold = campaignWithApprovedTea(web);
    var refunded = line(sold, orderId(), "1", 1, "buyer-b");
    ledger.recordAll(List.of(line(sold, "A-" + sold.sku(), "1", 2, "buyer-a"), refunded))
        .then(ledger.record(later(refunded, SaleLineState.REFUNDED, 60))).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    return sold;
  }

  @Test
  void exportsTheCampaignsLinesAsCsvWithChineseHeadersByDefault() throws IOException {
    var sold = twoLines();
    byte[] body = download(sold.organizer(), "/api/sales/export?campaignId=" + sold.campaignId(), null);
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF下单时间,渠道,订单号");
    var records = csv(text.substring(1));
    assertThat(records).hasSize(2);
    var counted = records.stream().filter(r -> r.get("状态").equals("COUNTED")).findFirst().orElseThrow();
    assertThat(counted.get("订单号")).isEqualTo("A-" + sold.sku());
    assertThat(counted.get("数量")).isEqualTo("2");
    assertThat(counted.get("金额（元）")).isEqualTo("198.00");
    assertThat(counted.get("活动")).isEqualTo(sold.campaignId());
    assertThat(counted.get("地市")).isEqualTo("341000");
    assertThat(records).extracting(r -> r.get("状态")).containsExactlyInAnyOrder("COUNTED", "REFUNDED");
  }

  @Test
  void headsTheExportInEnglishForLangOrAcceptLanguage() throws IOException {
    var sold = twoLines();
    String byParam = new String(download(sold.organizer(), "/api/sales/export?lang=en&campaignId=" + sold.campaignId(), null),
        StandardCharsets.UTF_8);
    String byHeader = new String(download(sold.organizer(), "/api/sales/export?campaignId=" + sold.campaignId(), "en-US,en;q=0.9"),
        StandardCharsets.UTF_8);
    assertThat(byParam).startsWith("\uFEFFOrdered at,Channel,Order,Line,State");
    assertThat(byHeader).isEqualTo(byParam);
    assertThat(csv(byParam.substring(1))).extracting(r -> r.get("Product name")).containsOnly("Keemun black tea, special grade");
  }

  @Test
  void exportsXlsxThatReadsBackToTheLedger() throws IOException {
    var sold = twoLines();
    byte[] body = download(sold.owner(), "/api/sales/export?format=XLSX&lang=en&producerId=" + sold.producerId(), null);
    List<List<String>> rows = new ArrayList<>();
    try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      for (Row row : workbook.getFirstSheet().read()) {
        var cells = new ArrayList<String>();
        for (int c = 0; c < row.getCellCount(); c++) {
          cells.add(row.getCellText(c));
        }
        rows.add(cells);
      }
    }
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("Ordered at", "Channel", "Order");
    var counted = rows.stream().filter(r -> r.get(4).equals("COUNTED")).findFirst().orElseThrow();
    assertThat(counted.get(2)).isEqualTo("A-" + sold.sku());
    assertThat(Double.parseDouble(counted.get(10))).isEqualTo(198.0);
    assertThat(Double.parseDouble(counted.get(9))).isEqualTo(2.0);
  }

  @Test
  void exportsToAProducerOnlyItsOwnLines() throws IOException {
    var sold = twoLines();
    var stranger = Fixtures.producerAccount(web);
    String mine = new String(download(stranger, "/api/sales/export?campaignId=" + sold.campaignId(), null), StandardCharsets.UTF_8);
    assertThat(csv(mine.substring(1))).isEmpty();
    stranger.get("/api/sales/export?producerId=" + sold.producerId()).expectStatus().isNotFound();
    sold.owner().get("/api/sales/export?format=PDF").expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
    sold.owner().get("/api/sales/export?lang=fr").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("lang");
  }

  /** Downloads as a browser does: any content type, the session cookie, and the browser's languages when given. */
  private byte[] download(Browserless who, String uri, @Nullable String acceptLanguage) {
    var request = web.get().uri(uri).header(HttpHeaders.COOKIE, "SESSION=" + who.cookie("SESSION"));
    if (acceptLanguage != null) {
      request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return request.exchange().expectStatus().isOk().expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, d -> assertThat(d).startsWith("attachment"))
        .expectBody(byte[].class).returnResult().getResponseBody();
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
      return parser.getRecords();
    }
  }
}
