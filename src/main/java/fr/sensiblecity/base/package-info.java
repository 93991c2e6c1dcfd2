/**
 * Shared kernel: the clock, roles, domain errors with translatable messages, language handling and the
 * application's frame (main layout, error pages). Every feature module may use it; it depends on none.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.sensiblecity.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
