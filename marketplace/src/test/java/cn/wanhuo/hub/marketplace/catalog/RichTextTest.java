package cn.wanhuo.hub.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void keepsFormattingListsAndHttpsImages() {
    String html = "<p><b>明前</b>特级</p><ul><li>一芽一叶</li></ul><img src=\"https://img.example/maofeng.jpg\" alt=\"毛峰\">";
    assertThat(RichText.sanitise(html)).contains("<b>明前</b>", "<li>一芽一叶</li>", "src=\"https://img.example/maofeng.jpg\"");
  }

  @Test
  void removesScriptsEventHandlersAndJavascriptUrls() {
    String html = "<p onclick=\"steal()\">好茶</p><script>alert(1)</script><a href=\"javascript:alert(2)\">点我</a><img src=\"http://x/y.png\" onerror=\"alert(3)\">";
    String clean = RichText.sanitise(html);
    assertThat(clean).contains("好茶").doesNotContain("script", "onclick", "javascript", "onerror", "alert");
  }

  @Test
  void keepsChinesePunctuationReadableButAsciiSyntaxEscaped() {
    String clean = RichText.sanitise("祁门红茶，香高味醇；明前采摘。价格 < 200 & 品质=特级");
    assertThat(clean).contains("祁门红茶，香高味醇；明前采摘。").doesNotContain("&#xff0c;").contains("&lt;").contains("&amp;");
  }

  @Test
  void marksLinksNofollow() {
    assertThat(RichText.sanitise("<a href=\"https://www.huangshan.gov.cn\">黄山</a>")).contains("rel=\"nofollow\"");
  }
}
