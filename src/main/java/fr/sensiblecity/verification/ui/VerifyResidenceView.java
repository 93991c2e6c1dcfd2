package fr.sensiblecity.verification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.sensiblecity.base.DomainException;
import fr.sensiblecity.base.ui.Notifications;
import fr.sensiblecity.verification.LetterCodes;
import fr.sensiblecity.verification.MyVerification;
import fr.sensiblecity.verification.ResidencyCheck;
import fr.sensiblecity.verification.VerificationService;
import jakarta.annotation.security.RolesAllowed;

/** "Vérifier ma résidence": how to get verified, the code from the letter, and one's verifications in force. */
@Route(ResidencyCheck.VERIFY_PAGE)
@RolesAllowed("RESIDENT")
class VerifyResidenceView extends VerticalLayout implements HasDynamicTitle {

    private final LetterCodes codes;
    private final VerificationService verifications;
    private final UnorderedList mine = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final TextField code = new TextField();

    VerifyResidenceView(LetterCodes codes, VerificationService verifications) {
        this.codes = codes;
        this.verifications = verifications;
        addClassName("sc-page");
        code.setLabel(getTranslation("verify.code"));
        code.setHelperText(getTranslation("verify.code.help"));
        code.setMaxLength(40);
        code.setId("verify-code");
        code.getElement().setAttribute("autocomplete", "off");
        Button submit = new Button(getTranslation("verify.submit"), click -> redeem());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("verify-submit");
        mine.setId("verify-mine");
        none.setId("verify-none");
        none.setText(getTranslation("verify.none"));
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")),
                new Paragraph(getTranslation("verify.byLetter")), code, submit,
                new Paragraph(getTranslation("verify.inPerson")), byList(), new H2(getTranslation("verify.mine")), none, mine,
                new Paragraph(getTranslation("verify.privacy")));
        showMine();
    }

    /** The town hall's list: matched at sign-in, so a list uploaded since is matched at the next one. */
    private Paragraph byList() {
        Paragraph byList = new Paragraph(getTranslation("verify.byList"));
        byList.setId("verify-by-list");
        return byList;
    }

    private void redeem() {
        try {
            MyVerification done = codes.redeem(code.getValue());
            code.clear();
            Notifications.success(getTranslation("verify.done", done.territoryName(), Dates.of(done.expiresAt(), getLocale())));
            showMine();
        } catch (DomainException refused) {
            Notifications.refused(refused);
        }
    }

    private void showMine() {
        mine.removeAll();
        for (MyVerification verification : verifications.myVerifications()) {
            mine.add(new ListItem(getTranslation("verify.item", verification.territoryName(),
                    getTranslation(verification.method().labelKey()), Dates.of(verification.expiresAt(), getLocale()))));
        }
        none.setVisible(mine.getChildren().findAny().isEmpty());
        mine.setVisible(!none.isVisible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.name");
    }
}
