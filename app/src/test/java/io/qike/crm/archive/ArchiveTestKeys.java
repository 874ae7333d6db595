package io.qike.crm.archive;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnections;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The one test-side {@link ArchiveKeyRing} (until the real key ring is merged): RSA-2048 pairs made here, their public
 * keys registered in the in-process simulator (which answers the version), credentials from the test enterprise's
 * WeCom connection plus the simulator's archive secret. All key handling of the archive tests is in this class.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ArchiveTestKeys {
    @Bean
    @org.springframework.context.annotation.Primary
    Ring archiveTestKeyRing(WecomConnections connections, Environment env) {
        return new Ring(connections, env);
    }

    public static class Ring implements ArchiveKeyRing {
        private final WecomConnections connections;
        private final Environment env;
        private final Map<Integer, PrivateKey> known = new ConcurrentHashMap<>();
        private final Map<Integer, PrivateKey> withheld = new ConcurrentHashMap<>();
        private final Map<Integer, AtomicInteger> decrypted = new ConcurrentHashMap<>();
        private volatile String secretOverride;

        Ring(WecomConnections connections, Environment env) {
            this.connections = connections;
            this.env = env;
        }

        private WecomSandboxSupport sandbox() {
            return new WecomSandboxSupport(Integer.parseInt(env.getRequiredProperty("local.server.port")));
        }

        /** A new pair, its public key registered with the simulator; the version it got. */
        public int addKey() {
            KeyPair pair = generate();
            int v = register(pair);
            known.put(v, pair.getPrivate());
            return v;
        }

        /** A new pair registered with the simulator whose private key the ring does not give out until {@link #release}. */
        public int addWithheldKey() {
            KeyPair pair = generate();
            int v = register(pair);
            withheld.put(v, pair.getPrivate());
            return v;
        }

        public void release(int version) {
            known.put(version, withheld.remove(version));
        }

        /** Another secret instead of the archive's (a wrong one), or null for the archive's again. */
        public void useSecret(String secret) {
            this.secretOverride = secret;
        }

        public int decryptedWith(int version) {
            AtomicInteger n = decrypted.get(version);
            return n == null ? 0 : n.get();
        }

        /** Forgets every pair (the simulator's reset forgets its public keys). */
        public void reset() {
            known.clear();
            withheld.clear();
            decrypted.clear();
            secretOverride = null;
        }

        @Override
        public Optional<PrivateKey> privateKey(int version) {
            return Optional.ofNullable(known.get(version));
        }

        @Override
        public void countDecrypted(int version, int n) {
            decrypted.computeIfAbsent(version, k -> new AtomicInteger()).addAndGet(n);
        }

        @Override
        public Optional<ArchiveCredentials> credentials() {
            Long tenantId = TenantContext.currentTenantId();
            if (tenantId == null || known.isEmpty() && withheld.isEmpty()) return Optional.empty();
            Optional<WecomConnection> c = connections.forTenant(tenantId);
            if (c.isEmpty()) return Optional.empty();
            WecomSandboxSupport sandbox = sandbox();
            String secret = secretOverride != null ? secretOverride : sandbox.secret("archive");
            return Optional.of(new ArchiveCredentials(tenantId, c.get().corpId(), secret, sandbox.secret("app"), c.get().baseUrl()));
        }

        private int register(KeyPair pair) {
            String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Api.Response r = sandbox().admin("POST", "/archive/public-keys", Api.json(Map.of("public_key", pem)));
            if (r.status() != 200) throw new IllegalStateException("public key not registered: " + r.body());
            return r.json().get("publickey_ver").asInt();
        }

        private static KeyPair generate() {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                return g.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
