package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.importexport.Xlsx;
import io.qike.crm.integration.ActionFlowService;
import io.qike.crm.integration.ApiInterfaceService;
import io.qike.crm.intel.IntelFixture;
import io.qike.crm.intel.lists.CompanyList;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySandbox;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and htmx fragment of the web UI, found from Spring's own handler list, rendered for an enterprise
 * admin in Chinese and in English over fixtures that fill each page (a customer with registry data, a contact,
 * a sales record, the 企查查 connector with its interfaces and flows and a run, a company list, a mining run, an
 * import with errors, an enrichment): no screen may show a {@code {0}} placeholder, a message key, a field code
 * or Java's toString, nor Chinese option labels in English. All offences are reported together.
 */
@IntegrationTest
class AllPagesTextTest {
    /** Handlers that answer a file or JSON rather than a page. */
    static final Map<String, String> NOT_HTML = Map.ofEntries(
            Map.entry("/exports/customers", "xlsx download"),
            Map.entry("/exports/contacts", "xlsx download"),
            Map.entry("/exports/opportunities", "xlsx download"),
            Map.entry("/exports/leads", "xlsx download"),
            Map.entry("/imports/{id}/errors", "xlsx error report"),
            Map.entry("/imports/template/{object}", "xlsx template"),
            Map.entry("/intel/lists/{id}/export", "xlsx download"),
            Map.entry("/intel/partnerships/runs/{id}/export", "xlsx download"),
            Map.entry("/intel/partnerships/runs/{id}/graph", "JSON for the relation graph script"),
            Map.entry("/sales-records/{id}/attachments/{attachmentId}", "the attachment's own file"),
            Map.entry("/wecom/sidebar/signature", "JSON for the chat sidebar's wx.agentConfig"),
            Map.entry("/archive/media/{msgid}", "an archived message's own media file"));
    /** Pages that need input this test cannot give, each with the reason. */
    static final Map<String, String> NOT_RENDERED = Map.of(
            "/error", "Spring Boot's error page (problem+json under /api), shown only after an error that sent the request there",
            "/wecom/callback/{corpId}", "WeCom's event server: plain-text answers to signed requests only (WecomCallbackTest)",
            "/wecom/login/callback", "WeCom's OAuth redirect: needs a code and a state of the browser's session; its refusal pages "
                    + "answer 400/403 and are read in WecomLoginTest",
            "/wecom/h5/{corpId}", "the WeCom workbench entry: a redirect to WeCom's authorize page (WecomLoginTest, WecomH5JourneyBrowserTest)",
            "/admin/wecom/binding/{userid}/suggestions", "needs a member synced from the WeCom simulator; rendered in WecomDirectoryTest",
            "/archive/retention/import/transcripts/{uploadId}", "a held transcript file (HTML download) of a user bound to a WeCom member; ManualRetentionTest",
            "/archive/conversations/chat", "needs an archived WeCom conversation pulled from the simulator; rendered in ArchiveChatBrowserTest",
            "/archive/conversations/earlier", "needs an archived WeCom conversation; rendered in ArchiveChatBrowserTest",
            "/archive/conversations/later", "needs an archived WeCom conversation and a moment in it; its messages fragment is the earlier one's");
    /**
     * Selects whose options are the enterprise's own records (people, departments, tags, lists, flows) or custom-field
     * options (`custom[...]`), which the admin typed: Chinese
     * there is data, not a missing translation.
     */
    static final Set<String> DATA_SELECTS = Set.of("ownerId", "departmentId", "managerId", "parentId", "user", "customerId",
            "contactId", "listId", "tag", "industry", "region", "connectionId", "interfaceId", "nodes.connectionId", "nodes.interfaceId",
            "searchFlow", "detailFlow", "source", "roleId", "assigneeId", "userId", "poolId", "customerPoolId", "memberUserIds", "memberDepartmentIds", "adminUserIds", "stageId", "processId", "targetUser");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    static final Pattern KEY = Pattern.compile("(?<![\\w.$/@{:\\-])[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_\\-]+){2,}(?![\\w./(])");
    /** Two parts (common.none): flagged only when it is a key of the bundles, as a sentence may hold such a token. */
    static final Pattern SHORT_KEY = Pattern.compile("(?<![\\w.$/@{:\\-])[a-z][a-zA-Z0-9]*\\.[a-zA-Z][a-zA-Z0-9_]*(?![\\w./(])");
    static final Pattern FILE_OR_HOST = Pattern.compile("(?i).*\\.(xlsx|xls|csv|pdf|png|jpg|com|cn|net|org|io|html|json)$");
    static final Pattern TO_STRING = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\[[a-z][A-Za-z0-9]*=|\\{[A-Za-z_][\\w.]*=[^}\"]*[,}]"
            + "|\\b[A-Z][\\w$]*@[0-9a-f]{4,8}\\b|\\bOptional(\\[|\\.empty)|\\bjava\\.[a-z]");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final List<String> ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired io.qike.crm.wecom.external.ExternalContactService externalContacts;
    @Autowired io.qike.crm.salesrecord.Feed feed;
    @Autowired IntelFixture intel;
    @Autowired RegistrySandbox registrySandbox;
    @Autowired RegistryCustomers registry;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired SalesRecordService records;
    @Autowired CompanyLists lists;
    @Autowired PartnershipMining mining;
    @Autowired CompanyDataSet data;
    @Autowired ActionFlowService flows;
    @Autowired ApiInterfaceService interfaces;
    @Autowired org.springframework.context.MessageSource messages;
    @Autowired io.qike.crm.customfield.CustomFields customFields;
    @Autowired io.qike.crm.todo.TodoService todos;
    @Autowired io.qike.crm.pool.Pools pools;
    @Autowired io.qike.crm.pool.PoolCustomers poolCustomers;
    @Autowired io.qike.crm.opportunity.OpportunityService opportunities;
    @Autowired io.qike.crm.lead.LeadService leads;
    @Autowired io.qike.crm.lead.LeadPools leadPools;

    TestTenant t;
    QikeUser admin;
    /** The API names administrators gave flows and interfaces (registry.qichacha.search): data, though dotted like a key. */
    Set<String> apiNames = new TreeSet<>();

    @Test
    void noPageShowsPlaceholdersKeysCodesOrJavaTextInEitherLanguage() throws Exception {
        Map<String, String> ids = fixtures();
        String newCompany = data.get(2025).creditCode();
        Map<String, String> params = Map.of("connectorId", ids.get("/admin/integration/connectors/"), "keyword", newCompany,
                "reference", newCompany, "object", "CUSTOMER", "q", data.get(2024).name().substring(0, 4),
                "externalUserId", "wmAllPagesTextNotImported");

        Set<String> findings = new java.util.LinkedHashSet<>();
        int pages = 0;
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getName().startsWith("io.qike.crm.")) continue;
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) continue;
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/sandbox/")) continue;
                seen.add(pattern);
                if (NOT_HTML.containsKey(pattern) || NOT_RENDERED.containsKey(pattern)) continue;
                String url = fill(pattern, ids, findings);
                if (url == null) continue;
                String query = query(handler, params, findings, pattern);
                if (query == null) continue;
                boolean htmx = accepts(handler, "HX-Request");
                pages++;
                for (String lang : List.of("zh-CN", "en")) {
                    check(url + query, lang, false, findings);
                    if (htmx) check(url + query, lang, true, findings);
                }
            }
        }
        assertThat(seen).as("the handler list this test walks").contains("/customers/{id}", "/admin/audit", "/h5", "/h5/feed", "/h5/web-only/{key}",
                "/admin/integration/interfaces/{id}", "/imports/{id}", "/intel/partnerships/runs/{id}/results");
        List<String> stale = new ArrayList<>(NOT_HTML.keySet());
        stale.addAll(NOT_RENDERED.keySet());
        stale.removeAll(seen);
        assertThat(stale).as("excluded handlers that no longer exist").isEmpty();
        assertThat(pages).as("pages rendered").isGreaterThan(40);
        assertThat(findings).as("text on screen that is not meant for users").isEmpty();
    }

    /** The objects the pages show; answers the id for each path prefix that carries one. */
    private Map<String, String> fixtures() throws Exception {
        IntelFixture.Ready ready = intel.tenant(port);
        t = ready.tenant();
        admin = fixtures.user(t.adminId());
        registrySandbox.initialize(t.adminId(), port, RegistryProvider.TIANYANCHA);
        registrySandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        Company company = data.get(2024);
        long customer = fixtures.as(t.adminId(), () -> registry.create(null, company.creditCode(), null).id());
        long contact = fixtures.as(t.adminId(), () -> contacts.create(new ContactDraft(customer, "张联系", "13800138000", null, "采购经理",
                null, null, Map.of())));
        long record = fixtures.as(t.adminId(), () -> records.create(new SalesRecordDraft(customer, contact, "VISIT", "上门拜访，谈了年度采购。",
                null, Map.of()), List.of()));
        long list = fixtures.as(t.adminId(), () -> lists.addTo("展会名单", List.of(CompanyList.Item.named(data.get(60).name()),
                CompanyList.Item.named(data.get(61).name()))));
        send(get("/intel/customers/" + customer + "/customers-of")); // a flow run for the run log

        String preview = body(send(post("/intel/partnerships/preview").param("listId", "" + list)));
        String calls = Jsoup.parse(preview).select("#plan-calls").text();
        MvcResult started = send(post("/intel/partnerships/runs").header("HX-Request", "true").param("listId", "" + list)
                .param("plannedCalls", calls).param("confirm", "true"));
        String runUrl = started.getResponse().getHeader("HX-Redirect");
        assertThat(runUrl).as(body(started)).startsWith("/intel/partnerships/runs/");
        long miningRun = Long.parseLong(runUrl.substring(runUrl.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.as(t.adminId(), () -> mining.get(miningRun)).finished());

        byte[] xlsx = Xlsx.of(List.of("客户名称", "统一社会信用代码"), List.of(Xlsx.row("页面导入有限公司", "bad-code")));
        String importUrl = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "客户.xlsx", null, xlsx))
                .param("object", "CUSTOMER").with(user(admin)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(importUrl).matches("/imports/\\d+");
        await().atMost(Duration.ofSeconds(30)).until(() -> !body(send(get(importUrl).header("HX-Request", "true"))).contains("hx-trigger"));

        String enrichmentUrl = send(post("/registry/enrichments").param("customerIds", "" + customer)).getResponse().getRedirectedUrl();
        assertThat(enrichmentUrl).matches("/registry/enrichments/\\d+");

        fixtures.asRun(t.adminId(), () -> {
            flows.list().forEach(f -> apiNames.add(f.apiName()));
            interfaces.all().forEach(i -> apiNames.add(i.apiName()));
        });
        String connector = first(body(send(get("/admin/integration"))), "/admin/integration/connectors/(\\d+)");
        String connectorPage = body(send(get("/admin/integration/connectors/" + connector)));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/customers/", "" + customer);
        ids.put("/customers/new/", "registry");
        ids.put("/contacts/", "" + contact);
        ids.put("/admin/users/", "" + t.rep1Id());
        ids.put("/admin/integration/connectors/", connector);
        ids.put("/admin/integration/connections/", first(connectorPage, "/admin/integration/connections/(\\d+)\""));
        ids.put("/admin/integration/interfaces/", first(connectorPage, "/admin/integration/interfaces/(\\d+)\""));
        ids.put("/admin/integration/flows/", first(body(send(get("/admin/integration/flows"))), "/admin/integration/flows/(\\d+)\""));
        ids.put("/admin/integration/runs/", first(body(send(get("/admin/integration/runs"))), "/admin/integration/runs/(\\d+)\""));
        ids.put("/intel/lists/", "" + list);
        ids.put("/intel/partnerships/runs/", "" + miningRun);
        ids.put("/intel/customers/", "" + customer);
        ids.put("/registry/customers/", "" + customer);
        ids.put("/registry/enrichments/", enrichmentUrl.substring(enrichmentUrl.lastIndexOf('/') + 1));
        ids.put("/imports/", importUrl.substring(importUrl.lastIndexOf('/') + 1));
        ids.put("/sales-records/", "" + record);
        ids.put("/archive/conversations/contact/", "" + contact);
        ids.put("/archive/conversations/customer/", "" + customer);
        // Pages with two path variables or a list to show are given whole.
        long field = fixtures.as(t.adminId(), () -> customFields.define(io.qike.crm.customfield.CustomObject.SALES_RECORD, null, "拜访目的",
                io.qike.crm.customfield.FieldType.SINGLE_SELECT, List.of("初访", "回访"), false, false, true));
        long lookAlike = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named(company.name() + "分公司"),
                CustomerService.SimilarNames.ACCEPT).id());
        ids.put("/admin/fields/{id}/edit", "/admin/fields/" + field + "/edit");
        ids.put("/customers/{customerId}/records/{id}/edit", "/customers/" + customer + "/records/" + record + "/edit");
        ids.put("/customers/merge", "/customers/merge?ids=" + customer + "&ids=" + lookAlike);
        // The H5 pages (企业微信): a located customer, a 外勤 check-in and a share fill 附近客户 and 工作圈.
        fixtures.asRun(t.adminId(), () -> {
            records.checkIn(customer, "外勤拜访，确认了交货地址。", new io.qike.crm.salesrecord.Place(30.259, 120.13, "杭州市西湖区文三路 90 号"), true);
            feed.share("下周三一起去拜访客户。", customer);
        });
        // 待办: a to-do on the customer, due today (the page, the customer's section, the home section, the H5 list).
        long todo = fixtures.as(t.adminId(), () -> todos.create(new io.qike.crm.todo.TodoDraft("寄送年度报价", "带上样品清单", "CUSTOMER",
                customer, null, null, null, null)));
        ids.put("/todos/", "" + todo);
        ids.put("/todos/for/{type}/{id}", "/todos/for/CUSTOMER/" + customer);
        ids.put("/h5/customers/", "" + customer);
        // 公海: a pool holding a customer, its rule and the admin as its administrator.
        long pool = fixtures.as(t.adminId(), () -> {
            long id = pools.create(new io.qike.crm.pool.PoolDraft("华东公海", List.of("level", "industry", "lastFollowedAt"), 5, 3,
                    List.of(t.rep1Id()), List.of(t.salesDeptId()), List.of(t.adminId()))).id();
            pools.addRule(id, new io.qike.crm.pool.RecycleRuleDraft("NO_FOLLOW_UP", 30, List.of("A"), 7, 60, true));
            long inPool = customers.create(CustomerDraft.named("公海页面客户有限公司"), CustomerService.SimilarNames.ACCEPT).id();
            poolCustomers.moveIn(id, List.of(inPool));
            return id;
        });
        ids.put("/pools/", "" + pool);
        ids.put("/admin/pools/", "" + pool);
        // 商机: an opportunity with a product line, for its detail, edit and H5 pages.
        long opportunity = fixtures.as(t.adminId(), () -> opportunities.create(new io.qike.crm.opportunity.OpportunityDraft(customer, "年度采购项目",
                null, "2027-03-31", null, null, null, null, null,
                List.of(new io.qike.crm.opportunity.OpportunityLine("软件许可", java.math.BigDecimal.TEN, new java.math.BigDecimal("1999.00"))), Map.of())));
        ids.put("/opportunities/", "" + opportunity);
        ids.put("/h5/opportunities/", "" + opportunity);
        ids.put("/h5/web-only/", "imports");
        // An import of all external contacts (no WeCom member is bound here, so it ends at once): its progress fragment.
        ids.put("/wecom/external-contacts/imports/", "" + fixtures.as(t.adminId(), () -> externalContacts.importAll(null)));
        // 销售线索: a pool with a waiting lead, and a lead of the admin's own.
        long leadPool = fixtures.as(t.adminId(), () -> leadPools.create(new io.qike.crm.lead.LeadPoolDraft("华东线索池", 5, List.of(),
                List.of(t.adminId()), List.of(t.adminId()))));
        fixtures.as(t.adminId(), () -> leads.create(new io.qike.crm.lead.LeadDraft("池中线索有限公司", "钱经理", "13900139000", null,
                "EXHIBITION", "上海", null, null, leadPool, Map.of())));
        long lead = fixtures.as(t.adminId(), () -> leads.create(new io.qike.crm.lead.LeadDraft("页面线索有限公司", "孙经理", "13900139001",
                "sun@example.com", "WEBSITE", "杭州", null, null, null, Map.of())));
        fixtures.as(t.adminId(), () -> leads.giveBack(lead, "客户暂无预算", leadPool));
        fixtures.as(t.adminId(), () -> leads.claim(lead));
        ids.put("/leads/", "" + lead);
        long leadRecord = fixtures.as(t.adminId(), () -> records.createForLead(lead, new SalesRecordDraft(null, null, "CALL",
                "电话沟通了采购计划。", null, Map.of())));
        ids.put("/leads/{leadId}/records/{id}/edit", "/leads/" + lead + "/records/" + leadRecord + "/edit");
        ids.put("/lead-pools/", "" + leadPool);
        ids.put("/admin/lead-pools/", "" + leadPool);
        ids.put("/h5/leads/", "" + lead);
        ids.put("/h5/lead-pools/", "" + leadPool);
        ids.put("/h5/nearby/results", "/h5/nearby/results?latitude=30.26&longitude=120.13");
        ids.put("/h5/checkin/nearby", "/h5/checkin/nearby?latitude=30.26&longitude=120.13");
        return ids;
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private String fill(String pattern, Map<String, String> ids, Set<String> findings) {
        if (ids.containsKey(pattern)) return ids.get(pattern);
        if (!pattern.contains("{")) return pattern;
        String prefix = pattern.substring(0, pattern.indexOf('{'));
        String id = ids.get(prefix);
        if (id == null || pattern.indexOf('{') != pattern.lastIndexOf('{')) {
            findings.add(pattern + ": no fixture for its path variables; add one, or list the handler with a reason");
            return null;
        }
        return pattern.replaceAll("\\{[^}]+}", id);
    }

    /** The required request parameters, from the handler's signature. */
    private static String query(HandlerMethod handler, Map<String, String> params, Set<String> findings, String pattern) {
        StringBuilder q = new StringBuilder();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null || !rp.required() || !rp.defaultValue().equals(ValueConstants.DEFAULT_NONE) || Map.class.isAssignableFrom(p.getParameterType())) continue;
            String name = rp.name().isEmpty() ? rp.value().isEmpty() ? p.getParameterName() : rp.value() : rp.name();
            if (!params.containsKey(name)) {
                findings.add(pattern + ": no value for its required parameter " + name);
                return null;
            }
            q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(java.net.URLEncoder.encode(params.get(name), java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    private static boolean accepts(HandlerMethod handler, String header) {
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestHeader h = p.getParameterAnnotation(RequestHeader.class);
            if (h != null && (h.value().equals(header) || h.name().equals(header))) return true;
        }
        return false;
    }

    private void check(String url, String lang, boolean htmx, Set<String> findings) throws Exception {
        MockHttpServletRequestBuilder request = get(url).header("Accept-Language", lang);
        if (htmx) request.header("HX-Request", "true");
        if (!url.equals("/login")) request.with(user(admin));
        String where = lang + (htmx ? " htmx " : " ") + url;
        MvcResult r;
        try {
            r = mvc.perform(request).andReturn();
        } catch (Exception e) {
            findings.add(where + ": fails with " + e.getMessage());
            return;
        }
        int status = r.getResponse().getStatus();
        String redirect = r.getResponse().getRedirectedUrl();
        if (status == 302 && redirect != null && redirect.startsWith("/") && !redirect.startsWith("/login")) {
            check(redirect, lang, htmx, findings); // 工商新建 hands over to the prefilled customer form
            return;
        }
        if (status != 200) {
            findings.add(where + ": status " + status + " " + r.getResponse().getRedirectedUrl());
            return;
        }
        String type = r.getResponse().getContentType();
        if (type == null || !type.startsWith("text/html")) {
            findings.add(where + ": answers " + type + "; list it under NOT_HTML with a reason");
            return;
        }
        Document doc = Jsoup.parse(r.getResponse().getContentAsString());
        doc.select("script, style, template").remove();
        for (Element e : doc.getAllElements()) {
            boolean code = !e.parents().select("code, pre").isEmpty() || e.tagName().equals("code") || e.tagName().equals("pre");
            for (TextNode text : e.textNodes()) inspect(where, "text", text.text(), code, findings);
            for (String attribute : ATTRIBUTES) if (e.hasAttr(attribute)) inspect(where, attribute, e.attr(attribute), false, findings);
            boolean shownValue = e.tagName().equals("option") || e.tagName().equals("input")
                    && !List.of("hidden", "checkbox", "radio", "submit").contains(e.attr("type"));
            if (shownValue && e.hasAttr("value")) inspect(where, e.tagName() + " value", e.attr("value"), false, findings);
            if (e.tagName().equals("textarea")) inspect(where, "textarea", e.wholeText(), false, findings);
            if (lang.equals("en") && e.tagName().equals("option") && HAN.matcher(e.text()).find()) {
                Element select = e.closest("select");
                String name = select == null ? "" : select.attr("name").replaceAll("\\[\\d+]", "");
                if (!DATA_SELECTS.contains(name) && !name.startsWith("custom[")) findings.add(where + ": Chinese option in English [" + name + "] " + e.text());
            }
        }
        String visible = doc.body() == null ? "" : doc.body().text();
        if (visible.contains("ESB")) findings.add(where + ": ESB中心 beside 集成中心");
    }

    private void inspect(String where, String in, String text, boolean code, Set<String> findings) {
        if (text == null || text.isBlank()) return;
        report(where, in, "placeholder", PLACEHOLDER.matcher(text), text, findings);
        report(where, in, "unresolved key", UNRESOLVED.matcher(text), text, findings);
        report(where, in, "Java toString", TO_STRING.matcher(text), text, findings);
        if (code) return;
        Matcher key = KEY.matcher(text);
        while (key.find()) {
            if (FILE_OR_HOST.matcher(key.group()).matches() || apiNames.contains(key.group())) continue;
            findings.add(where + ": message key or field code in " + in + ": " + snippet(text, key.start()));
            break;
        }
        Matcher shortKey = SHORT_KEY.matcher(text);
        while (shortKey.find()) {
            if (messages.getMessage(shortKey.group(), null, null, Locale.ROOT) == null) continue;
            findings.add(where + ": message key in " + in + ": " + snippet(text, shortKey.start()));
            break;
        }
    }

    private static void report(String where, String in, String kind, Matcher m, String text, Set<String> findings) {
        if (m.find()) findings.add(where + ": " + kind + " in " + in + ": " + snippet(text, m.start()));
    }

    private static String snippet(String text, int at) {
        String s = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 60)).replaceAll("\\s+", " ");
        return "…" + s + "…";
    }

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(admin)).with(csrf())).andReturn();
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString();
    }
}
