package fr.sensiblecity.support;

import fr.sensiblecity.base.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Starts a test on an empty database with a real resident signed in, before any page is built, as after a
 * real sign-in. The resident's subject is {@code name} under the "demo" issuer.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = SignedInAsFactory.class)
public @interface SignedInAs {

    String name();

    Role[] roles() default {};
}
