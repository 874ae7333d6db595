package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string comes from the message bundles: a template may only hold literal text
 * in an element whose text Thymeleaf replaces (th:text), and no Chinese at all.
 */
class TemplateTextTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]{2,}");

    @Test
    void templatesHoldNoHardCodedUserVisibleText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Document doc = Jsoup.parse(html);
                for (Element e : doc.getAllElements()) {
                    if (replaced(e) || e.tagName().equals("script") || e.tagName().equals("style")) continue;
                    for (TextNode text : e.textNodes()) {
                        String t = text.text().trim();
                        if (WORDS.matcher(t).find() || HAN.matcher(t).find()) offenders.add(TEMPLATES.relativize(file) + ": " + t);
                    }
                }
            }
        }
        assertThat(offenders).as("literal text outside th:text in templates").isEmpty();
    }

    /** Text that Thymeleaf replaces or removes at render time. */
    private static boolean replaced(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("th:text") || x.hasAttr("th:utext") || x.hasAttr("th:remove")) return true;
            if (x.hasAttr("th:replace") && !x.tagName().equals("html")) return true;
        }
        return e.tagName().equals("title") && e.hasAttr("th:text");
    }
}
