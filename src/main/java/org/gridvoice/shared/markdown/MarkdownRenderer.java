package org.gridvoice.shared.markdown;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns what users write (GitHub-flavoured Markdown: tables, strikethrough, task lists,
 * autolinks) into HTML that is safe to put in a page. Raw HTML in the input is escaped by
 * flexmark, and the output then passes an allow-list (jsoup), so no script, event handler,
 * style or javascript:/data: URL survives. Links get rel="nofollow ugc noopener noreferrer", so
 * the sites they lead to learn neither the page nor get a handle on it. Images show only when
 * GridVoice serves them itself (a path on this site, such as {@code /files/plan.png}): an image from
 * any other site would be fetched by every reader's browser, telling that site who read what
 * (a tracking pixel), so it becomes a plain link instead, which the reader may follow or not.
 */
@Component
public class MarkdownRenderer {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "input")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("ol", "start")
            .addAttributes("input", "type", "checked", "disabled")
            .addProtocols("a", "href", "http", "https", "mailto")
            // no protocol for images: only same-site paths reach the cleaner (see sameSiteImagesOnly)
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener noreferrer");

    /** A path on this site: one leading slash, not "//" or "/\" (another host to browsers), no scheme, no backslash. */
    private static final java.util.regex.Pattern SAME_SITE_PATH = java.util.regex.Pattern.compile("/(?![/\\\\])[^\\\\\\s:]*");

    private final Parser parser;
    private final HtmlRenderer renderer;
    /**
     * The same text always gives the same HTML, and the busiest pages show the same texts to every reader (a
     * consultation's description, the comments of a discussed proposal): parsing and cleaning them again was the
     * largest part of those pages' server time. Bounded by the characters held, about 8 MB at most.
     */
    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(4_000_000).weigher((String source, String html) -> source.length() + html.length()).build();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Safe HTML for the Markdown text; an empty string for null or blank input. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return rendered.get(markdown, this::render);
    }

    private String render(String markdown) {
        String raw = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(raw);
        sameSiteImagesOnly(dirty);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        // task-list boxes are the only inputs, and they never accept typing or clicks
        for (Element input : clean.select("input")) {
            if (!"checkbox".equals(input.attr("type"))) {
                input.remove();
            } else {
                input.attr("disabled", true);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /** Replaces every image not served by GridVoice itself with a link to it, named by its alt text. */
    private static void sameSiteImagesOnly(Document dirty) {
        for (Element img : dirty.select("img")) {
            String src = img.attr("src").strip();
            if (SAME_SITE_PATH.matcher(src).matches()) {
                img.attr("src", src);
                continue;
            }
            String text = img.attr("alt").isBlank() ? src : img.attr("alt");
            Element link = new Element("a").attr("href", src).text(text);
            img.replaceWith(link);
        }
    }
}
