package io.qike.crm.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Debian's Chromium driven by Playwright, headless; nothing is downloaded. */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Set<Page> watched = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Starts Chromium; the test is skipped, naming the missing package, where it is not installed (.ci/run installs it). */
    public static Browser start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)");
        return new Browser();
    }

    public Page newPage(String baseUrl) {
        return open(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setLocale("zh-CN").setViewportSize(1400, 1000));
    }

    /**
     * A phone in 企业微信's in-app browser for the H5 pages: 375 px wide, touch, and the location the member allows
     * the page to read.
     */
    public Page newPhonePage(String baseUrl, double latitude, double longitude) {
        return open(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setLocale("zh-CN").setViewportSize(375, 812).setIsMobile(true).setHasTouch(true)
                .setPermissions(List.of("geolocation"))
                .setGeolocation(new com.microsoft.playwright.options.Geolocation(latitude, longitude)));
    }

    private Page open(com.microsoft.playwright.Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        context.onPage(this::watch);
        Page page = context.newPage();
        watch(page);
        return page;
    }

    /**
     * Every page a journey opens reports what the user's browser refused (a script the Content-Security-Policy
     * blocks) and every script error left uncaught: a feature that silently does nothing looks like that.
     */
    private void watch(Page page) {
        if (!watched.add(page)) return;
        page.onConsoleMessage(m -> {
            // htmx reports an hx-trigger filter or js: value it refused to evaluate (allowEval is off) this way.
            if (m.text().contains("Content Security Policy") || m.text().contains("htmx:evalDisallowedError")) {
                problems.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(error -> problems.add(page.url() + ": uncaught " + error));
    }

    /** What the pages opened so far refused or failed to run; reading it starts the next list. */
    public List<String> takeProblems() {
        List<String> seen = List.copyOf(problems);
        problems.clear();
        return seen;
    }

    /** Signs in on the login page with the test password. */
    public static void signIn(Page page, String login) {
        page.navigate("/login");
        page.fill("#username", login);
        page.fill("#password", TestFixtures.PASSWORD);
        page.click("#login-submit");
        // The next page's scripts (menus are Bootstrap dropdowns) must be running before a test clicks on.
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }

    /**
     * Waits until htmx has no request in flight and has settled every swap. Content swapped in is in the
     * page at once, but htmx wires its hx- attributes only when it settles (after a short delay, longer on
     * a busy machine): a select changed before then sends nothing.
     */
    public static void htmxSettled(Page page) {
        page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
    }

    /** Keeps a screenshot as a build artefact, for a failed journey. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Paths.get("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots", name + ".png")).setFullPage(true));
        } catch (Exception ignored) {
            // a missing screenshot must not hide the real failure
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
