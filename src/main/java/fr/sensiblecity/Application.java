package fr.sensiblecity;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import fr.sensiblecity.panels.sortition.SortitionCommand;
import java.util.Arrays;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Sensible City: a citizen participation platform for French territories. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/civic.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(SortitionCommand.NAME)) {
            // Practitioners' command-line draw: pure computation, so Spring and the web app never start.
            System.exit(SortitionCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("Sensible City");
    }
}
