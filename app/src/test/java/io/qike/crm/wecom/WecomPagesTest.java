package io.qike.crm.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** 企业微信对接 and 常见问题 pages: secrets masked, the console URLs shown, the form keeps what is left empty. */
@IntegrationTest
class WecomPagesTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    Api admin;
    WecomSandboxSupport sandbox;

    @AfterEach
    void tearDown() {
        if (admin != null) admin.delete("/api/v1/wecom/connection");
        if (sandbox != null) sandbox.reset();
    }

    @Test
    void theAdminSeesMaskedSecretsAndTheUrlsToPasteAndTheDiagnosis() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        QikeUser me = fixtures.user(t.adminId());
        String secret = sandbox.secret("app");
        mvc.perform(post("/admin/wecom").with(user(me)).with(csrf()).param("corpId", WecomSandboxSupport.CORP).param("agentId", "1000005")
                .param("agentSecret", secret).param("baseUrl", sandbox.baseUrl())).andReturn();
        mvc.perform(post("/admin/wecom").with(user(me)).with(csrf()).param("corpId", WecomSandboxSupport.CORP).param("agentSecret", ""))
                .andReturn();
        String page = mvc.perform(get("/admin/wecom").with(user(me))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(secret).contains("••••" + secret.substring(secret.length() - 4))
                .contains("/wecom/callback/" + WecomSandboxSupport.CORP).contains("/wecom/sidebar").contains("/h5");
        String diagnosis = mvc.perform(get("/admin/wecom/diagnosis").with(user(me))).andReturn().getResponse().getContentAsString();
        assertThat(diagnosis).contains("check-40-callback").contains("未填写回调 Token 和 EncodingAESKey");
        String tests = mvc.perform(post("/admin/wecom/test").with(user(me)).with(csrf()).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(tests).contains("wecom-test-app").contains("正常").contains("未填写");
    }
}
