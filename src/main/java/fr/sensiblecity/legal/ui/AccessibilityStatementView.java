package fr.sensiblecity.legal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.legal.LegalSettings;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The RGAA 4.1 accessibility statement, in the structure of the model statement French public bodies use. */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends LegalPage {

    AccessibilityStatementView(LegalSettings legal) {
        super("legal.a11y.title");
        paragraph("legal.a11y.commitment", legal.publisherName());
        paragraph("legal.a11y.scope");
        heading("legal.a11y.status.title");
        paragraph("legal.a11y.status." + legal.conformity().name());
        heading("legal.a11y.results.title");
        paragraph("legal.a11y.results");
        heading("legal.a11y.gaps.title");
        paragraph("legal.a11y.gaps");
        heading("legal.a11y.made.title");
        paragraph("legal.a11y.made", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(legal.statementDate()));
        bullets("legal.a11y.made.technologies", "legal.a11y.made.tools", "legal.a11y.made.pages");
        heading("legal.a11y.contact.title");
        paragraph("legal.a11y.contact", legal.accessibilityContact(), legal.publisherAddress());
        heading("legal.a11y.recourse.title");
        paragraph("legal.a11y.recourse");
        linked("legal.a11y.recourse.form", "https://formulaire.defenseurdesdroits.fr/");
        linked("legal.a11y.recourse.delegate", "https://www.defenseurdesdroits.fr/saisir/delegues");
        paragraph("legal.a11y.recourse.mail");
    }
}
