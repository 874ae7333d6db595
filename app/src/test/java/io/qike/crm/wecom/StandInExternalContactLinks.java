package io.qike.crm.wecom;

import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactService;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.stereotype.Component;

/**
 * Until the external-contact binding (branch wecom-external) is merged, the tests bind through this in-memory
 * {@link ExternalContactLinks}; it is registered only when the application has none, so after the merge the tests
 * run against the real one unchanged. Binding checks the contact as the real one does (visible to the caller).
 */
@Component
class StandInExternalContactLinks implements BeanDefinitionRegistryPostProcessor {
    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (registry instanceof ConfigurableListableBeanFactory f && f.getBeanNamesForType(ExternalContactLinks.class, true, false).length > 0) {
            return;
        }
        RootBeanDefinition d = new RootBeanDefinition(InMemory.class);
        d.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
        registry.registerBeanDefinition("inMemoryExternalContactLinks", d);
    }

    static class InMemory implements ExternalContactLinks {
        private final ContactService contacts;
        private final Map<String, LinkedContact> links = new ConcurrentHashMap<>();

        InMemory(ContactService contacts) {
            this.contacts = contacts;
        }

        @Override
        public Optional<LinkedContact> find(String externalUserId) {
            return Optional.ofNullable(links.get(externalUserId)).filter(l -> sameTenant(l.contactId()));
        }

        @Override
        public LinkedContact link(String externalUserId, long contactId) {
            Contact c = contacts.get(contactId);
            LinkedContact l = new LinkedContact(externalUserId, c.name(), null, c.id(), c.customerId(), List.of());
            links.put(externalUserId, l);
            return l;
        }

        @Override
        public LinkedContact importOne(String externalUserId) {
            throw new InvalidInputException(FieldProblem.of("externalUserId", "invalid"));
        }

        // Every test enterprise shares the simulator's one corp: a binding counts only where its contact exists.
        private boolean sameTenant(long contactId) {
            try {
                return contacts.names(List.of(contactId)).containsKey(contactId);
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
