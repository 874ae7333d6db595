package io.qike.crm.platform.operator;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.org.Enterprise;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.Enterprises;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code tenant create|list|disable|enable}: the operator's command for enterprises, run by
 * {@link io.qike.crm.platform.TenantCommandLine} in a context without web server. Exit codes: 0 done, 1 refused (invalid
 * input, unknown enterprise), 2 bad arguments (the usage is printed).
 */
@Component
public class TenantCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** An action and its options, by name without the leading dashes. */
    record Invocation(String action, Map<String, String> options) {
        String option(String name) {
            return options.get(name);
        }
    }

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "create", Set.of("code", "name", "admin-login", "admin-password", "time-zone"),
            "list", Set.of(), "disable", Set.of("code"), "enable", Set.of("code"));
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "create", List.of("code", "name", "admin-login"), "list", List.of(),
            "disable", List.of("code"), "enable", List.of("code"));
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Enterprises enterprises;
    private final EnterpriseTime time;

    TenantCommand(Enterprises enterprises, EnterpriseTime time) {
        this.enterprises = enterprises;
        this.time = time;
    }

    /** Runs {@code tenant <action> [--option value]...}; {@code args} is the whole command line. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<Invocation> invocation = parse(args);
        if (invocation.isEmpty()) {
            usage(err);
            return USAGE;
        }
        Invocation i = invocation.get();
        try {
            switch (i.action()) {
                case "create" -> create(i, out);
                case "list" -> list(out);
                case "disable" -> out.println(text("operator.cli.disabled", describe(enterprises.disable(i.option("code")))));
                case "enable" -> out.println(text("operator.cli.enabled", describe(enterprises.enable(i.option("code")))));
                default -> throw new IllegalStateException(i.action());
            }
            return OK;
        } catch (InvalidInputException e) {
            err.println(text("operator.cli.invalid"));
            for (FieldProblem p : e.problems()) {
                err.println("  --" + option(p.field()) + ": " + TEXT.getMessage(p.messageKey(), p.args(), p.code(), locale()));
            }
            return FAILED;
        } catch (NotFoundException e) {
            err.println(text("operator.cli.notFound", i.option("code")));
            return FAILED;
        }
    }

    private void create(Invocation i, PrintStream out) {
        Enterprises.Created created = enterprises.create(new Enterprises.NewEnterprise(i.option("code"), i.option("name"),
                i.option("admin-login"), i.option("admin-password"), i.option("time-zone")));
        Enterprise e = created.enterprise();
        out.println(text("operator.cli.created", e.code(), e.name(), String.valueOf(e.id()), e.timeZone()));
        out.println(text("operator.cli.adminLogin", created.adminLogin()));
        out.println(created.generatedPassword() == null ? text("operator.cli.givenPassword")
                : text("operator.cli.generatedPassword", created.generatedPassword()));
    }

    private void list(PrintStream out) {
        List<Enterprise> all = enterprises.list();
        if (all.isEmpty()) {
            out.println(text("operator.cli.none"));
            return;
        }
        out.println(text("operator.cli.header"));
        for (Enterprise e : all) {
            out.println(String.join("\t", e.code(), e.name(), text("operator.cli.status." + e.status()), e.timeZone(),
                    String.valueOf(e.users()), e.createdAt().atZoneSameInstant(time.zoneOf(e.id())).format(CREATED)));
        }
    }

    private static Object[] describe(Enterprise e) {
        return new Object[] {e.code(), e.name()};
    }

    /** Whether the command line is one this command knows (else the usage is due). */
    public static boolean isValid(List<String> args) {
        return parse(args).isPresent();
    }

    /** The command line as an invocation, or empty when it is not one this command knows. */
    static Optional<Invocation> parse(List<String> args) {
        if (args.size() < 2 || !"tenant".equals(args.get(0)) || !OPTIONS.containsKey(args.get(1))) return Optional.empty();
        String action = args.get(1);
        Map<String, String> options = new LinkedHashMap<>();
        for (int k = 2; k < args.size(); k++) {
            String arg = args.get(k);
            if (!arg.startsWith("--")) return Optional.empty();
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value;
            if (eq >= 0) value = arg.substring(eq + 1);
            else if (k + 1 < args.size()) value = args.get(++k);
            else return Optional.empty();
            if (!OPTIONS.get(action).contains(name) || options.put(name, value) != null) return Optional.empty();
        }
        if (!options.keySet().containsAll(REQUIRED.get(action))) return Optional.empty();
        return Optional.of(new Invocation(action, options));
    }

    public static void usage(PrintStream to) {
        to.println(text("operator.cli.usage"));
        to.println("  tenant create --code <code> --name <name> --admin-login <login> [--admin-password <password>] [--time-zone <zone>]");
        to.println("      " + text("operator.cli.usage.create"));
        to.println("  tenant list");
        to.println("      " + text("operator.cli.usage.list"));
        to.println("  tenant disable --code <code>");
        to.println("      " + text("operator.cli.usage.disable"));
        to.println("  tenant enable --code <code>");
        to.println("      " + text("operator.cli.usage.enable"));
        to.println(text("operator.cli.usage.database"));
    }

    /** A failure the command cannot explain better, such as an unreachable database. */
    public static void failed(PrintStream to, Throwable cause) {
        to.println(text("operator.cli.failed", String.valueOf(cause.getMessage())));
    }

    /** The option that carries a field of the request, for error lines the operator can match to what they typed. */
    private static String option(String field) {
        return switch (field) {
            case "adminLogin" -> "admin-login";
            case "adminPassword" -> "admin-password";
            case "timeZone" -> "time-zone";
            default -> field;
        };
    }

    // The console's language; the texts come from the same bundles as the UI's, read without a context
    // so that the usage can be printed before anything starts.
    private static final ResourceBundleMessageSource TEXT = new ResourceBundleMessageSource();

    static {
        TEXT.setBasenames("i18n/operator", "messages");
        TEXT.setDefaultEncoding("UTF-8");
        TEXT.setFallbackToSystemLocale(false);
    }

    private static Locale locale() {
        return Locale.getDefault();
    }

    private static String text(String key, Object... args) {
        return TEXT.getMessage(key, args, key, locale());
    }
}
