package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Times are shown in the enterprise's zone, decided in one place ({@code platform.org.EnterpriseTime}): templates
 * use {@code #times}, never Thymeleaf's {@code #temporals} (which prints an instant in UTC) or a zone of their own,
 * and main code names no zone and asks no clock for "today" in the server's zone.
 */
class TimeZoneUseTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern TEMPLATE_ZONE = Pattern.compile("#temporals|#dates|#calendars|java\\.time|ZoneId|Asia/");
    /** A named zone, the server's zone, or the server's clock without a zone. */
    private static final Pattern JAVA_ZONE = Pattern.compile(
            "ZoneId\\.of\\(|ZoneId\\.systemDefault|TimeZone\\.|\"Asia/|ZoneOffset\\.(of|ofHours)\\("
                    + "|\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime)\\.now\\(\\)");
    /** The files that may name a zone, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "io/qike/crm/platform/org/EnterpriseTime.java", "the one place that knows the enterprise's zone",
            "io/qike/crm/platform/org/TenantProvisioning.java", "the default zone of a new enterprise",
            "io/qike/crm/platform/org/Enterprises.java", "checks the zone an operator gives",
            "io/qike/crm/platform/org/EnterpriseSettings.java", "checks the zone an administrator chooses",
            "io/qike/crm/integration/values/Dates.java", "a provider's dates are days of its own calendar (China)");

    @Test
    void templatesFormatTimesOnlyWithTimes() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (TEMPLATE_ZONE.matcher(lines.get(i)).find()) offenders.add(TEMPLATES.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(offenders).as("templates formatting times without #times").isEmpty();
    }

    @Test
    void mainCodeNamesNoZoneOutsideTheOnePlace() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = JAVA.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.containsKey(name)) continue;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("^\\s*(\\*|//).*", "");
                    if (JAVA_ZONE.matcher(code).find()) offenders.add(name + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertThat(offenders).as("zones or server clocks outside EnterpriseTime").isEmpty();
    }
}
