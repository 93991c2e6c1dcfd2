package fr.sensiblecity.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.mediation.ClaimOutcome;
import fr.sensiblecity.mediation.PaperClaims;
import jakarta.annotation.security.RolesAllowed;

/** "Rattacher un formulaire papier": the resident types the code from their counter receipt. */
@Route("claim")
@RolesAllowed("RESIDENT")
class ClaimView extends VerticalLayout implements HasDynamicTitle {

    private final PaperClaims claims;
    private final TextField code = new TextField();
    private final Paragraph result = new Paragraph();

    ClaimView(PaperClaims claims) {
        this.claims = claims;
        addClassName("sc-page");
        code.setLabel(getTranslation("claim.code"));
        code.setHelperText(getTranslation("claim.code.help"));
        code.setMaxLength(40);
        code.setId("claim-code");
        code.getElement().setAttribute("autocomplete", "off");
        Button submit = new Button(getTranslation("claim.submit"), click -> claim());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("claim-submit");
        result.setId("claim-result");
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("claim.title")), new Paragraph(getTranslation("claim.intro")), code, submit, result,
                new Paragraph(getTranslation("receipt.privacy")));
    }

    private void claim() {
        try {
            ClaimOutcome done = claims.claim(code.getValue());
            code.clear();
            String text = getTranslation("claim.done", done.territoryName(), done.supportsMoved(),
                    // A volunteering also given online is one pool entry now: it is the person's either way.
                    done.supportsMerged(), done.volunteeringsMoved() + done.volunteeringsMerged(), done.comments());
            if (done.verified()) {
                text += " " + getTranslation("claim.verified", done.territoryName());
            }
            result.setText(text);
            Notifications.success(text);
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.title") + " | " + getTranslation("app.name");
    }
}
