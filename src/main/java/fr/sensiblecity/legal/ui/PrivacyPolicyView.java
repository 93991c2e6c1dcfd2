package fr.sensiblecity.legal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.legal.LegalSettings;

/** What the platform stores about residents, why, for how long, who sees it, and how to use one's rights. */
@Route("privacy")
@AnonymousAllowed
class PrivacyPolicyView extends LegalPage {

    PrivacyPolicyView(LegalSettings legal) {
        super("legal.privacy.title");
        paragraph("legal.privacy.controller", legal.publisherName(), legal.publisherAddress());
        heading("legal.privacy.data.title");
        bullets("legal.privacy.data.subject", "legal.privacy.data.name", "legal.privacy.data.ageBand",
                "legal.privacy.data.district", "legal.privacy.data.language", "legal.privacy.data.email",
                "legal.privacy.data.contributions", "legal.privacy.data.follows");
        paragraph("legal.privacy.data.never");
        heading("legal.privacy.purposes.title");
        bullets("legal.privacy.purposes.participation", "legal.privacy.purposes.panels", "legal.privacy.purposes.email",
                "legal.privacy.purposes.moderation");
        heading("legal.privacy.recipients.title");
        paragraph("legal.privacy.recipients", legal.hostName());
        heading("legal.privacy.retention.title");
        bullets("legal.privacy.retention.account", "legal.privacy.retention.email", "legal.privacy.retention.digest",
                "legal.privacy.retention.erasure", "legal.privacy.retention.audit");
        heading("legal.privacy.cookies.title");
        paragraph("legal.privacy.cookies");
        bullets("legal.privacy.cookies.session", "legal.privacy.cookies.language", "legal.privacy.cookies.territory");
        heading("legal.privacy.rights.title");
        paragraph("legal.privacy.rights");
        paragraph("legal.privacy.rights.dpo", legal.dpoContact());
        linked("legal.privacy.rights.cnil", "https://www.cnil.fr/fr/plaintes");
    }
}
