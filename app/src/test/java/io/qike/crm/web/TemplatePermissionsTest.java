package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.Permission;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Permissions are named by the {@link Permission} enum everywhere: a template's {@code me.can('…')}
 * names a constant (a misspelt one would fail only when its page renders), Java holds no permission
 * code as text, and the role editor has a label for each permission in both languages.
 */
class TemplatePermissionsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern CAN = Pattern.compile("\\bcan\\(([^)]*)\\)");
    private static final Pattern CONSTANT = Pattern.compile("'([A-Z][A-Z_]*)'");
    private static final Set<String> NAMES = Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toSet());

    @Test
    void everyPermissionATemplateAsksForIsAConstantOfTheEnum() throws IOException {
        List<String> asked = new ArrayList<>();
        List<String> offenders = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher m = CAN.matcher(Files.readString(file));
            while (m.find()) {
                Matcher name = CONSTANT.matcher(m.group(1).trim());
                if (name.matches() && NAMES.contains(name.group(1))) asked.add(name.group(1));
                else offenders.add(TEMPLATES.relativize(file) + ": " + m.group());
            }
        }
        assertThat(asked).as("permission checks found in templates").isNotEmpty();
        assertThat(offenders).as("can(...) with a name that is not a Permission constant").isEmpty();
    }

    @Test
    void javaNamesPermissionsByTheEnumNotByTheirCodes() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            if (file.endsWith(Path.of("io/qike/crm/platform/Permission.java"))) continue;
            String source = Files.readString(file);
            for (Permission p : Permission.values()) {
                if (source.contains("\"" + p.code() + "\"") || source.contains("'" + p.code() + "'")) {
                    offenders.add(JAVA.relativize(file) + ": " + p.code());
                }
            }
        }
        assertThat(offenders).as("permission codes written as text instead of Permission constants").isEmpty();
    }

    @Test
    void theRoleEditorHasALabelForEveryPermissionInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            List<String> missing = new ArrayList<>();
            for (Permission p : Permission.values()) {
                List<String> keys = p.onRecords() ? List.of("perm.object." + p.object(), "perm.action." + p.action()) : List.of(p.messageKey());
                for (String key : keys) if (!messages.containsKey(key)) missing.add(key);
            }
            assertThat(missing).as(bundle).isEmpty();
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        }
    }
}
