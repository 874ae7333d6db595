package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.intel.IntelFixture;
import io.qike.crm.intel.SandboxRelations;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Relationship data in real headless Chromium: the 其客户 tab, then partnership mining with its table and graph. */
@IntegrationTest
class IntelBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired IntelFixture intel;
    @Autowired CustomerService customers;
    @Autowired CompanyDataSet data;

    @Test
    void aSalesAdminSeesACustomersCustomersMakesOneACustomerAndMinesPartnershipsAmongAHundredCompanies() {
        IntelFixture.Ready r = intel.tenant(port);
        Company c = data.companies().stream().max(Comparator.comparingInt(x -> data.customersOf(x).size())).orElseThrow();
        long id = fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(c.name())).id());
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, r.tenant().login("admin"));
            assertThat(page.locator("h2.page-title")).hasText("工作台");

            page.navigate("/customers/" + id);
            page.click("#tab-customers-of");
            assertThat(page.locator(".customers-of-row")).hasCount(data.customersOf(c).size());
            Browser.htmxSettled(page);
            String year = data.customersOf(c).get(0).year().substring(0, 4);
            page.selectOption("#customers-of-year", year);
            long inYear = data.customersOf(c).stream().filter(e -> e.year().startsWith(year)).count();
            assertThat(page.locator(".customers-of-row")).hasCount((int) inYear);
            Browser.htmxSettled(page);
            page.locator(".convert-one").first().click();
            assertThat(page.locator("#customers-of-notice")).containsText("新建客户 1 个");
            assertThat(page.locator(".customers-of-row").first().locator(".already-customer")).isVisible();
            Browser.htmxSettled(page);

            page.locator(".row-pick").nth(0).check();
            page.locator(".row-pick").nth(1).check();
            page.fill("#customers-of-list-name", "年报大客户");
            page.click("#customers-of-save-list");
            assertThat(page.locator("#customers-of-notice")).containsText("年报大客户");

            List<String> names = SandboxRelations.connected(data, 100, 0);
            long ours = fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(names.get(1))).id());
            page.click("#nav-intel");
            page.fill("#m-pasted", String.join("\n", names));
            page.click("#mining-preview");
            assertThat(page.locator("#plan-companies")).hasText("100");
            Browser.htmxSettled(page);
            page.check("#mining-confirm");
            page.click("#mining-start");
            page.waitForURL("**/intel/partnerships/runs/*");
            assertThat(page.locator(".job-progress").first()).isVisible();
            int expected = data.relationsAmong(names).size();
            assertThat(page.locator(".relation-row")).hasCount(expected, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(60_000));
            assertThat(page.locator("#relation-graph canvas").first()).isVisible();
            page.waitForCondition(() -> page.locator("#relation-graph").getAttribute("data-nodes") != null);
            assertThat(Integer.parseInt(page.locator("#relation-graph").getAttribute("data-nodes"))).isGreaterThan(10);
            assertThat(page.locator("#relation-graph").getAttribute("data-ours")).isEqualTo("1");
            assertGraphFitsWithoutOverlappingLabels(page);
            clickNode(page, names.get(1));
            page.waitForURL("**/customers/" + ours);
            page.goBack();
            assertThat(page.locator(".relation-row")).hasCount(expected);

            Browser.htmxSettled(page);
            page.fill("#rf-company", names.get(0));
            assertThat(page.locator("#run-counts")).not().containsText("显示 " + expected + " 条");
            assertThat(page.locator(".relation-row").first()).containsText(names.get(0));
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "intel-journey");
            throw e;
        } finally {
            page.context().close();
        }
    }

    /** Every node inside the drawing, and no two labels on show overlapping (the hidden ones come back on hover). */
    private static void assertGraphFitsWithoutOverlappingLabels(Page page) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> check = (java.util.Map<String, Object>) page.evaluate("""
                () => {
                  const el = document.querySelector('#relation-graph');
                  const chart = echarts.getInstanceByDom(el);
                  const data = chart.getModel().getSeriesByIndex(0).getData();
                  const w = chart.getWidth(), h = chart.getHeight();
                  let outside = 0, overlaps = 0, shown = 0;
                  const boxes = []; const bad = [];
                  for (let i = 0; i < data.count(); i++) {
                    const g = data.getItemGraphicEl(i);
                    const p = g.getBoundingRect().clone(); p.applyTransform(g.getComputedTransform());
                    if (p.x < 0 || p.y < 0 || p.x + p.width > w || p.y + p.height > h) { outside++; bad.push([i, p.x, p.y, p.width, p.height, w, h]); }
                    const t = g.childAt(0) && g.childAt(0).getTextContent();
                    if (t && !t.ignore && !t.invisible && t.style.opacity !== 0) {
                      const b = t.getBoundingRect().clone(); b.applyTransform(t.getComputedTransform());
                      if (b.x + b.width > w + 1) { outside++; bad.push(['t', i, b.x, b.width]); }
                      boxes.push(b); shown++;
                    }
                  }
                  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++)
                    if (boxes[i].intersect(boxes[j])) overlaps++;
                  return {outside, overlaps, shown, bad: JSON.stringify(bad.slice(0, 6))};
                }""");
        assertThat(check).containsEntry("outside", 0).containsEntry("overlaps", 0);
        assertThat(((Number) check.get("shown")).intValue()).isGreaterThan(3);
    }

    private static void clickNode(Page page, String name) {
        page.locator("#relation-graph").scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        java.util.List<Number> xy = (java.util.List<Number>) page.evaluate("""
                name => {
                  const chart = echarts.getInstanceByDom(document.querySelector('#relation-graph'));
                  const data = chart.getModel().getSeriesByIndex(0).getData();
                  const g = data.getItemGraphicEl(data.indexOfName(name));
                  const r = g.getBoundingRect().clone(); r.applyTransform(g.getComputedTransform());
                  return [r.x + r.width / 2, r.y + r.height / 2];
                }""", name);
        com.microsoft.playwright.options.BoundingBox box = page.locator("#relation-graph").boundingBox();
        page.mouse().click(box.x + xy.get(0).doubleValue(), box.y + xy.get(1).doubleValue());
    }
}
