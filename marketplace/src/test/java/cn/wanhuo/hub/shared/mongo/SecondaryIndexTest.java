package cn.wanhuo.hub.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index names exactly the documents whose leading keys hold the pinned values, and no others. */
class SecondaryIndexTest {

  private final SecondaryIndex index = new SecondaryIndex("campaign_sku",
      List.of(new IndexKey("attribution.campaign", true), new IndexKey("sku", true)), false);

  @BeforeEach
  void fill() {
    index.add(line("a", "c1", "s1", 3), 0, null);
    index.add(line("b", "c1", "s2", 4L), 1, null);
    index.add(line("c", "c2", "s1", 5), 2, null);
    index.add(line("d", "c1", "s1", 6), 3, null);
  }

  @Test
  void aPinnedLeadingKeyNamesItsDocumentsInPositionOrder() {
    assertThat(index.getPositions(new Document("attribution.campaign", "c1"))).containsExactly(0, 1, 3);
    assertThat(index.getPositions(new Document("attribution.campaign", "c1").append("sku", "s1"))).containsExactly(0, 3);
    assertThat(index.getPositions(new Document("attribution.campaign", new Document("$in", List.of("c2", "c9")))
        .append("sku", new Document("$in", List.of("s1", "s2"))))).containsExactly(2);
    assertThat(index.candidates(new Document("attribution.campaign", "c1").append("sku", "s2"))).isEqualTo(1);
  }

  @Test
  void aQueryThatDoesNotPinTheFirstKeyCannotUseIt() {
    assertThat(index.canHandle(new Document("sku", "s1"))).isFalse();
    assertThat(index.canHandle(new Document("attribution.campaign", new Document("$gt", "c1")))).isFalse();
    assertThat(index.canHandle(new Document("attribution.campaign", null))).isFalse();
    assertThat(index.candidates(new Document("sku", "s1"))).isEqualTo(-1);
  }

  @Test
  void aRangeOnTheSecondKeyUsesTheFirstAlone() {
    assertThat(index.getPositions(new Document("attribution.campaign", "c1").append("sku", new Document("$gte", "s2"))))
        .containsExactly(0, 1, 3);
  }

  @Test
  void removedAndMovedDocumentsLeaveTheirOldKeys() {
    assertThat(index.remove(line("a", "c1", "s1", 3))).isEqualTo(0);
    index.updateInPlace(line("d", "c1", "s1", 6), line("d", "c2", "s1", 6), 3, null);

    assertThat(index.getPositions(new Document("attribution.campaign", "c1"))).containsExactly(1);
    assertThat(index.getPositions(new Document("attribution.campaign", "c2").append("sku", "s1"))).containsExactly(2, 3);
    assertThat(index.getCount()).isEqualTo(3);
  }

  @Test
  void numbersMatchWhateverTheirJavaType() {
    var byQuantity = new SecondaryIndex("quantity", List.of(new IndexKey("quantity", true)), false);
    byQuantity.add(line("a", "c1", "s1", 4L), 0, null);
    byQuantity.add(line("b", "c1", "s1", 4.0), 1, null);
    byQuantity.add(line("c", "c1", "s1", 5), 2, null);

    assertThat(byQuantity.getPositions(new Document("quantity", 4))).containsExactly(0, 1);
  }

  @Test
  void aDocumentWithAnArrayIsFoundByEachOfItsValues() {
    index.add(new Document("_id", "e").append("attribution", new Document("campaign", List.of("c3", "c4"))).append("sku", "s1"), 4, null);

    assertThat(index.getPositions(new Document("attribution.campaign", "c4"))).containsExactly(4);
    assertThat(index.getPositions(new Document("attribution.campaign", new Document("$in", List.of("c3", "c4"))))).containsExactly(4);
  }

  @Test
  void underAPinnedPrefixDocumentsComeInTheOrderOfTheNextKey() {
    var campaignC1 = new Document("attribution.campaign", "c1");

    assertThat(index.inOrder(campaignC1, new Document("sku", 1))).containsExactly(0, 3, 1);
    assertThat(index.inOrder(campaignC1, new Document("sku", -1))).containsExactly(1, 3, 0);
    index.updateInPlace(line("b", "c1", "s2", 4L), line("b", "c1", "s0", 4L), 1, null);
    assertThat(index.inOrder(campaignC1, new Document("sku", 1))).containsExactly(1, 0, 3);
    assertThat(index.inOrder(new Document("attribution.campaign", "c9"), new Document("sku", 1))).isEmpty();
  }

  @Test
  void noOrderIsOfferedThatTheIndexDoesNotKeep() {
    var campaignC1 = new Document("attribution.campaign", "c1");

    assertThat(index.inOrder(campaignC1, new Document("quantity", 1))).isNull();
    assertThat(index.inOrder(campaignC1, new Document("sku", 1).append("quantity", 1))).isNull();
    assertThat(index.inOrder(new Document("sku", "s1"), new Document("sku", 1))).isNull();
    assertThat(index.inOrder(campaignC1.append("sku", "s1"), new Document("sku", 1))).isNull();
    assertThat(index.inOrder(new Document("attribution.campaign", new Document("$in", List.of("c1", "c2"))), new Document("sku", 1)))
        .isNull();
    index.add(new Document("_id", "e").append("attribution", new Document("campaign", "c1")).append("sku", List.of("s0", "s9")), 4, null);
    assertThat(index.inOrder(new Document("attribution.campaign", "c1"), new Document("sku", 1))).isNull();
  }

  private static Document line(String id, String campaign, String sku, Number quantity) {
    return new Document("_id", id).append("attribution", new Document("campaign", campaign)).append("sku", sku)
        .append("quantity", quantity);
  }
}
