package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action and object type written to the enterprise log (企业日志) has a label in both languages, so the
 * page never shows REGISTRY_SETTINGS or INITIALIZE. The codes are read from the {@code audit.record(…)} calls in
 * the sources: literals, constants of the same class, an enum's constants ({@code object.name()}), or the literals
 * passed to the method whose parameter carries the code. A call this test cannot read fails it, so a new way of
 * passing a code is noticed rather than skipped.
 */
class AuditLabelsTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern CALL = Pattern.compile("\\b\\w*[aA]udit\\w*\\.record\\(\\s*([^,]+?)\\s*,\\s*([^,]+?)\\s*,");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ENUM_NAME = Pattern.compile("(\\w+)\\.name\\(\\)");
    private static final Pattern PARAMETER = Pattern.compile("[a-z]\\w*");

    @Test
    void everyRecordedActionAndObjectTypeHasALabelInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>(), objects = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    if (!codes(call.group(1), source, actions) | !codes(call.group(2), source, objects)) {
                        unreadable.add(file.getFileName() + ": " + call.group());
                    }
                }
            }
        }
        assertThat(unreadable).as("audit calls whose codes this test cannot read").isEmpty();
        assertThat(actions).contains("CREATE", "INITIALIZE", "INITIALISE", "ENABLE");
        assertThat(objects).contains("CUSTOMER", "REGISTRY_SETTINGS", "ACTION_FLOW", "DEPARTMENT");

        Properties zh = bundles(false), en = bundles(true);
        List<String> missing = new ArrayList<>();
        for (String key : Stream.concat(actions.stream().map(a -> "action." + a), objects.stream().map(o -> "object." + o)).toList()) {
            if (!zh.containsKey(key)) missing.add(key + " (zh)");
            if (!en.containsKey(key)) missing.add(key + " (en)");
        }
        assertThat(missing).isEmpty();
    }

    /** Adds the codes an argument can carry; false when it is not a shape this test reads. */
    private static boolean codes(String argument, String source, Set<String> into) throws IOException {
        if (argument.contains("\"")) return addLiterals(argument, into);
        if (CONSTANT.matcher(argument).matches()) {
            Matcher m = Pattern.compile("\\b" + argument + "\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"").matcher(source);
            return m.find() && into.add(m.group(1)) | true;
        }
        Matcher enumName = ENUM_NAME.matcher(argument);
        if (enumName.matches()) {
            Matcher type = Pattern.compile("\\b([A-Z]\\w*)\\s+" + enumName.group(1) + "\\b").matcher(source);
            return type.find() && enumConstants(type.group(1), into);
        }
        if (PARAMETER.matcher(argument).matches()) {
            Matcher method = Pattern.compile("\\b(\\w+)\\([^)]*\\bString\\s+" + argument + "\\b[^)]*\\)\\s*\\{").matcher(source);
            if (!method.find()) return false;
            Matcher calls = Pattern.compile("\\b" + method.group(1) + "\\((.*?)\\);", Pattern.DOTALL).matcher(source);
            boolean any = false;
            while (calls.find()) any |= addLiterals(calls.group(1), into);
            return any;
        }
        return false;
    }

    private static boolean addLiterals(String text, Set<String> into) {
        List<String> found = LITERAL.matcher(text).results().map(m -> m.group(1)).toList();
        into.addAll(found);
        return !found.isEmpty();
    }

    private static boolean enumConstants(String type, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            Path file = files.filter(f -> f.getFileName().toString().equals(type + ".java")).findFirst().orElse(null);
            if (file == null) return false;
            String source = Files.readString(file);
            int body = source.indexOf('{', source.indexOf("enum " + type));
            String constants = source.substring(body + 1, source.indexOf(';', body));
            Matcher m = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\s*(?:\\(|,|$)").matcher(constants.strip());
            boolean any = false;
            while (m.find()) any |= into.add(m.group(1)) | true;
            return any;
        }
    }

    private static Properties bundles(boolean english) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Stream.concat(Files.list(RESOURCES), Files.list(RESOURCES.resolve("i18n")))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String name = f.getFileName().toString();
                boolean isEnglish = name.endsWith("_en.properties");
                boolean isBundle = name.startsWith("messages") || f.getParent().getFileName().toString().equals("i18n");
                if (!isBundle || isEnglish != english || (!english && name.contains("_"))) continue;
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    all.load(in);
                }
            }
        }
        return all;
    }
}
