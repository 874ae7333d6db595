package io.qike.crm.platform.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.qike.crm.platform.web.ProblemWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/** Without a configured operator token the operator API does not exist; with one, only that token opens it. */
class OperatorTokenFilterTest {
    final ProblemWriter problems = mock(ProblemWriter.class);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutAConfiguredTokenTheOperatorApiAnswers404EvenToAToken() throws Exception {
        for (String configured : new String[] {null, "", "  "}) {
            MockHttpServletRequest request = request("Bearer anything");
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            new OperatorTokenFilter(configured, problems).doFilter(request, response, chain);
            verify(problems).write(request, response, 404, "not_found");
            assertThat(chain.getRequest()).isNull();
        }
    }

    @Test
    void onlyTheConfiguredTokenPasses() throws Exception {
        OperatorTokenFilter filter = new OperatorTokenFilter("s3cret-operator", problems);
        for (String header : new String[] {"Bearer s3cret-operatoR", "Bearer s3cret-operator-", "Basic s3cret-operator", "Bearer "}) {
            MockHttpServletRequest request = request(header);
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            verify(problems).write(request, response, 401, "unauthenticated");
            assertThat(chain.getRequest()).as(header).isNull();
        }
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request("bearer s3cret-operator"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly(OperatorTokenFilter.AUTHORITY);
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/operator/tenants");
        request.addHeader("Authorization", authorization);
        return request;
    }
}
