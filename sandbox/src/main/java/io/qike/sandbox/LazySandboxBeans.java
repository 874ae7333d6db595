package io.qike.sandbox;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Creates the simulators on first use rather than at start-up: their generated data (thousands of
 * companies, a WeCom corp with its archive) would otherwise slow the product's start by seconds.
 * Request mappings are registered from the bean types, so a lazy controller still answers.
 */
class LazySandboxBeans implements BeanFactoryPostProcessor {
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            String type = definition.getBeanClassName();
            if (type == null && definition.getFactoryBeanName() != null) {
                BeanDefinition owner = factory.getBeanDefinition(definition.getFactoryBeanName());
                type = owner.getBeanClassName();
            }
            if (type != null && type.startsWith("io.qike.sandbox.") && !type.startsWith("io.qike.sandbox.standalone.")
                    && !type.equals(SandboxConfiguration.class.getName())) {
                definition.setLazyInit(true);
            }
        }
    }
}
