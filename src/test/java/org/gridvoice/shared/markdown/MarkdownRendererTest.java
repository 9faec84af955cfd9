package org.gridvoice.shared.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private static final Set<String> SAFE_TAGS = Set.of("body", "p", "br", "hr", "strong", "em", "del", "s", "code", "pre",
            "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
            "a", "img", "input");

    /** Script tags, event handlers, javascript:/data:/vbscript: URLs, SVG and MathML, broken and encoded forms. */
    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<script/xss src=https://xss.example/a.js></script>",
                "<<script>alert(1);//<</script>",
                "<script>alert(1)",
                "<img src=x onerror=alert(1)>",
                "<img src=\"https://ok.example/a.png\" onload=\"alert(1)\">",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"XSS\")`>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"  javascript:alert(1)\">click</a>",
                "<a href=\"java&#x09;script:alert(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
                "<a href=\"vbscript:msgbox(1)\">click</a>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">click</a>",
                "<a href=\"https://ok.example\" onmouseover=alert(1)>hover</a>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<style>@import 'https://xss.example/x.css';</style>",
                "<link rel=stylesheet href=https://xss.example/x.css>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<input type=\"text\" onfocus=alert(1) autofocus>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<isindex type=image src=1 onerror=alert(1)>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<td background=\"javascript:alert(1)\">",
                "<div onmouseover=\"alert(1)\"",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<<img src=x onerror=alert(1)//<",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](javascript&#58;alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click](vbscript:msgbox(1))",
                "[click]( javascript:alert(1) )",
                "[click][ref]\n\n[ref]: javascript:alert(1)",
                "![pic](javascript:alert(1))",
                "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![pic\"onerror=\"alert(1)](https://ok.example/a.png)",
                "<javascript:alert(1)>",
                "[x](https://ok.example \"title\" onmouseover=alert(1))",
                "```html\n<script>alert(1)</script>\n```",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
                "- [ ] <img src=x onerror=alert(1)>",
                "%3Cscript%3Ealert(1)%3C/script%3E",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "\\<script>alert(1)\\</script>",
                "<scri\u0000pt>alert(1)</scri\u0000pt>",
                "<a href=\"javas\u0000cript:alert(1)\">x</a>");
    }

    @Test
    void there_are_at_least_sixty_payloads() {
        assertThat(payloads().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void no_payload_produces_executable_html(String payload) {
        String html = renderer.toHtml("Hello " + payload + " bye");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe", "<object", "<embed", "<style",
                "<form", "<base", "<meta", "<link");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(SAFE_TAGS).as("tag in %s", html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\u0000]", "").toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("srcdoc");
                assertThat(value).as("%s in %s", name, html).doesNotStartWith("javascript:").doesNotStartWith("data:")
                        .doesNotStartWith("vbscript:");
            }
            if (element.tagName().equals("img") && element.hasAttr("src")) {
                assertThat(element.attr("src")).as("image in %s", html).startsWith("/").doesNotStartWith("//").doesNotContain("\\");
            }
            if (element.tagName().equals("input")) {
                assertThat(element.attr("type")).isEqualTo("checkbox");
                assertThat(element.hasAttr("disabled")).isTrue();
            }
        }
    }

    @Test
    void people_get_the_markdown_they_expect() {
        String html = renderer.toHtml("""
                **要点** and ~~old~~ text

                | 楼栋 | 问题 |
                |---|---|
                | 12号楼 | 路灯不亮 |

                - [x] 已报修
                - [ ] 待回复

                See https://example.org/plan and ![map](https://example.org/map.png) but not ![x](http://example.org/x.png)
                """);
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("strong").text()).isEqualTo("要点");
        assertThat(body.select("del").text()).isEqualTo("old");
        assertThat(body.select("table td").eachText()).containsExactly("12号楼", "路灯不亮");
        assertThat(body.select("input[type=checkbox]")).hasSize(2);
        assertThat(body.select("input[checked]")).hasSize(1);
        assertThat(body.select("a").eachAttr("href")).containsExactly("https://example.org/plan", "https://example.org/map.png",
                "http://example.org/x.png");
        assertThat(body.select("a").eachText()).containsExactly("https://example.org/plan", "map", "x");
        assertThat(body.select("img")).isEmpty();
    }

    @Test
    void an_image_from_another_site_becomes_a_plain_link_that_the_browser_does_not_fetch() {
        for (String markdown : List.of("![pixel](https://tracker.example/p.gif?u=42)", "![](//tracker.example/p.gif)",
                "![p](/\\tracker.example/p.gif)", "<img src=\"https://tracker.example/p.gif\">",
                "![p][ref]\n\n[ref]: https://tracker.example/p.gif")) {
            String html = renderer.toHtml(markdown);
            var body = Jsoup.parseBodyFragment(html).body();
            assertThat(body.select("img")).as(html).isEmpty();
            assertThat(body.select("[src]")).as(markdown).isEmpty();
        }
        var link = Jsoup.parseBodyFragment(renderer.toHtml("![pixel](https://tracker.example/p.gif)")).body().selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://tracker.example/p.gif");
        assertThat(link.text()).isEqualTo("pixel");
    }

    @Test
    void an_image_gridvoice_serves_itself_is_shown() {
        var body = Jsoup.parseBodyFragment(renderer.toHtml("![plan](/files/plan.png)")).body();
        assertThat(body.select("img").eachAttr("src")).containsExactly("/files/plan.png");
        assertThat(body.select("img").attr("alt")).isEqualTo("plan");
    }

    @Test
    void links_users_write_send_no_referrer_and_no_opener() {
        var body = Jsoup.parseBodyFragment(renderer.toHtml("[plan](https://example.org/plan) and https://example.org/x")).body();
        assertThat(body.select("a").eachAttr("rel")).containsOnly("nofollow ugc noopener noreferrer");
    }

    @Test
    void html_typed_by_a_user_is_shown_as_text_not_run() {
        String html = renderer.toHtml("Use <b>bold</b> like this");
        assertThat(Jsoup.parseBodyFragment(html).body().text()).isEqualTo("Use <b>bold</b> like this");
        assertThat(html).doesNotContain("<b>");
    }

    @Test
    void blank_input_renders_nothing() {
        assertThat(renderer.toHtml(null)).isEmpty();
        assertThat(renderer.toHtml("  \n ")).isEmpty();
        assertThat(List.of(renderer.toHtml("plain"))).containsExactly("<p>plain</p>");
    }
}
