package org.thinkfamily.hub.projection;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nodes that start together on a new database both find a streaming projection without segments and both
 * create them; one of them collides on token_entry's key. Axon's pooled processor expects that ("may simply
 * indicate concurrent attempts to initialize"): it catches the error inside its transaction and tries again.
 * But with JPA the failed insert has already marked that transaction rollback-only, so its commit throws
 * {@code UnexpectedRollbackException}, the processor's start fails and the node exits. Here the token store
 * creates segments in a transaction of their own: a collision rolls back only that one, the processor's
 * transaction commits, and its next attempt finds the other node's segments. Every other call goes straight
 * through to the token store as configured.
 */
@Configuration
class TokenSegmentsInitialization {

    @Bean
    static BeanPostProcessor segmentsCreatedInTheirOwnTransaction(ObjectProvider<PlatformTransactionManager> tx) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof TokenStore store) || Proxy.isProxyClass(bean.getClass())) {
                    return bean;
                }
                return Proxy.newProxyInstance(
                        TokenStore.class.getClassLoader(), new Class<?>[] {TokenStore.class}, (proxy, method, args) -> {
                            if (!method.getName().equals("initializeTokenSegments")) {
                                return invoke(store, method, args);
                            }
                            TransactionTemplate own = new TransactionTemplate(tx.getObject());
                            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                            return own.execute(status -> {
                                try {
                                    return invoke(store, method, args);
                                } catch (RuntimeException | Error e) {
                                    throw e;
                                } catch (Throwable e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                        });
            }
        };
    }

    private static Object invoke(TokenStore store, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
