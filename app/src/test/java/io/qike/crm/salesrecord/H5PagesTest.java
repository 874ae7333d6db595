package io.qike.crm.salesrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customer.NearbyCustomer;
import io.qike.crm.customer.NearbyCustomers;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The 企业微信 H5 pages: the feature table's home, web-only notices, data scope, 附近客户, 外勤 and 工作圈. */
@IntegrationTest
class H5PagesTest {
    /** 杭州 西湖 (the member), and customers 300 m, 2.2 km and 9 km away; the last one is across the river. */
    static final double LAT = 30.2590, LNG = 120.1300;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired NearbyCustomers nearby;
    @Autowired SalesRecordService records;

    @Test
    void theHomeListsOnlyTheFunctionsTheFeatureTableSupportsOnTheH5Pages() throws Exception {
        TestTenant t = fixtures.tenant();
        Document home = page(t.adminId(), get("/h5"));
        List<String> keys = home.select(".h5-feature").eachAttr("data-key");
        assertThat(keys).contains("feed", "checkin", "customers", "nearby", "contacts", "dedup")
                .doesNotContain("imports", "exports", "intel", "integration", "admin");
        assertThat(home.select(".h5-tabbar a").eachText()).containsExactly("首页", "工作圈", "客户", "消息", "我的");
        assertThat(home.select("#nav-admin")).isEmpty();
        // A rep without the right to import sees neither the entry nor the notice's link to it.
        assertThat(page(t.rep1Id(), get("/h5/me")).select(".h5-web-only").eachAttr("data-key")).doesNotContain("admin", "integration");
    }

    @Test
    void aWebOnlyFunctionSaysToUseTheComputerWithItsAddress() throws Exception {
        TestTenant t = fixtures.tenant();
        Document me = page(t.adminId(), get("/h5/me"));
        assertThat(me.select(".h5-web-only").eachAttr("href")).contains("/h5/web-only/imports", "/h5/web-only/intel", "/h5/web-only/admin");
        Document notice = page(t.adminId(), get("/h5/web-only/imports"));
        assertThat(notice.select("#h5-web-only-notice").text()).contains("此功能请在电脑端使用");
        assertThat(notice.select("#h5-web-url").text()).isEqualTo("http://localhost/imports");
        assertThat(mvc.perform(get("/h5/web-only/nothing-like-this").with(user(fixtures.user(t.adminId())))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aRepSeesOnlyTheCustomersInTheirScopeOnTheH5List() throws Exception {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州自家客户有限公司")));
        fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named("杭州别人客户有限公司")));
        List<String> names = page(t.rep1Id(), get("/h5/customers")).select(".h5-customer .fw-bold").eachText();
        assertThat(names).containsExactly("杭州自家客户有限公司");
    }

    @Test
    void nearbyCustomersComeNearestFirstWithTheirDistanceAndOnlyInScope() throws Exception {
        TestTenant t = fixtures.tenant();
        located(t.rep1Id(), "九公里外有限公司", LAT + 0.081, LNG);
        located(t.rep1Id(), "三百米有限公司", LAT + 0.0027, LNG);
        located(t.rep1Id(), "两公里有限公司", LAT, LNG + 0.0229);
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("没有位置有限公司")));
        located(t.rep2Id(), "别人的隔壁有限公司", LAT + 0.0001, LNG);

        List<NearbyCustomer> found = fixtures.as(t.rep1Id(), () -> nearby.around(LAT, LNG, 50_000, 10));
        assertThat(found).extracting(NearbyCustomer::name).containsExactly("三百米有限公司", "两公里有限公司", "九公里外有限公司");
        assertThat(found.get(0).distanceMeters()).isBetween(290L, 310L);
        assertThat(found.get(1).distanceMeters()).isBetween(2150L, 2250L);

        Document results = page(t.rep1Id(), get("/h5/nearby/results").param("latitude", "" + LAT).param("longitude", "" + LNG));
        assertThat(results.select(".h5-nearby .fw-bold").eachText()).containsExactly("三百米有限公司", "两公里有限公司", "九公里外有限公司");
        assertThat(results.select(".h5-distance").eachText()).containsExactly("300 米", "2.2 公里", "9.0 公里");
        // A smaller radius leaves out the far one; a missing coordinate is the member's input problem, not a failure.
        assertThat(fixtures.as(t.rep1Id(), () -> nearby.around(LAT, LNG, 5_000, 10))).hasSize(2);
        assertThat(mvc.perform(get("/h5/nearby/results").param("latitude", "" + LAT).with(user(fixtures.user(t.rep1Id()))))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aCheckInIsAVisitWithItsPlaceAndTimeOnTheTimelineAndInTheFeed() throws Exception {
        TestTenant t = fixtures.tenant();
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州外勤客户有限公司")).id());
        MvcResult saved = mvc.perform(post("/h5/checkin").with(csrf()).with(user(fixtures.user(t.rep1Id())))
                .param("customerId", "" + customer).param("content", "上门演示新版本")
                .param("latitude", "" + LAT).param("longitude", "" + LNG).param("locationAddress", "杭州市西湖区文三路 90 号")
                .param("placeIsCustomers", "true")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/h5/feed");

        SalesRecord visit = fixtures.as(t.rep1Id(), () -> records.forCustomer(customer, 10)).get(0);
        assertThat(visit.type()).isEqualTo("VISIT");
        assertThat(visit.place()).isEqualTo(new Place(LAT, LNG, "杭州市西湖区文三路 90 号"));
        assertThat(Duration.between(visit.occurredAt(), OffsetDateTime.now()).abs()).isLessThan(Duration.ofMinutes(5));
        Customer located = fixtures.as(t.rep1Id(), () -> customers.get(customer));
        assertThat(located.latitude()).isEqualTo(LAT);
        assertThat(located.locationAddress()).isEqualTo("杭州市西湖区文三路 90 号");

        assertThat(page(t.rep1Id(), get("/customers/" + customer + "/records")).select(".record-place").text()).contains("杭州市西湖区文三路 90 号");
        Document feed = page(t.rep1Id(), get("/h5/feed"));
        assertThat(feed.select(".feed-visit .feed-content").eachText()).containsExactly("上门演示新版本");
        assertThat(feed.select(".feed-visit .feed-place").text()).contains("杭州市西湖区文三路 90 号");
        assertThat(feed.select(".feed-visit .badge").text()).isEqualTo("外勤");

        // Without a place the check-in is refused with the problem named, and nothing is saved.
        Document refused = page(t.rep1Id(), post("/h5/checkin").with(csrf()).param("customerId", "" + customer).param("content", "再来一次"));
        assertThat(refused.select("#checkin-errors").text()).contains("纬度");
        assertThat(refused.select("#checkin-content").text()).isEqualTo("再来一次");
        assertThat(fixtures.as(t.rep1Id(), () -> records.forCustomer(customer, 10))).hasSize(1);
    }

    @Test
    void aShareReachesAColleagueWhoseScopeCoversTheAuthorButNotARepOfAnotherDepartment() throws Exception {
        TestTenant t = fixtures.tenant();
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州分享客户有限公司")).id());
        MvcResult shared = mvc.perform(post("/h5/feed/share").with(csrf()).with(user(fixtures.user(t.rep1Id())))
                .param("content", "客户下周来公司参观").param("customerId", "" + customer)).andReturn();
        assertThat(shared.getResponse().getRedirectedUrl()).isEqualTo("/h5/feed");

        Document manager = page(t.managerId(), get("/h5/feed"));
        assertThat(manager.select(".feed-share .feed-content").eachText()).containsExactly("客户下周来公司参观");
        assertThat(manager.select(".feed-share .feed-customer").text()).isEqualTo("杭州分享客户有限公司");
        assertThat(page(t.rep2Id(), get("/h5/feed")).select(".feed-share")).isEmpty();
        // The web shows the same feed.
        assertThat(page(t.managerId(), get("/feed")).select(".feed-share .feed-content").eachText()).containsExactly("客户下周来公司参观");
    }

    @Test
    void aCustomersCoordinatesComeAsAPairOnTheGlobe() {
        TestTenant t = fixtures.tenant();
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.builder().name("只有纬度有限公司").latitude("30.1").build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("longitude"));
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.builder().name("纬度超界有限公司").latitude("91").longitude("120").build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("latitude"));
    }

    private void located(long owner, String name, double lat, double lng) {
        fixtures.as(owner, () -> customers.create(CustomerDraft.builder().name(name).latitude("" + lat).longitude("" + lng).build()));
    }

    private Document page(long userId, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(fixtures.user(userId))).header("Accept-Language", "zh-CN")).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
