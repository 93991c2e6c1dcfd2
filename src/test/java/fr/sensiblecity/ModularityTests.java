package fr.sensiblecity;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void feature_modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }
}
