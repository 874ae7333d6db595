package io.qike.sandbox.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The keys each simulator accepts: the configured ones plus those added at run time. */
@Component("registryCredentialStore")
public class CredentialStore {

    private final Map<Provider, Map<String, Credential>> byProvider = new ConcurrentHashMap<>();

    public CredentialStore(RegistrySandboxProperties properties) {
        for (Provider p : Provider.values()) {
            byProvider.put(p, new ConcurrentHashMap<>());
        }
        for (RegistrySandboxProperties.Credential c : properties.getCredentials()) {
            put(new Credential(Provider.of(c.getProvider()), c.getKey(), c.getSecret(), c.getDailyLimit(), c.getQps()));
        }
    }

    /** Adds or replaces the credential with the same provider and key. */
    public void put(Credential credential) {
        byProvider.get(credential.provider()).put(credential.key(), credential);
    }

    public Optional<Credential> find(Provider provider, String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byProvider.get(provider).get(key));
    }

    public boolean remove(Provider provider, String key) {
        return byProvider.get(provider).remove(key) != null;
    }

    public List<Credential> all() {
        return byProvider.values().stream().flatMap(m -> m.values().stream())
                .sorted(Comparator.comparing((Credential c) -> c.provider()).thenComparing(Credential::key))
                .toList();
    }
}
