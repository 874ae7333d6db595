package io.qike.sandbox.control;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the registry simulators (企查查, 天眼查, 启信宝), all under {@code qike.sandbox.*};
 * defaults are documented in sandbox/README.md.
 */
@ConfigurationProperties("qike.sandbox")
public class RegistrySandboxProperties {

    private final Data data = new Data();
    private final Limits limits = new Limits();
    private final Qichacha qichacha = new Qichacha();
    private final Qixin qixin = new Qixin();
    /** Credentials known at start-up; replaces the built-in demo credentials when set. */
    private List<Credential> credentials = new ArrayList<>(List.of(
            new Credential("qichacha", "demo-qcc-key", "demo-qcc-secret"),
            new Credential("tianyancha", "demo-tyc-token", null),
            new Credential("qixin", "demo-qx-appkey", "demo-qx-secret")));

    public Data getData() {
        return data;
    }

    public Limits getLimits() {
        return limits;
    }

    public Qichacha getQichacha() {
        return qichacha;
    }

    public Qixin getQixin() {
        return qixin;
    }

    public List<Credential> getCredentials() {
        return credentials;
    }

    public void setCredentials(List<Credential> credentials) {
        this.credentials = credentials;
    }

    /** The generated company data set. */
    public static class Data {
        /** Seed of the generator: the same seed always yields the same companies. */
        private long seed = 20240601L;
        /** Number of companies. */
        private int companies = 12_000;

        public long getSeed() {
            return seed;
        }

        public void setSeed(long seed) {
            this.seed = seed;
        }

        public int getCompanies() {
            return companies;
        }

        public void setCompanies(int companies) {
            this.companies = companies;
        }
    }

    /** Default limits per key; a credential may override them. 0 means unlimited. */
    public static class Limits {
        /** Calls per key and day (Asia/Shanghai); beyond: 企查查 116, 天眼查 300007, 启信宝 213. */
        private long dailyCallsPerKey = 100_000;
        /** Calls per key within any one second; beyond: 企查查 120, 天眼查 300004, 启信宝 205. */
        private int qpsPerKey = 50;
        /** Calls per provider and day over all keys; beyond: 企查查 109, 天眼查 300007, 启信宝 213. */
        private long dailyCallsPerProvider = 1_000_000;

        public long getDailyCallsPerKey() {
            return dailyCallsPerKey;
        }

        public void setDailyCallsPerKey(long dailyCallsPerKey) {
            this.dailyCallsPerKey = dailyCallsPerKey;
        }

        public int getQpsPerKey() {
            return qpsPerKey;
        }

        public void setQpsPerKey(int qpsPerKey) {
            this.qpsPerKey = qpsPerKey;
        }

        public long getDailyCallsPerProvider() {
            return dailyCallsPerProvider;
        }

        public void setDailyCallsPerProvider(long dailyCallsPerProvider) {
            this.dailyCallsPerProvider = dailyCallsPerProvider;
        }
    }

    public static class Qichacha {
        /** Largest accepted difference between the Timespan header and the server clock, in seconds. */
        private long timespanToleranceSeconds = 300;

        public long getTimespanToleranceSeconds() {
            return timespanToleranceSeconds;
        }

        public void setTimespanToleranceSeconds(long timespanToleranceSeconds) {
            this.timespanToleranceSeconds = timespanToleranceSeconds;
        }
    }

    public static class Qixin {
        /** Largest accepted difference between the timestamp header and the server clock, in milliseconds. */
        private long timestampToleranceMillis = 600_000;

        public long getTimestampToleranceMillis() {
            return timestampToleranceMillis;
        }

        public void setTimestampToleranceMillis(long timestampToleranceMillis) {
            this.timestampToleranceMillis = timestampToleranceMillis;
        }
    }

    /** One credential; {@code secret} is unused for 天眼查, whose token is the key itself. */
    public static class Credential {
        private String provider;
        private String key;
        private String secret;
        /** Overrides {@link Limits#getDailyCallsPerKey()} when set. */
        private Long dailyLimit;
        /** Overrides {@link Limits#getQpsPerKey()} when set. */
        private Integer qps;

        public Credential() {
        }

        public Credential(String provider, String key, String secret) {
            this.provider = provider;
            this.key = key;
            this.secret = secret;
        }

        public String getProvider() {
            return provider;
        }

        public void setProvider(String provider) {
            this.provider = provider;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        public Long getDailyLimit() {
            return dailyLimit;
        }

        public void setDailyLimit(Long dailyLimit) {
            this.dailyLimit = dailyLimit;
        }

        public Integer getQps() {
            return qps;
        }

        public void setQps(Integer qps) {
            this.qps = qps;
        }
    }
}
