package fr.sensiblecity.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enum whose constants never reach a page as a name, so it needs no {@code labelKey()}. Every other enum
 * of the application gives each constant a translated name; a test holds both bundles to it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotShownToPeople {

    /** Why no page shows the constants' names (for example: each becomes a whole sentence elsewhere). */
    String value();
}
