package fr.sensiblecity.legal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.sensiblecity.legal.LegalSettings;

/** Mentions légales: who publishes the platform, who answers for it, who hosts it, and how its content is reused. */
@Route("legal-notice")
@AnonymousAllowed
class LegalNoticeView extends LegalPage {

    LegalNoticeView(LegalSettings legal) {
        super("legal.notice.title");
        heading("legal.notice.publisher.title");
        paragraph("legal.notice.publisher", legal.publisherName(), legal.publisherAddress(), legal.publisherPhone(),
                legal.publisherEmail());
        heading("legal.notice.director.title");
        paragraph("legal.notice.director", legal.publicationDirector());
        heading("legal.notice.host.title");
        paragraph("legal.notice.host", legal.hostName(), legal.hostAddress());
        heading("legal.notice.content.title");
        paragraph("legal.notice.content");
        paragraph("legal.notice.openData");
        heading("legal.notice.personal.title");
        paragraph("legal.notice.personal");
    }
}
