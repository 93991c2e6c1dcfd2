package fr.sensiblecity.base;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.support.CompletionRegisteringAdvisor;

/**
 * Only {@code @ApplicationModuleListener}s are recorded in the event publication registry
 * ({@code spring.modulith.events.registry-trigger-annotation}), yet Modulith's completion advice wraps every
 * after-commit listener, the pages' live-update broadcasters included: for each support it would open two extra
 * transactions, each holding a second pool connection while the request still holds its own, to complete a
 * publication that was never recorded. Under a storm of supports that empties the connection pool. This narrows
 * the advice to the listeners that are recorded.
 */
@Configuration(proxyBeanMethods = false)
class ModuleListenerCompletion {

    /** The name of Modulith's own advisor bean (EventPublicationConfiguration#completionRegisteringAdvisor). */
    private static final String ADVISOR = "completionRegisteringAdvisor";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanFactoryPostProcessor onlyModuleListenersAreCompleted() {
        return beanFactory -> {
            if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(ADVISOR)) {
                return;
            }
            registry.removeBeanDefinition(ADVISOR);
            RootBeanDefinition narrowed = new RootBeanDefinition(ModuleListenerAdvisor.class,
                    () -> new ModuleListenerAdvisor(() -> beanFactory.getBean(EventPublicationRegistry.class)));
            narrowed.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            registry.registerBeanDefinition(ADVISOR, narrowed);
        };
    }

    static class ModuleListenerAdvisor extends CompletionRegisteringAdvisor {

        private static final long serialVersionUID = 1L;

        private final transient Pointcut pointcut;

        ModuleListenerAdvisor(java.util.function.Supplier<EventPublicationRegistry> registry) {
            super(registry);
            this.pointcut = new ComposablePointcut(super.getPointcut())
                    .intersection(new AnnotationMatchingPointcut(null, ApplicationModuleListener.class, true));
        }

        @Override
        public Pointcut getPointcut() {
            return pointcut;
        }
    }
}
