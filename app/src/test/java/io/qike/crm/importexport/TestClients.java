package io.qike.crm.importexport;

import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.TestFixtures;

/**
 * API clients for the test users. Tokens are issued directly: logging in for every client would
 * run into the login throttle (20 a minute per address) shared by the whole test run.
 */
final class TestClients {
    private final int port;
    private final ApiTokens tokens;
    private final TestFixtures.Fixtures fixtures;

    TestClients(int port, ApiTokens tokens, TestFixtures.Fixtures fixtures) {
        this.port = port;
        this.tokens = tokens;
        this.fixtures = fixtures;
    }

    String token(long userId) {
        return tokens.issueSessionToken(fixtures.user(userId)).token();
    }

    Api api(long userId) {
        return new Api(port).withToken(token(userId));
    }

    ImportClient imports(long userId) {
        return new ImportClient(port, token(userId));
    }
}
